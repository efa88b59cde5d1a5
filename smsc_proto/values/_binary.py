"""Message-text syntaxes: comments, binary messages (UDH), pid/dcs trailer, WAP-push text.

Four syntaxes of the ``mes`` parameter of ``send.php``, each a small type with a
``parse_*``/``format_*`` pair:

* :class:`CommentedMessage` -- ``<message text>\\n~~~\\n<comment>``.
  Spec (line 363): "To add a comment, you must specify a special combination
  ``"\\n~~~\\n "`` at the end of the text of the SMS message ... any text that will be
  considered a comment will not be sent to the subscriber, but will be displayed in the
  history."
* :class:`BinaryMessage` -- ``bin=1`` (raw bytes) and ``bin=2`` (hex) messages, parsed
  into a :class:`Udh` of information elements and a payload.
  Spec (line 78): "The binary message is passed along with the UDH header at the
  beginning in the mes parameter, in which the first byte specifies the length of the
  header. To send a binary message without a UDH header, specify a null byte at the
  beginning of the message (00 in hex)."
* :class:`PidDcsTrailer` -- the ``pid: value1, dcs: value2`` text after ``\\n~~~\\n``
  at the end of a binary message.
  Spec (line 79): "you need to add a special combination ``"\\n~~~\\n"`` ... to the end of
  the binary message, and then the text "pid: value1, dcs: value2" with the exact
  preservation of spaces."
* :class:`WapPush` -- ``push=1`` text ``<link>\\n<title>``.
  Spec (line 82): "1 – wap-push message. In the mes parameter, you must pass the link
  and title through a line feed."

``jobs.php`` documents ``bin`` and ``push`` in the same words (lines 1091-1095).

All texts are the decoded ``mes`` value: real line feeds, not ``%0A`` and not the
literal two characters ``\\n`` the ``list`` parameter uses (line 381); undoing those
is the request layer's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import remote_errors, short

__all__ = [
    "COMMENT_SEPARATOR",
    "BinaryMessage",
    "CommentedMessage",
    "Concatenation",
    "PidDcsTrailer",
    "PortAddressing",
    "RawElement",
    "Udh",
    "UdhElement",
    "WapPush",
    "format_binary",
    "format_commented_message",
    "format_pid_dcs_trailer",
    "format_wap_push",
    "parse_binary",
    "parse_commented_message",
    "parse_pid_dcs_trailer",
    "parse_wap_push",
]

COMMENT_SEPARATOR = "\n~~~\n"
"""Line feed, three tildes, line feed: starts a comment or a binary pid/dcs trailer.

