"""Reply shapes: a model and how each format lays out its fields, as data (private).

A reply shape is data: a model class, its :class:`~._fields.Field` list, and how each
format lays the fields out -- a fmt=0 and a fmt=1 :class:`Template`, an
:class:`XmlForm` and a :class:`JsonForm`. The format modules (``_text``, ``_xml``,
``_json``) read those declarations, so a shape cannot be decoded one way and encoded
another, and a quirk of one format is an explicit override in its declaration rather
than a branch in a parser. Nothing here decodes or encodes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from .._errors import LocalProtocolError
from ._fast import is_plain, model_builder
from ._fields import Field

__all__ = ["Grouped", "JsonForm", "Shape", "Template", "XmlForm"]

M = TypeVar("M")


# -- layouts -------------------------------------------------------------------------------


class Template:
    """A fmt=0 or fmt=1 line: literal text with ``{field}`` placeholders.

    Decoding matches the whole line, then checks that no other split of it fits the
    fields' patterns (:meth:`~._text.TextShape.decode_line`): nothing is escaped, so a
    separator inside a text that could also end the text next to it makes the line
    readable two ways, and such a line is refused rather than read at a guess.

    Args:
        template: E.g. ``"OK - {cnt} SMS, ID - {id}"`` or ``"{id},{cnt}"``.
    """

    _PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")

    def __init__(self, template: str) -> None:
        self.template = template
        self.names = tuple(self._PLACEHOLDER.findall(template))
        self.literals = self._PLACEHOLDER.split(template)[0::2]

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
    #: Per-format codecs compiled from this declaration at first use (format -> codec).
    codecs: dict[object, Any] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name = {f.name: f for f in self.fields}
        object.__setattr__(self, "by_name", by_name)
        object.__setattr__(self, "codecs", {})
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
                + self.xml_children()
            )
        if fmt == 3 and self.json is not None:
            return self.json.fields or tuple(f.name for f in self.fields)
        return ()

    def xml_children(self) -> tuple[str, ...]:
        """The fields fmt=2 carries as child elements, in order."""
        assert self.xml is not None
        if self.xml.fields is not None:
            return self.xml.fields
        taken = {self.xml.text_field, *self.xml.attributes}
        return tuple(f.name for f in self.fields if f.name not in taken)

    def supports(self, fmt: int) -> bool:
        """Whether the spec gives this shape in fmt ``fmt``."""
        return {0: self.fmt0, 1: self.fmt1, 2: self.xml, 3: self.json}[fmt] is not None

    def parse(self, name: str, raw: str) -> Any:
        """The value of field ``name`` from its text, through the field's codec."""
        return self.by_name[name].codec.parse(name, raw)

    @functools.cached_property
    def build(self) -> Callable[[dict[str, Any]], M]:
        """The decoders' private fast path to a model from checked values (a missing
        field is ``None``): :func:`~._fast.model_builder`, skipping the frozen
        ``__init__``."""
        model = self.model
        if not is_plain(model):
            # Defaults other than None, a __post_init__: only __init__ gets them right.
            return lambda values: model(**values)
        names = tuple(f.name for f in dataclasses.fields(model))  # type: ignore[arg-type]
        positional = model_builder(model, names)

        def build(values: dict[str, Any]) -> M:
            get = values.get
            return positional(*[get(name) for name in names])

        return build

    # -- what every encoder shares ----------------------------------------------------------

    def texts(
        self, record: object, names: Sequence[str], *, template_form: bool = False
    ) -> dict[str, str]:
        """The text of each of ``names`` of ``record`` (a model of this shape).

        A ``None`` value is left out where the field is optional (fmt=2/3), and refused
        where the layout needs it (``template_form``: a fmt=0/1 line has a place for
        every field) -- unless the codec writes ``None`` itself (its ``WRITES_NONE``,
        an empty place: phones.php's birthday of a contact without one). A list field
        must be a tuple; it has no text of its own.
        """
        if not isinstance(record, self.model):
            raise LocalProtocolError(
                f"reply: must be a {self.model.__name__}, got {type(record).__name__}"
            )
        out = {}
        for name in names:
            value = getattr(record, name)
            field = self.by_name[name]
            if value is None and not getattr(field.codec, "WRITES_NONE", False):
                if field.optional and not template_form:
                    continue
                raise LocalProtocolError(f"{name}: is required in this reply form")
            if field.nested:
                if not isinstance(value, tuple):
                    raise LocalProtocolError(f"{name}: must be a tuple, got {type(value).__name__}")
                continue
            out[name] = field.codec.format(name, value)
        return out

    def records_of(self, reply: object) -> list[object]:
        """The records of ``reply``: the list itself for a list shape, else ``[reply]``."""
        if not self.many:
            return [reply]
        if not isinstance(reply, list):
            raise LocalProtocolError(f"reply: must be a list of {self.model.__name__}")
        return reply

    def groups(self, reply: object) -> list[tuple[str, list[object]]]:
        """Consecutive records with the same group value, with that value's text."""
        group = self.grouped
        assert group is not None
        out: list[tuple[str, list[object]]] = []
        for record in self.records_of(reply):
            text = self.texts(record, (group.field,))[group.field]
            if out and out[-1][0] == text:
                out[-1][1].append(record)
            else:
                out.append((text, [record]))
        return out
