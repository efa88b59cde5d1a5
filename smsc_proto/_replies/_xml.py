"""fmt=2 replies: XML, both directions (private).

Spec (line 134): "2 - xml". A shape's :class:`~._shapes.XmlForm` names the document
element, the record elements and which fields travel as text, attributes or child
elements. Bodies are parsed by the hardened parser of :mod:`smsc_proto._xmlsafe` (no
entities, no network, size and depth caps) and written without an XML declaration.
Error replies (``<result><error>...</error><error_code>...</error_code></result>``)
are here too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final, Generic, TypeVar

from lxml import etree

from .._command import Int
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._xmlsafe import parse_xml
from ._fields import Field, plain_text
from ._shapes import Shape, XmlForm
from ._tables import ErrorTable, gateway_error

__all__ = ["XML_FORMAT", "XmlFormat", "XmlShape", "tag_of", "writing_xml", "xml_shape"]

M = TypeVar("M")

_XML: Final = "xml"


@contextmanager
def writing_xml(what: str) -> Iterator[None]:
    """lxml refuses text XML 1.0 cannot carry (control characters) when it is set:
    that is the caller's value, so a LocalProtocolError naming ``what``."""
    try:
        yield
    except LocalProtocolError:
        raise
    except ValueError as exc:
        raise LocalProtocolError(f"{what}: cannot be written as XML: {exc}") from None


def tag_of(node: etree._Element) -> str:
    """An element's name for a message; never an lxml internal object.

    The parser drops comments and processing instructions, but a tree built otherwise
    may hold them, and their ``tag`` is a factory function (``<cyfunction Comment>``).
    """
    tag = node.tag
    if isinstance(tag, str):
        return tag
    if tag is etree.Comment:
        return "!-- a comment --"
    if tag is etree.ProcessingInstruction:
        return "? a processing instruction ?"
    return "& an entity reference"


