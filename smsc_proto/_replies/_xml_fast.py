"""Generated straight-line readers for fmt=2 (XML) replies: the fast path (private).

The exact decoder (``Shape.decode_element``) reads a record element into a dict of
values, each through its field's codec, and checks every rule as it goes. That costs
2-5x the bare ``{tag: text}`` walk of the same tree. The readers here are generated
once per shape, at first use, as Python source that is ``exec``'d -- the way
:mod:`dataclasses` builds ``__init__`` -- and read an *ordinary* record element in one
pass:

- the declared attributes and child elements, each at most once, in any order, every
  required one present;
- no element inside a child that carries text, no text outside the children (but
  whitespace);
- values that pass the quick checks: ASCII digits short enough to be in range for an
  integer (a record's integers read together by one ``orjson.loads``), a ``DD.MM.YYYY
  hh:mm:ss`` time that :func:`~._fast.read_datetime` reads (by its hour and minutes,
  :func:`~._fast.date_sum`), plain text as it is; every other value goes
  through its field's codec.

Anything else -- an unknown or repeated element, a missing one, a value a quick check
or a codec does not accept -- makes the reader give up on that record (it returns
:data:`UNUSUAL`), and the exact decoder reads the record instead. So the fast path
returns what the exact decoder returns, and refuses what it refuses with the exact
decoder's own message: it never raises an error of its own. The list-level loops keep
the exact decoder's order of checks for the same reason.

Spec (line 134): "fmt - response format: ... 2 - xml". The body is parsed by the
hardened :func:`~smsc_proto._xmlsafe.parse_xml` before any of this runs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import orjson
from lxml import etree

from .._command import Codec, Dec, Int, IntChoice, Syntax, TextChoice
from .._errors import RemoteProtocolError
from ..values import StatusFlag, parse_message_id
from ._fast import DATE_NAMES, FastReaders, build_lines, date_sum, id_characters
from ._fields import DATE_TIME_PATTERN, is_digits, plain_text
from ._xml import xml_shape

if TYPE_CHECKING:
    from ._fields import Field
    from ._shapes import Shape

__all__ = [
    "UNUSUAL",
    "XML_FAST",
    "decode_alternatives_xml",
    "decode_mixed_xml",
    "decode_xml",
    "record_reader",
]


class _Unusual:
    """The type of :data:`UNUSUAL` (a named sentinel reads well in generated code)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNUSUAL"


#: What a generated reader returns for a record it leaves to the exact decoder.
UNUSUAL: Final = _Unusual()

#: A record reader: the element (and, for a grouped shape, the group's value) to the
#: model, or UNUSUAL.
RecordReader = Callable[..., Any]

# Where a shape keeps its generated reader: in its instance dict, as
# functools.cached_property does (Shape is a frozen dataclass without slots). Shapes a
# picker builds per call get theirs per call; the module-level ones keep it for good.
_READER_KEY: Final = "_xml_fast_reader"


def record_reader(shape: Shape[Any]) -> RecordReader:
    """The generated reader of one record element of ``shape`` (built at first use)."""
    reader: RecordReader | None = shape.codecs.get(_READER_KEY)
    if reader is None:
        reader = _generate(shape)
        shape.codecs[_READER_KEY] = reader
    return reader


def _date(x: str) -> str:
    """read_datetime (._fast) as an expression over the text in ``x``, raising
    TypeError where that gives None (:func:`~._fast.date_sum`): "Format DD.MM.YYYY
    hh:mm:ss" (spec line 3075). ``x`` may be None (an empty element): TypeError too.
    The reader turns it into "unusual". A test holds it to read_datetime."""
    return date_sum(x)


def _digits(field: Field) -> int | None:
    """How many ASCII digits of ``field``'s text are in range whatever they are (an
    ``Int`` read by :func:`_convert`'s quick check), or ``None``."""
    codec = field.codec
    if type(codec) is Int and codec.hi >= 0:
        return len(str(codec.hi)) - 1
    return None


#: orjson reads a JSON integer below this as an int (above: a float).
_JSON_INTS: Final = 2**64


