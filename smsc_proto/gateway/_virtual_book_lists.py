"""The groups and the blacklist of phones.php and mails.php in the virtual gateway's store
(private).

Spec (lines 1978-1990): "To create a new group: ...?add_group=1&...&name=<name>" ...
"To get the elements of the "black" list: ...?get_black=1". The kinds (``group``,
``blacklist``, ``blacklist.address``) and the rules are in ``_virtual_book.py``'s table.

What the other scripts read of them: :func:`group_members` (send.php's ``G<n>`` codes)
and :func:`blacklist_lock` (send.php's banned recipients, wait_call.php's error 5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._errors import GatewayError
from .._util import short
from ..values import (
    EmailAddress,
    GroupCode,
    Phone,
    PhoneList,
    Recipient,
    format_recipient,
    parse_recipient,
)
from ._context import Context
from ._store import Transaction
from ._virtual_book import (
    BLACKLIST,
    BLACKLIST_ADDRESS,
    CONTACT,
    FAILED,
    GROUP,
    MAIL_BOOK,
    MAX_CNT,
    NOT_FOUND,
    PHONE_BOOK,
    Book,
    address_key,
    admit,
    fail,
    group_key,
    int_field,
    ints,
    text_field,
)
from ._virtual_state import BAD_PARAMETERS, VirtualState, recipient_text

__all__ = [
    "BookEntry",
    "GroupEntry",
    "add_black",
    "add_group",
    "blacklist_lock",
    "change_group",
    "delete_black",
    "delete_group",
    "group_members",
    "list_black",
    "list_groups",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupEntry:
    """A group as the list replies show it (lines 2183-2186)."""

    id: int
    name: str
    number: int
    cnt: int


@dataclass(frozen=True, slots=True, kw_only=True)
class BookEntry:
    """A blacklist entry as the list replies show it (lines 2218-2221)."""

    id: int
    address: Recipient
    type: int
    comment: str


# -- groups --------------------------------------------------------------------------------


def _check_group_name(
    tx: Transaction, login: str, name: str, *, group_type: int, number: int | None, own: int
) -> None:
    """A group name is one per type, a ``num`` one per account (error 5)."""
    for _, other in tx.scan(GROUP, prefix=f"{login}/"):
        if int_field(other, "id") == own:
            continue
        if text_field(other, "name") == name and int_field(other, "type") == group_type:
            raise fail(FAILED, f"a group named {short(name)} exists (grp={int_field(other, 'id')})")
        if number is not None and int_field(other, "num") == number:
            raise fail(FAILED, f"num={number} is the number of the group {int_field(other, 'id')}")


def _free_number(tx: Transaction, login: str) -> int:
    used = {int_field(record, "num") for _, record in tx.scan(GROUP, prefix=f"{login}/")}
    number = 1
    while number in used:
        number += 1
    return number


def add_group(
    state: VirtualState,
    ctx: Context[str],
    book: Book,
    name: str,
    *,
    num: int | None,
    group_type: int | None,
) -> int:
    """Create a group (``add_group=1``); its id.

    ``type`` is the book's (0 phones.php, 1 mails.php) unless given; ``num``, "the
    number of the group for sending messages" (line 2001), is the lowest one free
    unless given.

    Raises:
        GatewayError: 5 for a name in use by a group of the type or a ``num`` in use, 9
            when the error-9 window is full.
    """
    login = ctx.account
    kind = book.group_type if group_type is None else group_type
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        _check_group_name(tx, login, name, group_type=kind, number=num, own=0)
        number = _free_number(tx, login) if num is None else num
        group_id = tx.next_id(GROUP)
        tx.put(
            GROUP,
            group_key(login, group_id),
            {"id": group_id, "name": name, "num": number, "type": kind},
        )
    return group_id


def change_group(
    state: VirtualState, ctx: Context[str], grp: int, name: str, num: int | None
) -> None:
    """Rename a group, and change its ``num`` if given (``chg_group=1``).

    Raises:
        GatewayError: 3 for no such group, 5 for a name or ``num`` in use, 9 when the
            error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        record = tx.get(GROUP, group_key(login, grp))
        if record is None:
            raise fail(NOT_FOUND, f"no group with grp={grp}")
        _check_group_name(
            tx, login, name, group_type=int_field(record, "type"), number=num, own=grp
        )
        record["name"] = name
        if num is not None:
            record["num"] = num
        tx.put(GROUP, group_key(login, grp), record)


