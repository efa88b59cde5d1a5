"""The fast path and the exact decoder agree on every body: the same value or the same error.

Issue 10: "A differential Hypothesis test and an atheris harness check that the fast
path and the exact decoder agree on every body: the same value, or the same error
class." :func:`~smsc_proto.decode_response` takes the generated readers where they
exist; ``smsc_proto._replies.decode_exact`` reads every value through its codec.
Whatever the fast path does, it must be invisible: for each body both return equal
values of the same types (``repr`` included, so ``Decimal("1.0")`` is not
``Decimal("1.00")`` and ``True`` is not ``1``), or both raise the same documented
exception class (a :class:`~smsc_proto.GatewayError` with the same code and id).

Bodies: every row of the reply tests' tables (``CASES``, ``ERRORS``, ``BAD`` of
``test_<script>.py``, collected as ``test_variants.py`` does), and Hypothesis replies of
every command in every fmt from the shipped reply strategies, written with
:func:`~smsc_proto.encode_response` -- each also mutated (truncated, a line, element or
JSON key repeated, bytes swapped, separators inserted) and read under the tests' command,
under a command of the same class drawn by the shipped command strategies, and under any
command of any script.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._replies import decode_exact
from smsc_proto.commands import (
    Balance,
    Command,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    Ping,
    SendersAdd,
    SendersGet,
)
from smsc_proto.responses import encode_documents_response
from smsc_proto.strategies import (
    any_commands,
    balance_replies,
    command_strategies,
    documents_add_account_replies,
    documents_get_account_replies,
    documents_get_act_replies,
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    get_stat_replies,
    info_get_operator_list_replies,
    info_get_operator_replies,
    jobs_add_replies,
    jobs_get_all_replies,
    jobs_get_replies,
    jobs_ok_replies,
    mails_add_replies,
    mails_get_black_replies,
    mails_get_group_replies,
    mails_get_replies,
    mails_ok_replies,
    op_templates_add_replies,
    op_templates_get_replies,
    phones_add_replies,
    phones_get_black_replies,
    phones_get_group_replies,
    phones_get_replies,
    phones_ok_replies,
    ping_replies,
    receive_phones_buy_replies,
    receive_phones_change_replies,
    receive_phones_get_replies,
    send_replies,
    senders_add_replies,
    senders_get_operators_replies,
    senders_get_replies,
    senders_ok_replies,
    status_delete_replies,
    status_query_multiple_replies,
    status_query_replies,
    templates_add_replies,
    templates_get_replies,
    templates_ok_replies,
    tinyurls_get_replies,
    users_add_replies,
    users_change_replies,
    users_get_stat_all_replies,
    users_get_stat_replies,
    users_pay_replies,
    wait_call_replies,
)

from . import test_documents as documents
from . import test_jobs as jobs
from . import test_mails as mails
from . import test_op_templates as op_templates
from . import test_phones as phones
from . import test_receive_phones as receive_phones
from . import test_send as send
from . import test_status as status
from . import test_templates as templates
from . import test_users as users
from .conftest import CHARSETS
from .test_get import START
from .test_info import one, two
from .test_senders import OK_COMMANDS as SENDERS_OK
from .test_tinyurls import get as tinyurls_get
from .test_variants import Row, _row, _rows, _script_modules, _table
from .test_wait_call import wait_call

# -- the comparison ----------------------------------------------------------------------


def _outcome(
    read: Callable[..., Any], command: Command, body: bytes, content_type: str | None
) -> object:
    """What ``read`` makes of ``body``: its value, or the class of its documented error."""
    try:
        value = read(command, body, content_type=content_type)
    except sp.GatewayError as error:
        return ("error", type(error), error.code, error.id)
    except (sp.RemoteProtocolError, sp.LocalProtocolError) as error:
        return ("error", type(error))
    return ("value", value)


def _same(a: object, b: object) -> bool:
    """Equal, of the same types all the way down, and with the same repr."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return all(
            _same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a)
        ) and repr(a) == repr(b)
    if isinstance(a, list | tuple):
        assert isinstance(b, list | tuple)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and repr(a) == repr(b)