def _numbers(ns: dict[str, Any], fields: list[tuple[int, Field]], checks: list[str]) -> list[str]:
    """The lines (in the reader's ``try``) reading the required numbers ``v{k}`` of
    ``fields`` together: when the concatenation of their texts is ASCII digits, the
    values come from one ``orjson.loads`` of the texts as a JSON array, taken when
    each is at most its bound. JSON refuses a number with a leading zero (so each
    text is the shortest one of its value, no longer than the bound's) and an empty
    text; then, or when a value is out of range, each goes :func:`_convert`'s way.
    Either way each value is the one ``int`` or the codec gives. (A missing text,
    None, fails the concatenation with TypeError: unusual, as it is one by one.)"""
    ns["loads"] = orjson.loads
    texts = [f"s{k}" for k, _ in fields]
    targets = ", ".join(f"v{k}" for k, _ in fields) + ","
    array = ",".join("{" + text + "}" for text in texts)
    bounds = " and ".join(f"v{k} <= {field.codec.hi}" for k, field in fields)  # type: ignore[attr-defined]
    lines = [
        f"        if (g := ''.join(({', '.join(texts)},))).isdigit() and g.isascii():",
        "            try:",
        f'                {targets} = loads(f"[{array}]")',
        f"                ok = {bounds}",
        "            except ValueError:",
        "                ok = False",
        "        else:",
        "            ok = False",
        "        if not ok:",
    ]
    lines += [f"            v{k} = {_convert(ns, k, field, checks)}" for k, field in fields]
    return lines


def _none_is_unusual(field: Field) -> bool:
    """Whether the conversion of ``field`` refuses "" -- and fails on ``None`` with
    TypeError or AttributeError -- so an empty element's missing text needs no ``""``.

    Integers ("".isdigit() is false and the codec refuses ""), message ids (at least
    one character) and dates (19 characters) qualify.
    """
    codec = field.codec
    return (
        (type(codec) is Int and codec.hi >= 0)
        or (type(codec) is Syntax and codec._parse is parse_message_id)
        or field.pattern == DATE_TIME_PATTERN
    )


def _convert(ns: dict[str, Any], k: int, field: Field, checks: list[str]) -> str:
    """The expression that turns the text ``s{k}`` into the value ``v{k}``.

    A value no quick check accepts goes through the field's codec inside the reader's
    ``try``: a codec's RemoteProtocolError there means "unusual", and the exact decoder
    then refuses the record with its own message. ``checks`` collects the conditions
    (on ``v{k}``) that make the record unusual after the values are read.
    """
    codec = field.codec
    x = f"s{k}"
    if plain_text(codec):
        return x
    ns[f"p{k}"] = functools.partial(codec.parse, field.name)
    if type(codec) is Int and codec.hi >= 0:
        # Any run of this many ASCII digits is at most hi (Int's own _safe_digits
        # rule); a "-" sign, a longer run and everything else take the codec's way.
        safe = _digits(field)
        if codec.lo > 0:
            checks.append(f"v{k} < {codec.lo}")
        quick = f"{x}.isdigit() and {x}.isascii() and len({x}) <= {safe}"
        return f"(int({x}) if {quick} else p{k}({x}))"
    if type(codec) is Syntax and codec._parse is parse_message_id:
        # Spec (line 51): "a 32-bit number in the range from 1 to 2147483647, or a
        # string": nine digits without a leading zero are always the number.
        # Any other text of 1..40 of its characters, not all digits, is the str id.
        string = f"len({x}) <= 40 and not {x}.isdigit() and {id_characters(x)}"
        return (
            f"(int({x}) if {x}.isdigit() and {x}.isascii() and len({x}) <= 9 and "
            f'{x}[0] != "0" else {x} if {string} else p{k}({x}))'
        )
    if _memoizable(codec):
        # A value of a handful of texts (a flag, a type, a price, a network code) that
        # the codec reads to an immutable value: read each text once per field.
        memo: dict[str, Any] = {}
        ns[f"m{k}"] = memo.get
        ns[f"p{k}"] = functools.partial(_remember, memo, functools.partial(codec.parse, field.name))
        return f"(v{k} if (v{k} := m{k}({x}, UNUSUAL)) is not UNUSUAL else p{k}({x}))"
    if field.pattern == DATE_TIME_PATTERN:
        # read_datetime written out in place (a call per date is a tenth of a record's
        # time): a time it would not read is "unusual", and the exact decoder then
        # reads or refuses it by parse_datetime's rules.
        ns.update(DATE_NAMES)
        return _date(x)
    return f"p{k}({x})"


