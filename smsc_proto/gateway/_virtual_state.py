"""The virtual gateway's state in the store, and the rules every script shares (private).

Everything the virtual gateway knows is a record of its :class:`~smsc_proto.gateway.Store`
(docs/gateway_store.rst, "How the virtual gateway's state maps onto kinds"), so a
:class:`~smsc_proto.gateway.SQLiteStore` keeps it across a restart:

===================  ==============================  =========================================
kind                 key                             record
===================  ==============================  =========================================
``account``          login                           password hash, balance
``apikey``           SHA-256 of the key              the login it acts as
``message``          ``login/int_id`` (12 digits)    one message to one recipient, its status
``message.id``       ``login/id/phone``              the ``message`` key the pair names now
``incoming``         ``login/id`` (12 digits)        an incoming message (``inject_incoming``)
``peer``             the caller's address            error replies counted, blocked until
``callback.log``     ``delivery key/attempt``        one callback request and its answer
``window``           ``limit:subject``               error-9 hits (``_windows.py``)
===================  ==============================  =========================================

The due queue holds ``stage`` entries (the next status of a message, at the time it
takes it) and ``callback`` entries (``_retries.py``: a pending callback and its lease).
Secrets are never stored: passwords and keys are kept as SHA-256 digests.
"""

from __future__ import annotations

import contextvars
import dataclasses
import hashlib
import hmac
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Final, TypeVar

from .._callbacks import CallConfirmation, IncomingMessage, StatusCallback
from .._command import Command
from .._errors import GatewayError, LocalProtocolError
from .._handler_url import HandlerUrl
from .._wire import Request
from ..values import (
    MessageType,
    PhoneList,
    Recipient,
    format_phone_list,
    message_type_from_int,
)
from ._clock import Clock, moscow
from ._context import Context
from ._faults import Faults
from ._gateway import Gateway
from ._retries import queue_callback
from ._store import (
    JSON,
    Due,
    Record,
    Store,
    Transaction,
    dump_money,
    dump_time,
    load_money,
    load_time,
)
from ._virtual_accounts import PRICE_PLACES, SHARES_TARIFF, convert, plan_price
from ._virtual_tariffs import route
from ._windows import RATE_LIMITS, admit, identical_subject

__all__ = [
    "ACCOUNT",
    "APIKEY",
    "CALLBACK_LOG",
    "INCOMING",
    "MESSAGE",
    "MESSAGE_ID",
    "PEER",
    "STAGE",
    "STATUS_NAMES",
    "VirtualMessage",
    "VirtualState",
    "handles",
    "mark_answered",
    "moscow_seconds",
    "moscow_text",
    "recipient_text",
]

R = TypeVar("R")

ACCOUNT: Final = "account"
APIKEY: Final = "apikey"
MESSAGE: Final = "message"
MESSAGE_ID: Final = "message.id"
INCOMING: Final = "incoming"
PEER: Final = "peer"
CALLBACK_LOG: Final = "callback.log"
#: The due-queue kind of a message's next status.
STAGE: Final = "stage"
#: How many main accounts a chain of sub-accounts may climb (users.php lets a
#: sub-client have sub-clients of its own).
_MAX_DEPTH: Final = 16
#: The gateway's message numbers (``int_id``, spec line 2871) start here.
_INT_ID_BASE: Final = 1_000_000

#: Spec (lines 1798-1813): the names of the statuses, as ``status.php?all=1`` writes them.
STATUS_NAMES: Final = {
    -3: "Message not found",
    -2: "Stopped",
    -1: "Waiting send",
    0: "Transferred to the operator",
    1: "Delivered",
    2: "Read",
    3: "Expired",
    4: "Click on link",
    20: "Unable to deliver",
    22: "Wrong number",
    23: "Banned",
    24: "Insufficient funds",
    25: "Unavailable number",
}

#: Spec (line 212): "1 Error in parameters."
BAD_PARAMETERS: Final = 1
#: Spec (line 215): "4 IP address is temporarily blocked due to frequent errors in the
#: queries."
BLOCKED: Final = (4, "IP address is temporarily blocked due to frequent errors in the queries.")
#: Spec (line 220): error 9.
TOO_MANY: Final = 9


