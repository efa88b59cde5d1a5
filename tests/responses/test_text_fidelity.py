"""fmt=0/1 fidelity (issue 10): a line is read one way or refused, line breaks survive
a round trip where the format can carry them, error codes round-trip in every fmt.

Every row here failed before the rule it pins: the reader took the first reading of a
line that has two, refused lines that read one way only, dropped a final CR or LF,
left the CR of CRLF breaks on all records but the last, refused a fmt=0 ``phone_other``
list, and ``encode_error`` wrote codes the readers do not read back.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto._replies import Shape, Template, text
from smsc_proto._replies._text import TEXT_FORMATS, text_shape
from smsc_proto.commands import (
    Balance,
    Command,
    GetAnswers,
    GetMessages,
    GetStat,
    JobsGetAll,
    PhonesGet,
    PhonesGetBlack,
    Send,
    StatusQuery,
    TemplatesGet,
    UsersGetStatAll,
)
from smsc_proto.responses import (
    GetAnswersReply,
    GetStatReply,
    HlrStatusReply,
    JobsGetAllReply,
    PhonesGetBlackReply,
    PhonesGetReply,
    SendPhone,
    SendReply,
    SmsStatusReply,
    TemplatesGetReply,
    UsersGetStatAllReply,
)
from smsc_proto.values import Phone, parse_phone_list

from .conftest import AMBIGUOUS

D = Decimal
ONE = parse_phone_list("79999999999")
STATUS = StatusQuery(phone=ONE, id=6)
MULTIPLE = StatusQuery(phone=parse_phone_list("79999999999,79999999998"), id=(6, 7))
STAT_ALL = UsersGetStatAll(start=date(2014, 1, 1), reseller=True)
STAT = GetStat(start=date(2014, 1, 1))
CONTACTS = PhonesGet(grp=(321,))


def at(command: Command, fmt: int) -> Any:
    return dataclasses.replace(command, fmt=fmt)


# -- a separator that could end either of two texts: refused, never read at a guess ----

#: (command, body, what the refusal names). Nothing in a fmt=0/1 line is escaped, so a
#: name may hold the separator: where it stands between two texts, it could end either.
TWO_READINGS: list[tuple[Command, bytes, str]] = [
    # users.php get_stat_all fmt=1 (line 2472): was read as the operation name
    # "SMS,MegaFon" and the operator " PJSC"; "sub1,SMS" could be the login, too
    (at(STAT_ALL, 1), b"sub1,SMS,MegaFon, PJSC,25002,1,1.00,0.00,RUB", AMBIGUOUS),
    # status.php all=1 fmt=1 (line 1486): the sender "SMSC,RU" was read as the sender
    # "SMSC", the status name "RU", the message "Delivered,Hello world!"
    (
        at(dataclasses.replace(STATUS, all=1), 1),
        b"1,1286705410,0,1286705398,79999999999,1.40,SMSC,RU,Delivered,Hello world!, c, 0",
        "sender_id could end at more than one ','",
    ),
    # get.php get_messages fmt=1 (line 2910): a comma in the message could end the sender
    # ("SMSC.RU,Delivered") and start the message at " world!"
    (
        at(GetMessages(), 1),
        b"1,1412921412,0,1412921410,79999999999,25001,Russia,MTS,Moscow,1.40,SMSC.RU,"
        b"Delivered, Hello, world!,0,1234,2960418530,1,0,0",
        "sender_id could end at more than one ','",
    ),
    # phones.php get fmt=1 (line 2103): "7888,7777" after the tags could be a tag "vip,7888"
    # and one number
    (
        at(CONTACTS, 1),
        b"79999999999,Contact,321,Ivan,Petrov,Sergeevich,29.02.1980,c-1,x,vip,7888,7777",
        AMBIGUOUS,
    ),
    # status.php all=1 fmt=0 (line 1483): a message holding ", comment = "
    (
        dataclasses.replace(STATUS, all=1),
        b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 "
        b"10:09:58, phone = 79999999999, cost = 1.40, sender_id = SMSC.RU, status_name = "
        b"Delivered, message = Hi, comment = x, comment = y, type = 0",
        "message could end at more than one ', comment = '",
    ),
]


@pytest.mark.parametrize(("command", "body", "match"), TWO_READINGS)
def test_a_line_with_two_readings_is_refused(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    first: str | None = None
    second: str | None = None


def test_any_two_texts_side_by_side() -> None:
    # The rule is the machinery's, whatever the patterns: two one-line texts (neither
    # is ".*", which alone the reader checked before) around a comma.
    pair = Shape(Pair, (text("first", pattern="[^\r\n]*"), text("second", pattern="[^\r\n]*")))
    pair = dataclasses.replace(pair, fmt1=Template("{first},{second}"))
    assert text_shape(pair, 1).decode("a,b") == Pair(first="a", second="b")
    with pytest.raises(sp.RemoteProtocolError, match="first could end at more than one ','"):
        text_shape(pair, 1).decode("a,b,c")
    with pytest.raises(sp.LocalProtocolError, match="first could end at more than one ','"):
        text_shape(pair, 1).encode(Pair(first="a,b", second="c"))


#: (command, body, model): lines with a separator inside a text that still read one
#: way only -- the next value cannot take it -- read and written, both ways. They were
#: refused when every name was assumed to hold no separator.
ONE_READING: list[tuple[Command, bytes, Any]] = [
    # get.php get_stat (line 3140): the count after the login is a number
    (
        at(STAT, 1),
        b"a,b,1,1.00,0.00,RUB",
        [GetStatReply(login="a,b", sms=1, credit=D("1.00"), debit=D("0.00"), currency="RUB")],
    ),
    # templates.php get (line 800): the format after the name is one of a few words
    (
        at(TemplatesGet(), 1),
        b"1,Yes, no,sms,S,0,m",
        [TemplatesGetReply(id=1, name="Yes, no", format="sms", sender="S", flag=0, message="m")],
    ),
    # users.php get_stat_all fmt=0 (line 2466): the keys keep the names apart
    (
        at(STAT_ALL, 0),
        b"login = a, description = d, operator = M, T, S, mccmnc = 25001, sms = 1, "
        b"credit = 1.00, debit = 0.00, currency = RUB",
        [
            UsersGetStatAllReply(
                login="a",
                description="d",
                operator="M, T, S",
                mccmnc="25001",
                sms=1,
                credit=D("1.00"),
                debit=D("0.00"),
                currency="RUB",
            )
        ],
    ),
    # status.php fmt=0 (line 1605): a last name holding ", net = " -- the key comes once
    # more, but no reading ends cn there
    (
        STATUS,
        b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0, imsi = 1, msc = 2, mcc = 250, "
        b"mnc = 01, cn = Russia, net = MTS, rcn = , rnet = x, net = y",
        HlrStatusReply(
            status=1,
            last_date=datetime(2010, 10, 10, 10, 10, 10),
            err=0,
            imsi="1",
            msc="2",
            mcc="250",
            mnc="01",
            cn="Russia",
            net="MTS",
            rcn="",
            rnet="x, net = y",
        ),
    ),
]


@pytest.mark.parametrize(("command", "body", "model"), ONE_READING)
def test_a_line_with_one_reading_is_read(command: Command, body: bytes, model: Any) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.encode_response(command, model) == body


# -- phones.php get: phone_other as a comma list where its place tells ---------------------

CONTACT = PhonesGetReply(
    phone=ONE,
    name="Contact",
    group=321,
    first_name="Ivan",
    last_name="Petrov",
    middle_name="Sergeevich",
    birthday=date(1980, 2, 29),
    id="c-1",
    comments="x",
    tags="vip",
    phone_other=(Phone(number="78888888888"), Phone(number="77777777777")),
)
CONTACT_FMT0 = (
    "phone = 79999999999, name = Contact, group = 321, first_name = Ivan, last_name = Petrov, "
    "middle_name = Sergeevich, birthday = 29.02.1980, id = c-1, comments = x, tags = vip, "
    "phone_other = {}"
)


def test_phone_other_comma_list_in_fmt0() -> None:
    # Line 2099: "..., tags = <tags>, phone_other = <phone_other>" -- the last pair, so
    # its commas belong to it ("separated by any separator", line 2141). The writer uses
    # ";", which fmt=1 can carry too.
    body = CONTACT_FMT0.format("78888888888,77777777777").encode()
    assert sp.decode_response(CONTACTS, body) == [CONTACT]
    written = CONTACT_FMT0.format("78888888888;77777777777").encode()
    assert sp.encode_response(CONTACTS, [CONTACT]) == written
    assert sp.decode_response(CONTACTS, written) == [CONTACT]


# -- line breaks ------------------------------------------------------------------------------

BLACK = PhonesGetBlack()
ANSWER = GetAnswersReply(
    id=1,
    received=datetime(2014, 10, 10, 10, 10, 10),
    phone="79999999999",
    message="wait\r",
    to_phone="79000000001",
    sent=datetime(2014, 10, 10, 10, 10, 8),
)
NUMBER = Phone(number="79999999999")
OTHER = Phone(number="78888888888")

#: (command, body, model, the body written when it differs). A line break between
#: records (and at the end of a body) is LF or CRLF, the same for every record; a last
#: text ending in CR or LF is followed by a line break, so it reads back whole.
LINE_BREAKS: list[tuple[Command, bytes, Any, bytes | None]] = [
    # CRLF between records: every record loses the CR (the first kept it before)
    (
        at(BLACK, 1),
        b"1,79999999999,1,spam\r\n2,78888888888,0,\r\n",
        [
            PhonesGetBlackReply(id=1, phone=NUMBER, type=1, comment="spam"),
            PhonesGetBlackReply(id=2, phone=OTHER, type=0, comment=""),
        ],
        b"1,79999999999,1,spam\n2,78888888888,0,",
    ),
    # texts ending in CR: the writer follows them with CRLF (the last was eaten before)
    (
        at(GetAnswers(), 1),
        b"1,10.10.2014 10:10:10,79999999999,79000000001,10.10.2014 10:10:08,wait\r\r\n"
        b"2,10.10.2014 10:10:10,79999999999,79000000001,10.10.2014 10:10:08,later\r\r\n",
        [ANSWER, dataclasses.replace(ANSWER, id=2, message="later\r")],
        None,
    ),
    # send.php op=1 (line 257): the lines after the first split the same way
    (
        Send(phones=ONE, mes="Hi", op=True, fmt=1),
        b"7,1\r\n79999999999,25001,0.70,1,0",
        SendReply(
            id=7,
            cnt=1,
            phones=(
                SendPhone(phone="79999999999", mccmnc="25001", cost=D("0.70"), status=1, error=0),
            ),
        ),
        b"7,1\n79999999999,25001,0.70,1,0",
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "written"), LINE_BREAKS)
def test_line_breaks(command: Command, body: bytes, model: Any, written: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.encode_response(command, model) == (written or body)
    assert sp.decode_response(command, written or body) == model


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    id: int | None = None
    mes: str | None = None


NOTE = Shape(
    Note,
    (text("id", pattern=r"\d+"), text("mes")),
    fmt0=Template("id = {id}, mes = {mes}"),
    fmt1=Template("{id},{mes}"),
)


@pytest.mark.parametrize(
    ("mes", "body"),
    [
        ("a", "5,a"),
        ("a\n", "5,a\n\n"),
        ("a\r", "5,a\r\r\n"),
        ("a\r\n", "5,a\r\n\n"),
        ("\n", "5,\n\n"),
    ],
)
def test_a_last_text_ending_in_cr_or_lf_round_trips(mes: str, body: str) -> None:
    note = dataclasses.replace(Note(mes=mes), id="5")  # type: ignore[arg-type]
    codec = TEXT_FORMATS[1]
    assert codec.encode(NOTE, note) == body
    assert codec.decode(NOTE, codec.parse(body.encode(), "utf-8")) == note


#: (command, reply, the refusal): a fmt=0/1 writer refuses, naming the field, a text the
#: line cannot carry (fmt=2/3 carry it).
UNWRITABLE: list[tuple[Command, Any, str]] = [
    (
        at(GetAnswers(), 1),
        [dataclasses.replace(ANSWER, message="Да,\nспасибо")],
        "message: .* holds a line break",
    ),
    (
        JobsGetAll(),
        [
            JobsGetAllReply(
                id=1,
                name="n",
                changed=datetime(2014, 1, 1),
                need_date=datetime(2014, 1, 1),
                last_sent=datetime(2014, 1, 1),
                phones="",
                message="a\nb",
                phones_cnt=0,
                cost=D("0"),
                status=0,
                sender_id="",
                format=0,
            )
        ],
        "message: .* holds a line break",
    ),
    (
        MULTIPLE,
        [
            SmsStatusReply(
                status=1,
                last_date=datetime(2010, 10, 10),
                err=0,
                id=6,
                phone="79999999999",
            ),
            SmsStatusReply(
                status=1,
                last_date=datetime(2010, 10, 10),
                err=0,
                id=7,
                phone="79999999998\nStatus = 1",
            ),
        ],
        "phone: .* would start a record",
    ),
    (
        STATUS,
        HlrStatusReply(
            status=1,
            last_date=datetime(2010, 10, 10),
            err=0,
            imsi="",
            msc="",
            mcc="",
            mnc="",
            cn="a\nb",
            net="",
            rcn="",
            rnet="",
        ),
        "cn: .* cannot be written in a fmt=0 line: a line break",
    ),
]


@pytest.mark.parametrize(("command", "reply", "match"), UNWRITABLE)
def test_the_writer_names_a_text_it_cannot_carry(command: Command, reply: Any, match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.encode_response(command, reply)


# -- error codes: one range, every fmt, both ways ---------------------------------------------

ERROR_BODIES: list[tuple[int, int, bytes]] = [
    (0, 1, b"ERROR = 1 (x)"),
    (0, 999_999_999, b"ERROR = 999999999 (x)"),
    (1, 1, b"0,-1"),
    (1, 999_999_999, b"0,-999999999"),
    (2, 1, b"<result><error>x</error><error_code>1</error_code></result>"),
    (2, 999_999_999, b"<result><error>x</error><error_code>999999999</error_code></result>"),
    (3, 1, b'{"error":"x","error_code":1}'),
    (3, 999_999_999, b'{"error":"x","error_code":999999999}'),
]


@pytest.mark.parametrize(("fmt", "code", "body"), ERROR_BODIES)
def test_error_codes_round_trip(fmt: int, code: int, body: bytes) -> None:
    command = Balance(fmt=fmt)
    assert sp.encode_error(command, sp.GatewayError(code, "x")) == body
    with pytest.raises(sp.GatewayError) as caught:
        sp.decode_response(command, body)
    assert caught.value.code == code


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
@pytest.mark.parametrize("code", [0, -1, -10, 10**9, 2**31])
def test_error_codes_outside_the_range_are_refused_in_every_fmt(fmt: int, code: int) -> None:
    with pytest.raises(
        sp.LocalProtocolError, match=r"error_code: must be an int in 1\.\.999999999"
    ):
        sp.encode_error(Balance(fmt=fmt), sp.GatewayError(code, "x"))