def assert_agree(command: Command, body: bytes, content_type: str | None = None) -> None:
    """``decode_response`` and ``decode_exact`` give the same value or the same error."""
    fast = _outcome(sp.decode_response, command, body, content_type)
    exact = _outcome(decode_exact, command, body, content_type)
    assert _same(fast, exact), f"{command!r} {body[:200]!r}:\n fast:  {fast!r}\n exact: {exact!r}"


# -- every row of the reply tests' tables ------------------------------------------------


def _bodied_rows(table: str) -> list[Row]:
    """The rows of ``table`` in every reply test module that hold a body to decode."""
    out = []
    for module in _script_modules():
        for index, row in enumerate(_table(module, table)):
            if any(isinstance(e, bytes) for e in row):
                out.append(_row(f"{module.__name__.rsplit('.', 1)[-1]}.{table}[{index}]", row))
    return out


ROWS: Final = [row for table in ("CASES", "ERRORS", "BAD") for row in _bodied_rows(table)]


def test_the_rows_are_every_table_row() -> None:
    cases = _rows("CASES")
    assert len(cases) > 300
    assert {r.where for r in cases} <= {r.where for r in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.where)
def test_table_row_reads_the_same(row: Row) -> None:
    assert_agree(row.command, row.body, row.content_type)
    # Cut short, and with CRLF line ends: a reader must stop or fall back alike.
    assert_agree(row.command, row.body[:-1], row.content_type)
    assert_agree(row.command, row.body.replace(b"\n", b"\r\n"), row.content_type)
    if row.content_type is not None:
        assert_agree(row.command, row.body)  # a raw reply read without its Content-Type


# -- mutations ---------------------------------------------------------------------------

_ELEMENT = re.compile(rb"<([A-Za-z_]\w*)(?: [^<>]*)?>[^<]*</\1>")
_KEY_VALUE = re.compile(rb'"[A-Za-z_]\w*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,{}\[\]"]*)')
SEPARATORS: Final = (
    b",",
    b", ",
    b";",
    b"|",
    b" = ",
    b"\n",
    b"\r\n",
    b"\n\n",
    b"\r",
    b":",
    b".",
    b" ",
    b"<",
    b"/>",
    b"</sms>",
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b'"x":1,',
    b"\x00",
    b"\xff",
    b"-",
    b"0",
    b"\\",
)


def _pick(found: list[re.Match[bytes]], index: int) -> re.Match[bytes] | None:
    return found[index % len(found)] if found else None


def _mutate(body: bytes, op: str, i: int, j: int, extra: bytes) -> bytes:
    """``body`` changed by ``op`` at the places ``i`` and ``j`` (taken modulo its size)."""
    n = len(body)
    if op == "truncate":
        return body[: i % (n + 1)]
    if op == "duplicate_line":
        lines = body.split(b"\n")
        k = i % len(lines)
        return b"\n".join([*lines[: k + 1], lines[k], *lines[k + 1 :]])
    if op == "drop_line":
        lines = body.split(b"\n")
        k = i % len(lines)
        return b"\n".join(lines[:k] + lines[k + 1 :])
    if op == "duplicate_element":
        element = _pick(list(_ELEMENT.finditer(body)), i)
        if element is None:
            return body
        return body[: element.end()] + element.group() + body[element.end() :]
    if op == "duplicate_key":
        pair = _pick(list(_KEY_VALUE.finditer(body)), i)
        if pair is None:
            return body
        return body[: pair.end()] + b"," + pair.group() + body[pair.end() :]
    if op == "swap":
        if n < 2:
            return body
        a, b = sorted((i % n, j % n))
        return body[:a] + body[b : b + 1] + body[a + 1 : b] + body[a : a + 1] + body[b + 1 :]
    if op == "insert":
        k = i % (n + 1)
        return body[:k] + extra + body[k:]
    if op == "delete":
        a, b = sorted((i % (n + 1), j % (n + 1)))
        return body[:a] + body[b:]
    if op == "replace":
        if n == 0:
            return extra
        k = i % n
        return body[:k] + extra[:1] + body[k + 1 :]
    raise AssertionError(op)


