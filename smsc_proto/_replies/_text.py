"""fmt=0 and fmt=1 replies: lines of text and commas, both directions (private).

Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as numbers
separated by commas". A shape's :class:`~._shapes.Template` for the fmt is the whole
line; this module reads it (a regular expression per line; where a separator stands
twice near a value, the line's readings are counted and a line with two is refused)
and writes it (and reads back what it wrote, so a text that would make the line
ambiguous is refused at the writer, not guessed at the reader). Line breaks between
records are LF or CRLF, the same for every record (:func:`split_lines`,
:func:`join_lines`). Error replies of both formats are here too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, Generic, TypeVar

from .._command import Int
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._util import short
from ..values._time import datetime_at_places
from ._fields import DATE_TIME_PATTERN, LINE_TEXT, Field, plain_text
from ._shapes import Shape, Template
from ._tables import ErrorTable, gateway_error

__all__ = [
    "TEXT_FORMATS",
    "TextFormat",
    "TextShape",
    "end_of_body",
    "join_lines",
    "split_lines",
    "text_shape",
]

M = TypeVar("M")

#: How many places for a text to end :meth:`TextShape.decode_line` tries on one line
#: before it gives up and refuses the line (a body of separators must not cost
#: quadratic time); an ordinary line needs a handful.
_TRIES: Final = 10_000


#: The patterns of texts that may hold any character (but a line break, for the
#: one-line ones): they may hold the line's separators.
_FREE: Final = {".*": ".", ".+": ".", LINE_TEXT: r"[^\r\n]", r"[^\r\n]+": r"[^\r\n]"}


def _quick_regex(template: Template, fields: Mapping[str, Field]) -> re.Pattern[str]:
    """The line's regular expression with every free text but the last kept from running
    past the separator after it.

    It matches the usual line -- no text holds the separator after it -- in one pass:
    free texts side by side could otherwise make the engine try every way to split
    the line. Lines it does not match are read by :meth:`TextShape._walk`.
    """
    parts = []
    names = template.names
    for i, literal in enumerate(template.literals):
        parts.append(re.escape(literal))
        if i == len(names):
            break
        pattern = fields[names[i]].pattern
        char = _FREE.get(pattern)
        after = template.literals[i + 1]
        if char is not None and after and i < len(names) - 1:
            # Characters of the text's kind but the separator's first; that one only
            # where the rest of the separator does not follow (an unrolled loop: one
            # way to match, so no backtracking).
            first, rest = re.escape(after[0]), re.escape(after[1:])
            other = f"[^{first}]" if char == "." else f"[^{first}\\r\\n]"
            quantifier = pattern[-1]
            if not rest:
                pattern = other + quantifier
            elif quantifier == "*":
                pattern = f"{other}*(?:{first}(?!{rest}){other}*)*"
            else:
                pattern = f"(?:{other}|{first}(?!{rest}))+"
        parts.append(f"(?P<{names[i]}>{pattern})")
    return re.compile("".join(parts), re.DOTALL)


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
        self.greedy = _quick_regex(template, shape.by_name)
        # Each field's pattern alone, for trying the other places a text could end at.
        self.matchers = tuple(
            re.compile(f"(?:{shape.by_name[name].pattern})", re.DOTALL).fullmatch
            for name in template.names
        )
        # (literal, the field before it, the field after it) for each separator.
        self.separators = tuple(
            (template.literals[k], template.names[k - 1], template.names[k])
            for k in range(1, len(template.names))
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
        """Decode one record.

        Nothing in a fmt=0/1 line is escaped: a text holding a separator (``,``,
        ``, <key> = ``) gives the line a second reading when the text next to it could
        end at that separator instead. The line is read only when it has exactly one
        reading under the fields' patterns; otherwise it is refused, naming the field
        that can end at two places, and never read at a guess.

        The usual line is matched by one regular expression in which no free text runs
        past the separator after it (:func:`_quick_regex`), and shown to have no other
        reading by its separators alone; any other line is read by :meth:`_walk`.
        """
        match = self.greedy.fullmatch(line)
        if match is not None and (
            self._splits_once(line, match) or not self._may_move(line, match)
        ):
            texts = match.groupdict()
        else:
            texts = self._walk(line)
        readers = self.readers
        return self.shape.build({n: readers[n](t) for n, t in texts.items()})

    def _splits_once(self, line: str, match: re.Match[str]) -> bool:
        """Whether ``match`` is the line's only reading, by its separators alone.

        Any other reading puts some separator at another place, and that place lies
        inside one of the two texts the separator stands between in ``match`` (or
        overlaps the separator itself). So when no separator occurs again within the
        span of its two neighbours, no other reading exists, whatever the patterns.
        """
        find = line.find
        for literal, before, after in self.separators:
            start, at, stop = match.start(before), match.end(before), match.end(after)
            if find(literal, start, stop) != at or find(literal, at + 1, stop) != -1:
                return False
        return True

    def _may_move(self, line: str, match: re.Match[str]) -> bool:
        """Whether some separator of ``match`` could stand elsewhere in another reading.

        Take the first separator another reading puts elsewhere: the text before it
        starts where it starts in ``match`` (every separator before is in place), so
        that text, from its start to another copy of the separator, fits its pattern.
        When no text does, ``match`` is the only reading.
        """
        find = line.find
        for (literal, before, _), matcher in zip(self.separators, self.matchers[:-1], strict=True):
            start, at = match.start(before), match.end(before)
            other = find(literal, start)
            while other != -1:
                if other != at and matcher(line, start, other) is not None:
                    return True
                other = find(literal, other + 1)
        return False

    def _walk(self, line: str) -> dict[str, str]:
        """The texts of the line's one reading, found field by field.

        At each field, the places it may end (before a copy of the text that follows
        it, its text fitting its pattern) are kept when the rest of the line can follow
        them. None: the line does not have the template's form; two: the line reads
        two ways and is refused, naming the field; one: the reading goes on there.
        """
        names, literals, matchers = self.template.names, self.template.literals, self.matchers
        last = len(names) - 1
        tries = _TRIES
        memo: dict[tuple[int, int], bool] = {}

        def ends(i: int, start: int) -> Iterator[int]:
            nonlocal tries
            literal = literals[i + 1]
            if i == last:
                end = len(line) - len(literal)
                if end >= start and line.endswith(literal) and matchers[i](line, start, end):
                    yield end
                return
            at = line.find(literal, start)
            while at != -1:
                tries -= 1
                if tries < 0:
                    raise RemoteProtocolError(
                        f"body: {short(line)} has more places where its texts could end "
                        f"than are tried ({_TRIES}) to show that it reads one way only"
                    )
                if matchers[i](line, start, at) is not None:
                    yield at
                at = line.find(literal, at + 1)

        def completes(i: int, start: int) -> bool:
            # Whether fields i.. can read the line from ``start`` to its end.
            key = (i, start)
            if key not in memo:
                memo[key] = i > last or any(
                    i == last or completes(i + 1, end + len(literals[i + 1]))
                    for end in ends(i, start)
                )
            return memo[key]

        if not line.startswith(literals[0]) or not completes(0, len(literals[0])):
            raise RemoteProtocolError(
                f"body: {short(line)} does not have the form {self.template.template!r}"
            )
        texts = {}
        start = len(literals[0])
        for i, name in enumerate(names):
            after = literals[i + 1]
            good = [e for e in ends(i, start) if i == last or completes(i + 1, e + len(after))]
            if len(good) > 1:
                raise RemoteProtocolError(
                    f"body: {short(line)} can be read more than one way: {name} could end "
                    f"at more than one {after!r} (the texts next to it may hold it; nothing "
                    "is escaped)"
                )
            texts[name] = line[start : good[0]]
            start = good[0] + len(after)
        return texts

    def records(self, body: str) -> list[str]:
        """The records of a list body: one per line, or per key-led line."""
        if body == "":
            return []
        prefix = self.prefix
        if prefix is None:
            return split_lines(body)
        first, *rest = split_lines(body, "\n" + prefix)
        return [first] + [prefix + chunk for chunk in rest]

    def decode(self, body: str) -> M | list[M]:
        """Decode a body: one line, or one line per record."""
        shape = self.shape
        if shape.blocks:
            return self._decode_blocks(body)
        if shape.tail is not None:
            head, *lines = split_lines(body)
            sub = self._sub(shape.tail)
            tail = tuple(sub.decode_line(line) for line in lines)
            return dataclasses.replace(self.decode_line(head), **{shape.tail: tail})  # type: ignore[type-var]
        if not shape.many:
            return self.decode_line(body)
        return [self.decode_line(record) for record in self.records(body)]

    def _decode_blocks(self, body: str) -> M:
        shape = self.shape
        # The lines of blocks are one record each: every line break is LF or CRLF.
        *parts, head = "\n".join(split_lines(body)).split("\n\n")
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
        """The body of ``reply`` (:func:`join_lines`: it reads back as written)."""
        return join_lines(self.encode_lines(reply), end=True)

    def encode_lines(self, reply: object) -> list[str]:
        """The lines of ``reply``'s body (a record of a multiline shape may span
        several); a block of lines ends with an empty one."""
        # _text_fast builds on TextShape: imported at the first encode, not at import.
        from ._text_fast import read_line  # noqa: PLC0415

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
            lines += [*self._sub(name).encode_lines(list(block)), ""]
        for record in shape.records_of(reply):
            texts = shape.texts(record, template.names, template_form=True)
            self._check_texts(texts)
            line = template.fill(texts)
            # What is written must read back as written: a text holding the template's
            # separators could make the line readable two ways. The generated reader
            # reads it back (the exact reader's value or error, faster).
            try:
                again = read_line(shape, self.fmt, line)
            except RemoteProtocolError as exc:
                raise LocalProtocolError(f"reply: {str(exc).removeprefix('body: ')}") from None
            if any(getattr(again, n) != getattr(record, n) for n in template.names):
                raise LocalProtocolError(f"reply: {short(line)} would read back differently")
            lines.append(line)
            if shape.tail is not None:
                tail = getattr(record, shape.tail)
                if not isinstance(tail, tuple):
                    raise LocalProtocolError(f"{shape.tail}: must be a tuple in this reply form")
                lines += self._sub(shape.tail).encode_lines(list(tail))
        return lines

    def _check_texts(self, texts: dict[str, str]) -> None:
        """Refuse, naming the field, a text this line cannot carry.

        A line feed splits records where a record is one line (every list but a
        multiline one, and the lines of a reply with a tail or blocks); in a multiline
        list a line feed followed by the records' leading text would start a record. (A
        CR is carried: the writer follows a line ending in CR with CRLF.) Any other text
        must fit its field's pattern.
        """
        shape, prefix = self.shape, self.prefix
        one_line = (shape.many and prefix is None) or shape.tail is not None or shape.blocks
        for name, matcher in zip(self.template.names, self.matchers, strict=True):
            value = texts[name]
            if one_line and "\n" in value:
                raise LocalProtocolError(
                    f"{name}: {short(value)} holds a line break, which a fmt={self.fmt} line "
                    "of this reply cannot carry: each record is one line (fmt=2/3 carry it)"
                )
            if prefix is not None and "\n" + prefix in value:
                raise LocalProtocolError(
                    f"{name}: {short(value)} holds a line break followed by {prefix!r}, "
                    f"which would start a record in fmt={self.fmt} (fmt=2/3 carry it)"
                )
            if matcher(value) is None:
                what = "a line break" if "\n" in value or "\r" in value else "this text"
                raise LocalProtocolError(
                    f"{name}: {short(value)} cannot be written in a fmt={self.fmt} line: "
                    f"{what} does not fit the field's pattern {shape.by_name[name].pattern!r}"
                )


def split_lines(text: str, separator: str = "\n") -> list[str]:
    """``text`` cut at each ``separator`` (a line break, or a line break and the text a
    record starts with), each piece but the last without the CR of a CRLF break.

    The rule of fmt=0/1 bodies: a line break between records (or lines) is LF or CRLF,
    the same for every record; the final piece has had its line break removed already
    (:func:`end_of_body`). A line break inside a text is kept as it is.
    """
    pieces = text.split(separator)
    return [piece.removesuffix("\r") for piece in pieces[:-1]] + pieces[-1:]


def end_of_body(text: str) -> str:
    """``text`` without its one final line break (LF or CRLF), if it has one."""
    if text.endswith("\n"):
        return text[:-1].removesuffix("\r")
    return text


def join_lines(lines: list[str], *, end: bool = False) -> str:
    """``lines`` joined so that :func:`split_lines` gives them back.

    Lines are joined with LF, but with CRLF after a line ending in CR (the reader takes a
    CR before LF as part of the break). With ``end`` (a whole body), a body whose last
    line ends in CR or LF gets a final line break, which the reader removes
    (:func:`end_of_body`), so that a last text ending in CR or LF reads back whole.
    """
    out = []
    for line in lines:
        out.append(line)
        out.append("\r\n" if line.endswith("\r") else "\n")
    if out and not (end and lines[-1].endswith(("\r", "\n"))):
        out.pop()
    return "".join(out)


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
        return end_of_body(text)

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
        # Line 180: "0,-N" -- 0 where the error names no message.
        return gateway_error(table, code, None, None if match[1] == "0" else match[1])

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
        lines = []
        for shape, record in zip(shapes, records, strict=True):
            lines += text_shape(shape, self.fmt).encode_lines([record])
        return join_lines(lines, end=True)

    def encode_error(self, code: int, description: str, raw_id: str | None, quoted: bool) -> str:
        """The error reply (``quoted`` matters in fmt=3 only)."""
        if self.fmt == 1:
            if raw_id == "0":
                # Line 180 writes "0,-N" for an error naming no message: the string id
                # "0" would read back as no id.
                raise LocalProtocolError(
                    "id: the string id '0' cannot be told from no id in fmt=1 (\"0,-N\", "
                    "line 180); write the error in fmt=0, 2 or 3"
                )
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
        if self.error(table, end_of_body(text)):
            raise LocalProtocolError(f"reply: {short(text)} would read as an error reply")


#: fmt -> its codec, for fmt 0 and 1.
TEXT_FORMATS: Final = {0: TextFormat(0), 1: TextFormat(1)}
