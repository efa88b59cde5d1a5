"""``VirtualGateway``: the spec's test mode on the gateway kit (private; exported by
``smsc_proto.gateway``).

Spec (line 971): "During virtual sending, all messages will have the final status
"Delivered", but during the sending process, the messages will go through all the
stages of processing along the chain "Waiting to be sent" – "Sent to the operator" –
"Delivered". You can get message statuses either on request or on your own http
handler."

It is a :class:`~smsc_proto.gateway.Gateway` with one small module per emulated script
(``_virtual_<script>.py``, each registering its handlers). Every one of the 70 commands
has a handler (imgcode.php's through :meth:`VirtualGateway.respond`'s pre-authentication
hook); the fallback, error 1 "... is not emulated", is the guard for a command added to
the package before its emulation. Its state is in a :class:`~smsc_proto.gateway.Store`,
its time is one :class:`~smsc_proto.gateway.Clock`, its misbehaviour one
:class:`~smsc_proto.gateway.Faults`. No I/O: a server moves the bytes and POSTs the
callbacks :meth:`VirtualGateway.due_callbacks` hands out.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from .._command import Command, Credentials
from .._errors import GatewayError, LocalProtocolError
from .._handler_url import HandlerUrl
from .._session import HttpRequest, HttpResponse
from . import (
    _virtual_balance,
    _virtual_calls,
    _virtual_documents,
    _virtual_get,
    _virtual_get_prices,
    _virtual_imgcode,
    _virtual_info,
    _virtual_jobs,
    _virtual_mails,
    _virtual_phones,
    _virtual_ping,
    _virtual_receive_phones,
    _virtual_send,
    _virtual_senders,
    _virtual_status,
    _virtual_templates,
    _virtual_tinyurls,
    _virtual_users,
    _virtual_wait_call,
)
from ._clock import Clock, VirtualClock
from ._context import Context, checked_now
from ._faults import Faults
from ._gateway import Gateway
from ._memory import MemoryStore
from ._retries import CALLBACK_KIND, Claim, claim_callbacks, settle_callback
from ._store import JSON, Record, Store, Transaction, dump_money, dump_time, load_money
from ._virtual_incoming import file_incoming
from ._virtual_state import (
    ACCOUNT,
    APIKEY,
    BAD_PARAMETERS,
    BLOCKED,
    CALLBACK_LOG,
    INCOMING,
    MESSAGE,
    VirtualMessage,
    VirtualState,
    callback_of,
    exchange,
    load_message,
    moscow_text,
    secret_digest,
)

__all__ = ["Delivery", "VirtualGateway"]

#: The emulated scripts: each module registers its commands' handlers.
_SCRIPTS: Final = (
    _virtual_send,
    _virtual_status,
    _virtual_get,
    _virtual_balance,
    _virtual_ping,
    _virtual_get_prices,
    _virtual_info,
    _virtual_jobs,
    _virtual_users,
    _virtual_documents,
    _virtual_wait_call,
    _virtual_receive_phones,
    _virtual_tinyurls,
    _virtual_phones,
    _virtual_mails,
    _virtual_templates,
    _virtual_senders,
)
#: What :meth:`VirtualGateway.admin_state` shows.
_VIEWS: Final = ("messages", "callbacks", "accounts", "clock", "incoming", "faults")
_LOG: Final = logging.getLogger("smsc_proto.gateway")
#: The login ``apikeys`` act as.
APIKEY_LOGIN: Final = "apikey"


@dataclass(frozen=True, slots=True, kw_only=True)
class Delivery:
    """One callback POST to make (:meth:`VirtualGateway.due_callbacks`).

    Args:
        key: The delivery's stable id in the store (the same across retries).
        url: The absolute URL to POST to (the handler's base and its GET part).
        body: The request body.
        content_type: Its ``Content-Type``.
        attempt: This request's number, from 1 (50 at most, spec line 3727).
    """

    key: str
    url: str
    body: bytes
    content_type: str
    attempt: int


class VirtualGateway:
    """An SMSC-compatible virtual gateway on the kit: handlers, store, clock, faults.

    It answers every command of the 19 scripts from its state: ``send.php`` and
    ``rest/send`` (every kind of message, priced by the tariff table; every ``cost``
    form, ``op=1``, ``time``, ``period``, ``valid``, ``maxsms``, ``translit``,
    ``tinyurl``), ``status.php`` (one or several ids, ``all`` 0..2, ``del=1``, the SMS,
    HLR and e-mail forms), ``get.php``, ``balance.php`` (``cur``, credit), ``info.php``,
    ``ping.php``, ``phones.php``, ``mails.php``, ``templates.php``, ``op_templates.php``,
    ``senders.php``, ``jobs.php``, ``users.php``, ``documents.php``, ``wait_call.php``,
    ``receive_phones.php``, ``tinyurls.php`` and ``imgcode.php`` (docs/emulator.rst says
    what each keeps and simplifies). Each message goes -1 -> 0 -> final
    (1, or what :attr:`Faults.outcomes` names) one stage every ``step`` seconds of the
    clock; each stage queues one status callback when a handler URL is set. Dates are
    Moscow time. Thread-safe: every change is a store transaction.

    Args:
        store: Where the state is kept (a new :class:`MemoryStore` by default). With a
            :class:`SQLiteStore` a new gateway on the same file carries on.
        clock: The time (a :class:`VirtualClock` running at real speed by default).
        faults: The protocol faults it applies (:class:`Faults`; none by default).
        handler: Where status and incoming-message callbacks go, or ``None``.
        accounts: login -> password of the accounts that may call; an account already
            in the store keeps its balance (the password is updated).
        apikeys: ``apikey`` values accepted; they act as the account ``"apikey"``.
        balance: The starting balance of a new account.
        price: One flat cost of an SMS part for every number, or ``None`` (the default)
            for the tariff table's prices by country and operator (docs/emulator.rst,
            "Tariffs"); the table prices every other kind either way.
        step: Seconds of the clock between two stages of a message.

    Raises:
        LocalProtocolError: a negative price, balance or step, or a clock, store or
            faults of the wrong type.
    """

    def __init__(
        self,
        *,
        store: Store | None = None,
        clock: Clock | None = None,
        faults: Faults | None = None,
        handler: HandlerUrl | None = None,
        accounts: Mapping[str, str] | None = None,
        apikeys: tuple[str, ...] = (),
        balance: Decimal = Decimal("100.00"),
        price: Decimal | None = None,
        step: float = 1.0,
    ) -> None:
        for name, value in (("price", price), ("balance", balance)):
            if name == "price" and value is None:
                continue
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise LocalProtocolError(f"{name}: must be a Decimal of 0 or more, got {value!r}")
        if not isinstance(step, (int, float)) or isinstance(step, bool) or not 0 <= step < 1e9:
            raise LocalProtocolError(f"step: must be 0 or more seconds, got {step!r}")
        if handler is not None and not isinstance(handler, HandlerUrl):
            raise LocalProtocolError(
                f"handler: must be a HandlerUrl or None, got {type(handler).__name__}"
            )
        if store is not None and not callable(getattr(store, "transaction", None)):
            raise LocalProtocolError(f"store: must be a Store, got {type(store).__name__}")
        clock = VirtualClock() if clock is None else clock
        if not callable(getattr(clock, "now", None)):
            raise LocalProtocolError(
                "clock: must have now() (a Clock, such as VirtualClock), "
                f"got {type(clock).__name__}"
            )
        checked_now(clock)
        self._state = VirtualState(
            store=MemoryStore() if store is None else store,
            clock=clock,
            price=price,
            step=float(step),
            start_balance=balance,
            handler=handler,
        )
        self.set_faults(Faults() if faults is None else faults)
        self._accounts = dict(accounts or {})
        self._apikeys = tuple(apikeys)
        self._claims: dict[str, Claim] = {}
        self._lock = threading.Lock()
        self._gateway: Gateway[str] = Gateway(
            authenticate=self._authenticate,
            store=self._state.store,
            clock=clock,
            fallback=_not_emulated,
        )
        for script in _SCRIPTS:
            script.register(self._gateway, self._state)
        self._add_configured()

    def __repr__(self) -> str:
        return (
            f"VirtualGateway(accounts={sorted(self._accounts)!r}, price={self.price}, "
            f"step={self.step}, faults={self.faults!r})"
        )

    # -- configuration -------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """Where the state is kept."""
        return self._state.store

    @property
    def clock(self) -> Clock:
        """The clock every time rule reads."""
        return self._state.clock

    @property
    def faults(self) -> Faults:
        """The faults in force (:meth:`set_faults` replaces them)."""
        return self._state.faults

    @property
    def gateway(self) -> Gateway[str]:
        """The kit :class:`Gateway` it is built on (accounts are logins)."""
        return self._gateway

    @property
    def handler(self) -> HandlerUrl | None:
        """Where callbacks go."""
        return self._state.handler

    @property
    def price(self) -> Decimal | None:
        """The flat cost of one SMS part, or ``None``: the tariff table's."""
        return self._state.price

    @property
    def step(self) -> float:
        """Seconds of the clock between two stages of a message."""
        return self._state.step

    def set_faults(self, faults: Faults) -> None:
        """Replace the faults in force, at once for every request that follows.

        Raises:
            LocalProtocolError: ``faults`` is not a :class:`Faults`.
        """
        if not isinstance(faults, Faults):
            raise LocalProtocolError(f"faults: must be a Faults, got {type(faults).__name__}")
        self._state.faults = faults

    def add_account(self, login: str, password: str, balance: Decimal | None = None) -> None:
        """Create the account ``login`` or change its password (and balance, if given).

        Only a digest of the password is stored.

        Raises:
            LocalProtocolError: an empty login, text the store cannot hold, or a bad
                balance.
        """
        _check_text("login", login, empty=False)
        _check_text("password", password, empty=False)
        if balance is not None and (
            not isinstance(balance, Decimal) or not balance.is_finite() or balance < 0
        ):
            raise LocalProtocolError(f"balance: must be a Decimal of 0 or more, got {balance!r}")
        with self.store.transaction() as tx:
            record = tx.get(ACCOUNT, login) or {}
            if balance is not None or "balance" not in record:
                start = self._state.start_balance if balance is None else balance
                record["balance"] = dump_money(start)
            record["psw_sha256"] = secret_digest(password)
            tx.put(ACCOUNT, login, record)
        self._accounts[login] = password

    def _add_configured(self) -> None:
        for login, password in self._accounts.items():
            self.add_account(login, password)
        for key in self._apikeys:
            _check_text("apikey", key, empty=False)
        with self.store.transaction() as tx:
            for key in self._apikeys:
                tx.put(APIKEY, secret_digest(key), {"login": APIKEY_LOGIN})
                if tx.get(ACCOUNT, APIKEY_LOGIN) is None:
                    start = dump_money(self._state.start_balance)
                    tx.put(ACCOUNT, APIKEY_LOGIN, {"balance": start})

    # -- the protocol --------------------------------------------------------------------

    def respond(self, http: HttpRequest, *, peer: str | None = None) -> HttpResponse:
        """The HTTP reply to ``http``, with the protocol faults applied.

        What fell due on the clock is run first (the statuses of the messages), then
        :meth:`Gateway.respond` answers. An address blocked by
        :attr:`Faults.block_after` gets error 4 for every request that reaches
        authentication; every other error reply to it counts towards the block.

        Args:
            http: The request as the server received it.
            peer: The caller's address, for error 4 and the log.

        Raises:
            LocalProtocolError: ``http`` is not an HttpRequest (a bug of the server).
        """
        self.run_due()
        # imgcode.php is loaded by a browser, without credentials: it gets its image
        # before the kit's authentication (_virtual_imgcode).
        image = _virtual_imgcode.image_response(self._state, http, peer, checked_now(self.clock))
        if image is not None:
            return image
        with exchange() as current:
            response = self._gateway.respond(http, peer=peer)
        if (
            peer is not None
            and self.faults.block_after is not None
            and response.status == 200
            and not current.answered
        ):
            now = checked_now(self.clock)
            with self.store.transaction() as tx:
                self._state.count_error(tx, peer, now)
        return response

    def _authenticate(self, credentials: Credentials, context: Context[None]) -> str | None:
        with self.store.transaction() as tx:
            if self._state.blocked(tx, context.peer, context.now):
                raise GatewayError(*BLOCKED)
            if credentials.apikey is not None:
                return self._state.login_of_key(tx, credentials.apikey)
            return self._state.login_of(tx, credentials.login, credentials.psw)

    def run_due(self) -> int:
        """Run the work that fell due on the clock (message stages); how many stages.

        :meth:`respond`, :meth:`due_callbacks`, :meth:`advance` and the views call it:
        a server need not.
        """
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            return self._state.run_due(tx, now)

    def advance(self, seconds: float) -> None:
        """Move the clock ahead (:meth:`VirtualClock.advance`) and run what fell due.

        Raises:
            LocalProtocolError: the clock is not a :class:`VirtualClock`, or
                ``seconds`` is negative.
        """
        clock = self.clock
        if not isinstance(clock, VirtualClock):
            raise LocalProtocolError(
                f"advance: the clock must be a VirtualClock, got {type(clock).__name__}"
            )
        clock.advance(seconds)
        self.run_due()

    # -- callbacks -----------------------------------------------------------------------

    def due_callbacks(self, limit: int = 100) -> list[Delivery]:
        """The callback requests to make now, at most ``limit``, earliest first.

        Each is leased: its retry is queued 4 minutes ahead in the same transaction
        (``DELIVERY_POLICY``, spec line 3727: "1 request every 4 minutes, total 50
        attempts"), so a delivery never reported with :meth:`delivered` -- the server
        stopped -- is made again then. Without a handler URL nothing is due.

        Raises:
            LocalProtocolError: ``limit`` is not an int of 1 or more.
        """
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise LocalProtocolError(f"limit: must be an int of 1 or more, got {limit!r}")
        handler = self.handler
        if handler is None:
            return []
        now = checked_now(self.clock)
        deliveries: list[Delivery] = []
        with self.store.transaction() as tx:
            self._state.run_due(tx, now)
            for claim in claim_callbacks(tx, now, limit=limit):
                entry = claim.entry
                try:
                    url, body, content_type = handler.encode(callback_of(entry.payload))
                except LocalProtocolError as exc:
                    # Text the handler's charset cannot carry: no retry would help. It
                    # is logged, and kept in the callback log with the reason.
                    if claim.lease is not None:
                        tx.discard(claim.lease)
                    _LOG.warning("callback %s cannot be written: %s", entry.key, exc)
                    self._log(
                        tx,
                        entry.key,
                        claim.attempt,
                        url=handler.target,
                        now=now,
                        outcome="unsendable",
                        error=str(exc),
                    )
                    continue
                self._log(tx, entry.key, claim.attempt, url=url, now=now, outcome="sent")
                deliveries.append(
                    Delivery(
                        key=entry.key,
                        url=url,
                        body=body,
                        content_type=content_type,
                        attempt=claim.attempt,
                    )
                )
                with self._lock:
                    self._claims[entry.key] = claim
        return deliveries

    def delivered(self, delivery: Delivery, *, status: int | None) -> None:
        """Report how the handler answered ``delivery``.

        Args:
            delivery: What :meth:`due_callbacks` handed out.
            status: The handler's HTTP status, or ``None`` when the connection failed.
                200 and 404 settle the delivery; anything else leaves its retry queued
                4 minutes after the attempt, 50 attempts in all.

        Raises:
            LocalProtocolError: ``delivery`` is not a Delivery or ``status`` not an HTTP
                status (100..599) or ``None``.
        """
        if not isinstance(delivery, Delivery):
            raise LocalProtocolError(f"delivery: must be a Delivery, got {type(delivery).__name__}")
        if status is not None and (
            not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599
        ):
            raise LocalProtocolError(f"status: must be an HTTP status or None, got {status!r}")
        with self._lock:
            claim = self._claims.get(delivery.key)
            if claim is not None and claim.attempt == delivery.attempt:
                del self._claims[delivery.key]
            else:
                claim = None
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            over = False
            if claim is not None:
                over = settle_callback(tx, claim, status)
            accepted = over and status is not None and status in (200, 404)
            outcome = "accepted" if accepted else ("given up" if over else "retry")
            key = _log_key(delivery.key, delivery.attempt)
            record = tx.get(CALLBACK_LOG, key)
            if record is not None:
                record.update(status=status, outcome=outcome, answered_at=dump_time(now))
                tx.put(CALLBACK_LOG, key, record)

    def pending_callbacks(self) -> int:
        """Callbacks queued or leased and not settled yet."""
        with self.store.transaction() as tx:
            return len(tx.pending(kind=CALLBACK_KIND))

    def _log(
        self,
        tx: Transaction,
        key: str,
        attempt: int,
        *,
        url: str,
        now: datetime,
        outcome: str,
        error: str | None = None,
    ) -> None:
        record: Record = {
            "key": key,
            "attempt": attempt,
            "url": url,
            "made_at": dump_time(now),
            "time": moscow_text(now),
            "status": None,
            "outcome": outcome,
        }
        if error is not None:
            record["error"] = error
        tx.put(CALLBACK_LOG, _log_key(key, attempt), record)

    def inject_incoming(self, *, login: str, phone: str, to: str, mes: str) -> int:
        """An SMS a subscriber sends to ``login``: stored, and its callback queued.

        Spec (lines 3677-3690): the handler gets ``id``, ``phone``, ``mes``, ``to`` and
        ``time`` (:class:`~smsc_proto.IncomingMessage`).

        Returns:
            The incoming message's id ("assigned by the Server automatically").

        Raises:
            LocalProtocolError: ``login`` is no account, or a field is not text the
                callback and the store can carry.
        """
        for name, value in (("login", login), ("phone", phone), ("to", to), ("mes", mes)):
            _check_text(name, value, empty=name in ("to", "mes"))
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            if tx.get(ACCOUNT, login) is None:
                raise LocalProtocolError(f"login: no account {login!r}")
            number = tx.next_id(INCOMING)
            # Built once here, so that a bad phone fails now, not at delivery.
            record: Record = {
                "id": number,
                "phone": phone,
                "to": to,
                "mes": mes,
                "at": dump_time(now),
            }
            callback_of(record | {"type": "incoming"})
            tx.put(INCOMING, f"{login}/{number:012d}", {**record, "login": login})
            self._state.queue_incoming(tx, f"{login}/{number:012d}", record, now)
        return number

    # -- views ---------------------------------------------------------------------------

    @property
    def messages(self) -> tuple[VirtualMessage, ...]:
        """Every message accepted and not deleted, in the order they were sent."""
        self.run_due()
        with self.store.transaction() as tx:
            found = [load_message(record) for _, record in tx.scan(MESSAGE)]
        return tuple(sorted(found, key=lambda m: m.int_id))

    def balance(self, login: str) -> Decimal:
        """``login``'s balance."""
        with self.store.transaction() as tx:
            return self._state.balance(tx, login)

    def admin_state(self, what: str) -> JSON:
        """A JSON-ready view of the state (dates in Moscow time, no secrets).

        Args:
            what: ``"messages"`` (every message, oldest first), ``"callbacks"`` (the log
                of callback requests: key, attempt, URL, time, the handler's status and
                the outcome), ``"accounts"`` (login and balance), ``"clock"`` (the time
                in UTC and Moscow), ``"incoming"`` (injected incoming messages) or
                ``"faults"`` (:meth:`Faults.to_json`).

        Raises:
            LocalProtocolError: ``what`` is none of them.
        """
        if what not in _VIEWS:
            raise LocalProtocolError(f"what: must be one of {', '.join(_VIEWS)}, got {what!r}")
        if what == "messages":
            return [message.to_json() for message in self.messages]
        if what == "faults":
            return self.faults.to_json()
        if what == "clock":
            now = checked_now(self.clock)
            speed = getattr(self.clock, "speed", None)
            return {
                "now": dump_time(now),
                "moscow": moscow_text(now),
                "speed": speed if isinstance(speed, float) else None,
                "frozen": bool(getattr(self.clock, "frozen", False)),
            }
        with self.store.transaction() as tx:
            if what == "accounts":
                return [
                    {"login": login, "balance": dump_money(load_money(record["balance"]))}
                    for login, record in tx.scan(ACCOUNT)
                ]
            if what == "incoming":
                return [dict(record) for _, record in tx.scan(INCOMING)]
            log: list[Record] = [record for _, record in tx.scan(CALLBACK_LOG)]
        log.sort(key=lambda r: (str(r["made_at"]), str(r["key"]), _as_int(r["attempt"])))
        return list(log)

    def reset(self) -> None:
        """Forget everything (the store's :meth:`~Store.reset`), then recreate the
        accounts and keys the gateway was built with, at their starting balance."""
        self.store.reset()
        with self._lock:
            self._claims.clear()
        self._add_configured()

    # -- incoming traffic, credit, payments, task groups ---------------------------------

    def inject_reply(
        self,
        *,
        login: str,
        id: int | str,
        phone: str,
        mes: str,
        to: str | None = None,
    ) -> int:
        """A subscriber's answer to the message ``(id, phone)`` that ``login`` sent.

        Filed like :meth:`inject_incoming` (``get.php?get_answers`` lists it) and its
        callback queued with ``sms_id``, spec line 3681: "The ID of the message to which
        the response was received".

        Args:
            login: The account that sent the message.
            id: The message's id.
            phone: The recipient it was sent to (as the send request wrote it), who
                answers.
            mes: The answer.
            to: The number the answer went to; by default the message's sender when it
                is a phone number, else empty.

        Returns:
            The incoming message's id.

        Raises:
            LocalProtocolError: no such message of ``login``, or a field the callback
                and the store cannot carry.
        """
        for name, value in (("login", login), ("phone", phone), ("mes", mes)):
            _check_text(name, value, empty=name == "mes")
        if to is not None:
            _check_text("to", to, empty=True)
        if isinstance(id, bool) or not isinstance(id, (int, str)):
            raise LocalProtocolError(f"id: must be an int or a str, got {type(id).__name__}")
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            found = self._state.find(tx, login, id, phone)
            if found is None:
                raise LocalProtocolError(f"id: {login!r} sent no message {id!r} to {phone!r}")
            message = found[1]
            sender = message.sender or ""
            if to is None:
                to = sender if sender.lstrip("+").isdigit() and sender.isascii() else ""
            return file_incoming(
                tx,
                self._state,
                login=login,
                phone=message.phone,
                to=to,
                mes=mes,
                now=now,
                sms_id=message.id,
            )

    def set_credit(self, login: str, credit: Decimal) -> None:
        """Grant ``login`` a credit (``balance.php?cur=1`` shows it; 0 takes it away).

        Raises:
            LocalProtocolError: no account ``login``, or ``credit`` is not a Decimal of
                0 or more.
        """
        with self.store.transaction() as tx:
            _virtual_balance.set_credit(tx, login, credit)

    def pay(self, login: str, amount: Decimal) -> Decimal:
        """Pay ``amount`` into ``login``'s account (``get.php?get_stat`` counts it under
        ``debit``); the new balance.

        Raises:
            LocalProtocolError: no account ``login``, or ``amount`` is not a Decimal
                above 0.
        """
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            return _virtual_balance.pay(tx, self._state, login, amount, now)

    def add_task_group(self, login: str, *, phones: str, fail: str, ok: str) -> int:
        """Create a task group of ``login`` for ``ping.php``; its id.

        Args:
            login: The account.
            phones: The contacts to notify, phone numbers as ``send.php``'s ``phones``
                writes them (``"79999999999,79990000000"``).
            fail: The notification template of a failure (``ok=0``); ``{NAME}``,
                ``{HOST}`` and ``{INFO}`` are replaced by the request's values.
            ok: The template of a recovery (``ok=1``).

        Raises:
            LocalProtocolError: no account ``login``, a contact that is not a phone
                number, or an empty template.
        """
        for name, value in (("fail", fail), ("ok", ok)):
            _check_text(name, value, empty=False)
        with self.store.transaction() as tx:
            return _virtual_ping.add_task_group(tx, login, phones=phones, fail=fail, ok=ok)

    def press_keys(self, *, login: str, id: int | str, phone: str, keys: str) -> tuple[str, ...]:
        """The subscriber of a voice message presses ``keys`` on its voice menu now.

        Spec (line 490): the ``{menu: ...}`` macro of a voice message. While the call is
        answered and lasts (status 0, until its final status) each key goes to an item
        of the menu -- ``n``, then ``m`` for sub-item ``nm``; ``*``, ``#`` and ``0`` as
        their items say (back, start, repeat) -- and the item is recorded in the
        message's :attr:`VirtualMessage.ivr_visits` with the seconds into the call. The
        final status callback carries the keys as ``dtmf`` and ``callmenu``.

        Args:
            login: The account that sent it.
            id: The message id.
            phone: The recipient, as the request wrote it.
            keys: The keys pressed, in order (``0-9``, ``*``, ``#``).

        Returns:
            The paths of the items visited, one per key (``"1"``, ``"12"``, ``"*"``).

        Raises:
            LocalProtocolError: no such message, it is no voice message with a menu, its
                call is not in progress, or a key has no item in the menu where it is
                pressed (the message names the key).
        """
        self.run_due()
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            found = self._state.find(tx, login, id, phone)
            if found is None:
                raise LocalProtocolError(f"id: no message {id!r} to {phone!r} of {login!r}")
            return _virtual_calls.press_keys(tx, found[0], found[1], now, keys)

    # -- injected traffic of the other scripts (issue 13) ------------------------------------

    def inject_call(self, *, phone: str, to: str) -> str:
        """A subscriber calls ``to`` from ``phone`` to confirm a ``wait_call.php`` request.

        Spec (lines 3833-3834): "After the subscriber's call, the Server records the fact
        of the call in the form of an incoming message with the text "[waitcall] " and
        sends all the necessary information about this call to the Client's handler": an
        ``incoming`` record and a :class:`~smsc_proto.CallConfirmation` callback.

        Returns:
            The login whose request the call answers.

        Raises:
            LocalProtocolError: no request waits for that call now (none was made, it
                was answered, or its 15 minutes are over), or a field is not text.
        """
        _check_text("phone", phone, empty=False)
        _check_text("to", to, empty=False)
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            return _virtual_wait_call.confirm_call(self._state, tx, phone, to, now)

    def inject_to_number(self, *, phone: str, to: str, mes: str) -> int:
        """An SMS from ``phone`` to the rented number ``to`` (``receive_phones.php``): an
        incoming message of the number's renter (:meth:`inject_incoming`).

        Raises:
            LocalProtocolError: nobody rents ``to``, or a field is not text.
        """
        _check_text("to", to, empty=False)
        with self.store.transaction() as tx:
            login = _virtual_receive_phones.renter_of(tx, to)
        if login is None:
            raise LocalProtocolError(f"to: nobody rents the number {to!r}")
        return self.inject_incoming(login=login, phone=phone, to=to, mes=mes)

    def shorten_link(self, login: str, link: str) -> str:
        """The short link of ``link`` for ``login`` (``tinyurls.php``), made if new.

        Raises:
            LocalProtocolError: ``login`` is no account, or a field is not text.
        """
        _check_text("login", login, empty=False)
        _check_text("link", link, empty=False)
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            if tx.get(ACCOUNT, login) is None:
                raise LocalProtocolError(f"login: no account {login!r}")
            return _virtual_tinyurls.shorten(tx, login, link, now)[1]

    def click_link(self, short: str) -> None:
        """Somebody follows the short link ``short``: its counters count it now.

        Raises:
            LocalProtocolError: ``short`` is no short link of this gateway.
        """
        _check_text("short", short, empty=False)
        now = checked_now(self.clock)
        with self.store.transaction() as tx:
            _virtual_tinyurls.click(tx, short, now)

    def confirmation_code(self, login: str, sender: str) -> str | None:
        """The code ``senders.php?send_code=1`` last sent for ``login``'s digital name
        ``sender`` and not used yet, or ``None`` (a test hook).

        The emulator's codes are six digits, deterministic (a test may also compute
        them); the store keeps their SHA-256 digest, and no reply or log line shows one.

        Raises:
            LocalProtocolError: ``login`` or ``sender`` is not text a store can hold.
        """
        _check_text("login", login, empty=False)
        _check_text("sender", sender, empty=False)
        with self.store.transaction() as tx:
            return _virtual_senders.confirmation_code(tx, login, sender)


def _not_emulated(command: Command[Any], context: Context[str]) -> Any:
    """Error 1 for a command the virtual gateway does not emulate (spec line 212)."""
    raise GatewayError(
        BAD_PARAMETERS,
        f"Error in parameters: {command.SCRIPT} {type(command).__name__} is not emulated.",
    )


def _log_key(key: str, attempt: int) -> str:
    return f"{key}/{attempt:02d}"


def _as_int(value: JSON) -> int:
    return value if isinstance(value, int) else 0


def _check_text(name: str, value: object, *, empty: bool) -> None:
    if not isinstance(value, str):
        raise LocalProtocolError(f"{name}: must be a str, got {type(value).__name__}")
    if not empty and not value:
        raise LocalProtocolError(f"{name}: must not be empty")
    if "\x00" in value:
        raise LocalProtocolError(f"{name}: must not contain NUL (U+0000): a store cannot hold it")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise LocalProtocolError(f"{name}: must be UTF-8 encodable (no lone surrogates)") from None
