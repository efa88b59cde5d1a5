"""Callback delivery on the clock: the retry schedule and its lease in the store (private).

Spec (line 3727): "If the Client handler returns a response with an error code other
than 200 or 404, the Server will repeat the request to the handler with a certain
frequency (1 request every 4 minutes, total 50 attempts)." The numbers are
:data:`~smsc_proto.DELIVERY_POLICY`'s; these functions put them on the gateway's clock
and in its :class:`~smsc_proto.gateway.Store`.

A pending callback is an entry of kind ``"callback"`` in the store's due queue, its
payload holding ``"attempt"`` (the number of the next request, from 1) beside what the
gateway needs to write the callback. Delivery never loses one, even if the process
stops half-way: :func:`claim_callbacks` takes the due entries *and*, in the same
transaction, queues each one's next attempt (a lease); the request is made outside any
transaction; :func:`settle_callback` then drops the lease if the handler accepted it.
If the process dies between the two, the lease is the retry, 4 minutes later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from .._handler_url import DELIVERY_POLICY, DeliveryPolicy
from ._store import Due, Record, StoreError, Transaction

__all__ = [
    "CALLBACK_KIND",
    "Claim",
    "attempt_times",
    "claim_callbacks",
    "next_attempt_at",
    "queue_callback",
    "settle_callback",
]

#: The due-queue kind of a pending callback.
CALLBACK_KIND: Final = "callback"


def attempt_times(
    first: datetime, policy: DeliveryPolicy = DELIVERY_POLICY
) -> tuple[datetime, ...]:
    """When each request is made if the handler never accepts one.

    The first at ``first``, then one every ``retry_interval`` until ``max_attempts``
    requests in all: for the gateway's policy, 50 requests, the last 196 minutes after
    the first.
    """
    return tuple(first + n * policy.retry_interval for n in range(policy.max_attempts))


def next_attempt_at(
    made_at: datetime, attempt: int, status: int | None, policy: DeliveryPolicy = DELIVERY_POLICY
) -> datetime | None:
    """When to make the request after request number ``attempt`` (from 1), made at ``made_at``.

    ``status`` is the handler's HTTP status (``None``: no reply at all). ``None`` when
    delivery is over: the handler accepted (200 or 404), or the attempts are used up.
    """
    delay = policy.next_attempt(attempt, status)
    return None if delay is None else made_at + delay


def queue_callback(tx: Transaction, due_at: datetime, key: str, payload: Record) -> int:
    """Queue a callback's first request for ``due_at``; the due entry's id.

    ``payload`` is what the gateway needs to write the callback; ``"attempt"`` is
    added (1).

    Raises:
        StoreError: ``payload`` already has an ``"attempt"`` field.
    """
    if "attempt" in payload:
        raise StoreError("payload: 'attempt' is set by the delivery schedule, not the caller")
    return tx.schedule(due_at, CALLBACK_KIND, key, {**payload, "attempt": 1})


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A callback whose request is to be made now.

    Args:
        entry: The due entry taken from the queue.
        attempt: This request's number, from 1.
        lease: The id of the entry queued for the next request, ``None`` if this is
            the last one.
    """

    entry: Due
    attempt: int
    lease: int | None


def claim_callbacks(
    tx: Transaction, now: datetime, *, limit: int = 100, policy: DeliveryPolicy = DELIVERY_POLICY
) -> list[Claim]:
    """Take the callbacks due at ``now`` and queue each one's next request (the lease).

    Raises:
        StoreError: a due callback's payload has no valid ``"attempt"``.
    """
    claims = []
    for entry in tx.take_due(now, kind=CALLBACK_KIND, limit=limit):
        attempt = entry.payload.get("attempt")
        if not isinstance(attempt, int) or isinstance(attempt, bool) or attempt < 1:
            raise StoreError(f"callback {entry.key}: payload attempt must be an int >= 1")
        # The lease is the retry a failed request would get; None when it is the last.
        retry_at = next_attempt_at(now, attempt, None, policy)
        lease = None
        if retry_at is not None:
            lease = tx.schedule(
                retry_at, CALLBACK_KIND, entry.key, {**entry.payload, "attempt": attempt + 1}
            )
        claims.append(Claim(entry=entry, attempt=attempt, lease=lease))
    return claims


def settle_callback(
    tx: Transaction, claim: Claim, status: int | None, policy: DeliveryPolicy = DELIVERY_POLICY
) -> bool:
    """Record how the handler answered ``claim``'s request; whether delivery is over.

    An accepted reply (200 or 404) drops the lease; any other reply, or none, leaves
    it, and the next request is made when it falls due.
    """
    if status is not None and policy.accepted(status):
        if claim.lease is not None:
            tx.discard(claim.lease)
        return True
    return claim.lease is None