def delete_group(state: VirtualState, ctx: Context[str], grp: int) -> None:
    """Delete a group (``del_group=1``); its contacts stay, out of it.

    Raises:
        GatewayError: 3 for no such group, 9 when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        if not tx.delete(GROUP, group_key(login, grp)):
            raise fail(NOT_FOUND, f"no group with grp={grp}")
        for key, record in tx.scan(CONTACT, prefix=f"{login}/"):
            groups = ints(record.get("groups"))
            if grp in groups:
                record["groups"] = [group for group in groups if group != grp]
                tx.put(CONTACT, key, record)


def list_groups(state: VirtualState, ctx: Context[str], group_type: int | None) -> list[GroupEntry]:
    """The groups (of ``type``, when given), in id order, with their contact counts.

    Spec (line 2253): "Getting a list of all groups: ...get_group=1" -- without
    ``type``, every group of both books.

    Raises:
        GatewayError: 9 when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        counts: dict[int, int] = {}
        for _, record in tx.scan(CONTACT, prefix=f"{login}/"):
            for group in ints(record.get("groups")):
                counts[group] = counts.get(group, 0) + 1
        return [
            GroupEntry(
                id=int_field(record, "id"),
                name=text_field(record, "name"),
                number=int_field(record, "num"),
                cnt=counts.get(int_field(record, "id"), 0),
            )
            for _, record in tx.scan(GROUP, prefix=f"{login}/")
            if group_type is None or int_field(record, "type") == group_type
        ]


# -- the blacklist -------------------------------------------------------------------------


def add_black(
    state: VirtualState,
    ctx: Context[str],
    book: Book,
    entry: Recipient,
    *,
    comment: str | None,
    lock: int | None,
) -> int:
    """Blacklist ``entry`` (``add_black=1``); the entry's id. ``type`` is 0, "all
    messages" (line 2018), unless given.

    Raises:
        GatewayError: 5 for an address already blacklisted, 9 when the error-9 window is
            full.
    """
    login = ctx.account
    address = address_key(entry)
    index = f"{login}/{book.name}/{address}"
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        if tx.get(BLACKLIST_ADDRESS, index) is not None:
            raise fail(FAILED, f"the {book.what} {short(address)} is blacklisted already")
        entry_id = tx.next_id(BLACKLIST)
        key = f"{login}/{book.name}/{entry_id:012d}"
        tx.put(
            BLACKLIST,
            key,
            {
                "id": entry_id,
                "address": format_recipient(entry),
                "type": 0 if lock is None else lock,
                "comment": comment or "",
            },
        )
        tx.put(BLACKLIST_ADDRESS, index, {"key": key})
    return entry_id


