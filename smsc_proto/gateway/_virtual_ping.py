"""The virtual gateway's ``ping.php``: event notifications of a task group (private).

Spec (line 975): "in your personal account on the page "Creating a task group" you need
to create an appropriate group, where you can specify notification templates, types of
messages sent when an event occurs, and contacts for notifications"; (line 977)
``ping.php?login=<login>&psw=<password>&id=<id>`` sends one. The personal account is
:meth:`~smsc_proto.gateway.VirtualGateway.add_task_group`; a ping renders the group's
failure template (``ok=1``: its recovery template), replacing ``{NAME}``, ``{HOST}`` and
``{INFO}`` (lines 984-986), and sends it as an SMS to each of the group's phones: one
message id for them all, each recipient billed like ``send.php``. A recipient the
balance and credit cannot pay for is not charged and ends in status 24, "Insufficient
funds" (line 1811: "The Client's account does not have enough money to send the
message"). Simplified: the notifications are SMS (no e-mail or jabber contacts).

==============  ================================  ==========================================
kind            key                               record
==============  ================================  ==========================================
``task.group``  ``login/id`` (12 digits)          ``id``, ``login``, ``phones`` (a list of
                                                  numbers), ``fail`` and ``ok`` (the
                                                  templates)
==============  ================================  ==========================================
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._scripts.ping import Ping, PingReply
from ..values import Phone, count_segments, parse_phone_list
from ._context import Context
from ._gateway import Gateway
from ._store import Transaction
from ._virtual_balance import account_terms
from ._virtual_state import ACCOUNT, STAGE, VirtualMessage, VirtualState, handles, recipient_text

__all__ = ["TASK_GROUP", "add_task_group", "register"]

#: The store kind of a task group.
TASK_GROUP: Final = "task.group"
#: Spec (line 1013): "3 Task group not found."
_NOT_FOUND: Final = (3, "Task group not found.")
#: Spec (line 1811): status 24, "Insufficient funds".
_NO_FUNDS: Final = 24
#: Spec (lines 984-986): the macros a notification template may hold.
_MACRO: Final = re.compile(r"\{(NAME|HOST|INFO)\}")


def _key(login: str, group: int) -> str:
    return f"{login}/{group:012d}"


def add_task_group(tx: Transaction, login: str, *, phones: str, fail: str, ok: str) -> int:
    """Create a task group of ``login``; its id (the "ID" column, line 983).

    Args:
        tx: The transaction.
        login: The account.
        phones: The contacts: phone numbers as send.php's ``phones`` writes them.
        fail: The template sent when a failure occurs (``ok=0``).
        ok: The template sent on recovery (``ok=1``).

    Raises:
        LocalProtocolError: no account ``login``, a contact that is not a phone number,
            or an empty template.
    """
    if tx.get(ACCOUNT, login) is None:
        raise LocalProtocolError(f"login: no account {login!r}")
    try:
        entries = parse_phone_list(phones).entries
    except RemoteProtocolError as exc:
        raise LocalProtocolError(str(exc)) from None
    for entry in entries:
        if not isinstance(entry, Phone):
            raise LocalProtocolError(
                f"phones: a task group's contacts must be phone numbers, got "
                f"{recipient_text(entry)!r}"
            )
    for name, text in (("fail", fail), ("ok", ok)):
        if not isinstance(text, str) or not text:
            raise LocalProtocolError(f"{name}: a template must be a non-empty str")
    group = tx.next_id(TASK_GROUP)
    tx.put(
        TASK_GROUP,
        _key(login, group),
        {
            "id": group,
            "login": login,
            "phones": [recipient_text(entry) for entry in entries],
            "fail": fail,
            "ok": ok,
        },
    )
    return group


def _render(template: str, command: Ping) -> str:
    # Spec (lines 984-986): name "Replaces the {NAME} macro in the notification text",
    # host "Replaces the {HOST} macro", info "Replaces the {INFO} macro". One pass, so
    # a value holding "{HOST}" stays as it is.
    values = {"NAME": command.name or "", "HOST": command.host or "", "INFO": command.info or ""}
    return _MACRO.sub(lambda match: values[match.group(1)], template)


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``ping.php`` on ``gateway``."""

    @handles(gateway, Ping)
    def ping(command: Ping, ctx: Context[str]) -> PingReply:
        """ping.php: send the task group's notification to its contacts."""
        login = ctx.account
        with state.store.transaction() as tx:
            # Line 1030: "not more than five identical requests to send a notification
            # within a minute".
            state.admit(tx, "ping", login, ctx.request, ctx.now)
            group = tx.get(TASK_GROUP, _key(login, command.id or 0))
            if group is None:
                raise GatewayError(*_NOT_FOUND)
            template = group["ok" if command.ok else "fail"]
            phones = group["phones"]
            if not isinstance(template, str) or not isinstance(phones, list):
                raise LocalProtocolError(f"task group {command.id}: a malformed record")
            text = _render(template, command)
            _notify(tx, state, login, phones=[str(p) for p in phones], text=text, now=ctx.now)
        return PingReply(result="OK")


def _notify(
    tx: Transaction, state: VirtualState, login: str, *, phones: list[str], text: str, now: datetime
) -> None:
    message_id = state.next_message_id(tx)
    parts = count_segments(text).parts
    credit, _ = account_terms(tx, login)
    for phone in phones:
        # Billed like send.php: the tariff table by the number, or the flat price.
        cost: Decimal = state.price_for(tx, login, phone) * parts
        balance = state.balance(tx, login)
        paid = cost <= balance + credit
        if paid:
            state.set_balance(tx, login, balance - cost)
        message = VirtualMessage(
            id=message_id,
            phone=phone,
            text=text,
            parts=parts,
            cost=cost if paid else Decimal("0.00"),
            sent_at=now,
            login=login,
        )
        stored = state.add_message(tx, message, valid=None, outcome=state.faults.outcome(phone))
        if not paid:
            # -1, then 24 "Insufficient funds" a step later, instead of the operator.
            key = f"{login}/{stored.int_id:012d}"
            tx.cancel(STAGE, key)
            when = now + timedelta(seconds=state.step)
            tx.schedule(when, STAGE, key, {"status": _NO_FUNDS, "err": 0})
