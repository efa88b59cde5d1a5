"""The virtual gateway's state is the store's: a new gateway on the same SQLite file
carries on (messages, statuses, balances, pending callbacks, error-9 windows), and its
dates are Moscow time whatever the machine's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults, SQLiteStore, VirtualClock, moscow
from smsc_proto.values import parse_phone_list

from .virtual_support import HANDLER, SECRET, START, call, gateway, view

ONE = parse_phone_list("79999999999")


def test_restart_on_the_same_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "gateway.sqlite"
    clock = VirtualClock(START, speed=0)
    session = sp.Session("alex", SECRET, fmt=3)
    store = SQLiteStore(path)
    first = gateway(store=store, clock=clock, handler=HANDLER, faults=Faults(rate_limits=True))
    send = c.Send(phones=ONE, mes="persist me", id="order-9", cost=3)
    assert call(first, session, send).balance == Decimal("98.00")
    clock.advance(1)
    assert call(first, session, c.StatusQuery(phone=ONE, id="order-9")).status == 0
    taken = first.due_callbacks()  # -1 and 0, leased, never reported: the server "died"
    assert [d.attempt for d in taken] == [1, 1]
    store.close()

    store = SQLiteStore(path)
    second = gateway(store=store, clock=clock, handler=HANDLER, faults=Faults(rate_limits=True))
    # The account keeps its balance; the message its status; it moves on.
    assert second.balance("alex") == Decimal("98.00")
    status = call(second, session, c.StatusQuery(phone=ONE, id="order-9", all=1))
    assert isinstance(status, r.SmsStatusReply)
    assert (status.status, status.message) == (0, "persist me")
    # The error-9 window survived too: the same send within the minute is refused.
    with pytest.raises(sp.GatewayError) as info:
        call(second, session, send)
    assert info.value.code == 9
    # Pending callbacks: the two leases and nothing lost.
    assert second.pending_callbacks() == 2
    clock.advance(1)
    fresh = second.due_callbacks()  # the final stage, taken after the restart
    assert [(d.key.rsplit(":", 1)[1], d.attempt) for d in fresh] == [("1", 1)]
    second.delivered(fresh[0], status=200)
    clock.advance(240)
    retried = second.due_callbacks()
    assert sorted((d.key.rsplit(":", 1)[1], d.attempt) for d in retried) == [("-1", 2), ("0", 2)]
    for delivery in retried:
        second.delivered(delivery, status=200)
    assert second.pending_callbacks() == 0
    store.close()


def test_snapshot_and_restore_between_stores(tmp_path: Path) -> None:
    memory = gateway()
    call(memory, sp.Session("alex", SECRET), c.Send(phones=ONE, mes="x", id=1))
    with SQLiteStore(tmp_path / "copy.sqlite") as store:
        store.restore(memory.store.snapshot())
        copy = gateway(store=store)
        assert [(m.id, m.text) for m in copy.messages] == [(1, "x")]
        assert store.snapshot() == memory.store.snapshot()


@pytest.fixture
def machine_zone() -> Iterator[None]:
    """Restore the process's zone after a test changes it."""
    if not hasattr(time, "tzset"):  # pragma: no cover - Windows
        pytest.skip("time.tzset is POSIX only")
    saved = os.environ.get("TZ")
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


# POSIX rules, so that no tz database is needed.
@pytest.mark.usefixtures("machine_zone")
@pytest.mark.parametrize("zone", ["UTC0", "EST5EDT,M3.2.0,M11.1.0", "JST-9"])
def test_dates_are_moscow_time_in_any_machine_zone(zone: str) -> None:
    os.environ["TZ"] = zone
    time.tzset()
    virtual = gateway(handler=HANDLER)
    session = sp.Session("alex", SECRET, fmt=3)
    call(virtual, session, c.Send(phones=ONE, mes="x", id=1))
    virtual.advance(1)
    status = call(virtual, session, c.StatusQuery(phone=ONE, id=1, all=1))
    assert isinstance(status, r.SmsStatusReply)
    # 09:00:01 UTC is 12:00:01 in Moscow, whatever the machine says.
    assert status.last_date == moscow(START + timedelta(seconds=1))
    assert status.last_date.hour == 12
    assert status.send_date == moscow(START)
    (record,) = call(virtual, session, c.GetMessages())
    assert record.send_date == moscow(START)
    callback = HANDLER.receive((), virtual.due_callbacks()[0].body, "application/json")
    assert isinstance(callback, sp.StatusCallback)
    assert callback.time == moscow(START)
    assert view(virtual, "messages")[0]["sent"] == "01.01.2026 12:00:00"
