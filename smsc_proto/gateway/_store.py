"""The ``Store`` contract: where a gateway keeps its state (private; see docs/gateway_store.rst).

A gateway's state -- accounts, messages and their statuses, incoming messages,
contacts, templates, jobs, senders, rented numbers, pending callbacks -- is kept as
*records*: JSON objects filed under a ``kind`` (what they are) and a ``key`` (which one),
plus named counters (:meth:`Transaction.next_id`) and a queue of time-driven work
(:meth:`Transaction.schedule`, :meth:`Transaction.take_due`). Every read and write
happens inside :meth:`Store.transaction`, which is atomic and serializable. A new
feature adds a kind, never a table: that keeps a store small enough that a PostgreSQL
one is a page of code (the SQL is in the docs).

This module holds the protocol, the validation every store shares and the value
helpers (money and dates as exact strings); ``_memory.py`` and ``_sqlite.py`` implement
it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Final, Protocol, TypeAlias

import orjson

from .._errors import StoreError
from .._util import short

__all__ = [
    "JSON",
    "Due",
    "Record",
    "Store",
    "StoreError",
    "Transaction",
    "dump_money",
    "dump_time",
    "load_money",
    "load_time",
]

#: A JSON value as records hold it: ``None``, ``bool``, ``int`` (signed 64-bit),
#: finite ``float``, ``str``, ``list`` and ``dict`` with ``str`` keys.
JSON: TypeAlias = "bool | int | float | str | list[JSON] | dict[str, JSON] | None"
#: A record: a JSON object.
Record: TypeAlias = "dict[str, JSON]"
#: A value a :meth:`Transaction.scan` filter compares a top-level field with.
WhereValue: TypeAlias = "str | int | bool"


@dataclass(frozen=True, slots=True, kw_only=True)
class Due:
    """One entry of the due queue (:meth:`Transaction.schedule`).

    Args:
        id: The entry's number, unique in the store, increasing in scheduling order.
        due_at: When the work is due (aware, UTC, microsecond precision).
        kind: What work it is (``"callback"``, ``"status"``, ``"job"``...).
        key: What it applies to (a message, a job...).
        payload: The details the worker needs (a JSON object).
    """

    id: int
    due_at: datetime
    kind: str
    key: str
    payload: Record


class Transaction(Protocol):
    """What a store offers inside :meth:`Store.transaction`.

    Records are JSON objects (:data:`Record`): what :meth:`put` stores, :meth:`get`
    returns equal (a fresh copy; changing it changes nothing until it is put back).
    ``kind`` and sequence names match ``[a-z][a-z0-9_.-]{0,63}``; keys are non-empty
    text of at most 1024 characters. Keys order by code point (the order of their
    UTF-8 bytes). No text in a store -- key, record string, object key -- contains
    NUL (U+0000) or a lone surrogate: PostgreSQL text cannot hold the one, UTF-8 not
    the other.
    """

    def get(self, kind: str, key: str) -> Record | None:
        """The record filed under ``(kind, key)``, or ``None``."""
        ...

    def put(self, kind: str, key: str, record: Record) -> None:
        """File ``record`` under ``(kind, key)``, replacing what was there."""
        ...

    def delete(self, kind: str, key: str) -> bool:
        """Remove the record under ``(kind, key)``; whether there was one."""
        ...

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
        """The ``(key, record)`` pairs of ``kind``, in key order (descending if ``reverse``).

        Args:
            kind: The kind to list.
            prefix: Only keys that start with it.
            where: Only records whose top-level fields equal these values, type
                included (``1`` matches neither ``true`` nor ``"1"`` nor ``1.0``).
                Field names match ``[A-Za-z_][A-Za-z0-9_]*``.
            after: Only keys after it in the listing's order (a cursor: the last key
                of the previous page).
            reverse: List from the greatest key down.
            limit: At most this many pairs (1 or more).
        """
        ...

    def next_id(self, sequence: str) -> int:
        """The next number of ``sequence``: 1, 2, 3... (rolled back with the transaction)."""
        ...

    def schedule(self, due_at: datetime, kind: str, key: str, payload: Record | None = None) -> int:
        """Queue work ``(kind, key, payload)`` for ``due_at`` (aware); the entry's id."""
        ...

    def take_due(self, now: datetime, *, kind: str | None = None, limit: int = 100) -> list[Due]:
        """Remove and return the entries due at or before ``now``, earliest first.

        Ties are taken in scheduling order. Only entries of ``kind`` if it is given. If
        the transaction rolls back, the entries are back in the queue.
        """
        ...

    def pending(
        self, *, kind: str | None = None, key: str | None = None, limit: int | None = None
    ) -> list[Due]:
        """The queued entries (of ``kind``, and ``key``), earliest first, left in place."""
        ...

    def discard(self, entry_id: int) -> bool:
        """Remove the queued entry ``entry_id``; whether it was queued."""
        ...

    def cancel(self, kind: str, key: str) -> int:
        """Remove every queued entry of ``(kind, key)``; how many there were."""
        ...


