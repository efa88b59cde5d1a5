"""Tests for SMS segmentation, maxsms truncation and the 1000-character limit."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError
from smsc_proto.strategies import segment_infos, sms_texts
from smsc_proto.values import (
    GSM7_BASIC_CHARS,
    GSM7_EXTENSION_CHARS,
    MAX_MESSAGE_CHARS,
    SegmentInfo,
    check_message_length,
    count_segments,
    is_gsm7,
    split_segments,
    truncate_to_parts,
)


def info(encoding: Any, units: int, parts: int, per_part: int) -> SegmentInfo:
    return SegmentInfo(encoding=encoding, units=units, parts=parts, per_part=per_part)


# --- 1. one table: text -> segment info ----------------------------------------------
# Line 49: "Size of one SMS – 160 characters in Latin or 70 characters in Cyrillic ...
# the maximum length becomes 67 for Cyrillic and 153 for Latin letters."

SEGMENT_ROWS: list[tuple[str, SegmentInfo]] = [
    ("", info("gsm7", 0, 1, 160)),
    ("Hello", info("gsm7", 5, 1, 160)),
    # line 49, Latin: 160 in one SMS, then 153 per part
    ("a" * 160, info("gsm7", 160, 1, 160)),
    ("a" * 161, info("gsm7", 161, 2, 153)),
    ("a" * 306, info("gsm7", 306, 2, 153)),
    ("a" * 307, info("gsm7", 307, 3, 153)),
    ("a" * 1000, info("gsm7", 1000, 7, 153)),
    # line 49, Cyrillic: 70 in one SMS, then 67 per part
    ("я" * 70, info("ucs2", 70, 1, 70)),
    ("я" * 71, info("ucs2", 71, 2, 67)),
    ("я" * 134, info("ucs2", 134, 2, 67)),
    ("я" * 135, info("ucs2", 135, 3, 67)),
    # one Cyrillic letter makes the whole text UCS-2
    ("a" * 69 + "я", info("ucs2", 70, 1, 70)),
    ("a" * 70 + "я", info("ucs2", 71, 2, 67)),
    # extension table characters count two septets
    ("{" * 80, info("gsm7", 160, 1, 160)),
    ("{" * 81, info("gsm7", 162, 2, 153)),
    ("€" + "a" * 158, info("gsm7", 160, 1, 160)),
    ("€" + "a" * 159, info("gsm7", 161, 2, 153)),
    ("\f^{}\\[~]|€", info("gsm7", 20, 1, 160)),
    # GSM basic-table accents and Greek stay GSM-7; other accents do not
    ("éèùìòÇØøÅåÆæßÉÄÖÑÜäöñüà¡¿§£¥¤ΔΦΓΛΩΠΨΣΘΞ@$_", info("gsm7", 42, 1, 160)),
    ("á", info("ucs2", 1, 1, 70)),
    # outside the BMP: two UTF-16 units each
    ("\U0001f600" * 35, info("ucs2", 70, 1, 70)),
    ("\U0001f600" * 36, info("ucs2", 72, 2, 67)),
    # the escape code itself is not a character of the alphabet
    ("\x1b", info("ucs2", 1, 1, 70)),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENT_ROWS)
def test_count_segments(text: str, expected: SegmentInfo) -> None:
    assert count_segments(text) == expected


@pytest.mark.parametrize(("text", "expected"), SEGMENT_ROWS)
def test_split_segments_matches_count(text: str, expected: SegmentInfo) -> None:
    chunks = split_segments(text)
    assert "".join(chunks) == text
    assert len(chunks) == expected.parts


SPLIT_ROWS: list[tuple[str, list[int]]] = [
    # an escape pair never straddles two parts: 152 septets, then "{" moves on
    ("a" * 152 + "{" + "a" * 10, [152, 11]),
    ("a" * 151 + "{" + "a" * 10, [152, 10]),
    # a surrogate pair never straddles two parts: 66 units, then the emoji moves on
    ("я" * 66 + "\U0001f600" + "я" * 10, [66, 11]),
    ("я" * 65 + "\U0001f600" + "я" * 10, [66, 10]),
]


@pytest.mark.parametrize(("text", "lengths"), SPLIT_ROWS)
def test_split_keeps_pairs_whole(text: str, lengths: list[int]) -> None:
    assert [len(chunk) for chunk in split_segments(text)] == lengths


TRUNCATE_ROWS: list[tuple[str, int, str]] = [
    # line 150: "Messages that are too long will be truncated"
    ("a" * 161, 1, "a" * 160),
    ("a" * 400, 2, "a" * 306),
    ("a" * 400, 3, "a" * 400),
    ("я" * 200, 1, "я" * 70),
    ("я" * 200, 2, "я" * 134),
    ("a" * 160, 1, "a" * 160),
    ("", 1, ""),
    ("a" * 159 + "{", 1, "a" * 159),
    ("a" * 200 + "я", 1, "a" * 70),
    ("a" * 200 + "я", 2, "a" * 134),
]


@pytest.mark.parametrize(("text", "maxsms", "expected"), TRUNCATE_ROWS)
def test_truncate_to_parts(text: str, maxsms: int, expected: str) -> None:
    assert truncate_to_parts(text, maxsms) == expected


def test_alphabets() -> None:
    assert len(GSM7_BASIC_CHARS) == 127
    assert len(GSM7_EXTENSION_CHARS) == 10
    assert not GSM7_BASIC_CHARS & GSM7_EXTENSION_CHARS
    assert is_gsm7("Hello {world} €")
    assert not is_gsm7("Привет")


def test_message_length() -> None:
    # line 49: "The maximum size is 1000 characters."
    assert MAX_MESSAGE_CHARS == 1000
    check_message_length("a" * 1000)
    check_message_length("")
    with pytest.raises(LocalProtocolError, match="mes: must be at most 1000 characters"):
        check_message_length("a" * 1001)


# --- 4. bad arguments ----------------------------------------------------------------


@pytest.mark.parametrize("maxsms", [0, -1, True, 1.0, "2", None])
def test_truncate_rejects(maxsms: Any) -> None:
    with pytest.raises(LocalProtocolError, match="maxsms"):
        truncate_to_parts("a", maxsms)


BAD_INFOS: list[tuple[dict[str, Any], str]] = [
    ({"encoding": "latin", "units": 1, "parts": 1, "per_part": 160}, "encoding"),
    ({"encoding": "gsm7", "units": 1, "parts": 0, "per_part": 160}, "parts >= 1"),
    ({"encoding": "gsm7", "units": -1, "parts": 1, "per_part": 160}, "units must be >= 0"),
    ({"encoding": "gsm7", "units": 1, "parts": 1, "per_part": 153}, "hold 160"),
    ({"encoding": "gsm7", "units": 161, "parts": 1, "per_part": 160}, "hold 160"),
    ({"encoding": "ucs2", "units": 70, "parts": 2, "per_part": 67}, "hold 67"),
    ({"encoding": "ucs2", "units": 71, "parts": "2", "per_part": 67}, "parts must be an int"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_INFOS)
def test_segment_info_rejects(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        SegmentInfo(**kwargs)


# --- 5. properties -------------------------------------------------------------------


@given(sms_texts())
def test_split_properties(text: str) -> None:
    found = count_segments(text)
    chunks = split_segments(text)
    assert "".join(chunks) == text
    assert len(chunks) == found.parts
    for chunk in chunks:
        # each part fits the per-part capacity in the whole text's encoding
        units = sum(
            2
            if (ch in GSM7_EXTENSION_CHARS if found.encoding == "gsm7" else ord(ch) > 0xFFFF)
            else 1
            for ch in chunk
        )
        assert units <= found.per_part


@given(sms_texts(max_size=600), st.integers(1, 6))
def test_truncate_properties(text: str, maxsms: int) -> None:
    cut = truncate_to_parts(text, maxsms)
    assert text.startswith(cut)
    assert count_segments(cut).parts <= maxsms
    if count_segments(text).parts <= maxsms:
        assert cut == text


@given(segment_infos())
def test_segment_infos_are_valid(value: SegmentInfo) -> None:
    assert (
        SegmentInfo(
            encoding=value.encoding, units=value.units, parts=value.parts, per_part=value.per_part
        )
        == value
    )


@given(st.text())
def test_any_text(text: str) -> None:
    found = count_segments(text)
    assert "".join(split_segments(text)) == text
    assert found.parts >= 1
