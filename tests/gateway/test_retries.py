"""Callback retries on the clock (every 4 minutes, 50 attempts) with a lease in the store."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from smsc_proto import DELIVERY_POLICY, DeliveryPolicy
from smsc_proto.gateway import MemoryStore, SQLiteStore, Store, StoreError, VirtualClock
from smsc_proto.gateway._retries import (
    CALLBACK_KIND,
    attempt_times,
    claim_callbacks,
    next_attempt_at,
    queue_callback,
    settle_callback,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
FOUR = timedelta(minutes=4)


def test_attempt_times() -> None:
    times = attempt_times(T0)
    assert len(times) == 50
    assert times[0] == T0
    assert times[-1] == T0 + timedelta(minutes=196)
    assert {b - a for a, b in itertools.pairwise(times)} == {FOUR}
    short = DeliveryPolicy(retry_interval=timedelta(seconds=1), max_attempts=3)
    assert attempt_times(T0, short) == (T0, T0 + timedelta(seconds=1), T0 + timedelta(seconds=2))


# (attempt just made, handler status, next request)
NEXT_CASES = [
    (1, 500, T0 + FOUR),
    (1, None, T0 + FOUR),  # no reply at all
    (1, 302, T0 + FOUR),
    (1, 200, None),
    (1, 404, None),
    (49, 503, T0 + FOUR),
    (50, 503, None),  # "total 50 attempts"
]


@pytest.mark.parametrize(("attempt", "status", "expected"), NEXT_CASES)
def test_next_attempt_at(attempt: int, status: int | None, expected: datetime | None) -> None:
    assert next_attempt_at(T0, attempt, status) == expected


def _deliver(
    store: Store, clock: VirtualClock, answer: dict[int, int | None]
) -> list[tuple[int, datetime]]:
    """Run the delivery loop on the clock until nothing is pending; the requests made."""
    made: list[tuple[int, datetime]] = []
    while True:
        with store.transaction() as tx:
            pending = tx.pending(kind=CALLBACK_KIND, limit=1)
        if not pending:
            return made
        clock.set(max(clock.now(), pending[0].due_at))
        with store.transaction() as tx:
            claims = claim_callbacks(tx, clock.now())
        for claim in claims:  # the HTTP request, outside any transaction
            made.append((claim.attempt, clock.now()))
            status = answer.get(claim.attempt, 500)
            with store.transaction() as tx:
                settle_callback(tx, claim, status)


def test_a_failing_handler_gets_fifty_requests_four_minutes_apart() -> None:
    clock = VirtualClock(T0, speed=0)
    with MemoryStore() as store:
        with store.transaction() as tx:
            queue_callback(tx, T0, "alex/1/1", {"status": 1})
        made = _deliver(store, clock, {})
    assert made == list(enumerate(attempt_times(T0), start=1))


def test_accepted_on_the_third_request() -> None:
    clock = VirtualClock(T0, speed=0)
    with MemoryStore() as store:
        with store.transaction() as tx:
            queue_callback(tx, T0, "alex/1/1", {"status": 1})
        made = _deliver(store, clock, {3: 404})
        assert made == [(1, T0), (2, T0 + FOUR), (3, T0 + 2 * FOUR)]
        with store.transaction() as tx:
            assert tx.pending() == []


def test_settle() -> None:
    with MemoryStore() as store, store.transaction() as tx:
        queue_callback(tx, T0, "m", {})
        (claim,) = claim_callbacks(tx, T0)
        assert claim.attempt == 1
        assert claim.entry.payload == {"attempt": 1}
        assert [(d.id, d.due_at, d.payload) for d in tx.pending()] == [
            (claim.lease, T0 + FOUR, {"attempt": 2})
        ]
        assert settle_callback(tx, claim, 500) is False  # retried: the lease stays
        assert len(tx.pending()) == 1
        (again,) = claim_callbacks(tx, T0 + FOUR)
        assert settle_callback(tx, again, 200) is True
        assert tx.pending() == []


def test_the_last_attempt_has_no_lease() -> None:
    with MemoryStore() as store, store.transaction() as tx:
        tx.schedule(T0, CALLBACK_KIND, "m", {"attempt": DELIVERY_POLICY.max_attempts})
        (claim,) = claim_callbacks(tx, T0)
        assert claim.lease is None
        assert tx.pending() == []
        assert settle_callback(tx, claim, None) is True  # over, though never accepted


def test_a_crash_during_delivery_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gateway.db"
    with SQLiteStore(path) as store:
        with store.transaction() as tx:
            queue_callback(tx, T0, "alex/1/1", {"status": 1})
        with store.transaction() as tx:
            (claim,) = claim_callbacks(tx, T0)
        # The process stops here, before the handler's reply is recorded.
    with SQLiteStore(path) as store, store.transaction() as tx:
        (lease,) = tx.pending()
        assert lease.id == claim.lease
        assert (lease.due_at, lease.payload) == (T0 + FOUR, {"status": 1, "attempt": 2})


def test_only_callbacks_are_claimed() -> None:
    with MemoryStore() as store, store.transaction() as tx:
        tx.schedule(T0, "status", "m")
        queue_callback(tx, T0 + FOUR, "m", {})
        assert claim_callbacks(tx, T0 + FOUR - timedelta(microseconds=1)) == []
        assert [c.entry.key for c in claim_callbacks(tx, T0 + FOUR)] == ["m"]
        assert [d.kind for d in tx.pending()] == ["status", CALLBACK_KIND]


@pytest.mark.parametrize("attempt", [0, "1", True, None])
def test_a_bad_attempt_is_reported(attempt: object) -> None:
    with MemoryStore() as store, store.transaction() as tx:
        tx.schedule(T0, CALLBACK_KIND, "m", {"attempt": attempt})  # type: ignore[dict-item]
        with pytest.raises(StoreError, match="callback m: payload attempt must be an int >= 1"):
            claim_callbacks(tx, T0)


def test_queue_callback_owns_attempt() -> None:
    with (
        MemoryStore() as store,
        store.transaction() as tx,
        pytest.raises(StoreError, match="payload: 'attempt' is set by the delivery schedule"),
    ):
        queue_callback(tx, T0, "m", {"attempt": 5})
