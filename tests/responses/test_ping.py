"""ping.php replies: one table of (command, body, reply) rows drives both directions.

Bodies are the spec's templates (lines 1018-1028) laid out as printed; a fourth element
is the canonical body the encoder writes when it differs.
"""

from __future__ import annotations

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import Ping
from smsc_proto.responses import PingReply
from smsc_proto.strategies import ping_replies

from .conftest import assert_reply_round_trip

OK = PingReply(result="OK")

CASES: list[tuple[Ping, bytes, PingReply, bytes | None]] = [
    # line 1020: "when fmt = 0 and fmt = 1: OK" (QUIRKS INC-08: either fmt)
    (Ping(id=12), b"OK", OK, None),
    (Ping(id=12, fmt=0, name="сервер", charset="koi8-r"), b"OK", OK, None),
    (Ping(id=12, fmt=1), b"OK", OK, None),
    (Ping(id=12, fmt=1), b"OK\n", OK, b"OK"),
    # lines 1022-1023
    (Ping(id=12, fmt=2), b"<result>OK</result>", OK, None),
    (Ping(id=12, fmt=2, charset="utf-8"), b"<result>OK</result>", OK, None),
    # lines 1025-1028
    (Ping(id=12, fmt=3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
]


@pytest.mark.parametrize(("command", "body", "reply", "canonical"), CASES)
def test_decode(command: Ping, body: bytes, reply: PingReply, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == reply
    assert sp.decode_response(command.to_request(), body) == reply


@pytest.mark.parametrize(("command", "body", "reply", "canonical"), CASES)
def test_encode(command: Ping, body: bytes, reply: PingReply, canonical: bytes | None) -> None:
    assert sp.encode_response(command, reply) == (canonical or body)


ERRORS: list[tuple[Ping, bytes, sp.GatewayError, bytes | None]] = [
    # line 992, unlabelled (QUIRKS INC-09): the fmt=0 form, with the codes of 1010-1016
    (Ping(id=12), b"ERROR = 3 (group not found)", sp.GatewayError(3, "group not found"), None),
    (
        Ping(id=12, charset="utf-8"),
        "ERROR = 3 (группа не найдена)".encode(),
        sp.GatewayError(3, "группа не найдена"),
        None,
    ),
    # lines 994-995: fmt=1 carries no text; the spec's meaning stands in
    (Ping(id=12, fmt=1), b"0,-3", sp.GatewayError(3, "Task group not found."), None),
    (
        Ping(id=12, fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than five identical notification requests within a minute. "
            "This error also occurs when you try to send fifteen or more requests "
            "simultaneously from different connections under the same username (too many "
            "concurrent requests).",
        ),
        None,
    ),
    # lines 997-1001
    (
        Ping(id=12, fmt=2),
        b"<result>\n<error>invalid login</error>\n<error_code>2</error_code>\n</result>",
        sp.GatewayError(2, "invalid login"),
        b"<result><error>invalid login</error><error_code>2</error_code></result>",
    ),
    # lines 1003-1007
    (
        Ping(id=12, fmt=3, charset="koi8-r"),
        '{\n"error": "IP заблокирован",\n"error_code": 4\n}'.encode("koi8-r"),
        sp.GatewayError(4, "IP заблокирован"),
        '{"error":"IP заблокирован","error_code":4}'.encode("koi8-r"),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Ping, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Ping, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[Ping, bytes, str]] = [
    (Ping(id=12), b"", r"does not have the form '\{result\}'"),
    (Ping(id=12), b"Ok", r"does not have the form '\{result\}'"),
    (Ping(id=12, fmt=1), b"OK,1", "does not have the form"),
    (Ping(id=12, fmt=1), b"OK,OK", "does not have the form"),
    (Ping(id=12, fmt=2), b"<result>NO</result>", "result: must be one of OK, got 'NO'"),
    (Ping(id=12, fmt=2), b"<ok>OK</ok>", "root element must be <result>"),
    (Ping(id=12, fmt=3), b'{"result": "OK", "id": 12}', "unknown key 'id'"),
    (Ping(id=12, fmt=3), b'{"result": 1}', "result: must be one of OK, got '1'"),
    (Ping(id=12, fmt=3), b'["OK"]', "a record must be a JSON object"),
    (Ping(id=12), b"ERROR = 3", "does not have the form|fits no reply form"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Ping, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="result: is required"):
        sp.encode_response(Ping(id=12), PingReply())
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK, got 'ok'"):
        sp.encode_response(Ping(id=12, fmt=3), PingReply(result="ok"))
    with pytest.raises(sp.LocalProtocolError, match="must be a PingReply"):
        sp.encode_response(Ping(id=12), "OK")  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of ping\.php names no"):
        sp.encode_error(Ping(id=12), sp.GatewayError(3, "x", id=12))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["ping.php"]) == [1, 2, 3, 4, 9]
    assert sp.responses.error_meaning("ping.php", 3) == "Task group not found."
    assert sp.responses.error_meaning("ping.php", 5) is None


@given(ping_replies())
def test_round_trip(reply: PingReply) -> None:
    assert_reply_round_trip(Ping(id=12), reply)
