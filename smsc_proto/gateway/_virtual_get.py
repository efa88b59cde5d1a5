"""The virtual gateway's ``get.php``: the history of sent messages, the incoming messages
and the statistics (private; ``get_price`` is ``_virtual_get_prices.py``).

Spec (lines 2857, 3003, 3098)::

    get.php?get_messages=1&login=<login>&psw=<password>
    get.php?get_answers=1&login=<login>&psw=<password>
    get.php?get_stat=1&login=<login>&psw=<password>&start=<date1>&end=<date2>

Every one reads the store: the ``message`` records (with the fields
``_virtual_status.py`` lists), the ``incoming`` records (``_virtual_incoming.py``) and
the ``payment`` records (``_virtual_balance.py``).
"""

from __future__ import annotations

import zlib
from decimal import Decimal
from typing import Final

from .._scripts.get import (
    GetAnswers,
    GetAnswersReply,
    GetMessages,
    GetMessagesReply,
    GetStat,
    GetStatReply,
)
from ..values import MessageType
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Transaction
from ._virtual_balance import account_terms, paid_between
from ._virtual_incoming import answers
from ._virtual_state import (
    MESSAGE,
    VirtualMessage,
    VirtualState,
    handles,
    load_message,
    recipient_text,
)
from ._virtual_status import Detail, detail_of, now_fields, sent_fields
from ._virtual_writable import writable

__all__ = ["register"]

#: The most records one request lists (line 2870: "cnt ... The maximum value is 1000.").
_MAX_CNT: Final = 1000
_PAGE: Final = 500


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``get.php`` (but ``get_price``) on ``gateway``."""

    @handles(gateway, GetMessages)
    def get_messages(command: GetMessages, ctx: Context[str]) -> list[GetMessagesReply]:
        """The account's sent messages, newest first."""
        with state.store.transaction() as tx:
            # Line 2999: "three identical requests within a minute or thirty requests
            # within an hour to get the history of outgoing messages".
            state.admit(tx, "get.messages", ctx.account, ctx.request, ctx.now)
            state.admit(tx, "get.messages.hour", ctx.account, ctx.request, ctx.now)
            return writable(command, _history(tx, ctx.account, command))

    @handles(gateway, GetAnswers)
    def get_answers(command: GetAnswers, ctx: Context[str]) -> list[GetAnswersReply]:
        """The account's incoming messages, oldest first."""
        with state.store.transaction() as tx:
            # Line 3094: "three identical requests within a minute to receive a list of
            # incoming messages".
            state.admit(tx, "get.answers", ctx.account, ctx.request, ctx.now)
            return writable(command, answers(tx, ctx.account, command, ctx.now))

    @handles(gateway, GetStat)
    def get_stat(command: GetStat, ctx: Context[str]) -> list[GetStatReply]:
        """The account's statistics for the period."""
        with state.store.transaction() as tx:
            # Line 3179: "three requests per minute to get statistics".
            state.admit(tx, "get.stat", ctx.account, ctx.request, ctx.now)
            return writable(command, [_stat(tx, ctx.account, command)])


def _history(tx: Transaction, login: str, command: GetMessages) -> list[GetMessagesReply]:
    # Spec (lines 2855-2875): the account's sent messages, newest first, at most cnt
    # (1000, the maximum, when the request names none), from start to end (dates of
    # sending, Moscow time), for the phones (or, with format=8, the e-mail addresses)
    # named, before prev_id. format=8 asks for the e-mail messages (lines 2867-2869),
    # format=0 for the others.
    mail = command.format == 8
    recipients = command.email if mail else command.phone
    wanted = {recipient_text(e) for e in recipients.entries} if recipients is not None else None
    limit = command.cnt or _MAX_CNT
    found: list[GetMessagesReply] = []
    after: str | None = None
    while len(found) < limit:
        page = tx.scan(MESSAGE, prefix=f"{login}/", reverse=True, after=after, limit=_PAGE)
        for _, record in page:
            message = load_message(record)
            detail = detail_of(record, message)
            day = moscow(message.sent_at).date()
            if (
                (detail.type == MessageType.EMAIL) != mail
                or (wanted is not None and message.phone not in wanted)
                or (command.start is not None and day < command.start)
                or (command.end is not None and day > command.end)
                or (command.prev_id is not None and message.int_id >= command.prev_id)
            ):
                continue
            found.append(_record(message, detail))
            if len(found) == limit:
                break
        if len(page) < _PAGE:
            break
        after = page[-1][0]
    return found


def _record(message: VirtualMessage, detail: Detail) -> GetMessagesReply:
    fields = sent_fields(message)
    fields["sms_cnt"] = detail.units
    return GetMessagesReply(
        **now_fields(message),
        **fields,
        mccmnc=detail.mccmnc,
        country=detail.country,
        operator=detail.operator,
        region=detail.region,
        # Lines 2978, 2987: "message type", "message format" -- the type code (line
        # 1600) is both; the checksum (line 2988) is the CRC-32 of the text.
        type=int(detail.type),
        id=message.id,
        int_id=message.int_id,
        format=int(detail.type),
        crc=zlib.crc32(message.text.encode("utf-8")),
    )


def _stat(tx: Transaction, login: str, command: GetStat) -> GetStatReply:
    # Spec (lines 3098-3171): per login, the number of messages sent from start to end
    # (Moscow days; "If omitted, data from the start date is returned"), under "credit"
    # what they cost, under "debit" what was paid in (the legend swaps the two words,
    # QUIRKS INC-30), and the currency. Every amount is kept in the account's currency,
    # so mycur=1 changes nothing; no message is paid from a second balance (flag bit 5),
    # so balance2=1 counts none.
    start = command.start
    count = 0
    spent = Decimal("0.00")
    if start is not None and not command.balance2:
        for _, record in tx.scan(MESSAGE, prefix=f"{login}/"):
            message = load_message(record)
            day = moscow(message.sent_at).date()
            if day >= start and (command.end is None or day <= command.end):
                count += 1
                spent += message.cost
    paid = (
        Decimal("0.00")
        if start is None or command.balance2
        else paid_between(tx, login, start, command.end)
    )
    _, currency = account_terms(tx, login)
    return GetStatReply(login=login, sms=count, credit=spent, debit=paid, currency=currency)
