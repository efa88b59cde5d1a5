"""fmt=3 replies: JSON, both directions (private).

Spec (line 134): "3 - json". A shape's :class:`~._shapes.JsonForm` names the keys in
order; a list shape is a top-level array. Every value may come quoted or bare (QUIRKS
INC-71), so the readers accept both and the field's codec checks the text. Bodies are
written compact, keys in the declared order. Error replies (``{"error": ...,
"error_code": N, "id": ...}``) are here too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final, Generic, TypeVar

import orjson

from .._command import Dec, Int
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._jsonsafe import float_text, json_string, load_json_for_reader

# The one JSON-scalar-to-text rule (QUIRKS INC-71: ids and numbers come quoted or
# bare), shared with the callback and rest/send readers.
from .._jsonsafe import json_text as json_scalar
from .._util import short
from ._fields import Field, plain_text
from ._shapes import JsonForm, Shape
from ._tables import ErrorTable, gateway_error

__all__ = ["JSON_FORMAT", "JsonFormat", "JsonNumber", "JsonShape", "json_scalar", "json_shape"]

M = TypeVar("M")

_JSON: Final = "json"


def _reader(field: Field) -> Callable[[object], Any]:
    """The function that reads ``field`` from its JSON value.

    The general reader turns the value into text and lets the field's codec check it.
    Two readers skip that detour for the values most replies are made of, with the same
    checks: a bare integer for an :class:`Int` field (range-checked as it is) and a
    string for a text field with no rule beyond being a string.
    """
    name, codec = field.name, field.codec
    if field.nested:
        return functools.partial(_decode_list, field)

    parse = codec.parse
    decimal = type(codec) is Dec

    def general(value: object) -> Any:
        if type(value) is str:
            return parse(name, value)
        return parse(name, _scalar(name, value, decimal=decimal))

    if type(codec) is Int:
        lo, hi = codec.lo, codec.hi

        def integer(value: object) -> Any:
            if type(value) is int and lo <= value <= hi:
                return value
            return general(value)  # the codec's checks and messages

        return integer
    if plain_text(codec):

        def text(value: object) -> Any:
            return value if type(value) is str else general(value)

        return text
    return general


class JsonShape(Generic[M]):
    """The fmt=3 codec of one shape, compiled from its declaration once."""

    def __init__(self, shape: Shape[M]) -> None:
        if shape.json is None:
            raise LocalProtocolError("fmt: the spec gives this reply no fmt=3 form")
        self.shape = shape
        self.form: JsonForm = shape.json
        self.names = shape.carried(3)
        # Key -> (field name, the function that reads the key's JSON value).
        self.plan = {self.form.name(n): (n, _reader(shape.by_name[n])) for n in self.names}
        self.required = [self.form.name(n) for n in self.names if not shape.by_name[n].optional]
        self.required_keys = frozenset(self.required)

    # -- decoding ----------------------------------------------------------------------

    def has_keys_of(self, data: object) -> bool:
        """Whether ``data`` is an object with only this shape's keys and all it needs."""
        return (
            isinstance(data, dict)
            and self.plan.keys() >= data.keys()
            and self.required_keys <= data.keys()
        )

    def decode_object(self, data: object, preset: dict[str, Any] | None = None) -> M:
        """Decode one record object (``preset``: values its group gives)."""
        plan = self.plan
        # The common case costs the two set operations of has_keys_of; the messages are
        # worked out only for a body that fails them.
        if not self.has_keys_of(data):
            if not isinstance(data, dict):
                raise RemoteProtocolError("body: a record must be a JSON object")
            unknown = [k for k in data if k not in plan]
            if unknown:
                raise RemoteProtocolError(f"body: unknown key {short(unknown[0])}")
            missing = [k for k in self.required if k not in data]
            raise RemoteProtocolError(f"body: lacks {', '.join(missing)}")
        assert isinstance(data, dict)
        values = dict(preset) if preset else {}
        for key, value in data.items():
            name, read = plan[key]
            values[name] = read(value)
        return self.shape.build(values)

    def decode(self, data: object) -> M | list[M]:
        """Decode a document."""
        shape = self.shape
        if not shape.many and self.form.wrapped:
            if not isinstance(data, list) or len(data) != 1:
                raise RemoteProtocolError("body: must be an array of one record")
            return self.decode_object(data[0])
        if not shape.many:
            return self.decode_object(data)
        records = _records(data)
        if shape.grouped is not None:
            return self._decode_groups(records)
        return [self.decode_object(item) for item in records]

    def _decode_groups(self, data: list[Any]) -> list[M]:
        shape = self.shape
        group = shape.grouped
        assert group is not None
        records = []
        for obj in data:
            if not isinstance(obj, dict) or set(obj) != {group.field, group.json_items}:
                raise RemoteProtocolError(
                    f"body: a group is an object of {group.field!r} and {group.json_items!r}"
                )
            value = shape.parse(group.field, json_scalar(group.field, obj[group.field]))
            items = obj[group.json_items]
            if not isinstance(items, list):
                raise RemoteProtocolError(f"{group.json_items}: must be a JSON array")
            records += [self.decode_object(item, {group.field: value}) for item in items]
        return records

    # -- encoding ----------------------------------------------------------------------

    def json_object(self, record: object) -> str:
        """One record as a compact JSON object."""
        shape, form = self.shape, self.form
        texts = shape.texts(record, self.names)
        members = []
        for name in self.names:
            field = shape.by_name[name]
            key = orjson.dumps(form.name(name)).decode()
            value = getattr(record, name)
            if field.nested and value is not None:
                members.append(f"{key}:{_encode_list(field, value)}")
            elif name in texts:
                raw = texts[name]
                # A client's string id is quoted even when it is all digits.
                quoted = field.quoted if field.quoted is not None else not _is_number(value)
                members.append(f"{key}:{json_string(raw, name) if quoted else raw}")
        return "{" + ",".join(members) + "}"

    def encode(self, reply: object) -> str:
        """The body of ``reply``: compact JSON, keys in the declared order."""
        shape = self.shape
        if shape.grouped is not None:
            group = shape.grouped
            key = shape.by_name[group.field]
            groups = []
            for value, records in shape.groups(reply):
                text = json_string(value, group.field) if key.quoted else value
                items = ",".join(self.json_object(record) for record in records)
                groups.append(
                    f"{{{orjson.dumps(group.field).decode()}:{text},"
                    f"{orjson.dumps(group.json_items).decode()}:[{items}]}}"
                )
            return "[" + ",".join(groups) + "]"
        objects = [self.json_object(record) for record in shape.records_of(reply)]
        return f"[{','.join(objects)}]" if shape.many or self.form.wrapped else objects[0]


