"""Hypothesis' entry point: ``st.from_type(Send)`` draws what ``send_commands()`` draws.

Hypothesis calls :func:`setup` when it is imported, for every installed distribution
that names a function in the ``hypothesis`` entry-point group (``pyproject.toml``:
``[project.entry-points.hypothesis]``); ``HYPOTHESIS_NO_PLUGINS=1`` turns that off.
Registering needs the model classes, and hypothesis is imported by every pytest run of
an environment that has it (its pytest plugin does), so the hook imports nothing of
ours: it registers the models of the namespaces already imported (``commands``,
``responses``, the callbacks), and each of those registers its own models when it is
imported later (:func:`loaded`, called at the end of each). A type can only be passed
to ``from_type`` once its namespace is imported, so either order works. The strategies
are imported on the first ``from_type`` of one of our types.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import typing
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["NAMESPACES", "loaded", "models", "setup", "shipped_strategy"]

#: The modules whose public dataclasses are registered.
NAMESPACES = ("smsc_proto.commands", "smsc_proto.responses", "smsc_proto._callbacks")

# Whether hypothesis has run :func:`setup` in this process.
_active = False


def _models_of(module_name: str) -> list[type]:
    namespace = sys.modules[module_name]
    found: list[type] = []
    for name in namespace.__all__:
        value = getattr(namespace, name)
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            found.append(value)
    return found


def models() -> list[type]:
    """The classes registered: every public model of :data:`NAMESPACES` (imported here)."""
    from . import _callbacks, commands, responses  # noqa: F401, PLC0415

    return [cls for name in NAMESPACES for cls in _models_of(name)]


@functools.cache
def _by_type() -> dict[type, list[Any]]:
    """Model class -> the shipped strategies that draw it, or lists of it.

    Found by each strategy's return annotation (``SearchStrategy[Send]`` or
    ``SearchStrategy[list[GetMessagesReply]]``), as ``command_strategies`` does, among
    the strategies that need no argument.
    """
    import inspect  # noqa: PLC0415

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


def _register(module_name: str) -> None:
    from hypothesis import strategies as st  # noqa: PLC0415

    for cls in _models_of(module_name):
        st.register_type_strategy(cls, shipped_strategy)


def setup() -> None:
    """The entry point: register the models of the namespaces imported, and of the rest
    when they are."""
    global _active  # noqa: PLW0603 - one flag per process, set once
    _active = True
    for name in NAMESPACES:
        if name in sys.modules and hasattr(sys.modules[name], "__all__"):
            _register(name)


def loaded(module_name: str) -> None:
    """Called by each of :data:`NAMESPACES` once imported: register it if hypothesis is."""
    if _active:
        _register(module_name)
