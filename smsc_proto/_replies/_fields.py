"""Reply fields: a model attribute, its value codec and how each format writes it (private).

Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as numbers
separated by commas, 2 - xml, 3 - json". A field is declared once and read the same way
in all four.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from .._command import CheckedText, Codec, Dec, Int, Syntax, Text
from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, short
from ..values import format_datetime, format_message_id, parse_datetime, parse_message_id

if TYPE_CHECKING:
    from ._shapes import Shape

__all__ = [
    "DATE_TIME_PATTERN",
    "LINE_TEXT",
    "Field",
    "date_time",
    "digits",
    "integer",
    "is_digits",
    "items",
    "message_id",
    "money",
    "plain_text",
    "records",
    "text",
]


@dataclass(frozen=True, slots=True)
class Field:
    """One value of a reply: model attribute, codec, text pattern and JSON quoting.

    Args:
        name: The model attribute, named as the fmt=2/3 key names it.
        codec: How the value's text is parsed and written.
        pattern: A regular expression matching the value's text in fmt=0/1 replies
            (``.*`` or ``LINE_TEXT`` for free text, which may hold the line's
            separators; the template decoder reads a line only when it has one
            reading).
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


class _Digits(CheckedText):
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


def digits(name: str) -> Field:
    """A numeric code (``mcc``, ``mnc``, ``mccmnc``, ``imsi``, ``msc``) as a ``str`` of
    ASCII digits, quoted in fmt=3: the spec calls them numeric codes, and their leading
    zeros are part of them."""
    return Field(name, _Digits(), r"[0-9]*", True)


#: The fmt=0/1 pattern of a text on one line: any character but a line break. Nothing in
#: a fmt=0/1 line is escaped, so a name or a comment may hold the line's separators; the
#: reader refuses a line whose texts could split two ways rather than assume they hold
#: none. A narrower pattern states what the spec says the value holds (digits, a code).
LINE_TEXT: Final = r"[^\r\n]*"

DATE_TIME_PATTERN: Final = r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}"


def date_time(name: str) -> Field:
    """A ``DD.MM.YYYY hh:mm:ss`` time as a naive ``datetime`` (quoted in fmt=3)."""
    return Field(name, Syntax(parse_datetime, format_datetime, datetime), DATE_TIME_PATTERN, True)


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


def is_digits(codec: object) -> bool:
    """Whether ``codec`` is the numeric-code codec of :func:`digits` fields."""
    return type(codec) is _Digits


def plain_text(codec: object) -> bool:
    """Whether a field's text is its value as it is (a Text with no rule to check)."""
    return type(codec) is Text and not (codec.nonempty or codec.max_len or codec.single_line)