OPS: Final = (
    "truncate",
    "duplicate_line",
    "drop_line",
    "duplicate_element",
    "duplicate_key",
    "swap",
    "insert",
    "delete",
    "replace",
)
MUTATIONS: Final = st.lists(
    st.tuples(
        st.sampled_from(OPS),
        st.integers(0, 2**16),
        st.integers(0, 2**16),
        st.sampled_from(SEPARATORS) | st.binary(min_size=1, max_size=3),
    ),
    max_size=3,
)


def _apply(body: bytes, mutations: list[tuple[str, int, int, bytes]]) -> bytes:
    for op, i, j, extra in mutations:
        body = _mutate(body, op, i, j, extra)
    return body


def test_mutations_do_what_they_say() -> None:
    assert _mutate(b"a\nb", "duplicate_line", 1, 0, b"") == b"a\nb\nb"
    assert _mutate(b"a\nb", "drop_line", 0, 0, b"") == b"b"
    assert _mutate(b"<r><a>1</a><b>2</b></r>", "duplicate_element", 1, 0, b"") == (
        b"<r><a>1</a><b>2</b><b>2</b></r>"
    )
    assert _mutate(b'{"a":"x, y","b":2}', "duplicate_key", 0, 0, b"") == (
        b'{"a":"x, y","a":"x, y","b":2}'
    )
    assert _mutate(b'[{"a":1}]', "duplicate_key", 0, 0, b"") == b'[{"a":1,"a":1}]'
    assert _mutate(b"abcd", "swap", 0, 3, b"") == b"dbca"
    assert _mutate(b"abcd", "truncate", 2, 0, b"") == b"ab"
    assert _mutate(b"abcd", "insert", 2, 0, b", ") == b"ab, cd"
    assert _mutate(b"abcd", "delete", 1, 3, b"") == b"ad"
    assert _mutate(b"abcd", "replace", 1, 0, b"x") == b"axcd"


# -- every command's replies from the shipped strategies ---------------------------------

ALL_FMTS: Final = (0, 1, 2, 3)
NO_FMT1: Final = (0, 2, 3)