def json_shape(shape: Shape[M]) -> JsonShape[M]:
    """The fmt=3 codec of ``shape``, compiled at first use."""
    codec = shape.codecs.get(_JSON)
    if codec is None:
        codec = shape.codecs[_JSON] = JsonShape(shape)
    return codec


def _records(data: object) -> list[Any]:
    """The record objects of a list document (a top-level array)."""
    if not isinstance(data, list):
        raise RemoteProtocolError("body: must be a JSON array of records")
    return data


class JsonNumber:
    """A bare JSON number with a fraction or an exponent, kept as written (``1.10``).

    Only a body :mod:`._json_fast` reads again holds these; the reply
    readers give an amount its text and any other field the float orjson reads.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _scalar(name: str, value: object, *, decimal: bool) -> str:
    """:func:`json_scalar`, but a ``decimal`` value (money) never passes through ``float``.

    orjson reads a bare ``1.10`` as the float 1.1 (and a long fraction loses digits).
    :func:`~smsc_proto.decode_response` reads such a body again keeping each bare
    fraction's text (:class:`~._json_fast.JsonNumber`): an amount takes the digits as
    written, any other field the float orjson reads. A float handed to a shape directly
    is refused.
    """
    if type(value) is JsonNumber:
        return value.text if decimal else float_text(name, float(value.text))
    if decimal and isinstance(value, float):
        float_text(name, value)  # an integer orjson could not keep: "exponent form"
        raise RemoteProtocolError(
            f"{name}: an amount read as a JSON float cannot keep its digits; it must be "
            f"a string, an integer or a bare number of a reply body, got {short(repr(value))}"
        )
    return json_scalar(name, value)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _decode_list(field: Field, value: object) -> tuple[Any, ...]:
    """The values of a list field from its JSON array."""
    if not isinstance(value, list):
        raise RemoteProtocolError(f"{field.name}: must be a JSON array")
    if field.records is not None:
        codec = json_shape(field.records)
        return tuple(codec.decode_object(item) for item in value)
    assert field.items is not None
    parse = field.items.codec.parse
    decimal = type(field.items.codec) is Dec
    return tuple(parse(field.name, _scalar(field.name, item, decimal=decimal)) for item in value)


def _encode_list(field: Field, values: tuple[Any, ...]) -> str:
    if field.records is not None:
        codec = json_shape(field.records)
        return "[" + ",".join(codec.json_object(v) for v in values) + "]"
    assert field.items is not None
    item = field.items
    texts = [item.codec.format(field.name, v) for v in values]
    quoted = item.quoted is not False
    return "[" + ",".join(json_string(t, field.name) if quoted else t for t in texts) + "]"


class JsonFormat:
    """fmt=3: the reply is a JSON document in the request's charset."""

    fmt = 3

    def parse(self, body: bytes, charset: str) -> object:
        """The document (:func:`~smsc_proto._jsonsafe.load_json_for_reader`)."""
        return load_json_for_reader(body, charset)

    def error(self, table: ErrorTable, data: object) -> GatewayError | None:
        """The error the document reports, or ``None`` when it is no error reply.

        Spec (line 186): ``{"error": "description", "error_code": N, "id": id}``.
        """
        if not isinstance(data, dict) or "error" not in data:
            return None
        unknown = [k for k in data if k not in ("error", "error_code", "id")]
        if unknown or "error_code" not in data:
            raise RemoteProtocolError("body: an error reply has error, error_code and id only")
        code = Int(-(10**9), 10**9).parse(
            "error_code", json_scalar("error_code", data["error_code"])
        )
        description = data["error"]
        if not isinstance(description, str):
            raise RemoteProtocolError("error: must be a string")
        raw_id = None if data.get("id") is None else json_scalar("id", data["id"])
        return gateway_error(table, code, description, raw_id)

    def decode(self, shape: Shape[Any], data: object) -> Any:
        """The reply of ``shape`` in the document."""
        return json_shape(shape).decode(data)

    def records(self, shape: Shape[Any], data: object) -> list[Any]:
        """The record objects, for a list whose records decide their shape."""
        return _records(data)

    def decode_record(self, shape: Shape[Any], record: object) -> Any:
        """One record of a list whose records decide their shape."""
        return json_shape(shape).decode_object(record)

    def fitting(self, shapes: tuple[Shape[Any], ...], record: object) -> tuple[Shape[Any], ...]:
        """The alternatives whose keys fit ``record``: two set operations each rule out
        most of them, so only the rest are tried (all, when none fits, so the error
        names what each found wrong)."""
        return tuple(s for s in shapes if json_shape(s).has_keys_of(record)) or shapes

    def encode(self, shape: Shape[Any], reply: object) -> str:
        """The body of ``reply``."""
        return json_shape(shape).encode(reply)

    def encode_records(self, shapes: list[Shape[Any]], records: list[Any]) -> str:
        """The body of a list whose records are each of its own shape."""
        objects = (json_shape(s).json_object(r) for s, r in zip(shapes, records, strict=True))
        return "[" + ",".join(objects) + "]"

    def encode_error(self, code: int, description: str, raw_id: str | None, quoted: bool) -> str:
        """The error reply; ``quoted``: the id is a client's string."""
        # json_string: a lone surrogate is a LocalProtocolError, not orjson's TypeError.
        members = [f'"error":{json_string(description, "error")}', f'"error_code":{code}']
        if raw_id is not None:
            members.append(f'"id":{json_string(raw_id, "id") if quoted else raw_id}')
        return "{" + ",".join(members) + "}"


#: The fmt=3 codec.
JSON_FORMAT: Final = JsonFormat()
