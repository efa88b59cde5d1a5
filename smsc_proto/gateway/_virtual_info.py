"""The virtual gateway's ``info.php?get_operator``: the operator of a number (private).

Spec (line 3297): "To get information about the subscriber's operator, use the GET or
POST method to call the address: https://smscentre.com/sys/info.php?get_operator=1&
login=<login>&psw=<password>&phone=<phone>". The answer is the tariff table's
(``_virtual_tariffs.py``): country, operator, ``mcc``, ``mnc`` and the ``tz`` of the
country's capital from Moscow, by the number's longest tabled prefix; the table has no
regions, so ``region`` is empty. A number with no mobile operator in the table (another
country, an untabled prefix, a fixed line) gets error 3 "Operator not found" (line
3327) -- for a list, when any of its numbers has none.
"""

from __future__ import annotations

from typing import Final

from .._errors import GatewayError
from .._scripts.info import InfoGetOperator, InfoGetOperatorReply
from ._context import Context
from ._gateway import Gateway
from ._virtual_state import VirtualState, handles, recipient_text
from ._virtual_tariffs import route

__all__ = ["register"]

#: Spec (line 3327): "3 Operator not found."
_NOT_FOUND: Final = (3, "Operator not found.")


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``info.php?get_operator`` on ``gateway``."""

    @handles(gateway, InfoGetOperator)
    def get_operator(
        command: InfoGetOperator, ctx: Context[str]
    ) -> InfoGetOperatorReply | list[InfoGetOperatorReply]:
        """The country and operator of each number asked for."""
        with state.store.transaction() as tx:
            # Lines 3376-3378: "three identical requests within a minute" and "more
            # than 100 requests per minute to receive operator data".
            state.admit(tx, "info", ctx.account, ctx.request, ctx.now)
            state.admit(tx, "info.any", ctx.account, ctx.request, ctx.now)
        entries = command.phone.entries if command.phone is not None else ()
        replies: list[InfoGetOperatorReply] = []
        for entry in entries:
            phone = recipient_text(entry)
            where = route(phone)
            if not where.mnc:
                raise GatewayError(*_NOT_FOUND)
            replies.append(
                InfoGetOperatorReply(
                    # Line 3332: for several numbers "The "phone" parameter is added".
                    phone=phone if len(entries) > 1 else None,
                    country=where.country.name,
                    operator=where.operator_name,
                    region="",
                    mcc=where.mcc,
                    mnc=where.mnc,
                    tz=where.country.tz,
                )
            )
        return replies if len(replies) > 1 else replies[0]
