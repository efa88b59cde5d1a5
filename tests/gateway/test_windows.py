"""The sliding windows behind error 9, on the clock and in the store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from smsc_proto.gateway import MemoryStore, SQLiteStore, StoreError, VirtualClock
from smsc_proto.gateway._windows import (
    RATE_LIMITS,
    WINDOW_KIND,
    RateLimit,
    admit,
    identical_subject,
    prune_windows,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
MINUTE = timedelta(minutes=1)

# name -> (limit, window, identical), as the spec states them (the line is in the table).
SPEC_LIMITS = {
    "send": (1, MINUTE, True),
    "send.cost": (5, MINUTE, True),
    "templates": (3, MINUTE, True),
    "op_templates": (10, MINUTE, True),
    "ping": (5, MINUTE, True),
    "jobs": (1, MINUTE, True),
    "status": (5, MINUTE, True),
    "status.mass": (1, MINUTE, False),
    "balance": (10, MINUTE, False),
    "phones": (3, MINUTE, True),
    "users": (3, MINUTE, False),
    "documents": (1, MINUTE, False),
    "senders.list": (3, MINUTE, True),
    "senders.add": (5, MINUTE, False),
    "get.messages": (3, MINUTE, True),
    "get.messages.hour": (30, timedelta(hours=1), False),
    "get.answers": (3, MINUTE, True),
    "get.stat": (3, MINUTE, False),
    "get.tariffs": (3, MINUTE, True),
    "info": (3, MINUTE, True),
    "info.any": (100, MINUTE, False),
    "tinyurls": (3, MINUTE, True),
    "receive_phones": (2, MINUTE, True),
}


def test_the_spec_limits() -> None:
    table = {name: (r.limit, r.window, r.identical) for name, r in RATE_LIMITS.items()}
    assert table == SPEC_LIMITS
    assert all(r.line > 0 for r in RATE_LIMITS.values())
    assert all(name == r.name for name, r in RATE_LIMITS.items())


# (limit, seconds of each request after T0, expected answers)
WINDOW_CASES = [
    # One identical send a minute (line 220): the repeat within the minute is error 9.
    (1, [0, 30, 59.999999, 60], [True, False, False, True]),
    # A refused request is not counted: the window reopens a minute after the accepted one.
    (1, [0, 59, 60, 61], [True, False, True, False]),
    # Five status requests for one message (line 1817): the sixth is refused until the
    # first leaves the window.
    (5, [0, 10, 20, 30, 40, 50, 60, 60, 70], [True] * 5 + [False, True, False, True]),
    # Sliding, not calendar minutes: 12:00:59 and 12:01:01 are in one window.
    (1, [59, 61, 119, 119.5], [True, False, True, False]),
]


@pytest.mark.parametrize(("limit", "seconds", "expected"), WINDOW_CASES)
def test_admit(limit: int, seconds: list[float], expected: list[bool]) -> None:
    rule = RateLimit(name="t", limit=limit)
    clock = VirtualClock(T0, speed=0)
    answers = []
    with MemoryStore() as store:
        for at in seconds:
            clock.set(T0 + timedelta(seconds=at))
            with store.transaction() as tx:
                answers.append(admit(tx, rule, "alex", clock.now()))
    assert answers == expected


def test_subjects_and_limits_are_separate() -> None:
    send, cost = RATE_LIMITS["send"], RATE_LIMITS["send.cost"]
    with MemoryStore() as store, store.transaction() as tx:
        assert admit(tx, send, "a", T0)
        assert not admit(tx, send, "a", T0)
        assert admit(tx, send, "b", T0)
        assert admit(tx, cost, "a", T0)
        assert [key for key, _ in tx.scan(WINDOW_KIND)] == ["send.cost:a", "send:a", "send:b"]


def test_hour_window() -> None:
    hour = RATE_LIMITS["get.messages.hour"]
    with MemoryStore() as store, store.transaction() as tx:
        assert all(admit(tx, hour, "alex", T0 + n * MINUTE) for n in range(30))
        assert not admit(tx, hour, "alex", T0 + timedelta(minutes=59))
        assert admit(tx, hour, "alex", T0 + timedelta(minutes=60))


def test_a_rolled_back_request_is_not_counted() -> None:
    send = RATE_LIMITS["send"]
    with MemoryStore() as store:

        def fail() -> None:
            with store.transaction() as tx:
                assert admit(tx, send, "a", T0)
                raise RuntimeError("the send failed after the check")

        with pytest.raises(RuntimeError):
            fail()
        with store.transaction() as tx:
            assert admit(tx, send, "a", T0)


def test_the_window_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "gateway.db"
    send = RATE_LIMITS["send"]
    with SQLiteStore(path) as store, store.transaction() as tx:
        assert admit(tx, send, "same-request", T0)
    with SQLiteStore(path) as store, store.transaction() as tx:
        assert not admit(tx, send, "same-request", T0 + timedelta(seconds=30))
        assert admit(tx, send, "same-request", T0 + MINUTE)


def test_prune_windows() -> None:
    with MemoryStore() as store, store.transaction() as tx:
        admit(tx, RATE_LIMITS["send"], "old", T0)
        admit(tx, RATE_LIMITS["send"], "new", T0 + timedelta(seconds=30))
        admit(tx, RATE_LIMITS["get.messages.hour"], "alex", T0)
        assert prune_windows(tx, T0 + timedelta(seconds=59)) == 0
        assert prune_windows(tx, T0 + MINUTE) == 1
        assert [key for key, _ in tx.scan(WINDOW_KIND)] == [
            "get.messages.hour:alex",
            "send:new",
        ]
        assert prune_windows(tx, T0 + timedelta(hours=1)) == 2
        assert tx.scan(WINDOW_KIND) == []


def test_a_damaged_window_record_is_reported() -> None:
    with MemoryStore() as store, store.transaction() as tx:
        tx.put(WINDOW_KIND, "send:a", {"hits": [1]})
        with pytest.raises(StoreError, match="window: the record's hits must be a list of times"):
            admit(tx, RATE_LIMITS["send"], "a", T0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": 0}, "limit: must be 1 or more, got 0"),
        ({"limit": 1, "window": timedelta(0)}, "window: must be positive"),
    ],
)
def test_rate_limit_refuses(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        RateLimit(name="x", **kwargs)  # type: ignore[arg-type]


BASE = [("login", "alex"), ("phones", "79999999999"), ("mes", "Hello")]
# (second request, identical to BASE?)
IDENTICAL_CASES = [
    (list(reversed(BASE)), True),  # order does not matter
    ([*BASE, ("psw", "other")], True),  # neither does the password
    ([*BASE, ("fmt", "3")], True),  # nor how the reply is written
    ([*BASE, ("apikey", "k")], True),
    ([("login", "alex"), ("phones", "79999999999"), ("mes", "Hello!")], False),
    ([*BASE, ("sender", "Shop")], False),
    ([*BASE, ("mes", "Hello")], False),  # a repeated parameter is another request
]


@pytest.mark.parametrize(("params", "identical"), IDENTICAL_CASES)
def test_identical_subject(params: list[tuple[str, str]], identical: bool) -> None:
    base = identical_subject("alex", "send.php", [*BASE, ("psw", "secret")])
    assert (identical_subject("alex", "send.php", params) == base) is identical


def test_identical_subject_separates_its_parts() -> None:
    assert identical_subject("alex", "send.php", []) != identical_subject("bob", "send.php", [])
    assert identical_subject("a", "send.php", []) != identical_subject("a", "status.php", [])
    # Joined naively, these two would be the same text.
    assert identical_subject("a", "b", [("c", "d")]) != identical_subject("a", "b", [("c=d", "")])
    assert identical_subject("ab", "c", []) != identical_subject("a", "bc", [])
    assert len(identical_subject("alex", "send.php", BASE)) == 64
