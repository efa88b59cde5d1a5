"""The snapshot format every store writes and reads (private).

A snapshot is one JSON document::

    {"format": "smsc-proto-store", "version": 1,
     "records": [[kind, key, record], ...],          # sorted by (kind, key)
     "sequences": [[name, last_value], ...],         # sorted by name
     "due": [[id, due_at, kind, key, payload], ...]} # sorted by (due_at, id)

``due_at`` is written by :func:`~smsc_proto.gateway.dump_time`. The sequence that
numbers due entries is listed as ``"#due"``. Everything is sorted, so equal states give
equal bytes whichever store wrote them, and a snapshot of one store restores into any
other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import orjson

from .._util import short
from ._store import (
    StoreError,
    check_key,
    check_name,
    decode_record,
    dump_time,
    encode_record,
    from_micros,
    load_time,
    to_micros,
)

__all__ = ["DUE_SEQUENCE", "Entry", "State", "decode_snapshot", "encode_snapshot"]

FORMAT: Final = "smsc-proto-store"
VERSION: Final = 1
#: The sequence that numbers due entries; no caller's sequence can take the name.
DUE_SEQUENCE: Final = "#due"

#: A due entry as stores keep it: (id, due_at in microseconds, kind, key, payload JSON).
Entry = tuple[int, int, str, str, bytes]


@dataclass(frozen=True, slots=True)
class State:
    """A store's whole state, as the snapshot carries it (records as JSON text)."""

    records: list[tuple[str, str, bytes]]
    sequences: dict[str, int]
    due: list[Entry]


def encode_snapshot(
    records: Iterable[tuple[str, str, bytes | str]],
    sequences: Iterable[tuple[str, int]],
    due: Iterable[tuple[int, int, str, str, bytes | str]],
) -> bytes:
    """The snapshot of a state given as stored rows (records and payloads as JSON text)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "records": [
            [kind, key, decode_record(data)] for kind, key, data in sorted(records, key=_first2)
        ],
        "sequences": [list(pair) for pair in sorted(sequences)],
        "due": [
            [entry_id, dump_time(from_micros(micros)), kind, key, decode_record(payload)]
            for entry_id, micros, kind, key, payload in sorted(due, key=_due_order)
        ],
    }
    return orjson.dumps(document)


def decode_snapshot(data: object) -> State:
    """A snapshot read back and checked whole, before a store touches its state.

    Raises:
        StoreError: the bytes are not a snapshot of this version, or break the
            contract (duplicate keys or ids, a bad name, key or record).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise StoreError(f"snapshot: must be bytes, got {type(data).__name__}")
    try:
        document = orjson.loads(bytes(data))
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"snapshot: not JSON ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise StoreError(f"snapshot: not a smsc-proto store snapshot (format must be {FORMAT!r})")
    if document.get("version") != VERSION:
        raise StoreError(
            f"snapshot: version must be {VERSION}, got {short(str(document.get('version')))}"
        )
    if set(document) != {"format", "version", "records", "sequences", "due"}:
        raise StoreError("snapshot: must hold exactly format, version, records, sequences and due")
    records = _records(document["records"])
    sequences = _sequences(document["sequences"])
    due = _due(document["due"])
    top = max((entry[0] for entry in due), default=0)
    if sequences.get(DUE_SEQUENCE, 0) < top:
        raise StoreError(f"snapshot: sequence {DUE_SEQUENCE!r} is below the due entry id {top}")
    return State(records, sequences, due)


def _records(rows: object) -> list[tuple[str, str, bytes]]:
    if not isinstance(rows, list):
        raise StoreError("snapshot: records must be a list")
    seen: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        if not isinstance(row, list) or len(row) != 3:
            raise StoreError("snapshot: each record must be [kind, key, record]")
        kind = check_name("snapshot record kind", row[0])
        key = check_key("snapshot record key", row[1])
        if (kind, key) in seen:
            raise StoreError(f"snapshot: record {kind}/{short(key)} appears twice")
        seen.add((kind, key))
        out.append((kind, key, encode_record(f"snapshot record {kind}/{short(key)}", row[2])))
    return out


def _sequences(rows: object) -> dict[str, int]:
    if not isinstance(rows, list):
        raise StoreError("snapshot: sequences must be a list")
    out: dict[str, int] = {}
    for row in rows:
        if not isinstance(row, list) or len(row) != 2:
            raise StoreError("snapshot: each sequence must be [name, value]")
        name, value = row
        if name != DUE_SEQUENCE:
            check_name("snapshot sequence", name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**63:
            raise StoreError(f"snapshot: sequence {short(str(name))} must be an int >= 0")
        if name in out:
            raise StoreError(f"snapshot: sequence {short(name)} appears twice")
        out[name] = value
    return out


def _due(rows: object) -> list[Entry]:
    if not isinstance(rows, list):
        raise StoreError("snapshot: due must be a list")
    out: list[Entry] = []
    ids: set[int] = set()
    for row in rows:
        if not isinstance(row, list) or len(row) != 5:
            raise StoreError("snapshot: each due entry must be [id, due_at, kind, key, payload]")
        entry_id = row[0]
        if not isinstance(entry_id, int) or isinstance(entry_id, bool) or entry_id < 1:
            raise StoreError(f"snapshot: a due entry id must be an int >= 1, got {entry_id!r}")
        if entry_id in ids:
            raise StoreError(f"snapshot: due entry {entry_id} appears twice")
        ids.add(entry_id)
        micros = to_micros("snapshot due_at", load_time(row[1]))
        kind = check_name("snapshot due kind", row[2])
        key = check_key("snapshot due key", row[3])
        payload = encode_record(f"snapshot due entry {entry_id}", row[4])
        out.append((entry_id, micros, kind, key, payload))
    return out


def _first2(row: tuple[str, str, object]) -> tuple[str, str]:
    return row[0], row[1]


def _due_order(row: tuple[int, int, str, str, object]) -> tuple[int, int]:
    return row[1], row[0]
