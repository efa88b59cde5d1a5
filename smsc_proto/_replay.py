"""The replay guard: which callbacks a handler has handled, so a repeat is recognised (private).

Spec (line 3727): "If the Client handler returns a response with an error code other
than 200 or 404, the Server will repeat the request to the handler with a certain
frequency (1 request every 4 minutes, total 50 attempts)." So one callback can arrive
several times: the handler answered with an error, or its 200 was lost on the way back,
or an attacker posts a captured callback again (a signature says who made it, not when).

What a duplicate is (decided; the spec names no delivery id): a callback of the same kind
with the same fields that name its event -- ``(id, phone, status)`` for a status (a
message reports each status once per recipient), ``(id, phone)`` for an incoming message
(``id`` is "unique ... assigned by the Server"), ``(phone, ts)`` for a call
confirmation. The other fields (``time``, ``cost``, the handler URL's extras...) do not
make a callback new.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import timedelta
from typing import Final, Literal

from ._callbacks import Callback
from ._errors import LocalProtocolError
from ._handler_url import DELIVERY_POLICY

__all__ = ["REPLAY_WINDOW", "ReplayGuard"]

#: How long :class:`ReplayGuard` remembers a callback by default: the gateway's 50
#: requests 4 minutes apart (line 3727) span 196 minutes from the first; 200 minutes
#: cover every repeat of a callback first seen at any of them.
REPLAY_WINDOW: Final = DELIVERY_POLICY.retry_interval * DELIVERY_POLICY.max_attempts


class ReplayGuard:
    """Remembers the callbacks a handler has handled, so a repeat can be recognised.

    The gateway repeats a callback until the handler answers 200 or 404 (line 3727), so
    a handler sees one callback more than once; a captured callback can also be posted
    again by anyone. The guard keys each callback on the fields that name its event
    (:meth:`key`) and remembers a key for ``window`` after it was last seen, at most
    ``max_entries`` keys (the least recently seen are forgotten first), so memory stays
    bounded. Thread-safe.

    Answer a duplicate with 200 without acting on it again: any other answer makes the
    gateway send it again, every 4 minutes, up to 50 times.

    Two ways to use it:

    * :meth:`admit` once the callback is handled: ``True`` the first time.
    * :meth:`claim` before handling it, then :meth:`done` or :meth:`release`: a
      callback that is being handled is ``"pending"`` to a second request meanwhile
      (answer it with an error, so the gateway asks again later), and one whose
      handling failed can be handled again when the gateway repeats it.

    Feed it verified callbacks only (forged ones would push real keys out). The guard
    lives in one process: a server with several worker processes needs a shared store
    (a unique index on :meth:`key` in the database). An incoming message's ``id`` is not
    in its signed string ("phone:mes:to", line 3612): the guard recognises the gateway's
    own repeats of a message, not a replay with another ``id``.

    Args:
        max_entries: How many keys to keep (at least 1).
        window: How long a key is kept after it was last seen (:data:`REPLAY_WINDOW`,
            200 minutes, by default); ``None``: until ``max_entries`` pushes it out.
        clock: Seconds from a monotonic clock (``time.monotonic``); tests pass their own.

    Raises:
        LocalProtocolError: ``max_entries`` is not a positive int, or ``window`` is not
            a positive ``timedelta`` or ``None``.
    """

    __slots__ = ("_clock", "_entries", "_lock", "_max", "_window")

    def __init__(
        self,
        max_entries: int = 100_000,
        window: timedelta | None = REPLAY_WINDOW,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise LocalProtocolError(f"max_entries: must be a positive int, got {max_entries!r}")
        if window is not None and (not isinstance(window, timedelta) or window <= timedelta(0)):
            raise LocalProtocolError(
                f"window: must be a positive timedelta or None, got {window!r}"
            )
        self._max = max_entries
        self._window = None if window is None else window.total_seconds()
        self._clock = clock
        # key -> (handled: False while a claim is pending, last seen); ordered from the
        # least recently seen.
        self._entries: OrderedDict[tuple[object, ...], tuple[bool, float]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(cb: Callback) -> tuple[object, ...]:
        """The key ``cb`` is remembered by: its kind and the fields naming its event.

        Raises:
            LocalProtocolError: one of those fields is ``None`` (a decoded callback
                always has them; a key without them would stand for many callbacks).
        """
        values = tuple(getattr(cb, name) for name in cb._REPLAY_KEY)
        missing = [name for name in cb._REPLAY_KEY if getattr(cb, name) is None]
        if missing:
            raise LocalProtocolError(
                f"{', '.join(missing)}: required to recognise a repeat of "
                f"{type(cb).__name__} (keyed on {', '.join(cb._REPLAY_KEY)})"
            )
        return (type(cb).__name__, *values)

    def _expire(self, now: float) -> None:
        # Called with the lock held. Entries are ordered by when they were last seen.
        if self._window is not None:
            while self._entries:
                _, (_, seen) = next(iter(self._entries.items()))
                if now - seen < self._window:
                    break
                self._entries.popitem(last=False)

    def _put(self, key: tuple[object, ...], handled: bool, now: float) -> None:
        self._entries[key] = (handled, now)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def claim(self, cb: Callback) -> Literal["new", "pending", "duplicate"]:
        """Start handling ``cb``, unless it was handled or is being handled.

        Returns:
            ``"new"``: the caller now handles ``cb`` and must call :meth:`done` or
            :meth:`release` when it is through. ``"pending"``: another request is
            handling it right now (answer with an error: the gateway sends it again
            later). ``"duplicate"``: it was handled (answer 200 and do nothing).
        """
        key = self.key(cb)
        with self._lock:
            now = self._clock()
            self._expire(now)
            entry = self._entries.get(key)
            if entry is None:
                self._put(key, False, now)
                return "new"
            self._put(key, entry[0], now)
            return "duplicate" if entry[0] else "pending"

    def done(self, cb: Callback) -> None:
        """``cb`` is handled: remember it, so a repeat is a ``"duplicate"``."""
        key = self.key(cb)
        with self._lock:
            now = self._clock()
            self._expire(now)
            self._put(key, True, now)

    def release(self, cb: Callback) -> None:
        """Handling ``cb`` failed: forget it, so the gateway's repeat is handled again."""
        key = self.key(cb)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and not entry[0]:
                del self._entries[key]

    def admit(self, cb: Callback) -> bool:
        """Remember ``cb`` as handled; ``True`` the first time its key is seen.

        ``False`` for a duplicate and for a callback another request has claimed.
        """
        key = self.key(cb)
        with self._lock:
            now = self._clock()
            self._expire(now)
            entry = self._entries.get(key)
            self._put(key, True if entry is None else entry[0], now)
            return entry is None

    def __contains__(self, cb: object) -> bool:
        if not hasattr(cb, "_REPLAY_KEY"):
            return False
        try:
            key = self.key(cb)  # type: ignore[arg-type]
        except LocalProtocolError:
            return False
        with self._lock:
            self._expire(self._clock())
            return key in self._entries

    def __len__(self) -> int:
        with self._lock:
            self._expire(self._clock())
            return len(self._entries)

    def __repr__(self) -> str:
        window = "None" if self._window is None else repr(timedelta(seconds=self._window))
        return f"ReplayGuard(max_entries={self._max}, window={window}, remembered={len(self)})"
