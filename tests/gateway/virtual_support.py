"""What the virtual gateway tests share: a stopped clock and a sans-IO call."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
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
    senders: tuple[str, ...] = (),
    **kwargs: Any,
) -> VirtualGateway:
    """A virtual gateway with the account alex, on a stopped clock.

    ``senders``: names (or e-mail addresses) alex may send from at ``START``, added
    through senders.php before it (send.php bans a name senders.php has not allowed,
    spec line 52): the clock starts one ``step`` early, for their moderation.
    """
    step = float(kwargs.get("step", 1.0))
    if senders and clock is None:
        clock = VirtualClock(START - timedelta(seconds=step), speed=0)
    virtual = VirtualGateway(
        accounts={"alex": SECRET},
        clock=stopped_clock() if clock is None else clock,
        store=store,
        faults=faults,
        handler=handler,
        price=price,
        **kwargs,
    )
    if senders:
        allow_senders(virtual, *senders)
        virtual.advance(step)
    return virtual


def allow_senders(
    virtual: VirtualGateway, *names: str, login: str = "alex", password: str = SECRET
) -> None:
    """Add ``names`` to ``login``'s sender names through senders.php (a digital name is
    confirmed with its code at once; a letter name is allowed ``step`` seconds later)."""
    session = sp.Session(login, password, fmt=3, charset="utf-8")
    for name in names:
        mail = "@" in name
        call(virtual, session, c.SendersAdd(sender=name, mail=True if mail else None))
        if name.isdigit():
            call(virtual, session, c.SendersSendCode(sender=name))
            code = virtual.confirmation_code(login, name)
            assert code is not None
            call(virtual, session, c.SendersCheckCode(sender=name, code=code))


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
