"""Hypothesis strategies for mails.php reply models (private).

They are the phones.php ones (:mod:`smsc_proto.strategies._replies_phones`) with e-mail
addresses where phones.php has phone numbers.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.mails import (
    MailsAddReply,
    MailsGetBlackReply,
    MailsGetGroupReply,
    MailsGetReply,
    MailsOkReply,
)
from ._phones import email_addresses, phones
from ._replies_phones import (
    _IDS,
    _black_records,
    _contacts,
    _groups,
    _lists,
    _other_recipients,
    _recipient_lists,
)

__all__ = [
    "mails_add_replies",
    "mails_get_black_replies",
    "mails_get_group_replies",
    "mails_get_replies",
    "mails_ok_replies",
]


def mails_add_replies() -> st.SearchStrategy[MailsAddReply]:
    """Complete :class:`~smsc_proto.responses.MailsAddReply` models.

    The reply of :class:`~smsc_proto.commands.MailsAdd`,
    :class:`~smsc_proto.commands.MailsAddGroup` and
    :class:`~smsc_proto.commands.MailsAddBlack`.
    """
    return st.builds(MailsAddReply, id=_IDS)


def mails_ok_replies() -> st.SearchStrategy[MailsOkReply]:
    """:class:`~smsc_proto.responses.MailsOkReply` models (``result="OK"``).

    The reply of the mails.php commands that change or delete (and ``move_group``).
    """
    return st.builds(MailsOkReply, result=st.just("OK"))


def mails_get_replies(*, max_size: int = 3) -> st.SearchStrategy[list[MailsGetReply]]:
    """Complete replies of :class:`~smsc_proto.commands.MailsGet`.

    Args:
        max_size: The most contacts in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.MailsGetReply`, every field set;
        ``mail_other`` mixes phone numbers and e-mail addresses.
    """
    records = _contacts(
        MailsGetReply,
        ("mail", _recipient_lists(email_addresses())),
        ("mail_other", _other_recipients(st.one_of(email_addresses(), phones()))),
    )
    return _lists(records, max_size)


def mails_get_group_replies(*, max_size: int = 3) -> st.SearchStrategy[list[MailsGetGroupReply]]:
    """Complete replies of :class:`~smsc_proto.commands.MailsGetGroup`.

    Args:
        max_size: The most groups in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.MailsGetGroupReply`, every field set.
    """
    return _lists(_groups(MailsGetGroupReply), max_size)


def mails_get_black_replies(*, max_size: int = 3) -> st.SearchStrategy[list[MailsGetBlackReply]]:
    """Complete replies of :class:`~smsc_proto.commands.MailsGetBlack`.

    Args:
        max_size: The most entries in one reply (the list may be empty).

    Returns:
        Lists of :class:`~smsc_proto.responses.MailsGetBlackReply`, every field set.
    """
    return _lists(_black_records(MailsGetBlackReply, ("email", email_addresses())), max_size)