# (command, its replies, the fmts the spec gives them)
PAIRS: Final[list[tuple[Command, st.SearchStrategy[Any], tuple[int, ...]]]] = [
    (Balance(), balance_replies(), ALL_FMTS),
    (Balance(cur=True), balance_replies(cur=True), ALL_FMTS),
    *(
        (send.send(cost=cost, op=op), send_replies(cost=cost, op=op), ALL_FMTS)
        for cost in (0, 1, 2, 3)
        for op in (False, True)
    ),
    (wait_call(), wait_call_replies(), ALL_FMTS),
    (Ping(id=12), ping_replies(), ALL_FMTS),
    (tinyurls_get(), tinyurls_get_replies(), ALL_FMTS),
    (one(), info_get_operator_replies(), ALL_FMTS),
    (two(), info_get_operator_list_replies(), ALL_FMTS),
    (GetPrice(), get_price_replies(), ALL_FMTS),
    (GetMessages(), get_messages_replies(), ALL_FMTS),
    (GetMessages(), get_messages_replies(line_breaks=True), NO_FMT1),
    (GetAnswers(), get_answers_replies(), ALL_FMTS),
    (GetAnswers(), get_answers_replies(line_breaks=True), NO_FMT1),
    (GetStat(start=START), get_stat_replies(), ALL_FMTS),
    *((command, phones_add_replies(), ALL_FMTS) for command in phones.CREATES),
    *((command, phones_ok_replies(), ALL_FMTS) for command in phones.OKS),
    (phones.GET, phones_get_replies(), ALL_FMTS),
    (phones.GET_GROUP, phones_get_group_replies(), ALL_FMTS),
    (phones.GET_BLACK, phones_get_black_replies(), ALL_FMTS),
    *((command, mails_add_replies(), ALL_FMTS) for command in mails.CREATES),
    *((command, mails_ok_replies(), ALL_FMTS) for command in mails.OKS),
    (mails.GET, mails_get_replies(), ALL_FMTS),
    (mails.GET_GROUP, mails_get_group_replies(), ALL_FMTS),
    (mails.GET_BLACK, mails_get_black_replies(), ALL_FMTS),
    (users.ADD, users_add_replies(), ALL_FMTS),
    (users.CHG, users_change_replies(), ALL_FMTS),
    (users.PAY, users_pay_replies(), ALL_FMTS),
    (users.STAT, users_get_stat_replies(), ALL_FMTS),
    (users.STAT_ALL, users_get_stat_all_replies(), ALL_FMTS),
    *(
        (status.query(all=level), status_query_replies(all=level, kind=kind), ALL_FMTS)
        for kind in ("sms", "hlr")
        for level in (0, 1, 2)
    ),
    *(
        (status.query(all=level), status_query_replies(kind="not_found"), NO_FMT1)
        for level in (0, 1, 2)
    ),
    *(
        (
            status.multiple(all=level),
            status_query_multiple_replies(all=level, kind=kind),
            NO_FMT1,
        )
        for kind in ("sms", "hlr")
        for level in (0, 1, 2)
    ),
    (status.delete(), status_delete_replies(), ALL_FMTS),
    (templates.ADD, templates_add_replies(), ALL_FMTS),
    (templates.CHG, templates_ok_replies(), ALL_FMTS),
    (templates.DEL, templates_ok_replies(), ALL_FMTS),
    (templates.GET, templates_get_replies(), ALL_FMTS),
    (templates.GET, templates_get_replies(text_form=False), (2, 3)),
    (op_templates.ADD, op_templates_add_replies(), ALL_FMTS),
    (op_templates.GET, op_templates_get_replies(), ALL_FMTS),
    (receive_phones.get(), receive_phones_get_replies(), ALL_FMTS),
    (receive_phones.buy(), receive_phones_buy_replies(), ALL_FMTS),
    (receive_phones.chg(), receive_phones_change_replies(), ALL_FMTS),
    *((jobs.add(cost=cost), jobs_add_replies(cost=cost), ALL_FMTS) for cost in (0, 1)),
    *((command, jobs_ok_replies(), ALL_FMTS) for command in (jobs.DEL, jobs.CANCEL)),
    (jobs.GET, jobs_get_replies(), ALL_FMTS),
    (jobs.GET_MAIL, jobs_get_replies(mail=True), ALL_FMTS),
    (jobs.GET_ALL, jobs_get_all_replies(), ALL_FMTS),
    (jobs.GET_ALL_MAIL, jobs_get_all_replies(mail=True), ALL_FMTS),
    *((SendersGet(all=a), senders_get_replies(all=a), ALL_FMTS) for a in (0, 1)),
    *(
        (SendersGet(all=a, operators=True), senders_get_operators_replies(all=a), NO_FMT1)
        for a in (0, 1)
    ),
    (SendersAdd(sender="my_shop"), senders_add_replies(), ALL_FMTS),
    *((command, senders_ok_replies(), ALL_FMTS) for command in SENDERS_OK),
    # documents.php's raw replies follow no fmt (encode_documents_response writes them).
    (documents.ADD, documents_add_account_replies(), (0,)),
    (documents.GET_ACCOUNT, documents_get_account_replies(), (0,)),
    (documents.GET_ACT, documents_get_act_replies(), (0,)),
]


def _write(command: Command, reply: Any) -> tuple[bytes, str | None]:
    """The body (and Content-Type, for a raw reply) the gateway sends for ``reply``."""
    if command.SCRIPT == "documents.php":
        return encode_documents_response(command, reply)
    return sp.encode_response(command, reply), None


