"""Hypothesis strategies for reply models (private).

Each strategy draws a complete model for one reply shape: every field the shape
declares has a value, so the model can be written in every format; a format that does
not carry a field decodes it as ``None``.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from .._scripts.balance import BalanceReply
from .._scripts.send import SendReply
from ._time import message_ids

__all__ = ["balance_replies", "money_amounts", "send_replies"]

# Letters every protocol charset carries (windows-1251, koi8-r, utf-8).
_CURRENCY_LETTERS = "RUBKZTUAHEDrubрубтенгрнРУБ"


def money_amounts(*, signed: bool = True) -> st.SearchStrategy[Decimal]:
    """Amounts of money with up to two decimals (negative when ``signed``)."""
    low = Decimal("-999999999.99") if signed else Decimal(0)
    return st.decimals(min_value=low, max_value=Decimal("999999999.99"), places=2)


def balance_replies(*, cur: bool = False) -> st.SearchStrategy[BalanceReply]:
    """Complete :class:`~smsc_proto.responses.BalanceReply` models for ``cur``."""
    if not cur:
        return st.builds(BalanceReply, balance=money_amounts())
    return st.builds(
        BalanceReply,
        balance=money_amounts(),
        credit=st.none() | money_amounts(signed=False),
        currency=st.text(_CURRENCY_LETTERS, min_size=1, max_size=5),
    )


def send_replies(*, cost: int = 0) -> st.SearchStrategy[SendReply]:
    """Complete :class:`~smsc_proto.responses.SendReply` models for ``cost`` 0..3."""
    counts = st.integers(0, 10**6)
    if cost == 1:
        return st.builds(SendReply, cost=money_amounts(signed=False), cnt=counts)
    return st.builds(
        SendReply,
        id=message_ids(),
        cnt=counts,
        cost=money_amounts(signed=False) if cost >= 2 else st.none(),
        balance=money_amounts() if cost == 3 else st.none(),
    )
