"""The gateway's one clock, and Moscow time (private; exported by ``smsc_proto.gateway``).

Every time-driven rule of a gateway -- status progress, scheduled sends, validity
expiry, callback retries, the one-minute windows behind error 9 -- reads one
:class:`Clock`. Times inside the kit are aware UTC datetimes; the dates the gateway
*writes* are Moscow wall time, whatever the machine's zone.

Spec (line 67): "tz The time zone in which the time parameter is set. It is indicated
relative to Moscow time. ... If tz is equal to 0, the Moscow time zone will be used";
(line 1815): "... are transferred to 03:00 Moscow time"; (line 3630): "Format: DD.MM.YY
hh: mm: ss (by the time zone specified in the settings)". The gateway's reference zone
is Moscow, and an account whose settings name no other zone is answered in it. Moscow
has kept UTC+3 all year, without daylight saving, since 2014-10-26, so a fixed offset
is exact for every date the gateway writes and needs no tz database.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Final, Protocol, runtime_checkable

from .._errors import LocalProtocolError

__all__ = ["MOSCOW", "Clock", "VirtualClock", "WallClock", "from_moscow", "moscow"]

#: Moscow time: UTC+3, no daylight saving (since 2014-10-26).
MOSCOW: Final = timezone(timedelta(hours=3), "MSK")


def _check_aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime):
        raise LocalProtocolError(f"{name}: must be a datetime, got {type(value).__name__}")
    if value.utcoffset() is None:
        raise LocalProtocolError(f"{name}: must be an aware datetime (with tzinfo), got naive")
    return value.astimezone(timezone.utc)


def moscow(dt: datetime) -> datetime:
    """``dt`` as Moscow wall time: a naive datetime in UTC+3, as the gateway writes dates.

    Args:
        dt: An aware datetime (any zone).

    Raises:
        LocalProtocolError: ``dt`` is naive (its zone would be a guess).

    >>> from datetime import datetime, timezone
    >>> moscow(datetime(2026, 1, 1, 21, 30, tzinfo=timezone.utc))
    datetime.datetime(2026, 1, 2, 0, 30)
    """
    return _check_aware("dt", dt).astimezone(MOSCOW).replace(tzinfo=None)


def from_moscow(naive: datetime) -> datetime:
    """A Moscow wall time (naive, as the gateway reads and writes dates) as aware UTC.

    Args:
        naive: A naive datetime read as UTC+3.

    Raises:
        LocalProtocolError: ``naive`` carries a tzinfo (it is not a Moscow wall time).

    >>> from_moscow(datetime(2026, 1, 2, 0, 30))
    datetime.datetime(2026, 1, 1, 21, 30, tzinfo=datetime.timezone.utc)
    """
    if not isinstance(naive, datetime):
        raise LocalProtocolError(f"naive: must be a datetime, got {type(naive).__name__}")
    if naive.utcoffset() is not None:
        raise LocalProtocolError("naive: must be a naive Moscow wall time, got an aware datetime")
    return naive.replace(tzinfo=MOSCOW).astimezone(timezone.utc)


@runtime_checkable
class Clock(Protocol):
    """What a gateway reads the time from.

    A custom clock only needs :meth:`now`; it must never go backwards (a message's
    status only moves forward).
    """

    def now(self) -> datetime:
        """The current time, an aware datetime in UTC."""
        ...


class WallClock:
    """The machine's clock, in UTC (the machine's zone plays no part)."""

    __slots__ = ()

    def now(self) -> datetime:
        """The current time, an aware datetime in UTC."""
        return datetime.now(timezone.utc)

    def __repr__(self) -> str:
        return "WallClock()"


class VirtualClock:
    """A clock that runs ``speed`` times as fast as real time, and that tests can move.

    It starts at ``start`` and from there follows the elapsed real time (``timer``, the
    monotonic clock by default, so changes to the machine's clock do not move it)
    multiplied by ``speed``. :meth:`advance` and :meth:`set` jump ahead;
    :meth:`freeze` (or ``speed=0``) stops it so that only those jumps move it, which is
    what fully manual tests want. It never goes backwards. Thread-safe.

    Args:
        start: Where the clock starts (aware; any zone). The current time by default.
        speed: Virtual seconds per real second, 0 or more (0: manual only).
        timer: Elapsed real seconds (tests pass their own to control real time).

    Raises:
        LocalProtocolError: ``start`` is naive, or ``speed`` is negative or not finite.

    >>> from datetime import datetime, timezone
    >>> clock = VirtualClock(datetime(2026, 1, 1, tzinfo=timezone.utc), speed=0)
    >>> clock.advance(90)
    >>> clock.now()
    datetime.datetime(2026, 1, 1, 0, 1, 30, tzinfo=datetime.timezone.utc)
    """

    __slots__ = ("_anchor", "_frozen", "_last", "_lock", "_mark", "_speed", "_timer")

    def __init__(
        self,
        start: datetime | None = None,
        speed: float = 1.0,
        *,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self._speed = _check_speed(speed)
        self._timer = timer
        self._lock = threading.Lock()
        self._frozen = False
        self._anchor = datetime.now(timezone.utc) if start is None else _check_aware("start", start)
        self._mark = timer()
        self._last = self._anchor

    @property
    def speed(self) -> float:
        """Virtual seconds per real second (the clock is stopped while :attr:`frozen`)."""
        return self._speed

    @speed.setter
    def speed(self, speed: float) -> None:
        checked = _check_speed(speed)
        with self._lock:
            self._rebase()
            self._speed = checked

    @property
    def frozen(self) -> bool:
        """Whether the clock is stopped (:meth:`freeze`)."""
        return self._frozen

    def now(self) -> datetime:
        """The virtual time, an aware datetime in UTC; never earlier than a previous one."""
        with self._lock:
            return self._now()

    def advance(self, delta: float | timedelta) -> None:
        """Move the clock ahead by ``delta`` (seconds, or a :class:`~datetime.timedelta`).

        Raises:
            LocalProtocolError: ``delta`` is negative or not a number of seconds.
        """
        if isinstance(delta, timedelta):
            step = delta
        elif isinstance(delta, (int, float)) and not isinstance(delta, bool):
            if not math.isfinite(delta):
                raise LocalProtocolError(f"delta: must be a finite number of seconds, got {delta}")
            step = timedelta(seconds=delta)
        else:
            raise LocalProtocolError(
                f"delta: must be seconds or a timedelta, got {type(delta).__name__}"
            )
        if step < timedelta(0):
            raise LocalProtocolError(f"delta: the clock only moves forward, got {step}")
        with self._lock:
            self._rebase()
            self._anchor += step
            self._last = self._anchor

    def set(self, when: datetime) -> None:
        """Move the clock to ``when`` (aware; any zone), which must not be in its past.

        Raises:
            LocalProtocolError: ``when`` is naive or earlier than the clock's time.
        """
        target = _check_aware("when", when)
        with self._lock:
            current = self._now()
            if target < current:
                raise LocalProtocolError(
                    f"when: the clock only moves forward; {target.isoformat()} is before "
                    f"its time {current.isoformat()}"
                )
            self._anchor = self._last = target
            self._mark = self._timer()

    def freeze(self) -> None:
        """Stop the clock: from now on only :meth:`advance` and :meth:`set` move it."""
        with self._lock:
            self._rebase()
            self._frozen = True

    def resume(self) -> None:
        """Let the clock run again at :attr:`speed` from where it stands."""
        with self._lock:
            self._rebase()
            self._frozen = False

    def real_seconds_until(self, when: datetime) -> float | None:
        """Real seconds until the clock reaches ``when`` by itself (0 if it has).

        A serving loop sleeps this long before its next due work. ``None`` when the
        clock is stopped (frozen or ``speed=0``): only a jump will get it there.

        Raises:
            LocalProtocolError: ``when`` is naive.
        """
        target = _check_aware("when", when)
        with self._lock:
            remaining = (target - self._now()).total_seconds()
            if remaining <= 0:
                return 0.0
            if self._frozen or self._speed == 0:
                return None
            return remaining / self._speed

    def _now(self) -> datetime:
        # Called with the lock held. The maximum keeps the clock monotonic even when a
        # caller-supplied timer misbehaves or microsecond rounding wobbles.
        if self._frozen or self._speed == 0:
            current = self._anchor
        else:
            elapsed = (self._timer() - self._mark) * self._speed
            current = self._anchor + timedelta(seconds=max(elapsed, 0.0))
        self._last = max(self._last, current)
        return self._last

    def _rebase(self) -> None:
        # Called with the lock held: fold the elapsed time into the anchor, so that a
        # change of speed or freezing applies from now on only.
        self._anchor = self._now()
        self._mark = self._timer()

    def __repr__(self) -> str:
        state = ", frozen" if self._frozen else ""
        return f"VirtualClock({self.now().isoformat()}, speed={self._speed}{state})"


def _check_speed(speed: object) -> float:
    if not isinstance(speed, (int, float)) or isinstance(speed, bool):
        raise LocalProtocolError(f"speed: must be a number, got {type(speed).__name__}")
    value = float(speed)
    if not (0.0 <= value < float("inf")):
        raise LocalProtocolError(f"speed: must be a finite number >= 0, got {speed}")
    return value
