"""Hypothesis strategies for status.php commands (private)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._scripts.status import MessageIds, StatusDelete, StatusQuery
from ..values import PhoneList, Recipient
from ._commands_common import command_kwargs
from ._phones import email_addresses, phones, telegram_ids, telegram_nicks
from ._time import message_ids

__all__ = ["status_delete_commands", "status_query_commands"]

# Every recipient form but group codes (a status is asked per recipient).
_RECIPIENTS: st.SearchStrategy[Recipient] = st.one_of(
    phones(), email_addresses(), telegram_ids(), telegram_nicks()
)
# Built once: a strategy built inside a draw is validated anew on every example.
_COUNTS = st.integers(1, 4)
_RECIPIENT_LISTS = {n: st.lists(_RECIPIENTS, min_size=n, max_size=n) for n in range(1, 5)}
_ID_LISTS = {n: st.lists(message_ids(), min_size=n, max_size=n) for n in range(1, 5)}
_MAYBE_ALL = st.none() | st.sampled_from([0, 1, 2])


@st.composite
def _targets(draw: st.DrawFn) -> dict[str, Any]:
    """``phone`` and ``id`` in the single or the multiple form, lengths matching."""
    multiple = draw(st.booleans())
    count = draw(_COUNTS) if multiple else 1
    entries = tuple(draw(_RECIPIENT_LISTS[count]))
    ids = tuple(draw(_ID_LISTS[count]))
    ident: MessageIds = ids if multiple else ids[0]
    phone = PhoneList(entries=entries, trailing_comma=multiple and count == 1)
    return {"phone": phone, "id": ident}


_TARGETS = _targets()


@st.composite
def _query(draw: st.DrawFn) -> StatusQuery:
    kw = draw(_TARGETS)
    kw["all"] = draw(_MAYBE_ALL)
    kw.update({name: draw(strategy) for name, strategy in command_kwargs().items()})
    return StatusQuery(**kw)


@st.composite
def _delete(draw: st.DrawFn) -> StatusDelete:
    kw = draw(_TARGETS)
    kw.update({name: draw(strategy) for name, strategy in command_kwargs().items()})
    return StatusDelete(**kw)


def status_query_commands() -> st.SearchStrategy[StatusQuery]:
    """Valid :class:`~smsc_proto.commands.StatusQuery` commands.

    The single form, and the multiple form with 1..4 messages (one with trailing commas).
    """
    return _query()


def status_delete_commands() -> st.SearchStrategy[StatusDelete]:
    """Valid :class:`~smsc_proto.commands.StatusDelete` commands.

    As for :func:`status_query_commands`.
    """
    return _delete()
