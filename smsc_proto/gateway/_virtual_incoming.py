"""Incoming messages of the virtual gateway: filed, queued as callbacks, listed (private).

Spec (line 3602): the handler is called "after receiving an incoming SMS message from
the subscriber"; (line 3003) ``get.php?get_answers=1`` lists them. A subscriber's message
is filed by :meth:`~smsc_proto.gateway.VirtualGateway.inject_incoming` (to a number of
the client's) or :meth:`~smsc_proto.gateway.VirtualGateway.inject_reply` (an answer to a
message the client sent: line 3681, "sms_id - The ID of the message to which the
response was received").

==============  ================================  ==========================================
kind            key                               record
==============  ================================  ==========================================
``incoming``    ``login/id`` (12 digits)          ``id``, ``phone``, ``to``, ``mes``, ``at``
                                                  (received), ``login``; a reply adds
                                                  ``sms_id`` (the message answered);
                                                  ``sent`` (when the subscriber sent it;
                                                  default: ``at``)
==============  ================================  ==========================================
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from .._errors import LocalProtocolError
from .._scripts.get import GetAnswers, GetAnswersReply
from ..values import format_recipient
from ._clock import from_moscow, moscow
from ._store import JSON, Record, Transaction, dump_time, load_time
from ._virtual_state import ACCOUNT, INCOMING, VirtualState, callback_of, moscow_seconds

__all__ = ["answers", "file_incoming"]

#: The most records one request lists (line 3009: "cnt ... The maximum value is 10000.").
_MAX_CNT: Final = 10000
_PAGE: Final = 500
#: Line 3010: "Maximum number of hours - 168 (7 days)."
_MAX_HOURS: Final = 168


def file_incoming(
    tx: Transaction,
    state: VirtualState,
    *,
    login: str,
    phone: str,
    to: str,
    mes: str,
    now: datetime,
    sms_id: int | str | None = None,
) -> int:
    """File an incoming message of ``login`` and queue its callback; its id.

    Spec (lines 3677-3690): the callback carries ``id`` ("assigned by the Server
    automatically"), ``sms_id`` (when it answers a message), ``phone``, ``mes``, ``to``
    and ``time``.

    Raises:
        LocalProtocolError: ``login`` is no account, or the callback could not carry a
            field (checked now, not at delivery).
    """
    if tx.get(ACCOUNT, login) is None:
        raise LocalProtocolError(f"login: no account {login!r}")
    number = tx.next_id(INCOMING)
    record: Record = {"id": number, "phone": phone, "to": to, "mes": mes, "at": dump_time(now)}
    if sms_id is not None:
        record["sms_id"] = sms_id
    # Built once here, so that a bad phone fails now, not at delivery.
    callback_of(record | {"type": "incoming"})
    key = f"{login}/{number:012d}"
    tx.put(INCOMING, key, {**record, "login": login})
    state.queue_incoming(tx, key, record, now)
    return number


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


def answers(
    tx: Transaction, login: str, command: GetAnswers, now: datetime
) -> list[GetAnswersReply]:
    """``login``'s incoming messages that ``command`` asks for, oldest first.

    Spec (lines 3006-3012, 3086-3092): ``cnt`` messages at most (10000, the maximum,
    when none is named); ``hour``: those received in the last so many hours -- without
    it, those of the current day (Moscow time; line 3085: "Getting a list of 10 first
    incoming messages for the current day"); ``after_id``: only those with a larger id
    ("with the exception of the message itself"), and without ``hour`` from the whole
    longest period (168 hours, line 3010), so that a client polling with ``after_id``
    does not lose what came in just before midnight; ``to_phone``: only those sent to
    that number (compared by its digits).
    """
    if command.hour is not None or command.after_id is not None:
        since = now - timedelta(hours=command.hour or _MAX_HOURS)
    else:
        since = from_moscow(moscow(now).replace(hour=0, minute=0, second=0, microsecond=0))
    wanted = None if command.to_phone is None else _digits(format_recipient(command.to_phone))
    limit = command.cnt or _MAX_CNT
    found: list[GetAnswersReply] = []
    after: str | None = None
    while len(found) < limit:
        page = tx.scan(INCOMING, prefix=f"{login}/", after=after, limit=_PAGE)
        for _, record in page:
            number = _int(record.get("id"))
            received = load_time(record["at"])
            if (
                received < since
                or (command.after_id is not None and number <= command.after_id)
                or (wanted is not None and _digits(_text(record.get("to"))) != wanted)
            ):
                continue
            sent = record.get("sent")
            found.append(
                GetAnswersReply(
                    id=number,
                    received=moscow_seconds(received),
                    phone=_text(record.get("phone")),
                    message=_text(record.get("mes")),
                    to_phone=_text(record.get("to")),
                    sent=moscow_seconds(received if sent is None else load_time(sent)),
                )
            )
            if len(found) == limit:
                break
        if len(page) < _PAGE:
            break
        after = page[-1][0]
    return found


def _int(value: JSON) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"an incoming message's id is not an int: {value!r}")
    return value


def _text(value: JSON) -> str:
    return value if isinstance(value, str) else ""
