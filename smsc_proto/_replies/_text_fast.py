"""Generated readers of fmt=0/1 lines: a split on the separators instead of a regex.

The exact decoder (:meth:`~._text.TextShape.decode_line`) reads a line only when it has
exactly one reading under the fields' patterns (a text field is mostly ``LINE_TEXT``,
any one-line text, so it may hold the separators) and refuses a line with two. The
readers here return a model only where the line certainly has one reading, and read
the same values with a few ``str`` methods: a reader generated once per shape and fmt
at first use (the way :mod:`dataclasses` builds ``__init__``) cuts the line, checks each
text with a quick test of its pattern, converts it inline (the line's numbers by one
``orjson.loads`` of their digits, ``DD.MM.YYYY hh:mm:ss`` dates as their hour plus
their minutes and seconds, :func:`~._fast.date_condition`, money and codes already
seen, ids) and builds the model in place (:func:`~._fast.build_lines`). There are two
ways to cut.

Fixed fields. Take the fields from the left while each one's pattern cannot hold some
character ``c`` of the literal after it (``\\d+`` before ``","``): in *every* reading
the first ``c`` after the field's start is that literal's first ``c``, so where the field
ends is forced -- where ``str.index`` finds the literal (or one ``str.split`` with the
exact count cuts a run of them). Take the fields from the right likewise
(``str.rindex``). One field is left in the middle, and it is whatever remains (a
message last, or between fixed fields: get_answers). Every field's place is then the
same in every reading, so the line reads one way only.

Counted characters. Where free texts stand side by side (get_messages: sender, status
name, message), take a character ``c`` that every literal between two texts holds
(``","``; in fmt=0 also ``"="``). Any reading is the literals and the texts, so the
line holds at least the literals' count of ``c``; when it holds exactly that many, no
text holds one, each literal stands at a determined place and a split cuts the line.
A line with more is tried with the next such character, and goes to the exact decoder
(``MISS``) when none is counted exactly: it may read one way or two, and only the exact
decoder tells. Where the literals hold more than the counted character (fmt=0
``", key = "``), one regular expression -- the literals, and between them runs of
anything but that character -- cuts the line and checks every literal at once.

Each reader comes in three: ``read``; ``clean``, the same for lines known to hold no
line break (a body without CR split on LF), which skips the tests for them; and
``careful``, which ``read`` hands a line holding one. In a list whose records are
decided one by one (status.php for several ids), a reader whose every line the other
alternatives refuse -- told by the count of a character, or by where the forms part
ways -- decides a line alone.

Anything unusual -- a literal not where it must be, a value the quick checks do not
accept (other scripts' digits, a number out of the quick range), a separator held by a
text -- sends that one line to the exact decoder, which reads it or refuses it with its
precise message. Records are split as the exact decoder splits them (LF or CRLF,
:func:`~._text.split_lines`). So a body decodes to the same value, or fails with the
same error, either way; ``tests/responses/test_text_fast.py`` and
``tests/responses/test_fast_differential.py`` hold the two to that.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

import orjson

from .._command import Dec, Int, TextChoice
from .._errors import RemoteProtocolError
from ..values import parse_message_id
from ._fast import DATE_NAMES, FastReaders, build_lines, date_condition, id_characters
from ._fields import DATE_TIME_PATTERN, is_digits, plain_text
from ._text import split_lines, text_shape

if TYPE_CHECKING:
    from ._fields import Field
    from ._shapes import Shape, Template

__all__ = [
    "TEXT_FAST",
    "decode_mixed",
    "decode_text",
    "line_reader",
    "read_line",
]


class _Outcome:
    """What a generated reader returns when it does not return a model."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


#: The quick checks are not sure: the exact decoder reads the line or refuses it.
MISS: Final = _Outcome("MISS")
#: The line certainly does not have the template's form: the exact decoder refuses it.
NOMATCH: Final = _Outcome("NOMATCH")

#: A line reader: the model of the line, ``MISS`` or ``NOMATCH``.
LineReader = Callable[[str], Any]

_MESSAGE_ID: Final = r"[A-Za-z0-9._-]+"
_MONEY: Final = (r"-?\d+(?:\.\d+)?", r"\d+(?:\.\d+)?")
_NEGATED_CLASS: Final = re.compile(r"\[\^((?:[^\\\]]|\\[nrt]|\\\W)+)\]([*+])")
_ESCAPES: Final = {"n": "\n", "r": "\r", "t": "\t"}
# Patterns with no look-around or anchor: a fullmatch of the value's text alone decides
# them as the whole line's match does.
_CONTEXT_FREE: Final = re.compile(r"\(\?[=!<]|\\[bBAZ]|\$|(?<!\[)\^")
_MESSAGE_ID_MAX: Final = 2147483647


def _negated_class(pattern: str) -> tuple[str, bool] | None:
    """``[^...]*`` or ``[^...]+``: the characters it excludes and whether it needs one."""
    match = _NEGATED_CLASS.fullmatch(pattern)
    if match is None:
        return None
    chars, i, body = [], 0, match[1]
    while i < len(body):
        if body[i] == "\\":
            chars.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            chars.append(body[i])
            i += 1
    if "-" in chars[1:-1]:
        return None  # a range: not worth knowing
    return "".join(chars), match[2] == "+"


def _escape_class(letter: str) -> Callable[[str], bool] | None:
    """The characters of a class escape (``\\d``, ``\\s``, ``\\w`` and their negations)."""
    base: dict[str, Callable[[str], bool]] = {
        "d": str.isdecimal,
        "s": str.isspace,
        "w": lambda c: c.isalnum() or c == "_",
    }
    if letter in base:
        return base[letter]
    if letter.lower() in base:
        inner = base[letter.lower()]
        return lambda c: not inner(c)
    return None


_TOKEN: Final = re.compile(
    r"\\(?P<escape>.)"
    r"|\[(?P<negated>\^?)(?P<set>(?:[^\\\]]|\\.)+)\]"
    r"|(?P<syntax>\(\?:|[()|?*+]|\{\d*,?\d*\})"
    r"|(?P<any>\.)"
    r"|(?P<char>[^\\\[\](){}|?*+.^$])"
)


