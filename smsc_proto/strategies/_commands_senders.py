"""Hypothesis strategies for senders.php commands (private)."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from .._scripts.senders import (
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
)
from .._wire import Attachment
from ._commands_common import command_kwargs
from ._phones import email_addresses
from ._time import wire_dates

__all__ = [
    "senders_add_commands",
    "senders_change_commands",
    "senders_check_code_commands",
    "senders_delete_commands",
    "senders_get_commands",
    "senders_send_code_commands",
]

_IDS = st.integers(1, 2_147_483_647)
_CHARS = st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"])
# Free text always includes Cyrillic and emoji samples, besides any printable text.
_SAMPLES = ("Магазин", "ООО «Ромашка»", "Shop 🛒", "Привет 👋", "г. Минск, ул. Ленина, 1")
_LINES = st.one_of(st.sampled_from(_SAMPLES), st.text(_CHARS, min_size=1, max_size=20))
_TEXTS = st.one_of(
    st.sampled_from(_SAMPLES),
    st.sampled_from(_SAMPLES).map(lambda s: s + "\n" + s),
    st.text(st.one_of(_CHARS, st.sampled_from("\n\t")), min_size=1, max_size=30),
)
_COMMENTS = st.one_of(st.just(""), _TEXTS)
# Line 52: at most 11 printable ASCII characters, or at most 15 digits.
_SMS_SENDERS = st.one_of(
    st.text(string.ascii_letters + string.digits + " .-_!", min_size=1, max_size=11),
    st.text(string.digits, min_size=12, max_size=15),
)
_DIGITAL_SENDERS = st.text(string.digits, min_size=1, max_size=15)
_EMAILS = email_addresses().map(lambda e: e.address)
_EXISTING_SENDERS = st.one_of(_SMS_SENDERS, _EMAILS)
_LOGINS = st.text(string.ascii_letters + string.digits + "_.-", min_size=1, max_size=20)
_CODES = st.text(string.ascii_letters + string.digits, min_size=1, max_size=32)
_FLAG = st.none() | st.booleans()
_PLAIN_FLAGS = (
    "mts_step",
    "sber_step",
    "tele2",
    "motiv",
    "mega_step",
    "bee_step",
    "motiv_step",
    "winmob_step",
    "volnamob_step",
    "tele2_step",
)
_DOC_EXTENSIONS = ("jpg", "jpeg", "tif", "tiff", "pdf", "png", "zip", "rar", "PDF")
# Built once: a strategy built inside a draw is validated anew on every example.
_EMAIL_ADDRESSES = email_addresses()
_OCUPS = st.integers(1, 19)
_BY_TYPES = st.integers(1, 3)
_STEMS = st.text(string.ascii_letters + string.digits + "_ -", min_size=1, max_size=8)
_EXTENSIONS = st.sampled_from(_DOC_EXTENSIONS)
_CONTENTS = st.binary(max_size=32)
_MAYBE_TEXTS = st.none() | _TEXTS
_MAYBE_GET_FMT = st.sampled_from([2, 3])
_MAYBE_ALL = st.none() | st.sampled_from([0, 1])
_MAYBE_LOGINS = st.none() | _LOGINS
_MAYBE_DATES = st.none() | wire_dates()
_MAYBE_IDS = st.none() | _IDS
_MAYBE_CNT = st.none() | st.integers(1, 15000)
_MAYBE_COMMENTS = st.none() | _COMMENTS
_MAYBE_LINES = st.none() | _LINES


def _shared(draw: st.DrawFn) -> dict[str, Any]:
    return {name: draw(strategy) for name, strategy in command_kwargs().items()}


def _registration(draw: st.DrawFn) -> dict[str, Any]:
    """Operator flags, and the Ukraine / Belarus details exactly when their flag is 1."""
    kw: dict[str, Any] = {name: draw(_FLAG) for name in _PLAIN_FLAGS}
    for name in ("ua_reg", "ua_int", "by_reg", "by_int"):
        kw[name] = draw(_FLAG)
    if kw["ua_reg"] or kw["ua_int"]:
        kw.update(
            fio=draw(_LINES),
            inn=draw(_LINES),
            site=draw(_LINES),
            email=draw(_EMAIL_ADDRESSES),
            address=draw(_LINES),
            desc=draw(_TEXTS),
            subj=draw(_LINES),
        )
    if kw["by_reg"] or kw["by_int"]:
        kw.update(
            by_fio=draw(_LINES),
            by_inn=draw(_LINES),
            by_address=draw(_LINES),
            by_ocup=draw(_OCUPS),
            by_type=draw(_BY_TYPES),
            by_mes=draw(_TEXTS),
            by_site=draw(_LINES),
        )
    return kw


def _document(draw: st.DrawFn) -> dict[str, Any]:
    """No file, or one small document file with an optional ``doc_info``."""
    if not draw(st.booleans()):
        return {}
    filename = draw(_STEMS) + "." + draw(_EXTENSIONS)
    content = draw(_CONTENTS)
    return {
        "attachments": (Attachment(name="file0", filename=filename, content=content),),
        "doc_info": draw(_MAYBE_TEXTS),
    }


@st.composite
def _get(draw: st.DrawFn) -> SendersGet:
    kw = _shared(draw)
    # Line 2669: files=1 only in the xml and json replies.
    files = draw(_FLAG)
    if files and kw["fmt"] not in (2, 3):
        kw["fmt"] = draw(_MAYBE_GET_FMT)
    return SendersGet(
        all=draw(_MAYBE_ALL),
        user=draw(_MAYBE_LOGINS),
        operators=draw(_FLAG),
        from_date=draw(_MAYBE_DATES),
        prev_id=draw(_MAYBE_IDS),
        cnt=draw(_MAYBE_CNT),
        files=files,
        **kw,
    )


def senders_get_commands() -> st.SearchStrategy[SendersGet]:
    """Valid :class:`~smsc_proto.commands.SendersGet` commands.

    ``files=1`` comes with ``fmt`` 2 or 3 (line 2669).
    """
    return _get()


@st.composite
def _add(draw: st.DrawFn) -> SendersAdd:
    mail = draw(_FLAG)
    kw = _shared(draw) | _registration(draw) | _document(draw)
    return SendersAdd(
        sender=draw(_EMAILS if mail else _SMS_SENDERS),
        cmt=draw(_MAYBE_COMMENTS),
        mail=mail,
        name=draw(_MAYBE_LINES) if mail else None,
        user=draw(_MAYBE_LOGINS),
        **kw,
    )


def senders_add_commands() -> st.SearchStrategy[SendersAdd]:
    """Valid :class:`~smsc_proto.commands.SendersAdd` commands.

    An SMS sender name (line 52), or an e-mail address with ``mail=1`` (and maybe
    ``name``); any operator flags; the Ukraine and Belarus details exactly when one of
    their flags is 1; sometimes one document file (with or without ``doc_info``).
    Free-text fields include Cyrillic and emoji.
    """
    return _add()


@st.composite
def _change(draw: st.DrawFn) -> SendersChange:
    kw = _shared(draw) | _registration(draw) | _document(draw)
    by_id = draw(st.booleans())
    return SendersChange(
        sender=None if by_id else draw(_EXISTING_SENDERS),
        id=draw(_IDS) if by_id else None,
        cmt=draw(_COMMENTS),
        user=draw(_MAYBE_LOGINS),
        **kw,
    )


def senders_change_commands() -> st.SearchStrategy[SendersChange]:
    """Valid :class:`~smsc_proto.commands.SendersChange` commands.

    ``sender`` (a sender name or an e-mail sender) or ``id``, a ``cmt`` (sometimes
    empty), and the registrations and document file of :func:`senders_add_commands`.
    """
    return _change()


def senders_send_code_commands() -> st.SearchStrategy[SendersSendCode]:
    """Valid :class:`~smsc_proto.commands.SendersSendCode` commands.

    A digital name of 1..15 digits; ``site`` an SMS sender name (line 2660).
    """
    return st.builds(
        SendersSendCode,
        sender=_DIGITAL_SENDERS,
        site=st.none() | _SMS_SENDERS,
        site_name=st.none() | _LINES,
        user=st.none() | _LOGINS,
        **command_kwargs(),
    )


def senders_check_code_commands() -> st.SearchStrategy[SendersCheckCode]:
    """Valid :class:`~smsc_proto.commands.SendersCheckCode` commands."""
    return st.builds(
        SendersCheckCode,
        sender=_DIGITAL_SENDERS,
        code=_CODES,
        user=st.none() | _LOGINS,
        **command_kwargs(),
    )


@st.composite
def _delete(draw: st.DrawFn) -> SendersDelete:
    by_id = draw(st.booleans())
    return SendersDelete(
        sender=None if by_id else draw(_EXISTING_SENDERS),
        id=draw(_IDS) if by_id else None,
        user=draw(_MAYBE_LOGINS),
        **_shared(draw),
    )


def senders_delete_commands() -> st.SearchStrategy[SendersDelete]:
    """Valid :class:`~smsc_proto.commands.SendersDelete` commands (``sender`` or ``id``)."""
    return _delete()
