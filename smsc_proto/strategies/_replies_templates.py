"""Hypothesis strategies for the replies of templates.php and op_templates.php (private).

Each strategy draws complete replies: every field a shape declares has a value. The
list replies (``get=1`` of templates.php, both op_templates.php commands) are drawn as
lists of records, as :func:`~smsc_proto.decode_response` returns them.
"""

from __future__ import annotations

from typing import TypeVar

from hypothesis import strategies as st

from .._scripts.templates import (
    OpTemplatesAddReply,
    OpTemplatesGetReply,
    TemplatesAddReply,
    TemplatesGetReply,
    TemplatesOkReply,
)

__all__ = [
    "op_templates_add_replies",
    "op_templates_get_replies",
    "templates_add_replies",
    "templates_get_replies",
    "templates_ok_replies",
]

_R = TypeVar("_R", OpTemplatesAddReply, OpTemplatesGetReply)

_INT32_MAX = 2_147_483_647
_IDS = st.integers(1, _INT32_MAX)
# Characters every protocol charset carries (windows-1251, koi8-r, utf-8), with those
# the layouts treat specially: XML and JSON markup, "=" of fmt=0 and "," of fmt=1.
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_NO_COMMA = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-_!?:;=()'\"<>&{}\\/"
    + _CYRILLIC
)
_ANY = _NO_COMMA + ","
_FORMATS = st.sampled_from(["", "sms", "flash", "bin", "push", "mms", "call", "mail", "viber"])
# The operator flags of the request (lines 851-864) are the likely operator names.
_OPERATORS = st.sampled_from(
    [
        "mts_srv",
        "mts_auth",
        "mts_trn",
        "mega_srv",
        "mega_auth",
        "mega_trn",
        "mega_adv",
        "bee_srv",
        "bee_trn",
        "tele2_srv",
        "tele2_trn",
        "motiv_srv",
        "motiv_trn",
        "soc",
    ]
)


def templates_add_replies() -> st.SearchStrategy[TemplatesAddReply]:
    """Complete :class:`~smsc_proto.responses.TemplatesAddReply` models."""
    return st.builds(TemplatesAddReply, id=_IDS)


def templates_ok_replies() -> st.SearchStrategy[TemplatesOkReply]:
    """The :class:`~smsc_proto.responses.TemplatesOkReply` of a change or a deletion.

    The reply has one form (``result="OK"``, lines 782-791), so the strategy draws one
    model.
    """
    return st.just(TemplatesOkReply(result="OK"))


def templates_get_replies(
    *, text_form: bool = True, max_size: int = 4
) -> st.SearchStrategy[list[TemplatesGetReply]]:
    """Lists of complete :class:`~smsc_proto.responses.TemplatesGetReply` models.

    Args:
        text_form: Draw only templates fmt=0/1 can carry too: no comma in ``name`` or
            ``sender`` (they are comma-separated fields there) and ``message`` on one
            line (one line per template). ``False`` also draws commas and multi-line
            messages, which only fmt=2/3 carry.
        max_size: The most templates in a list.
    """
    one_line = _NO_COMMA if text_form else _ANY
    message = st.text(_ANY, max_size=30)
    if not text_form:
        message = st.text(st.sampled_from(_ANY) | st.sampled_from("\n\t"), max_size=30)
    record = st.builds(
        TemplatesGetReply,
        id=_IDS,
        name=st.text(one_line, min_size=1, max_size=20),
        format=_FORMATS,
        sender=st.text(one_line, max_size=11),
        flag=st.integers(0, _INT32_MAX),
        message=message,
    )
    return st.lists(record, max_size=max_size)


def _operator_records(
    model: type[_R], statuses: tuple[int, ...], max_size: int
) -> st.SearchStrategy[list[_R]]:
    record = st.builds(
        model,
        name=_OPERATORS | st.text(_ANY, min_size=1, max_size=20),
        status=st.sampled_from(statuses),
        id=st.integers(0, _INT32_MAX),
    )
    return st.lists(record, max_size=max_size)


def op_templates_add_replies(*, max_size: int = 4) -> st.SearchStrategy[list[OpTemplatesAddReply]]:
    """Lists of complete :class:`~smsc_proto.responses.OpTemplatesAddReply` models.

    Statuses -2, -1 and 1 (lines 952-955).

    Args:
        max_size: The most records in a list.
    """
    return _operator_records(OpTemplatesAddReply, (-2, -1, 1), max_size)


def op_templates_get_replies(*, max_size: int = 4) -> st.SearchStrategy[list[OpTemplatesGetReply]]:
    """Lists of complete :class:`~smsc_proto.responses.OpTemplatesGetReply` models.

    Statuses -1..4 (lines 957-963).

    Args:
        max_size: The most records in a list.
    """
    return _operator_records(OpTemplatesGetReply, (-1, 0, 1, 2, 3, 4), max_size)
