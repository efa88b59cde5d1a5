"""Hypothesis strategies for status.php reply models (private).

Each strategy draws complete models for one reply shape: every field the shape carries
has a value, so the model can be written in every format the shape has (fmt=0/1 leave
some of them out and decode them as ``None``).
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal

from hypothesis import strategies as st

from .._scripts.status import (
    HlrStatusReply,
    SmsStatusReply,
    StatusDeleteReply,
    StatusNotFoundReply,
)
from ..values import MessageType
from ._flags import message_types, status_flags
from ._replies import money_amounts
from ._time import message_ids, wire_datetimes

__all__ = [
    "status_delete_replies",
    "status_query_multiple_replies",
    "status_query_replies",
]

# Letters every protocol charset carries (windows-1251, koi8-r, utf-8), the separators
# of fmt=0/1 lines and a few signs.
_LETTERS: Final = "ABXYZabxyz0189 .-_()'!?=,абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙЯ"
# fmt=0 reads a name up to the next ", <key> = " (or "operator_orig= ").
_SEPARATOR: Final = re.compile(r", \w+ ?= ")


def _fmt0_safe(text: str) -> bool:
    return _SEPARATOR.search(text) is None


def _fmt1_safe(text: str) -> bool:
    return "," not in text


def _names(*, commas: bool) -> st.SearchStrategy[str]:
    """One-line names; fmt=1 lines (``commas=False``) carry no comma in them."""
    alphabet = _LETTERS if commas else _LETTERS.replace(",", "")
    return st.text(alphabet, max_size=12).filter(_fmt0_safe)


def _digits() -> st.SearchStrategy[str]:
    return st.text("0123456789", max_size=15)


def _kwargs(kind: str, level: int) -> dict[str, st.SearchStrategy[Any]]:
    """The fields of the SMS or HLR status shape of ``all=level``, and their values."""
    kw: dict[str, st.SearchStrategy[Any]] = {
        "status": st.integers(-(2**31), 2**31 - 1),
        "last_date": wire_datetimes(),
        "last_timestamp": st.integers(0, 2**40),
        "flag": status_flags(),
        "err": st.integers(0, 2**31 - 1),
    }
    # Every single reply has a fmt=1 line, whose names hold no comma.
    names = _names(commas=False)
    if kind == "hlr":
        kw.update({name: _digits() for name in ("imsi", "msc", "mcc", "mnc")})
        kw.update(dict.fromkeys(("cn", "net", "rcn", "rnet"), names))
    if level == 0:
        return kw
    kw.update(
        {
            "send_date": wire_datetimes(),
            "send_timestamp": st.integers(0, 2**40),
            "phone": names,
            "cost": money_amounts(signed=False),
            "sender_id": names,
            "status_name": names,
            # fmt=1 tells SMS and HLR lines apart by type (4 is HLR, line 1787).
            "type": st.just(MessageType.HLR)
            if kind == "hlr"
            else message_types().filter(lambda t: t != MessageType.HLR),
        }
    )
    if kind == "hlr":
        kw["message"] = st.text(_LETTERS + "\n", max_size=30).filter(_fmt1_safe)
    else:
        # The fmt=1 line "<sender>,<status_name>,<message>, <comment>, <type>" reads one
        # way only when none of its texts holds a comma.
        kw["message"] = st.text(_LETTERS + "\n", max_size=30).filter(_fmt1_safe)
        kw["comment"] = st.text(_LETTERS + "\n", max_size=12).filter(_fmt0_safe).filter(_fmt1_safe)
        kw["sms_cnt"] = st.integers(0, 10**6)
    if level == 2:
        kw.update(dict.fromkeys(("country", "operator", "region"), names))
        if kind == "sms":
            kw["mccmnc"] = _digits()
            kw["operator_orig"] = names
    return kw


def status_query_replies(
    *, all: int = 0, kind: Literal["sms", "hlr", "not_found"] = "sms"
) -> st.SearchStrategy[SmsStatusReply | HlrStatusReply | StatusNotFoundReply]:
    """Complete replies of a single :class:`~smsc_proto.commands.StatusQuery`.

    Args:
        all: The request's ``all`` (0, 1 or 2).
        kind: ``"sms"`` (:class:`~smsc_proto.responses.SmsStatusReply`), ``"hlr"``
            (:class:`~smsc_proto.responses.HlrStatusReply`) or ``"not_found"``
            (:class:`~smsc_proto.responses.StatusNotFoundReply`, status -3).
    """
    if kind == "not_found":
        return st.just(StatusNotFoundReply(status=-3))
    model = SmsStatusReply if kind == "sms" else HlrStatusReply
    return st.builds(model, **_kwargs(kind, all))


def status_query_multiple_replies(
    *, all: int = 0, kind: Literal["sms", "hlr"] = "sms"
) -> st.SearchStrategy[list[SmsStatusReply] | list[HlrStatusReply]]:
    """Complete replies (1..4 records) of a multiple :class:`~smsc_proto.commands.StatusQuery`.

    Each record adds the message ``id``, and with ``all=0`` the ``phone`` (QUIRKS
    INC-22).

    Args:
        all: The request's ``all`` (0, 1 or 2).
        kind: ``"sms"`` or ``"hlr"``: every record of one list is of the same kind.
    """
    kw = _kwargs(kind, all)
    kw["id"] = message_ids()
    if all == 0:
        # A recipient of the request's comma-separated list: no comma.
        kw["phone"] = _names(commas=False)
    if kind == "sms":
        return st.lists(st.builds(SmsStatusReply, **kw), min_size=1, max_size=4)
    return st.lists(st.builds(HlrStatusReply, **kw), min_size=1, max_size=4)


def status_delete_replies() -> st.SearchStrategy[StatusDeleteReply]:
    """The reply of :class:`~smsc_proto.commands.StatusDelete` (``OK``)."""
    return st.just(StatusDeleteReply(result="OK"))