class Store(Protocol):
    """Where a gateway keeps its state; the contract is in docs/gateway_store.rst.

    Implemented by :class:`MemoryStore` and :class:`SQLiteStore`; a PostgreSQL store
    for a deployment on several machines implements the same five methods.
    """

    def transaction(self) -> AbstractContextManager[Transaction]:
        """Open a transaction: committed when the block ends, rolled back if it raises.

        Transactions are serializable: concurrent ones behave as if they ran one after
        the other, so a read-modify-write of a balance never loses an update. One
        thread opens one transaction at a time (a nested one raises
        :class:`~smsc_proto.StoreError`); the transaction object is unusable after the block.
        """
        ...

    def snapshot(self) -> bytes:
        """The whole state as bytes (a JSON document), consistent at one instant.

        Equal states give equal bytes, whichever store wrote them.
        """
        ...

    def restore(self, snapshot: bytes) -> None:
        """Replace the whole state by ``snapshot`` (from any store), atomically.

        Raises:
            StoreError: the snapshot cannot be read; the state is left unchanged.
        """
        ...

    def reset(self) -> None:
        """Remove every record, sequence and queued entry."""
        ...

    def close(self) -> None:
        """Release the store's resources; later calls raise :class:`~smsc_proto.StoreError`."""
        ...


# -- validation shared by every store ------------------------------------------------

_NAME_RE: Final = re.compile(r"[a-z][a-z0-9_.-]{0,63}")
_FIELD_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEY_MAX: Final = 1024
_INT_MIN: Final = -(2**63)
_INT_MAX: Final = 2**63 - 1
# orjson refuses documents nested deeper than 254; a record stays well inside that.
_DEPTH_MAX: Final = 64
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND: Final = timedelta(microseconds=1)


def check_name(what: str, name: object) -> str:
    """A kind or sequence name, checked."""
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        shown = short(name) if isinstance(name, str) else type(name).__name__
        raise StoreError(f"{what}: must match [a-z][a-z0-9_.-]{{0,63}}, got {shown}")
    return name


def check_key(what: str, key: object) -> str:
    """A record key, checked: 1..1024 characters, UTF-8 encodable, no NUL."""
    if not isinstance(key, str):
        raise StoreError(f"{what}: must be str, got {type(key).__name__}")
    if not 0 < len(key) <= _KEY_MAX:
        raise StoreError(f"{what}: must be 1..{_KEY_MAX} characters, got {len(key)}")
    if "\x00" in key:
        raise StoreError(f"{what}: must not contain NUL")
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError(f"{what}: must be UTF-8 encodable (no lone surrogates)") from None
    return key


def check_limit(what: str, limit: object) -> int:
    """A ``limit`` argument, checked: an int of 1 or more."""
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise StoreError(f"{what}: must be an int of 1 or more, got {limit!r}")
    return limit


def check_entry_id(entry_id: object) -> int:
    """A due-entry id argument, checked."""
    if not isinstance(entry_id, int) or isinstance(entry_id, bool):
        raise StoreError(f"entry_id: must be an int, got {type(entry_id).__name__}")
    return entry_id


