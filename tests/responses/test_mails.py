"""mails.php replies: phones.php's, with the renamings of the reply legends.

QUIRKS INC-67: mails.php has no reply of its own; the bodies are phones.php's templates
(lines 2032-2221) with ``<mail>``/``<mail_other>`` for the contact's ``<phone>``/
``<phone_other>`` (lines 2141, 2151) and ``<email>`` for the blacklist's ``<phone>``
(line 2219). Every reply variant of the catalog's mails.php entries is a row, as in
``test_phones.py``.
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
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetGroup,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
)
from smsc_proto.responses import (
    MailsAddReply,
    MailsGetBlackReply,
    MailsGetGroupReply,
    MailsGetReply,
    MailsOkReply,
)
from smsc_proto.strategies import (
    mails_add_replies,
    mails_get_black_replies,
    mails_get_group_replies,
    mails_get_replies,
    mails_ok_replies,
)
from smsc_proto.values import EmailAddress, GroupCode, Phone, PhoneList, parse_phone_list

from .conftest import assert_reply_round_trip
from .test_phones import at, compact_json, compact_xml

ADDRESS = EmailAddress(address="alex@mysite.com")
ONE = PhoneList(entries=(ADDRESS,))

ADD = MailsAdd(mail=ONE, name="Contact", grp=(321,))
ADD_GROUP = MailsAddGroup(name="Group", type=1)
ADD_BLACK = MailsAddBlack(mail=ADDRESS, type=1)
CHANGE = MailsChange(mail=ONE, name="Contact1")
CHANGE_GROUP = MailsChangeGroup(grp=321, name="Group1")
MOVE = MailsMoveToGroup(grp=(321,), mail=ADDRESS)
JOIN = MailsJoinGroup(grp=(321,), mail=ADDRESS)
LEAVE = MailsLeaveGroup(grp=(321,), mail=ADDRESS)
DELETE = MailsDelete(mail=ONE)
DELETE_GROUP = MailsDeleteGroup(grp=321)
DELETE_BLACK = MailsDeleteBlack(mail=ONE)
GET = MailsGet(grp=(321,))
GET_GROUP = MailsGetGroup(type=1)
GET_BLACK = MailsGetBlack()

CREATES = [ADD, ADD_GROUP, ADD_BLACK]
OKS = [CHANGE, CHANGE_GROUP, MOVE, JOIN, LEAVE, DELETE, DELETE_GROUP, DELETE_BLACK]

NEW = MailsAddReply(id=12345)
OK = MailsOkReply(result="OK")

CONTACT = MailsGetReply(
    mail=ONE,
    name="Contact",
    group=321,
    first_name="Ivan",
    last_name="Petrov",
    middle_name="Sergeevich",
    birthday=date(1980, 2, 29),
    id="c-1",
    comments="from work",
    tags="vip",
    mail_other=(EmailAddress(address="alex@example.org"), Phone(number="79999999999")),
)
CONTACT_RU = MailsGetReply(
    mail=parse_phone_list("ivan@mail.ru,i.petrov@yandex.ru"),
    name="Контакт",
    group=322,
    first_name="Иван",
    last_name="Петров",
    middle_name="",
    birthday=date(1990, 1, 1),
    id="",
    comments="",
    tags="",
    mail_other=(),
)
CONTACTS = [CONTACT, CONTACT_RU]

GROUPS = [
    MailsGetGroupReply(id=321, name="Newsletter", number=5, cnt=2),
    MailsGetGroupReply(id=322, name="Рассылка", number=6, cnt=0),
]
BLACKLIST = [
    MailsGetBlackReply(id=1001, email=ADDRESS, type=1, comment="spam"),
    MailsGetBlackReply(id=1002, email=EmailAddress(address="x@y.ru"), type=0, comment=""),
]

# lines 2099-2100 with <mail> and <mail_other> (lines 2141, 2151)
CONTACTS_FMT0 = (
    "mail = alex@mysite.com, name = Contact, group = 321, first_name = Ivan, last_name = "
    "Petrov, middle_name = Sergeevich, birthday = 29.02.1980, id = c-1, comments = from "
    "work, tags = vip, mail_other = alex@example.org;79999999999\n"
    "mail = ivan@mail.ru,i.petrov@yandex.ru, name = Контакт, group = 322, first_name = "
    "Иван, last_name = Петров, middle_name = , birthday = 01.01.1990, id = , comments = , "
    "tags = , mail_other = "
)
#: The first contact alone.
CONTACT_FMT0 = CONTACTS_FMT0.partition("\n")[0]
CONTACTS_FMT1 = (
    "alex@mysite.com,Contact,321,Ivan,Petrov,Sergeevich,29.02.1980,c-1,from work,vip,"
    "alex@example.org;79999999999\n"
    "ivan@mail.ru,i.petrov@yandex.ru,Контакт,322,Иван,Петров,,01.01.1990,,,,"
)
CONTACTS_FMT2 = (
    "<list>\n<contact>\n<mail>alex@mysite.com</mail>\n<name>Contact</name>\n"
    "<group>321</group>\n<first_name>Ivan</first_name>\n<last_name>Petrov</last_name>\n"
    "<middle_name>Sergeevich</middle_name>\n<birthday>29.02.1980</birthday>\n"
    "<id>c-1</id>\n<comments>from work</comments>\n<tags>vip</tags>\n"
    "<mail_other>alex@example.org;79999999999</mail_other>\n</contact>\n"
    "<contact>\n<mail>ivan@mail.ru,i.petrov@yandex.ru</mail>\n<name>Контакт</name>\n"
    "<group>322</group>\n<first_name>Иван</first_name>\n<last_name>Петров</last_name>\n"
    "<middle_name></middle_name>\n<birthday>01.01.1990</birthday>\n<id></id>\n"
    "<comments></comments>\n<tags></tags>\n<mail_other></mail_other>\n</contact>\n"
    "</list>"
)
CONTACTS_FMT3 = (
    '[{\n"mail": "alex@mysite.com",\n"name": "Contact",\n"group": 321,\n'
    '"first_name": "Ivan",\n"last_name": "Petrov",\n"middle_name": "Sergeevich",\n'
    '"birthday": "29.02.1980",\n"id": "c-1",\n"comments": "from work",\n"tags": "vip",\n'
    '"mail_other": "alex@example.org;79999999999"\n},\n'
    '{\n"mail": "ivan@mail.ru,i.petrov@yandex.ru",\n"name": "Контакт",\n"group": 322,\n'
    '"first_name": "Иван",\n"last_name": "Петров",\n"middle_name": "",\n'
    '"birthday": "01.01.1990",\n"id": "",\n"comments": "",\n"tags": "",\n'
    '"mail_other": ""\n}]'
)

CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # -- create (lines 2064-2084): the <phone> root is kept (no legend renames it) -------
    *[(at(c), b"ID = 12345", NEW, None) for c in CREATES],
    *[(at(c, 1), b"12345", NEW, None) for c in CREATES],
    *[
        (at(c, 2), b"<phone>\n<id>12345</id>\n</phone>", NEW, b"<phone><id>12345</id></phone>")
        for c in (ADD, ADD_BLACK)
    ],
    (at(ADD_GROUP, 2), b"<group>\n<id>12345</id>\n</group>", NEW, b"<group><id>12345</id></group>"),
    *[(at(c, 3), b'{\n"id": 12345\n}', NEW, b'{"id":12345}') for c in CREATES],
    # -- change / delete (lines 2086-2094); move_group alike (QUIRKS INC-27) ------------
    *[(at(c), b"OK", OK, None) for c in OKS],
    *[(at(c, 1), b"OK", OK, None) for c in OKS],
    *[(at(c, 2), b"<result>OK</result>", OK, None) for c in OKS],
    *[(at(c, 3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}') for c in OKS],
    # -- contact list (lines 2097-2151) -------------------------------------------------
    (at(GET), CONTACTS_FMT0.encode("cp1251"), CONTACTS, None),
    # fmt=1: a contact with one number (one with several is refused, BAD)
    (at(GET, 1, "koi8-r"), CONTACTS_FMT1.partition("\n")[0].encode("koi8-r"), [CONTACT], None),
    (at(GET, 2, "utf-8"), CONTACTS_FMT2.encode(), CONTACTS, compact_xml(CONTACTS_FMT2).encode()),
    (
        at(GET, 3, "utf-8"),
        CONTACTS_FMT3.encode(),
        CONTACTS,
        compact_json(CONTACTS_FMT3).encode(),
    ),
    (at(GET, 3), b"[]", [], None),
    # -- group list (lines 2153-2186), as phones.php's (QUIRKS INC-26) -------------------
    (
        at(GET_GROUP),
        "id = 321, name = Newsletter, number = 5, cnt = 2\n"
        "id = 322, name = Рассылка, number = 6, cnt = 0".encode("cp1251"),
        GROUPS,
        None,
    ),
    (at(GET_GROUP, 1, "utf-8"), "321,Newsletter,5,2\n322,Рассылка,6,0".encode(), GROUPS, None),
    (
        at(GET_GROUP, 2, "koi8-r"),
        "<list>\n<group>\n<id>321</id>\n<name>Newsletter</name>\n<number>5</number>\n"
        "<cnt>2</cnt>\n</group>\n<group>\n<id>322</id>\n<name>Рассылка</name>\n"
        "<number>6</number>\n<cnt>0</cnt>\n</group>\n</list>".encode("koi8-r"),
        GROUPS,
        "<list><group><id>321</id><name>Newsletter</name><number>5</number><cnt>2</cnt>"
        "</group><group><id>322</id><name>Рассылка</name><number>6</number><cnt>0</cnt>"
        "</group></list>".encode("koi8-r"),
    ),
    (
        at(GET_GROUP, 3),
        '[{\n"id": 321,\n"name": "Newsletter",\n"number": 5,\n"cnt": "2"\n},\n'
        '{\n"id": 322,\n"name": "Рассылка",\n"number": 6,\n"cnt": "0"\n}]'.encode("cp1251"),
        GROUPS,
        '[{"id":321,"name":"Newsletter","number":5,"cnt":"2"},'
        '{"id":322,"name":"Рассылка","number":6,"cnt":"0"}]'.encode("cp1251"),
    ),
    # -- blacklist (lines 2188-2221), <email> for <phone> (line 2219) -------------------
    (
        at(GET_BLACK),
        b"id = 1001, email = alex@mysite.com, type = 1, comment = spam\n"
        b"id = 1002, email = x@y.ru, type = 0, comment = ",
        BLACKLIST,
        None,
    ),
    (at(GET_BLACK, 1), b"1001,alex@mysite.com,1,spam\n1002,x@y.ru,0,", BLACKLIST, None),
    (
        at(GET_BLACK, 2),
        b"<list>\n<record>\n<id>1001</id>\n<email>alex@mysite.com</email>\n<type>1</type>\n"
        b"<comment>spam</comment>\n</record>\n<record>\n<id>1002</id>\n"
        b"<email>x@y.ru</email>\n<type>0</type>\n<comment></comment>\n</record>\n</list>",
        BLACKLIST,
        b"<list><record><id>1001</id><email>alex@mysite.com</email><type>1</type>"
        b"<comment>spam</comment></record><record><id>1002</id><email>x@y.ru</email>"
        b"<type>0</type><comment></comment></record></list>",
    ),
    (
        at(GET_BLACK, 3),
        b'[{\n"id": 1001,\n"email": "alex@mysite.com",\n"type": 1,\n"comment": "spam"\n},\n'
        b'{\n"id": 1002,\n"email": "x@y.ru",\n"type": 0,\n"comment": ""\n}]',
        BLACKLIST,
        b'[{"id":1001,"email":"alex@mysite.com","type":1,"comment":"spam"},'
        b'{"id":1002,"email":"x@y.ru","type":0,"comment":""}]',
    ),
    (
        at(GET_BLACK, 0, "utf-8"),
        "id = 7, email = a@b.ru, type = 2, comment = спам, реклама".encode(),
        [
            MailsGetBlackReply(
                id=7, email=EmailAddress(address="a@b.ru"), type=2, comment="спам, реклама"
            )
        ],
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


ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # phones.php's error replies and codes (lines 2035-2060; catalog: "same_as")
    (at(GET), b"ERROR = 3 (no records found)", sp.GatewayError(3, "no records found"), None),
    (at(GET_BLACK, 1), b"0,-3", sp.GatewayError(3, "No records found."), None),
    (at(ADD, 1), b"0,-4", sp.GatewayError(4, "The IP address is temporarily blocked."), None),
    (
        at(DELETE, 2),
        b"<result>\n<error>operation error</error>\n<error_code>5</error_code>\n</result>",
        sp.GatewayError(5, "operation error"),
        b"<result><error>operation error</error><error_code>5</error_code></result>",
    ),
    (
        at(ADD_BLACK, 3, "koi8-r"),
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
    if command.fmt == 1:
        # fmt=1 carries no description; the decoder supplies the spec's meaning.
        error = sp.GatewayError(error.code, "whatever")
    assert sp.encode_error(command, error) == (canonical or body)


FMT1_CONTACT = "a@b.ru,Contact,321,Ivan,Petrov,Sergeevich,29.02.1980,c-1,x,vip,c@d.ru"

BAD: list[tuple[Command, bytes, str]] = [
    # fmt=1: the comma between two numbers could end the list or start the name ("+7999..."
    # a name): refused, never read at a guess (fmt=0's ", name = " keeps them apart)
    (at(GET, 1), CONTACTS_FMT1.encode("cp1251"), "mail could end at more than one ','"),
    (at(ADD), b"ID - 1", "does not have the form 'ID = {id}'"),
    (at(ADD_GROUP, 2), b"<mail><id>1</id></mail>", "root element must be <group>"),
    (at(CHANGE, 2), b"<result>DONE</result>", "result: must be one of OK"),
    # phones.php's names are not mails.php's
    (at(GET), CONTACT_FMT0.replace("mail", "phone").encode(), "does not have"),
    (at(GET, 3), b'[{"phone": "a@b.ru"}]', "unknown key 'phone'"),
    (at(GET, 2), b"<list><contact><phone>a@b.ru</phone></contact></list>", "no element <phone>"),
    (at(GET_BLACK, 3), b'[{"id": 1, "phone": "7999", "type": 0, "comment": ""}]', "'phone'"),
    # e-mail addresses where the legend names them
    (at(GET, 1), FMT1_CONTACT.replace("a@b.ru", "79999999999").encode(), "e-mail addresses only"),
    (at(GET, 1), FMT1_CONTACT.replace("c@d.ru", "G5").encode(), "mail_other: must list"),
    (at(GET_BLACK, 1), b"1,79999999999,0,", "email: must be one e-mail address"),
    (
        at(GET_BLACK, 3),
        b'[{"id": 1, "email": "a@b.ru;c@d.ru", "type": 0, "comment": ""}]',
        "email: must be one e-mail address",
    ),
    (at(GET_GROUP, 1), b"321,G,5", "does not have the form"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    group = (GroupCode(number=5),)
    with_group = dataclasses.replace(CONTACT, mail_other=group)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="mail_other: must list phone numbers or"):
        sp.encode_response(at(GET), [with_group])
    with_phone = dataclasses.replace(CONTACT, mail=parse_phone_list("7999"))
    with pytest.raises(sp.LocalProtocolError, match="mail: must list e-mail addresses only"):
        sp.encode_response(at(GET, 3), [with_phone])
    with_text = dataclasses.replace(BLACKLIST[0], email=ADDRESS.address)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="email: must be one e-mail address"):
        sp.encode_response(at(GET_BLACK), [with_text])
    with pytest.raises(sp.LocalProtocolError, match="must be a MailsOkReply"):
        sp.encode_response(at(DELETE), sp.responses.PhonesOkReply(result="OK"))


def test_error_table_is_phones() -> None:
    assert sp.responses.ERROR_TABLES["mails.php"] == sp.responses.ERROR_TABLES["phones.php"]
    assert sp.responses.error_meaning("mails.php", 3) == "No records found."


@pytest.mark.parametrize("command", CREATES, ids=lambda c: type(c).__name__)
def test_round_trip_create(command: Command) -> None:
    @given(mails_add_replies())
    def check(model: MailsAddReply) -> None:
        assert_reply_round_trip(command, model)

    check()


@pytest.mark.parametrize("command", OKS, ids=lambda c: type(c).__name__)
def test_round_trip_ok(command: Command) -> None:
    @given(mails_ok_replies())
    def check(model: MailsOkReply) -> None:
        assert_reply_round_trip(command, model)

    check()


@given(mails_get_replies())
def test_round_trip_contacts(records: list[MailsGetReply]) -> None:
    assert_reply_round_trip(GET, records, complete_in=(0, 1, 2, 3))


@given(mails_get_group_replies())
def test_round_trip_groups(records: list[MailsGetGroupReply]) -> None:
    assert_reply_round_trip(GET_GROUP, records, complete_in=(0, 1, 2, 3))


@given(mails_get_black_replies())
def test_round_trip_blacklist(records: list[MailsGetBlackReply]) -> None:
    assert_reply_round_trip(GET_BLACK, records, complete_in=(0, 1, 2, 3))


@given(
    st.sampled_from([*CREATES, *OKS, GET, GET_GROUP, GET_BLACK]),
    st.sampled_from([0, 1, 2, 3]),
    st.binary(max_size=200),
)
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(at(command, fmt), body)
