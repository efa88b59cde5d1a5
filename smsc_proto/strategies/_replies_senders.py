"""Hypothesis strategies for senders.php reply models (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.senders import (
    SendersAddReply,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
)

__all__ = [
    "senders_add_replies",
    "senders_get_operators_replies",
    "senders_get_replies",
    "senders_ok_replies",
]

_IDS = st.integers(1, 2_147_483_647)
# Names in the letters every protocol charset carries (windows-1251, koi8-r, utf-8):
# printable ASCII (line 52) and Cyrillic; one line each. The samples hold the fmt=0/1
# separators, which a name before numbers may hold.
_LETTERS = "".join(map(chr, range(0x20, 0x7F))) + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯ"
_NAMES = st.one_of(
    st.sampled_from(["my_shop", "79999999999", "shop@example.com", "Магазин", "a, id = 5"]),
    st.text(_LETTERS, min_size=1, max_size=15),
)
# Spec (line 2795): 0, 1, 2; other codes decode as they come.
_NAME_STATUSES = st.sampled_from([0, 1, 2]) | st.integers(0, 1000)
# Spec (line 2794): 0..5, 8, 9, 255; other codes decode as they come.
_OPERATOR_STATUSES = st.sampled_from([0, 1, 2, 3, 4, 5, 8, 9, 255]) | st.integers(0, 1000)
_OPERATORS = (
    "mega_step",
    "mega_int",
    "bee_step",
    "motiv",
    "motiv_step",
    "motiv_int",
    "sber_step",
    "sber_int",
    "winmob_step",
    "volnamob_step",
    "mts_step",
    "mts_int",
    "tele2_step",
    "tele2",
    "tele2_int",
    "ua_reg",
    "ua_int",
    "by_reg",
    "by_int",
)


def senders_get_replies(*, all: int = 0) -> st.SearchStrategy[list[SendersGetReply]]:
    """Replies of :class:`~smsc_proto.commands.SendersGet` for ``all`` 0 or 1: lists of
    complete :class:`~smsc_proto.responses.SendersGetReply` models (``status`` with
    ``all=1`` only)."""
    record = st.builds(
        SendersGetReply,
        sender=_NAMES,
        status=_NAME_STATUSES if all else st.none(),
        id=_IDS,
    )
    return st.lists(record, max_size=4)


def senders_get_operators_replies(
    *,
    all: int = 0,
) -> st.SearchStrategy[list[SendersGetOperatorsReply]]:
    """Replies of :class:`~smsc_proto.commands.SendersGet` with ``operators=1``: lists of
    complete :class:`~smsc_proto.responses.SendersGetOperatorsReply` models (with
    ``all=1``, ``status`` may be set)."""
    record = st.builds(
        SendersGetOperatorsReply,
        sender=_NAMES,
        status=(st.none() | _NAME_STATUSES) if all else st.none(),
        id=_IDS,
        **dict.fromkeys(_OPERATORS, _OPERATOR_STATUSES),
    )
    return st.lists(record, max_size=3)


def senders_add_replies() -> st.SearchStrategy[SendersAddReply]:
    """Complete :class:`~smsc_proto.responses.SendersAddReply` models."""
    return st.builds(SendersAddReply, id=_IDS)


def senders_ok_replies() -> st.SearchStrategy[SendersOkReply]:
    """The :class:`~smsc_proto.responses.SendersOkReply` of chg, send_code, check_code
    and del (always ``result="OK"``)."""
    return st.just(SendersOkReply(result="OK"))
