"""Hypothesis strategies for mails.php commands (private).

The parameter sets are phones.php's (see ``_commands_phones``) with e-mail addresses for
the numbers.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._scripts.mails import (
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetGroup,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
)
from ..values import Recipient
from ._commands_common import command_kwargs
from ._commands_phones import (
    _NAMES,
    _add_black_extra,
    _add_group_kwargs,
    _change_group_kwargs,
    _change_kwargs,
    _contact_fields,
    _delete_group_kwargs,
    _get_black_kwargs,
    _get_group_kwargs,
    _get_kwargs,
    _group_id_lists,
    _recipient_lists,
)
from ._phones import email_addresses, phones

__all__ = [
    "mails_add_black_commands",
    "mails_add_commands",
    "mails_add_group_commands",
    "mails_change_commands",
    "mails_change_group_commands",
    "mails_delete_black_commands",
    "mails_delete_commands",
    "mails_delete_group_commands",
    "mails_get_black_commands",
    "mails_get_commands",
    "mails_get_group_commands",
    "mails_join_group_commands",
    "mails_leave_group_commands",
    "mails_move_to_group_commands",
]

_MAIL_LISTS = _recipient_lists(email_addresses())
# pho of an e-mail contact: other phone numbers or other addresses (both readings).
_EITHER: st.SearchStrategy[Recipient] = st.one_of(phones(), email_addresses())
_OTHER = _recipient_lists(_EITHER)


def mails_add_commands() -> st.SearchStrategy[MailsAdd]:
    """Valid :class:`~smsc_proto.commands.MailsAdd` commands.

    Free text with Cyrillic and emoji; ``mail`` lists e-mail addresses, ``pho`` phone
    numbers and e-mail addresses.
    """
    return st.builds(
        MailsAdd, name=_NAMES, mail=_MAIL_LISTS, **_contact_fields(_OTHER), **command_kwargs()
    )


def mails_change_commands() -> st.SearchStrategy[MailsChange]:
    """Valid :class:`~smsc_proto.commands.MailsChange` commands.

    ``mail`` and at least one of ``new_mail``, ``name`` and the contact fields.
    """
    return st.builds(
        lambda mail, kw: MailsChange(mail=mail, **kw),
        _MAIL_LISTS,
        _change_kwargs("new_mail", st.none() | _MAIL_LISTS, _contact_fields(_OTHER)),
    )


def _move_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    return {"grp": _group_id_lists(), "mail": email_addresses(), **command_kwargs()}


def mails_move_to_group_commands() -> st.SearchStrategy[MailsMoveToGroup]:
    """Valid :class:`~smsc_proto.commands.MailsMoveToGroup` commands (one address)."""
    return st.builds(MailsMoveToGroup, **_move_kwargs())


def mails_join_group_commands() -> st.SearchStrategy[MailsJoinGroup]:
    """Valid :class:`~smsc_proto.commands.MailsJoinGroup` commands (one address)."""
    return st.builds(MailsJoinGroup, **_move_kwargs())


def mails_leave_group_commands() -> st.SearchStrategy[MailsLeaveGroup]:
    """Valid :class:`~smsc_proto.commands.MailsLeaveGroup` commands (one address)."""
    return st.builds(MailsLeaveGroup, **_move_kwargs())


def mails_delete_commands() -> st.SearchStrategy[MailsDelete]:
    """Valid :class:`~smsc_proto.commands.MailsDelete` commands."""
    return st.builds(MailsDelete, mail=_MAIL_LISTS, **command_kwargs())


def mails_get_commands() -> st.SearchStrategy[MailsGet]:
    """Valid :class:`~smsc_proto.commands.MailsGet` commands (``after_id`` with ``fmt=3``)."""
    return _get_kwargs("mail", st.none() | _MAIL_LISTS).map(lambda kw: MailsGet(**kw))


def mails_add_group_commands() -> st.SearchStrategy[MailsAddGroup]:
    """Valid :class:`~smsc_proto.commands.MailsAddGroup` commands."""
    return st.builds(MailsAddGroup, **_add_group_kwargs())


def mails_change_group_commands() -> st.SearchStrategy[MailsChangeGroup]:
    """Valid :class:`~smsc_proto.commands.MailsChangeGroup` commands."""
    return st.builds(MailsChangeGroup, **_change_group_kwargs())


def mails_delete_group_commands() -> st.SearchStrategy[MailsDeleteGroup]:
    """Valid :class:`~smsc_proto.commands.MailsDeleteGroup` commands."""
    return st.builds(MailsDeleteGroup, **_delete_group_kwargs())


def mails_get_group_commands() -> st.SearchStrategy[MailsGetGroup]:
    """Valid :class:`~smsc_proto.commands.MailsGetGroup` commands."""
    return st.builds(MailsGetGroup, **_get_group_kwargs())


def mails_add_black_commands() -> st.SearchStrategy[MailsAddBlack]:
    """Valid :class:`~smsc_proto.commands.MailsAddBlack` commands (one address)."""
    return st.builds(MailsAddBlack, mail=email_addresses(), **_add_black_extra())


def mails_delete_black_commands() -> st.SearchStrategy[MailsDeleteBlack]:
    """Valid :class:`~smsc_proto.commands.MailsDeleteBlack` commands."""
    return st.builds(MailsDeleteBlack, mail=_MAIL_LISTS, **command_kwargs())


def mails_get_black_commands() -> st.SearchStrategy[MailsGetBlack]:
    """Valid :class:`~smsc_proto.commands.MailsGetBlack` commands."""
    return st.builds(MailsGetBlack, **_get_black_kwargs())
