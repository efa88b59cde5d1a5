"""The gateway's clock and Moscow time, whatever the machine's zone."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError
from smsc_proto.gateway import MOSCOW, Clock, VirtualClock, WallClock, from_moscow, moscow

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
NEW_YORK = timezone(timedelta(hours=-5))


class FakeTimer:
    """Real elapsed seconds that the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- Moscow time -----------------------------------------------------------------

# (aware instant, Moscow wall time): both directions.
MOSCOW_CASES = [
    (datetime(2026, 1, 1, 21, 30, tzinfo=timezone.utc), datetime(2026, 1, 2, 0, 30)),
    (datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc), datetime(2026, 7, 1, 15, 0)),  # no DST
    (datetime(2025, 12, 31, 21, 0, tzinfo=timezone.utc), datetime(2026, 1, 1, 0, 0)),
    (datetime(2026, 3, 1, 12, 0, 0, 7, tzinfo=timezone.utc), datetime(2026, 3, 1, 15, 0, 0, 7)),
]


@pytest.mark.parametrize(("instant", "wall"), MOSCOW_CASES)
def test_moscow_both_ways(instant: datetime, wall: datetime) -> None:
    assert moscow(instant) == wall
    assert moscow(instant).tzinfo is None
    assert from_moscow(wall) == instant
    assert from_moscow(wall).tzinfo == timezone.utc


def test_moscow_from_any_zone() -> None:
    assert moscow(datetime(2026, 1, 1, 12, 0, tzinfo=NEW_YORK)) == datetime(2026, 1, 1, 20, 0)
    assert moscow(datetime(2026, 1, 1, 3, 0, tzinfo=MOSCOW)) == datetime(2026, 1, 1, 3, 0)
    assert MOSCOW.utcoffset(None) == timedelta(hours=3)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_moscow_round_trip(wall: datetime) -> None:
    assert moscow(from_moscow(wall)) == wall


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: moscow(datetime(2026, 1, 1)), "dt: must be an aware datetime"),
        (lambda: moscow("2026-01-01"), "dt: must be a datetime, got str"),  # type: ignore[arg-type]
        (lambda: from_moscow(T0), "naive: must be a naive Moscow wall time"),
        (lambda: from_moscow(1.5), "naive: must be a datetime, got float"),  # type: ignore[arg-type]
    ],
)
def test_moscow_refuses(call: object, message: str) -> None:
    with pytest.raises(LocalProtocolError, match=message):
        call()  # type: ignore[operator]


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


# POSIX rules, so that no tz database is needed to set them.
ZONES = ["UTC0", "EST5EDT,M3.2.0,M11.1.0", "JST-9", "MSK-3"]


@pytest.mark.usefixtures("machine_zone")
def test_dates_do_not_follow_the_machine_zone() -> None:
    """Every zone gives the same Moscow dates; the machine's local time would not."""
    frozen = VirtualClock(datetime(2026, 7, 1, 9, 30, tzinfo=timezone.utc), speed=0)
    seen = set()
    local = set()
    for zone in ZONES:
        os.environ["TZ"] = zone
        time.tzset()
        seen.add(moscow(frozen.now()))
        # What the emulator did before: the machine's local time for the same instant.
        local.add(datetime.fromtimestamp(frozen.now().timestamp()))
        wall = WallClock().now()
        assert wall.tzinfo == timezone.utc
        assert abs(wall.timestamp() - time.time()) < 5
        utc_wall = datetime.fromtimestamp(wall.timestamp(), timezone.utc).replace(tzinfo=None)
        assert moscow(wall) - utc_wall == timedelta(hours=3)
    assert seen == {datetime(2026, 7, 1, 12, 30)}
    assert len(local) == len(ZONES)  # the zones really were different


# -- the clocks ------------------------------------------------------------------


def test_clocks_are_clocks() -> None:
    assert isinstance(WallClock(), Clock)
    assert isinstance(VirtualClock(), Clock)
    assert repr(WallClock()) == "WallClock()"


def test_virtual_clock_starts_now_by_default() -> None:
    clock = VirtualClock()
    assert abs((clock.now() - datetime.now(timezone.utc)).total_seconds()) < 5
    assert clock.now().tzinfo == timezone.utc


def test_virtual_clock_runs_at_its_speed() -> None:
    timer = FakeTimer()
    clock = VirtualClock(T0, speed=60, timer=timer)
    assert clock.now() == T0
    timer.now += 1.5
    assert clock.now() == T0 + timedelta(seconds=90)
    clock.speed = 1  # from now on, at real speed; no jump
    assert clock.now() == T0 + timedelta(seconds=90)
    timer.now += 2
    assert clock.now() == T0 + timedelta(seconds=92)
    assert clock.speed == 1.0


def test_virtual_clock_start_in_any_zone_is_kept_in_utc() -> None:
    clock = VirtualClock(datetime(2026, 1, 1, 15, 0, tzinfo=MOSCOW), speed=0)
    assert clock.now() == T0
    assert clock.now().tzinfo == timezone.utc