Spec (line 79): "a special combination ``"\\n~~~\\n"`` (line feed, 3 tilde characters, and
again line feed)". Line 363 prints it as ``"\\n~~~\\n "`` with a trailing space, but the
examples (lines 372, 381) and lines 79 and 687 have none: the separator has no space,
and a space after it belongs to the comment.
"""


def _check_int(field: str, value: object, high: int, low: int = 0) -> None:
    # bool is an int subclass; True must not pass as 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"{field} must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        raise LocalProtocolError(f"{field} must be {low}..{high}, got {value}")


def _check_bytes(field: str, value: object) -> None:
    if not isinstance(value, bytes):
        raise LocalProtocolError(f"{field} must be bytes, got {type(value).__name__}")


def _check_str(field: str, value: object) -> None:
    if not isinstance(value, str):
        raise LocalProtocolError(f"{field} must be a str, got {type(value).__name__}")


# ---------------------------------------------------------------------------------------
# Comments


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentedMessage:
    """A message text with an optional comment.

    Spec (line 361): "you can add any comment to the end of the text that clarifies or
    supplements the SMS message for the sender. This text will not be sent to
    subscribers and will not affect the cost of SMS". Spec (line 363): the comment
    follows the combination ``"\\n~~~\\n"``.

    The text is split at the *first* separator, so a comment may itself contain
    ``"\\n~~~\\n"`` (it stays in the comment), but the message may not: it would be
    split there instead.

    Args:
        message: The text sent to the subscriber.
        comment: The comment, or ``None`` when there is no separator. ``""`` is an
            empty comment (the text ends with the separator).

    Raises:
        LocalProtocolError: When ``message`` contains the separator, or when there is a
            comment and the message ends in ``"\\n~~~"`` (message and separator together
            would then hold the separator earlier, so the text would split elsewhere).
    """

    message: str
    comment: str | None = None

    def __post_init__(self) -> None:
        _check_str("comment: message", self.message)
        if self.comment is not None:
            _check_str("comment: comment", self.comment)
        if COMMENT_SEPARATOR in self.message:
            raise LocalProtocolError(
                "comment: message must not contain the separator '\\n~~~\\n', "
                "it would split the text there"
            )
        # With a comment, the separator must also not start inside the message: a
        # message ending in "\n~~~" would overlap it. Any separator starting inside the
        # message ends within message + separator, so this one search finds them all.
        if self.comment is not None and (self.message + COMMENT_SEPARATOR).find(
            COMMENT_SEPARATOR
        ) != len(self.message):
            raise LocalProtocolError(
                "comment: message must not end with '\\n~~~' when there is a comment, "
                "the text would split earlier"
            )


def parse_commented_message(text: str) -> CommentedMessage:
    """Split a message text at its first ``"\\n~~~\\n"`` into message and comment.

    Spec (line 363): "specify a special combination ``"\\n~~~\\n "`` at the end of the text
    of the SMS message ... after that, any text that will be considered a comment".
    Spec (line 372) example: ``mes=Hello!%0A~~~%0AComment``.

    Every string is a valid commented message, so this never raises.

    Args:
        text: The decoded ``mes`` value.

    Returns:
        The message before the first separator and the comment after it (``None``
        when the text has no separator).
    """
    message, sep, comment = text.partition(COMMENT_SEPARATOR)
    return CommentedMessage(message=message, comment=comment if sep else None)


def format_commented_message(value: CommentedMessage) -> str:
    """Join a message and its comment with ``"\\n~~~\\n"``.

    Spec (line 372): ``Hello!%0A~~~%0AComment``, i.e. ``"Hello!\\n~~~\\nComment"``.
    The canonical form is the only form: no space follows the separator.

    Args:
        value: The message and comment.

    Returns:
        ``message`` alone when ``comment`` is ``None``, else
        ``message + "\\n~~~\\n" + comment``.
    """
    if value.comment is None:
        return value.message
    return value.message + COMMENT_SEPARATOR + value.comment


# ---------------------------------------------------------------------------------------
# pid/dcs trailer

# Strict: the spec demands "exact preservation of spaces" (line 79). [0-9] rather than
# \d, which would also match non-ASCII digits.
_TRAILER_RE = re.compile(r"pid: ([0-9]{1,3}), dcs: ([0-9]{1,3})")
_TRAILER_HINT = "must be 'pid: <0..255>, dcs: <0..255>' with exactly these spaces"


@dataclass(frozen=True, slots=True, kw_only=True)
class PidDcsTrailer:
    """The TP-PID and TP-DCS octets a binary message asks for.

    Spec (line 79): "To be able to pass the pid and dcs parameters, you need to add a
    special combination ``"\\n~~~\\n"`` ... to the end of the binary message, and then the
    text "pid: value1, dcs: value2" with the exact preservation of spaces."

    The spec gives no range or base; these are the GSM 03.40 TP-PID and TP-DCS fields,
    one octet each, written in decimal.

    Args:
        pid: Protocol identifier, 0..255.
        dcs: Data coding scheme, 0..255.
    """

    pid: int
    dcs: int

    def __post_init__(self) -> None:
        _check_int("pid", self.pid, 255)
        _check_int("dcs", self.dcs, 255)


def parse_pid_dcs_trailer(text: str) -> PidDcsTrailer:
    """Parse the text after the separator, ``"pid: <n>, dcs: <n>"``.

    Spec (line 79): "the text "pid: value1, dcs: value2" with the exact preservation of
    spaces". Values are decimal ASCII digits without leading zeros (``0`` itself is
    fine), 0..255; nothing else is accepted, not even other spacing.

    Args:
        text: The trailer without the separator.

    Returns:
        The two octets.

    Raises:
        RemoteProtocolError: When the text is not exactly that form or a value is out of
            range or has a leading zero.
    """
    match = _TRAILER_RE.fullmatch(text)
    if match is None:
        raise RemoteProtocolError(f"pid/dcs trailer {_TRAILER_HINT}, got {short(text)}")
    for name, digits in zip(("pid", "dcs"), match.groups(), strict=True):
        if len(digits) > 1 and digits[0] == "0":
            raise RemoteProtocolError(f"{name}: leading zeros are not allowed, got {digits!r}")
    with remote_errors():
        return PidDcsTrailer(pid=int(match[1]), dcs=int(match[2]))


def format_pid_dcs_trailer(value: PidDcsTrailer) -> str:
    """Write the trailer text (without the separator), e.g. ``"pid: 64, dcs: 245"``.

    Spec (line 79): "pid: value1, dcs: value2" with the exact preservation of spaces.

    Args:
        value: The two octets.

    Returns:
        ``f"pid: {pid}, dcs: {dcs}"`` in decimal.
    """
    return f"pid: {value.pid}, dcs: {value.dcs}"


# ---------------------------------------------------------------------------------------
# UDH information elements

_IEI_CONCAT_8 = 0x00
_IEI_PORTS_8 = 0x04
_IEI_PORTS_16 = 0x05
_IEI_CONCAT_16 = 0x08
_MODELLED_IEIS = frozenset({_IEI_CONCAT_8, _IEI_PORTS_8, _IEI_PORTS_16, _IEI_CONCAT_16})


@dataclass(frozen=True, slots=True, kw_only=True)
class Concatenation:
    """A concatenated-message information element (IEI ``0x00`` or ``0x08``).

    Spec (line 78): the binary message carries "the UDH header at the beginning". The
    element layout is GSM 03.40 / 3GPP TS 23.040 section 9.2.3.24.1 (8-bit reference,
    IEI 0x00, data length 3) and 9.2.3.24.8 (16-bit reference, IEI 0x08, data length 4):
    reference, total number of parts, this part's sequence number.

    Args:
        reference: Reference shared by all parts: 0..255, or 0..65535 when ``wide``.
        total: Number of parts, 1..255.
        sequence: Number of this part, 1..``total``.
        wide: ``True`` for the 16-bit reference element (IEI 0x08).
    """

    reference: int
    total: int
    sequence: int
    wide: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.wide, bool):
            raise LocalProtocolError("concatenation: wide must be a bool")
        _check_int("concatenation: reference", self.reference, 0xFFFF if self.wide else 0xFF)
        _check_int("concatenation: total", self.total, 255, 1)
        _check_int("concatenation: sequence", self.sequence, self.total, 1)

    @property
    def iei(self) -> int:
        """Information element identifier, ``0x08`` when ``wide`` and ``0x00`` otherwise."""
        return _IEI_CONCAT_16 if self.wide else _IEI_CONCAT_8

    @property
    def data(self) -> bytes:
        """Element data, the reference (big-endian) then total and sequence."""
        ref = self.reference.to_bytes(2 if self.wide else 1, "big")
        return ref + bytes((self.total, self.sequence))


@dataclass(frozen=True, slots=True, kw_only=True)
class PortAddressing:
    """An application-port-addressing information element (IEI ``0x04`` or ``0x05``).

    Spec (line 352) example: ``0605040B8423F0...`` -- UDH length 6, IEI 05, length 4,
    destination port 0x0B84 (2948, WAP push), source port 0x23F0 (9200). Layout per
    3GPP TS 23.040 section 9.2.3.24.3 (8-bit ports, IEI 0x04) and 9.2.3.24.4 (16-bit
    ports, IEI 0x05).

    Args:
        destination: Destination port: 0..255, or 0..65535 when ``wide``.
        source: Originator port, same range.
        wide: ``True`` for 16-bit ports (IEI 0x05).
    """

    destination: int
    source: int
    wide: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.wide, bool):
            raise LocalProtocolError("port addressing: wide must be a bool")
        high = 0xFFFF if self.wide else 0xFF
        _check_int("port addressing: destination", self.destination, high)
        _check_int("port addressing: source", self.source, high)

    @property
    def iei(self) -> int:
        """Information element identifier, ``0x05`` when ``wide`` and ``0x04`` otherwise."""
        return _IEI_PORTS_16 if self.wide else _IEI_PORTS_8

    @property
    def data(self) -> bytes:
        """Element data, the destination then the source port, big-endian."""
        size = 2 if self.wide else 1
        return self.destination.to_bytes(size, "big") + self.source.to_bytes(size, "big")


@dataclass(frozen=True, slots=True, kw_only=True)
class RawElement:
    """Any other information element, kept as identifier and raw data.

    Spec (line 347) example: ``050A030705604865...`` -- UDH length 5, IEI 0A (EMS text
    formatting), length 3, data ``07 05 60`` (start 7, length 5, italic+underline).
    Such elements are not interpreted, only carried byte for byte.

    Args:
        iei: Identifier 0..255, other than the modelled 0x00, 0x04, 0x05 and 0x08 (use
            :class:`Concatenation` or :class:`PortAddressing` for those, so that every
            UDH has exactly one representation).
        data: Element data, at most 253 bytes (the UDH length is one octet).
    """

    iei: int
    data: bytes

    def __post_init__(self) -> None:
        _check_int("UDH element: iei", self.iei, 255)
        if self.iei in _MODELLED_IEIS:
            raise LocalProtocolError(
                f"UDH element: iei 0x{self.iei:02X} is modelled, "
                "use Concatenation or PortAddressing"
            )
        _check_bytes("UDH element: data", self.data)
        if len(self.data) > 253:
            raise LocalProtocolError(
                f"UDH element: data must be at most 253 bytes, got {len(self.data)}"
            )


UdhElement = Concatenation | PortAddressing | RawElement
"""One information element of a :class:`Udh`."""

_ELEMENT_TYPES = (Concatenation, PortAddressing, RawElement)


@dataclass(frozen=True, slots=True, kw_only=True)
class Udh:
    """A user data header: a non-empty sequence of information elements.

    Spec (line 78): "The binary message is passed along with the UDH header at the
    beginning in the mes parameter, in which the first byte specifies the length of the
    header."

    A UDH length of 0 is the spec's "no UDH" null byte; it is written as
    ``BinaryMessage(udh=None)``, so a :class:`Udh` is never empty.

    Args:
        elements: The elements in wire order (duplicates are kept as given).

    Raises:
        LocalProtocolError: When ``elements`` is empty, not a tuple of elements, or
            encodes to more than 255 bytes.
    """

    elements: tuple[UdhElement, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.elements, tuple):
            raise LocalProtocolError("UDH: elements must be a tuple")
        if not self.elements:
            raise LocalProtocolError("UDH: elements must not be empty (no UDH is udh=None)")
        for element in self.elements:
            if not isinstance(element, _ELEMENT_TYPES):
                raise LocalProtocolError(
                    f"UDH: elements must be Concatenation, PortAddressing or RawElement, "
                    f"got {type(element).__name__}"
                )
        length = sum(2 + len(element.data) for element in self.elements)
        if length > 255:
            raise LocalProtocolError(f"UDH: length must be at most 255 bytes, got {length}")

    def to_bytes(self) -> bytes:
        """The header as sent: the UDH length octet, then each element as IEI, length, data.

        Spec (line 78): "the first byte specifies the length of the header".
        """
        body = b"".join(
            bytes((element.iei, len(element.data))) + element.data for element in self.elements
        )
        return bytes((len(body),)) + body


def _decode_element(iei: int, data: bytes) -> UdhElement:
    # Raises RemoteProtocolError naming the rule when a modelled element is malformed.
    if iei in (_IEI_CONCAT_8, _IEI_CONCAT_16):
        wide = iei == _IEI_CONCAT_16
        size = 4 if wide else 3
        if len(data) != size:
            raise RemoteProtocolError(
                f"mes: UDH element 0x{iei:02X} (concatenation) must have length {size}, "
                f"got {len(data)}"
            )
        with remote_errors():
            return Concatenation(
                reference=int.from_bytes(data[:-2], "big"),
                total=data[-2],
                sequence=data[-1],
                wide=wide,
            )
    if iei in (_IEI_PORTS_8, _IEI_PORTS_16):
        wide = iei == _IEI_PORTS_16
        size = 4 if wide else 2
        if len(data) != size:
            raise RemoteProtocolError(
                f"mes: UDH element 0x{iei:02X} (port addressing) must have length {size}, "
                f"got {len(data)}"
            )
        half = size // 2
        return PortAddressing(
            destination=int.from_bytes(data[:half], "big"),
            source=int.from_bytes(data[half:], "big"),
            wide=wide,
        )
    return RawElement(iei=iei, data=data)


def _decode_udh(body: bytes) -> Udh:
    elements: list[UdhElement] = []
    pos = 0
    while pos < len(body):
        if pos + 2 > len(body):
            raise RemoteProtocolError(
                f"mes: UDH element header at offset {pos + 1} is cut off by the UDH length"
            )
        iei, size = body[pos], body[pos + 1]
        end = pos + 2 + size
        if end > len(body):
            raise RemoteProtocolError(
                f"mes: UDH element 0x{iei:02X} length {size} runs past the UDH length {len(body)}"
            )
        elements.append(_decode_element(iei, body[pos + 2 : end]))
        pos = end
    with remote_errors():
        return Udh(elements=tuple(elements))


# ---------------------------------------------------------------------------------------
# Binary messages


@dataclass(frozen=True, slots=True, kw_only=True)
class BinaryMessage:
    """A binary SMS: optional UDH, payload, optional pid/dcs trailer.

    Spec (line 75-77): "bin -- Binary message flag. ... 1 – binary message. In an http
    request, it must be encoded using the urlencode function. 2 – binary message,
    represented as a hexadecimal string (hex)." Spec (line 78): "the first byte
    specifies the length of the header. To send a binary message without a UDH header,
    specify a null byte at the beginning of the message (00 in hex)." Spec (line 79):
    the ``"\\n~~~\\n"`` + "pid: value1, dcs: value2" trailer.

    Nothing in the text says whether a UDH is present except this convention, so the
    first octet is always the UDH length: ``udh=None`` is written as a leading ``00``.

    Args:
        udh: The user data header, or ``None`` for none.
        payload: The user data after the header.
        pid_dcs: The pid/dcs trailer, or ``None`` for none.
    """

    udh: Udh | None = None
    payload: bytes = b""
    pid_dcs: PidDcsTrailer | None = None

    def __post_init__(self) -> None:
        if self.udh is not None and not isinstance(self.udh, Udh):
            raise LocalProtocolError("mes: udh must be a Udh or None")
        _check_bytes("mes: payload", self.payload)
        if self.pid_dcs is not None and not isinstance(self.pid_dcs, PidDcsTrailer):
            raise LocalProtocolError("mes: pid_dcs must be a PidDcsTrailer or None")

    def to_bytes(self) -> bytes:
        """The octets sent: UDH (or the null byte) then the payload, without the trailer.

        Spec (line 78): "To send a binary message without a UDH header, specify a null
        byte at the beginning of the message".
        """
        header = b"\x00" if self.udh is None else self.udh.to_bytes()
        return header + self.payload


_HEX_RE = re.compile(r"[0-9A-Fa-f]*")


def _check_mode(bin: object) -> None:
    # A wrong mode is the caller's mistake, not the wire's.
    if type(bin) is not int or bin not in (1, 2):
        raise LocalProtocolError(f"bin: must be 1 or 2 for a binary message, got {bin!r}")


def _split_raw_trailer(text: str) -> tuple[str, str | None]:
    # bin=1: raw bytes may themselves contain "\n~~~\n", and the spec does not say
    # where the server splits. Rule chosen: the part after the LAST separator is a
    # trailer when it starts with "pid:" (then it must be well-formed, so a mistyped
    # trailer is reported instead of being sent as data); otherwise there is none.
    index = text.rfind(COMMENT_SEPARATOR)
    if index < 0:
        return text, None
    rest = text[index + len(COMMENT_SEPARATOR) :]
    if not rest.startswith("pid:"):
        return text, None
    return text[:index], rest


def _decode_octets(data: bytes) -> BinaryMessage:
    if not data:
        raise RemoteProtocolError(
            "mes: binary message is empty; it must start with the UDH length byte (00 for no UDH)"
        )
    udh_length = data[0]
    if udh_length == 0:
        return BinaryMessage(udh=None, payload=data[1:])
    if 1 + udh_length > len(data):
        raise RemoteProtocolError(
            f"mes: UDH length {udh_length} exceeds the {len(data) - 1} bytes that follow it"
        )
    return BinaryMessage(udh=_decode_udh(data[1 : 1 + udh_length]), payload=data[1 + udh_length :])


def parse_binary(text: str, *, bin: Literal[1, 2]) -> BinaryMessage:
    """Parse the ``mes`` value of a binary message (``bin=1`` or ``bin=2``).

    Spec (lines 76-79): "1 – binary message. In an http request, it must be encoded
    using the urlencode function. 2 – binary message, represented as a hexadecimal
    string (hex). The binary message is passed along with the UDH header at the
    beginning ... the first byte specifies the length of the header ... without a UDH
    header, specify a null byte at the beginning ... add a special combination ``"\\n~~~\\n"``
    ... to the end of the binary message, and then the text "pid: value1, dcs: value2"".

    ``bin=2``: hex digits, upper or lower case (canonical: upper, as in the examples on
    lines 347 and 352), then optionally ``"\\n~~~\\n"`` and the trailer.

    ``bin=1``: the request layer percent-decodes ``mes`` to bytes; this function takes
    them as a ``str`` of characters U+0000..U+00FF, one per byte
    (``data.decode("latin-1")``). Raw bytes may contain ``"\\n~~~\\n"``; the part after the *last*
    separator is the trailer when it starts with ``"pid:"``.

    Args:
        text: The decoded ``mes`` value.
        bin: The ``bin`` parameter, 1 or 2.

    Returns:
        The message, its UDH decoded into information elements.

    Raises:
        RemoteProtocolError: For odd-length or non-hex text (``bin=2``), characters
            above U+00FF (``bin=1``), an empty message, a UDH length or element length
            running past the data, a malformed modelled element, or a malformed trailer.
        LocalProtocolError: When ``bin`` is not 1 or 2 (a caller mistake).
    """
    _check_mode(bin)
    if bin == 2:
        hex_text, sep, trailer_text = text.partition(COMMENT_SEPARATOR)
        trailer = trailer_text if sep else None
        if _HEX_RE.fullmatch(hex_text) is None:
            raise RemoteProtocolError("mes: bin=2 message must contain only hex digits 0-9A-F")
        if len(hex_text) % 2:
            raise RemoteProtocolError(
                f"mes: bin=2 message must have an even number of hex digits, got {len(hex_text)}"
            )
        data = bytes.fromhex(hex_text)
    else:
        raw_text, trailer = _split_raw_trailer(text)
        try:
            data = raw_text.encode("latin-1")
        except UnicodeEncodeError:
            raise RemoteProtocolError(
                "mes: bin=1 message must be bytes, one character U+0000..U+00FF each"
            ) from None
    message = _decode_octets(data)
    if trailer is None:
        return message
    return BinaryMessage(
        udh=message.udh, payload=message.payload, pid_dcs=parse_pid_dcs_trailer(trailer)
    )


def format_binary(value: BinaryMessage, *, bin: Literal[1, 2]) -> str:
    """Write the ``mes`` value of a binary message for ``bin=1`` or ``bin=2``.

    Spec (lines 76-79), as for :func:`parse_binary`. Canonical ``bin=2`` text is upper
    case hex (lines 347, 352); ``bin=1`` text is one character U+0000..U+00FF per byte,
    which the request layer percent-encodes ("it must be encoded using the urlencode
    function", line 76). A trailer is appended as ``"\\n~~~\\npid: <n>, dcs: <n>"``.

    Args:
        value: The message.
        bin: The ``bin`` parameter, 1 or 2.

    Returns:
        The ``mes`` text.

    Raises:
        LocalProtocolError: When ``bin`` is not 1 or 2, or when, for ``bin=1`` without a
            trailer, the bytes themselves end in ``"\\n~~~\\npid:..."`` (with no later
            separator): they would read back as a trailer. Use ``bin=2`` for such data.
    """
    _check_mode(bin)
    data = value.to_bytes()
    if bin == 2:
        text = data.hex().upper()
    else:
        text = data.decode("latin-1")
        if value.pid_dcs is None and _split_raw_trailer(text)[1] is not None:
            raise LocalProtocolError(
                "mes: bin=1 data must not end with '\\n~~~\\npid:...' when there is no "
                "pid/dcs trailer (it would read back as one); use bin=2"
            )
    if value.pid_dcs is None:
        return text
    return text + COMMENT_SEPARATOR + format_pid_dcs_trailer(value.pid_dcs)


# ---------------------------------------------------------------------------------------
# WAP push


@dataclass(frozen=True, slots=True, kw_only=True)
class WapPush:
    """A WAP-push message in text form (``push=1``): a link and a title.

    Spec (line 82): "1 – wap-push message. In the mes parameter, you must pass the link
    and title through a line feed." Spec (line 357) example:
    ``mes=http://wap.ru%0AWAP.RU&push=1``.

    Both are single lines: the text holds exactly one line feed.

    Args:
        link: The URL, non-empty, without CR or LF (not otherwise checked).
        title: The title, without CR or LF; may be empty.
    """

    link: str
    title: str

    def __post_init__(self) -> None:
        _check_str("mes: link", self.link)
        _check_str("mes: title", self.title)
        if not self.link:
            raise LocalProtocolError("mes: wap-push link must not be empty")
        for name, value in (("link", self.link), ("title", self.title)):
            if "\n" in value or "\r" in value:
                raise LocalProtocolError(f"mes: wap-push {name} must not contain CR or LF")


def parse_wap_push(text: str) -> WapPush:
    """Parse a ``push=1`` text, ``<link>\\n<title>``.

    Spec (line 82): "you must pass the link and title through a line feed". Spec
    (line 357): ``http://wap.ru%0AWAP.RU``.

    Args:
        text: The decoded ``mes`` value.

    Returns:
        The link and title.

    Raises:
        RemoteProtocolError: When there is no line feed, more than one, an empty link,
            or a carriage return.
    """
    link, sep, title = text.partition("\n")
    if not sep:
        raise RemoteProtocolError("mes: wap-push text must be '<link>\\n<title>', no line feed")
    with remote_errors():
        return WapPush(link=link, title=title)


def format_wap_push(value: WapPush) -> str:
    """Write a ``push=1`` text: ``link + "\\n" + title``.

    Spec (line 357): ``mes=http://wap.ru%0AWAP.RU`` (``%0A`` is the line feed).

    Args:
        value: The link and title.

    Returns:
        The ``mes`` text (the only form).
    """
    return value.link + "\n" + value.title
