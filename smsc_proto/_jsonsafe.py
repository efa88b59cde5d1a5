"""Hardened loading of JSON reply bodies (fmt=3) through orjson (private).

The gateway sends JSON either as raw windows-1251, koi8-r or utf-8 bytes (the request's
``charset``) or as ``\\u``-escaped ASCII; orjson reads only UTF-8, so the body is
decoded strictly to ``str`` first. On top of orjson's own checks (no NaN or Infinity,
no control characters in strings, no lone surrogates, nesting up to 1024), the
toolkit refuses nesting deeper than :data:`MAX_JSON_DEPTH` and integers that orjson
would silently turn into floats. Every failure is a :class:`RemoteProtocolError`
whose message starts with ``"body:"``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, Final

import orjson

from ._errors import LocalProtocolError, RemoteProtocolError
from ._util import short

# The size cap (MAX_BODY_BYTES), compression and charset checks are the XML loader's.
from ._xmlsafe import check_body, decode_body, request_charset

__all__ = [
    "MAX_JSON_DEPTH",
    "float_text",
    "json_string",
    "json_text",
    "load_json",
    "load_json_for_reader",
    "repeated_member",
]

#: Deepest nesting of arrays and objects accepted (the top-level container counts as
#: one). The protocol's deepest reply is a few levels; orjson alone accepts 1024, which
#: later breaks ``repr`` and any recursive walk of the value.
MAX_JSON_DEPTH: Final = 32

# orjson keeps integers in -2**63 .. 2**64-1 exact and turns any integer literal
# outside that range into a float (18446744073709551616 -> 1.8446744073709552e+19),
# silently losing digits. Such a literal has at least 19 digits; it is found in the
# text, where "1e20" (a float the sender meant) and "100000000000000000000" differ.
_INT_MIN: Final = -(2**63)
_INT_MAX: Final = 2**64 - 1

# The long-integer scan runs on text orjson has already accepted, with every string
# blanked to "" first (so digits inside strings do not count): one pass of the regex
# engine over the text, not a Python loop per token.
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# A run of 19 or more digits that starts a number (not a fraction or an exponent) and
# ends it (no fraction or exponent follows): an integer literal orjson may not keep.
_LONG_INT: Final = re.compile(r"(?<![0-9.eE+\-])-?[0-9]{19,}(?![0-9.eE])")


def _walk(value: object) -> bool:
    """Refuse nesting over MAX_JSON_DEPTH; return whether the value holds a float.

    An iterative walk of the loaded value (orjson nests at most 1024 levels, and only
    containers go on the stack), so it cannot be driven into a RecursionError.
    """
    saw_float = type(value) is float
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children: Iterable[object]
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            raise RemoteProtocolError(f"body: JSON nesting deeper than {MAX_JSON_DEPTH} levels")
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
            elif type(child) is float:
                saw_float = True
    return saw_float


def _check_long_integers(text: str) -> None:
    """Refuse integer literals orjson turned into floats (outside -2**63..2**64-1)."""
    if '"' in text:
        text = _STRING.sub('""', text)
    for match in _LONG_INT.finditer(text):
        literal = match.group()
        # More than 20 digits is out of range whatever they are (and int() of a very
        # long literal would hit Python's int_max_str_digits limit).
        if len(literal.lstrip("-")) > 20 or not _INT_MIN <= int(literal) <= _INT_MAX:
            raise RemoteProtocolError(
                f"body: JSON integer {short(literal)} is outside {_INT_MIN}..{_INT_MAX}"
            )


def load_json(body: bytes, charset: str) -> object:
    """Load a JSON reply body.

    Args:
        body: The raw reply body.
        charset: The request's charset (``windows-1251``, ``koi8-r`` or ``utf-8``,
            case-insensitive); the body is decoded strictly in it. A UTF-8 byte order
            mark is allowed for utf-8 only.

    Returns:
        The value: ``dict``, ``list``, ``str``, ``int``, ``float``, ``bool`` or
        ``None``, nested at most :data:`MAX_JSON_DEPTH` levels; every ``int`` is in
        ``-2**63 .. 2**64-1`` and every ``float`` is finite.

    Raises:
        RemoteProtocolError: the body is too big, compressed, not valid in its
            charset, not valid JSON, too deeply nested or carries an integer out of
            range. The message starts with ``"body:"``.
        LocalProtocolError: ``charset`` names no charset of the protocol.
        TypeError: ``body`` is not bytes.
    """
    text = _text(body, charset)
    value = _loads(text)
    # Only containers can nest; only a float can be an integer orjson could not keep, so
    # the text scan runs only when the value holds one.
    if (isinstance(value, (dict, list)) and _walk(value)) or type(value) is float:
        _check_long_integers(text)
    return value


def _text(body: bytes, charset: str) -> str:
    return decode_body(check_body(body), request_charset(charset))


def _loads(text: str) -> object:
    try:
        return orjson.loads(text)
    except (orjson.JSONDecodeError, ValueError, UnicodeError) as exc:
        raise RemoteProtocolError(f"body: not valid JSON: {exc}") from None


def load_json_for_reader(body: bytes, charset: str) -> object:
    """Load a JSON body for a reader that checks every value against a declaration.

    The same charset, size and syntax checks as :func:`load_json`, without the two
    checks that walk the whole value, because the reply readers of
    :mod:`smsc_proto._replies` make both: they accept a container only where a shape
    declares a list of records or values (so nothing nests deeper than the deepest
    declared shape, a few levels, and no container is ever walked recursively), and
    they refuse a float written in exponent form, which every integer orjson could not
    keep becomes (:func:`float_text`). The walk costs more than ``orjson.loads`` itself
    on a long list of records.
    """
    return _loads(_text(body, charset))


def repeated_member(text: str | bytes) -> str | None:
    """The first member name an object of JSON ``text`` repeats, or ``None``.

    orjson keeps the last of a repeated member silently (``{"a":1,"a":2}`` loads as
    ``{"a": 2}``); the standard parser hands every member over in order, so ``text``
    -- already accepted by orjson -- is read again with it to find the repeat.

    Raises:
        RemoteProtocolError: the standard parser cannot read ``text`` (nested too deep
            for it).
    """
    found: list[str] = []

    def members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        names: set[str] = set()
        for name, _ in pairs:
            if name in names and not found:
                found.append(name)
            names.add(name)
        return {}

    try:
        json.loads(text, object_pairs_hook=members)
    except (ValueError, RecursionError):
        raise RemoteProtocolError("body: JSON nested too deep") from None
    return found[0] if found else None


def float_text(name: str, value: float) -> str:
    """The text of a JSON float read where a number or string is expected.

    orjson turns an integer literal outside ``-2**63..2**64-1`` into a float whose
    ``repr`` has an exponent (``1.8446744073709552e+19``); so does a literal written with
    one. Neither is a value of any field of the protocol, and the digits of the former
    are lost: both are refused. Other floats give their shortest text (``1.40`` was
    read as ``1.4``).

    Raises:
        RemoteProtocolError: the float has an exponent (or is out of range).
    """
    text = repr(value)
    if "e" in text or "E" in text:
        raise RemoteProtocolError(
            f"{name}: the number {short(text)} is out of range or in exponent form"
        )
    return text


def json_text(name: str, value: object, *, subject: str = "", integers_only: bool = False) -> str:
    """The text of a JSON scalar read where the protocol expects text: the one rule.

    Reply members, callback members and ``rest/send`` parameters all come as strings or
    as bare numbers (QUIRKS INC-71: ids and numbers are quoted in some replies and bare
    in others); the field's codec then checks the text. A string is kept as it is, an
    integer gives its digits, a float its shortest text through :func:`float_text`
    (exponent forms refused). ``true``, ``false``, ``null`` and containers are no text:
    refused (``bool`` is an ``int`` subclass in Python, so it is tested first).

    Args:
        name: The member's name as messages show it.
        value: The loaded value.
        subject: What the value is, for messages (``"a JSON callback member"``).
        integers_only: Refuse fractions too (a ``rest/send`` parameter is a string or
            an integer).

    Raises:
        RemoteProtocolError: the value is no string or number (no string or integer
            with ``integers_only``), or a float in exponent form.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if integers_only:
        raise RemoteProtocolError(
            f"{name}: JSON values must be strings or integers, got {type(value).__name__}"
        )
    if isinstance(value, float):
        # orjson reads 1.40 as 1.4; repr keeps the shortest text of the same number.
        return float_text(name, value)
    lead = f"{name}: {subject} " if subject else f"{name}: "
    if isinstance(value, (dict, list)):
        raise RemoteProtocolError(f"{lead}must be a number or a string, not a JSON container")
    raise RemoteProtocolError(f"{lead}must be a number or a string, got {type(value).__name__}")


def json_string(text: str, what: str) -> str:
    """``text`` as a JSON string literal, for the encoders.

    orjson refuses a lone surrogate (``"\\ud800"``: UTF-8 has no encoding for it) with
    a ``TypeError``; an encoder raises only :class:`LocalProtocolError`, naming ``what``.
    """
    try:
        return orjson.dumps(text).decode()
    except TypeError:
        if not isinstance(text, str):
            raise LocalProtocolError(f"{what}: must be text, got {type(text).__name__}") from None
        at = next((i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff"), 0)
        raise LocalProtocolError(
            f"{what}: a lone surrogate (U+{ord(text[at]):04X}) at offset {at} cannot be "
            "written as JSON"
        ) from None
