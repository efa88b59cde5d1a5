"""Hypothesis strategies for ping.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.ping import Ping
from ._commands_common import command_kwargs

__all__ = ["ping_commands"]

_TEXTS = st.text(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), st.sampled_from("\n\t")
    ),
    max_size=20,
)


def ping_commands() -> st.SearchStrategy[Ping]:
    """Valid :class:`~smsc_proto.commands.Ping` commands."""
    return st.builds(
        Ping,
        id=st.integers(1, 2_147_483_647),
        name=st.none() | _TEXTS,
        host=st.none() | _TEXTS,
        info=st.none() | _TEXTS,
        ok=st.none() | st.booleans(),
        **command_kwargs(),
    )
