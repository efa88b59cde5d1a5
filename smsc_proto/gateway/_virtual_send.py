"""The virtual gateway's ``send.php`` and ``rest/send`` (private).

Spec (line 971): "During virtual sending, all messages will have the final status
"Delivered", but during the sending process, the messages will go through all the
stages of processing along the chain". Every recipient and SMS part costs the price;
``cost=1`` only asks (line 40); ``op=1`` lists each recipient (lines 295-297); ``time``
holds the message back (lines 60-67); ``valid`` ends its life (line 149).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from .._errors import GatewayError
from .._scripts.send import RestSend, Send, SendPhone, SendReply
from ..values import (
    PhoneList,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendTime,
    count_segments,
    parse_list,
)
from ._clock import MOSCOW, from_moscow, moscow
from ._context import Context
from ._gateway import Gateway
from ._virtual_state import BAD_PARAMETERS, VirtualMessage, VirtualState, handles, recipient_text

__all__ = ["register", "send_time"]

#: Spec (line 214): "3 Insufficient funds on the Client's account."
_NO_MONEY: Final = (3, "Insufficient funds on the Client's account.")
#: Spec (lines 217-219): the descriptions of errors 6, 7 and 8.
_NUMBER_ERRORS: Final = {
    6: "The message is forbidden (by text or by the sender's name).",
    7: "Invalid phone number format.",
    8: "The message to the specified number can not be delivered.",
}


def send_time(value: SendTime | None, tz: int | None, now: datetime) -> datetime | None:
    """When a message with ``time=value`` goes to the operator (``None``: now).

    Spec (lines 60-67): "DDMMYYhhmm or DD.MM.YY hh: mm"; "h1-h2 ... If the current
    time is less than h1, the SMS message will be sent ... when the time h1 occurs, if
    the current time falls in the interval from h1 to h2, that message will be sent
    immediately, otherwise the message will be sent the next day"; "0ts"; "+m"; "If
    time = 0 or the time already elapsed is specified, the message will be sent
    immediately." ``tz`` is hours from Moscow ("If tz is equal to 0, the Moscow time
    zone will be used"; without it the account's zone, which for a virtual account is
    Moscow).
    """
    offset = timedelta(hours=tz or 0)
    when: datetime | None = None
    if isinstance(value, SendAt):
        when = from_moscow(value.when - offset)
    elif isinstance(value, SendAtTimestamp):
        when = datetime.fromtimestamp(value.timestamp, MOSCOW)
    elif isinstance(value, SendAfter):
        when = now + timedelta(minutes=value.minutes)
    elif isinstance(value, SendAtHours):
        local = moscow(now) + offset
        if local.hour < value.start:
            start = local.replace(hour=value.start, minute=0, second=0, microsecond=0)
        elif local.hour < value.end:
            return None
        else:
            start = (local + timedelta(days=1)).replace(
                hour=value.start, minute=0, second=0, microsecond=0
            )
        when = from_moscow(start - offset)
    if when is None or when <= now:
        return None
    return when


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``send.php`` and ``rest/send`` on ``gateway``."""

    @handles(gateway, Send)
    def send(command: Send, ctx: Context[str]) -> SendReply:
        """send.php: send virtually, or ask the cost."""
        return _send(state, command, ctx)

    @handles(gateway, RestSend)
    def rest_send(command: RestSend, ctx: Context[str]) -> SendReply:
        """rest/send: the same, with a JSON body."""
        return _send(state, command, ctx)


def _send(state: VirtualState, command: Send | RestSend, ctx: Context[str]) -> SendReply:
    login = ctx.account
    lines: list[tuple[PhoneList, str]] = []
    if command.list is not None:
        lines = [(e.phones, e.text) for e in parse_list(command.list, nl=bool(command.nl))]
    elif command.phones is not None:
        lines = [(command.phones, command.mes or "")]
    recipients = [
        (recipient_text(entry), text) for phones, text in lines for entry in phones.entries
    ]
    if not recipients:
        raise GatewayError(BAD_PARAMETERS, "Error in parameters.")
    faults = state.faults
    for phone, _ in recipients:
        code = faults.number_error(phone)
        if code is not None:
            # Spec (line 177): "ERROR = N (description), ID - <id>" for 6, 7 and 8; the
            # Gateway adds the request's id.
            raise GatewayError(code, _NUMBER_ERRORS[code])
    parts = [count_segments(text).parts for _, text in recipients]
    cnt = sum(parts)
    cost = state.price * cnt
    # Spec (lines 295-297): op=1 adds a line per recipient -- phone, mccmnc, cost,
    # status, error (virtual numbers have no operator: mccmnc is empty).
    phones = (
        tuple(
            SendPhone(phone=phone, mccmnc="", cost=state.price * n, status=-1, error=0)
            for (phone, _), n in zip(recipients, parts, strict=True)
        )
        if command.op
        else None
    )
    now = ctx.now
    with state.store.transaction() as tx:
        state.admit(tx, "send.cost" if command.cost == 1 else "send", login, ctx.request, now)
        if command.cost == 1:
            # Spec (line 40): cost=1 gets the cost "without actually sending".
            return SendReply(cnt=cnt, cost=cost, phones=phones)
        balance = state.balance(tx, login)
        if cost > balance:
            raise GatewayError(*_NO_MONEY)
        new_balance: Decimal = balance - cost
        state.set_balance(tx, login, new_balance)
        message_id = command.id if command.id is not None else tx.next_id("send.id")
        send_at = send_time(command.time, command.tz, now)
        valid = None if command.valid is None else timedelta(minutes=command.valid.minutes)
        for (phone, text), n in zip(recipients, parts, strict=True):
            message = VirtualMessage(
                id=message_id,
                phone=phone,
                text=text,
                parts=n,
                cost=state.price * n,
                sent_at=now,
                sender=command.sender,
                login=login,
                send_at=send_at,
            )
            state.add_message(tx, message, valid=valid, outcome=faults.outcome(phone))
    if command.cost == 2:
        return SendReply(id=message_id, cnt=cnt, cost=cost, phones=phones)
    if command.cost == 3:
        return SendReply(id=message_id, cnt=cnt, cost=cost, balance=new_balance, phones=phones)
    return SendReply(id=message_id, cnt=cnt, phones=phones)
