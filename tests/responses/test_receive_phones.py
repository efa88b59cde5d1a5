"""receive_phones.php replies (get, buy, chg) and error replies: a table drives both ways.

Bodies are the spec's templates (lines 3488-3504 and 3517-3582) with the placeholders
filled in, laid out as printed ("..." as a second record); a fourth element is the
canonical body the encoder writes when it differs. The fmt=3 list is printed without the
comma after ``"current_cost"`` (QUIRKS INC-47): the rows carry the well-formed JSON it
means, and the body as printed is a BAD row.
"""

from __future__ import annotations

import contextlib
import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    ReceivePhonesBuy,
    ReceivePhonesChange,
    ReceivePhonesGet,
)
from smsc_proto.responses import (
    ReceivePhonesBuyReply,
    ReceivePhonesChangeReply,
    ReceivePhonesGetReply,
)
from smsc_proto.strategies import (
    receive_phones_buy_replies,
    receive_phones_change_replies,
    receive_phones_get_replies,
)
from smsc_proto.values import Phone

from .conftest import assert_reply_round_trip

D = Decimal
NUMBER = Phone(number="79999999999")


def get(**kwargs: Any) -> ReceivePhonesGet:
    return ReceivePhonesGet(**kwargs)


def buy(**kwargs: Any) -> ReceivePhonesBuy:
    return ReceivePhonesBuy(phone=NUMBER, **kwargs)


def chg(**kwargs: Any) -> ReceivePhonesChange:
    return ReceivePhonesChange(phone=NUMBER, noprolong=True, **kwargs)


FIRST = ReceivePhonesGetReply(
    phone=Phone(number="79001234567"),
    type=1,
    cost=D("500.00"),
    current_cost=D("250.00"),
    info="MTS, SMS",
)
SECOND = ReceivePhonesGetReply(
    phone=Phone(number="79007654321", plus=True),
    type=2,
    cost=D("1500.00"),
    current_cost=D("750.50"),
    info="Beeline",
)
RUSSIAN = ReceivePhonesGetReply(
    phone=Phone(number="79005550000"),
    type=4,
    cost=D("300"),
    current_cost=D("0"),
    info="МТС, SMS = да",
)
BOUGHT = ReceivePhonesBuyReply(cost=D("250.00"))
CHANGED = ReceivePhonesChangeReply(result="OK")

CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # get, lines 3518-3520 (fmt=0): one line per number
    (
        get(),
        b"phone = 79001234567, type = 1, cost = 500.00, current_cost = 250.00, info = MTS, SMS\n"
        b"phone = +79007654321, type = 2, cost = 1500.00, current_cost = 750.50, info = Beeline",
        [FIRST, SECOND],
        None,
    ),
    (
        get(charset="koi8-r"),
        "phone = 79005550000, type = 4, cost = 300, current_cost = 0, info = МТС, SMS = да".encode(
            "koi8-r"
        ),
        [RUSSIAN],
        None,
    ),
    # no number for rent: an empty body
    (get(), b"", [], None),
    # get, lines 3522-3524 (fmt=1): the info text is last, commas and all
    (
        get(fmt=1),
        b"79001234567,1,500.00,250.00,MTS, SMS\n+79007654321,2,1500.00,750.50,Beeline",
        [FIRST, SECOND],
        None,
    ),
    (
        get(fmt=1),
        "79005550000,4,300,0,МТС, SMS = да".encode("cp1251"),
        [RUSSIAN],
        None,
    ),
    # get, lines 3526-3536 (fmt=2)
    (
        get(fmt=2),
        b"<list>\n<receive_phone>\n<phone>79001234567</phone>\n<type>1</type>\n"
        b"<cost>500.00</cost>\n<current_cost>250.00</current_cost>\n<info>MTS, SMS</info>\n"
        b"</receive_phone>\n<receive_phone>\n<phone>+79007654321</phone>\n<type>2</type>\n"
        b"<cost>1500.00</cost>\n<current_cost>750.50</current_cost>\n<info>Beeline</info>\n"
        b"</receive_phone>\n</list>",
        [FIRST, SECOND],
        b"<list><receive_phone><phone>79001234567</phone><type>1</type><cost>500.00</cost>"
        b"<current_cost>250.00</current_cost><info>MTS, SMS</info></receive_phone>"
        b"<receive_phone><phone>+79007654321</phone><type>2</type><cost>1500.00</cost>"
        b"<current_cost>750.50</current_cost><info>Beeline</info></receive_phone></list>",
    ),
    (get(fmt=2), b"<list>\n</list>", [], b"<list/>"),
    (
        get(fmt=2, charset="utf-8"),
        "<list><receive_phone><phone>79005550000</phone><type>4</type><cost>300</cost>"
        "<current_cost>0</current_cost><info>МТС, SMS = да</info></receive_phone></list>".encode(),
        [RUSSIAN],
        None,
    ),
    # get, lines 3538-3546 (fmt=3) with the comma INC-47 drops; "type" bare
    (
        get(fmt=3),
        b'[{\n"phone": "79001234567",\n"type": 1,\n"cost": "500.00",\n'
        b'"current_cost": "250.00",\n"info": "MTS, SMS"\n},\n'
        b'{\n"phone": "+79007654321",\n"type": 2,\n"cost": "1500.00",\n'
        b'"current_cost": "750.50",\n"info": "Beeline"\n}]',
        [FIRST, SECOND],
        b'[{"phone":"79001234567","type":1,"cost":"500.00","current_cost":"250.00",'
        b'"info":"MTS, SMS"},{"phone":"+79007654321","type":2,"cost":"1500.00",'
        b'"current_cost":"750.50","info":"Beeline"}]',
    ),
    (get(fmt=3), b"[]", [], None),
    (
        get(fmt=3, charset="utf-8"),
        '[{"phone":"79005550000","type":4,"cost":"300","current_cost":"0",'
        '"info":"МТС, SMS = да"}]'.encode(),
        [RUSSIAN],
        None,
    ),
    # QUIRKS INC-71: a quoted type, bare amounts and a bare phone are read too
    (
        get(fmt=3),
        b'[{"phone": 79001234567, "type": "1", "cost": 500.5, "current_cost": 250, "info": "MTS"}]',
        [
            ReceivePhonesGetReply(
                phone=Phone(number="79001234567"),
                type=1,
                cost=D("500.5"),
                current_cost=D("250"),
                info="MTS",
            )
        ],
        b'[{"phone":"79001234567","type":1,"cost":"500.5","current_cost":"250","info":"MTS"}]',
    ),
    # buy, line 3556 (fmt=0)
    (buy(), b"cost = 250.00", BOUGHT, None),
    # buy, line 3558 (fmt=1)
    (buy(fmt=1), b"250.00", BOUGHT, None),
    # buy, lines 3560-3563 (fmt=2): the root is <phone>
    (
        buy(fmt=2),
        b"<phone>\n<cost>250.00</cost>\n</phone>",
        BOUGHT,
        b"<phone><cost>250.00</cost></phone>",
    ),
    # buy, lines 3565-3568 (fmt=3)
    (buy(fmt=3), b'{\n"cost": "250.00"\n}', BOUGHT, b'{"cost":"250.00"}'),
    # chg, line 3574 (fmt=0 and fmt=1)
    (chg(), b"OK", CHANGED, None),
    (chg(fmt=1), b"OK", CHANGED, None),
    (chg(fmt=1, charset="utf-8"), b"OK\n", CHANGED, b"OK"),
    # chg, lines 3576-3577 (fmt=2)
    (chg(fmt=2), b"<result>OK</result>", CHANGED, None),
    # chg, lines 3579-3582 (fmt=3)
    (chg(fmt=3), b'{\n"result": "OK"\n}', CHANGED, b'{"result":"OK"}'),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERROR_9 = (
    "Attempt to send more than two identical requests to get a list of available phone "
    "numbers for rent, or to connect a number, or to change the properties of a dedicated "
    "number within a minute. This error also occurs when you try to send fifteen or more "
    "requests simultaneously from different connections under the same username (too many "
    "concurrent requests)."
)

ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # line 3489 (fmt=0, QUIRKS INC-09: the bullet is unlabelled)
    (get(), b"ERROR = 9 (duplicate request)", sp.GatewayError(9, "duplicate request"), None),
    (
        buy(charset="utf-8"),
        "ERROR = 3 (недостаточно средств)".encode(),
        sp.GatewayError(3, "недостаточно средств"),
        None,
    ),
    # lines 3491-3492 (fmt=1): the meaning comes from the table (lines 3508-3513)
    (get(fmt=1), b"0,-9", sp.GatewayError(9, ERROR_9), None),
    (
        buy(fmt=1),
        b"0,-3",
        sp.GatewayError(3, "There are not enough funds in the account to rent a room."),
        None,
    ),
    (chg(fmt=1), b"0,-1", sp.GatewayError(1, "Error in parameters."), None),
    # lines 3494-3498 (fmt=2)
    (
        chg(fmt=2),
        b"<result>\n<error>parameters</error>\n<error_code>1</error_code>\n</result>",
        sp.GatewayError(1, "parameters"),
        b"<result><error>parameters</error><error_code>1</error_code></result>",
    ),
    # lines 3500-3504 (fmt=3)
    (
        get(fmt=3, charset="koi8-r"),
        '{\n"error": "IP заблокирован",\n"error_code": 4\n}'.encode("koi8-r"),
        sp.GatewayError(4, "IP заблокирован"),
        '{"error":"IP заблокирован","error_code":4}'.encode("koi8-r"),
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
    # QUIRKS INC-47: the fmt=3 list exactly as printed is not JSON
    (
        get(fmt=3),
        b'[{\n"phone": "79001234567",\n"type": 1,\n"cost": "500.00",\n'
        b'"current_cost": "250.00"\n"info": "MTS"\n}]',
        "body:",
    ),
    (get(), b"phone = 79001234567, type = 1, cost = 500.00, info = MTS", "does not have the form"),
    (
        get(),
        b"phone = 79001234567, type = 3, cost = 1, current_cost = 1, info = x",
        "type: must be one of 1, 2, 4, got '3'",
    ),
    (get(fmt=1), b"79001234567,1,500.00,250.00", "does not have the form"),
    (get(fmt=1), b"7900123456789012345678,1,1,1,x", "phone: a phone number must have 3..20"),
    (get(fmt=1), b"79001234567,1,1.23456,1,x", "cost: must be a decimal number"),
    (get(fmt=2), b"<result></result>", "root element must be <list>"),
    (get(fmt=2), b"<list><phone>1</phone></list>", "<list> holds only <receive_phone>"),
    (
        get(fmt=2),
        b"<list><receive_phone><phone>79001234567</phone><type>1</type><cost>1</cost>"
        b"<info>x</info></receive_phone></list>",
        "lacks current_cost",
    ),
    (get(fmt=3), b'{"phone": "79001234567"}', "must be a JSON array of records"),
    (get(fmt=3), b"[1]", "a record must be a JSON object"),
    (
        get(fmt=3),
        b'[{"phone":"79001234567","type":1,"cost":"1","current_cost":"1","info":"x","id":1}]',
        "unknown key 'id'",
    ),
    (
        get(fmt=3),
        b'[{"phone":"abc","type":1,"cost":"1","current_cost":"1","info":"x"}]',
        r"phone: must be one phone number \(\[\+\]digits\)",
    ),
    (buy(), b"cost=250.00", "does not have the form 'cost = {cost}'"),
    (buy(), b"250.00", "does not have the form 'cost = {cost}'"),
    (buy(fmt=1), b"cost = 250.00", "does not have the form '{cost}'"),
    (buy(fmt=2), b"<result><cost>1</cost></result>", "root element must be <phone>"),
    (buy(fmt=3), b"{}", "lacks cost"),
    (chg(), b"FAIL", "does not have the form '{result}'"),
    (chg(fmt=1), b"ok", "does not have the form '{result}'"),
    (chg(fmt=2), b"<result>FAIL</result>", "result: must be one of OK, got 'FAIL'"),
    (chg(fmt=2), b"<result/>", "result: must be one of OK, got ''"),
    (chg(fmt=3), b'{"result": "ok"}', "result: must be one of OK"),
    (chg(fmt=3), b'{"result": "OK", "phone": "79999999999"}', "unknown key 'phone'"),
    (get(), b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    record = dataclasses.replace(FIRST, info="two\nlines")
    with pytest.raises(sp.LocalProtocolError, match="holds a line break"):
        sp.encode_response(get(), [record])
    with pytest.raises(sp.LocalProtocolError, match="must be a list of ReceivePhonesGetReply"):
        sp.encode_response(get(), FIRST)  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match="type: must be one of 1, 2, 4, got 3"):
        sp.encode_response(get(fmt=3), [dataclasses.replace(FIRST, type=3)])
    with pytest.raises(sp.LocalProtocolError, match="current_cost: is required"):
        sp.encode_response(get(fmt=2), [dataclasses.replace(FIRST, current_cost=None)])
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK"):
        sp.encode_response(chg(), ReceivePhonesChangeReply(result="FAIL"))
    with pytest.raises(sp.LocalProtocolError, match="must be a ReceivePhonesBuyReply"):
        sp.encode_response(buy(), CHANGED)  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of receive_phones\.php"):
        sp.encode_error(buy(), sp.GatewayError(3, "x", id=5))


def test_error_table_is_data() -> None:
    table = sp.responses.ERROR_TABLES["receive_phones.php"]
    assert sorted(table) == [1, 2, 3, 4, 9]
    assert table[9] == ERROR_9
    assert sp.responses.error_meaning("receive_phones.php", 5) is None


@given(receive_phones_get_replies())
def test_round_trip_get(records: list[ReceivePhonesGetReply]) -> None:
    assert_reply_round_trip(get(), records, complete_in=(0, 1, 2, 3))


@given(receive_phones_buy_replies())
def test_round_trip_buy(model: ReceivePhonesBuyReply) -> None:
    assert_reply_round_trip(buy(), model)


@given(receive_phones_change_replies())
def test_round_trip_change(model: ReceivePhonesChangeReply) -> None:
    assert_reply_round_trip(chg(), model)


@given(
    st.sampled_from([get(), buy(), chg()]),
    st.sampled_from([0, 1, 2, 3]),
    st.binary(max_size=200),
)
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(dataclasses.replace(command, fmt=fmt), body)
