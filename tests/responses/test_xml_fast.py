"""The fmt=2 fast path (``_replies/_xml_fast.py``) reads every body as the exact decoder.

``decode_response`` reads fmt=2 records through readers generated per shape and falls
back, record by record, to the exact decoder for anything unusual; ``decode_exact``
never takes the fast path. On every body both give the same value, or raise the same
error class with the same message:

- every fmt=2 row of the reply tables (collected as ``test_variants.py`` collects them);
- bodies written from the shipped Hypothesis strategies, and the same bodies mutated
  (children dropped, repeated, reordered or renamed, comments and processing
  instructions injected, bad values, stray text, attributes, nested elements).

An ordinary body never needs the fallback: a test holds the readers to that, so the
speed is not lost silently.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

import smsc_proto as sp
from smsc_proto._replies import _xml_fast, decode_exact
from smsc_proto._replies._fast import DATE_NAMES, read_datetime
from smsc_proto._replies._registry import _supporting
from smsc_proto._replies._xml import XmlShape
from smsc_proto.commands import (
    Balance,
    Command,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    InfoGetOperator,
    JobsGetAll,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    SendersGet,
)
from smsc_proto.strategies import (
    balance_replies,
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    get_stat_replies,
    info_get_operator_list_replies,
    info_get_operator_replies,
    jobs_get_all_replies,
    phones_get_black_replies,
    phones_get_group_replies,
    phones_get_replies,
    send_replies,
    senders_get_operators_replies,
    senders_get_replies,
    status_query_multiple_replies,
    status_query_replies,
    templates_get_replies,
    users_get_stat_all_replies,
    wait_call_replies,
)
from smsc_proto.values import parse_phone_list

from .test_get import START
from .test_info import one
from .test_send import send
from .test_status import multiple, query
from .test_templates import GET as TEMPLATES_GET
from .test_users import STAT_ALL
from .test_variants import Row, _rows
from .test_wait_call import wait_call

# -- both decoders on one body ----------------------------------------------------------------


def _outcome(decode: Callable[[Command, bytes], Any], command: Command, body: bytes) -> object:
    """What ``decode`` makes of ``body``: ("value", reply) or ("error", class, message)."""
    try:
        return ("value", decode(command, body))
    except (sp.RemoteProtocolError, sp.GatewayError, sp.LocalProtocolError) as exc:
        return ("error", type(exc), str(exc))


def assert_same_reading(command: Command, body: bytes) -> object:
    """The fast and the exact decoder agree on ``body``; returns the outcome."""
    fast = _outcome(sp.decode_response, command, body)
    exact = _outcome(decode_exact, command, body)
    assert fast == exact, (command, body[:300])
    return fast


# -- every fmt=2 row of the reply tables ------------------------------------------------------


def _fmt2_rows() -> list[Row]:
    rows = _rows("CASES") + _rows("ERRORS")
    return [r for r in rows if r.fmt == 2 and r.script != "documents.php"]


FMT2_ROWS: Final = _fmt2_rows()


def test_the_tables_have_fmt2_rows() -> None:
    assert len(FMT2_ROWS) > 100


@pytest.mark.parametrize("row", FMT2_ROWS, ids=lambda r: r.where)
def test_table_row_reads_the_same_both_ways(row: Row) -> None:
    assert_same_reading(row.command, row.body)


# -- bodies from the shipped strategies -------------------------------------------------------


def _interleaved(lists: tuple[list[Any], list[Any]]) -> st.SearchStrategy[list[Any]]:
    """SMS and HLR records of one status list, in any order."""
    return st.permutations([*lists[0], *lists[1]])


# (label, command, replies): one pair per fmt=2 shape kind -- one record, many records,
# a text_field with attributes (send.php op=1 phones, get_price codes and zones), nested
# records and items, grouped records (users.php get_stat_all) and the status lists
# whose records the body decides one by one.
PAIRS: Final[list[tuple[str, Command, st.SearchStrategy[Any]]]] = [
    ("get_messages", GetMessages(), get_messages_replies()),
    ("get_messages_line_breaks", GetMessages(), get_messages_replies(line_breaks=True)),
    ("get_answers", GetAnswers(), get_answers_replies()),
    ("get_stat", GetStat(start=START), get_stat_replies()),
    ("get_price", GetPrice(), get_price_replies()),
    ("balance", Balance(), balance_replies()),
    ("balance_cur", Balance(cur=True), balance_replies(cur=True)),
    ("send_op", send(op=True, cost=3), send_replies(cost=3, op=True)),
    ("send", send(cost=2), send_replies(cost=2)),
    ("wait_call", wait_call(), wait_call_replies()),
    ("info_one", one(), info_get_operator_replies()),
    (
        "info_several",
        InfoGetOperator(phone=parse_phone_list("79999999999,79999999998")),
        info_get_operator_list_replies(),
    ),
    ("phones_get", PhonesGet(grp=(321,)), phones_get_replies()),
    ("phones_groups", PhonesGetGroup(), phones_get_group_replies()),
    ("phones_black", PhonesGetBlack(), phones_get_black_replies()),
    ("templates_get", TEMPLATES_GET, templates_get_replies(text_form=False)),
    ("jobs_get_all", JobsGetAll(), jobs_get_all_replies()),
    ("senders_get", SendersGet(), senders_get_replies()),
    ("senders_all", SendersGet(all=1), senders_get_replies(all=1)),
    ("senders_operators", SendersGet(operators=True), senders_get_operators_replies()),
    ("users_stat_all", STAT_ALL, users_get_stat_all_replies()),
    *(
        (f"status_{kind}_all{level}", query(all=level), status_query_replies(all=level, kind=kind))
        for kind in ("sms", "hlr", "not_found")
        for level in (0, 1, 2)
    ),
    *(
        (
            f"status_mixed_all{level}",
            multiple(all=level),
            st.tuples(
                status_query_multiple_replies(all=level, kind="sms"),
                status_query_multiple_replies(all=level, kind="hlr"),
            ).flatmap(_interleaved),
        )
        for level in (0, 1, 2)
    ),
]


def _fmt2(command: Command) -> Command:
    return dataclasses.replace(command, fmt=2)


def _encode(command: Command, reply: Any) -> bytes:
    try:
        return sp.encode_response(command, reply)
    except sp.LocalProtocolError:
        assume(False)  # a drawn reply this form cannot write (the strategies' own tests)
        raise


@pytest.fixture
def exact_decoder_refused(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every record the fast path hands to the exact decoder."""
    handed: list[str] = []
    original = XmlShape.decode_element

    def counting(self: XmlShape[Any], element: Any, preset: Any = None) -> Any:
        handed.append(self.shape.model.__name__)
        return original(self, element, preset)

    monkeypatch.setattr(XmlShape, "decode_element", counting)
    return handed