@dataclass
class _Exchange:
    answered: bool = False


# Whether the request being answered got a reply rather than an error (per thread and
# task): error 4 counts the error replies an address gets.
_EXCHANGE: Final[contextvars.ContextVar[_Exchange | None]] = contextvars.ContextVar(
    "smsc_proto_virtual_exchange", default=None
)


def mark_answered() -> None:
    """Note that the current request got a reply, not an error."""
    exchange = _EXCHANGE.get()
    if exchange is not None:
        exchange.answered = True


@contextmanager
def exchange() -> Iterator[_Exchange]:
    """Track whether the request answered inside the block got a reply."""
    current = _Exchange()
    token = _EXCHANGE.set(current)
    try:
        yield current
    finally:
        _EXCHANGE.reset(token)


def recipient_text(entry: Recipient) -> str:
    """One recipient as the request wrote it (the key of its messages)."""
    return format_phone_list(PhoneList(entries=(entry,)))


def secret_digest(secret: str) -> str:
    """What the store keeps of a password or key: its SHA-256, never the secret."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class VirtualMessage:
    """One message to one recipient, as the virtual gateway keeps it.

    Args:
        id: The message id (the client's, or the gateway's own number).
        phone: The recipient as the request wrote it.
        text: The message text.
        parts: SMS parts (spec line 49), what the message costs by.
        cost: What it cost.
        sent_at: When it was accepted (aware, UTC; the gateway writes it in Moscow time).
        sender: The sender name, if the request named one.
        login: The account that sent it.
        int_id: The gateway's global message number (line 2871), unique per message
            and recipient.
        status: Its status now (-1, 0, then the final one: 1 unless the faults say
            otherwise, 3 when it expired).
        err: The error code of the status (spec lines 1825-1860; 0: no error).
        status_at: When it took that status (aware, UTC).
        send_at: When it goes to the operator, if the request's ``time`` put it later.
        kind: The send.php kind that sent it: ``"sms"``, ``"flash"``, ``"bin"``,
            ``"push"``, ``"hlr"``, ``"ping"``, ``"mms"``, ``"mail"``, ``"soc"``,
            ``"viber"``, ``"whatsapp"``, ``"call"`` or ``"bot"``.
        type: Its type code (spec line 1600: 0 SMS, 1 Flash, 2 Binary, 3 Wap-push, 4
            HLR, 5 Ping, 6 MMS, 7 Call, 8 E-mail, 10 Viber, 12 Social networks;
            WhatsApp and Telegram, which the list lacks, are filed under 12).
        comment: The comment after ``"\\n~~~\\n"`` (line 363; never sent, never billed).
        subject: The subject of an MMS or e-mail (line 126).
        mcc: The country code of the number (the tariff table; ``""`` outside it).
        mnc: The operator code (``""`` without a mobile operator).
        country: The number's country name (``""`` for e-mail and messenger ids).
        operator: The number's operator name.
        region: The number's region (the tariff table has none: ``""``).
        call_duration: A voice message's seconds of speech when answered, else 0.
        call_attempts: How many times a voice message was dialled (0: not a call).
        ivr_visits: The voice-menu items the subscriber went to, in order: (key path,
            seconds into the call) (:meth:`VirtualGateway.press_keys`).
        hlr: An HLR request's result fields (``imsi``, ``msc``, ``mcc``, ``mnc``,
            ``cn``, ``net``, ``rcn``, ``rnet``; lines 1767-1774), empty otherwise.
    """

    id: int | str
    phone: str
    text: str
    parts: int
    cost: Decimal
    sent_at: datetime
    sender: str | None = None
    login: str = ""
    int_id: int = 0
    status: int = -1
    err: int = 0
    status_at: datetime | None = None
    send_at: datetime | None = None
    kind: str = "sms"
    type: int = 0
    comment: str = ""
    subject: str | None = None
    mcc: str = ""
    mnc: str = ""
    country: str = ""
    operator: str = ""
    region: str = ""
    call_duration: int = 0
    call_attempts: int = 0
    ivr_visits: tuple[tuple[str, int], ...] = ()
    hlr: tuple[tuple[str, str], ...] = ()

    @property
    def mccmnc(self) -> str:
        """``mcc`` + ``mnc`` (spec line 315), or ``""`` without a mobile operator."""
        return self.mcc + self.mnc if self.mnc else ""

    @property
    def status_name(self) -> str:
        """The status's name in the spec's table (lines 1798-1813)."""
        return STATUS_NAMES.get(self.status, str(self.status))

    def to_json(self) -> dict[str, JSON]:
        """The message as the admin view shows it: dates in Moscow time."""
        return {
            "login": self.login,
            "id": self.id,
            "int_id": self.int_id,
            "phone": self.phone,
            "text": self.text,
            "parts": self.parts,
            "cost": dump_money(self.cost),
            "sender": self.sender,
            "status": self.status,
            "status_name": self.status_name,
            "err": self.err,
            "sent": moscow_text(self.sent_at),
            "status_time": moscow_text(self.status_at or self.sent_at),
            "send_at": None if self.send_at is None else moscow_text(self.send_at),
            **_detail_fields(self),
        }


def _detail_fields(message: VirtualMessage) -> dict[str, JSON]:
    """The fields of a message beyond an SMS's (kind, geography, call, HLR)."""
    return {
        "kind": message.kind,
        "type": message.type,
        "comment": message.comment,
        "subject": message.subject,
        "mcc": message.mcc,
        "mnc": message.mnc,
        "country": message.country,
        "operator": message.operator,
        "region": message.region,
        "call_duration": message.call_duration,
        "call_attempts": message.call_attempts,
        "ivr_visits": [[path, at] for path, at in message.ivr_visits],
        "hlr": dict(message.hlr),
    }


