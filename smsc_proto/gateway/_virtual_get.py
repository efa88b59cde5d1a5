"""The virtual gateway's ``get.php?get_messages``: the history of sent messages (private).

Spec (line 2857): "To get a list of sent SMS messages, you need to call the address
using the GET or POST method: .../sys/get.php?get_messages=1&login=<login>&psw=<password>".
"""

from __future__ import annotations

from .._scripts.get import GetMessages, GetMessagesReply
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Transaction
from ._virtual_state import (
    MESSAGE,
    VirtualMessage,
    VirtualState,
    handles,
    load_message,
    recipient_text,
)
from ._virtual_status import now_fields, sent_fields

__all__ = ["register"]

#: The most records one request lists (line 2870: "cnt ... The maximum value is 1000.").
_MAX_CNT = 1000


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``get.php?get_messages`` on ``gateway``."""

    @handles(gateway, GetMessages)
    def get_messages(command: GetMessages, ctx: Context[str]) -> list[GetMessagesReply]:
        """The account's sent messages, newest first."""
        with state.store.transaction() as tx:
            # Line 2999: "three identical requests within a minute or thirty requests
            # within an hour to get the history of outgoing messages".
            state.admit(tx, "get.messages", ctx.account, ctx.request, ctx.now)
            state.admit(tx, "get.messages.hour", ctx.account, ctx.request, ctx.now)
            return _history(tx, ctx.account, command)


def _history(tx: Transaction, login: str, command: GetMessages) -> list[GetMessagesReply]:
    # Spec (lines 2855-2875): the account's sent messages, newest first, at most cnt
    # (1000, the maximum, when the request names none), from start to end (dates of
    # sending, Moscow time), for the phones named, before prev_id. The emulator sends no
    # e-mail: format=8 finds nothing.
    if command.format == 8:
        return []
    wanted = (
        {recipient_text(e) for e in command.phone.entries} if command.phone is not None else None
    )
    limit = command.cnt or _MAX_CNT
    found: list[GetMessagesReply] = []
    after: str | None = None
    while len(found) < limit:
        page = tx.scan(MESSAGE, prefix=f"{login}/", reverse=True, after=after, limit=500)
        for _, record in page:
            message = load_message(record)
            day = moscow(message.sent_at).date()
            if (
                (wanted is not None and message.phone not in wanted)
                or (command.start is not None and day < command.start)
                or (command.end is not None and day > command.end)
                or (command.prev_id is not None and message.int_id >= command.prev_id)
            ):
                continue
            found.append(_record(message))
            if len(found) == limit:
                break
        if len(page) < 500:
            break
        after = page[-1][0]
    return found


def _record(message: VirtualMessage) -> GetMessagesReply:
    return GetMessagesReply(
        **now_fields(message),
        **sent_fields(message),
        mccmnc="",
        country="",
        operator="",
        region="",
        type=0,
        id=message.id,
        int_id=message.int_id,
        format=0,
        crc=0,
    )
