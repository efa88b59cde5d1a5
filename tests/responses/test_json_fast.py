"""The fmt=3 fast path reads every body as the exact decoder does; JSON fidelity rows.

``decode_response`` reads fmt=3 bodies through readers generated per shape
(``smsc_proto._replies._json_fast``) and falls back to the exact decoder record by
record; ``decode_exact`` always takes the exact decoder. For every fmt=3 row of the reply
tables, for bodies written from the shipped strategies and for mutations of both, the
two give the same value or an error of the same class.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._replies import _json_fast, decode_exact
from smsc_proto.commands import (
    Balance,
    Command,
    GetAnswers,
    GetMessages,
    GetPrice,
    JobsGet,
    PhonesGet,
    StatusQuery,
    UsersGetStatAll,
)
from smsc_proto.responses import BalanceReply, GetAnswersReply, SmsStatusReply
from smsc_proto.strategies import (
    balance_replies,
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    jobs_get_replies,
    phones_get_replies,
    status_query_multiple_replies,
    users_get_stat_all_replies,
)
from smsc_proto.values import parse_datetime, parse_phone_list

from .conftest import CHARSETS

HERE: Final = Path(__file__).parent


def _table_rows() -> list[tuple[str, Command, bytes]]:
    """(where, command, body) of every fmt=3 row of the ``CASES`` and ``ERRORS`` tables
    of the script test modules (the command and body are the row's first ones)."""
    rows = []
    for path in sorted(HERE.glob("test_*.py")):
        module = importlib.import_module(f"{__package__}.{path.stem}")
        for table in ("CASES", "ERRORS"):
            for index, row in enumerate(getattr(module, table, [])):
                commands = [e for e in row if isinstance(e, Command | sp.Request)]
                bodies = [e for e in row if isinstance(e, bytes)]
                if not commands or not bodies:
                    continue
                command = commands[0]
                if isinstance(command, sp.Request):
                    command = sp.parse_command(command)
                if command.fmt == 3 and command.SCRIPT != "documents.php":
                    rows.append((f"{path.stem}.{table}[{index}]", command, bodies[0]))
    return rows


ROWS: Final = _table_rows()


def outcome(decode: Callable[[Command, bytes], Any], command: Command, body: bytes) -> object:
    """The value ``decode`` reads, or the class of the documented error it raises."""
    try:
        return ("value", decode(command, body))
    except (sp.RemoteProtocolError, sp.GatewayError) as exc:
        return ("error", type(exc))


def assert_same(command: Command, body: bytes) -> None:
    fast = outcome(sp.decode_response, command, body)
    assert fast == outcome(decode_exact, command, body), body


def test_the_tables_have_fmt3_rows() -> None:
    assert len(ROWS) > 100


@pytest.mark.parametrize(("where", "command", "body"), ROWS, ids=[r[0] for r in ROWS])
def test_every_fmt3_row_reads_the_same_both_ways(where: str, command: Command, body: bytes) -> None:
    assert_same(command, body)
    for charset in CHARSETS:
        try:
            assert_same(dataclasses.replace(command, charset=charset), body)
        except sp.LocalProtocolError:
            continue  # a command that cannot take this charset


# -- mutated bodies ----------------------------------------------------------------------------

_NUMBER: Final = re.compile(rb"(?<=[:\[,])(-?\d+(?:\.\d+)?)(?=[,}\]])")
_QUOTED_NUMBER: Final = re.compile(rb'"(-?\d+(?:\.\d+)?)"')
_MEMBER: Final = re.compile(rb'"[a-z_]+": ?(?:"[^"\\]*"|-?[0-9.]+|null)')


def _mutate(body: bytes, kind: int, at: int, piece: bytes) -> bytes:
    """One of the ways a gateway's body could differ from the canonical one."""
    position = at % (len(body) + 1)
    if kind == 0:  # a byte replaced
        return body[:position] + piece[:1] + body[position + 1 :]
    if kind == 1:  # bytes left out
        return body[:position] + body[position + len(piece) :]
    if kind == 2:  # bytes inserted
        return body[:position] + piece + body[position:]
    if kind == 3:  # a bare number quoted
        return _NUMBER.sub(rb'"\1"', body, count=1 + at % 3)
    if kind == 4:  # a quoted number bare
        return _QUOTED_NUMBER.sub(rb"\1", body, count=1 + at % 3)
    members = list(_MEMBER.finditer(body))
    if not members:
        return body
    member = members[at % len(members)]
    if kind == 5:  # a member repeated (a repeated key)
        return body[: member.end()] + b"," + member.group() + body[member.end() :]
    # kind 6: a member left out
    end = member.end() + (body[member.end() : member.end() + 1] == b",")
    return body[: member.start()] + body[end:]


MUTATIONS: Final = st.tuples(
    st.integers(0, 6),
    st.integers(0, 10**6),
    st.sampled_from([b'"', b"0", b"1.5", b",", b":", b"}", b"]", b"null", b" ", b"\\", b"1e3"]),
)


@given(st.sampled_from(ROWS), MUTATIONS)
def test_a_mutated_row_reads_the_same_both_ways(
    row: tuple[str, Command, bytes], mutation: tuple[int, int, bytes]
) -> None:
    _where, command, body = row
    assert_same(command, _mutate(body, *mutation))


# -- bodies written from the shipped strategies ------------------------------------------------

_PHONES: Final = parse_phone_list("79990000001,79990000002")
STRATEGIES: Final[list[tuple[Command, st.SearchStrategy[Any]]]] = [
    (Balance(fmt=3), balance_replies()),
    (GetMessages(fmt=3), get_messages_replies(line_breaks=True, max_size=4)),
    (GetAnswers(fmt=3), get_answers_replies(line_breaks=True)),
    (GetPrice(fmt=3), get_price_replies()),
    (PhonesGet(grp=(321,), fmt=3), phones_get_replies()),
    (UsersGetStatAll(start=date(2014, 1, 1), reseller=True, fmt=3), users_get_stat_all_replies()),
    (JobsGet(id=701, fmt=3), jobs_get_replies()),
    *(
        (
            StatusQuery(phone=_PHONES, id=(5, 6), all=level, fmt=3),
            status_query_multiple_replies(all=level, kind=kind),
        )
        for level in (0, 1, 2)
        for kind in ("sms", "hlr")
    ),
]


@st.composite
def written(draw: st.DrawFn) -> tuple[Command, bytes, Any]:
    command, replies = draw(st.sampled_from(STRATEGIES))
    command = dataclasses.replace(command, charset=draw(st.sampled_from(CHARSETS)))
    reply = draw(replies)
    return command, sp.encode_response(command, reply), reply


@given(written())
def test_a_written_body_reads_back_both_ways(case: tuple[Command, bytes, Any]) -> None:
    command, body, reply = case
    fast = sp.decode_response(command, body)
    assert fast == reply
    assert fast == decode_exact(command, body)
    assert sp.encode_response(command, fast) == body


def encode_exact(command: Command, reply: Any) -> object:
    """What ``encode_response`` writes without the generated writers (or the class of
    the error it raises)."""
    with mock.patch.object(_json_fast, "encode_json_fast", return_value=None):
        try:
            return sp.encode_response(command, reply)
        except sp.LocalProtocolError as exc:
            return type(exc)


def encode_fast(command: Command, reply: Any) -> object:
    try:
        return sp.encode_response(command, reply)
    except sp.LocalProtocolError as exc:
        return type(exc)


@pytest.mark.parametrize(("where", "command", "body"), ROWS, ids=[r[0] for r in ROWS])
def test_every_fmt3_row_is_written_the_same_both_ways(
    where: str, command: Command, body: bytes
) -> None:
    try:
        reply = sp.decode_response(command, body)
    except (sp.RemoteProtocolError, sp.GatewayError):
        return  # an error reply or a refused body: nothing to write
    assert encode_fast(command, reply) == encode_exact(command, reply)


@given(written())
def test_a_written_reply_is_written_the_same_both_ways(case: tuple[Command, bytes, Any]) -> None:
    command, body, reply = case
    assert encode_exact(command, reply) == body


@given(written(), st.sampled_from([None, -1, 2**70, "x", 1.5, Decimal("0.00001"), (), "a\nb"]))
def test_a_bad_value_is_refused_the_same_both_ways(
    case: tuple[Command, bytes, Any], bad: object
) -> None:
    command, _body, reply = case
    records = reply if isinstance(reply, list) else [reply]
    if not records:
        return
    first = records[0]
    for field in dataclasses.fields(first):
        changed = [dataclasses.replace(first, **{field.name: bad}), *records[1:]]
        broken = changed if isinstance(reply, list) else changed[0]
        assert encode_fast(command, broken) == encode_exact(command, broken), field.name


@given(written(), MUTATIONS)
def test_a_mutated_written_body_reads_the_same_both_ways(
    case: tuple[Command, bytes, Any], mutation: tuple[int, int, bytes]
) -> None:
    command, body, _reply = case
    assert_same(command, _mutate(body, *mutation))


def test_records_fall_back_one_by_one() -> None:
    # The second record is unusual (a quoted id, a bare phone): it alone takes the exact
    # reader, and the list reads as the exact decoder reads it.
    body = (
        b'[{"id":1,"received":"01.03.2024 09:00:00","phone":"79990000001","message":"a",'
        b'"to_phone":"79990000002","sent":"01.03.2024 08:59:58"},'
        b'{"id":"2","received":"01.03.2024 09:00:01","phone":79990000003,"message":"b",'
        b'"to_phone":"79990000002","sent":"01.03.2024 08:59:59"}]'
    )
    reply = sp.decode_response(GetAnswers(fmt=3), body)
    assert [r.id for r in reply] == [1, 2]
    assert reply[1].phone == "79990000003"
    assert reply == decode_exact(GetAnswers(fmt=3), body)


def test_a_failing_record_gives_the_exact_message() -> None:
    body = (
        b'[{"id":1,"received":"01.03.2024 09:00:00","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"31.02.2024 08:59:58"}]'
    )
    messages = []
    for decode in (sp.decode_response, decode_exact):
        with pytest.raises(sp.RemoteProtocolError) as info:
            decode(GetAnswers(fmt=3), body)
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert "not a valid date-time" in messages[0]


def test_decoded_models_are_the_constructor_built_ones() -> None:
    body = (
        b'[{"id":7,"received":"01.03.2024 09:00:00","phone":"7999","message":"hi",'
        b'"to_phone":"7998","sent":"29.02.2024 23:59:59"}]'
    )
    (got,) = sp.decode_response(GetAnswers(fmt=3), body)
    want = GetAnswersReply(
        id=7,
        received=parse_datetime("01.03.2024 09:00:00"),
        phone="7999",
        message="hi",
        to_phone="7998",
        sent=parse_datetime("29.02.2024 23:59:59"),
    )
    assert type(got) is GetAnswersReply
    assert (got, hash(got), repr(got)) == (want, hash(want), repr(want))
    assert dataclasses.replace(got, id=8) == dataclasses.replace(want, id=8)
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.id = 9  # type: ignore[misc]


# -- fidelity -----------------------------------------------------------------------------------

# A bare number in an amount keeps the digits it is written with: orjson reads it as a
# float (1.10 -> 1.1; 12345678901234.5678 -> 12345678901234.568), so such a body is read
# again with the fractions kept as text.
AMOUNTS: Final[list[tuple[Command, bytes, Any]]] = [
    (Balance(fmt=3), b'{"balance": 1.10}', BalanceReply(balance=Decimal("1.10"))),
    (
        Balance(fmt=3, charset="utf-8"),
        b'{"balance": 12345678901234.5678}',
        BalanceReply(balance=Decimal("12345678901234.5678")),
    ),
    (
        Balance(fmt=3, cur=True),
        b'{"balance": -0.50, "credit": 100, "currency": "RUB"}',
        BalanceReply(balance=Decimal("-0.50"), credit=Decimal("100"), currency="RUB"),
    ),
    (
        StatusQuery(phone=_PHONES, id=(5, 6), all=1, fmt=3),
        b'[{"status":1,"last_date":"01.03.2024 09:00:00","last_timestamp":1709272800,'
        b'"flag":0,"err":0,"send_date":"01.03.2024 08:59:00","send_timestamp":1709272740,'
        b'"phone":"79990000001","cost":2.30,"sender_id":"SMSC","status_name":"Delivered",'
        b'"message":"hi","comment":"","type":0,"sms_cnt":1,"id":5},{"status":-3,"id":6}]',
        None,
    ),
]


@pytest.mark.parametrize(("command", "body", "model"), AMOUNTS)
def test_a_bare_amount_keeps_its_digits(command: Command, body: bytes, model: Any) -> None:
    for decode in (sp.decode_response, decode_exact):
        reply = decode(command, body)
        if model is None:  # the status list: the SMS record's cost
            assert isinstance(reply[0], SmsStatusReply)
            assert str(reply[0].cost) == "2.30"
            continue
        assert reply == model
        # == compares values (1.1 == 1.10): the digits are compared too.
        assert str(reply.balance) == str(model.balance)


# Spec (line 1942): one "balance" key; fmt=2 refuses a repeated element likewise.
REPEATED_KEYS: Final[list[tuple[Command, bytes]]] = [
    (Balance(fmt=3), b'{"balance": "1.00", "balance": "2.00"}'),
    (Balance(fmt=3, charset="utf-8"), b'{"balance":"1.00","balance":"2.00"}'),
    (Balance(fmt=3), b'{"error": "x", "error_code": 2, "error_code": 3}'),
    (
        GetAnswers(fmt=3),
        b'[{"id":1,"received":"01.03.2024 09:00:00","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"01.03.2024 08:59:58"},'
        b'{"id":2,"id":3,"received":"01.03.2024 09:00:00","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"01.03.2024 08:59:58"}]',
    ),
    # A key repeated with the same value is refused too.
    (
        GetAnswers(fmt=3),
        b'[{"id":1,"id":1,"received":"01.03.2024 09:00:00","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"01.03.2024 08:59:58"}]',
    ),
    (
        UsersGetStatAll(start=date(2014, 1, 1), reseller=True, fmt=3),
        b'[{"login":"a","items":[{"description":"d","operator":"o","mccmnc":"25001",'
        b'"sms":1,"credit":"1.00","debit":"1.00","debit":"2.00","currency":"RUB"}]}]',
    ),
]


@pytest.mark.parametrize(("command", "body"), REPEATED_KEYS)
def test_a_repeated_key_is_refused(command: Command, body: bytes) -> None:
    for decode in (sp.decode_response, decode_exact):
        with pytest.raises(sp.RemoteProtocolError, match="appears more than once"):
            decode(command, body)


def test_an_escaped_quote_is_no_repeated_key() -> None:
    # The quote count differs from twice the keys and strings: the exact check runs
    # and finds no repeat.
    body = (
        b'[{"id":1,"received":"01.03.2024 09:00:00","phone":"7999",'
        b'"message":"say \\"hi\\": now","to_phone":"7998","sent":"01.03.2024 08:59:58"}]'
    )
    (reply,) = sp.decode_response(GetAnswers(fmt=3), body)
    assert reply.message == 'say "hi": now'


def test_hour_24_is_refused_after_a_day_was_remembered() -> None:
    # The first record fills the day-and-hour cache; hour 24 of the same day is never a
    # key of it (read_datetime refuses it: Python 3.14's fromisoformat would read it as
    # the next midnight), so the second record goes to the exact parser.
    body = (
        b'[{"id":1,"received":"01.03.2024 23:59:59","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"01.03.2024 23:59:58"},'
        b'{"id":2,"received":"01.03.2024 24:00:00","phone":"7999","message":"a",'
        b'"to_phone":"7998","sent":"01.03.2024 23:59:58"}]'
    )
    for decode in (sp.decode_response, decode_exact):
        with pytest.raises(sp.RemoteProtocolError, match="received"):
            decode(GetAnswers(fmt=3), body)
