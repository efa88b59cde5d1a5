"""balance.php: the account balance (private).

Spec (line 1895): "https://smscentre.com/sys/balance.php?login=<login>&psw=<password>"
"""

from __future__ import annotations

from dataclasses import dataclass

from .._command import Command, Flag, param, register

__all__ = ["Balance"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Balance(Command):
    """Ask for the account balance (``balance.php``).

    Spec (line 1901): "cur - Add the Client's currency name to the response." The values
    0/1 are implied by the response section ("When cur = 0", "With cur = 1").

    Args:
        cur: Add the currency (and the credit, when non-zero) to the reply.
    """

    SCRIPT = "balance.php"

    cur: bool | None = param(Flag())
