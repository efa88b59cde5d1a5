"""Callbacks of the virtual gateway: one per stage, leased, retried every 4 minutes of
its clock, 50 attempts in all (spec line 3727), logged; incoming messages."""

from __future__ import annotations

from datetime import timedelta

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway import Delivery, Faults, VirtualClock, VirtualGateway, moscow
from smsc_proto.values import parse_phone_list

from .virtual_support import HANDLER, SECRET, START, call, gateway, view

PHONES = parse_phone_list("79999999999,+79990000000")


def received(deliveries: list[Delivery]) -> list[sp.Callback]:
    """Each delivery as the handler reads it (signed and verified)."""
    found = []
    for delivery in deliveries:
        assert delivery.url == "https://mysite.ru/cb"
        found.append(HANDLER.receive((), delivery.body, delivery.content_type))
    return found


def settle(virtual: VirtualGateway, deliveries: list[Delivery], status: int | None) -> None:
    for delivery in deliveries:
        virtual.delivered(delivery, status=status)


def test_each_stage_is_reported_exactly_once() -> None:
    virtual = gateway(handler=HANDLER)
    call(virtual, sp.Session("alex", SECRET), c.Send(phones=PHONES, mes="hi", id=42))
    stages: list[tuple[str, int | None, int | None]] = []
    for _ in range(4):
        due = virtual.due_callbacks()
        for cb in received(due):
            assert isinstance(cb, sp.StatusCallback)
            assert (cb.id, cb.cnt, cb.type) == (42, 1, sp.values.MessageType.SMS)
            stages.append((str(cb.phone), cb.status, cb.ts))
        settle(virtual, due, 200)
        virtual.advance(1)
    t0 = int(START.timestamp())
    for phone in ("79999999999", "+79990000000"):
        assert [(s, ts) for p, s, ts in stages if p == phone] == [
            (-1, t0),
            (0, t0 + 1),
            (1, t0 + 2),
        ]
    assert virtual.due_callbacks() == []
    assert virtual.pending_callbacks() == 0
    virtual.advance(3600)  # accepted ones never come back
    assert virtual.due_callbacks() == []
    log = view(virtual, "callbacks")
    assert len(log) == 6
    assert {entry["outcome"] for entry in log} == {"accepted"}


def test_callback_dates_are_moscow_time() -> None:
    virtual = gateway(handler=HANDLER)
    call(virtual, sp.Session("alex", SECRET), c.Send(phones=PHONES, mes="hi"))
    first = received(virtual.due_callbacks())[0]
    assert isinstance(first, sp.StatusCallback)
    assert first.time == moscow(START).replace(microsecond=0)


def test_no_handler_no_callbacks() -> None:
    virtual = gateway()
    call(virtual, sp.Session("alex", SECRET), c.Send(phones=PHONES, mes="hi"))
    virtual.advance(10)
    assert virtual.due_callbacks() == []
    assert virtual.pending_callbacks() == 0


def test_retries_every_four_minutes_fifty_attempts() -> None:
    virtual = gateway(handler=HANDLER, step=0)
    call(
        virtual,
        sp.Session("alex", SECRET),
        c.Send(phones=parse_phone_list("79999999999"), mes="x", id=1),
    )
    # step=0: the three stages are due at once; follow the "-1" one.
    attempts: list[tuple[int, float]] = []
    for _ in range(60):
        due = [d for d in virtual.due_callbacks() if d.key.endswith(":-1")]
        for delivery in due:
            attempts.append((delivery.attempt, (virtual.clock.now() - START).total_seconds()))
        settle(virtual, due, 500)
        # Nothing is due again before 4 minutes have passed.
        virtual.advance(239)
        assert not [d for d in virtual.due_callbacks() if d.key.endswith(":-1")]
        virtual.advance(1)
    assert [n for n, _ in attempts] == list(range(1, 51))
    assert [at for _, at in attempts] == [240.0 * n for n in range(50)]
    log = [e for e in view(virtual, "callbacks") if str(e["key"]).endswith(":-1")]
    assert [e["status"] for e in log] == [500] * 50
    assert [e["outcome"] for e in log] == ["retry"] * 49 + ["given up"]


def test_a_delivery_never_reported_is_made_again() -> None:
    # The lease (docs/gateway_clock.rst): a server that stops after taking a callback
    # finds it due again 4 minutes later.
    virtual = gateway(handler=HANDLER, step=0)
    call(
        virtual, sp.Session("alex", SECRET), c.Send(phones=parse_phone_list("79999999999"), mes="x")
    )
    first = virtual.due_callbacks()
    assert [d.attempt for d in first] == [1, 1, 1]
    assert virtual.pending_callbacks() == 3
    virtual.advance(240)
    again = virtual.due_callbacks()
    assert [(d.key, d.attempt) for d in again] == [(d.key, 2) for d in first]
    assert [d.body for d in again] == [d.body for d in first]
    settle(virtual, again, 404)  # 404 settles too
    assert virtual.pending_callbacks() == 0


