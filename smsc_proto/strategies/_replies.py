"""Hypothesis strategies for reply models (private).

Each strategy draws a complete model for one reply shape: every field the shape
declares has a value, so the model can be written in every format; a format that does
not carry a field decodes it as ``None``.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from .._scripts.balance import BalanceReply
from .._scripts.send import SendPhone, SendReply
from ._time import message_ids

__all__ = ["balance_replies", "money_amounts", "send_phones", "send_replies"]

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


# A recipient as an op=1 reply prints it: a phone, an e-mail address (Cyrillic ones too:
# every protocol charset carries them) or a Telegram id / nickname.
_RECIPIENTS = st.one_of(
    st.from_regex(r"\+?[0-9]{3,15}", fullmatch=True),
    st.from_regex(r"[a-z0-9._-]{1,20}@[a-z0-9-]{1,20}\.[a-z]{2,6}", fullmatch=True),
    st.from_regex(r"[а-яё]{1,10}@[а-яё]{1,10}\.рф", fullmatch=True),
    st.from_regex(r"#[0-9]{1,12}|@[A-Za-z][A-Za-z0-9_]{3,31}", fullmatch=True),
)


def send_phones() -> st.SearchStrategy[SendPhone]:
    """Complete :class:`~smsc_proto.responses.SendPhone` records (one recipient of an
    ``op=1`` reply): a phone, e-mail address or Telegram id, an ``mccmnc`` of 0..6
    digits, a cost, a status code (negative ones included) and an error code."""
    return st.builds(
        SendPhone,
        phone=_RECIPIENTS,
        mccmnc=st.from_regex(r"[0-9]{0,6}", fullmatch=True),
        cost=money_amounts(signed=False),
        status=st.integers(-(2**31), 2**31 - 1),
        error=st.integers(0, 2**31 - 1),
    )


def send_replies(
    *, cost: int = 0, op: bool = False, max_phones: int = 5
) -> st.SearchStrategy[SendReply]:
    """Complete :class:`~smsc_proto.responses.SendReply` models for ``cost`` 0..3.

    Args:
        cost: The request's ``cost`` (0..3): which of ``id``, ``cost`` and ``balance``
            the reply carries.
        op: The request's ``op``: the reply also lists its recipients (``phones``, 0 to
            ``max_phones`` records); ``None`` without it.
        max_phones: The most recipients of an ``op=1`` reply.
    """
    counts = st.integers(0, 10**6)
    phones = st.lists(send_phones(), max_size=max_phones).map(tuple) if op else st.none()
    if cost == 1:
        return st.builds(SendReply, cost=money_amounts(signed=False), cnt=counts, phones=phones)
    return st.builds(
        SendReply,
        id=message_ids(),
        cnt=counts,
        cost=money_amounts(signed=False) if cost >= 2 else st.none(),
        balance=money_amounts() if cost == 3 else st.none(),
        phones=phones,
    )