def moscow_text(when: datetime) -> str:
    """``when`` as the gateway writes a date: ``DD.MM.YYYY hh:mm:ss``, Moscow time."""
    return moscow(when).strftime("%d.%m.%Y %H:%M:%S")


def moscow_seconds(when: datetime) -> datetime:
    """``when`` as the gateway writes a date: Moscow wall time to the second (the wire's
    ``DD.MM.YYYY hh:mm:ss`` has no fraction)."""
    return moscow(when).replace(microsecond=0)


def _message_record(message: VirtualMessage) -> Record:
    return {
        "login": message.login,
        "id": message.id,
        "int_id": message.int_id,
        "phone": message.phone,
        "text": message.text,
        "parts": message.parts,
        "cost": dump_money(message.cost),
        "sender": message.sender,
        "sent_at": dump_time(message.sent_at),
        "status": message.status,
        "err": message.err,
        "status_at": dump_time(message.status_at or message.sent_at),
        "send_at": None if message.send_at is None else dump_time(message.send_at),
        **_detail_fields(message),
    }


def load_message(record: Record) -> VirtualMessage:
    """A message from its record."""
    send_at = record.get("send_at")
    sender = record.get("sender")
    message_id = record["id"]
    return VirtualMessage(
        id=message_id if isinstance(message_id, (int, str)) else str(message_id),
        phone=str(record["phone"]),
        text=str(record["text"]),
        parts=_int(record["parts"]),
        cost=load_money(record["cost"]),
        sent_at=load_time(record["sent_at"]),
        sender=sender if isinstance(sender, str) else None,
        login=str(record["login"]),
        int_id=_int(record["int_id"]),
        status=_int(record["status"]),
        err=_int(record["err"]),
        status_at=load_time(record["status_at"]),
        send_at=None if send_at is None else load_time(send_at),
        **_load_details(record),
    )


def _load_details(record: Record) -> dict[str, Any]:
    # Records written before these fields existed load as an SMS's defaults.
    texts = {
        name: str(record.get(name) or "")
        for name in ("comment", "mcc", "mnc", "country", "operator", "region")
    }
    subject = record.get("subject")
    visits = record.get("ivr_visits") or []
    hlr = record.get("hlr") or {}
    return {
        **texts,
        "kind": str(record.get("kind") or "sms"),
        "type": _int(record.get("type", 0)),
        "subject": subject if isinstance(subject, str) else None,
        "call_duration": _int(record.get("call_duration", 0)),
        "call_attempts": _int(record.get("call_attempts", 0)),
        "ivr_visits": tuple(
            (str(visit[0]), _int(visit[1])) for visit in visits if isinstance(visit, list)
        )
        if isinstance(visits, list)
        else (),
        "hlr": tuple((str(k), str(v)) for k, v in hlr.items()) if isinstance(hlr, dict) else (),
    }