def test_advance_set_freeze_resume() -> None:
    timer = FakeTimer()
    clock = VirtualClock(T0, timer=timer)
    clock.advance(60)
    clock.advance(timedelta(minutes=3))
    assert clock.now() == T0 + timedelta(minutes=4)
    clock.freeze()
    assert clock.frozen
    timer.now += 100
    assert clock.now() == T0 + timedelta(minutes=4)  # real time passes, the clock does not
    clock.advance(0.5)
    assert clock.now() == T0 + timedelta(minutes=4, seconds=0.5)
    clock.set(T0 + timedelta(hours=1))
    clock.set(T0 + timedelta(hours=1))  # the same time again is not backwards
    assert clock.now() == T0 + timedelta(hours=1)
    clock.resume()
    assert not clock.frozen
    timer.now += 10
    assert clock.now() == T0 + timedelta(hours=1, seconds=10)  # no jump for the frozen time
    assert repr(clock) == "VirtualClock(2026-01-01T13:00:10+00:00, speed=1.0)"
    clock.freeze()
    assert repr(clock) == "VirtualClock(2026-01-01T13:00:10+00:00, speed=1.0, frozen)"


def test_speed_zero_is_manual() -> None:
    timer = FakeTimer()
    clock = VirtualClock(T0, speed=0, timer=timer)
    timer.now += 3600
    assert clock.now() == T0
    clock.advance(5)
    assert clock.now() == T0 + timedelta(seconds=5)


def test_never_backwards_even_if_the_timer_is() -> None:
    timer = FakeTimer()
    clock = VirtualClock(T0, timer=timer)
    timer.now += 10
    ahead = clock.now()
    timer.now -= 5
    assert clock.now() == ahead


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.advance(-1), "delta: the clock only moves forward"),
        (lambda c: c.advance(timedelta(seconds=-1)), "delta: the clock only moves forward"),
        (lambda c: c.advance(float("nan")), "delta: must be a finite number"),
        (lambda c: c.advance(float("inf")), "delta: must be a finite number"),
        (lambda c: c.advance(True), "delta: must be seconds or a timedelta, got bool"),
        (lambda c: c.advance("1"), "delta: must be seconds or a timedelta, got str"),
        (lambda c: c.set(T0 - timedelta(microseconds=1)), "when: the clock only moves forward"),
        (lambda c: c.set(datetime(2027, 1, 1)), "when: must be an aware datetime"),
        (lambda c: setattr(c, "speed", -1), "speed: must be a finite number >= 0, got -1"),
        (lambda c: setattr(c, "speed", float("inf")), "speed: must be a finite number"),
        (lambda c: setattr(c, "speed", "2"), "speed: must be a number, got str"),
        (lambda c: c.real_seconds_until(datetime(2027, 1, 1)), "when: must be an aware"),
    ],
)
def test_virtual_clock_refuses(call: object, message: str) -> None:
    clock = VirtualClock(T0, speed=0)
    with pytest.raises(LocalProtocolError, match=message):
        call(clock)  # type: ignore[operator]
    assert clock.now() == T0
    assert clock.speed == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": datetime(2026, 1, 1)}, "start: must be an aware datetime"),
        ({"start": "2026"}, "start: must be a datetime"),
        ({"speed": -0.5}, "speed: must be a finite number >= 0"),
        ({"speed": float("nan")}, "speed: must be a finite number >= 0"),
        ({"speed": None}, "speed: must be a number, got NoneType"),
    ],
)
def test_virtual_clock_constructor_refuses(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(LocalProtocolError, match=message):
        VirtualClock(**kwargs)  # type: ignore[arg-type]


def test_real_seconds_until() -> None:
    timer = FakeTimer()
    clock = VirtualClock(T0, speed=60, timer=timer)
    assert clock.real_seconds_until(T0 + timedelta(minutes=4)) == pytest.approx(4.0)
    assert clock.real_seconds_until(T0) == 0.0
    assert clock.real_seconds_until(T0 - timedelta(days=1)) == 0.0
    clock.freeze()
    assert clock.real_seconds_until(T0 + timedelta(minutes=4)) is None
    clock.resume()
    clock.speed = 0
    assert clock.real_seconds_until(T0 + timedelta(minutes=4)) is None


def test_advance_from_many_threads_adds_up() -> None:
    clock = VirtualClock(T0, speed=0)
    seen: list[datetime] = []

    def work() -> None:
        for _ in range(200):
            clock.advance(1)
            seen.append(clock.now())

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert clock.now() == T0 + timedelta(seconds=1600)
    assert all(T0 < when <= T0 + timedelta(seconds=1600) for when in seen)


def test_running_clock_is_monotonic_across_threads() -> None:
    clock = VirtualClock(T0, speed=1000)
    backwards: list[tuple[datetime, datetime]] = []

    def work() -> None:
        last = clock.now()
        for n in range(2000):
            if n % 500 == 0:
                clock.speed = 1000 + n  # re-anchors under the lock
            current = clock.now()
            if current < last:
                backwards.append((last, current))
            last = current

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert backwards == []
