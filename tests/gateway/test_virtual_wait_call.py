"""wait_call.php on the virtual gateway: the number to call in every fmt, the call a test
injects, its incoming record and its CallConfirmation callback, and the spec's URL."""

from __future__ import annotations

from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.values import Phone

from .spec_urls import SPEC_PSW, answer
from .test_virtual_callbacks import received
from .virtual_support import HANDLER, SECRET, START, call, gateway, view

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
RUSSIAN = tuple(Phone(number=n) for n in ("78005550101", "78005550102", "78005550103"))


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_the_number_to_call_then_the_call(fmt: int, charset: str) -> None:
    virtual = gateway(handler=HANDLER)
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    reply = call(virtual, session, c.WaitCall(phone=Phone(number="79991234567")))
    # QUIRKS INC-49: fmt=1 is the list alone, the number to call first.
    assert reply == r.WaitCallReply(phone=None if fmt == 1 else RUSSIAN[0], all_phones=RUSSIAN)
    assert virtual.balance("alex") == Decimal("98.00")  # one SMS part's price
    virtual.advance(60)
    assert virtual.inject_call(phone="+79991234567", to="78005550101") == "alex"
    (confirmation,) = [
        cb for cb in received(virtual.due_callbacks()) if isinstance(cb, sp.CallConfirmation)
    ]
    # Lines 3695-3697: waitcall=1, the caller's phone, the call time.
    assert (confirmation.waitcall, confirmation.phone, confirmation.ts) == (
        1,
        "79991234567",
        int(START.timestamp()) + 60,
    )
    # Line 3833: the call is recorded as an incoming message "[waitcall] ".
    (incoming,) = view(virtual, "incoming")
    assert (incoming["phone"], incoming["to"], incoming["mes"], incoming["login"]) == (
        "79991234567",
        "78005550101",
        "[waitcall] ",
        "alex",
    )
    with pytest.raises(sp.LocalProtocolError, match=r"no wait_call\.php request"):
        virtual.inject_call(phone="79991234567", to="78005550101")  # answered already


def test_numbers_by_country_and_in_turn() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=3)
    first = call(virtual, session, c.WaitCall(phone=Phone(number="375291234567")))
    second = call(virtual, session, c.WaitCall(phone=Phone(number="375291234568")))
    assert [p.number for p in first.all_phones] == ["375175550101", "375175550102"]
    assert [p.number for p in second.all_phones] == ["375175550102", "375175550101"]
    elsewhere = call(virtual, session, c.WaitCall(phone=Phone(number="4915112345678")))
    assert elsewhere.phone == Phone(number="442035550101")


def test_a_call_after_15_minutes_is_not_taken() -> None:
    virtual = gateway()
    call(virtual, sp.Session("alex", SECRET), c.WaitCall(phone=Phone(number="79991234567")))
    virtual.advance(15 * 60 + 1)  # line 3830: "within 15 minutes"
    with pytest.raises(sp.LocalProtocolError):
        virtual.inject_call(phone="79991234567", to="78005550101")
    with pytest.raises(sp.LocalProtocolError):
        virtual.inject_call(phone="79990000000", to="78005550101")  # nobody asked


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_errors_3_and_5(fmt: int, charset: str) -> None:
    poor = gateway(balance=Decimal("1.99"))
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    with pytest.raises(sp.GatewayError) as info:
        call(poor, session, c.WaitCall(phone=Phone(number="79991234567")))
    assert info.value.code == 3
    virtual = gateway()
    # phones.php's blacklist entry, through phones.php (a lock on mass mailings only
    # still refuses: line 3799 names the black list, whatever its type).
    black = c.PhonesAddBlack(phone=Phone(number="79991234567", plus=True), type=1)
    call(virtual, session, black)
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session, c.WaitCall(phone=Phone(number="79991234567")))
    assert info.value.code == 5
    assert virtual.balance("alex") == Decimal("100.00")


def test_the_spec_url_is_answered() -> None:
    virtual = gateway()
    virtual.add_account("alex", SPEC_PSW)
    # Line 3767's template, with a number.
    url = "https://smscentre.com/sys/wait_call.php?login=alex&psw=123&phone=79999999999"
    assert answer(virtual, url) == r.WaitCallReply(phone=RUSSIAN[0], all_phones=RUSSIAN)
