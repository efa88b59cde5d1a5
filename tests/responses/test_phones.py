"""phones.php replies: one table of (command, body, model) rows drives both directions.

Bodies are the spec's templates (lines 2032-2221) with the placeholders filled in, laid
out as printed (``...`` as a second record); a fourth element is the canonical body the
encoder writes when it differs. Every reply variant of the catalog is a row: the create
reply (fmt0, fmt1, fmt2_contact_or_black, fmt2_group, fmt3) of add, add_group and
add_black; the OK reply (fmt0_1, fmt2, fmt3) of chg, chg_group, the three move_group, del,
del_group and del_black; the lists (fmt0..fmt3) of get, get_group and get_black.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
)
from smsc_proto.responses import (
    PhonesAddReply,
    PhonesGetBlackReply,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesOkReply,
)
from smsc_proto.strategies import (
    phones_add_replies,
    phones_get_black_replies,
    phones_get_group_replies,
    phones_get_replies,
    phones_ok_replies,
)
from smsc_proto.values import EmailAddress, Phone, parse_phone_list

from .conftest import assert_reply_round_trip

ONE = parse_phone_list("79999999999")
NUMBER = Phone(number="79999999999")


def at(command: Command, fmt: int | None = None, charset: str | None = None) -> Any:
    """``command`` with ``fmt`` and ``charset`` set."""
    return dataclasses.replace(command, fmt=fmt, charset=charset)


# The commands of the spec's examples (lines 2229-2259) and URL templates.
ADD = PhonesAdd(phone=ONE, name="Contact", grp=(321,))
ADD_GROUP = PhonesAddGroup(name="Group")
ADD_BLACK = PhonesAddBlack(phone=NUMBER, type=1)
CHANGE = PhonesChange(phone=ONE, name="Contact1")
CHANGE_GROUP = PhonesChangeGroup(grp=321, name="Group1")
MOVE = PhonesMoveToGroup(grp=(321,), phone=NUMBER)
JOIN = PhonesJoinGroup(grp=(321,), phone=NUMBER)
LEAVE = PhonesLeaveGroup(grp=(321,), phone=NUMBER)
DELETE = PhonesDelete(phone=ONE)
DELETE_GROUP = PhonesDeleteGroup(grp=321)
DELETE_BLACK = PhonesDeleteBlack(phone=ONE)
GET = PhonesGet(grp=(321,))
GET_GROUP = PhonesGetGroup()
GET_BLACK = PhonesGetBlack()

CREATES = [ADD, ADD_GROUP, ADD_BLACK]
OKS = [CHANGE, CHANGE_GROUP, MOVE, JOIN, LEAVE, DELETE, DELETE_GROUP, DELETE_BLACK]

NEW = PhonesAddReply(id=12345)
OK = PhonesOkReply(result="OK")

CONTACT = PhonesGetReply(
    phone=ONE,
    name="Contact",
    group=321,
    first_name="Ivan",
    last_name="Petrov",
    middle_name="Sergeevich",
    birthday=date(1980, 2, 29),
    id="c-1",
    comments="from work",
    tags="vip",
    phone_other=(Phone(number="78888888888"),),
)
# Two numbers, Cyrillic text and empty values.
CONTACT_RU = PhonesGetReply(
    phone=parse_phone_list("79999999998,+79999999997"),
    name="Контакт",
    group=322,
    first_name="Иван",
    last_name="Петров",
    middle_name="",
    birthday=date(1990, 1, 1),
    id="",
    comments="",
    tags="",
    phone_other=(),
)
CONTACTS = [CONTACT, CONTACT_RU]
#: A contact created without ``bd``.
NO_BIRTHDAY = dataclasses.replace(CONTACT, birthday=None)

GROUPS = [
    PhonesGetGroupReply(id=321, name="Group", number=5, cnt=2),
    PhonesGetGroupReply(id=322, name="Друзья, коллеги", number=6, cnt=0),
]
BLACKLIST = [
    PhonesGetBlackReply(id=1001, phone=NUMBER, type=1, comment="spam"),
    PhonesGetBlackReply(id=1002, phone=Phone(number="78888888888", plus=True), type=0, comment=""),
]

# lines 2099-2100 (fmt=0)
CONTACTS_FMT0 = (
    "phone = 79999999999, name = Contact, group = 321, first_name = Ivan, last_name = "
    "Petrov, middle_name = Sergeevich, birthday = 29.02.1980, id = c-1, comments = from "
    "work, tags = vip, phone_other = 78888888888\n"
    "phone = 79999999998,+79999999997, name = Контакт, group = 322, first_name = Иван, "
    "last_name = Петров, middle_name = , birthday = 01.01.1990, id = , comments = , "
    "tags = , phone_other = "
)
#: The first contact alone.
CONTACT_FMT0 = CONTACTS_FMT0.partition("\n")[0]
# lines 2103-2104 (fmt=1)
CONTACTS_FMT1 = (
    "79999999999,Contact,321,Ivan,Petrov,Sergeevich,29.02.1980,c-1,from work,vip,"
    "78888888888\n"
    "79999999998,+79999999997,Контакт,322,Иван,Петров,,01.01.1990,,,,"
)
# lines 2107-2122 (fmt=2)
CONTACTS_FMT2 = (
    "<list>\n<contact>\n<phone>79999999999</phone>\n<name>Contact</name>\n"
    "<group>321</group>\n<first_name>Ivan</first_name>\n<last_name>Petrov</last_name>\n"
    "<middle_name>Sergeevich</middle_name>\n<birthday>29.02.1980</birthday>\n"
    "<id>c-1</id>\n<comments>from work</comments>\n<tags>vip</tags>\n"
    "<phone_other>78888888888</phone_other>\n</contact>\n"
    "<contact>\n<phone>79999999998,+79999999997</phone>\n<name>Контакт</name>\n"
    "<group>322</group>\n<first_name>Иван</first_name>\n<last_name>Петров</last_name>\n"
    "<middle_name></middle_name>\n<birthday>01.01.1990</birthday>\n<id></id>\n"
    "<comments></comments>\n<tags></tags>\n<phone_other></phone_other>\n</contact>\n"
    "</list>"
)
# lines 2125-2138 (fmt=3): "group" bare, everything else quoted (QUIRKS INC-25)
CONTACTS_FMT3 = (
    '[{\n"phone": "79999999999",\n"name": "Contact",\n"group": 321,\n'
    '"first_name": "Ivan",\n"last_name": "Petrov",\n"middle_name": "Sergeevich",\n'
    '"birthday": "29.02.1980",\n"id": "c-1",\n"comments": "from work",\n"tags": "vip",\n'
    '"phone_other": "78888888888"\n},\n'
    '{\n"phone": "79999999998,+79999999997",\n"name": "Контакт",\n"group": 322,\n'
    '"first_name": "Иван",\n"last_name": "Петров",\n"middle_name": "",\n'
    '"birthday": "01.01.1990",\n"id": "",\n"comments": "",\n"tags": "",\n'
    '"phone_other": ""\n}]'
)


def compact_xml(text: str) -> str:
    return text.replace(">\n<", "><")


def compact_json(text: str) -> str:
    return text.replace(",\n", ",").replace("{\n", "{").replace("\n}", "}").replace('": ', '":')


CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # -- create (lines 2064-2084), for add, add_group and add_black ---------------------
    *[(at(c), b"ID = 12345", NEW, None) for c in CREATES],  # fmt0
    *[(at(c, 1), b"12345", NEW, None) for c in CREATES],  # fmt1
    # fmt2_contact_or_black (QUIRKS INC-27: the root is <phone>)
    *[
        (at(c, 2), b"<phone>\n<id>12345</id>\n</phone>", NEW, b"<phone><id>12345</id></phone>")
        for c in (ADD, ADD_BLACK)
    ],
    # fmt2_group (QUIRKS INC-27: the root is <group>)
    (at(ADD_GROUP, 2), b"<group>\n<id>12345</id>\n</group>", NEW, b"<group><id>12345</id></group>"),
    *[(at(c, 3), b'{\n"id": 12345\n}', NEW, b'{"id":12345}') for c in CREATES],  # fmt3
    # QUIRKS INC-71: a quoted id is read too
    (at(ADD, 3), b'{"id": "12345"}', NEW, b'{"id":12345}'),
    # -- change / delete (lines 2086-2094); move_group answers alike (QUIRKS INC-27) ----
    *[(at(c), b"OK", OK, None) for c in OKS],  # fmt0_1
    *[(at(c, 1), b"OK", OK, None) for c in OKS],
    *[(at(c, 2), b"<result>OK</result>", OK, None) for c in OKS],  # fmt2
    *[(at(c, 3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}') for c in OKS],  # fmt3
    (at(DELETE), b"OK\r\n", OK, b"OK"),  # one trailing line break
    # -- contact list (lines 2097-2151) -------------------------------------------------
    (at(GET), CONTACTS_FMT0.encode("cp1251"), CONTACTS, None),
    (at(GET, 0, "utf-8"), CONTACTS_FMT0.encode(), CONTACTS, None),
    # fmt=1: a contact with one number (one with several is refused, BAD)
    (at(GET, 1, "koi8-r"), CONTACTS_FMT1.partition("\n")[0].encode("koi8-r"), [CONTACT], None),
    (
        at(GET, 2, "utf-8"),
        CONTACTS_FMT2.encode(),
        CONTACTS,
        compact_xml(CONTACTS_FMT2).encode(),
    ),
    (
        at(GET, 3, "utf-8"),
        CONTACTS_FMT3.encode(),
        CONTACTS,
        compact_json(CONTACTS_FMT3).encode(),
    ),
    # QUIRKS INC-41: "dd. mm. yyyy" is read, "dd.mm.yyyy" written
    (
        at(GET),
        CONTACT_FMT0.replace("29.02.1980", "29. 02. 1980").encode(),
        [CONTACT],
        CONTACT_FMT0.encode(),
    ),
    # QUIRKS INC-25: the client's id is quoted; a bare number is read as its text
    (
        at(GET, 3),
        compact_json(CONTACTS_FMT3).split("},{")[0].replace('"c-1"', "42").encode() + b"}]",
        [dataclasses.replace(CONTACT, id="42")],
        compact_json(CONTACTS_FMT3).split("},{")[0].replace("c-1", "42").encode() + b"}]",
    ),
    # a contact created without bd (line 2012) keeps its place empty in every form, and
    # an empty place reads as no birthday
    (
        at(GET),
        CONTACT_FMT0.replace("29.02.1980", "").encode(),
        [NO_BIRTHDAY],
        None,
    ),
    (
        at(GET, 1),
        b"79999999999,Contact,321,Ivan,Petrov,Sergeevich,,c-1,from work,vip,",
        [dataclasses.replace(NO_BIRTHDAY, phone_other=())],
        None,
    ),
    (
        at(GET, 2),
        compact_xml(CONTACTS_FMT2).partition("</contact>")[0].replace("29.02.1980", "").encode()
        + b"</contact></list>",
        [NO_BIRTHDAY],
        None,
    ),
    (
        at(GET, 3),
        compact_json(CONTACTS_FMT3).split("},{")[0].replace("29.02.1980", "").encode() + b"}]",
        [NO_BIRTHDAY],
        None,
    ),
    (
        at(GET, 2),
        b"<list><contact><phone>79999999999</phone><name>Contact</name><group>321</group>"
        b"<first_name>Ivan</first_name><last_name>Petrov</last_name><middle_name>Sergeevich"
        b"</middle_name><birthday/><id>c-1</id><comments>from work</comments><tags>vip</tags>"
        b"<phone_other>78888888888</phone_other></contact></list>",
        [NO_BIRTHDAY],
        compact_xml(CONTACTS_FMT2).partition("</contact>")[0].replace("29.02.1980", "").encode()
        + b"</contact></list>",
    ),
    # no contacts
    (at(GET), b"", [], None),
    (at(GET, 2), b"<list>\n</list>", [], b"<list/>"),
    (at(GET, 3), b"[]", [], None),
    # -- group list (lines 2153-2186) -------------------------------------------------
    (
        at(GET_GROUP),
        "id = 321, name = Group, number = 5, cnt = 2\n"
        "id = 322, name = Друзья, коллеги, number = 6, cnt = 0".encode("cp1251"),
        GROUPS,
        None,
    ),
    (
        at(GET_GROUP, 1, "koi8-r"),
        "321,Group,5,2\n322,Друзья, коллеги,6,0".encode("koi8-r"),
        GROUPS,
        None,
    ),
    # QUIRKS INC-26: <cnt>number</cnt> is the contact count
    (
        at(GET_GROUP, 2, "utf-8"),
        "<list>\n<group>\n<id>321</id>\n<name>Group</name>\n<number>5</number>\n"
        "<cnt>2</cnt>\n</group>\n<group>\n<id>322</id>\n<name>Друзья, коллеги</name>\n"
        "<number>6</number>\n<cnt>0</cnt>\n</group>\n</list>".encode(),
        GROUPS,
        "<list><group><id>321</id><name>Group</name><number>5</number><cnt>2</cnt></group>"
        "<group><id>322</id><name>Друзья, коллеги</name><number>6</number><cnt>0</cnt>"
        "</group></list>".encode(),
    ),
    # QUIRKS INC-26: "cnt" quoted, "id" and "number" bare
    (
        at(GET_GROUP, 3, "utf-8"),
        '[{\n"id": 321,\n"name": "Group",\n"number": 5,\n"cnt": "2"\n},\n'
        '{\n"id": 322,\n"name": "Друзья, коллеги",\n"number": 6,\n"cnt": "0"\n}]'.encode(),
        GROUPS,
        '[{"id":321,"name":"Group","number":5,"cnt":"2"},'
        '{"id":322,"name":"Друзья, коллеги","number":6,"cnt":"0"}]'.encode(),
    ),
    # QUIRKS INC-71: a bare count is read too
    (
        at(GET_GROUP, 3),
        b'[{"id": 321, "name": "Group", "number": 5, "cnt": 2}]',
        GROUPS[:1],
        b'[{"id":321,"name":"Group","number":5,"cnt":"2"}]',
    ),
    # -- blacklist (lines 2188-2221) ----------------------------------------------------
    (
        at(GET_BLACK),
        b"id = 1001, phone = 79999999999, type = 1, comment = spam\n"
        b"id = 1002, phone = +78888888888, type = 0, comment = ",
        BLACKLIST,
        None,
    ),
    (at(GET_BLACK, 1), b"1001,79999999999,1,spam\n1002,+78888888888,0,", BLACKLIST, None),
    (
        at(GET_BLACK, 2),
        b"<list>\n<record>\n<id>1001</id>\n<phone>79999999999</phone>\n<type>1</type>\n"
        b"<comment>spam</comment>\n</record>\n<record>\n<id>1002</id>\n"
        b"<phone>+78888888888</phone>\n<type>0</type>\n<comment></comment>\n</record>\n"
        b"</list>",
        BLACKLIST,
        b"<list><record><id>1001</id><phone>79999999999</phone><type>1</type>"
        b"<comment>spam</comment></record><record><id>1002</id><phone>+78888888888</phone>"
        b"<type>0</type><comment></comment></record></list>",
    ),
    (
        at(GET_BLACK, 3),
        b'[{\n"id": 1001,\n"phone": "79999999999",\n"type": 1,\n"comment": "spam"\n},\n'
        b'{\n"id": 1002,\n"phone": "+78888888888",\n"type": 0,\n"comment": ""\n}]',
        BLACKLIST,
        b'[{"id":1001,"phone":"79999999999","type":1,"comment":"spam"},'
        b'{"id":1002,"phone":"+78888888888","type":0,"comment":""}]',
    ),
    # the comment is the last value of its line: it may hold ", "
    (
        at(GET_BLACK, 0, "utf-8"),
        "id = 7, phone = 79999999999, type = 2, comment = спам, реклама".encode(),
        [PhonesGetBlackReply(id=7, phone=NUMBER, type=2, comment="спам, реклама")],
        None,
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


NO_RECORDS = sp.GatewayError(3, "No records found.")

ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # lines 2035-2050 with the codes of lines 2054-2060 (QUIRKS INC-09: the first bullet,
    # not labelled, is fmt=0)
    (at(GET), b"ERROR = 3 (no records found)", sp.GatewayError(3, "no records found"), None),
    (at(GET_GROUP, 1), b"0,-3", NO_RECORDS, None),
    (
        at(ADD, 1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than three identical requests for operations with groups, "
            "contacts, or blacklist entries within a minute. This error also occurs when "
            "you try to send fifteen or more requests simultaneously from different "
            "connections under the same username (too many concurrent requests).",
        ),
        None,
    ),
    (
        at(DELETE, 2),
        b"<result>\n<error>operation error</error>\n<error_code>5</error_code>\n</result>",
        sp.GatewayError(5, "operation error"),
        b"<result><error>operation error</error><error_code>5</error_code></result>",
    ),
    (
        at(ADD_BLACK, 3, "utf-8"),
        '{\n"error": "ошибка в параметрах",\n"error_code": 1\n}'.encode(),
        sp.GatewayError(1, "ошибка в параметрах"),
        '{"error":"ошибка в параметрах","error_code":1}'.encode(),
    ),
    (
        at(MOVE, 0, "koi8-r"),
        "ERROR = 2 (неверный логин)".encode("koi8-r"),
        sp.GatewayError(2, "неверный логин"),
        None,
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
    if command.fmt == 1:
        # fmt=1 carries no description; the decoder supplies the spec's meaning.
        error = sp.GatewayError(error.code, "whatever")
    assert sp.encode_error(command, error) == (canonical or body)


FMT1_CONTACT = "79999999999,Contact,321,Ivan,Petrov,Sergeevich,29.02.1980,c-1,x,vip,7888"

BAD: list[tuple[Command, bytes, str]] = [
    # fmt=1: the comma between two numbers could end the list or start the name ("+7999..."
    # a name): refused, never read at a guess (fmt=0's ", name = " keeps them apart)
    (at(GET, 1), CONTACTS_FMT1.encode("cp1251"), "phone could end at more than one ','"),
    # create
    (at(ADD), b"ID - 12345", "does not have the form 'ID = {id}'"),
    (at(ADD_GROUP, 1), b"-5", "does not have the form '{id}'"),
    (at(ADD, 2), b"<result><id>1</id></result>", "root element must be <phone>"),
    (at(ADD_GROUP, 2), b"<phone><id>1</id></phone>", "root element must be <group>"),
    (at(ADD_BLACK, 3), b'{"id": 1, "cnt": 1}', "unknown key 'cnt'"),
    # OK
    (at(CHANGE), b"DONE", "does not have the form '{result}'"),
    (at(LEAVE, 2), b"<result>ok</result>", "result: must be one of OK"),
    (at(DELETE_GROUP, 3), b'{"result": "FAIL"}', "result: must be one of OK"),
    # contacts
    (at(GET), CONTACT_FMT0[:-14].encode(), "does not have the form 'phone ="),
    (at(GET, 1), FMT1_CONTACT.replace(",Contact,", ",Con,tact,").encode(), "more than one way"),
    (at(GET, 1), FMT1_CONTACT.replace(",321,", ",x,").encode(), "does not have the form"),
    (at(GET, 1), FMT1_CONTACT.replace("29.02.1980", "29.02.1981").encode(), "birthday: "),
    # a birthday is dd.mm.yyyy (line 2147) or empty (a contact without bd, CASES)
    (at(GET, 1), FMT1_CONTACT.replace("29.02.1980", "29.02").encode(), "does not have the form"),
    (at(GET, 1), FMT1_CONTACT.replace("79999999999", "a@b.ru").encode(), "phone numbers only"),
    (at(GET, 1), FMT1_CONTACT.replace(",7888", ",G5").encode(), "phone_other: must list"),
    (at(GET, 3), b'{"phone": "7999"}', "must be a JSON array of records"),
    (at(GET, 3), b'[{"phone": "79999999999"}]', "lacks name"),
    (at(GET, 2), b"<list><record/></list>", "<list> holds only <contact>"),
    (at(GET, 2), b"<result><contact/></result>", "root element must be <list>"),
    # groups
    (at(GET_GROUP, 1), b"321,Group,5", "does not have the form '{id},{name},{number},{cnt}'"),
    (at(GET_GROUP, 3), b'[{"id": 1, "name": "G", "number": 5}]', "lacks cnt"),
    (at(GET_GROUP, 3), b'[{"id": 1, "name": "G", "number": 5, "cnt": "x"}]', "cnt: must be"),
    # blacklist
    (at(GET_BLACK), b"id = 1, phone = 7999, type = 3, comment = ", "type: must be one of 0, 1, 2"),
    (at(GET_BLACK, 1), b"1,7999;7888,0,", "does not have the form"),
    (
        at(GET_BLACK, 3),
        b'[{"id": 1, "phone": "7999,7888", "type": 0, "comment": ""}]',
        "phone: must be one phone number",
    ),
    (at(GET_BLACK, 2), b"<list><record><id>1</id></record></list>", "lacks phone, type, comment"),
    (at(GET_BLACK), b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_numbers_separated_by_semicolons_read_in_fmt1() -> None:
    # Line 2141 "separated by any separator": ";" and spaces are read. Without a "," the
    # list cannot lend one to the name, so the line reads one way; the writer, which
    # joins numbers with "," (the other numbers with ";"), refuses a list of several.
    body = b"79999999998; +79999999997,N,0,,,,01.01.1990,,,,7888; 7777"
    contact = dataclasses.replace(
        CONTACT_RU,
        name="N",
        group=0,
        first_name="",
        last_name="",
        phone_other=(Phone(number="7888"), Phone(number="7777")),
    )
    assert sp.decode_response(at(GET, 1), body) == [contact]
    with pytest.raises(sp.LocalProtocolError, match="phone could end at more than one ','"):
        sp.encode_response(at(GET, 1), [contact])


def test_encode_refuses() -> None:
    # a "," in the name could end the numbers or the name: the line is refused
    with pytest.raises(sp.LocalProtocolError, match="phone could end at more than one ','"):
        sp.encode_response(at(GET, 1), [dataclasses.replace(CONTACT, name="Petrov, Ivan")])
    # ...fmt=2/3 carry it
    named = [dataclasses.replace(CONTACT, name="Petrov, Ivan")]
    assert sp.decode_response(at(GET, 3), sp.encode_response(at(GET, 3), named)) == named
    mail = (EmailAddress(address="a@b.ru"),)
    with_mail = dataclasses.replace(CONTACT, phone_other=mail)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="phone_other: must list phone numbers"):
        sp.encode_response(at(GET), [with_mail])
    with_list = dataclasses.replace(CONTACT, phone_other=ONE)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="phone_other: must be a tuple"):
        sp.encode_response(at(GET, 2), [with_list])
    with pytest.raises(sp.LocalProtocolError, match="must be a list of PhonesGetReply"):
        sp.encode_response(at(GET), CONTACT)
    # birthday=None is a contact without one (an empty place, CASES); another required
    # value is still required
    with pytest.raises(sp.LocalProtocolError, match="group: is required"):
        sp.encode_response(at(GET, 3), [dataclasses.replace(CONTACT, group=None)])
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK"):
        sp.encode_response(at(DELETE), PhonesOkReply(result="DONE"))
    with pytest.raises(sp.LocalProtocolError, match="must be a PhonesAddReply"):
        sp.encode_response(at(ADD), OK)
    with pytest.raises(sp.LocalProtocolError, match="type: must be one of 0, 1, 2"):
        sp.encode_response(at(GET_BLACK, 3), [dataclasses.replace(BLACKLIST[0], type=5)])
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of phones\.php names no"):
        sp.encode_error(at(GET), sp.GatewayError(3, "x", id=5))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["phones.php"]) == [1, 2, 3, 4, 5, 9]
    assert sp.responses.error_meaning("phones.php", 3) == "No records found."
    assert sp.responses.error_meaning("phones.php", 5) == "Operation execution error."
    assert sp.responses.error_meaning("phones.php", 6) is None


@pytest.mark.parametrize("command", CREATES, ids=lambda c: type(c).__name__)
def test_round_trip_create(command: Command) -> None:
    @given(phones_add_replies())
    def check(model: PhonesAddReply) -> None:
        assert_reply_round_trip(command, model)

    check()


@pytest.mark.parametrize("command", OKS, ids=lambda c: type(c).__name__)
def test_round_trip_ok(command: Command) -> None:
    @given(phones_ok_replies())
    def check(model: PhonesOkReply) -> None:
        assert_reply_round_trip(command, model)

    check()


@given(phones_get_replies())
def test_round_trip_contacts(records: list[PhonesGetReply]) -> None:
    assert_reply_round_trip(GET, records, complete_in=(0, 1, 2, 3))


@given(phones_get_group_replies())
def test_round_trip_groups(records: list[PhonesGetGroupReply]) -> None:
    assert_reply_round_trip(GET_GROUP, records, complete_in=(0, 1, 2, 3))


@given(phones_get_black_replies())
def test_round_trip_blacklist(records: list[PhonesGetBlackReply]) -> None:
    assert_reply_round_trip(GET_BLACK, records, complete_in=(0, 1, 2, 3))


@given(
    st.sampled_from([*CREATES, *OKS, GET, GET_GROUP, GET_BLACK]),
    st.sampled_from([0, 1, 2, 3]),
    st.binary(max_size=200),
)
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(at(command, fmt), body)
