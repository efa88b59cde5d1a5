"""Hypothesis strategies for users.php commands (private)."""

from __future__ import annotations

import enum
import string
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from .._scripts.users import (
    UsersAdd,
    UsersChange,
    UsersFl,
    UsersFl2,
    UsersFl3,
    UsersGetStat,
    UsersGetStatAll,
    UsersMfl,
    UsersPay,
)
from ..values import PhoneList
from ._commands_common import command_kwargs
from ._phones import email_addresses, group_codes, phone_code_filters, phones
from ._time import send_at_hours, wire_dates

__all__ = [
    "users_add_commands",
    "users_change_commands",
    "users_get_stat_all_commands",
    "users_get_stat_commands",
    "users_pay_commands",
]

_INT32_MAX = 2_147_483_647
_CENTS_MAX = 99_999_999_999  # 999999999.99
# Characters of free text: any printable character, with Cyrillic and emoji drawn often.
_CHARS = st.one_of(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
    st.sampled_from("ПриветЖжЁё😀🚀"),
)
_LINES = st.text(_CHARS, max_size=20)
_WORDS = st.text(_CHARS, min_size=1, max_size=20)
_NOTES = st.text(st.one_of(_CHARS, st.just("\n")), max_size=30)
_REPLIES = st.text(st.one_of(_CHARS, st.just("\n")), max_size=1000)
_PASSWORDS = st.text(_CHARS, min_size=8, max_size=24)
# Line 52: at most 11 printable ASCII characters, or at most 15 digits.
_SENDERS = st.one_of(
    st.text(string.ascii_letters + string.digits + " .-_!", min_size=1, max_size=11),
    st.text(string.digits, min_size=12, max_size=15),
)
_COUNTS = st.integers(0, _INT32_MAX)
_IDS = st.integers(1, _INT32_MAX)
_URLS = st.builds(
    lambda scheme, rest: f"{scheme}://{rest}",
    st.sampled_from(["http", "https", "HTTPS"]),
    st.text(
        st.characters(min_codepoint=0x21, exclude_characters="\x7f", exclude_categories=["Cs"]),
        min_size=1,
        max_size=20,
    ),
)


def _cents(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low, high).map(lambda cents: Decimal(cents).scaleb(-2))


def _flags(indices: type[enum.IntEnum]) -> st.SearchStrategy[dict[int, bool] | None]:
    # Members and their plain numbers: both are valid keys.
    keys = st.sampled_from(list(indices)) | st.sampled_from([int(m) for m in indices])
    return st.none() | st.dictionaries(keys, st.booleans(), min_size=1, max_size=4)


def _phone_lists(*, groups: bool) -> st.SearchStrategy[PhoneList]:
    entry = st.one_of(phones(), group_codes()) if groups else phones()
    return st.builds(
        PhoneList,
        entries=st.lists(entry, min_size=1, max_size=3).map(tuple),
        trailing_comma=st.booleans(),
    )


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


# Every setting of add=1 / chg=1 (``type`` .. ``mlen``), each absent or valid. Built
# once: a strategy built inside a draw is validated on every example.
_SETTINGS: dict[str, st.SearchStrategy[Any]] = {
    "type": _maybe(st.integers(0, 4)),
    "email": _maybe(email_addresses()),
    "fl": _flags(UsersFl),
    "email2": _maybe(email_addresses()),
    "phone": _maybe(phones()),
    "phone2": _maybe(phones()),
    "fio": _maybe(_LINES),
    "props": _maybe(_NOTES),
    "cntr": _maybe(_LINES),
    "tariff": _maybe(st.integers(0, 8)),
    "mintrf": _maybe(st.integers(0, 8)),
    "curr": _maybe(st.integers(1, 5)),
    "tz": _maybe(st.integers(0, 24)),
    "sender": _maybe(_SENDERS),
    "sender2": _maybe(_SENDERS),
    "fl2": _flags(UsersFl2),
    "nb": _maybe(_cents(0, _CENTS_MAX)),
    "ktm": _maybe(_COUNTS),
    "fmts": _maybe(phone_code_filters()),
    "notes": _maybe(_NOTES),
    "fl3": _flags(UsersFl3),
    "ph": _maybe(_phone_lists(groups=True)),
    "dlim": _maybe(_COUNTS),
    "plim": _maybe(_COUNTS),
    "tlim": _maybe(_COUNTS),
    "ilim": _maybe(_COUNTS),
    "tmlim": _maybe(send_at_hours()),
    "vld": _maybe(st.integers(1, 1440)),
    "answ": _maybe(_REPLIES),
    "answ_call": _maybe(_REPLIES),
    "url": _maybe(_URLS),
    "mfl": _flags(UsersMfl),
    "mph": _maybe(_phone_lists(groups=False)),
    "mlen": _maybe(st.integers(1, 11) | st.integers(13, 1000)),
}
_MH1 = _maybe(st.integers(0, 23))
_MH2 = _maybe(st.integers(1, 24))


