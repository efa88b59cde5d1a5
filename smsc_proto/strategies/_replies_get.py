"""Hypothesis strategies for get.php reply models (private).

Each strategy draws a list of complete records, so a reply can be written in every
format it has; a format that does not carry a field (fmt=0 the timestamps, fmt=1 the
dates of get_messages) decodes it as ``None``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.get import (
    GetAnswersReply,
    GetMessagesReply,
    GetPriceCode,
    GetPriceReply,
    GetPriceZone,
    GetStatReply,
)
from ._replies import money_amounts
from ._time import message_ids, wire_datetimes

__all__ = [
    "get_answers_replies",
    "get_messages_replies",
    "get_price_replies",
    "get_stat_replies",
]

# Characters every protocol charset carries (windows-1251, koi8-r, utf-8), with the
# template's own "=", ":" and spaces and the XML-special "&<>'\"", but no comma and no
# line break: the text fields other than the message sit between commas in fmt=0/1.
_PLAIN = "abcxyzABCXYZ0189 .-_+()/:;=&<>'\"АБВЖЯабвжяЁё"
_CURRENCY = "RUBKZTUAHEDрубтенгрнРУБ"
_INT32 = st.integers(-(2**31), 2**31 - 1)
_UINT63 = st.integers(0, 2**63 - 1)
_GLOBAL_IDS = st.integers(1, 2**63 - 1)


def _plain(*, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(_PLAIN, min_size=min_size, max_size=20)


def _message_texts(*, line_breaks: bool) -> st.SearchStrategy[str]:
    """Message texts with commas and pieces of the templates' own separators."""
    pieces = st.one_of(
        st.text(_PLAIN + ",", max_size=12),
        st.sampled_from(
            [",", ", ", ", type = 1", ", ID = 7, int_id = 8", ", to_phone = 7999", ",0,1,2"]
        ),
        st.just("\n") if line_breaks else st.nothing(),
    )
    return st.lists(pieces, max_size=5).map("".join)


def get_messages_replies(
    *, line_breaks: bool = False, max_size: int = 3
) -> st.SearchStrategy[list[GetMessagesReply]]:
    """Lists of complete :class:`~smsc_proto.responses.GetMessagesReply` records.

    Messages hold commas and pieces of the fmt=0 template (``, type = 1``); the other
    text fields hold none (they sit between commas in fmt=0/1).

    Args:
        line_breaks: Let messages hold line breaks too; such replies travel in fmt=2/3
            only (a fmt=0/1 record is one line).
        max_size: The most records.
    """
    record = st.builds(
        GetMessagesReply,
        status=_INT32,
        last_date=wire_datetimes(),
        last_timestamp=_UINT63,
        err=_INT32,
        send_date=wire_datetimes(),
        send_timestamp=_UINT63,
        phone=_plain(),
        cost=money_amounts(signed=False),
        sender_id=_plain(),
        status_name=_plain(),
        message=_message_texts(line_breaks=line_breaks),
        mccmnc=st.text("0123456789", min_size=5, max_size=6),
        country=_plain(),
        operator=_plain(),
        region=_plain(),
        type=st.integers(0, 12),
        id=message_ids(),
        int_id=_GLOBAL_IDS,
        sms_cnt=st.integers(0, 1000),
        format=st.integers(0, 12),
        crc=st.integers(-(2**63), 2**63 - 1),
    )
    return st.lists(record, max_size=max_size)


def get_answers_replies(
    *, line_breaks: bool = False, max_size: int = 3
) -> st.SearchStrategy[list[GetAnswersReply]]:
    """Lists of complete :class:`~smsc_proto.responses.GetAnswersReply` records.

    Args:
        line_breaks: Let messages hold line breaks too; such replies travel in fmt=2/3
            only (a fmt=0/1 record is one line).
        max_size: The most records.
    """
    record = st.builds(
        GetAnswersReply,
        id=_GLOBAL_IDS,
        received=wire_datetimes(),
        phone=_plain(),
        message=_message_texts(line_breaks=line_breaks),
        to_phone=_plain(),
        sent=wire_datetimes(),
    )
    return st.lists(record, max_size=max_size)


def get_stat_replies(*, max_size: int = 3) -> st.SearchStrategy[list[GetStatReply]]:
    """Lists of complete :class:`~smsc_proto.responses.GetStatReply` records.

    Args:
        max_size: The most records.
    """
    record = st.builds(
        GetStatReply,
        login=_plain(min_size=1),
        sms=st.integers(0, 10**9),
        credit=money_amounts(signed=False),
        debit=money_amounts(signed=False),
        currency=st.text(_CURRENCY, min_size=1, max_size=5),
    )
    return st.lists(record, max_size=max_size)


def get_price_replies() -> st.SearchStrategy[GetPriceReply]:
    """Complete :class:`~smsc_proto.responses.GetPriceReply` models: one or more zones,
    no operator tariffs (``None``) or some, and the e-mail price."""
    amounts = money_amounts(signed=False)
    zones = st.builds(
        GetPriceZone,
        zone=st.integers(0, 2**31 - 1),
        name=_plain(),
        api=amounts,
        mass=amounts,
        mms=amounts,
        hlr=amounts,
        call=amounts,
    )
    codes = st.builds(
        GetPriceCode, mccmnc=st.text("0123456789", min_size=5, max_size=6), cost=amounts
    )
    return st.builds(
        GetPriceReply,
        zones=st.lists(zones, min_size=1, max_size=3).map(tuple),
        codes=st.none() | st.lists(codes, min_size=1, max_size=3).map(tuple),
        mail=amounts,
    )
