"""Hypothesis strategies for wait_call.php reply models (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.wait_call import WaitCallReply
from ..values import Phone
from ._phones import phones

__all__ = ["wait_call_replies"]


def _reply(numbers: list[Phone]) -> WaitCallReply:
    # Line 3807: "the first is the number to which the subscriber needs to call".
    return WaitCallReply(phone=numbers[0], all_phones=tuple(numbers))


def wait_call_replies(*, max_size: int = 5) -> st.SearchStrategy[WaitCallReply]:
    """Complete :class:`~smsc_proto.responses.WaitCallReply` models.

    The number to call is the first of ``all_phones`` (line 3807), so a drawn model reads
    the same in fmt=0 and fmt=1.

    Args:
        max_size: The most numbers in ``all_phones`` (at least one).
    """
    return st.lists(phones(), min_size=1, max_size=max_size).map(_reply)
