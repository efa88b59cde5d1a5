"""Reply speed, as ratios to a bare parse (or write) of the same body, no validation.

Each reply body has a group ``replies-<case>`` of three contenders on the same bytes,
run one after another (interleaved per group, so a load change hits them alike):

* ``bare``: the least parse of the format, after decoding the windows-1251 bytes to
  ``str`` (a non-UTF-8 body cannot be read otherwise; ``decode_response`` does the
  same): ``orjson.loads`` (fmt=3), ``lxml.etree.fromstring`` and a ``{tag: text}`` dict
  per record (fmt=2), ``splitlines`` and ``split(",")`` (fmt=1), ``splitlines``,
  ``split(", ")`` and ``partition(" = ")`` (fmt=0);
* ``pydantic``: the route a user would write without this toolkit -- a pydantic v2
  ``TypeAdapter`` over a stdlib dataclass with the reply model's field types, dates
  through a ``BeforeValidator``, the fmt 2/1/0 body split to one dict per record first
  (inside the timed function) and the fmt=3 body through ``orjson.loads``;
* ``decode_response``: every value validated, ``datetime``/``Decimal``/``int`` values
  and a frozen model per record.

Before timing, each group checks that the pydantic route reads the same values as
``decode_response``, so the contender does the same work.

Each ``encode-<case>`` group times ``encode_response`` of the same records against the
bare serializer of the same data (the bare parse's output, so no value is formatted):
``orjson.dumps`` of the dicts (fmt=3), an lxml tree build (fmt=2), ``join`` (fmt=0/1);
both must write the very bytes of the body.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any, Final

import orjson
import pytest
from lxml import etree
from pydantic import BeforeValidator, Field, TypeAdapter

import smsc_proto as sp
from smsc_proto.commands import Command, GetAnswers, GetMessages, StatusQuery
from smsc_proto.responses import GetAnswersReply, GetMessagesReply, SmsStatusReply
from smsc_proto.values import MessageType, StatusFlag, parse_phone_list

CHARSET: Final = "windows-1251"
_MSK: Final = timezone(timedelta(hours=3))
_START: Final = datetime(2024, 3, 1, 9, 0, 0)

_NAMES: Final = ("Иван", "Мария", "Пётр", "Анна", "Сергей", "Ольга", "Дмитрий")
_CITIES: Final = ("Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань")
_OPERATORS: Final = (("25001", "МТС"), ("25002", "МегаФон"), ("25099", "Билайн"))


def _at(seconds: int) -> datetime:
    return _START + timedelta(seconds=seconds)


def _stamp(moment: datetime) -> int:
    return int(moment.replace(tzinfo=_MSK).timestamp())


def _message(i: int) -> str:
    """A realistic Cyrillic text with commas (the fmt=0/1 separators) and an amount."""
    name = _NAMES[i % len(_NAMES)]
    return (
        f"Здравствуйте, {name}! Заказ №{100000 + i} собран, сумма {i % 9000 + 150},50 руб., "
        f"код получения {i * 7919 % 10000:04d}."
    )


def _phone(i: int) -> str:
    return f"7999{i:07d}"


# -- get.php?get_messages=1: 1000 records (the most one request returns, line 2870) -------


def _sent(i: int) -> GetMessagesReply:
    send = _at(i * 61)
    last = send + timedelta(seconds=3 + i % 40)
    mccmnc, operator = _OPERATORS[i % len(_OPERATORS)]
    delivered = i % 10 != 0
    return GetMessagesReply(
        status=1 if delivered else 20,
        last_date=last,
        last_timestamp=_stamp(last),
        err=0 if delivered else 1,
        send_date=send,
        send_timestamp=_stamp(send),
        phone=_phone(i),
        cost=Decimal(f"{1 + i % 3}.{(i * 37) % 100:02d}"),
        sender_id="Магазин",
        status_name="Доставлено" if delivered else "Невозможно доставить",
        message=_message(i),
        mccmnc=mccmnc,
        country="Россия",
        operator=operator,
        region=_CITIES[i % len(_CITIES)],
        type=0,
        id=5000 + i if i % 4 else f"order-{i}",
        int_id=2960418530 + i,
        sms_cnt=2,
        format=0,
        crc=(i * 2654435761) % 2**31,
    )


SENT: Final = [_sent(i) for i in range(1000)]
# fmt=0 carries the dates and not the timestamps, fmt=1 the reverse (QUIRKS INC-41). A
# fmt=1 line puts the sender, the status name and the message side by side, so a comma in
# the message gives it a second reading and it is refused (docs/responses.rst, "Which
# fmt=0/1 lines read one way"): its messages carry ";" where the others carry ",".
SENT_BY_FMT: Final = {
    0: [replace(r, last_timestamp=None, send_timestamp=None) for r in SENT],
    1: [
        replace(r, last_date=None, send_date=None, message=(r.message or "").replace(",", ";"))
        for r in SENT
    ],
    2: SENT,
    3: SENT,
}


# -- get.php?get_answers=1: 10000 records (the most one request returns, line 3009) ------


def _answer(i: int) -> GetAnswersReply:
    sent = _at(i * 13)
    return GetAnswersReply(
        id=880000000 + i,
        received=sent + timedelta(seconds=2 + i % 5),
        phone=_phone(i),
        message=f"Да, {_NAMES[i % len(_NAMES)]}, подтверждаю заказ №{100000 + i}, спасибо!",
        to_phone="79990000001",
        sent=sent,
    )


ANSWERS: Final = [_answer(i) for i in range(10000)]


# -- status.php with 100 ids, all=1 (several ids: fmt=0, 2 and 3; INC-22) --------------


def _status(i: int) -> SmsStatusReply:
    send = _at(i * 61)
    last = send + timedelta(seconds=3 + i % 40)
    return SmsStatusReply(
        status=1,
        last_date=last,
        last_timestamp=_stamp(last),
        flag=StatusFlag.from_int(256),
        err=0,
        send_date=send,
        send_timestamp=_stamp(send),
        phone=_phone(i),
        cost=Decimal(f"{1 + i % 3}.{(i * 37) % 100:02d}"),
        sender_id="Магазин",
        status_name="Доставлено",
        message=_message(i),
        comment=f"заказ {100000 + i}, касса {i % 5 + 1}",
        type=MessageType.SMS,
        sms_cnt=2,
        id=5000 + i,
    )


STATUSES: Final = [_status(i) for i in range(100)]
_STATUS_PHONES: Final = parse_phone_list(",".join(r.phone or "" for r in STATUSES))
_STATUS_IDS: Final = tuple(5000 + i for i in range(100))


def _status_query(fmt: int) -> StatusQuery:
    return StatusQuery(phone=_STATUS_PHONES, id=_STATUS_IDS, all=1, fmt=fmt, charset=CHARSET)


# -- the bare parsers ------------------------------------------------------------------


def _bare_fmt0(body: bytes) -> list[list[tuple[str, str, str]]]:
    return [
        [part.partition(" = ") for part in line.split(", ")]
        for line in body.decode(CHARSET).splitlines()
    ]


def _bare_fmt1(body: bytes) -> list[list[str]]:
    return [line.split(",") for line in body.decode(CHARSET).splitlines()]


def _bare_xml(body: bytes) -> list[dict[str, str | None]]:
    root = etree.fromstring(body.decode(CHARSET))
    return [{child.tag: child.text for child in record} for record in root]


def _bare_json(body: bytes) -> Any:
    return orjson.loads(body.decode(CHARSET))


_BARE: Final[dict[int, Callable[[bytes], Any]]] = {
    0: _bare_fmt0,
    1: _bare_fmt1,
    2: _bare_xml,
    3: _bare_json,
}


# -- the pydantic route a user would write ---------------------------------------------
#
# A stdlib dataclass per reply with the model's field types, validated by a pydantic v2
# TypeAdapter. Dates go through a BeforeValidator (slices and datetime(): the cheapest
# reading of "DD.MM.YYYY hh:mm:ss", far cheaper than strptime); an id that is a number
# on the wire is an int, any other a str (left_to_right tries int first, as the spec's
# "id" of a message is a number unless the client chose a text id). fmt=1 and fmt=0
# bodies are split with the free texts kept whole (the message holds commas), so the
# route reads what decode_response reads; each group checks that before timing.


def _wire_datetime(value: object) -> object:
    if isinstance(value, str):
        return datetime(
            int(value[6:10]),
            int(value[3:5]),
            int(value[:2]),
            int(value[11:13]),
            int(value[14:16]),
            int(value[17:19]),
        )
    return value


WireDate = Annotated[datetime | None, BeforeValidator(_wire_datetime)]
MessageId = Annotated[int | str | None, Field(union_mode="left_to_right")]


@dataclass(slots=True)
class PydanticMessage:
    """A get_messages record as a pydantic user would declare it."""

    status: int | None = None
    last_date: WireDate = None
    last_timestamp: int | None = None
    err: int | None = None
    send_date: WireDate = None
    send_timestamp: int | None = None
    phone: str | None = None
    cost: Decimal | None = None
    sender_id: str | None = None
    status_name: str | None = None
    message: str | None = None
    mccmnc: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None
    type: int | None = None
    id: MessageId = None
    int_id: int | None = None
    sms_cnt: int | None = None
    format: int | None = None
    crc: int | None = None


@dataclass(slots=True)
class PydanticAnswer:
    """A get_answers record as a pydantic user would declare it."""

    id: int | None = None
    received: WireDate = None
    phone: str | None = None
    message: str | None = None
    to_phone: str | None = None
    sent: WireDate = None


@dataclass(slots=True)
class PydanticStatus:
    """A status.php record (several ids, all=1) as a pydantic user would declare it."""

    status: int | None = None
    last_date: WireDate = None
    last_timestamp: int | None = None
    flag: int | None = None
    err: int | None = None
    send_date: WireDate = None
    send_timestamp: int | None = None
    phone: str | None = None
    cost: Decimal | None = None
    sender_id: str | None = None
    status_name: str | None = None
    message: str | None = None
    comment: str | None = None
    mccmnc: str | None = None
    country: str | None = None
    operator: str | None = None
    operator_orig: str | None = None
    region: str | None = None
    type: int | None = None
    sms_cnt: int | None = None
    id: MessageId = None


_ADAPTERS: Final[dict[str, TypeAdapter[Any]]] = {
    "messages": TypeAdapter(list[PydanticMessage]),
    "answers": TypeAdapter(list[PydanticAnswer]),
    "status": TypeAdapter(list[PydanticStatus]),
}

# fmt=0 names of each reply (spec lines 2920, 3030, 1790): wire name -> field.
_FMT0_KEYS: Final[dict[str, dict[str, str]]] = {
    "messages": {
        **{f.name: f.name for f in dataclasses.fields(PydanticMessage)},
        "Status": "status",
        "check_time": "last_date",
        "ID": "id",
    },
    "answers": {f.name: f.name for f in dataclasses.fields(PydanticAnswer)},
    "status": {
        **{f.name: f.name for f in dataclasses.fields(PydanticStatus)},
        "Status": "status",
        "check_time": "last_date",
    },
}


def _fmt0_dicts(keys: dict[str, str]) -> Callable[[str], list[dict[str, str]]]:
    def split(text: str) -> list[dict[str, str]]:
        # "name = value" pairs joined by ", "; a piece naming no field continues the
        # free text before it (a message or comment holding ", ").
        out = []
        for line in text.splitlines():
            record: dict[str, str] = {}
            last = ""
            for part in line.split(", "):
                key, sep, value = part.partition(" = ")
                name = keys.get(key) if sep else None
                if name is None:
                    record[last] += ", " + part
                else:
                    record[name] = value
                    last = name
            out.append(record)
        return out

    return split


_MESSAGE_HEAD: Final = (
    "status",
    "last_timestamp",
    "err",
    "send_timestamp",
    "phone",
    "mccmnc",
    "country",
    "operator",
    "region",
    "cost",
    "sender_id",
)
_MESSAGE_TAIL: Final = ("message", "type", "id", "int_id", "sms_cnt", "format", "crc")


def _fmt1_messages(text: str) -> list[dict[str, str]]:
    # Spec line 2924: "<status>,...,<sender>,<status_name>, <message>,<type>,<id>,
    # <int_id>,<sms_cnt>,<format>,<crc>": eleven fields, the status name up to ", ",
    # then the message and six fields from the right.
    out = []
    for line in text.splitlines():
        head = line.split(",", 11)
        status_name, _, rest = head.pop().partition(", ")
        record = dict(zip(_MESSAGE_HEAD, head, strict=True))
        record["status_name"] = status_name
        record.update(zip(_MESSAGE_TAIL, rest.rsplit(",", 6), strict=True))
        out.append(record)
    return out


_ANSWER_FIELDS: Final = ("id", "received", "phone", "to_phone", "sent", "message")


def _fmt1_answers(text: str) -> list[dict[str, str]]:
    # Spec line 3034: "<id>,<received>,<phone>,<to_phone>,<sent>,<message>".
    return [
        dict(zip(_ANSWER_FIELDS, line.split(",", 5), strict=True)) for line in text.splitlines()
    ]


def _pydantic_route(kind: str, fmt: int) -> Callable[[bytes], list[Any]]:
    validate: Callable[[object], list[Any]] = _ADAPTERS[kind].validate_python
    if fmt == 3:

        def from_json(body: bytes) -> list[Any]:
            return validate(orjson.loads(body.decode(CHARSET)))

        return from_json
    if fmt == 2:

        def from_xml(body: bytes) -> list[Any]:
            return validate(_bare_xml(body))

        return from_xml
    split: Callable[[str], list[dict[str, str]]]
    if fmt == 1:
        split = _fmt1_messages if kind == "messages" else _fmt1_answers
    else:
        split = _fmt0_dicts(_FMT0_KEYS[kind])

    def from_text(body: bytes) -> list[Any]:
        return validate(split(body.decode(CHARSET)))

    return from_text


def _same_values(routed: list[Any], decoded: list[Any]) -> bool:
    """Whether the pydantic records carry the values of the decoded models."""
    if len(routed) != len(decoded):
        return False
    for mine, theirs in zip(routed, decoded, strict=True):
        for f in dataclasses.fields(mine):
            want = getattr(theirs, f.name)
            if isinstance(want, StatusFlag):
                want = int(want)
            got = getattr(mine, f.name)
            if got != want or type(got) is not (int if isinstance(want, int) else type(want)):
                return False
    return True


# -- the bodies --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One reply body of a group and what reads and writes it."""

    kind: str  # "messages", "answers" or "status"
    command: Command
    records: list[Any]
    fmt: int

    @property
    def body(self) -> bytes:
        return _BODIES[self.name]

    @property
    def name(self) -> str:
        return f"{self.kind}-fmt{self.fmt}"


