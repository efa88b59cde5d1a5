"""Tests for message type codes and the status ``flag`` bit field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import message_types, status_flags, template_types
from smsc_proto.values import (
    MESSAGE_TYPE_MAX,
    MessageType,
    StatusFlag,
    TemplateType,
    format_message_type,
    format_status_flag,
    message_type_from_int,
    parse_message_type,
    parse_status_flag,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_flags"

# --- 1. one table, both directions ---------------------------------------------------

# Lines 1583, 1600, 3635, 3640-3651: every named code; 9 is an unnamed code (kept as int).
TYPE_ROWS: list[tuple[MessageType | int, str]] = [
    (MessageType.SMS, "0"),
    (MessageType.FLASH_SMS, "1"),
    (MessageType.BINARY_SMS, "2"),
    (MessageType.WAP_PUSH, "3"),
    (MessageType.HLR, "4"),  # line 1786: "for HLR, it is equal to 4"
    (MessageType.PING_SMS, "5"),
    (MessageType.MMS, "6"),
    (MessageType.CALL, "7"),
    (MessageType.EMAIL, "8"),  # INC-50: missing from the callback list (line 3635)
    (MessageType.VIBER, "10"),
    (MessageType.SOCIAL, "12"),
    (9, "9"),
    (11, "11"),
    (MESSAGE_TYPE_MAX, "65535"),
]


@pytest.mark.parametrize(("value", "text"), TYPE_ROWS)
def test_parse_message_type(value: MessageType | int, text: str) -> None:
    parsed = parse_message_type(text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize(("value", "text"), TYPE_ROWS)
def test_format_message_type(value: MessageType | int, text: str) -> None:
    assert format_message_type(value) == text


FLAG_ROWS: list[tuple[StatusFlag, str]] = [
    # line 3640: "0 (by default) – SMS"
    (StatusFlag(), "0"),
    # lines 1583, 3641-3651: bits 0-3 carry the message type
    (StatusFlag(message_type=MessageType.FLASH_SMS), "1"),
    (StatusFlag(message_type=MessageType.HLR), "4"),
    (StatusFlag(message_type=MessageType.EMAIL), "8"),
    (StatusFlag(message_type=MessageType.VIBER), "10"),
    (StatusFlag(message_type=MessageType.SOCIAL), "12"),
    (StatusFlag(message_type=15), "15"),  # unnamed type code
    # line 1584: "Bit 5 – payment of the message from the second balance"
    (StatusFlag(second_balance=True), "32"),
    # line 1584: "Bit 8 is a sign of a template message"
    (StatusFlag(template=True), "256"),
    # line 1585: "Bits 10,9 ... (00 - service, 01 - transactional, 10 - authorization,
    # 11 - advertising)"
    (StatusFlag(template=True, template_type=TemplateType.TRANSACTIONAL), "768"),
    (StatusFlag(template=True, template_type=TemplateType.AUTHORIZATION), "1280"),
    (StatusFlag(template=True, template_type=TemplateType.ADVERTISING), "1792"),
    # "Combinations of bit values of different characteristics are possible."
    (
        StatusFlag(message_type=MessageType.VIBER, second_balance=True, template=True),
        "298",
    ),
    # template type bits without bit 8 are kept
    (StatusFlag(template_type=TemplateType.AUTHORIZATION), "1024"),
    # bits the spec does not name are kept, not dropped
    (StatusFlag(unknown_bits=0x10), "16"),
    (StatusFlag(unknown_bits=0x40 | 0x80), "192"),
    (StatusFlag(unknown_bits=0x800), "2048"),
    (
        StatusFlag(
            message_type=15,
            second_balance=True,
            template=True,
            template_type=TemplateType.ADVERTISING,
            unknown_bits=0xF8D0,
        ),
        "65535",
    ),
]


@pytest.mark.parametrize(("value", "text"), FLAG_ROWS)
def test_parse_status_flag(value: StatusFlag, text: str) -> None:
    assert parse_status_flag(text) == value


@pytest.mark.parametrize(("value", "text"), FLAG_ROWS)
def test_format_status_flag(value: StatusFlag, text: str) -> None:
    assert format_status_flag(value) == text
    assert int(value) == int(text)
    assert StatusFlag.from_int(int(text)) == value


def test_message_type_is_normalised_to_the_enum() -> None:
    flag = StatusFlag(message_type=10)
    assert flag.message_type is MessageType.VIBER
    assert StatusFlag(template_type=2).template_type is TemplateType.AUTHORIZATION  # type: ignore[arg-type]
    assert message_type_from_int(7) is MessageType.CALL
    assert type(message_type_from_int(9)) is int


# --- 2. alternative spellings --------------------------------------------------------

ALTERNATIVE_FLAGS = [("0256", "256"), ("00", "0"), ("0000065535", "65535")]
ALTERNATIVE_TYPES = [("007", "7"), ("00", "0")]


@pytest.mark.parametrize(("text", "canonical"), ALTERNATIVE_FLAGS)
def test_flag_alternative_spellings(text: str, canonical: str) -> None:
    assert format_status_flag(parse_status_flag(text)) == canonical


@pytest.mark.parametrize(("text", "canonical"), ALTERNATIVE_TYPES)
def test_type_alternative_spellings(text: str, canonical: str) -> None:
    assert format_message_type(parse_message_type(text)) == canonical


# --- 3. bad wire strings -------------------------------------------------------------

BAD_NUMBERS = ["", " ", "-1", "+1", "1.0", "0x10", " 1", "1 ", "١", "²", "65536", "9" * 11, "a"]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_parse_status_flag_rejects(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="flag"):
        parse_status_flag(text)


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_parse_message_type_rejects(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="type"):
        parse_message_type(text)


# --- 4. bad constructor arguments ----------------------------------------------------

BAD_FLAGS: list[tuple[dict[str, Any], str]] = [
    ({"message_type": 16}, "message_type must be 0..15"),
    ({"message_type": -1}, "message_type must be 0..15"),
    ({"message_type": True}, "message_type must be an int"),
    ({"message_type": "1"}, "message_type must be an int"),
    ({"second_balance": 1}, "second_balance must be a bool"),
    ({"template": None}, "template must be a bool"),
    ({"template_type": 4}, "template_type must be 0..3"),
    ({"template_type": "1"}, "template_type must be a TemplateType"),
    ({"unknown_bits": 0x20}, "unknown_bits may only use"),
    ({"unknown_bits": 0x1}, "unknown_bits may only use"),
    ({"unknown_bits": 0x10000}, "unknown_bits may only use"),
    ({"unknown_bits": -16}, "unknown_bits may only use"),
    ({"unknown_bits": False}, "unknown_bits must be an int"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_FLAGS)
def test_status_flag_rejects(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        StatusFlag(**kwargs)


@pytest.mark.parametrize("value", [-1, 65536, True, 1.0, "1"])
def test_from_int_rejects(value: Any) -> None:
    with pytest.raises(LocalProtocolError, match="flag"):
        StatusFlag.from_int(value)


@pytest.mark.parametrize("value", [-1, MESSAGE_TYPE_MAX + 1, True, "1", 1.0])
def test_message_type_rejects(value: Any) -> None:
    with pytest.raises(LocalProtocolError, match="type"):
        message_type_from_int(value)
    with pytest.raises(LocalProtocolError, match="type"):
        format_message_type(value)


# --- 5. properties -------------------------------------------------------------------


@given(status_flags())
def test_flag_round_trip(value: StatusFlag) -> None:
    assert parse_status_flag(format_status_flag(value)) == value
    assert StatusFlag.from_int(int(value)) == value


@given(st.integers(0, 0xFFFF))
def test_every_number_is_kept(number: int) -> None:
    assert int(StatusFlag.from_int(number)) == number


@given(message_types())
def test_type_round_trip(value: MessageType | int) -> None:
    assert parse_message_type(format_message_type(value)) == value


@given(template_types())
def test_template_type_in_flag(kind: TemplateType) -> None:
    flag = StatusFlag(template=True, template_type=kind)
    assert int(flag) == 0x100 | (int(kind) << 9)


def _check_flag_parsers(text: str) -> None:
    """The invariant of the fuzz harness: a value that round-trips, or RemoteProtocolError."""
    try:
        flag = parse_status_flag(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_status_flag(format_status_flag(flag)) == flag
    try:
        kind = parse_message_type(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_message_type(format_message_type(kind)) == kind


@given(st.text())
def test_any_text(text: str) -> None:
    _check_flag_parsers(text)


@given(st.text(alphabet="0123456789-+ x", max_size=12))
def test_digit_text(text: str) -> None:
    _check_flag_parsers(text)


def test_fuzz_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for seed in seeds:
        _check_flag_parsers(seed.read_bytes().decode("utf-8", "surrogatepass"))