@st.composite
def _settings(draw: st.DrawFn) -> dict[str, Any]:
    """Every setting of add=1 / chg=1 (``type`` .. ``mlen``), each absent or valid."""
    kw: dict[str, Any] = {name: draw(strategy) for name, strategy in _SETTINGS.items()}
    mh1, mh2 = draw(_MH1), draw(_MH2)
    if mh1 is not None and mh2 is not None and mh1 >= mh2:
        mh1 = None
    kw["mh1"], kw["mh2"] = mh1, mh2
    for name, strategy in command_kwargs().items():
        kw[name] = draw(strategy)
    return kw


_SETTING_VALUES = _settings()
_MAYBE_IDS = _maybe(_IDS)
_MAYBE_PASSWORDS = _maybe(_PASSWORDS)
_MAYBE_WORDS = _maybe(_WORDS)


@st.composite
def _add(draw: st.DrawFn) -> UsersAdd:
    return UsersAdd(
        user=draw(_WORDS),
        password=draw(_PASSWORDS),
        site_id=draw(_MAYBE_IDS),
        **draw(_SETTING_VALUES),
    )


def users_add_commands() -> st.SearchStrategy[UsersAdd]:
    """Valid :class:`~smsc_proto.commands.UsersAdd` commands.

    ``user`` and ``password`` (8+ characters, Cyrillic and emoji included), ``site_id``,
    and every setting absent or valid: each documented ``fl``/``fl2``/``fl3``/``mfl``
    index (as enum member or plain int), ``mh1 < mh2``, ``mlen`` other than 12, SMS
    sender names.
    """
    return _add()


@st.composite
def _change(draw: st.DrawFn) -> UsersChange:
    return UsersChange(
        user=draw(_WORDS),
        password=draw(_MAYBE_PASSWORDS),
        pswc=draw(_MAYBE_PASSWORDS),
        new_login=draw(_MAYBE_WORDS),
        **draw(_SETTING_VALUES),
    )


def users_change_commands() -> st.SearchStrategy[UsersChange]:
    """Valid :class:`~smsc_proto.commands.UsersChange` commands.

    ``user``, then ``password``, ``pswc``, ``new_login`` and the settings of
    :func:`users_add_commands`, each absent or valid (empty free text included).
    """
    return _change()


def users_pay_commands() -> st.SearchStrategy[UsersPay]:
    """Valid :class:`~smsc_proto.commands.UsersPay` commands (``sum`` not 0, two decimals)."""
    return st.builds(
        UsersPay,
        user=_WORDS,
        sum=_cents(-_CENTS_MAX, _CENTS_MAX).filter(lambda amount: amount != 0),
        balance2=st.none() | st.booleans(),
        **command_kwargs(),
    )


_DATES = wire_dates()
_MAYBE_DATES = _maybe(_DATES)
_MAYBE_FLAG = _maybe(st.booleans())
_WHO = st.sampled_from(["none", "user", "user_id"])


@st.composite
def _period(draw: st.DrawFn, *, start_required: bool) -> dict[str, Any]:
    start = draw(_DATES if start_required else _MAYBE_DATES)
    end = draw(_MAYBE_DATES)
    if start is not None and end is not None and start > end:
        start, end = end, start
    return {"start": start, "end": end}


_PERIODS = {required: _period(start_required=required) for required in (False, True)}


@st.composite
def _get_stat(draw: st.DrawFn) -> UsersGetStat:
    who = draw(_WHO)
    return UsersGetStat(
        user=draw(_WORDS) if who == "user" else None,
        user_id=draw(_IDS) if who == "user_id" else None,
        balance2=draw(_MAYBE_FLAG),
        reseller=draw(_MAYBE_FLAG),
        hide_deleted=draw(_MAYBE_FLAG),
        mycur=draw(_MAYBE_FLAG),
        **draw(_PERIODS[False]),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def users_get_stat_commands() -> st.SearchStrategy[UsersGetStat]:
    """Valid :class:`~smsc_proto.commands.UsersGetStat` commands.

    At most one of ``user`` / ``user_id``; ``start`` <= ``end`` when both are given.
    """
    return _get_stat()


@st.composite
def _get_stat_all(draw: st.DrawFn) -> UsersGetStatAll:
    return UsersGetStatAll(
        reseller=draw(st.booleans()),
        hide_deleted=draw(_MAYBE_FLAG),
        mycur=draw(_MAYBE_FLAG),
        **draw(_PERIODS[True]),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def users_get_stat_all_commands() -> st.SearchStrategy[UsersGetStatAll]:
    """Valid :class:`~smsc_proto.commands.UsersGetStatAll` commands.

    ``start`` and ``reseller`` always; ``start`` <= ``end`` when ``end`` is given.
    """
    return _get_stat_all()
