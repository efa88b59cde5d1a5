"""Hypothesis strategies for info.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.info import InfoGetOperator
from ..values import PhoneList
from ._commands_common import command_kwargs
from ._phones import phones

__all__ = ["info_get_operator_commands"]


def info_get_operator_commands() -> st.SearchStrategy[InfoGetOperator]:
    """Valid :class:`~smsc_proto.commands.InfoGetOperator` commands.

    ``phone`` holds 1..5 phone numbers (with and without ``+``), never a trailing comma.
    """
    return st.builds(
        InfoGetOperator,
        phone=st.builds(PhoneList, entries=st.lists(phones(), min_size=1, max_size=5)),
        **command_kwargs(),
    )
