"""The generic reply codecs, on small shapes declared here (the scripts' shapes have
their own tables)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._jsonsafe import load_json
from smsc_proto._replies import (
    Grouped,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    date_time,
    integer,
    items,
    message_id,
    money,
    records,
    text,
)
from smsc_proto._replies._json import JsonNumber, json_shape
from smsc_proto._replies._registry import _decode_one_of
from smsc_proto._replies._text import text_shape
from smsc_proto._replies._xml import xml_shape
from smsc_proto._xmlsafe import parse_xml


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    id: int | str | None = None
    cnt: int | None = None
    cost: Decimal | None = None
    mes: str | None = None


NOTE = Shape(
    Note,
    (message_id(), integer("cnt"), money("cost").omissible(), text("mes")),
    fmt0=Template("id = {id}, cnt = {cnt}, mes = {mes}"),
    fmt1=Template("{id},{cnt},{mes}"),
    xml=XmlForm(root="note", attributes=("id",), wire=(("cnt", "count"),)),
    json=JsonForm(wire=(("mes", "message"),)),
)
NOTES = Shape(
    Note,
    (message_id(), integer("cnt")),
    fmt0=Template("{id} - {cnt}"),
    fmt1=Template("{id},{cnt}"),
    xml=XmlForm(root="notes", item="note"),
    many=True,
)


def test_free_text_read_one_way_only() -> None:
    # The free text is the last field: everything after the second comma is the message.
    assert text_shape(NOTE, 1).decode("5,2,a,b") == Note(id=5, cnt=2, mes="a,b")
    assert text_shape(NOTE, 0).decode("id = 5, cnt = 2, mes = x, cnt = 3") == Note(
        id=5, cnt=2, mes="x, cnt = 3"
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    mes: str | None = None
    name: str | None = None


def test_ambiguous_line_is_refused() -> None:
    # ``name`` may hold ", " too: "a, b, c" is mes "a, b" + name "c" or mes "a" + name
    # "b, c". The decoder refuses rather than guess; the encoder refuses to write it.
    pair = Shape(
        Pair, (text("mes"), text("name", pattern=r"[^=]+")), fmt0=Template("{mes}, {name}")
    )
    assert text_shape(pair, 0).decode("a, b") == Pair(mes="a", name="b")
    with pytest.raises(sp.RemoteProtocolError, match="can be read more than one way"):
        text_shape(pair, 0).decode("a, b, c")
    with pytest.raises(sp.LocalProtocolError, match="can be read more than one way"):
        text_shape(pair, 0).encode(Pair(mes="a, b", name="c"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Two:
    mes: str | None = None
    name: str | None = None
    cnt: int | None = None


def test_two_free_fields_read_when_one_reading_exists() -> None:
    # Both texts may hold ", " (status.php all=1 fmt=1: "<message>, <comment>, <type>"):
    # a line is read only when its separators leave one way to split it.
    two = Shape(
        Two, (text("mes"), text("name"), integer("cnt")), fmt1=Template("{mes}, {name}, {cnt}")
    )
    assert text_shape(two, 1).decode("a,b, c,d, 3") == Two(mes="a,b", name="c,d", cnt=3)
    assert text_shape(two, 1).decode(", , 0") == Two(mes="", name="", cnt=0)
    # "5" after the last ", " must be the count: the texts cannot end there.
    assert text_shape(two, 1).decode("a, b, 5") == Two(mes="a", name="b", cnt=5)
    for line in ("a, b, c, 5", "a, , , 1", ", , , 2"):
        with pytest.raises(sp.RemoteProtocolError, match="can be read more than one way"):
            text_shape(two, 1).decode(line)
    with pytest.raises(sp.LocalProtocolError, match="can be read more than one way"):
        text_shape(two, 1).encode(Two(mes="a, b", name="c", cnt=1))
    assert text_shape(two, 1).encode(Two(mes="a,b", name="c", cnt=1)) == "a,b, c, 1"


def test_template_checks() -> None:
    with pytest.raises(sp.LocalProtocolError, match="adjacent placeholders"):
        Shape(Note, (integer("cnt"), message_id()), fmt1=Template("{cnt}{id}"))
    with pytest.raises(sp.LocalProtocolError, match="unknown fields"):
        Shape(Note, (integer("cnt"),), fmt1=Template("{cnt},{x}"))


def test_xml_attributes_wire_names_and_optional_fields() -> None:
    body = b'<note id="order-1"><count>2</count><mes>hi</mes></note>'
    note = Note(id="order-1", cnt=2, mes="hi")
    assert xml_shape(NOTE).decode(parse_xml(body, "utf-8")) == note
    assert xml_shape(NOTE).encode(note).encode() == body
    with_cost = b'<note id="7"><count>2</count><cost>1.50</cost><mes>hi</mes></note>'
    assert xml_shape(NOTE).decode(parse_xml(with_cost, "utf-8")) == Note(
        id=7, cnt=2, cost=Decimal("1.50"), mes="hi"
    )
    for bad, match in [
        (b'<note id="1"><count>2</count></note>', "lacks mes"),
        (b'<note id="1" x="1"><count>2</count><mes/></note>', "no attribute 'x'"),
        (b'<note id="1"><cnt>2</cnt><mes/></note>', "no element <cnt>"),
        (b'<note id="1"><count>2</count>x<mes/></note>', "text after <count>"),
        (b'<note id="1">x<count>2</count><mes/></note>', "text outside its elements"),
        (b"<other/>", "root element must be <note>"),
    ]:
        with pytest.raises(sp.RemoteProtocolError, match=match):
            xml_shape(NOTE).decode(parse_xml(bad, "utf-8"))


def test_json_keys_quoting_and_optional_fields() -> None:
    note = Note(id=7, cnt=2, mes="hi")
    assert json_shape(NOTE).encode(note) == '{"id":7,"cnt":2,"message":"hi"}'
    # A client's all-digit string id stays a string (quoted), a server id is a number.
    digits = Note(id="0042", cnt=2, mes="hi")
    assert json_shape(NOTE).encode(digits) == '{"id":"0042","cnt":2,"message":"hi"}'
    assert (
        json_shape(NOTE).decode(load_json(json_shape(NOTE).encode(digits).encode(), "utf-8"))
        == digits
    )
    # Quoted and bare numbers are both read (QUIRKS INC-71); a bare fraction in an
    # amount keeps its digits (decode_response reads it as a JsonNumber), and a float
    # handed to the shape, whose digits are gone, is refused.
    assert json_shape(NOTE).decode(
        {"id": "7", "cnt": "2", "message": "hi", "cost": JsonNumber("1.50")}
    ) == Note(id=7, cnt=2, mes="hi", cost=Decimal("1.50"))
    with pytest.raises(sp.RemoteProtocolError, match="cost: an amount read as a JSON float"):
        json_shape(NOTE).decode({"id": 7, "cnt": 2, "message": "hi", "cost": 1.5})
    for bad, match in [
        ({"id": 7, "cnt": 2}, "lacks message"),
        ({"id": 7, "cnt": 2, "message": "x", "mes": "y"}, "unknown key 'mes'"),
        ({"id": 7, "cnt": None, "message": "x"}, "cnt: must be a number or a string"),
        ({"id": 7, "cnt": {}, "message": "x"}, "not a JSON container"),
    ]:
        with pytest.raises(sp.RemoteProtocolError, match=match):
            json_shape(NOTE).decode(bad)


def test_repeated_records() -> None:
    notes = [Note(id=1, cnt=2), Note(id="b", cnt=0)]
    assert text_shape(NOTES, 0).encode(notes) == "1 - 2\nb - 0"
    assert text_shape(NOTES, 0).decode("1 - 2\nb - 0") == notes
    assert text_shape(NOTES, 1).decode("") == []
    xml = xml_shape(NOTES).encode(notes)
    assert (
        xml
        == "<notes><note><id>1</id><cnt>2</cnt></note><note><id>b</id><cnt>0</cnt></note></notes>"
    )
    assert xml_shape(NOTES).decode(parse_xml(xml.encode(), "utf-8")) == notes
    assert json_shape(NOTES).encode(notes) == '[{"id":1,"cnt":2},{"id":"b","cnt":0}]'
    assert (
        json_shape(NOTES).decode(load_json(json_shape(NOTES).encode(notes).encode(), "utf-8"))
        == notes
    )
    with pytest.raises(sp.RemoteProtocolError, match="holds only <note>"):
        xml_shape(NOTES).decode(parse_xml(b"<notes><x/></notes>", "utf-8"))
    with pytest.raises(sp.RemoteProtocolError, match="must be a JSON array"):
        json_shape(NOTES).decode({})
    with pytest.raises(sp.LocalProtocolError, match="must be a list of Note"):
        text_shape(NOTES, 0).encode(Note(id=1, cnt=1))


@dataclass(frozen=True, slots=True, kw_only=True)
class Sms:
    id: int | None = None
    cnt: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Hlr:
    id: int | None = None
    imsi: str | None = None


SMS = Shape(Sms, (integer("id"), integer("cnt")), fmt1=Template("{id},{cnt}"))
HLR = Shape(Hlr, (integer("id"), text("imsi", pattern=r"\d{15}")), fmt1=Template("{id};{imsi}"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Twin:
    id: int | None = None
    cnt: int | None = None


# Reads "1,2" as well as SMS does, into another model: the body cannot decide.
TWIN = Shape(Twin, (integer("id"), integer("cnt")), fmt1=Template("{id},{cnt}"))


def test_the_body_decides_between_alternatives() -> None:
    assert _decode_one_of((SMS, HLR), lambda s: text_shape(s, 1).decode("1,2")) == Sms(id=1, cnt=2)
    assert _decode_one_of(
        (SMS, HLR), lambda s: text_shape(s, 1).decode("1;250991234567890")
    ) == Hlr(id=1, imsi="250991234567890")
    with pytest.raises(sp.RemoteProtocolError, match="fits no reply form"):
        _decode_one_of((SMS, HLR), lambda s: text_shape(s, 1).decode("x"))
    with pytest.raises(sp.RemoteProtocolError, match="fits more than one reply form"):
        _decode_one_of((SMS, TWIN), lambda s: text_shape(s, 1).decode("1,2"))
    # Alternatives reading the same value (an empty list) are one reading.
    many_sms = Shape(Sms, SMS.fields, fmt1=SMS.fmt1, many=True)
    many_twin = Shape(Twin, TWIN.fields, fmt1=TWIN.fmt1, many=True)
    assert _decode_one_of((many_sms, many_twin), lambda s: text_shape(s, 1).decode("")) == []


def test_date_time_field() -> None:
    stamped = Shape(Note, (date_time("mes"),), fmt0=Template("{mes}"))
    value = text_shape(stamped, 0).decode("01.02.2024 10:11:12")
    assert text_shape(stamped, 0).encode(value) == "01.02.2024 10:11:12"
    with pytest.raises(sp.RemoteProtocolError, match="does not have the form"):
        text_shape(stamped, 0).decode("1.2.2024 10:11:12")


@given(
    st.integers(1, 2_147_483_647),
    st.integers(0, 10**9),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=30),
)
def test_text_round_trip(id_: int, cnt: int, mes: str) -> None:
    note = Note(id=id_, cnt=cnt, mes=mes)
    for fmt in (0, 1):
        assert text_shape(NOTE, fmt).decode(text_shape(NOTE, fmt).encode(note)) == note
    assert (
        json_shape(NOTE).decode(load_json(json_shape(NOTE).encode(note).encode(), "utf-8")) == note
    )
    assert xml_shape(NOTE).decode(parse_xml(xml_shape(NOTE).encode(note).encode(), "utf-8")) == note


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneCost:
    phone: str | None = None
    cost: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    id: int | None = None
    phones: tuple[PhoneCost, ...] | None = None
    all_phones: tuple[str, ...] | None = None


PHONE_COST = Shape(
    PhoneCost,
    (text("phone", pattern=r"\d+"), money("cost")),
    xml=XmlForm(root="phones", item="phone", text_field="phone", attributes=("cost",)),
    many=True,
)
BATCH = Shape(
    Batch,
    (
        integer("id"),
        records("phones", PHONE_COST).omissible(),
        items("all_phones", text("phone", pattern=r"\d+"), "phone").omissible(),
    ),
    fmt1=Template("{id}"),
)


def test_lists_inside_a_reply() -> None:
    batch = Batch(
        id=5,
        phones=(
            PhoneCost(phone="7999", cost=Decimal("1.40")),
            PhoneCost(phone="7888", cost=Decimal(2)),
        ),
        all_phones=("7999", "7888"),
    )
    xml = xml_shape(BATCH).encode(batch)
    assert xml == (
        '<result><id>5</id><phones><phone cost="1.40">7999</phone><phone cost="2">7888</phone>'
        "</phones><all_phones><phone>7999</phone><phone>7888</phone></all_phones></result>"
    )
    assert xml_shape(BATCH).decode(parse_xml(xml.encode(), "utf-8")) == batch
    json_text = json_shape(BATCH).encode(batch)
    assert json_text == (
        '{"id":5,"phones":[{"phone":"7999","cost":"1.40"},{"phone":"7888","cost":"2"}],'
        '"all_phones":["7999","7888"]}'
    )
    assert json_shape(BATCH).decode(load_json(json_text.encode(), "utf-8")) == batch
    # Left out: None; empty: an empty tuple.
    assert json_shape(BATCH).decode({"id": 5}) == Batch(id=5)
    assert json_shape(BATCH).decode({"id": 5, "phones": []}) == Batch(id=5, phones=())
    for bad, match in [
        ({"id": 5, "phones": {}}, "phones: must be a JSON array"),
        ({"id": 5, "all_phones": [[1]]}, "not a JSON container"),
    ]:
        with pytest.raises(sp.RemoteProtocolError, match=match):
            json_shape(BATCH).decode(bad)
    with pytest.raises(sp.RemoteProtocolError, match="holds only <phone>"):
        xml_shape(BATCH).decode(
            parse_xml(b"<result><id>1</id><phones><x/></phones></result>", "utf-8")
        )
    with pytest.raises(sp.LocalProtocolError, match="phones: must be a tuple"):
        json_shape(BATCH).encode(Batch(id=1, phones=[]))  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="names a list field"):
        Shape(Batch, (records("phones", PHONE_COST),), fmt0=Template("{phones}"))


PHONE_LINES = Shape(
    PhoneCost,
    (text("phone", pattern=r"\d+"), money("cost")),
    fmt0=Template("{phone},{cost}"),
    fmt1=Template("{phone},{cost}"),
    xml=XmlForm(root="phones", item="phone", text_field="phone", attributes=("cost",)),
    many=True,
)
HEADED = Shape(
    Batch,
    (integer("id"), records("phones", PHONE_LINES)),
    fmt0=Template("OK, ID - {id}"),
    fmt1=Template("{id}"),
    tail="phones",
)


def test_records_after_the_first_line() -> None:
    batch = Batch(id=5, phones=(PhoneCost(phone="7999", cost=Decimal("1.40")),))
    assert text_shape(HEADED, 0).encode(batch) == "OK, ID - 5\n7999,1.40"
    assert text_shape(HEADED, 0).decode("OK, ID - 5\n7999,1.40") == batch
    assert text_shape(HEADED, 1).decode("5") == Batch(id=5, phones=())
    assert text_shape(HEADED, 1).encode(Batch(id=5, phones=())) == "5"
    with pytest.raises(sp.RemoteProtocolError, match="does not have the form"):
        text_shape(HEADED, 0).decode("OK, ID - 5\n7999")
    with pytest.raises(sp.LocalProtocolError, match="phones: must be a tuple"):
        text_shape(HEADED, 0).encode(Batch(id=5))
    with pytest.raises(sp.LocalProtocolError, match="tail must name a records field"):
        Shape(Batch, (integer("id"),), fmt1=Template("{id}"), tail="id")


def test_control_characters_are_refused_in_xml() -> None:
    with pytest.raises(sp.LocalProtocolError, match="cannot be written as XML"):
        xml_shape(NOTE).encode(Note(id=1, cnt=1, mes="a\x01b"))


def test_one_record_wrapped_in_an_array() -> None:
    wrapped = Shape(Sms, SMS.fields, json=JsonForm(wrapped=True))
    assert json_shape(wrapped).encode(Sms(id=1, cnt=2)) == '[{"id":1,"cnt":2}]'
    assert json_shape(wrapped).decode([{"id": 1, "cnt": 2}]) == Sms(id=1, cnt=2)
    for bad in ({"id": 1, "cnt": 2}, [], [{"id": 1, "cnt": 2}] * 2):
        with pytest.raises(sp.RemoteProtocolError, match="must be an array of one record"):
            json_shape(wrapped).decode(bad)


MESSAGES = Shape(
    Note,
    (integer("cnt"), text("mes"), message_id()),
    fmt0=Template("cnt = {cnt}, mes = {mes}, id = {id}"),
    fmt1=Template("{cnt},{id},{mes}"),
    many=True,
    multiline=True,
)


def test_fmt0_records_may_span_lines() -> None:
    notes = [Note(cnt=1, mes="two\nlines", id=5), Note(cnt=2, mes="x", id=6)]
    body = text_shape(MESSAGES, 0).encode(notes)
    assert body == "cnt = 1, mes = two\nlines, id = 5\ncnt = 2, mes = x, id = 6"
    assert text_shape(MESSAGES, 0).decode(body) == notes
    # A line break followed by the record's leading text would start a record.
    with pytest.raises(sp.LocalProtocolError, match="would start a record"):
        text_shape(MESSAGES, 0).encode([Note(cnt=1, mes="a\ncnt = 3", id=5)])
    # fmt=1 records start with a value: they stay one line each.
    with pytest.raises(sp.LocalProtocolError, match="holds a line break"):
        text_shape(MESSAGES, 1).encode(notes)
    with pytest.raises(sp.RemoteProtocolError, match="does not have the form"):
        text_shape(MESSAGES, 1).decode("1,5,two\nlines")
    with pytest.raises(sp.LocalProtocolError, match="multiline needs many records"):
        Shape(Note, (integer("cnt"),), fmt0=Template("{cnt}"), many=True, multiline=True)


def test_grouped_needs_a_list() -> None:
    with pytest.raises(sp.LocalProtocolError, match="grouped needs many records"):
        Shape(
            Note,
            NOTE.fields,
            grouped=Grouped(field="id", xml_group="g", xml_item="i", json_items="items"),
        )


def test_blocks_name_records_fields_of_one_record() -> None:
    with pytest.raises(sp.LocalProtocolError, match="blocks must name records fields"):
        Shape(Batch, (integer("id"),), fmt1=Template("{id}"), blocks=("id",))


@dataclass(frozen=True, slots=True, kw_only=True)
class Defaulted:
    cnt: int | None = 7
    mes: str | None = None


def test_decoded_models_equal_constructed_ones() -> None:
    # The decoder fills slots directly (every field defaulting to None); a model with
    # another default goes through __init__, so an absent field keeps its default.
    two = Shape(Two, (text("mes"), text("name").omissible(), integer("cnt")), json=JsonForm())
    got = json_shape(two).decode(load_json(b'{"mes": "a", "cnt": 2}', "utf-8"))
    assert got == Two(mes="a", cnt=2)
    assert got.name is None
    defaulted = Shape(Defaulted, (integer("cnt").omissible(), text("mes")), json=JsonForm())
    assert json_shape(defaulted).decode(load_json(b'{"mes": "b"}', "utf-8")) == Defaulted(mes="b")
