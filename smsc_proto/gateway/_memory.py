"""``MemoryStore``: the :class:`~smsc_proto.gateway.Store` a gateway uses by default (private).

The state lives in dicts; records are kept as their JSON text, so a record read back is
a fresh copy and compares exactly as one read from SQLite would. One lock serializes
transactions, which is the strongest isolation there is; writes apply in place and an
undo log takes them back if the block raises.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Final

from ._snapshot import DUE_SEQUENCE, Entry, decode_snapshot, encode_snapshot
from ._store import (
    Due,
    Record,
    StoreError,
    WhereValue,
    check_entry_id,
    check_key,
    check_limit,
    check_name,
    check_scan,
    check_where,
    decode_record,
    encode_record,
    from_micros,
    matches,
    prefix_end,
    to_micros,
)

__all__ = ["MemoryStore"]

_EMPTY: Final = b"{}"


class _State:
    """The data of a :class:`MemoryStore`, with the primitive changes the undo log reverts."""

    __slots__ = ("due", "due_order", "keys", "records", "sequences")

    def __init__(self) -> None:
        self.records: dict[str, dict[str, bytes]] = {}
        self.keys: dict[str, list[str]] = {}  # each kind's keys, sorted
        self.sequences: dict[str, int] = {}
        self.due: dict[int, Entry] = {}
        self.due_order: list[tuple[int, int]] = []  # (due_at micros, id), sorted

    def set_record(self, kind: str, key: str, data: bytes | None) -> bytes | None:
        """Put (or with ``None`` remove) a record; what was there before."""
        table = self.records.setdefault(kind, {})
        old = table.get(key)
        if data is None:
            if old is not None:
                del table[key]
                keys = self.keys[kind]
                del keys[bisect.bisect_left(keys, key)]
        else:
            table[key] = data
            if old is None:
                bisect.insort(self.keys.setdefault(kind, []), key)
        return old

    def set_sequence(self, name: str, value: int | None) -> None:
        if value is None:
            self.sequences.pop(name, None)
        else:
            self.sequences[name] = value

    def add_due(self, entry: Entry) -> None:
        self.due[entry[0]] = entry
        bisect.insort(self.due_order, (entry[1], entry[0]))

    def remove_due(self, entry_id: int) -> Entry | None:
        entry = self.due.pop(entry_id, None)
        if entry is not None:
            order = self.due_order
            del order[bisect.bisect_left(order, (entry[1], entry_id))]
        return entry

    def ordered_due(self) -> Iterator[Entry]:
        for _, entry_id in self.due_order:
            yield self.due[entry_id]


def _due(entry: Entry) -> Due:
    entry_id, micros, kind, key, payload = entry
    return Due(
        id=entry_id, due_at=from_micros(micros), kind=kind, key=key, payload=decode_record(payload)
    )


class _Transaction:
    """A :class:`~smsc_proto.gateway.Transaction` on a :class:`MemoryStore` (lock held)."""

    __slots__ = ("_done", "_state", "_undo")

    def __init__(self, state: _State) -> None:
        self._state = state
        self._undo: list[Callable[[], object]] = []
        self._done = False

    def _live(self) -> _State:
        if self._done:
            raise StoreError("transaction: used after its block ended")
        return self._state

    def rollback(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    def get(self, kind: str, key: str) -> Record | None:
        state = self._live()
        data = state.records.get(check_name("kind", kind), {}).get(check_key("key", key))
        return None if data is None else decode_record(data)

    def put(self, kind: str, key: str, record: Record) -> None:
        state = self._live()
        check_name("kind", kind)
        check_key("key", key)
        data = encode_record("record", record)
        old = state.set_record(kind, key, data)
        self._undo.append(lambda: state.set_record(kind, key, old))

    def delete(self, kind: str, key: str) -> bool:
        state = self._live()
        check_name("kind", kind)
        check_key("key", key)
        old = state.set_record(kind, key, None)
        if old is None:
            return False
        self._undo.append(lambda: state.set_record(kind, key, old))
        return True

    def scan(
        self,
        kind: str,
        *,
        prefix: str = "",
        where: Mapping[str, WhereValue] | None = None,
        after: str | None = None,
        reverse: bool = False,
        limit: int | None = None,
    ) -> list[tuple[str, Record]]:
        state = self._live()
        kind, prefix, after, limit = check_scan(kind, prefix, after, limit)
        conditions = check_where(where)
        keys = state.keys.get(kind, [])
        table = state.records.get(kind, {})
        if reverse:
            end = prefix_end(prefix)
            stop = len(keys) if end is None else bisect.bisect_left(keys, end)
            if after is not None:
                stop = min(stop, bisect.bisect_left(keys, after))
            indices: range = range(stop - 1, -1, -1)
        else:
            start = bisect.bisect_left(keys, prefix)
            if after is not None:
                start = max(start, bisect.bisect_right(keys, after))
            indices = range(start, len(keys))
        found: list[tuple[str, Record]] = []
        for index in indices:
            key = keys[index]
            if not key.startswith(prefix):
                break
            record = decode_record(table[key])
            if matches(record, conditions):
                found.append((key, record))
                if limit is not None and len(found) >= limit:
                    break
        return found

    def next_id(self, sequence: str) -> int:
        state = self._live()
        check_name("sequence", sequence)
        return self._next(state, sequence)

    def _next(self, state: _State, name: str) -> int:
        old = state.sequences.get(name)
        value = (old or 0) + 1
        state.set_sequence(name, value)
        self._undo.append(lambda: state.set_sequence(name, old))
        return value

    def schedule(self, due_at: datetime, kind: str, key: str, payload: Record | None = None) -> int:
        state = self._live()
        micros = to_micros("due_at", due_at)
        check_name("kind", kind)
        check_key("key", key)
        data = _EMPTY if payload is None else encode_record("payload", payload)
        entry_id = self._next(state, DUE_SEQUENCE)
        state.add_due((entry_id, micros, kind, key, data))
        self._undo.append(lambda: state.remove_due(entry_id))
        return entry_id

    def take_due(self, now: datetime, *, kind: str | None = None, limit: int = 100) -> list[Due]:
        state = self._live()
        until = to_micros("now", now)
        if kind is not None:
            check_name("kind", kind)
        check_limit("limit", limit)
        taken: list[Entry] = []
        for entry in state.ordered_due():
            if entry[1] > until or len(taken) >= limit:
                break
            if kind is None or entry[2] == kind:
                taken.append(entry)
        for entry in taken:
            self._remove(state, entry[0])
        return [_due(entry) for entry in taken]

    def _remove(self, state: _State, entry_id: int) -> bool:
        entry = state.remove_due(entry_id)
        if entry is None:
            return False
        self._undo.append(lambda: state.add_due(entry))
        return True

    def pending(
        self, *, kind: str | None = None, key: str | None = None, limit: int | None = None
    ) -> list[Due]:
        state = self._live()
        if kind is not None:
            check_name("kind", kind)
        if key is not None:
            check_key("key", key)
        if limit is not None:
            check_limit("limit", limit)
        found: list[Due] = []
        for entry in state.ordered_due():
            if limit is not None and len(found) >= limit:
                break
            if (kind is None or entry[2] == kind) and (key is None or entry[3] == key):
                found.append(_due(entry))
        return found

    def discard(self, entry_id: int) -> bool:
        state = self._live()
        return self._remove(state, check_entry_id(entry_id))

    def cancel(self, kind: str, key: str) -> int:
        state = self._live()
        check_name("kind", kind)
        check_key("key", key)
        ids = [e[0] for e in state.due.values() if e[2] == kind and e[3] == key]
        for entry_id in ids:
            self._remove(state, entry_id)
        return len(ids)


class MemoryStore:
    """A :class:`~smsc_proto.gateway.Store` in memory: the default, gone with the process.

    Thread-safe: one transaction runs at a time. :meth:`snapshot` and :meth:`restore`
    carry its state to a file or to a :class:`SQLiteStore` and back.

    >>> store = MemoryStore()
    >>> with store.transaction() as tx:
    ...     tx.put("account", "alex", {"balance": "100.00"})
    >>> with store.transaction() as tx:
    ...     tx.get("account", "alex")
    {'balance': '100.00'}
    """

    __slots__ = ("_closed", "_lock", "_owner", "_state")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._state = _State()
        self._closed = False

    @contextmanager
    def _locked(self) -> Iterator[None]:
        if self._closed:
            raise StoreError("store: closed")
        me = threading.get_ident()
        if self._owner == me:
            raise StoreError("transaction: one is already open in this thread")
        with self._lock:
            if self._closed:
                raise StoreError("store: closed")
            self._owner = me
            try:
                yield
            finally:
                self._owner = None

    @contextmanager
    def transaction(self) -> Iterator[_Transaction]:
        """Open a transaction (see :meth:`Store.transaction`).

        Raises:
            StoreError: the store is closed, or this thread has a transaction open.
        """
        with self._locked():
            tx = _Transaction(self._state)
            try:
                yield tx
            except BaseException:
                tx.rollback()
                raise
            finally:
                tx._done = True

    def snapshot(self) -> bytes:
        """The whole state as bytes (see :meth:`Store.snapshot`)."""
        with self._locked():
            state = self._state
            return encode_snapshot(
                (
                    (kind, key, data)
                    for kind, table in state.records.items()
                    for key, data in table.items()
                ),
                state.sequences.items(),
                state.due.values(),
            )

    def restore(self, snapshot: bytes) -> None:
        """Replace the whole state by ``snapshot`` (see :meth:`Store.restore`).

        Raises:
            StoreError: the snapshot cannot be read; the state is left unchanged.
        """
        loaded = decode_snapshot(snapshot)
        state = _State()
        for kind, key, data in loaded.records:
            state.set_record(kind, key, data)
        state.sequences.update(loaded.sequences)
        for entry in loaded.due:
            state.add_due(entry)
        with self._locked():
            self._state = state

    def reset(self) -> None:
        """Remove every record, sequence and queued entry."""
        with self._locked():
            self._state = _State()

    def close(self) -> None:
        """Drop the state; later calls raise :class:`~smsc_proto.StoreError`.

        Raises:
            StoreError: this thread has a transaction open.
        """
        if self._owner == threading.get_ident():
            raise StoreError("close: a transaction is open in this thread")
        with self._lock:
            self._closed = True
            self._state = _State()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return "MemoryStore(closed)" if self._closed else "MemoryStore()"
