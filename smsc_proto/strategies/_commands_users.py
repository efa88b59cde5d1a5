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


@st.composite
def _settings(draw: st.DrawFn) -> dict[str, Any]:
    """Every setting of add=1 / chg=1 (``type`` .. ``mlen``), each absent or valid."""

    def maybe(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(st.none() | strategy)

    kw: dict[str, Any] = {
        "type": maybe(st.integers(0, 4)),
        "email": maybe(email_addresses()),
        "fl": draw(_flags(UsersFl)),
        "email2": maybe(email_addresses()),
        "phone": maybe(phones()),
        "phone2": maybe(phones()),
        "fio": maybe(_LINES),
        "props": maybe(_NOTES),
        "cntr": maybe(_LINES),
        "tariff": maybe(st.integers(0, 8)),
        "mintrf": maybe(st.integers(0, 8)),
        "curr": maybe(st.integers(1, 5)),
        "tz": maybe(st.integers(0, 24)),
        "sender": maybe(_SENDERS),
        "sender2": maybe(_SENDERS),
        "fl2": draw(_flags(UsersFl2)),
        "nb": maybe(_cents(0, _CENTS_MAX)),
        "ktm": maybe(_COUNTS),
        "fmts": maybe(phone_code_filters()),
        "notes": maybe(_NOTES),
        "fl3": draw(_flags(UsersFl3)),
        "ph": maybe(_phone_lists(groups=True)),
        "dlim": maybe(_COUNTS),
        "plim": maybe(_COUNTS),
        "tlim": maybe(_COUNTS),
        "ilim": maybe(_COUNTS),
        "tmlim": maybe(send_at_hours()),
        "vld": maybe(st.integers(1, 1440)),
        "answ": maybe(_REPLIES),
        "answ_call": maybe(_REPLIES),
        "url": maybe(_URLS),
        "mfl": draw(_flags(UsersMfl)),
        "mph": maybe(_phone_lists(groups=False)),
        "mlen": maybe(st.integers(1, 11) | st.integers(13, 1000)),
    }
    mh1, mh2 = maybe(st.integers(0, 23)), maybe(st.integers(1, 24))
    if mh1 is not None and mh2 is not None and mh1 >= mh2:
        mh1 = None
    kw["mh1"], kw["mh2"] = mh1, mh2
    for name, strategy in command_kwargs().items():
        kw[name] = draw(strategy)
    return kw


@st.composite
def _add(draw: st.DrawFn) -> UsersAdd:
    return UsersAdd(
        user=draw(_WORDS),
        password=draw(_PASSWORDS),
        site_id=draw(st.none() | _IDS),
        **draw(_settings()),
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
        password=draw(st.none() | _PASSWORDS),
        pswc=draw(st.none() | _PASSWORDS),
        new_login=draw(st.none() | _WORDS),
        **draw(_settings()),
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


@st.composite
def _period(draw: st.DrawFn, *, start_required: bool) -> dict[str, Any]:
    start = draw(wire_dates() if start_required else st.none() | wire_dates())
    end = draw(st.none() | wire_dates())
    if start is not None and end is not None and start > end:
        start, end = end, start
    return {"start": start, "end": end}


@st.composite
def _get_stat(draw: st.DrawFn) -> UsersGetStat:
    who = draw(st.sampled_from(["none", "user", "user_id"]))
    return UsersGetStat(
        user=draw(_WORDS) if who == "user" else None,
        user_id=draw(_IDS) if who == "user_id" else None,
        balance2=draw(st.none() | st.booleans()),
        reseller=draw(st.none() | st.booleans()),
        hide_deleted=draw(st.none() | st.booleans()),
        mycur=draw(st.none() | st.booleans()),
        **draw(_period(start_required=False)),
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
        hide_deleted=draw(st.none() | st.booleans()),
        mycur=draw(st.none() | st.booleans()),
        **draw(_period(start_required=True)),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def users_get_stat_all_commands() -> st.SearchStrategy[UsersGetStatAll]:
    """Valid :class:`~smsc_proto.commands.UsersGetStatAll` commands.

    ``start`` and ``reseller`` always; ``start`` <= ``end`` when ``end`` is given.
    """
    return _get_stat_all()
