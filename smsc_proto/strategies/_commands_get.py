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


# Built once: a strategy built inside a draw is validated anew on every example.
_MAYBE_DATES = st.none() | wire_dates()
_MAYBE_PHONES = st.none() | _list_of(phones())
_MAYBE_EMAILS = st.none() | _list_of(email_addresses())
_MAYBE_FORMAT = st.none() | st.just(0)
_MAYBE_CNT = st.none() | st.integers(1, 1000)
_MAYBE_GLOBAL_IDS = st.none() | _GLOBAL_IDS
_MAYBE_FLAG = st.none() | st.booleans()
_DATES = wire_dates()


@st.composite
def _messages(draw: st.DrawFn) -> GetMessages:
    start = draw(_MAYBE_DATES)
    end = None if start is None else draw(st.none() | _ordered(start, 6))
    mail = draw(st.booleans())
    return GetMessages(
        start=start,
        end=end,
        phone=None if mail else draw(_MAYBE_PHONES),
        email=draw(_MAYBE_EMAILS) if mail else None,
        format=8 if mail else draw(_MAYBE_FORMAT),
        cnt=draw(_MAYBE_CNT),
        prev_id=draw(_MAYBE_GLOBAL_IDS),
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
    start = draw(_DATES)
    return GetStat(
        start=start,
        end=draw(st.none() | _ordered(start, None)),
        mycur=draw(_MAYBE_FLAG),
        balance2=draw(_MAYBE_FLAG),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def get_stat_commands() -> st.SearchStrategy[GetStat]:
    """Valid :class:`~smsc_proto.commands.GetStat` commands (``start`` <= ``end``)."""
    return _stat()


def get_price_commands() -> st.SearchStrategy[GetPrice]:
    """Valid :class:`~smsc_proto.commands.GetPrice` commands."""
    return st.builds(GetPrice, **command_kwargs())