#: How many texts a field's memo keeps (enough for every flag, type and tariff).
_MEMO_SIZE: Final = 512

# Codecs whose values are immutable and come from few distinct texts.
_MEMO_TYPES: Final = (int, Decimal, StatusFlag)


def _memoizable(codec: Codec[Any]) -> bool:
    if type(codec) in (Dec, IntChoice, TextChoice) or is_digits(codec):
        return True
    if type(codec) is Syntax:
        types = codec._types if isinstance(codec._types, tuple) else (codec._types,)
        return all(t in _MEMO_TYPES for t in types)
    return False


def _remember(memo: dict[str, Any], parse: Callable[[str], Any], text: str) -> Any:
    """Read ``text`` with ``parse`` and keep the value while the memo has room.

    The reader looks ``text`` up first, with UNUSUAL for "not there" (a value may be
    false: message type 0 is ``MessageType.SMS``).
    """
    value = parse(text)
    if len(memo) < _MEMO_SIZE:
        memo[text] = value
    return value


def _list_reader(field: Field) -> Callable[[etree._Element], Any]:
    """The reader of a list field's element: a tuple of values, or UNUSUAL."""
    if field.records is not None:
        sub = field.records
        assert sub.xml is not None
        item = sub.xml.item
        read = record_reader(sub)

        def read_records(element: etree._Element) -> Any:
            text = element.text
            if text and not text.isspace():
                return UNUSUAL
            out = []
            for child in element:
                if child.tag != item:
                    return UNUSUAL
                record = read(child)
                if record is UNUSUAL:
                    return UNUSUAL
                out.append(record)
            return tuple(out)

        return read_records
    assert field.items is not None
    tag, codec, name = field.item_tag, field.items.codec, field.name
    plain = plain_text(codec)

    def read_items(element: etree._Element) -> Any:
        text = element.text
        if text and not text.isspace():
            return UNUSUAL
        out = []
        for child in element:
            if child.tag != tag or len(child):
                return UNUSUAL
            value = child.text or ""
            if not plain:
                try:
                    value = codec.parse(name, value)
                except RemoteProtocolError:
                    return UNUSUAL
            out.append(value)
        return tuple(out)

    return read_items


