"""Pieces the generated reply readers share: dates and models without the slow paths.

The exact decoders check every value with its codec and build models through the
frozen ``__init__``; a 1000-record reply pays for that 20 000 times. The readers
generated per shape and fmt (the way :mod:`dataclasses` builds ``__init__``) use these
two pieces instead, and fall back to the exact decoder for anything unusual, so a value
is either read the same way or refused with the exact decoder's message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

__all__ = ["FastReaders", "is_plain", "model_builder", "read_datetime"]

M = TypeVar("M")


class FastReaders(NamedTuple):
    """The generated readers of one format, as :func:`~smsc_proto.responses.
    decode_response` calls them (:func:`~._registry.decode_exact` never does). Each
    gives the exact decoder's value, or hands the record (or the body) to the exact
    decoder it is given, so errors are the exact decoder's.

    Args:
        decode: ``(shape, parsed) -> reply`` for a command with one reply shape.
        decode_mixed: ``(shapes, parsed, exact_record) -> list`` for a list whose every
            record is decided among ``shapes`` by itself; ``exact_record(record)`` is
            the exact decision for one record.
        decode_alternatives: ``(shapes, parsed, exact) -> reply`` for alternatives the
            body decides between; ``exact()`` is the exact decision.
    """

    decode: Callable[[Any, Any], Any]
    decode_mixed: Callable[[tuple[Any, ...], Any, Callable[[Any], Any]], list[Any]]
    decode_alternatives: Callable[[tuple[Any, ...], Any, Callable[[], Any]], Any]


_fromisoformat = datetime.fromisoformat


def read_datetime(text: str) -> datetime | None:
    """The ``DD.MM.YYYY hh:mm:ss`` time of ``text``, or ``None`` when it is unusual.

    Spec (line 3075): "Format DD.MM.YYYY hh:mm:ss." The shape is checked here -- the
    length and all five separators -- and the digits by :meth:`datetime.fromisoformat`
    on the text rearranged to ``YYYY-MM-DDThh:mm:ss`` (its C parser takes ASCII digits
    only, at fixed places). Without the separator checks ``fromisoformat`` would accept
    more than the spec allows (offsets such as ``+03``, week dates, a comma fraction on
    newer Pythons), so the check carries the burden and every Python reads the same.
    Hour ``24`` is refused here too: Python 3.14's ``fromisoformat`` reads ``T24:00:00``
    as the next day's midnight (gh-102450), which :func:`datetime` -- and so the exact
    parser -- refuses ("hour must be in 0..23").

    ``None`` sends the caller to the exact parser (:func:`~smsc_proto.values.
    parse_datetime`), which refuses with a message naming the rule; a time this reads is
    the one the exact parser reads.
    """
    # The five separators by two strided slices: ".." at 2 and 5, " ::" at 10, 13, 16.
    if len(text) == 19 and text[2:6:3] == ".." and text[10:17:3] == " ::" and text[11:13] != "24":
        try:
            return _fromisoformat(f"{text[6:10]}-{text[3:5]}-{text[:2]}T{text[11:]}")
        except ValueError:
            return None
    return None


def is_plain(model: type[Any]) -> bool:
    """Whether :func:`model_builder` builds ``model`` without its ``__init__``: a slotted
    dataclass of its own slots, no base class, no ``__post_init__``, every field
    defaulting to ``None``."""
    fields = dataclasses.fields(model)
    return (
        model.__bases__ == (object,)
        and tuple(vars(model).get("__slots__", ())) == tuple(f.name for f in fields)
        and not hasattr(model, "__post_init__")
        and all(f.default is None and f.init for f in fields)
    )


def model_builder(model: type[M], names: tuple[str, ...]) -> Callable[..., M]:
    """A function building ``model`` from positional values for ``names``, unchecked.

    The decoder's private fast path (ARCHITECTURE § Style): the values were checked
    already, so the frozen ``__init__`` (one ``object.__setattr__`` per field) is
    skipped. The generated function fills a layout-identical twin class -- the same
    ``__slots__``, no frozen ``__setattr__`` -- with plain attribute stores, sets every
    field ``names`` does not list to ``None``, and then gives the object the model's
    class. The result cannot be told from a constructor-built model (the tests compare
    ``==``, hash, repr, pickle, ``dataclasses.fields``/``replace`` and the refused
    assignment).

    A model for which that would not be the same -- a field defaulting to anything but
    ``None``, a ``__post_init__``, no slots of its own, a base class -- is built through
    its ``__init__`` with keyword arguments instead.
    """
    fields = dataclasses.fields(model)  # type: ignore[arg-type]
    every = tuple(f.name for f in fields)
    unknown = set(names) - set(every)
    if unknown:
        raise ValueError(f"{model.__name__}: no fields {sorted(unknown)}")
    plain = is_plain(model)
    args = [f"v{i}" for i in range(len(names))]
    namespace: dict[str, Any] = {"_model": model}
    if plain:
        twin = type(f"_{model.__name__}Twin", (object,), {"__slots__": every})
        namespace["_new"] = object.__new__
        namespace["_twin"] = twin
        given = dict(zip(names, args, strict=True))
        body = ["    r = _new(_twin)"]
        body += [f"    r.{name} = {given.get(name, 'None')}" for name in every]
        body += ["    r.__class__ = _model", "    return r"]
    else:
        keywords = ", ".join(f"{name}={arg}" for name, arg in zip(names, args, strict=True))
        body = [f"    return _model({keywords})"]
    source = f"def build({', '.join(args)}):\n" + "\n".join(body) + "\n"
    exec(compile(source, f"<build {model.__name__}>", "exec"), namespace)
    build: Callable[..., M] = namespace["build"]
    return build
