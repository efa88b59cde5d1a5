"""Callback delivery for ``transports.serve``: the courier loop and the last round (private).

Spec (line 3727): "If the Client handler returns a response with an error code other
than 200 or 404, the Server will repeat the request to the handler with a certain
frequency (1 request every 4 minutes, total 50 attempts)." The schedule is the
gateway's (:meth:`~transports.serve.ServedGateway.due_callbacks` leases each delivery
and :meth:`~transports.serve.ServedGateway.delivered` settles or reschedules it on its
clock); the courier only makes the requests and reports each status.

When the server stops, :func:`drain` makes one last round that ignores the schedule:

* every callback due now is requested once;
* with a store that is not durable (a :class:`~smsc_proto.gateway.MemoryStore`) the
  gateway's clock is then moved ahead (:meth:`~transports.serve.ServedGateway.advance`)
  until nothing but callbacks the handler refused are pending, each newly due callback
  requested once -- the state is about to vanish, so nothing is lost by the jump;
* with a durable store (:class:`~smsc_proto.gateway.SQLiteStore`, or any other store)
  the clock is left alone: what is not delivered stays queued in the store, on its
  schedule, and goes out after a restart.

Deliveries that could not be made with a memory store are written out as JSON lines
(:func:`spill_line`) and counted in the log; nothing is dropped silently.
"""

from __future__ import annotations

import base64
import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Final, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson

from smsc_proto import DELIVERY_POLICY, LocalProtocolError, is_secret_param
from smsc_proto.gateway import MemoryStore

from ._serve_types import ServedDelivery, ServedGateway

__all__ = ["StopReport", "deliver_due", "drain", "post", "spill_line", "write_spill"]

_log = logging.getLogger("transports.serve")

#: How far the clock jumps per step of the last round with a memory store: every retry
#: of the policy fits in one jump (50 attempts, 4 minutes apart).
_JUMP: Final = DELIVERY_POLICY.retry_interval.total_seconds() * DELIVERY_POLICY.max_attempts
#: At most this many jumps (about two weeks of virtual time): a gateway that keeps
#: queueing callbacks cannot hold the stop forever.
_MAX_JUMPS: Final = 100


def post(delivery: ServedDelivery, timeout: float) -> int | None:
    """POST one callback; the handler's HTTP status, or ``None`` when none came."""
    request = urllib.request.Request(
        delivery.url,
        data=delivery.body,
        headers={"Content-Type": delivery.content_type},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            reply.read()
            return int(reply.status)
    except urllib.error.HTTPError as error:
        error.close()
        return int(error.code)
    except (OSError, ValueError):
        # Refused, reset, timed out, an unreadable reply: no status came back.
        return None


def deliver_due(gateway: ServedGateway[Any, Any], timeout: float, limit: int = 100) -> int:
    """Make the requests of the callbacks due now; how many were made."""
    batch = gateway.due_callbacks(limit)
    for delivery in batch:
        gateway.delivered(delivery, status=post(delivery, timeout))
    return len(batch)


@dataclass
class StopReport:
    """What the last round of callback delivery did when the server stopped."""

    #: Callbacks the handler accepted (200 or 404) in the last round.
    delivered: int = 0
    #: Callbacks left queued in a durable store, delivered after a restart.
    kept: int = 0
    #: Callbacks of a memory store written out as JSON lines.
    spilled: int = 0
    #: Callbacks of a memory store still queued that could not be collected (its clock
    #: cannot be moved ahead); counted in the log.
    lost: int = 0
    #: The deliveries written out (``spilled`` of them).
    undelivered: list[ServedDelivery] = field(default_factory=list, repr=False)


def drain(
    gateway: ServedGateway[Any, Any],
    *,
    timeout: float,
    request_timeout: float,
) -> StopReport:
    """The last round of delivery (see the module).

    Args:
        gateway: The gateway, no longer serving requests.
        timeout: Real seconds the whole round may take; past it, no more requests are
            made (what is left is kept or written out).
        request_timeout: Seconds each request may take.
    """
    report = StopReport()
    deadline = time.monotonic() + timeout
    durable = not isinstance(gateway.store, MemoryStore)
    refused: dict[str, ServedDelivery] = {}
    jumps = 0
    while True:
        fresh = [d for d in gateway.due_callbacks(100) if d.key not in refused]
        for delivery in fresh:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                # Out of time: collected, not requested (left leased in the store).
                refused[delivery.key] = delivery
                continue
            status = post(delivery, min(request_timeout, remaining))
            gateway.delivered(delivery, status=status)
            if status is not None and DELIVERY_POLICY.accepted(status):
                report.delivered += 1
            else:
                refused[delivery.key] = delivery
        if fresh:
            continue
        # Each refused delivery holds one lease; anything more is still to come.
        if durable or gateway.pending_callbacks() <= len(refused) or jumps >= _MAX_JUMPS:
            break
        try:
            gateway.advance(_JUMP)
        except LocalProtocolError:
            break  # a clock that cannot be moved (a WallClock)
        jumps += 1
    if durable:
        report.kept = gateway.pending_callbacks()
    else:
        report.undelivered = list(refused.values())
        report.spilled = len(refused)
        report.lost = max(gateway.pending_callbacks() - len(refused), 0)
    return report


def spill_line(delivery: ServedDelivery, *, mask: bool = False) -> str:
    """One undelivered callback as a line of JSON (replayable: the body is base64).

    Keys: ``key``, ``url``, ``content_type``, ``attempt``, ``body_base64``. With
    ``mask`` the values of secret-named parameters in the URL's query
    (:func:`smsc_proto.is_secret_param`, a ``token=`` the handler checks) are masked,
    for a line that goes to a log rather than a file.
    """
    url = _masked_url(delivery.url) if mask else delivery.url
    return orjson.dumps(
        {
            "key": delivery.key,
            "url": url,
            "content_type": delivery.content_type,
            "attempt": delivery.attempt,
            "body_base64": base64.b64encode(delivery.body).decode("ascii"),
        }
    ).decode("utf-8")


def _masked_url(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = [
        (name, "***" if is_secret_param(name) else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(pairs)))


def write_spill(lines: list[str], out: TextIO) -> None:
    """Write ``lines`` to ``out``, one per line, and flush."""
    for line in lines:
        out.write(line + "\n")
    out.flush()
