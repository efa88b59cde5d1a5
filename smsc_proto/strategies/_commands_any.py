"""A strategy for any command of any script (private)."""

from __future__ import annotations

import functools
import typing
from typing import Any, Type  # noqa: UP035 - Sphinx resolves typing.Type, not a bare type

from hypothesis import strategies as st

from .._command import Command

__all__ = ["any_commands", "command_strategies"]


@functools.cache
def command_strategies() -> dict[Type[Command], Any]:  # noqa: UP006
    """Command class -> the shipped strategy function that draws it.

    Found by each strategy's return annotation (``SearchStrategy[Send]``), so a
    strategy added for a new command is picked up without a list to keep.
    """
    from .. import strategies  # noqa: PLC0415 - the namespace imports this module

    found: dict[type[Command], Any] = {}
    for name in strategies.__all__:
        function = getattr(strategies, name)
        returns = typing.get_type_hints(function).get("return")
        if typing.get_origin(returns) is not st.SearchStrategy:
            continue
        (target,) = typing.get_args(returns)
        if isinstance(target, type) and issubclass(target, Command) and target is not Command:
            found[target] = function
    return found


def any_commands() -> st.SearchStrategy[Command]:
    """Any command of any of the 19 scripts, drawn by its own strategy.

    For fuzz and property tests that must hold for every command (a transport, a
    gateway, a logging layer): ``@given(any_commands())``.
    """
    return st.one_of([function() for function in command_strategies().values()])
