"""Hypothesis' entry point: ``st.from_type(Send)`` draws what ``send_commands()`` draws.

Hypothesis calls :func:`setup` when it is imported, for every installed distribution
that names a function in the ``hypothesis`` entry-point group (``pyproject.toml``:
``[project.entry-points.hypothesis]``); ``HYPOTHESIS_NO_PLUGINS=1`` turns that off.
Registering needs the model classes themselves, so the hook imports the public model
namespaces (``commands``, ``responses``, the callbacks) -- never the strategies: those
are imported on the first ``from_type`` of one of our types, and a program that
imports hypothesis without drawing our types pays for the classes only.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import typing
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["models", "setup", "shipped_strategy"]


def models() -> list[type]:
    """The classes registered: every public model of commands, responses and callbacks."""
    from . import _callbacks, commands, responses  # noqa: PLC0415 - see the module doc

    found: list[type] = []
    for namespace in (commands, responses, _callbacks):
        for name in namespace.__all__:
            value = getattr(namespace, name)
            if isinstance(value, type) and dataclasses.is_dataclass(value):
                found.append(value)
    return found


@functools.cache
def _by_type() -> dict[type, list[Any]]:
    """Model class -> the shipped strategies that draw it, or lists of it.

    Found by each strategy's return annotation (``SearchStrategy[Send]`` or
    ``SearchStrategy[list[GetMessagesReply]]``), as ``command_strategies`` does, among
    the strategies that need no argument.
    """
    from hypothesis import strategies as st  # noqa: PLC0415

    from . import strategies  # noqa: PLC0415 - the strategies import hypothesis

    found: dict[type, list[Any]] = {}
    for name in strategies.__all__:
        function = getattr(strategies, name)
        returns = typing.get_type_hints(function).get("return")
        if typing.get_origin(returns) is not st.SearchStrategy:
            continue
        (target,) = typing.get_args(returns)
        required = [
            p
            for p in inspect.signature(function).parameters.values()
            if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        if required:
            continue
        if isinstance(target, type):
            found.setdefault(target, []).append(function())
        elif typing.get_origin(target) is list:
            (item,) = typing.get_args(target)
            if isinstance(item, type):
                # One record of a drawn list: every record of a valid reply is valid.
                one = function().flatmap(lambda xs: st.sampled_from(xs) if xs else st.nothing())
                found.setdefault(item, []).append(one)
    return found


def shipped_strategy(cls: type) -> SearchStrategy[Any] | Any:
    """The strategy registered for ``cls``, or ``NotImplemented`` if none is shipped.

    ``NotImplemented`` tells hypothesis to fall back to what it would do unregistered.
    """
    from hypothesis import strategies as st  # noqa: PLC0415

    drawn = _by_type().get(cls)
    if not drawn:
        return NotImplemented
    return drawn[0] if len(drawn) == 1 else st.one_of(drawn)


def setup() -> None:
    """Register :func:`shipped_strategy` for every class of :func:`models`."""
    from hypothesis import strategies as st  # noqa: PLC0415

    for cls in models():
        st.register_type_strategy(cls, shipped_strategy)
