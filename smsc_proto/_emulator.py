"""A virtual SMSC gateway built from the toolkit's own codecs (private; no I/O).

Spec (line 971): "During virtual sending, all messages will have the final status
"Delivered", but during the sending process, the messages will go through all the
stages of processing along the chain "Waiting to be sent" – "Sent to the operator" –
"Delivered". You can get message statuses either on request or on your own http
handler."

:class:`VirtualGateway` answers what a client sends -- a decoded
:class:`~smsc_proto.Request` -- with the exact bytes the gateway would: it checks the
credentials, sends messages virtually (balance, cost per SMS part, status chain on a
clock the caller controls), answers status queries and deletions, and hands out the
status callbacks due to a handler. It keeps state and reads a clock, but opens no
socket: ``transports.emulator`` serves it over HTTP.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from ._callbacks import StatusCallback
from ._command import Command, Credentials, parse_command
from ._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from ._handler_url import HandlerUrl
from ._replies import encode_error, encode_response
from ._scripts.balance import Balance, BalanceReply
from ._scripts.get import GetMessages, GetMessagesReply
from ._scripts.send import RestSend, Send, SendPhone, SendReply
from ._scripts.status import (
    SmsStatusReply,
    StatusDelete,
    StatusDeleteReply,
    StatusNotFoundReply,
    StatusQuery,
)
from ._session import HttpRequest, HttpResponse
from ._wire import Request
from .values import (
    MessageType,
    PhoneList,
    Recipient,
    StatusFlag,
    count_segments,
    format_phone_list,
    parse_list,
)

__all__ = ["VirtualGateway", "VirtualMessage"]

#: Spec (lines 1803-1805): the statuses of the virtual chain, in order.
_CHAIN: Final = ((-1, "Waiting send"), (0, "Transferred to the operator"), (1, "Delivered"))
# Spec (lines 1448-1455 and the other scripts' tables): the codes the emulator answers.
_BAD_PARAMETERS: Final = 1
_BAD_LOGIN: Final = 2
_NO_MONEY: Final = 3
#: Spec (line 183): error 1, "Error in parameters", in fmt=0, for a request that cannot
#: be read at all.
_UNREADABLE: Final = encode_error(Balance(), GatewayError(_BAD_PARAMETERS, "Error in parameters."))


@dataclass(frozen=True, slots=True, kw_only=True)
class VirtualMessage:
    """One message to one recipient, as the virtual gateway keeps it.

    Args:
        id: The message id (the client's, or the gateway's own number).
        phone: The recipient as the request wrote it.
        text: The message text.
        parts: SMS parts (spec line 49), what the message costs by.
        cost: What it cost.
        sent_at: The clock's time when it was accepted (seconds).
        sender: The sender name, if the request named one.
        login: The account that sent it.
        int_id: The gateway's global message number (line 2871), unique per message
            and recipient.
    """

    id: int | str
    phone: str
    text: str
    parts: int
    cost: Decimal
    sent_at: float
    sender: str | None = None
    login: str = ""
    int_id: int = 0


class VirtualGateway:
    """An SMSC-compatible gateway for tests and demos: virtual sending, statuses, callbacks.

    Handles ``send.php`` and ``rest/send`` (every ``cost`` form, ``op=1``), ``status.php``
    (one or several ids, ``all`` 0..2, ``del=1``), ``get.php?get_messages`` (the history
    of sent messages) and ``balance.php``; every other command is
    answered with error 1 and a description saying it is not emulated. Replies are
    written by :func:`~smsc_proto.responses.encode_response` in the request's ``fmt`` and
    charset, errors by :func:`~smsc_proto.responses.encode_error`.

    Args:
        accounts: login -> password of the accounts that may call (``apikey`` logins are
            the keys of ``apikeys``).
        apikeys: Accepted ``apikey`` values.
        balance: The starting balance of every account.
        price: The cost of one SMS part.
        step: Seconds between the stages of the virtual chain (-1, 0, 1).
        clock: The time in seconds; tests pass a function they advance themselves.
        handler: Where status callbacks go (:meth:`due_callbacks`), or ``None``.

    Raises:
        LocalProtocolError: a negative price, balance or step.
    """

    def __init__(
        self,
        *,
        accounts: Mapping[str, str] | None = None,
        apikeys: tuple[str, ...] = (),
        balance: Decimal = Decimal("100.00"),
        price: Decimal = Decimal("1.50"),
        step: float = 1.0,
        clock: Callable[[], float] = time.time,
        handler: HandlerUrl | None = None,
    ) -> None:
        if price < 0 or balance < 0 or step < 0:
            raise LocalProtocolError("price, balance and step must not be negative")
        self._accounts = dict(accounts or {})
        self._apikeys = frozenset(apikeys)
        self._balances: dict[str, Decimal] = {}
        self._start_balance = balance
        self.price = price
        self.step = step
        self.clock = clock
        self.handler = handler
        self._messages: dict[tuple[str, str], VirtualMessage] = {}
        self._reported: dict[tuple[str, str], int] = {}
        self._numbers = itertools.count(1)
        self._int_ids = itertools.count(1_000_001)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"VirtualGateway(accounts={sorted(self._accounts)!r}, price={self.price}, "
            f"messages={len(self._messages)})"
        )

    # -- what tests look at -------------------------------------------------------------

    @property
    def messages(self) -> tuple[VirtualMessage, ...]:
        """Every message accepted and not deleted, in the order they were sent."""
        with self._lock:
            return tuple(self._messages.values())

    def balance(self, login: str) -> Decimal:
        """The balance of ``login``'s account."""
        with self._lock:
            return self._balances.get(login, self._start_balance)

    def status(self, message: VirtualMessage) -> int:
        """The message's status now: -1, then 0, then 1 every ``step`` seconds."""
        if self.step == 0:
            return _CHAIN[-1][0]
        stage = int(max(self.clock() - message.sent_at, 0) // self.step)
        return _CHAIN[min(stage, len(_CHAIN) - 1)][0]

    # -- the protocol ------------------------------------------------------------------------

    def handle(self, request: Request) -> bytes:
        """The body the gateway answers ``request`` with (always HTTP status 200).

        Raises:
            InvalidRequestError: no command accepts the request; the caller answers it
                as it sees fit (the gateway itself answers ``ERROR = 1``).
        """
        command = parse_command(request)
        try:
            login = self._login(command.credentials)
            reply = self._answer(login, command)
            try:
                return encode_response(command, reply)
            except LocalProtocolError as exc:
                # A form the toolkit does not write (fmt=1 of several status ids).
                raise GatewayError(_BAD_PARAMETERS, f"not emulated: {exc}") from None
        except GatewayError as error:
            return encode_error(command, error)

    def respond(self, request: HttpRequest) -> HttpResponse:
        """The HTTP reply to ``request`` as a client sent it (what a server hands over).

        A request no command accepts, or whose bytes cannot be read, gets what the
        gateway answers it: error 1 in fmt=0 (such a request names no fmt it could be
        trusted for). Everything else is :meth:`handle`'s.
        """
        try:
            decoded = Request.from_url(
                request.url, request.body or None, request.header("Content-Type")
            )
            body = self.handle(decoded)
        except RemoteProtocolError:
            body = _UNREADABLE
        return HttpResponse(200, (("Content-Type", "text/plain"),), body)

    def due_callbacks(self) -> list[tuple[str, bytes, str]]:
        """The status callbacks due to the handler since the last call, in order.

        Each message reports every stage of the chain it has reached once (spec lines
        3600-3603: the handler "will be called by the Server after each receipt of the
        delivery status"). Returns ``(url, body, content_type)`` for each, written by
        :meth:`~smsc_proto.HandlerUrl.encode` (signed when the handler URL names an
        algorithm).
        """
        if self.handler is None:
            return []
        due: list[tuple[str, bytes, str]] = []
        with self._lock:
            pending = list(self._messages.items())
        for key, message in pending:
            now = self.status(message)
            codes = [code for code, _ in _CHAIN]
            last = self._reported.get(key)
            start = 0 if last is None else codes.index(last) + 1
            for code in codes[start : codes.index(now) + 1]:
                callback = StatusCallback(
                    id=message.id,
                    phone=message.phone,
                    status=code,
                    time=datetime.fromtimestamp(int(self.clock())),
                    ts=int(self.clock()),
                    cnt=message.parts,
                    type=MessageType.SMS,
                    cost=message.cost,
                    sender=message.sender,
                )
                due.append(self.handler.encode(callback))
            self._reported[key] = now
        return due

    def _login(self, credentials: Credentials | None) -> str:
        # Spec (line 44); error 2 (line 183): "Invalid username or password".
        if credentials is not None:
            if credentials.apikey is not None and credentials.apikey in self._apikeys:
                return "apikey"
            if credentials.login is not None and (
                self._accounts.get(credentials.login) == credentials.psw
            ):
                return credentials.login
        raise GatewayError(_BAD_LOGIN, "Invalid username or password.")

    def _answer(self, login: str, command: Command) -> Any:
        if isinstance(command, (Send, RestSend)):
            return self._send(login, command)
        if isinstance(command, StatusQuery):
            return self._status(command)
        if isinstance(command, StatusDelete):
            with self._lock:
                for _, key in self._keys(command.ids, command.phone):
                    self._messages.pop(key, None)
            return StatusDeleteReply(result="OK")
        if isinstance(command, GetMessages):
            return self._history(login, command)
        if isinstance(command, Balance):
            balance = self.balance(login)
            if command.cur:
                return BalanceReply(balance=balance, credit=Decimal("0.00"), currency="RUB")
            return BalanceReply(balance=balance)
        raise GatewayError(
            _BAD_PARAMETERS, f"{command.SCRIPT} {type(command).__name__} is not emulated"
        )

    def _send(self, login: str, command: Send | RestSend) -> SendReply:
        lines: list[tuple[PhoneList, str]] = []
        if command.list is not None:
            lines = [(e.phones, e.text) for e in parse_list(command.list, nl=bool(command.nl))]
        elif command.phones is not None:
            lines = [(command.phones, command.mes or "")]
        recipients = [
            (_recipient(entry), text) for phones, text in lines for entry in phones.entries
        ]
        if not recipients:
            raise GatewayError(_BAD_PARAMETERS, "Error in parameters.")
        parts = [count_segments(text).parts for _, text in recipients]
        cost = self.price * sum(parts)
        cnt = sum(parts)
        # Spec (lines 295-297): op=1 adds a line per recipient -- phone, mccmnc, cost,
        # status, error (virtual numbers have no operator: mccmnc is empty).
        phones = (
            tuple(
                SendPhone(phone=phone, mccmnc="", cost=self.price * n, status=-1, error=0)
                for (phone, _), n in zip(recipients, parts, strict=True)
            )
            if command.op
            else None
        )
        if command.cost == 1:
            # Spec (line 40): cost=1 gets the cost "without actually sending".
            return SendReply(cnt=cnt, cost=cost, phones=phones)
        with self._lock:
            balance = self._balances.get(login, self._start_balance)
            if cost > balance:
                raise GatewayError(_NO_MONEY, "Insufficient funds on the Client's account.")
            self._balances[login] = balance - cost
            message_id = command.id if command.id is not None else next(self._numbers)
            now = self.clock()
            for (phone, text), n in zip(recipients, parts, strict=True):
                message = VirtualMessage(
                    id=message_id,
                    phone=phone,
                    text=text,
                    parts=n,
                    cost=self.price * n,
                    sent_at=now,
                    sender=command.sender,
                    login=login,
                    int_id=next(self._int_ids),
                )
                self._messages[(str(message_id), phone)] = message
            new_balance = self._balances[login]
        if command.cost == 2:
            return SendReply(id=message_id, cnt=cnt, cost=cost, phones=phones)
        if command.cost == 3:
            return SendReply(id=message_id, cnt=cnt, cost=cost, balance=new_balance, phones=phones)
        return SendReply(id=message_id, cnt=cnt, phones=phones)

    def _history(self, login: str, command: GetMessages) -> list[GetMessagesReply]:
        # Spec (lines 2855-2875): the account's sent messages, newest first, at most cnt
        # (1000, the maximum, when the request names none), from start to end (dates of
        # sending), for the phones named, before prev_id. The emulator sends no e-mail:
        # format=8 finds nothing.
        wanted = (
            {_recipient(e) for e in command.phone.entries} if command.phone is not None else None
        )
        found = []
        for message in reversed(self.messages):
            day = datetime.fromtimestamp(int(message.sent_at)).date()
            if (
                message.login != login
                or command.format == 8
                or (wanted is not None and message.phone not in wanted)
                or (command.start is not None and day < command.start)
                or (command.end is not None and day > command.end)
                or (command.prev_id is not None and message.int_id >= command.prev_id)
            ):
                continue
            found.append(self._history_record(message))
            if len(found) == (command.cnt or 1000):
                break
        return found

    def _history_record(self, message: VirtualMessage) -> GetMessagesReply:
        now = self._now_fields(message)
        return GetMessagesReply(
            **now,
            **self._sent_fields(message, now["status"]),
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

    def _keys(
        self, ids: tuple[int | str, ...], phones: PhoneList | None
    ) -> list[tuple[int | str, tuple[str, str]]]:
        # Spec (line 1414): the phones "must be listed in the order corresponding to the
        # message IDs" (the command checks there are as many).
        entries = phones.entries if phones is not None else ()
        return [
            (message_id, (str(message_id), _recipient(entry)))
            for message_id, entry in zip(ids, entries, strict=True)
        ]

    def _status(self, command: StatusQuery) -> Any:
        level = command.all or 0
        replies: list[Any] = []
        for message_id, key in self._keys(command.ids, command.phone):
            with self._lock:
                message = self._messages.get(key)
            extra: dict[str, Any] = {"id": message_id} if command.multiple else {}
            if command.multiple and level == 0:
                extra["phone"] = key[1]
            if message is not None:
                replies.append(self._status_reply(message, level, extra))
            elif command.fmt == 1 and not command.multiple:
                # Line 1788: "For fmt = 1, a response is returned in the format of the
                # status of a regular message."
                replies.append(_not_found_line(key[1], level))
            else:
                replies.append(StatusNotFoundReply(status=-3, **extra))
        return replies if command.multiple else replies[0]

    def _now_fields(self, message: VirtualMessage) -> dict[str, Any]:
        """The status fields a status record and a history record share."""
        now = int(self.clock())
        return {
            "status": self.status(message),
            "last_date": datetime.fromtimestamp(now),
            "last_timestamp": now,
            "err": 0,
        }

    def _sent_fields(self, message: VirtualMessage, status: int) -> dict[str, Any]:
        """The fields of the message as sent, which both records carry in full forms."""
        return {
            "send_date": datetime.fromtimestamp(int(message.sent_at)),
            "send_timestamp": int(message.sent_at),
            "phone": message.phone,
            "cost": message.cost,
            "sender_id": message.sender or "",
            "status_name": dict(_CHAIN)[status],
            "message": message.text,
            "sms_cnt": message.parts,
        }

    def _status_reply(
        self, message: VirtualMessage, level: int, extra: dict[str, Any]
    ) -> SmsStatusReply:
        now = self._now_fields(message)
        reply = SmsStatusReply(flag=StatusFlag.from_int(0), **now, **extra)
        if level == 0:
            return reply
        fields = self._sent_fields(message, now["status"])
        fields.update(comment="", type=MessageType.SMS)
        if level == 2:
            # Virtual numbers belong to no operator: the geo fields travel empty.
            fields.update(mccmnc="", country="", operator="", operator_orig="", region="")
        return dataclasses.replace(reply, **fields)


def _recipient(entry: Recipient) -> str:
    """One recipient as the request wrote it (the key of its messages)."""
    return format_phone_list(PhoneList(entries=(entry,)))


def _not_found_line(phone: str, level: int) -> SmsStatusReply:
    reply = SmsStatusReply(status=-3, last_timestamp=0, err=0)
    if level == 0:
        return reply
    fields: dict[str, Any] = {
        "send_timestamp": 0,
        "phone": phone,
        "cost": Decimal("0.00"),
        "sender_id": "",
        "status_name": "Message not found",
        "message": "",
        "comment": "",
        "type": MessageType.SMS,
    }
    if level == 2:
        fields.update(country="", operator="", region="")
    return dataclasses.replace(reply, **fields)
