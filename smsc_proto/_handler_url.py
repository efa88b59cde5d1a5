"""The handler URL (charset, fmt, signature, ``!`` GET/POST split), delivery policy (private).

Spec (line 3604): "In the address of the handler, you can specify the charset parameter
... The default encoding is windows-1251." (line 3609): "you can pass the fmt parameter
... fmt=2 (for xml format) and fmt=3 (for json format)." (line 3611): "any of the md5,
sha1, or crc32 parameters". (line 3621): "in the URL "https://mysite.ru/!param1&param2?
param3&param4" parameters param1 and param2 will be transmitted by the GET method, and
param3 and param4 by the POST method". (line 3727): "If the Client handler returns a
response with an error code other than 200 or 404, the Server will repeat the request to
the handler with a certain frequency (1 request every 4 minutes, total 50 attempts)."
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Final
from urllib.parse import quote

from ._callback_codec import CallbackFields, _body_charset, decode_callback, encode_callback
from ._callbacks import _CONFIRMATION_CODECS, _FIELD_CODECS, _INCOMING_CODECS, Callback
from ._charsets import DEFAULT_CHARSET, check_encodable, decode_text, normalize_charset
from ._errors import LocalProtocolError, RemoteProtocolError, SignatureError
from ._forms import form_charset, split_query
from ._secrets import masked_dataclass_repr
from ._signature import (
    SIGNATURE_ALGORITHMS,
    SignatureAlgorithm,
    check_algorithm,
    check_secret,
    verify_callback,
)
from ._util import short

__all__ = ["DELIVERY_POLICY", "DeliveryPolicy", "HandlerUrl"]

_BASE_RE: Final = re.compile(r"https?://[^/?#!\s]+(?:/[^?#!\s]*)?", re.IGNORECASE)
_URL_FORBIDDEN_RE: Final = re.compile(r"[^\x21-\x7e]")
_NAME_RE: Final = re.compile(r"[^\x00-\x1f\x7f]{1,128}")
# Names the callback itself uses: a handler URL parameter of the same name would arrive
# twice, and the decoder refuses that.
_CALLBACK_NAMES: Final = (
    frozenset(_FIELD_CODECS) | frozenset(_INCOMING_CODECS) | frozenset(_CONFIRMATION_CODECS)
)
_OWN: Final = frozenset({"charset", "fmt", *SIGNATURE_ALGORITHMS})


def _check_pairs(what: str, pairs: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(pairs, tuple):
        raise LocalProtocolError(f"{what}: must be a tuple of (name, value) pairs")
    for pair in pairs:
        if not (
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise LocalProtocolError(f"{what}: each item must be a (name, value) pair of str")
        name = pair[0]
        if not _NAME_RE.fullmatch(name):
            raise LocalProtocolError(
                f"{what}: a name must be 1..128 characters without control characters"
            )
        if name in _OWN:
            raise LocalProtocolError(
                f"{what}: {name} is a field of HandlerUrl (charset, fmt, algorithm), not a pair"
            )
        if name in _CALLBACK_NAMES:
            raise LocalProtocolError(
                f"{what}: {short(name)} is a callback parameter; the handler would get it twice"
            )
    return pairs


@dataclass(frozen=True, slots=True, kw_only=True)
class HandlerUrl:
    """The address of the client's callback handler, as set in the personal account.

    ``https://mysite.ru/cb!p1=a?charset=utf-8&fmt=3&md5=<secret>&order=7`` reads as:
    base ``https://mysite.ru/cb``, GET parameter ``p1=a`` (written before ``?`` after
    ``!``, line 3621), charset utf-8, fmt=3, md5 with the secret, POST parameter
    ``order=7``. The gateway calls :attr:`target` and posts the callback with the POST
    parameters (line 3709) -- the signature parameter carrying the hash in place of the
    secret.

    The secret is never shown by ``repr`` or ``str``, nor quoted in an error message;
    :meth:`to_url` is the one place that writes it. ``repr`` also masks the value of
    every ``get``/``post`` pair whose name is a secret's (a ``token=...`` the handler
    checks, :func:`~smsc_proto.is_secret_param`).

    Args:
        base: ``http(s)://host/path`` without query, ``!`` or fragment.
        charset: ``windows-1251``, ``koi8-r`` or ``utf-8`` (``None``: the default,
            windows-1251).
        fmt: 2 (XML) or 3 (JSON), or ``None`` for a form (line 3609).
        algorithm: ``"md5"``, ``"sha1"`` or ``"crc32"``, or ``None`` for unsigned.
        secret: The secret: 1..128 Latin letters, digits, ``-`` or ``_`` (line 3619);
            required with ``algorithm``.
        get: Parameters passed by GET (the ``!`` part), in order.
        post: Other parameters of the URL, passed by POST, in order.

    Raises:
        LocalProtocolError: a field breaks the rules above, or a parameter name is one
            of the callback's own (``id``, ``phone``, ``mes``...).
    """

    base: str
    charset: str | None = None
    fmt: int | None = None
    algorithm: SignatureAlgorithm | None = None
    secret: str | None = field(default=None, repr=False)
    get: tuple[tuple[str, str], ...] = ()
    post: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.base, str) and "@" in self.base.partition("://")[2].split("/")[0]:
            # user:password@host would show in every repr, log line and error text that
            # quotes the URL: handler credentials belong in the signature secret.
            raise LocalProtocolError("base: must not carry user:password@ in its host part")
        if not isinstance(self.base, str) or not _BASE_RE.fullmatch(self.base):
            raise LocalProtocolError(
                "base: must be an http(s) URL without query, '!' or fragment, got "
                f"{short(str(self.base))}"
            )
        if self.charset is not None:
            object.__setattr__(self, "charset", normalize_charset(self.charset, remote=False))
        if self.fmt is not None and (
            isinstance(self.fmt, bool) or not isinstance(self.fmt, int) or self.fmt not in (2, 3)
        ):
            raise LocalProtocolError(
                f"fmt: a handler URL takes fmt 2 (XML) or 3 (JSON) (line 3609), got {self.fmt!r}"
            )
        if (self.algorithm is None) != (self.secret is None):
            raise LocalProtocolError("secret: algorithm and secret go together (both or neither)")
        if self.algorithm is not None:
            check_algorithm(self.algorithm)
            check_secret(self.secret)
        _check_pairs("get", self.get)
        _check_pairs("post", self.post)
        names = [name for name, _ in (*self.get, *self.post)]
        if len(names) != len(set(names)):
            raise LocalProtocolError("get, post: a parameter name may appear once in the URL")

    def __repr__(self) -> str:
        return masked_dataclass_repr(self, ("get", "post"))

    @property
    def wire_charset(self) -> str:
        """The charset callbacks travel in (koi8-r is not used with fmt, line 3609)."""
        return _body_charset(self.fmt or 0, self.charset or DEFAULT_CHARSET)

    @property
    def target(self) -> str:
        """The URL the gateway requests (``base``, with the GET parameters as its query)."""
        if not self.get:
            return self.base
        return self.base + "?" + self._query(self.get)

    def _query(self, pairs: tuple[tuple[str, str], ...]) -> str:
        charset = self.charset or DEFAULT_CHARSET
        return "&".join(
            quote(check_encodable(name, charset, "parameter name"), safe="")
            + ("=" + quote(check_encodable(value, charset, name), safe="") if value else "")
            for name, value in pairs
        )

    def to_url(self) -> str:
        """The URL to enter in the personal account. It holds the secret: keep it out of logs.

        The POST part lists ``charset``, ``fmt`` and the signature parameter first, then
        :attr:`post`; a parameter with an empty value is written as its bare name.

        Raises:
            LocalProtocolError: a parameter the charset cannot carry.
        """
        url = self.base
        if self.get:
            url += "!" + self._query(self.get)
        own: list[tuple[str, str]] = []
        if self.charset is not None:
            own.append(("charset", self.charset))
        if self.fmt is not None:
            own.append(("fmt", str(self.fmt)))
        if self.algorithm is not None and self.secret is not None:
            own.append((self.algorithm, self.secret))
        post = (*own, *self.post)
        if post:
            url += "?" + self._query(post)
        return url

    @classmethod
    def parse(cls, url: str) -> HandlerUrl:
        """Read a handler URL as entered in the personal account.

        The first ``!`` before the ``?`` starts the GET part (line 3621); a ``!`` meant
        for the path must be written ``%21``. Parameters are percent-decoded in the
        URL's ``charset``. ``charset``, ``fmt`` and ``md5``/``sha1``/``crc32`` are read
        wherever they stand.

        Raises:
            RemoteProtocolError: the URL breaks a rule of :class:`HandlerUrl`, repeats a
                parameter or names two signature algorithms. No message quotes the
                secret.
        """
        bad = _URL_FORBIDDEN_RE.search(url)
        if bad:
            raise RemoteProtocolError(
                f"url: character {bad.group()!r} at offset {bad.start()} must be percent-encoded"
            )
        left, _, query = url.partition("?")
        base, bang, get_part = left.partition("!")
        raw_get = split_query(get_part.encode("ascii"), "url") if bang else []
        raw_post = split_query(query.encode("ascii"), "url")
        charset = form_charset((*raw_get, *raw_post)) or DEFAULT_CHARSET
        kwargs: dict[str, object] = {}
        parts: dict[str, list[tuple[str, str]]] = {"get": [], "post": []}
        seen: set[str] = set()
        for where, raw in (("get", raw_get), ("post", raw_post)):
            for name_b, value_b in raw:
                name = decode_text(name_b, charset, "parameter name")
                if name in seen:
                    raise RemoteProtocolError(f"{short(name)}: given more than once in the URL")
                seen.add(name)
                if name in SIGNATURE_ALGORITHMS:
                    if "algorithm" in kwargs:
                        raise RemoteProtocolError(
                            f"{name}: a handler URL names one signature algorithm (line 3611)"
                        )
                    kwargs["algorithm"] = name
                    # secret=True: the refusal quotes no byte of the secret.
                    kwargs["secret"] = decode_text(value_b, charset, name, secret=True)
                    continue
                value = decode_text(value_b, charset, name)
                if name == "charset":
                    kwargs["charset"] = charset
                elif name == "fmt":
                    if value not in ("2", "3"):
                        raise RemoteProtocolError(
                            f"fmt: a handler URL takes fmt 2 or 3 (line 3609), got {short(value)}"
                        )
                    kwargs["fmt"] = int(value)
                else:
                    parts[where].append((name, value))
        try:
            return cls(base=base, get=tuple(parts["get"]), post=tuple(parts["post"]), **kwargs)  # type: ignore[arg-type]
        except LocalProtocolError as exc:
            raise RemoteProtocolError(str(exc)) from None

    def receive(
        self,
        fields: CallbackFields | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> Callback:
        """Decode a callback sent to this handler and verify it before it is trusted.

        :func:`~smsc_proto.decode_callback` with this handler's charset (for a koi8-r
        handler with ``fmt`` 2 or 3: the body in windows-1251, line 3609, the GET
        parameters in koi8-r as :attr:`target` writes them; pass the raw query), then
        :func:`~smsc_proto.verify_callback` with its secret and pinned algorithm (when
        it has one), then a check that every GET and POST parameter of the URL arrived
        with its value.

        Raises:
            RemoteProtocolError: the callback is malformed.
            SignatureError: the signature is missing, malformed or wrong, or a URL
                parameter is missing or changed.
        """
        # The URL's own charset, not wire_charset: decode_callback reads an fmt=2/3
        # body of a koi8-r handler in windows-1251 and the GET part in koi8-r, the
        # charset the URL (and so the target the gateway requests) was written in.
        cb = decode_callback(fields, body, content_type, charset=self.charset or DEFAULT_CHARSET)
        if self.algorithm is not None and self.secret is not None:
            verify_callback(cb, self.secret, self.algorithm)
        received = dict(cb.extra)
        for name, value in (*self.get, *self.post):
            if received.get(name) != value:
                raise SignatureError(
                    f"{short(name)}: the handler URL's parameter is missing or changed"
                )
        return cb

    def encode(self, cb: Callback) -> tuple[str, bytes, str]:
        """What the gateway sends this handler for ``cb`` (for gateways and emulators).

        ``cb``'s extras named in the URL are replaced by the URL's values; the GET
        parameters travel in the :attr:`target` URL, the POST ones in the body.

        Returns:
            The URL requested, the body and its ``Content-Type``.

        Raises:
            LocalProtocolError: as :func:`~smsc_proto.encode_callback`.
        """
        mine = {name for name, _ in (*self.get, *self.post)}
        extra = (*self.post, *(pair for pair in cb.extra if pair[0] not in mine))
        sign = (self.algorithm, self.secret) if self.algorithm and self.secret else None
        body, content_type = encode_callback(
            dataclasses.replace(cb, extra=extra),
            fmt=self.fmt or 0,
            charset=self.wire_charset,
            sign=sign,
        )
        return self.target, body, content_type


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryPolicy:
    """How the gateway delivers callbacks: which replies end it and how it retries.

    Spec (line 3727): "If the Client handler returns a response with an error code other
    than 200 or 404, the Server will repeat the request to the handler with a certain
    frequency (1 request every 4 minutes, total 50 attempts)." "Total 50 attempts" is
    read as 50 requests in all, the first one included.

    Args:
        accepted_statuses: HTTP statuses that end delivery (200 and 404).
        retry_interval: Time between two attempts (4 minutes).
        max_attempts: Requests in all, the first included (50).
    """

    accepted_statuses: frozenset[int] = frozenset({200, 404})
    retry_interval: timedelta = timedelta(minutes=4)
    max_attempts: int = 50

    def accepted(self, status: int) -> bool:
        """Whether a handler reply with HTTP ``status`` ends delivery."""
        return status in self.accepted_statuses

    def next_attempt(self, attempt: int, status: int | None) -> timedelta | None:
        """The delay before the next request after request number ``attempt`` (from 1).

        ``status`` is the handler's HTTP status (``None``: no reply at all). Returns
        ``None`` when delivery is over: accepted, or the attempts are used up.
        """
        if status is not None and self.accepted(status):
            return None
        if attempt >= self.max_attempts:
            return None
        return self.retry_interval


#: The gateway's policy (line 3727): 200 and 404 accepted, every 4 minutes, 50 attempts.
DELIVERY_POLICY: Final = DeliveryPolicy()
