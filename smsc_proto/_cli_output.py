"""What the command line prints: plain data, as JSON or as readable lines (private).

One conversion, :func:`plain`, turns a command, a reply, a callback or a gateway error
into JSON-able data (dicts, lists, str, int, float, bool); :func:`to_json` and
:func:`to_text` write it. Both leave out the fields that are ``None`` and mask every
secret the way ``repr`` does (:mod:`smsc_proto._secrets`): a field declared secret or
named as one (``psw``, ``apikey``, ``secret``, ``token``...), a secret parameter of
``extra``, the credentials' password and key. Exact types survive as text: a
:class:`~decimal.Decimal` is ``"12.50"``, a date ISO 8601, bytes hex.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._errors import GatewayError
from ._secrets import MASK, is_secret_param

__all__ = ["plain", "to_json", "to_text"]

Plain = Any  # dict[str, Plain] | list[Plain] | str | int | float | bool


def _is_pairs(value: object) -> bool:
    """``extra``-style ``(name, value)`` pairs."""
    return (
        isinstance(value, tuple)
        and bool(value)
        and all(
            isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)
            for item in value
        )
    )


def _command_field(command: Any, f: dataclasses.Field[Any], value: Any) -> Plain:
    """A command parameter: a value object as its wire text, a scalar as itself."""
    codec = f.metadata.get("codec")
    wire = f.metadata.get("wire") or f.name
    if not f.repr or is_secret_param(wire):
        return MASK
    if codec is None or isinstance(value, str | int | Decimal) or not hasattr(codec, "format"):
        return plain(value)
    if hasattr(codec, "pairs"):  # an array parameter (fl[5]=1): its pairs
        return {
            name: MASK if is_secret_param(name) else text for name, text in codec.pairs(wire, value)
        }
    return str(codec.format(wire, value))


def plain(value: Any, name: str = "") -> Plain:
    """``value`` as JSON-able data, secrets masked, ``None`` fields left out.

    Args:
        value: A model, an error, or any value a model holds.
        name: The field or parameter name ``value`` belongs to (a secret's is masked).
    """
    if name and value is not None and is_secret_param(name):
        return MASK
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray):
        return bytes(value).hex()
    if isinstance(value, GatewayError):
        error = {"code": value.code, "description": value.description, "id": value.id}
        return {"error": {k: v for k, v in error.items() if v is not None}}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v, str(k)) for k, v in value.items()}
    if _is_pairs(value):
        return [[k, MASK if is_secret_param(k) else plain(v)] for k, v in value]
    if isinstance(value, tuple | list | set | frozenset):
        return [plain(item) for item in value]
    return str(value)


def _dataclass(value: Any) -> dict[str, Plain]:
    from ._command import Command  # noqa: PLC0415 - commands load only when printed

    out: dict[str, Plain] = {}
    is_command = isinstance(value, Command)
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        if item is None:
            continue
        if f.name == "credentials" and is_command:
            # Who calls is worth seeing; the password and the key never are.
            out[f.name] = {k: v if k == "login" else MASK for k, v in item.pairs()}
        elif f.name == "content" and isinstance(item, bytes):
            out["size"] = len(item)  # an attachment's bytes: their size, not a dump
        elif is_command and "codec" in f.metadata:
            out[f.name] = _command_field(value, f, item)
        elif not f.repr:
            out[f.name] = MASK  # hidden from repr: a secret or a copy of one
        else:
            out[f.name] = plain(item, f.name)
    return out


def to_json(data: Plain) -> bytes:
    """``data`` as JSON, with a final newline (keys in the models' field order)."""
    import orjson  # noqa: PLC0415 - only the JSON output needs it

    return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)


def _scalar(value: Plain) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # Plain text as it is; anything a reader could misread (empty, edge blanks, line
        # breaks, control characters) quoted as a Python literal.
        return value if value and value.isprintable() and value == value.strip() else repr(value)
    return str(value)


def to_text(title: str, data: Plain) -> str:
    """``data`` as indented ``name: value`` lines under ``title`` (empty lists left out)."""
    lines = [title]
    _lines(data, "  ", lines)
    return "\n".join(lines) + "\n"


def _lines(data: Plain, indent: str, out: list[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if value in ([], {}):
                continue
            if isinstance(value, dict | list) and not (_flat(value) and not _pairs(value)):
                out.append(f"{indent}{key}:")
                _lines(value, indent + "  ", out)
            else:
                out.append(f"{indent}{key}: {_inline(value)}")
    elif isinstance(data, list) and data and all(_is_pair(item) for item in data):
        for key, value in data:  # extra's (name, value) pairs
            out.append(f"{indent}{key}: {_scalar(value)}")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict | list) and not _flat(item):
                out.append(f"{indent}-")
                _lines(item, indent + "  ", out)
            else:
                out.append(f"{indent}- {_inline(item)}")
    else:
        out.append(f"{indent}{_scalar(data)}")


def _pairs(value: Plain) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_pair(item) for item in value)


def _is_pair(value: Plain) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and not isinstance(value[1], dict | list)
    )


def _flat(value: Plain) -> bool:
    """A list of scalars, or a ``[name, value]`` pair: fits on one line."""
    return isinstance(value, list) and all(not isinstance(v, dict | list) for v in value)


def _inline(value: Plain) -> str:
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return _scalar(value)
