"""The Store contract (docs/gateway_store.rst), one suite for every store.

Each test runs against :class:`MemoryStore` and :class:`SQLiteStore` (a new file per
test); a PostgreSQL store would join the ``store`` fixture's parameters and pass the
same tests. The state-machine test at the bottom drives random operations against a
plain dict model and compares the whole state after every step.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Final

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from smsc_proto.gateway import (
    JSON,
    MemoryStore,
    Record,
    SQLiteStore,
    Store,
    StoreError,
    Transaction,
    dump_money,
    dump_time,
    load_money,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
MSK = timezone(timedelta(hours=3))
Factory = Callable[[], Store]


@pytest.fixture(params=["memory", "sqlite"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Factory]:
    """A factory of empty stores of one implementation, all closed after the test."""
    opened: list[Store] = []
    counter = itertools.count()

    def make() -> Store:
        store: Store
        if request.param == "memory":
            store = MemoryStore()
        else:
            store = SQLiteStore(tmp_path / f"store{next(counter)}.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: Factory) -> Store:
    return make_store()


def _fill(tx: Transaction) -> None:
    tx.put("account", "alex", {"balance": "100.00", "currency": "RUB"})
    tx.put("message", "alex/0000000002", {"login": "alex", "phone": "79999999999", "n": 2})
    tx.put("message", "alex/0000000001", {"login": "alex", "phone": "79990000000", "n": 1})
    tx.put("message", "bob/0000000001", {"login": "bob", "phone": "79999999999", "n": 1})
    tx.next_id("message")
    tx.schedule(T0 + timedelta(minutes=4), "callback", "alex/1", {"attempt": 2})
    tx.schedule(T0, "status", "alex/1", {"status": 0})


# -- records ---------------------------------------------------------------------


RECORDS: list[Record] = [
    {},
    {"balance": "12.50", "currency": "RUB"},
    {"nested": {"list": [1, "two", 3.5, None, True, False, [], {}]}},
    {"text": 'Привет \U0001f600 \x01 \\ "quote"', "big": 2**63 - 1, "small": -(2**63)},
    {"float": 0.1, "negzero": -0.0, "exp": 1e300},
]


@pytest.mark.parametrize("record", RECORDS)
def test_put_get_round_trip(store: Store, record: Record) -> None:
    with store.transaction() as tx:
        tx.put("thing", "k", record)
        assert tx.get("thing", "k") == record
    with store.transaction() as tx:
        got = tx.get("thing", "k")
    assert got == record
    assert orjson.dumps(got) == orjson.dumps(record)  # same key order, same float text


def test_get_returns_a_copy(store: Store) -> None:
    record: Record = {"list": [1]}
    with store.transaction() as tx:
        tx.put("thing", "k", record)
        got = tx.get("thing", "k")
        assert got is not None
        got["list"] = [2]
    record["list"] = [3]  # the caller's dict is not the stored one either
    with store.transaction() as tx:
        assert tx.get("thing", "k") == {"list": [1]}


def test_put_replaces_and_delete_reports(store: Store) -> None:
    with store.transaction() as tx:
        assert tx.get("thing", "k") is None
        assert tx.delete("thing", "k") is False
        tx.put("thing", "k", {"v": 1})
        tx.put("thing", "k", {"v": 2})
        assert tx.get("thing", "k") == {"v": 2}
        assert tx.get("other", "k") is None  # kinds are separate
        assert tx.delete("thing", "k") is True
        assert tx.get("thing", "k") is None


# -- scan ------------------------------------------------------------------------

SCAN_KEYS = ["a", "a/1", "a/2", "a/10", "ab", "b", "é", "\U0010ffff", "a\U0010ffff", "a\U0010ffffz"]
SCAN_CASES: list[tuple[dict[str, Any], list[str]]] = [
    ({}, sorted(SCAN_KEYS)),
    ({"reverse": True}, sorted(SCAN_KEYS, reverse=True)),
    ({"prefix": "a/"}, ["a/1", "a/10", "a/2"]),
    ({"prefix": "a/", "reverse": True}, ["a/2", "a/10", "a/1"]),
    ({"prefix": "a"}, ["a", "a/1", "a/10", "a/2", "ab", "a\U0010ffff", "a\U0010ffffz"]),
    ({"prefix": "a\U0010ffff"}, ["a\U0010ffff", "a\U0010ffffz"]),
    ({"prefix": "\U0010ffff"}, ["\U0010ffff"]),
    ({"prefix": "zz"}, []),
    ({"limit": 2}, ["a", "a/1"]),
    ({"after": "a/10"}, ["a/2", "ab", "a\U0010ffff", "a\U0010ffffz", "b", "é", "\U0010ffff"]),
    ({"after": "a/10", "limit": 1}, ["a/2"]),
    ({"after": "ab", "reverse": True, "limit": 2}, ["a/2", "a/10"]),
    ({"after": "a/", "prefix": "a/"}, ["a/1", "a/10", "a/2"]),
    ({"where": {"even": True}}, ["a", "a/2", "ab", "a\U0010ffff", "é"]),
    ({"where": {"n": 1}}, ["a/1"]),
    ({"where": {"n": 1, "even": False}}, ["a/1"]),
    ({"where": {"n": 1, "even": True}}, []),
    ({"where": {"s": "a/2"}}, ["a/2"]),
    ({"where": {"s": 1}}, []),  # type matters: "1" is not 1
    ({"where": {"missing": 1}}, []),
    ({"where": {"even": 1}}, []),  # 1 is not true
    ({"where": {"f": 1}}, []),  # 1 is not 1.0
    ({"where": {"even": True}, "prefix": "a", "reverse": True, "limit": 2}, ["a\U0010ffff", "ab"]),
]


@pytest.mark.parametrize(("args", "expected"), SCAN_CASES)
def test_scan(store: Store, args: dict[str, Any], expected: list[str]) -> None:
    with store.transaction() as tx:
        for n, key in enumerate(SCAN_KEYS):
            tx.put("row", key, {"n": n, "even": n % 2 == 0, "s": key, "f": float(n)})
        tx.put("other", "a/1", {"n": 1})
        found = tx.scan("row", **args)
    assert [key for key, _ in found] == expected
    for key, record in found:
        assert record["s"] == key


# -- sequences -----------------------------------------------------------------


def test_next_id_counts_per_sequence(store: Store) -> None:
    with store.transaction() as tx:
        assert [tx.next_id("message") for _ in range(3)] == [1, 2, 3]
        assert tx.next_id("job") == 1
    with store.transaction() as tx:
        assert tx.next_id("message") == 4


# -- the due queue ---------------------------------------------------------------


def test_take_due_in_time_then_schedule_order(store: Store) -> None:
    with store.transaction() as tx:
        late = tx.schedule(T0 + timedelta(seconds=1), "status", "m1", {"to": 1})
        first = tx.schedule(T0, "status", "m1", {"to": 0})
        tie = tx.schedule(T0.astimezone(MSK), "callback", "m1")  # the same instant
        future = tx.schedule(T0 + timedelta(days=1), "job", "j1")
        assert (late, first, tie, future) == (1, 2, 3, 4)
        assert tx.take_due(T0 - timedelta(microseconds=1)) == []
    with store.transaction() as tx:
        taken = tx.take_due(T0 + timedelta(seconds=1), limit=2)
    assert [(d.id, d.due_at, d.kind, d.key, d.payload) for d in taken] == [
        (2, T0, "status", "m1", {"to": 0}),
        (3, T0, "callback", "m1", {}),
    ]
    assert taken[1].due_at.tzinfo == timezone.utc
    with store.transaction() as tx:
        assert [d.id for d in tx.pending()] == [1, 4]
        assert tx.pending(kind="nothing") == []
        assert [d.id for d in tx.take_due(T0 + timedelta(days=2), kind="job")] == [4]
        assert [d.id for d in tx.pending()] == [1]


def test_take_due_by_kind_keeps_the_others(store: Store) -> None:
    with store.transaction() as tx:
        tx.schedule(T0, "status", "m1")
        tx.schedule(T0, "callback", "m1")
        tx.schedule(T0, "callback", "m2")
        assert [d.id for d in tx.take_due(T0, kind="callback", limit=1)] == [2]
        assert [d.id for d in tx.pending()] == [1, 3]


def test_pending_cancel_discard(store: Store) -> None:
    with store.transaction() as tx:
        for minute in range(3):
            tx.schedule(T0 + timedelta(minutes=minute), "callback", "m1")
        tx.schedule(T0, "callback", "m2")
        tx.schedule(T0, "status", "m1")
        assert [d.id for d in tx.pending(kind="callback", key="m1")] == [1, 2, 3]
        assert [d.id for d in tx.pending(limit=2)] == [1, 4]
        assert tx.discard(2) is True
        assert tx.discard(2) is False
        assert tx.cancel("callback", "m1") == 2
        assert tx.cancel("callback", "m1") == 0
        assert [(d.kind, d.key) for d in tx.pending()] == [("callback", "m2"), ("status", "m1")]
        # Ids are never reused, even after the greatest was removed.
        tx.discard(5)
        assert tx.schedule(T0, "status", "m9") == 6


# -- transactions ----------------------------------------------------------------


class Boom(Exception):
    pass


ROLLBACK_BODIES: list[Callable[[Transaction], object]] = [
    lambda tx: tx.put("account", "alex", {"balance": "0.00"}),
    lambda tx: tx.put("account", "new", {}),
    lambda tx: tx.delete("message", "alex/0000000001"),
    lambda tx: tx.next_id("message"),
    lambda tx: tx.next_id("fresh"),
    lambda tx: tx.schedule(T0, "status", "x"),
    lambda tx: tx.take_due(T0 + timedelta(days=1)),
    lambda tx: tx.discard(1),
    lambda tx: tx.cancel("status", "alex/1"),
    lambda tx: _replace(tx, "account", "alex"),
]


def _replace(tx: Transaction, kind: str, key: str) -> None:
    tx.delete(kind, key)
    tx.put(kind, key, {"v": 1})


@pytest.mark.parametrize("body", ROLLBACK_BODIES)
def test_a_failing_body_rolls_back(store: Store, body: Callable[[Transaction], object]) -> None:
    with store.transaction() as tx:
        _fill(tx)
    before = store.snapshot()
    error = Boom()

    def fail() -> None:
        with store.transaction() as tx:
            body(tx)
            raise error

    with pytest.raises(Boom) as caught:
        fail()
    assert caught.value is error
    assert store.snapshot() == before
    with store.transaction() as tx:  # the store is usable afterwards
        assert tx.get("account", "alex") == {"balance": "100.00", "currency": "RUB"}


def test_store_error_in_body_rolls_back(store: Store) -> None:
    def fail() -> None:
        with store.transaction() as tx:
            tx.put("thing", "ok", {"v": 1})
            tx.put("thing", "bad", {"v": Decimal(1)})  # type: ignore[dict-item]

    with pytest.raises(StoreError, match="record"):
        fail()
    with store.transaction() as tx:
        assert tx.get("thing", "ok") is None


def test_nested_transaction_is_refused(store: Store) -> None:
    with store.transaction() as tx:
        tx.put("thing", "k", {})
        with pytest.raises(StoreError, match="already open in this thread"):
            store.transaction().__enter__()
        with pytest.raises(StoreError, match="already open in this thread"):
            store.snapshot()
        with pytest.raises(StoreError, match="transaction is open"):
            store.close()
    with store.transaction() as tx:
        assert tx.get("thing", "k") == {}


def test_transaction_unusable_after_its_block(store: Store) -> None:
    with store.transaction() as tx:
        pass
    for call in (
        lambda: tx.get("thing", "k"),
        lambda: tx.put("thing", "k", {}),
        lambda: tx.scan("thing"),
        lambda: tx.next_id("s"),
        tx.pending,
    ):
        with pytest.raises(StoreError, match="used after its block ended"):
            call()


def test_closed_store_refuses(store: Store) -> None:
    store.close()
    store.close()  # closing twice is harmless
    for call in (store.snapshot, store.reset, lambda: store.restore(b"")):
        with pytest.raises(StoreError):
            call()
    with pytest.raises(StoreError, match="closed"), store.transaction():
        pass


def test_concurrent_increments_lose_no_update(make_store: Factory) -> None:
    """Threads add to one balance; every addition survives (serializable transactions)."""
    store = make_store()
    with store.transaction() as tx:
        tx.put("account", "alex", {"balance": dump_money(Decimal("0.00"))})
    threads, rounds = 6, 40
    ids: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(rounds):
                with store.transaction() as tx:
                    record = tx.get("account", "alex")
                    assert record is not None
                    balance = load_money(record["balance"]) + Decimal("0.01")
                    record["balance"] = dump_money(balance)
                    tx.put("account", "alex", record)
                    ids.append(tx.next_id("message"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    with store.transaction() as tx:
        assert tx.get("account", "alex") == {"balance": "2.40"}
    assert sorted(ids) == list(range(1, threads * rounds + 1))


def test_readers_never_see_half_a_transaction(store: Store) -> None:
    stop = threading.Event()
    torn: list[tuple[JSON, JSON]] = []

    def write() -> None:
        for n in range(200):
            with store.transaction() as tx:
                tx.put("pair", "left", {"n": n})
                tx.put("pair", "right", {"n": n})
        stop.set()

    def read() -> None:
        while not stop.is_set():
            with store.transaction() as tx:
                left, right = tx.get("pair", "left"), tx.get("pair", "right")
            if left != right:
                torn.append((left, right))

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert torn == []


# -- snapshot, restore, reset ----------------------------------------------------

SNAPSHOT = (
    b'{"format":"smsc-proto-store","version":1,"records":['
    b'["account","alex",{"balance":"100.00","currency":"RUB"}],'
    b'["message","alex/0000000001",{"login":"alex","phone":"79990000000","n":1}],'
    b'["message","alex/0000000002",{"login":"alex","phone":"79999999999","n":2}],'
    b'["message","bob/0000000001",{"login":"bob","phone":"79999999999","n":1}]],'
    b'"sequences":[["#due",2],["message",1]],'
    b'"due":[[2,"2026-01-01T12:00:00.000000Z","status","alex/1",{"status":0}],'
    b'[1,"2026-01-01T12:04:00.000000Z","callback","alex/1",{"attempt":2}]]}'
)


def test_snapshot_bytes(store: Store) -> None:
    with store.transaction() as tx:
        _fill(tx)
    assert store.snapshot() == SNAPSHOT


def test_restore_reset(make_store: Factory) -> None:
    store = make_store()
    store.restore(SNAPSHOT)
    assert store.snapshot() == SNAPSHOT
    with store.transaction() as tx:
        assert tx.next_id("message") == 2
        assert tx.schedule(T0, "status", "x") == 3
    store.reset()
    assert orjson.loads(store.snapshot()) == {
        "format": "smsc-proto-store",
        "version": 1,
        "records": [],
        "sequences": [],
        "due": [],
    }
    with store.transaction() as tx:
        assert tx.next_id("message") == 1
        assert tx.schedule(T0, "status", "x") == 1


def test_snapshot_moves_between_stores(tmp_path: Path) -> None:
    with MemoryStore() as memory, SQLiteStore(tmp_path / "a.db") as sqlite:
        with memory.transaction() as tx:
            _fill(tx)
        sqlite.restore(memory.snapshot())
        assert sqlite.snapshot() == SNAPSHOT
        memory.reset()
        memory.restore(sqlite.snapshot())
        assert memory.snapshot() == SNAPSHOT


def _doc(**changes: object) -> bytes:
    document = orjson.loads(SNAPSHOT)
    document.update(changes)
    return orjson.dumps(document)


BAD_SNAPSHOTS: list[tuple[object, str]] = [
    (b"", "not JSON"),
    (b"[]", "not a smsc-proto store snapshot"),
    ("text", "must be bytes"),
    (_doc(format="other"), "not a smsc-proto store snapshot"),
    (_doc(version=2), "version must be 1"),
    (_doc(extra=1), "exactly format, version"),
    (_doc(records={}), "records must be a list"),
    (_doc(records=[["a", "k"]]), r"\[kind, key, record\]"),
    (_doc(records=[["A", "k", {}]]), "record kind"),
    (_doc(records=[["a", "", {}]]), "record key"),
    (_doc(records=[["a", "k", []]]), "must be a dict"),
    (_doc(records=[["a", "k", {}], ["a", "k", {}]]), "appears twice"),
    (_doc(sequences=[["s", -1]]), "int >= 0"),
    (_doc(sequences=[["s", 1], ["s", 2]]), "appears twice"),
    (_doc(sequences=[["S", 1]]), "snapshot sequence"),
    (_doc(due=[[1, "2026-01-01T00:00:00Z", "a", "k", {}]]), "time: must look like"),
    (_doc(due=[[0, "2026-01-01T00:00:00.000000Z", "a", "k", {}]]), "int >= 1"),
    (_doc(due=[[True, "2026-01-01T00:00:00.000000Z", "a", "k", {}]]), "int >= 1"),
    (_doc(due=[[2, "2026-01-01T00:00:00.000000Z", "a", "k", {}]] * 2), "appears twice"),
    (_doc(due=[[3, "2026-01-01T00:00:00.000000Z", "a", "k", {}]]), "below the due entry id 3"),
    (_doc(due=[[1, "2026-02-30T00:00:00.000000Z", "a", "k", {}]]), "not a valid date"),
]


@pytest.mark.parametrize(("snapshot", "message"), BAD_SNAPSHOTS)
def test_bad_snapshot_is_refused_and_changes_nothing(
    store: Store, snapshot: bytes, message: str
) -> None:
    with store.transaction() as tx:
        _fill(tx)
    with pytest.raises(StoreError, match=message):
        store.restore(snapshot)
    assert store.snapshot() == SNAPSHOT


# -- arguments that break the contract ------------------------------------------

_deep: JSON = []
for _ in range(70):
    _deep = [_deep]

BAD_CALLS: list[tuple[Callable[[Transaction], object], str]] = [
    (lambda tx: tx.get("Account", "k"), r"kind: must match \[a-z\]"),
    (lambda tx: tx.get("", "k"), "kind: must match"),
    (lambda tx: tx.get("a" * 65, "k"), "kind: must match"),
    (lambda tx: tx.get(1, "k"), "kind: must match .* got int"),  # type: ignore[arg-type]
    (lambda tx: tx.get("a", ""), r"key: must be 1..1024 characters, got 0"),
    (lambda tx: tx.get("a", "k" * 1025), "key: must be 1..1024 characters, got 1025"),
    (lambda tx: tx.get("a", "a\x00b"), "key: must not contain NUL"),
    (lambda tx: tx.get("a", "\ud800"), "key: must be UTF-8 encodable"),
    (lambda tx: tx.get("a", 5), "key: must be str"),  # type: ignore[arg-type]
    (lambda tx: tx.put("a", "k", []), "record: a record must be a dict"),  # type: ignore[arg-type]
    (lambda tx: tx.put("a", "k", {"m": Decimal("1")}), r"record\.m: Decimal .*dump_money"),  # type: ignore[dict-item]
    (lambda tx: tx.put("a", "k", {"t": T0}), r"record\.t: datetime .*dump_time"),  # type: ignore[dict-item]
    (lambda tx: tx.put("a", "k", {"t": (1,)}), r"record\.t: tuple .*use a list"),  # type: ignore[dict-item]
    (lambda tx: tx.put("a", "k", {"x": {1: 2}}), r"record\.x: object keys must be str"),  # type: ignore[dict-item]
    (lambda tx: tx.put("a", "k", {"x": [float("nan")]}), r"record\.x\[0\]: floats must be finite"),
    (lambda tx: tx.put("a", "k", {"x": 2**63}), r"record\.x: integers must fit in 64 bits"),
    (lambda tx: tx.put("a", "k", {"x": -(2**63) - 1}), "integers must fit in 64 bits"),
    (lambda tx: tx.put("a", "k", {"x": "\udc80"}), "record: str is not valid UTF-8"),
    (lambda tx: tx.put("a", "k", {"x": ["a\x00"]}), r"record\.x\[0\]: text must not contain NUL"),
    (lambda tx: tx.put("a", "k", {"a\x00": 1}), r"record: object keys must not contain NUL"),
    (lambda tx: tx.scan("a", where={"s": "\x00"}), r"where\.s: text must not contain NUL"),
    (lambda tx: tx.put("a", "k", {"x": _deep}), "nested deeper than 64"),
    (lambda tx: tx.scan("a", prefix=1), "prefix: must be str"),  # type: ignore[arg-type]
    (lambda tx: tx.scan("a", after=""), "after: must be 1..1024"),
    (lambda tx: tx.scan("a", limit=0), "limit: must be an int of 1 or more, got 0"),
    (lambda tx: tx.scan("a", limit=True), "limit: must be an int of 1 or more"),
    (lambda tx: tx.scan("a", where={"x": 1.5}), r"where\.x: must be str, int or bool, got float"),  # type: ignore[dict-item]
    (lambda tx: tx.scan("a", where={"x": None}), r"where\.x: must be str, int or bool"),  # type: ignore[dict-item]
    (lambda tx: tx.scan("a", where={"a.b": 1}), "where: field names must match"),
    (lambda tx: tx.scan("a", where={"x": 2**64}), r"where\.x: integers must fit"),
    (lambda tx: tx.scan("a", where=[("x", 1)]), "where: must be a mapping"),  # type: ignore[arg-type]
    (lambda tx: tx.next_id("#due"), "sequence: must match"),
    (lambda tx: tx.schedule(T0.replace(tzinfo=None), "a", "k"), "due_at: must be an aware"),
    (lambda tx: tx.schedule("now", "a", "k"), "due_at: must be a datetime"),  # type: ignore[arg-type]
    (lambda tx: tx.schedule(T0, "a", "k", {"x": T0}), r"payload\.x: datetime"),  # type: ignore[dict-item]
    (lambda tx: tx.take_due(T0, limit=0), "limit: must be an int of 1 or more"),
    (lambda tx: tx.take_due(T0.replace(tzinfo=None)), "now: must be an aware"),
    (lambda tx: tx.take_due(T0, kind="A"), "kind: must match"),
    (lambda tx: tx.pending(key=""), "key: must be 1..1024"),
    (lambda tx: tx.discard("1"), "entry_id: must be an int"),  # type: ignore[arg-type]
    (lambda tx: tx.cancel("a", ""), "key: must be 1..1024"),
]


@pytest.mark.parametrize(("call", "message"), BAD_CALLS)
def test_bad_arguments_raise_store_error(
    store: Store, call: Callable[[Transaction], object], message: str
) -> None:
    with store.transaction() as tx:
        _fill(tx)
    with pytest.raises(StoreError, match=message), store.transaction() as tx:
        call(tx)
    assert store.snapshot() == SNAPSHOT


def test_where_and_prefix_edge_values(store: Store) -> None:
    with store.transaction() as tx:
        tx.put("a", "k1", {"s": "a\x01b", "i": -(2**63), "e": ""})
        tx.put("a", "k2", {"s": "a", "i": 2**63 - 1, "e": "x"})
        assert [k for k, _ in tx.scan("a", where={"s": "a\x01b"})] == ["k1"]
        assert [k for k, _ in tx.scan("a", where={"s": "a"})] == ["k2"]
        assert [k for k, _ in tx.scan("a", where={"i": -(2**63)})] == ["k1"]
        assert [k for k, _ in tx.scan("a", where={"i": 2**63 - 1})] == ["k2"]
        assert [k for k, _ in tx.scan("a", where={"e": ""})] == ["k1"]


# -- the state machine -----------------------------------------------------------

# Store text never holds NUL (the contract), so the strategies leave it out.
TEXT = st.characters(codec="utf-8", exclude_characters="\x00")
KINDS = st.sampled_from(["a", "msg.x"])
# Few distinct keys, so that puts, deletes and scans meet; any text besides.
KEYS = st.text(alphabet="a/é\U0010ffff", min_size=1, max_size=2) | st.text(
    TEXT, min_size=1, max_size=4
)
FIELDS = ("n", "s")
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet="ab1", max_size=2)
    | st.text(TEXT, max_size=5)
)
VALUES: st.SearchStrategy[JSON] = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(TEXT, max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)
# Filter values and record fields from one small domain, so that filters often meet
# fields that equal them in Python but not in JSON type (1 and 1.0, 1 and True, 1 and
# "1"); free-form records besides.
_SMALL: Final = (True, False, 0, 1, "1", "a", "")
WHERE_VALUES = st.sampled_from(_SMALL) | st.text(TEXT, max_size=2)
FIELD_VALUES: st.SearchStrategy[JSON] = st.sampled_from([*_SMALL, 0.0, 1.0, None, [1], {"n": 1}])
RECORD_ST: st.SearchStrategy[Record] = st.dictionaries(
    st.sampled_from(FIELDS), FIELD_VALUES, min_size=1, max_size=2
) | st.dictionaries(st.sampled_from(FIELDS) | st.text(TEXT, max_size=3), VALUES, max_size=4)
WHERE = st.none() | st.dictionaries(st.sampled_from(FIELDS), WHERE_VALUES, min_size=1, max_size=2)
TIMES = st.builds(
    lambda minutes, micros, offset: (
        T0 + timedelta(minutes=minutes, microseconds=micros)
    ).astimezone(timezone(timedelta(hours=offset))),
    st.integers(0, 5),
    st.sampled_from([0, 1]),
    st.sampled_from([0, 3, -5]),
)


def _model_matches(record: Record, where: dict[str, JSON] | None) -> bool:
    for name, value in (where or {}).items():
        if name not in record:
            return False
        field = record[name]
        if type(field) is not type(value) or field != value:
            return False
    return True


def _micros(when: datetime) -> int:
    return (when - datetime(1970, 1, 1, tzinfo=timezone.utc)) // timedelta(microseconds=1)


class StoreMachine(RuleBasedStateMachine):
    """Random operations against a store and a dict model, compared after every step."""

    kind: ClassVar[str]

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.store = self._open()
        self.records: dict[tuple[str, str], Record] = {}
        self.sequences: dict[str, int] = {}
        self.due: dict[int, tuple[int, str, str, Record]] = {}

    def _open(self) -> Store:
        if self.kind == "memory":
            return MemoryStore()
        return SQLiteStore(Path(self.tmp.name) / "state.db")

    def teardown(self) -> None:
        self.store.close()
        self.tmp.cleanup()

    @initialize(items=st.lists(st.tuples(KINDS, KEYS, RECORD_ST), min_size=4, max_size=12))
    def seed(self, items: list[tuple[str, str, Record]]) -> None:
        self.put(items)

    @rule(items=st.lists(st.tuples(KINDS, KEYS, RECORD_ST), min_size=1, max_size=6))
    def put(self, items: list[tuple[str, str, Record]]) -> None:
        with self.store.transaction() as tx:
            for kind, key, record in items:
                tx.put(kind, key, record)
        for kind, key, record in items:
            self.records[kind, key] = orjson.loads(orjson.dumps(record))

    @rule(kind=KINDS, key=KEYS)
    def delete(self, kind: str, key: str) -> None:
        with self.store.transaction() as tx:
            existed = tx.delete(kind, key)
        assert existed == ((kind, key) in self.records)
        self.records.pop((kind, key), None)

    @rule(kind=KINDS, key=KEYS)
    def get(self, kind: str, key: str) -> None:
        with self.store.transaction() as tx:
            assert tx.get(kind, key) == self.records.get((kind, key))

    @rule(
        kind=KINDS,
        prefix=st.just("") | KEYS,
        where=WHERE,
        after=st.none() | KEYS,
        reverse=st.booleans(),
        limit=st.none() | st.integers(1, 4),
    )
    def scan(
        self,
        *,
        kind: str,
        prefix: str,
        where: dict[str, JSON] | None,
        after: str | None,
        reverse: bool,
        limit: int | None,
    ) -> None:
        # The filter alone over the whole kind, then every argument at once.
        self._scan(kind=kind, prefix="", where=where, after=None, reverse=False, limit=None)
        self._scan(kind=kind, prefix=prefix, where=where, after=after, reverse=reverse, limit=limit)

    def _scan(
        self,
        *,
        kind: str,
        prefix: str,
        where: dict[str, JSON] | None,
        after: str | None,
        reverse: bool,
        limit: int | None,
    ) -> None:
        with self.store.transaction() as tx:
            found = tx.scan(
                kind,
                prefix=prefix,
                where=where,  # type: ignore[arg-type]
                after=after,
                reverse=reverse,
                limit=limit,
            )
        expected = sorted(
            (key, record)
            for (k, key), record in self.records.items()
            if k == kind
            and key.startswith(prefix)
            and _model_matches(record, where)
            and (after is None or (key < after if reverse else key > after))
        )
        if reverse:
            expected.reverse()
        assert found == expected[:limit]

    @rule(name=st.sampled_from(["message", "job"]))
    def next_id(self, name: str) -> None:
        with self.store.transaction() as tx:
            value = tx.next_id(name)
        self.sequences[name] = self.sequences.get(name, 0) + 1
        assert value == self.sequences[name]

    @rule(due_at=TIMES, kind=KINDS, key=KEYS, payload=st.none() | RECORD_ST)
    def schedule(self, due_at: datetime, kind: str, key: str, payload: Record | None) -> None:
        with self.store.transaction() as tx:
            entry_id = tx.schedule(due_at, kind, key, payload)
        self.sequences["#due"] = self.sequences.get("#due", 0) + 1
        assert entry_id == self.sequences["#due"]
        self.due[entry_id] = (_micros(due_at), kind, key, orjson.loads(orjson.dumps(payload or {})))

    def _ordered(self) -> list[tuple[int, tuple[int, str, str, Record]]]:
        return sorted(self.due.items(), key=lambda item: (item[1][0], item[0]))

    @rule(now=TIMES, kind=st.none() | KINDS, limit=st.integers(1, 3))
    def take_due(self, now: datetime, kind: str | None, limit: int) -> None:
        with self.store.transaction() as tx:
            taken = tx.take_due(now, kind=kind, limit=limit)
        expected = [
            entry_id
            for entry_id, (micros, k, _, _) in self._ordered()
            if micros <= _micros(now) and kind in (None, k)
        ][:limit]
        assert [d.id for d in taken] == expected
        for due in taken:
            micros, k, key, payload = self.due.pop(due.id)
            assert (_micros(due.due_at), due.kind, due.key, due.payload) == (
                micros,
                k,
                key,
                payload,
            )

    @rule(kind=st.none() | KINDS, key=st.none() | KEYS, limit=st.none() | st.integers(1, 3))
    def pending(self, kind: str | None, key: str | None, limit: int | None) -> None:
        with self.store.transaction() as tx:
            found = tx.pending(kind=kind, key=key, limit=limit)
        expected = [
            entry_id
            for entry_id, (_, k, kk, _) in self._ordered()
            if kind in (None, k) and key in (None, kk)
        ][:limit]
        assert [d.id for d in found] == expected

    @rule(entry_id=st.integers(0, 8))
    def discard(self, entry_id: int) -> None:
        with self.store.transaction() as tx:
            assert tx.discard(entry_id) == (entry_id in self.due)
        self.due.pop(entry_id, None)

    @rule(kind=KINDS, key=KEYS)
    def cancel(self, kind: str, key: str) -> None:
        with self.store.transaction() as tx:
            count = tx.cancel(kind, key)
        gone = [i for i, (_, k, kk, _) in self.due.items() if (k, kk) == (kind, key)]
        assert count == len(gone)
        for entry_id in gone:
            del self.due[entry_id]

    @rule(kind=KINDS, key=KEYS, record=RECORD_ST, now=TIMES)
    def failed_transaction(self, kind: str, key: str, record: Record, now: datetime) -> None:
        # The invariant then checks that nothing of it is left.
        def fail() -> None:
            with self.store.transaction() as tx:
                tx.put(kind, key, record)
                tx.delete(kind, "a")
                tx.next_id("message")
                tx.schedule(now, kind, key)
                tx.take_due(now)
                tx.cancel(kind, key)
                raise Boom

        with pytest.raises(Boom):
            fail()

    @rule()
    def snapshot_restore(self) -> None:
        self.store.restore(self.store.snapshot())

    @rule()
    def reopen(self) -> None:
        """Close and open again: the SQLite file keeps everything (memory moves by snapshot)."""
        snapshot = self.store.snapshot()
        self.store.close()
        self.store = self._open()
        if self.kind == "memory":
            self.store.restore(snapshot)

    @precondition(lambda self: len(self.records) > 10)
    @rule()
    def reset(self) -> None:
        self.store.reset()
        self.records.clear()
        self.sequences.clear()
        self.due.clear()

    @invariant()
    def same_state(self) -> None:
        document = orjson.loads(self.store.snapshot())
        assert document["records"] == [
            [kind, key, record] for (kind, key), record in sorted(self.records.items())
        ]
        assert document["sequences"] == sorted([name, n] for name, n in self.sequences.items())
        assert document["due"] == [
            [
                entry_id,
                dump_time(datetime.fromtimestamp(0, timezone.utc) + timedelta(microseconds=m)),
                k,
                key,
                p,
            ]
            for entry_id, (m, k, key, p) in self._ordered()
        ]


def test_scan_matches_the_model(make_store: Factory) -> None:
    """Many scans, each over a fresh set of records, against the model's filter."""
    store = make_store()

    @settings(max_examples=150, deadline=None)
    @given(
        items=st.lists(st.tuples(KEYS, RECORD_ST), max_size=8),
        where=WHERE,
        prefix=st.just("") | KEYS,
        after=st.none() | KEYS,
        reverse=st.booleans(),
        limit=st.none() | st.integers(1, 4),
    )
    def check(
        *,
        items: list[tuple[str, Record]],
        where: dict[str, JSON] | None,
        prefix: str,
        after: str | None,
        reverse: bool,
        limit: int | None,
    ) -> None:
        store.reset()
        model = dict(items)
        with store.transaction() as tx:
            for key, record in items:
                tx.put("a", key, record)
            found = tx.scan(
                "a",
                prefix=prefix,
                where=where,  # type: ignore[arg-type]
                after=after,
                reverse=reverse,
                limit=limit,
            )
        expected = sorted(
            (key, record)
            for key, record in model.items()
            if key.startswith(prefix)
            and _model_matches(record, where)
            and (after is None or (key < after if reverse else key > after))
        )
        if reverse:
            expected.reverse()
        assert found == expected[:limit]

    check()


class MemoryMachine(StoreMachine):
    kind = "memory"


class SQLiteMachine(StoreMachine):
    kind = "sqlite"


@pytest.mark.parametrize("machine", [MemoryMachine, SQLiteMachine])
def test_store_state_machine(machine: type[StoreMachine]) -> None:
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
