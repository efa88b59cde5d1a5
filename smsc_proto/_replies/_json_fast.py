"""The fmt=3 fast path: straight-line record readers generated per shape (private).

Spec (line 134): "fmt - response format: ... 3 - json". The exact decoder
(``JsonShape.decode_object``) reads every value through a per-key reader and the frozen
``__init__``; on a 10 000-record reply that is most of the time. This module writes,
once per shape and at first use, the source of a function that reads one record object
the way :mod:`dataclasses` writes ``__init__``: every key fetched by name, every value
checked inline for its usual form (an ``int`` in range, a ``str`` for text, date text
read by its hour and minutes (:func:`~smsc_proto._replies._fast.date_expression`), a
money text already seen), the model built in place
(:func:`~smsc_proto._replies._fast.build_lines`).

Anything unusual -- a missing or extra key, a value in another form (quoted where it is
usually bare, ``null``, a float), a value that fails its check -- sends that record, and
only that record, to the exact decoder, so a reply either reads to the same value as
:func:`~smsc_proto.decode_exact` or is refused with the same message.

The module also owns the two fmt=3 guarantees that cost a look at the body's bytes:
``orjson.loads`` on the bytes when the charset is utf-8, and the refusal of a repeated
key (orjson keeps the last value silently; fmt=2 refuses a repeated element).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Final, TypeVar

import orjson

from .._command import Int, Text
from .._errors import LocalProtocolError, RemoteProtocolError
from .._jsonsafe import load_json_for_reader
from .._xmlsafe import check_body, decode_body, request_charset
from ..values import MESSAGE_ID_MAX, parse_datetime, parse_message_id
from . import _registry as _r
from ._fast import DATE_NAMES, build_lines, date_condition, date_sum, id_characters
from ._fields import Field, plain_text
from ._json import JSON_FORMAT, JsonNumber, json_scalar, json_shape
from ._json import _reader as _json_reader
from ._shapes import Shape

__all__ = [
    "decode_json_body",
    "decode_record",
    "encode_json_fast",
    "key_and_string_count",
    "load_exact",
    "refuse_repeated_keys",
]

M = TypeVar("M")

#: What a document reader returns: the reply and the number of keys plus string values
#: it holds (for the repeated-key check).
_DocReader = Callable[[Any], tuple[Any, int]]

# A record the fast reader does not take (the mixed lists try each alternative).
_UNUSUAL: Final = object()
# An optional key the record leaves out.
_MISSING: Final = object()

# The generated readers' caches each map a text already read by the exact reader to
# what it read, so a hit is the exact value; each is cleared when it grows past
# _CACHE_SIZE (a reply repeats a handful of amounts, flags and codes).
_CACHE_SIZE: Final = 4096

# Shapes -> the document reader; the shapes are module constants of the scripts, kept
# alive here so their ids are not reused.
_READERS: dict[tuple[int, ...], tuple[tuple[Any, ...], _DocReader]] = {}


_IMMUTABLE: Final = (int, str, Decimal, date, datetime, time, enum.Enum)


# -- loading ---------------------------------------------------------------------------------


def _load(body: bytes, charset: str) -> object:
    """:func:`~smsc_proto._jsonsafe.load_json_for_reader`, reading utf-8 bytes directly.

    orjson reads UTF-8 bytes as strictly as ``bytes.decode`` does, so a utf-8 body skips
    the copy to ``str``. A body orjson refuses, or one starting with a byte order mark,
    goes the ``str`` way, which gives the same value or the exact message.
    """
    if request_charset(charset) == "utf-8":
        raw = check_body(body)
        # A UTF-8 byte order mark is dropped and a UTF-16 one refused by decode_body.
        if not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            try:
                return orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
    return load_json_for_reader(body, charset)


def load_exact(body: bytes, charset: str) -> object:
    """What the exact decoder reads: the loaded value, refused when a key repeats."""
    data = load_json_for_reader(body, charset)
    _exact_repeat_check(body, charset)
    return data


# -- repeated keys ---------------------------------------------------------------------------


def key_and_string_count(value: object) -> int:
    """The keys of every object plus the string values in ``value`` (no recursion)."""
    total = 0
    stack = [value]
    while stack:
        node = stack.pop()
        if type(node) is dict:
            total += len(node)
            stack.extend(node.values())
        elif type(node) is list:
            stack.extend(node)
        elif type(node) is str:
            total += 1
    return total


def _refuse_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen = dict(pairs)
    if len(seen) != len(pairs):
        keys = [key for key, _ in pairs]
        repeated = next(key for key in keys if keys.count(key) > 1)
        raise RemoteProtocolError(f"body: the key {repeated!r} appears more than once in an object")
    return seen


def _exact_repeat_check(body: bytes, charset: str) -> None:
    """Refuse a body (valid JSON, already loaded) in which an object repeats a key."""
    text = decode_body(check_body(body), request_charset(charset))
    try:
        json.loads(text, object_pairs_hook=_refuse_pairs)
    except RecursionError:
        # orjson nests up to 1024 levels, the standard parser fewer; no reply of the
        # protocol is nested so deep, and the shape would refuse it.
        raise RemoteProtocolError("body: JSON nested too deep") from None


def refuse_repeated_keys(body: bytes, charset: str, count: int) -> None:
    """Refuse ``body`` when an object repeats a key; ``count`` is the loaded value's
    :func:`key_and_string_count`.

    Every JSON string is a key or a string value, and each brings two unescaped quotes
    (plus one per escaped quote inside it). A repeated key's earlier member is gone
    from the loaded value, so the body then holds more quotes than twice ``count``;
    when the counts agree no key repeats. The count is one pass of ``bytes.count``
    (``"`` is 0x22 in every charset of the protocol and in no multi-byte sequence of
    UTF-8); only a body where they differ -- a repeated key or an escaped quote -- is
    parsed again with the standard parser to tell which.
    """
    if body.count(b'"') != 2 * count:
        _exact_repeat_check(body, charset)


# -- the generated record readers ------------------------------------------------------------


def _memo_fill(read: Callable[[object], Any], memo: dict[Any, Any]) -> Callable[[object], Any]:
    """The exact reader of a field, remembering what it read for ``str``/``int`` texts."""

    def fill(value: object) -> Any:
        result = read(value)  # the exact checks and message
        if (type(value) is str or type(value) is int) and _immutable(result):
            if len(memo) >= _CACHE_SIZE:
                memo.clear()
            memo[value] = result
        return result

    return fill


def _immutable(value: object) -> bool:
    if isinstance(value, _IMMUTABLE):
        return True
    params = getattr(type(value), "__dataclass_params__", None)
    return params is not None and bool(params.frozen)


def _is(codec: object, parse: Callable[..., Any]) -> bool:
    """Whether ``codec`` is the :class:`Syntax` of the ``parse`` function."""
    return getattr(codec, "_parse", None) is parse


@dataclasses.dataclass
class _Source:
    """The lines and the namespace of one generated function."""

    namespace: dict[str, Any]
    lines: list[str] = dataclasses.field(default_factory=list)
    #: Added to every indent: the record's lines sit one level deeper in a loop.
    base: int = 0

    def add(self, indent: int, *lines: str) -> None:
        self.lines += ["    " * (indent + self.base) + line for line in lines]

    def bind(self, name: str, value: object) -> str:
        self.namespace[name] = value
        return name


def _field_lines(src: _Source, i: int, field: Field, optional: bool) -> int:
    """Write the lines that read ``v{i}``; return how many string values its usual form
    counts (1 when the usual form is a JSON string)."""
    codec = field.codec
    v = f"v{i}"
    exact = src.bind(f"R{i}", _json_reader(field))
    usual = 0
    if field.records is not None:
        sub = src.bind(f"SUB{i}", _record_reader(field.records, trying=False))
        check = f"type({v}) is list"
        take = [f"{v} = tuple([{sub}(x, acc) for x in {v}])"]
        slow = [f"{v} = {exact}({v})"]
    elif field.items is not None:
        check, take = "False", ["pass"]
        slow = [f"s += type({v}) is str", f"{v} = {exact}({v})"]
    elif type(codec) is Int:
        lo, hi = src.bind(f"LO{i}", codec.lo), src.bind(f"HI{i}", codec.hi)
        if field.quoted and codec.lo >= 0:
            usual = 1
            most = len(str(codec.hi))
            check = (
                f"type({v}) is str and len({v}) <= {most} and {v}.isascii() and "
                f"{v}.isdigit() and {lo} <= (w := int({v})) <= {hi}"
            )
            take = [f"{v} = w"]
        else:
            check = f"type({v}) is int and {lo} <= {v} <= {hi}"
            take = ["pass"]
        slow = [f"s += (type({v}) is str) - {usual}", f"{v} = {exact}({v})"]
    elif type(codec) is Text:
        usual = 1
        parts = [f"type({v}) is str"]
        if codec.nonempty:
            parts.append(v)
        if codec.max_len is not None:
            parts.append(f"len({v}) <= {codec.max_len}")
        if codec.single_line:
            parts.append(f'"\\n" not in {v} and "\\r" not in {v}')
        check, take = " and ".join(parts), ["pass"]
        slow = [f"s += (type({v}) is str) - 1", f"{v} = {exact}({v})"]
    elif _is(codec, parse_datetime):
        usual = 1
        src.namespace.update(DATE_NAMES)
        # read_datetime's value, through the hours and minutes read before; a time it
        # would not read goes to the exact parser, which reads it or says why not.
        # (A value that is no str fails the slicing or the lookup with TypeError: the
        # record then goes to the exact decoder.)
        if not optional:
            # The usual time in one expression, which raises TypeError for any other
            # value (date_sum): the exact parser then reads it or says why not.
            src.add(3, "try:", f"    {v} = {date_sum(v)}")
            src.add(
                3,
                "except TypeError:",
                f"    s += (type({v}) is str) - 1",
                f"    {v} = {exact}({v})",
            )
            return 1
        check = date_condition(v, "h", "m")
        take = [f"{v} = h + m"]
        slow = [f"s += (type({v}) is str) - 1", f"{v} = {exact}({v})"]
    elif _is(codec, parse_message_id):
        # Spec (line 51): "from 1 to 2147483647 or a string"; a bare number in range is
        # the int id the exact reader gives (its canonical text has no leading zero).
        check = f"type({v}) is int and 1 <= {v} <= {MESSAGE_ID_MAX}"
        take = ["pass"]
        # A client's id with a letter (never all digits, so never read as a number) is
        # the str parse_message_id gives; anything else goes to it.
        string = f"len({v}) <= 40 and not {v}.isdigit() and {id_characters(v)}"
        slow = [
            f"if type({v}) is str and {string}:",
            "    s += 1",
            "else:",
            f"    s += type({v}) is str",
            f"    {v} = {exact}({v})",
        ]
    else:
        # Money, numeric codes, flags, choices: a pure codec; a text it read before
        # reads the same (Dec refuses a JSON float, so the memo never holds one).
        usual = 1 if field.quoted else 0
        kind = "str" if usual else "int"
        memo = src.bind(f"M{i}", {})
        fill = src.bind(f"F{i}", _memo_fill(_json_reader(field), src.namespace[memo]))
        check = f"type({v}) is {kind} and (w := {memo}.get({v})) is not None"
        take = [f"{v} = w"]
        slow = [f"s += (type({v}) is str) - {usual}", f"{v} = {fill}({v})"]
    if optional:
        src.add(3, f"if {v} is MISSING:", f"    {v} = None", f"    s -= {usual}")
        src.add(3, f"elif {check}:")
    else:
        src.add(3, f"if {check}:")
    src.add(4, *take)
    src.add(3, "else:")
    src.add(4, *slow)
    return usual


def _record_reader(
    shape: Shape[Any], *, trying: bool, grouped: bool = False, loop: bool = False
) -> Any:
    """The generated reader of one record object of ``shape``.

    ``reader(record, acc[, group_value])`` returns the model. It appends to ``acc`` how
    many more (or fewer) string values the record holds than its usual form (the
    reader's ``USUAL`` attribute counts). An unusual record goes to the exact decoder
    (``trying``: the reader returns ``_UNUSUAL`` instead). With ``loop`` the function
    is ``reader(records, acc)`` and returns the list of models: the record's lines sit
    inside the loop, which saves a call per record.
    """
    assert shape.json is not None
    names = shape.carried(3)
    keys = [shape.json.name(n) for n in names]
    fields = [shape.by_name[n] for n in names]
    src = _Source({"MISSING": _MISSING, "UNUSUAL": _UNUSUAL})
    group = shape.grouped.field if grouped and shape.grouped is not None else None
    built = (*names, group) if group is not None else tuple(names)
    required = sum(not f.optional for f in fields)
    extra = ", g" if group is not None else ""
    src.bind("KEYS", tuple(keys))
    variables = [f"v{i}" for i in range(len(fields))]
    # The keys in the documented order (orjson keeps the body's order): one unpacking
    # of the values. Otherwise each key by name, and as many keys as were found.
    # orjson hands out the same key objects record after record: once a record's keys
    # are found to be KEYS, the next record's are compared with them by identity.
    ks = [f"k{i}" for i in range(len(keys))]
    known = [f"K{i}" for i in range(len(keys))]
    unpack_values = f"{', '.join(variables)}{',' * (len(variables) == 1)} = d.values()"
    if loop:
        src.add(0, "def read(data, acc):", "    out = []", "    append = out.append")
        src.add(1, f"{', '.join(known)}, = KEYS", "for d in data:")
        src.base = 1
        src.add(1, "if type(d) is dict:", "    try:")
        src.add(
            3, "s = 0", "try:", f"    {', '.join(ks)}, = d", "except ValueError:", "    k0 = None"
        )
        same = " and ".join(f"{k} is {c}" for k, c in zip(ks, known, strict=True))
        src.add(3, f"if {same}:", f"    {unpack_values}")
        src.add(
            3,
            "elif (k := tuple(d)) == KEYS:",
            f"    {', '.join(known)}, = k",
            f"    {unpack_values}",
        )
    else:
        # A reader called per record keeps the keys of the last record it read in
        # SEEN; another thread's store holds keys equal to KEYS too.
        src.bind("SEEN", [tuple(keys)])
        src.add(0, f"def read(d, acc{extra}):")
        src.add(1, "if type(d) is dict:", "    try:")
        src.add(
            3, "s = 0", "if (k := tuple(d)) == SEEN[0]:", f"    {unpack_values}", "    SEEN[0] = k"
        )
    src.add(3, "else:", f"    n = {required}")
    for i, (key, field) in enumerate(zip(keys, fields, strict=True)):
        if field.optional:
            src.add(4, f"v{i} = d.get({key!r}, MISSING)", f"if v{i} is not MISSING:", "    n += 1")
        else:
            src.add(4, f"v{i} = d[{key!r}]")
    src.add(4, "if len(d) != n:", "    raise KeyError")
    usual = sum(_field_lines(src, i, f, f.optional) for i, f in enumerate(fields))
    values = variables + (["g"] if group else [])
    src.add(3, "if s:", "    acc.append(s)")
    src.add(3, *build_lines(shape.model, built, values, src.namespace))
    if loop:
        src.add(3, "append(r)", "continue")
    else:
        src.add(3, "return r")
    src.add(2, "except (KeyError, ValueError, TypeError):", "    pass")
    slow = src.bind("SLOW", _exact_record(shape, usual, group))
    if loop:
        src.add(1, f"append({slow}(d, acc))")
        src.base = 0
        src.add(1, "return out")
    elif trying:
        src.add(1, "return UNUSUAL")
    else:
        src.add(1, f"return {slow}(d, acc{extra})")
    source = "\n".join(src.lines) + "\n"
    exec(compile(source, f"<json reader {shape.model.__name__}>", "exec"), src.namespace)
    reader = src.namespace["read"]
    reader.USUAL = usual
    reader.SOURCE = source
    return reader


def _exact_record(shape: Shape[Any], usual: int, group: str | None) -> Callable[..., Any]:
    """The exact decoder of one record, keeping the string count of the fast reader."""

    def exact(record: object, acc: list[int], *preset: object) -> Any:
        values = {group: preset[0]} if group is not None else None
        model = json_shape(shape).decode_object(record, values)
        assert isinstance(record, dict)
        acc.append(key_and_string_count(record) - len(record) - usual)
        return model

    return exact


# -- the document readers --------------------------------------------------------------------


def _flat(shape: Shape[Any]) -> bool:
    """Whether ``shape``'s records hold no list (their count is keys plus strings)."""
    return not any(field.nested for field in shape.fields) and shape.grouped is None


def _document_reader(shape: Shape[Any]) -> _DocReader:
    """The reader of a whole fmt=3 body of ``shape`` (``JsonShape.decode``'s cases)."""
    assert shape.json is not None
    exact = json_shape(shape).decode
    if shape.grouped is not None:
        return _grouped_reader(shape)
    read = _record_reader(shape, trying=False)
    usual: int = read.USUAL
    if shape.many:
        flat = _flat(shape)
        read_all = _record_reader(shape, trying=False, loop=True)

        def many(data: Any) -> tuple[Any, int]:
            if type(data) is not list:
                return exact(data), 0  # raises the exact message
            acc: list[int] = []
            out = read_all(data, acc)
            if flat:
                return out, sum(map(len, data)) + usual * len(data) + sum(acc)
            return out, key_and_string_count(data)

        return many
    if shape.json.wrapped:

        def wrapped(data: Any) -> tuple[Any, int]:
            if type(data) is list and len(data) == 1:
                return read(data[0], []), key_and_string_count(data)
            return exact(data), 0  # raises the exact message

        return wrapped
    return lambda data: (read(data, []), key_and_string_count(data))


def _grouped_reader(shape: Shape[Any]) -> _DocReader:
    """users.php ``get_stat_all``: ``[{"login": ..., "items": [{...}, ...]}, ...]``."""
    group = shape.grouped
    assert group is not None
    read = _record_reader(shape, trying=False, grouped=True)
    field, items = group.field, group.json_items
    parse = shape.by_name[field].codec.parse

    def grouped(data: Any) -> tuple[Any, int]:
        out: list[Any] = []
        acc: list[int] = []
        if type(data) is list:
            for obj in data:
                if not (type(obj) is dict and len(obj) == 2 and type(obj.get(items)) is list):
                    break
                try:
                    value = parse(field, json_scalar(field, obj[field]))
                except (KeyError, ValueError):
                    break
                out += [read(record, acc, value) for record in obj[items]]
            else:
                return out, key_and_string_count(data)
        # An unusual group: the exact decoder reads the document and says what is wrong.
        return json_shape(shape).decode(data), key_and_string_count(data)

    return grouped


def _mixed_reader(shapes: tuple[Shape[Any], ...]) -> _DocReader:
    """A list whose every record is decided among ``shapes`` (``_decode_mixed``).

    A record is taken fast by the alternative whose keys it has exactly when no other
    alternative could accept those keys (then ``has_keys_of`` of the exact decoder
    picks the same one); the rest go to the exact decoder one record at a time.
    """
    by_count: dict[int, list[tuple[int, Any]]] = {}
    for shape in shapes:
        plan, need = set(_keys(shape)), _needed_keys(shape)
        rivals = [
            other
            for other in shapes
            if other is not shape and need | _needed_keys(other) <= plan & set(_keys(other))
        ]
        if rivals or not _flat(shape):
            continue
        read = _record_reader(shape, trying=True)
        for count in range(len(need), len(plan) + 1):
            by_count.setdefault(count, []).append((read.USUAL, read))

    def one(record: object, acc: list[int]) -> Any:
        value = _r._decode_mixed(JSON_FORMAT, shapes, [record])[0]
        assert isinstance(record, dict)
        acc.append(key_and_string_count(record) - len(record))
        return value

    flat = all(_flat(shape) for shape in shapes)

    def mixed(data: Any) -> tuple[Any, int]:
        if type(data) is not list:
            return _r._decode_mixed(JSON_FORMAT, shapes, data), 0  # raises the exact message
        out = []
        acc: list[int] = []
        strings = 0
        for record in data:
            value: Any = _UNUSUAL
            if type(record) is dict:
                for usual, read in by_count.get(len(record), ()):
                    value = read(record, acc)
                    if value is not _UNUSUAL:
                        strings += usual
                        break
            if value is _UNUSUAL:
                value = one(record, acc)
            out.append(value)
        if flat:
            return out, sum(map(len, data)) + strings + sum(acc)
        return out, key_and_string_count(data)

    return mixed


def _keys(shape: Shape[Any]) -> dict[str, str]:
    """fmt=3 key -> field name."""
    assert shape.json is not None
    return {shape.json.name(name): name for name in shape.carried(3)}


def _needed_keys(shape: Shape[Any]) -> set[str]:
    """The keys a record of ``shape`` must have."""
    return {key for key, name in _keys(shape).items() if not shape.by_name[name].optional}


def _reader(shapes: tuple[Shape[Any], ...]) -> _DocReader:
    """The document reader of a command's fmt=3 alternatives, built at first use."""
    key = tuple(id(shape) for shape in shapes)
    cached = _READERS.get(key)
    if cached is not None:
        return cached[1]
    reader: _DocReader
    if _r._mixed(shapes):
        reader = _mixed_reader(shapes)
    elif len(shapes) == 1:
        reader = _document_reader(shapes[0])
    else:
        readers = [_document_reader(shape) for shape in shapes]

        def one_of(data: Any) -> tuple[Any, int]:
            # Each alternative reads as the exact decoder does or raises its message:
            # the exact rule then picks among them.
            options = dict(zip((id(s) for s in shapes), readers, strict=True))
            value = _r._decode_one_of(shapes, lambda shape: options[id(shape)](data)[0])
            return value, key_and_string_count(data)

        reader = one_of
    _READERS[key] = (shapes, reader)
    return reader


_INT_RANGE: Final = range(-(2**63), 2**64)


def _orjson_int(text: str) -> int | float:
    """An integer literal as orjson reads it: exact in -2**63..2**64-1, else a float."""
    if len(text.lstrip("-")) <= 20:
        value = int(text)
        if value in _INT_RANGE:
            return value
    return float(text)


def _holds_float(value: object) -> bool:
    """Whether a loaded value holds a float anywhere (no recursion)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if type(node) is float:
            return True
        if type(node) is dict:
            stack.extend(node.values())
        elif type(node) is list:
            stack.extend(node)
    return False


def _load_exact_numbers(body: bytes, charset: str) -> object:
    """The body (valid JSON: orjson read it) with each bare fraction as a JsonNumber.

    The standard parser keeps every value orjson keeps; integers are read the way
    orjson reads them, so only the fractions differ.
    """
    text = decode_body(check_body(body), request_charset(charset))
    try:
        return json.loads(text, parse_float=JsonNumber, parse_int=_orjson_int)
    except RecursionError:
        raise RemoteProtocolError("body: JSON nested too deep") from None


def _decode_exact(shapes: tuple[Shape[Any], ...], data: object) -> Any:
    """The exact decoder's reading of a loaded body."""
    if _r._mixed(shapes):
        return _r._decode_mixed(JSON_FORMAT, shapes, data)
    return _r._decode_one_of(shapes, lambda shape: json_shape(shape).decode(data))


def decode_record(shape: Shape[M], data: object, body: bytes, charset: str) -> M:
    """``json_shape(shape).decode_object(data)`` for a record loaded from ``body``, reading a bare
    fraction in an amount with its digits as written (documents.php's JSON part)."""
    try:
        return json_shape(shape).decode_object(data)
    except RemoteProtocolError:
        if not _holds_float(data):
            raise
    return json_shape(shape).decode_object(_load_exact_numbers(body, charset))


def decode_json_body(command: Any, body: bytes, charset: str, *, fast: bool) -> Any:
    """Decode a fmt=3 body: :func:`~smsc_proto.decode_response` (``fast``) or
    :func:`~smsc_proto.decode_exact`.

    The fast path reads the body through the generated readers: the same value as the
    exact decoder, or the same error class (the same message but for the order in
    which two faults of one body are found). Both refuse a repeated key, and both read
    a bare fraction in an amount with its digits as written: orjson makes it a float,
    which the amount's reader refuses; a refused body holding a float is read again
    with the fractions kept as text (:class:`JsonNumber`) and decoded exactly.
    """
    data = _load(body, charset) if fast else load_exact(body, charset)
    error = JSON_FORMAT.error(_r.table_of(type(command)), data)
    if error is not None:
        if fast:
            refuse_repeated_keys(body, charset, key_and_string_count(data))
        raise error
    shapes = _r._supporting(command, 3)
    try:
        if fast:
            value, count = _reader(shapes)(data)
        else:
            value, count = _decode_exact(shapes, data), 0
    except RemoteProtocolError:
        if not _holds_float(data):
            raise
        data = _load_exact_numbers(body, charset)
        value, count = _decode_exact(shapes, data), key_and_string_count(data)
    if fast:
        refuse_repeated_keys(body, charset, count)
    return value


# -- the generated writers -------------------------------------------------------------------


class _Unusual(Exception):
    """A record the generated writer leaves to the exact encoder."""


_CANONICAL_INT: Final = re.compile(r"-?(?:0|[1-9][0-9]*)")

# Shape -> its writer (or None: the exact encoder writes every reply of the shape).
_WRITERS: dict[int, tuple[Shape[Any], Callable[[object], dict[str, Any]] | None]] = {}


def _bare(text: str) -> int:
    """The int orjson writes as ``text`` (a bare value of a codec other than Int)."""
    if _CANONICAL_INT.fullmatch(text) is None:
        raise _Unusual
    return int(text)


def _writer(shape: Shape[Any]) -> Callable[[object], dict[str, Any]] | None:
    """The generated writer of one record of a flat ``shape``: the dict whose
    ``orjson.dumps`` is the record's object as ``JsonShape.json_object`` writes it.

    Each value is checked as the exact encoder checks it -- an ``int`` in range and a
    ``str`` for plain text inline, any other value through its codec's ``format`` --
    and anything else raises ``_Unusual`` (or the codec's LocalProtocolError): the
    exact encoder then writes the reply or says what is wrong.
    """
    cached = _WRITERS.get(id(shape))
    if cached is not None:
        return cached[1]
    writer = None
    if shape.json is not None and _flat(shape):
        src = _Source({"MODEL": shape.model, "UNUSUAL": _Unusual, "BARE": _bare})
        src.add(
            0,
            "def write(r):",
            "    if type(r) is not MODEL:",
            "        raise UNUSUAL",
            "    d = {}",
        )
        for i, name in enumerate(shape.carried(3)):
            field = shape.by_name[name]
            codec = field.codec
            key = shape.json.name(name)
            src.add(1, f"v = r.{name}")
            if field.optional:
                src.add(1, "if v is not None:")
            else:
                src.add(1, "if v is None:", "    raise UNUSUAL", "else:")
            if type(codec) is Int:
                lo, hi = src.bind(f"LO{i}", codec.lo), src.bind(f"HI{i}", codec.hi)
                value = "str(v)" if field.quoted else "v"
                src.add(2, f"if type(v) is not int or not {lo} <= v <= {hi}:", "    raise UNUSUAL")
                src.add(2, f"d[{key!r}] = {value}")
            elif type(codec) is Text and plain_text(codec):
                src.add(2, "if type(v) is not str:", "    raise UNUSUAL", f"d[{key!r}] = v")
            elif _is(codec, parse_datetime):
                # format_datetime's checks (a naive datetime with whole seconds), inline.
                src.namespace["DATETIME"] = datetime
                src.add(
                    2,
                    "if type(v) is not DATETIME or v.tzinfo is not None or v.microsecond:",
                    "    raise UNUSUAL",
                    f"d[{key!r}] = '%02d.%02d.%04d %02d:%02d:%02d' % "
                    "(v.day, v.month, v.year, v.hour, v.minute, v.second)",
                )
            elif _is(codec, parse_message_id) and field.quoted is None:
                fmt = src.bind(f"FMT{i}", functools.partial(codec.format, name))
                src.add(
                    2,
                    f"if type(v) is int and 1 <= v <= {MESSAGE_ID_MAX}:",
                    f"    d[{key!r}] = v",
                    "else:",
                    f"    d[{key!r}] = {fmt}(v)",
                )
            else:
                fmt = src.bind(f"FMT{i}", functools.partial(codec.format, name))
                if field.quoted:
                    value = f"{fmt}(v)"
                elif field.quoted is None:
                    # A number is written bare, a client's string id quoted (_is_number).
                    value = f"BARE({fmt}(v)) if type(v) is int else {fmt}(v)"
                else:
                    value = f"BARE({fmt}(v))"
                src.add(2, f"d[{key!r}] = {value}")
        src.add(1, "return d")
        source = "\n".join(src.lines) + "\n"
        exec(compile(source, f"<json writer {shape.model.__name__}>", "exec"), src.namespace)
        writer = src.namespace["write"]
    _WRITERS[id(shape)] = (shape, writer)
    return writer


def encode_json_fast(
    every: tuple[Shape[Any], ...], shapes: tuple[Shape[Any], ...], reply: object
) -> str | None:
    """The fmt=3 body of ``reply`` through the generated writers, or ``None``.

    ``every`` are the command's shapes, ``shapes`` those with a fmt=3 form. ``None``
    (a grouped or nested shape, an unusual value, a wrong type) leaves the reply to the
    exact encoder, which writes the same text or raises its LocalProtocolError. A
    record's dict keeps the declared key order, and orjson writes compact JSON with
    the same string escapes as the exact encoder's per-value ``orjson.dumps``.
    """
    try:
        if _r._mixed(shapes):
            if type(reply) is not list:
                return None
            writers: dict[type, Callable[[object], dict[str, Any]]] = {}
            for shape in reversed(shapes):  # the first shape of a model wins, as there
                write = _writer(shape)
                if write is None:
                    return None
                writers[shape.model] = write
            return orjson.dumps([writers[type(record)](record) for record in reply]).decode()
        shape = _r._shape_for(every, reply)
        write = _writer(shape) if shape.supports(3) else None
        if write is None or shape.json is None:
            return None
        if shape.many:
            if type(reply) is not list:
                return None
            return orjson.dumps([write(record) for record in reply]).decode()
        if shape.json.wrapped:
            return orjson.dumps([write(reply)]).decode()
        return orjson.dumps(write(reply)).decode()
    except (_Unusual, KeyError, LocalProtocolError, orjson.JSONEncodeError):
        return None
