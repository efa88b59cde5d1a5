"""Tests for the message-text syntaxes: comments, binary messages, pid/dcs, WAP push."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import (
    binary_messages,
    commented_messages,
    pid_dcs_trailers,
    udhs,
    wap_pushes,
)
from smsc_proto.values import (
    BinaryMessage,
    CommentedMessage,
    Concatenation,
    PidDcsTrailer,
    PortAddressing,
    RawElement,
    Udh,
    WapPush,
    format_binary,
    format_commented_message,
    format_pid_dcs_trailer,
    format_wap_push,
    parse_binary,
    parse_commented_message,
    parse_pid_dcs_trailer,
    parse_wap_push,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_binary"

# The EMS example (line 347): UDH length 5, IE 0A (text formatting) length 3:
# start 7, length 5, style 0x60 (italic + underline); payload "Hello, World!".
EMS = BinaryMessage(
    udh=Udh(elements=(RawElement(iei=0x0A, data=bytes((7, 5, 0x60))),)),
    payload=b"Hello, World!",
)
# The WAP-push example (line 352): UDH length 6, IE 05 (16-bit ports) length 4:
# destination 0x0B84 (2948), source 0x23F0 (9200); WSP/WBXML SI push payload.
WAP = BinaryMessage(
    udh=Udh(elements=(PortAddressing(destination=0x0B84, source=0x23F0, wide=True),)),
    payload=bytes.fromhex("DC0601AE02056A0045C60C037761702E72752F0001037761702E7275000101"),
)
TRAILER = PidDcsTrailer(pid=64, dcs=245)


# ---------------------------------------------------------------------------------------
# 1. Canonical tables: parse(text) == value and format(value) == text.

COMMENT_ROWS: list[tuple[CommentedMessage, str]] = [
    # line 372: mes=Hello!%0A~~~%0AComment
    (CommentedMessage(message="Hello!", comment="Comment"), "Hello!\n~~~\nComment"),
    # line 381 (list form, after the list layer turns literal \n into LF)
    (CommentedMessage(message="Hello1!", comment="Comment1"), "Hello1!\n~~~\nComment1"),
    (CommentedMessage(message="Hello2!", comment="Comment2"), "Hello2!\n~~~\nComment2"),
    # line 363 prints the separator with a trailing space: it belongs to the comment.
    (CommentedMessage(message="Hello!", comment=" Comment"), "Hello!\n~~~\n Comment"),
    # edges
    (CommentedMessage(message="Hello!"), "Hello!"),
    (CommentedMessage(message=""), ""),
    (CommentedMessage(message="Hello!", comment=""), "Hello!\n~~~\n"),
    (CommentedMessage(message="", comment="only"), "\n~~~\nonly"),
    (CommentedMessage(message="a\n", comment="b"), "a\n\n~~~\nb"),
    (CommentedMessage(message="a\n~~~~\nb"), "a\n~~~~\nb"),
    (CommentedMessage(message="a\n~~\nb"), "a\n~~\nb"),
    (CommentedMessage(message="a\n~~~"), "a\n~~~"),
    (CommentedMessage(message="a\n~~", comment="b"), "a\n~~\n~~~\nb"),
    # first separator wins: the comment keeps any later one
    (CommentedMessage(message="a", comment="b\n~~~\nc"), "a\n~~~\nb\n~~~\nc"),
    (CommentedMessage(message="a", comment="~~~\n"), "a\n~~~\n~~~\n"),
    (CommentedMessage(message="Привет", comment="коммент"), "Привет\n~~~\nкоммент"),
]

TRAILER_ROWS: list[tuple[PidDcsTrailer, str]] = [
    # line 79: "pid: value1, dcs: value2"
    (PidDcsTrailer(pid=64, dcs=245), "pid: 64, dcs: 245"),
    (PidDcsTrailer(pid=0, dcs=0), "pid: 0, dcs: 0"),
    (PidDcsTrailer(pid=255, dcs=255), "pid: 255, dcs: 255"),
    (PidDcsTrailer(pid=7, dcs=8), "pid: 7, dcs: 8"),
]

# (value, bin=2 text); the same values are checked in bin=1 form below.
BINARY_ROWS: list[tuple[BinaryMessage, str]] = [
    # line 347: EMS "Hello, World!" with "World" italic and underlined
    (EMS, "050A0307056048656C6C6F2C20576F726C6421"),
    # line 352: WAP push link to http://wap.ru/
    (WAP, "0605040B8423F0DC0601AE02056A0045C60C037761702E72752F0001037761702E7275000101"),
    # line 78: "No UDH: start with a null byte (00 in hex)"
    (BinaryMessage(), "00"),
    (BinaryMessage(payload=b"\xca\xfe"), "00CAFE"),
    # line 79: pid/dcs trailer after "\n~~~\n"
    (BinaryMessage(payload=b"\xca\xfe", pid_dcs=TRAILER), "00CAFE\n~~~\npid: 64, dcs: 245"),
    (
        BinaryMessage(udh=WAP.udh, payload=WAP.payload, pid_dcs=PidDcsTrailer(pid=0, dcs=4)),
        "0605040B8423F0DC0601AE02056A0045C60C037761702E72752F0001037761702E7275000101"
        "\n~~~\npid: 0, dcs: 4",
    ),
    # 8-bit concatenation: ref 0x0A, part 1 of 2
    (
        BinaryMessage(
            udh=Udh(elements=(Concatenation(reference=0x0A, total=2, sequence=1),)),
            payload=b"Hi",
        ),
        "0500030A02014869",
    ),
    # 16-bit concatenation: ref 0xABCD, part 3 of 3, no payload
    (
        BinaryMessage(
            udh=Udh(elements=(Concatenation(reference=0xABCD, total=3, sequence=3, wide=True),)),
        ),
        "060804ABCD0303",
    ),
    # 8-bit ports, then concatenation, then an unknown empty element
    (
        BinaryMessage(
            udh=Udh(
                elements=(
                    PortAddressing(destination=0x12, source=0x34),
                    Concatenation(reference=255, total=255, sequence=255),
                    RawElement(iei=0xFF, data=b""),
                ),
            ),
            payload=b"\x00",
        ),
        "0B040212340003FFFFFFFF0000",
    ),
    # payload holding the separator bytes (0A 7E 7E 7E 0A)
    (BinaryMessage(payload=b"\n~~~\n"), "000A7E7E7E0A"),
]

WAP_PUSH_ROWS: list[tuple[WapPush, str]] = [
    # line 357: mes=http://wap.ru%0AWAP.RU&push=1
    (WapPush(link="http://wap.ru", title="WAP.RU"), "http://wap.ru\nWAP.RU"),
    (WapPush(link="http://wap.ru/", title=""), "http://wap.ru/\n"),
    (
        WapPush(link="https://smscentre.com/?a=1&b=2", title="Сайт"),
        "https://smscentre.com/?a=1&b=2\nСайт",
    ),
]


@pytest.mark.parametrize(("value", "text"), COMMENT_ROWS)
def test_comment_table(value: CommentedMessage, text: str) -> None:
    assert parse_commented_message(text) == value
    assert format_commented_message(value) == text


@pytest.mark.parametrize(("value", "text"), TRAILER_ROWS)
def test_pid_dcs_table(value: PidDcsTrailer, text: str) -> None:
    assert parse_pid_dcs_trailer(text) == value
    assert format_pid_dcs_trailer(value) == text


@pytest.mark.parametrize(("value", "text"), BINARY_ROWS)
def test_binary_hex_table(value: BinaryMessage, text: str) -> None:
    assert parse_binary(text, bin=2) == value
    assert format_binary(value, bin=2) == text


@pytest.mark.parametrize(("value", "text"), BINARY_ROWS)
def test_binary_raw_table(value: BinaryMessage, text: str) -> None:
    # bin=1 carries the same octets as characters U+0000..U+00FF.
    hex_part, sep, trailer = text.partition("\n~~~\n")
    raw = bytes.fromhex(hex_part).decode("latin-1") + sep + trailer
    assert parse_binary(raw, bin=1) == value
    assert format_binary(value, bin=1) == raw


def test_ems_example_bytes_and_parts() -> None:
    # line 347 decoded: the element and the text survive byte for byte.
    message = parse_binary("050A0307056048656C6C6F2C20576F726C6421", bin=2)
    assert message.to_bytes() == bytes.fromhex("050A0307056048656C6C6F2C20576F726C6421")
    assert message.udh is not None
    assert message.udh.to_bytes() == bytes.fromhex("050A03070560")
    (element,) = message.udh.elements
    assert element.iei == 0x0A
    assert element.data == b"\x07\x05\x60"
    assert message.payload.decode("ascii") == "Hello, World!"


def test_wap_example_ports() -> None:
    # line 352 decoded: destination 2948 (WAP push), source 9200.
    message = parse_binary(BINARY_ROWS[1][1], bin=2)
    assert message.udh is not None
    (element,) = message.udh.elements
    assert isinstance(element, PortAddressing)
    assert (element.destination, element.source, element.iei) == (2948, 9200, 0x05)
    assert b"wap.ru/" in message.payload


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # raw bytes containing separators: the last one is a trailer only if "pid:" follows
        (BinaryMessage(payload=b"a\n~~~\nb"), "\x00a\n~~~\nb"),
        (BinaryMessage(payload=b"a\n~~~\npi"), "\x00a\n~~~\npi"),
        (
            BinaryMessage(payload=b"a\n~~~\nb", pid_dcs=PidDcsTrailer(pid=1, dcs=2)),
            "\x00a\n~~~\nb\n~~~\npid: 1, dcs: 2",
        ),
        (
            BinaryMessage(payload=b"\n~~~\npid: 1, dcs: 2\n~~~\nx"),
            "\x00\n~~~\npid: 1, dcs: 2\n~~~\nx",
        ),
        (
            BinaryMessage(payload=b"\n~~~\npid: 1, dcs: 2", pid_dcs=TRAILER),
            "\x00\n~~~\npid: 1, dcs: 2\n~~~\npid: 64, dcs: 245",
        ),
        (BinaryMessage(payload=bytes(range(256))), "\x00" + bytes(range(256)).decode("latin-1")),
    ],
)
def test_binary_raw_only_table(value: BinaryMessage, text: str) -> None:
    assert parse_binary(text, bin=1) == value
    assert format_binary(value, bin=1) == text


# ---------------------------------------------------------------------------------------
# 2. Accepted alternative spellings -> canonical form.

BINARY_ALTERNATIVES: list[tuple[str, str]] = [
    # hex case: both accepted, upper case is canonical (examples, lines 347 and 352)
    ("050a0307056048656c6c6f2c20576f726c6421", "050A0307056048656C6C6F2C20576F726C6421"),
    ("00cafe", "00CAFE"),
    ("00CaFe\n~~~\npid: 64, dcs: 245", "00CAFE\n~~~\npid: 64, dcs: 245"),
]


@pytest.mark.parametrize(("text", "canonical"), BINARY_ALTERNATIVES)
def test_binary_alternatives(text: str, canonical: str) -> None:
    value = parse_binary(text, bin=2)
    assert format_binary(value, bin=2) == canonical
    assert parse_binary(canonical, bin=2) == value


# ---------------------------------------------------------------------------------------
# 3. Bad wire strings -> RemoteProtocolError naming the parameter or field.

BAD_BINARY: list[tuple[str, Literal[1, 2], str]] = [
    ("", 2, "mes"),
    ("", 1, "mes"),
    ("0", 2, "mes: .*even"),
    ("000", 2, "mes: .*even"),
    ("0G", 2, "mes: .*hex"),
    ("00 11", 2, "mes: .*hex"),
    ("0x00", 2, "mes: .*hex"),
    ("\uff10\uff10", 2, "mes: .*hex"),  # full-width digits
    ("00\n", 2, "mes: .*hex"),
    ("05000301", 2, "mes: UDH length 5 exceeds"),
    ("FF", 2, "mes: UDH length 255 exceeds"),
    ("\x05\x00", 1, "mes: UDH length 5 exceeds"),
    ("0100", 2, "mes: UDH element header .* cut off"),
    ("03000301", 2, "mes: UDH element 0x00 length 3 runs past"),
    ("0400020102", 2, "mes: UDH element 0x00 .* must have length 3"),
    ("050803010203", 2, "mes: UDH element 0x08 .* must have length 4"),
    ("0304010000", 2, "mes: UDH element 0x04 .* must have length 2"),
    ("050503123456", 2, "mes: UDH element 0x05 .* must have length 4"),
    ("050003010200", 2, "concatenation: sequence must be 1..2, got 0"),
    ("050003010203", 2, "concatenation: sequence must be 1..2, got 3"),
    ("050003010001", 2, "concatenation: total must be 1..255"),
    ("\x00Я", 1, "mes: bin=1"),
    ("\x00\u0100", 1, "mes: bin=1"),
    ("00\n~~~\n", 2, "pid"),
    ("00\n~~~\npid: 1,dcs: 2", 2, "pid"),
    ("00\n~~~\npid:1, dcs: 2", 2, "pid"),
    ("00\n~~~\npid: 1, dcs: 2 ", 2, "pid"),
    ("00\n~~~\npid: 1, dcs: 2\n", 2, "pid"),
    ("00\n~~~\ndcs: 2, pid: 1", 2, "pid"),
    ("00\n~~~\npid: 256, dcs: 1", 2, "pid must be 0..255"),
    ("00\n~~~\npid: 1, dcs: 999", 2, "dcs must be 0..255"),
    ("00\n~~~\npid: 01, dcs: 2", 2, "pid: leading zeros"),
    ("00\n~~~\npid: 1, dcs: 00", 2, "dcs: leading zeros"),
    ("00\n~~~\npid: 0x1, dcs: 2", 2, "pid"),
    ("00\n~~~\npid: \u0661, dcs: 2", 2, "pid"),  # Arabic-Indic digit one
    ("00\n~~~\npid: 1, dcs: 2\n~~~\npid: 1, dcs: 2", 2, "pid"),
    ("\x00x\n~~~\npid:1", 1, "pid"),
    ("\x00x\n~~~\npid: 300, dcs: 0", 1, "pid must be 0..255"),
    ("\x05\x00\x03\x01\x02\x03\n~~~\npid: 1, dcs: 1", 1, "concatenation: sequence"),
]


@pytest.mark.parametrize(("text", "mode", "match"), BAD_BINARY)
def test_bad_binary(text: str, mode: Literal[1, 2], match: str) -> None:
    with pytest.raises(RemoteProtocolError, match=match):
        parse_binary(text, bin=mode)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "pid"),
        ("pid: 1", "pid"),
        ("pid: 1, dcs:  2", "pid"),
        ("pid: 1,  dcs: 2", "pid"),
        (" pid: 1, dcs: 2", "pid"),
        ("PID: 1, DCS: 2", "pid"),
        ("pid: -1, dcs: 2", "pid"),
        ("pid: 1000, dcs: 2", "pid"),
        ("pid: 1, dcs: 256", "dcs must be 0..255"),
    ],
)
def test_bad_pid_dcs(text: str, match: str) -> None:
    with pytest.raises(RemoteProtocolError, match=match):
        parse_pid_dcs_trailer(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("http://wap.ru", "mes: wap-push text"),
        ("", "mes: wap-push text"),
        ("\nWAP.RU", "mes: wap-push link must not be empty"),
        ("http://wap.ru\nWAP\nRU", "mes: wap-push title must not contain"),
        ("http://wap.ru\r\nWAP.RU", "mes: wap-push link must not contain"),
        ("http://wap.ru\nWAP.RU\r", "mes: wap-push title must not contain"),
    ],
)
def test_bad_wap_push(text: str, match: str) -> None:
    with pytest.raises(RemoteProtocolError, match=match):
        parse_wap_push(text)


# ---------------------------------------------------------------------------------------
# 4. Bad constructor / format arguments -> LocalProtocolError.

_BIG = RawElement(iei=0x70, data=bytes(200))

BAD_ARGS: list[tuple[Callable[[], object], str]] = [
    (lambda: CommentedMessage(message="a\n~~~\nb"), "comment: message must not contain"),
    (
        lambda: CommentedMessage(message="a\n~~~", comment=""),
        "comment: message must not end with",
    ),
    (lambda: CommentedMessage(message="\n~~~\n", comment="c"), "comment: message"),
    (lambda: CommentedMessage(message=1), "comment: message must be a str"),  # type: ignore[arg-type]
    (lambda: CommentedMessage(message="", comment=b"c"), "comment: comment must be a str"),  # type: ignore[arg-type]
    (lambda: PidDcsTrailer(pid=256, dcs=0), "pid must be 0..255, got 256"),
    (lambda: PidDcsTrailer(pid=0, dcs=-1), "dcs must be 0..255, got -1"),
    (lambda: PidDcsTrailer(pid=True, dcs=0), "pid must be an int"),
    (lambda: PidDcsTrailer(pid="1", dcs=0), "pid must be an int"),  # type: ignore[arg-type]
    (lambda: Concatenation(reference=256, total=1, sequence=1), "concatenation: reference"),
    (
        lambda: Concatenation(reference=65536, total=1, sequence=1, wide=True),
        "concatenation: reference must be 0..65535",
    ),
    (lambda: Concatenation(reference=0, total=0, sequence=1), "concatenation: total"),
    (lambda: Concatenation(reference=0, total=256, sequence=1), "concatenation: total"),
    (lambda: Concatenation(reference=0, total=2, sequence=0), "concatenation: sequence"),
    (lambda: Concatenation(reference=0, total=2, sequence=3), "concatenation: sequence"),
    (
        lambda: Concatenation(reference=0, total=1, sequence=1, wide=1),  # type: ignore[arg-type]
        "concatenation: wide must be a bool",
    ),
    (lambda: PortAddressing(destination=256, source=0), "port addressing: destination"),
    (
        lambda: PortAddressing(destination=0, source=65536, wide=True),
        "port addressing: source must be 0..65535",
    ),
    (lambda: PortAddressing(destination=0, source=0, wide=None), "port addressing: wide"),  # type: ignore[arg-type]
    (lambda: RawElement(iei=0x00, data=b"abc"), "UDH element: iei 0x00 is modelled"),
    (lambda: RawElement(iei=0x05, data=b"abcd"), "UDH element: iei 0x05 is modelled"),
    (lambda: RawElement(iei=256, data=b""), "UDH element: iei must be 0..255"),
    (lambda: RawElement(iei=0x70, data=bytes(254)), "UDH element: data must be at most 253"),
    (lambda: RawElement(iei=0x70, data="x"), "UDH element: data must be bytes"),  # type: ignore[arg-type]
    (lambda: Udh(elements=()), "UDH: elements must not be empty"),
    (lambda: Udh(elements=[_BIG]), "UDH: elements must be a tuple"),  # type: ignore[arg-type]
    (lambda: Udh(elements=(_BIG, _BIG)), "UDH: length must be at most 255 bytes, got 404"),
    (lambda: Udh(elements=("x",)), "UDH: elements must be"),  # type: ignore[arg-type]
    (lambda: BinaryMessage(payload="x"), "mes: payload must be bytes"),  # type: ignore[arg-type]
    (lambda: BinaryMessage(payload=bytearray(b"x")), "mes: payload must be bytes"),  # type: ignore[arg-type]
    (lambda: BinaryMessage(udh=_BIG), "mes: udh must be a Udh"),  # type: ignore[arg-type]
    (lambda: BinaryMessage(pid_dcs=(1, 2)), "mes: pid_dcs must be"),  # type: ignore[arg-type]
    (lambda: WapPush(link="", title="t"), "mes: wap-push link must not be empty"),
    (lambda: WapPush(link="a\nb", title="t"), "mes: wap-push link must not contain"),
    (lambda: WapPush(link="a", title="t\n"), "mes: wap-push title must not contain"),
    (lambda: WapPush(link="a", title="t\r"), "mes: wap-push title must not contain"),
    (lambda: WapPush(link="a", title=None), "mes: title must be a str"),  # type: ignore[arg-type]
    (lambda: format_binary(EMS, bin=3), "bin: must be 1 or 2"),  # type: ignore[arg-type]
    (lambda: format_binary(EMS, bin=True), "bin: must be 1 or 2"),  # type: ignore[arg-type]
    (lambda: parse_binary("00", bin=0), "bin: must be 1 or 2"),  # type: ignore[arg-type]
    (lambda: parse_binary("00", bin=2.0), "bin: must be 1 or 2"),  # type: ignore[arg-type]
    # bin=1 data ending like a trailer would read back as one
    (
        lambda: format_binary(BinaryMessage(payload=b"\n~~~\npid: 1, dcs: 2"), bin=1),
        "mes: bin=1 data must not end with",
    ),
    (
        lambda: format_binary(BinaryMessage(payload=b"x\n~~~\npid:"), bin=1),
        "mes: bin=1 data must not end with",
    ),
]


@pytest.mark.parametrize(("build", "match"), BAD_ARGS)
def test_bad_args(build: Callable[[], object], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        build()


def test_trailer_like_data_is_fine_in_hex() -> None:
    # The bin=1 restriction does not apply to hex, where data never contains LF.
    value = BinaryMessage(payload=b"\n~~~\npid: 1, dcs: 2")
    assert parse_binary(format_binary(value, bin=2), bin=2) == value


# ---------------------------------------------------------------------------------------
# 5. Properties.


@given(commented_messages())
def test_comment_round_trip(value: CommentedMessage) -> None:
    assert parse_commented_message(format_commented_message(value)) == value


@given(pid_dcs_trailers())
def test_pid_dcs_round_trip(value: PidDcsTrailer) -> None:
    assert parse_pid_dcs_trailer(format_pid_dcs_trailer(value)) == value


@given(binary_messages(), st.sampled_from([1, 2]))
def test_binary_round_trip(value: BinaryMessage, mode: Literal[1, 2]) -> None:
    assert parse_binary(format_binary(value, bin=mode), bin=mode) == value


@given(udhs())
def test_udh_length_byte(udh: Udh) -> None:
    data = udh.to_bytes()
    assert data[0] == len(data) - 1 > 0


@given(wap_pushes())
def test_wap_push_round_trip(value: WapPush) -> None:
    assert parse_wap_push(format_wap_push(value)) == value


def _check(parse: Callable[[str], Any], format_: Callable[[Any], str], text: str) -> None:
    try:
        value = parse(text)
    except RemoteProtocolError:
        return
    again = format_(value)
    assert parse(again) == value
    assert format_(parse(again)) == again


def _check_all(text: str) -> None:
    _check(parse_commented_message, format_commented_message, text)
    _check(parse_pid_dcs_trailer, format_pid_dcs_trailer, text)
    _check(parse_wap_push, format_wap_push, text)
    _check(_parse_raw, _format_raw, text)
    _check(_parse_hex, _format_hex, text)


def _parse_raw(text: str) -> BinaryMessage:
    return parse_binary(text, bin=1)


def _format_raw(value: BinaryMessage) -> str:
    return format_binary(value, bin=1)


def _parse_hex(text: str) -> BinaryMessage:
    return parse_binary(text, bin=2)


def _format_hex(value: BinaryMessage) -> str:
    return format_binary(value, bin=2)


_GRAMMAR = st.text(
    alphabet=st.sampled_from(list("0123456789ABCDEFabcdefG \n~pid:,s\x00\x05\r")), max_size=40
)
_SEPARATED = st.lists(_GRAMMAR, max_size=4).map("\n~~~\n".join)
_TRAILERS = st.builds(
    "{}\n~~~\npid: {}, dcs: {}".format,
    st.text(alphabet="0123456789ABCDEF", max_size=20),
    st.integers(0, 999).map(str) | st.just("01"),
    st.integers(0, 999).map(str),
)


@given(st.text())
def test_any_text(text: str) -> None:
    _check_all(text)


@given(_GRAMMAR | _SEPARATED | _TRAILERS)
def test_grammar_text(text: str) -> None:
    _check_all(text)


@given(st.binary(max_size=60).map(lambda b: b.decode("latin-1")))
def test_any_raw_bytes(text: str) -> None:
    _check_all(text)


@given(binary_messages(), st.data())
def test_truncated_and_mutated_hex(value: BinaryMessage, data: st.DataObject) -> None:
    # Cut or flip formatted messages: exercises UDH/element lengths past the data.
    text = format_binary(value, bin=2)
    cut = data.draw(st.integers(0, len(text)))
    _check_all(text[:cut])
    if text:
        pos = data.draw(st.integers(0, len(text) - 1))
        char = data.draw(st.sampled_from("0F8\n"))
        _check_all(text[:pos] + char + text[pos + 1 :])


def test_seed_corpus() -> None:
    files = sorted(CORPUS.iterdir())
    assert files
    for path in files:
        raw = path.read_bytes()
        _check_all(raw.decode("utf-8", "replace"))
        _check_all(raw.decode("latin-1"))
