"""Form bodies, Content-Type, multipart and charset detection, read from the wire (private).

One copy of each rule, for every layer that reads a body or a query: the request decoder
(:meth:`smsc_proto.Request.from_url`), the callback decoder, the handler URL reader and
documents.php's multipart reply.

* :func:`split_query` splits ``a=1&b=2`` into percent-decoded byte pairs.
* :func:`form_charset` finds the ``charset`` parameter among those raw pairs before any
  value is decoded, and :func:`decode_pairs` then decodes every pair strictly in it.
  Spec (line 127): "charset - The encoding of the transmitted message, if used other
  than the default encoding of windows-1251. Options: utf-8 and koi8-r."
* :func:`parse_content_type` reads a ``Content-Type`` header value.
* :func:`agree_charsets` takes the charset every source names (the ``charset``
  parameter, a Content-Type, a part's Content-Type...) and refuses a disagreement.
* :func:`split_multipart` splits a multipart body (RFC 2046 5.1.1) into its parts;
  :func:`form_data` reads the parts of a ``multipart/form-data`` body (RFC 7578).

One input has one reading: a parameter, a header or a Content-Disposition parameter
given twice is refused, never read last-one-wins.

Every failure is a :class:`~smsc_proto.RemoteProtocolError` naming the part and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote_to_bytes

from ._charsets import decode_text, normalize_charset
from ._errors import RemoteProtocolError
from ._util import short

__all__ = [
    "BOUNDARY_RE",
    "MAX_PARAMS",
    "ContentType",
    "FileRaw",
    "FormData",
    "Part",
    "agree_charsets",
    "decode_pairs",
    "first_line_boundary",
    "form_charset",
    "form_data",
    "parse_content_type",
    "split_multipart",
    "split_query",
]

#: Most parameters one query or form body may carry.
MAX_PARAMS: Final = 10_000

#: A multipart boundary: 1..70 characters of RFC 2046's ``bchars`` without the space
#: (a boundary the toolkit writes never needs quoting, and none it reads ends in one).
BOUNDARY_RE: Final = re.compile(r"[0-9A-Za-z'()+_,./:=?-]{1,70}")

_BAD_PERCENT_RE: Final = re.compile(rb"%(?![0-9A-Fa-f]{2})")
# RFC 7578 4.2: 'Content-Disposition: form-data; name="..."', parameters quoted.
_DISPOSITION_RE: Final = re.compile(
    rb'form-data((?:\s*;\s*[A-Za-z*]+="[^"\r\n]*")*)\s*', re.IGNORECASE
)
_DISPOSITION_PARAM_RE: Final = re.compile(rb'\s*;\s*([A-Za-z*]+)="([^"\r\n]*)"')

#: A file part of a form-data body: its name, filename, content type and content, with
#: name and filename still bytes (the form's charset is not known yet).
FileRaw = tuple[bytes, bytes, str, bytes]


# -- urlencoded queries and forms ------------------------------------------------------------


def _unquote(raw: bytes, what: str) -> bytes:
    if _BAD_PERCENT_RE.search(raw):
        raise RemoteProtocolError(f"{what}: '%' must be followed by two hex digits")
    # A "+" is a space in every HTML form (application/x-www-form-urlencoded).
    return unquote_to_bytes(raw.replace(b"+", b" "))


def split_query(raw: bytes, what: str) -> list[tuple[bytes, bytes]]:
    """Split ``a=1&b=2`` into percent-decoded byte pairs (charset not applied yet).

    Empty pieces (``a=1&&b=2``, a trailing ``&``) are skipped as every form decoder
    does; a piece without ``=`` is a parameter with an empty value (handler URLs such as
    ``https://mysite.ru/!param1&param2`` use that form, spec line 3600).

    Args:
        raw: The query or body bytes.
        what: Where they came from, for messages (``"query"``, ``"body"``, ``"url"``).

    Raises:
        RemoteProtocolError: more than :data:`MAX_PARAMS` pieces, an empty name, or a
            ``%`` not followed by two hex digits.
    """
    pairs: list[tuple[bytes, bytes]] = []
    if not raw:
        return pairs
    pieces = raw.split(b"&")
    if len(pieces) > MAX_PARAMS:
        raise RemoteProtocolError(f"{what}: more than {MAX_PARAMS} parameters")
    for piece in pieces:
        if not piece:
            continue
        name, _, value = piece.partition(b"=")
        if not name:
            raise RemoteProtocolError(f"{what}: parameter with an empty name")
        pairs.append((_unquote(name, what), _unquote(value, what)))
    return pairs


def form_charset(
    raw_pairs: Iterable[tuple[bytes, bytes]], text_pairs: Iterable[tuple[str, str]] = ()
) -> str | None:
    """The charset the ``charset`` parameters name, read before any value is decoded.

    Args:
        raw_pairs: Pairs still in wire bytes (from :func:`split_query` or a form-data
            body); a ``charset`` value among them must be ASCII.
        text_pairs: Pairs already decoded (a JSON body, a web framework's form).

    Returns:
        The canonical charset name, or ``None`` when no pair names one.

    Raises:
        RemoteProtocolError: a ``charset`` value is not ASCII or names no charset of the
            protocol, or two of them name different charsets.
    """
    found: set[str] = set()
    for name, value in raw_pairs:
        if name == b"charset":
            try:
                text = value.decode("ascii")
            except UnicodeDecodeError:
                raise RemoteProtocolError("charset: must be ASCII") from None
            found.add(normalize_charset(text, remote=True))
    for name_s, value_s in text_pairs:
        if name_s == "charset":
            found.add(normalize_charset(value_s, remote=True))
    if len(found) > 1:
        raise RemoteProtocolError("charset: given more than once with different values")
    return found.pop() if found else None


def agree_charsets(named: Mapping[str, str], what: str) -> str | None:
    """The one charset every source names, or ``None`` when no source names one.

    Args:
        named: Canonical charset names by source (``{"Content-Type": "utf-8",
            "parameter": "utf-8"}``).
        what: What is being read, for the message (``"request"``, ``"callback"``).

    Raises:
        RemoteProtocolError: two sources name different charsets (listed in order).
    """
    values = set(named.values())
    if len(values) > 1:
        listed = ", ".join(f"{source} {cs}" for source, cs in named.items())
        raise RemoteProtocolError(f"charset: the {what}'s charsets disagree ({listed})")
    return values.pop() if values else None


def decode_pairs(raw_pairs: Iterable[tuple[bytes, bytes]], charset: str) -> list[tuple[str, str]]:
    """Decode raw pairs strictly in ``charset``; a bad byte names the parameter.

    Raises:
        RemoteProtocolError: a name or value is not valid ``charset`` text, or a name
            is empty.
    """
    pairs: list[tuple[str, str]] = []
    for raw_name, raw_value in raw_pairs:
        name = decode_text(raw_name, charset, "parameter name")
        if not name:
            raise RemoteProtocolError("parameter name: empty name before '='")
        pairs.append((name, decode_text(raw_value, charset, name)))
    return pairs


# -- Content-Type ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContentType:
    """A parsed ``Content-Type`` header value (RFC 9110 8.3).

    Args:
        media: The media type, lowercased (``multipart/form-data``).
        params: The parameters by lowercased name, quotes removed.
    """

    media: str
    params: dict[str, str]

    def charset(self) -> str | None:
        """The charset the header names (canonical), or ``None`` when it names none.

        Raises:
            RemoteProtocolError: the ``charset`` names no charset of the protocol.
        """
        value = self.params.get("charset")
        return None if value is None else normalize_charset(value, remote=True)


def parse_content_type(value: str) -> ContentType:
    """Read a ``Content-Type`` header value: ``type/subtype; name=value; name="value"``.

    RFC 9110 5.6.6: ``parameters = *( OWS ";" OWS [ parameter ] )``, ``parameter-value =
    ( token / quoted-string )``. A quoted value loses its quotes and its quoted-pairs
    (5.6.4: ``\\"`` is ``"``) and may hold ``;`` -- ``name="a;b.jpg"`` is one
    parameter, not two. Empty parameters (``;;``) are allowed; a parameter with no
    ``=`` or an unterminated quoted string is refused, never skipped or read in part.
    RFC 6838 4.3: "It is an error for a specific parameter to be specified more than
    once": a repeat (names compared case-insensitively) is refused rather than read
    last-one-wins -- two ``boundary`` parameters would split the body two ways.

    Raises:
        RemoteProtocolError: a parameter is given more than once, has no value, or its
            quoted string does not end.
    """
    media, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for key, val in _content_type_params(rest):
        if key in params:
            raise RemoteProtocolError(
                f"content_type: parameter {short(key)} given more than once (RFC 6838 4.3)"
            )
        params[key] = val
    return ContentType(media.strip().lower(), params)


def _content_type_params(rest: str) -> list[tuple[str, str]]:
    """The ``(lowercased name, value)`` pairs of the text after the media type."""
    pairs: list[tuple[str, str]] = []
    at, end = 0, len(rest)
    while at < end:
        stop = rest.find(";", at)
        stop = end if stop < 0 else stop
        key, eq, val = rest[at:stop].partition("=")
        key = key.strip().lower()
        if not eq:
            if key:
                raise RemoteProtocolError(
                    f"content_type: parameter {short(key)} has no value (RFC 9110 5.6.6)"
                )
            at = stop + 1
            continue
        start = rest.index("=", at) + 1
        while start < stop and rest[start] in " \t":
            start += 1
        if start < end and rest[start] == '"':
            text, at = _quoted_string(rest, start, key)
            tail = rest.find(";", at)
            tail = end if tail < 0 else tail
            if rest[at:tail].strip():
                raise RemoteProtocolError(
                    f"content_type: parameter {short(key)} has text after its quoted value"
                )
            pairs.append((key, text))
            at = tail + 1
            continue
        pairs.append((key, val.strip()))
        at = stop + 1
    return pairs


def _quoted_string(text: str, start: int, key: str) -> tuple[str, int]:
    """The value of the quoted string opening at ``text[start]``, and where it ends."""
    out: list[str] = []
    at = start + 1
    while at < len(text):
        char = text[at]
        if char == "\\" and at + 1 < len(text):
            out.append(text[at + 1])
            at += 2
        elif char == '"':
            return "".join(out), at + 1
        else:
            out.append(char)
            at += 1
    raise RemoteProtocolError(
        f"content_type: parameter {short(key)} opens a quoted string that does not end"
    )


# -- multipart -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a multipart body.

    Args:
        headers: ``(name, value)`` pairs, the name lowercased and both stripped of
            surrounding whitespace, in order.
        content: The part's content, as sent.
    """

    headers: tuple[tuple[bytes, bytes], ...]
    content: bytes


def first_line_boundary(body: bytes) -> str:
    """The boundary of a multipart body whose Content-Type is not known.

    RFC 2046 5.1.1: the body may open with its first delimiter, ``--`` boundary (no
    preamble); that line names it.

    Raises:
        RemoteProtocolError: the body does not open with ``--``.
    """
    first = body.split(b"\r\n", 1)[0]
    if not first.startswith(b"--"):
        raise RemoteProtocolError(
            "body: is no multipart body (no leading --boundary line, and no content_type)"
        )
    return first[2:].rstrip(b" \t").decode("ascii", "replace")


def split_multipart(body: bytes, boundary: str) -> list[Part]:
    """Split a multipart body into its parts (RFC 2046 5.1.1), every header line checked.

    A preamble before the first delimiter and an epilogue after the close delimiter are
    ignored. Each part is a delimiter line, its header lines (``Name: value``, the name
    ASCII and not empty), a blank line and the content; a part with no headers opens
    with the blank line. The first blank line ends the headers: a headerless part whose
    content holds a blank line is refused, as its first content line would read as a
    bad header line (the stricter of the two rules this module replaced).

    Raises:
        RemoteProtocolError: an invalid boundary, no delimiter, a malformed delimiter
            line, a part without a header end or with a bad header line, or no close
            delimiter.
    """
    if not BOUNDARY_RE.fullmatch(boundary):
        raise RemoteProtocolError(f"content_type: no valid multipart boundary ({short(boundary)})")
    delimiter = b"--" + boundary.encode("ascii")
    start = body.find(delimiter)
    if start < 0 or (start > 0 and body[start - 2 : start] != b"\r\n"):
        raise RemoteProtocolError("body: multipart delimiter not found")
    pieces = body[start + len(delimiter) :].split(b"\r\n" + delimiter)
    parts: list[Part] = []
    for index, piece in enumerate(pieces):
        if piece.startswith(b"--"):
            return parts
        if not piece.startswith(b"\r\n"):
            raise RemoteProtocolError(f"body: multipart part {index} has a malformed delimiter")
        head, sep, content = piece[2:].partition(b"\r\n\r\n")
        if not sep:
            # A part with no headers and no blank line in its content: the blank line
            # that ends the (empty) headers comes first.
            if piece[2:4] != b"\r\n":
                raise RemoteProtocolError(f"body: multipart part {index} has no header end")
            head, content = b"", piece[4:]
        headers: list[tuple[bytes, bytes]] = []
        for line in head.split(b"\r\n") if head else ():
            name, colon, value = line.partition(b":")
            name = name.strip()
            if not colon or not name or not name.isascii():
                raise RemoteProtocolError(f"body: multipart part {index} has a bad header line")
            headers.append((name.lower(), value.strip()))
        parts.append(Part(tuple(headers), content))
    raise RemoteProtocolError("body: multipart close delimiter missing")


@dataclass(frozen=True, slots=True)
class FormData:
    """What a ``multipart/form-data`` body carries (see :func:`form_data`).

    Args:
        pairs: The text parts, ``(name, content)`` still in bytes, in order.
        files: The file parts, in order.
        charsets: The charset each text part's ``Content-Type`` names, by ``"part
            <index>"`` (canonical names), for :func:`agree_charsets`.
    """

    pairs: list[tuple[bytes, bytes]]
    files: list[FileRaw]
    charsets: dict[str, str]


def form_data(parts: list[Part]) -> FormData:
    """The text pairs and the files of a ``multipart/form-data`` body's parts (RFC 7578).

    Each part carries ``Content-Disposition: form-data; name="..."`` (quoted parameters);
    one with a ``filename`` is a file, whose ``Content-Type`` (ASCII, parameters kept as
    sent: ``image/jpeg; name="a.jpg"``) defaults to ``application/octet-stream``. A text
    part's ``Content-Type`` may name a charset (RFC 7578 4.4); it is returned for the
    caller to agree with the other sources, not applied to that part alone.

    A part reads one way or is refused: a second ``Content-Disposition`` or
    ``Content-Type`` header, a disposition parameter given twice (``name="a";
    name="b"``, names compared case-insensitively) and ``filename*`` (RFC 7578 4.2: the
    RFC 5987 encoding "MUST NOT be used", and it would name the file a second way) are
    refused.

    Raises:
        RemoteProtocolError: a part is not form-data, has no name, repeats a header or
            a disposition parameter, uses ``filename*``, or has a non-ASCII or
            malformed content type.
    """
    pairs: list[tuple[bytes, bytes]] = []
    files: list[FileRaw] = []
    charsets: dict[str, str] = {}
    for index, part in enumerate(parts):
        disposition: dict[bytes, bytes] | None = None
        ctype: str | None = None
        for hname, hvalue in part.headers:
            if hname == b"content-disposition":
                if disposition is not None:
                    raise RemoteProtocolError(
                        f"body: multipart part {index} has two Content-Disposition headers"
                    )
                disposition = _disposition(index, hvalue)
            elif hname == b"content-type":
                if ctype is not None:
                    raise RemoteProtocolError(
                        f"body: multipart part {index} has two Content-Type headers"
                    )
                try:
                    ctype = hvalue.decode("ascii")
                except UnicodeDecodeError:
                    raise RemoteProtocolError(
                        f"body: multipart part {index} has a non-ASCII content type"
                    ) from None
        if disposition is None or b"name" not in disposition:
            raise RemoteProtocolError(f"body: multipart part {index} has no form-data name")
        is_file = b"filename" in disposition
        try:
            parsed = None if ctype is None else parse_content_type(ctype)
            # A file's charset describes its content, which is kept as bytes; a text
            # part's is the charset of the value the request reads.
            part_charset = None if parsed is None or is_file else parsed.charset()
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(f"body: multipart part {index}: {exc}") from None
        if is_file:
            files.append(
                (
                    disposition[b"name"],
                    disposition[b"filename"],
                    ctype or "application/octet-stream",
                    part.content,
                )
            )
        else:
            if part_charset is not None:
                charsets[f"part {index}"] = part_charset
            pairs.append((disposition[b"name"], part.content))
    return FormData(pairs, files, charsets)


def _disposition(index: int, value: bytes) -> dict[bytes, bytes]:
    match = _DISPOSITION_RE.fullmatch(value)
    if not match:
        raise RemoteProtocolError(
            f"body: multipart part {index} is not form-data with quoted parameters"
        )
    params: dict[bytes, bytes] = {}
    for raw_key, val in _DISPOSITION_PARAM_RE.findall(match.group(1)):
        key = raw_key.lower()
        if key == b"filename*":
            raise RemoteProtocolError(
                f"body: multipart part {index} uses filename*, which RFC 7578 4.2 forbids"
            )
        if key in params:
            raise RemoteProtocolError(
                f"body: multipart part {index} gives the disposition parameter "
                f"{key.decode('ascii')} more than once"
            )
        params[key] = val
    return params
