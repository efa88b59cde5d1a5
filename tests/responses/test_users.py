"""users.php replies (add, chg, pay, get_stat, get_stat_all) and error replies.

Bodies are the spec's templates (lines 2394-2527) with the placeholders filled in, laid
out as printed ("..." is a second record); a fourth element is the canonical body the
encoder writes when it differs.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    UsersAdd,
    UsersChange,
    UsersGetStat,
    UsersGetStatAll,
    UsersPay,
)
from smsc_proto.responses import (
    UsersAddReply,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
)
from smsc_proto.strategies import (
    users_add_replies,
    users_change_replies,
    users_get_stat_all_replies,
    users_get_stat_replies,
    users_pay_replies,
)

from .conftest import assert_reply_round_trip

D = Decimal
ADD = UsersAdd(user="mylogin", password="mypassword")
CHG = UsersChange(user="mylogin", new_login="mylogin2")
PAY = UsersPay(user="mylogin", sum=D("100.00"))
STAT = UsersGetStat(user="sub_alex")
STAT_ALL = UsersGetStatAll(start=date(2014, 1, 1), reseller=True)


def fmt(command: Command, value: int, charset: str | None = None) -> Any:
    return dataclasses.replace(command, fmt=value, charset=charset)


NEW = UsersAddReply(id=12345)
OK = UsersOkReply(result="OK")
STATS = [
    UsersGetStatReply(
        login="sub_alex", sms=120, credit=D("150.00"), debit=D("12.30"), currency="RUB"
    ),
    UsersGetStatReply(login="sub_bob", sms=0, credit=D("0.00"), debit=D("0.00"), currency="KZT"),
]
STATS_ALL = [
    UsersGetStatAllReply(
        login="sub_alex",
        description="SMS messages",
        operator="MTS",
        mccmnc="25001",
        sms=100,
        credit=D("120.00"),
        debit=D("0.00"),
        currency="RUB",
    ),
    UsersGetStatAllReply(
        login="sub_alex",
        description="HLR requests, Russia",
        operator="Beeline",
        mccmnc="25099",
        sms=20,
        credit=D("30.00"),
        debit=D("0.00"),
        currency="RUB",
    ),
]
CYRILLIC = [UsersGetStatReply(login="саша", sms=3, credit=D("4.50"), debit=D("0"), currency="руб")]

CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # -- add: lines 2428-2441
    # line 2429: "when fmt = 0: ID = <id>"
    (ADD, b"ID = 12345", NEW, None),
    (fmt(ADD, 0), b"ID = 12345", NEW, None),
    # line 2431: "when fmt = 1: <id>"
    (fmt(ADD, 1), b"12345", NEW, None),
    # lines 2433-2436, QUIRKS INC-29: "<user" read as the start tag <user>
    (fmt(ADD, 2), b"<user>\n<id>12345</id>\n</user>", NEW, b"<user><id>12345</id></user>"),
    # lines 2438-2441: the id bare
    (fmt(ADD, 3), b'{\n"id": 12345\n}', NEW, b'{"id":12345}'),
    # -- chg: lines 2445-2454
    (CHG, b"OK", OK, None),
    (fmt(CHG, 1), b"OK", OK, None),
    (fmt(CHG, 2), b"<result>OK</result>", OK, None),
    (fmt(CHG, 3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    # -- pay: QUIRKS INC-32, read as chg's
    (fmt(PAY, 0), b"OK", OK, None),
    (fmt(PAY, 1), b"OK\r\n", OK, b"OK"),
    (fmt(PAY, 2), b"<result>OK</result>", OK, None),
    (fmt(PAY, 3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    # -- get_stat
    # lines 2458-2460
    (
        fmt(STAT, 0),
        b"login = sub_alex, sms = 120, credit = 150.00, debit = 12.30, currency = RUB\n"
        b"login = sub_bob, sms = 0, credit = 0.00, debit = 0.00, currency = KZT",
        STATS,
        None,
    ),
    # lines 2466-2468
    (
        fmt(STAT, 1),
        b"sub_alex,120,150.00,12.30,RUB\nsub_bob,0,0.00,0.00,KZT",
        STATS,
        None,
    ),
    # lines 2474-2484
    (
        fmt(STAT, 2),
        b"<list>\n<stat>\n<login>sub_alex</login>\n<sms>120</sms>\n<credit>150.00</credit>\n"
        b"<debit>12.30</debit>\n<currency>RUB</currency>\n</stat>\n"
        b"<stat>\n<login>sub_bob</login>\n<sms>0</sms>\n<credit>0.00</credit>\n"
        b"<debit>0.00</debit>\n<currency>KZT</currency>\n</stat>\n</list>",
        STATS,
        b"<list><stat><login>sub_alex</login><sms>120</sms><credit>150.00</credit>"
        b"<debit>12.30</debit><currency>RUB</currency></stat>"
        b"<stat><login>sub_bob</login><sms>0</sms><credit>0.00</credit>"
        b"<debit>0.00</debit><currency>KZT</currency></stat></list>",
    ),
    # lines 2503-2511: every value quoted
    (
        fmt(STAT, 3),
        b'[{\n"login": "sub_alex",\n"sms": "120",\n"credit": "150.00",\n"debit": "12.30",\n'
        b'"currency": "RUB"\n},\n{\n"login": "sub_bob",\n"sms": "0",\n"credit": "0.00",\n'
        b'"debit": "0.00",\n"currency": "KZT"\n}]',
        STATS,
        b'[{"login":"sub_alex","sms":"120","credit":"150.00","debit":"12.30","currency":"RUB"},'
        b'{"login":"sub_bob","sms":"0","credit":"0.00","debit":"0.00","currency":"KZT"}]',
    ),
    # QUIRKS INC-71: numbers read bare too
    (
        fmt(STAT, 3),
        b'[{"login": "sub_bob", "sms": 0, "credit": 0.0, "debit": 0, "currency": "KZT"}]',
        [UsersGetStatReply(login="sub_bob", sms=0, credit=D("0.0"), debit=D(0), currency="KZT")],
        b'[{"login":"sub_bob","sms":"0","credit":"0.0","debit":"0","currency":"KZT"}]',
    ),
    # a login holding the separators still reads one way (the other values hold no comma)
    (
        fmt(STAT, 0),
        b"login = a, sms = 1, b, sms = 2, credit = 1.00, debit = 0.00, currency = RUB",
        [
            UsersGetStatReply(
                login="a, sms = 1, b", sms=2, credit=D("1.00"), debit=D("0.00"), currency="RUB"
            )
        ],
        None,
    ),
    # Cyrillic in each charset
    (
        fmt(STAT, 0),
        "login = саша, sms = 3, credit = 4.50, debit = 0, currency = руб".encode("cp1251"),
        CYRILLIC,
        None,
    ),
    (fmt(STAT, 1, "koi8-r"), "саша,3,4.50,0,руб".encode("koi8-r"), CYRILLIC, None),
    (
        fmt(STAT, 3, "utf-8"),
        '[{"login":"саша","sms":"3","credit":"4.50","debit":"0","currency":"руб"}]'.encode(),
        CYRILLIC,
        None,
    ),
    # no records: an empty body, list or array
    (fmt(STAT, 0), b"", [], None),
    (fmt(STAT, 2), b"<list>\n</list>", [], b"<list/>"),
    (fmt(STAT, 3), b"[]", [], None),
    # -- get_stat_all
    # lines 2462-2464
    (
        fmt(STAT_ALL, 0),
        b"login = sub_alex, description = SMS messages, operator = MTS, mccmnc = 25001, "
        b"sms = 100, credit = 120.00, debit = 0.00, currency = RUB\n"
        b"login = sub_alex, description = HLR requests, Russia, operator = Beeline, "
        b"mccmnc = 25099, sms = 20, credit = 30.00, debit = 0.00, currency = RUB",
        STATS_ALL,
        None,
    ),
    # lines 2470-2472; fmt=1 puts login, operation name and operator side by side, so a
    # comma in any of them is refused (BAD) and these names hold none
    (
        fmt(STAT_ALL, 1),
        b"sub_alex,SMS messages,MTS,25001,100,120.00,0.00,RUB\n"
        b"sub_alex,HLR requests Russia,Beeline,25099,20,30.00,0.00,RUB",
        [STATS_ALL[0], dataclasses.replace(STATS_ALL[1], description="HLR requests Russia")],
        None,
    ),
    (
        fmt(STAT_ALL, 1, "koi8-r"),
        "саша,СМС,МТС,25001,1,1.40,0.00,руб".encode("koi8-r"),
        [
            UsersGetStatAllReply(
                login="саша",
                description="СМС",
                operator="МТС",
                mccmnc="25001",
                sms=1,
                credit=D("1.40"),
                debit=D("0.00"),
                currency="руб",
            )
        ],
        None,
    ),
    # lines 2486-2501 (fmt=2): the records grouped by sub-client, <user login> and <item>s
    # (QUIRKS INC-31), decoded to the flat records
    (
        fmt(STAT_ALL, 2),
        b'<list>\n<user login="sub_alex">\n<item>\n<description>SMS messages</description>\n'
        b"<operator>MTS</operator>\n<mccmnc>25001</mccmnc>\n<sms>100</sms>\n"
        b"<credit>120.00</credit>\n<debit>0.00</debit>\n<currency>RUB</currency>\n</item>\n"
        b"<item>\n<description>HLR requests, Russia</description>\n<operator>Beeline</operator>\n"
        b"<mccmnc>25099</mccmnc>\n<sms>20</sms>\n<credit>30.00</credit>\n<debit>0.00</debit>\n"
        b"<currency>RUB</currency>\n</item>\n</user>\n"
        b'<user login="sub_bob">\n<item>\n<description>SMS messages</description>\n'
        b"<operator>MTS</operator>\n<mccmnc>25001</mccmnc>\n<sms>100</sms>\n"
        b"<credit>120.00</credit>\n<debit>0.00</debit>\n<currency>RUB</currency>\n</item>\n"
        b"</user>\n</list>",
        [*STATS_ALL, dataclasses.replace(STATS_ALL[0], login="sub_bob")],
        b'<list><user login="sub_alex"><item><description>SMS messages</description>'
        b"<operator>MTS</operator><mccmnc>25001</mccmnc><sms>100</sms><credit>120.00</credit>"
        b"<debit>0.00</debit><currency>RUB</currency></item><item>"
        b"<description>HLR requests, Russia</description><operator>Beeline</operator>"
        b"<mccmnc>25099</mccmnc><sms>20</sms><credit>30.00</credit><debit>0.00</debit>"
        b'<currency>RUB</currency></item></user><user login="sub_bob"><item>'
        b"<description>SMS messages</description><operator>MTS</operator><mccmnc>25001</mccmnc>"
        b"<sms>100</sms><credit>120.00</credit><debit>0.00</debit><currency>RUB</currency>"
        b"</item></user></list>",
    ),
    # lines 2513-2527 (fmt=3): {"login", "items": [...]} per sub-client, every value quoted
    (
        fmt(STAT_ALL, 3),
        b'[{\n"login": "sub_alex",\n"items": [{\n"description": "SMS messages",\n'
        b'"operator": "MTS",\n"mccmnc": "25001",\n"sms": "100",\n"credit": "120.00",\n'
        b'"debit": "0.00",\n"currency": "RUB"\n},\n{\n"description": "HLR requests, Russia",\n'
        b'"operator": "Beeline",\n"mccmnc": "25099",\n"sms": "20",\n"credit": "30.00",\n'
        b'"debit": "0.00",\n"currency": "RUB"\n}]\n},\n{\n"login": "sub_bob",\n"items": [{\n'
        b'"description": "SMS messages",\n"operator": "MTS",\n"mccmnc": "25001",\n'
        b'"sms": "100",\n"credit": "120.00",\n"debit": "0.00",\n"currency": "RUB"\n}]\n}]',
        [*STATS_ALL, dataclasses.replace(STATS_ALL[0], login="sub_bob")],
        b'[{"login":"sub_alex","items":[{"description":"SMS messages","operator":"MTS",'
        b'"mccmnc":"25001","sms":"100","credit":"120.00","debit":"0.00","currency":"RUB"},'
        b'{"description":"HLR requests, Russia","operator":"Beeline","mccmnc":"25099",'
        b'"sms":"20","credit":"30.00","debit":"0.00","currency":"RUB"}]},'
        b'{"login":"sub_bob","items":[{"description":"SMS messages","operator":"MTS",'
        b'"mccmnc":"25001","sms":"100","credit":"120.00","debit":"0.00","currency":"RUB"}]}]',
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


# Spec (lines 2394-2410) with the codes of lines 2413-2424.
ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    (ADD, b"ERROR = 8 (error saving)", sp.GatewayError(8, "error saving"), None),
    (
        fmt(CHG, 0, "koi8-r"),
        "ERROR = 6 (субклиент не найден)".encode("koi8-r"),
        sp.GatewayError(6, "субклиент не найден"),
        None,
    ),
    (fmt(PAY, 1), b"0,-10", sp.GatewayError(10, "Insufficient funds for crediting."), None),
    (fmt(STAT, 1), b"0,-3", sp.GatewayError(3, "No records found."), None),
    (
        fmt(STAT_ALL, 1),
        b"0,-7",
        sp.GatewayError(
            7,
            "A sublogin that shares a balance with the main account is specified, or the "
            "balance2=1 parameter is not specified in the request for an operation with an "
            "electronic balance.",
        ),
        None,
    ),
    (
        fmt(ADD, 2),
        b"<result>\n<error>duplicate login</error>\n<error_code>5</error_code>\n</result>",
        sp.GatewayError(5, "duplicate login"),
        b"<result><error>duplicate login</error><error_code>5</error_code></result>",
    ),
    # get_stat_all's error replies are read in every fmt, nested success forms or not
    (
        fmt(STAT_ALL, 2),
        b"<result><error>no records</error><error_code>3</error_code></result>",
        sp.GatewayError(3, "no records"),
        None,
    ),
    (
        fmt(STAT_ALL, 3),
        b'{"error": "too many requests", "error_code": 9}',
        sp.GatewayError(9, "too many requests"),
        b'{"error":"too many requests","error_code":9}',
    ),
    (
        fmt(STAT, 3, "utf-8"),
        '{\n"error": "нет записей",\n"error_code": 3\n}'.encode(),
        sp.GatewayError(3, "нет записей"),
        '{"error":"нет записей","error_code":3}'.encode(),
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


BAD: list[tuple[Command, bytes, str]] = [
    (ADD, b"ID - 12345", "does not have the form 'ID = {id}'"),
    (ADD, b"ID = 0", "id: must be 1..2147483647, got 0"),
    (fmt(ADD, 1), b"12345,1", "does not have the form '{id}'"),
    # QUIRKS INC-29: the spec's "<user" as printed is no XML
    (fmt(ADD, 2), b"<user\n<id>12345</id>\n</user>", "body:"),
    (fmt(ADD, 2), b"<result><id>12345</id></result>", "root element must be <user>"),
    (fmt(ADD, 3), b'{"id": "x"}', "id: must be an integer"),
    (CHG, b"FAIL", "does not have the form '{result}'"),
    (fmt(CHG, 2), b"<result>NO</result>", "result: must be one of OK, got 'NO'"),
    (fmt(PAY, 3), b'{"result": "ok"}', "result: must be one of OK"),
    (fmt(PAY, 3), b'{"result": "OK", "balance": "1"}', "unknown key 'balance'"),
    (fmt(STAT, 0), b"login = a, sms = 1, credit = 1.00, debit = 0.00", "does not have the form"),
    (fmt(STAT, 0), b"login = , sms = 1, credit = 1, debit = 0, currency = R", "does not have"),
    (fmt(STAT, 1), b"a,1,1.00,0.00,R B", "does not have the form"),
    (fmt(STAT, 1), b"a,1,1.00,0.00,RUB\n\n", "does not have the form"),
    (fmt(STAT, 1), b"a,x,1.00,0.00,RUB", "does not have the form"),
    (fmt(STAT, 2), b"<list><user><login>a</login></user></list>", "<list> holds only <stat>"),
    (
        fmt(STAT, 2),
        b"<list><stat><login>a</login><sms>1</sms><credit>1</credit><debit>0</debit></stat></list>",
        "lacks currency",
    ),
    (fmt(STAT, 3), b'{"login": "a"}', "must be a JSON array of records"),
    (
        fmt(STAT, 3),
        b'[{"login":"a","cnt":"1","credit":"1","debit":"0","currency":"RUB"}]',
        "unknown key 'cnt'",
    ),
    # fmt=1: "SMS,MegaFon, PJSC" is the name "SMS" and the operator "MegaFon, PJSC" or
    # the name "SMS,MegaFon" and the operator " PJSC" (it was read the second way)
    (
        fmt(STAT_ALL, 1),
        b"sub1,SMS,MegaFon, PJSC,25002,1,1.00,0.00,RUB",
        "can be read more than one way",
    ),
    (
        fmt(STAT_ALL, 1),
        b"sub_alex,HLR requests, Russia,Beeline,25099,20,30.00,0.00,RUB",
        "can be read more than one way",
    ),
    (fmt(STAT_ALL, 1), b"a,d,MTS,x,1,1.00,0.00,RUB", "does not have the form"),
    (fmt(STAT_ALL, 1), b"a,d,MTS,25001,1,1.00,0.00", "does not have the form"),
    (STAT, b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
    (fmt(STAT, 0), b"ERROR = x", "does not have the form|fits no reply form"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


# Spec (lines 2486-2501 and 2513-2527): the records grouped under each sub-client.
NESTED = [
    (
        2,
        b'<list>\n<user login="sub_alex">\n<item>\n<description>SMS</description>\n'
        b"<operator>MTS</operator>\n<mccmnc>25001</mccmnc>\n<sms>1</sms>\n"
        b"<credit>1.00</credit>\n<debit>0.00</debit>\n<currency>RUB</currency>\n"
        b"</item>\n</user>\n</list>",
        b'<list><user login="sub_alex"><item><description>SMS</description>'
        b"<operator>MTS</operator><mccmnc>25001</mccmnc><sms>1</sms>"
        b"<credit>1.00</credit><debit>0.00</debit><currency>RUB</currency>"
        b"</item></user></list>",
    ),
    (
        3,
        b'[{\n"login": "sub_alex",\n"items": [{\n"description": "SMS",\n"operator": "MTS",\n'
        b'"mccmnc": "25001",\n"sms": "1",\n"credit": "1.00",\n"debit": "0.00",\n'
        b'"currency": "RUB"\n}]\n}]',
        b'[{"login":"sub_alex","items":[{"description":"SMS","operator":"MTS",'
        b'"mccmnc":"25001","sms":"1","credit":"1.00","debit":"0.00","currency":"RUB"}]}]',
    ),
]
ONE_ITEM = [
    UsersGetStatAllReply(
        login="sub_alex",
        description="SMS",
        operator="MTS",
        mccmnc="25001",
        sms=1,
        credit=D("1.00"),
        debit=D("0.00"),
        currency="RUB",
    )
]


@pytest.mark.parametrize(("fmt_", "body", "canonical"), NESTED)
def test_get_stat_all_grouped_forms(fmt_: int, body: bytes, canonical: bytes) -> None:
    # QUIRKS INC-31: fmt=2/3 group the records by login; they decode to the flat records.
    command = fmt(STAT_ALL, fmt_)
    assert sp.decode_response(command, body) == ONE_ITEM
    assert sp.encode_response(command, ONE_ITEM) == canonical


def test_get_stat_all_groups_consecutive_records_of_one_login() -> None:
    two_logins = [*STATS_ALL, dataclasses.replace(STATS_ALL[0], login="sub_bob")]
    body = sp.encode_response(fmt(STAT_ALL, 3), two_logins)
    assert body.count(b'"login"') == 2
    for fmt_ in (2, 3):
        command = fmt(STAT_ALL, fmt_)
        assert sp.decode_response(command, sp.encode_response(command, two_logins)) == two_logins


GROUP_BAD = [
    (2, b'<list><user login="a" x="1"/></list>', "holds only <user login=...>"),
    (2, b'<list><user login="a"><stat/></user></list>', "holds only <item>"),
    (3, b'[{"login": "a"}]', "a group is an object of 'login' and 'items'"),
    (3, b'[{"login": "a", "items": {}}]', "items: must be a JSON array"),
]


@pytest.mark.parametrize(("fmt_", "body", "match"), GROUP_BAD)
def test_get_stat_all_bad_groups(fmt_: int, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(fmt(STAT_ALL, fmt_), body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="id: is required"):
        sp.encode_response(ADD, UsersAddReply())
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK"):
        sp.encode_response(CHG, UsersOkReply(result="DONE"))
    with pytest.raises(sp.LocalProtocolError, match="must be a list of UsersGetStatReply"):
        sp.encode_response(STAT, STATS[0])  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match="must be a UsersGetStatReply"):
        sp.encode_response(STAT, [OK])  # type: ignore[misc]
    # a line break in a record would split it into two lines
    broken = dataclasses.replace(STATS[0], currency="R\nB")
    with pytest.raises(sp.LocalProtocolError, match="currency: must not contain line breaks"):
        sp.encode_response(STAT, [broken])
    # a comma in the login of get_stat_all: the line could not be read back
    comma = dataclasses.replace(STATS_ALL[0], login="a,b")
    with pytest.raises(sp.LocalProtocolError, match="reply:"):
        sp.encode_response(fmt(STAT_ALL, 1), [comma])
    with pytest.raises(sp.LocalProtocolError, match="cannot be encoded in windows-1251"):
        sp.encode_response(STAT, [dataclasses.replace(STATS[0], login="😀")])
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of users\.php names no"):
        sp.encode_error(STAT, sp.GatewayError(3, "x", id=5))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["users.php"]) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert sp.responses.error_meaning("users.php", 8) == "Error when saving a record."
    assert sp.responses.error_meaning("users.php", 11) is None


@given(users_add_replies())
def test_round_trip_add(model: UsersAddReply) -> None:
    assert_reply_round_trip(ADD, model)


@given(users_change_replies())
def test_round_trip_change(model: UsersOkReply) -> None:
    assert_reply_round_trip(CHG, model)


@given(users_pay_replies())
def test_round_trip_pay(model: UsersOkReply) -> None:
    assert_reply_round_trip(PAY, model)


@given(users_get_stat_replies())
def test_round_trip_get_stat(records: list[UsersGetStatReply]) -> None:
    assert_reply_round_trip(STAT, records, (0, 1, 2, 3))


@given(users_get_stat_all_replies())
def test_round_trip_get_stat_all(records: list[UsersGetStatAllReply]) -> None:
    assert_reply_round_trip(STAT_ALL, records, (0, 1, 2, 3))


COMMANDS = [ADD, CHG, PAY, STAT, STAT_ALL]


@given(st.sampled_from(COMMANDS), st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt_: int, body: bytes
) -> None:
    # A value, or one of the documented errors.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(fmt(command, fmt_), body)