class XmlShape(Generic[M]):
    """The fmt=2 codec of one shape, compiled from its declaration once."""

    def __init__(self, shape: Shape[M]) -> None:
        if shape.xml is None:
            raise LocalProtocolError("fmt: the spec gives this reply no fmt=2 form")
        self.shape = shape
        self.form: XmlForm = shape.xml
        form = shape.xml
        self.children = shape.xml_children()
        # Attribute name -> field name.
        self.attributes = {form.name(n): n for n in form.attributes}
        # Child element name -> (field name, the reader of its text; None for a list).
        # No regular expression has checked an element's text, so every value but plain
        # text goes through its codec.
        self.plan: dict[str, tuple[str, Callable[[str], Any] | None]] = {}
        for name in self.children:
            field = shape.by_name[name]
            reader: Callable[[str], Any] | None
            if field.nested:
                reader = None
            elif plain_text(field.codec):
                reader = str
            else:
                reader = functools.partial(field.codec.parse, name)
            self.plan[form.name(name)] = (name, reader)
        self.required = [n for n in shape.carried(2) if not shape.by_name[n].optional]

    # -- decoding ----------------------------------------------------------------------

    def decode_element(self, element: etree._Element, preset: dict[str, Any] | None = None) -> M:
        """Decode one record element (``preset``: values its group gives)."""
        shape = self.shape
        values: dict[str, Any] = dict(preset or {})
        if self.form.text_field is not None:
            values[self.form.text_field] = shape.parse(self.form.text_field, element.text or "")
        elif element.text is not None and element.text.strip():
            raise RemoteProtocolError(f"body: <{tag_of(element)}> has text outside its elements")
        attributes = self.attributes
        for key, value in element.attrib.items():
            if key not in attributes:
                raise RemoteProtocolError(f"body: <{tag_of(element)}> has no attribute {key!r}")
            values[attributes[str(key)]] = shape.parse(attributes[str(key)], str(value))
        plan = self.plan
        for child in element:
            tag = child.tag
            if tag not in plan:
                raise RemoteProtocolError(
                    f"body: <{tag_of(element)}> has no element <{tag_of(child)}>"
                )
            name, read = plan[tag]
            if name in values:
                raise RemoteProtocolError(f"body: <{tag}> appears more than once")
            tail = child.tail
            if tail is not None and tail.strip():
                raise RemoteProtocolError(f"body: text after <{tag}>")
            if read is None:
                values[name] = _decode_list(shape.by_name[name], child)
                continue
            if len(child):
                raise RemoteProtocolError(f"body: <{tag}> must hold text only")
            values[name] = read(child.text or "")
        missing = [n for n in self.required if n not in values]
        if missing:
            raise RemoteProtocolError(f"body: <{tag_of(element)}> lacks {', '.join(missing)}")
        return shape.build(values)

    def records(self, root: etree._Element) -> list[etree._Element]:
        """The record elements of a list document (``item`` under ``root``)."""
        form = self.form
        if root.tag != form.root:
            raise RemoteProtocolError(f"body: the root element must be <{form.root}>")
        for child in root:
            if child.tag != form.item:
                raise RemoteProtocolError(f"body: <{tag_of(root)}> holds only <{form.item}>")
        return list(root)

    def decode(self, root: etree._Element) -> M | list[M]:
        """Decode a document."""
        form = self.form
        if root.tag != form.root:
            raise RemoteProtocolError(f"body: the root element must be <{form.root}>")
        if form.item is None:
            return self.decode_element(root)
        if self.shape.grouped is not None:
            return self._decode_groups(root)
        return [self.decode_element(child) for child in self.records(root)]

    def _decode_groups(self, root: etree._Element) -> list[M]:
        shape = self.shape
        group = shape.grouped
        assert group is not None
        records = []
        for element in root:
            if element.tag != group.xml_group or list(element.attrib) != [group.field]:
                raise RemoteProtocolError(
                    f"body: <{tag_of(root)}> holds only <{group.xml_group} {group.field}=...>"
                )
            preset = {group.field: shape.parse(group.field, str(element.get(group.field)))}
            if element.text is not None and element.text.strip():
                raise RemoteProtocolError(
                    f"body: <{tag_of(element)}> has text outside its elements"
                )
            for item in element:
                if item.tag != group.xml_item:
                    raise RemoteProtocolError(
                        f"body: <{group.xml_group}> holds only <{group.xml_item}>"
                    )
                records.append(self.decode_element(item, preset))
        return records

    # -- encoding ----------------------------------------------------------------------

    def fill_element(self, element: etree._Element, record: object) -> None:
        """Write one record into ``element`` (its text, attributes and children)."""
        shape, form = self.shape, self.form
        texts = shape.texts(record, shape.carried(2))
        if form.text_field is not None:
            element.text = texts[form.text_field]
        for name in form.attributes:
            if name in texts:
                element.set(form.name(name), texts[name])
        for name in self.children:
            field = shape.by_name[name]
            value = getattr(record, name)
            if field.nested and value is not None:
                _encode_list(field, etree.SubElement(element, form.name(name)), value)
            elif name in texts:
                etree.SubElement(element, form.name(name)).text = texts[name]

    def encode(self, reply: object) -> str:
        """The body of ``reply`` (no XML declaration)."""
        shape, form = self.shape, self.form
        root = etree.Element(form.root)
        with writing_xml("reply"):
            if shape.grouped is not None:
                group = shape.grouped
                for value, records in shape.groups(reply):
                    element = etree.SubElement(root, group.xml_group)
                    element.set(group.field, value)
                    for record in records:
                        self.fill_element(etree.SubElement(element, group.xml_item), record)
            else:
                for record in shape.records_of(reply):
                    item = form.item
                    element = root if item is None else etree.SubElement(root, item)
                    self.fill_element(element, record)
            return etree.tostring(root, encoding="unicode")


def xml_shape(shape: Shape[M]) -> XmlShape[M]:
    """The fmt=2 codec of ``shape``, compiled at first use."""
    codec = shape.codecs.get(_XML)
    if codec is None:
        codec = shape.codecs[_XML] = XmlShape(shape)
    return codec


