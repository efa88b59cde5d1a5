"""Hypothesis strategies for the replies of ping.php (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.ping import PingReply

__all__ = ["ping_replies"]


def ping_replies() -> st.SearchStrategy[PingReply]:
    """The :class:`~smsc_proto.responses.PingReply` (``result="OK"``, lines 1018-1028).

    The reply has one form, so the strategy draws one model; it is there so that code
    written against any command's strategies finds one for ping.php too.
    """
    return st.just(PingReply(result="OK"))
