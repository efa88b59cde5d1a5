"""get.php replies (get_messages, get_answers, get_stat) and error replies: tables drive
both directions.

Bodies are the spec's templates (lines 2906-2965, 3040-3071, 3135-3164 and the error
forms of lines 2879-2894) with the placeholders filled in, laid out as printed; a fourth
element is the canonical body when it differs. get_price's replies (lines 3216-3273) are
rows too: blocks of zones and operator tariffs before the final line in fmt=0/1, lists
inside ``<price>`` and arrays in fmt=2/3.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._scripts.get import (
    GET_ANSWERS_ERRORS,
    GET_MESSAGES_ERRORS,
    GET_PRICE_ERRORS,
    GET_STAT_ERRORS,
)
from smsc_proto.commands import Command, GetAnswers, GetMessages, GetPrice, GetStat
from smsc_proto.responses import (
    ERROR_TABLES,
    GetAnswersReply,
    GetMessagesReply,
    GetPriceCode,
    GetPriceReply,
    GetPriceZone,
    GetStatReply,
    error_meaning,
)
from smsc_proto.strategies import (
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    get_stat_replies,
)

from .conftest import AMBIGUOUS, assert_reply_round_trip

D = Decimal
START = date(2014, 1, 1)


def lines(*parts: str) -> bytes:
    return "\n".join(parts).encode("windows-1251")


# -- get_messages ----------------------------------------------------------------------------

SENT = GetMessagesReply(
    status=1,
    last_date=datetime(2014, 10, 10, 10, 10, 12),
    last_timestamp=1412921412,
    err=0,
    send_date=datetime(2014, 10, 10, 10, 10, 10),
    send_timestamp=1412921410,
    phone="79999999999",
    cost=D("1.40"),
    sender_id="SMSC.RU",
    status_name="Delivered",
    message="Hello, world!",
    mccmnc="25001",
    country="Russia",
    operator="MTS",
    region="Moscow",
    type=0,
    id=1234,
    int_id=2960418530,
    sms_cnt=1,
    format=0,
    crc=0,
)
# A client's string id, a Cyrillic message holding the fmt=0 separators, a failed status.
FAILED = GetMessagesReply(
    status=20,
    last_date=datetime(2014, 10, 11, 9, 0, 1),
    last_timestamp=1412996401,
    err=1,
    send_date=datetime(2014, 10, 11, 9, 0, 0),
    send_timestamp=1412996400,
    phone="79999999998",
    cost=D("0.00"),
    sender_id="Магазин",
    status_name="Невозможно доставить",
    message="Привет, type = 1, ID = 2, мир",
    mccmnc="25002",
    country="Россия",
    operator="МегаФон",
    region="Москва",
    type=0,
    id="order-7",
    int_id=2960418531,
    sms_cnt=2,
    format=0,
    crc=1905437216,
)


def dates_only(*records: GetMessagesReply) -> list[GetMessagesReply]:
    """fmt=0 carries the dates and not the timestamps (QUIRKS INC-41)."""
    return [dataclasses.replace(r, last_timestamp=None, send_timestamp=None) for r in records]


def timestamps_only(*records: GetMessagesReply) -> list[GetMessagesReply]:
    """fmt=1 carries the timestamps and not the dates (QUIRKS INC-41)."""
    return [dataclasses.replace(r, last_date=None, send_date=None) for r in records]


SENT_FMT0 = (
    "Status = 1, check_time = 10.10.2014 10:10:12, err = 0, send_date = 10.10.2014 10:10:10, "
    "phone = 79999999999, mccmnc = 25001, country = Russia, operator = MTS, region = Moscow, "
    "cost = 1.40, sender_id = SMSC.RU, status_name = Delivered, message = Hello, world!, "
    "type = 0, ID = 1234, int_id = 2960418530, sms_cnt = 1, format = 0, crc = 0"
)
FAILED_FMT0 = (
    "Status = 20, check_time = 11.10.2014 09:00:01, err = 1, send_date = 11.10.2014 09:00:00, "
    "phone = 79999999998, mccmnc = 25002, country = Россия, operator = МегаФон, "
    "region = Москва, cost = 0.00, sender_id = Магазин, status_name = Невозможно доставить, "
    "message = Привет, type = 1, ID = 2, мир, type = 0, ID = order-7, int_id = 2960418531, "
    "sms_cnt = 2, format = 0, crc = 1905437216"
)
# fmt=1 puts sender, status name and message side by side: a comma in any of them gives
# the line a second reading ("SMSC.RU,Delivered" a sender, " Hello" a status name), so the
# fmt=1 rows carry messages without one (BAD has the line with it).
SENT1 = dataclasses.replace(SENT, message="Hello world!")
FAILED1 = dataclasses.replace(FAILED, message="Привет; type = 1; ID = 2; мир")
SENT_FMT1 = (
    "1,1412921412,0,1412921410,79999999999,25001,Russia,MTS,Moscow,1.40,SMSC.RU,Delivered, "
    "Hello world!,0,1234,2960418530,1,0,0"
)
FAILED_FMT1 = (
    "20,1412996401,1,1412996400,79999999998,25002,Россия,МегаФон,Москва,0.00,Магазин,"
    "Невозможно доставить, Привет; type = 1; ID = 2; мир,0,order-7,2960418531,2,0,1905437216"
)
SENT_FMT2 = (
    "<sms>\n<status>1</status>\n<last_date>10.10.2014 10:10:12</last_date>\n"
    "<last_timestamp>1412921412</last_timestamp>\n<err>0</err>\n"
    "<send_date>10.10.2014 10:10:10</send_date>\n<send_timestamp>1412921410</send_timestamp>\n"
    "<phone>79999999999</phone>\n<cost>1.40</cost>\n<sender_id>SMSC.RU</sender_id>\n"
    "<status_name>Delivered</status_name>\n<message>Hello, world!</message>\n"
    "<mccmnc>25001</mccmnc>\n<country>Russia</country>\n<operator>MTS</operator>\n"
    "<region>Moscow</region>\n<type>0</type>\n<id>1234</id>\n<int_id>2960418530</int_id>\n"
    "<sms_cnt>1</sms_cnt>\n<format>0</format>\n<crc>0</crc>\n</sms>"
)
SENT_FMT3 = (
    '{\n"status": 1,\n"last_date": "10.10.2014 10:10:12",\n"last_timestamp": 1412921412,\n'
    '"err": 0,\n"send_date": "10.10.2014 10:10:10",\n"send_timestamp": 1412921410,\n'
    '"phone": "79999999999",\n"cost": "1.40",\n"sender_id": "SMSC.RU",\n'
    '"status_name": "Delivered",\n"message": "Hello, world!",\n"mccmnc": "25001",\n'
    '"country": "Russia",\n"operator": "MTS",\n"region": "Moscow",\n"type": 0,\n'
    '"id": 1234,\n"int_id": "2960418530",\n"sms_cnt": 1,\n"format": 0,\n"crc": 0\n}'
)


SENT_FMT2_COMPACT = SENT_FMT2.replace(">\n<", "><")
SENT_FMT3_COMPACT = (
    '{"status":1,"last_date":"10.10.2014 10:10:12","last_timestamp":1412921412,"err":0,'
    '"send_date":"10.10.2014 10:10:10","send_timestamp":1412921410,"phone":"79999999999",'
    '"cost":"1.40","sender_id":"SMSC.RU","status_name":"Delivered",'
    '"message":"Hello, world!","mccmnc":"25001","country":"Russia","operator":"MTS",'
    '"region":"Moscow","type":0,"id":1234,"int_id":"2960418530","sms_cnt":1,"format":0,'
    '"crc":0}'
)

# -- get_answers -----------------------------------------------------------------------------

ANSWER = GetAnswersReply(
    id=1234568,
    received=datetime(2014, 10, 10, 10, 10, 10),
    phone="79999999999",
    message="Yes, thanks",
    to_phone="79000000001",
    sent=datetime(2014, 10, 10, 10, 10, 8),
)
# A message holding the fields that follow it in fmt=0.
TRICKY = GetAnswersReply(
    id=1234569,
    received=datetime(2014, 10, 10, 11, 0, 0),
    phone="79999999998",
    message="Да, to_phone = 7, sent = 10.10.2014 10:10:10",
    to_phone="79000000001",
    sent=datetime(2014, 10, 10, 10, 59, 58),
)
ANSWER_FMT0 = (
    "id = 1234568, received = 10.10.2014 10:10:10, phone = 79999999999, "
    "message = Yes, thanks, to_phone = 79000000001, sent = 10.10.2014 10:10:08"
)
TRICKY_FMT0 = (
    "id = 1234569, received = 10.10.2014 11:00:00, phone = 79999999998, "
    "message = Да, to_phone = 7, sent = 10.10.2014 10:10:10, to_phone = 79000000001, "
    "sent = 10.10.2014 10:59:58"
)
# QUIRKS INC-42: fmt=1 moves the message to the end of the line.
ANSWER_FMT1 = "1234568,10.10.2014 10:10:10,79999999999,79000000001,10.10.2014 10:10:08,Yes, thanks"
TRICKY_FMT1 = (
    "1234569,10.10.2014 11:00:00,79999999998,79000000001,10.10.2014 10:59:58,"
    "Да, to_phone = 7, sent = 10.10.2014 10:10:10"
)

# -- get_stat --------------------------------------------------------------------------------

STAT = GetStatReply(login="alex", sms=120, credit=D("168.00"), debit=D("0.00"), currency="RUB")
SUB = GetStatReply(login="subalex", sms=3, credit=D("4.20"), debit=D("10.00"), currency="руб")

# -- get_price -------------------------------------------------------------------------------

# Two zones and two operator tariffs: the "..." of lines 3218-3273 filled in.
PRICES = GetPriceReply(
    zones=(
        GetPriceZone(
            zone=1,
            name="Russia",
            api=D("1.40"),
            mass=D("1.40"),
            mms=D("5.00"),
            hlr=D("0.10"),
            call=D("1.50"),
        ),
        GetPriceZone(
            zone=2,
            name="Kazakhstan",
            api=D("3.20"),
            mass=D("3.30"),
            mms=D("9.00"),
            hlr=D("0.20"),
            call=D("4.00"),
        ),
    ),
    codes=(
        GetPriceCode(mccmnc="25001", cost=D("1.20")),
        GetPriceCode(mccmnc="25099", cost=D("1.30")),
    ),
    mail=D("0.05"),
)

# -- the table -------------------------------------------------------------------------------

CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # get_messages, lines 2906-2908 (fmt=0): dates, no timestamps, key "ID" (INC-41)
    (GetMessages(), lines(SENT_FMT0, FAILED_FMT0), dates_only(SENT, FAILED), None),
    (GetMessages(cnt=10), lines(SENT_FMT0), dates_only(SENT), None),
    (GetMessages(), b"", [], None),
    # lines 2910-2912 (fmt=1): timestamps, no dates, ", " before the message (INC-41)
    (GetMessages(fmt=1), lines(SENT_FMT1, FAILED_FMT1), timestamps_only(SENT1, FAILED1), None),
    (
        GetMessages(fmt=1, charset="utf-8"),
        FAILED_FMT1.encode("utf-8"),
        timestamps_only(FAILED1),
        None,
    ),
    (
        GetMessages(fmt=1, charset="koi8-r"),
        FAILED_FMT1.encode("koi8-r"),
        timestamps_only(FAILED1),
        None,
    ),
    # lines 2914-2940 (fmt=2)
    (
        GetMessages(fmt=2),
        f"<list>\n{SENT_FMT2}\n</list>".encode(),
        [SENT],
        f"<list>{SENT_FMT2_COMPACT}</list>".encode(),
    ),
    (GetMessages(fmt=2), b"<list>\n</list>", [], b"<list/>"),
    # lines 2942-2965 (fmt=3), with the object's closing "}" the spec leaves out (INC-40):
    # int_id and mccmnc quoted, id bare
    (
        GetMessages(fmt=3),
        f"[{SENT_FMT3}]".encode(),
        [SENT],
        f"[{SENT_FMT3_COMPACT}]".encode(),
    ),
    (GetMessages(fmt=3), b"[]", [], None),
    # get_answers, lines 3041-3043 (fmt=0)
    (GetAnswers(), lines(ANSWER_FMT0, TRICKY_FMT0), [ANSWER, TRICKY], None),
    # lines 3045-3047 (fmt=1, INC-42)
    (GetAnswers(fmt=1), lines(ANSWER_FMT1, TRICKY_FMT1), [ANSWER, TRICKY], None),
    # lines 3049-3060 (fmt=2)
    (
        GetAnswers(fmt=2),
        b"<sms_answers>\n<sms>\n<id>1234568</id>\n<received>10.10.2014 10:10:10</received>\n"
        b"<phone>79999999999</phone>\n<message>Yes, thanks</message>\n"
        b"<to_phone>79000000001</to_phone>\n<sent>10.10.2014 10:10:08</sent>\n</sms>\n"
        b"</sms_answers>",
        [ANSWER],
        b"<sms_answers><sms><id>1234568</id><received>10.10.2014 10:10:10</received>"
        b"<phone>79999999999</phone><message>Yes, thanks</message>"
        b"<to_phone>79000000001</to_phone><sent>10.10.2014 10:10:08</sent></sms>"
        b"</sms_answers>",
    ),
    # lines 3062-3071 (fmt=3): only id bare; a message may hold line breaks here
    (
        GetAnswers(fmt=3, charset="utf-8"),
        '[{\n"id": 1234568,\n"received": "10.10.2014 10:10:10",\n"phone": "79999999999",\n'
        '"message": "Да,\\nспасибо",\n"to_phone": "79000000001",\n'
        '"sent": "10.10.2014 10:10:08"\n}]'.encode(),
        [dataclasses.replace(ANSWER, message="Да,\nспасибо")],
        '[{"id":1234568,"received":"10.10.2014 10:10:10","phone":"79999999999",'
        '"message":"Да,\\nспасибо","to_phone":"79000000001",'
        '"sent":"10.10.2014 10:10:08"}]'.encode(),
    ),
    # get_stat, lines 3136-3138 (fmt=0): the count under "sms" (INC-30)
    (
        GetStat(start=START),
        lines(
            "login = alex, sms = 120, credit = 168.00, debit = 0.00, currency = RUB",
            "login = subalex, sms = 3, credit = 4.20, debit = 10.00, currency = руб",
        ),
        [STAT, SUB],
        None,
    ),
    # lines 3140-3142 (fmt=1): the same slot as "<cnt>" (INC-30)
    (
        GetStat(start=START, fmt=1),
        lines("alex,120,168.00,0.00,RUB", "subalex,3,4.20,10.00,руб"),
        [STAT, SUB],
        None,
    ),
    # lines 3144-3154 (fmt=2)
    (
        GetStat(start=START, fmt=2),
        b"<list>\n<stat>\n<login>alex</login>\n<sms>120</sms>\n<credit>168.00</credit>\n"
        b"<debit>0.00</debit>\n<currency>RUB</currency>\n</stat>\n</list>",
        [STAT],
        b"<list><stat><login>alex</login><sms>120</sms><credit>168.00</credit>"
        b"<debit>0.00</debit><currency>RUB</currency></stat></list>",
    ),
    # lines 3156-3164 (fmt=3): every value quoted, the count too
    (
        GetStat(start=START, fmt=3),
        b'[{\n"login": "alex",\n"sms": "120",\n"credit": "168.00",\n"debit": "0.00",\n'
        b'"currency": "RUB"\n},\n{\n"login": "subalex",\n"sms": "3",\n"credit": "4.20",\n'
        b'"debit": "10.00",\n"currency": "\\u0440\\u0443\\u0431"\n}]',
        [STAT, SUB],
        '[{"login":"alex","sms":"120","credit":"168.00","debit":"0.00","currency":"RUB"},'
        '{"login":"subalex","sms":"3","credit":"4.20","debit":"10.00","currency":"руб"}]'.encode(
            "windows-1251"
        ),
    ),
    # numbers read bare too (QUIRKS INC-71)
    (
        GetStat(start=START, fmt=3),
        b'[{"login":"alex","sms":120,"credit":168.00,"debit":0,"currency":"RUB"}]',
        [dataclasses.replace(STAT, credit=D("168.0"), debit=D("0"))],
        b'[{"login":"alex","sms":"120","credit":"168.0","debit":"0","currency":"RUB"}]',
    ),
    # get_price, lines 3217-3225 (fmt=0): zone lines, a blank line, the operator tariffs,
    # a blank line, the mail line
    (
        GetPrice(),
        b"zone = 1, name = Russia, api = 1.40, mass = 1.40, mms = 5.00, hlr = 0.10, call = 1.50\n"
        b"zone = 2, name = Kazakhstan, api = 3.20, mass = 3.30, mms = 9.00, hlr = 0.20, "
        b"call = 4.00\n\nmccmnc = 25001, cost = 1.20\nmccmnc = 25099, cost = 1.30\n\n"
        b"mail = 0.05",
        PRICES,
        None,
    ),
    # lines 3227-3234 (fmt=1)
    (
        GetPrice(fmt=1),
        b"1,Russia,1.40,1.40,5.00,0.10,1.50\n2,Kazakhstan,3.20,3.30,9.00,0.20,4.00\n\n"
        b"25001,1.20\n25099,1.30\n\n0.05",
        PRICES,
        None,
    ),
    # lines 3236-3247 (fmt=2)
    (
        GetPrice(fmt=2),
        b'<price>\n<zones>\n<zone name="Russia" api="1.40" mass="1.40" mms="5.00" hlr="0.10" '
        b'call="1.50">1</zone>\n<zone name="Kazakhstan" api="3.20" mass="3.30" mms="9.00" '
        b'hlr="0.20" call="4.00">2</zone>\n</zones>\n<codes>\n'
        b'<mccmnc cost="1.20">25001</mccmnc>\n<mccmnc cost="1.30">25099</mccmnc>\n</codes>\n'
        b"<mail>0.05</mail>\n</price>",
        PRICES,
        b'<price><zones><zone name="Russia" api="1.40" mass="1.40" mms="5.00" hlr="0.10" '
        b'call="1.50">1</zone><zone name="Kazakhstan" api="3.20" mass="3.30" mms="9.00" '
        b'hlr="0.20" call="4.00">2</zone></zones><codes><mccmnc cost="1.20">25001</mccmnc>'
        b'<mccmnc cost="1.30">25099</mccmnc></codes><mail>0.05</mail></price>',
    ),
    # lines 3249-3273 (fmt=3): every value quoted
    (
        GetPrice(fmt=3),
        b'{\n"zones": [{\n"zone": "1",\n"name": "Russia",\n"api": "1.40",\n"mass": "1.40",\n'
        b'"mms": "5.00",\n"hlr": "0.10",\n"call": "1.50"\n},\n{\n"zone": "2",\n'
        b'"name": "Kazakhstan",\n"api": "3.20",\n"mass": "3.30",\n"mms": "9.00",\n'
        b'"hlr": "0.20",\n"call": "4.00"\n}],\n"codes": [{\n"mccmnc": "25001",\n'
        b'"cost": "1.20"\n},\n{\n"mccmnc": "25099",\n"cost": "1.30"\n}],\n"mail": "0.05"\n}',
        PRICES,
        b'{"zones":[{"zone":"1","name":"Russia","api":"1.40","mass":"1.40","mms":"5.00",'
        b'"hlr":"0.10","call":"1.50"},{"zone":"2","name":"Kazakhstan","api":"3.20",'
        b'"mass":"3.30","mms":"9.00","hlr":"0.20","call":"4.00"}],"codes":[{"mccmnc":"25001",'
        b'"cost":"1.20"},{"mccmnc":"25099","cost":"1.30"}],"mail":"0.05"}',
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


# -- errors ----------------------------------------------------------------------------------

ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # lines 2879-2894
    (
        GetMessages(),
        b"ERROR = 3 (message not found)",
        sp.GatewayError(3, "message not found"),
        None,
    ),
    (
        GetAnswers(charset="koi8-r"),
        "ERROR = 2 (неверный логин)".encode("koi8-r"),
        sp.GatewayError(2, "неверный логин"),
        None,
    ),
    (GetMessages(fmt=1), b"0,-3", sp.GatewayError(3, "Message not found."), None),
    (GetStat(start=START, fmt=1), b"0,-1", sp.GatewayError(1, "Error in parameters."), None),
    (
        GetAnswers(fmt=1),
        b"0,-4",
        sp.GatewayError(4, "The IP address is temporarily blocked."),
        None,
    ),
    # error 9 is worded per action: fmt=1 carries no words, the action's table does
    (GetStat(start=START, fmt=1), b"0,-9", sp.GatewayError(9, GET_STAT_ERRORS[9]), None),
    (
        GetMessages(fmt=1),
        b"0,-9",
        sp.GatewayError(9, GET_MESSAGES_ERRORS[9]),
        None,
    ),
    (
        GetStat(start=START, fmt=2),
        b"<result>\n<error>duplicate request</error>\n<error_code>9</error_code>\n</result>",
        sp.GatewayError(9, "duplicate request"),
        b"<result><error>duplicate request</error><error_code>9</error_code></result>",
    ),
    (
        GetAnswers(fmt=3),
        b'{\n"error": "parameters",\n"error_code": 1\n}',
        sp.GatewayError(1, "parameters"),
        b'{"error":"parameters","error_code":1}',
    ),
    # get_messages, lines 2884-2894 (fmt=2, fmt=3)
    (
        GetMessages(fmt=2),
        b"<result>\n<error>message not found</error>\n<error_code>3</error_code>\n</result>",
        sp.GatewayError(3, "message not found"),
        b"<result><error>message not found</error><error_code>3</error_code></result>",
    ),
    (
        GetMessages(fmt=3),
        b'{\n"error": "invalid login",\n"error_code": 2\n}',
        sp.GatewayError(2, "invalid login"),
        b'{"error":"invalid login","error_code":2}',
    ),
    # get_answers, lines 3020-3024 (fmt=2)
    (
        GetAnswers(fmt=2),
        b"<result>\n<error>IP blocked</error>\n<error_code>4</error_code>\n</result>",
        sp.GatewayError(4, "IP blocked"),
        b"<result><error>IP blocked</error><error_code>4</error_code></result>",
    ),
    # get_stat, line 3110 (fmt=0) and lines 3121-3125 (fmt=3)
    (
        GetStat(start=START),
        b"ERROR = 2 (invalid login)",
        sp.GatewayError(2, "invalid login"),
        None,
    ),
    (
        GetStat(start=START, fmt=3),
        b'{\n"error": "parameters",\n"error_code": 1\n}',
        sp.GatewayError(1, "parameters"),
        b'{"error":"parameters","error_code":1}',
    ),
    # get_price, lines 3191-3206
    (GetPrice(), b"ERROR = 1 (parameters)", sp.GatewayError(1, "parameters"), None),
    (GetPrice(fmt=1), b"0,-9", sp.GatewayError(9, GET_PRICE_ERRORS[9]), None),
    (
        GetPrice(fmt=2),
        b"<result>\n<error>IP blocked</error>\n<error_code>4</error_code>\n</result>",
        sp.GatewayError(4, "IP blocked"),
        b"<result><error>IP blocked</error><error_code>4</error_code></result>",
    ),
    (
        GetPrice(fmt=3),
        b'{\n"error": "invalid login",\n"error_code": 2\n}',
        sp.GatewayError(2, "invalid login"),
        b'{"error":"invalid login","error_code":2}',
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Command, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Command, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


def test_error_tables() -> None:
    # One table per action, keyed as the spec's error index keys them.
    assert ERROR_TABLES["get.php/get_messages"] == GET_MESSAGES_ERRORS
    assert ERROR_TABLES["get.php/get_price"] == GET_PRICE_ERRORS
    assert "get.php" not in ERROR_TABLES
    assert error_meaning("get.php/get_messages", 3) == "Message not found."
    assert error_meaning("get.php/get_answers", 3) is None
    # Three wordings of error 9; get_stat's is get_answers' (QUIRKS INC-43).
    assert GET_STAT_ERRORS == GET_ANSWERS_ERRORS
    assert GET_STAT_ERRORS[9].startswith("Attempt to send more than three identical requests")
    assert "incoming messages" in GET_STAT_ERRORS[9]
    assert "history of outgoing messages" in GET_MESSAGES_ERRORS[9]
    assert "list of fares" in GET_PRICE_ERRORS[9]
    assert sorted(GET_PRICE_ERRORS) == sorted(GET_ANSWERS_ERRORS) == [1, 2, 4, 9]


# -- refusals --------------------------------------------------------------------------------

BAD: list[tuple[Command, bytes, str]] = [
    # a message with a line break cannot travel in a fmt=1 line-per-record reply
    (
        GetMessages(fmt=1),
        lines(SENT_FMT1.replace("Hello world!", "Hello\nworld!")),
        "does not have the form",
    ),
    # a comma in the message: "SMSC.RU,Delivered" could be the sender and " Hello" the
    # status name -- refused (it was read as the message "Hello, world!")
    (
        GetMessages(fmt=1),
        lines(SENT_FMT1.replace("Hello world!", "Hello, world!")),
        "sender_id could end at more than one ','",
    ),
    (GetAnswers(fmt=1), lines(ANSWER_FMT1, "and more"), "does not have the form '{id},"),
    # fmt=1 without the printed space before the message (INC-41)
    (
        GetMessages(fmt=1),
        SENT_FMT1.replace("Delivered, Hello", "Delivered,Hello").encode(),
        "does not have the form",
    ),
    # a comma in a name next to another name: either could end there
    (
        GetMessages(fmt=1),
        SENT_FMT1.replace("Moscow", "Moscow, Moscow region").encode(),
        "country could end at more than one ','",
    ),
    (GetMessages(), SENT_FMT0.replace("10.10.2014 10:10:12", "2014-10-10").encode(), "form"),
    (GetMessages(), SENT_FMT0.replace("crc = 0", "crc = 0x1").encode(), "does not have the form"),
    (GetMessages(fmt=2), b"<list><stat/></list>", "<list> holds only <sms>"),
    (GetMessages(fmt=2), f"<result>{SENT_FMT2}</result>".encode(), "root element must be <list>"),
    (
        GetMessages(fmt=2),
        f"<list>{SENT_FMT2.replace('<crc>0</crc>', '')}</list>".encode(),
        "<sms> lacks crc",
    ),
    (
        GetMessages(fmt=2),
        f"<list>{SENT_FMT2.replace('<crc>0</crc>', '<crc>0</crc><comment/>')}</list>".encode(),
        "has no element <comment>",
    ),
    (GetMessages(fmt=3), SENT_FMT3.encode(), "must be a JSON array of records"),
    (GetMessages(fmt=3), b'[{"status": 1}]', "lacks last_date"),
    (
        GetMessages(fmt=3),
        ("[" + SENT_FMT3.replace('"int_id": "2960418530"', '"int_id": 0') + "]").encode(),
        "int_id: must be 1..",
    ),
    (
        GetMessages(fmt=3),
        ("[" + SENT_FMT3.replace('"crc": 0', '"crc": 0, "comment": ""') + "]").encode(),
        "unknown key 'comment'",
    ),
    (GetAnswers(), ANSWER_FMT0.replace("id = 1234568", "id = 0").encode(), "id: must be 1.."),
    (GetAnswers(fmt=1), b"1,10.10.2014 25:00:00,7,7,10.10.2014 10:10:10,x", "not a valid"),
    (GetStat(start=START, fmt=1), b"alex,many,1.00,0.00,RUB", "does not have the form"),
    (GetStat(start=START, fmt=1), b"alex,1,1.00,0.00,", "does not have the form"),
    (GetStat(start=START, fmt=3), b'{"login": "alex"}', "must be a JSON array of records"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_line_breaks_in_fmt_0_not_in_fmt_1() -> None:
    # fmt=0 records start with their first key ("id = "): a message may span lines. fmt=1
    # records start with a value, so a line break there could start a record: refused.
    reply = [dataclasses.replace(ANSWER, message="Да,\nспасибо"), ANSWER]
    body = sp.encode_response(GetAnswers(), reply)
    assert sp.decode_response(GetAnswers(), body) == reply
    with pytest.raises(sp.LocalProtocolError, match="holds a line break"):
        sp.encode_response(GetAnswers(fmt=1), reply)
    starts_a_record = [dataclasses.replace(ANSWER, message="Да\nid = 5")]
    with pytest.raises(sp.LocalProtocolError, match="would start a record"):
        sp.encode_response(GetAnswers(), starts_a_record)


def test_a_fmt0_message_may_span_lines() -> None:
    body = SENT_FMT0.replace("Hello, world!", "Hello,\nworld!").encode()
    (record,) = sp.decode_response(GetMessages(), body)
    assert record.message == "Hello,\nworld!"


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match=r"login: .* holds a line break"):
        sp.encode_response(GetStat(start=START), [dataclasses.replace(STAT, login="a\nb")])
    # a fmt=0 reply has no timestamps to write in fmt=1
    with pytest.raises(sp.LocalProtocolError, match="last_timestamp: is required"):
        sp.encode_response(GetMessages(fmt=1), dates_only(SENT))
    with pytest.raises(sp.LocalProtocolError, match="reply: must be a list of GetStatReply"):
        sp.encode_response(GetStat(start=START), STAT)  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match="reply: must be a GetAnswersReply"):
        sp.encode_response(GetAnswers(), [STAT])  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 1 of get\.php names no message"):
        sp.encode_error(GetAnswers(), sp.GatewayError(1, "x", id=5))


# Spec (lines 3216-3273): every form of the get_price reply, filled in as printed.
PRICE_BODIES = [
    (
        0,
        b"zone = 1, name = Russia, api = 1.40, mass = 1.40, mms = 5.00, hlr = 0.10, "
        b"call = 1.50\n\nmccmnc = 25001, cost = 1.20\n\nmail = 0.05",
    ),
    (1, b"1,Russia,1.40,1.40,5.00,0.10,1.50\n\n25001,1.20\n\n0.05"),
    (
        2,
        b'<price>\n<zones>\n<zone name="Russia" api="1.40" mass="1.40" mms="5.00" hlr="0.10" '
        b'call="1.50">1</zone>\n</zones>\n<codes>\n<mccmnc cost="1.20">25001</mccmnc>\n'
        b"</codes>\n<mail>0.05</mail>\n</price>",
    ),
    (
        3,
        b'{\n"zones": [{\n"zone": "1",\n"name": "Russia",\n"api": "1.40",\n"mass": "1.40",\n'
        b'"mms": "5.00",\n"hlr": "0.10",\n"call": "1.50"\n}],\n"codes": [{\n"mccmnc": "25001",'
        b'\n"cost": "1.20"\n}],\n"mail": "0.05"\n}',
    ),
]


PRICE = GetPriceReply(
    zones=(
        GetPriceZone(
            zone=1,
            name="Russia",
            api=D("1.40"),
            mass=D("1.40"),
            mms=D("5.00"),
            hlr=D("0.10"),
            call=D("1.50"),
        ),
    ),
    codes=(GetPriceCode(mccmnc="25001", cost=D("1.20")),),
    mail=D("0.05"),
)


@pytest.mark.parametrize(("fmt", "body"), PRICE_BODIES)
def test_get_price_decodes_every_form(fmt: int, body: bytes) -> None:
    assert sp.decode_response(GetPrice(fmt=fmt), body) == PRICE
    written = sp.encode_response(GetPrice(fmt=fmt), PRICE)
    assert written == (body if fmt in (0, 1) else written)
    assert sp.decode_response(GetPrice(fmt=fmt), written) == PRICE


def test_get_price_without_operator_tariffs() -> None:
    # "if there are set individual tariffs for certain operators, a set of lines is
    # added": without them the block is left out (fmt=0/1) or the element/key (fmt=2/3).
    plain = dataclasses.replace(PRICE, codes=None)
    body = PRICE_BODIES[0][1].replace(b"mccmnc = 25001, cost = 1.20\n\n", b"")
    assert sp.decode_response(GetPrice(), body) == plain
    for fmt in (0, 1, 2, 3):
        command = GetPrice(fmt=fmt)
        assert sp.decode_response(command, sp.encode_response(command, plain)) == plain


@pytest.mark.parametrize(
    ("fmt", "body", "match"),
    [
        (0, b"mail = 0.05", "1 blocks of lines; this reply has 2 to 3"),
        (1, b"1,R,1,1,1,1,1\n\n25001,1\n\n25002,1\n\n0.05", "4 blocks"),
        (1, b"1,R,1,1,1,1,1\n0.05", "1 blocks of lines"),
        (1, b"1,R,1,1,1,1\n\n0.05", "does not have the form"),
        (2, b"<price><zones/><mail>x</mail></price>", "mail: must be a decimal number"),
        (3, b'{"zones": [], "mail": "0.05", "x": 1}', "unknown key 'x'"),
    ],
)
def test_get_price_refuses(fmt: int, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(GetPrice(fmt=fmt), body)


@given(get_price_replies())
def test_get_price_round_trip(model: GetPriceReply) -> None:
    assert_reply_round_trip(GetPrice(), model)


# -- properties ------------------------------------------------------------------------------


@given(get_messages_replies())
def test_get_messages_round_trip(records: list[GetMessagesReply]) -> None:
    assert_reply_round_trip(GetMessages(), records, (0, 1, 2, 3))


@given(get_answers_replies())
def test_get_answers_round_trip(records: list[GetAnswersReply]) -> None:
    assert_reply_round_trip(GetAnswers(), records, (0, 1, 2, 3))


@given(get_stat_replies())
def test_get_stat_round_trip(records: list[GetStatReply]) -> None:
    assert_reply_round_trip(GetStat(start=START), records, (0, 1, 2, 3))


@given(get_messages_replies(line_breaks=True), get_answers_replies(line_breaks=True))
def test_line_breaks_round_trip_in_fmt_0_2_and_3(
    sent: list[GetMessagesReply], answers: list[GetAnswersReply]
) -> None:
    assume(all("\nStatus = " not in r.message for r in sent if r.message))
    assume(all("\nid = " not in r.message for r in answers if r.message))
    assert_reply_round_trip(GetMessages(), sent, (0, 2, 3))
    assert_reply_round_trip(GetAnswers(), answers, (0, 2, 3))


@given(get_messages_replies(max_size=1), st.sampled_from([0, 1]))
def test_fmt_0_and_1_carry_what_fmt_3_carries_but_one_kind_of_time(
    records: list[GetMessagesReply], fmt: int
) -> None:
    cmd = GetMessages(fmt=fmt)
    try:
        body = sp.encode_response(cmd, records)
    except sp.LocalProtocolError as exc:
        refusal: str | None = str(exc)
    else:
        refusal = None
    if refusal is not None:
        # fmt=1: a comma in the message gives the line a second reading (SENT_FMT1).
        assert fmt == 1, refusal
        assert AMBIGUOUS in refusal, refusal
        return
    decoded = sp.decode_response(cmd, body)
    expected = dates_only(*records) if fmt == 0 else timestamps_only(*records)
    assert decoded == expected


COMMANDS = [GetMessages(), GetAnswers(), GetStat(start=START)]


@given(
    st.sampled_from(COMMANDS),
    st.sampled_from([0, 1, 2, 3]),
    st.binary(max_size=300) | st.sampled_from(CASES).map(lambda case: case[1][:-1]),
)
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(dataclasses.replace(command, fmt=fmt), body)
