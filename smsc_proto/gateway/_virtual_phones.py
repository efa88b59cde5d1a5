"""The virtual gateway's ``phones.php``: contacts, groups and the blacklist (private).

Spec (lines 1977-1990): "To create a contact: ...phones.php?add=1&...&phone=<phone>&
name=<name>" ... "To get the elements of the "black" list: ...phones.php?get_black=1".
The book of phone numbers (``_virtual_book.py``: the store kinds, the rules and the
error codes of lines 2054-2060).
"""

from __future__ import annotations

from .._scripts.phones import (
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesAddReply,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetBlackReply,
    PhonesGetGroup,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
    PhonesOkReply,
)
from ..values import Phone, PhoneList, Recipient
from ._context import Context
from ._gateway import Gateway
from ._virtual_book import (
    PHONE_BOOK,
    Book,
    ContactFields,
    ContactFilter,
    add_contact,
    change_contact,
    delete_contacts,
    given,
    list_contacts,
    move_contact,
    stored_wrong,
)
from ._virtual_book_lists import (
    add_black,
    add_group,
    change_group,
    delete_black,
    delete_group,
    list_black,
    list_groups,
)
from ._virtual_state import VirtualState, handles
from ._virtual_writable import writable

__all__ = ["register"]


def _fields(command: PhonesAdd | PhonesChange) -> ContactFields:
    return ContactFields(
        name=command.name,
        grp=command.grp,
        lnm=command.lnm,
        fnm=command.fnm,
        mnm=command.mnm,
        bd=command.bd,
        myid=command.myid,
        cmt=command.cmt,
        tags=command.tags,
        pho=command.pho,
    )


def _phone(entry: Recipient) -> Phone:
    if not isinstance(entry, Phone):
        raise stored_wrong(entry, "phone number")
    return entry


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``phones.php`` on ``gateway``."""
    book = PHONE_BOOK
    ok = PhonesOkReply(result="OK")

    @handles(gateway, PhonesAdd)
    def add(command: PhonesAdd, ctx: Context[str]) -> PhonesAddReply:
        """phones.php?add=1: a new contact."""
        phones = given(command.phone, "phone")
        return PhonesAddReply(id=add_contact(state, ctx, book, phones, _fields(command)))

    @handles(gateway, PhonesChange)
    def change(command: PhonesChange, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?chg=1: change a contact."""
        phones = given(command.phone, "phone")
        change_contact(
            state, ctx, book, phones, new_addresses=command.new_phone, fields=_fields(command)
        )
        return ok

    @handles(gateway, PhonesMoveToGroup)
    def move(command: PhonesMoveToGroup, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?move_group=1: the contact into these groups alone."""
        grp, phone = given(command.grp, "grp"), given(command.phone, "phone")
        move_contact(state, ctx, book, 1, grp=grp, entry=phone)
        return ok

    @handles(gateway, PhonesJoinGroup)
    def join(command: PhonesJoinGroup, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?move_group=2: the contact into these groups too."""
        grp, phone = given(command.grp, "grp"), given(command.phone, "phone")
        move_contact(state, ctx, book, 2, grp=grp, entry=phone)
        return ok

    @handles(gateway, PhonesLeaveGroup)
    def leave(command: PhonesLeaveGroup, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?move_group=3: the contact out of these groups."""
        grp, phone = given(command.grp, "grp"), given(command.phone, "phone")
        move_contact(state, ctx, book, 3, grp=grp, entry=phone)
        return ok

    @handles(gateway, PhonesDelete)
    def delete(command: PhonesDelete, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?del=1: delete contacts."""
        delete_contacts(state, ctx, book, given(command.phone, "phone"))
        return ok

    @handles(gateway, PhonesGet)
    def get(command: PhonesGet, ctx: Context[str]) -> list[PhonesGetReply]:
        """phones.php?get=1: the contacts."""
        wanted = ContactFilter(
            grp=command.grp,
            addresses=command.phone,
            fio=command.fio,
            search=command.search,
            after_id=command.after_id,
            cnt=command.cnt,
        )
        replies = [
            PhonesGetReply(
                phone=PhoneList(entries=contact.addresses),
                name=contact.name,
                group=contact.group,
                first_name=contact.first_name,
                last_name=contact.last_name,
                middle_name=contact.middle_name,
                birthday=contact.birthday,
                id=contact.id,
                comments=contact.comments,
                tags=contact.tags,
                phone_other=tuple(_phone(entry) for entry in contact.other),
            )
            for contact in list_contacts(state, ctx, book, wanted)
        ]
        return writable(command, replies)

    _register_groups(gateway, state, book)

    @handles(gateway, PhonesAddBlack)
    def add_to_blacklist(command: PhonesAddBlack, ctx: Context[str]) -> PhonesAddReply:
        """phones.php?add_black=1: blacklist a number."""
        phone = given(command.phone, "phone")
        entry_id = add_black(state, ctx, book, phone, comment=command.cmt, lock=command.type)
        return PhonesAddReply(id=entry_id)

    @handles(gateway, PhonesDeleteBlack)
    def delete_from_blacklist(command: PhonesDeleteBlack, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?del_black=1: take numbers off the blacklist."""
        delete_black(state, ctx, book, given(command.phone, "phone"))
        return ok

    @handles(gateway, PhonesGetBlack)
    def get_blacklist(command: PhonesGetBlack, ctx: Context[str]) -> list[PhonesGetBlackReply]:
        """phones.php?get_black=1: the blacklist."""
        replies = [
            PhonesGetBlackReply(
                id=entry.id, phone=_phone(entry.address), type=entry.type, comment=entry.comment
            )
            for entry in list_black(state, ctx, book, command.prev_id, command.cnt)
        ]
        return writable(command, replies)


def _register_groups(gateway: Gateway[str], state: VirtualState, book: Book) -> None:
    ok = PhonesOkReply(result="OK")

    @handles(gateway, PhonesAddGroup)
    def add_a_group(command: PhonesAddGroup, ctx: Context[str]) -> PhonesAddReply:
        """phones.php?add_group=1: a new group."""
        name = given(command.name, "name")
        group_id = add_group(state, ctx, book, name, num=command.num, group_type=command.type)
        return PhonesAddReply(id=group_id)

    @handles(gateway, PhonesChangeGroup)
    def change_a_group(command: PhonesChangeGroup, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?chg_group=1: rename a group."""
        grp, name = given(command.grp, "grp"), given(command.name, "name")
        change_group(state, ctx, grp, name, command.num)
        return ok

    @handles(gateway, PhonesDeleteGroup)
    def delete_a_group(command: PhonesDeleteGroup, ctx: Context[str]) -> PhonesOkReply:
        """phones.php?del_group=1: delete a group."""
        delete_group(state, ctx, given(command.grp, "grp"))
        return ok

    @handles(gateway, PhonesGetGroup)
    def get_groups(command: PhonesGetGroup, ctx: Context[str]) -> list[PhonesGetGroupReply]:
        """phones.php?get_group=1: the groups."""
        replies = [
            PhonesGetGroupReply(id=g.id, name=g.name, number=g.number, cnt=g.cnt)
            for g in list_groups(state, ctx, command.type)
        ]
        return writable(command, replies)