CASES: Final = {
    case.name: case
    for case in (
        *(
            Case("messages", GetMessages(fmt=fmt, cnt=1000, charset=CHARSET), SENT_BY_FMT[fmt], fmt)
            for fmt in (3, 2, 1, 0)
        ),
        *(
            Case("answers", GetAnswers(fmt=fmt, cnt=10000, charset=CHARSET), ANSWERS, fmt)
            for fmt in (3, 2, 1, 0)
        ),
        # status.php fmt=1 of several ids is not modelled (QUIRKS INC-22): no group.
        *(Case("status", _status_query(fmt), STATUSES, fmt) for fmt in (3, 2, 0)),
    )
}
_BODIES: Final = {name: sp.encode_response(c.command, c.records) for name, c in CASES.items()}
CONTENDERS: Final = ("bare", "pydantic", "decode_response")


def _reader(case: Case, contender: str) -> Callable[[bytes], Any]:
    if contender == "bare":
        return _BARE[case.fmt]
    if contender == "pydantic":
        return _pydantic_route(case.kind, case.fmt)
    return lambda body: sp.decode_response(case.command, body)


@pytest.mark.parametrize("contender", CONTENDERS)
@pytest.mark.parametrize("name", list(CASES))
def test_decode(benchmark: Any, name: str, contender: str) -> None:
    case = CASES[name]
    benchmark.group = f"replies-{name}"
    benchmark.extra_info["body_bytes"] = len(case.body)
    read = _reader(case, contender)
    if contender == "pydantic":
        assert _same_values(read(case.body), sp.decode_response(case.command, case.body))
    assert len(benchmark(read, case.body)) == len(case.records)


