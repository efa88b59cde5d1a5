"""The virtual gateway's ``get.php?get_price``: the tariff table (private).

Spec (line 3183): "To get the list of tariffs for the specified Client, call the GET or
POST address method: https://smscentre.com/sys/get.php?get_price=1&login=<login>&
psw=<password>". The reply is the tariff table of ``_virtual_tariffs.py`` -- the table
``cost=1`` and every send are priced by: one zone per tabled country and "Other
countries", the operators' individual SMS tariffs as ``codes``, the e-mail price as
``mail``. A gateway with a flat ``price`` lists it as every zone's ``api`` and ``mass``
and no ``codes``.
"""

from __future__ import annotations

from .._scripts.get import GetPrice, GetPriceReply
from ._context import Context
from ._gateway import Gateway
from ._virtual_state import VirtualState, handles
from ._virtual_tariffs import price_list

__all__ = ["register"]


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``get.php?get_price`` on ``gateway``."""

    @handles(gateway, GetPrice)
    def get_price(command: GetPrice, ctx: Context[str]) -> GetPriceReply:
        """The tariff table, as the account is billed by it."""
        with state.store.transaction() as tx:
            # Line 3293: "not more than three identical requests within a minute to
            # receive a list of tariffs".
            state.admit(tx, "get.tariffs", ctx.account, ctx.request, ctx.now)
        return price_list(state.price)
