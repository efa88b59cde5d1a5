"""The virtual gateway's mails.php through a real Session in every fmt: phones.php's book
of e-mail addresses (line 2003), its groups of type 1 and its blacklist; the URL
templates (mails.php has no example URL of its own, QUIRKS INC-67)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualGateway
from smsc_proto.values import EmailAddress, Phone, PhoneList

from .virtual_examples import answer, example_gateway, outcome
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]
CHARSETS = {0: "koi8-r", 1: "windows-1251", 2: "utf-8", 3: "koi8-r"}


def M(*addresses: str) -> PhoneList:
    return PhoneList(entries=tuple(EmailAddress(address=a) for a in addresses))


def mail(address: str) -> EmailAddress:
    return EmailAddress(address=address)


def session(fmt: int) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset=CHARSETS[fmt])


def code_of(virtual: VirtualGateway, s: sp.Session, command: c.Command[Any]) -> int:
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, s, command)
    return info.value.code


def contact(addresses: PhoneList, name: str, **fields: Any) -> r.MailsGetReply:
    values: dict[str, Any] = {
        "group": 0,
        "first_name": "",
        "last_name": "",
        "middle_name": "",
        "birthday": None,
        "id": "",
        "comments": "",
        "tags": "",
        "mail_other": (),
    }
    values.update(fields)
    return r.MailsGetReply(mail=addresses, name=name, **values)


ALEX = M("alex@mysite.ru")
OK = r.MailsOkReply(result="OK")


@pytest.mark.parametrize("fmt", FMTS)
def test_contacts(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    # line 2023: "1 - group for e-mail addresses", mails.php's groups by default
    group = call(virtual, s, c.MailsAddGroup(name="Рассылка")).id
    added = c.MailsAdd(
        mail=ALEX,
        name="Алекс",
        grp=(group,),
        bd=date(1985, 5, 9),
        pho=PhoneList(entries=(Phone(number="79999999999"), mail("alex@work.ru"))),
    )
    assert call(virtual, s, added) == r.MailsAddReply(id=1)
    expected = contact(
        ALEX,
        "Алекс",
        group=group,
        birthday=date(1985, 5, 9),
        mail_other=(Phone(number="79999999999"), mail("alex@work.ru")),
    )
    assert call(virtual, s, c.MailsGet(grp=(group,))) == [expected]
    # addresses are filed in lower case: one contact however it is spelt
    assert call(virtual, s, c.MailsGet(mail=M("Alex@MySite.RU"))) == [expected]
    assert call(virtual, s, c.MailsGet(search="mysite")) == [expected]
    new = c.MailsChange(mail=M("ALEX@mysite.ru"), new_mail=M("a@b.ru"), name="A")
    assert call(virtual, s, new) == OK
    assert [found.mail for found in call(virtual, s, c.MailsGet())] == [M("a@b.ru")]
    assert call(virtual, s, c.MailsDelete(mail=M("a@b.ru"))) == OK
    assert call(virtual, s, c.MailsGet()) == []


@pytest.mark.parametrize("fmt", FMTS)
def test_groups_and_moves(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    first, second = (call(virtual, s, c.MailsAddGroup(name=n)).id for n in ("A", "B"))
    call(virtual, s, c.MailsAdd(mail=ALEX, name="Alex"))
    address = mail("alex@mysite.ru")
    assert call(virtual, s, c.MailsMoveToGroup(grp=(first,), mail=address)) == OK
    assert call(virtual, s, c.MailsJoinGroup(grp=(second,), mail=address)) == OK
    assert call(virtual, s, c.MailsLeaveGroup(grp=(first,), mail=address)) == OK
    assert call(virtual, s, c.MailsChangeGroup(grp=second, name="B2", num=9)) == OK
    assert call(virtual, s, c.MailsGetGroup()) == [
        r.MailsGetGroupReply(id=first, name="A", number=1, cnt=0),
        r.MailsGetGroupReply(id=second, name="B2", number=9, cnt=1),
    ]
    assert call(virtual, s, c.MailsDeleteGroup(grp=first)) == OK
    assert [g.id for g in call(virtual, s, c.MailsGetGroup(type=1))] == [second]
    # a phones.php group (type 0) is no group of an e-mail contact
    phones_group = call(virtual, s, c.PhonesAddGroup(name="Phones")).id
    assert code_of(virtual, s, c.MailsJoinGroup(grp=(phones_group,), mail=address)) == 1
    assert code_of(virtual, s, c.MailsDeleteGroup(grp=first)) == 3


@pytest.mark.parametrize("fmt", FMTS)
def test_blacklist(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    added = c.MailsAddBlack(mail=mail("spam@bad.ru"), type=2, cmt="реклама")
    assert call(virtual, s, added) == r.MailsAddReply(id=1)
    assert code_of(virtual, s, c.MailsAddBlack(mail=mail("SPAM@bad.ru"))) == 5
    assert call(virtual, s, c.MailsGetBlack()) == [
        r.MailsGetBlackReply(id=1, email=mail("spam@bad.ru"), type=2, comment="реклама")
    ]
    assert call(virtual, s, c.MailsDeleteBlack(mail=M("spam@bad.ru"))) == OK
    assert call(virtual, s, c.MailsGetBlack()) == []
    assert code_of(virtual, s, c.MailsDeleteBlack(mail=M("spam@bad.ru"))) == 3


def test_the_books_are_apart() -> None:
    # phones.php and mails.php keep their own contacts and blacklists; the groups are
    # one table, told apart by type (lines 2021-2023)
    virtual, s = gateway(), session(3)
    call(virtual, s, c.PhonesAdd(phone=PhoneList(entries=(Phone(number="7999"),)), name="P"))
    call(virtual, s, c.MailsAdd(mail=ALEX, name="M"))
    call(virtual, s, c.PhonesAddGroup(name="G"))
    call(virtual, s, c.MailsAddGroup(name="G"))  # one name per type
    assert [x.name for x in call(virtual, s, c.PhonesGet())] == ["P"]
    assert [x.name for x in call(virtual, s, c.MailsGet())] == ["M"]
    assert [g.id for g in call(virtual, s, c.MailsGetGroup())] == [1, 2]
    assert [g.id for g in call(virtual, s, c.PhonesGetGroup(type=0))] == [1]


# mails.php's URL templates (the phones.php ones of lines 1977-1990 with mail for phone,
# QUIRKS INC-67), placeholders filled, in order on one new gateway.
TEMPLATES: list[tuple[int, str, Any]] = [
    (1977, "add=1&login=alex&psw=123&mail=alex@mysite.ru&name=Alex", r.MailsAddReply(id=1)),
    (1978, "add_group=1&login=alex&psw=123&name=Group", r.MailsAddReply(id=1)),
    (1979, "chg=1&login=alex&psw=123&mail=alex@mysite.ru&new_mail=a@b.ru", OK),
    (1980, "chg_group=1&login=alex&psw=123&grp=1&name=Group1", OK),
    (1981, "move_group=1&login=alex&psw=123&grp=1&mail=a@b.ru", OK),
    (1982, "move_group=2&login=alex&psw=123&grp=1&mail=a@b.ru", OK),
    (1983, "move_group=3&login=alex&psw=123&grp=1&mail=a@b.ru", OK),
    (1984, "del=1&login=alex&psw=123&mail=a@b.ru", OK),
    (1985, "del_group=1&login=alex&psw=123&grp=1", OK),
    (1986, "get=1&login=alex&psw=123", []),
    (1987, "get_group=1&login=alex&psw=123", []),
    (1988, "add_black=1&login=alex&psw=123&mail=a@b.ru", r.MailsAddReply(id=1)),
    (1989, "del_black=1&login=alex&psw=123&mail=a@b.ru", OK),
    (1990, "get_black=1&login=alex&psw=123", []),
]


def test_the_url_templates() -> None:
    virtual = example_gateway()
    for line, query, expected in TEMPLATES:
        url = f"https://smscentre.com/sys/mails.php?{query}"
        assert outcome(answer(virtual, url)) == expected, line
