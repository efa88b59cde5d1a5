"""Hypothesis strategies for receive_phones.php reply models (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.receive_phones import (
    ReceivePhonesBuyReply,
    ReceivePhonesChangeReply,
    ReceivePhonesGetReply,
)
from ._phones import phones
from ._replies import money_amounts

__all__ = [
    "receive_phones_buy_replies",
    "receive_phones_change_replies",
    "receive_phones_get_replies",
]

# Operator names and notification types (line 3553) in letters every protocol charset
# carries (windows-1251, koi8-r, utf-8), with the separators of the fmt=0/1 lines and the
# characters XML and JSON escape; no line break (one record per line in fmt=0/1).
_INFO_CHARS = "abcXYZ019 ,.;:=-_()/<>&'\"МТСБилайнМегафонёЁ"


def _records() -> st.SearchStrategy[ReceivePhonesGetReply]:
    return st.builds(
        ReceivePhonesGetReply,
        phone=phones(),
        type=st.sampled_from([1, 2, 4]),
        cost=money_amounts(signed=False),
        current_cost=money_amounts(signed=False),
        info=st.text(_INFO_CHARS, max_size=30),
    )


def receive_phones_get_replies(
    *, max_size: int = 4
) -> st.SearchStrategy[list[ReceivePhonesGetReply]]:
    """Complete replies of :class:`~smsc_proto.commands.ReceivePhonesGet`.

    Args:
        max_size: The most numbers in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.ReceivePhonesGetReply`, every field set.
    """
    return st.lists(_records(), max_size=max_size)


def receive_phones_buy_replies() -> st.SearchStrategy[ReceivePhonesBuyReply]:
    """Complete :class:`~smsc_proto.responses.ReceivePhonesBuyReply` models."""
    return st.builds(ReceivePhonesBuyReply, cost=money_amounts(signed=False))


def receive_phones_change_replies() -> st.SearchStrategy[ReceivePhonesChangeReply]:
    """:class:`~smsc_proto.responses.ReceivePhonesChangeReply` models (``result="OK"``)."""
    return st.builds(ReceivePhonesChangeReply, result=st.just("OK"))
