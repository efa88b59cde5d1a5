"""``SQLiteStore``: the :class:`~smsc_proto.gateway.Store` in one SQLite file (private).

A served gateway with ``--db PATH`` keeps its accounts, messages, statuses and pending
callbacks here across a restart. Standard library ``sqlite3`` only. The file is created
on first open with the schema below and marked with ``PRAGMA application_id`` and
``PRAGMA user_version`` (the schema version); a file of a newer version, or one that
is not a store, is refused rather than touched.

The database runs in WAL mode. Every transaction starts with ``BEGIN IMMEDIATE``, which
takes the write lock at once: transactions are serialized -- between the threads of
one process by a lock around the single connection, between processes by SQLite's
file lock (waiting up to ``timeout`` seconds) -- so a read-modify-write never loses an
update. ``synchronous=NORMAL``: a commit survives the process crashing; a power cut
may lose the last commits but never corrupts the file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Final

from ._snapshot import DUE_SEQUENCE, decode_snapshot, encode_snapshot
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
    prefix_end,
    to_micros,
)

__all__ = ["SCHEMA_VERSION", "SQLiteStore"]

#: The schema version this code writes and reads (``PRAGMA user_version``).
SCHEMA_VERSION: Final = 1
#: ``PRAGMA application_id`` of a store file: "SMSC" in ASCII.
APPLICATION_ID: Final = 0x534D5343

# Records and payloads are JSON text (TEXT, not BLOB: SQLite 3.45+ reads a BLOB as
# JSONB). Keys compare with the BINARY collation, i.e. by their UTF-8 bytes, which is
# code point order, as Python sorts str. Due times are whole microseconds since
# 1970-01-01 UTC, so they sort as numbers.
_SCHEMA_V1: Final = (
    """CREATE TABLE records (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID""",
    """CREATE TABLE sequences (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE due (
        id INTEGER PRIMARY KEY,
        due_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL
    )""",
    "CREATE INDEX due_by_time ON due (due_at, id)",
    "CREATE INDEX due_by_target ON due (kind, key)",
)
#: Statements that bring a file from version ``n`` to ``n + 1``.
_MIGRATIONS: Final = {0: _SCHEMA_V1}
_EMPTY: Final = "{}"


class _Transaction:
    """A :class:`~smsc_proto.gateway.Transaction` inside ``BEGIN IMMEDIATE``."""

    __slots__ = ("_conn", "_done")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._done = False

    def _run(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        if self._done:
            raise StoreError("transaction: used after its block ended")
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite: {exc}") from exc

    def _change(self, sql: str, params: Sequence[object]) -> int:
        """Run a DELETE; how many rows it removed."""
        if self._done:
            raise StoreError("transaction: used after its block ended")
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite: {exc}") from exc

    def get(self, kind: str, key: str) -> Record | None:
        rows = self._run(
            "SELECT data FROM records WHERE kind = ? AND key = ?",
            (check_name("kind", kind), check_key("key", key)),
        )
        return decode_record(str(rows[0][0])) if rows else None

    def put(self, kind: str, key: str, record: Record) -> None:
        check_name("kind", kind)
        check_key("key", key)
        data = encode_record("record", record).decode("utf-8")
        self._run(
            "INSERT OR REPLACE INTO records (kind, key, data) VALUES (?, ?, ?)", (kind, key, data)
        )

    def delete(self, kind: str, key: str) -> bool:
        check_name("kind", kind)
        check_key("key", key)
        return self._change("DELETE FROM records WHERE kind = ? AND key = ?", (kind, key)) > 0

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
        kind, prefix, after, limit = check_scan(kind, prefix, after, limit)
        sql = ["SELECT key, data FROM records WHERE kind = ?"]
        params: list[object] = [kind]
        if prefix:
            sql.append("AND key >= ?")
            params.append(prefix)
            end = prefix_end(prefix)
            if end is not None:
                sql.append("AND key < ?")
                params.append(end)
        if after is not None:
            sql.append("AND key < ?" if reverse else "AND key > ?")
            params.append(after)
        for name, value in check_where(where):
            path = f'$."{name}"'
            if isinstance(value, bool):
                sql.append("AND json_type(data, ?) = ?")
                params += (path, "true" if value else "false")
            else:
                sql.append("AND json_type(data, ?) = ? AND json_extract(data, ?) = ?")
                params += (path, "text" if isinstance(value, str) else "integer", path, value)
        sql.append("ORDER BY key DESC" if reverse else "ORDER BY key")
        if limit is not None:
            sql.append("LIMIT ?")
            params.append(limit)
        rows = self._run(" ".join(sql), params)
        return [(str(key), decode_record(str(data))) for key, data in rows]

    def next_id(self, sequence: str) -> int:
        return self._next(check_name("sequence", sequence))

    def _next(self, name: str) -> int:
        rows = self._run("SELECT value FROM sequences WHERE name = ?", (name,))
        value = int(str(rows[0][0])) + 1 if rows else 1
        self._run("INSERT OR REPLACE INTO sequences (name, value) VALUES (?, ?)", (name, value))
        return value

    def schedule(self, due_at: datetime, kind: str, key: str, payload: Record | None = None) -> int:
        micros = to_micros("due_at", due_at)
        check_name("kind", kind)
        check_key("key", key)
        data = _EMPTY if payload is None else encode_record("payload", payload).decode("utf-8")
        entry_id = self._next(DUE_SEQUENCE)
        self._run(
            "INSERT INTO due (id, due_at, kind, key, payload) VALUES (?, ?, ?, ?, ?)",
            (entry_id, micros, kind, key, data),
        )
        return entry_id

    def take_due(self, now: datetime, *, kind: str | None = None, limit: int = 100) -> list[Due]:
        until = to_micros("now", now)
        check_limit("limit", limit)
        if kind is None:
            rows = self._run(
                "SELECT id, due_at, kind, key, payload FROM due WHERE due_at <= ? "
                "ORDER BY due_at, id LIMIT ?",
                (until, limit),
            )
        else:
            rows = self._run(
                "SELECT id, due_at, kind, key, payload FROM due WHERE due_at <= ? AND kind = ? "
                "ORDER BY due_at, id LIMIT ?",
                (until, check_name("kind", kind), limit),
            )
        taken = [_due(row) for row in rows]
        if taken:
            _execute_many(self._conn, "DELETE FROM due WHERE id = ?", [(d.id,) for d in taken])
        return taken

    def pending(
        self, *, kind: str | None = None, key: str | None = None, limit: int | None = None
    ) -> list[Due]:
        sql = ["SELECT id, due_at, kind, key, payload FROM due WHERE 1"]
        params: list[object] = []
        if kind is not None:
            sql.append("AND kind = ?")
            params.append(check_name("kind", kind))
        if key is not None:
            sql.append("AND key = ?")
            params.append(check_key("key", key))
        sql.append("ORDER BY due_at, id")
        if limit is not None:
            sql.append("LIMIT ?")
            params.append(check_limit("limit", limit))
        return [_due(row) for row in self._run(" ".join(sql), params)]

    def discard(self, entry_id: int) -> bool:
        return self._change("DELETE FROM due WHERE id = ?", (check_entry_id(entry_id),)) > 0

    def cancel(self, kind: str, key: str) -> int:
        return self._change(
            "DELETE FROM due WHERE kind = ? AND key = ?",
            (check_name("kind", kind), check_key("key", key)),
        )


def _due(row: tuple[object, ...]) -> Due:
    entry_id, micros, kind, key, payload = row
    return Due(
        id=int(str(entry_id)),
        due_at=from_micros(int(str(micros))),
        kind=str(kind),
        key=str(key),
        payload=decode_record(str(payload)),
    )


class SQLiteStore:
    """A :class:`~smsc_proto.gateway.Store` in one SQLite file that survives a restart.

    Opening a path that does not exist creates the file with the current schema;
    reopening it later gives back every record, sequence and queued entry. Thread-safe;
    several processes may share the file (their transactions take turns).

    Args:
        path: The database file (``":memory:"`` for a private in-memory database).
        timeout: Seconds to wait for another process's transaction before giving up.

    Raises:
        StoreError: the file cannot be opened, is not an smsc-proto store, or was
            written by a newer version of smsc-proto (its schema version is higher).

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "gateway.db")
    >>> with SQLiteStore(path) as store, store.transaction() as tx:
    ...     tx.put("account", "alex", {"balance": "100.00"})
    >>> with SQLiteStore(path) as store, store.transaction() as tx:   # after a restart
    ...     tx.get("account", "alex")
    {'balance': '100.00'}
    """

    __slots__ = ("_conn", "_lock", "_owner", "_path")

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 5.0) -> None:
        self._path = os.fspath(path)
        self._lock = threading.Lock()
        self._owner: int | None = None
        try:
            conn = sqlite3.connect(
                self._path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"path: cannot open {self._path!r}: {exc}") from exc
        try:
            _prepare(conn, self._path)
        except BaseException:
            conn.close()
            raise
        self._conn: sqlite3.Connection | None = conn

    @contextmanager
    def _begin(self) -> Iterator[sqlite3.Connection]:
        me = threading.get_ident()
        if self._owner == me:
            raise StoreError("transaction: one is already open in this thread")
        with self._lock:
            conn = self._conn
            if conn is None:
                raise StoreError("store: closed")
            self._owner = me
            try:
                _execute(conn, "BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.rollback()
                    raise
                _execute(conn, "COMMIT")
            finally:
                if conn.in_transaction:  # COMMIT failed: leave the connection clean
                    conn.rollback()
                self._owner = None

    @contextmanager
    def transaction(self) -> Iterator[_Transaction]:
        """Open a transaction (see :meth:`Store.transaction`).

        Raises:
            StoreError: the store is closed, this thread has a transaction open, or the
                database failed (another process held it longer than ``timeout``...).
        """
        with self._begin() as conn:
            tx = _Transaction(conn)
            try:
                yield tx
            finally:
                tx._done = True

    def snapshot(self) -> bytes:
        """The whole state as bytes (see :meth:`Store.snapshot`)."""
        with self._begin() as conn:
            try:
                return encode_snapshot(
                    conn.execute("SELECT kind, key, data FROM records").fetchall(),
                    conn.execute("SELECT name, value FROM sequences").fetchall(),
                    conn.execute("SELECT id, due_at, kind, key, payload FROM due").fetchall(),
                )
            except sqlite3.Error as exc:
                raise StoreError(f"sqlite: {exc}") from exc

    def restore(self, snapshot: bytes) -> None:
        """Replace the whole state by ``snapshot`` (see :meth:`Store.restore`).

        Raises:
            StoreError: the snapshot cannot be read; the state is left unchanged.
        """
        state = decode_snapshot(snapshot)
        with self._begin() as conn:
            _clear(conn)
            _execute_many(
                conn,
                "INSERT INTO records (kind, key, data) VALUES (?, ?, ?)",
                [(kind, key, data.decode("utf-8")) for kind, key, data in state.records],
            )
            _execute_many(
                conn, "INSERT INTO sequences (name, value) VALUES (?, ?)", state.sequences.items()
            )
            _execute_many(
                conn,
                "INSERT INTO due (id, due_at, kind, key, payload) VALUES (?, ?, ?, ?, ?)",
                [(i, at, kind, key, data.decode("utf-8")) for i, at, kind, key, data in state.due],
            )

    def reset(self) -> None:
        """Remove every record, sequence and queued entry."""
        with self._begin() as conn:
            _clear(conn)

    def close(self) -> None:
        """Close the database file; later calls raise :class:`~smsc_proto.StoreError`.

        Raises:
            StoreError: this thread has a transaction open.
        """
        if self._owner == threading.get_ident():
            raise StoreError("close: a transaction is open in this thread")
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = ", closed" if self._conn is None else ""
        return f"SQLiteStore({self._path!r}{state})"


def _execute(
    conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()
) -> list[tuple[object, ...]]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"sqlite: {exc}") from exc


def _execute_many(conn: sqlite3.Connection, sql: str, rows: Iterable[Sequence[object]]) -> None:
    try:
        conn.executemany(sql, rows)
    except sqlite3.Error as exc:
        raise StoreError(f"sqlite: {exc}") from exc


def _clear(conn: sqlite3.Connection) -> None:
    for table in ("records", "sequences", "due"):
        _execute(conn, f"DELETE FROM {table}")


def _prepare(conn: sqlite3.Connection, path: str) -> None:
    """Check the file is a store this code can read, creating or migrating the schema."""
    try:
        # WAL lets readers of other processes run beside a writer; it is a property of
        # the file and cannot change inside a transaction.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT json_type('{}')")
    except sqlite3.Error as exc:
        raise StoreError(f"path: {path!r} is not a usable SQLite database: {exc}") from exc
    _execute(conn, "BEGIN IMMEDIATE")
    try:
        version = int(str(_execute(conn, "PRAGMA user_version")[0][0]))
        app = int(str(_execute(conn, "PRAGMA application_id")[0][0]))
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"path: {path!r} has schema version {version}, newer than the {SCHEMA_VERSION} "
                "this smsc-proto reads; open it with a newer smsc-proto"
            )
        if version == 0:
            if _execute(conn, "SELECT 1 FROM sqlite_master LIMIT 1") or app not in (
                0,
                APPLICATION_ID,
            ):
                raise StoreError(f"path: {path!r} is a database but not an smsc-proto store")
            _execute(conn, f"PRAGMA application_id = {APPLICATION_ID}")
        elif app != APPLICATION_ID:
            raise StoreError(f"path: {path!r} is a database but not an smsc-proto store")
        while version < SCHEMA_VERSION:
            for statement in _MIGRATIONS[version]:
                _execute(conn, statement)
            version += 1
            _execute(conn, f"PRAGMA user_version = {version}")
        _execute(conn, "COMMIT")
    except BaseException:
        conn.rollback()
        raise
