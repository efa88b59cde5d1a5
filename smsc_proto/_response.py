"""The reply machinery: one declaration per reply shape drives four formats (private).

A reply shape is data: a model class, its :class:`Field` list (name, value codec, the
text pattern of the value and whether fmt=3 quotes it), and how each format lays the
fields out -- a fmt=0 and a fmt=1 :class:`Template`, an :class:`XmlForm` and a
:class:`JsonForm`. Four generic codecs read those declarations, so a shape cannot be
decoded one way and encoded another, and a quirk of one format is an explicit override
in its declaration rather than a branch in a parser.

Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as numbers
separated by commas, 2 - xml, 3 - json".
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import methodcaller
from typing import Any, Final, Generic, TypeAlias, TypeVar

import orjson
from lxml import etree

from ._charsets import DEFAULT_CHARSET, check_encodable
from ._command import Codec, Command, Dec, Int, Syntax, Text, parse_command
from ._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from ._jsonsafe import float_text, load_json_for_reader
from ._replies import _text_fast
from ._util import is_ascii_digits, short
from ._wire import Request
from ._xmlsafe import parse_xml
from .values import format_datetime, format_message_id, parse_datetime, parse_message_id
from .values._time import datetime_at_places

__all__ = [
    "ERROR_TABLES",
    "Field",
    "Grouped",
    "JsonForm",
    "Reply",
    "Shape",
    "Template",
    "XmlForm",
    "date_time",
    "decode_exact",
    "decode_response",
    "digits",
    "encode_error",
    "encode_response",
    "error_meaning",
    "integer",
    "items",
    "message_id",
    "money",
    "records",
    "responds",
    "text",
]

M = TypeVar("M")
C = TypeVar("C", bound=Command)

#: A decoded reply: one model, or a list of them for a shape of repeated records. Which
#: one depends on the command's fields (``cost``, ``all``, several ids...), so the alias
#: is ``Any``: typed callers write ``reply.balance`` without a cast and narrow with
#: ``isinstance`` where they need to (a ``Union`` with ``list`` would make every
#: attribute access a type error).
Reply: TypeAlias = Any


# -- fields --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    """One value of a reply: model attribute, codec, text pattern and JSON quoting.

    Args:
        name: The model attribute, named as the fmt=2/3 key names it.
        codec: How the value's text is parsed and written.
        pattern: A regular expression matching the value's text in fmt=0/1 replies
            (``.*`` for free text; the template decoder checks such a value can be
            read one way only).
        quoted: fmt=3 writes the value as a JSON string (``"cost": "1.40"``) rather
            than a number (``"cnt": 1``); ``None`` quotes only text that is not a number
            (a message id: ``1234`` or ``"client-id"``).
        optional: fmt=2/3 replies may leave the field out; it then decodes as ``None``
            and a ``None`` value is not written.
        records: For a list of records inside a reply (fmt=2/3 only): their shape.
        items: For a list of plain values inside a reply (fmt=2/3 only): the field of
            each value, written as ``item_tag`` elements in fmt=2.
        item_tag: See ``items``.
    """

    name: str
    codec: Codec[Any]
    pattern: str
    quoted: bool | None = False
    optional: bool = False
    records: Shape[Any] | None = None
    items: Field | None = None
    item_tag: str = ""

    def omissible(self) -> Field:
        """The same field, which fmt=2/3 replies may leave out (decoded as ``None``)."""
        return dataclasses.replace(self, optional=True)

    @property
    def nested(self) -> bool:
        """Whether the value is a list inside the reply (``records`` or ``items``)."""
        return self.records is not None or self.items is not None

    @property
    def free(self) -> bool:
        """Whether the text pattern can also match the template's separators."""
        return self.pattern in (".*", ".+")


def integer(name: str, lo: int = 0, hi: int = 2**63 - 1, *, quoted: bool = False) -> Field:
    """An integer field (counts, codes, ids, timestamps) in ``lo..hi``."""
    return Field(name, Int(lo, hi), r"-?\d+" if lo < 0 else r"\d+", quoted)


def money(name: str, *, quoted: bool = True, places: int = 4) -> Field:
    """A decimal amount (``Decimal``), quoted in fmt=3 by default (``"cost": "1.40"``)."""
    bound = Decimal(10) ** 15
    return Field(name, Dec(-bound, bound, places), r"-?\d+(?:\.\d+)?", quoted)


def text(name: str, *, pattern: str = ".*", nonempty: bool = False) -> Field:
    """A text field, quoted in fmt=3; ``pattern`` narrows it in fmt=0/1 replies."""
    return Field(name, Text(nonempty=nonempty), pattern, True)


class _Digits(Codec[str]):
    """A numeric code kept as text: leading zeros matter (an MNC ``01`` is not ``1``).

    Empty text is allowed: an HLR request that found no subscriber has no IMSI.
    """

    _MAX: Final = 32

    def _problem(self, value: str) -> str | None:
        if value and not is_ascii_digits(value):
            return f"must be decimal digits, got {short(value)}"
        if len(value) > self._MAX:
            return f"must be at most {self._MAX} digits, got {len(value)}"
        return None

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str):
            raise LocalProtocolError(f"{name}: must be str, got {type(value).__name__}")
        problem = self._problem(value)
        if problem:
            raise LocalProtocolError(f"{name}: {problem}")
        return value

    def parse(self, name: str, text: str) -> str:
        problem = self._problem(text)
        if problem:
            raise RemoteProtocolError(f"{name}: {problem}")
        return text


def digits(name: str) -> Field:
    """A numeric code (``mcc``, ``mnc``, ``mccmnc``, ``imsi``, ``msc``) as a ``str`` of
    ASCII digits, quoted in fmt=3: the spec calls them numeric codes, and their leading
    zeros are part of them."""
    return Field(name, _Digits(), r"[0-9]*", True)


_DATE_TIME_PATTERN: Final = r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}"


def date_time(name: str) -> Field:
    """A ``DD.MM.YYYY hh:mm:ss`` time as a naive ``datetime`` (quoted in fmt=3)."""
    return Field(name, Syntax(parse_datetime, format_datetime, datetime), _DATE_TIME_PATTERN, True)


def message_id(name: str = "id") -> Field:
    """A message id: a server number (``int``) or the client's string (``str``).

    Spec (line 51): "id - ... from 1 to 2147483647 or a string of up to 40 characters of
    the Latin alphabet, numbers and symbols '.', '-', '_'". fmt=3 writes a number bare
    and a string quoted.
    """
    return Field(
        name, Syntax(parse_message_id, format_message_id, (int, str)), r"[A-Za-z0-9._-]+", None
    )


class _NoText(Codec[Any]):
    """The codec of a list field: it has no text of its own (templates refuse it)."""

    def format(self, name: str, value: Any) -> str:
        raise LocalProtocolError(f"{name}: a list has no text form")

    def parse(self, name: str, text: str) -> Any:
        raise RemoteProtocolError(f"{name}: a list has no text form")


def records(name: str, shape: Shape[Any]) -> Field:
    """A list of records inside a reply: a ``tuple`` of ``shape``'s models.

    fmt=2 writes them as ``shape.xml.item`` elements inside a ``shape.xml.root`` element
    (``<phones><phone .../>...</phones>``); fmt=3 as an array of objects under ``name``.
    """
    if shape.xml is None or shape.xml.item is None:
        raise LocalProtocolError(f"{name}: the records' shape needs an XML item element")
    return Field(name, _NoText(), "", records=shape)


def items(name: str, item: Field, tag: str) -> Field:
    """A list of plain values inside a reply: a ``tuple`` of ``item``'s values.

    fmt=2 writes ``<name><tag>value</tag>...</name>``; fmt=3 an array of values.
    """
    return Field(name, _NoText(), "", items=item, item_tag=tag)