def _generate(shape: Shape[Any]) -> RecordReader:
    """Write, compile and return the reader of one record element of ``shape``."""
    xml = shape.xml
    assert xml is not None
    by_name = shape.by_name
    required = set(xml_shape(shape).required)
    grouped = shape.grouped
    # The values s0, s1, ...: the element's own text, its attributes, its children (a
    # list field's element for a list field), in this order; None: not there.
    slots: list[tuple[str, str]] = []  # (kind, field name)
    if xml.text_field is not None:
        slots.append(("text", xml.text_field))
    attributes = list(xml_shape(shape).attributes.items())  # attribute -> field name
    slots += [("attribute", name) for _attr, name in attributes]
    children = [
        (tag, name) for tag, (name, _read) in xml_shape(shape).plan.items()
    ]  # tag -> field name, in declared order
    first_child = len(slots)
    slots += [("child", name) for _tag, name in children]
    # ValueError: a codec's RemoteProtocolError; TypeError and AttributeError: a
    # missing text (None) where "" would be refused.
    ns: dict[str, Any] = {"UNUSUAL": UNUSUAL}
    lines = ["def read(e" + (", g" if grouped is not None else "") + "):"]

    # The element's own text: a field's value, or whitespace at most.
    lines.append("    t = e.text")
    if xml.text_field is None:
        lines.append("    if t and not t.isspace():")
        lines.append("        return UNUSUAL")
    else:
        lines.append('    s0 = "" if t is None else t')

    # Attributes (XML itself forbids a repeated one).
    if attributes:
        index = {attr: first_child - len(attributes) + i for i, (attr, _n) in enumerate(attributes)}
        for i in index.values():
            lines.append(f"    s{i} = None")
        lines.append("    for key, value in e.items():")
        for n, (attr, i) in enumerate(index.items()):
            lines.append(f"        {'if' if n == 0 else 'elif'} key == {attr!r}:")
            lines.append(f"            s{i} = value")
        lines.append("        else:")
        lines.append("            return UNUSUAL")
    else:
        lines.append("    if e.keys():")
        lines.append("        return UNUSUAL")

    # The children. A compact record in the declared order with every field present
    # (what the gateway writes) is checked by one expression over the unpacked
    # children; any other record by one pass in the generated function "scan", each
    # tag to its slot through a dict built here once.
    if children:
        count = len(children)
        names = [f"s{first_child + j}" for j in range(count)]
        cs = [f"c{j}" for j in range(count)]
        checks = [f"c{j}.tag == {tag!r}" for j, (tag, _n) in enumerate(children)]
        checks += [f"c{j}.tail is None" for j in range(count)]
        leaves = [f"len(c{j})" for j, (_t, n) in enumerate(children) if not by_name[n].nested]
        if leaves:
            checks.append(f"not ({' or '.join(leaves)})")
        lines.append("    cs = e[:]")
        lines.append(f"    if len(cs) == {count}:")
        lines.append(f"        {', '.join(cs)}, = cs")
        lines.append(f"        ok = {' and '.join(checks)}")
        lines.append("    else:")
        lines.append("        ok = False")
        lines.append("    if ok:")
        for j, (_tag, name) in enumerate(children):
            field = by_name[name]
            if field.nested:
                value = f"c{j}"
            elif _none_is_unusual(field):
                # No text reads as "" would: unusual (the conversion fails on None).
                value = f"c{j}.text"
            else:
                value = f'c{j}.text or ""'
            lines.append(f"        {names[j]} = {value}")
        lines.append("    else:")
        lines.append("        found = scan(cs)")
        lines.append("        if found is None:")
        lines.append("            return UNUSUAL")
        lines.append(f"        {', '.join(names)}, = found")
        ns["scan"] = _scanner(shape, children, required)
    else:
        # No child elements in this form: any child (a <mail/> inside a zone) is unusual.
        lines.append("    if len(e):")
        lines.append("        return UNUSUAL")

    # The values, straight-line; a codec's refusal inside means "unusual".
    lines.append("    try:")
    checks = []
    numbers = [
        k
        for k, (kind, name) in enumerate(slots)
        if kind == "child"
        and name in required
        and _digits(by_name[name]) is not None
        and by_name[name].codec.hi < _JSON_INTS  # type: ignore[attr-defined]
    ]
    if len(numbers) < 3:
        numbers = []
    else:
        lines += _numbers(ns, [(k, by_name[slots[k][1]]) for k in numbers], checks)
    for k, (kind, name) in enumerate(slots):
        field = by_name[name]
        if k in numbers:
            continue
        if field.nested:
            ns[f"l{k}"] = _list_reader(field)
            value = f"l{k}(s{k})"
            checks.append(f"v{k} is UNUSUAL")
        else:
            value = _convert(ns, k, field, checks)
        if kind == "attribute" and name in required:
            lines.append(f"        if s{k} is None:")
            lines.append("            return UNUSUAL")
        if kind == "text" or name in required:
            lines.append(f"        v{k} = {value}")
        else:
            lines.append(f"        v{k} = None if s{k} is None else {value}")
    lines.append("    except (ValueError, TypeError, AttributeError):")
    lines.append("        return UNUSUAL")
    if checks:
        lines.append(f"    if {' or '.join(checks)}:")
        lines.append("        return UNUSUAL")
    names_out = [name for _kind, name in slots]
    args = [f"v{k}" for k in range(len(slots))]
    if grouped is not None:
        names_out.append(grouped.field)
        args.append("g")
    lines += ["    " + line for line in build_lines(shape.model, names_out, args, ns)]
    lines.append("    return r")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<xml reader {shape.model.__name__}>", "exec"), ns)
    read: RecordReader = ns["read"]
    return read


