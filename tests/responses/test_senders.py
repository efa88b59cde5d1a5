"""senders.php replies and error replies: one table drives both directions.

Bodies are the spec's templates (lines 2679-2827) with the placeholders filled in, laid
out as printed; a fourth element is the canonical body the encoder writes when it
differs. The names list (``get``) decodes to a list of records.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
)
from smsc_proto.responses import (
    SendersAddReply,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
)
from smsc_proto.strategies import (
    senders_add_replies,
    senders_get_operators_replies,
    senders_get_replies,
    senders_ok_replies,
)

from .conftest import assert_reply_round_trip

SHOP = SendersGetReply(sender="my_shop", id=12)
SHOP_1 = SendersGetReply(sender="my_shop", status=1, id=12)
DIGITS = SendersGetReply(sender="79999999999", id=13)
CYRILLIC = SendersGetReply(sender="Магазин", status=0, id=14)
# Line 2794's codes, each field a different one, so a swapped field shows.
OPERATORS = SendersGetOperatorsReply(
    sender="my_shop",
    mega_step=2,
    bee_step=2,
    motiv_step=0,
    sber_step=1,
    winmob_step=3,
    volnamob_step=4,
    mts_step=5,
    tele2_step=8,
    tele2=9,
    ua_reg=255,
    ua_int=0,
    mega_int=1,
    motiv_int=2,
    mts_int=3,
    motiv=4,
    by_reg=5,
    by_int=8,
    tele2_int=9,
    sber_int=255,
    id=12,
)
OPERATORS_FMT0 = (
    b"name = my_shop, mega_step = 2, bee_step = 2, motiv_step = 0, sber_step = 1, "
    b"winmob_step = 3, volnamob_step = 4, mts_step = 5, tele2_step = 8, tele2 = 9, "
    b"ua_reg = 255, ua_int = 0, mega_int = 1, motiv_int = 2, mts_int = 3, motiv = 4, "
    b"by_reg = 5, by_int = 8, tele2_int = 9, sber_int = 255, id = 12"
)
OPERATORS_FMT2 = (
    b'<sender mega_step="2" bee_step="2" motiv_step="0" sber_step="1" winmob_step="3" '
    b'volnamob_step="4" mts_step="5" tele2_step="8" tele2="9" ua_reg="255" ua_int="0" '
    b'mega_int="1" motiv_int="2" mts_int="3" motiv="4" by_reg="5" by_int="8" '
    b'tele2_int="9" sber_int="255" id="12">my_shop</sender>'
)
OPERATORS_FMT3 = (
    b'{"sender":"my_shop","mega_step":"2","mega_int":"1","bee_step":"2","motiv":"4",'
    b'"motiv_step":"0","motiv_int":"2","sber_step":"1","sber_int":"255","winmob_step":"3",'
    b'"volnamob_step":"4","mts_step":"5","mts_int":"3","tele2_step":"8","tele2":"9",'
    b'"tele2_int":"9","ua_reg":"255","ua_int":"0","by_reg":"5","by_int":"8","id":"12"}'
)
OK = SendersOkReply(result="OK")
OK_COMMANDS = [
    SendersChange(id=12, cmt="test"),
    SendersSendCode(sender="79999999999"),
    SendersCheckCode(sender="79999999999", code="338824"),
    SendersDelete(sender="my_shop"),
]


def fmt(command: Command, value: int, charset: str | None = None) -> Any:
    return dataclasses.replace(command, fmt=value, charset=charset)


CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # all=0 (lines 2713-2732)
    (SendersGet(), b"name = my_shop, id = 12\nname = 79999999999, id = 13", [SHOP, DIGITS], None),
    (SendersGet(fmt=1), b"my_shop,12\n79999999999,13", [SHOP, DIGITS], None),
    (
        SendersGet(fmt=2),
        b'<list>\n<sender id="12">my_shop</sender>\n<sender id="13">79999999999</sender>\n</list>',
        [SHOP, DIGITS],
        b'<list><sender id="12">my_shop</sender><sender id="13">79999999999</sender></list>',
    ),
    (
        SendersGet(fmt=3),
        b'[{\n"sender": "my_shop",\n"id": 12\n},\n{\n"sender": "79999999999",\n"id": 13\n}]',
        [SHOP, DIGITS],
        b'[{"sender":"my_shop","id":12},{"sender":"79999999999","id":13}]',
    ),
    # no names at all
    (SendersGet(), b"", [], None),
    (SendersGet(fmt=2), b"<list>\n</list>", [], b"<list/>"),
    (SendersGet(fmt=3), b"[]", [], None),
    # a name holding the separators still reads one way: the fields after it are numbers
    (
        SendersGet(fmt=1),
        b"a, id = 5,12",
        [SendersGetReply(sender="a, id = 5", id=12)],
        None,
    ),
    # all=1 (lines 2734-2754)
    (
        SendersGet(all=1, charset="koi8-r"),
        "name = my_shop, status = 1, id = 12\nname = Магазин, status = 0, id = 14".encode("koi8-r"),
        [SHOP_1, CYRILLIC],
        None,
    ),
    (
        SendersGet(all=1, fmt=1),
        "my_shop,1,12\nМагазин,0,14".encode("cp1251"),
        [SHOP_1, CYRILLIC],
        None,
    ),
    (
        SendersGet(all=1, fmt=2, charset="utf-8"),
        '<list>\n<sender status="1" id="12">my_shop</sender>\n'
        '<sender status="0" id="14">Магазин</sender>\n</list>'.encode(),
        [SHOP_1, CYRILLIC],
        '<list><sender status="1" id="12">my_shop</sender>'
        '<sender status="0" id="14">Магазин</sender></list>'.encode(),
    ),
    (
        SendersGet(all=1, fmt=3, charset="utf-8"),
        '[{\n"sender": "my_shop",\n"status": 1,\n"id": 12\n},\n'
        '{\n"sender": "Магазин",\n"status": 0,\n"id": 14\n}]'.encode(),
        [SHOP_1, CYRILLIC],
        '[{"sender":"my_shop","status":1,"id":12},{"sender":"Магазин","status":0,"id":14}]'.encode(),
    ),
    # operators=1, fmt=0 (lines 2756-2758): QUIRKS INC-35, winmob_step/volnamob_step as
    # every other status
    (SendersGet(operators=True), OPERATORS_FMT0, [OPERATORS], None),
    # fmt=2 (lines 2760-2764)
    (
        SendersGet(operators=True, fmt=2),
        b"<list>\n" + OPERATORS_FMT2 + b"\n</list>",
        [OPERATORS],
        b"<list>" + OPERATORS_FMT2 + b"</list>",
    ),
    # fmt=3 (lines 2766-2790): QUIRKS INC-36, its own key order, every value quoted
    (
        SendersGet(operators=True, fmt=3),
        b'[{\n"sender": "my_shop",\n"mega_step": "2",\n"mega_int": "1",\n"bee_step": "2",\n'
        b'"motiv": "4",\n"motiv_step": "0",\n"motiv_int": "2",\n"sber_step": "1",\n'
        b'"sber_int": "255",\n"winmob_step": "3",\n"volnamob_step": "4",\n"mts_step": "5",\n'
        b'"mts_int": "3",\n"tele2_step": "8",\n"tele2": "9",\n"tele2_int": "9",\n'
        b'"ua_reg": "255",\n"ua_int": "0",\n"by_reg": "5",\n"by_int": "8",\n"id": "12"\n}]',
        [OPERATORS],
        b"[" + OPERATORS_FMT3 + b"]",
    ),
    # all=1 with operators=1: fmt=2/3 may add the name's status
    (
        SendersGet(all=1, operators=True, fmt=3),
        b"[" + OPERATORS_FMT3.replace(b'"my_shop",', b'"my_shop","status":1,') + b"]",
        [dataclasses.replace(OPERATORS, status=1)],
        None,
    ),
    (
        SendersGet(all=1, operators=True, fmt=2),
        b'<list><sender status="1" ' + OPERATORS_FMT2.removeprefix(b"<sender ") + b"</list>",
        [dataclasses.replace(OPERATORS, status=1)],
        None,
    ),
    # add (lines 2801-2813): QUIRKS INC-38, fmt=3 names the id "sender"
    (SendersAdd(sender="my_shop", cmt="test"), b"ID = 12", SendersAddReply(id=12), None),
    (SendersAdd(sender="my_shop", fmt=1), b"12", SendersAddReply(id=12), None),
    (
        SendersAdd(sender="my_shop", fmt=2),
        b"<sender>\n<id>12</id>\n</sender>",
        SendersAddReply(id=12),
        b"<sender><id>12</id></sender>",
    ),
    (
        SendersAdd(sender="my_shop", fmt=3),
        b'{\n"sender": 12\n}',
        SendersAddReply(id=12),
        b'{"sender":12}',
    ),
    # chg, send_code, check_code, del (lines 2818-2827)
    *(
        case
        for command in OK_COMMANDS
        for case in (
            (command, b"OK", OK, None),
            (fmt(command, 1), b"OK", OK, None),
            (fmt(command, 2), b"<result>OK</result>", OK, None),
            (fmt(command, 3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
        )
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # line 2679 (QUIRKS INC-09: the unlabelled bullet is fmt=0)
    (SendersGet(), b"ERROR = 2 (invalid login)", sp.GatewayError(2, "invalid login"), None),
    (
        SendersDelete(sender="my_shop", charset="utf-8"),
        "ERROR = 3 (имя не найдено)".encode(),
        sp.GatewayError(3, "имя не найдено"),
        None,
    ),
    # lines 2681-2682: the code only; the table gives the meaning (lines 2698-2708)
    (
        SendersAdd(sender="my_shop", fmt=1),
        b"0,-5",
        sp.GatewayError(5, "Error saving or deleting the sender's name."),
        None,
    ),
    (
        SendersSendCode(sender="79999999999", fmt=1),
        b"0,-10",
        sp.GatewayError(
            10,
            "The code has already been sent to the specified number. Retry is possible "
            "after 8 hours.",
        ),
        None,
    ),
    (
        SendersCheckCode(sender="79999999999", code="1", fmt=1),
        b"0,-11",
        sp.GatewayError(11, "Invalid confirmation code."),
        None,
    ),
    (
        SendersGet(fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than three identical requests to get a list of available "
            "sender names or five requests to create a new sender name within a minute. "
            "This error also occurs when you try to send fifteen or more requests "
            "simultaneously from different connections under the same username (too many "
            "concurrent requests).",
        ),
        None,
    ),
    # lines 2684-2688
    (
        SendersSendCode(sender="79999999999", fmt=2, charset="koi8-r"),
        "<result>\n<error>код не доставлен</error>\n<error_code>8</error_code>\n</result>".encode(
            "koi8-r"
        ),
        sp.GatewayError(8, "код не доставлен"),
        "<result><error>код не доставлен</error><error_code>8</error_code></result>".encode(
            "koi8-r"
        ),
    ),
    # lines 2690-2694
    (
        SendersGet(operators=True, fmt=3),
        b'{\n"error": "invalid number",\n"error_code": 7\n}',
        sp.GatewayError(7, "invalid number"),
        b'{"error":"invalid number","error_code":7}',
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
    (SendersGet(), b"name = my_shop", "does not have the form 'name = {sender}, id = {id}'"),
    (SendersGet(), b"name = , id = 1", "does not have the form"),
    (SendersGet(), b"name = a, id = 0", "id: must be 1..2147483647, got 0"),
    (SendersGet(fmt=1), b"my_shop,12\n\n79999999999,13", "body: '' does not have the form"),
    (SendersGet(all=1), b"name = my_shop, id = 12", "'name = {sender}, status = {status}, "),
    (SendersGet(all=1, fmt=1), b"my_shop,12", "does not have the form"),
    (SendersGet(fmt=2), b"<list><sender>x</sender></list>", "<sender> lacks id"),
    (SendersGet(fmt=2), b'<list><name id="1">x</name></list>', "<list> holds only <sender>"),
    (SendersGet(fmt=2), b'<result><sender id="1">x</sender></result>', "must be <list>"),
    (
        SendersGet(fmt=2),
        b'<list><sender status="1" id="1">x</sender></list>',
        "has no attribute 'status'",
    ),
    (SendersGet(fmt=2), b'<list><sender id="1"></sender></list>', "sender: must not be empty"),
    (SendersGet(fmt=3), b'{"sender": "x", "id": 1}', "must be a JSON array of records"),
    (SendersGet(fmt=3), b'[{"sender": "x"}]', "lacks id"),
    (SendersGet(all=1, fmt=3), b'[{"sender": "x", "id": 1}]', "lacks status"),
    # QUIRKS INC-34: operators=1 has no fmt=1 form
    (SendersGet(operators=True, fmt=1), b"my_shop,12", "the spec gives this reply no fmt=1 form"),
    (SendersGet(operators=True), b"name = my_shop, id = 12", "does not have the form"),
    # line 2798: a "replacement analog" of unshown form is refused, not dropped
    (
        SendersGet(operators=True, fmt=3),
        b"[" + OPERATORS_FMT3.replace(b'"id":"12"', b'"id":"12","mts_step_alt":"x"') + b"]",
        "unknown key 'mts_step_alt'",
    ),
    (SendersAdd(sender="my_shop", fmt=3), b'{"id": 12}', "unknown key 'id'"),
    (SendersAdd(sender="my_shop", fmt=2), b"<result><id>12</id></result>", "must be <sender>"),
    (SendersAdd(sender="my_shop"), b"ID - 12", "does not have the form 'ID = {id}'"),
    (SendersDelete(id=1), b"NO", r"body: 'NO' does not have the form '\{result\}'"),
    (SendersDelete(id=1, fmt=3), b'{"result": "FAIL"}', "result: must be OK"),
    (SendersDelete(id=1, fmt=2), b"<result>ok</result>", "result: must be OK"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="must be a list of SendersGetReply"):
        sp.encode_response(SendersGet(), SHOP)  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match="status: is required"):
        sp.encode_response(SendersGet(all=1), [SHOP])
    with pytest.raises(sp.LocalProtocolError, match="sender: must not contain line breaks"):
        sp.encode_response(SendersGet(), [SendersGetReply(sender="a\nb", id=1)])
    with pytest.raises(sp.LocalProtocolError, match="the spec gives this reply no fmt=1 form"):
        sp.encode_response(SendersGet(operators=True, fmt=1), [OPERATORS])
    with pytest.raises(sp.LocalProtocolError, match="result: must be OK"):
        sp.encode_response(SendersDelete(id=1), SendersOkReply(result="FAIL"))
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of senders\.php names no"):
        sp.encode_error(SendersDelete(id=1), sp.GatewayError(3, "x", id=5))


def test_files_replies_are_not_modelled() -> None:
    # Spec (lines 2669-2674): files=1 nests an array of files in each name.
    command = SendersGet(files=True, fmt=3)
    with pytest.raises(sp.LocalProtocolError, match="files: the replies of files=1"):
        sp.decode_response(command, b"[]")
    with pytest.raises(sp.LocalProtocolError, match="files: the replies of files=1"):
        sp.encode_response(command, [])


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["senders.php"]) == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11]
    assert sp.responses.error_meaning("senders.php", 11) == "Invalid confirmation code."


@pytest.mark.parametrize("all_", [0, 1])
def test_round_trip_get(all_: int) -> None:
    @given(senders_get_replies(all=all_))
    def check(records: list[SendersGetReply]) -> None:
        assert_reply_round_trip(SendersGet(all=all_), records, (0, 1, 2, 3))

    check()


@pytest.mark.parametrize("all_", [0, 1])
def test_round_trip_get_operators(all_: int) -> None:
    @given(senders_get_operators_replies(all=all_))
    def check(records: list[SendersGetOperatorsReply]) -> None:
        # QUIRKS INC-34: no fmt=1 form.
        assert_reply_round_trip(SendersGet(all=all_, operators=True), records, (0, 2, 3))

    check()


@given(senders_add_replies())
def test_round_trip_add(model: SendersAddReply) -> None:
    assert_reply_round_trip(SendersAdd(sender="my_shop"), model)


@pytest.mark.parametrize("command", OK_COMMANDS)
def test_round_trip_ok(command: Command) -> None:
    @given(senders_ok_replies())
    def check(model: SendersOkReply) -> None:
        assert_reply_round_trip(command, model)

    check()


COMMANDS = [
    SendersGet(),
    SendersGet(all=1),
    SendersGet(operators=True),
    SendersAdd(sender="my_shop"),
    *OK_COMMANDS,
]


@given(st.sampled_from(COMMANDS), st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt_: int, body: bytes
) -> None:
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(fmt(command, fmt_), body)
