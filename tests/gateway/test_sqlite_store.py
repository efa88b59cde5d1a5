"""What only the SQLite store does: one file, a versioned schema, survival across restarts.

The Store contract itself is tested for every store in test_store_contract.py.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from smsc_proto.gateway import SCHEMA_VERSION, SQLiteStore, StoreError, dump_money, load_money

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[2]


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_state_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "gateway.db"
    with SQLiteStore(path) as store:
        with store.transaction() as tx:
            tx.put("account", "alex", {"balance": "98.50", "currency": "RUB"})
            tx.put("message", "alex/1", {"status": 0, "phone": "79999999999"})
            assert tx.next_id("message") == 1
            tx.schedule(T0 + timedelta(minutes=4), "callback", "alex/1/0", {"attempt": 2})
            tx.schedule(T0, "status", "alex/1", {"to": 1})
        before = store.snapshot()
    with SQLiteStore(path) as store:  # a new process would open it the same way
        assert store.snapshot() == before
        with store.transaction() as tx:
            assert tx.get("account", "alex") == {"balance": "98.50", "currency": "RUB"}
            assert tx.next_id("message") == 2
            assert [(d.id, d.kind, d.due_at) for d in tx.pending()] == [
                (2, "status", T0),
                (1, "callback", T0 + timedelta(minutes=4)),
            ]
            assert [d.payload for d in tx.take_due(T0 + timedelta(minutes=5))] == [
                {"to": 1},
                {"attempt": 2},
            ]
            assert tx.schedule(T0, "status", "alex/1") == 3  # ids are not reused


def test_a_new_file_is_marked_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    assert _pragma(path, "user_version") == SCHEMA_VERSION == 1
    assert _pragma(path, "application_id") == 0x534D5343
    assert _pragma(path, "journal_mode") == "wal"


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with pytest.raises(
        StoreError, match=r"schema version 2, newer than the 1 this smsc-proto reads"
    ):
        SQLiteStore(path)
    assert _pragma(path, "user_version") == 2


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="is a database but not an smsc-proto store"):
        SQLiteStore(path)
    # Same version number, another application's file.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(StoreError, match="not an smsc-proto store"):
        SQLiteStore(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"these are not the pages you are looking for" * 100)
    with pytest.raises(StoreError, match="is not a usable SQLite database"):
        SQLiteStore(path)
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(tmp_path / "missing-dir" / "x.db")


def test_in_memory_database(tmp_path: Path) -> None:
    with SQLiteStore(":memory:") as store:
        with store.transaction() as tx:
            tx.put("a", "k", {"v": 1})
        with store.transaction() as tx:
            assert tx.get("a", "k") == {"v": 1}
        assert repr(store) == "SQLiteStore(':memory:')"
    assert repr(store) == "SQLiteStore(':memory:', closed)"


def test_two_stores_on_one_file_lose_no_update(tmp_path: Path) -> None:
    """Two connections (as two processes would have) increment one balance in turn."""
    path = tmp_path / "shared.db"
    with SQLiteStore(path) as first, SQLiteStore(path) as second:
        with first.transaction() as tx:
            tx.put("account", "alex", {"balance": "0"})

        def work(store: SQLiteStore) -> None:
            for _ in range(50):
                with store.transaction() as tx:
                    record = tx.get("account", "alex")
                    assert record is not None
                    record["balance"] = dump_money(load_money(record["balance"]) + 1)
                    tx.put("account", "alex", record)

        threads = [threading.Thread(target=work, args=(s,)) for s in (first, second) * 2]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with first.transaction() as tx:
            record = tx.get("account", "alex")
    assert record is not None
    assert load_money(record["balance"]) == Decimal(200)


def test_another_process_increments_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with SQLiteStore(path) as store:
        with store.transaction() as tx:
            tx.put("account", "alex", {"balance": "0"})
        code = textwrap.dedent(
            f"""
            from smsc_proto.gateway import SQLiteStore, dump_money, load_money
            with SQLiteStore({str(path)!r}) as store:
                for _ in range(100):
                    with store.transaction() as tx:
                        record = tx.get("account", "alex")
                        record["balance"] = dump_money(load_money(record["balance"]) + 1)
                        tx.put("account", "alex", record)
            """
        )
        child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
        mine = 0
        while child.poll() is None:  # increment for as long as the child runs
            with store.transaction() as tx:
                record = tx.get("account", "alex")
                assert record is not None
                record["balance"] = dump_money(load_money(record["balance"]) + 1)
                tx.put("account", "alex", record)
            mine += 1
        assert child.returncode == 0
        with store.transaction() as tx:
            assert tx.get("account", "alex") == {"balance": str(mine + 100)}


def test_a_locked_file_times_out_with_store_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    with SQLiteStore(path, timeout=0.05) as store:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError, match="database is locked"), store.transaction():
                pass
            other.execute("COMMIT")
        finally:
            other.close()
        with store.transaction() as tx:  # usable again once the lock is gone
            tx.put("a", "k", {})