def test_no_reply_is_retried() -> None:
    virtual = gateway(handler=HANDLER, step=0)
    call(
        virtual, sp.Session("alex", SECRET), c.Send(phones=parse_phone_list("79999999999"), mes="x")
    )
    settle(virtual, virtual.due_callbacks(), None)
    assert virtual.pending_callbacks() == 3
    virtual.advance(timedelta(minutes=4).total_seconds())
    assert [d.attempt for d in virtual.due_callbacks()] == [2, 2, 2]


def test_delivered_checks_its_arguments() -> None:
    virtual = gateway(handler=HANDLER)
    with pytest.raises(sp.LocalProtocolError, match="delivery"):
        virtual.delivered("x", status=200)  # type: ignore[arg-type]
    delivery = Delivery(key="k", url="u", body=b"", content_type="t", attempt=1)
    with pytest.raises(sp.LocalProtocolError, match="status"):
        virtual.delivered(delivery, status=42)
    with pytest.raises(sp.LocalProtocolError, match="limit"):
        virtual.due_callbacks(0)


def test_an_outcome_is_the_final_callback() -> None:
    faults = Faults(outcomes={"79990": (20, 1), "7": (1, 0)})
    virtual = gateway(handler=HANDLER, faults=faults)
    call(virtual, sp.Session("alex", SECRET), c.Send(phones=PHONES, mes="x"))
    virtual.advance(2)
    finals = {
        cb.phone: (cb.status, cb.err)
        for cb in received(virtual.due_callbacks())
        if isinstance(cb, sp.StatusCallback) and cb.status not in (-1, 0)
    }
    assert finals == {"79999999999": (1, None), "+79990000000": (20, 1)}


def test_incoming_message_callback_and_record() -> None:
    virtual = gateway(handler=HANDLER)
    number = virtual.inject_incoming(login="alex", phone="79995556677", to="79001234567", mes="Да!")
    assert number == 1
    (cb,) = received(virtual.due_callbacks())
    assert isinstance(cb, sp.IncomingMessage)
    assert (cb.id, cb.phone, cb.to, cb.mes, cb.time) == (
        1,
        "79995556677",
        "79001234567",
        "Да!",
        int(START.timestamp()),
    )
    assert view(virtual, "incoming") == [
        {
            "id": 1,
            "phone": "79995556677",
            "to": "79001234567",
            "mes": "Да!",
            "at": "2026-01-01T09:00:00.000000Z",
            "login": "alex",
        }
    ]
    with pytest.raises(sp.LocalProtocolError, match="login"):
        virtual.inject_incoming(login="nobody", phone="7", to="", mes="x")
    with pytest.raises(sp.LocalProtocolError, match="mes"):
        virtual.inject_incoming(login="alex", phone="7", to="", mes="a\x00")
    with pytest.raises(sp.LocalProtocolError, match="phone"):
        virtual.inject_incoming(login="alex", phone="7:1", to="", mes="x")


def test_a_callback_the_handler_charset_cannot_carry_is_logged() -> None:
    koi8 = sp.HandlerUrl.parse("https://mysite.ru/cb?charset=koi8-r")
    virtual = gateway(handler=koi8)
    session = sp.Session("alex", SECRET, charset="utf-8")
    virtual.inject_incoming(login="alex", phone="79995556677", to="", mes="🎄")
    assert virtual.due_callbacks() == []
    assert virtual.pending_callbacks() == 0
    (entry,) = view(virtual, "callbacks")
    assert entry["outcome"] == "unsendable"
    assert "mes" in entry["error"]
    assert call(virtual, session, c.Balance()).balance is not None


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_dates_with_microseconds_are_written_to_the_second(fmt: int) -> None:
    # A running clock has microseconds; the wire's dates (DD.MM.YYYY hh:mm:ss) do not.
    clock = VirtualClock(START + timedelta(microseconds=654321), speed=0)
    virtual = gateway(handler=HANDLER, clock=clock)
    session = sp.Session("alex", SECRET, fmt=fmt)
    call(virtual, session, c.Send(phones=PHONES, mes="x", id=1))
    virtual.advance(2)  # the final stage is taken at 09:00:02.654321
    for level in (0, 1, 2):
        status = call(
            virtual, session, c.StatusQuery(phone=parse_phone_list("79999999999"), id=1, all=level)
        )
        assert isinstance(status, sp.responses.SmsStatusReply)
        assert status.last_date in (None, moscow(START).replace(second=2))
    assert len(call(virtual, session, c.GetMessages())) == 2
    callbacks = received(virtual.due_callbacks())
    assert len(callbacks) == 6
    assert {cb.time for cb in callbacks if isinstance(cb, sp.StatusCallback)} == {
        moscow(START).replace(second=n) for n in (0, 1, 2)
    }