def _check_json(value: object, path: str, depth: int) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if "\x00" in value:
            raise StoreError(f"{path}: text must not contain NUL (U+0000)")
    elif isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            raise StoreError(f"{path}: integers must fit in 64 bits (signed), got {value}")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise StoreError(f"{path}: floats must be finite, got {value}")
    elif depth >= _DEPTH_MAX:
        raise StoreError(f"{path}: nested deeper than {_DEPTH_MAX} levels")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_json(item, f"{path}[{index}]", depth + 1)
    elif isinstance(value, dict):
        for name, item in value.items():
            if not isinstance(name, str):
                raise StoreError(f"{path}: object keys must be str, got {type(name).__name__}")
            if "\x00" in name:
                raise StoreError(f"{path}: object keys must not contain NUL (U+0000)")
            _check_json(item, f"{path}.{name}", depth + 1)
    else:
        hint = ""
        if isinstance(value, Decimal):
            hint = " (store money with dump_money)"
        elif isinstance(value, datetime):
            hint = " (store dates with dump_time)"
        elif isinstance(value, tuple):
            hint = " (use a list)"
        raise StoreError(f"{path}: {type(value).__name__} is not a JSON type{hint}")


def encode_record(what: str, record: object) -> bytes:
    """A record as the JSON text every store keeps, after checking it holds JSON only.

    The text is UTF-8 ``orjson`` output; floats keep their shortest exact form, so the
    record read back compares equal to the one put.
    """
    if not isinstance(record, dict):
        raise StoreError(
            f"{what}: a record must be a dict (a JSON object), got {type(record).__name__}"
        )
    _check_json(record, what, 0)
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError as exc:  # text that is not UTF-8 (lone surrogates)
        raise StoreError(f"{what}: {exc}") from None


def decode_record(data: bytes | str) -> Record:
    """A record from the JSON text a store keeps."""
    value = orjson.loads(data)
    if not isinstance(value, dict):
        raise StoreError(f"a stored record is not a JSON object: {short(str(data))}")
    return value


def check_where(where: object) -> tuple[tuple[str, WhereValue], ...]:
    """A :meth:`Transaction.scan` filter, checked, as ``(field, value)`` pairs."""
    if where is None:
        return ()
    if not isinstance(where, Mapping):
        raise StoreError(f"where: must be a mapping of field to value, got {type(where).__name__}")
    pairs: list[tuple[str, WhereValue]] = []
    for name, value in where.items():
        if not isinstance(name, str) or not _FIELD_RE.fullmatch(name):
            shown = short(name) if isinstance(name, str) else type(name).__name__
            raise StoreError(f"where: field names must match [A-Za-z_][A-Za-z0-9_]*, got {shown}")
        if isinstance(value, str):
            if "\x00" in value:
                raise StoreError(f"where.{name}: text must not contain NUL (U+0000)")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise StoreError(f"where.{name}: must be UTF-8 encodable") from None
        elif isinstance(value, int):
            if not isinstance(value, bool) and not _INT_MIN <= value <= _INT_MAX:
                raise StoreError(f"where.{name}: integers must fit in 64 bits, got {value}")
        else:
            raise StoreError(f"where.{name}: must be str, int or bool, got {type(value).__name__}")
        pairs.append((name, value))
    return tuple(pairs)


def matches(record: Record, where: tuple[tuple[str, WhereValue], ...]) -> bool:
    """Whether ``record``'s top-level fields equal ``where``'s values, type included."""
    for name, value in where:
        if name not in record:
            return False
        field = record[name]
        if isinstance(value, bool) or isinstance(field, bool):
            if field is not value:
                return False
        elif type(field) is not type(value) or field != value:
            return False
    return True


