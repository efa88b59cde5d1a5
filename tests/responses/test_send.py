"""send.php replies (cost 0..3, op 0/1) and error replies: a table drives both directions.

Bodies are the spec's templates (lines 176-206 and 222-313) with the placeholders filled
in, laid out as printed; a fourth element is the canonical body when it differs. The
op=1 fragments (lines 297-312) are placed at the end of the normal reply (QUIRKS INC-03).
"""

from __future__ import annotations

import contextlib
import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import RestSend, Send
from smsc_proto.responses import SendPhone, SendReply
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

# op=1 (lines 295-313): one record per recipient.
TWO = parse_phone_list("79999999999,79261234567")
DELIVERED = SendPhone(phone="79999999999", mccmnc="25001", cost=D("0.70"), status=1, error=0)
REFUSED = SendPhone(phone="79261234567", mccmnc="25002", cost=D("0.70"), status=20, error=1)
PHONES = (DELIVERED, REFUSED)
OP_ID_CNT = SendReply(id=1234, cnt=2, phones=PHONES)
OP_COST_CNT = SendReply(cost=D("1.40"), cnt=2, phones=PHONES)
OP_WITH_COST = SendReply(id=1234, cnt=2, cost=D("1.40"), phones=PHONES)
OP_WITH_BALANCE = SendReply(id=1234, cnt=2, cost=D("1.40"), balance=D("48.60"), phones=PHONES)
LINES = b"\n79999999999,25001,0.70,1,0\n79261234567,25002,0.70,20,1"
XML_PHONES = (
    b'<phones><phone mccmnc="25001" cost="0.70" status="1" error="0">79999999999</phone>'
    b'<phone mccmnc="25002" cost="0.70" status="20" error="1">79261234567</phone></phones>'
)
XML_PHONES_AS_PRINTED = (
    b'<phones>\n<phone mccmnc="25001" cost="0.70" status="1" error="0">79999999999</phone>\n'
    b'<phone mccmnc="25002" cost="0.70" status="20" error="1">79261234567</phone>\n</phones>'
)
JSON_PHONES = (
    b'"phones":[{"phone":"79999999999","mccmnc":"25001","cost":"0.70","status":"1",'
    b'"error":"0"},{"phone":"79261234567","mccmnc":"25002","cost":"0.70","status":"20",'
    b'"error":"1"}]'
)
JSON_PHONES_AS_PRINTED = (
    b'"phones": [{\n"phone": "79999999999",\n"mccmnc": "25001",\n"cost": "0.70",\n'
    b'"status": "1",\n"error": "0"\n},\n{\n"phone": "79261234567",\n"mccmnc": "25002",\n'
    b'"cost": "0.70",\n"status": "20",\n"error": "1"\n}\n]'
)


