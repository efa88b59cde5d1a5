"""op_templates.php replies: one table of (command, body, reply) rows drives both directions.

Bodies are the spec's templates (lines 895-945) with the placeholders filled in, laid
out as printed ("..." as a second record); a fourth element is the canonical body the
encoder writes when it differs. QUIRKS INC-07: fmt=0 and fmt=3 carry the status under
the key ``name`` and no operator name.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import Command, OpTemplatesAdd, OpTemplatesGet
from smsc_proto.responses import OpTemplatesAddReply, OpTemplatesGetReply
from smsc_proto.strategies import op_templates_add_replies, op_templates_get_replies

from .conftest import CHARSETS

ADD = OpTemplatesAdd(sender="SMSC", msg="Code: {CODE}", mts_srv=True, mega_adv=True)
GET = OpTemplatesGet(sender="SMSC", msg="Code: {CODE}")


def cmd(command: Command, **kwargs: Any) -> Any:
    return dataclasses.replace(command, **kwargs)


A1 = OpTemplatesAddReply(name="mts_srv", status=1, id=1234)
A2 = OpTemplatesAddReply(name="mega_adv", status=-2, id=0)
G1 = OpTemplatesGetReply(name="mts_srv", status=2, id=1234)
G2 = OpTemplatesGetReply(name="bee_trn", status=-1, id=0)


def nameless(reply: Any) -> Any:
    """What fmt=0/3 carry of a record: the status and the id (QUIRKS INC-07)."""
    return dataclasses.replace(reply, name=None)


CASES: list[tuple[Command, bytes, object, bytes | None]] = [
    # add, lines 896-898: "name = <status>, id = <id>" and "..."
    (ADD, b"name = 1, id = 1234\nname = -2, id = 0", [nameless(A1), nameless(A2)], None),
    (ADD, b"", [], None),
    # lines 900-902
    (cmd(ADD, fmt=1), b"mts_srv,1,1234\nmega_adv,-2,0", [A1, A2], None),
    # lines 904-912
    (
        cmd(ADD, fmt=2),
        b"<result>\n<template>\n<name>mts_srv</name>\n<status>1</status>\n<id>1234</id>\n"
        b"</template>\n<template>\n<name>mega_adv</name>\n<status>-2</status>\n<id>0</id>\n"
        b"</template>\n</result>",
        [A1, A2],
        b"<result><template><name>mts_srv</name><status>1</status><id>1234</id></template>"
        b"<template><name>mega_adv</name><status>-2</status><id>0</id></template></result>",
    ),
    # lines 914-919: "name" holds the bare status
    (
        cmd(ADD, fmt=3),
        b'[{\n"name": 1,\n"id": 1234\n},\n{\n"name": -2,\n"id": 0\n}]',
        [nameless(A1), nameless(A2)],
        b'[{"name":1,"id":1234},{"name":-2,"id":0}]',
    ),
    # get, lines 922-924
    (GET, b"name = 2, id = 1234\nname = -1, id = 0", [nameless(G1), nameless(G2)], None),
    (
        cmd(GET, charset="utf-8"),
        b"name = 0, id = 7\nname = 3, id = 8\nname = 4, id = 9\n",
        [OpTemplatesGetReply(status=s, id=i) for s, i in ((0, 7), (3, 8), (4, 9))],
        b"name = 0, id = 7\nname = 3, id = 8\nname = 4, id = 9",
    ),
    # lines 926-928
    (cmd(GET, fmt=1), b"mts_srv,2,1234\nbee_trn,-1,0", [G1, G2], None),
    # the name is the one text of its line: a comma in it still reads one way
    (
        cmd(GET, fmt=1),
        "МТС, сервисные,1,5".encode("cp1251"),
        [OpTemplatesGetReply(name="МТС, сервисные", status=1, id=5)],
        None,
    ),
    # lines 930-938
    (
        cmd(GET, fmt=2),
        b"<result>\n<template>\n<name>mts_srv</name>\n<status>2</status>\n<id>1234</id>\n"
        b"</template>\n<template>\n<name>bee_trn</name>\n<status>-1</status>\n<id>0</id>\n"
        b"</template>\n</result>",
        [G1, G2],
        b"<result><template><name>mts_srv</name><status>2</status><id>1234</id></template>"
        b"<template><name>bee_trn</name><status>-1</status><id>0</id></template></result>",
    ),
    (
        cmd(GET, fmt=2, charset="koi8-r"),
        "<result><template><name>Билайн</name><status>4</status><id>3</id></template>"
        "</result>".encode("koi8-r"),
        [OpTemplatesGetReply(name="Билайн", status=4, id=3)],
        None,
    ),
    (cmd(GET, fmt=2), b"<result>\n</result>", [], b"<result/>"),
    # lines 940-945
    (
        cmd(GET, fmt=3),
        b'[{\n"name": 2,\n"id": 1234\n},\n{\n"name": -1,\n"id": 0\n}]',
        [nameless(G1), nameless(G2)],
        b'[{"name":2,"id":1234},{"name":-1,"id":0}]',
    ),
    # QUIRKS INC-71: quoted numbers are read too
    (
        cmd(GET, fmt=3),
        b'[{"name": "2", "id": "1234"}]',
        [nameless(G1)],
        b'[{"name":2,"id":1234}]',
    ),
    (cmd(GET, fmt=3), b"[]", [], None),
]


@pytest.mark.parametrize(("command", "body", "reply", "canonical"), CASES)
def test_decode(command: Command, body: bytes, reply: object, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == reply
    assert sp.decode_response(command.to_request(), body) == reply


@pytest.mark.parametrize(("command", "body", "reply", "canonical"), CASES)
def test_encode(command: Command, body: bytes, reply: object, canonical: bytes | None) -> None:
    assert sp.encode_response(command, reply) == (canonical or body)


TOO_MANY = (
    "Attempt to send more than ten identical template action requests. This error also "
    "occurs when you try to send fifteen or more requests simultaneously from different "
    "connections under the same username (too many concurrent requests)."
)
ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # lines 867-868 with the codes of lines 886-891
    (ADD, b"ERROR = 1 (parameters)", sp.GatewayError(1, "parameters"), None),
    (
        cmd(GET, charset="utf-8"),
        "ERROR = 2 (неверный логин)".encode(),
        sp.GatewayError(2, "неверный логин"),
        None,
    ),
    # lines 870-871: fmt=1 carries no text; the spec's meaning stands in
    (cmd(ADD, fmt=1), b"0,-9", sp.GatewayError(9, TOO_MANY), None),
    (cmd(GET, fmt=1), b"0,-4", sp.GatewayError(4, "The IP address is temporarily blocked."), None),
    # lines 873-877
    (
        cmd(GET, fmt=2),
        b"<result>\n<error>blocked</error>\n<error_code>4</error_code>\n</result>",
        sp.GatewayError(4, "blocked"),
        b"<result><error>blocked</error><error_code>4</error_code></result>",
    ),
    # lines 879-883
    (
        cmd(ADD, fmt=3, charset="koi8-r"),
        '{\n"error": "ошибка в параметрах",\n"error_code": 1\n}'.encode("koi8-r"),
        sp.GatewayError(1, "ошибка в параметрах"),
        '{"error":"ошибка в параметрах","error_code":1}'.encode("koi8-r"),
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
    # the statuses of each command (lines 952-963)
    (ADD, b"name = 0, id = 5", r"status: must be one of -2, -1, 1, got '0'"),
    (GET, b"name = -2, id = 5", r"status: must be one of -1, 0, 1, 2, 3, 4, got '-2'"),
    (cmd(GET, fmt=3), b'[{"name": 5, "id": 5}]', r"status: must be one of .* got '5'"),
    # QUIRKS INC-07: the key is "name" as printed; an operator name in its place is refused
    (GET, b"mts_srv = 2, id = 5", r"does not have the form 'name = \{status\}, id = \{id\}'"),
    (cmd(GET, fmt=3), b'[{"name": "mts_srv", "id": 5}]', "status: must be one of"),
    (cmd(GET, fmt=3), b'[{"name": 2, "status": 2, "id": 5}]', "unknown key 'status'"),
    (cmd(GET, fmt=3), b'[{"name": 2}]', "lacks id"),
    (cmd(GET, fmt=3), b'{"name": 2, "id": 5}', "must be a JSON array of records"),
    (GET, b"name = 2, id = -1", "does not have the form"),
    (cmd(GET, fmt=1), b"mts_srv,2", "does not have the form"),
    (cmd(GET, fmt=1), b",2,5", "does not have the form"),
    (cmd(ADD, fmt=1), b"mts_srv,1,2147483648", "id: must be 0..2147483647"),
    (
        cmd(GET, fmt=2),
        b"<result><template><name>x</name><status>2</status></template></result>",
        "<template> lacks id",
    ),
    (cmd(GET, fmt=2), b"<templates><template/></templates>", "root element must be <result>"),
    (cmd(GET, fmt=2), b"<result><item/></result>", "<result> holds only <template>"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


REFUSED: list[tuple[Command, object, str]] = [
    (ADD, A1, "must be a list of OpTemplatesAddReply"),
    (ADD, [G1], "must be a OpTemplatesAddReply"),
    (ADD, [dataclasses.replace(A1, status=2)], "status: must be one of -2, -1, 1, got 2"),
    (cmd(GET, fmt=1), [nameless(G1)], "name: is required"),
    (cmd(GET, fmt=2), [dataclasses.replace(G1, name="a\nb")], "name: must not contain line"),
    (cmd(GET, fmt=3), [dataclasses.replace(G1, id=None)], "id: is required"),
]


@pytest.mark.parametrize(("command", "reply", "match"), REFUSED)
def test_encode_refuses(command: Command, reply: object, match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.encode_response(command, reply)


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["op_templates.php"]) == [1, 2, 4, 9]
    assert sp.responses.error_meaning("op_templates.php", 9) == TOO_MANY
    assert sp.responses.error_meaning("op_templates.php", 3) is None


def assert_round_trip(command: Command, replies: list[Any]) -> None:
    """In every fmt and charset: fmt=1/2 carry every field, fmt=0/3 all but the name."""
    for fmt in (0, 1, 2, 3):
        for charset in CHARSETS:
            again = dataclasses.replace(command, fmt=fmt, charset=charset)
            decoded = sp.decode_response(again, sp.encode_response(again, replies))
            expected = replies if fmt in (1, 2) else [nameless(r) for r in replies]
            assert decoded == expected, (fmt, charset)


@given(op_templates_add_replies())
def test_round_trip_add(replies: list[OpTemplatesAddReply]) -> None:
    assert_round_trip(ADD, replies)


@given(op_templates_get_replies())
def test_round_trip_get(replies: list[OpTemplatesGetReply]) -> None:
    assert_round_trip(GET, replies)
