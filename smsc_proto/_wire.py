"""The wire layer: a script name, ordered text parameters and attachments (private).

A :class:`Request` is what both sides of the protocol agree on before any typing: the
client builds one from a command and encodes it as a URL, a form body, a multipart body
or the ``rest/send/`` JSON body; a gateway decodes one from whatever arrived.

Spec (line 39): "To send an SMS, you need to call the GET or POST address method:
https://smscentre.com/sys/send.php?login=<login>&psw=<password>&phones=<phones>&mes=<message>"
Spec (line 41): "To send an SMS with the transmission of parameters in json format in the
request body, you must use the POST method to call the address: https://smscentre.com/rest/send/"
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, Union
from urllib.parse import quote

import orjson
from multidict import MultiDict, MultiDictProxy

from ._charsets import (
    DEFAULT_CHARSET,
    Unencodable,
    check_encodable,
    decode_text,
    normalize_charset,
)
from ._errors import LocalProtocolError, RemoteProtocolError
from ._forms import (
    BOUNDARY_RE,
    MAX_PARAMS,
    ContentType,
    FileRaw,
    agree_charsets,
    decode_pairs,
    form_charset,
    form_data,
    parse_content_type,
    split_multipart,
    split_query,
)
from ._jsonsafe import json_text, repeated_member
from ._secrets import MASK, SECRET_PARAMS, is_secret_param
from ._util import canonical_index, decimal_digits, short

__all__ = [
    "DEFAULT_BASE_URL",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "REST_SEND",
    "SECRET_PARAMS",
    "Attachment",
    "Request",
]

#: Where the gateway serves its ``/sys/`` scripts.
DEFAULT_BASE_URL: Final = "https://smscentre.com/sys/"
#: The script name of the JSON endpoint ``https://smscentre.com/rest/send/``.
REST_SEND: Final = "rest/send"
#: Content type of :meth:`Request.to_form` bodies.
FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"
#: Content type of :meth:`Request.to_json` bodies.
JSON_CONTENT_TYPE: Final = "application/json"


# A script under /sys/ ("send.php") or the JSON endpoint.
_SCRIPT_RE: Final = re.compile(r"[A-Za-z0-9_]{1,64}\.php")
# Parameter names: the spec's are plain ("phones") or arrays ("fl[5]", "mfl[0]"), but a
# gateway must keep whatever else arrives (the captcha image URL is "imgcode.php?1.1",
# spec line 3735), so any name without control characters is kept; to_url
# percent-encodes everything but letters, digits, "_.-~" and the array brackets.
_NAME_RE: Final = re.compile(r"[^\x00-\x1f\x7f]{1,128}")
_ARRAY_RE: Final = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,63})\[([^\]]*)\]")
# Request targets carry visible ASCII only (RFC 9112 section 3.2); "#" is kept as data
# because a request target never has a fragment (the spec's telegram example sends
# "phones=#1122334455" unencoded, line 674).
_URL_FORBIDDEN_RE: Final = re.compile(r"[^\x21-\x7e]")
# Characters a multipart name or filename must not hold: they would end the quoted
# string or the header line.
_HEADER_UNSAFE: Final = re.compile(r'["\r\n\x00]')
# A media type with optional parameters (RFC 9110 8.3.1: type "/" subtype *( OWS ";" OWS
# [ parameter ] ), a parameter token "=" ( token / quoted-string )); type and subtype
# in RFC 6838's restricted-name characters, everything ASCII as a header must be.
_RESTRICTED_NAME: Final = r"[!#$&^_.+\-0-9A-Za-z]+"
_TOKEN: Final = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_QUOTED: Final = r'"(?:[\t !#-\[\]-~]|\\[\t -~])*"'
_MEDIA_TYPE_RE: Final = re.compile(
    rf"{_RESTRICTED_NAME}/{_RESTRICTED_NAME}"
    rf"(?:[ \t]*;[ \t]*(?:{_TOKEN}=(?:{_TOKEN}|{_QUOTED}))?)*"
)


ParamsInput = Union[
    "MultiDict[str]", "MultiDictProxy[str]", Mapping[str, str], Iterable[tuple[str, str]]
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    """A file sent in the multipart body of a request (MMS, e-mail, call, viber, documents).

    Spec (line 429): "If you plan to transfer any files when sending them, then they must
    be transmitted by the POST method in the body of an http(s) request to the server."
    The vendor's own client names the parts ``file0``, ``file1``, ...; the message text
    refers to them as ``<file 1>``, ``<file 2>``, ... in that order.

    Args:
        name: The form field name (``"file0"``).
        filename: The file name sent with the part.
        content: The file's bytes (not shown by ``repr``).
        content_type: The part's media type, with any parameters as they travel
            (``image/jpeg``, ``image/jpeg; name="a.jpg"``).
    """

    name: str
    filename: str
    content: bytes = field(repr=False)
    content_type: str = "application/octet-stream"

    def __post_init__(self) -> None:
        if not _NAME_RE.fullmatch(self.name) or _HEADER_UNSAFE.search(self.name):
            raise LocalProtocolError(
                "attachment name: must be a parameter name like 'file0' without '\"', "
                f"got {short(self.name)}"
            )
        if not self.filename or _HEADER_UNSAFE.search(self.filename):
            raise LocalProtocolError(
                "attachment filename: must be non-empty without '\"', CR, LF or NUL, "
                f"got {short(self.filename)}"
            )
        if not isinstance(self.content_type, str) or not _MEDIA_TYPE_RE.fullmatch(
            self.content_type
        ):
            raise LocalProtocolError(
                "attachment content_type: must be a type/subtype media type, optionally "
                f"with parameters (RFC 9110 8.3.1), got {short(str(self.content_type))}"
            )
        if not isinstance(self.content, bytes):
            raise LocalProtocolError("attachment content: must be bytes")

    @property
    def size(self) -> int:
        """The number of bytes in :attr:`content`."""
        return len(self.content)


class Request:
    """One call of a gateway script: script name, parameters in wire order, attachments.

    Parameters are text (already percent- and charset-decoded) in a
    ``multidict.MultiDict[str]``, so repeated keys and their order survive. Array
    parameters keep their wire names (``fl[5]``, ``fl2[24]``, ``mfl[0]``);
    :meth:`array` reads them by index.

    ``repr`` masks the value of every secret parameter (:func:`is_secret_param`).

    Args:
        script: ``"send.php"``, ``"status.php"``, ... or ``"rest/send"``.
        params: The parameters, as a multidict, a mapping or ``(name, value)`` pairs.
        attachments: Files for a multipart body.

    Raises:
        LocalProtocolError: an invalid script name, parameter name or value type.
    """

    __slots__ = ("_attachments", "_params", "_script")

    def __init__(
        self,
        script: str,
        params: ParamsInput = (),
        attachments: Iterable[Attachment] = (),
    ) -> None:
        if script.rstrip("/") == REST_SEND:
            script = REST_SEND
        elif not _SCRIPT_RE.fullmatch(script):
            raise LocalProtocolError(
                f"script: must be a '<name>.php' script or 'rest/send', got {short(script)}"
            )
        self._script = script
        pairs = params.items() if isinstance(params, Mapping) else params
        md: MultiDict[str] = MultiDict()
        for name, value in pairs:
            if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
                raise LocalProtocolError(
                    "parameter name: must be 1..128 characters without control characters, "
                    f"got {short(str(name))}"
                )
            if not isinstance(value, str):
                raise LocalProtocolError(
                    f"{name}: parameter values are text, got {type(value).__name__}"
                )
            md.add(name, value)
        self._params = md
        self._attachments = tuple(attachments)
        for att in self._attachments:
            if not isinstance(att, Attachment):
                raise LocalProtocolError("attachments: must be Attachment instances")

    # -- accessors -------------------------------------------------------------------

    @property
    def script(self) -> str:
        """The name of the script called (``"send.php"``, ..., or ``"rest/send"``)."""
        return self._script

    @property
    def params(self) -> MultiDict[str]:
        """The parameters in wire order (a live ``MultiDict[str]``; repeated keys kept)."""
        return self._params

    @property
    def attachments(self) -> tuple[Attachment, ...]:
        """Files to send in a multipart body, in order."""
        return self._attachments

    @property
    def charset(self) -> str:
        """The charset the request's text travels in (``charset`` parameter or the default).

        Spec (line 127): "charset - The encoding of the transmitted message, if used
        other than the default encoding of windows-1251. Options: utf-8 and koi8-r."

        Raises:
            LocalProtocolError: the ``charset`` parameter names no charset of the
                protocol, or is given twice with different values.
        """
        values = self._params.getall("charset", [])
        if not values:
            return DEFAULT_CHARSET
        names = {normalize_charset(v, remote=False) for v in values}
        if len(names) > 1:
            raise LocalProtocolError("charset: given more than once with different values")
        return names.pop()

    def array(self, name: str) -> dict[int, str]:
        """The values of an array parameter by index: ``fl[5]=1`` gives ``{5: "1"}``.

        The index is read as the encoders write it, in decimal without leading zeros
        (``fl[05]`` beside ``fl[5]`` would name one entry twice), as the command decoder
        reads it.

        Raises:
            LocalProtocolError: an index is repeated (``fl[5]`` given twice) or written
                another way (``fl[05]``, ``fl[]``, ``fl[+5]``).
        """
        result: dict[int, str] = {}
        for key, value in self._params.items():
            match = _ARRAY_RE.fullmatch(key)
            if match and match.group(1) == name:
                index = canonical_index(match.group(2))
                if index is None:
                    raise LocalProtocolError(
                        f"{short(key)}: an array index is written in decimal without leading zeros"
                    )
                if index in result:
                    raise LocalProtocolError(f"{key}: given more than once")
                result[index] = value
        return result

    def copy(self) -> Request:
        """A new request with a copy of the parameters (the attachments are shared)."""
        return Request(self._script, self._params.copy(), self._attachments)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Request):
            return NotImplemented
        return (
            self._script == other._script
            and list(self._params.items()) == list(other._params.items())
            and self._attachments == other._attachments
        )

    __hash__ = None  # type: ignore[assignment]  # mutable params: not hashable

    def __repr__(self) -> str:
        shown = ", ".join(
            f"({k!r}, {MASK!r})" if is_secret_param(k) else f"({k!r}, {v!r})"
            for k, v in self._params.items()
        )
        text = f"Request({self._script!r}, [{shown}]"
        if self._attachments:
            text += f", attachments={list(self._attachments)!r}"
        return text + ")"

    # -- charset policy --------------------------------------------------------------

    def encodable(self, unencodable: Unencodable = Unencodable.ERROR) -> Request:
        """Return a request whose charset can carry every parameter value.

        Parameter values and attachment file names are checked. With
        :attr:`Unencodable.ERROR` this checks and returns ``self``. With
        :attr:`Unencodable.UTF8` it returns ``self`` when the text fits and otherwise a
        copy whose ``charset`` parameter is ``utf-8`` (replacing any other value, in the
        same position, or appended). Keep the returned request: the gateway answers in
        its charset, so the reply must be decoded with it.

        Raises:
            LocalProtocolError: with :attr:`Unencodable.ERROR`, naming the parameter and
                the first character its charset cannot carry; with either policy, for
                a ``bin=1`` message with bytes above 0x7F that would have to move.
        """
        charset = self.charset
        try:
            self._encode_pairs(charset)
            for att in self._attachments:
                check_encodable(att.filename, charset, "attachment filename")
        except LocalProtocolError:
            if unencodable is Unencodable.ERROR or charset == "utf-8":
                raise
        else:
            return self
        # Spec (line 77): a bin=1 message is bytes, which the request carries as the
        # charset's characters for them (see send.php's Send). Re-encoding those
        # characters in utf-8 would send other bytes, so such a request never moves.
        if is_bin1(self._params) and any(
            not value.isascii() for value in self._params.getall("mes", [])
        ):
            raise LocalProtocolError(
                f"mes: a bin=1 message is {charset} bytes and cannot move to utf-8; "
                "send the other text in a charset that carries it, or use bin=2"
            )
        params: MultiDict[str] = MultiDict()
        replaced = False
        for key, value in self._params.items():
            if key != "charset":
                params.add(key, value)
            elif not replaced:
                params.add(key, "utf-8")
                replaced = True
        if not replaced:
            params.add("charset", "utf-8")
        return Request(self._script, params, self._attachments)

    def _encode_pairs(self, charset: str) -> list[tuple[bytes, bytes]]:
        return [
            (check_encodable(key, charset, "parameter name"), check_encodable(value, charset, key))
            for key, value in self._params.items()
        ]

    # -- encoders --------------------------------------------------------------------

    def _query(self, unencodable: Unencodable) -> str:
        req = self.encodable(unencodable)
        return "&".join(
            quote(key, safe="[]") + "=" + quote(value, safe="")  # bytes: no re-encoding
            for key, value in req._encode_pairs(req.charset)
        )

    def _no_attachments(self, form: str) -> None:
        if self._attachments:
            raise LocalProtocolError(
                f"attachments: a request with files must be sent as multipart, not {form}"
            )

    def endpoint(self, base: str = DEFAULT_BASE_URL) -> str:
        """The URL of the script without a query.

        ``base`` is the ``/sys/`` directory (``https://smscentre.com/sys/``); the JSON
        endpoint lives beside it, at ``<origin>/rest/send/``.
        """
        if not base.endswith("/"):
            base += "/"
        if self._script == REST_SEND:
            match = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/]+", base)
            origin = match.group(0) if match else ""
            return f"{origin}/rest/send/"
        return base + self._script

    def to_url(
        self, base: str = DEFAULT_BASE_URL, *, unencodable: Unencodable = Unencodable.ERROR
    ) -> str:
        """Encode as a GET URL: ``base + script + "?" + query``.

        Every value is percent-encoded in the request's charset (everything but
        ``A-Z a-z 0-9 _ . - ~``; a space is ``%20``). Spec (line 167): "All parameters
        containing special characters (plus, space, Cyrillic, etc.) must be urlencoded".

        Raises:
            LocalProtocolError: the request has attachments, is ``rest/send`` (a JSON
                POST), or holds text its charset cannot carry (see :meth:`encodable`).
        """
        if self._script == REST_SEND:
            raise LocalProtocolError("rest/send: takes a JSON POST body; use to_json()")
        self._no_attachments("a URL")
        query = self._query(unencodable)
        url = self.endpoint(base)
        return f"{url}?{query}" if query else url

    def to_form(self, *, unencodable: Unencodable = Unencodable.ERROR) -> bytes:
        """Encode as an ``application/x-www-form-urlencoded`` POST body.

        A POST body keeps credentials out of URLs, logs and proxies; the vendor's client
        also switches to POST for URLs over 2000 characters.

        Raises:
            LocalProtocolError: as for :meth:`to_url`.
        """
        if self._script == REST_SEND:
            raise LocalProtocolError("rest/send: takes a JSON POST body; use to_json()")
        self._no_attachments("a form body")
        return self._query(unencodable).encode("ascii")

    def to_multipart(
        self, boundary: str | None = None, *, unencodable: Unencodable = Unencodable.ERROR
    ) -> tuple[bytes, str]:
        """Encode as a ``multipart/form-data`` body: parameters, then attachments.

        Text parts carry their value in the request's charset with no per-part content
        type (as a browser form does); names and file names travel in the same charset.

        Args:
            boundary: The boundary to use (random when omitted).
            unencodable: What to do with text the charset cannot carry.

        Returns:
            The body and the ``Content-Type`` header value that names the boundary.

        Raises:
            LocalProtocolError: ``rest/send``, a bad boundary, a boundary that occurs in
                the content, or text its charset cannot carry.
        """
        if self._script == REST_SEND:
            raise LocalProtocolError("rest/send: takes a JSON POST body; use to_json()")
        req = self.encodable(unencodable)
        charset = req.charset
        if boundary is None:
            boundary = "smsc-proto-" + secrets.token_hex(16)
        elif not BOUNDARY_RE.fullmatch(boundary):
            raise LocalProtocolError(
                f"boundary: must be 1..70 characters of RFC 2046 bchars, got {short(boundary)}"
            )
        delimiter = b"--" + boundary.encode("ascii")
        chunks: list[bytes] = []
        for key, value in req._encode_pairs(charset):
            if b'"' in key:
                raise LocalProtocolError(
                    f"parameter name: {short(key.decode(charset))} cannot travel in multipart"
                )
            chunks += [
                delimiter,
                b'\r\nContent-Disposition: form-data; name="' + key + b'"\r\n\r\n',
                value,
                b"\r\n",
            ]
        for att in req._attachments:
            filename = check_encodable(att.filename, charset, "attachment filename")
            chunks += [
                delimiter,
                b'\r\nContent-Disposition: form-data; name="'
                + check_encodable(att.name, charset, "attachment name"),
                b'"; filename="' + filename + b'"\r\n',
                b"Content-Type: " + att.content_type.encode("ascii") + b"\r\n\r\n",
                att.content,
                b"\r\n",
            ]
        chunks += [delimiter, b"--\r\n"]
        body = b"".join(chunks)
        if body.count(delimiter) != len(req._params) + len(req._attachments) + 1:
            raise LocalProtocolError("boundary: occurs inside the content; choose another")
        return body, f"multipart/form-data; boundary={boundary}"

    def to_json(self) -> bytes:
        """Encode as the ``rest/send/`` JSON body: one object of string values.

        The spec gives the endpoint only (QUIRKS INC-66); the body is a flat object with
        the same parameter names as ``send.php``, UTF-8 as JSON requires (RFC 8259).

        Raises:
            LocalProtocolError: the script is not ``rest/send``, a parameter repeats (a
                JSON object cannot carry it), a name or value holds a lone surrogate
                (UTF-8 cannot carry it), or the request has attachments.
        """
        if self._script != REST_SEND:
            raise LocalProtocolError(f"{self._script}: only rest/send takes a JSON body")
        self._no_attachments("a JSON body")
        obj: dict[str, str] = {}
        for key, value in self._params.items():
            if key in obj:
                raise LocalProtocolError(f"{key}: a JSON body cannot repeat a parameter")
            # JSON is UTF-8 (RFC 8259): a lone surrogate, in a name as in a value, has no
            # encoding, and orjson would raise its TypeError.
            check_encodable(key, "utf-8", "parameter name")
            check_encodable(value, "utf-8", key)
            obj[key] = value
        return orjson.dumps(obj)

    # -- decoder ---------------------------------------------------------------------

    @classmethod
    def from_url(
        cls,
        url: str | bytes,
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> Request:
        """Decode what a gateway received: a request target plus an optional body.

        ``url`` is an absolute URL (``https://smscentre.com/sys/send.php?...``) or a
        request target (``/sys/send.php?...``); the script is the last path segment
        (``*.php``) or ``rest/send``. The body is decoded by ``content_type``:
        ``application/x-www-form-urlencoded``, ``multipart/form-data`` or (for
        ``rest/send`` only) ``application/json``. Query parameters come first, then
        body parameters, each in wire order.

        The charset is read before any value is decoded, from every place that names
        one -- the ``charset`` parameter (from the raw bytes, wherever it stands), the
        ``Content-Type`` of a form or multipart body and the ``Content-Type`` of a
        multipart text part -- and they must agree, as for
        :func:`~smsc_proto.decode_callback`; every name and value is then decoded
        strictly in that charset (windows-1251 when none is named). A JSON body is
        UTF-8 (RFC 8259): its ``Content-Type`` may name no other charset. A ``+`` in a
        query or form value is a space, as in every HTML form.

        Raises:
            RemoteProtocolError: anything malformed, naming the part and the rule:
                charsets that disagree, a repeated ``Content-Type`` or
                ``Content-Disposition`` parameter, a member a JSON body repeats.
        """
        if isinstance(url, bytes):
            try:
                url = url.decode("ascii")
            except UnicodeDecodeError:
                raise RemoteProtocolError(
                    "url: a request target must be ASCII (percent-encode other bytes)"
                ) from None
        bad = _URL_FORBIDDEN_RE.search(url)
        if bad:
            raise RemoteProtocolError(
                f"url: character {bad.group(0)!r} at offset {bad.start()} must be percent-encoded"
            )
        path, _, query = url.partition("?")
        script = _script_from_path(path)
        raw_pairs = split_query(query.encode("ascii"), "query")
        attachments: list[Attachment] = []
        files: list[FileRaw] = []
        json_pairs: list[tuple[str, str]] = []
        # Every source that names the charset, in order; agree_charsets() refuses two
        # that disagree (a utf-8 form read as windows-1251 would be mojibake).
        named: dict[str, str] = {}
        if body:
            if content_type is None:
                raise RemoteProtocolError("content_type: required to decode a request body")
            ctype = parse_content_type(content_type)
            if ctype.media == FORM_CONTENT_TYPE:
                _name_charset(named, ctype)
                raw_pairs += split_query(body, "body")
            elif ctype.media == "multipart/form-data":
                _name_charset(named, ctype)
                form = form_data(split_multipart(body, ctype.params.get("boundary", "")))
                raw_pairs += form.pairs
                files = form.files
                named.update(form.charsets)
            elif ctype.media == JSON_CONTENT_TYPE:
                if script != REST_SEND:
                    raise RemoteProtocolError(f"content_type: {script} takes no JSON body")
                # RFC 8259 8.1: "JSON text exchanged between systems ... MUST be encoded
                # using UTF-8": a Content-Type naming another charset is not read as it.
                declared = ctype.charset()
                if declared not in (None, "utf-8"):
                    raise RemoteProtocolError(
                        f"content_type: a JSON body is UTF-8 (RFC 8259), got charset={declared}"
                    )
                json_pairs = _json_pairs(body)
            else:
                raise RemoteProtocolError(
                    f"content_type: {short(ctype.media)} is not a form, multipart or JSON body"
                )
        found = form_charset(raw_pairs, json_pairs)
        if found is not None:
            named["parameter"] = found
        charset = agree_charsets(named, "request") or DEFAULT_CHARSET
        pairs = decode_pairs(raw_pairs, charset) + json_pairs
        if len(pairs) > MAX_PARAMS:
            raise RemoteProtocolError(f"parameters: more than {MAX_PARAMS}")
        for name_b, filename_b, ctype_text, content in files:
            name = decode_text(name_b, charset, "attachment name")
            filename = decode_text(filename_b, charset, "attachment filename")
            attachments.append(_remote_attachment(name, filename, ctype_text, content))
        try:
            return cls(script, pairs, attachments)
        except LocalProtocolError as exc:
            raise RemoteProtocolError(str(exc)) from None


def is_bin1(params: MultiDict[str]) -> bool:
    """Whether ``params`` send a ``bin=1`` message, whose ``mes`` is bytes.

    Spec (line 75): "1 - binary message. In an http request, it must be encoded using
    the urlencode function." ``bin`` is read as its codec reads it -- leading zeros too,
    ``bin=01`` is 1 -- so that every spelling the decoder accepts as 1 takes the
    raw-byte path, not only the text ``"1"``.
    """
    return any(decimal_digits(value) == 1 for value in params.getall("bin", []))


def _name_charset(named: dict[str, str], ctype: ContentType) -> None:
    """Add the charset a form or multipart body's ``Content-Type`` names to ``named``."""
    charset = ctype.charset()
    if charset is not None:
        named["Content-Type"] = charset


def _remote_attachment(name: str, filename: str, ctype: str, content: bytes) -> Attachment:
    try:
        return Attachment(name=name, filename=filename, content=content, content_type=ctype)
    except LocalProtocolError as exc:
        raise RemoteProtocolError(str(exc)) from None


def _script_from_path(path: str) -> str:
    # Absolute form: drop "scheme://authority".
    match = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/]*", path)
    if match:
        path = path[match.end() :]
    trimmed = path.rstrip("/")
    if trimmed == REST_SEND or trimmed.endswith("/" + REST_SEND):
        return REST_SEND
    last = trimmed.rpartition("/")[2]
    if not _SCRIPT_RE.fullmatch(last):
        raise RemoteProtocolError(
            f"url: path must end in a '<name>.php' script or rest/send/, got {short(path)}"
        )
    return last


def _json_pairs(body: bytes) -> list[tuple[str, str]]:
    """Decode the ``rest/send/`` JSON object: string values, integers as their digits."""
    try:
        obj = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RemoteProtocolError(f"body: not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise RemoteProtocolError("body: the rest/send JSON body must be an object")
    # orjson keeps the last of a repeated member ({"mes":"a","mes":"b"} reads as "b"):
    # a repeat is refused, as a repeated form parameter is by the command decoder.
    repeated = repeated_member(body)
    if repeated is not None:
        raise RemoteProtocolError(f"{short(repeated)}: given more than once")
    pairs: list[tuple[str, str]] = []
    for key, value in obj.items():
        # A parameter value is text; an integer is its digits, a fraction is refused.
        pairs.append((key, json_text(short(key), value, integers_only=True)))
    return pairs