def delete_black(state: VirtualState, ctx: Context[str], book: Book, entries: PhoneList) -> None:
    """Take ``entries`` off the blacklist (``del_black=1``).

    Raises:
        GatewayError: 3 for an address not blacklisted (nothing is removed then), 9
            when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        for entry in entries.entries:
            address = address_key(entry)
            index = f"{login}/{book.name}/{address}"
            held = tx.get(BLACKLIST_ADDRESS, index)
            key = None if held is None else held.get("key")
            if not isinstance(key, str):
                raise fail(NOT_FOUND, f"the {book.what} {short(address)} is not blacklisted")
            tx.delete(BLACKLIST_ADDRESS, index)
            tx.delete(BLACKLIST, key)


def list_black(
    state: VirtualState, ctx: Context[str], book: Book, prev_id: int | None, cnt: int | None
) -> list[BookEntry]:
    """The blacklist, newest first: ``prev_id`` lists "items added earlier to this
    item" (line 2024), ``cnt`` at most so many (line 2025, 1000 when not given).

    Raises:
        GatewayError: 9 when the error-9 window is full.
    """
    login = ctx.account
    after = None if prev_id is None else f"{login}/{book.name}/{prev_id:012d}"
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        page = tx.scan(
            BLACKLIST,
            prefix=f"{login}/{book.name}/",
            reverse=True,
            after=after,
            limit=cnt or MAX_CNT,
        )
    return [
        BookEntry(
            id=int_field(record, "id"),
            address=parse_recipient(text_field(record, "address")),
            type=int_field(record, "type"),
            comment=text_field(record, "comment"),
        )
        for _, record in page
    ]


# -- what the other scripts read -----------------------------------------------------------


def group_members(
    tx: Transaction, login: str, number: int, *, mail: bool = False
) -> list[Recipient] | None:
    """The addresses of ``login``'s group whose ``num`` is ``number``, or ``None`` when
    no group of the book has that ``num``.

    Spec (line 385): a group's "number of the mailing group" lets a message name it as
    "G<номер группы>" and "the message will be sent to all phone numbers belonging to
    this group"; (line 2001): "num The number of the group for sending messages". The
    phone groups (type 0) give phone numbers; with ``mail`` the e-mail groups (type 1,
    lines 2021-2023) give their addresses. Each contact of the group gives its
    addresses (not its ``pho``, line 2016: "According to these numbers, SMS messages are
    not sent out"), contacts in id order.
    """
    book = MAIL_BOOK if mail else PHONE_BOOK
    groups = [
        int_field(record, "id")
        for _, record in tx.scan(GROUP, prefix=f"{login}/")
        if int_field(record, "num") == number and int_field(record, "type") == book.group_type
    ]
    if not groups:
        return None
    members: list[Recipient] = []
    for _, record in tx.scan(CONTACT, prefix=f"{login}/{book.name}/"):
        if any(group in groups for group in ints(record.get("groups"))):
            addresses = record.get("addresses")
            texts = addresses if isinstance(addresses, list) else []
            members.extend(parse_recipient(str(text)) for text in texts)
    return members


def expand_groups(
    tx: Transaction, login: str, entries: Sequence[Recipient], *, mail: bool = False
) -> list[Recipient]:
    """``entries`` with each group code replaced by its group's members (send.php and
    jobs.php read ``phones`` alike).

    Spec (line 385): "G<номер группы>" or "g<номер группы>" -- "the message will be sent
    to all phone numbers belonging to this group" (phones.php's group of that ``num``;
    with ``mail``, mails.php's). A member a group code repeats gets one message; numbers
    listed by hand are kept as listed.

    Raises:
        GatewayError: error 1 for a code no group of the account has.
    """
    expanded: list[Recipient] = []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, GroupCode):
            expanded.append(entry)
            seen.add(recipient_text(entry))
            continue
        members = group_members(tx, login, entry.number, mail=mail)
        if members is None:
            raise GatewayError(
                BAD_PARAMETERS,
                f"Error in parameters: phones: the account has no group G{entry.number} "
                f"(no group with num={entry.number}).",
            )
        for member in members:
            if recipient_text(member) not in seen:
                expanded.append(member)
                seen.add(recipient_text(member))
    return expanded


def blacklist_lock(tx: Transaction, login: str, entry: Recipient) -> int | None:
    """The lock type of ``login``'s blacklist entry for ``entry`` (line 2017: "0 – all
    messages. 1 – mass mailing lists. 2 – single messages."), or ``None`` when it is not
    blacklisted. A phone number is looked up in phones.php's list, an e-mail address in
    mails.php's; other recipients (Telegram ids) have no blacklist."""
    if isinstance(entry, Phone):
        book = PHONE_BOOK
    elif isinstance(entry, EmailAddress):
        book = MAIL_BOOK
    else:
        return None
    held = tx.get(BLACKLIST_ADDRESS, f"{login}/{book.name}/{address_key(entry)}")
    key = None if held is None else held.get("key")
    record = tx.get(BLACKLIST, key) if isinstance(key, str) else None
    return None if record is None else int_field(record, "type")
