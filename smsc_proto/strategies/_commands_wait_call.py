"""Hypothesis strategies for wait_call.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.wait_call import WaitCall
from ._commands_common import command_kwargs
from ._phones import phones

__all__ = ["wait_call_commands"]


def wait_call_commands() -> st.SearchStrategy[WaitCall]:
    """Valid :class:`~smsc_proto.commands.WaitCall` commands."""
    return st.builds(WaitCall, phone=phones(), **command_kwargs())
