"""One gateway, not nineteen: what one script's state does to another's, through a real
Session in every fmt.

send.php expands phones.php's (and mails.php's) groups, bans the blacklist's numbers and
the names senders.php has not allowed, bills a users.php sub-account at its plan's price
in its currency, numbers its messages with jobs.php's rounds, files its short links where
tinyurls.php finds them, and checks imgcode.php's captcha; balance.php says a
sub-account's currency.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway import VirtualGateway
from smsc_proto.values import EmailAddress, Phone, PhoneList, parse_phone_list

from .test_virtual_imgcode import read_code
from .virtual_support import SECRET, START, allow_senders, call, gateway

FMTS = [0, 1, 2, 3]
SUB_PSW = "sub-pw-77"
ONE = Phone(number="79990000001")
TWO = Phone(number="79990000002")


def session(fmt: int, login: str = "alex", password: str = SECRET) -> sp.Session:
    return sp.Session(login, password, fmt=fmt, charset="utf-8")


def statuses(virtual: VirtualGateway) -> list[tuple[str, int, int, Decimal]]:
    return [(m.phone, m.status, m.err, m.cost) for m in virtual.messages]


# -- phones.php / mails.php groups: G<n> ---------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_group_codes_send_to_the_groups_members(fmt: int) -> None:
    # Line 385: "G<номер группы>" or "g<номер группы>" -- "the message will be sent to all
    # phone numbers belonging to this group"; line 2001: num, "The number of the group
    # for sending messages".
    virtual = gateway()
    main = session(fmt)
    group = call(virtual, main, c.PhonesAddGroup(name="Clients", num=777)).id
    other = call(virtual, main, c.PhonesAddGroup(name="Staff", num=888)).id
    call(virtual, main, c.PhonesAdd(name="Ann", phone=PhoneList(entries=(ONE,)), grp=(group,)))
    call(
        virtual, main, c.PhonesAdd(name="Bob", phone=PhoneList(entries=(TWO,)), grp=(group, other))
    )
    # Line 2016: pho, "Other phone numbers. According to these numbers, SMS messages are
    # not sent out."
    call(
        virtual,
        main,
        c.PhonesAdd(
            name="Cid",
            phone=parse_phone_list("79990000003"),
            grp=(other,),
            pho=parse_phone_list("79990000004"),
        ),
    )
    reply = call(virtual, main, c.Send(phones=parse_phone_list("G777,g888"), mes="Hi", cost=2))
    # Three numbers (79990000002 is in both groups: one message), 2.00 each.
    assert (reply.cnt, reply.cost) == (3, Decimal("6.00"))
    assert [m.phone for m in virtual.messages] == ["79990000001", "79990000002", "79990000003"]
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, main, c.Send(phones=parse_phone_list("G5"), mes="Hi"))
    assert info.value.code == 1
    if fmt != 1:  # fmt=1 writes the code alone ("0,-N")
        assert "G5" in info.value.description


@pytest.mark.parametrize("fmt", FMTS)
def test_an_e_mail_group_code_sends_to_the_mail_group(fmt: int) -> None:
    # Lines 2021-2023: "1 – group for e-mail addresses"; an e-mail message's G<n> is
    # mails.php's group of that num.
    virtual = gateway(senders=("me@mysite.com",))
    main = session(fmt)
    group = call(virtual, main, c.MailsAddGroup(name="Readers", num=5)).id
    address = PhoneList(entries=(EmailAddress(address="reader@mysite.com"),))
    call(virtual, main, c.MailsAdd(name="Reader", mail=address, grp=(group,)))
    send = c.Send(
        phones=parse_phone_list("G5"), mes="News", mail=True, subj="Hi", sender="me@mysite.com"
    )
    assert call(virtual, main, send).cnt == 1
    assert [m.phone for m in virtual.messages] == ["reader@mysite.com"]


# -- the blacklist and sender names: status 23 "Banned" ------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_a_blacklisted_number_is_banned_and_not_charged(fmt: int) -> None:
    # Line 1811: "23 Banned Occurs when restrictions are triggered ... on numbers from the
    # blacklist"; line 1849: "252 Number not permitted". Lines 2017-2020: a lock on mass
    # mailings (1) leaves single messages alone.
    virtual = gateway()
    main = session(fmt)
    call(virtual, main, c.PhonesAddBlack(phone=ONE, type=2))
    call(virtual, main, c.PhonesAddBlack(phone=TWO, type=1))
    reply = call(
        virtual, main, c.Send(phones=parse_phone_list("+79990000001,79990000002"), mes="Hi", cost=3)
    )
    assert (reply.cnt, reply.cost, reply.balance) == (2, Decimal("2.00"), Decimal("98.00"))
    virtual.advance(1)
    assert statuses(virtual) == [
        ("+79990000001", 23, 252, Decimal("0.00")),
        ("79990000002", 0, 0, Decimal("2.00")),
    ]
    status = call(virtual, main, c.StatusQuery(phone=parse_phone_list("+79990000001"), id=1))
    assert (status.status, status.err) == (23, 252)
    virtual.advance(60)
    assert [m.status for m in virtual.messages] == [23, 1]


@pytest.mark.parametrize("fmt", FMTS)
def test_a_blacklisted_address_is_banned(fmt: int) -> None:
    # Line 1867: "252 E-mail address is prohibited Occurs, for example, when the
    # specified e-mail address is found in the blacklist."
    virtual = gateway(senders=("me@mysite.com",))
    main = session(fmt)
    call(virtual, main, c.MailsAddBlack(mail=EmailAddress(address="Bob@Mysite.com")))
    send = c.Send(
        phones=parse_phone_list("bob@mysite.com"),
        mes="News",
        mail=True,
        subj="Hi",
        sender="me@mysite.com",
    )
    call(virtual, main, send)
    virtual.advance(5)
    assert statuses(virtual) == [("bob@mysite.com", 23, 252, Decimal("0.00"))]
    assert virtual.balance("alex") == Decimal("100.00")


@pytest.mark.parametrize("fmt", FMTS)
def test_a_sender_name_senders_php_has_not_allowed_is_banned(fmt: int) -> None:
    # Line 52: "All names are registered in your personal account"; line 1851: "254
    # Unregistered sender id This error occurs when you try to send a message from an
    # unregistered sender name." A name waiting for moderation is not allowed yet.
    virtual = gateway()
    main = session(fmt)
    call(virtual, main, c.Send(phones=PhoneList(entries=(ONE,)), mes="Hi", sender="Shop"))
    allow_senders(virtual, "Shop")
    call(virtual, main, c.Send(phones=PhoneList(entries=(TWO,)), mes="Hi", sender="Shop"))
    virtual.advance(1)  # the name is allowed now
    call(virtual, main, c.Send(phones=parse_phone_list("79990000003"), mes="Hi", sender="Shop"))
    # A digital name is allowed once its code is confirmed (lines 2610, 2659).
    allow_senders(virtual, "79001112233")
    call(
        virtual,
        main,
        c.Send(phones=parse_phone_list("79990000004"), mes="Hi", sender="79001112233"),
    )
    virtual.advance(10)
    assert statuses(virtual) == [
        ("79990000001", 23, 254, Decimal("0.00")),
        ("79990000002", 23, 254, Decimal("0.00")),
        ("79990000003", 1, 0, Decimal("2.00")),
        ("79990000004", 1, 0, Decimal("2.00")),
    ]
    assert virtual.balance("alex") == Decimal("96.00")


# -- users.php sub-accounts -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_a_sub_account_pays_its_plan_in_its_currency(fmt: int) -> None:
    # Lines 2289-2294: type 0 has its own balance and tariff; lines 2314-2325: tariff
    # and curr (2: USD). The emulator's plan 2 costs 10 % less: 2.00 -> 1.80 roubles,
    # 0.02 dollars at 90 roubles a dollar.
    virtual = gateway()
    main = session(fmt)
    call(virtual, main, c.UsersAdd(user="shop", password=SUB_PSW, curr=2, tariff=2))
    call(virtual, main, c.UsersPay(user="shop", sum=Decimal("90.00")))
    sub = session(fmt, "shop", SUB_PSW)
    assert call(virtual, sub, c.Balance(cur=True)).currency == "USD"
    reply = call(virtual, sub, c.Send(phones=PhoneList(entries=(ONE,)), mes="Hi", cost=3))
    assert (reply.cost, reply.balance) == (Decimal("0.02"), Decimal("0.98"))
    assert call(virtual, sub, c.Balance(cur=True)).balance == Decimal("0.98")
    # The main account paid 90 roubles in and nothing for the message.
    assert virtual.balance("alex") == Decimal("10.00")
    # users.php's statistics count the message in the sub-client's currency.
    (stat,) = call(virtual, main, c.UsersGetStat(user="shop", reseller=True))
    assert (stat.sms, stat.debit, stat.currency) == (1, Decimal("0.02"), "USD")


@pytest.mark.parametrize("fmt", FMTS)
def test_a_sharing_sub_account_spends_the_main_balance(fmt: int) -> None:
    # Line 2292: "2 – tariff and balance of the main account."
    virtual = gateway()
    main = session(fmt)
    call(virtual, main, c.UsersAdd(user="desk", password=SUB_PSW, type=2))
    sub = session(fmt, "desk", SUB_PSW)
    reply = call(virtual, sub, c.Send(phones=PhoneList(entries=(ONE,)), mes="Hi", cost=3))
    assert (reply.cost, reply.balance) == (Decimal("2.00"), Decimal("98.00"))
    assert call(virtual, sub, c.Balance(cur=True)).currency == "RUB"
    assert virtual.balance("alex") == Decimal("98.00")


# -- message ids, short links, the captcha ---------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_send_and_jobs_rounds_share_one_numbering(fmt: int) -> None:
    # A message id names one request (line 143: "The messages in the request are
    # assigned a single identifier"); a round of a mailing list is one such request.
    virtual = gateway()
    main = session(fmt)
    assert call(virtual, main, c.Send(phones=PhoneList(entries=(ONE,)), mes="a")).id == 1
    call(virtual, main, c.JobsAdd(name="list", phones=PhoneList(entries=(TWO,)), mes="b"))
    assert call(virtual, main, c.Send(phones=PhoneList(entries=(ONE,)), mes="c")).id == 3
    assert [(m.id, m.text) for m in virtual.messages] == [(1, "a"), (2, "b"), (3, "c")]


@pytest.mark.parametrize("fmt", FMTS)
def test_a_link_shortened_by_a_send_is_listed_by_tinyurls(fmt: int) -> None:
    # Line 58: tinyurl "Allows you to replace links ... as well as to track the number of
    # clicks"; line 3382: tinyurls.php finds a short link by its original one.
    virtual = gateway()
    main = session(fmt)
    link = "https://mysite.ru/order?id=17"
    send = c.Send(phones=PhoneList(entries=(ONE,)), mes=f"See {link}", tinyurl=True)
    call(virtual, main, send)
    (message,) = virtual.messages
    short = message.text.removeprefix("See ")
    assert short == virtual.shorten_link("alex", link)
    virtual.click_link(short)
    found = call(virtual, main, c.TinyurlsGet(link=link))
    assert (found.id, found.link, found.cnt, found.cnt_day) == (1, short, 1, 1)


@pytest.mark.parametrize("fmt", FMTS)
def test_send_checks_the_captcha_imgcode_showed(fmt: int) -> None:
    # Lines 3738-3740: the code read from imgcode.php's image is passed as imgcode, with
    # the user's address as userip; INC-55: a wrong code is error 10.
    virtual = gateway()
    main = session(fmt)
    url = c.ImgcodeImage(refresh="1.1").to_request().to_url(base="https://smscentre.com/sys/")
    image = virtual.respond(sp.HttpRequest("GET", url, (), b""), peer="2001:db8:0::7")
    code = read_code(image.body)
    wrong = "0" if code[0] != "0" else "1"
    base: dict[str, Any] = {"phones": PhoneList(entries=(ONE,)), "mes": "Code 1234"}
    attempts = [
        (wrong + code[1:], "2001:db8::7", 10),
        (code, "198.51.100.7", 10),  # another user's address
        (code, "2001:DB8::0:7", None),  # the same address, spelled otherwise
        (code, "2001:db8::7", 10),  # a code is accepted once
    ]
    for imgcode, userip, error in attempts:
        command = c.Send(**base, imgcode=imgcode, userip=userip)
        if error is None:
            assert call(virtual, main, command).id == 1
            continue
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, main, command)
        assert info.value.code == error
    assert len(virtual.messages) == 1
    assert virtual.balance("alex") == Decimal("98.00")


def test_the_test_clock_starts_where_the_other_tests_expect() -> None:
    # gateway(senders=...) moderates the names before START, so timelines stay START's.
    virtual = gateway(senders=("Shop",))
    assert virtual.clock.now() == START


@pytest.mark.parametrize("fmt", FMTS)
def test_a_sub_client_sends_from_a_name_its_main_account_added_for_it(fmt: int) -> None:
    # senders.php's user (line 2662: "The user ID of the subclient to which you apply
    # the specified command") names an account whose users.php record has the caller as
    # its parent; the name is the sub-client's, so its own sends may use it.
    virtual = gateway()
    main = session(fmt)
    call(virtual, main, c.UsersAdd(user="shop", password=SUB_PSW, type=2))
    call(virtual, main, c.SendersAdd(sender="ShopName", user="shop"))
    virtual.advance(1)
    sub = session(fmt, "shop", SUB_PSW)
    call(virtual, sub, c.Send(phones=PhoneList(entries=(ONE,)), mes="Hi", sender="ShopName"))
    call(virtual, main, c.Send(phones=PhoneList(entries=(TWO,)), mes="Hi", sender="ShopName"))
    virtual.advance(10)
    # The main account never added the name for itself.
    assert statuses(virtual) == [
        ("79990000001", 1, 0, Decimal("2.00")),
        ("79990000002", 23, 254, Decimal("0.00")),
    ]


# -- jobs.php rounds: groups and the blacklist ------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_a_mailing_list_expands_groups_and_honours_the_mass_mailing_lock(fmt: int) -> None:
    # Line 385 (G<n>) holds for a mailing list's phones as for send.php's; line 2017: a
    # blacklist lock of type "1 – mass mailing lists" stops a list's message (banned,
    # not charged) where send.php ignores it, and type "2 – single messages" does not.
    virtual = gateway()
    main = session(fmt)
    group = call(virtual, main, c.PhonesAddGroup(name="Clients", num=777)).id
    for name, phone in (("Ann", ONE), ("Bob", TWO)):
        call(virtual, main, c.PhonesAdd(name=name, phone=PhoneList(entries=(phone,)), grp=(group,)))
    call(virtual, main, c.PhonesAddBlack(phone=ONE, type=1))
    call(virtual, main, c.PhonesAddBlack(phone=TWO, type=2))
    call(virtual, main, c.JobsAdd(name="list", phones=parse_phone_list("G777"), mes="Hi"))
    virtual.advance(1)
    assert statuses(virtual) == [
        ("79990000001", 23, 252, Decimal("0.00")),
        ("79990000002", 0, 0, Decimal("2.00")),
    ]
    assert virtual.balance("alex") == Decimal("98.00")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, main, c.JobsAdd(name="none", phones=parse_phone_list("G5"), mes="Hi"))
    assert info.value.code == 1
