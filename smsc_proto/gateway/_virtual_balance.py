"""The virtual gateway's ``balance.php``, its accounts' credit and payments (private).

Spec (line 1901): "cur - Flag indicating whether the Client's currency name should be
added to the server response." (lines 1947-1963): "With cur = 1 and a non-zero credit"
the reply adds the credit ("current status of the established credit") and the currency.

The account record (``account``, keyed by login) may carry, besides its balance:

==============  ============================================================================
field           meaning
==============  ============================================================================
``credit``      the credit granted (money, ``"0.00"`` when absent):
                :meth:`~smsc_proto.gateway.VirtualGateway.set_credit`
``currency``    the account's three-letter currency (``"RUB"`` when absent)
==============  ============================================================================

Payments into an account are kept for ``get.php?get_stat`` (their sum in a period):

==============  ================================  ==========================================
kind            key                               record
==============  ================================  ==========================================
``payment``     ``login/n`` (12 digits)           ``login``, ``amount`` (money), ``at``
==============  ================================  ==========================================
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Final

from .._errors import LocalProtocolError
from .._scripts.balance import Balance, BalanceReply
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Transaction, dump_money, dump_time, load_money, load_time
from ._virtual_state import ACCOUNT, VirtualState, handles

__all__ = ["PAYMENT", "account_terms", "paid_between", "pay", "register", "set_credit"]

#: The store kind of a payment into an account.
PAYMENT: Final = "payment"
#: The currency of an account that names none (the gateway's prices are in roubles).
DEFAULT_CURRENCY: Final = "RUB"


def account_terms(tx: Transaction, login: str) -> tuple[Decimal, str]:
    """``login``'s credit and currency (0.00 and RUB when its record names none)."""
    record = tx.get(ACCOUNT, login) or {}
    credit = record.get("credit")
    currency = record.get("currency")
    return (
        Decimal("0.00") if credit is None else load_money(credit),
        currency if isinstance(currency, str) and currency else DEFAULT_CURRENCY,
    )


def _check_money(name: str, value: object, *, positive: bool) -> Decimal:
    if (
        not isinstance(value, Decimal)
        or not value.is_finite()
        or value < 0
        or (positive and value == 0)
    ):
        rule = "more than 0" if positive else "0 or more"
        raise LocalProtocolError(f"{name}: must be a Decimal of {rule}, got {value!r}")
    return value


def set_credit(tx: Transaction, login: str, credit: Decimal) -> None:
    """Grant ``login`` the credit ``credit`` (0 takes it away).

    Raises:
        LocalProtocolError: no account ``login``, or ``credit`` not a Decimal of 0 or
            more.
    """
    _check_money("credit", credit, positive=False)
    record = tx.get(ACCOUNT, login)
    if record is None:
        raise LocalProtocolError(f"login: no account {login!r}")
    tx.put(ACCOUNT, login, {**record, "credit": dump_money(credit)})


def pay(
    tx: Transaction, state: VirtualState, login: str, amount: Decimal, now: datetime
) -> Decimal:
    """Pay ``amount`` into ``login``'s account; its new balance. The payment is kept.

    Raises:
        LocalProtocolError: no account ``login``, or ``amount`` not a Decimal above 0.
    """
    _check_money("amount", amount, positive=True)
    if tx.get(ACCOUNT, login) is None:
        raise LocalProtocolError(f"login: no account {login!r}")
    balance: Decimal = state.balance(tx, login) + amount
    state.set_balance(tx, login, balance)
    number = tx.next_id(PAYMENT)
    tx.put(
        PAYMENT,
        f"{login}/{number:012d}",
        {"login": login, "amount": dump_money(amount), "at": dump_time(now)},
    )
    return balance


def paid_between(tx: Transaction, login: str, start: date, end: date | None) -> Decimal:
    """What was paid into ``login``'s account from ``start`` to ``end`` (Moscow days;
    ``None``: to this day)."""
    total = Decimal("0.00")
    for _, record in tx.scan(PAYMENT, prefix=f"{login}/"):
        day = moscow(load_time(record["at"])).date()
        if day >= start and (end is None or day <= end):
            total += load_money(record["amount"])
    return total


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``balance.php`` on ``gateway``."""

    @handles(gateway, Balance)
    def balance(command: Balance, ctx: Context[str]) -> BalanceReply:
        """The account's balance; with ``cur=1`` its currency, and its credit if any."""
        with state.store.transaction() as tx:
            # Line 1971: "not more than ten balance requests per minute".
            state.admit(tx, "balance", ctx.account, ctx.request, ctx.now)
            amount = state.balance(tx, ctx.account)
            credit, _ = account_terms(tx, ctx.account)
            # A sub-account counts in its own currency (users.php's curr) or, sharing
            # the main balance, in the main account's.
            currency = state.currency_of(tx, ctx.account)
        if not command.cur:
            return BalanceReply(balance=amount)
        # Lines 1947-1963 give the cur=1 forms "with a non-zero credit" (QUIRKS INC-24):
        # a zero credit is left out of fmt=2/3 (fmt=0/1 never carry it).
        return BalanceReply(balance=amount, credit=credit or None, currency=currency)
