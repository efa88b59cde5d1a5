"""The virtual gateway's phones.php through a real Session in every fmt: contacts, groups,
moves, the blacklist, the error codes of lines 2054-2060, and the spec's example URLs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults, SQLiteStore, VirtualGateway
from smsc_proto.values import Phone, PhoneList

from .virtual_examples import answer, example_gateway, outcome
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]
#: Each fmt with a charset of its own, so that every charset carries the Cyrillic text.
CHARSETS = {0: "windows-1251", 1: "koi8-r", 2: "utf-8", 3: "windows-1251"}


def P(*numbers: str) -> PhoneList:
    """A list of phone numbers (``+`` in front keeps the plus)."""
    return PhoneList(entries=tuple(Phone(number=n.lstrip("+"), plus=n[0] == "+") for n in numbers))


def session(fmt: int) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset=CHARSETS[fmt])


def code_of(virtual: VirtualGateway, s: sp.Session, command: c.Command[Any]) -> int:
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, s, command)
    return info.value.code


def contact(phone: PhoneList, name: str, **fields: Any) -> r.PhonesGetReply:
    """A listed contact: every field the list carries, empty unless given."""
    values: dict[str, Any] = {
        "group": 0,
        "first_name": "",
        "last_name": "",
        "middle_name": "",
        "birthday": None,
        "id": "",
        "comments": "",
        "tags": "",
        "phone_other": (),
    }
    values.update(fields)
    return r.PhonesGetReply(phone=phone, name=name, **values)


ONE = P("79999999999")
OK = r.PhonesOkReply(result="OK")


@pytest.mark.parametrize("fmt", FMTS)
def test_add_and_get_a_contact(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    group = call(virtual, s, c.PhonesAddGroup(name="Друзья")).id
    added = c.PhonesAdd(
        phone=ONE,
        name="Иван",
        grp=(group,),
        lnm="Петров",
        fnm="Иван",
        mnm="Сергеевич",
        bd=date(1980, 2, 29),
        myid="c-1",
        cmt="from work",
        tags="vip",
        pho=P("78888888888"),
    )
    assert call(virtual, s, added) == r.PhonesAddReply(id=1)
    expected = contact(
        ONE,
        "Иван",
        group=group,
        first_name="Иван",
        last_name="Петров",
        middle_name="Сергеевич",
        birthday=date(1980, 2, 29),
        id="c-1",
        comments="from work",
        tags="vip",
        phone_other=(Phone(number="78888888888"),),
    )
    assert call(virtual, s, c.PhonesGet()) == [expected]
    assert call(virtual, s, c.PhonesGet(grp=(group,))) == [expected]
    assert call(virtual, s, c.PhonesGet(phone=ONE)) == [expected]
    # "+7..." and "7..." are one subscriber: the number is found either way
    assert call(virtual, s, c.PhonesGet(phone=P("+79999999999"))) == [expected]
    assert call(virtual, s, c.PhonesGet(phone=P("70000000000"))) == []


@pytest.mark.parametrize("fmt", FMTS)
def test_a_contact_of_several_numbers(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.PhonesAdd(phone=P("79990000001", "+79990000002"), name="Two"))
    if fmt == 1:
        # A fmt=1 line of several numbers reads two ways (the name could take the
        # list's last comma): the gateway says it cannot write it rather than crash.
        assert code_of(virtual, s, c.PhonesGet()) == 1
    else:
        assert call(virtual, s, c.PhonesGet()) == [contact(P("79990000001", "+79990000002"), "Two")]


@pytest.mark.parametrize("fmt", FMTS)
def test_change_a_contact(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.PhonesAdd(phone=ONE, name="Contact", tags="old"))
    # line 2235: a new name, the numbers kept (QUIRKS INC-58)
    assert call(virtual, s, c.PhonesChange(phone=ONE, name="Contact1")) == OK
    # line 1979: new numbers
    new = P("78880000000")
    assert call(virtual, s, c.PhonesChange(phone=ONE, new_phone=new, cmt="moved")) == OK
    assert call(virtual, s, c.PhonesGet()) == [
        contact(new, "Contact1", comments="moved", tags="old")
    ]
    # the old number is free again, the new one names the contact
    assert code_of(virtual, s, c.PhonesChange(phone=ONE, name="X")) == 3
    assert call(virtual, s, c.PhonesAdd(phone=ONE, name="Other")) == r.PhonesAddReply(id=2)


@pytest.mark.parametrize("fmt", FMTS)
def test_move_between_groups(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    a, b, g3 = (call(virtual, s, c.PhonesAddGroup(name=n)).id for n in ("A", "B", "C"))
    call(virtual, s, c.PhonesAdd(phone=ONE, name="Ivan", grp=(a,)))
    number = Phone(number="79999999999")

    def counts() -> dict[int, int]:
        groups = call(virtual, s, c.PhonesGetGroup())
        return {group.id: group.cnt for group in groups}

    assert counts() == {a: 1, b: 0, g3: 0}
    assert call(virtual, s, c.PhonesMoveToGroup(grp=(b,), phone=number)) == OK
    assert counts() == {a: 0, b: 1, g3: 0}
    assert call(virtual, s, c.PhonesJoinGroup(grp=(g3, a), phone=number)) == OK
    assert counts() == {a: 1, b: 1, g3: 1}
    assert call(virtual, s, c.PhonesLeaveGroup(grp=(b,), phone=number)) == OK
    assert counts() == {a: 1, b: 0, g3: 1}
    # line 2143: one <group>; a contact listed by group shows that group
    (listed,) = call(virtual, s, c.PhonesGet(grp=(a,)))
    assert listed.group == a
    # leaving a group it is not in finds nothing
    assert code_of(virtual, s, c.PhonesLeaveGroup(grp=(b,), phone=number)) == 3


@pytest.mark.parametrize("fmt", FMTS)
def test_delete_contacts(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.PhonesAdd(phone=ONE, name="A"))
    call(virtual, s, c.PhonesAdd(phone=P("78880000000"), name="B"))
    assert call(virtual, s, c.PhonesDelete(phone=P("79999999999", "78880000000"))) == OK
    assert call(virtual, s, c.PhonesGet()) == []
    assert code_of(virtual, s, c.PhonesDelete(phone=ONE)) == 3


@pytest.mark.parametrize("fmt", FMTS)
def test_get_filters(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    people = [
        ("79990000001", "Иван Петров", "Петров", "Иван"),
        ("79990000002", "Мария", "Сидорова", "Мария"),
        ("78880000003", "Пётр", "Петренко", "Пётр"),
    ]
    for number, name, last, first in people:
        call(virtual, s, c.PhonesAdd(phone=P(number), name=name, lnm=last, fnm=first))

    def names(command: c.PhonesGet) -> list[str]:
        return [found.name for found in call(virtual, s, command)]

    # line 2009: by the initials -- each word starts a surname, name or patronymic
    assert names(c.PhonesGet(fio="пет")) == ["Иван Петров", "Пётр"]
    assert names(c.PhonesGet(fio="Петр И")) == ["Иван Петров"]
    # line 2010: by name or number
    assert names(c.PhonesGet(search="мари")) == ["Мария"]
    assert names(c.PhonesGet(search="+7888")) == ["Пётр"]
    # line 2025: cnt
    assert names(c.PhonesGet(cnt=2)) == ["Иван Петров", "Мария"]
    if fmt == 3:
        # line 2011: after_id, the contacts after that id (fmt=3 only)
        assert names(c.PhonesGet(after_id=1, fmt=3)) == ["Мария", "Пётр"]


@pytest.mark.parametrize("fmt", FMTS)
def test_groups(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    first = call(virtual, s, c.PhonesAddGroup(name="Group"))
    second = call(virtual, s, c.PhonesAddGroup(name="Клиенты", num=7))
    assert (first, second) == (r.PhonesAddReply(id=1), r.PhonesAddReply(id=2))
    call(virtual, s, c.PhonesAdd(phone=ONE, name="Ivan", grp=(1, 2)))
    assert call(virtual, s, c.PhonesGetGroup()) == [
        r.PhonesGetGroupReply(id=1, name="Group", number=1, cnt=1),
        r.PhonesGetGroupReply(id=2, name="Клиенты", number=7, cnt=1),
    ]
    assert call(virtual, s, c.PhonesChangeGroup(grp=1, name="Group1", num=3)) == OK
    assert call(virtual, s, c.PhonesDeleteGroup(grp=2)) == OK
    assert call(virtual, s, c.PhonesGetGroup(type=0)) == [
        r.PhonesGetGroupReply(id=1, name="Group1", number=3, cnt=1)
    ]
    assert call(virtual, s, c.PhonesGetGroup(type=1)) == []
    # the contact stays, out of the deleted group
    (listed,) = call(virtual, s, c.PhonesGet())
    assert listed.group == 1
    assert code_of(virtual, s, c.PhonesDeleteGroup(grp=2)) == 3


@pytest.mark.parametrize("fmt", FMTS)
def test_blacklist(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    first = c.PhonesAddBlack(phone=Phone(number="79999999999"), type=1, cmt="спам")
    assert call(virtual, s, first) == r.PhonesAddReply(id=1)
    second = c.PhonesAddBlack(phone=Phone(number="78880000000", plus=True))
    assert call(virtual, s, second) == r.PhonesAddReply(id=2)
    newest = r.PhonesGetBlackReply(
        id=2, phone=Phone(number="78880000000", plus=True), type=0, comment=""
    )
    oldest = r.PhonesGetBlackReply(id=1, phone=Phone(number="79999999999"), type=1, comment="спам")
    # line 2024: prev_id lists "items added earlier to this item": newest first
    assert call(virtual, s, c.PhonesGetBlack()) == [newest, oldest]
    assert call(virtual, s, c.PhonesGetBlack(prev_id=2)) == [oldest]
    assert call(virtual, s, c.PhonesGetBlack(cnt=1)) == [newest]
    assert call(virtual, s, c.PhonesDeleteBlack(phone=P("+79999999999"))) == OK
    assert call(virtual, s, c.PhonesGetBlack()) == [newest]
    assert code_of(virtual, s, c.PhonesDeleteBlack(phone=ONE)) == 3


MAIL_GROUP = c.PhonesAddGroup(name="Mail", type=1)

# (what is done first, the request, the error code of lines 2054-2060)
ERRORS: list[tuple[list[c.Command[Any]], c.Command[Any], int]] = [
    # 3 No records found: a contact, group or entry named that does not exist
    ([], c.PhonesAdd(phone=ONE, name="A", grp=(321,)), 3),
    ([], c.PhonesChange(phone=ONE, name="B"), 3),
    ([], c.PhonesMoveToGroup(grp=(1,), phone=Phone(number="79999999999")), 3),
    ([], c.PhonesChangeGroup(grp=321, name="G"), 3),
    ([], c.PhonesDeleteGroup(grp=321), 3),
    ([], c.PhonesDeleteBlack(phone=ONE), 3),
    ([c.PhonesAdd(phone=ONE, name="A")], c.PhonesDelete(phone=P("79999999999", "7000")), 3),
    # 5 Operation execution error: duplicates
    ([c.PhonesAdd(phone=ONE, name="A")], c.PhonesAdd(phone=P("+79999999999"), name="B"), 5),
    (
        [c.PhonesAdd(phone=ONE, name="A"), c.PhonesAdd(phone=P("7000"), name="B")],
        c.PhonesChange(phone=P("7000"), new_phone=ONE),
        5,
    ),
    (
        [c.PhonesAddBlack(phone=Phone(number="7000"))],
        c.PhonesAddBlack(phone=Phone(number="7000")),
        5,
    ),
    ([c.PhonesAddGroup(name="G")], c.PhonesAddGroup(name="G"), 5),
    ([c.PhonesAddGroup(name="G", num=5)], c.PhonesAddGroup(name="H", num=5), 5),
    (
        [c.PhonesAddGroup(name="G"), c.PhonesAddGroup(name="H")],
        c.PhonesChangeGroup(grp=2, name="G"),
        5,
    ),
    # 1 Error in parameters: values the state refuses
    ([MAIL_GROUP], c.PhonesAdd(phone=ONE, name="A", grp=(1,)), 1),
    ([], c.PhonesAdd(phone=P("79999999999", "+79999999999"), name="A"), 1),
    (
        [c.PhonesAdd(phone=ONE, name="A"), c.PhonesAdd(phone=P("7000"), name="B")],
        c.PhonesChange(phone=P("79999999999", "7000"), name="C"),
        1,
    ),
]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("before", "command", "code"), ERRORS)
def test_errors(fmt: int, before: list[c.Command[Any]], command: c.Command[Any], code: int) -> None:
    virtual, s = gateway(), session(fmt)
    for step in before:
        call(virtual, s, step)
    before_state = virtual.store.snapshot()
    assert code_of(virtual, s, command) == code
    # a refused request changes nothing (its transaction is rolled back)
    assert virtual.store.snapshot() == before_state


def test_error_descriptions_name_the_object() -> None:
    virtual, s = gateway(), session(3)
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, s, c.PhonesChange(phone=ONE, name="B"))
    assert info.value.description == (
        "No records found: no contact with the phone number '79999999999'."
    )
    call(virtual, s, MAIL_GROUP)
    with pytest.raises(sp.GatewayError, match=r"grp: group 1 is of type 1"):
        call(virtual, s, c.PhonesAdd(phone=ONE, name="A", grp=(1,)))


def test_identical_requests_get_error_9() -> None:
    # Line 2261: "not more than three identical requests per minute".
    virtual, s = gateway(faults=Faults(rate_limits=True)), session(3)
    for _ in range(3):
        assert call(virtual, s, c.PhonesGetGroup()) == []
    assert code_of(virtual, s, c.PhonesGetGroup()) == 9
    virtual.advance(61)
    assert call(virtual, s, c.PhonesGetGroup()) == []


def test_the_book_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "gw.sqlite"
    virtual, s = gateway(store=SQLiteStore(path)), session(3)
    call(virtual, s, c.PhonesAdd(phone=ONE, name="Ivan", bd=date(1990, 1, 1)))
    again = gateway(store=SQLiteStore(path))
    assert call(again, s, c.PhonesGet()) == [contact(ONE, "Ivan", birthday=date(1990, 1, 1))]


# Every phones.php example URL of the spec (lines 2229-2259), in order, on one new
# gateway, with what it answers: the example's group 321 was never created.
EXAMPLES: list[tuple[int, str, Any]] = [
    (2229, "add=1&login=alex&psw=123&phone=79999999999&name=Contact&grp=321", 3),
    (2232, "add_group=1&login=alex&psw=123&name=Group", r.PhonesAddReply(id=1)),
    (2235, "chg=1&login=alex&psw=123&phone=79999999999&name=Contact1", 3),
    (2238, "chg_group=1&login=alex&psw=123&grp=321&name=Group1", 3),
    (2241, "del=1&login=alex&psw=123&phone=79999999999", 3),
    (2244, "del_group=1&login=alex&psw=123&grp=321", 3),
    (2247, "get=1&login=alex&psw=123&grp=321", []),
    (2250, "get=1&login=alex&psw=123&phone=79999999999", []),
    (
        2253,
        "get_group=1&login=alex&psw=123",
        [r.PhonesGetGroupReply(id=1, name="Group", number=1, cnt=0)],
    ),
    (2256, "add_black=1&login=alex&psw=123&phone=79999999999&type=1", r.PhonesAddReply(id=1)),
    (2259, "del_black=1&login=alex&psw=123&phone=79999999999", OK),
]


def test_the_spec_examples() -> None:
    virtual = example_gateway()
    for line, query, expected in EXAMPLES:
        url = f"https://smscentre.com/sys/phones.php?{query}"
        assert outcome(answer(virtual, url)) == expected, line
    # ...and with the group and the contact there, the same URLs answer with values
    virtual = example_gateway()
    s = sp.Session("alex", "123", fmt=3)
    call(virtual, s, c.PhonesAddGroup(name="Group"))
    call(virtual, s, c.PhonesAdd(phone=ONE, name="Contact", grp=(1,)))
    for line, query in [(2235, EXAMPLES[2][1]), (2241, EXAMPLES[4][1])]:
        reply = answer(virtual, f"https://smscentre.com/sys/phones.php?{query}")
        assert reply == OK, line


@pytest.mark.parametrize("fmt", FMTS)
def test_a_name_the_charset_cannot_carry(fmt: int) -> None:
    # Stored by a utf-8 request, listed in windows-1251: error 1 saying so (the error's
    # text escapes the character), never an HTTP 500.
    virtual = gateway()
    call(virtual, sp.Session("alex", SECRET, charset="utf-8"), c.PhonesAdd(phone=ONE, name="😀"))
    cp1251 = sp.Session("alex", SECRET, fmt=fmt, charset="windows-1251")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, cp1251, c.PhonesGet())
    assert info.value.code == 1
    if fmt != 1:  # fmt=1 errors carry no text ("0,-N")
        assert r"character '\U0001f600' (U+1F600) cannot be encoded" in info.value.description
    assert call(virtual, sp.Session("alex", SECRET, fmt=fmt, charset="utf-8"), c.PhonesGet()) == [
        contact(ONE, "😀")
    ]