def _alphabet(pattern: str) -> Callable[[str], bool] | None:
    """Which characters a pattern's matches may hold, or ``None`` when unsure.

    A small reading of the regular expressions the templates use: literal characters,
    ``.``, class escapes, ``[...]`` and ``[^...]`` sets with ranges, ``(?:...)``
    groups, alternation and quantifiers. The union of what its atoms match is a superset
    of what a match may hold, which is all the split rules need.
    """
    tests: list[Callable[[str], bool]] = []
    pos = 0
    while pos < len(pattern):
        token = _TOKEN.match(pattern, pos)
        if token is None:
            return None
        pos = token.end()
        if token["syntax"]:
            continue
        if token["any"]:
            return lambda c: True
        if token["char"]:
            tests.append(token["char"].__eq__)
        elif token["escape"]:
            letter = token["escape"]
            test = _escape_class(letter)
            if test is None:
                if letter.isalnum():
                    return None  # \n, \b, \1...: not worth knowing
                test = letter.__eq__
            tests.append(test)
        else:
            members = _set_members(token["set"])
            if members is None:
                return None
            if token["negated"]:
                tests.append(functools.partial(_outside, members))
            else:
                tests.extend(members)
    return lambda c: any(t(c) for t in tests)


def _outside(members: list[Callable[[str], bool]], char: str) -> bool:
    return not any(test(char) for test in members)


def _within(lo: str, hi: str, char: str) -> bool:
    return lo <= char <= hi


def _set_members(body: str) -> list[Callable[[str], bool]] | None:
    """The tests of a ``[...]`` set's members (ranges, escapes, characters)."""
    out: list[Callable[[str], bool]] = []
    items = re.findall(r"\\.|.", body, re.DOTALL)
    i = 0
    while i < len(items):
        item = items[i]
        if item.startswith("\\"):
            letter = item[1]
            test = _escape_class(letter)
            if test is None:
                char = _ESCAPES.get(letter, letter)
                if letter.isalnum() and letter not in _ESCAPES:
                    return None
                test = char.__eq__
            out.append(test)
        elif i + 2 < len(items) and items[i + 1] == "-" and not items[i + 2].startswith("\\"):
            out.append(functools.partial(_within, item, items[i + 2]))
            i += 2
        else:
            out.append(item.__eq__)
        i += 1
    return out


def _may_hold(field: Field, char: str) -> bool:
    """Whether ``field``'s pattern may match a text holding ``char`` (True when unsure)."""
    if _CONTEXT_FREE.search(field.pattern):
        return True
    alphabet = _alphabet(field.pattern)
    return alphabet is None or bool(alphabet(char))


def _stops_before(field: Field, literal: str) -> bool:
    """Whether ``field`` ends at the first ``literal`` after its start in every match.

    True when the field cannot hold some character ``c`` of the literal: the first
    ``c`` after the field's start is then the literal's first ``c``, whatever the line.
    """
    if not literal:
        return False
    return any(not _may_hold(field, c) for c in set(literal))


def _starts_after(field: Field, literal: str) -> bool:
    """Whether ``field`` starts after the last ``literal`` before its end in every match
    (the mirror of ``_stops_before``).
    """
    if not literal:
        return False
    return any(not _may_hold(field, c) for c in set(literal))


@dataclasses.dataclass
class _Source:
    """The pieces of a generated reader: its lines and the names its code uses."""

    names: dict[str, Any]

    def bind(self, value: Any, hint: str) -> str:
        """A global name of the generated code for ``value``."""
        name = f"_{hint}{len(self.names)}"
        self.names[name] = value
        return name


#: orjson reads a JSON integer below this as an int (above: a float).
_JSON_INTS: Final = 2**64


@dataclasses.dataclass(frozen=True)
class _Digits:
    """A text whose quick check :func:`_checks` may make with other such texts: ASCII
    digits only (no sign). A number (``number``: the value is ``int`` of the text) is
    in ``lo``..``hi``; any other text (the value is the text) has at most ``most``
    digits."""

    number: bool
    lo: int = 0
    hi: int = 0
    most: int = 0


def _field_code(
    field: Field, var: str, absent: str, src: _Source
) -> tuple[str, str, str, _Digits | None]:
    """The quick check of ``var``'s text, the expression of its value, the fallback, and
    how the check may be made with other texts' (or ``None``).

    The check is a Python expression true only when the text matches the field's
    pattern and the value expression gives what the exact reader gives; ``absent``
    are characters the text is known not to hold (the separator it was split on, the
    line breaks the line was screened for). The fallback says what failing the check
    means: ``NOMATCH`` when the pattern alone (no look-arounds) refuses the text, else
    ``MISS``.
    """
    pattern, codec, name = field.pattern, field.codec, field.name
    readers: dict[str, Callable[[str], Any]] = src.names["_readers"]
    exact = src.bind(readers[name], "read")
    if _CONTEXT_FREE.search(pattern):
        raise _NotFast(f"{name}: pattern {pattern!r}")
    regex = src.bind(re.compile(pattern, re.DOTALL).fullmatch, "rx")
    slow = f"(@MISS@ if {regex}({var}) is not None else @NOMATCH@)"
    check, value = f"{regex}({var}) is not None", f"{exact}({var})"
    digits_only: _Digits | None = None
    if type(codec) is Int and pattern in (r"\d+", r"-?\d+"):
        digits = f"{var}.isdigit()"
        if pattern.startswith("-"):
            digits = f"({var}.isdigit() or ({var}[:1] == '-' and {var}[1:].isdigit()))"
        lo, hi = codec.lo, codec.hi
        safe = len(str(min(hi, -lo if lo < 0 else hi))) - 1 if lo <= 0 <= hi else 0
        if safe > 0:
            # As many digits as this are in range whatever they are.
            check = f"{digits} and {var}.isascii() and len({var}) <= {safe}"
            value = f"int({var})"
            digits_only = _Digits(True, lo, hi) if hi < _JSON_INTS else None
        else:
            tmp = f"v_{name}"
            check = (
                f"{digits} and {var}.isascii() and len({var}) < 20 "
                f"and {lo} <= ({tmp} := int({var})) <= {hi}"
            )
            value = tmp
            digits_only = _Digits(True, lo, hi) if hi < _JSON_INTS else None
    elif pattern == DATE_TIME_PATTERN:
        # read_datetime's value or None, through the hours and minutes read before.
        src.names.update(DATE_NAMES)
        hour, minutes = f"h_{name}", f"m_{name}"
        check, value = date_condition(var, hour, minutes), f"{hour} + {minutes}"
    elif pattern in _MONEY and type(codec) is Dec:
        bound = min(codec.hi, -codec.lo if codec.lo < 0 else codec.hi)
        safe = len(str(int(bound))) - 1 if codec.lo <= 0 <= codec.hi else 0
        sign = pattern.startswith("-") and codec.lo < 0
        if safe > 0:
            whole = f"w_{name}"
            parts = f"({whole} := {var}.partition('.'))"
            digits = f"{whole}[0].isdigit()"
            if sign:
                digits = f"({digits} or ({whole}[0][:1] == '-' and {whole}[0][1:].isdigit()))"
            quick = (
                f"{var}.isascii() and {parts} and {digits} and len({whole}[0]) <= {safe} and "
                f"(not {whole}[1] or ({whole}[2].isdigit() and len({whole}[2]) <= {codec.places}))"
            )
            # Amounts repeat (a price per message): each text is read once, and a text
            # read before passed this check then (only texts that pass it are read here).
            check, value = _memoized(src, _Memo(Decimal), var, quick, f"m_{name}")
    elif pattern == _MESSAGE_ID and getattr(codec, "_parse", None) is parse_message_id:
        # parse_message_id: "1 to 2147483647" without a leading zero is an int, any
        # other id text a str (the exact reader checks its length and characters).
        tmp, number = f"n_{name}", f"v_{name}"
        numeric = (
            f"{var}.isdigit() and {var}.isascii() and {var}[:1] != '0' and len({var}) <= 10 "
            f"and ({number} := int({var})) <= {_MESSAGE_ID_MAX}"
        )
        check = f"({tmp} := ({numeric})) or {id_characters(var)}"
        # Not the number's form, the pattern's characters: a str id when it is short
        # enough (the exact reader says what is wrong with a longer one).
        value = f"({number} if {tmp} else {var} if len({var}) <= 40 else {exact}({var}))"
    elif pattern == "[0-9]*" and is_digits(field.codec):
        check = f"len({var}) <= 32 and {var}.isascii() and ({var}.isdigit() or not {var})"
        value = var
        digits_only = _Digits(False, most=32)
    elif plain_text(codec):
        negated = _negated_class(pattern)
        if pattern == ".*":
            check = "True"
        elif pattern == ".+":
            check = f"{var} != ''"
        elif negated is not None:
            chars, needed = negated
            tests = [f"{c!r} not in {var}" for c in chars if c not in absent]
            if needed:
                tests.append(f"{var} != ''")
            check = " and ".join(tests) or "True"
        value = var
    elif type(codec) is TextChoice and re.fullmatch(r"[\w-]*", pattern):
        check, value = f"{var} == {pattern!r}", f"{exact}({var})"
    elif value == f"{exact}({var})":
        # Any other codec (flags, message types): the few texts a field holds are read
        # once each; a text read before matched the pattern then.
        check, value = _memoized(src, _Memo(readers[name]), var, check, f"m_{name}")
    return check, value, slow, digits_only