def _int(value: JSON) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"a stored message field is not an int: {value!r}")
    return value


@dataclass(kw_only=True)
class VirtualState:
    """The virtual gateway's configuration and the store operations its scripts share.

    The scripts' handlers (``_virtual_<script>.py``) read and write the store through
    this object, inside transactions they open.
    """

    store: Store
    clock: Clock
    price: Decimal | None
    step: float
    start_balance: Decimal
    handler: HandlerUrl | None
    faults: Faults = field(default_factory=Faults)
    #: Due-queue kind -> the worker that runs its entries (a script's own time-driven
    #: work: jobs.php rounds, receive_phones.php renewals); :meth:`run_due` runs them.
    workers: dict[str, Callable[[Transaction, Due], None]] = field(default_factory=dict)

    # -- accounts ------------------------------------------------------------------------

    def balance(self, tx: Transaction, login: str) -> Decimal:
        """``login``'s balance (the starting balance for an account not yet stored);
        a sub-account sharing its main account's balance has the main account's."""
        record = tx.get(ACCOUNT, self.payer(tx, login))
        if record is None:
            return self.start_balance
        return load_money(record["balance"])

    def set_balance(self, tx: Transaction, login: str, balance: Decimal) -> None:
        """Store ``login``'s new balance (its main account's, when it shares that)."""
        login = self.payer(tx, login)
        record = tx.get(ACCOUNT, login) or {}
        tx.put(ACCOUNT, login, {**record, "balance": dump_money(balance)})

    def login_of(self, tx: Transaction, login: str | None, psw: str | None) -> str | None:
        """The account ``login`` + ``psw`` name, or ``None``."""
        if login is None or psw is None:
            return None
        record = tx.get(ACCOUNT, login) if login else None
        digest = None if record is None else record.get("psw_sha256")
        if isinstance(digest, str) and hmac.compare_digest(digest, secret_digest(psw)):
            return login
        return None

    def login_of_key(self, tx: Transaction, apikey: str) -> str | None:
        """The account an ``apikey`` acts as, or ``None``."""
        record = tx.get(APIKEY, secret_digest(apikey))
        login = None if record is None else record.get("login")
        return login if isinstance(login, str) else None

    # -- protocol faults -----------------------------------------------------------------

    def blocked(self, tx: Transaction, peer: str | None, now: datetime) -> bool:
        """Whether ``peer`` is blocked now (error 4)."""
        if peer is None or self.faults.block_after is None:
            return False
        record = tx.get(PEER, peer)
        until = None if record is None else record.get("blocked_until")
        return until is not None and load_time(until) > now

    def count_error(self, tx: Transaction, peer: str, now: datetime) -> None:
        """Count one error reply to ``peer``; block it when it reaches ``block_after``."""
        limit = self.faults.block_after
        if limit is None:
            return
        record = tx.get(PEER, peer) or {}
        until = record.get("blocked_until")
        if until is not None and load_time(until) > now:
            return  # already blocked: its error-4 replies do not extend the block
        errors = record.get("errors", 0) if until is None else 0
        count = (errors if isinstance(errors, int) else 0) + 1
        blocked_until: JSON = None
        if count >= limit:
            blocked_until = dump_time(now + timedelta(seconds=self.faults.block_for))
            count = 0
        tx.put(PEER, peer, {"errors": count, "blocked_until": blocked_until})

    def admit(
        self, tx: Transaction, limit: str, login: str, request: Request, now: datetime
    ) -> None:
        """Count the request against the error-9 window ``limit`` (when the faults turn
        the windows on).

        Raises:
            GatewayError: error 9, the window is full.
        """
        if not self.faults.rate_limits:
            return
        rule = RATE_LIMITS[limit]
        subject = (
            identical_subject(login, request.script, request.params.items())
            if rule.identical
            else login
        )
        if not admit(tx, rule, subject, now):
            raise GatewayError(
                TOO_MANY,
                f"Too many identical requests: {rule.limit} per {int(rule.window.total_seconds())} "
                f"seconds (spec line {rule.line}).",
            )

    # -- messages ------------------------------------------------------------------------

    def add_message(
        self,
        tx: Transaction,
        message: VirtualMessage,
        *,
        valid: timedelta | None,
        outcome: tuple[int, int],
        final_after: timedelta | None = None,
    ) -> VirtualMessage:
        """File ``message`` (its ``int_id`` assigned here) and schedule its statuses.

        Spec (line 971): the messages "go through all the stages of processing along the
        chain "Waiting to be sent" – "Sent to the operator" – "Delivered"". Status -1
        now; 0 ``step`` seconds later, or at ``send_at`` (line 1803: "the message will
        remain in this status until this time"); the final status ``step`` seconds after
        that (or ``final_after`` after it: a voice message's call and its redials) -- 3
        "Expired" instead if the lifetime ``valid`` ends first.
        """
        int_id = _INT_ID_BASE + tx.next_id(MESSAGE)
        key = f"{message.login}/{int_id:012d}"
        stored = dataclasses.replace(
            message, int_id=int_id, status=-1, err=0, status_at=message.sent_at
        )
        tx.put(MESSAGE, key, _message_record(stored))
        tx.put(MESSAGE_ID, _id_key(stored.login, stored.id, stored.phone), {"key": key})
        self._queue_status(tx, key, stored, message.sent_at)
        step = timedelta(seconds=self.step)
        start = (
            message.sent_at if message.send_at is None else max(message.sent_at, message.send_at)
        )
        operator_at = max(message.sent_at + step, start)
        final_at = operator_at + (step if final_after is None else final_after)
        stages: list[tuple[datetime, int, int]] = [(operator_at, 0, 0), (final_at, *outcome)]
        if valid is not None:
            expires = start + valid
            stages = [stage for stage in stages if stage[0] <= expires]
            if len(stages) < 2:
                stages.append((expires, 3, 0))
        for when, status, err in stages:
            tx.schedule(when, STAGE, key, {"status": status, "err": err})
        return stored

    def find(
        self, tx: Transaction, login: str, message_id: int | str, phone: str
    ) -> tuple[str, VirtualMessage] | None:
        """The message ``(id, phone)`` of ``login`` and its key, or ``None``."""
        index = tx.get(MESSAGE_ID, _id_key(login, message_id, phone))
        key = None if index is None else index.get("key")
        record = tx.get(MESSAGE, key) if isinstance(key, str) else None
        if record is None or not isinstance(key, str):
            return None
        return key, load_message(record)

    def delete(self, tx: Transaction, login: str, message_id: int | str, phone: str) -> None:
        """Forget the message ``(id, phone)`` and its pending statuses."""
        found = self.find(tx, login, message_id, phone)
        tx.delete(MESSAGE_ID, _id_key(login, message_id, phone))
        if found is not None:
            tx.delete(MESSAGE, found[0])
            tx.cancel(STAGE, found[0])

    def run_due(self, tx: Transaction, now: datetime) -> int:
        """Move every message whose next status fell due; how many stages were taken.

        The :attr:`workers` run first, so that what their work sends takes its stages
        that fell due in the same run.
        """
        for kind, worker in self.workers.items():
            while entries := tx.take_due(now, kind=kind, limit=500):
                for entry in entries:
                    worker(tx, entry)
        taken = 0
        while True:
            entries = tx.take_due(now, kind=STAGE, limit=500)
            for entry in entries:
                record = tx.get(MESSAGE, entry.key)
                if record is None:
                    continue
                status, err = _int(entry.payload["status"]), _int(entry.payload["err"])
                record.update(status=status, err=err, status_at=dump_time(entry.due_at))
                tx.put(MESSAGE, entry.key, record)
                self._queue_status(tx, entry.key, load_message(record), entry.due_at)
            taken += len(entries)
            if len(entries) < 500:
                return taken

    def _queue_status(
        self, tx: Transaction, key: str, message: VirtualMessage, at: datetime
    ) -> None:
        # Spec (line 3602): the handler "will be called by the Server after each
        # receipt of the delivery status" -- one callback per stage, none without a
        # handler.
        if self.handler is None:
            return
        payload: Record = {
            "type": "status",
            "id": message.id,
            "phone": message.phone,
            "status": message.status,
            "err": message.err,
            "at": dump_time(at),
            "cnt": message.parts,
            "cost": dump_money(message.cost),
            "sender": message.sender,
            "msg_type": message.type,
            **_callback_details(message),
        }
        queue_callback(tx, at, f"status:{key}:{message.status}", payload)

    def queue_incoming(self, tx: Transaction, key: str, payload: Record, at: datetime) -> None:
        """Queue the callback of an incoming message (none without a handler)."""
        if self.handler is not None:
            queue_callback(tx, at, f"incoming:{key}", {"type": "incoming", **payload})

    # -- sub-accounts (users.php) and the shared sequences -------------------------------

    def payer(self, tx: Transaction, login: str) -> str:
        """The account whose balance ``login`` spends: itself, or the main account of a
        sub-account of type 2, 3 or 4 (spec lines 2291-2294: "tariff and balance of the
        main account", "main account balance", "additional login of the main
        account")."""
        for _ in range(_MAX_DEPTH):
            record = tx.get(ACCOUNT, login)
            parent = None if record is None else record.get("parent")
            if not isinstance(parent, str) or record is None or not record.get("shares_balance"):
                return login
            login = parent
        raise LocalProtocolError(f"account {login!r}: sub-accounts nested too deep")

    def currency_of(self, tx: Transaction, login: str) -> str:
        """The three-letter currency ``login`` counts in (a main account: RUB)."""
        record = tx.get(ACCOUNT, login)
        currency = None if record is None else record.get("currency")
        return currency if isinstance(currency, str) else "RUB"

    def price_for(self, tx: Transaction, login: str, phone: str | None = None) -> Decimal:
        """What one SMS part to ``phone`` costs ``login``, in its currency.

        A main account pays :attr:`price`, or without one the tariff table's price of
        ``phone`` (``_virtual_tariffs``; Russia's when no phone is named). A sub-account
        on its main account's tariff (types 1, 2, 4, lines 2290-2294) pays what its main
        account pays, converted; one with its own plan (types 0, 3) pays ``tariff``'s
        plan price
        (``_virtual_accounts.plan_price``), converted from roubles.
        """
        base = route(phone if phone else "7").sms_price(self.price)
        return self._price(tx, login, base, 0)

    def _price(self, tx: Transaction, login: str, base: Decimal, depth: int) -> Decimal:
        record = tx.get(ACCOUNT, login)
        parent = None if record is None else record.get("parent")
        if record is None or not isinstance(parent, str):
            return base
        if depth >= _MAX_DEPTH:
            raise LocalProtocolError(f"account {login!r}: sub-accounts nested too deep")
        currency = self.currency_of(tx, login)
        if record.get("type") in SHARES_TARIFF:
            price = self._price(tx, parent, base, depth + 1)
            return convert(price, self.currency_of(tx, parent), currency, PRICE_PLACES)
        plan = record.get("tariff")
        price = plan_price(base, plan if isinstance(plan, int) else 0)
        return convert(price, "RUB", currency, PRICE_PLACES)

    def price_in_plan(self, tx: Transaction, login: str, base: Decimal) -> Decimal:
        """What a unit the gateway prices at ``base`` (roubles, a main account's price)
        costs ``login``: :meth:`price_for`'s rule for every price of the tariff table
        (an HLR request, a minute of a call, an e-mail): ``base`` for a main account,
        converted to a sub-account's plan and currency."""
        return self._price(tx, login, base, 0)

    def next_message_id(self, tx: Transaction) -> int:
        """The next message id the gateway assigns (send.php's own numbering, which
        jobs.php's rounds share so that ``status.php`` tells their messages apart)."""
        return tx.next_id("send.id")

    def queue_confirmation(self, tx: Transaction, key: str, phone: str, at: datetime) -> None:
        """Queue the callback of a confirmation call (none without a handler).

        Spec (lines 3694-3697): ``waitcall`` 1, the caller's ``phone`` and the call
        time ``ts``.
        """
        if self.handler is not None:
            payload: Record = {"type": "waitcall", "phone": phone, "at": dump_time(at)}
            queue_callback(tx, at, f"waitcall:{key}", payload)


