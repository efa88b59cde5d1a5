"""Hypothesis strategies for phones.php reply models (private).

The text and record helpers here serve the mails.php strategies too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from hypothesis import strategies as st

from .._scripts.phones import (
    PhonesAddReply,
    PhonesGetBlackReply,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesOkReply,
)
from ..values import PhoneList, Recipient
from ._phones import phones
from ._time import wire_dates

__all__ = [
    "phones_add_replies",
    "phones_get_black_replies",
    "phones_get_group_replies",
    "phones_get_replies",
    "phones_ok_replies",
]

T = TypeVar("T")

# One-line text in characters every protocol charset carries (windows-1251, koi8-r,
# utf-8): printable ASCII -- with the separators of the fmt=0/1 lines and what XML and
# JSON escape -- and Cyrillic.
_CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_TEXT_CHARS = st.one_of(_ASCII, st.sampled_from(_CYRILLIC))
# The values of a contact line but its first hold no "," (it separates the values).
_NO_COMMA_CHARS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters=","),
    st.sampled_from(_CYRILLIC),
)

_IDS = st.integers(0, 2**63 - 1)
_COUNTS = st.integers(0, 10**6)


def _texts() -> st.SearchStrategy[str]:
    """One-line text that may hold ``,`` (the one free value of its line)."""
    return st.text(_TEXT_CHARS, max_size=20)


def _comma_free_texts() -> st.SearchStrategy[str]:
    """One-line text without ``,``."""
    return st.text(_NO_COMMA_CHARS, max_size=20)


def _lists(records: st.SearchStrategy[T], max_size: int) -> st.SearchStrategy[list[T]]:
    """Replies of 0..``max_size`` records."""
    return st.lists(records, max_size=max_size)


def _recipient_lists(entries: st.SearchStrategy[Recipient]) -> st.SearchStrategy[PhoneList]:
    """The first value of a contact: 1..3 entries, no trailing separator."""
    return st.builds(PhoneList, entries=st.lists(entries, min_size=1, max_size=3).map(tuple))


def _other_recipients(
    entries: st.SearchStrategy[T],
) -> st.SearchStrategy[tuple[T, ...]]:
    """The last value of a contact: 0..3 entries."""
    return st.lists(entries, max_size=3).map(tuple)


def _contacts(
    model: Callable[..., T],
    first: tuple[str, st.SearchStrategy[PhoneList]],
    last: tuple[str, st.SearchStrategy[tuple[Recipient, ...]]],
) -> st.SearchStrategy[T]:
    """Complete contact records of ``model`` with its first and last value named."""
    return st.builds(
        model,
        name=_comma_free_texts(),
        group=_IDS,
        first_name=_comma_free_texts(),
        last_name=_comma_free_texts(),
        middle_name=_comma_free_texts(),
        birthday=st.none() | wire_dates(),  # None: a contact without bd (empty place)
        id=_comma_free_texts(),
        comments=_comma_free_texts(),
        tags=_comma_free_texts(),
        **{first[0]: first[1], last[0]: last[1]},
    )


def _groups(model: Callable[..., T]) -> st.SearchStrategy[T]:
    """Complete group records of ``model``."""
    return st.builds(model, id=_IDS, name=_texts(), number=_IDS, cnt=_COUNTS)


def _black_records(
    model: Callable[..., T], entry: tuple[str, st.SearchStrategy[Recipient]]
) -> st.SearchStrategy[T]:
    """Complete blacklist records of ``model`` with the entry value named."""
    return st.builds(
        model,
        id=_IDS,
        type=st.sampled_from([0, 1, 2]),
        comment=_texts(),
        **{entry[0]: entry[1]},
    )


def phones_add_replies() -> st.SearchStrategy[PhonesAddReply]:
    """Complete :class:`~smsc_proto.responses.PhonesAddReply` models.

    The reply of :class:`~smsc_proto.commands.PhonesAdd`,
    :class:`~smsc_proto.commands.PhonesAddGroup` and
    :class:`~smsc_proto.commands.PhonesAddBlack`.
    """
    return st.builds(PhonesAddReply, id=_IDS)


def phones_ok_replies() -> st.SearchStrategy[PhonesOkReply]:
    """:class:`~smsc_proto.responses.PhonesOkReply` models (``result="OK"``).

    The reply of the phones.php commands that change or delete (and ``move_group``).
    """
    return st.builds(PhonesOkReply, result=st.just("OK"))


def phones_get_replies(*, max_size: int = 3) -> st.SearchStrategy[list[PhonesGetReply]]:
    """Complete replies of :class:`~smsc_proto.commands.PhonesGet`.

    Args:
        max_size: The most contacts in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.PhonesGetReply`, every field set.
    """
    records = _contacts(
        PhonesGetReply,
        ("phone", _recipient_lists(phones())),
        ("phone_other", _other_recipients(phones())),
    )
    return _lists(records, max_size)


def phones_get_group_replies(*, max_size: int = 3) -> st.SearchStrategy[list[PhonesGetGroupReply]]:
    """Complete replies of :class:`~smsc_proto.commands.PhonesGetGroup`.

    Args:
        max_size: The most groups in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.PhonesGetGroupReply`, every field set.
    """
    return _lists(_groups(PhonesGetGroupReply), max_size)


def phones_get_black_replies(*, max_size: int = 3) -> st.SearchStrategy[list[PhonesGetBlackReply]]:
    """Complete replies of :class:`~smsc_proto.commands.PhonesGetBlack`.

    Args:
        max_size: The most entries in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.PhonesGetBlackReply`, every field set.
    """
    return _lists(_black_records(PhonesGetBlackReply, ("phone", phones())), max_size)
