"""Hypothesis strategies for get.php commands (private)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from .._scripts.get import GetAnswers, GetMessages, GetPrice, GetStat, _months_later
from ..values import PhoneList, Recipient
from ._commands_common import command_kwargs
from ._phones import email_addresses, phones
from ._time import wire_dates

__all__ = [
    "get_answers_commands",
    "get_messages_commands",
    "get_price_commands",
    "get_stat_commands",
]

_GLOBAL_IDS = st.integers(1, 2**63 - 1)


def _list_of(entries: st.SearchStrategy[Recipient]) -> st.SearchStrategy[PhoneList]:
    return st.builds(PhoneList, entries=st.lists(entries, min_size=1, max_size=4).map(tuple))


@st.composite
def _ordered(draw: st.DrawFn, start: date, months: int | None) -> date:
    """A date from ``start`` to ``months`` months later (any later date without)."""
    last = date.max if months is None else _months_later(start, months)
    return draw(st.dates(min_value=start, max_value=last))


@st.composite
def _messages(draw: st.DrawFn) -> GetMessages:
    start = draw(st.none() | wire_dates())
    end = None if start is None else draw(st.none() | _ordered(start, 6))
    mail = draw(st.booleans())
    return GetMessages(
        start=start,
        end=end,
        phone=None if mail else draw(st.none() | _list_of(phones())),
        email=draw(st.none() | _list_of(email_addresses())) if mail else None,
        format=8 if mail else draw(st.none() | st.just(0)),
        cnt=draw(st.none() | st.integers(1, 1000)),
        prev_id=draw(st.none() | _GLOBAL_IDS),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def get_messages_commands() -> st.SearchStrategy[GetMessages]:
    """Valid :class:`~smsc_proto.commands.GetMessages` commands.

    ``end`` only with ``start``, at most six months after it (line 2863); phone numbers
    for the SMS history, e-mail addresses with ``format=8``.
    """
    return _messages()


def get_answers_commands() -> st.SearchStrategy[GetAnswers]:
    """Valid :class:`~smsc_proto.commands.GetAnswers` commands."""
    return st.builds(
        GetAnswers,
        cnt=st.none() | st.integers(1, 10000),
        hour=st.none() | st.integers(1, 168),
        after_id=st.none() | _GLOBAL_IDS,
        to_phone=st.none() | phones(),
        **command_kwargs(),
    )


@st.composite
def _stat(draw: st.DrawFn) -> GetStat:
    start = draw(wire_dates())
    return GetStat(
        start=start,
        end=draw(st.none() | _ordered(start, None)),
        mycur=draw(st.none() | st.booleans()),
        balance2=draw(st.none() | st.booleans()),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def get_stat_commands() -> st.SearchStrategy[GetStat]:
    """Valid :class:`~smsc_proto.commands.GetStat` commands (``start`` <= ``end``)."""
    return _stat()


def get_price_commands() -> st.SearchStrategy[GetPrice]:
    """Valid :class:`~smsc_proto.commands.GetPrice` commands."""
    return st.builds(GetPrice, **command_kwargs())
