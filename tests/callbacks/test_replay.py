"""ReplayGuard: what a duplicate is, the claim/done/release cycle, the window and the bound.

Spec (line 3727): the gateway repeats a callback until the handler answers 200 or 404,
"1 request every 4 minutes, total 50 attempts".
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from typing import Any

import pytest

import smsc_proto as sp

STATUS = sp.StatusCallback(id=6, phone="79999999999", status=1, ts=1286705410)
MESSAGE = sp.IncomingMessage(id=1, phone="7999", mes="a", to="")
CONFIRMATION = sp.CallConfirmation(phone="79999999999", ts=1286705410)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# (first, second, second is a duplicate of first)
KEY_ROWS = [
    ("status-same", STATUS, STATUS, True),
    ("status-other-ts", STATUS, dataclasses.replace(STATUS, ts=1), True),
    ("status-other-extra", STATUS, dataclasses.replace(STATUS, extra=(("a", "1"),)), True),
    ("status-other-charset", STATUS, dataclasses.replace(STATUS, charset="utf-8"), True),
    ("status-next-status", STATUS, dataclasses.replace(STATUS, status=3), False),
    ("status-other-phone", STATUS, dataclasses.replace(STATUS, phone="79990000000"), False),
    ("status-other-id", STATUS, dataclasses.replace(STATUS, id=7), False),
    ("message-other-text", MESSAGE, dataclasses.replace(MESSAGE, mes="b"), True),
    ("message-other-id", MESSAGE, dataclasses.replace(MESSAGE, id=2), False),
    ("confirmation-same", CONFIRMATION, dataclasses.replace(CONFIRMATION, extra=()), True),
    ("confirmation-other-ts", CONFIRMATION, dataclasses.replace(CONFIRMATION, ts=1), False),
    # The kind is part of the key: a status never repeats a confirmation.
    ("kinds", sp.StatusCallback(id=1, phone="7", status=1), MESSAGE, False),
]


@pytest.mark.parametrize(
    ("first", "second", "duplicate"), [pytest.param(*row[1:], id=row[0]) for row in KEY_ROWS]
)
def test_what_a_duplicate_is(first: Any, second: Any, duplicate: bool) -> None:
    guard = sp.ReplayGuard()
    assert guard.admit(first)
    assert guard.admit(second) is not duplicate
    assert (second in guard) is True


def test_keys() -> None:
    assert sp.ReplayGuard.key(STATUS) == ("StatusCallback", 6, "79999999999", 1)
    assert sp.ReplayGuard.key(MESSAGE) == ("IncomingMessage", 1, "7999")
    assert sp.ReplayGuard.key(CONFIRMATION) == ("CallConfirmation", "79999999999", 1286705410)


@pytest.mark.parametrize(
    ("cb", "match"),
    [
        (sp.StatusCallback(id=6, phone="7"), "status: required to recognise a repeat"),
        (sp.StatusCallback(), "id, phone, status: required"),
        (sp.IncomingMessage(phone="7", mes="a"), "id: required"),
        (sp.CallConfirmation(phone="7"), "ts: required"),
    ],
)
def test_a_key_needs_its_fields(cb: Any, match: str) -> None:
    # A key of Nones would stand for every callback that lacks the same fields.
    guard = sp.ReplayGuard()
    with pytest.raises(sp.LocalProtocolError, match=match):
        guard.admit(cb)
    with pytest.raises(sp.LocalProtocolError, match=match):
        guard.claim(cb)
    assert cb not in guard
    assert "STATUS" not in guard


def test_claim_done_release() -> None:
    guard = sp.ReplayGuard()
    assert guard.claim(STATUS) == "new"
    # Another request while the first is handling it: ask the gateway to come back.
    assert guard.claim(STATUS) == "pending"
    assert not guard.admit(STATUS)
    guard.release(STATUS)  # handling failed: the gateway's repeat is handled again
    assert STATUS not in guard
    assert guard.claim(STATUS) == "new"
    guard.done(STATUS)
    assert guard.claim(STATUS) == "duplicate"
    guard.release(STATUS)  # a handled callback is not forgotten by a late release
    assert guard.claim(STATUS) == "duplicate"
    assert not guard.admit(STATUS)


def test_window_forgets_after_the_last_sighting() -> None:
    clock = Clock()
    guard = sp.ReplayGuard(window=timedelta(minutes=10), clock=clock)
    assert guard.admit(STATUS)
    clock.now += 9 * 60
    assert guard.claim(STATUS) == "duplicate"  # seen again: kept 10 more minutes
    clock.now += 9 * 60
    assert STATUS in guard
    assert len(guard) == 1
    clock.now += 60
    assert STATUS not in guard
    assert len(guard) == 0
    assert guard.admit(STATUS)


def test_default_window_covers_every_retry() -> None:
    # 50 requests 4 minutes apart span 49 * 4 = 196 minutes from the first (line 3727).
    last_retry = sp.DELIVERY_POLICY.retry_interval * (sp.DELIVERY_POLICY.max_attempts - 1)
    assert sp.REPLAY_WINDOW == timedelta(minutes=200) > last_retry
    clock = Clock()
    guard = sp.ReplayGuard(clock=clock)
    assert guard.admit(STATUS)
    clock.now += last_retry.total_seconds()
    assert not guard.admit(STATUS)


def test_window_none_keeps_until_the_bound() -> None:
    clock = Clock()
    guard = sp.ReplayGuard(max_entries=2, window=None, clock=clock)
    assert guard.admit(STATUS)
    clock.now += 10**9
    assert STATUS in guard


def test_memory_is_bounded() -> None:
    guard = sp.ReplayGuard(max_entries=2)
    first, second, third = (dataclasses.replace(STATUS, id=n) for n in (1, 2, 3))
    assert guard.admit(first)
    assert guard.admit(second)
    assert not guard.admit(first)  # seen again: now the most recent
    assert guard.admit(third)  # forgets the least recently seen (second)
    assert len(guard) == 2
    assert second not in guard
    assert first in guard
    assert repr(guard) == (
        "ReplayGuard(max_entries=2, window=datetime.timedelta(seconds=12000), remembered=2)"
    )


def test_one_claim_wins_across_threads() -> None:
    guard = sp.ReplayGuard(max_entries=50)
    callbacks = [dataclasses.replace(STATUS, id=n) for n in range(1, 41)]
    results: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        mine = [guard.claim(cb) for cb in callbacks]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("new") == len(callbacks)
    assert results.count("pending") == 7 * len(callbacks)
    assert len(guard) == len(callbacks)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"max_entries": 0}, "max_entries: must be a positive int"),
        ({"max_entries": -1}, "max_entries: must be a positive int"),
        ({"max_entries": True}, "max_entries: must be a positive int"),
        ({"max_entries": 1.5}, "max_entries: must be a positive int"),
        ({"window": timedelta(0)}, "window: must be a positive timedelta or None"),
        ({"window": 60}, "window: must be a positive timedelta or None"),
    ],
)
def test_arguments_refused(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.ReplayGuard(**kwargs)
