"""The virtual gateway, driven through a Session with a clock the test moves: virtual
sending, the status chain, balances, errors and the status callbacks due to a handler."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.emulator import VirtualGateway
from smsc_proto.values import parse_phone_list

PHONES = parse_phone_list("79999999999,+79990000000")
SECRET = "emulator-pw-31"


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1_767_268_800.0

    def __call__(self) -> float:
        return self.now


def call(gateway: VirtualGateway, session: sp.Session, command: c.Command) -> Any:
    """What a transport does, without one: prepare, hand the bytes over, finish."""
    return session.finish(command, gateway.respond(session.prepare(command)))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gateway(clock: Clock) -> VirtualGateway:
    return VirtualGateway(accounts={"alex": SECRET}, clock=clock, price=Decimal("2.00"))


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_send_then_the_virtual_chain(gateway: VirtualGateway, clock: Clock, fmt: int) -> None:
    session = sp.Session("alex", SECRET, fmt=fmt, charset="windows-1251")
    sent = call(gateway, session, c.Send(phones=PHONES, mes="Привет", id="order-1", cost=3))
    # 2 recipients x 1 part x 2.00, from a balance of 100.00 (line 40: cost=3 adds both)
    assert sent == r.SendReply(id="order-1", cnt=2, cost=Decimal("4.00"), balance=Decimal("96.00"))
    query = c.StatusQuery(phone=parse_phone_list("+79990000000"), id="order-1", all=1)
    seen = []
    for _ in range(4):
        status = call(gateway, session, query)
        seen.append((status.status, status.status_name))
        clock.now += 1.0
    assert [code for code, _ in seen] == [-1, 0, 1, 1]
    assert [name for _, name in seen] == [
        "Waiting send",
        "Transferred to the operator",
        "Delivered",
        "Delivered",
    ]
    assert status.message == "Привет"
    assert gateway.balance("alex") == Decimal("96.00")


def test_cost_forms_and_funds(gateway: VirtualGateway) -> None:
    session = sp.Session("alex", SECRET)
    long_text = "Ж" * 71  # 2 Cyrillic parts (line 49)
    asked = call(gateway, session, c.Send(phones=PHONES, mes=long_text, cost=1))
    assert asked == r.SendReply(cnt=4, cost=Decimal("8.00"))
    assert gateway.messages == ()  # cost=1 only asks (line 40)
    first = call(gateway, session, c.Send(phones=PHONES, mes="hi"))
    second = call(gateway, session, c.Send(phones=PHONES, mes="hi", cost=2))
    assert (first.id, second.id, second.cost) == (1, 2, Decimal("4.00"))
    rich = VirtualGateway(accounts={"alex": SECRET}, balance=Decimal("2.99"))
    with pytest.raises(sp.GatewayError) as info:
        call(rich, session, c.Send(phones=PHONES, mes="hi"))
    assert info.value.code == 3
    assert rich.messages == ()


def test_list_send_counts_every_line(clock: Clock) -> None:
    gateway = VirtualGateway(accounts={"alex": SECRET}, clock=clock, balance=Decimal(5000))
    lines = "\n".join(f"7999000{n:04d}:Заказ {n} готов" for n in range(1000))
    reply = call(gateway, sp.Session("alex", SECRET), c.Send(list=lines))
    assert reply.cnt == 1000
    assert len(gateway.messages) == 1000
    assert gateway.messages[999].text == "Заказ 999 готов"


def test_statuses_of_several_ids_and_deletion(gateway: VirtualGateway, clock: Clock) -> None:
    session = sp.Session("alex", SECRET, fmt=3)
    call(gateway, session, c.Send(phones=parse_phone_list("79999999999"), mes="a", id=7))
    clock.now += 5
    both = c.StatusQuery(phone=parse_phone_list("79999999999,79990000000"), id=(7, 8))
    delivered, unknown = call(gateway, session, both)
    assert (delivered.status, delivered.id, delivered.phone) == (1, 7, "79999999999")
    assert unknown == r.StatusNotFoundReply(status=-3, id=8, phone="79990000000")
    one = c.StatusDelete(phone=parse_phone_list("79999999999"), id=7)
    assert call(gateway, session, one) == r.StatusDeleteReply(result="OK")
    again = call(gateway, session, c.StatusQuery(phone=parse_phone_list("79999999999"), id=7))
    assert again == r.StatusNotFoundReply(status=-3)


@pytest.mark.parametrize("level", [0, 1, 2])
def test_not_found_in_fmt1_is_a_regular_line(gateway: VirtualGateway, level: int) -> None:
    # Line 1788: "For fmt = 1, a response is returned in the format of the status of a
    # regular message."
    session = sp.Session("alex", SECRET, fmt=1)
    query = c.StatusQuery(phone=parse_phone_list("79999999999"), id=5, all=level)
    reply = call(gateway, session, query)
    assert isinstance(reply, r.SmsStatusReply)
    assert reply.status == -3


def test_errors(gateway: VirtualGateway) -> None:
    with pytest.raises(sp.GatewayError) as info:
        call(gateway, sp.Session("alex", "wrong"), c.Balance())
    assert info.value.code == 2
    with pytest.raises(sp.GatewayError, match="is not emulated"):
        call(gateway, sp.Session("alex", SECRET), c.PhonesGetGroup())
    # fmt=1 of several ids is a form the toolkit does not write (QUIRKS INC-22): error 1,
    # whose fmt=1 form carries no text
    several = c.StatusQuery(phone=PHONES, id=(1, 2), fmt=1)
    with pytest.raises(sp.GatewayError) as info:
        call(gateway, sp.Session("alex", SECRET), several)
    assert info.value.code == 1
    with pytest.raises(sp.InvalidRequestError):
        gateway.handle(sp.Request.from_url("https://smscentre.com/sys/nope.php"))
    assert SECRET not in repr(gateway)


def test_balance_and_apikey(clock: Clock) -> None:
    gateway = VirtualGateway(apikeys=("key-1",), clock=clock)
    session = sp.Session(apikey="key-1")
    assert call(gateway, session, c.Balance()) == r.BalanceReply(balance=Decimal("100.00"))
    cur = call(gateway, session, c.Balance(cur=True))
    assert (cur.balance, cur.credit, cur.currency) == (Decimal("100.00"), Decimal("0.00"), "RUB")


def test_due_callbacks_report_each_stage_once(clock: Clock) -> None:
    handler = sp.HandlerUrl.parse("https://mysite.ru/cb?md5=Kx-1&fmt=3")
    gateway = VirtualGateway(accounts={"alex": SECRET}, clock=clock, handler=handler)
    call(gateway, sp.Session("alex", SECRET), c.Send(phones=PHONES, mes="hi", id=42))
    stages: list[tuple[str, int | None]] = []
    for _ in range(4):
        for url, body, content_type in gateway.due_callbacks():
            assert url == "https://mysite.ru/cb"
            received = handler.receive((), body, content_type)  # signed and verified
            assert isinstance(received, sp.StatusCallback)
            assert received.id == 42
            stages.append((str(received.phone), received.status))
        clock.now += 1
    for phone in ("79999999999", "+79990000000"):
        assert [s for p, s in stages if p == phone] == [-1, 0, 1]
    assert gateway.due_callbacks() == []
    assert VirtualGateway().due_callbacks() == []


@pytest.mark.parametrize(("fmt", "cost"), [(0, 0), (1, 2), (2, 3), (3, 1)])
def test_op1_lists_each_recipient(gateway: VirtualGateway, fmt: int, cost: int) -> None:
    # Lines 295-313: op=1 adds phone, mccmnc, cost, status and error per recipient.
    session = sp.Session("alex", SECRET, fmt=fmt)
    reply = call(gateway, session, c.Send(phones=PHONES, mes="hi", op=True, cost=cost))
    assert reply.phones == (
        r.SendPhone(phone="79999999999", mccmnc="", cost=Decimal("2.00"), status=-1, error=0),
        r.SendPhone(phone="+79990000000", mccmnc="", cost=Decimal("2.00"), status=-1, error=0),
    )


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_history_of_sent_messages(gateway: VirtualGateway, clock: Clock, fmt: int) -> None:
    # Lines 2855-2875: get.php?get_messages -- newest first; phone, cnt, prev_id, dates.
    session = sp.Session("alex", SECRET, fmt=fmt)
    for n, phone in enumerate(("79999999999", "79990000000", "79999999999")):
        call(gateway, session, c.Send(phones=parse_phone_list(phone), mes=f"m{n}", id=n + 1))
        clock.now += 10
    history = call(gateway, session, c.GetMessages())
    assert [(m.id, m.phone, m.status) for m in history] == [
        (3, "79999999999", 1),
        (2, "79990000000", 1),
        (1, "79999999999", 1),
    ]
    one = call(gateway, session, c.GetMessages(phone=parse_phone_list("79999999999"), cnt=1))
    assert [m.message for m in one] == ["m2"]
    # (fmt=1 carries neither int_id nor dates: the gateway's own records give them)
    newest = gateway.messages[-1]
    before = call(gateway, session, c.GetMessages(prev_id=newest.int_id))
    assert [m.id for m in before] == [2, 1]
    assert call(gateway, session, c.GetMessages(format=8)) == []
    sent_on = datetime.fromtimestamp(int(newest.sent_at)).date()
    assert call(gateway, session, c.GetMessages(start=sent_on.replace(year=2099))) == []
    assert len(call(gateway, session, c.GetMessages(start=sent_on))) == 3


def test_a_request_no_command_accepts_gets_error_1(gateway: VirtualGateway) -> None:
    # What the gateway answers a request it cannot read: error 1, in fmt=0.
    unreadable = sp.HttpRequest("GET", "https://smscentre.com/sys/nope.php?fmt=3")
    reply = gateway.respond(unreadable)
    assert (reply.status, reply.body) == (200, b"ERROR = 1 (Error in parameters.)")
