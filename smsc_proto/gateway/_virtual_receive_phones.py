"""The virtual gateway's ``receive_phones.php``: renting numbers for incoming SMS (private).

Spec (lines 3471-3473): "You can use special API commands to get a list of available
dedicated numbers for receiving SMS messages and connect any number to your username,
paying the cost for the remaining days in the current month." The numbers for rent are
the emulator's :data:`RENTABLE` table. A rented number is renewed on the first of each
month (Moscow time) for its full monthly cost unless ``noprolong=1`` (lines 3484-3486)
or the account cannot pay; then it is released. An SMS to a rented number
(:meth:`VirtualGateway.inject_to_number`) is an incoming message of its renter.

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``number``          the rented number               the renter, ``noprolong``, since when,
                                                    paid until when
==================  ==============================  ==========================================

The due queue holds ``number.renew`` entries (key: the number) at the end of each paid
month.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from .._errors import GatewayError
from .._scripts.receive_phones import (
    RECEIVE_PHONES_ERRORS,
    ReceivePhonesBuy,
    ReceivePhonesBuyReply,
    ReceivePhonesChange,
    ReceivePhonesChangeReply,
    ReceivePhonesGet,
    ReceivePhonesGetReply,
)
from ..values import Phone
from ._clock import from_moscow, moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Due, Transaction, dump_time, load_time
from ._virtual_state import VirtualState, handles

__all__ = ["NUMBER", "NUMBER_RENEW", "RENTABLE", "Rentable", "register", "renter_of"]

NUMBER: Final = "number"
NUMBER_RENEW: Final = "number.renew"
_CENTS: Final = Decimal("0.01")


@dataclass(frozen=True, slots=True, kw_only=True)
class Rentable:
    """A number the emulator rents out (spec lines 3549-3553).

    Args:
        phone: The number.
        type: "1,4-dedicated virtual number, 2-number on the SIM hosting service".
        cost: "the cost of renting a phone number for a full month" (roubles).
        info: "operator name and supported notification types".
    """

    phone: str
    type: int
    cost: Decimal
    info: str


#: The numbers for rent (invented; the spec lists none).
RENTABLE: Final = (
    Rentable(phone="79010000001", type=1, cost=Decimal("300.00"), info="Virtual, SMS"),
    Rentable(phone="79010000002", type=1, cost=Decimal("300.00"), info="Virtual, SMS"),
    Rentable(phone="79020000003", type=4, cost=Decimal("450.00"), info="Virtual, SMS, calls"),
    Rentable(phone="79030000004", type=2, cost=Decimal("900.00"), info="MTS SIM, SMS, calls"),
)
_BY_PHONE: Final = {number.phone: number for number in RENTABLE}


def _error(code: int, detail: str | None = None) -> GatewayError:
    description = RECEIVE_PHONES_ERRORS[code]
    if detail is not None:
        description = f"{description.rstrip('.')}: {detail}."
    return GatewayError(code, description)


def _next_month(now: datetime) -> datetime:
    """The first instant of the next month in Moscow (aware, UTC)."""
    local = moscow(now)
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    return from_moscow(datetime(year, month, 1))


def current_cost(number: Rentable, now: datetime) -> Decimal:
    """Line 3552: "the cost of renting a phone number for the remaining days until the
    end of the current month" -- today included, Moscow time."""
    local = moscow(now)
    days = calendar.monthrange(local.year, local.month)[1]
    left = days - local.day + 1
    return (number.cost * left / days).quantize(_CENTS, rounding=ROUND_HALF_UP)


def renter_of(tx: Transaction, phone: str) -> str | None:
    """The login renting ``phone`` (``+`` or not), or ``None``."""
    record = tx.get(NUMBER, phone.removeprefix("+"))
    login = None if record is None else record.get("login")
    return login if isinstance(login, str) else None


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``receive_phones.php`` and the renewals' worker."""
    state.workers[NUMBER_RENEW] = lambda tx, entry: _renew(state, tx, entry)

    @handles(gateway, ReceivePhonesGet)
    def get(command: ReceivePhonesGet, ctx: Context[str]) -> list[ReceivePhonesGetReply]:
        """get=1: the numbers nobody rents now."""
        with state.store.transaction() as tx:
            # Line 3598: "two identical requests within a minute".
            state.admit(tx, "receive_phones", ctx.account, ctx.request, ctx.now)
            free = [n for n in RENTABLE if tx.get(NUMBER, n.phone) is None]
        return [
            ReceivePhonesGetReply(
                phone=Phone(number=n.phone),
                type=n.type,
                cost=n.cost,
                current_cost=current_cost(n, ctx.now),
                info=n.info,
            )
            for n in free
        ]

    @handles(gateway, ReceivePhonesBuy)
    def buy(command: ReceivePhonesBuy, ctx: Context[str]) -> ReceivePhonesBuyReply:
        """buy=1: rent a free number, paying the rest of the month."""
        assert command.phone is not None
        phone = command.phone.number
        with state.store.transaction() as tx:
            state.admit(tx, "receive_phones", ctx.account, ctx.request, ctx.now)
            number = _BY_PHONE.get(phone)
            if number is None:
                raise _error(1, f"{phone} is not a number for rent")
            if tx.get(NUMBER, phone) is not None:
                raise _error(1, f"{phone} is rented already")
            cost = current_cost(number, ctx.now)
            balance = state.balance(tx, ctx.account)
            if cost > balance:
                raise _error(3)
            state.set_balance(tx, ctx.account, balance - cost)
            until = _next_month(ctx.now)
            tx.put(
                NUMBER,
                phone,
                {
                    "login": ctx.account,
                    "noprolong": bool(command.noprolong),
                    "since": dump_time(ctx.now),
                    "paid_until": dump_time(until),
                },
            )
            tx.schedule(until, NUMBER_RENEW, phone)
        # Line 3571: "the amount debited from the Client's account for the rental".
        return ReceivePhonesBuyReply(cost=cost)

    @handles(gateway, ReceivePhonesChange)
    def change(command: ReceivePhonesChange, ctx: Context[str]) -> ReceivePhonesChangeReply:
        """chg=1: switch the renewal of a number the account rents."""
        assert command.phone is not None
        phone = command.phone.number
        with state.store.transaction() as tx:
            state.admit(tx, "receive_phones", ctx.account, ctx.request, ctx.now)
            record = tx.get(NUMBER, phone)
            if record is None or record.get("login") != ctx.account:
                raise _error(1, f"the account rents no number {phone}")
            record["noprolong"] = bool(command.noprolong)
            tx.put(NUMBER, phone, record)
        return ReceivePhonesChangeReply(result="OK")


def _renew(state: VirtualState, tx: Transaction, entry: Due) -> None:
    """The worker of ``number.renew``: a paid month ended."""
    record = tx.get(NUMBER, entry.key)
    number = _BY_PHONE.get(entry.key)
    if record is None or number is None or load_time(record["paid_until"]) != entry.due_at:
        return
    login = str(record["login"])
    balance = state.balance(tx, login)
    if record.get("noprolong") or number.cost > balance:
        tx.delete(NUMBER, entry.key)
        return
    state.set_balance(tx, login, balance - number.cost)
    until = _next_month(entry.due_at)
    record["paid_until"] = dump_time(until)
    tx.put(NUMBER, entry.key, record)
    tx.schedule(until, NUMBER_RENEW, entry.key)