def _scanner(
    shape: Shape[Any], children: list[tuple[str, str]], required: set[str]
) -> Callable[[list[etree._Element]], list[Any] | None]:
    """The one-pass reader of a record's children in any order, for the records the
    straight-line check does not take (another order, an optional field left out,
    whitespace between the elements): a list of each child's text (a list field's
    element) in declared order, ``None`` for the ones not there; or ``None`` for an
    unusual record (an unknown or repeated element, a missing required one, text
    after an element, an element inside a text)."""
    by_name = shape.by_name
    index = {tag: i for i, (tag, _name) in enumerate(children)}
    nested = frozenset(i for i, (_tag, name) in enumerate(children) if by_name[name].nested)
    needed = tuple(i for i, (_tag, name) in enumerate(children) if name in required)
    count = len(children)

    def scan(cs: list[etree._Element]) -> list[Any] | None:
        found: list[Any] = [None] * count
        for c in cs:
            i = index.get(c.tag)
            if i is None or found[i] is not None:
                return None
            tail = c.tail
            if tail and not tail.isspace():
                return None
            if i in nested:
                found[i] = c
            elif len(c):
                return None
            else:
                found[i] = c.text or ""
        for i in needed:
            if found[i] is None:
                return None
        return found

    return scan


def decode_xml(shape: Shape[Any], root: etree._Element) -> Any:
    """``xml_shape(shape).decode(root)`` through the generated reader: the same value, or the
    exact decoder's error (any record the reader finds unusual is read exactly)."""
    xml = shape.xml
    assert xml is not None
    if root.tag != xml.root:
        return xml_shape(shape).decode(root)  # refuses, with its message
    if xml.item is None:
        record = record_reader(shape)(root)
        return xml_shape(shape).decode_element(root) if record is UNUSUAL else record
    if shape.grouped is not None:
        return _decode_groups(shape, root, record_reader(shape))
    read = record_reader(shape)
    out: list[Any] = []
    append = out.append
    item = xml.item
    unusual = []
    # One pass: each record's tag checked as it is read. The exact decoder checks every
    # tag before it reads a record, so a wrong tag anywhere sends the whole document to
    # it (its message names the tag), and the unusual records are read exactly only
    # once every tag is known to be right (the first of them then raises its message).
    for element in root:
        if element.tag != item:
            return xml_shape(shape).decode(root)
        record = read(element)
        if record is UNUSUAL:
            unusual.append((len(out), element))
        append(record)
    if unusual:
        exact = xml_shape(shape).decode_element
        for at, element in unusual:
            out[at] = exact(element)
    return out


def _decode_groups(shape: Shape[Any], root: etree._Element, read: RecordReader) -> Any:
    """users.php ``get_stat_all``: ``<list><user login="..."><item>...</item>...``."""
    group = shape.grouped
    assert group is not None
    field, group_tag, item_tag = group.field, group.xml_group, group.xml_item
    parse = shape.by_name[field].codec.parse
    out = []
    for element in root:
        text = element.text
        if element.tag != group_tag or element.keys() != [field] or (text and not text.isspace()):
            # Anything unusual about a group: the exact decoder reads the whole list
            # again and stops at the first problem, which is this one (every record
            # before it read cleanly both ways).
            return xml_shape(shape).decode(root)
        try:
            value = parse(field, str(element.get(field)))
        except RemoteProtocolError:
            return xml_shape(shape).decode(root)
        for item in element:
            if item.tag != item_tag:
                return xml_shape(shape).decode(root)
            record = read(item, value)
            if record is UNUSUAL:
                record = xml_shape(shape).decode_element(item, {field: value})
            out.append(record)
    return out


def _names(shape: Shape[Any]) -> tuple[set[str], set[str], set[str], set[str]]:
    """A shape's child elements, required child elements, attributes and required
    attributes, by their names in the document."""
    xml = shape.xml
    assert xml is not None
    required = {xml.name(n) for n in xml_shape(shape).required}
    children = set(xml_shape(shape).plan)
    attributes = set(xml_shape(shape).attributes)
    return children, children & required, attributes, attributes & required


def _exclusive(shapes: tuple[Shape[Any], ...]) -> tuple[bool, ...]:
    """For each shape: whether a record its reader accepts is refused by every other.

    The exact decoder takes the one alternative a record fits. A record the reader of
    ``A`` accepts holds every child element and attribute ``A`` requires and no other
    than ``A`` knows. The exact decoder of ``B`` refuses it when one of those required
    ones is unknown to ``B`` ("has no element", "has no attribute") or when ``B``
    requires one ``A`` does not know ("lacks"). Where neither holds for some ``B``,
    ``A``'s records are read exactly. (The element's own text proves nothing: it may be
    whitespace.)
    """
    names = [_names(s) for s in shapes]
    out = []
    for a, (children_a, needed_a, attributes_a, wanted_a) in enumerate(names):
        out.append(
            all(
                bool(
                    needed_a - children_b
                    or needed_b - children_a
                    or wanted_a - attributes_b
                    or wanted_b - attributes_a
                )
                for b, (children_b, needed_b, attributes_b, wanted_b) in enumerate(names)
                if b != a
            )
        )
    return tuple(out)


