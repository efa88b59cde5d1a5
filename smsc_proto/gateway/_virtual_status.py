"""The virtual gateway's ``status.php``: statuses of one or several messages, and deletion
(private).

Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&id=<id>``;
``all`` 0..2 adds the message's fields, ``del=1`` deletes (line 1875). Each message is
answered in its own form (line 1602, "Responses for HLR queries"): an HLR request gets
the HLR record (imsi, msc, mcc, mnc, cn, net, rcn, rnet), every other kind -- SMS,
e-mail, call, viber... -- the SMS record with its ``type`` (line 1600). The fields come
from the message record; what it does not carry (an operator for a virtual number, a
roaming network) travels empty.

The message record may carry, besides what :class:`~smsc_proto.gateway.VirtualMessage`
holds (all optional, read with defaults):

==================  ======================================================================
field               meaning
==================  ======================================================================
``kind``            ``"sms"`` (default), ``"flash"``, ``"bin"``, ``"push"``, ``"hlr"``,
                    ``"ping"``, ``"mms"``, ``"call"``, ``"mail"``, ``"viber"``,
                    ``"soc"``, ``"whatsapp"``, ``"bot"``; or ``type``: the code itself
``mcc``, ``mnc``    the subscriber's country and operator codes (digits)
``country``         the country's name (``cn`` of an HLR record)
``operator``        the operator's name (``net`` of an HLR record)
``operator_orig``   the operator before porting (default: ``operator``)
``region``          the number's region
``imsi``, ``msc``   an HLR result: the SIM's IMSI and the serving MSC (digits)
``rcn``, ``rnet``   an HLR result: the roaming country and network
``call_duration``   seconds of a call: ``sms_cnt`` of a voice message (line 1601)
==================  ======================================================================
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from .._errors import GatewayError
from .._scripts.status import (
    HlrStatusReply,
    SmsStatusReply,
    StatusDelete,
    StatusDeleteReply,
    StatusNotFoundReply,
    StatusQuery,
)
from ..values import MessageType, PhoneList, StatusFlag, message_type_from_int
from ._context import Context
from ._gateway import Gateway
from ._store import JSON, Record, StoreError, Transaction
from ._virtual_state import (
    BAD_PARAMETERS,
    MESSAGE,
    STATUS_NAMES,
    VirtualMessage,
    VirtualState,
    handles,
    moscow_seconds,
    recipient_text,
)
from ._virtual_writable import writable

__all__ = ["Detail", "detail_of", "now_fields", "register", "sent_fields"]

#: Spec (line 1600): "<type> - message type (0 – SMS, 1 – Flash-SMS, 2 – Binary SMS, 3 –
#: Wap-push, 4 – HLR-request, 5 – Ping-SMS, 6 – MMS, 7 – Call, 8 – E-mail, 10 – Viber,
#: 12 – Social Networks)". WhatsApp and bot messages have no code of their own there;
#: they are messenger messages and are reported as 12.
KIND_TYPES: Final = {
    "sms": MessageType.SMS,
    "flash": MessageType.FLASH_SMS,
    "bin": MessageType.BINARY_SMS,
    "push": MessageType.WAP_PUSH,
    "hlr": MessageType.HLR,
    "ping": MessageType.PING_SMS,
    "mms": MessageType.MMS,
    "call": MessageType.CALL,
    "mail": MessageType.EMAIL,
    "viber": MessageType.VIBER,
    "soc": MessageType.SOCIAL,
    "whatsapp": MessageType.SOCIAL,
    "bot": MessageType.SOCIAL,
    # Other spellings of the same kinds.
    "binary": MessageType.BINARY_SMS,
    "wap": MessageType.WAP_PUSH,
    "voice": MessageType.CALL,
    "email": MessageType.EMAIL,
    "e-mail": MessageType.EMAIL,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Detail:
    """What a message record says beyond :class:`VirtualMessage` (empty when it does not).

    Args:
        type: The message type code (line 1600).
        mcc: The subscriber's country code (digits, or empty).
        mnc: The subscriber's operator code (digits, or empty).
        country: The country's name.
        operator: The operator's name.
        operator_orig: The operator before porting.
        region: The number's region.
        imsi: An HLR result's IMSI (digits, or empty).
        msc: An HLR result's MSC number (digits, or empty).
        rcn: An HLR result's roaming country.
        rnet: An HLR result's roaming network.
        units: ``sms_cnt``: the parts, or the seconds of a call (line 1601).
    """

    type: MessageType | int
    mcc: str = ""
    mnc: str = ""
    country: str = ""
    operator: str = ""
    operator_orig: str = ""
    region: str = ""
    imsi: str = ""
    msc: str = ""
    rcn: str = ""
    rnet: str = ""
    units: int = 0

    @property
    def mccmnc(self) -> str:
        """The country and operator codes together, or empty when either is unknown."""
        return self.mcc + self.mnc if self.mcc and self.mnc else ""

    @property
    def flag(self) -> StatusFlag:
        """The 2-byte flag: bits 0-3 carry the type (line 1583), nothing else is set."""
        return StatusFlag(message_type=self.type)


def _type_of(record: Record) -> MessageType | int:
    code = record.get("type")
    if isinstance(code, int) and not isinstance(code, bool) and 0 <= code <= 15:
        return message_type_from_int(code)
    kind = record.get("kind", "sms")
    if isinstance(kind, str) and kind in KIND_TYPES:
        return KIND_TYPES[kind]
    # The gateway wrote the record: a kind this table does not know is a bug of the
    # gateway, never a message to report as some other type.
    raise StoreError(f"message record: unknown kind {kind!r} (known: {', '.join(KIND_TYPES)})")


def _digits(value: JSON) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    return value if isinstance(value, str) and value.isascii() and value.isdigit() else ""


def _name(value: JSON) -> str:
    # One line of text: a name with a line break would break a fmt=0/1 line.
    if not isinstance(value, str) or "\n" in value or "\r" in value:
        return ""
    return value


def detail_of(record: Record, message: VirtualMessage) -> Detail:
    """The :class:`Detail` of a stored message ``record`` (``message`` is its load)."""
    duration = record.get("call_duration")
    kind = _type_of(record)
    units = (
        duration
        if kind == MessageType.CALL and isinstance(duration, int) and duration >= 0
        else message.parts
    )
    operator = _name(record.get("operator"))
    orig = record.get("operator_orig")
    # send.php files an HLR request's result under "hlr" when it takes the request; the
    # result is the answer of the final status, so it shows only from then on.
    stored = record.get("hlr")
    hlr: dict[str, JSON] = (
        stored if isinstance(stored, dict) and message.status not in (-1, 0) else {}
    )
    return Detail(
        type=kind,
        mcc=_digits(record.get("mcc")),
        mnc=_digits(record.get("mnc")),
        country=_name(record.get("country")),
        operator=operator,
        operator_orig=operator if orig is None else _name(orig),
        region=_name(record.get("region")),
        imsi=_digits(hlr.get("imsi")),
        msc=_digits(hlr.get("msc")),
        rcn=_name(hlr.get("rcn")),
        rnet=_name(hlr.get("rnet")),
        units=units if isinstance(units, int) else message.parts,
    )


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
            found = [_lookup(tx, state, ctx.account, *pair) for pair in keys]
        for (message_id, phone), hit in zip(keys, found, strict=True):
            extra: dict[str, Any] = {"id": message_id} if command.multiple else {}
            if command.multiple and level == 0:
                extra["phone"] = phone
            if hit is not None:
                replies.append(_status_reply(*hit, level, extra))
            elif command.fmt == 1 and not command.multiple:
                # Line 1788: "For fmt = 1, a response is returned in the format of the
                # status of a regular message."
                replies.append(_not_found_line(phone, level))
            else:
                replies.append(StatusNotFoundReply(status=-3, **extra))
        return writable(command, replies if command.multiple else replies[0])

    @handles(gateway, StatusDelete)
    def delete(command: StatusDelete, ctx: Context[str]) -> StatusDeleteReply:
        """status.php?del=1: forget the messages named."""
        with state.store.transaction() as tx:
            for message_id, phone in _keys(command.ids, command.phone):
                state.delete(tx, ctx.account, message_id, phone)
        return StatusDeleteReply(result="OK")


def _lookup(
    tx: Transaction, state: VirtualState, login: str, message_id: int | str, phone: str
) -> tuple[VirtualMessage, Detail] | None:
    hit = state.find(tx, login, message_id, phone)
    if hit is None:
        return None
    key, message = hit
    record = tx.get(MESSAGE, key) or {}
    return message, detail_of(record, message)


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


def _status_reply(
    message: VirtualMessage, detail: Detail, level: int, extra: dict[str, Any]
) -> SmsStatusReply | HlrStatusReply:
    if detail.type == MessageType.HLR:
        return _hlr_reply(message, detail, level, extra)
    reply = SmsStatusReply(flag=detail.flag, **now_fields(message), **extra)
    if level == 0:
        return reply
    fields = sent_fields(message)
    # Line 1601: "<sms_cnt> – number of parts in an SMS message (or seconds in a voice
    # message)".
    fields.update(comment="", type=detail.type, sms_cnt=detail.units)
    if level == 2:
        fields.update(
            mccmnc=detail.mccmnc,
            country=detail.country,
            operator=detail.operator,
            operator_orig=detail.operator_orig,
            region=detail.region,
        )
    return dataclasses.replace(reply, **fields)


def _hlr_reply(
    message: VirtualMessage, detail: Detail, level: int, extra: dict[str, Any]
) -> HlrStatusReply:
    # Spec (lines 1605-1757): every level carries the HLR result -- imsi, msc, mcc, mnc,
    # cn, net, rcn, rnet; all=1 adds the message as sent and "type" ("for HLR, it is
    # equal to 4", line 1787); all=2 country, operator and region. QUIRKS INC-20: no
    # comment, sms_cnt, mccmnc or operator_orig.
    reply = HlrStatusReply(
        flag=detail.flag,
        **now_fields(message),
        imsi=detail.imsi,
        msc=detail.msc,
        mcc=detail.mcc,
        mnc=detail.mnc,
        cn=detail.country,
        net=detail.operator,
        rcn=detail.rcn,
        rnet=detail.rnet,
        **extra,
    )
    if level == 0:
        return reply
    fields = sent_fields(message)
    del fields["sms_cnt"]
    fields["type"] = MessageType.HLR
    if level == 2:
        fields.update(country=detail.country, operator=detail.operator, region=detail.region)
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
