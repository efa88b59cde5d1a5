"""SMS segmentation: how many SMS parts a message text takes, and the length limits.

Spec (line 49): "mes – The text of the message being sent. The maximum size is 1000
characters. If necessary, the message will be divided into several SMS messages sent to
the subscriber and paid separately. Size of one SMS – 160 characters in Latin or 70
characters in Cyrillic. When splitting a message into multiple SMS messages, a header is
added to each part to combine the parts into a single message on the recipient's phone,
and the maximum length becomes 67 for Cyrillic and 153 for Latin letters."

Spec (line 150): "maxsms – The maximum number of SMS messages that a long message can be
split into. Messages that are too long will be truncated".

The spec's "Latin" and "Cyrillic" are the two SMS encodings, modelled here after GSM
03.38 / 3GPP TS 23.038: a text whose every character is in the GSM 7-bit default
alphabet or its extension table goes as ``gsm7`` (160 septets, 153 per part); any other
text goes as ``ucs2`` (70 UTF-16 units, 67 per part).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from .._errors import LocalProtocolError

__all__ = [
    "GSM7_BASIC_CHARS",
    "GSM7_EXTENSION_CHARS",
    "MAX_MESSAGE_CHARS",
    "SegmentInfo",
    "check_message_length",
    "count_segments",
    "is_gsm7",
    "split_segments",
    "truncate_to_parts",
]

#: Longest ``mes`` text, in characters (Unicode code points). Spec (line 49): "The
#: maximum size is 1000 characters."
MAX_MESSAGE_CHARS: Final = 1000

#: The GSM 7-bit default alphabet (3GPP TS 23.038, 6.2.1): one septet each. The escape
#: code 0x1B is not a character and is not included.
GSM7_BASIC_CHARS: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)

#: The GSM 7-bit default extension table (3GPP TS 23.038, 6.2.1.1): an escape septet
#: plus one, so two septets each: form feed, ``^ { } \ [ ~ ] |`` and ``€``.
GSM7_EXTENSION_CHARS: Final = frozenset("\f^{}\\[~]|€")

_GSM7_CHARS: Final = GSM7_BASIC_CHARS | GSM7_EXTENSION_CHARS

# (single-SMS limit, per-part limit of a concatenated SMS), in septets or UTF-16 units.
_LIMITS: Final = {"gsm7": (160, 153), "ucs2": (70, 67)}


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentInfo:
    """How a message text is sent as SMS.

    Spec (line 49): "Size of one SMS – 160 characters in Latin or 70 characters in
    Cyrillic ... the maximum length becomes 67 for Cyrillic and 153 for Latin letters."

    Args:
        encoding: ``"gsm7"`` (the spec's "Latin") or ``"ucs2"`` (its "Cyrillic").
        units: The text's length in septets (``gsm7``; extension-table characters count
            2) or UTF-16 code units (``ucs2``; characters outside the BMP count 2).
        parts: The number of SMS (at least 1; an empty text is one empty SMS).
        per_part: The capacity of each part: 160 / 70 for a single SMS, 153 / 67 when
            the text is split.

    Raises:
        LocalProtocolError: The fields are inconsistent with each other.
    """

    encoding: Literal["gsm7", "ucs2"]
    units: int
    parts: int
    per_part: int

    def __post_init__(self) -> None:
        if self.encoding not in _LIMITS:
            raise LocalProtocolError(
                f"mes: encoding must be 'gsm7' or 'ucs2', got {self.encoding!r}"
            )
        single, multi = _LIMITS[self.encoding]
        for name in ("units", "parts", "per_part"):
            if type(getattr(self, name)) is not int:
                raise LocalProtocolError(f"mes: {name} must be an int")
        if self.units < 0 or self.parts < 1:
            raise LocalProtocolError("mes: units must be >= 0 and parts >= 1")
        expected = single if self.parts == 1 else multi
        if (
            self.per_part != expected
            or self.units > self.parts * expected
            or (self.parts > 1 and self.units <= single)
        ):
            raise LocalProtocolError(
                f"mes: {self.parts} {self.encoding} part(s) hold {expected} units each, "
                f"got per_part={self.per_part}, units={self.units}"
            )


def is_gsm7(text: str) -> bool:
    """True when every character of ``text`` is in the GSM 7-bit alphabet or extension.

    Such a text is sent in the spec's "Latin" encoding (line 49).
    """
    return all(ch in _GSM7_CHARS for ch in text)


def _costs(text: str) -> tuple[Literal["gsm7", "ucs2"], list[int]]:
    if is_gsm7(text):
        return "gsm7", [2 if ch in GSM7_EXTENSION_CHARS else 1 for ch in text]
    return "ucs2", [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _cut(text: str, costs: list[int], start: int, capacity: int) -> int:
    """Index where the chunk starting at ``start`` ends when it holds ``capacity`` units."""
    used = 0
    end = start
    while end < len(text) and used + costs[end] <= capacity:
        used += costs[end]
        end += 1
    return end


def split_segments(text: str) -> tuple[str, ...]:
    """Split ``text`` into the texts of the SMS parts it is sent as.

    Spec (line 49). A text within 160 septets / 70 units is one part (``(text,)``, also
    for ``""``). A longer one is cut greedily into 153-septet / 67-unit parts, and a
    cut never falls inside a character: an extension-table character (escape + septet)
    and a character outside the BMP (a UTF-16 surrogate pair) stay whole, moving to the
    next part when only one unit is left (as 3GPP TS 23.040 concatenation requires;
    the spec itself is silent on this).
    """
    encoding, costs = _costs(text)
    single, multi = _LIMITS[encoding]
    if sum(costs) <= single:
        return (text,)
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = _cut(text, costs, start, multi)
        chunks.append(text[start:end])
        start = end
    return tuple(chunks)


def count_segments(text: str) -> SegmentInfo:
    """Count the SMS parts of ``text`` (see :func:`split_segments`).

    Spec (line 49): "Size of one SMS – 160 characters in Latin or 70 characters in
    Cyrillic ... the maximum length becomes 67 for Cyrillic and 153 for Latin letters."
    For example 160 Latin letters are 1 part, 161 are 2, 306 are 2 and 307 are 3; 70
    Cyrillic letters are 1 part, 71 are 2, 134 are 2 and 135 are 3.
    """
    encoding, costs = _costs(text)
    single, multi = _LIMITS[encoding]
    parts = len(split_segments(text))
    return SegmentInfo(
        encoding=encoding,
        units=sum(costs),
        parts=parts,
        per_part=single if parts == 1 else multi,
    )


def truncate_to_parts(text: str, maxsms: int) -> str:
    """Return what is left of ``text`` when it is cut to at most ``maxsms`` SMS parts.

    Spec (line 150): "maxsms – The maximum number of SMS messages that a long message can
    be split into. Messages that are too long will be truncated". The spec does not say
    how; this models the natural rule: the encoding is that of the whole ``text``; with
    ``maxsms=1`` the result is the longest prefix fitting one SMS (160 septets / 70
    units), otherwise the first ``maxsms`` parts of :func:`split_segments`. A text that
    already fits is returned unchanged. The result always fits in ``maxsms`` parts.

    Raises:
        LocalProtocolError: ``maxsms`` is not an int >= 1.
    """
    if type(maxsms) is not int or maxsms < 1:
        raise LocalProtocolError(f"maxsms: must be an int >= 1, got {maxsms!r}")
    chunks = split_segments(text)
    if len(chunks) <= maxsms:
        return text
    if maxsms == 1:
        encoding, costs = _costs(text)
        return text[: _cut(text, costs, 0, _LIMITS[encoding][0])]
    return "".join(chunks[:maxsms])


def check_message_length(text: str) -> None:
    """Refuse a ``mes`` text longer than 1000 characters (``MAX_MESSAGE_CHARS``).

    Spec (line 49): "The maximum size is 1000 characters." Characters are Unicode code
    points (the spec does not say how the gateway counts characters outside the BMP).

    Raises:
        LocalProtocolError: ``text`` is too long (the message starts with ``mes:``).
    """
    if len(text) > MAX_MESSAGE_CHARS:
        raise LocalProtocolError(
            f"mes: must be at most {MAX_MESSAGE_CHARS} characters, got {len(text)}"
        )
