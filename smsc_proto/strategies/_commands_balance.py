"""Hypothesis strategies for balance.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.balance import Balance
from ._commands_common import command_kwargs

__all__ = ["balance_commands"]


def balance_commands() -> st.SearchStrategy[Balance]:
    """Valid :class:`~smsc_proto.commands.Balance` commands."""
    return st.builds(Balance, cur=st.none() | st.booleans(), **command_kwargs())