@pytest.mark.parametrize(("label", "command", "replies"), PAIRS, ids=[p[0] for p in PAIRS])
def test_ordinary_bodies_take_the_fast_path(
    label: str,
    command: Command,
    replies: st.SearchStrategy[Any],
    exact_decoder_refused: list[str],
) -> None:
    cmd = _fmt2(command)

    @settings(
        max_examples=25,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(replies)
    def check(reply: Any) -> None:
        body = _encode(cmd, reply)
        exact_decoder_refused.clear()
        fast = sp.decode_response(cmd, body)
        # Every record was read by a generated reader: the fallback is for unusual bodies.
        assert exact_decoder_refused == []
        assert fast == decode_exact(cmd, body)

    check()


# -- mutated bodies --------------------------------------------------------------------------

BAD_VALUES: Final = (
    "",
    " ",
    "x",
    "-1",
    "-0",
    "007",
    "0",
    "1.5",
    "1,5",
    "99999999999999999999",
    "2147483648",
    "\u0661\u0662",  # Arabic-Indic digits: str.isdigit() says yes, the protocol no
    "\u00b2",
    " 12",
    "12 ",
    "+1",
    "1_0",
    "01.02.2024 25:00:00",
    "31.02.2024 10:00:00",
    "01.02.2024T10:00:00",
    "2024-02-01 10:00:00",
    "01.02.2024 10:00:00+03",
    "1.2.2024 10:00:00",
    "01.02.2024 10:00:0\u0661",
    "a\nb",
    "a\r\nb",
    "Ж",
    "OK",
    "order-7",
)


def _mutate(root: etree._Element, data: st.DataObject) -> None:
    """Change one thing in the tree; the draw says what and where."""
    parents = [e for e in root.iter() if isinstance(e.tag, str) and len(e)] or [root]
    parent = data.draw(st.sampled_from(parents))
    kids = list(parent)
    elements = [k for k in kids if isinstance(k.tag, str)]
    leaves = [e for e in root.iter() if isinstance(e.tag, str) and not len(e)] or [root]
    tags = sorted({e.tag for e in root.iter() if isinstance(e.tag, str)} | {"zz"})
    where = data.draw(st.integers(0, len(kids)))
    kind = data.draw(
        st.sampled_from(
            [
                "drop",
                "duplicate",
                "reorder",
                "comment",
                "pi",
                "value",
                "empty",
                "tail",
                "text",
                "attribute",
                "nest",
                "rename",
            ]
        )
    )
    if kind == "drop" and kids:
        parent.remove(kids[where % len(kids)])
    elif kind == "duplicate" and kids:
        parent.insert(where, copy.deepcopy(kids[where % len(kids)]))
    elif kind == "reorder" and kids:
        order = data.draw(st.permutations(kids))
        for child in kids:
            parent.remove(child)
        for child in order:
            parent.append(child)
    elif kind == "comment":
        parent.insert(where, etree.Comment(data.draw(st.sampled_from([" x ", "", "-x"]))))
    elif kind == "pi":
        parent.insert(where, etree.ProcessingInstruction("x", "y"))
    elif kind == "value":
        data.draw(st.sampled_from(leaves)).text = data.draw(st.sampled_from(BAD_VALUES))
    elif kind == "empty":
        data.draw(st.sampled_from(leaves)).text = None
    elif kind == "tail" and kids:
        tail = data.draw(st.sampled_from(["\n  ", " ", "x", "\t\n"]))
        kids[where % len(kids)].tail = tail
    elif kind == "text":
        parent.text = data.draw(st.sampled_from(["\n", "  ", "x", None]))
    elif kind == "attribute":
        target = data.draw(st.sampled_from([parent, *elements]))
        name = data.draw(st.sampled_from(["x", "id", "cost", "login", "mccmnc", "status"]))
        target.set(name, data.draw(st.sampled_from(BAD_VALUES[:12])))
    elif kind == "nest":
        etree.SubElement(data.draw(st.sampled_from(leaves)), data.draw(st.sampled_from(tags)))
    elif kind == "rename" and elements:
        elements[where % len(elements)].tag = data.draw(st.sampled_from(tags))


@pytest.mark.parametrize(("label", "command", "replies"), PAIRS, ids=[p[0] for p in PAIRS])
def test_mutated_bodies_read_the_same_both_ways(
    label: str, command: Command, replies: st.SearchStrategy[Any]
) -> None:
    # utf-8 carries every bad value the mutations write.
    cmd = dataclasses.replace(command, fmt=2, charset="utf-8")
    charset = "utf-8"

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(replies, st.data())
    def check(reply: Any, data: st.DataObject) -> None:
        body = _encode(cmd, reply)
        root = etree.fromstring(body.decode(charset))
        for _ in range(data.draw(st.integers(1, 3))):
            _mutate(root, data)
        mutated = etree.tostring(root, encoding="unicode").encode(charset)
        assert_same_reading(cmd, mutated)

    check()


# -- the generated date expression is read_datetime --------------------------------------------

DATE_TEXTS: Final = (
    "01.03.2024 09:00:03",
    "29.02.2024 23:59:59",
    "29.02.2023 10:00:00",
    "31.04.2024 10:00:00",
    "00.01.2024 10:00:00",
    "01.13.2024 10:00:00",
    "01.01.0000 10:00:00",
    "01.01.0001 00:00:00",
    "01.01.2024 24:00:00",
    "01.01.2024 10:60:00",
    "01.01.2024 10:00:60",
    "01.01.2024 10:00:00 ",
    "1.01.2024 10:00:00",
    "01-01-2024 10:00:00",
    "01.01.2024T10:00:00",
    "01.01.2024 10:00:0\u0661",
    "\u0660\u0661.01.2024 10:00:00",
    "01.01.2024 10:00:+3",
    "01.01.2024 10:00:00+03",
    "01.01.2024 10:00:00.5",
    "01.01.2024 10:00,5",
    "01.01.+024 10:00:00",
    "",
)


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_the_generated_date_expression_is_read_datetime(text: str) -> None:
    namespace: dict[str, Any] = {**DATE_NAMES, "s0": text}
    expression = _xml_fast._date("s0")
    # Twice: the first reading of a day and hour remembers it, the second finds it.
    # TypeError is the reader's "unusual".
    for _ in range(2):
        try:
            got = eval(expression, namespace)
        except TypeError:
            got = None
        assert got == read_datetime(text)


def test_the_generated_date_expression_finds_no_time_in_an_empty_element() -> None:
    # An element without text gives None; the reader's "except TypeError" makes that
    # unusual, and the exact decoder refuses the empty time.
    namespace: dict[str, Any] = {**DATE_NAMES, "s0": None}
    with pytest.raises(TypeError):
        eval(_xml_fast._date("s0"), namespace)


# -- the numbers of a record, read together ---------------------------------------------------


# get_messages records whose numbers the reader reads together (one orjson.loads of
# their digits): leading zeros (JSON refuses them: read one by one), a negative status,
# an int_id below its range, a longer run of digits than the quick check takes.
NUMBER_TEXTS: Final = [
    {"status": "1", "err": "0", "int_id": "2960418530"},
    {"status": "007", "err": "00", "int_id": "02960418530"},
    {"status": "-3", "err": "0", "int_id": "2960418530"},
    {"status": "1", "err": "0", "int_id": "0"},
    {"status": "1", "err": "0", "int_id": "9223372036854775808"},
    {"status": "1", "err": "0" * 40, "int_id": "1"},
]


@pytest.mark.parametrize("texts", NUMBER_TEXTS)
def test_the_numbers_of_a_record_read_as_the_exact_decoder(texts: dict[str, str]) -> None:
    from .test_get import SENT

    command = GetMessages(fmt=2)
    root = etree.fromstring(sp.encode_response(command, [SENT, SENT]))
    for record in root:
        for tag, text in texts.items():
            element = record.find(tag)
            assert element is not None
            element.text = text
    assert_same_reading(command, etree.tostring(root))
    if texts["status"] == "007":
        assert [r.status for r in sp.decode_response(command, etree.tostring(root))] == [7, 7]


# -- which alternatives the readers may decide alone ---------------------------------------


def test_status_alternatives_are_told_apart_by_their_elements() -> None:
    # SMS, HLR and not-found records each hold an element (or lack one) that the others
    # refuse: the readers decide status replies alone.
    for command in (query(fmt=2), multiple(fmt=2), query(fmt=2, all=2), multiple(fmt=2, all=1)):
        shapes = _supporting(command, 2)
        assert len(shapes) == 3
        assert _xml_fast._exclusive(shapes) == (True, True, True)


def test_a_text_only_form_and_one_with_required_elements_are_told_apart() -> None:
    # <balance>1.0</balance> has no child element, which the cur=1 form requires; a
    # cur=1 record has children, which the text-only form refuses.
    (balance,) = _supporting(Balance(fmt=2), 2)
    (cur,) = _supporting(Balance(fmt=2, cur=True), 2)
    assert _xml_fast._exclusive((balance, cur)) == (True, True)
    # The same form twice: nothing tells a record of one from the other.
    assert _xml_fast._exclusive((cur, cur)) == (False, False)
