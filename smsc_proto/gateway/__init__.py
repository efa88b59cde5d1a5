"""The gateway kit: build on, serve and break an SMSC-compatible gateway (sans-IO).

A gateway keeps its state behind a :class:`Store` -- :class:`MemoryStore` by default,
:class:`SQLiteStore` in one file to survive a restart -- and reads the time from one
:class:`Clock` (:class:`WallClock`, or :class:`VirtualClock` with a speed factor and
manual advance for tests). Every date it writes is Moscow time (:func:`moscow`).
"""

from ._clock import MOSCOW, Clock, VirtualClock, WallClock, from_moscow, moscow
from ._memory import MemoryStore
from ._sqlite import SCHEMA_VERSION, SQLiteStore
from ._store import (
    JSON,
    Due,
    Record,
    Store,
    StoreError,
    Transaction,
    dump_money,
    dump_time,
    load_money,
    load_time,
)

__all__ = [
    "JSON",
    "MOSCOW",
    "SCHEMA_VERSION",
    "Clock",
    "Due",
    "MemoryStore",
    "Record",
    "SQLiteStore",
    "Store",
    "StoreError",
    "Transaction",
    "VirtualClock",
    "WallClock",
    "dump_money",
    "dump_time",
    "from_moscow",
    "load_money",
    "load_time",
    "moscow",
]
