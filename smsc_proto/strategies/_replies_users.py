"""Hypothesis strategies for the replies of users.php (private).

Each strategy draws complete models valid for one reply shape: every field has a value
that every format of the shape carries and every protocol charset (windows-1251, koi8-r,
utf-8) can write. Statistics replies are lists of records.
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

from .._scripts.users import (
    UsersAddReply,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
)
from ._replies import money_amounts

__all__ = [
    "users_add_replies",
    "users_change_replies",
    "users_get_stat_all_replies",
    "users_get_stat_replies",
    "users_pay_replies",
]

_INT32_MAX = 2_147_483_647
_CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# Printable characters every protocol charset carries, commas and markup included.
_CHARS = string.ascii_letters + string.digits + string.punctuation + " " + _CYRILLIC
_NO_COMMA = _CHARS.replace(",", "")
# The spec's "three-character currency code" (line 2537), Latin or Cyrillic.
_CURRENCIES = st.text(string.ascii_uppercase + "рубтенгрн", min_size=3, max_size=3)
_COUNTS = st.integers(0, 10**6)
_MCCMNCS = st.text("0123456789", min_size=5, max_size=6)


def users_add_replies() -> st.SearchStrategy[UsersAddReply]:
    """Complete :class:`~smsc_proto.responses.UsersAddReply` models (an ID 1..2**31-1)."""
    return st.builds(UsersAddReply, id=st.integers(1, _INT32_MAX))


def users_change_replies() -> st.SearchStrategy[UsersOkReply]:
    """The :class:`~smsc_proto.responses.UsersOkReply` of ``chg=1`` (``result="OK"``).

    The reply has one form (lines 2445-2454), so the strategy draws one model.
    """
    return st.just(UsersOkReply(result="OK"))


def users_pay_replies() -> st.SearchStrategy[UsersOkReply]:
    """The :class:`~smsc_proto.responses.UsersOkReply` of ``pay=1`` (QUIRKS INC-32)."""
    return users_change_replies()


def users_get_stat_replies(*, max_size: int = 5) -> st.SearchStrategy[list[UsersGetStatReply]]:
    """Lists of complete :class:`~smsc_proto.responses.UsersGetStatReply` records.

    Logins are any one-line text, commas and Cyrillic included (the line reads one way
    whatever the login holds: every other value of it is comma-free).

    Args:
        max_size: The most records a list holds.
    """
    record = st.builds(
        UsersGetStatReply,
        login=st.text(_CHARS, min_size=1, max_size=20),
        sms=_COUNTS,
        credit=money_amounts(),
        debit=money_amounts(),
        currency=_CURRENCIES,
    )
    return st.lists(record, max_size=max_size)


def users_get_stat_all_replies(
    *, max_size: int = 5
) -> st.SearchStrategy[list[UsersGetStatAllReply]]:
    """Lists of complete :class:`~smsc_proto.responses.UsersGetStatAllReply` records.

    The operation name is any one-line text, commas included; the login and the operator
    name hold no comma (the fmt=0/1 line could not be read one way otherwise).

    Args:
        max_size: The most records a list holds.
    """
    record = st.builds(
        UsersGetStatAllReply,
        login=st.text(_NO_COMMA, min_size=1, max_size=20),
        description=st.text(_CHARS, max_size=30),
        operator=st.text(_NO_COMMA, max_size=20),
        mccmnc=_MCCMNCS,
        sms=_COUNTS,
        credit=money_amounts(),
        debit=money_amounts(),
        currency=_CURRENCIES,
    )
    return st.lists(record, max_size=max_size)
