"""The generated fmt=0/1 readers against the exact decoder: the same value or the same error.

``decode_response`` reads fmt=0/1 lines with readers generated per shape
(``smsc_proto/_replies/_text_fast.py``) and hands every line they are not sure of to
the exact decoder; ``decode_exact`` reads every line with the exact decoder. Here the
two meet every fmt=0/1 body of the reply tables, those bodies re-written from the
tables' fmt=2/3 replies, bodies written from the shipped strategies, and all of them
mutated -- separators inserted into free texts, pieces dropped or repeated, CRLF line
ends, trailing line breaks, other scripts' digits: each time both give the same value
(same types: compared by ``repr`` too) or raise the same error with the same message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._replies import _text_fast, decode_exact
from smsc_proto._replies._text import text_shape
from smsc_proto.commands import Command, GetAnswers, GetMessages, StatusQuery
from smsc_proto.responses import GetMessagesReply
from smsc_proto.strategies import (
    get_answers_replies,
    get_messages_replies,
    status_query_multiple_replies,
)
from smsc_proto.values import parse_phone_list

from .test_variants import _rows

Outcome = tuple[str, Any, str]


def _outcome(decode: Callable[[Command, bytes], Any], command: Command, body: bytes) -> Outcome:
    """What ``decode`` makes of the body: its value (and repr), or its error and message."""
    try:
        value = decode(command, body)
    except sp.SmscProtoError as exc:
        return type(exc).__name__, None, str(exc)
    return "value", value, repr(value)


def _assert_same(command: Command, body: bytes) -> Outcome:
    fast = _outcome(sp.decode_response, command, body)
    exact = _outcome(decode_exact, command, body)
    assert fast[0] == exact[0], (command, body, fast, exact)
    assert fast[2] == exact[2], (command, body, fast, exact)
    assert fast[1] == exact[1], (command, body)
    return fast


def _text_rows() -> list[tuple[str, Command, bytes]]:
    """Every fmt=0/1 body of the reply tables, and the tables' fmt=2/3 replies written
    in fmt 0 and 1 where the spec gives them those forms."""
    out = []
    for table in ("CASES", "ERRORS"):
        for row in _rows(table):
            if row.script == "documents.php":
                continue
            if row.fmt in (0, 1):
                out.append((row.where, row.command, row.body))
                continue
            try:
                reply = sp.decode_response(row.command, row.body)
            except sp.SmscProtoError:
                continue
            for fmt in (0, 1):
                try:
                    command = dataclasses.replace(row.command, fmt=fmt)
                    body = sp.encode_response(command, reply)
                except sp.SmscProtoError:
                    continue
                out.append((f"{row.where} as fmt={fmt}", command, body))
    return out


TEXT_ROWS: Final = _text_rows()


def test_the_rows_cover_the_text_shapes() -> None:
    # Dozens of scripts' replies; a collection that found few would test little.
    assert len(TEXT_ROWS) > 300
    assert {command.fmt or 0 for _, command, _ in TEXT_ROWS} == {0, 1}


@pytest.mark.parametrize(("where", "command", "body"), TEXT_ROWS, ids=[r[0] for r in TEXT_ROWS])
def test_table_rows_read_the_same(where: str, command: Command, body: bytes) -> None:
    _assert_same(command, body)


# -- the generated readers do the work (else the tests above compare the exact decoder
# with itself)


def test_the_hot_shapes_have_generated_readers() -> None:
    from smsc_proto._scripts.get import _ANSWERS, _MESSAGES

    for shape in (_MESSAGES, _ANSWERS):
        for fmt in (0, 1):
            assert _text_fast.line_reader(shape, fmt) is not None


def _message(i: int, fmt: int) -> GetMessagesReply:
    return GetMessagesReply(
        status=1,
        last_date=datetime(2024, 3, 1, 9, 0, i),
        last_timestamp=1709272800 + i,
        err=0,
        send_date=datetime(2024, 3, 1, 8, 59, i),
        send_timestamp=1709272740 + i,
        phone=f"7999000000{i}",
        cost=Decimal("1.40"),
        sender_id="Shop",
        status_name="Delivered",
        # fmt=0: commas, which the reader counts past on "="; fmt=1 puts the sender,
        # the status name and the message side by side, so a comma there is refused.
        message=f"Hello, {i}, your order is ready, see you".replace(",", "," if fmt == 0 else ";"),
        mccmnc="25002",
        country="Russia",
        operator="MegaFon",
        region="Moscow",
        type=0,
        id=5000 + i if i % 2 else f"order-{i}",
        int_id=2960418530 + i,
        sms_cnt=1,
        format=0,
        crc=-5 if i % 3 == 0 else 12345,
    )


@pytest.mark.parametrize("fmt", [0, 1])
def test_ordinary_records_never_reach_the_exact_decoder(fmt: int) -> None:
    from smsc_proto._scripts.get import _MESSAGES

    command = GetMessages(fmt=fmt, cnt=10)
    body = sp.encode_response(command, [_message(i, fmt) for i in range(10)]).decode("cp1251")
    read = _text_fast.line_reader(_MESSAGES, fmt)
    assert read is not None
    records = text_shape(_MESSAGES, fmt).records(body)
    assert [read(record) for record in records] == [
        text_shape(_MESSAGES, fmt).decode_line(record) for record in records
    ]


# (body, what the reader must say): lines the readers must not read themselves.
UNUSUAL: Final = [
    # An ordinary line.
    ("1,1709272800,0", "SmsStatusReply"),
    # A literal missing: certainly not the form.
    ("1,1709272800", "NOMATCH"),
    # A text where a number must be: the pattern refuses it.
    ("1,1709272800,x", "NOMATCH"),
    # Other scripts' digits match \d but are refused by the codec: only the exact
    # decoder can say so.
    ("١,1709272800,0", "MISS"),
    # An int too long for the quick range check.
    ("1,17092728000000000000000,0", "MISS"),
]


@pytest.mark.parametrize(("line", "verdict"), UNUSUAL)
def test_unusual_lines_go_to_the_exact_decoder(line: str, verdict: str) -> None:
    from smsc_proto._scripts.status import _SMS_SHAPES

    shape = _SMS_SHAPES[0]
    read = _text_fast.line_reader(shape, 1)
    assert read is not None
    got = read(line)
    assert (
        type(got).__name__ if isinstance(got, sp.responses.SmsStatusReply) else repr(got)
    ) == verdict


# -- mutated bodies

_INSERTS: Final = (
    ",",
    ", ",
    " = ",
    ", x = ",
    ", ID = ",
    "\n",
    "\r",
    "\r\n",
    "\nStatus = ",
    "\n\n",
    "-",
    "0",
    ".",
    "٣",
    " ",
    "a",
)


@st.composite
def _mutated(draw: st.DrawFn, body: str) -> str:
    """``body`` with a few edits: text inserted, a piece dropped or repeated, CRLF."""
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["insert", "drop", "repeat", "crlf", "end", "cut"]))
        where = draw(st.integers(0, len(body)))
        if kind == "insert":
            body = body[:where] + draw(st.sampled_from(_INSERTS)) + body[where:]
        elif kind in ("drop", "repeat"):
            sep = draw(st.sampled_from([",", ", ", "\n"]))
            pieces = body.split(sep)
            i = draw(st.integers(0, len(pieces) - 1))
            pieces[i : i + 1] = [] if kind == "drop" else [pieces[i], pieces[i]]
            body = sep.join(pieces)
        elif kind == "crlf":
            body = body.replace("\n", "\r\n")
        elif kind == "end":
            body += draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", ","]))
        else:
            body = body[:where]
    return body


def _encode(command: Command, text: str) -> bytes:
    return text.encode(command.charset or "windows-1251", errors="replace")


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_table_bodies_read_the_same(data: st.DataObject) -> None:
    _, command, body = data.draw(st.sampled_from(TEXT_ROWS))
    text = body.decode(command.charset or "windows-1251")
    _assert_same(command, _encode(command, data.draw(_mutated(text))))


# -- bodies written from the shipped strategies


def _status_command(fmt: int, reply: list[Any]) -> StatusQuery:
    ids = tuple(r.id for r in reply)
    phones = parse_phone_list(",".join("79990000001" for _ in ids))
    # Several ids in fmt=1 are not modelled (test_variants): fmt=0 only.
    return StatusQuery(phone=phones, id=ids, all=1, fmt=0)


def _interleaved(a: list[Any], b: list[Any]) -> list[Any]:
    return [r for pair in zip(a, b, strict=False) for r in pair] + a[len(b) :] + b[len(a) :]


#: A status list may mix SMS and HLR records: each record is decided by itself.
_MIXED_STATUS: Final = st.builds(
    _interleaved,
    status_query_multiple_replies(all=1),
    status_query_multiple_replies(all=1, kind="hlr"),
)

STRATEGIES: Final[list[tuple[str, st.SearchStrategy[Any], Callable[[int, Any], Command]]]] = [
    ("get_messages", get_messages_replies(), lambda fmt, _: GetMessages(fmt=fmt, cnt=10)),
    (
        "get_messages line breaks",
        get_messages_replies(line_breaks=True),
        lambda fmt, _: GetMessages(fmt=fmt, cnt=10),
    ),
    ("get_answers", get_answers_replies(), lambda fmt, _: GetAnswers(fmt=fmt)),
    ("status several ids", _MIXED_STATUS, _status_command),
]


@pytest.mark.parametrize(
    ("name", "replies", "command_for"), STRATEGIES, ids=[s[0] for s in STRATEGIES]
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_strategy_bodies_read_the_same(
    name: str,
    replies: st.SearchStrategy[Any],
    command_for: Callable[[int, Any], Command],
    data: st.DataObject,
) -> None:
    reply = data.draw(replies)
    fmt = data.draw(st.sampled_from([0, 1]))
    command = command_for(fmt, reply)
    try:
        body = sp.encode_response(command, reply)
    except sp.LocalProtocolError:
        return  # a value this fmt cannot carry (a line break in a fmt=1 message)
    assert _assert_same(command, body)[0] == "value"
    assert isinstance(sp.decode_response(command, body), list)
    text = body.decode(command.charset or "windows-1251")
    _assert_same(command, _encode(command, data.draw(_mutated(text))))


# -- every generated reader, line by line


def _text_shapes() -> list[tuple[str, Any, int]]:
    """Every shape (and the shapes of its tail and blocks) the table rows decode with,
    with each fmt=0/1 it has a template for."""
    from smsc_proto._replies._registry import _supporting

    seen: dict[int, Any] = {}
    for _, command, _ in TEXT_ROWS:
        try:
            shapes = _supporting(command, command.fmt or 0)
        except sp.SmscProtoError:
            continue
        for shape in shapes:
            seen[id(shape)] = shape
            for field in shape.fields:
                if field.records is not None:
                    seen[id(field.records)] = field.records
    return [
        (f"{shape.model.__name__} fmt={fmt} {template.template[:40]}", shape, fmt)
        for shape in seen.values()
        for fmt, template in ((0, shape.fmt0), (1, shape.fmt1))
        if template is not None
    ]


TEXT_SHAPES: Final = _text_shapes()

# Value texts: what the fields hold, and what could make a line read two ways.
_VALUES: Final = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "1",
            "-3",
            "4",
            "007",
            "2147483648",
            "1.40",
            "-0.5",
            "10.10.2010 10:10:10",
            "31.02.2010 10:10:10",
            "25001",
            "OK",
            "a-7",
            "Hello, world",
            "x, y = 1",
            ", ID = 5",
            "a,",
            "٣",
        ]
    ),
    st.text(st.sampled_from("0123456789,. =:-_|;aZЖ\r\n"), max_size=12),
)


@pytest.mark.parametrize(("name", "shape", "fmt"), TEXT_SHAPES, ids=[s[0] for s in TEXT_SHAPES])
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_reader_reads_lines_as_the_exact_decoder(
    name: str, shape: Any, fmt: int, data: st.DataObject
) -> None:
    template = shape.fmt0 if fmt == 0 else shape.fmt1
    line = template.fill({n: data.draw(_VALUES, label=n) for n in template.names})

    def outcome(read: Callable[[], Any]) -> tuple[str, str]:
        try:
            return "value", repr(read())
        except sp.SmscProtoError as exc:
            return type(exc).__name__, str(exc)

    fast = outcome(lambda: _text_fast.read_line(shape, fmt, line))
    exact = outcome(lambda: text_shape(shape, fmt).decode_line(line))
    assert fast == exact, line
    if "\r" not in line and "\n" not in line:
        # The reader of bodies without CR, whose records hold no line break.
        clean = _text_fast._reader(shape, fmt, clean=True)
        assert outcome(lambda: clean(line)) == exact, line


def test_the_shapes_cover_the_readers() -> None:
    readers = [_text_fast.line_reader(shape, fmt) for _, shape, fmt in TEXT_SHAPES]
    assert len(readers) > 100
    # A template with no character every separator holds, and free texts the literals
    # do not fix, has no generated reader: the exact decoder reads its lines.
    assert sum(r is None for r in readers) <= 2


# status.php fmt=0 free texts may hold commas (QUIRKS): the line then has as many "="
# as its literals, so the generated reader reads it by counting those; a text holding
# " = " as well leaves it to the exact decoder (which reads the line or refuses it).
_STATUS_LINE: Final = (
    "Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 "
    "10:09:58, phone = 79999999999, cost = 1.40, sender_id = SMSC.RU, status_name = "
    "Delivered, message = Hello, world!, comment = {comment}, type = 0, id = 6"
)


@pytest.mark.parametrize(
    ("comment", "read_fast"),
    [("order 7, desk 2", True), ("order 7,", True), ("order, x = 7", False)],
)
def test_status_comments_with_commas(comment: str, read_fast: bool) -> None:
    command = StatusQuery(
        phone=parse_phone_list("79999999999,79999999999"), id=(6, 7), all=1, fmt=0
    )
    line = _STATUS_LINE.replace("{comment}", comment)
    from smsc_proto._replies._registry import _supporting

    sms = _supporting(command, 0)[0]
    read = _text_fast.line_reader(sms, 0)
    assert read is not None
    got = read(line)
    assert (got is not _text_fast.MISS and got is not _text_fast.NOMATCH) == read_fast
    outcome = _assert_same(command, line.encode("cp1251"))
    if read_fast:
        assert outcome[1][0].comment == comment


# -- the numbers of a line, read together -----------------------------------------------

# get_messages fmt=1 lines whose numbers the reader tests and reads together (one
# orjson.loads of their digits): leading zeros (JSON refuses them: read one by one),
# a negative status or crc (the grouped test fails: each number by itself), an int_id
# of 0 (below its range), the largest numbers each field takes and one more.
_NUMBERS_LINE: Final = (
    "{status},1709272803,{err},1709272800,79990000000,25001,Russia,MTS,Moscow,1.40,Shop,"
    "Delivered, Hello,0,{id},{int_id},2,0,{crc}"
)
NUMBERS: Final = [
    {"status": "1", "err": "0", "id": "5000", "int_id": "2960418530", "crc": "12345"},
    {"status": "007", "err": "00", "id": "5000", "int_id": "02960418530", "crc": "0"},
    {"status": "-3", "err": "0", "id": "order-1", "int_id": "2960418530", "crc": "-5"},
    {"status": "1", "err": "0", "id": "5000", "int_id": "0", "crc": "1"},
    {"status": "1", "err": "0", "id": "5000", "int_id": "9223372036854775807", "crc": "1"},
    {"status": "1", "err": "0", "id": "5000", "int_id": "9223372036854775808", "crc": "1"},
    {"status": "2147483647", "err": "0", "id": "0123", "int_id": "1", "crc": "1"},
    {"status": "1", "err": "0", "id": "5000", "int_id": "1", "crc": "0" * 40 + "1"},
]


@pytest.mark.parametrize("numbers", NUMBERS)
def test_the_numbers_of_a_line_read_as_the_exact_decoder(numbers: dict[str, str]) -> None:
    command = GetMessages(fmt=1, cnt=10)
    line = _NUMBERS_LINE.format(**numbers)
    outcome = _assert_same(command, line.encode("cp1251"))
    if numbers["status"] == "007":
        assert outcome[1][0].status == 7


# -- status lines decided by one reader ---------------------------------------------------


def test_status_lines_are_decided_by_one_reader() -> None:
    # all=1: an SMS status line holds fewer "=" than an HLR one must, and more than a
    # not-found one can (its fields hold none); an SMS and an HLR line part ways after
    # "err = N" (", send_date = " or ", imsi = ": err holds no ","). So a line one
    # reader reads, the others need not be asked.
    from smsc_proto._replies._registry import _supporting

    command = StatusQuery(
        phone=parse_phone_list("79999999999,79999999999"), id=(6, 7), all=1, fmt=0
    )
    shapes = _supporting(command, 0)
    assert [s.model.__name__ for s in shapes] == [
        "SmsStatusReply",
        "HlrStatusReply",
        "StatusNotFoundReply",
    ]
    for shape in shapes:
        for other in shapes:
            assert _text_fast._excludes(shape, other, 0) is (shape is not other)
    sms, hlr, _ = shapes
    assert _text_fast._forks(sms, hlr, 0)
    assert _text_fast._forks(hlr, sms, 0)


# (line, what the readers of an all=1 status list make of it): each line read by the
# one reader whose form it has, or left to the exact decoder.
_SMS_LINE: Final = (
    "Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 "
    "10:09:58, phone = 79999999999, cost = 1.40, sender_id = SMSC.RU, status_name = "
    "Delivered, message = {message}, comment = x, type = 0, id = 6"
)
_HLR_LINE: Final = (
    "Status = 1, check_time = 10.10.2010 10:10:10, err = 0, imsi = 250010000000000, "
    "msc = 79000000000, mcc = 250, mnc = 1, cn = Russia, net = MTS, rcn = Russia, "
    "rnet = MTS, send_date = 10.10.2010 10:09:58, phone = 79999999999, cost = 1.40, "
    "sender_id = SMSC.RU, status_name = Delivered, message = {message}, type = 1, id = 7"
)
MIXED_LINES: Final = [
    (_SMS_LINE.format(message="Hi, there"), "SmsStatusReply"),
    (_HLR_LINE.format(message="Hi, there"), "HlrStatusReply"),
    ("Status = -3, id = 8", "StatusNotFoundReply"),
    (_SMS_LINE.format(message="a = b, c = d"), "exact"),
    (_HLR_LINE.format(message="a = b, c = d"), "exact"),
]


@pytest.mark.parametrize(("line", "reader"), MIXED_LINES)
def test_mixed_status_lines_go_to_their_reader(line: str, reader: str) -> None:
    command = StatusQuery(
        phone=parse_phone_list("79999999999,79999999999"), id=(6, 7), all=1, fmt=0
    )
    handed: list[str] = []

    def exact(record: str) -> str:
        handed.append(record)
        return "exact"

    from smsc_proto._replies._registry import _supporting

    (got,) = _text_fast.decode_mixed(_supporting(command, 0), 0, line, exact)
    assert (got if got == "exact" else type(got).__name__) == reader
    assert handed == ([line] if reader == "exact" else [])
    _assert_same(command, line.encode("cp1251"))
