"""ping.php on the virtual gateway: a task group's notification, sent as SMS to its
contacts and billed, in every fmt; error 3; the spec's URL template."""

from __future__ import annotations

from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualGateway

from .virtual_support import SECRET, call, gateway, stopped_clock

FMTS = [0, 1, 2, 3]


@pytest.mark.parametrize("fmt", FMTS)
def test_notification_goes_to_every_contact(fmt: int) -> None:
    # Lines 983-989: the group's failure template (ok=1: recovery), {NAME}, {HOST} and
    # {INFO} replaced.
    virtual = gateway()
    group = virtual.add_task_group(
        "alex",
        phones="79999999999,79990000000",
        fail="{NAME} on {HOST} is down: {INFO}",
        ok="{NAME} is back",
    )
    session = sp.Session("alex", SECRET, fmt=fmt)
    down = c.Ping(id=group, name="db", host="10.0.0.1", info="{HOST} timeout")
    assert call(virtual, session, down) == r.PingReply(result="OK")
    assert call(virtual, session, c.Ping(id=group, name="db", ok=True)) == r.PingReply(result="OK")
    texts = [(m.phone, m.text) for m in virtual.messages]
    assert texts == [
        # One pass: the {HOST} inside info is kept as written.
        ("79999999999", "db on 10.0.0.1 is down: {HOST} timeout"),
        ("79990000000", "db on 10.0.0.1 is down: {HOST} timeout"),
        ("79999999999", "db is back"),
        ("79990000000", "db is back"),
    ]
    # Billed like send.php: 4 SMS of one part at 2.00.
    assert virtual.balance("alex") == Decimal("92.00")
    virtual.advance(2)
    status = call(
        virtual,
        session,
        c.StatusQuery(phone=sp.values.parse_phone_list("79990000000"), id=virtual.messages[0].id),
    )
    assert status.status == 1


@pytest.mark.parametrize("fmt", FMTS)
def test_unknown_group_is_error_3(fmt: int) -> None:
    # Line 1013: "3 Task group not found." -- another account's group is not found either.
    virtual = gateway()
    virtual.add_account("bob", "bob-pw")
    group = virtual.add_task_group("bob", phones="79999999999", fail="x", ok="y")
    for missing in (group + 1, group):
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, sp.Session("alex", SECRET, fmt=fmt), c.Ping(id=missing))
        assert info.value.code == 3
    assert virtual.messages == ()


def test_contacts_the_balance_cannot_pay_for_end_in_status_24() -> None:
    # Line 1811: 24 "Insufficient funds": "The Client's account does not have enough
    # money to send the message." The credit counts.
    virtual = gateway(balance=Decimal("3.00"))
    group = virtual.add_task_group(
        "alex", phones="79999999999,79990000000,79991111111", fail="x", ok="y"
    )
    virtual.set_credit("alex", Decimal("1.00"))
    call(virtual, sp.Session("alex", SECRET), c.Ping(id=group))
    virtual.advance(5)
    assert [(m.status, m.cost) for m in virtual.messages] == [
        (1, Decimal("2.00")),
        (1, Decimal("2.00")),
        (24, Decimal("0.00")),
    ]
    assert virtual.balance("alex") == Decimal("-1.00")


def test_bad_task_groups_are_refused() -> None:
    virtual = gateway()
    with pytest.raises(sp.LocalProtocolError, match="login: no account"):
        virtual.add_task_group("bob", phones="79999999999", fail="x", ok="y")
    with pytest.raises(
        sp.LocalProtocolError, match="phones: a task group's contacts must be phone numbers"
    ):
        virtual.add_task_group("alex", phones="G12", fail="x", ok="y")
    with pytest.raises(sp.LocalProtocolError, match="phones"):
        virtual.add_task_group("alex", phones="7999,,", fail="x", ok="y")
    with pytest.raises(sp.LocalProtocolError, match="fail: must not be empty"):
        virtual.add_task_group("alex", phones="79999999999", fail="", ok="y")


@pytest.mark.parametrize("fmt", FMTS)
def test_spec_url(fmt: int) -> None:
    # Spec line 977, the URL template with its placeholders filled: group 1 exists.
    virtual = VirtualGateway(accounts={"alex": "123"}, clock=stopped_clock())
    virtual.add_task_group("alex", phones="79999999999", fail="down", ok="up")
    url = f"https://smscentre.com/sys/ping.php?login=alex&psw=123&id=1&fmt={fmt}"
    reply = virtual.respond(sp.HttpRequest("GET", url))
    command = sp.parse_command(sp.Request.from_url(url))
    assert sp.decode_response(command, reply.body) == r.PingReply(result="OK")
    assert [m.text for m in virtual.messages] == ["down"]