def send_op(**kwargs: object) -> Send:
    return Send(phones=TWO, mes="Hello!", op=True, **kwargs)  # type: ignore[arg-type]


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
    # lines 294-295 (op=1, fmt=0/1): a line per recipient after the normal reply
    (send_op(), b"OK - 2 SMS, ID - 1234" + LINES, OP_ID_CNT, None),
    (send_op(cost=1), b"1.40 (2 SMS)" + LINES, OP_COST_CNT, None),
    (send_op(cost=2), b"OK - 2 SMS, ID - 1234, COST - 1.40" + LINES, OP_WITH_COST, None),
    (
        send_op(cost=3),
        b"OK - 2 SMS, ID - 1234, COST - 1.40, BALANCE - 48.60" + LINES,
        OP_WITH_BALANCE,
        None,
    ),
    (send_op(fmt=1), b"1234,2" + LINES, OP_ID_CNT, None),
    (send_op(fmt=1, cost=1), b"1.40,2" + LINES, OP_COST_CNT, None),
    (send_op(fmt=1, cost=2), b"1234,2,1.40" + LINES, OP_WITH_COST, None),
    (send_op(fmt=1, cost=3), b"1234,2,1.40,48.60" + LINES, OP_WITH_BALANCE, None),
    # a recipient without an operator code, a waiting status (-1), a final line break
    (
        send_op(fmt=1),
        b"order-7,1\nivan@example.com,,0,-1,0\n",
        SendReply(
            id="order-7",
            cnt=1,
            phones=(SendPhone(phone="ivan@example.com", mccmnc="", cost=D(0), status=-1, error=0),),
        ),
        b"order-7,1\nivan@example.com,,0,-1,0",
    ),
    # no recipient line: an empty list
    (send_op(), b"OK - 1 SMS, ID - 7", SendReply(id=7, cnt=1, phones=()), None),
    # a Cyrillic e-mail address in every charset
    (
        send_op(fmt=1, charset="koi8-r"),
        "7,1\nиван@почта.рф,,0.5,1,0".encode("koi8-r"),
        SendReply(
            id=7,
            cnt=1,
            phones=(SendPhone(phone="иван@почта.рф", mccmnc="", cost=D("0.5"), status=1, error=0),),
        ),
        None,
    ),
    # lines 297-301 (op=1, fmt=2): <phones> added to the <result>, as its last child
    (
        send_op(fmt=2),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n" + XML_PHONES_AS_PRINTED + b"\n</result>",
        OP_ID_CNT,
        b"<result><id>1234</id><cnt>2</cnt>" + XML_PHONES + b"</result>",
    ),
    (
        send_op(fmt=2, cost=1),
        b"<result>\n<cost>1.40</cost>\n<cnt>2</cnt>\n" + XML_PHONES_AS_PRINTED + b"\n</result>",
        OP_COST_CNT,
        b"<result><cost>1.40</cost><cnt>2</cnt>" + XML_PHONES + b"</result>",
    ),
    (
        send_op(fmt=2, cost=2),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n<cost>1.40</cost>\n"
        + XML_PHONES_AS_PRINTED
        + b"\n</result>",
        OP_WITH_COST,
        b"<result><id>1234</id><cnt>2</cnt><cost>1.40</cost>" + XML_PHONES + b"</result>",
    ),
    (
        send_op(fmt=2, cost=3),
        b"<result>\n<id>1234</id>\n<cnt>2</cnt>\n<cost>1.40</cost>\n<balance>48.60</balance>\n"
        + XML_PHONES_AS_PRINTED
        + b"\n</result>",
        OP_WITH_BALANCE,
        b"<result><id>1234</id><cnt>2</cnt><cost>1.40</cost><balance>48.60</balance>"
        + XML_PHONES
        + b"</result>",
    ),
    # placement is not shown (INC-03): <phones> is read wherever it stands
    (
        send_op(fmt=2),
        b"<result>" + XML_PHONES + b"<id>1234</id><cnt>2</cnt></result>",
        OP_ID_CNT,
        b"<result><id>1234</id><cnt>2</cnt>" + XML_PHONES + b"</result>",
    ),
    (
        send_op(fmt=2),
        b"<result><id>7</id><cnt>1</cnt><phones/></result>",
        SendReply(id=7, cnt=1, phones=()),
        None,
    ),
    # lines 303-312 (op=1, fmt=3): "phones" added to the object, every value quoted
    (
        send_op(fmt=3),
        b'{\n"id": 1234,\n"cnt": 2,\n' + JSON_PHONES_AS_PRINTED + b"\n}",
        OP_ID_CNT,
        b'{"id":1234,"cnt":2,' + JSON_PHONES + b"}",
    ),
    (
        send_op(fmt=3, cost=1),
        b'{\n"cost": "1.40",\n"cnt": 2,\n' + JSON_PHONES_AS_PRINTED + b"\n}",
        OP_COST_CNT,
        b'{"cost":"1.40","cnt":2,' + JSON_PHONES + b"}",
    ),
    (
        send_op(fmt=3, cost=2),
        b'{\n"id": 1234,\n"cnt": 2,\n"cost": "1.40",\n' + JSON_PHONES_AS_PRINTED + b"\n}",
        OP_WITH_COST,
        b'{"id":1234,"cnt":2,"cost":"1.40",' + JSON_PHONES + b"}",
    ),
    (
        send_op(fmt=3, cost=3),
        b'{\n"id": 1234,\n"cnt": 2,\n"cost": "1.40",\n"balance": "48.60",\n'
        + JSON_PHONES_AS_PRINTED
        + b"\n}",
        OP_WITH_BALANCE,
        b'{"id":1234,"cnt":2,"cost":"1.40","balance":"48.60",' + JSON_PHONES + b"}",
    ),
    # INC-03: status and error are codes; bare numbers are read too (and written quoted)
    (
        send_op(fmt=3, charset="utf-8"),
        b'{"phones": [{"phone": "79999999999", "mccmnc": "25001", "cost": 0.70, '
        b'"status": 1, "error": 0}], "id": 7, "cnt": 1}',
        SendReply(id=7, cnt=1, phones=(DELIVERED,)),
        b'{"id":7,"cnt":1,"phones":[{"phone":"79999999999","mccmnc":"25001","cost":"0.70",'
        b'"status":"1","error":"0"}]}',
    ),
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
    # The client's string id "0" (line 51) is an id in fmt 0, 2 and 3: only fmt=1's
    # "0,-N" (line 180) means no message. It was read as no id everywhere (found by
    # fuzz_roundtrip_replies).
    (send(fmt=3), b'{"error":"","error_code":3,"id":"0"}', sp.GatewayError(3, "", "0"), None),
    (send(), b"ERROR = 3 (), ID - 0", sp.GatewayError(3, "", "0"), None),
    (
        send(fmt=2),
        b"<result><error></error><error_code>3</error_code><id>0</id></result>",
        sp.GatewayError(3, "", "0"),
        None,
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
    # orjson keeps no integer over 2**64-1 (it becomes 1e+23): refused, digits never lost
    (send(fmt=3), b'{"id": 99999999999999999999999, "cnt": 1}', "id: the number '1e\\+23'"),
    # op=1: each recipient line has five fields; the list is there in fmt=2/3
    (send_op(), b"OK - 1 SMS, ID - 7\n79999999999,25001,0.70,1", "does not have the form"),
    (send_op(), b"OK - 1 SMS, ID - 7\n79999999999,25001,0.70,1,0,x", "does not have the form"),
    (send_op(), b"OK - 1 SMS, ID - 7\n\n79999999999,25001,0.70,1,0", "does not have the form"),
    (send_op(), b"OK - 1 SMS, ID - 7\n,25001,0.70,1,0", "does not have the form"),
    (send_op(fmt=1), b"7,1\n79999999999,2500x,0.70,1,0", "does not have the form"),
    (send_op(fmt=1), b"7,1\n79999999999,25001,0.70,1,-1", "does not have the form"),
    # without op=1 the recipient lines are not part of the reply
    (send(), b"OK - 1 SMS, ID - 7\n79999999999,25001,0.70,1,0", "does not have the form"),
    (send_op(fmt=2), b"<result><id>7</id><cnt>1</cnt></result>", "lacks phones"),
    (
        send_op(fmt=2),
        b"<result><id>7</id><cnt>1</cnt><phones><phone>79999999999</phone></phones></result>",
        "<phone> lacks mccmnc, cost, status, error",
    ),
    (
        send_op(fmt=2),
        b'<result><id>7</id><cnt>1</cnt><phones><phone mccmnc="25001" cost="1" status="1" '
        b'error="0" x="1">79999999999</phone></phones></result>',
        "<phone> has no attribute 'x'",
    ),
    (
        send_op(fmt=2),
        b'<result><id>7</id><cnt>1</cnt><phones><phone mccmnc="250 01" cost="1" status="1" '
        b'error="0">79999999999</phone></phones></result>',
        "mccmnc: must be decimal digits",
    ),
    (
        send_op(fmt=2),
        b"<result><id>7</id><cnt>1</cnt><phones><x/></phones></result>",
        "<phones> holds only <phone>",
    ),
    (send_op(fmt=3), b'{"id": 7, "cnt": 1}', "lacks phones"),
    (send_op(fmt=3), b'{"id": 7, "cnt": 1, "phones": {}}', "phones: must be a JSON array"),
    (
        send_op(fmt=3),
        b'{"id": 7, "cnt": 1, "phones": [{"phone": "79999999999", "mccmnc": "25001", '
        b'"cost": "1", "status": "delivered", "error": "0"}]}',
        "status: must be an integer",
    ),
    (
        send_op(fmt=3),
        b'{"id": 7, "cnt": 1, "phones": [{"phone": "79999999999", "cost": "1", '
        b'"status": "1", "error": "0"}]}',
        "lacks mccmnc",
    ),
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
    with pytest.raises(
        sp.LocalProtocolError, match=r"error_code: must be an int in 1\.\.999999999"
    ):
        sp.encode_error(send(), sp.GatewayError(0, "x"))
    # op=1 replies list the recipients (an empty tuple for none), in every fmt.
    for fmt in (0, 1, 2, 3):
        with pytest.raises(sp.LocalProtocolError, match="phones: "):
            sp.encode_response(send_op(fmt=fmt), SendReply(id=1, cnt=1))
    bad_phones: list[tuple[SendPhone, str]] = [
        (dataclasses.replace(DELIVERED, phone="7999,7888"), "phone: .* cannot be written"),
        (dataclasses.replace(DELIVERED, phone="7999\n7888"), "must not contain line breaks"),
        (dataclasses.replace(DELIVERED, mccmnc="250-01"), "mccmnc: must be decimal digits"),
        (dataclasses.replace(DELIVERED, error=-1), "error: must be 0.."),
        (dataclasses.replace(DELIVERED, status=None), "status: is required"),
    ]
    for phone, match in bad_phones:
        with pytest.raises(sp.LocalProtocolError, match=match):
            sp.encode_response(send_op(fmt=1), SendReply(id=1, cnt=1, phones=(phone,)))
    with pytest.raises(sp.LocalProtocolError, match="must be a SendPhone"):
        sp.encode_response(send_op(fmt=2), SendReply(id=1, cnt=1, phones=(ID_CNT,)))  # type: ignore[arg-type]
    # Error replies of op=1 requests have the usual forms.
    with pytest.raises(sp.GatewayError, match="gateway error 2"):
        sp.decode_response(send_op(fmt=3), b'{"error": "x", "error_code": 2}')
    with pytest.raises(sp.GatewayError, match="gateway error 7"):
        sp.decode_response(send_op(fmt=1), b"1234,-7")


@pytest.mark.parametrize("op", [False, True])
@pytest.mark.parametrize("cost", [0, 1, 2, 3])
def test_round_trip(cost: int, op: bool) -> None:
    @given(send_replies(cost=cost, op=op))
    def check(model: SendReply) -> None:
        assert_reply_round_trip(send(cost=cost, op=op), model)

    check()


@given(
    st.sampled_from([0, 1, 2, 3]),
    st.sampled_from([0, 1, 2, 3]),
    st.booleans(),
    st.binary(max_size=200),
)
def test_any_body_decodes_or_raises_documented_errors(
    fmt: int, cost: int, op: bool, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(send(fmt=fmt, cost=cost, op=op), body)


def test_control_characters_in_an_error_description_are_refused() -> None:
    # XML 1.0 cannot carry U+0001: a LocalProtocolError, never lxml's ValueError.
    with pytest.raises(sp.LocalProtocolError, match="error: cannot be written as XML"):
        sp.encode_error(send(fmt=2), sp.GatewayError(1, "a\x01b"))


def test_fmt1_cannot_carry_the_string_id_0() -> None:
    # Line 180: "0,-N" is an error naming no message, so the string id "0" would read
    # back as no id: refused, never written to be misread.
    with pytest.raises(sp.LocalProtocolError, match="string id '0' cannot be told from no id"):
        sp.encode_error(send(fmt=1), sp.GatewayError(3, "", "0"))
    assert sp.encode_error(send(fmt=1), sp.GatewayError(3, "", 7)) == b"7,-3"