def _memoized(src: _Source, memo: _Memo, var: str, check: str, tmp: str) -> tuple[str, str]:
    """The check and value of a text read through ``memo``: a text found there is
    taken at once (it passed ``check`` when it was read), any other is checked and
    then read (and kept)."""
    found = src.bind(memo.get, "known")
    name = src.bind(memo, "memo")
    return (
        f"({tmp} := {found}({var})) is not None or ({check})",
        f"({tmp} if {tmp} is not None else {name}[{var}])",
    )


def _bound(field: Field, literal: str) -> str:
    """Where the search for ``literal`` after ``field``'s start may stop: the line's end
    ``e``, or sooner when the field's pattern is no longer than a few characters (a
    text of at most ``n`` characters is followed by the literal within ``n`` + its
    length; a literal not found there is not where it must be)."""
    if field.pattern == DATE_TIME_PATTERN:
        width = 19
    elif re.fullmatch(r"[\w-]{1,64}", field.pattern):
        width = len(field.pattern)  # a fixed text ("-3")
    else:
        return "e"
    return f"min(e, p + {width + len(literal)})"


def _checks(
    out: list[str], items: list[tuple[str, str, str, str, _Digits | None]], src: _Source
) -> list[str]:
    """The lines testing each text (``(var, check, value, fallback, digits)``); returns
    the values' expressions, some of them replaced by names the lines set.

    The texts of numbers are tested together (``digits``, :class:`_Digits`): when their
    concatenation is ASCII digits, their values come from one ``orjson.loads`` of the
    texts as a JSON array, and each in its range passes its check. JSON refuses a
    number with a leading zero (so each text is the shortest one of its value, no
    longer than the bound's), and an empty text; then, or when a value is out of
    range or a text is no number, each text is tested by itself. (Any failing check's
    fallback is right -- the line has one reading -- so the order of the tests does
    not matter.)
    """
    values = [value for _, _, value, _, _ in items]
    group = []
    for i, (var, check, _, slow, digits) in enumerate(items):
        if digits is not None:
            group.append((i, var, digits, check, slow))
        elif check != "True":
            out.append(f"    if not ({check}):")
            out.append(f"        return {slow}")
    numbers = [(i, var, digits) for i, var, digits, _, _ in group if digits.number]
    if len(numbers) < 3:
        for _, _, _, check, slow in group:
            out.append(f"    if not ({check}):")
            out.append(f"        return {slow}")
        return values
    texts = ", ".join(var for _, var, _, _, _ in group)
    tests = [f"(g := ''.join(({texts},))).isdigit() and g.isascii()"]
    tests += [f"len({var}) <= {d.most}" for _, var, d, _, _ in group if not d.number]
    names = {i: f"n_{var}" for i, var, _ in numbers}
    targets = ", ".join(names[i] for i, _, _ in numbers) + ","
    ranges = [
        f"{d.lo} <= {names[i]} <= {d.hi}" if d.lo > 0 else f"{names[i]} <= {d.hi}"
        for i, _, d in numbers
    ]
    loads = src.bind(orjson.loads, "loads")
    array = ",".join("{" + var + "}" for _, var, _ in numbers)
    out.append(f"    if {' and '.join(tests)}:")
    out.append("        try:")
    out.append(f'            {targets} = {loads}(f"[{array}]")')
    out.append(f"            ok = {' and '.join(ranges)}")
    out.append("        except ValueError:")
    out.append("            ok = False")
    out.append("    else:")
    out.append("        ok = False")
    out.append("    if not ok:")
    for _, _, _, check, slow in group:
        out.append(f"        if not ({check}):")
        out.append(f"            return {slow}")
    out.append(f"        {targets} = {', '.join(values[i] for i, _, _ in numbers)},")
    for i, name in names.items():
        values[i] = name
    return values


#: The types of values a :class:`_Memo` keeps: they cannot change.
_KEPT: Final = (int, str, bool, Decimal)