def _decode_list(field: Field, element: etree._Element) -> tuple[Any, ...]:
    """The values of a list field from its element's children."""
    if element.text is not None and element.text.strip():
        raise RemoteProtocolError(f"body: <{tag_of(element)}> has text outside its elements")
    out = []
    for child in element:
        if field.records is not None:
            codec = xml_shape(field.records)
            if child.tag != codec.form.item:
                raise RemoteProtocolError(
                    f"body: <{tag_of(element)}> holds only <{codec.form.item}>"
                )
            out.append(codec.decode_element(child))
        else:
            assert field.items is not None
            if child.tag != field.item_tag or len(child):
                raise RemoteProtocolError(
                    f"body: <{tag_of(element)}> holds only <{field.item_tag}>"
                )
            out.append(field.items.codec.parse(field.name, child.text or ""))
    return tuple(out)


def _encode_list(field: Field, element: etree._Element, values: tuple[Any, ...]) -> None:
    for value in values:
        if field.records is not None:
            codec = xml_shape(field.records)
            assert codec.form.item is not None
            codec.fill_element(etree.SubElement(element, codec.form.item), value)
        else:
            assert field.items is not None
            child = etree.SubElement(element, field.item_tag)
            child.text = field.items.codec.format(field.name, value)


class XmlFormat:
    """fmt=2: the reply is an XML document in the request's charset."""

    fmt = 2

    def parse(self, body: bytes, charset: str) -> etree._Element:
        """The document element, by the hardened parser."""
        return parse_xml(body, charset)

    def error(self, table: ErrorTable, root: etree._Element) -> GatewayError | None:
        """The error the document reports, or ``None`` when it is no error reply.

        Spec (line 183): "<result><error>description</error><error_code>N</error_code>
        <id>id</id></result>".
        """
        if root.tag != "result" or root.find("error") is None:
            return None
        texts: dict[str, str] = {}
        for child in root:
            if child.tag not in ("error", "error_code", "id") or child.tag in texts or len(child):
                raise RemoteProtocolError(f"body: unexpected <{tag_of(child)}> in an error reply")
            texts[str(child.tag)] = child.text or ""
        if "error_code" not in texts:
            raise RemoteProtocolError("body: an error reply lacks <error_code>")
        code = Int(-(10**9), 10**9).parse("error_code", texts["error_code"])
        return gateway_error(table, code, texts["error"], texts.get("id"))

    def decode(self, shape: Shape[Any], root: etree._Element) -> Any:
        """The reply of ``shape`` in the document."""
        return xml_shape(shape).decode(root)

    def records(self, shape: Shape[Any], root: etree._Element) -> list[etree._Element]:
        """The record elements, for a list whose records decide their shape."""
        return xml_shape(shape).records(root)

    def decode_record(self, shape: Shape[Any], record: etree._Element) -> Any:
        """One record of a list whose records decide their shape."""
        return xml_shape(shape).decode_element(record)

    def fitting(self, shapes: tuple[Shape[Any], ...], record: Any) -> tuple[Shape[Any], ...]:
        """The alternatives worth trying on ``record``: all of them (only decoding it
        tells them apart)."""
        return shapes

    def encode(self, shape: Shape[Any], reply: object) -> str:
        """The body of ``reply``."""
        return xml_shape(shape).encode(reply)

    def encode_records(self, shapes: list[Shape[Any]], records: list[Any]) -> str:
        """The body of a list whose records are each of its own shape (they share the
        document and record elements)."""
        first = xml_shape(shapes[0]).form
        assert first.item is not None
        root = etree.Element(first.root)
        with writing_xml("reply"):
            for shape, record in zip(shapes, records, strict=True):
                xml_shape(shape).fill_element(etree.SubElement(root, first.item), record)
            return etree.tostring(root, encoding="unicode")

    def encode_error(self, code: int, description: str, raw_id: str | None, quoted: bool) -> str:
        """The error reply (``quoted`` matters in fmt=3 only)."""
        root = etree.Element("result")
        with writing_xml("error"):
            etree.SubElement(root, "error").text = description
            etree.SubElement(root, "error_code").text = str(code)
            if raw_id is not None:
                etree.SubElement(root, "id").text = raw_id
            return etree.tostring(root, encoding="unicode")


#: The fmt=2 codec.
XML_FORMAT: Final = XmlFormat()