def prefix_end(prefix: str) -> str | None:
    """The least string greater than every string that starts with ``prefix``.

    ``None`` when there is none (empty prefix, or only U+10FFFF). Keys in
    ``[prefix, prefix_end(prefix))`` are exactly those that start with ``prefix``.
    """
    stripped = prefix.rstrip("\U0010ffff")
    if not stripped:
        return None
    last = ord(stripped[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates are never in a key
        last = 0xE000
    return stripped[:-1] + chr(last)


def check_scan(
    kind: object, prefix: object, after: object, limit: object
) -> tuple[str, str, str | None, int | None]:
    """The arguments of :meth:`Transaction.scan`, checked."""
    kind = check_name("kind", kind)
    if not isinstance(prefix, str):
        raise StoreError(f"prefix: must be str, got {type(prefix).__name__}")
    if prefix:
        check_key("prefix", prefix)
    if after is not None:
        after = check_key("after", after)
    return kind, prefix, after, None if limit is None else check_limit("limit", limit)


def to_micros(what: str, when: object) -> int:
    """An aware datetime as whole microseconds since 1970-01-01 UTC (how due times sort)."""
    if not isinstance(when, datetime):
        raise StoreError(f"{what}: must be a datetime, got {type(when).__name__}")
    if when.utcoffset() is None:
        raise StoreError(f"{what}: must be an aware datetime (with tzinfo), got naive")
    return (when - _EPOCH) // _MICROSECOND


def from_micros(micros: int) -> datetime:
    """Whole microseconds since 1970-01-01 UTC as an aware UTC datetime."""
    return _EPOCH + micros * _MICROSECOND


# -- the value helpers (public) ------------------------------------------------------


def dump_money(amount: Decimal) -> str:
    """An amount of money as the exact decimal string a record keeps (``"12.50"``).

    Money never goes through ``float``: the string keeps every digit, and
    :func:`load_money` gives back an equal :class:`~decimal.Decimal`. SQL reads it as
    ``numeric`` (``(data->>'balance')::numeric`` in PostgreSQL).

    Raises:
        StoreError: ``amount`` is not a finite Decimal.

    >>> dump_money(Decimal("12.50"))
    '12.50'
    """
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise StoreError(f"amount: must be a finite Decimal, got {amount!r}")
    return format(amount, "f")


_MONEY_RE: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def load_money(text: JSON) -> Decimal:
    """An amount of money from a record (written by :func:`dump_money`).

    Raises:
        StoreError: ``text`` is not a plain decimal string.

    >>> load_money("12.50")
    Decimal('12.50')
    """
    if not isinstance(text, str) or not _MONEY_RE.fullmatch(text):
        raise StoreError(f"money: must be a decimal string like '12.50', got {text!r}")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
        raise StoreError(f"money: not a decimal, got {text!r}") from None


_TIME_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def dump_time(when: datetime) -> str:
    """An instant as the string a record keeps: UTC, ISO 8601, always with microseconds.

    The fixed width makes the strings sort in time order, so a key or a field holding
    one orders records chronologically; PostgreSQL reads it as ``timestamptz``.

    Raises:
        StoreError: ``when`` is naive (its zone would be a guess).

    >>> from datetime import timezone
    >>> dump_time(datetime(2026, 1, 1, 3, 0, tzinfo=timezone.utc))
    '2026-01-01T03:00:00.000000Z'
    """
    if not isinstance(when, datetime) or when.utcoffset() is None:
        raise StoreError(f"when: must be an aware datetime, got {when!r}")
    try:
        u = when.astimezone(timezone.utc)
    except OverflowError:
        raise StoreError(f"when: outside the years 1..9999 in UTC, got {when!r}") from None
    # Spelled out: strftime("%Y") does not pad years before 1000 on every platform.
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}Z"
    )


def load_time(text: JSON) -> datetime:
    """An instant from a record (written by :func:`dump_time`), aware in UTC.

    Raises:
        StoreError: ``text`` is not in :func:`dump_time`'s form.

    >>> load_time("2026-01-01T03:00:00.000000Z")
    datetime.datetime(2026, 1, 1, 3, 0, tzinfo=datetime.timezone.utc)
    """
    if not isinstance(text, str) or not _TIME_RE.fullmatch(text):
        raise StoreError(f"time: must look like '2026-01-01T03:00:00.000000Z', got {text!r}")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    except ValueError:
        raise StoreError(f"time: not a valid date and time, got {text!r}") from None
