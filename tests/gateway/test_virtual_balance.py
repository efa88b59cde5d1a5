"""balance.php on the virtual gateway: the balance, ``cur`` and the credit, in every fmt;
payments; the spec's URL template."""

from __future__ import annotations

from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualGateway

from .test_virtual_status import sent
from .virtual_support import SECRET, call, gateway, stopped_clock

FMTS = [0, 1, 2, 3]


@pytest.mark.parametrize("fmt", FMTS)
def test_balance_cur_and_credit(fmt: int) -> None:
    # Lines 1937-1963: cur=0 the balance; cur=1 the currency and, "with a non-zero
    # credit", the credit in fmt=2/3 (fmt=0/1 never carry it, QUIRKS INC-24).
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt)
    sent(virtual)
    assert call(virtual, session, c.Balance()) == r.BalanceReply(balance=Decimal("98.00"))
    no_credit = call(virtual, session, c.Balance(cur=True))
    assert no_credit == r.BalanceReply(balance=Decimal("98.00"), currency="RUB")
    virtual.set_credit("alex", Decimal("500.00"))
    with_credit = call(virtual, session, c.Balance(cur=True))
    credit = Decimal("500.00") if fmt in (2, 3) else None
    assert with_credit == r.BalanceReply(balance=Decimal("98.00"), credit=credit, currency="RUB")
    assert virtual.pay("alex", Decimal("2.50")) == Decimal("100.50")
    assert call(virtual, session, c.Balance()).balance == Decimal("100.50")
    virtual.set_credit("alex", Decimal(0))
    assert call(virtual, session, c.Balance(cur=True)).credit is None


def test_bad_credit_and_payments_are_refused() -> None:
    virtual = gateway()
    with pytest.raises(sp.LocalProtocolError, match="credit: must be a Decimal of 0 or more"):
        virtual.set_credit("alex", Decimal(-1))
    with pytest.raises(sp.LocalProtocolError, match="login: no account 'bob'"):
        virtual.set_credit("bob", Decimal(1))
    with pytest.raises(sp.LocalProtocolError, match="amount: must be a Decimal of more than 0"):
        virtual.pay("alex", Decimal(0))
    with pytest.raises(sp.LocalProtocolError, match="amount"):
        virtual.pay("alex", 5)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="login: no account 'bob'"):
        virtual.pay("bob", Decimal(1))
    assert virtual.balance("alex") == Decimal("100.00")


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize("cur", ["", "&cur=1"])
def test_spec_url(fmt: int, cur: str) -> None:
    # Spec line 1895, the URL template with its placeholders filled.
    virtual = VirtualGateway(accounts={"alex": "123"}, clock=stopped_clock())
    url = f"https://smscentre.com/sys/balance.php?login=alex&psw=123&fmt={fmt}{cur}"
    reply = virtual.respond(sp.HttpRequest("GET", url))
    command = sp.parse_command(sp.Request.from_url(url))
    decoded = sp.decode_response(command, reply.body)
    assert decoded.balance == Decimal("100.00")
    assert decoded.currency == ("RUB" if cur else None)
