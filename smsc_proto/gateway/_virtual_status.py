"""The virtual gateway's ``status.php``: statuses of one or several messages, and deletion
(private).

Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&id=<id>``;
``all`` 0..2 adds the message's fields (virtual numbers belong to no operator: the geo
fields travel empty); ``del=1`` deletes.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from .._errors import GatewayError
from .._scripts.status import (
    SmsStatusReply,
    StatusDelete,
    StatusDeleteReply,
    StatusNotFoundReply,
    StatusQuery,
)
from ..values import MessageType, PhoneList, StatusFlag
from ._context import Context
from ._gateway import Gateway
from ._virtual_state import (
    BAD_PARAMETERS,
    STATUS_NAMES,
    VirtualMessage,
    VirtualState,
    handles,
    moscow_seconds,
    recipient_text,
)

__all__ = ["now_fields", "register", "sent_fields"]


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``status.php`` on ``gateway``."""

    @handles(gateway, StatusQuery)
    def status(command: StatusQuery, ctx: Context[str]) -> Any:
        """status.php: the status of one message, or of several."""
        if command.multiple and ctx.fmt == 1:
            # QUIRKS INC-22: the spec shows no fmt=1 form of several ids the toolkit
            # could write; the emulator says so rather than make one up.
            raise GatewayError(
                BAD_PARAMETERS,
                "Error in parameters: status.php fmt=1 of several ids is not emulated.",
            )
        level = command.all or 0
        keys = _keys(command.ids, command.phone)
        replies: list[Any] = []
        with state.store.transaction() as tx:
            # Line 1817: "no more than five identical requests for the status of the
            # same message or more than one mass request within a minute".
            limit = "status.mass" if command.multiple else "status"
            state.admit(tx, limit, ctx.account, ctx.request, ctx.now)
            found = [state.find(tx, ctx.account, message_id, phone) for message_id, phone in keys]
        for (message_id, phone), hit in zip(keys, found, strict=True):
            extra: dict[str, Any] = {"id": message_id} if command.multiple else {}
            if command.multiple and level == 0:
                extra["phone"] = phone
            if hit is not None:
                replies.append(_status_reply(hit[1], level, extra))
            elif command.fmt == 1 and not command.multiple:
                # Line 1788: "For fmt = 1, a response is returned in the format of the
                # status of a regular message."
                replies.append(_not_found_line(phone, level))
            else:
                replies.append(StatusNotFoundReply(status=-3, **extra))
        return replies if command.multiple else replies[0]

    @handles(gateway, StatusDelete)
    def delete(command: StatusDelete, ctx: Context[str]) -> StatusDeleteReply:
        """status.php?del=1: forget the messages named."""
        with state.store.transaction() as tx:
            for message_id, phone in _keys(command.ids, command.phone):
                state.delete(tx, ctx.account, message_id, phone)
        return StatusDeleteReply(result="OK")


def _keys(ids: tuple[int | str, ...], phones: PhoneList | None) -> list[tuple[int | str, str]]:
    # Spec (line 1414): the phones "must be listed in the order corresponding to the
    # message IDs" (the command checks there are as many).
    entries = phones.entries if phones is not None else ()
    return [
        (message_id, recipient_text(entry)) for message_id, entry in zip(ids, entries, strict=True)
    ]


def now_fields(message: VirtualMessage) -> dict[str, Any]:
    """The status fields a status record and a history record share (Moscow time)."""
    at = message.status_at or message.sent_at
    return {
        "status": message.status,
        "last_date": moscow_seconds(at),
        "last_timestamp": int(at.timestamp()),
        "err": message.err,
    }


def sent_fields(message: VirtualMessage) -> dict[str, Any]:
    """The fields of the message as sent, which both records carry in full forms."""
    return {
        "send_date": moscow_seconds(message.sent_at),
        "send_timestamp": int(message.sent_at.timestamp()),
        "phone": message.phone,
        "cost": message.cost,
        "sender_id": message.sender or "",
        "status_name": STATUS_NAMES.get(message.status, str(message.status)),
        "message": message.text,
        "sms_cnt": message.parts,
    }


def _status_reply(message: VirtualMessage, level: int, extra: dict[str, Any]) -> SmsStatusReply:
    reply = SmsStatusReply(flag=StatusFlag.from_int(0), **now_fields(message), **extra)
    if level == 0:
        return reply
    fields = sent_fields(message)
    fields.update(comment="", type=MessageType.SMS)
    if level == 2:
        # Virtual numbers belong to no operator: the geo fields travel empty.
        fields.update(mccmnc="", country="", operator="", operator_orig="", region="")
    return dataclasses.replace(reply, **fields)


def _not_found_line(phone: str, level: int) -> SmsStatusReply:
    reply = SmsStatusReply(status=-3, last_timestamp=0, err=0)
    if level == 0:
        return reply
    fields: dict[str, Any] = {
        "send_timestamp": 0,
        "phone": phone,
        "cost": Decimal("0.00"),
        "sender_id": "",
        "status_name": STATUS_NAMES[-3],
        "message": "",
        "comment": "",
        "type": MessageType.SMS,
    }
    if level == 2:
        fields.update(country="", operator="", region="")
    return dataclasses.replace(reply, **fields)
