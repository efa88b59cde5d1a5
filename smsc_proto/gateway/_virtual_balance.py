"""The virtual gateway's ``balance.php`` (private).

Spec (line 1901): "cur - Flag indicating whether the Client's currency name should be
added to the server response."
"""

from __future__ import annotations

from decimal import Decimal

from .._scripts.balance import Balance, BalanceReply
from ._context import Context
from ._gateway import Gateway
from ._virtual_state import VirtualState, handles

__all__ = ["register"]


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``balance.php`` on ``gateway``."""

    @handles(gateway, Balance)
    def balance(command: Balance, ctx: Context[str]) -> BalanceReply:
        """The account's balance (in roubles, with no credit)."""
        with state.store.transaction() as tx:
            # Line 1971: "not more than ten balance requests per minute".
            state.admit(tx, "balance", ctx.account, ctx.request, ctx.now)
            amount = state.balance(tx, ctx.account)
        if command.cur:
            return BalanceReply(balance=amount, credit=Decimal("0.00"), currency="RUB")
        return BalanceReply(balance=amount)
