"""The virtual gateway's six commands through a real Session in every fmt, on a clock
the test moves: virtual sending, the status chain, balances, history and errors."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import MemoryStore, VirtualGateway, moscow
from smsc_proto.values import SendAfter, SendAt, parse_phone_list

from .virtual_support import SECRET, START, call, gateway, stopped_clock

PHONES = parse_phone_list("79999999999,+79990000000")
ONE = parse_phone_list("79999999999")
FMTS = [0, 1, 2, 3]


@pytest.mark.parametrize("fmt", FMTS)
def test_send_then_the_virtual_chain(fmt: int) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset="windows-1251")
    sent = call(virtual, session, c.Send(phones=PHONES, mes="Привет", id="order-1", cost=3))
    # 2 recipients x 1 part x 2.00, from a balance of 100.00 (line 40: cost=3 adds both)
    assert sent == r.SendReply(id="order-1", cnt=2, cost=Decimal("4.00"), balance=Decimal("96.00"))
    query = c.StatusQuery(phone=parse_phone_list("+79990000000"), id="order-1", all=1)
    seen = []
    for _ in range(4):
        status = call(virtual, session, query)
        assert isinstance(status, r.SmsStatusReply)
        seen.append((status.status, status.status_name))
        virtual.advance(1)
    assert seen == [
        (-1, "Waiting send"),
        (0, "Transferred to the operator"),
        (1, "Delivered"),
        (1, "Delivered"),
    ]
    assert status.message == "Привет"
    assert virtual.balance("alex") == Decimal("96.00")


@pytest.mark.parametrize("fmt", FMTS)
def test_rest_send(fmt: int) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt)
    sent = call(virtual, session, c.RestSend(phones=ONE, mes="json", cost=2))
    assert sent == r.SendReply(id=1, cnt=1, cost=Decimal("2.00"))
    assert [(m.phone, m.text) for m in virtual.messages] == [("79999999999", "json")]


@pytest.mark.parametrize("fmt", FMTS)
def test_cost_forms_and_funds(fmt: int) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt)
    long_text = "Ж" * 71  # 2 Cyrillic parts (line 49)
    asked = call(virtual, session, c.Send(phones=PHONES, mes=long_text, cost=1))
    assert asked == r.SendReply(cnt=4, cost=Decimal("8.00"))
    assert virtual.messages == ()  # cost=1 only asks (line 40)
    first = call(virtual, session, c.Send(phones=PHONES, mes="hi"))
    second = call(virtual, session, c.Send(phones=PHONES, mes="hi", cost=2))
    assert (first.id, second.id, second.cost) == (1, 2, Decimal("4.00"))
    poor = gateway(balance=Decimal("2.99"))
    with pytest.raises(sp.GatewayError) as info:
        call(poor, session, c.Send(phones=PHONES, mes="hi", id=5))
    assert (info.value.code, info.value.id) == (3, 5)  # line 177: error 3 names the id
    assert poor.messages == ()
    assert poor.balance("alex") == Decimal("2.99")


def test_list_send_counts_every_line() -> None:
    virtual = gateway(balance=Decimal(5000))
    lines = "\n".join(f"7999000{n:04d}:Заказ {n} готов" for n in range(1000))
    reply = call(virtual, sp.Session("alex", SECRET), c.Send(list=lines))
    assert reply.cnt == 1000
    assert len(virtual.messages) == 1000
    assert virtual.messages[999].text == "Заказ 999 готов"


@pytest.mark.parametrize("fmt", [0, 2, 3])
def test_statuses_of_several_ids_and_deletion(fmt: int) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt)
    call(virtual, session, c.Send(phones=ONE, mes="a", id=7))
    virtual.advance(5)
    both = c.StatusQuery(phone=parse_phone_list("79999999999,79990000000"), id=(7, 8))
    delivered, unknown = call(virtual, session, both)
    assert (delivered.status, delivered.id, delivered.phone) == (1, 7, "79999999999")
    assert unknown == r.StatusNotFoundReply(status=-3, id=8, phone="79990000000")
    one = c.StatusDelete(phone=ONE, id=7)
    assert call(virtual, session, one) == r.StatusDeleteReply(result="OK")
    again = call(virtual, session, c.StatusQuery(phone=ONE, id=7))
    assert again == r.StatusNotFoundReply(status=-3)
    assert virtual.messages == ()


def test_status_delete_in_fmt1() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=1)
    call(virtual, session, c.Send(phones=ONE, mes="a", id=7))
    assert call(virtual, session, c.StatusDelete(phone=ONE, id=7)) == r.StatusDeleteReply(
        result="OK"
    )
    assert virtual.messages == ()


@pytest.mark.parametrize("level", [0, 1, 2])
def test_not_found_in_fmt1_is_a_regular_line(level: int) -> None:
    # Line 1788: "For fmt = 1, a response is returned in the format of the status of a
    # regular message."
    session = sp.Session("alex", SECRET, fmt=1)
    reply = call(gateway(), session, c.StatusQuery(phone=ONE, id=5, all=level))
    assert isinstance(reply, r.SmsStatusReply)
    assert reply.status == -3


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize("level", [0, 1, 2])
def test_status_levels(fmt: int, level: int) -> None:
    virtual = gateway(senders=("ivan",))
    session = sp.Session("alex", SECRET, fmt=fmt)
    call(virtual, session, c.Send(phones=ONE, mes="hi", id=3, sender="ivan"))
    virtual.advance(1)
    reply = call(virtual, session, c.StatusQuery(phone=ONE, id=3, all=level))
    assert isinstance(reply, r.SmsStatusReply)
    assert (reply.status, reply.err) == (0, 0)
    # Moscow time: the stage was taken at 09:00:01 UTC. Each form carries the date,
    # the timestamp or both.
    assert reply.last_date in (None, moscow(START + timedelta(seconds=1)))
    assert reply.last_timestamp in (None, int(START.timestamp()) + 1)
    assert (reply.last_date, reply.last_timestamp) != (None, None)
    if level:
        assert (reply.message, reply.sender_id) == ("hi", "ivan")
        assert reply.send_date in (None, moscow(START))
        assert reply.send_timestamp in (None, int(START.timestamp()))
        assert (reply.send_date, reply.send_timestamp) != (None, None)


def test_errors() -> None:
    virtual = gateway()
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sp.Session("alex", "wrong"), c.Balance())
    assert info.value.code == 2
    # a reply the toolkit cannot write (files=1 has no layout, lines 2669-2674) is error
    # 1 saying so, never a crash
    with pytest.raises(sp.GatewayError, match=r"in fmt=3 and charset utf-8 \(files: "):
        call(virtual, sp.Session("alex", SECRET), c.SendersGet(files=True, fmt=3))
    # fmt=1 of several ids is a form the toolkit does not write (QUIRKS INC-22): error 1,
    # whose fmt=1 form carries no text
    several = c.StatusQuery(phone=PHONES, id=(1, 2), fmt=1)
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sp.Session("alex", SECRET), several)
    assert info.value.code == 1
    assert SECRET not in repr(virtual)
    assert SECRET not in virtual.store.snapshot().decode()


@pytest.mark.parametrize("fmt", FMTS)
def test_balance_and_apikey(fmt: int) -> None:
    virtual = VirtualGateway(apikeys=("key-1",), clock=stopped_clock())
    session = sp.Session(apikey="key-1", fmt=fmt)
    assert call(virtual, session, c.Balance()) == r.BalanceReply(balance=Decimal("100.00"))
    cur = call(virtual, session, c.Balance(cur=True))
    assert (cur.balance, cur.currency) == (Decimal("100.00"), "RUB")
    assert cur.credit in (None, Decimal("0.00"))  # the fmt=0/1 forms carry no credit
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, sp.Session(apikey="key-2", fmt=fmt), c.Balance())
    assert info.value.code == 2
    assert "key-1" not in virtual.store.snapshot().decode()


@pytest.mark.parametrize(("fmt", "cost"), [(0, 0), (1, 2), (2, 3), (3, 1)])
def test_op1_lists_each_recipient(fmt: int, cost: int) -> None:
    # Lines 295-313: op=1 adds phone, mccmnc, cost, status and error per recipient.
    session = sp.Session("alex", SECRET, fmt=fmt)
    reply = call(gateway(), session, c.Send(phones=PHONES, mes="hi", op=True, cost=cost))
    assert reply.phones == (
        # 7999: Yota, mcc 250 mnc 11 (the tariff table)
        r.SendPhone(phone="79999999999", mccmnc="25011", cost=Decimal("2.00"), status=-1, error=0),
        r.SendPhone(phone="+79990000000", mccmnc="25011", cost=Decimal("2.00"), status=-1, error=0),
    )


@pytest.mark.parametrize("fmt", FMTS)
def test_history_of_sent_messages(fmt: int) -> None:
    # Lines 2855-2875: get.php?get_messages -- newest first; phone, cnt, prev_id, dates.
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt)
    for n, phone in enumerate(("79999999999", "79990000000", "79999999999")):
        call(virtual, session, c.Send(phones=parse_phone_list(phone), mes=f"m{n}", id=n + 1))
        virtual.advance(10)
    history = call(virtual, session, c.GetMessages())
    assert [(m.id, m.phone, m.status) for m in history] == [
        (3, "79999999999", 1),
        (2, "79990000000", 1),
        (1, "79999999999", 1),
    ]
    one = call(virtual, session, c.GetMessages(phone=ONE, cnt=1))
    assert [m.message for m in one] == ["m2"]
    # (fmt=1 carries neither int_id nor dates: the gateway's own records give them)
    newest = virtual.messages[-1]
    before = call(virtual, session, c.GetMessages(prev_id=newest.int_id))
    assert [m.id for m in before] == [2, 1]
    assert call(virtual, session, c.GetMessages(format=8)) == []
    sent_on = moscow(newest.sent_at).date()
    assert call(virtual, session, c.GetMessages(start=sent_on.replace(year=2099))) == []
    assert len(call(virtual, session, c.GetMessages(start=sent_on))) == 3
    # Another account's history is its own.
    virtual.add_account("bob", "bob-pw")
    assert call(virtual, sp.Session("bob", "bob-pw", fmt=fmt), c.GetMessages()) == []


def test_a_request_no_command_accepts_gets_error_1() -> None:
    # What the kit answers a request no command accepts: error 1, in the fmt it names.
    unreadable = sp.HttpRequest("GET", "https://smscentre.com/sys/nope.php?fmt=3")
    reply = gateway().respond(unreadable)
    assert (reply.status, reply.body) == (200, b'{"error":"Error in parameters.","error_code":1}')
    plain = gateway().respond(sp.HttpRequest("GET", "/sys/nope.php"))
    assert (plain.status, plain.body) == (200, b"ERROR = 1 (Error in parameters.)")


# Text no store can hold (docs/gateway_store.rst: "A gateway must refuse or replace such
# text in a request before it reaches the store"): error 1 naming the parameter.
def _nul_requests(fmt: int) -> list[tuple[sp.HttpRequest, str]]:
    auth = f"login=alex&psw={SECRET}&fmt={fmt}&charset=utf-8"
    body = (
        f'{{"login":"alex","psw":"{SECRET}","fmt":{fmt},"phones":"79999999999","mes":"a\\u0000b"}}'
    )
    return [
        (sp.HttpRequest("GET", f"/sys/send.php?phones=79999999999&mes=a%00b&{auth}"), "mes"),
        (sp.HttpRequest("GET", f"/sys/send.php?list=79999999999:a%00b&{auth}"), "list"),
        (
            sp.HttpRequest(
                "POST",
                "/rest/send/",
                (("Content-Type", "application/json"),),
                body.encode(),
            ),
            "mes",
        ),
    ]


@pytest.mark.parametrize("case", [0, 1, 2])
@pytest.mark.parametrize("fmt", FMTS)
def test_nul_is_refused_with_error_1(case: int, fmt: int) -> None:
    virtual = gateway()
    http, name = _nul_requests(fmt)[case]
    reply = virtual.respond(http)
    assert reply.status == 200
    wire = sp.Request.from_url(
        "https://x" + http.url, http.body or None, http.header("Content-Type")
    )
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(sp.parse_command(wire), reply.body)
    assert info.value.code == 1
    if fmt != 1:
        assert f"{name} contains NUL" in info.value.description
    assert virtual.messages == ()


@pytest.mark.parametrize(
    ("time", "tz", "held"),
    [
        (SendAfter(minutes=30), None, 30 * 60),
        # 13:00 Moscow is 10:00 UTC: one hour after START.
        (SendAt(when=START.replace(tzinfo=None, hour=13)), None, 3600),
        # tz=+2: 15:00 there is 13:00 in Moscow.
        (SendAt(when=START.replace(tzinfo=None, hour=15)), 2, 3600),
        # Line 66: "If ... the time already elapsed is specified, the message will be
        # sent immediately."
        (SendAt(when=START.replace(tzinfo=None, hour=11)), None, 0),
    ],
)
def test_scheduled_send_waits_for_its_time(
    time: sp.values.SendTime, tz: int | None, held: int
) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET)
    call(virtual, session, c.Send(phones=ONE, mes="later", time=time, tz=tz))
    (message,) = virtual.messages
    assert message.send_at == (START + timedelta(seconds=held) if held else None)
    if held:
        virtual.advance(held - 1)
        assert virtual.messages[0].status == -1  # line 1803: waits until that time
    virtual.advance(1)
    assert virtual.messages[0].status == 0
    virtual.advance(1)
    assert virtual.messages[0].status == 1


def test_validity_expires_a_message_not_yet_delivered() -> None:
    # Line 149: valid, the message's lifetime; status 3 "Expired" (line 1807).
    virtual = gateway(step=3600.0)
    session = sp.Session("alex", SECRET, fmt=3)
    call(
        virtual,
        session,
        c.Send(phones=ONE, mes="x", id=1, valid=sp.values.Valid(hours=1, minute=30)),
    )
    virtual.advance(3600)
    assert virtual.messages[0].status == 0
    virtual.advance(1800)
    status = call(virtual, session, c.StatusQuery(phone=ONE, id=1, all=1))
    assert (status.status, status.status_name) == (3, "Expired")
    virtual.advance(3600)
    assert virtual.messages[0].status == 3  # never delivered after it expired


def test_reset_forgets_messages_and_restores_accounts() -> None:
    virtual = gateway(store=MemoryStore())
    session = sp.Session("alex", SECRET)
    call(virtual, session, c.Send(phones=ONE, mes="x"))
    virtual.reset()
    assert virtual.messages == ()
    assert virtual.balance("alex") == Decimal("100.00")
    assert call(virtual, session, c.Balance()).balance == Decimal("100.00")


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(sp.LocalProtocolError, match="price"):
        VirtualGateway(price=Decimal(-1))
    with pytest.raises(sp.LocalProtocolError, match="step"):
        VirtualGateway(step=-1)
    with pytest.raises(sp.LocalProtocolError, match="clock"):
        VirtualGateway(clock=lambda: 0.0)  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="what"):
        gateway().admin_state("nope")
    with pytest.raises(sp.LocalProtocolError, match="login"):
        gateway().add_account("", "x")
    with pytest.raises(sp.LocalProtocolError, match="NUL"):
        gateway().add_account("a\x00", "x")
