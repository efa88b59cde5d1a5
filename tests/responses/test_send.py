"""send.php replies (cost 0..3) and error replies: a table drives both directions.

Bodies are the spec's templates (lines 176-206 and 222-290) with the placeholders filled
in, laid out as printed; a third element is the canonical body when it differs.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import RestSend, Send
from smsc_proto.responses import SendReply
from smsc_proto.strategies import send_replies
from smsc_proto.values import parse_phone_list

from .conftest import assert_reply_round_trip

D = Decimal
ONE = parse_phone_list("79999999999")


def send(**kwargs: object) -> Send:
    return Send(phones=ONE, mes="Hello!", **kwargs)  # type: ignore[arg-type]


ID_CNT = SendReply(id=1234, cnt=2)
COST_CNT = SendReply(cost=D("1.40"), cnt=2)
WITH_COST = SendReply(id=1234, cnt=2, cost=D("1.40"))
WITH_BALANCE = SendReply(id=1234, cnt=2, cost=D("1.40"), balance=D("48.60"))

CASES: list[tuple[Send, bytes, SendReply, bytes | None]] = [
    # lines 224-230 (fmt=0)
    (send(), b"OK - 2 SMS, ID - 1234", ID_CNT, None),
    (send(cost=1), b"1.40 (2 SMS)", COST_CNT, None),
    (send(cost=2), b"OK - 2 SMS, ID - 1234, COST - 1.40", WITH_COST, None),
    (send(cost=3), b"OK - 2 SMS, ID - 1234, COST - 1.40, BALANCE - 48.60", WITH_BALANCE, None),
    # a client's string id (line 51)
    (send(id="order-7"), b"OK - 1 SMS, ID - order-7", SendReply(id="order-7", cnt=1), None),
    # lines 232-238 (fmt=1)
    (send(fmt=1), b"1234,2", ID_CNT, None),
    (send(fmt=1, cost=1), b"1.40,2", COST_CNT, None),
    (send(fmt=1, cost=2), b"1234,2,1.40", WITH_COST, None),
    (send(fmt=1, cost=3), b"1234,2,1.40,48.60", WITH_BALANCE, None),
    # lines 240-265 (fmt=2)
    (
        send(fmt=2),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n</result>",
        ID_CNT,
        b"<result><id>1234</id><cnt>2</cnt></result>",
    ),
    (
        send(fmt=2, cost=1),
        b"<result>\n<cost>1.40</cost>\n<cnt>2</cnt>\n</result>",
        COST_CNT,
        b"<result><cost>1.40</cost><cnt>2</cnt></result>",
    ),
    (
        send(fmt=2, cost=2),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n<cost>1.40</cost>\n</result>",
        WITH_COST,
        b"<result><id>1234</id><cnt>2</cnt><cost>1.40</cost></result>",
    ),
    (
        send(fmt=2, cost=3),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n<cost>1.40</cost>\n"
        b"<balance>48.60</balance>\n</result>",
        WITH_BALANCE,
        b"<result><id>1234</id><cnt>2</cnt><cost>1.40</cost><balance>48.60</balance></result>",
    ),
    # lines 267-290 (fmt=3): cost and balance quoted, id and cnt bare
    (send(fmt=3), b'{\n"id": 1234,\n"cnt": 2\n}', ID_CNT, b'{"id":1234,"cnt":2}'),
    (
        send(fmt=3, cost=1),
        b'{\n"cost": "1.40",\n"cnt": 2\n}',
        COST_CNT,
        b'{"cost":"1.40","cnt":2}',
    ),
    (
        send(fmt=3, cost=2),
        b'{\n"id": 1234,\n"cnt": 2,\n"cost": "1.40"\n}',
        WITH_COST,
        b'{"id":1234,"cnt":2,"cost":"1.40"}',
    ),
    (
        send(fmt=3, cost=3),
        b'{\n"id": 1234,\n"cnt": 2,\n"cost": "1.40",\n"balance": "48.60"\n}',
        WITH_BALANCE,
        b'{"id":1234,"cnt":2,"cost":"1.40","balance":"48.60"}',
    ),
    (
        send(fmt=3, id="order-7"),
        b'{"id":"order-7","cnt":1}',
        SendReply(id="order-7", cnt=1),
        None,
    ),
    # \u-escaped ASCII JSON reads like raw text
    (send(fmt=3), b'{"id":1234,"cnt":2}', ID_CNT, None),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Send, body: bytes, model: SendReply, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Send, body: bytes, model: SendReply, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


def test_rest_send_replies_as_send() -> None:
    # QUIRKS INC-66: rest/send/ documents no reply; it is read as send.php's.
    command = RestSend(phones=ONE, mes="Hello!", fmt=3)
    assert sp.decode_response(command, b'{"id": 1234, "cnt": 2}') == ID_CNT


ERRORS: list[tuple[Send, bytes, sp.GatewayError, bytes | None]] = [
    # line 176: errors 1, 2, 4, 5, 9
    (send(), b"ERROR = 1 (parameters)", sp.GatewayError(1, "parameters"), None),
    # line 178: errors 3, 6, 7, 8 carry the message id
    (
        send(),
        b"ERROR = 3 (no money (balance 0)), ID - 1234",
        sp.GatewayError(3, "no money (balance 0)", 1234),
        None,
    ),
    (
        send(charset="koi8-r"),
        "ERROR = 6 (сообщение запрещено), ID - order-7".encode("koi8-r"),
        sp.GatewayError(6, "сообщение запрещено", "order-7"),
        None,
    ),
    # lines 180-181
    (send(fmt=1), b"0,-5", sp.GatewayError(5, "Invalid date format."), None),
    (
        send(fmt=1),
        b"1234,-8",
        sp.GatewayError(8, "The message to the specified number can not be delivered.", 1234),
        None,
    ),
    # line 3758 (QUIRKS INC-55): the captcha example's -10, a code the table lacks
    (send(fmt=1), b"0,-10", sp.GatewayError(10, ""), None),
    # lines 183-194
    (
        send(fmt=2),
        b"<result>\n<error>bad date</error>\n<error_code>5</error_code>\n</result>",
        sp.GatewayError(5, "bad date"),
        b"<result><error>bad date</error><error_code>5</error_code></result>",
    ),
    (
        send(fmt=2),
        b"<result>\n<error>bad phone</error>\n<error_code>7</error_code>\n<id>1234</id>\n</result>",
        sp.GatewayError(7, "bad phone", 1234),
        b"<result><error>bad phone</error><error_code>7</error_code><id>1234</id></result>",
    ),
    # lines 195-206
    (
        send(fmt=3),
        b'{\n"error": "duplicate",\n"error_code": 9\n}',
        sp.GatewayError(9, "duplicate"),
        b'{"error":"duplicate","error_code":9}',
    ),
    (
        send(fmt=3),
        b'{\n"error": "forbidden",\n"error_code": 6,\n"id": 1234\n}',
        sp.GatewayError(6, "forbidden", 1234),
        b'{"error":"forbidden","error_code":6,"id":1234}',
    ),
    (
        send(fmt=3, charset="utf-8"),
        b'{"error":"\\u0437\\u0430\\u043f\\u0440\\u0435\\u0449\\u0435\\u043d\\u043e",'
        b'"error_code":6,"id":"order-7"}',
        sp.GatewayError(6, "запрещено", "order-7"),
        '{"error":"запрещено","error_code":6,"id":"order-7"}'.encode(),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Send, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Send, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[Send, bytes, str]] = [
    (send(), b"OK - 2 SMS", "does not have the form 'OK - {cnt} SMS, ID - {id}'"),
    (send(), b"OK - 2 SMS, ID - 12 34", "does not have the form"),
    (send(), b"OK - x SMS, ID - 1", "does not have the form"),
    (send(fmt=1), b"1234", "does not have the form '{id},{cnt}'"),
    (send(fmt=1, cost=3), b"1234,2,1.40", "does not have the form"),
    (send(fmt=2), b"<result><id>1</id></result>", "lacks cnt"),
    (send(fmt=2), b"<result><id>1</id><cnt><x/></cnt></result>", "<cnt> must hold text only"),
    (send(fmt=2), b"<result><error>x</error></result>", "lacks <error_code>"),
    (send(fmt=2), b"<result><error>x</error><error_code>1</error_code><y/></result>", "<y>"),
    (send(fmt=3), b'{"id": 1, "cnt": -1}', "cnt: must be an integer 0.."),
    (send(fmt=3), b'{"id": 1, "cnt": 1.5}', "cnt: must be an integer"),
    (send(fmt=3), b'{"error": "x"}', "error reply has error, error_code and id only"),
    (send(fmt=3), b'{"error": 5, "error_code": 1}', "error: must be a string"),
    (send(fmt=3), b'{"id": 99999999999999999999999, "cnt": 1}', "body:"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Send, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="id: is required"):
        sp.encode_response(send(), SendReply(cnt=1))
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 1 of send\.php names no message"):
        sp.encode_error(send(), sp.GatewayError(1, "x", id=5))
    with pytest.raises(sp.LocalProtocolError, match="description must be one line"):
        sp.encode_error(send(), sp.GatewayError(1, "a\nb"))
    with pytest.raises(sp.LocalProtocolError, match="error_code: must be a positive int"):
        sp.encode_error(send(), sp.GatewayError(0, "x"))
    with pytest.raises(sp.LocalProtocolError, match="op: the replies of op=1"):
        sp.decode_response(send(op=True), b"OK - 1 SMS, ID - 1")
    # Error replies are read before the shape is picked: op=1 still reports its errors.
    with pytest.raises(sp.GatewayError, match="gateway error 2"):
        sp.decode_response(send(op=True, fmt=3), b'{"error": "x", "error_code": 2}')


@pytest.mark.parametrize("cost", [0, 1, 2, 3])
def test_round_trip(cost: int) -> None:
    @given(send_replies(cost=cost))
    def check(model: SendReply) -> None:
        assert_reply_round_trip(send(cost=cost), model)

    check()


@given(st.sampled_from([0, 1, 2, 3]), st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(fmt: int, cost: int, body: bytes) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(send(fmt=fmt, cost=cost), body)
