"""Hardened loading of XML reply bodies (fmt=2) into an lxml tree (private).

A reply body is untrusted bytes from the network. :func:`parse_xml` refuses everything
an XML parser can be talked into doing beyond building a small tree: entity expansion
(billion laughs, quadratic blowup), external entities and DTDs (file and network reads),
XInclude, decompression of gzip input and documents bigger than :data:`MAX_BODY_BYTES`.
Every failure is a :class:`RemoteProtocolError` whose message starts with ``"body:"``.

The body-level checks (size, compression, byte order mark, strict charset decoding)
are shared with :mod:`smsc_proto._jsonsafe` through :func:`check_body` and
:func:`decode_body`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from lxml import etree

from ._charsets import CHARSETS, codec, normalize_charset
from ._errors import LocalProtocolError, RemoteProtocolError
from ._util import short

__all__ = ["MAX_BODY_BYTES", "parse_xml"]

#: Largest reply body either loader accepts, in bytes (16 MiB). Checked before any
#: decoding or parsing, so an oversized body costs nothing but its length.
MAX_BODY_BYTES: Final = 16 * 1024 * 1024

_GZIP_MAGIC: Final = b"\x1f\x8b"
_UTF8_BOM: Final = b"\xef\xbb\xbf"
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")

# A DOCTYPE is the only door to entity declarations, external DTDs and parameter
# entities; the protocol never sends one, so any document naming one is refused before
# a parser sees it. All three charsets are ASCII supersets, so the search on the raw
# bytes finds exactly what it would find in the decoded text. "<!ENTITY" outside a
# DOCTYPE is not well-formed XML anyway; it is named here so that the message says why.
_DTD_MARKUP: Final = re.compile(rb"<!(doctype|entity)", re.IGNORECASE)

# The XML declaration (XML 1.0 production [23] XMLDecl): it may only open the document,
# right after an optional byte order mark.
_XML_DECL_START: Final = re.compile(rb"<\?xml[\s?]")
_XML_DECL: Final = re.compile(
    rb"""<\?xml
    [ \t\r\n]+ version [ \t\r\n]* = [ \t\r\n]* (?P<q1>["']) 1\.[0-9]+ (?P=q1)
    (?: [ \t\r\n]+ encoding [ \t\r\n]* = [ \t\r\n]*
        (?P<q2>["']) (?P<encoding>[A-Za-z][A-Za-z0-9._-]*) (?P=q2) )?
    (?: [ \t\r\n]+ standalone [ \t\r\n]* = [ \t\r\n]* (?P<q3>["']) (?:yes|no) (?P=q3) )?
    [ \t\r\n]* \?>""",
    re.VERBOSE,
)


def check_body(body: bytes) -> bytes:
    """Apply the checks that come before any decoding: type, size and compression.

    Returns the body as ``bytes`` (a ``bytearray`` or ``memoryview`` is copied).

    Raises:
        TypeError: ``body`` is not bytes-like (a path or URL is never accepted).
        RemoteProtocolError: the body is over :data:`MAX_BODY_BYTES` or gzip-compressed.
    """
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    elif not isinstance(body, bytes):
        raise TypeError(f"body must be bytes, got {type(body).__name__}")
    if len(body) > MAX_BODY_BYTES:
        raise RemoteProtocolError(
            f"body: {len(body)} bytes is over the limit of {MAX_BODY_BYTES} bytes"
        )
    if body.startswith(_GZIP_MAGIC):
        # Decompression belongs to the transport (Content-Encoding); a parser that
        # inflated it here would turn a small body into an arbitrarily large one.
        raise RemoteProtocolError("body: gzip-compressed data (starts with 1f 8b) is refused")
    return body


def request_charset(charset: str) -> str:
    """Canonical name of the caller's charset; a bad one is the caller's bug."""
    try:
        return normalize_charset(charset, remote=False)
    except LocalProtocolError as exc:
        raise LocalProtocolError(f"charset argument: {exc}") from None


def decode_body(body: bytes, charset: str) -> str:
    """Decode a whole body strictly in ``charset`` (a canonical wire name).

    A UTF-8 byte order mark is dropped when ``charset`` is utf-8 and refused otherwise;
    UTF-16 byte order marks are refused. Invalid bytes are never replaced.

    Raises:
        RemoteProtocolError: a byte order mark that does not fit ``charset``, or bytes
            that are not valid ``charset``.
    """
    start = 0
    if body.startswith(_UTF8_BOM):
        if charset != "utf-8":
            raise RemoteProtocolError(f"body: UTF-8 byte order mark in a {charset} body")
        start = len(_UTF8_BOM)
    elif body.startswith(_UTF16_BOMS):
        raise RemoteProtocolError(
            f"body: UTF-16 byte order mark; the charset must be one of {', '.join(CHARSETS)}"
        )
    try:
        return body[start:].decode(codec(charset))
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        raise RemoteProtocolError(
            f"body: byte 0x{body[offset]:02x} at offset {offset} is not valid {charset}"
        ) from None


def _new_parser() -> etree.XMLParser:
    # lxml is imported on the first XML body, not with the module: the body checks
    # here serve JSON and form bodies too, which never need it.
    from lxml import etree  # noqa: PLC0415

    # One parser per call: lxml parsers keep state (error log, dictionary) between
    # documents and are not safe to share between threads. collect_ids stays at its
    # default: setting it False makes libxml2 2.14 load external DTDs.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        recover=False,
        # Comments and processing instructions carry nothing of a reply or callback:
        # both are dropped while parsing, so "<sms><!-- x --><id>1</id>" is the record
        # "<sms><id>1</id>" and "<id>1<!-- x -->2</id>" the text "12" (libxml2 joins the
        # text around them), and no decoder meets an element whose tag is not a name.
        remove_comments=True,
        remove_pis=True,
    )


def _declared_charset(body: bytes, charset: str) -> tuple[int, str]:
    """Read an optional XML declaration; return its length and the charset that applies.

    The declaration decides the charset, so it is read on the bytes (it is ASCII in all
    three charsets, so its length in bytes is its length in characters). lxml refuses
    a ``str`` that still carries an encoding declaration; the caller blanks it out of
    the decoded text.
    """
    start = len(_UTF8_BOM) if body.startswith(_UTF8_BOM) else 0
    if not _XML_DECL_START.match(body, start):
        # No declaration: the request's charset applies. An "<?xml-stylesheet ...?>"
        # processing instruction lands here and is removed by the parser.
        return 0, charset
    match = _XML_DECL.match(body, start)
    if match is None:
        head = body[start : start + 60].decode("latin-1")
        raise RemoteProtocolError(f"body: malformed XML declaration {short(head)}")
    declared = match.group("encoding")
    if declared is not None:
        name = declared.decode("ascii")
        try:
            charset = normalize_charset(name, remote=True)
        except RemoteProtocolError:
            raise RemoteProtocolError(
                f"body: XML declaration encoding must be one of {', '.join(CHARSETS)}, "
                f"got {short(name)}"
            ) from None
    return match.end() - start, charset


def parse_xml(body: bytes, charset: str) -> etree._Element:
    """Parse an XML reply body and return its root element.

    Args:
        body: The raw reply body (bytes only; never a path or URL).
        charset: The request's charset (``windows-1251``, ``koi8-r`` or ``utf-8``,
            case-insensitive). It applies unless the body's XML declaration names an
            ``encoding``, which then must be one of those three.

    Returns:
        The root element. Processing instructions and comments are removed.

    Raises:
        RemoteProtocolError: the body is too big, compressed, carries a DOCTYPE or an
            entity declaration, is not valid in its charset, or is not well-formed
            XML. The message starts with ``"body:"``.
        LocalProtocolError: ``charset`` names no charset of the protocol.
        TypeError: ``body`` is not bytes.
    """
    charset = request_charset(charset)
    body = check_body(body)
    # "<!" is looked for first (a plain byte search, several times faster than the
    # case-blind pattern): a body without one holds neither.
    found = _DTD_MARKUP.search(body) if b"<!" in body else None
    if found is not None:
        kind = found.group(1).decode("ascii").upper()
        raise RemoteProtocolError(
            f"body: <!{kind} at offset {found.start()} is refused "
            "(DOCTYPE and entity declarations are never accepted)"
        )
    declaration, charset = _declared_charset(body, charset)
    # decode_body drops the byte order mark, so the declaration opens the text. It is
    # blanked rather than cut: lxml's error positions stay those of the body, and a
    # second declaration is still "allowed only at the start of the document".
    text = decode_body(body, charset)
    if declaration:
        text = " " * declaration + text[declaration:]
    from lxml import etree  # noqa: PLC0415 - see _new_parser

    try:
        return etree.fromstring(text, _new_parser())
    except etree.XMLSyntaxError as exc:
        # str(exc) quotes libxml2's message and position, never the document itself.
        raise RemoteProtocolError(f"body: not well-formed XML: {exc}") from None
    except (etree.LxmlError, SyntaxError, ValueError, UnicodeError) as exc:
        raise RemoteProtocolError(f"body: not well-formed XML: {exc}") from None