# -- layouts -------------------------------------------------------------------------------


class Template:
    """A fmt=0 or fmt=1 line: literal text with ``{field}`` placeholders.

    Decoding matches the whole line. When a field's pattern is free text (``.*``) the
    line may be matched twice -- every free text as long, then as short as possible --
    and must give the same values both times; otherwise the line cannot be read one way
    only and the decoder refuses it rather than guess. The two matches are the first and
    the last reading in order of the free texts' lengths, so when they agree every
    reading does: a line with several free texts (status.php ``all=1`` fmt=1: "...,
    <message>, <comment>, <type>") is read when its separators leave one reading.

    Args:
        template: E.g. ``"OK - {cnt} SMS, ID - {id}"`` or ``"{id},{cnt}"``.
    """

    _PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")

    def __init__(self, template: str) -> None:
        self.template = template
        self.names = tuple(self._PLACEHOLDER.findall(template))
        self.literals = self._PLACEHOLDER.split(template)[0::2]

    def compile(self, fields: Mapping[str, Field]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The greedy and the lazy regular expression of the line."""
        greedy, lazy = [], []
        for i, literal in enumerate(self.literals):
            greedy.append(re.escape(literal))
            lazy.append(re.escape(literal))
            if i < len(self.names):
                name = self.names[i]
                pattern = fields[name].pattern
                greedy.append(f"(?P<{name}>{pattern})")
                lazy_pattern = pattern + "?" if fields[name].free else pattern
                lazy.append(f"(?P<{name}>{lazy_pattern})")
        return re.compile("".join(greedy), re.DOTALL), re.compile("".join(lazy), re.DOTALL)

    def fill(self, values: Mapping[str, str]) -> str:
        """The line with each placeholder replaced by its text."""
        out = []
        for i, literal in enumerate(self.literals):
            out.append(literal)
            if i < len(self.names):
                out.append(values[self.names[i]])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class XmlForm:
    """How fmt=2 lays out a record.

    Args:
        root: The document element (``result``; ``balance`` for a bare value).
        item: For a shape of repeated records, the element of each record under
            ``root``; ``None`` for one record (the root is the record).
        text_field: A field carried as the record element's own text (``<balance>1.0
            </balance>``, ``<phone mccmnc="...">phone</phone>``).
        attributes: Fields carried as attributes of the record element, in order.
        fields: Fields carried as child elements, in order; ``None``: every field of the
            shape not named above.
        wire: ``(field, name)`` pairs for fields whose element or attribute is named
            otherwise than the model attribute.
    """

    root: str = "result"
    item: str | None = None
    text_field: str | None = None
    attributes: tuple[str, ...] = ()
    fields: tuple[str, ...] | None = None
    wire: tuple[tuple[str, str], ...] = ()

    def name(self, field: str) -> str:
        """The element or attribute name of ``field``."""
        return dict(self.wire).get(field, field)


@dataclass(frozen=True, slots=True)
class JsonForm:
    """How fmt=3 lays out a record: an object with these keys, in order.

    Args:
        fields: The fields, in key order; ``None``: every field of the shape. A shape of
            repeated records is a top-level array of such objects.
        wire: ``(field, key)`` pairs for fields whose key is named otherwise than the
            model attribute.
        wrapped: A single record travels as a one-element array (jobs.php ``get``,
            QUIRKS INC-11: "fmt=3 wraps the single job in an array").
    """

    fields: tuple[str, ...] | None = None
    wire: tuple[tuple[str, str], ...] = ()
    wrapped: bool = False

    def name(self, field: str) -> str:
        """The key of ``field``."""
        return dict(self.wire).get(field, field)


@dataclass(frozen=True, slots=True)
class Grouped:
    """fmt=2/3 group a list's records by one field, fmt=0/1 repeat it on every line.

    users.php ``get_stat_all`` (lines 2486-2527): fmt=2 ``<list><user login="..."><item>
    ...</item>...</user>...</list>``, fmt=3 ``[{"login": "...", "items": [{...}]}]``,
    fmt=0/1 one flat line per item with the login repeated. The model stays the flat
    record in every format; consecutive records with the same value form one group.

    Args:
        field: The field the records are grouped by (``login``).
        xml_group: The element of a group; the field is its attribute (``user``).
        xml_item: The element of each record inside a group (``item``).
        json_items: The key of a group's array of records (``items``).
    """

    field: str
    xml_group: str
    xml_item: str
    json_items: str


@dataclass(frozen=True)
class Shape(Generic[M]):
    """One reply shape: the model and how each format lays out its fields.

    Args:
        model: The frozen dataclass the reply decodes to (every field defaults to
            ``None``: a field a format does not carry stays ``None``).
        fields: Every field of the model that travels, in fmt=3 order.
        fmt0: The fmt=0 line, or ``None`` when the spec gives none.
        fmt1: The fmt=1 line, or ``None``.
        xml: The fmt=2 layout, or ``None``.
        json: The fmt=3 layout, or ``None``.
        many: The reply is a list of records: one line each in fmt=0/1, ``item``
            elements in fmt=2, a top-level array in fmt=3.
        tail: A :func:`records` field whose records follow the first line in fmt=0/1,
            one line each, written with their own shape's template (send.php ``op=1``:
            "the information is added to the end of the normal output from a new line").
        multiline: In fmt=0 a record's free text may hold line breaks: a record starts
            at each line that begins with the fmt=0 template's leading text
            (``Status = ``), which the free text therefore never holds after a line
            break. fmt=1 records, which start with a value, stay one line each.
        grouped: Group the records by one field in fmt=2/3 (:class:`Grouped`); the
            XML and JSON forms then list the fields of each record without it.
        blocks: :func:`records` fields whose records come first in fmt=0/1, a block of
            lines each, the blocks and the final template line separated by blank
            lines (get.php ``get_price``: zones, then operator tariffs, then ``mail``).
            A block whose field is omissible may be left out (the last ones first).
    """

    model: type[M]
    fields: tuple[Field, ...]
    fmt0: Template | None = None
    fmt1: Template | None = None
    xml: XmlForm | None = XmlForm()
    json: JsonForm | None = JsonForm()
    many: bool = False
    tail: str | None = None
    multiline: bool = False
    grouped: Grouped | None = None
    blocks: tuple[str, ...] = ()
    by_name: dict[str, Field] = dataclasses.field(init=False, repr=False, compare=False)
    _regex: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = dataclasses.field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_name = {f.name: f for f in self.fields}
        object.__setattr__(self, "by_name", by_name)
        regex = {}
        for fmt, template in ((0, self.fmt0), (1, self.fmt1)):
            if template is None:
                continue
            # "{a}{b}" has no separator: where one value ends cannot be told.
            if any(not literal for literal in template.literals[1:-1]):
                raise LocalProtocolError(
                    f"{self.model.__name__}: fmt={fmt} template has adjacent placeholders"
                )
            if any(by_name[n].nested for n in template.names if n in by_name):
                raise LocalProtocolError(
                    f"{self.model.__name__}: fmt={fmt} template names a list field"
                )
            unknown = set(template.names) - set(by_name)
            if unknown:
                raise LocalProtocolError(
                    f"{self.model.__name__}: fmt={fmt} template names unknown fields "
                    f"{sorted(unknown)}"
                )
            regex[fmt] = template.compile(by_name)
        object.__setattr__(self, "_regex", regex)
        if self.multiline and not (self.many and self.fmt0 and self.fmt0.literals[0]):
            raise LocalProtocolError(
                f"{self.model.__name__}: multiline needs many records and a fmt=0 template "
                "that starts with text"
            )
        if self.grouped is not None and not (
            self.many and self.grouped.field in by_name and self.xml is not None
        ):
            raise LocalProtocolError(f"{self.model.__name__}: grouped needs many records")
        if any(n not in by_name or by_name[n].records is None for n in self.blocks) or (
            self.blocks and (self.many or self.tail is not None)
        ):
            raise LocalProtocolError(
                f"{self.model.__name__}: blocks must name records fields of a single record"
            )
        if self.tail is not None and (
            self.many or self.tail not in by_name or by_name[self.tail].records is None
        ):
            raise LocalProtocolError(f"{self.model.__name__}: tail must name a records field")

    # -- which fields each format carries ---------------------------------------------

    def carried(self, fmt: int) -> tuple[str, ...]:
        """The fields fmt ``fmt`` carries, in its order."""
        if fmt in (0, 1):
            template = self.fmt0 if fmt == 0 else self.fmt1
            return template.names if template else ()
        if fmt == 2 and self.xml is not None:
            return (
                ((self.xml.text_field,) if self.xml.text_field else ())
                + self.xml.attributes
                + self._xml_children()
            )
        if fmt == 3 and self.json is not None:
            return self.json.fields or tuple(f.name for f in self.fields)
        return ()

    def _xml_children(self) -> tuple[str, ...]:
        assert self.xml is not None
        if self.xml.fields is not None:
            return self.xml.fields
        taken = {self.xml.text_field, *self.xml.attributes}
        return tuple(f.name for f in self.fields if f.name not in taken)

    # -- what depends on the shape only, computed once ----------------------------------

    @functools.cached_property
    def _free_text(self) -> dict[int, tuple[tuple[str, str], ...]]:
        """fmt -> (free text field, the literal text after it) for each free text field."""
        out: dict[int, tuple[tuple[str, str], ...]] = {}
        for fmt, template in ((0, self.fmt0), (1, self.fmt1)):
            out[fmt] = ()
            if template is not None:
                out[fmt] = tuple(
                    (name, template.literals[i + 1])
                    for i, name in enumerate(template.names)
                    if self.by_name[name].free
                )
        return out

    @functools.cached_property
    def _xml_attributes(self) -> dict[str, str]:
        """Attribute name -> field name (fmt=2)."""
        assert self.xml is not None
        return {self.xml.name(n): n for n in self.xml.attributes}

    @functools.cached_property
    def _xml_tags(self) -> dict[str, str]:
        """Child element name -> field name (fmt=2)."""
        assert self.xml is not None
        return {self.xml.name(n): n for n in self._xml_children()}

    @functools.cached_property
    def _json_keys(self) -> dict[str, str]:
        """Key -> field name (fmt=3)."""
        assert self.json is not None
        return {self.json.name(n): n for n in self.carried(3)}

    @functools.cached_property
    def _required(self) -> dict[int, list[str]]:
        """fmt 2/3 -> what a record must carry (field names in fmt=2, keys in fmt=3)."""
        out = {2: [n for n in self.carried(2) if not self.by_name[n].optional]}
        if self.json is not None:
            json = self.json
            out[3] = [json.name(n) for n in self.carried(3) if not self.by_name[n].optional]
        return out

    def supports(self, fmt: int) -> bool:
        """Whether the spec gives this shape in fmt ``fmt``."""
        return {0: self.fmt0, 1: self.fmt1, 2: self.xml, 3: self.json}[fmt] is not None

    # -- decoding --------------------------------------------------------------------------

    @functools.cached_property
    def _build(self) -> Callable[[dict[str, Any]], M]:
        """The decoder's private fast path to a model from checked values.

        The values were each checked by their field's codec, so the frozen dataclass's
        ``__init__`` (one ``object.__setattr__`` call per field) is skipped: each slot is
        filled through its descriptor, missing fields with ``None``. Models for which
        that would not be the same -- a field defaulting to anything but ``None``, a
        ``__post_init__``, no slots -- go through ``__init__``.
        """
        model = self.model
        fields = dataclasses.fields(model)  # type: ignore[arg-type]
        plain = (
            "__slots__" in vars(model)
            and not hasattr(model, "__post_init__")
            and all(f.default is None and f.init for f in fields)
        )
        if not plain:
            return lambda values: model(**values)
        setters = tuple((f.name, vars(model)[f.name].__set__) for f in fields)
        new = object.__new__

        def build(values: dict[str, Any]) -> M:
            record = new(model)
            get = values.get
            for name, set_slot in setters:
                set_slot(record, get(name))
            return record

        return build

    def _parse(self, name: str, raw: str) -> Any:
        return self.by_name[name].codec.parse(name, raw)

    def decode_line(self, fmt: int, line: str) -> M:
        """Decode one fmt=0/1 record."""
        greedy, lazy = self._regex[fmt]
        long_match = greedy.fullmatch(line)
        if long_match is None:
            template = self.fmt0 if fmt == 0 else self.fmt1
            assert template is not None
            raise RemoteProtocolError(
                f"body: {short(line)} does not have the form {template.template!r}"
            )
        texts = long_match.groupdict()
        # A shorter reading ends a free text at an earlier copy of the text that follows
        # it; without one inside any (or with nothing after it) the line reads one way.
        if any(after and after in texts[name] for name, after in self._free_text[fmt]):
            short_match = lazy.fullmatch(line)
            if short_match is None or short_match.groupdict() != texts:
                raise RemoteProtocolError(
                    f"body: {short(line)} can be read more than one way (a text field "
                    "holds the separator)"
                )
        readers = self._text_readers
        return self._build({n: readers[n](t) for n, t in texts.items()})

    def decode_text(self, fmt: int, body: str) -> M | list[M]:
        """Decode a fmt=0/1 body: one line, or one line per record."""
        if self.blocks:
            return self._decode_blocks(fmt, body)
        if self.tail is not None:
            head, *lines = body.split("\n")
            sub = self.by_name[self.tail].records
            assert sub is not None
            tail = tuple(sub.decode_line(fmt, line) for line in lines)
            return dataclasses.replace(self.decode_line(fmt, head), **{self.tail: tail})  # type: ignore[type-var]
        if not self.many:
            return self.decode_line(fmt, body)
        return [self.decode_line(fmt, record) for record in self.text_records(fmt, body)]

    def text_records(self, fmt: int, body: str) -> list[str]:
        """The records of a fmt=0/1 list body: one per line, or per key-led line."""
        if body == "":
            return []
        prefix = self._record_prefix(fmt)
        if prefix is None:
            return body.split("\n")
        first, *rest = body.split("\n" + prefix)
        return [first] + [prefix + chunk for chunk in rest]

    def _decode_blocks(self, fmt: int, body: str) -> M:
        *parts, head = body.split("\n\n")
        omissible = [n for n in self.blocks if self.by_name[n].optional]
        missing = len(self.blocks) - len(parts)
        if missing < 0 or missing > len(omissible):
            raise RemoteProtocolError(
                f"body: {len(parts) + 1} blocks of lines; this reply has "
                f"{len(self.blocks) - len(omissible) + 1} to {len(self.blocks) + 1}"
            )
        left_out = set(omissible[len(omissible) - missing :]) if missing else set()
        present = [n for n in self.blocks if n not in left_out]
        values: dict[str, Any] = {}
        for name, part in zip(present, parts, strict=True):
            sub = self.by_name[name].records
            assert sub is not None
            values[name] = tuple(sub.decode_line(fmt, line) for line in part.split("\n"))
        return dataclasses.replace(self.decode_line(fmt, head), **values)  # type: ignore[type-var]

    def _record_prefix(self, fmt: int) -> str | None:
        """The text each record starts with when records may span lines, else None."""
        if self.multiline and fmt == 0 and self.fmt0 is not None:
            return self.fmt0.literals[0]
        return None

    def decode_element(self, element: etree._Element, preset: dict[str, Any] | None = None) -> M:
        """Decode one fmt=2 record element (``preset``: values its group gives)."""
        assert self.xml is not None
        values: dict[str, Any] = dict(preset or {})
        if self.xml.text_field is not None:
            values[self.xml.text_field] = self._parse(self.xml.text_field, element.text or "")
        elif element.text is not None and element.text.strip():
            raise RemoteProtocolError(f"body: <{element.tag}> has text outside its elements")
        attributes = self._xml_attributes
        for key, value in element.attrib.items():
            if key not in attributes:
                raise RemoteProtocolError(f"body: <{element.tag}> has no attribute {key!r}")
            values[attributes[str(key)]] = self._parse(attributes[str(key)], str(value))
        plan = self._xml_plan
        for child in element:
            tag = child.tag
            if tag not in plan:
                raise RemoteProtocolError(f"body: <{element.tag}> has no element <{tag}>")
            name, read = plan[tag]
            if name in values:
                raise RemoteProtocolError(f"body: <{tag}> appears more than once")
            tail = child.tail
            if tail is not None and tail.strip():
                raise RemoteProtocolError(f"body: text after <{tag}>")
            if read is None:
                values[name] = _decode_xml_list(self.by_name[name], child)
                continue
            if len(child):
                raise RemoteProtocolError(f"body: <{tag}> must hold text only")
            values[name] = read(child.text or "")
        missing = [n for n in self._required[2] if n not in values]
        if missing:
            raise RemoteProtocolError(f"body: <{element.tag}> lacks {', '.join(missing)}")
        return self._build(values)

    def decode_xml(self, root: etree._Element) -> M | list[M]:
        """Decode a fmt=2 document."""
        assert self.xml is not None
        if root.tag != self.xml.root:
            raise RemoteProtocolError(f"body: the root element must be <{self.xml.root}>")
        if self.xml.item is None:
            return self.decode_element(root)
        if self.grouped is not None:
            return self._decode_xml_groups(root)
        return [self.decode_element(child) for child in self.xml_records(root)]

    def xml_records(self, root: etree._Element) -> list[etree._Element]:
        """The record elements of a fmt=2 list document (``item`` under ``root``)."""
        assert self.xml is not None
        if root.tag != self.xml.root:
            raise RemoteProtocolError(f"body: the root element must be <{self.xml.root}>")
        for child in root:
            if child.tag != self.xml.item:
                raise RemoteProtocolError(f"body: <{root.tag}> holds only <{self.xml.item}>")
        return list(root)

    def _decode_xml_groups(self, root: etree._Element) -> list[M]:
        group = self.grouped
        assert group is not None
        records = []
        for element in root:
            if element.tag != group.xml_group or list(element.attrib) != [group.field]:
                raise RemoteProtocolError(
                    f"body: <{root.tag}> holds only <{group.xml_group} {group.field}=...>"
                )
            preset = {group.field: self._parse(group.field, str(element.get(group.field)))}
            if element.text is not None and element.text.strip():
                raise RemoteProtocolError(f"body: <{element.tag}> has text outside its elements")
            for item in element:
                if item.tag != group.xml_item:
                    raise RemoteProtocolError(
                        f"body: <{group.xml_group}> holds only <{group.xml_item}>"
                    )
                records.append(self.decode_element(item, preset))
        return records

    def _decode_json_groups(self, data: list[Any]) -> list[M]:
        group = self.grouped
        assert group is not None
        records = []
        for obj in data:
            if not isinstance(obj, dict) or set(obj) != {group.field, group.json_items}:
                raise RemoteProtocolError(
                    f"body: a group is an object of {group.field!r} and {group.json_items!r}"
                )
            value = self._parse(group.field, _json_scalar(group.field, obj[group.field]))
            items = obj[group.json_items]
            if not isinstance(items, list):
                raise RemoteProtocolError(f"{group.json_items}: must be a JSON array")
            records += [self.decode_object(item, {group.field: value}) for item in items]
        return records

    @functools.cached_property
    def _xml_plan(self) -> dict[str, tuple[str, Callable[[str], Any] | None]]:
        """Child element name -> (field name, the reader of its text; None for a list).

        No regular expression has checked an element's text, so every value but plain
        text goes through its codec.
        """
        plan: dict[str, tuple[str, Callable[[str], Any] | None]] = {}
        for tag, name in self._xml_tags.items():
            field = self.by_name[name]
            codec = field.codec
            if field.nested:
                plan[tag] = (name, None)
            elif _plain_text(codec):
                plan[tag] = (name, str)
            else:
                plan[tag] = (name, functools.partial(codec.parse, name))
        return plan

    @functools.cached_property
    def _text_readers(self) -> dict[str, Callable[[str], Any]]:
        """Field name -> the function that reads its fmt=0/1 text."""
        return {f.name: _text_reader(f) for f in self.fields}

    @functools.cached_property
    def _json_plan(self) -> dict[str, tuple[str, Callable[[object], Any]]]:
        """fmt=3 key -> (field name, the function that reads the key's JSON value)."""
        return {
            key: (name, _json_reader(self.by_name[name])) for key, name in self._json_keys.items()
        }

    @functools.cached_property
    def _required_keys(self) -> frozenset[str]:
        return frozenset(self._required[3])

    def has_keys_of(self, data: object) -> bool:
        """Whether ``data`` is an object with only this shape's keys and all it needs."""
        return (
            isinstance(data, dict)
            and self._json_plan.keys() >= data.keys()
            and self._required_keys <= data.keys()
        )

    def decode_object(self, data: object, preset: dict[str, Any] | None = None) -> M:
        """Decode one fmt=3 record object (``preset``: values its group gives)."""
        plan = self._json_plan
        # The common case costs the two set operations of has_keys_of; the messages are
        # worked out only for a body that fails them.
        if not self.has_keys_of(data):
            if not isinstance(data, dict):
                raise RemoteProtocolError("body: a record must be a JSON object")
            unknown = [k for k in data if k not in plan]
            if unknown:
                raise RemoteProtocolError(f"body: unknown key {short(unknown[0])}")
            missing = [k for k in self._required[3] if k not in data]
            raise RemoteProtocolError(f"body: lacks {', '.join(missing)}")
        assert isinstance(data, dict)
        values = dict(preset) if preset else {}
        for key, value in data.items():
            name, read = plan[key]
            values[name] = read(value)
        return self._build(values)

    def decode_json(self, data: object) -> M | list[M]:
        """Decode a fmt=3 document."""
        if not self.many and self.json is not None and self.json.wrapped:
            if not isinstance(data, list) or len(data) != 1:
                raise RemoteProtocolError("body: must be an array of one record")
            return self.decode_object(data[0])
        if not self.many:
            return self.decode_object(data)
        records = _json_records(data)
        if self.grouped is not None:
            return self._decode_json_groups(records)
        return [self.decode_object(item) for item in records]

    # -- encoding --------------------------------------------------------------------------

    def _texts(
        self, record: object, names: Sequence[str], *, template_form: bool = False
    ) -> dict[str, str]:
        if not isinstance(record, self.model):
            raise LocalProtocolError(
                f"reply: must be a {self.model.__name__}, got {type(record).__name__}"
            )
        out = {}
        for name in names:
            value = getattr(record, name)
            if value is None:
                if self.by_name[name].optional and not template_form:
                    continue
                raise LocalProtocolError(f"{name}: is required in this reply form")
            field = self.by_name[name]
            if field.nested:
                if not isinstance(value, tuple):
                    raise LocalProtocolError(f"{name}: must be a tuple, got {type(value).__name__}")
                continue
            out[name] = field.codec.format(name, value)
        return out

    def _records(self, reply: object) -> list[object]:
        if not self.many:
            return [reply]
        if not isinstance(reply, list):
            raise LocalProtocolError(f"reply: must be a list of {self.model.__name__}")
        return reply

    def encode_text(self, fmt: int, reply: object) -> str:
        """The fmt=0/1 body of ``reply``."""
        template = self.fmt0 if fmt == 0 else self.fmt1
        assert template is not None
        lines = []
        for name in self.blocks:
            block = getattr(reply, name, None)
            if block is None or block == ():
                if not self.by_name[name].optional:
                    raise LocalProtocolError(f"{name}: is required in this reply form")
                continue
            if not isinstance(block, tuple):
                raise LocalProtocolError(f"{name}: must be a tuple, got {type(block).__name__}")
            sub = self.by_name[name].records
            assert sub is not None
            lines.append(sub.encode_text(fmt, list(block)) + "\n")
        for record in self._records(reply):
            line = _text_fast.write_line(self, fmt, record)
            prefix = self._record_prefix(fmt)
            if self.many and "\n" in line and (prefix is None or "\n" + prefix in line):
                raise LocalProtocolError(
                    "reply: a record of a line-per-record reply spans lines"
                    if prefix is None
                    else f"reply: a line break followed by {prefix!r} would start a record"
                )
            # What is written must read back as written: a free text field holding the
            # template's separators would make the line ambiguous.
            try:
                again = _text_fast.read_line(self, fmt, line)
            except RemoteProtocolError as exc:
                raise LocalProtocolError(f"reply: {str(exc).removeprefix('body: ')}") from None
            if any(getattr(again, n) != getattr(record, n) for n in template.names):
                raise LocalProtocolError(f"reply: {short(line)} would read back differently")
            if self.tail is not None and "\n" in line:
                raise LocalProtocolError("reply: the first line spans lines")
            lines.append(line)
            if self.tail is not None:
                sub = self.by_name[self.tail].records
                assert sub is not None
                tail = getattr(record, self.tail)
                if not isinstance(tail, tuple):
                    raise LocalProtocolError(f"{self.tail}: must be a tuple in this reply form")
                if tail:
                    lines.append(sub.encode_text(fmt, list(tail)))
        return "\n".join(lines)

    def encode_xml(self, reply: object) -> str:
        """The fmt=2 body of ``reply`` (no XML declaration)."""
        assert self.xml is not None
        root = etree.Element(self.xml.root)
        with _writing_xml("reply"):
            if self.grouped is not None:
                group = self.grouped
                for value, records in self._groups(reply):
                    element = etree.SubElement(root, group.xml_group)
                    element.set(group.field, value)
                    for record in records:
                        self.fill_element(etree.SubElement(element, group.xml_item), record)
            else:
                for record in self._records(reply):
                    item = self.xml.item
                    element = root if item is None else etree.SubElement(root, item)
                    self.fill_element(element, record)
            return etree.tostring(root, encoding="unicode")

    def _groups(self, reply: object) -> list[tuple[str, list[object]]]:
        """Consecutive records with the same group value, with that value's text."""
        group = self.grouped
        assert group is not None
        out: list[tuple[str, list[object]]] = []
        for record in self._records(reply):
            text = self._texts(record, (group.field,))[group.field]
            if out and out[-1][0] == text:
                out[-1][1].append(record)
            else:
                out.append((text, [record]))
        return out

    def fill_element(self, element: etree._Element, record: object) -> None:
        """Write one record into ``element`` (its text, attributes and children)."""
        assert self.xml is not None
        texts = self._texts(record, self.carried(2))
        if self.xml.text_field is not None:
            element.text = texts[self.xml.text_field]
        for name in self.xml.attributes:
            if name in texts:
                element.set(self.xml.name(name), texts[name])
        for name in self._xml_children():
            field = self.by_name[name]
            value = getattr(record, name)
            if field.nested and value is not None:
                _encode_xml_list(field, etree.SubElement(element, self.xml.name(name)), value)
            elif name in texts:
                etree.SubElement(element, self.xml.name(name)).text = texts[name]

    def encode_json(self, reply: object) -> str:
        """The fmt=3 body of ``reply``: compact JSON, keys in the declared order."""
        if self.grouped is not None:
            group = self.grouped
            key = self.by_name[group.field]
            groups = []
            for value, records in self._groups(reply):
                text = orjson.dumps(value).decode() if key.quoted else value
                items = ",".join(self.json_object(record) for record in records)
                groups.append(
                    f"{{{orjson.dumps(group.field).decode()}:{text},"
                    f"{orjson.dumps(group.json_items).decode()}:[{items}]}}"
                )
            return "[" + ",".join(groups) + "]"
        objects = [self.json_object(record) for record in self._records(reply)]
        wrapped = self.json is not None and self.json.wrapped
        return f"[{','.join(objects)}]" if self.many or wrapped else objects[0]

    def json_object(self, record: object) -> str:
        """One record as a compact JSON object."""
        assert self.json is not None
        names = self.carried(3)
        texts = self._texts(record, names)
        members = []
        for name in names:
            field = self.by_name[name]
            key = orjson.dumps(self.json.name(name)).decode()
            value = getattr(record, name)
            if field.nested and value is not None:
                members.append(f"{key}:{_encode_json_list(field, value)}")
            elif name in texts:
                raw = texts[name]
                # A client's string id is quoted even when it is all digits.
                quoted = field.quoted if field.quoted is not None else not _is_number(record, name)
                members.append(f"{key}:{orjson.dumps(raw).decode() if quoted else raw}")
        return "{" + ",".join(members) + "}"


def _decode_xml_list(field: Field, element: etree._Element) -> tuple[Any, ...]:
    """The values of a list field from its element's children."""
    if element.text is not None and element.text.strip():
        raise RemoteProtocolError(f"body: <{element.tag}> has text outside its elements")
    out = []
    for child in element:
        if field.records is not None:
            assert field.records.xml is not None
            if child.tag != field.records.xml.item:
                raise RemoteProtocolError(
                    f"body: <{element.tag}> holds only <{field.records.xml.item}>"
                )
            out.append(field.records.decode_element(child))
        else:
            assert field.items is not None
            if child.tag != field.item_tag or len(child):
                raise RemoteProtocolError(f"body: <{element.tag}> holds only <{field.item_tag}>")
            out.append(field.items.codec.parse(field.name, child.text or ""))
    return tuple(out)


def _json_records(data: object) -> list[Any]:
    """The record objects of a fmt=3 list document (a top-level array)."""
    if not isinstance(data, list):
        raise RemoteProtocolError("body: must be a JSON array of records")
    return data


def _plain_text(codec: Codec[Any]) -> bool:
    """Whether a field's text is its value as it is (a Text with no rule to check)."""
    return type(codec) is Text and not (codec.nonempty or codec.max_len or codec.single_line)


def _text_reader(field: Field) -> Callable[[str], Any]:
    r"""The function that reads ``field`` from its text in a fmt=0/1 line.

    The line's regular expression has already matched the field's pattern. For the
    plain integer patterns that leaves one check before ``int()``: ASCII only (``\d``
    also matches other scripts' digits) and short enough to be in range whatever the
    digits are; anything else goes through the codec, which says what is wrong.
    """
    name, codec = field.name, field.codec
    if type(codec) is Int and field.pattern in (r"\d+", r"-?\d+") and codec.lo <= 0 <= codec.hi:
        lo, hi = codec.lo, codec.hi
        safe = len(str(min(hi, -lo if lo < 0 else hi))) - 1

        def integer(text: str) -> Any:
            if len(text.lstrip("-")) <= safe and text.isascii():
                return int(text)
            return codec.parse(name, text)

        return integer
    if _plain_text(codec):
        return str
    if field.pattern == _DATE_TIME_PATTERN:
        # The line matched "DD.MM.YYYY hh:mm:ss" with \d; ASCII digits are then at fixed
        # places. Anything else (other scripts' digits, 31.02) gets the codec's message.
        def date(text: str) -> Any:
            if text.isascii():
                with contextlib.suppress(ValueError):
                    return datetime_at_places(text)
            return codec.parse(name, text)

        return date
    return functools.partial(codec.parse, name)


def _json_reader(field: Field) -> Callable[[object], Any]:
    """The function that reads ``field`` from its JSON value (fmt=3).

    Every value may come quoted or bare (QUIRKS INC-71); the general reader turns it
    into text and lets the field's codec check it. Two readers skip that detour for the
    values most replies are made of, with the same checks: a bare integer for an
    :class:`Int` field (range-checked as it is) and a string for a text field with no
    rule beyond being a string.
    """
    name, codec = field.name, field.codec
    if field.nested:
        return functools.partial(_decode_json_list, field)

    parse = codec.parse

    def general(value: object) -> Any:
        if type(value) is str:
            return parse(name, value)
        return parse(name, _json_scalar(name, value))

    if type(codec) is Int:
        lo, hi = codec.lo, codec.hi

        def integer(value: object) -> Any:
            if type(value) is int and lo <= value <= hi:
                return value
            return general(value)  # the codec's checks and messages

        return integer
    if _plain_text(codec):

        def plain_text(value: object) -> Any:
            return value if type(value) is str else general(value)

        return plain_text
    return general


def _decode_json_list(field: Field, value: object) -> tuple[Any, ...]:
    """The values of a list field from its JSON array."""
    if not isinstance(value, list):
        raise RemoteProtocolError(f"{field.name}: must be a JSON array")
    if field.records is not None:
        return tuple(field.records.decode_object(item) for item in value)
    assert field.items is not None
    codec = field.items.codec
    return tuple(codec.parse(field.name, _json_scalar(field.name, item)) for item in value)


def _encode_xml_list(field: Field, element: etree._Element, values: tuple[Any, ...]) -> None:
    for value in values:
        if field.records is not None:
            assert field.records.xml is not None
            assert field.records.xml.item is not None
            field.records.fill_element(etree.SubElement(element, field.records.xml.item), value)
        else:
            assert field.items is not None
            child = etree.SubElement(element, field.item_tag)
            child.text = field.items.codec.format(field.name, value)


def _encode_json_list(field: Field, values: tuple[Any, ...]) -> str:
    if field.records is not None:
        return "[" + ",".join(field.records.json_object(v) for v in values) + "]"
    assert field.items is not None
    item = field.items
    texts = [item.codec.format(field.name, v) for v in values]
    quoted = item.quoted is not False
    return "[" + ",".join(orjson.dumps(t).decode() if quoted else t for t in texts) + "]"


@contextmanager
def _writing_xml(what: str) -> Iterator[None]:
    """lxml refuses text XML 1.0 cannot carry (control characters) when it is set:
    that is the caller's value, so a LocalProtocolError naming ``what``."""
    try:
        yield
    except LocalProtocolError:
        raise
    except ValueError as exc:
        raise LocalProtocolError(f"{what}: cannot be written as XML: {exc}") from None


def _is_number(record: object, name: str) -> bool:
    value = getattr(record, name)
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _json_scalar(name: str, value: object) -> str:
    """The text of a JSON member, whether it came quoted or as a number.

    Both readings are accepted (QUIRKS INC-71: ids and numbers are quoted in some
    replies and bare in others); the field's codec then checks the text.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        raise RemoteProtocolError(f"{name}: must be a number or a string, got {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # orjson reads 1.40 as 1.4; repr keeps the shortest text of the same number.
        return float_text(name, value)
    raise RemoteProtocolError(f"{name}: must be a number or a string, not a JSON container")


# -- the registry ----------------------------------------------------------------------------

#: What a command's shape picker returns: one shape, or alternatives the body decides
#: between (an SMS or an HLR status: "the body decides that, in every fmt").
Shapes: TypeAlias = Shape[Any] | tuple[Shape[Any], ...]

_SHAPES: dict[type[Command], Callable[[Any], Shapes]] = {}

#: Each script's table of error codes: script -> code -> meaning (the spec's words). A
#: script whose actions word their errors differently has one table per action, keyed
#: ``"<script>/<action>"`` (``"get.php/get_messages"``).
ERROR_TABLES: dict[str, Mapping[int, str]] = {}

#: Tables whose error replies carry the message id for these codes (send.php: 3, 6, 7, 8).
_ERRORS_WITH_ID: dict[str, frozenset[int]] = {}

#: Command class -> the key of its error table in ERROR_TABLES.
_ERROR_KEY: dict[type[Command], str] = {}


def responds(
    *commands: type[C],
    errors: Mapping[int, str],
    errors_with_id: frozenset[int] = frozenset(),
    table: str | None = None,
) -> Callable[[Callable[[C], Shapes]], Callable[[C], Shapes]]:
    """Register the function that picks a command's reply shape from the command.

    The function returns one :class:`Shape`, or a tuple of alternatives when only the
    body can tell them apart: the decoder then takes the one alternative the body fits
    (and refuses a body that fits none or several); the encoder takes the one whose
    model is the reply's class.

    Args:
        commands: The command classes whose replies the function describes.
        errors: The error table (code -> the spec's meaning).
        errors_with_id: Codes whose error replies carry the message id.
        table: The key of the table in :data:`ERROR_TABLES` when it is an action's own
            (``"get.php/get_messages"``); the script's name by default.
    """

    def decorate(function: Callable[[C], Shapes]) -> Callable[[C], Shapes]:
        for cls in commands:
            key = table or cls.SCRIPT
            _SHAPES[cls] = function
            _ERROR_KEY[cls] = key
            ERROR_TABLES[key] = errors
            _ERRORS_WITH_ID[key] = errors_with_id
        return function

    return decorate


def error_meaning(script: str, code: int) -> str | None:
    """The spec's meaning of error ``code`` of ``script`` (a key of :data:`ERROR_TABLES`:
    ``"send.php"``, or ``"get.php/get_messages"`` for an action's own table), or ``None``
    when the code or the table is unknown."""
    return ERROR_TABLES.get(script, {}).get(code)


def _table_key(command: Command) -> str:
    return _ERROR_KEY.get(type(command), command.SCRIPT)


def _command(request_or_command: Request | Command) -> Command:
    if isinstance(request_or_command, Command):
        return request_or_command
    if isinstance(request_or_command, Request):
        return parse_command(request_or_command)
    raise LocalProtocolError(
        f"request: must be a Request or a command, got {type(request_or_command).__name__}"
    )


def _shapes(command: Command) -> tuple[Shape[Any], ...]:
    picker = _SHAPES.get(type(command))
    if picker is None:
        raise LocalProtocolError(
            f"{command.SCRIPT}: the replies of {type(command).__name__} are not modelled yet"
        )
    picked = picker(command)
    return picked if isinstance(picked, tuple) else (picked,)


def _shape_for(shapes: tuple[Shape[Any], ...], reply: object) -> Shape[Any]:
    """The shape whose model ``reply`` (or its first record) is an instance of."""
    if len(shapes) == 1:
        return shapes[0]
    sample = reply[0] if isinstance(reply, list) and reply else reply
    for shape in shapes:
        if isinstance(sample, shape.model) and isinstance(reply, list) == shape.many:
            return shape
    names = " or ".join(
        f"list of {shape.model.__name__}" if shape.many else shape.model.__name__
        for shape in shapes
    )
    got = f"list of {type(sample).__name__}" if isinstance(reply, list) else type(reply).__name__
    raise LocalProtocolError(f"reply: must be a {names}, got {got}")


def _decode_one_of(shapes: tuple[Shape[Any], ...], decode: Callable[[Shape[Any]], Reply]) -> Reply:
    """Decode with the one alternative the body fits."""
    if len(shapes) == 1:
        return decode(shapes[0])
    results, problems = [], []
    for shape in shapes:
        try:
            results.append(decode(shape))
        except RemoteProtocolError as exc:
            problems.append(f"{shape.model.__name__}: {exc}")
    if len(results) == 1 or (results and all(r == results[0] for r in results)):
        # Several alternatives reading the same value (an empty list) are one reading.
        return results[0]
    if results:
        raise RemoteProtocolError("body: fits more than one reply form; it cannot be read")
    raise RemoteProtocolError("body: fits no reply form (" + "; ".join(problems) + ")")


def _fmt_and_charset(command: Command) -> tuple[int, str]:
    return (command.fmt or 0), (command.charset or DEFAULT_CHARSET)


# -- errors ----------------------------------------------------------------------------------

# Spec (lines 176-181): "ERROR = N (description)", "ERROR = N (description), ID - <id>",
# "0,-N", "<id>,-N".
_ERROR_FMT0: Final = re.compile(
    r"ERROR = (-?\d{1,9}) \((.*)\)(?:, ID - ([A-Za-z0-9._-]{1,40}))?", re.DOTALL
)
_ERROR_FMT1: Final = re.compile(r"(0|[A-Za-z0-9._-]{1,40}),-(\d{1,9})")


def _error_id(raw: str | None) -> int | str | None:
    # fmt=1 writes 0 where an error names no message ("0,-N", line 180).
    if raw is None or raw == "0":
        return None
    return parse_message_id(raw)


def _gateway_error(
    script: str, code: int, description: str | None, raw_id: str | None
) -> GatewayError:
    meaning = description if description is not None else (error_meaning(script, code) or "")
    return GatewayError(code=code, description=meaning, id=_error_id(raw_id))


def _error_from_text(script: str, fmt: int, body: str) -> GatewayError | None:
    if fmt == 0:
        match = _ERROR_FMT0.fullmatch(body)
        if match is None:
            # Not an error reply; the shape decides (a client's id may start "ERROR").
            return None
        return _gateway_error(script, int(match[1]), match[2], match[3])
    match = _ERROR_FMT1.fullmatch(body)
    if match is None:
        return None
    code = int(match[2])
    # "0,-N" for every code; "<id>,-N" only for the codes whose replies name a message
    # (line 181). Any other "x,-N" is no error reply; the shape decides what it is.
    if match[1] != "0" and code not in _ERRORS_WITH_ID.get(script, frozenset()):
        return None
    return _gateway_error(script, code, None, match[1])


def _error_from_xml(script: str, root: etree._Element) -> GatewayError | None:
    if root.tag != "result" or root.find("error") is None:
        return None
    texts: dict[str, str] = {}
    for child in root:
        if child.tag not in ("error", "error_code", "id") or child.tag in texts or len(child):
            raise RemoteProtocolError(f"body: unexpected <{child.tag}> in an error reply")
        texts[str(child.tag)] = child.text or ""
    if "error_code" not in texts:
        raise RemoteProtocolError("body: an error reply lacks <error_code>")
    code = Int(-(10**9), 10**9).parse("error_code", texts["error_code"])
    return _gateway_error(script, code, texts["error"], texts.get("id"))


def _error_from_json(script: str, data: object) -> GatewayError | None:
    if not isinstance(data, dict) or "error" not in data:
        return None
    unknown = [k for k in data if k not in ("error", "error_code", "id")]
    if unknown or "error_code" not in data:
        raise RemoteProtocolError("body: an error reply has error, error_code and id only")
    code = Int(-(10**9), 10**9).parse("error_code", _json_scalar("error_code", data["error_code"]))
    description = data["error"]
    if not isinstance(description, str):
        raise RemoteProtocolError("error: must be a string")
    raw_id = None if data.get("id") is None else _json_scalar("id", data["id"])
    return _gateway_error(script, code, description, raw_id)


# -- the entry points ------------------------------------------------------------------------


def _mixed(shapes: tuple[Shape[Any], ...]) -> bool:
    """Whether ``shapes`` are lists whose records the body decides one by one.

    Alternatives that are all lists in the same container (``<list><sms>``, a JSON
    array, lines -- or, for fmt=0 records that may span lines, records that all start
    with the same text) are decided per record: a status reply for several ids may mix
    SMS, HLR and not-found records.
    """
    if len(shapes) < 2 or not all(shape.many and shape.tail is None for shape in shapes):
        return False
    forms = {(s.xml.root, s.xml.item) if s.xml is not None else None for s in shapes}
    starts = {s._record_prefix(0) for s in shapes}
    return len(forms) == 1 and len(starts) == 1


def _decode_mixed(shapes: tuple[Shape[Any], ...], fmt: int, parsed: Any) -> list[Any]:
    """Decode a list whose every record is decided among ``shapes`` by itself."""
    # The alternatives share their container (``_mixed``): the first one reads it.
    first = shapes[0]
    records: list[tuple[Any, ...]]
    if fmt in (0, 1):
        method, records = "decode_line", [(fmt, r) for r in first.text_records(fmt, parsed)]
    elif fmt == 2:
        method, records = "decode_element", [(e,) for e in first.xml_records(parsed)]
    else:
        # A record object's keys rule out most alternatives at the cost of two set
        # operations each; only the rest are tried (all of them when none fits, so the
        # error names what each found wrong).
        out = []
        for record in _json_records(parsed):
            fitting = tuple(s for s in shapes if s.has_keys_of(record))
            if len(fitting) == 1:
                try:
                    out.append(fitting[0].decode_object(record))
                except RemoteProtocolError as exc:
                    name = fitting[0].model.__name__
                    raise RemoteProtocolError(f"body: fits no reply form ({name}: {exc})") from None
            else:
                out.append(_decode_one_of(fitting or shapes, methodcaller("decode_object", record)))
        return out
    return [_decode_one_of(shapes, methodcaller(method, *args)) for args in records]


def _encode_mixed(shapes: tuple[Shape[Any], ...], fmt: int, reply: list[Any]) -> str:
    """Write a list whose records may be of any of the ``shapes``' models."""

    def shape_of(record: object) -> Shape[Any]:
        for shape in shapes:
            if isinstance(record, shape.model):
                return shape
        names = " or ".join(shape.model.__name__ for shape in shapes)
        raise LocalProtocolError(f"reply: a record must be a {names}, got {type(record).__name__}")

    if fmt in (0, 1):
        return "\n".join(shape_of(r).encode_text(fmt, [r]) for r in reply)
    if fmt == 3:
        return "[" + ",".join(shape_of(r).json_object(r) for r in reply) + "]"
    first = shapes[0]
    assert first.xml is not None
    assert first.xml.item is not None
    root = etree.Element(first.xml.root)
    with _writing_xml("reply"):
        for record in reply:
            shape_of(record).fill_element(etree.SubElement(root, first.xml.item), record)
        return etree.tostring(root, encoding="unicode")


def _supporting(command: Command, fmt: int) -> tuple[Shape[Any], ...]:
    """The command's reply shapes that have a fmt ``fmt`` form."""
    shapes = tuple(shape for shape in _shapes(command) if shape.supports(fmt))
    if not shapes:
        raise RemoteProtocolError(f"body: the spec gives this reply no fmt={fmt} form")
    return shapes


def _decode_text(body: bytes, charset: str) -> str:
    try:
        text = body.decode(charset)
    except UnicodeDecodeError as exc:
        raise RemoteProtocolError(
            f"body: byte 0x{body[exc.start]:02X} at {exc.start} is not valid {charset}"
        ) from None
    # A reply may end with one line break; the templates show none.
    return text.removesuffix("\n").removesuffix("\r")


def decode_response(request_or_command: Request | Command, body: bytes) -> Reply:
    """Decode a reply body into its typed model (or list of models).

    The request (or command) decides the shape: its ``fmt`` (0 when absent), its
    charset (windows-1251 when absent) and the parameters that change the reply
    (``cost``, ``cur``...). A :class:`~smsc_proto.Request` is first decoded with
    :func:`~smsc_proto.commands.parse_command`.

    Raises:
        GatewayError: the body is a well-formed error reply (``.code``,
            ``.description`` -- the body's words, or the spec's meaning where the
            format carries none -- and ``.id`` where the reply names a message).
        RemoteProtocolError: the body is malformed, is not valid in the charset, or
            does not have the shape the request asks for.
        LocalProtocolError: ``body`` is not bytes, or the command's replies are not
            modelled.
    """
    return _decode(request_or_command, body, fast=True)


def decode_exact(request_or_command: Request | Command, body: bytes) -> Reply:
    """:func:`decode_response` without the generated fast readers: every value through
    its codec. The differential tests and the fuzz harness hold the two to the same
    value or the same error class on every body."""
    return _decode(request_or_command, body, fast=False)


def _decode(request_or_command: Request | Command, body: bytes, *, fast: bool) -> Reply:
    if not isinstance(body, bytes):
        raise LocalProtocolError(f"body: must be bytes, got {type(body).__name__}")
    command = _command(request_or_command)
    fmt, charset = _fmt_and_charset(command)
    script = _table_key(command)
    # Error replies have one form in every script: they are read before the shape is
    # picked, so a command whose reply is not modelled still reports its errors.
    if fmt in (0, 1):
        text_body = _decode_text(body, charset)
        error = _error_from_text(script, fmt, text_body)
        if error is not None:
            raise error
        shapes = _supporting(command, fmt)
        if _mixed(shapes):
            if fast:
                return _text_fast.decode_mixed(shapes, fmt, text_body, _decode_one_of)
            return _decode_mixed(shapes, fmt, text_body)
        decode_text = _text_fast.decode_text if fast else Shape.decode_text
        return _decode_one_of(shapes, lambda shape: decode_text(shape, fmt, text_body))
    if fmt == 2:
        root = parse_xml(body, charset)
        error = _error_from_xml(script, root)
        if error is not None:
            raise error
        shapes = _supporting(command, 2)
        if _mixed(shapes):
            return _decode_mixed(shapes, 2, root)
        return _decode_one_of(shapes, lambda shape: shape.decode_xml(root))
    data = load_json_for_reader(body, charset)
    error = _error_from_json(script, data)
    if error is not None:
        raise error
    shapes = _supporting(command, 3)
    if _mixed(shapes):
        return _decode_mixed(shapes, 3, data)
    return _decode_one_of(shapes, lambda shape: shape.decode_json(data))


def _encode_body(text_body: str, charset: str) -> bytes:
    check_encodable(text_body, charset, "reply")
    return text_body.encode(charset)


def encode_response(request_or_command: Request | Command, reply: Reply) -> bytes:
    """Write the body the gateway sends for ``reply``, in the request's fmt and charset.

    fmt=0 and fmt=1 follow the spec's templates exactly; fmt=2 is the documented
    elements without an XML declaration; fmt=3 is compact JSON with the documented keys,
    order and quoting.

    Raises:
        LocalProtocolError: the reply does not fit the shape the request asks for (a
            missing value, a wrong type, text the charset cannot carry, or free text
            that would make a text reply ambiguous).
    """
    command = _command(request_or_command)
    fmt, charset = _fmt_and_charset(command)
    every = _shapes(command)
    shapes = tuple(s for s in every if s.supports(fmt))
    if _mixed(shapes):
        if not isinstance(reply, list):
            raise LocalProtocolError(f"reply: must be a list, got {type(reply).__name__}")
        text = _encode_mixed(shapes, fmt, reply)
        if fmt in (0, 1):
            _not_an_error_reply(command, fmt, text)
        return _encode_body(text, charset)
    shape = _shape_for(every, reply)
    if not shape.supports(fmt):
        raise LocalProtocolError(f"fmt: the spec gives this reply no fmt={fmt} form")
    if fmt in (0, 1):
        text = shape.encode_text(fmt, reply)
        _not_an_error_reply(command, fmt, text)
        return _encode_body(text, charset)
    if fmt == 2:
        return _encode_body(shape.encode_xml(reply), charset)
    return _encode_body(shape.encode_json(reply), charset)


def _not_an_error_reply(command: Command, fmt: int, text: str) -> None:
    # A decoder reads an error reply before any shape ("0,-5" is error 5 whatever the
    # command), so a reply written in that form would come back as an error: a
    # Balance(cur=True) fmt=1 reply of balance 0 and currency "-0" is "0,-0".
    if _error_from_text(_table_key(command), fmt, text.removesuffix("\n").removesuffix("\r")):
        raise LocalProtocolError(f"reply: {short(text)} would read as an error reply")


def encode_error(request_or_command: Request | Command, error: GatewayError) -> bytes:
    """Write the error reply the gateway sends, in the request's fmt and charset.

    Spec (lines 176-206): ``ERROR = N (description)`` (fmt=0, with ``, ID - <id>`` for
    the codes that name a message), ``0,-N`` or ``<id>,-N`` (fmt=1), ``<result>`` with
    ``<error>``, ``<error_code>`` and ``<id>`` (fmt=2), and the same keys in fmt=3.

    Raises:
        LocalProtocolError: ``error`` is not a GatewayError, its code is not a positive
            int, it names a message for a code whose reply carries no id, or its text
            cannot be written.
    """
    command = _command(request_or_command)
    fmt, charset = _fmt_and_charset(command)
    if not isinstance(error, GatewayError):
        raise LocalProtocolError(f"error: must be a GatewayError, got {type(error).__name__}")
    if not isinstance(error.code, int) or isinstance(error.code, bool) or error.code < 1:
        raise LocalProtocolError(f"error_code: must be a positive int, got {error.code!r}")
    description = error.description
    if "\n" in description or "\r" in description:
        raise LocalProtocolError("error: the description must be one line")
    raw_id = None if error.id is None else format_message_id(error.id)
    with_id = _ERRORS_WITH_ID.get(_table_key(command), frozenset())
    if raw_id is not None and error.code not in with_id:
        codes = ", ".join(str(c) for c in sorted(with_id)) or "none"
        raise LocalProtocolError(
            f"id: error {error.code} of {command.SCRIPT} names no message (codes with an "
            f"id: {codes})"
        )
    if fmt == 0:
        body = f"ERROR = {error.code} ({description})"
        if raw_id is not None:
            body += f", ID - {raw_id}"
        # No description is ambiguous here: the body ends in ")" without an id, and an id
        # (line 51: letters, digits, ".", "-", "_") never holds one.
    elif fmt == 1:
        body = f"{raw_id or 0},-{error.code}"
    elif fmt == 2:
        root = etree.Element("result")
        with _writing_xml("error"):
            etree.SubElement(root, "error").text = description
            etree.SubElement(root, "error_code").text = str(error.code)
            if raw_id is not None:
                etree.SubElement(root, "id").text = raw_id
            body = etree.tostring(root, encoding="unicode")
    else:
        members = [f'"error":{orjson.dumps(description).decode()}', f'"error_code":{error.code}']
        if raw_id is not None:
            quoted = isinstance(error.id, str)
            members.append(f'"id":{orjson.dumps(raw_id).decode() if quoted else raw_id}')
        body = "{" + ",".join(members) + "}"
    return _encode_body(body, charset)
