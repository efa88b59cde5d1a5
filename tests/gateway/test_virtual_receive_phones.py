"""receive_phones.php on the virtual gateway: the numbers for rent, renting one for the
rest of the month, the monthly renewal on the clock, SMS to a rented number, in every fmt."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualClock
from smsc_proto.values import Phone

from .spec_urls import SPEC_PSW, answer
from .test_virtual_callbacks import received
from .virtual_support import HANDLER, SECRET, call, gateway

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
#: 20 January 2026, 12:00 Moscow: 12 of the month's 31 days are left.
MID_MONTH = datetime(2026, 1, 20, 9, 0, tzinfo=timezone.utc)
NUMBER = Phone(number="79010000001")


def mid_month(**kwargs: object) -> sp.gateway.VirtualGateway:
    return gateway(clock=VirtualClock(MID_MONTH, speed=0), balance=Decimal("1000.00"), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_list_rent_and_change(fmt: int, charset: str) -> None:
    virtual = mid_month()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    free = call(virtual, session, c.ReceivePhonesGet())
    assert [(n.phone.number, n.type, n.cost, n.current_cost) for n in free] == [
        ("79010000001", 1, Decimal("300.00"), Decimal("116.13")),
        ("79010000002", 1, Decimal("300.00"), Decimal("116.13")),
        ("79020000003", 4, Decimal("450.00"), Decimal("174.19")),
        ("79030000004", 2, Decimal("900.00"), Decimal("348.39")),
    ]
    assert free[0].info == "Virtual, SMS"
    # Line 3473: "paying the cost for the remaining days in the current month".
    bought = call(virtual, session, c.ReceivePhonesBuy(phone=NUMBER))
    assert bought == r.ReceivePhonesBuyReply(cost=Decimal("116.13"))
    assert virtual.balance("alex") == Decimal("883.87")
    left = call(virtual, session, c.ReceivePhonesGet())
    assert [n.phone.number for n in left] == ["79010000002", "79020000003", "79030000004"]
    changed = call(virtual, session, c.ReceivePhonesChange(phone=NUMBER, noprolong=True))
    assert changed == r.ReceivePhonesChangeReply(result="OK")
    for command, code in (
        (c.ReceivePhonesBuy(phone=NUMBER), 1),  # rented already
        (c.ReceivePhonesBuy(phone=Phone(number="79999999999")), 1),  # not for rent
        (c.ReceivePhonesChange(phone=Phone(number="79010000002"), noprolong=False), 1),
    ):
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, session, command)
        assert info.value.code == code


def test_not_enough_money_is_error_3() -> None:
    virtual = gateway(clock=VirtualClock(MID_MONTH, speed=0), balance=Decimal("100.00"))
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sp.Session("alex", SECRET), c.ReceivePhonesBuy(phone=NUMBER))
    assert info.value.code == 3


def test_the_monthly_renewal() -> None:
    virtual = mid_month()
    session = sp.Session("alex", SECRET)
    call(virtual, session, c.ReceivePhonesBuy(phone=NUMBER))
    call(virtual, session, c.ReceivePhonesBuy(phone=Phone(number="79010000002"), noprolong=True))
    assert virtual.balance("alex") == Decimal("767.74")
    virtual.advance(12 * 24 * 3600)  # 1 February, 12:00 Moscow
    # The first is renewed for February's full cost; the second (noprolong=1) is released.
    assert virtual.balance("alex") == Decimal("467.74")
    free = [n.phone.number for n in call(virtual, session, c.ReceivePhonesGet())]
    assert free == ["79010000002", "79020000003", "79030000004"]
    virtual.advance(28 * 24 * 3600)  # 1 March: 300.00 again
    assert virtual.balance("alex") == Decimal("167.74")
    virtual.advance(31 * 24 * 3600)  # 1 April: 167.74 cannot pay 300.00: released
    assert virtual.balance("alex") == Decimal("167.74")
    assert len(call(virtual, session, c.ReceivePhonesGet())) == 4


def test_an_sms_to_a_rented_number_is_the_renters() -> None:
    virtual = mid_month(handler=HANDLER)
    call(virtual, sp.Session("alex", SECRET), c.ReceivePhonesBuy(phone=NUMBER))
    assert virtual.inject_to_number(phone="79995556677", to="+79010000001", mes="Привет") == 1
    (incoming,) = received(virtual.due_callbacks())
    assert isinstance(incoming, sp.IncomingMessage)
    assert (incoming.phone, incoming.to, incoming.mes) == ("79995556677", "+79010000001", "Привет")
    with pytest.raises(sp.LocalProtocolError, match="nobody rents"):
        virtual.inject_to_number(phone="79995556677", to="79010000002", mes="x")


#: Spec lines 3590-3596 (catalog examples).
EXAMPLES = [
    "https://smscentre.com/sys/receive_phones.php?get=1&login=alex&psw=123",
    "https://smscentre.com/sys/receive_phones.php?buy=1&login=alex&psw=123&phone=79999999999",
    "https://smscentre.com/sys/receive_phones.php?chg=1&login=alex&psw=123&phone=79999999999&noprolong=1",
    "https://smscentre.com/sys/receive_phones.php?buy=1&login=alex&psw=123&phone=79010000001",
    "https://smscentre.com/sys/receive_phones.php?chg=1&login=alex&psw=123&phone=79010000001&noprolong=1",
]


def test_the_spec_examples_are_answered() -> None:
    virtual = mid_month()
    virtual.add_account("alex", SPEC_PSW)
    answers = [answer(virtual, url) for url in EXAMPLES]
    assert len(answers[0]) == 4
    # 79999999999 is none of the emulator's numbers for rent: error 1 names it.
    assert [(a.code, "79999999999" in a.description) for a in answers[1:3]] == [(1, True)] * 2
    assert answers[3] == r.ReceivePhonesBuyReply(cost=Decimal("116.13"))
    assert answers[4] == r.ReceivePhonesChangeReply(result="OK")