def _callback_details(message: VirtualMessage) -> Record:
    # Lines 3661-3674: "cmt - The client's comments", and "Additional parameters for
    # HLR requests" (imsi ... rnet), which a request has once its result is in (a final
    # status); "dtmf" / "callmenu": the keys a voice-menu subscriber pressed.
    details: Record = {}
    if message.comment:
        details["cmt"] = message.comment
    if message.status not in (-1, 0):
        details.update({name: value for name, value in message.hlr if value})
        if message.ivr_visits:
            keys = "".join(path[-1] for path, _ in message.ivr_visits)
            details.update(dtmf=keys, callmenu=keys)
    return details


def _id_key(login: str, message_id: int | str, phone: str) -> str:
    return f"{login}/{message_id}/{phone}"


def callback_of(payload: Record) -> StatusCallback | IncomingMessage | CallConfirmation:
    """The callback a queued payload describes (dates in Moscow time, spec line 3630)."""
    at = load_time(payload["at"])
    if payload.get("type") == "waitcall":
        return CallConfirmation(phone=str(payload["phone"]), ts=int(at.timestamp()))
    if payload.get("type") == "incoming":
        sms_id = payload.get("sms_id")
        return IncomingMessage(
            id=_int(payload["id"]),
            sms_id=sms_id if isinstance(sms_id, (int, str)) else None,
            phone=str(payload["phone"]),
            mes=str(payload["mes"]),
            to=str(payload["to"]),
            time=int(at.timestamp()),
        )
    err = _int(payload["err"])
    sender = payload.get("sender")
    message_id = payload["id"]
    return StatusCallback(
        id=message_id if isinstance(message_id, (int, str)) else str(message_id),
        phone=str(payload["phone"]),
        status=_int(payload["status"]),
        time=moscow_seconds(at),
        ts=int(at.timestamp()),
        # Line 3632: "err - Error code ... Passed if not equal to zero."
        err=err or None,
        cnt=_int(payload["cnt"]),
        type=message_type_from_int(_int(payload.get("msg_type", MessageType.SMS))),
        cost=load_money(payload["cost"]),
        sender=sender if isinstance(sender, str) else None,
        **_callback_texts(payload),
    )