_MIXED_KEY: Final = "_xml_fast_mixed"


def decode_mixed_xml(
    shapes: tuple[Shape[Any], ...],
    root: etree._Element,
    exact_record: Callable[[etree._Element], Any],
) -> list[Any]:
    """A list whose every record is decided among ``shapes`` by itself (status.php for
    several ids: SMS, HLR or not found), each record through the generated readers.

    ``exact_record`` is the exact decoder of one record among the alternatives; a record
    that no reader accepts, or that the reader of a shape accepts whose records another
    shape could also read, goes to it.
    """
    first = shapes[0]
    # Kept on the first alternative with the alternatives it was made for (a tuple
    # compares its items by identity first, so the check costs next to nothing).
    cached = first.codecs.get(_MIXED_KEY)
    if cached is not None and cached[0] == shapes:
        plan: tuple[tuple[RecordReader, bool], ...] = cached[1]
    else:
        plan = tuple(zip((record_reader(s) for s in shapes), _exclusive(shapes), strict=True))
        first.codecs[_MIXED_KEY] = (shapes, plan)
    read_first, first_exclusive = plan[0]

    def others(element: etree._Element) -> Any:
        for read, exclusive in plan[1:]:
            record = read(element)
            if record is not UNUSUAL:
                # Another alternative might read it too: the exact choice decides.
                return record if exclusive else exact_record(element)
        return exact_record(element)

    out = []
    for element in xml_shape(first).records(root):
        # Most lists are of the first alternative (SMS): its reader is tried inline.
        record = read_first(element)
        if record is UNUSUAL or not first_exclusive:
            record = others(element) if record is UNUSUAL else exact_record(element)
        out.append(record)
    return out


_ALTERNATIVES_KEY: Final = "_xml_fast_alternatives"


def decode_alternatives_xml(
    shapes: tuple[Shape[Any], ...],
    root: etree._Element,
    exact: Callable[[], Any],
) -> Any:
    """One reply among alternatives the body decides (status.php for one id: SMS, HLR or
    not found), through the generated reader of the one alternative that reads it.

    The exact decoder tries every alternative and takes the one the body fits. The
    reader's answer is that one when every other alternative is sure to refuse the
    document: its root element is another, or it is a one-record shape that a record
    this reader accepts cannot fit (see :func:`_exclusive`). Otherwise -- or when no
    reader takes the body -- ``exact`` (the exact choice among the alternatives, each
    through :func:`decode_xml`) decides.
    """
    first = shapes[0]
    cached = first.codecs.get(_ALTERNATIVES_KEY)
    if cached is not None and cached[0] == shapes:
        exclusive: dict[str, tuple[tuple[int, bool], ...]] = cached[1]
    else:
        exclusive = {}
        for tag in {s.xml.root for s in shapes if s.xml is not None}:
            same = tuple(i for i, s in enumerate(shapes) if s.xml is not None and s.xml.root == tag)
            single = all(shapes[i].xml.item is None for i in same)  # type: ignore[union-attr]
            proofs = _exclusive(tuple(shapes[i] for i in same)) if single else (False,) * len(same)
            exclusive[tag] = tuple(zip(same, proofs, strict=True))
        first.codecs[_ALTERNATIVES_KEY] = (shapes, exclusive)
    tag = root.tag
    for i, proven in exclusive.get(tag, ()) if isinstance(tag, str) else ():
        shape = shapes[i]
        if not proven or shape.xml is None or shape.xml.item is not None:
            continue
        record = record_reader(shape)(root)
        if record is not UNUSUAL:
            return record
    return exact()


#: The fmt=2 fast readers, as the registry calls them.
XML_FAST: Final = FastReaders(decode_xml, decode_mixed_xml, decode_alternatives_xml)
