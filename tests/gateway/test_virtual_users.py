"""users.php on the virtual gateway: sub-accounts that log in, pay and spend with their
own balance, plan and currency; statistics; every command in every fmt; the spec's URLs."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import moscow
from smsc_proto.values import parse_phone_list

from .spec_urls import SPEC_PSW, answer
from .virtual_support import SECRET, START, call, gateway, view

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
ONE = parse_phone_list("79999999999")
SUB_PSW = "Sub-Pass-8"
TODAY = moscow(START).date()


def price_of(virtual: sp.gateway.VirtualGateway, login: str) -> Decimal:
    with virtual.store.transaction() as tx:
        return virtual._state.price_for(tx, login)


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_add_then_the_sub_account_logs_in_and_spends_its_own_balance(
    fmt: int, charset: str
) -> None:
    virtual = gateway()
    main = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    assert call(virtual, main, c.UsersAdd(user="shop", password=SUB_PSW)) == r.UsersAddReply(id=1)
    sub = sp.Session("shop", SUB_PSW, fmt=fmt)
    assert call(virtual, sub, c.Balance()).balance == Decimal("0.00")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sub, c.Send(phones=ONE, mes="x"))
    assert info.value.code == 3  # its own balance is empty
    assert call(virtual, main, c.UsersPay(user="shop", sum=Decimal("10.00"))) == r.UsersOkReply(
        result="OK"
    )
    call(virtual, sub, c.Send(phones=ONE, mes="x"))
    assert (virtual.balance("alex"), virtual.balance("shop")) == (Decimal("90.00"), Decimal("8.00"))
    assert [m.login for m in virtual.messages] == ["shop"]
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sp.Session("shop", "wrong-password", fmt=fmt), c.Balance())
    assert info.value.code == 2
    assert SUB_PSW not in virtual.store.snapshot().decode()


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_change_renames_and_resets_the_password(fmt: int, charset: str) -> None:
    virtual = gateway()
    main = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, main, c.UsersAdd(user="shop", password=SUB_PSW))
    call(virtual, main, c.UsersPay(user="shop", sum=Decimal("10.00")))
    call(virtual, sp.Session("shop", SUB_PSW), c.Send(phones=ONE, mes="x"))
    change = c.UsersChange(user="shop", new_login="магазин", password="New-Pass-9", fio="Иванов")
    assert call(virtual, main, change) == r.UsersOkReply(result="OK")
    with pytest.raises(sp.GatewayError):
        call(virtual, sp.Session("shop", SUB_PSW), c.Balance())
    assert call(virtual, sp.Session("магазин", "New-Pass-9"), c.Balance()).balance == Decimal(
        "8.00"
    )
    # The messages sent under the old login stay the sub-client's.
    (stat,) = call(virtual, main, c.UsersGetStat(user="магазин"))
    assert (stat.login, stat.sms, stat.credit, stat.debit) == (
        "магазин",
        1,
        Decimal("10.00"),
        Decimal("2.00"),
    )
    for command, code in (
        (c.UsersChange(user="shop", fio="x"), 6),  # the old name is no sub-client now
        (c.UsersAdd(user="shop", password=SUB_PSW), 8),  # ... and stays taken
        (c.UsersAdd(user="alex", password=SUB_PSW), 8),
        (c.UsersChange(user="магазин", pswc="Not-The-One", password="Other-Pass-1"), 1),
    ):
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, main, command)
        assert info.value.code == code


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_pay_rules(fmt: int, charset: str) -> None:
    virtual = gateway()
    main = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, main, c.UsersAdd(user="own", password=SUB_PSW))
    call(virtual, main, c.UsersAdd(user="shared", password=SUB_PSW, type=2))
    call(virtual, main, c.UsersAdd(user="locked", password=SUB_PSW, fl={28: True}))
    cases = [
        (c.UsersPay(user="nobody", sum=Decimal(1)), 6),
        # Line 2422: a sub-login sharing the main balance needs balance2=1.
        (c.UsersPay(user="shared", sum=Decimal(1)), 7),
        (c.UsersPay(user="own", sum=Decimal(1), balance2=True), 1),
        (c.UsersPay(user="own", sum=Decimal("100.01")), 10),
        (c.UsersPay(user="own", sum=Decimal("-0.01")), 10),  # nothing to take back
        (c.UsersPay(user="locked", sum=Decimal(1)), 5),  # fl[28]: payments prohibited
    ]
    for command, code in cases:
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, main, command)
        assert info.value.code == code, command
    call(virtual, main, c.UsersPay(user="own", sum=Decimal("30")))
    call(virtual, main, c.UsersPay(user="own", sum=Decimal("-5")))
    call(virtual, main, c.UsersPay(user="shared", sum=Decimal("7"), balance2=True))
    assert virtual.balance("alex") == Decimal("68.00")
    assert virtual.balance("own") == Decimal("25.00")
    accounts = {a["login"]: a["balance"] for a in view(virtual, "accounts")}
    assert accounts["own"] == "25.00"


def test_a_shared_balance_is_the_main_accounts() -> None:
    virtual = gateway()
    main = sp.Session("alex", SECRET)
    call(virtual, main, c.UsersAdd(user="desk", password=SUB_PSW, type=2))
    sub = sp.Session("desk", SUB_PSW)
    assert call(virtual, sub, c.Balance()).balance == Decimal("100.00")
    call(virtual, sub, c.Send(phones=ONE, mes="x"))
    # Line 2292: "2 – tariff and balance of the main account".
    assert virtual.balance("alex") == virtual.balance("desk") == Decimal("98.00")
    (stat,) = call(virtual, main, c.UsersGetStat())  # reseller missing: shared ones
    assert (stat.login, stat.sms, stat.debit, stat.currency) == ("desk", 1, Decimal("2.00"), "RUB")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, main, c.UsersGetStat(reseller=True))
    assert info.value.code == 3  # "No records found."


def test_currency_and_plan_price() -> None:
    virtual = gateway(balance=Decimal("1000.00"))
    main = sp.Session("alex", SECRET)
    call(virtual, main, c.UsersAdd(user="usd", password=SUB_PSW, curr=2, tariff=2))
    call(virtual, main, c.UsersAdd(user="mirror", password=SUB_PSW, curr=3, type=1))
    # 2.00 roubles on plan 3 (tariff=2) is 10 % less: 1.80 RUB = 0.02 USD at 90.
    assert price_of(virtual, "usd") == Decimal("0.0200")
    assert price_of(virtual, "mirror") == Decimal("0.0200")  # the main tariff, in EUR
    assert price_of(virtual, "alex") == Decimal("2.00")
    call(virtual, main, c.UsersPay(user="usd", sum=Decimal("180")))
    assert virtual.balance("usd") == Decimal("2.00")  # line 2285: the main currency in
    (stat,) = call(virtual, main, c.UsersGetStat(user="usd"))
    assert (stat.credit, stat.currency) == (Decimal("2.00"), "USD")
    (mine,) = call(virtual, main, c.UsersGetStat(user="usd", mycur=True))
    assert (mine.credit, mine.currency) == (Decimal("180.00"), "RUB")
    # A mailing list of the sub-account is charged at its price, in its currency.
    call(virtual, sp.Session("usd", SUB_PSW), c.JobsAdd(name="j", phones=ONE, mes="x"))
    assert virtual.balance("usd") == Decimal("1.98")
    # chg=1 curr=1: the balance keeps its value in the new currency.
    call(virtual, main, c.UsersChange(user="usd", curr=1))
    assert virtual.balance("usd") == Decimal("178.20")


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_statistics_in_every_fmt(fmt: int, charset: str) -> None:
    virtual = gateway()
    main = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, main, c.UsersAdd(user="own", password=SUB_PSW))
    call(virtual, main, c.UsersPay(user="own", sum=Decimal("20")))
    call(virtual, sp.Session("own", SUB_PSW), c.Send(phones=ONE, mes="Ж" * 71))
    stats = call(virtual, main, c.UsersGetStat(reseller=True, start=TODAY))
    assert stats == [
        r.UsersGetStatReply(
            login="own", sms=2, credit=Decimal("20.00"), debit=Decimal("4.00"), currency="RUB"
        )
    ]
    assert call(virtual, main, c.UsersGetStat(user_id=1)) == stats
    later = call(virtual, main, c.UsersGetStat(user_id=1, start=TODAY + timedelta(days=1)))
    assert (later[0].sms, later[0].credit) == (0, Decimal("0.00"))
    rows = call(virtual, main, c.UsersGetStatAll(start=TODAY, reseller=True))
    assert [(row.login, row.description, row.sms, row.credit, row.debit) for row in rows] == [
        ("own", "SMS", 2, Decimal("0.00"), Decimal("4.00")),
        ("own", "Payment", 0, Decimal("20.00"), Decimal("0.00")),
    ]
    with pytest.raises(sp.GatewayError) as info:
        call(
            virtual,
            main,
            c.UsersGetStatAll(start=date(2025, 1, 1), end=date(2025, 1, 2), reseller=True),
        )
    assert info.value.code == 3


#: Spec lines 2545-2557 (catalog examples), then the pay and get_stat_all templates
#: (lines 2269, 2273).
EXAMPLES = [
    "https://smscentre.com/sys/users.php?add=1&login=alex&psw=123&user=mylogin&password=mypassword&phone=79999999999&fl[29]=1",
    "https://smscentre.com/sys/users.php?chg=1&login=alex&psw=123&user=mylogin&password=mypassword&new_login=mylogin2&type=2&fmts=7,-77",
    "https://smscentre.com/sys/users.php?get_stat=1&login=alex&psw=123&balance2=1",
    "https://smscentre.com/sys/users.php?get_stat=1&login=alex&psw=123&user=sub_alex",
    "https://smscentre.com/sys/users.php?get_stat=1&login=alex&psw=123&mycur=1&start=01.01.2014&end=01.02.2014",
    "https://smscentre.com/sys/users.php?pay=1&login=alex&psw=123&user=mylogin2&sum=10",
    "https://smscentre.com/sys/users.php?pay=1&login=alex&psw=123&user=mylogin2&sum=10&balance2=1",
    "https://smscentre.com/sys/users.php?get_stat_all=1&login=alex&psw=123&start=01.01.2026&end=02.01.2026&reseller=1",
]


def test_the_spec_examples_are_answered() -> None:
    virtual = gateway()
    virtual.add_account("alex", SPEC_PSW)
    answers = [answer(virtual, url) for url in EXAMPLES]
    assert answers[0] == r.UsersAddReply(id=1)
    assert answers[1] == r.UsersOkReply(result="OK")
    (stat,) = answers[2]
    assert (stat.login, stat.sms, stat.currency) == ("mylogin2", 0, "RUB")
    assert answers[3].code == 6  # line 2421: no sub-client sub_alex
    (old,) = answers[4]  # nothing in 2014, in the main account's currency
    assert (old.login, old.sms, old.credit, old.debit, old.currency) == (
        "mylogin2",
        0,
        Decimal("0.00"),
        Decimal("0.00"),
        "RUB",
    )
    assert answers[5].code == 7  # type=2 shares the main balance: balance2=1 needed
    assert answers[6] == r.UsersOkReply(result="OK")
    assert answers[7].code == 3  # the only sub-client shares the balance