def _callback_texts(payload: Record) -> dict[str, Any]:
    return {name: str(payload[name]) for name in _CALLBACK_TEXTS if name in payload}


#: The optional text fields of a status callback a payload may carry (lines 3661-3674).
_CALLBACK_TEXTS: Final = (
    "cmt",
    "dtmf",
    "callmenu",
    "imsi",
    "msc",
    "mcc",
    "mnc",
    "cn",
    "net",
    "rcn",
    "rnet",
)


def handles(
    gateway: Gateway[str], command: type[Command[R]]
) -> Callable[[Callable[[Any, Context[str]], R]], Callable[[Any, Context[str]], R]]:
    """Register a virtual-gateway handler of ``command`` on ``gateway``.

    The handler registered refuses text the store cannot hold, then notes that the
    request got a reply (error 4 counts the rest).
    """

    def register(
        function: Callable[[Any, Context[str]], R],
    ) -> Callable[[Any, Context[str]], R]:
        def handler(cmd: Any, ctx: Context[str]) -> R:
            refuse_unstorable(ctx.request)
            reply = function(cmd, ctx)
            mark_answered()
            return reply

        handler.__name__ = handler.__qualname__ = function.__name__
        handler.__doc__ = function.__doc__
        gateway.handler(command)(handler)
        return function

    return register


def refuse_unstorable(request: Request) -> None:
    """Error 1 for a parameter whose text no store can hold.

    docs/gateway_store.rst: "No text anywhere in a store ... holds NUL (U+0000) or a
    lone surrogate ... A gateway must refuse or replace such text in a request before it
    reaches the store." The virtual gateway refuses it with spec line 212's "1 Error in
    parameters."

    Raises:
        GatewayError: error 1, naming the parameter.
    """
    for name, value in request.params.items():
        if "\x00" in value:
            raise GatewayError(
                BAD_PARAMETERS, f"Error in parameters: {name} contains NUL (U+0000)."
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise GatewayError(
                BAD_PARAMETERS, f"Error in parameters: {name} contains a lone surrogate."
            ) from None
