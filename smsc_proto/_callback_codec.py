"""The callback wire codec: form, XML and JSON payloads, both directions (private).

Spec (line 3609): "fmt=2 (for xml format) and fmt=3 (for json format). When
transmitting the fmt parameter, the koi8-r encoding is not used." (line 3619): "All
parameters are passed by the POST method (for fmt=2 and fmt=3, the parameters are
passed in the request body)." The XML and JSON layouts are not shown; see
``docs/callbacks.rst`` for the decisions.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, TypeAlias, Union
from urllib.parse import quote

from ._callbacks import (
    _NAME_MAX,
    _NAME_RE,
    _PROTOCOL_PARAMS,
    _SIGNATURE_MAX,
    Callback,
    CallConfirmation,
    IncomingMessage,
    StatusCallback,
)
from ._charsets import DEFAULT_CHARSET, check_encodable, normalize_charset
from ._charsets import codec as python_codec_of
from ._errors import LocalProtocolError, RemoteProtocolError
from ._forms import agree_charsets, decode_pairs, form_charset, parse_content_type, split_query
from ._jsonsafe import json_text, load_json
from ._secrets import is_secret_param
from ._signature import SIGNATURE_ALGORITHMS, SignatureAlgorithm, callback_signature
from ._util import remote_errors, short
from ._wire import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE
from ._xmlsafe import _declared_charset, check_body, decode_body, parse_xml

__all__ = [
    "CALLBACK_MAX_BYTES",
    "CALLBACK_MAX_FIELDS",
    "XML_CONTENT_TYPE",
    "decode_callback",
    "encode_callback",
]

#: Most parameters one callback may carry (the documented ones plus the handler URL's).
CALLBACK_MAX_FIELDS: Final = 200
#: Largest callback accepted: the query and the body together, in bytes (for already
#: decoded fields: their names and values, in characters).
CALLBACK_MAX_BYTES: Final = 256 * 1024
#: Content type :func:`encode_callback` writes for fmt=2 (with a ``charset`` parameter).
XML_CONTENT_TYPE: Final = "application/xml"

_XML_TYPES: Final = frozenset({"application/xml", "text/xml"})
# fmt=2 writes each parameter as an element: its name must be an XML name.
_XML_NAME_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,127}")
# XML 1.0 cannot carry these characters at all (a character reference neither).
_XML_FORBIDDEN_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: What :func:`decode_callback` takes as ``fields``: already decoded ``(name, value)``
#: pairs or a mapping (a web framework's form or query), or the raw urlencoded query or
#: form (``bytes``, or a WSGI ``QUERY_STRING`` ``str``).
CallbackFields: TypeAlias = Union[Mapping[str, str], Iterable[tuple[str, str]], bytes, str]  # noqa: UP007


# -- decoding ------------------------------------------------------------------------------


def _raw_form(raw: bytes, what: str) -> list[tuple[bytes, bytes]]:
    pairs = split_query(raw, what)
    if len(pairs) > CALLBACK_MAX_FIELDS:
        raise RemoteProtocolError(f"{what}: more than {CALLBACK_MAX_FIELDS} parameters")
    return pairs


def _text_pairs(fields: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    items = fields.items() if isinstance(fields, Mapping) else fields
    pairs: list[tuple[str, str]] = []
    size = 0
    for item in items:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError("fields: each item must be a (name, value) pair")
        name, value = item
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("fields: names and values must be str (or pass the raw bytes)")
        size += len(name) + len(value)
        pairs.append((name, value))
        if len(pairs) > CALLBACK_MAX_FIELDS:
            raise RemoteProtocolError(f"fields: more than {CALLBACK_MAX_FIELDS} parameters")
    if size > CALLBACK_MAX_BYTES:
        raise RemoteProtocolError(f"fields: over the limit of {CALLBACK_MAX_BYTES} characters")
    return pairs


def _xml_pairs(body: bytes, charset: str) -> list[tuple[str, str]]:
    root = parse_xml(body, charset)
    if len(root.attrib) or (root.text or "").strip():
        raise RemoteProtocolError("body: the XML root holds only parameter elements")
    pairs: list[tuple[str, str]] = []
    for child in root:
        if not isinstance(child.tag, str):  # a comment
            if (child.tail or "").strip():
                raise RemoteProtocolError("body: text between XML parameter elements")
            continue
        if len(child) or len(child.attrib):
            raise RemoteProtocolError(
                f"body: XML parameter <{short(child.tag)}> must hold text only (no "
                "attributes or child elements)"
            )
        if child.tag.startswith("{"):
            # lxml writes a namespaced name as "{uri}name": no parameter name of fmt=2,
            # and "{uri}md5" must not pass for md5 nor land in extra.
            raise RemoteProtocolError(
                f"body: XML parameter <{short(child.tag)}> is in a namespace; parameters "
                "are plain elements"
            )
        if (child.tail or "").strip():
            raise RemoteProtocolError("body: text between XML parameter elements")
        pairs.append((child.tag, child.text or ""))
        if len(pairs) > CALLBACK_MAX_FIELDS:
            raise RemoteProtocolError(f"body: more than {CALLBACK_MAX_FIELDS} parameters")
    return pairs


def _member_names(pairs: list[tuple[str, Any]]) -> list[str]:
    return [name for name, _ in pairs]


def _json_pairs(body: bytes, charset: str) -> list[tuple[str, str]]:
    data = load_json(body, charset)
    if not isinstance(data, dict):
        raise RemoteProtocolError("body: a JSON callback is one flat object")
    if len(data) > CALLBACK_MAX_FIELDS:
        raise RemoteProtocolError(f"body: more than {CALLBACK_MAX_FIELDS} parameters")
    # orjson keeps the last of a repeated member ({"status":"1","status":"3"} reads as
    # 3), so a repeat is invisible in ``data``. The names are read again in order (the
    # body passed load_json's checks: size, charset, depth) and a repeat is refused like
    # a repeated form parameter.
    names: list[str] = json.loads(
        decode_body(check_body(body), charset), object_pairs_hook=_member_names
    )
    if len(names) != len(data):
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise RemoteProtocolError(f"{short(name)}: given more than once (line 3709)")
            seen.add(name)
    return [
        (name, json_text(short(name), value, subject="a JSON callback member"))
        for name, value in data.items()
    ]


def _body_charset(fmt: int, charset: str) -> str:
    # Spec (line 3609): "When transmitting the fmt parameter, the koi8-r encoding is not
    # used": a koi8-r handler receives fmt=2/3 bodies in the default windows-1251.
    return DEFAULT_CHARSET if fmt in (2, 3) and charset == "koi8-r" else charset


def decode_callback(
    fields: CallbackFields | None = None,
    body: bytes | None = None,
    content_type: str | None = None,
    *,
    charset: str | None = None,
) -> Callback:
    """Decode a callback the gateway posted to the handler.

    ``fields`` and the body together are the callback: the GET part of a handler URL
    written with ``!`` (line 3621) and the POST parameters are merged, GET first, and a
    name in both is refused like any repeated name. Pass either

    * the raw request: ``fields`` = the query string (``bytes``, or the WSGI
      ``QUERY_STRING`` ``str``), ``body`` and ``content_type`` as received; or
    * what a web framework already decoded: ``fields`` = ``(name, value)`` pairs or a
      mapping (give every pair of a multi-valued form, e.g. ``form.items(multi=True)``,
      so repeated names are seen), with no body.

    ``fields=None`` (or ``()``) is no query; ``body=None`` is no body. A body that is
    given is never empty: the gateway POSTs every parameter (line 3621).

    The body is a form (``application/x-www-form-urlencoded``, fmt 0), XML
    (``application/xml`` or ``text/xml``, fmt=2: a root element with one child element
    per parameter) or JSON (``application/json``, fmt=3: one flat object; strings and
    numbers both read).

    The charset comes from every place that names one -- the ``charset`` argument (the
    handler's own configuration), the Content-Type's ``charset``, the XML declaration,
    and the ``charset`` parameter the handler URL adds to the callback -- and they must
    agree; windows-1251 when none does. A form is read from the raw bytes with that
    charset, strictly. A koi8-r handler receives fmt=2/3 bodies in windows-1251 (line
    3609), while a raw query (the GET part, written in the handler URL) stays koi8-r.

    A callback with ``mes`` is an :class:`IncomingMessage`, with ``waitcall`` a
    :class:`CallConfirmation`, otherwise a :class:`StatusCallback` (lines 3711-3723).
    Each kind must carry the parameters the spec always sends it: ``id``, ``phone`` and
    ``status``; ``id``, ``phone``, ``mes`` and ``to``; ``waitcall``, ``phone`` and
    ``ts``. The handler URL's ``charset``, ``fmt`` and signature parameter are read, not
    kept in ``extra``; every other parameter the kind does not document is.

    A callback holds only text its charset carries. A form's bytes cannot hold more;
    a JSON ``\\u`` escape, an XML character reference or an already decoded pair can
    name any character, and one the charset cannot carry is refused: the callback
    could not be written back in its charset, nor its signed string hashed in it.

    Raises:
        RemoteProtocolError: anything malformed, naming the parameter and the rule:
            an empty body, a kind's parameter missing, bad percent-escapes or charset
            bytes, a character the charset cannot carry, more than
            :data:`CALLBACK_MAX_FIELDS` parameters or :data:`CALLBACK_MAX_BYTES`
            bytes, a repeated name, two signature parameters, charsets that disagree,
            an ``fmt`` that does not fit the body, a bad value.
        LocalProtocolError: the ``charset`` argument names no charset of the protocol.
        TypeError: ``fields`` holds items that are not ``(name, value)`` pairs of ``str``.
    """
    named: dict[str, str] = {}
    if charset is not None:
        try:
            named["argument"] = normalize_charset(charset, remote=False)
        except LocalProtocolError as exc:
            raise LocalProtocolError(f"charset argument: {exc}") from None
    raw: list[tuple[bytes, bytes]] = []
    text: list[tuple[str, str]] = []
    size = 0
    if fields is None:
        pass
    elif isinstance(fields, (bytes, bytearray, memoryview, str)):
        if isinstance(fields, str):
            try:
                query = fields.encode("latin-1")
            except UnicodeEncodeError:
                raise RemoteProtocolError(
                    "fields: a raw query string must be ASCII or WSGI latin-1 text"
                ) from None
        else:
            query = bytes(fields)
        size += len(query)
        raw = _raw_form(query, "query")
    else:
        text = _text_pairs(fields)
        size += sum(len(name) + len(value) for name, value in text)
    fmt = 0
    kind = "form"
    if body is not None and not body:
        # Line 3621: "All parameters are passed by the POST method": a callback's body is
        # never empty. Refused here, not read as a callback with no parameters.
        raise RemoteProtocolError("body: empty; the gateway POSTs a callback's parameters")
    if body:
        size += len(body)
        if content_type is None:
            raise RemoteProtocolError("content_type: required to decode a callback body")
        ctype = parse_content_type(content_type)
        media, ct_charset = ctype.media, ctype.charset()
        if ct_charset is not None:
            named["Content-Type"] = ct_charset
        if media == FORM_CONTENT_TYPE:
            kind = "body"
        elif media in _XML_TYPES:
            kind, fmt = "xml", 2
        elif media == JSON_CONTENT_TYPE:
            kind, fmt = "json", 3
        else:
            raise RemoteProtocolError(
                f"content_type: {short(media)} is not a form, XML or JSON callback body"
            )
    if size > CALLBACK_MAX_BYTES:
        raise RemoteProtocolError(
            f"callback: {size} bytes is over the limit of {CALLBACK_MAX_BYTES}"
        )
    if kind == "body":
        raw += _raw_form(bytes(body or b""), "body")
    if len(raw) + len(text) > CALLBACK_MAX_FIELDS:
        raise RemoteProtocolError(f"callback: more than {CALLBACK_MAX_FIELDS} parameters")
    # The charset parameter is read from the raw bytes before anything is decoded.
    found = form_charset(raw, text)
    if found is not None:
        named["parameter"] = found
    # The GET part of a "!" handler URL (line 3621) travels as the URL was written, in
    # the handler's charset: a koi8-r one stays koi8-r when an fmt=2/3 body moves to
    # windows-1251 (line 3609).
    url_koi8 = fmt != 0 and "koi8-r" in (named.get("argument"), named.get("parameter"))
    if fmt:
        named = {source: _body_charset(fmt, cs) for source, cs in named.items()}
    wire = agree_charsets(named, "callback") or DEFAULT_CHARSET
    if kind == "xml":
        # The XML declaration names a charset too; it decides before anything is
        # decoded, the GET part included.
        declared = _declared_charset(bytes(body or b""), wire)[1]
        if declared != wire and named:
            raise RemoteProtocolError(
                f"charset: the XML declaration names {declared}, the callback {wire}"
            )
        if declared == "koi8-r":
            # Line 3609: "When transmitting the fmt parameter, the koi8-r encoding is not
            # used"; encode_callback refuses to write it, so it is not read either.
            raise RemoteProtocolError(
                "charset: the XML declaration names koi8-r, which fmt=2 does not use (line 3609)"
            )
        wire = declared
    # GET first (line 3621): decoded ``fields`` are the GET part, ``raw`` then holds the
    # body alone.
    document: list[tuple[str, str]] = []
    if kind == "xml":
        document = _xml_pairs(bytes(body or b""), wire)
    elif kind == "json":
        document = _json_pairs(bytes(body or b""), wire)
    # The handler URL's charset=koi8-r may come back in the XML or JSON body alone.
    url_koi8 = url_koi8 or any(
        name == "charset" and normalize_charset(value, remote=True) == "koi8-r"
        for name, value in document
    )
    query_charset = "koi8-r" if url_koi8 else wire
    # Bytes decoded in their charset are text of it; what was decoded elsewhere (the
    # caller's GET pairs, JSON escapes, XML character references) is checked.
    _check_carried(text, query_charset)
    _check_carried(document, wire)
    pairs = [*text, *decode_pairs(raw, query_charset), *document]
    # The cap holds for the callback as a whole: the GET part and the body together.
    if len(pairs) > CALLBACK_MAX_FIELDS:
        raise RemoteProtocolError(f"callback: more than {CALLBACK_MAX_FIELDS} parameters")
    return _build(pairs, fmt, wire)


def _check_carried(pairs: list[tuple[str, str]], charset: str) -> None:
    """Refuse a name or value holding a character ``charset`` cannot carry."""
    python_codec = python_codec_of(charset)
    for name, value in pairs:
        for what, text in (("parameter name", name), (short(name), value)):
            try:
                text.encode(python_codec)
            except UnicodeEncodeError as exc:
                shown = (
                    "a character (the value is a secret: not shown)"
                    if is_secret_param(name)
                    else f"character {text[exc.start]!r} (U+{ord(text[exc.start]):04X})"
                )
                raise RemoteProtocolError(
                    f"{what}: {shown} is not in {charset}, the charset the callback "
                    "travelled in (a callback holds only text of its charset)"
                ) from None


def _build(pairs: list[tuple[str, str]], fmt: int, wire: str) -> Callback:
    if not pairs:
        raise RemoteProtocolError("callback: no parameters (nothing in the query or the body)")
    values: dict[str, str] = {}
    for name, value in pairs:
        if not name or not _NAME_RE.fullmatch(name):
            raise RemoteProtocolError(
                f"parameter name: must be 1..{_NAME_MAX} characters without control "
                f"characters, got {short(name)}"
            )
        if name in values:
            raise RemoteProtocolError(f"{short(name)}: given more than once (line 3709)")
        values[name] = value
    if (
        "charset" in values
        and _body_charset(fmt, normalize_charset(values["charset"], remote=True)) != wire
    ):
        raise RemoteProtocolError(
            f"charset: the callback names {short(values['charset'])} but travelled in {wire}; "
            "pass the handler's charset"
        )
    if "fmt" in values:
        allowed = ("0", "1") if fmt == 0 else (str(fmt),)
        if values["fmt"] not in allowed:
            raise RemoteProtocolError(
                f"fmt: a {('form', '', 'XML', 'JSON')[fmt]} callback carries fmt "
                f"{' or '.join(allowed)}, got {short(values['fmt'])}"
            )
    signed = [a for a in SIGNATURE_ALGORITHMS if a in values]
    if len(signed) > 1:
        raise RemoteProtocolError(
            f"{', '.join(signed)}: only one signature parameter may be present (line 3611)"
        )
    algorithm = signed[0] if signed else None
    signature = values.get(algorithm) if algorithm else None
    if signature is not None and len(signature) > _SIGNATURE_MAX:
        raise RemoteProtocolError(f"{algorithm}: longer than {_SIGNATURE_MAX} characters")
    cls: type[StatusCallback] | type[IncomingMessage] | type[CallConfirmation]
    if "mes" in values:
        cls = IncomingMessage
    elif "waitcall" in values:
        cls = CallConfirmation
    else:
        cls = StatusCallback
    codecs = cls._CODECS
    kwargs: dict[str, Any] = {
        name: codecs[name].parse(name, value) for name, value in values.items() if name in codecs
    }
    missing = [name for name in cls._REQUIRED if name not in values]
    if missing:
        raise RemoteProtocolError(
            f"{', '.join(missing)}: missing; {cls._KIND} carries "
            f"{_listed(cls._REQUIRED)} ({cls._LINES})"
        )
    extra = tuple(
        (name, value)
        for name, value in values.items()
        if name not in codecs and name not in _PROTOCOL_PARAMS
    )
    with remote_errors():
        return cls(**kwargs, extra=extra, signature=signature, algorithm=algorithm, charset=wire)


def _listed(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- encoding ------------------------------------------------------------------------------


def wire_fields(cb: Callback) -> list[tuple[str, str]]:
    """The documented parameters of ``cb`` as text, in the spec's table order.

    The signature parameter stands at its place in the table (after ``cmt``, ``time``
    or ``ts``) when ``cb`` carries one.
    """
    codecs = cb._CODECS
    out: list[tuple[str, str]] = []
    for name, codec in codecs.items():
        value = getattr(cb, name)
        if value is not None:
            out.append((name, codec.format(name, value)))
        if name == cb._SIGNED_AFTER and cb.algorithm is not None and cb.signature is not None:
            out.append((cb.algorithm, cb.signature))
    return out


def _xml_escape(name: str, value: str) -> str:
    bad = _XML_FORBIDDEN_RE.search(value)
    if bad:
        raise LocalProtocolError(
            f"{name}: character U+{ord(bad.group()):04X} cannot be written in XML (fmt=2)"
        )
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def encode_callback(
    cb: Callback,
    fmt: int = 0,
    charset: str | None = None,
    sign: tuple[SignatureAlgorithm, str] | None = None,
) -> tuple[bytes, str]:
    """Write the POST the gateway sends for ``cb`` (for gateways and emulators).

    The documented parameters come first, in the spec's table order (the signature
    parameter at its place in the table), then ``charset`` when it is not
    windows-1251 and ``fmt`` when it is not 0 (the handler URL's own parameters, which
    the gateway echoes, line 3709), then ``extra``. fmt=0 is a form; fmt=2 an XML
    document ``<callback>`` with one child element per parameter and an XML declaration
    naming the charset; fmt=3 a flat JSON object of string values. Every value is
    written as the form would carry it.

    Args:
        cb: The callback.
        fmt: 0 (form), 2 (XML) or 3 (JSON) (line 3609).
        charset: ``windows-1251``, ``koi8-r`` or ``utf-8``; by default ``cb.charset``
            (windows-1251 when that is ``None``). koi8-r is not used with fmt=2/3
            (line 3609).
        sign: ``(algorithm, secret)``: fill in the signature parameter, replacing any
            ``cb`` carries. Without it, ``cb.signature`` is written as it is.

    Returns:
        The body and its ``Content-Type``.

    Raises:
        LocalProtocolError: a bad ``fmt``, charset or secret, koi8-r with fmt=2/3, a
            parameter the kind always carries is ``None`` (as for
            :func:`decode_callback`), text the charset (or XML) cannot carry, or an
            ``extra`` name XML cannot carry.
    """
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt not in (0, 2, 3):
        raise LocalProtocolError(f"fmt: a callback is written with fmt 0, 2 or 3, got {fmt!r}")
    # What encodes, decodes: the decoder refuses a callback without these.
    missing = [name for name in cb._REQUIRED if getattr(cb, name) is None]
    if missing:
        raise LocalProtocolError(
            f"{', '.join(missing)}: required to write {cb._KIND}, which always carries "
            f"{_listed(cb._REQUIRED)} ({cb._LINES})"
        )
    if charset is None:
        charset = cb.charset or DEFAULT_CHARSET
    else:
        try:
            charset = normalize_charset(charset, remote=False)
        except LocalProtocolError as exc:
            raise LocalProtocolError(f"charset argument: {exc}") from None
    if fmt and charset == "koi8-r":
        raise LocalProtocolError(
            "charset: koi8-r is not used with fmt=2 or 3 (line 3609); use windows-1251 or utf-8"
        )
    if sign is not None:
        algorithm, secret = sign
        signature = callback_signature(_with_charset(cb, charset), secret, algorithm)
        cb = _signed(cb, algorithm, signature)
    pairs = wire_fields(cb)
    if charset != DEFAULT_CHARSET:
        pairs.append(("charset", charset))
    if fmt:
        pairs.append(("fmt", str(fmt)))
    pairs += cb.extra
    if fmt == 0:
        body = "&".join(
            quote(check_encodable(name, charset, "parameter name"), safe="")
            + "="
            + quote(check_encodable(value, charset, name), safe="")
            for name, value in pairs
        ).encode("ascii")
        return body, FORM_CONTENT_TYPE
    if fmt == 2:
        parts = [f'<?xml version="1.0" encoding="{charset}"?>\n<callback>']
        for name, value in pairs:
            if not _XML_NAME_RE.fullmatch(name) or name.lower().startswith("xml"):
                raise LocalProtocolError(f"{short(name)}: not a name fmt=2 (XML) can carry")
            parts.append(f"<{name}>{_xml_escape(name, value)}</{name}>")
        parts.append("</callback>")
        for name, value in pairs:
            check_encodable(value, charset, name)
        return check_encodable(
            "".join(parts), charset, "body"
        ), f"{XML_CONTENT_TYPE}; charset={charset}"
    for name, value in pairs:
        check_encodable(value, charset, name)
        check_encodable(name, charset, "parameter name")
    text = json.dumps(dict(pairs), ensure_ascii=False, separators=(",", ":"))
    return check_encodable(text, charset, "body"), f"{JSON_CONTENT_TYPE}; charset={charset}"


def _with_charset(cb: Callback, charset: str) -> Callback:
    return dataclasses.replace(cb, charset=charset)


def _signed(cb: Callback, algorithm: SignatureAlgorithm, signature: str) -> Callback:
    return dataclasses.replace(cb, algorithm=algorithm, signature=signature)
