"""What a handler is told: the command, who calls, from where, when (Moscow time for
replies), the store and the clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import MOSCOW, Context, Gateway

PSW = "canary-psw-7f3a"
SEND = f"/sys/send.php?login=alex&psw={PSW}&phones=79999999999&mes=hi&fmt=3&charset=utf-8"


class FixedClock:
    """A clock that says what the test tells it."""

    def __init__(self, now: datetime) -> None:
        self.value = now

    def now(self) -> datetime:
        return self.value


def _capture(gateway: Gateway[Any]) -> list[Context[Any]]:
    seen: list[Context[Any]] = []

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[Any]) -> r.SendReply:
        assert context.command is command
        seen.append(context)
        return r.SendReply(id=1, cnt=1)

    return seen


def test_the_context_of_a_request() -> None:
    store = sp.gateway.MemoryStore()
    clock = FixedClock(datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc))
    gateway = Gateway(
        authenticate=lambda credentials, context: {"login": credentials.login},
        store=store,
        clock=clock,
    )
    seen = _capture(gateway)
    http = sp.HttpRequest("GET", SEND)
    gateway.respond(http, peer="203.0.113.5")
    (context,) = seen
    assert context.account == {"login": "alex"}
    assert context.login == "alex"
    assert context.credentials == c.Credentials(login="alex", psw=PSW)
    assert context.peer == "203.0.113.5"
    assert context.store is store
    assert context.clock is clock
    assert context.http is http
    assert context.request.script == "send.php"
    assert (context.fmt, context.charset) == (3, "utf-8")
    assert context.now == datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert PSW not in repr(context)
    assert (gateway.store, gateway.clock) == (store, clock)


def test_an_apikey_request_names_no_login() -> None:
    gateway = Gateway(authenticate=lambda credentials, context: "key-account")
    seen = _capture(gateway)
    gateway.respond(sp.HttpRequest("GET", "/sys/send.php?apikey=k-1&phones=7999&mes=x"))
    (context,) = seen
    assert (context.login, context.account, context.fmt, context.charset) == (
        None,
        "key-account",
        0,
        "windows-1251",
    )


def test_the_hook_sees_the_request_before_authentication() -> None:
    seen: list[Context[None]] = []

    def authenticate(credentials: c.Credentials, context: Context[None]) -> str | None:
        seen.append(context)
        return None

    Gateway(authenticate=authenticate).respond(sp.HttpRequest("GET", SEND), peer="192.0.2.1")
    (context,) = seen
    assert (context.account, context.login, context.peer) == (None, "alex", "192.0.2.1")
    assert isinstance(context.command, c.Send)


@pytest.mark.parametrize(
    ("now", "utc", "moscow"),
    [
        # Moscow is UTC+3 all year (no summer time since 2014): January and July alike.
        (
            datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc),
            datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc),
            datetime(2026, 1, 1, 15, 0),
        ),
        (
            datetime(2026, 7, 1, 22, 30, 15, tzinfo=timezone.utc),
            datetime(2026, 7, 1, 22, 30, 15, tzinfo=timezone.utc),
            datetime(2026, 7, 2, 1, 30, 15),
        ),
        # A clock in another zone: the same instant.
        (
            datetime(2026, 1, 1, 17, 0, tzinfo=timezone(timedelta(hours=5))),
            datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc),
            datetime(2026, 1, 1, 15, 0),
        ),
    ],
)
def test_now_is_utc_and_replies_use_moscow_time(
    now: datetime, utc: datetime, moscow: datetime
) -> None:
    gateway = Gateway(authenticate=None, clock=FixedClock(now))
    seen = _capture(gateway)
    gateway.respond(sp.HttpRequest("GET", SEND))
    (context,) = seen
    assert context.now == utc
    assert context.now.utcoffset() == timedelta(0)
    assert context.moscow_now() == moscow
    assert context.moscow_now().tzinfo is None
    assert MOSCOW.utcoffset(None) == timedelta(hours=3)


@pytest.fixture
def new_york() -> Iterator[None]:
    """The machine's zone set to New York for the test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "America/New_York")
        time.tzset()
        try:
            yield
        finally:
            patch.undo()
            time.tzset()


@pytest.mark.usefixtures("new_york")
def test_moscow_time_whatever_the_machine_zone() -> None:
    """The default clock: the wall clock, in UTC; Moscow time does not follow TZ."""
    gateway = Gateway(authenticate=None)
    seen = _capture(gateway)
    before = datetime.now(timezone.utc)
    gateway.respond(sp.HttpRequest("GET", SEND))
    after = datetime.now(timezone.utc)
    (context,) = seen
    assert before <= context.now <= after
    moscow = context.moscow_now()
    assert moscow == (context.now + timedelta(hours=3)).replace(tzinfo=None)
    assert datetime.fromtimestamp(context.now.timestamp()) != moscow  # the machine's zone


def test_a_clock_without_a_zone_is_refused() -> None:
    with pytest.raises(sp.LocalProtocolError, match="clock: now\\(\\) must return a timezone"):
        Gateway(authenticate=None, clock=FixedClock(datetime(2026, 1, 1)))


def test_a_clock_that_turns_naive_later_gets_500() -> None:
    clock = FixedClock(datetime(2026, 1, 1, tzinfo=timezone.utc))
    gateway = Gateway(authenticate=None, clock=clock)
    _capture(gateway)
    clock.value = datetime(2026, 1, 1)
    assert gateway.respond(sp.HttpRequest("GET", SEND)).status == 500
