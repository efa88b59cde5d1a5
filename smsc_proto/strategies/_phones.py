"""Hypothesis strategies for smsc_proto.values._phones (private).

Every strategy generates only values that the matching ``format_*`` function accepts
and that its ``parse_*`` function reads back unchanged.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .._errors import LocalProtocolError
from ..values._phones import (
    EmailAddress,
    GroupCode,
    IncomingPrefix,
    ListEntry,
    Phone,
    PhoneCodeFilter,
    PhoneCodeRule,
    PhoneList,
    Recipient,
    TelegramId,
    TelegramNick,
    format_list,
)

__all__ = [
    "email_addresses",
    "group_codes",
    "incoming_prefixes",
    "list_entries",
    "list_parameters",
    "phone_code_filters",
    "phone_code_rules",
    "phone_lists",
    "phones",
    "recipients",
    "telegram_ids",
    "telegram_nicks",
]

_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOCAL_CHARS = _LETTERS + _DIGITS + "!#$%&'*+-/=?^_`{}~"
_LABEL_CHARS = _LETTERS + _DIGITS


def phones() -> st.SearchStrategy[Phone]:
    """Phone numbers, with and without ``+`` (3..15 or 3..20 ASCII digits)."""
    return st.one_of(
        st.builds(Phone, number=st.text(_DIGITS, min_size=3, max_size=15), plus=st.just(True)),
        st.builds(Phone, number=st.text(_DIGITS, min_size=3, max_size=20), plus=st.just(False)),
    )


def group_codes() -> st.SearchStrategy[GroupCode]:
    """Mailing-group codes ``G<n>`` with n in 1..2147483647."""
    return st.builds(GroupCode, number=st.integers(1, 2_147_483_647))


def telegram_ids() -> st.SearchStrategy[TelegramId]:
    """Telegram ``#ID`` recipients with IDs in 1..2**63-1."""
    return st.builds(TelegramId, chat_id=st.integers(1, 2**63 - 1))


def telegram_nicks() -> st.SearchStrategy[TelegramNick]:
    """Telegram ``@nickname`` recipients (4..32 characters, first a letter)."""
    nick = st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(_LETTERS),
        st.text(_LETTERS + _DIGITS + "_", min_size=3, max_size=31),
    )
    return st.builds(TelegramNick, nickname=nick)


def email_addresses() -> st.SearchStrategy[EmailAddress]:
    """E-mail addresses: a dot-atom local part and a domain of two or three LDH labels."""
    atom = st.text(_LOCAL_CHARS, min_size=1, max_size=8)
    local = st.lists(atom, min_size=1, max_size=3).map(".".join)
    label = st.builds(
        lambda first, middle, last: first + middle + last if middle or last else first,
        st.sampled_from(_LABEL_CHARS),
        st.text(_LABEL_CHARS + "-", max_size=6),
        st.text(_LABEL_CHARS, max_size=1),
    ).filter(lambda label: not label.endswith("-"))
    domain = st.lists(label, min_size=2, max_size=3).map(".".join)
    return st.builds(EmailAddress, address=st.builds(lambda a, b: f"{a}@{b}", local, domain))


def recipients() -> st.SearchStrategy[Recipient]:
    """Any one recipient of a ``phones`` list (phones are the most frequent)."""
    return st.one_of(phones(), group_codes(), telegram_ids(), telegram_nicks(), email_addresses())


def phone_lists(*, max_size: int = 5) -> st.SearchStrategy[PhoneList]:
    """Phone lists of 1..``max_size`` recipients, sometimes with a trailing comma.

    Args:
        max_size: The largest number of recipients.
    """
    return st.builds(
        PhoneList,
        entries=st.lists(recipients(), min_size=1, max_size=max_size).map(tuple),
        trailing_comma=st.booleans(),
    )


def phone_code_rules() -> st.SearchStrategy[PhoneCodeRule]:
    """One ``fmts`` code, allowed or excluded."""
    return st.builds(
        PhoneCodeRule, code=st.text(_DIGITS, min_size=1, max_size=15), excluded=st.booleans()
    )


def phone_code_filters() -> st.SearchStrategy[PhoneCodeFilter]:
    """``fmts`` values of 0..5 codes."""
    return st.builds(PhoneCodeFilter, rules=st.lists(phone_code_rules(), max_size=5).map(tuple))


def incoming_prefixes() -> st.SearchStrategy[IncomingPrefix]:
    """Incoming messages ``<login>: <text>`` with any text."""
    return st.builds(
        IncomingPrefix,
        login=st.text(_LETTERS + _DIGITS + "_.-", min_size=1, max_size=64),
        text=st.text(),
    )


def _messages() -> st.SearchStrategy[str]:
    # Bias towards the characters that matter to the list syntax.
    chars = st.one_of(
        st.sampled_from(["\n", ":", "|", ",", ";", "\\", "n", "~", " ", "7", "G", "@", "#"]),
        st.characters(),
    )
    return st.text(chars, max_size=30).filter(lambda text: "\\n" not in text)


def _senders() -> st.SearchStrategy[str]:
    return st.text(
        st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=",|:\\"),
        min_size=1,
        max_size=15,
    )


@st.composite
def _entries(draw: st.DrawFn) -> ListEntry:
    sender = draw(st.none() | _senders())
    tz = None if sender is None else draw(st.none() | st.integers(-15, 11))
    return ListEntry(
        phones=draw(phone_lists(max_size=3)), message=draw(_messages()), sender=sender, tz=tz
    )


def _nl_safe(entry: ListEntry) -> bool:
    try:
        format_list([entry], nl=True)
    except LocalProtocolError:
        return False
    return True


def list_entries(*, nl: bool = False) -> st.SearchStrategy[ListEntry]:
    """Lines of the ``list`` parameter, with or without sender and tz.

    Args:
        nl: Generate only entries that :func:`~smsc_proto.values.format_list` can write in
            ``nl=1`` mode (no message line after a newline that reads as a new entry).
    """
    entries = _entries()
    return entries.filter(_nl_safe) if nl else entries


def list_parameters(
    *, nl: bool = False, max_size: int = 5
) -> st.SearchStrategy[tuple[ListEntry, ...]]:
    """Whole ``list`` values: 1..``max_size`` entries.

    Args:
        nl: As for :func:`list_entries`.
        max_size: The largest number of entries.
    """
    return st.lists(list_entries(nl=nl), min_size=1, max_size=max_size).map(tuple)
