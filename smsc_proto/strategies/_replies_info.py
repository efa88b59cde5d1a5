"""Hypothesis strategies for info.php reply models (private)."""

from __future__ import annotations

import string

from hypothesis import strategies as st

from .._scripts.info import InfoGetOperatorReply

__all__ = ["info_get_operator_list_replies", "info_get_operator_replies"]

# Letters every protocol charset carries (windows-1251, koi8-r, utf-8): printable ASCII
# and Cyrillic, without the comma no name may hold in fmt=0/1.
_LETTERS = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != ",") + (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
)
_NAMES = st.one_of(
    st.sampled_from(["Россия", 'ПАО "МТС"', "Москва и Московская область", "Tele2", ""]),
    st.text(_LETTERS, max_size=25),
)
_PHONES = st.builds(
    lambda plus, digits: ("+" if plus else "") + digits,
    st.booleans(),
    st.text(string.digits, min_size=1, max_size=15),
)


def _records(phone: st.SearchStrategy[str | None]) -> st.SearchStrategy[InfoGetOperatorReply]:
    return st.builds(
        InfoGetOperatorReply,
        phone=phone,
        country=_NAMES,
        operator=_NAMES,
        region=_NAMES,
        mcc=st.text("0123456789", min_size=3, max_size=3),
        mnc=st.text("0123456789", min_size=2, max_size=3),
        tz=st.integers(-24, 24),
    )


def info_get_operator_replies() -> st.SearchStrategy[InfoGetOperatorReply]:
    """Complete :class:`~smsc_proto.responses.InfoGetOperatorReply` models for one number
    (no ``phone``)."""
    return _records(st.none())


def info_get_operator_list_replies() -> st.SearchStrategy[list[InfoGetOperatorReply]]:
    """Replies for several numbers: lists of complete
    :class:`~smsc_proto.responses.InfoGetOperatorReply` models, each with its ``phone``."""
    return st.lists(_records(_PHONES), max_size=4)
