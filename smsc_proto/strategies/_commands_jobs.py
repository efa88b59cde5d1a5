"""Hypothesis strategies for jobs.php commands (private)."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from .._scripts.jobs import JobsAdd, JobsCancel, JobsDelete, JobsGet, JobsGetAll
from ._commands_common import command_kwargs
from ._commands_send import _MESSAGE_FIELDS, _carriable_bin1
from ._time import message_ids, wire_dates

__all__ = [
    "jobs_add_commands",
    "jobs_cancel_commands",
    "jobs_delete_commands",
    "jobs_get_all_commands",
    "jobs_get_commands",
]

_INT32 = st.integers(1, 2_147_483_647)
_NAMES = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=20)
_SMS_SENDERS = st.text(string.ascii_letters + string.digits + " ", min_size=1, max_size=11).filter(
    lambda s: not s.isdigit()
)
# Kinds whose text a template may stand in for (an empty mes is no binary or WAP push).
_TEMPLATE_KINDS = ("sms", "flash", "soc", "whatsapp", "bot", "mail", "mms", "viber")
# Built once: a strategy built inside a draw is validated anew on every example.
_MAYBE_NAMES = st.none() | _NAMES
_MAYBE_SMS_SENDERS = st.none() | _SMS_SENDERS
_MAYBE_RPT = st.none() | st.integers(0, 7)
_MAYBE_INT32 = st.none() | _INT32
_MAYBE_COST = st.none() | st.sampled_from([0, 1])
_TPL_MES = st.sampled_from([None, ""])
_REPEATED = st.sampled_from([{5: True}])
_NOT_REPEATED = st.sampled_from([None, {5: False}])
_MAYBE_DATES = st.none() | wire_dates()
_MAYBE_FLAG = st.none() | st.booleans()


@st.composite
def _jobs_add_kwargs(draw: st.DrawFn) -> dict[str, Any]:
    kind, kw = draw(_MESSAGE_FIELDS[True])
    kw["name"] = draw(_NAMES)
    if kind in _TEMPLATE_KINDS and "list" not in kw and draw(st.booleans()):
        kw["tpl"] = draw(_INT32)
        kw["mes"] = draw(_TPL_MES)
    repeat = draw(st.booleans())
    kw["fl"] = draw(_REPEATED if repeat else _NOT_REPEATED)
    if repeat:
        kw["mes2"] = draw(_MAYBE_NAMES)
        kw["sender2"] = draw(_MAYBE_SMS_SENDERS)
    kw["rpt"] = draw(_MAYBE_RPT)
    if kw["rpt"]:
        kw["rptn"] = draw(_MAYBE_INT32)
    kw["cost"] = draw(_MAYBE_COST)
    for name, strategy in command_kwargs().items():
        kw[name] = draw(strategy)
    return _carriable_bin1(kw)


def jobs_add_commands() -> st.SearchStrategy[JobsAdd]:
    """Valid :class:`~smsc_proto.commands.JobsAdd` commands.

    Every message kind of :func:`send_commands` (attachments included), plus ``name``,
    ``tpl`` (with an absent or empty ``mes``), ``fl[5]`` with ``mes2``/``sender2``,
    ``rpt``/``rptn`` and ``cost`` 0/1.
    """
    return _jobs_add_kwargs().map(lambda kw: JobsAdd(**kw))


def jobs_delete_commands() -> st.SearchStrategy[JobsDelete]:
    """Valid :class:`~smsc_proto.commands.JobsDelete` commands."""
    return st.builds(
        JobsDelete, id=message_ids(), mail=st.none() | st.booleans(), **command_kwargs()
    )


def jobs_cancel_commands() -> st.SearchStrategy[JobsCancel]:
    """Valid :class:`~smsc_proto.commands.JobsCancel` commands."""
    return st.builds(
        JobsCancel, id=message_ids(), mail=st.none() | st.booleans(), **command_kwargs()
    )


def jobs_get_commands() -> st.SearchStrategy[JobsGet]:
    """Valid :class:`~smsc_proto.commands.JobsGet` commands."""
    return st.builds(JobsGet, id=message_ids(), mail=st.none() | st.booleans(), **command_kwargs())


@st.composite
def _get_all(draw: st.DrawFn) -> JobsGetAll:
    start, end = draw(_MAYBE_DATES), draw(_MAYBE_DATES)
    if start is not None and end is not None and start > end:
        start, end = end, start
    return JobsGetAll(
        start=start,
        end=end,
        mail=draw(_MAYBE_FLAG),
        **{name: draw(strategy) for name, strategy in command_kwargs().items()},
    )


def jobs_get_all_commands() -> st.SearchStrategy[JobsGetAll]:
    """Valid :class:`~smsc_proto.commands.JobsGetAll` commands (``start`` <= ``end``)."""
    return _get_all()