# -- encode: encode_response against the bare serializer of the same data ----------------


def _bare_writer(case: Case) -> tuple[Callable[[Any], bytes], Any]:
    """The bare serializer of ``case``'s format and its input (the bare parse's output)."""
    parsed = _BARE[case.fmt](case.body)
    if case.fmt == 3:

        def dumps(data: Any) -> bytes:
            return orjson.dumps(data).decode().encode(CHARSET)

        return dumps, parsed
    if case.fmt == 2:
        root_tag = etree.fromstring(case.body.decode(CHARSET)).tag
        record_tag = etree.fromstring(case.body.decode(CHARSET))[0].tag

        def build(records: list[dict[str, str | None]]) -> bytes:
            root = etree.Element(root_tag)
            for record in records:
                element = etree.SubElement(root, record_tag)
                for tag, text in record.items():
                    etree.SubElement(element, tag).text = text
            return etree.tostring(root, encoding="unicode").encode(CHARSET)

        return build, parsed
    if case.fmt == 1:

        def join1(rows: list[list[str]]) -> bytes:
            return "\n".join([",".join(row) for row in rows]).encode(CHARSET)

        return join1, parsed

    def join0(rows: list[list[tuple[str, str, str]]]) -> bytes:
        return "\n".join([", ".join([k + s + v for k, s, v in row]) for row in rows]).encode(
            CHARSET
        )

    return join0, parsed


@pytest.mark.parametrize("contender", ["bare", "encode_response"])
@pytest.mark.parametrize("name", list(CASES))
def test_encode(benchmark: Any, name: str, contender: str) -> None:
    case = CASES[name]
    benchmark.group = f"encode-{name}"
    if contender == "bare":
        write, data = _bare_writer(case)
        assert benchmark(write, data) == case.body
    else:
        assert benchmark(sp.encode_response, case.command, case.records) == case.body
