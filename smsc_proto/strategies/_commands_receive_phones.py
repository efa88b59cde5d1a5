"""Hypothesis strategies for receive_phones.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.receive_phones import ReceivePhonesBuy, ReceivePhonesChange, ReceivePhonesGet
from ._commands_common import command_kwargs
from ._phones import phones

__all__ = [
    "receive_phones_buy_commands",
    "receive_phones_change_commands",
    "receive_phones_get_commands",
]


def receive_phones_get_commands() -> st.SearchStrategy[ReceivePhonesGet]:
    """Valid :class:`~smsc_proto.commands.ReceivePhonesGet` commands."""
    return st.builds(ReceivePhonesGet, **command_kwargs())


def receive_phones_buy_commands() -> st.SearchStrategy[ReceivePhonesBuy]:
    """Valid :class:`~smsc_proto.commands.ReceivePhonesBuy` commands (``noprolong`` optional)."""
    return st.builds(
        ReceivePhonesBuy, phone=phones(), noprolong=st.none() | st.booleans(), **command_kwargs()
    )


def receive_phones_change_commands() -> st.SearchStrategy[ReceivePhonesChange]:
    """Valid :class:`~smsc_proto.commands.ReceivePhonesChange` commands."""
    return st.builds(
        ReceivePhonesChange, phone=phones(), noprolong=st.booleans(), **command_kwargs()
    )
