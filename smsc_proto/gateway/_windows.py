"""The sliding windows behind error 9, kept in the store (private).

Spec (line 220), send.php error 9: "Sending more than one identical SMS message request
or more than five identical requests to receive the cost of a message within a
minute." (line 325): "The server does not accept more than one identical request to
send SMS messages within a minute". status.php (line 1817): "the server does not accept
more than five identical requests for the status of the same message or more than one
mass request within a minute". Every other script states its own limit;
:data:`RATE_LIMITS` holds them all, each with its spec line.

A window counts the requests it *accepted* in the last ``window`` (a sliding window,
not calendar minutes): request ``limit + 1`` within it is refused with error 9, and a
refused request is not counted, so a client that waits for the oldest accepted request
to leave the window gets through. The hits are a record of kind ``"window"`` in the
:class:`~smsc_proto.gateway.Store`, so a restarted gateway still refuses the repeat of
a send it accepted a moment before it stopped.

The concurrency rule of the same error ("fifteen or more requests simultaneously from
different connections") is about open connections, not time; it is not modelled here.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Final

from .._secrets import is_secret_param
from ._store import JSON, StoreError, Transaction, dump_time, load_time

__all__ = [
    "RATE_LIMITS",
    "WINDOW_KIND",
    "RateLimit",
    "admit",
    "identical_subject",
    "prune_windows",
]

#: The store kind of the window records.
WINDOW_KIND: Final = "window"
_MINUTE: Final = timedelta(minutes=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class RateLimit:
    """How many requests of one kind a window accepts.

    Args:
        name: The limit's name (part of the window's store key).
        limit: Requests accepted within ``window``; the next is error 9.
        window: The length of the sliding window.
        identical: Whether the limit counts identical requests (the caller keys the
            window by :func:`identical_subject`) or any requests of the kind (keyed by
            the login).
        line: The spec line that states the limit.
    """

    name: str
    limit: int
    window: timedelta = _MINUTE
    identical: bool = True
    line: int = 0

    def __post_init__(self) -> None:
        if self.limit < 1:
            raise StoreError(f"limit: must be 1 or more, got {self.limit}")
        if self.window <= timedelta(0):
            raise StoreError(f"window: must be positive, got {self.window}")


def _table(*limits: RateLimit) -> Mapping[str, RateLimit]:
    return MappingProxyType({limit.name: limit for limit in limits})


#: Every error-9 limit the spec states, by name.
RATE_LIMITS: Final = _table(
    # Line 220: "more than one identical SMS message request ... within a minute".
    RateLimit(name="send", limit=1, line=220),
    # Line 220: "more than five identical requests to receive the cost of a message".
    RateLimit(name="send.cost", limit=5, line=220),
    # Line 835: "not more than three identical requests for actions with templates".
    RateLimit(name="templates", limit=3, line=835),
    # Line 965 (op_templates.php): "not more than ten identical requests".
    RateLimit(name="op_templates", limit=10, line=965),
    # Line 1030: "not more than five identical requests to send a notification".
    RateLimit(name="ping", limit=5, line=1030),
    # Line 1212: "more than one identical request for actions with mailing lists".
    RateLimit(name="jobs", limit=1, line=1212),
    # Line 1817: "more than five identical requests for the status of the same message".
    RateLimit(name="status", limit=5, line=1817),
    # Line 1817: "... or more than one mass request within a minute".
    RateLimit(name="status.mass", limit=1, identical=False, line=1817),
    # Line 1971: "not more than ten balance requests per minute" (any, not identical).
    RateLimit(name="balance", limit=10, identical=False, line=1971),
    # Line 2261: "three identical requests per minute for operations with groups,
    # contacts, or blacklisted entries".
    RateLimit(name="phones", limit=3, line=2261),
    # Line 2559: "three requests within a minute to add a subclient or change the same
    # subclient" (keyed by the sub-client).
    RateLimit(name="users", limit=3, identical=False, line=2559),
    # Line 2601: "more than one request to create or change an invoice or act".
    RateLimit(name="documents", limit=1, identical=False, line=2601),
    # Line 2853: "three identical requests ... to get a list of available sender names".
    RateLimit(name="senders.list", limit=3, line=2853),
    # Line 2853: "... and five requests to create a new sender name".
    RateLimit(name="senders.add", limit=5, identical=False, line=2853),
    # Line 2999: "three identical requests within a minute or thirty requests within an
    # hour to get the history of outgoing messages".
    RateLimit(name="get.messages", limit=3, line=2999),
    RateLimit(
        name="get.messages.hour",
        limit=30,
        window=timedelta(hours=1),
        identical=False,
        line=2999,
    ),
    # Line 3094: "three identical requests within a minute to receive a list of
    # incoming messages".
    RateLimit(name="get.answers", limit=3, line=3094),
    # Line 3179: "three requests per minute to get statistics" (any).
    RateLimit(name="get.stat", limit=3, identical=False, line=3179),
    # Line 3293: "three identical requests within a minute to receive a list of tariffs".
    RateLimit(name="get.tariffs", limit=3, line=3293),
    # info.php, line 3376: "three identical requests within a minute to receive
    # information about the subscriber's operator"; line 3378: "more than 100 requests
    # per minute to receive operator data".
    RateLimit(name="info", limit=3, line=3376),
    RateLimit(name="info.any", limit=100, identical=False, line=3378),
    # Line 3469: "three identical requests within a minute to get information about a
    # short link".
    RateLimit(name="tinyurls", limit=3, line=3469),
    # Line 3598: "two identical requests within a minute to get a list of available
    # numbers for rent or to connect a number, or to change the properties".
    RateLimit(name="receive_phones", limit=2, line=3598),
)


def identical_subject(login: str, script: str, params: Iterable[tuple[str, str]]) -> str:
    """What makes two requests "identical": the login, script and parameters, hashed.

    The parameters compare as a set of ``(name, value)`` pairs, in any order; the
    password and other secrets are left out (the same request with a corrected
    password is still the same request), and so is ``fmt``, which changes how the
    reply is written, not what is asked.
    """
    pairs = sorted(
        (name, value) for name, value in params if name != "fmt" and not is_secret_param(name)
    )
    digest = hashlib.sha256()
    for part in (login, script, *(f"{name}={value}" for name, value in pairs)):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _key(limit: RateLimit, subject: str) -> str:
    return f"{limit.name}:{subject}"


def admit(tx: Transaction, limit: RateLimit, subject: str, now: datetime) -> bool:
    """Count one request of ``subject`` against ``limit`` at ``now``; False means error 9.

    Args:
        tx: The transaction of the request (the count commits with it).
        limit: The limit that applies (from :data:`RATE_LIMITS`).
        subject: Whose requests are counted: :func:`identical_subject` for an
            identical-request limit, the login (and what the limit names, such as a
            message id) otherwise.
        now: The gateway clock's time.

    Returns:
        True if the request is accepted (and counted), False if the window already
        holds ``limit`` requests (not counted).
    """
    key = _key(limit, subject)
    record = tx.get(WINDOW_KIND, key)
    since = now - limit.window
    hits = [] if record is None else [load_time(text) for text in _hits(record)]
    hits = hits[bisect.bisect_right(hits, since) :]
    if len(hits) >= limit.limit:
        return False
    bisect.insort(hits, now)
    stored: list[JSON] = [dump_time(hit) for hit in hits]
    tx.put(WINDOW_KIND, key, {"hits": stored, "until": dump_time(hits[-1] + limit.window)})
    return True


def prune_windows(tx: Transaction, now: datetime) -> int:
    """Delete the window records whose every hit has left its window; how many."""
    stale = [key for key, record in tx.scan(WINDOW_KIND) if load_time(record.get("until")) <= now]
    for key in stale:
        tx.delete(WINDOW_KIND, key)
    return len(stale)


def _hits(record: Mapping[str, JSON]) -> list[str]:
    hits = record.get("hits")
    if not isinstance(hits, list) or not all(isinstance(hit, str) for hit in hits):
        raise StoreError("window: the record's hits must be a list of times")
    return [hit for hit in hits if isinstance(hit, str)]
