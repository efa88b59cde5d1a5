"""What the virtual gateway tests share: a stopped clock and a sans-IO call."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, cast

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway import Faults, SQLiteStore, Store, VirtualClock, VirtualGateway

#: 2026-01-01 09:00 UTC, 12:00 in Moscow.
START = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
SECRET = "virtual-pw-31"
HANDLER = sp.HandlerUrl.parse("https://mysite.ru/cb?md5=Kx-1&fmt=3")


def stopped_clock() -> VirtualClock:
    """A clock that only moves when the test moves it."""
    return VirtualClock(START, speed=0)


def gateway(
    *,
    clock: VirtualClock | None = None,
    store: Store | SQLiteStore | None = None,
    faults: Faults | None = None,
    handler: sp.HandlerUrl | None = None,
    price: Decimal | None = Decimal("2.00"),
    **kwargs: Any,
) -> VirtualGateway:
    """A virtual gateway with the account alex, on a stopped clock."""
    return VirtualGateway(
        accounts={"alex": SECRET},
        clock=stopped_clock() if clock is None else clock,
        store=store,
        faults=faults,
        handler=handler,
        price=price,
        **kwargs,
    )


def call(
    virtual: VirtualGateway, session: sp.Session, command: c.Command[Any], peer: str | None = None
) -> Any:
    """What a transport does, without one: prepare, hand the bytes over, finish.

    ``Any``: the tests check the reply's shape themselves (a status query's reply type
    is a union of one record and a list).
    """
    return session.finish(command, virtual.respond(session.prepare(command), peer=peer))


def view(virtual: VirtualGateway, what: str) -> list[dict[str, Any]]:
    """An admin view that is a list of objects, typed for the tests."""
    found = virtual.admin_state(what)
    assert isinstance(found, list)
    assert all(isinstance(item, dict) for item in found)
    return cast("list[dict[str, Any]]", found)
