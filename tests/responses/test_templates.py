"""templates.php replies: one table of (command, body, reply) rows drives both directions.

Bodies are the spec's templates (lines 767-826) with the placeholders filled in, laid
out as printed ("..." as a second record); a fourth element is the canonical body the
encoder writes when it differs.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
)
from smsc_proto.responses import TemplatesAddReply, TemplatesGetReply, TemplatesOkReply
from smsc_proto.strategies import (
    templates_add_replies,
    templates_get_replies,
    templates_ok_replies,
)

from .conftest import AMBIGUOUS, CHARSETS, assert_reply_round_trip

ADD = TemplatesAdd(name="Privet", msg="Hello!")
CHG = TemplatesChange(id=5)
DEL = TemplatesDelete(id=5)
GET = TemplatesGet()


def cmd(command: Command, **kwargs: Any) -> Any:
    return dataclasses.replace(command, **kwargs)


OK = TemplatesOkReply(result="OK")
T1 = TemplatesGetReply(
    id=1234, name="Privet", format="sms", sender="SMSC", flag=1, message="Hello, world!"
)
T2 = TemplatesGetReply(id=1235, name="Empty", format="", sender="", flag=0, message="")
RU = TemplatesGetReply(
    id=7,
    name="Привет",
    format="viber",
    sender="Отправитель",
    flag=0,
    message="Привет, {NAME}!",
)

CASES: list[tuple[Command, bytes, object, bytes | None]] = [
    # add, line 768: "when fmt = 0: ID - <id>"
    (ADD, b"ID - 1234", TemplatesAddReply(id=1234), None),
    # line 770: "when fmt = 1: <id>"
    (cmd(ADD, fmt=1), b"1234", TemplatesAddReply(id=1234), None),
    # lines 772-775
    (
        cmd(ADD, fmt=2),
        b"<template>\n<id>1234</id>\n</template>",
        TemplatesAddReply(id=1234),
        b"<template><id>1234</id></template>",
    ),
    # lines 777-780: the id is bare
    (cmd(ADD, fmt=3), b'{\n"id": 1234\n}', TemplatesAddReply(id=1234), b'{"id":1234}'),
    # QUIRKS INC-71: a quoted id is read too
    (cmd(ADD, fmt=3), b'{"id": "1234"}', TemplatesAddReply(id=1234), b'{"id":1234}'),
    # chg and del, line 783: "when fmt = 0, 1: OK"
    (CHG, b"OK", OK, None),
    (cmd(CHG, fmt=1), b"OK", OK, None),
    (DEL, b"OK", OK, None),
    (cmd(DEL, fmt=1), b"OK\r\n", OK, b"OK"),
    # lines 785-786
    (cmd(CHG, fmt=2), b"<result>OK</result>", OK, None),
    (cmd(DEL, fmt=2, charset="utf-8"), b"<result>OK</result>", OK, None),
    # lines 788-791
    (cmd(CHG, fmt=3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    (cmd(DEL, fmt=3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    # get, lines 795-797: one line per template; free text at the end may hold ", "
    (
        GET,
        b"id = 1234, name = Privet, format = sms, sender = SMSC, flag = 1, message = Hello, "
        b"world!\nid = 1235, name = Empty, format = , sender = , flag = 0, message = ",
        [T1, T2],
        None,
    ),
    (
        cmd(GET, charset="koi8-r"),
        "id = 7, name = Привет, format = viber, sender = Отправитель, flag = 0, message = "
        "Привет, {NAME}!".encode("koi8-r"),
        [RU],
        None,
    ),
    # no template: an empty body
    (GET, b"", [], None),
    # lines 799-801
    (
        cmd(GET, fmt=1),
        b"1234,Privet,sms,SMSC,1,Hello, world!\n1235,Empty,,,0,",
        [T1, T2],
        None,
    ),
    (
        cmd(GET, fmt=1),
        "7,Привет,viber,Отправитель,0,Привет, {NAME}!".encode("cp1251"),
        [RU],
        None,
    ),
    # lines 803-814
    (
        cmd(GET, fmt=2),
        b"<list>\n<template>\n<id>1234</id>\n<name>Privet</name>\n<format>sms</format>\n"
        b"<sender>SMSC</sender>\n<flag>1</flag>\n<message>Hello, world!</message>\n"
        b"</template>\n<template>\n<id>1235</id>\n<name>Empty</name>\n<format></format>\n"
        b"<sender></sender>\n<flag>0</flag>\n<message></message>\n</template>\n</list>",
        [T1, T2],
        b"<list><template><id>1234</id><name>Privet</name><format>sms</format>"
        b"<sender>SMSC</sender><flag>1</flag><message>Hello, world!</message></template>"
        b"<template><id>1235</id><name>Empty</name><format></format><sender></sender>"
        b"<flag>0</flag><message></message></template></list>",
    ),
    (cmd(GET, fmt=2), b"<list>\n</list>", [], b"<list/>"),
    # fmt=2 carries what one line per template cannot: commas, line breaks
    (
        cmd(GET, fmt=2, charset="utf-8"),
        "<list><template><id>7</id><name>Да, нет</name><format>sms</format><sender>A,B"
        "</sender><flag>0</flag><message>Один\nДва</message></template></list>"
        "".encode(),
        [
            TemplatesGetReply(
                id=7,
                name="Да, нет",
                format="sms",
                sender="A,B",
                flag=0,
                message="Один\nДва",
            )
        ],
        None,
    ),
    # lines 816-825: id and flag bare, the rest quoted
    (
        cmd(GET, fmt=3),
        b'[{\n"id": 1234,\n"name": "Privet",\n"format": "sms",\n"sender": "SMSC",\n'
        b'"flag": 1,\n"message": "Hello, world!"\n},\n{\n"id": 1235,\n"name": "Empty",\n'
        b'"format": "",\n"sender": "",\n"flag": 0,\n"message": ""\n}]',
        [T1, T2],
        b'[{"id":1234,"name":"Privet","format":"sms","sender":"SMSC","flag":1,'
        b'"message":"Hello, world!"},{"id":1235,"name":"Empty","format":"","sender":"",'
        b'"flag":0,"message":""}]',
    ),
    (
        cmd(GET, fmt=3, charset="utf-8"),
        '[{"id":7,"name":"Привет","format":"viber","sender":"Отправитель","flag":0,'
        '"message":"Привет,\\n{NAME}!"}]'.encode(),
        [dataclasses.replace(RU, message="Привет,\n{NAME}!")],
        None,
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


NOT_FOUND = sp.GatewayError(3, "The record was not found.")
ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # lines 737-738 with the codes of lines 756-763
    (CHG, b"ERROR = 3 (record not found)", sp.GatewayError(3, "record not found"), None),
    (
        cmd(ADD, charset="utf-8"),
        "ERROR = 5 (ошибка сохранения)".encode(),
        sp.GatewayError(5, "ошибка сохранения"),
        None,
    ),
    # lines 740-741: fmt=1 carries no text; the spec's meaning stands in
    (cmd(DEL, fmt=1), b"0,-3", NOT_FOUND, None),
    (
        cmd(GET, fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than three identical template action requests. This error "
            "also occurs when you try to send fifteen or more requests simultaneously from "
            "different connections under the same username (too many concurrent requests).",
        ),
        None,
    ),
    # lines 743-747
    (
        cmd(GET, fmt=2),
        b"<result>\n<error>parameters</error>\n<error_code>1</error_code>\n</result>",
        sp.GatewayError(1, "parameters"),
        b"<result><error>parameters</error><error_code>1</error_code></result>",
    ),
    # lines 749-753
    (
        cmd(ADD, fmt=3, charset="koi8-r"),
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
    # QUIRKS INC-06: this script writes "ID - <id>"; the "ID = <id>" of others is refused
    (ADD, b"ID = 1234", r"does not have the form 'ID - \{id\}'"),
    (ADD, b"ID - 0", "id: must be 1..2147483647, got 0"),
    (cmd(ADD, fmt=1), b"1234,1", r"does not have the form '\{id\}'"),
    (cmd(ADD, fmt=2), b"<result><id>1234</id></result>", "root element must be <template>"),
    (cmd(ADD, fmt=2), b"<template><cnt>1</cnt></template>", "has no element <cnt>"),
    (cmd(ADD, fmt=3), b'{"id": 1234, "name": "x"}', "unknown key 'name'"),
    (CHG, b"ok", r"does not have the form '\{result\}'"),
    (cmd(DEL, fmt=1), b"OK, ID - 5", "does not have the form"),
    (cmd(CHG, fmt=2), b"<result>DONE</result>", "result: must be one of OK, got 'DONE'"),
    (cmd(DEL, fmt=2), b"<result><ok>OK</ok></result>", "result: must be one of OK, got ''"),
    (cmd(DEL, fmt=3), b'{"result": "ok"}', "result: must be one of OK"),
    (cmd(DEL, fmt=3), b"{}", "lacks result"),
    # fmt=1: a message's line break starts a line that is no template
    (cmd(GET, fmt=1), b"1,N,sms,S,0,line 1\nline 2", "'line 2' does not have the form"),
    (cmd(GET, fmt=1), b"1,N,SMS,S,0,m", "does not have the form"),
    (cmd(GET, fmt=1), b"1,,sms,S,0,m", "does not have the form"),
    (cmd(GET, fmt=1), b"1,N,sms,S,-1,m", "does not have the form"),
    (cmd(GET, fmt=2), b"<result><template/></result>", "root element must be <list>"),
    (cmd(GET, fmt=2), b"<list><tpl/></list>", "<list> holds only <template>"),
    (
        cmd(GET, fmt=2),
        b"<list><template><id>1</id><name>N</name></template></list>",
        "<template> lacks format, sender, flag, message",
    ),
    (cmd(GET, fmt=3), b'{"id": 1}', "must be a JSON array of records"),
    (cmd(GET, fmt=3), b'[{"id": 1, "name": "N"}]', "lacks format, sender, flag, message"),
    (
        cmd(GET, fmt=3),
        b'[{"id":1,"name":"N","format":"sms","sender":"S","flag":0,"message":"m","x":1}]',
        "unknown key 'x'",
    ),
    (
        cmd(GET, fmt=3),
        b'[{"id":1,"name":"N","format":"fax","sender":"S","flag":0,"message":"m"}]',
        "format: must be one of",
    ),
    (GET, b"ERROR = x", "does not have the form|fits no reply form"),
    (cmd(GET, charset="utf-8"), b"\xff", "byte 0xFF at 0 is not valid utf-8"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


ONE_LINE_ONLY = TemplatesGetReply(id=1, name="N", format="sms", sender="S", flag=0, message="a\nb")

REFUSED: list[tuple[Command, object, str]] = [
    (ADD, TemplatesAddReply(), "id: is required"),
    (ADD, TemplatesAddReply(id=0), "id: must be 1..2147483647"),
    (ADD, OK, "must be a TemplatesAddReply"),
    (CHG, TemplatesOkReply(result="Done"), "result: must be one of OK"),
    (cmd(DEL, fmt=3), TemplatesOkReply(), "result: is required"),
    (GET, T1, "must be a list of TemplatesGetReply"),
    (cmd(GET, fmt=1), [ONE_LINE_ONLY], "holds a line break"),
    (GET, [dataclasses.replace(ONE_LINE_ONLY, message="a\nid = 2")], "would start a record"),
    (cmd(GET, fmt=2), [dataclasses.replace(T1, format="fax")], "format: must be one of"),
    (cmd(GET, fmt=3), [dataclasses.replace(T1, flag=None)], "flag: is required"),
    # windows-1251 carries Cyrillic, not Japanese
    (GET, [dataclasses.replace(RU, message="日本")], "'日' .* cannot be encoded in windows-1251"),
]


@pytest.mark.parametrize(("command", "reply", "match"), REFUSED)
def test_encode_refuses(command: Command, reply: object, match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.encode_response(command, reply)


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["templates.php"]) == [1, 2, 3, 4, 5, 9]
    assert sp.responses.error_meaning("templates.php", 5) == "Save or delete error."
    assert sp.responses.error_meaning("templates.php", 6) is None
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of templates\.php names no"):
        sp.encode_error(DEL, sp.GatewayError(3, "x", id=5))


def assert_list_round_trip(command: Command, replies: list[Any], fmts: tuple[int, ...]) -> None:
    """In each of ``fmts`` and every charset, ``decode(encode(replies)) == replies``; a
    fmt=0/1 writer may refuse a line its texts would make readable two ways (a name
    ``0,`` beside an empty format and sender: nothing is escaped), and only that."""
    for fmt in fmts:
        for charset in CHARSETS:
            again = dataclasses.replace(command, fmt=fmt, charset=charset)
            try:
                body = sp.encode_response(again, replies)
            except sp.LocalProtocolError as exc:
                refusal: str | None = str(exc)
            else:
                refusal = None
            if refusal is not None:
                assert fmt in (0, 1), refusal
                assert AMBIGUOUS in refusal, refusal
                continue
            assert sp.decode_response(again, body) == replies


@given(templates_add_replies())
def test_round_trip_add(reply: TemplatesAddReply) -> None:
    assert_reply_round_trip(ADD, reply)


@given(templates_ok_replies())
def test_round_trip_change_and_delete(reply: TemplatesOkReply) -> None:
    assert_reply_round_trip(CHG, reply)
    assert_reply_round_trip(DEL, reply)


@given(templates_get_replies())
def test_round_trip_get(replies: list[TemplatesGetReply]) -> None:
    # Every format carries every field of a template fmt=0/1 can write.
    assert_list_round_trip(GET, replies, (0, 1, 2, 3))


@given(templates_get_replies(text_form=False))
def test_round_trip_get_xml_json(replies: list[TemplatesGetReply]) -> None:
    assert_list_round_trip(GET, replies, (2, 3))


def test_a_fmt0_message_may_span_lines() -> None:
    # fmt=0 records start with "id = ": a line that does not is part of the message.
    body = b"id = 1, name = N, format = sms, sender = S, flag = 0, message = line 1\nline 2"
    (template,) = sp.decode_response(GET, body)
    assert template.message == "line 1\nline 2"
    assert sp.encode_response(GET, [template]) == body
