"""Reply decoding speed, as ratios to a bare parse of the same body (no validation).

Each body has a group of two benchmarks on the same bytes: the baseline and
``decode_response``. Every baseline decodes the windows-1251 bytes to ``str`` first (a
non-UTF-8 body cannot be read otherwise; ``decode_response`` does the same) and then
does the least parse of its format: ``orjson.loads`` (fmt=3), ``lxml.etree.fromstring``
and a ``{tag: text}`` dict per record (fmt=2), ``splitlines`` and a split on the
separator (fmt=1 ``","``, fmt=0 ``", "``). The typed decode also validates every value,
builds ``datetime``, ``Decimal`` and ``int`` values and a frozen model per record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Final

import orjson
import pytest
from lxml import etree

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


# -- status.php with 100 ids, all=1 (multiple form: fmt=2 and fmt=3 only, INC-22) --------


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


# -- baselines ---------------------------------------------------------------------------


def _split(separator: str) -> Callable[[bytes], list[list[str]]]:
    def bare_split(body: bytes) -> list[list[str]]:
        return [line.split(separator) for line in body.decode(CHARSET).splitlines()]

    return bare_split


def _bare_xml(body: bytes) -> list[dict[str, str | None]]:
    root = etree.fromstring(body.decode(CHARSET))
    return [{child.tag: child.text for child in record} for record in root]


def _bare_json(body: bytes) -> Any:
    return orjson.loads(body.decode(CHARSET))


_BASELINES: Final[dict[int, Callable[[bytes], Any]]] = {
    0: _split(", "),
    1: _split(","),
    2: _bare_xml,
    3: _bare_json,
}


# -- the bodies: group name -> (command, body, fmt, record count) ------------------------


def _case(command: Command, reply: list[Any], fmt: int) -> tuple[Command, bytes, int, int]:
    return command, sp.encode_response(command, reply), fmt, len(reply)


CASES: Final = {
    **{
        f"messages-fmt{fmt}": _case(
            GetMessages(fmt=fmt, cnt=1000, charset=CHARSET), SENT_BY_FMT[fmt], fmt
        )
        for fmt in (0, 1, 2, 3)
    },
    **{
        f"answers-fmt{fmt}": _case(GetAnswers(fmt=fmt, cnt=10000, charset=CHARSET), ANSWERS, fmt)
        for fmt in (3, 1)
    },
    **{f"status-fmt{fmt}": _case(_status_query(fmt), STATUSES, fmt) for fmt in (3, 2)},
}


@pytest.mark.parametrize("case", list(CASES))
def test_bare_parse_baseline(benchmark: Any, case: str) -> None:
    _command, body, fmt, count = CASES[case]
    benchmark.group = f"replies-{case}"
    benchmark.extra_info["body_bytes"] = len(body)
    assert len(benchmark(_BASELINES[fmt], body)) == count


# -- the floor: the baseline plus the one conversion the models demand -------------------
#
# Replies carry "DD.MM.YYYY hh:mm:ss" as datetime (issue 4). Whatever else a decoder
# skips, it builds these; timing the baseline plus a datetime() from slices of every date
# text of the body shows the least any conforming decoder can cost on these bytes.


def _date_texts(reply: list[Any]) -> list[str]:
    return [
        getattr(record, name).strftime("%d.%m.%Y %H:%M:%S")
        for record in reply
        for name in ("last_date", "send_date", "received", "sent")
        if isinstance(getattr(record, name, None), datetime)
    ]


def _floor(fmt: int, dates: list[str]) -> Callable[[bytes], Any]:
    baseline = _BASELINES[fmt]

    def baseline_and_dates(body: bytes) -> Any:
        parsed = baseline(body)
        for s in dates:
            datetime(
                int(s[6:10]), int(s[3:5]), int(s[:2]), int(s[11:13]), int(s[14:16]), int(s[17:19])
            )
        return parsed

    return baseline_and_dates


_REPLIES: Final[dict[str, list[Any]]] = {
    **{f"messages-fmt{fmt}": SENT_BY_FMT[fmt] for fmt in (0, 1, 2, 3)},
    **{f"answers-fmt{fmt}": ANSWERS for fmt in (3, 1)},
    **{f"status-fmt{fmt}": STATUSES for fmt in (3, 2)},
}


@pytest.mark.parametrize("case", list(CASES))
def test_floor_baseline_plus_dates(benchmark: Any, case: str) -> None:
    _command, body, fmt, count = CASES[case]
    benchmark.group = f"replies-{case}"
    dates = _date_texts(_REPLIES[case])
    benchmark.extra_info["date_fields"] = len(dates)
    assert len(benchmark(_floor(fmt, dates), body)) == count


@pytest.mark.parametrize("case", list(CASES))
def test_decode_response(benchmark: Any, case: str) -> None:
    command, body, _fmt, count = CASES[case]
    benchmark.group = f"replies-{case}"
    benchmark.extra_info["body_bytes"] = len(body)
    assert len(benchmark(sp.decode_response, command, body)) == count