class _Memo(dict[str, Any]):
    """A field's values by their texts, read at first sight (a few hundred at most,
    and only values that cannot change: numbers, texts, enum members)."""

    def __init__(self, read: Callable[[str], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, text: str) -> Any:
        value = self.read(text)
        if len(self) < 256 and (type(value) in _KEPT or isinstance(value, Enum)):
            self[text] = value
        return value


class _NotFast(Exception):
    """The template cannot be cut by the split rules; its lines go to the exact decoder."""


def _segments(template_literals: Sequence[str], fields: Sequence[Field]) -> int:
    """The index of the middle field: those before it stop at their literal, those
    after it start after theirs (``_NotFast`` when no such index exists)."""
    k = len(fields)
    middle = 0
    while middle < k - 1 and _stops_before(fields[middle], template_literals[middle + 1]):
        middle += 1
    for i in range(middle + 1, k):
        if not _starts_after(fields[i], template_literals[i]):
            raise _NotFast("two fields whose ends the literals do not fix")
    return middle


#: Characters a line is screened for once: when it holds neither, no field's text does,
#: and the fields that exclude them need no test of their own.
_SCREENED: Final = "\r\n"


def _run(literals: Sequence[str], fields: Sequence[Field], avoid: str) -> tuple[str, int]:
    """The separator and length of the run of ``literals`` that each start with one
    character their field cannot hold and hold it nowhere else (fmt=1 ``","``, fmt=0
    ``", key = "``): such fields are cut by one ``split`` on that character."""
    sep = literals[0][:1] if literals else ""
    run = 0
    while (
        run < len(literals)
        and sep
        and sep not in avoid
        and literals[run][:1] == sep
        and sep not in literals[run][1:]
        and not _may_hold(fields[run], sep)
    ):
        run += 1
    return sep, run


def _generate(shape: Shape[Any], fmt: int, *, headless: bool) -> tuple[str, dict[str, Any]]:
    """The source of the reader of ``shape``'s fmt ``fmt`` lines, and its globals.

    ``headless``: the reader gets records whose leading literal was cut off already
    (multiline fmt=0 lists split on "\\n" + that literal). Failures are written
    ``@NOMATCH@`` and ``@MISS@`` for :func:`line_reader` to fill in. The source defines
    ``read`` and ``clean``, and, when it screens lines for line breaks, ``careful``: the
    same reader testing each field for them, which ``read`` hands a line holding one
    (``clean`` is ``read`` for lines known to hold none).
    """
    template = _template(shape, fmt)
    names = template.names
    fields = [shape.by_name[n] for n in names]
    literals = list(template.literals)
    if headless:
        literals[0] = ""
    middle = _segments(literals, fields)
    src = _Source({"_readers": text_shape(shape, fmt).readers, "NOMATCH": NOMATCH, "MISS": MISS})
    build = _builder(shape, names, src)
    # Only the characters a text field would test for: digits are tested anyway.
    texts = [f for f in fields if _negated_class(f.pattern)]
    screened = "".join(
        c
        for c in _SCREENED
        if any(not _may_hold(f, c) for f in texts) and c not in "".join(literals)
    )
    bodies = [_body(literals, fields, middle, build, src)]
    if screened:
        careful = bodies[0]
        careful[0] = careful[0].replace("def read(", "def careful(")
        clean = _body(literals, fields, middle, build, src, screened=screened)
        tests = " or ".join(f"{c!r} in line" for c in screened)
        fast = [clean[0], f"    if {tests}:", "        return careful(line)", *clean[1:]]
        clean[0] = clean[0].replace("def read(", "def clean(")
        bodies += [fast, clean]
    else:
        bodies.append(["clean = read"])
    src.names["RemoteProtocolError"] = RemoteProtocolError
    return "\n\n".join("\n".join(body) for body in bodies) + "\n", src.names


def _builder(
    shape: Shape[Any], names: Sequence[str], src: _Source
) -> Callable[[list[str]], list[str]]:
    """The lines ending a reader: ``shape``'s model of the values (expressions) for
    ``names``, built in place (:func:`~._fast.build_lines`) and returned; an exact
    reader's refusal of a text on the way means the exact decoder refuses the line."""

    def build(values: list[str]) -> list[str]:
        lines = build_lines(shape.model, names, values, src.names)
        return [
            "    try:",
            *("        " + line for line in lines),
            "    except RemoteProtocolError:",
            "        return @NOMATCH@",
            "    return r",
        ]

    return build


def _body(
    literals: list[str],
    fields: list[Field],
    middle: int,
    build: Callable[[list[str]], list[str]],
    src: _Source,
    *,
    screened: str = "",
) -> list[str]:
    """The lines of one reader (see :func:`_generate`)."""
    k = len(fields)
    head, tail = literals[0], literals[-1]
    text = [f"t{i}" for i in range(k)]
    absent = [screened] * k
    out = ["def read(line):"]

    def fail(condition: str) -> None:
        out.append(f"    if {condition}:")
        out.append("        return @NOMATCH@")

    def strip(var: str, extra: str) -> None:
        if extra:
            fail(f"not {var}.startswith({extra!r})")
            out.append(f"    {var} = {var}[{len(extra)}:]")

    # The left fields: a run cut by one split, the rest each where its literal first
    # occurs (str.index).
    left = literals[1 : middle + 1]
    sep, run = _run(left, fields, head)
    if run >= 2:
        out.append("    try:")
        out.append(f"        {', '.join(text[:run])}, s = line.split({sep!r}, {run})")
        out.append("    except ValueError:")
        out.append("        return @NOMATCH@")
        if head:
            fail(f"not t0.startswith({head!r})")
            out.append(f"    t0 = t0[{len(head)}:]")
        for i in range(run):
            absent[i] += sep
            if i + 1 < run:
                strip(text[i + 1], left[i][1:])
        extra = left[run - 1][1:]
        if extra:
            fail(f"not s.startswith({extra!r})")
        if tail:
            fail(f"not s.endswith({tail!r})")
            out.append(f"    p, e = {len(extra)}, len(s) - {len(tail)}")
            fail("e < p")
        elif extra or run < len(left) or middle + 1 < k:
            out.append(f"    p, e = {len(extra)}, len(s)")  # e >= p: s starts with extra
    else:
        run = 0
        out.append("    s = line")
        if head:
            fail(f"not s.startswith({head!r})")
        if tail:
            fail(f"not s.endswith({tail!r})")
        out.append(f"    p, e = {len(head)}, len(s) - {len(tail)}")
        fail("e < p")
    if run < len(left):
        out.append("    try:")
        for i in range(run, len(left)):
            out.append(f"        j = s.index({left[i]!r}, p, {_bound(fields[i], left[i])})")
            out.append(f"        {text[i]} = s[p:j]")
            out.append(f"        p = j + {len(left[i])}")
        out.append("    except ValueError:")
        out.append("        return @NOMATCH@")
    # The right fields: one rsplit when each literal starts with one character its
    # field cannot hold and holds it nowhere else (the left run, mirrored), else rindex.
    right = literals[middle + 1 : k]
    rsep, rrun = _run(right, fields[middle + 1 :], "")
    if len(right) >= 2 and rrun == len(right):
        # In the split form s[:p] is the rest of the literal before the middle field:
        # when it holds no rsep the rsplit may run over all of s (no copy of s[p:e]).
        whole = run >= 2 and run == len(left) and not tail and rsep not in left[run - 1][1:]
        region = "s" if whole else "s[p:e]"
        out.append(f"    parts = {region}.rsplit({rsep!r}, {rrun})")
        fail(f"len(parts) != {rrun + 1}")
        out.append(f"    {', '.join(text[middle:])} = parts")
        if region == "s" and left[run - 1][1:]:
            out.append(f"    {text[middle]} = {text[middle]}[{len(left[run - 1][1:])}:]")
        for i in range(middle + 1, k):
            absent[i] += rsep
            strip(text[i], literals[i][1:])
    else:
        if right:
            out.append("    try:")
            for i in range(k - 1, middle, -1):
                literal = literals[i]
                out.append(f"        j = s.rindex({literal!r}, p, e)")
                out.append(f"        {text[i]} = s[j + {len(literal)}:e]")
                out.append("        e = j")
            out.append("    except ValueError:")
            out.append("        return @NOMATCH@")
        if run >= 2 and run == len(left) and not left[run - 1][1:] and not tail and not right:
            out.append(f"    {text[middle]} = s")  # the rest of the split, whole
        else:
            out.append(f"    {text[middle]} = s[p:e]")
    codes = [_field_code(field, text[i], absent[i], src) for i, field in enumerate(fields)]
    values = _checks(out, [(text[i], *code) for i, code in enumerate(codes)], src)
    # An exact reader refusing a forced text: the exact decoder refuses the line.
    out += build(values)
    return out


#: The characters a counted reader cuts on, in the order it tries them: the usual
#: separators, "=" first (a text holds "," more often than "=").
_CUT_CHARS: Final = "=,;|:\t "


def _generate_counted(shape: Shape[Any], fmt: int, *, headless: bool) -> tuple[str, dict[str, Any]]:
    """The source of a reader that cuts the line on a character every separator holds.

    For templates whose fields the literals do not fix one by one (free texts side by
    side: get_messages fmt=1 sender, status name and message). Take a character ``c``
    that every literal between two fields holds. Every reading of a line is the
    literals and the texts side by side, so the line holds at least as many ``c`` as
    the literals do, and when it holds exactly as many no text holds one: each
    literal's ``c`` are then the line's ``c`` in order, every literal stands at a
    determined place and the line has that one reading (or, when a piece does not fit,
    none). A line with more ``c`` is tried with the next such character, and goes to
    the exact decoder (``MISS``) when none is counted exactly; fewer: it certainly does
    not have the form (``NOMATCH``).
    """
    template = _template(shape, fmt)
    names = template.names
    fields = [shape.by_name[n] for n in names]
    literals = list(template.literals)
    if headless:
        literals[0] = ""
    between = literals[1:-1]
    chars = [c for c in _CUT_CHARS if between and all(c in lit for lit in between)]
    chars += sorted(set.intersection(*map(set, between)) - set(chars)) if between else []
    if not chars:
        raise _NotFast("no character every separator holds")
    chars = chars[:2]
    src = _Source({"_readers": text_shape(shape, fmt).readers, "NOMATCH": NOMATCH, "MISS": MISS})
    build = _builder(shape, names, src)
    texts = [f for f in fields if _negated_class(f.pattern)]
    screened = "".join(
        c
        for c in _SCREENED
        if any(not _may_hold(f, c) for f in texts) and c not in "".join(literals)
    )
    common: dict[str, Any] = {"literals": literals, "fields": fields, "build": build, "src": src}
    bodies = []
    if screened:
        # Lines holding a line break: every text tested for them.
        for n, c in enumerate(chars):
            after = f"careful_{n + 1}(line)" if n + 1 < len(chars) else "@MISS@"
            name = "careful" if n == 0 else f"careful_{n}"
            bodies.append(_counted_body(name, c, after=after, screened="", **common))
    test = " or ".join(f"{ch!r} in line" for ch in screened)
    screen = [f"    if {test}:", "        return careful(line)"] if screened else []
    first = chars[0]
    sep = _cut_separator(first, literals)
    for n, c in enumerate(chars):
        after = f"read_{n + 1}(line)" if n + 1 < len(chars) else "@MISS@"
        name = "read_cut" if n == 0 else f"read_{n}"
        bodies.append(_counted_body(name, c, after=after, screened=screened, **common))
    if sep is None or sep == first:
        # No literal to check past the split: ``read`` is the first count, screened.
        head, *rest = _counted_body(
            "read", first, after=_after_first(chars), screened=screened, **common
        )
        bodies.append([head, *screen, *rest])
        bodies.append(["clean = read_cut"])
    else:
        # The texts stand between literals that the split pieces must end and start
        # with: one regular expression, each text a run of anything but the counted
        # character, cuts the line and checks every literal at once (the texts then
        # hold no copy of it: the split's one reading). A line it does not match is
        # counted and split (a text holding the character, a literal out of place).
        pattern = "".join(
            re.escape(literal) + (f"([^{re.escape(first)}]*)" if i < len(fields) else "")
            for i, literal in enumerate(literals)
        )
        cut = src.bind(re.compile(pattern, re.DOTALL).fullmatch, "cut")
        var = [f"t{i}" for i in range(len(fields))]
        front = [
            f"    m = {cut}(line)",
            "    if m is None:",
            "        return read_cut(line)",
            f"    {', '.join(var)}{',' if len(var) == 1 else ''} = m.groups()",
        ]
        front += _field_lines(var, fields, screened + first, build, src)
        bodies.append(["def read(line):", *screen, *front])
        bodies.append(["def clean(line):", *front])
    src.names["RemoteProtocolError"] = RemoteProtocolError
    return "\n\n".join("\n".join(body) for body in bodies) + "\n", src.names


def _after_first(chars: list[str]) -> str:
    """What the first counted reader does with a line holding more of its character."""
    return "read_1(line)" if len(chars) > 1 else "@MISS@"


def _field_lines(
    var: list[str],
    fields: list[Field],
    absent: str,
    build: Callable[[list[str]], list[str]],
    src: _Source,
) -> list[str]:
    """The lines checking the texts ``var`` of ``fields`` (none holding a character of
    ``absent``), reading their values and returning the model."""
    out: list[str] = []
    codes = [_field_code(field, var[i], absent, src) for i, field in enumerate(fields)]
    values = _checks(out, [(var[i], *code) for i, code in enumerate(codes)], src)
    # An exact reader refusing the one reading's text: the exact decoder refuses the line.
    return out + build(values)


def _counted_body(
    name: str,
    c: str,
    *,
    after: str,
    literals: list[str],
    fields: list[Field],
    build: Callable[[list[str]], list[str]],
    src: _Source,
    screened: str,
) -> list[str]:
    """The lines of one counted reader (see :func:`_generate_counted`); ``screened``:
    the line breaks the line is known not to hold."""
    out = [f"def {name}(line):"]
    # Every reading holds at least the literals' c; exactly as many: no text holds one.
    count = sum(literal.count(c) for literal in literals)
    var = [f"t{i}" for i in range(len(fields))]
    between = literals[1:-1]
    sep = _cut_separator(c, literals)
    if sep == c:
        # One split: the pieces count the c (too few or too many: ValueError).
        failure = f"@NOMATCH@ if line.count({c!r}) < {count} else {after}"
        _split_cut(out, sep, literals, var, split=f"line.split({c!r})", failure=failure)
    elif sep is not None:
        # The c counted, one split on the text around every c of the literals: no text
        # holds a c, so each copy of it is a literal's.
        out.append(f"    n = line.count({c!r})")
        out.append(f"    if n != {count}:")
        out.append(f"        return @NOMATCH@ if n < {count} else {after}")
        out.append(f"    parts = line.split({sep!r})")
        out.append(f"    if len(parts) != {count + 1}:")
        out.append("        return @NOMATCH@")
        _split_cut(out, sep, literals, var)
    else:
        out.append(f"    n = line.count({c!r})")
        out.append(f"    if n != {count}:")
        out.append(f"        return @NOMATCH@ if n < {count} else {after}")
        # Each literal where it first occurs: a text holds no c, and the literal after
        # it does, so no copy of the literal starts inside the text.
        head, tail = literals[0], literals[-1]
        if head:
            out.append(f"    if not line.startswith({head!r}):")
            out.append("        return @NOMATCH@")
        if tail:
            out.append(f"    if not line.endswith({tail!r}):")
            out.append("        return @NOMATCH@")
        out.append(f"    p, e = {len(head)}, len(line) - {len(tail)}")
        out.append("    try:")
        for i, literal in enumerate(between):
            out.append(f"        j = line.index({literal!r}, p, {_bound(fields[i], literal)})")
            out.append(f"        {var[i]} = line[p:j]")
            out.append(f"        p = j + {len(literal)}")
        out.append("    except ValueError:")
        out.append("        return @NOMATCH@")
        out.append("    if p > e:")
        out.append("        return @NOMATCH@")
        out.append(f"    {var[-1]} = line[p:e]")
    return out + _field_lines(var, fields, screened + c, build, src)


def _cut_separator(c: str, literals: list[str]) -> str | None:
    """The longest text around ``c`` that every literal holding ``c`` holds around each
    of its ``c`` (each holding it once), or ``None`` when a literal holds ``c`` twice.

    With no text holding ``c``, each copy of that text in the line is a literal's, and
    a split on it cuts the line into the texts with the rest of their literals.
    """
    holding = [lit for lit in literals if c in lit]
    if any(lit.count(c) != 1 for lit in holding):
        return None
    befores = [lit[: lit.index(c)] for lit in holding]
    afters = [lit[lit.index(c) + 1 :] for lit in holding]
    before = _common_prefix([b[::-1] for b in befores])[::-1]
    return before + c + _common_prefix(afters)


def _common_prefix(texts: list[str]) -> str:
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _split_cut(
    out: list[str],
    c: str,
    literals: list[str],
    var: list[str],
    *,
    split: str = "parts",
    failure: str = "",
) -> None:
    """The lines cutting ``parts``, a line split on ``c`` (:func:`_cut_separator`;
    its texts hold none), into its texts, checking the rest of each literal. With
    ``failure``, the pieces are unpacked from the expression ``split`` at once, and a
    line of another count returns ``failure``."""
    marked = literals[0] + "".join(
        chr(_MARK + i) + literal for i, literal in enumerate(literals[1:])
    )
    pieces = marked.split(c)
    # A piece that is a whole text is unpacked into the text's name at once.
    parts = []
    for j, piece in enumerate(pieces):
        whole = len(piece) == 1 and ord(piece) >= _MARK
        parts.append(var[ord(piece) - _MARK] if whole else f"p{j}")
    unpack = f"{', '.join(parts)}{',' if len(parts) == 1 else ''} = {split}"
    if failure:
        out += [
            "    try:",
            f"        {unpack}",
            "    except ValueError:",
            f"        return {failure}",
        ]
    else:
        out.append(f"    {unpack}")
    for part, piece in zip(parts, pieces, strict=True):
        marks = [k for k, ch in enumerate(piece) if ord(ch) >= _MARK]
        if not marks:
            out.append(f"    if {part} != {piece!r}:")
            out.append("        return @NOMATCH@")
            continue
        q = marks[0]
        i, pre, post = ord(piece[q]) - _MARK, piece[:q], piece[q + 1 :]
        if not pre and not post:
            continue  # unpacked already
        tests = [f"{part}.startswith({pre!r})"] if pre else []
        tests += [f"{part}.endswith({post!r})"] if post else []
        if pre and post:
            tests.append(f"len({part}) >= {len(pre) + len(post)}")
        out.append(f"    if not ({' and '.join(tests)}):")
        out.append("        return @NOMATCH@")
        out.append(f"    {var[i]} = {part}[{len(pre)}:{f'-{len(post)}' if post else ''}]")


#: The first private-use character marking a field in a template cut by
#: :func:`_counted_body`.
_MARK: Final = 0xF0000


_READERS: dict[
    tuple[int, int, bool, bool], tuple[object, LineReader | None, LineReader | None]
] = {}


def line_reader(
    shape: Shape[Any],
    fmt: int,
    *,
    headless: bool = False,
    exact: bool = False,
    clean: bool = False,
) -> LineReader | None:
    """The generated reader of ``shape``'s fmt ``fmt`` lines (``None``: no fast reader).

    The reader returns the line's model -- the one :meth:`Shape.decode_line` returns
    -- or, where its checks fail, :data:`NOMATCH` (the exact decoder refuses the line)
    or :data:`MISS` (only the exact decoder can tell). With ``exact`` it hands such a
    line to :meth:`Shape.decode_line` instead, so it returns what the exact decoder
    returns and raises what it raises. ``headless``: the records come without the
    template's leading literal (multiline fmt=0 lists split on "\\n" + that literal).
    ``clean``: the reader of lines known to hold no line break (CR or LF), which skips
    the test for them.

    Built at first use and kept: shapes are declared once, at import.
    """
    key = (id(shape), fmt, headless, exact)
    entry = _READERS.get(key)
    if entry is None:
        reader: LineReader | None
        clean_reader: LineReader | None = None
        try:
            try:
                source, namespace = _generate(shape, fmt, headless=headless)
            except _NotFast:
                source, namespace = _generate_counted(shape, fmt, headless=headless)
        except _NotFast:
            reader = None
        else:
            if exact:
                prefix = _template(shape, fmt).literals[0] if headless else ""
                namespace["_exact"] = functools.partial(_decode_line, shape, fmt, prefix)
                nomatch = miss = "_exact(line)"
            else:
                nomatch, miss = "NOMATCH", "MISS"
            source = source.replace("@NOMATCH@", nomatch).replace("@MISS@", miss)
            name = f"<fmt={fmt} reader of {shape.model.__name__}>"
            exec(compile(source, name, "exec"), namespace)
            reader, clean_reader = namespace["read"], namespace["clean"]
        entry = _READERS[key] = (shape, reader, clean_reader)
    return entry[2] if clean else entry[1]


def _template(shape: Shape[Any], fmt: int) -> Template:
    template = shape.fmt0 if fmt == 0 else shape.fmt1
    assert template is not None
    return template


def _decode_line(shape: Shape[Any], fmt: int, prefix: str, line: str) -> Any:
    return text_shape(shape, fmt).decode_line(prefix + line)


def _reader(
    shape: Shape[Any], fmt: int, *, headless: bool = False, clean: bool = False
) -> LineReader:
    """A reader that reads or refuses every line as the exact decoder does (``clean``:
    lines holding no line break)."""
    read = line_reader(shape, fmt, headless=headless, exact=True, clean=clean)
    if read is not None:
        return read
    prefix = _template(shape, fmt).literals[0] if headless else ""
    return functools.partial(_decode_line, shape, fmt, prefix)


def read_line(shape: Shape[Any], fmt: int, line: str) -> Any:
    """:meth:`TextShape.decode_line` through the generated reader: the same model, or
    the same error (the tests compare the two line by line); the encoder reads each
    line it writes back with it."""
    return _reader(shape, fmt)(line)


def decode_text(shape: Shape[Any], fmt: int, body: str) -> Any:
    """:meth:`Shape.decode_text` through the generated readers: the same value, or the
    same error, for every body."""
    read = _reader(shape, fmt)
    if shape.blocks:
        return _decode_blocks(shape, fmt, body, read)
    if shape.tail is not None:
        # As the exact decoder: the tail's records first, then the first line.
        head, *lines = split_lines(body)
        sub = shape.by_name[shape.tail].records
        assert sub is not None
        tail = tuple(map(_reader(sub, fmt), lines))
        return dataclasses.replace(read(head), **{shape.tail: tail})
    if not shape.many:
        return read(body)
    if body == "":
        return []
    # Records cut as TextShape.records cuts them (LF or CRLF breaks).
    prefix = text_shape(shape, fmt).prefix
    if prefix is None:
        if "\r" not in body:
            # No CR: the LF breaks cut the records, and no record holds a line break.
            return list(map(_reader(shape, fmt, clean=True), body.split("\n")))
        return list(map(read, split_lines(body)))
    first, *rest = split_lines(body, "\n" + prefix)
    # Every LF of a body without CR a break between records: no record holds one.
    clean = "\r" not in body and body.count("\n") == len(rest)
    if clean:
        read = _reader(shape, fmt, clean=True)
    return [read(first), *map(_reader(shape, fmt, headless=True, clean=clean), rest)]


def _decode_blocks(shape: Shape[Any], fmt: int, body: str, read: LineReader) -> Any:
    """:meth:`Shape._decode_blocks` with the generated readers."""
    # As the exact decoder: every line break LF or CRLF.
    *parts, head = "\n".join(split_lines(body)).split("\n\n")
    omissible = [n for n in shape.blocks if shape.by_name[n].optional]
    missing = len(shape.blocks) - len(parts)
    if missing < 0 or missing > len(omissible):
        return text_shape(shape, fmt).decode(body)  # refused, with the exact decoder's words
    left_out = set(omissible[len(omissible) - missing :]) if missing else set()
    present = [n for n in shape.blocks if n not in left_out]
    values: dict[str, Any] = {}
    for name, part in zip(present, parts, strict=True):
        sub = shape.by_name[name].records
        assert sub is not None
        values[name] = tuple(map(_reader(sub, fmt), part.split("\n")))
    return dataclasses.replace(read(head), **values)


def decode_mixed(
    shapes: tuple[Shape[Any], ...],
    fmt: int,
    body: str,
    exact_record: Callable[[str], Any],
) -> list[Any]:
    """``_decode_mixed`` of fmt=0/1 through the generated readers.

    Each record is decided by itself: when one alternative's reader reads it and every
    other one's says it certainly does not fit, that is the record; anything else (a
    reader not sure, two readings) goes to ``exact_record``, the exact decision among
    the alternatives. A reader whose every line the other alternatives refuse
    (:func:`_excludes`: an SMS status line is no HLR one) decides alone: the readers
    after it are not asked, and one before it that was not sure does not matter.
    """
    if body == "":
        return []
    # Records cut as TextShape.records cuts them; records that start with the same
    # text (fmt=0 status lines, "Status = ") are read without it after the first.
    prefix = text_shape(shapes[0], fmt).prefix
    # split_lines without CR: a plain split.
    no_cr = "\r" not in body
    if prefix is None:
        first, rest = [], body.split("\n") if no_cr else split_lines(body)
    else:
        separator = "\n" + prefix
        head, *rest = body.split(separator) if no_cr else split_lines(body, separator)
        first = [head]
    # Every LF of a body without CR a break between records: no record holds one.
    clean = no_cr and body.count("\n") == len(first) + len(rest) - 1
    out = _decide_mixed(_mixed_plan(shapes, fmt, clean, False), first, exact_record, "")
    plan = _mixed_plan(shapes, fmt, clean, prefix is not None)
    return out + _decide_mixed(plan, rest, exact_record, prefix or "")


def _decide_mixed(
    plan: tuple[tuple[LineReader | None, bool], ...],
    records: list[str],
    exact_record: Callable[[str], Any],
    prefix: str,
) -> list[Any]:
    """Each of ``records`` (without ``prefix``) by the readers of ``plan``: see
    :func:`decode_mixed`."""
    out: list[Any] = []
    append = out.append
    read = plan[0][0] if plan else None
    if read is not None and plan[0][1]:
        # The first alternative (SMS) decides alone: one call per record of its form.
        rest = plan[1:]
        for record in records:
            got = read(record)
            if got is NOMATCH or got is MISS:
                got = _decide_record(rest, record, exact_record, prefix, doubt=got is MISS)
            append(got)
        return out
    for record in records:
        append(_decide_record(plan, record, exact_record, prefix, doubt=False))
    return out


def _decide_record(
    plan: tuple[tuple[LineReader | None, bool], ...],
    record: str,
    exact_record: Callable[[str], Any],
    prefix: str,
    *,
    doubt: bool,
) -> Any:
    """One record by the readers of ``plan`` (``doubt``: a reader before them was not
    sure)."""
    found: Any = NOMATCH
    decided = False
    for read, alone in plan:
        got = MISS if read is None else read(record)
        if got is NOMATCH:
            continue
        if got is MISS:
            # Not sure: only an alternative every other one refuses still decides.
            doubt = True
            continue
        if found is not NOMATCH:
            doubt = True  # a second reading
            break
        found = got
        if alone:
            decided = True
            break
    if found is NOMATCH or (doubt and not decided):
        found = exact_record(prefix + record)
    return found


_PLANS: dict[tuple[tuple[int, ...], int, bool, bool], tuple[tuple[Any, ...], Any]] = {}


def _mixed_plan(
    shapes: tuple[Shape[Any], ...], fmt: int, clean: bool, headless: bool
) -> tuple[tuple[LineReader | None, bool], ...]:
    """Each alternative's reader, and whether a line it reads is refused by every other
    alternative (so no other reader need be asked). ``headless``: the readers of
    records without the text every record starts with (a line is refused or read with
    it as without it, so what :func:`_excludes` proves of whole lines holds)."""
    key = (tuple(map(id, shapes)), fmt, clean, headless)
    cached = _PLANS.get(key)
    if cached is None:
        plan = tuple(
            (
                line_reader(shape, fmt, clean=clean, headless=headless),
                all(_excludes(shape, other, fmt) for other in shapes if other is not shape),
            )
            for shape in shapes
        )
        if len(_PLANS) >= 256:
            _PLANS.clear()  # alternatives a picker would build per call: bounded
        cached = _PLANS[key] = (shapes, plan)
    plan_found: tuple[tuple[LineReader | None, bool], ...] = cached[1]
    return plan_found


def _forks(shape: Shape[Any], other: Shape[Any], fmt: int) -> bool:
    """Whether no line reads both as ``shape`` and as ``other``, by their first fields.

    Both templates start with the same literals and fields of the same patterns, each
    field unable to hold the first character ``c`` of the literal after it: in any
    reading of either form that field ends at the first ``c`` after its start, so the
    two readings cut the line at the same places up to the first literal where the
    templates differ. When both of those literals start with a ``c`` the field before
    them cannot hold, they stand at the same place too, and a line holds one or the
    other there (neither is the start of the other). ``Status = 1, check_time = ...,
    err = 0, send_date = ...`` is an SMS status line, ``..., err = 0, imsi = ...`` an
    HLR one.
    """
    a, b = _template(shape, fmt), _template(other, fmt)
    if a.literals[0] != b.literals[0]:
        return not (
            a.literals[0].startswith(b.literals[0]) or b.literals[0].startswith(a.literals[0])
        )
    for i in range(min(len(a.names), len(b.names))):
        field = shape.by_name[a.names[i]]
        if field.pattern != other.by_name[b.names[i]].pattern:
            return False
        after_a, after_b = a.literals[i + 1], b.literals[i + 1]
        if not after_a or not after_b or after_a[0] != after_b[0] or _may_hold(field, after_a[0]):
            return False
        if after_a != after_b:
            return not (after_a.startswith(after_b) or after_b.startswith(after_a))
    return False


def _routes(shape: Shape[Any], fmt: int) -> list[dict[str, int]]:
    """For each way the reader of ``shape`` may read a line: characters whose count in
    every line it reads that way is known, with that count.

    A line it reads is the template's literals and texts its fields' patterns match
    (the exact reading), so it holds exactly the literals' count of each character no
    field may hold; a counted reader (:func:`_generate_counted`) reads a line only when
    it holds exactly the literals' count of the character it cut on.
    """
    template = _template(shape, fmt)
    literals = "".join(template.literals)
    fields = [shape.by_name[n] for n in template.names]
    known = {
        c: literals.count(c) for c in set(literals) if not any(_may_hold(f, c) for f in fields)
    }
    try:
        _segments(list(template.literals), fields)
    except _NotFast:
        between = template.literals[1:-1]
        chars = [c for c in _CUT_CHARS if between and all(c in lit for lit in between)]
        chars += sorted(set.intersection(*map(set, between)) - set(chars)) if between else []
        return [{**known, c: literals.count(c)} for c in chars[:2]]
    return [known]


def _excludes(shape: Shape[Any], other: Shape[Any], fmt: int) -> bool:
    """Whether the exact decoder of ``other`` refuses every line the reader of ``shape``
    reads.

    A line of ``other`` holds at least the count of a character its literals hold, and
    exactly that many when none of its fields may hold the character. So a line whose
    count of some character is known (:func:`_routes`) and is below that, or differs
    from it where ``other``'s fields hold none, is no line of ``other``. And two forms
    that part ways after the same first fields are told apart by the literal where
    they do (:func:`_forks`).
    """
    if _forks(shape, other, fmt):
        return True
    template = _template(other, fmt)
    literals = "".join(template.literals)
    fields = [other.by_name[n] for n in template.names]

    def refused(c: str, count: int) -> bool:
        least = literals.count(c)
        return count < least or (count != least and not any(_may_hold(f, c) for f in fields))

    return all(any(refused(c, n) for c, n in route.items()) for route in _routes(shape, fmt))


def _fast_readers(fmt: int) -> FastReaders:
    def decode(shape: Shape[Any], body: str) -> Any:
        return decode_text(shape, fmt, body)

    def mixed(shapes: tuple[Shape[Any], ...], body: str, exact: Callable[[str], Any]) -> Any:
        return decode_mixed(shapes, fmt, body, exact)

    def alternatives(shapes: tuple[Shape[Any], ...], body: str, exact: Callable[[], Any]) -> Any:
        # Each alternative is tried through its generated reader (``exact`` does that:
        # the registry's choice among alternatives over ``decode``).
        return exact()

    return FastReaders(decode, mixed, alternatives)


#: The fmt=0 and fmt=1 fast readers, as the registry calls them.
TEXT_FAST: Final = {0: _fast_readers(0), 1: _fast_readers(1)}
