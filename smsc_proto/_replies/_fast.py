"""Pieces the generated reply readers share: dates and models without the slow paths.

The exact decoders check every value with its codec and build models through the
frozen ``__init__``; a 1000-record reply pays for that 20 000 times. The readers
generated per shape and fmt (the way :mod:`dataclasses` builds ``__init__``) use these
pieces instead -- a time as its remembered hour plus its remembered minutes and
seconds, a model's slots filled in place -- and fall back to the exact decoder for
anything unusual, so a value is either read the same way or refused with the exact
decoder's message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, Final, NamedTuple, TypeVar

__all__ = [
    "DATE_NAMES",
    "ID_CHARS",
    "FastReaders",
    "build_lines",
    "date_condition",
    "date_expression",
    "date_sum",
    "hour_of",
    "id_characters",
    "is_plain",
    "minutes_of",
    "model_builder",
    "read_datetime",
]

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


# -- dates by their hour -----------------------------------------------------------------
#
# A reply's times crowd into a few days and hours, and a minute and second are one of
# 3600 texts: the generated readers read a time as its hour (remembered by its text,
# "DD.MM.YYYY hh:") plus its minutes and seconds (remembered by their text, "mm:ss"),
# one addition instead of rearranging the text for fromisoformat.

#: How many hours :data:`_HOURS` keeps before it starts again (a reply of 10 000 records
#: rarely spans more than a few hundred).
_HOURS_SIZE: Final = 4096
#: "DD.MM.YYYY hh:" -> that hour, for the hours :func:`hour_of` has read.
_HOURS: dict[str, datetime] = {}
#: "mm:ss" -> its minutes and seconds, for the texts :func:`minutes_of` has read (3600
#: at most: only 00..59 twice).
_MINUTES: dict[str, timedelta] = {}


def hour_of(text: str) -> datetime | None:
    """The hour of the time ``text`` starts with (``DD.MM.YYYY hh:``), or ``None``.

    ``text[:14]`` must pass :func:`read_datetime`'s checks of those places -- the
    separators at 2, 5, 10 and 13, no hour 24 -- and its digits are read by the same
    ``fromisoformat`` on the same day and hour (``YYYY-MM-DDThh:00:00``). A text it
    reads is remembered for :func:`date_expression`.
    """
    key = text[:14]
    if len(key) == 14 and key[2:6:3] == ".." and key[10:14:3] == " :" and key[11:13] != "24":
        try:
            hour = _fromisoformat(f"{key[6:10]}-{key[3:5]}-{key[:2]}T{key[11:13]}:00:00")
        except ValueError:
            return None
        if len(_HOURS) >= _HOURS_SIZE:
            _HOURS.clear()
        _HOURS[key] = hour
        return hour
    return None


def minutes_of(text: str) -> timedelta | None:
    """The minutes and seconds of the time ``text`` holds after its hour (``text[14:]``,
    ``mm:ss``: ASCII digits, each below 60), or ``None``. Remembered for
    :func:`date_expression`."""
    rest = text[14:]
    if (
        len(rest) == 5
        and rest[2] == ":"
        and rest.isascii()
        and rest[:2].isdigit()
        and rest[3:].isdigit()
        and rest[0] < "6"
        and rest[3] < "6"
    ):
        value = timedelta(minutes=int(rest[:2]), seconds=int(rest[3:]))
        _MINUTES[rest] = value
        return value
    return None


#: The names :func:`date_condition`, :func:`date_sum` and :func:`date_expression` use,
#: for the generated code's globals.
DATE_NAMES: Final[dict[str, Any]] = {
    "_DATE_HOUR": _HOURS.get,
    "_DATE_HOUR_OF": hour_of,
    "_DATE_MINUTES": _MINUTES.get,
    "_DATE_MINUTES_OF": minutes_of,
}


def date_condition(text: str, hour: str, minutes: str) -> str:
    """A Python condition: true when :func:`read_datetime` reads the ``str`` named
    ``text``, whose time is then ``{hour} + {minutes}``: the scratch variables it sets
    (the generated code's globals must hold :data:`DATE_NAMES`).

    A time of 19 characters is its hour (``text[:14]``, :func:`hour_of`) plus its
    minutes and seconds (``text[14:]``, :func:`minutes_of`), each read once and then
    found by its text: the hour passed every check ``read_datetime`` makes of its
    places, ``mm:ss`` is two ASCII numbers below 60, so the sum is the time
    ``fromisoformat`` reads, and a text either refuses is one ``read_datetime`` refuses.
    """
    return (
        f"(({hour} := _DATE_HOUR({text}[:14])) is not None "
        f"or ({hour} := _DATE_HOUR_OF({text})) is not None) and "
        f"(({minutes} := _DATE_MINUTES({text}[14:])) is not None "
        f"or ({minutes} := _DATE_MINUTES_OF({text})) is not None)"
    )


def date_sum(text: str) -> str:
    """A Python expression: :func:`read_datetime` of the value named ``text``, raising
    TypeError where that gives ``None`` (or the value is no ``str``): the hour plus the
    minutes of :func:`date_condition`, a part not remembered read by :func:`hour_of` or
    :func:`minutes_of`, and ``None`` -- a part they refuse -- failing the addition.
    (A ``timedelta`` of no minutes is false: it is read again, the same.)"""
    return (
        f"((_DATE_HOUR({text}[:14]) or _DATE_HOUR_OF({text})) + "
        f"(_DATE_MINUTES({text}[14:]) or _DATE_MINUTES_OF({text})))"
    )


def date_expression(text: str, fail: str, hour: str, minutes: str) -> str:
    """A Python expression: :func:`read_datetime` of the ``str`` named ``text``, or
    ``fail`` where that gives ``None`` (:func:`date_condition`)."""
    return f"({hour} + {minutes} if {date_condition(text, hour, minutes)} else {fail})"


# -- message ids ---------------------------------------------------------------------------

#: Spec (line 51): a string id is "Latin letters, numbers, and symbols ".-_"": a text
#: ``str.strip`` of these leaves empty is one of them only (``[A-Za-z0-9._-]*``).
ID_CHARS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"


def id_characters(text: str) -> str:
    """A Python condition: the ``str`` named ``text`` is one or more of
    :data:`ID_CHARS` (a full match of ``[A-Za-z0-9._-]+``, without the regex)."""
    return f"({text} and {text}.isascii() and not {text}.strip({ID_CHARS!r}))"


# -- models ----------------------------------------------------------------------------


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
    args = [f"v{i}" for i in range(len(names))]
    namespace: dict[str, Any] = {}
    if is_plain(model):
        body = ["    " + line for line in build_lines(model, names, args, namespace)]
        body.append("    return r")
    else:
        namespace["_model"] = model
        keywords = ", ".join(f"{name}={arg}" for name, arg in zip(names, args, strict=True))
        body = [f"    return _model({keywords})"]
    source = f"def build({', '.join(args)}):\n" + "\n".join(body) + "\n"
    exec(compile(source, f"<build {model.__name__}>", "exec"), namespace)
    build: Callable[..., M] = namespace["build"]
    return build


#: model -> its twin: the same ``__slots__``, no frozen ``__setattr__``.
_TWINS: dict[type[Any], type[Any]] = {}


def _twin(model: type[Any]) -> type[Any]:
    twin = _TWINS.get(model)
    if twin is None:
        every = tuple(f.name for f in dataclasses.fields(model))
        twin = _TWINS[model] = type(f"_{model.__name__}Twin", (object,), {"__slots__": every})
    return twin


def build_lines(
    model: type[Any],
    names: Sequence[str],
    values: Sequence[str],
    namespace: dict[str, Any],
    *,
    target: str = "r",
) -> list[str]:
    """Statements (unindented) that set ``target`` to ``model`` built from the Python
    expressions ``values`` for the fields ``names``, as :func:`model_builder`'s function
    does, written into a generated reader so that a record costs no call.

    The names the statements use are added to ``namespace`` (the generated code's
    globals) under ``_twin...`` names. A model :func:`is_plain` rejects is built by
    :func:`model_builder`'s function instead.
    """
    n = sum(1 for key in namespace if key.startswith("_twin_model"))
    model_name, twin_name = f"_twin_model{n}", f"_twin_class{n}"
    if not is_plain(model):
        namespace[model_name] = model_builder(model, tuple(names))
        return [f"{target} = {model_name}({', '.join(values)})"]
    every = tuple(f.name for f in dataclasses.fields(model))
    unknown = set(names) - set(every)
    if unknown:
        raise ValueError(f"{model.__name__}: no fields {sorted(unknown)}")
    namespace["_twin_new"] = object.__new__
    namespace[model_name] = model
    namespace[twin_name] = _twin(model)
    given = dict(zip(names, values, strict=True))
    lines = [f"{target} = _twin_new({twin_name})"]
    lines += [f"{target}.{name} = {given.get(name, 'None')}" for name in every]
    lines.append(f"{target}.__class__ = {model_name}")
    return lines