def test_every_scripts_replies_are_drawn() -> None:
    # Every script with replies decode_response reads (imgcode.php answers with an
    # image; rest/send/ has send.php's replies) is in PAIRS.
    scripts = {command.SCRIPT for command, _replies, _fmts in PAIRS}
    expected = {row.command.SCRIPT for row in _rows("CASES")} - {"imgcode.php", "rest/send/"}
    assert expected <= scripts, expected - scripts


@st.composite
def _encoded(draw: st.DrawFn) -> tuple[Command, bytes, str | None]:
    command, replies, fmts = draw(st.sampled_from(PAIRS))
    fmt = draw(st.sampled_from(fmts))
    charset = draw(st.sampled_from(CHARSETS))
    command = dataclasses.replace(command, fmt=fmt, charset=charset)
    reply = draw(replies)
    try:
        body, content_type = _write(command, reply)
    except sp.LocalProtocolError:
        # A value this fmt cannot write (a line break in a fmt=1 text...).
        assume(False)
        raise
    return command, body, content_type


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_encoded(), MUTATIONS)
def test_encoded_replies_read_the_same(
    encoded: tuple[Command, bytes, str | None], mutations: list[tuple[str, int, int, bytes]]
) -> None:
    command, body, content_type = encoded
    assert_agree(command, body, content_type)
    assert_agree(command, _apply(body, mutations), content_type)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ROWS), st.sampled_from(ALL_FMTS), MUTATIONS)
def test_mutated_rows_read_the_same(
    row: Row, fmt: int, mutations: list[tuple[str, int, int, bytes]]
) -> None:
    # A row's body, changed, read as the row's fmt and as another fmt's reply.
    body = _apply(row.body, mutations)
    assert_agree(row.command, body, row.content_type)
    assert_agree(dataclasses.replace(row.command, fmt=fmt), body, row.content_type)


@st.composite
def _drawn(draw: st.DrawFn) -> tuple[Command, bytes, str | None]:
    # The command drawn by its shipped strategy (any parameters, credentials...), the
    # reply by the pair's. Where the drawn parameters ask for another reply shape than
    # the pair's command, the body written for the pair's command is read under the
    # drawn one: the two decoders must still agree on it.
    fixed, replies, fmts = draw(st.sampled_from(PAIRS))
    fmt = draw(st.sampled_from(fmts))
    charset = draw(st.sampled_from(CHARSETS))
    drawn = draw(command_strategies()[type(fixed)]())
    try:
        command = dataclasses.replace(drawn, fmt=fmt, charset=charset)
    except sp.LocalProtocolError:
        assume(False)  # parameters that need another fmt (senders files=1...)
        raise
    reply = draw(replies)
    for writer in (command, dataclasses.replace(fixed, fmt=fmt, charset=charset)):
        try:
            return (command, *_write(writer, reply))
        except sp.LocalProtocolError:
            continue
    assume(False)
    raise AssertionError("unreachable")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drawn(), MUTATIONS)
def test_replies_to_drawn_commands_read_the_same(
    drawn: tuple[Command, bytes, str | None], mutations: list[tuple[str, int, int, bytes]]
) -> None:
    command, body, content_type = drawn
    assert_agree(command, body, content_type)
    assert_agree(command, _apply(body, mutations), content_type)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_commands(), st.sampled_from(ALL_FMTS), st.sampled_from(ROWS), MUTATIONS)
def test_any_command_reads_any_row_the_same(
    command: Command, fmt: int, row: Row, mutations: list[tuple[str, int, int, bytes]]
) -> None:
    # Any command of any script (its shipped strategy) reading another script's body.
    try:
        command = dataclasses.replace(command, fmt=fmt)
    except sp.LocalProtocolError:
        assume(False)
    assert_agree(command, _apply(row.body, mutations), row.content_type)
