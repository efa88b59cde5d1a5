"""The contact book of phones.php and mails.php in the virtual gateway's store (private).

Spec (lines 1977-1990): "To create a contact: ...phones.php?add=1&...&phone=<phone>&
name=<name>" ... "To get the elements of the "black" list: ...phones.php?get_black=1".
mails.php keeps the same book of e-mail addresses (line 2003: "The request format is
similar to the format for phones.php."). ``_virtual_phones.py`` and ``_virtual_mails.py``
call the functions here with :data:`PHONE_BOOK` or :data:`MAIL_BOOK`; the contacts are
here, the groups and the blacklist in ``_virtual_book_lists.py``.

===================== ================================== =================================
kind                  key                                record
===================== ================================== =================================
``contact``           ``login/book/id`` (12 digits)      one contact: its numbers (or
                                                         addresses), name, groups, fields
``contact.address``   ``login/book/address``             the ``contact`` key holding it
``group``             ``login/id`` (12 digits)           a group: name, ``num``, ``type``
``blacklist``         ``login/book/id`` (12 digits)      an entry: address, type, comment
``blacklist.address`` ``login/book/address``             the ``blacklist`` key holding it
===================== ================================== =================================

``book`` is ``phone`` or ``mail``; an address is a phone number's digits (``+7999...``
and ``7999...`` are one subscriber) or an e-mail address in lower case. Contact, group
and blacklist ids are store sequences (``contact``, ``group``, ``blacklist``): numbers
"assigned by the Server automatically" (line 2084), unique across accounts.

The rules, with the spec's error codes (lines 2054-2060): "1 Error in parameters." for
a value the state refuses (a group of the other type, a number listed twice); "3 No
records found." for a contact, group or entry the request names that does not exist;
"5 Operation execution error." for a duplicate (a number already in another contact, a
blacklisted address, a group name or ``num`` in use). Groups are one table for both
books: ``type`` (lines 2021-2023) says whose they are, and a contact joins only groups of
its book. Lists come back in id order (the blacklist newest first, line 2024), at most
``cnt`` (1000, line 2025) records; an empty list is an empty reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final, TypeVar

from .._errors import GatewayError
from .._util import short
from ..values import (
    EmailAddress,
    Phone,
    PhoneList,
    Recipient,
    format_date,
    format_recipient,
    parse_date,
    parse_recipient,
)
from ._context import Context
from ._store import JSON, Record, Transaction
from ._virtual_state import BAD_PARAMETERS, VirtualState

__all__ = [
    "BLACKLIST",
    "BLACKLIST_ADDRESS",
    "CONTACT",
    "CONTACT_ADDRESS",
    "FAILED",
    "GROUP",
    "MAIL_BOOK",
    "MAX_CNT",
    "NOT_FOUND",
    "PHONE_BOOK",
    "Book",
    "ContactFields",
    "ContactFilter",
    "ListedContact",
    "add_contact",
    "address_key",
    "admit",
    "change_contact",
    "delete_contacts",
    "fail",
    "given",
    "group_key",
    "int_field",
    "ints",
    "list_contacts",
    "move_contact",
    "stored_wrong",
    "text_field",
]

T = TypeVar("T")

CONTACT: Final = "contact"
CONTACT_ADDRESS: Final = "contact.address"
GROUP: Final = "group"
BLACKLIST: Final = "blacklist"
BLACKLIST_ADDRESS: Final = "blacklist.address"

#: Spec (line 2057): "3 No records found."
NOT_FOUND: Final = 3
#: Spec (line 2059): "5 Operation execution error."
FAILED: Final = 5
#: Spec (line 2025): "cnt ... The maximum value is 1000."
MAX_CNT: Final = 1000


@dataclass(frozen=True, slots=True)
class Book:
    """One address book: phones.php's phone numbers or mails.php's e-mail addresses.

    Args:
        name: ``"phone"`` or ``"mail"`` (part of the store keys).
        group_type: The ``type`` of its groups (lines 2021-2023: "0 – group for phone
            numbers. 1 – group for e-mail addresses."), the default of ``add_group``.
        what: How error messages name one address.
    """

    name: str
    group_type: int
    what: str


PHONE_BOOK: Final = Book("phone", 0, "phone number")
MAIL_BOOK: Final = Book("mail", 1, "e-mail address")


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactFields:
    """What an add or a chg says of a contact besides its addresses (``None``: not said).

    Spec (lines 1999-2016): name, grp, lnm, fnm, mnm, bd, myid, cmt, tags, pho.
    """

    name: str | None = None
    grp: tuple[int, ...] | None = None
    lnm: str | None = None
    fnm: str | None = None
    mnm: str | None = None
    bd: date | None = None
    myid: str | None = None
    cmt: str | None = None
    tags: str | None = None
    pho: PhoneList | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ListedContact:
    """A contact as the list replies show it (lines 2141-2151)."""

    addresses: tuple[Recipient, ...]
    name: str
    group: int
    first_name: str
    last_name: str
    middle_name: str
    birthday: date | None
    id: str
    comments: str
    tags: str
    other: tuple[Recipient, ...]


def given(value: T | None, name: str) -> T:
    """A parameter the command requires (its ``REQUIRED``: never ``None`` once parsed).

    Raises:
        GatewayError: error 1 naming it, should a command arrive without it.
    """
    if value is None:
        raise fail(BAD_PARAMETERS, f"{name} is required")
    return value


def stored_wrong(entry: Recipient, what: str) -> GatewayError:
    """Error 5, "Operation execution error." (line 2059), for a stored address that is
    not the ``what`` its book files (the commands admit no other: a damaged store)."""
    return fail(FAILED, f"the stored {short(format_recipient(entry))} is no {what}")


def fail(code: int, detail: str) -> GatewayError:
    """Error ``code`` of lines 2054-2060, its description followed by ``detail``."""
    descriptions = {
        BAD_PARAMETERS: "Error in parameters",
        NOT_FOUND: "No records found",
        FAILED: "Operation execution error",
    }
    return GatewayError(code, f"{descriptions[code]}: {detail}.")


def address_key(entry: Recipient) -> str:
    """The address a book files ``entry`` under: a phone's digits (``+`` or not, one
    subscriber), an e-mail address in lower case."""
    if isinstance(entry, Phone):
        return entry.number
    if isinstance(entry, EmailAddress):
        return entry.address.lower()
    # The commands read phone numbers (phones.php) or addresses (mails.php) only.
    raise fail(BAD_PARAMETERS, f"{short(format_recipient(entry))} is not an address")


def _texts(value: JSON) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def ints(value: JSON) -> list[int]:
    """The ints of a stored list (a contact's groups)."""
    return [item for item in value if isinstance(item, int)] if isinstance(value, list) else []


def text_field(record: Record, name: str) -> str:
    """A stored text, ``""`` when the record has none."""
    value = record.get(name)
    return value if isinstance(value, str) else ""


def int_field(record: Record, name: str) -> int:
    """A stored int, 0 when the record has none."""
    value = record.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


# -- contacts ------------------------------------------------------------------------------


def _distinct(book: Book, entries: tuple[Recipient, ...], param: str) -> list[str]:
    """The address keys of ``entries``; a number listed twice is refused."""
    keys: list[str] = []
    for entry in entries:
        key = address_key(entry)
        if key in keys:
            raise fail(BAD_PARAMETERS, f"{param}: the {book.what} {short(key)} is listed twice")
        keys.append(key)
    return keys


def _check_groups(tx: Transaction, login: str, book: Book, grp: tuple[int, ...]) -> list[int]:
    """The distinct groups of ``grp``: each must exist (3) and be of ``book`` (1)."""
    groups: list[int] = []
    for group_id in grp:
        record = tx.get(GROUP, group_key(login, group_id))
        if record is None:
            raise fail(NOT_FOUND, f"no group with grp={group_id}")
        if int_field(record, "type") != book.group_type:
            raise fail(
                BAD_PARAMETERS,
                f"grp: group {group_id} is of type {int_field(record, 'type')}, a contact of "
                f"this script joins groups of type {book.group_type} (lines 2021-2023)",
            )
        if group_id not in groups:
            groups.append(group_id)
    return groups


def _apply(tx: Transaction, login: str, book: Book, record: Record, fields: ContactFields) -> None:
    """Write what ``fields`` says into a contact record."""
    if fields.name is not None:
        record["name"] = fields.name
    if fields.grp is not None:
        record["groups"] = list(_check_groups(tx, login, book, fields.grp))
    for name in ("lnm", "fnm", "mnm", "myid", "cmt", "tags"):
        value = getattr(fields, name)
        if value is not None:
            record[name] = value
    if fields.bd is not None:
        record["bd"] = format_date(fields.bd)
    if fields.pho is not None:
        record["other"] = [format_recipient(entry) for entry in fields.pho.entries]


def _file_addresses(
    tx: Transaction, login: str, book: Book, key: str, addresses: PhoneList, *, param: str
) -> list[str]:
    """Index ``addresses`` to the contact ``key``; one in another contact is error 5."""
    texts = []
    for address, entry in zip(
        _distinct(book, addresses.entries, param), addresses.entries, strict=True
    ):
        index = f"{login}/{book.name}/{address}"
        held = tx.get(CONTACT_ADDRESS, index)
        if held is not None and held.get("key") != key:
            raise fail(FAILED, f"the {book.what} {short(address)} is already in another contact")
        tx.put(CONTACT_ADDRESS, index, {"key": key})
        texts.append(format_recipient(entry))
    return texts


def add_contact(
    state: VirtualState, ctx: Context[str], book: Book, addresses: PhoneList, fields: ContactFields
) -> int:
    """Create a contact (``add=1``); its id.

    Raises:
        GatewayError: 3 for a group that does not exist, 1 for a group of the other
            type or an address listed twice, 5 for an address already in a contact, 9
            when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        contact_id = tx.next_id(CONTACT)
        key = f"{login}/{book.name}/{contact_id:012d}"
        record: Record = {"id": contact_id, "book": book.name, "groups": [], "other": []}
        record["addresses"] = list(
            _file_addresses(tx, login, book, key, addresses, param=book.name)
        )
        _apply(tx, login, book, record, fields)
        tx.put(CONTACT, key, record)
    return contact_id


def _contacts_of(
    tx: Transaction, login: str, book: Book, entries: tuple[Recipient, ...]
) -> list[str]:
    """The keys of the contacts holding ``entries`` (each must be held: error 3)."""
    keys: list[str] = []
    for entry in entries:
        address = address_key(entry)
        held = tx.get(CONTACT_ADDRESS, f"{login}/{book.name}/{address}")
        key = None if held is None else held.get("key")
        if not isinstance(key, str) or tx.get(CONTACT, key) is None:
            raise fail(NOT_FOUND, f"no contact with the {book.what} {short(address)}")
        if key not in keys:
            keys.append(key)
    return keys


def _one_contact(
    tx: Transaction, login: str, book: Book, entries: tuple[Recipient, ...]
) -> tuple[str, Record]:
    keys = _contacts_of(tx, login, book, entries)
    if len(keys) > 1:
        raise fail(
            BAD_PARAMETERS,
            f"{book.name}: the {book.what}s listed belong to {len(keys)} contacts; the "
            "command changes one",
        )
    record = tx.get(CONTACT, keys[0])
    assert record is not None  # _contacts_of checked it
    return keys[0], record


def change_contact(
    state: VirtualState,
    ctx: Context[str],
    book: Book,
    addresses: PhoneList,
    *,
    new_addresses: PhoneList | None,
    fields: ContactFields,
) -> None:
    """Change the contact ``addresses`` name (``chg=1``): its addresses (``new_phone``,
    line 2004) and the fields given.

    Raises:
        GatewayError: 3 for an address no contact holds or a group that does not exist,
            1 when the addresses name several contacts, 5 for a new address another
            contact holds, 9 when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        key, record = _one_contact(tx, login, book, addresses.entries)
        if new_addresses is not None:
            for old in _texts(record.get("addresses")):
                tx.delete(CONTACT_ADDRESS, f"{login}/{book.name}/{_stored_key(old)}")
            param = f"new_{book.name}"
            record["addresses"] = list(
                _file_addresses(tx, login, book, key, new_addresses, param=param)
            )
        _apply(tx, login, book, record, fields)
        tx.put(CONTACT, key, record)


def _stored_key(text: str) -> str:
    return address_key(parse_recipient(text))


def move_contact(
    state: VirtualState,
    ctx: Context[str],
    book: Book,
    mode: int,
    *,
    grp: tuple[int, ...],
    entry: Recipient,
) -> None:
    """``move_group=1`` puts the contact in ``grp`` alone, ``=2`` adds ``grp`` to its
    groups, ``=3`` takes it out of them (lines 1981-1983).

    Raises:
        GatewayError: 3 for no contact with ``entry``, a group that does not exist, or
            (``=3``) a contact in none of ``grp``; 1 for a group of the other type; 9
            when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        key, record = _one_contact(tx, login, book, (entry,))
        groups = _check_groups(tx, login, book, grp)
        now = ints(record.get("groups"))
        if mode == 1:
            now = groups
        elif mode == 2:
            now += [group for group in groups if group not in now]
        else:
            if not set(now) & set(groups):
                raise fail(
                    NOT_FOUND,
                    f"the contact is in none of the groups {','.join(str(g) for g in groups)}",
                )
            now = [group for group in now if group not in groups]
        record["groups"] = list(now)
        tx.put(CONTACT, key, record)


def delete_contacts(
    state: VirtualState, ctx: Context[str], book: Book, addresses: PhoneList
) -> None:
    """Delete the contacts holding ``addresses`` (``del=1``).

    Raises:
        GatewayError: 3 for an address no contact holds (nothing is deleted then), 9
            when the error-9 window is full.
    """
    login = ctx.account
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        for key in _contacts_of(tx, login, book, addresses.entries):
            record = tx.get(CONTACT, key) or {}
            for text in _texts(record.get("addresses")):
                tx.delete(CONTACT_ADDRESS, f"{login}/{book.name}/{_stored_key(text)}")
            tx.delete(CONTACT, key)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactFilter:
    """The filters of ``get=1`` (lines 2000-2025), each optional."""

    grp: tuple[int, ...] | None = None
    addresses: PhoneList | None = None
    fio: str | None = None
    search: str | None = None
    after_id: int | None = None
    cnt: int | None = None


def list_contacts(
    state: VirtualState, ctx: Context[str], book: Book, wanted: ContactFilter
) -> list[ListedContact]:
    """The contacts ``wanted`` selects, in id order (``get=1``).

    Spec: ``grp`` "a list of contacts belonging to a group" (line 2247); ``phone`` the
    contact with that number (line 2250); ``fio`` "by any of the initials (last name,
    first name, and / or patronymic)" (line 2009): each word starts one of them, case
    aside; ``search`` "by contact name and / or phone number" (line 2010): a part of the
    name (case aside) or of a number; ``after_id`` the contacts after that id (line
    2011); ``cnt`` at most so many (line 2025, 1000 when not given).

    Raises:
        GatewayError: 9 when the error-9 window is full.
    """
    login = ctx.account
    addresses = (
        None
        if wanted.addresses is None
        else {address_key(entry) for entry in wanted.addresses.entries}
    )
    limit = wanted.cnt or MAX_CNT
    found: list[ListedContact] = []
    with state.store.transaction() as tx:
        admit(state, tx, ctx)
        after = None if wanted.after_id is None else f"{login}/{book.name}/{wanted.after_id:012d}"
        for _, record in tx.scan(CONTACT, prefix=f"{login}/{book.name}/", after=after):
            listed = _listed(record, wanted.grp)
            if listed is None or not _selected(record, listed, addresses, wanted):
                continue
            found.append(listed)
            if len(found) == limit:
                break
    return found


def _listed(record: Record, grp: tuple[int, ...] | None) -> ListedContact | None:
    groups = ints(record.get("groups"))
    if grp is not None:
        # Line 2143: "<group> – iD of the group that the contact belongs to": one, so a
        # contact of several groups shows the first that the request asked for.
        groups = [group for group in groups if group in grp]
        if not groups:
            return None
    bd = record.get("bd")
    return ListedContact(
        addresses=tuple(parse_recipient(text) for text in _texts(record.get("addresses"))),
        name=text_field(record, "name"),
        # A contact in no group: 0, which no group id is.
        group=groups[0] if groups else 0,
        first_name=text_field(record, "fnm"),
        last_name=text_field(record, "lnm"),
        middle_name=text_field(record, "mnm"),
        birthday=parse_date(bd) if isinstance(bd, str) else None,
        id=text_field(record, "myid"),
        comments=text_field(record, "cmt"),
        tags=text_field(record, "tags"),
        other=tuple(parse_recipient(text) for text in _texts(record.get("other"))),
    )


def _selected(
    record: Record, listed: ListedContact, addresses: set[str] | None, wanted: ContactFilter
) -> bool:
    keys = [address_key(entry) for entry in listed.addresses]
    if addresses is not None and not addresses.intersection(keys):
        return False
    if wanted.fio is not None:
        names = [text_field(record, n).casefold() for n in ("lnm", "fnm", "mnm")]
        for word in wanted.fio.casefold().split():
            if not any(name.startswith(word) for name in names):
                return False
    if wanted.search is not None:
        needle = wanted.search.strip().casefold()
        digits = needle.lstrip("+")
        if needle not in listed.name.casefold() and not any(
            (digits or needle) in key for key in keys
        ):
            return False
    return True


def group_key(login: str, group_id: int) -> str:
    """The ``group`` key of ``login``'s group ``group_id``."""
    return f"{login}/{group_id:012d}"


def admit(state: VirtualState, tx: Transaction, ctx: Context[str]) -> None:
    """Count the request against its error-9 window.

    Line 2261: "The server does not accept more than three identical requests per
    minute for operations with groups, contacts, or blacklisted entries".
    """
    state.admit(tx, "phones", ctx.account, ctx.request, ctx.now)
