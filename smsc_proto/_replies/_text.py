"""fmt=0 and fmt=1 replies: lines of text and commas, both directions (private).

Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as numbers
separated by commas". A shape's :class:`~._shapes.Template` for the fmt is the whole
line; this module reads it (a regular expression per line, matched twice where free
text could shift the separators) and writes it (and reads back what it wrote, so a text
that would make the line ambiguous is refused at the writer, not guessed at the
reader). Error replies of both formats are here too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar

from .._command import Int
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._util import short
from ..values._time import datetime_at_places
from ._fields import DATE_TIME_PATTERN, Field, plain_text
from ._shapes import Shape, Template
from ._tables import ErrorTable, gateway_error

__all__ = ["TEXT_FORMATS", "TextFormat", "TextShape", "text_shape"]

M = TypeVar("M")


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
    if plain_text(codec):
        return str
    if field.pattern == DATE_TIME_PATTERN:
        # The line matched "DD.MM.YYYY hh:mm:ss" with \d; ASCII digits are then at fixed
        # places. Anything else (other scripts' digits, 31.02) gets the codec's message.
        def date(text: str) -> Any:
            if text.isascii():
                with contextlib.suppress(ValueError):
                    return datetime_at_places(text)
            return codec.parse(name, text)

        return date
    return functools.partial(codec.parse, name)


class TextShape(Generic[M]):
    """The fmt=0 or fmt=1 codec of one shape, compiled from its declaration once.

    Args:
        shape: The declaration.
        fmt: 0 or 1.
    """

    def __init__(self, shape: Shape[M], fmt: int) -> None:
        template = shape.fmt0 if fmt == 0 else shape.fmt1
        if template is None:
            raise LocalProtocolError(f"fmt: the spec gives this reply no fmt={fmt} form")
        self.shape = shape
        self.fmt = fmt
        self.template: Template = template
        self.greedy, self.lazy = template.compile(shape.by_name)
        # fmt -> (free text field, the literal text after it) for each free text field.
        self.free_text = tuple(
            (name, template.literals[i + 1])
            for i, name in enumerate(template.names)
            if shape.by_name[name].free
        )
        self.readers = {f.name: _text_reader(f) for f in shape.fields}
        # The text each record starts with when records may span lines (fmt=0 only).
        self.prefix: str | None = template.literals[0] if shape.multiline and fmt == 0 else None

    def _sub(self, name: str) -> TextShape[Any]:
        sub = self.shape.by_name[name].records
        assert sub is not None
        return text_shape(sub, self.fmt)

    # -- decoding ----------------------------------------------------------------------

    def decode_line(self, line: str) -> M:
        """Decode one record."""
        long_match = self.greedy.fullmatch(line)
        if long_match is None:
            raise RemoteProtocolError(
                f"body: {short(line)} does not have the form {self.template.template!r}"
            )
        texts = long_match.groupdict()
        # A shorter reading ends a free text at an earlier copy of the text that follows
        # it; without one inside any (or with nothing after it) the line reads one way.
        if any(after and after in texts[name] for name, after in self.free_text):
            short_match = self.lazy.fullmatch(line)
            if short_match is None or short_match.groupdict() != texts:
                raise RemoteProtocolError(
                    f"body: {short(line)} can be read more than one way (a text field "
                    "holds the separator)"
                )
        readers = self.readers
        return self.shape.build({n: readers[n](t) for n, t in texts.items()})

    def records(self, body: str) -> list[str]:
        """The records of a list body: one per line, or per key-led line."""
        if body == "":
            return []
        prefix = self.prefix
        if prefix is None:
            return body.split("\n")
        first, *rest = body.split("\n" + prefix)
        return [first] + [prefix + chunk for chunk in rest]

    def decode(self, body: str) -> M | list[M]:
        """Decode a body: one line, or one line per record."""
        shape = self.shape
        if shape.blocks:
            return self._decode_blocks(body)
        if shape.tail is not None:
            head, *lines = body.split("\n")
            sub = self._sub(shape.tail)
            tail = tuple(sub.decode_line(line) for line in lines)
            return dataclasses.replace(self.decode_line(head), **{shape.tail: tail})  # type: ignore[type-var]
        if not shape.many:
            return self.decode_line(body)
        return [self.decode_line(record) for record in self.records(body)]

    def _decode_blocks(self, body: str) -> M:
        shape = self.shape
        *parts, head = body.split("\n\n")
        omissible = [n for n in shape.blocks if shape.by_name[n].optional]
        missing = len(shape.blocks) - len(parts)
        if missing < 0 or missing > len(omissible):
            raise RemoteProtocolError(
                f"body: {len(parts) + 1} blocks of lines; this reply has "
                f"{len(shape.blocks) - len(omissible) + 1} to {len(shape.blocks) + 1}"
            )
        left_out = set(omissible[len(omissible) - missing :]) if missing else set()
        present = [n for n in shape.blocks if n not in left_out]
        values: dict[str, Any] = {}
        for name, part in zip(present, parts, strict=True):
            sub = self._sub(name)
            values[name] = tuple(sub.decode_line(line) for line in part.split("\n"))
        return dataclasses.replace(self.decode_line(head), **values)  # type: ignore[type-var]

    # -- encoding ----------------------------------------------------------------------

    def encode(self, reply: object) -> str:
        """The body of ``reply``.

        Lines are written, and read back, by the generated writers and readers of
        :mod:`._text_fast` (the exact ones' results, faster for the ordinary record).
        """
        # _text_fast builds on TextShape: imported at the first encode, not at import.
        from ._text_fast import read_line, write_line  # noqa: PLC0415

        shape = self.shape
        template = self.template
        lines = []
        for name in shape.blocks:
            block = getattr(reply, name, None)
            if block is None or block == ():
                if not shape.by_name[name].optional:
                    raise LocalProtocolError(f"{name}: is required in this reply form")
                continue
            if not isinstance(block, tuple):
                raise LocalProtocolError(f"{name}: must be a tuple, got {type(block).__name__}")
            lines.append(self._sub(name).encode(list(block)) + "\n")
        prefix = self.prefix
        for record in shape.records_of(reply):
            line = write_line(shape, self.fmt, record)
            if shape.many and "\n" in line and (prefix is None or "\n" + prefix in line):
                raise LocalProtocolError(
                    "reply: a record of a line-per-record reply spans lines"
                    if prefix is None
                    else f"reply: a line break followed by {prefix!r} would start a record"
                )
            # What is written must read back as written: a free text field holding the
            # template's separators would make the line ambiguous.
            try:
                again = read_line(shape, self.fmt, line)
            except RemoteProtocolError as exc:
                raise LocalProtocolError(f"reply: {str(exc).removeprefix('body: ')}") from None
            if any(getattr(again, n) != getattr(record, n) for n in template.names):
                raise LocalProtocolError(f"reply: {short(line)} would read back differently")
            if shape.tail is not None and "\n" in line:
                raise LocalProtocolError("reply: the first line spans lines")
            lines.append(line)
            if shape.tail is not None:
                tail = getattr(record, shape.tail)
                if not isinstance(tail, tuple):
                    raise LocalProtocolError(f"{shape.tail}: must be a tuple in this reply form")
                if tail:
                    lines.append(self._sub(shape.tail).encode(list(tail)))
        return "\n".join(lines)


def text_shape(shape: Shape[M], fmt: int) -> TextShape[M]:
    """The fmt ``fmt`` (0 or 1) codec of ``shape``, compiled at first use."""
    codec = shape.codecs.get(fmt)
    if codec is None:
        codec = shape.codecs[fmt] = TextShape(shape, fmt)
    return codec


# -- error replies ------------------------------------------------------------------------

# Spec (lines 176-181): "ERROR = N (description)", "ERROR = N (description), ID - <id>",
# "0,-N", "<id>,-N".
_ERROR_FMT0: Final = re.compile(
    r"ERROR = (-?\d{1,9}) \((.*)\)(?:, ID - ([A-Za-z0-9._-]{1,40}))?", re.DOTALL
)
_ERROR_FMT1: Final = re.compile(r"(0|[A-Za-z0-9._-]{1,40}),-(\d{1,9})")


class TextFormat:
    """fmt=0 or fmt=1: the reply is text in the request's charset.

    Args:
        fmt: 0 or 1.
    """

    def __init__(self, fmt: int) -> None:
        self.fmt = fmt

    def parse(self, body: bytes, charset: str) -> str:
        """The body's text; one final line break is no part of it."""
        try:
            text = body.decode(charset)
        except UnicodeDecodeError as exc:
            raise RemoteProtocolError(
                f"body: byte 0x{body[exc.start]:02X} at {exc.start} is not valid {charset}"
            ) from None
        # A reply may end with one line break; the templates show none.
        return text.removesuffix("\n").removesuffix("\r")

    def error(self, table: ErrorTable, body: str) -> GatewayError | None:
        """The error the body reports, or ``None`` when it is no error reply."""
        if self.fmt == 0:
            match = _ERROR_FMT0.fullmatch(body)
            if match is None:
                # Not an error reply; the shape decides (a client's id may start "ERROR").
                return None
            return gateway_error(table, int(match[1]), match[2], match[3])
        match = _ERROR_FMT1.fullmatch(body)
        if match is None:
            return None
        code = int(match[2])
        # "0,-N" for every code; "<id>,-N" only for the codes whose replies name a
        # message (line 181). Any other "x,-N" is no error reply; the shape decides.
        if match[1] != "0" and code not in table.with_id:
            return None
        return gateway_error(table, code, None, match[1])

    def decode(self, shape: Shape[Any], body: str) -> Any:
        """The reply of ``shape`` in ``body``."""
        return text_shape(shape, self.fmt).decode(body)

    def records(self, shape: Shape[Any], body: str) -> list[str]:
        """The records of a list body, for a list whose records decide their shape."""
        return text_shape(shape, self.fmt).records(body)

    def decode_record(self, shape: Shape[Any], record: str) -> Any:
        """One record of a list whose records decide their shape."""
        return text_shape(shape, self.fmt).decode_line(record)

    def fitting(self, shapes: tuple[Shape[Any], ...], record: Any) -> tuple[Shape[Any], ...]:
        """The alternatives worth trying on ``record``: all of them (only decoding it
        tells them apart)."""
        return shapes

    def encode(self, shape: Shape[Any], reply: object) -> str:
        """The body of ``reply``."""
        return text_shape(shape, self.fmt).encode(reply)

    def encode_records(self, shapes: list[Shape[Any]], records: list[Any]) -> str:
        """The body of a list whose records are each of its own shape."""
        return "\n".join(
            text_shape(shape, self.fmt).encode([r])
            for shape, r in zip(shapes, records, strict=True)
        )

    def encode_error(self, code: int, description: str, raw_id: str | None, quoted: bool) -> str:
        """The error reply (``quoted`` matters in fmt=3 only)."""
        if self.fmt == 1:
            return f"{raw_id or 0},-{code}"
        body = f"ERROR = {code} ({description})"
        # No description is ambiguous here: the body ends in ")" without an id, and an id
        # (line 51: letters, digits, ".", "-", "_") never holds one.
        return body if raw_id is None else body + f", ID - {raw_id}"

    def check_not_error(self, table: ErrorTable, text: str) -> None:
        """Refuse a body that a decoder would read as an error reply.

        A decoder reads an error reply before any shape ("0,-5" is error 5 whatever the
        command), so a reply written in that form would come back as an error: a
        Balance(cur=True) fmt=1 reply of balance 0 and currency "-0" is "0,-0".
        """
        if self.error(table, text.removesuffix("\n").removesuffix("\r")):
            raise LocalProtocolError(f"reply: {short(text)} would read as an error reply")


#: fmt -> its codec, for fmt 0 and 1.
TEXT_FORMATS: Final = {0: TextFormat(0), 1: TextFormat(1)}
