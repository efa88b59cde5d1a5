"""The virtual gateway's ``send.php`` and ``rest/send`` (private).

Spec (line 971): "During virtual sending, all messages will have the final status
"Delivered", but during the sending process, the messages will go through all the
stages of processing along the chain". Every kind of message is accepted (lines 70-110,
683-706) and priced by the tariff table (``_virtual_tariffs.py``): SMS, flash, binary
(by bytes), WAP push and ping by SMS parts, HLR, MMS and voice messages by their zone's
prices, e-mail and messenger messages by :data:`KIND_PRICES`. ``cost=1`` only asks
(line 40); ``op=1`` lists each recipient (lines 295-297); ``time``, ``tz``,
``period`` and ``freq`` hold messages back on the clock (lines 60-69); ``valid`` ends
their life (line 149); ``maxsms`` cuts them (line 150); ``translit`` and ``tinyurl``
rewrite their text (lines 53-58).

Errors 6, 7 and 8 (lines 217-219) come from :attr:`Faults.number_errors` and from the
rules of :func:`number_error`; error 3 when the balance is short. All four carry the
message id, the client's or the one the gateway assigned (line 177: "ERROR = N
(description), ID - <id сообщения> – for 3 errors,6,7,8"). One erroneous recipient
refuses the whole request and nothing is charged: ``err=1``'s list of wrong numbers has
no documented layout (QUIRKS INC-05), so the reply never needs one.

The other scripts' state acts on a send: a ``G<n>`` code sends to phones.php's group
``n`` (line 385); a recipient on the account's blacklist (phones.php, mails.php) and a
sender name senders.php has not allowed (line 52: "All names are registered in your
personal account") are filed but not sent -- status 23 "Banned" (line 1811), error 252
or 254, nothing charged; a sub-account pays its plan's price in its currency
(users.php); ``imgcode`` is checked against the code imgcode.php showed ``userip``
(lines 3738-3740); the message ids are the gateway's one numbering, which jobs.php's
rounds share.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._scripts.send import RestSend, Send, SendPhone, SendReply
from ..values import (
    MessageType,
    Phone,
    Recipient,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendTime,
    count_segments,
    parse_binary,
    parse_commented_message,
    parse_prefixed_message,
    truncate_to_parts,
)
from ._clock import MOSCOW, from_moscow, moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Transaction
from ._virtual_book_lists import blacklist_lock, expand_groups
from ._virtual_calls import call_seconds, dialling
from ._virtual_imgcode import check_imgcode
from ._virtual_senders import active_sender
from ._virtual_state import (
    BAD_PARAMETERS,
    STAGE,
    VirtualMessage,
    VirtualState,
    handles,
    recipient_text,
)
from ._virtual_tariffs import KIND_PRICES, OPERATORS, Route, route
from ._virtual_text import shorten_links, transliterate

__all__ = ["MESSAGE_TYPES", "number_error", "register", "send_time"]

#: Spec (line 214): "3 Insufficient funds on the Client's account."
_NO_MONEY: Final = (3, "Insufficient funds on the Client's account.")
#: Spec (lines 217-219): the descriptions of errors 6, 7 and 8.
#: INC-55: the spec's captcha example (line 3758) reads ``$r[1] == -10`` as "Вы ввели
#: неверный код с картинки!" ("You entered a wrong code from the image!"); the error
#: table of send.php has no 10.
_WRONG_IMGCODE: Final = (10, "Wrong code from the image (imgcode).")
#: Spec (line 1811): "23 Banned Occurs when restrictions are triggered ... on numbers
#: from the blacklist ... or senders ' names (Sender ID)."
_BANNED: Final = 23
#: Spec (lines 1849, 1867): "252 Number not permitted" / "252 E-mail address is
#: prohibited Occurs, for example, when the specified e-mail address is found in the
#: blacklist."
_BLACKLISTED: Final = 252
#: Spec (line 1851): "254 Unregistered sender id This error occurs when you try to send
#: a message from an unregistered sender name."
_UNREGISTERED_SENDER: Final = 254
#: Spec (line 2017): the blacklist lock types that stop a send.php message -- "0 – all
#: messages" and "2 – single messages" (1, "mass mailing lists", is jobs.php's).
_SEND_LOCKS: Final = frozenset({0, 2})
_NUMBER_ERRORS: Final = {
    6: "The message is forbidden (by text or by the sender's name).",
    7: "Invalid phone number format.",
    8: "The message to the specified number can not be delivered.",
}

#: The type code of each kind (line 1600: "0 – SMS, 1 – Flash-SMS, 2 – Binary SMS, 3 –
#: Wap-push, 4 – HLR-request, 5 – Ping-SMS, 6 – MMS, 7 – Call, 8 – E-mail, 10 – Viber,
#: 12 – Social Networks"). The list has no code for WhatsApp or Telegram: they are
#: filed under 12, the messaging networks, and keep their own ``kind``.
MESSAGE_TYPES: Final = {
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
}

#: The kinds an operator's SMS centre carries: a fixed line gets none (error 8).
_SMS_KINDS: Final = frozenset({"sms", "flash", "bin", "push", "ping", "hlr", "mms"})
#: The kinds whose text translit rewrites (line 53: a message "in translit").
_TRANSLIT_KINDS: Final = frozenset({"sms", "flash"})
#: The kinds whose text is sent as written, links and all (tinyurl leaves them alone).
_RAW_KINDS: Final = frozenset({"bin", "push", "hlr", "ping", "call"})
#: Binary SMS capacity: 140 octets, 134 per part once a 6-octet concatenation header is
#: added (3GPP TS 23.040; the spec counts parts but gives no sizes for binary).
_BIN_SINGLE: Final = 140
_BIN_PART: Final = 134
#: The names an SMS sender may not take (line 1857: it is forbidden "to specify as the
#: sender ... the number of the recipient of messages, the names of operators").
_OPERATOR_NAMES: Final = frozenset(
    op.name.casefold().replace(" ", "") for op in OPERATORS if op.name
)


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


def number_error(kind: str, where: Route | None, sender: str | None) -> int | None:
    """The send error the gateway's rules give a recipient, or ``None``.

    * 7 "Invalid phone number format": a number whose length its country's numbers
      never have (the tariff table's ``digits``; error 249, line 1846: "the mobile code
      of the specified number and the number length corresponding to this code are
      incorrect");
    * 8 "The message to the specified number can not be delivered": an SMS kind to a
      fixed line (line 1829: "It can also be a landline number without receiving
      messages");
    * 6 "The message is forbidden (by text or by the sender's name)": a sender that is
      an operator's name or the recipient's own number (line 1857).
    """
    if where is None:
        return None
    if not where.valid_length:
        return 7
    if kind in _SMS_KINDS and not where.takes_sms:
        return 8
    if sender is not None and kind != "mail":
        name = sender.casefold().replace(" ", "")
        if name in _OPERATOR_NAMES or name.lstrip("+") == where.number:
            return 6
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Line:
    """One message to one recipient, priced, before it is filed."""

    phone: str
    text: str
    comment: str
    sender: str | None
    tz: int | None
    where: Route | None
    parts: int
    cost: Decimal
    seconds: int = 0
    #: The error of status 23 "Banned" the message ends in, or ``None``: sent.
    banned: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Sending:
    """One send request being answered: what every step of it reads."""

    state: VirtualState
    tx: Transaction
    command: Send | RestSend
    kind: str
    login: str
    now: datetime


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


def _kind(command: Send | RestSend) -> str:
    try:
        return command._kind()
    except LocalProtocolError as exc:  # pragma: no cover - the decoder ran the same check
        raise GatewayError(BAD_PARAMETERS, f"Error in parameters: {exc}") from None


def _send(state: VirtualState, command: Send | RestSend, ctx: Context[str]) -> SendReply:
    login, now, faults = ctx.account, ctx.now, state.faults
    kind = _kind(command)
    with state.store.transaction() as tx:
        state.admit(tx, "send.cost" if command.cost == 1 else "send", login, ctx.request, now)
        _check_imgcode(tx, command, now)
        sending = _Sending(state=state, tx=tx, command=command, kind=kind, login=login, now=now)
        lines = _lines(sending)
        failure: tuple[int, str] | None = None
        for line in lines:
            code = faults.number_error(line.phone) or number_error(kind, line.where, line.sender)
            if code is not None:
                failure = (code, _NUMBER_ERRORS[code])
                break
        cnt = sum(line.parts for line in lines)
        cost: Decimal = sum((line.cost for line in lines), Decimal("0.00"))
        phones = _op_lines(lines) if command.op else None
        if command.cost == 1:
            # Spec (line 40): cost=1 gets the cost "without actually sending".
            if failure is not None:
                raise GatewayError(*failure)
            return SendReply(cnt=cnt, cost=cost, phones=phones)
        # The id is taken before any check, so that errors 3, 6, 7 and 8 can name it
        # (line 177); the transaction commits it even when the send is refused.
        message_id = command.id if command.id is not None else state.next_message_id(tx)
        balance = state.balance(tx, login)
        if failure is None and cost > balance:
            failure = _NO_MONEY
        if failure is None:
            new_balance: Decimal = balance - cost
            state.set_balance(tx, login, new_balance)
            _file(sending, lines, message_id)
    if failure is not None:
        raise GatewayError(*failure, message_id)
    if command.cost == 2:
        return SendReply(id=message_id, cnt=cnt, cost=cost, phones=phones)
    if command.cost == 3:
        return SendReply(id=message_id, cnt=cnt, cost=cost, balance=new_balance, phones=phones)
    return SendReply(id=message_id, cnt=cnt, phones=phones)


def _check_imgcode(tx: Transaction, command: Send | RestSend, now: datetime) -> None:
    """Spec (lines 3738-3740): the captcha code is passed "as the value of the imgcode
    parameter" with "the IP address of the user to whom the image was displayed as the
    value of the userip parameter" -- the code imgcode.php showed that address.

    Raises:
        GatewayError: error 10 (INC-55) for a code that is not the one shown, expired or
            used already.
    """
    if command.imgcode is None:
        return
    if not check_imgcode(tx, command.userip or "", command.imgcode, now):
        raise GatewayError(*_WRONG_IMGCODE)


def _op_lines(lines: list[_Line]) -> tuple[SendPhone, ...]:
    # Spec (lines 295-297, 315): op=1 adds a line per recipient -- phone, mccmnc ("the
    # numeric code of the subscriber's country plus the numeric code of the subscriber's
    # operator", empty without one), cost, status (-1: waiting) and error.
    return tuple(
        SendPhone(
            phone=line.phone,
            mccmnc="" if line.where is None else line.where.mccmnc,
            cost=line.cost,
            status=-1,
            error=0,
        )
        for line in lines
    )


def _lines(sending: _Sending) -> list[_Line]:
    """Every recipient of every message of the request, with its text and price."""
    command = sending.command
    entries: list[tuple[tuple[Recipient, ...], str, str | None, int | None]]
    if command.list is not None:
        # Spec (lines 138-148): "phones1:mes1 ... sender1,tz1|phones1:mes1"; "The
        # messages in the request are assigned a single identifier."
        entries = [
            (e.phones.entries, e.message, e.sender or command.sender, e.tz)
            for e in command.list_entries or ()
        ]
    else:
        phones = command.phones.entries if command.phones is not None else ()
        entries = [(phones, command.mes or "", command.sender, command.tz)]
    lines: list[_Line] = []
    for recipients, mes, sender, tz in entries:
        text, comment = _text(sending, mes)
        unregistered = _unregistered(sending, sender)
        mail = sending.kind == "mail"
        for entry in expand_groups(sending.tx, sending.login, recipients, mail=mail):
            where = route(recipient_text(entry)) if isinstance(entry, Phone) else None
            lock = blacklist_lock(sending.tx, sending.login, entry)
            banned = _BLACKLISTED if lock in _SEND_LOCKS else unregistered
            parts, cost, seconds = _price(sending, text, where)
            if banned is not None:
                cost = Decimal("0.00")
            lines.append(
                _Line(
                    phone=recipient_text(entry),
                    text=text,
                    comment=comment,
                    sender=sender,
                    tz=tz,
                    where=where,
                    parts=parts,
                    cost=cost,
                    seconds=seconds,
                    banned=banned,
                )
            )
    if not lines:
        raise GatewayError(BAD_PARAMETERS, "Error in parameters: phones: no recipient.")
    return lines


def _unregistered(sending: _Sending, sender: str | None) -> int | None:
    """Error 254 when ``sender`` is no name senders.php allows the account to use.

    Spec (line 52): "sender The sender's name displayed on the recipient's phone ... All
    names are registered in your personal account"; (lines 1851, 1869): "254
    Unregistered sender id", for an e-mail "an unregistered e-mail address of the
    sender" (senders.php's ``mail=1`` names). An HLR request shows no name to anybody:
    its sender is not checked.
    """
    if sender is None or sending.kind == "hlr":
        return None
    state, tx = sending.state, sending.tx
    if active_sender(state, tx, sending.login, sender, sending.now):
        return None
    return _UNREGISTERED_SENDER


def _text(sending: _Sending, mes: str) -> tuple[str, str]:
    """The text sent and the comment kept (line 363: the comment "will not be sent to
    subscribers and will not affect the cost")."""
    command, kind = sending.command, sending.kind
    if kind == "bin":
        # A binary message's "\n~~~\n" introduces its pid/dcs trailer (line 79), not a
        # comment.
        return _cut_binary(mes, command), ""
    body = parse_prefixed_message(mes).message if command.list is None else mes
    commented = parse_commented_message(body)
    text = commented.message
    if kind in _TRANSLIT_KINDS and command.translit:
        text = transliterate(text, command.translit)
    if command.tinyurl and kind not in _RAW_KINDS:
        text = shorten_links(sending.tx, sending.login, text, sending.now)
    if kind in _TRANSLIT_KINDS and command.maxsms is not None:
        # Spec (line 150): "Messages that are too long will be truncated so as not to
        # overwhelm the number of SMS messages required to transmit them."
        text = truncate_to_parts(text, command.maxsms)
    return text, commented.comment or ""


def _binary_octets(mes: str, command: Send | RestSend) -> bytes:
    try:
        return parse_binary(mes, bin=1 if command.bin == 1 else 2).to_bytes()
    except RemoteProtocolError as exc:  # pragma: no cover - the decoder parsed it already
        raise GatewayError(BAD_PARAMETERS, f"Error in parameters: mes: {exc}") from None


def _bin_parts(octets: int) -> int:
    return 1 if octets <= _BIN_SINGLE else math.ceil(octets / _BIN_PART)


def _cut_binary(mes: str, command: Send | RestSend) -> str:
    """``maxsms`` on a binary message: its octets cut to fit the parts (line 150)."""
    if command.maxsms is None:
        return mes
    octets = _binary_octets(mes, command)
    if _bin_parts(len(octets)) <= command.maxsms:
        return mes
    keep = _BIN_SINGLE if command.maxsms == 1 else _BIN_PART * command.maxsms
    cut = octets[:keep]
    return cut.hex().upper() if command.bin == 2 else cut.decode("latin-1")


def _price(sending: _Sending, text: str, where: Route | None) -> tuple[int, Decimal, int]:
    """``(cnt, cost, seconds)`` of one message to one recipient."""
    command, kind, state, tx, login = (
        sending.command,
        sending.kind,
        sending.state,
        sending.tx,
        sending.login,
    )
    country = None if where is None else where.country

    def paid(base: Decimal) -> Decimal:
        # A sub-account pays its plan's price in its currency (users.php).
        return state.price_in_plan(tx, login, base)

    # "+" keeps the number as the route read it (no 8 -> 7 correction a second time).
    sms = Decimal("0.00") if where is None else state.price_for(tx, login, "+" + where.number)
    if kind in ("sms", "flash", "push"):
        parts = count_segments(text).parts
        return parts, sms * parts, 0
    if kind == "bin":
        parts = _bin_parts(len(_binary_octets(text, command)))
        return parts, sms * parts, 0
    if kind == "ping":
        return 1, sms, 0
    if kind == "hlr":
        return 1, Decimal("0.00") if country is None else paid(country.hlr), 0
    if kind == "mms":
        mms = None if country is None else country.mms
        return 1, paid(KIND_PRICES["mms_other"] if mms is None else mms), 0
    if kind == "call":
        files = len(getattr(command, "attachments", ())) + (command.fileurl is not None)
        seconds = call_seconds(text, files)
        minutes = math.ceil(seconds / 60)
        call = Decimal("0.00") if country is None else paid(country.call) * minutes
        return seconds, call, seconds
    return 1, paid(KIND_PRICES[kind]), 0


def _send_times(
    command: Send | RestSend, lines: list[_Line], now: datetime
) -> list[datetime | None]:
    """When each recipient's message goes to the operator (``None``: at once).

    Spec (lines 68-69): "period - The period of time during which you need to send the
    newsletter ... freq - The interval or frequency at which to send an SMS message to
    the next group of numbers. The number of numbers in the group is calculated
    automatically based on the period and freq parameters." The recipients are cut into
    ``period / freq`` groups of equal size (one group per recipient without ``freq``),
    the k-th sent k intervals after the start.
    """
    starts = [send_time(command.time, line.tz, now) for line in lines]
    if command.period is None:
        return starts
    total = timedelta(hours=float(command.period))
    if command.freq is None:
        step = total / len(lines)
        size = 1
    else:
        step = timedelta(minutes=command.freq)
        groups = max(int(total / step), 1)
        size = math.ceil(len(lines) / groups)
    times: list[datetime | None] = []
    for index, start in enumerate(starts):
        offset = step * (index // size)
        base = now if start is None else start
        times.append(None if start is None and not offset else base + offset)
    return times


def _file(sending: _Sending, lines: list[_Line], message_id: int | str) -> None:
    """File every message and schedule its statuses."""
    state, command, kind, now = sending.state, sending.command, sending.kind, sending.now
    valid = None if command.valid is None else timedelta(minutes=command.valid.minutes)
    for line, send_at in zip(lines, _send_times(command, lines, now), strict=True):
        status, err = state.faults.outcome(line.phone)
        final_after, attempts, spoken = None, 0, 0
        if kind == "call":
            final_after, attempts, spoken = dialling(
                command.param, 0 if status == 1 else err, line.seconds
            )
        where = line.where
        message = VirtualMessage(
            id=message_id,
            phone=line.phone,
            text=line.text,
            parts=line.parts,
            cost=line.cost,
            sent_at=now,
            sender=line.sender,
            login=sending.login,
            send_at=send_at,
            kind=kind,
            type=int(MESSAGE_TYPES[kind]),
            comment=line.comment,
            subject=command.subj or (line.sender if kind == "mms" else None),
            mcc="" if where is None else where.mcc,
            mnc="" if where is None else where.mnc,
            country="" if where is None else where.country.name,
            operator="" if where is None else where.operator_name,
            call_duration=spoken,
            call_attempts=attempts,
            hlr=_hlr(where, status, err) if kind == "hlr" else (),
        )
        stored = state.add_message(
            sending.tx, message, valid=valid, outcome=(status, err), final_after=final_after
        )
        if line.banned is not None:
            # -1, then 23 "Banned" a step later: the message never reaches the operator.
            key = f"{stored.login}/{stored.int_id:012d}"
            sending.tx.cancel(STAGE, key)
            when = now + timedelta(seconds=state.step)
            sending.tx.schedule(when, STAGE, key, {"status": _BANNED, "err": line.banned})


def _digits(seed: str, count: int) -> str:
    """``count`` decimal digits that depend only on ``seed`` (the same number always
    gets the same IMSI and MSC)."""
    value = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest(), "big")
    return str(value)[-count:].rjust(count, "0")


def _hlr(where: Route | None, status: int, err: int) -> tuple[tuple[str, str], ...]:
    """An HLR request's result (lines 1767-1774).

    Its outcome is the number's (:attr:`Faults.outcomes`): status 1 err 0, "The
    subscriber exists and is available" (line 1823), by default. A subscriber found has
    an IMSI (mcc + mnc + 9-10 digits, 15 in all) and an MSC (the country code and 9
    digits); one not found has neither. Virtual subscribers are never roaming: ``rcn``
    and ``rnet`` are empty.
    """
    if where is None:
        return ()
    found = status == 1 and err == 0 and bool(where.mnc)
    code = where.country.codes[0] if where.country.codes else where.number[:3]
    imsi = where.mcc + where.mnc + _digits("imsi:" + where.number, 15 - 5) if found else ""
    msc = code + _digits("msc:" + where.number, 9) if found else ""
    return (
        ("imsi", imsi[:15]),
        ("msc", msc),
        ("mcc", where.mcc),
        ("mnc", where.mnc),
        ("cn", where.country.name if where.mcc else ""),
        ("net", where.operator_name),
        ("rcn", ""),
        ("rnet", ""),
    )
