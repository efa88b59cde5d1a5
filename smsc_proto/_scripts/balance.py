"""balance.php: the account balance, and its replies (private).

Spec (line 1895): "https://smscentre.com/sys/balance.php?login=<login>&psw=<password>"
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from .._call_kind import CallKind
from .._command import Command, Flag, param, register
from .._replies import JsonForm, Shape, Template, XmlForm, error_table, money, responds, text

__all__ = ["Balance", "BalanceReply"]
__replies__ = ["BalanceReply"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Balance(Command["BalanceReply"]):
    """Ask for the account balance (``balance.php``).

    Spec (line 1901): "cur - Add the Client's currency name to the response." The values
    0/1 are implied by the response section ("When cur = 0", "With cur = 1").

    Args:
        cur: Add the currency (and the credit, when non-zero) to the reply.
    """

    SCRIPT = "balance.php"
    KIND = CallKind.READ

    cur: bool | None = param(Flag())


@dataclass(frozen=True, slots=True, kw_only=True)
class BalanceReply:
    """The reply of :class:`~smsc_proto.commands.Balance`.

    Spec (lines 1937-1960): "When cur = 0: when fmt = 0 or 1: <balance> ... With cur = 1
    and a non-zero credit: when fmt = 0: <balance> <currency>; when fmt = 1:
    <balance>,<currency>"; fmt=2/3 add ``credit``.

    Args:
        balance: "current balance status" (may be negative on credit).
        credit: "current status of the established credit" (``cur=1``, fmt=2/3 only;
            ``None`` where the reply leaves it out).
        currency: "customer's Currency" (``cur=1`` only).
    """

    balance: Decimal | None = None
    credit: Decimal | None = None
    currency: str | None = None


_BALANCE: Final = money("balance")
_CURRENCY: Final = text("currency", pattern=r"\S+", nonempty=True)

# Spec (lines 1938-1945): "when fmt = 0 or 1: <balance>; when fmt = 2:
# <balance>balance</balance>; when fmt = 3: {"balance": "<balance>"}".
_PLAIN: Final = Shape(
    BalanceReply,
    (_BALANCE,),
    fmt0=Template("{balance}"),
    fmt1=Template("{balance}"),
    xml=XmlForm(root="balance", text_field="balance"),
    json=JsonForm(),
)

# Spec (lines 1947-1963). QUIRKS INC-24: the forms are given "with a non-zero credit";
# with a zero credit fmt=2/3 may leave ``credit`` out, so it is optional there.
_WITH_CURRENCY: Final = Shape(
    BalanceReply,
    (_BALANCE, money("credit").omissible(), _CURRENCY),
    fmt0=Template("{balance} {currency}"),
    fmt1=Template("{balance},{currency}"),
    xml=XmlForm(),
    json=JsonForm(),
)

#: Spec (lines 1929-1933): the error codes of balance.php.
BALANCE_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than ten balance requests within a minute. This error also "
        "occurs when you try to send fifteen or more requests simultaneously from "
        "different connections under the same username (too many concurrent requests)."
    ),
}


error_table(Balance, errors=BALANCE_ERRORS)


@responds(Balance)
def _balance_reply(command: Balance) -> Shape[Any]:
    return _WITH_CURRENCY if command.cur else _PLAIN
