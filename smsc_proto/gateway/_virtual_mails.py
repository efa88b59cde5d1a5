"""The virtual gateway's ``mails.php``: the e-mail contacts, groups and blacklist (private).

Spec (line 2003): "mail A list of e-mail addresses separated by any separator (the add
command), or an e-mail address (the move_group , add_black commands). Used for operations
with e-mail addresses in the mails.php script. The request format is similar to the
format for phones.php." So every command is phones.php's on the e-mail book
(``MAIL_BOOK`` of ``_virtual_book.py``): the same store kinds (``contact``,
``contact.address``, ``group``, ``blacklist``, ``blacklist.address`` with the book
``mail``), the same rules and error codes (lines 2054-2060), the groups of ``type`` 1
(line 2023: "1 – group for e-mail addresses") by default. Addresses are filed in lower
case: ``Alex@MySite.ru`` and ``alex@mysite.ru`` are one contact.
"""

from __future__ import annotations

from .._scripts.mails import (
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsAddReply,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetBlackReply,
    MailsGetGroup,
    MailsGetGroupReply,
    MailsGetReply,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
    MailsOkReply,
)
from ..values import EmailAddress, Phone, PhoneList, Recipient
from ._context import Context
from ._gateway import Gateway
from ._virtual_book import (
    MAIL_BOOK,
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


def _fields(command: MailsAdd | MailsChange) -> ContactFields:
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


def _email(entry: Recipient) -> EmailAddress:
    if not isinstance(entry, EmailAddress):
        raise stored_wrong(entry, "e-mail address")
    return entry


def _other(entry: Recipient) -> Phone | EmailAddress:
    # Line 2151: "<mail_other>" -- what pho took: phone numbers or e-mail addresses.
    if not isinstance(entry, (Phone, EmailAddress)):
        raise stored_wrong(entry, "phone number or e-mail address")
    return entry


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``mails.php`` on ``gateway``."""
    book = MAIL_BOOK
    ok = MailsOkReply(result="OK")

    @handles(gateway, MailsAdd)
    def add(command: MailsAdd, ctx: Context[str]) -> MailsAddReply:
        """mails.php?add=1: a new e-mail contact."""
        mails = given(command.mail, "mail")
        return MailsAddReply(id=add_contact(state, ctx, book, mails, _fields(command)))

    @handles(gateway, MailsChange)
    def change(command: MailsChange, ctx: Context[str]) -> MailsOkReply:
        """mails.php?chg=1: change an e-mail contact."""
        mails = given(command.mail, "mail")
        change_contact(
            state, ctx, book, mails, new_addresses=command.new_mail, fields=_fields(command)
        )
        return ok

    @handles(gateway, MailsMoveToGroup)
    def move(command: MailsMoveToGroup, ctx: Context[str]) -> MailsOkReply:
        """mails.php?move_group=1: the contact into these groups alone."""
        grp, mail = given(command.grp, "grp"), given(command.mail, "mail")
        move_contact(state, ctx, book, 1, grp=grp, entry=mail)
        return ok

    @handles(gateway, MailsJoinGroup)
    def join(command: MailsJoinGroup, ctx: Context[str]) -> MailsOkReply:
        """mails.php?move_group=2: the contact into these groups too."""
        grp, mail = given(command.grp, "grp"), given(command.mail, "mail")
        move_contact(state, ctx, book, 2, grp=grp, entry=mail)
        return ok

    @handles(gateway, MailsLeaveGroup)
    def leave(command: MailsLeaveGroup, ctx: Context[str]) -> MailsOkReply:
        """mails.php?move_group=3: the contact out of these groups."""
        grp, mail = given(command.grp, "grp"), given(command.mail, "mail")
        move_contact(state, ctx, book, 3, grp=grp, entry=mail)
        return ok

    @handles(gateway, MailsDelete)
    def delete(command: MailsDelete, ctx: Context[str]) -> MailsOkReply:
        """mails.php?del=1: delete e-mail contacts."""
        delete_contacts(state, ctx, book, given(command.mail, "mail"))
        return ok

    @handles(gateway, MailsGet)
    def get(command: MailsGet, ctx: Context[str]) -> list[MailsGetReply]:
        """mails.php?get=1: the e-mail contacts."""
        wanted = ContactFilter(
            grp=command.grp,
            addresses=command.mail,
            fio=command.fio,
            search=command.search,
            after_id=command.after_id,
            cnt=command.cnt,
        )
        replies = [
            MailsGetReply(
                mail=PhoneList(entries=contact.addresses),
                name=contact.name,
                group=contact.group,
                first_name=contact.first_name,
                last_name=contact.last_name,
                middle_name=contact.middle_name,
                birthday=contact.birthday,
                id=contact.id,
                comments=contact.comments,
                tags=contact.tags,
                mail_other=tuple(_other(entry) for entry in contact.other),
            )
            for contact in list_contacts(state, ctx, book, wanted)
        ]
        return writable(command, replies)

    @handles(gateway, MailsAddGroup)
    def add_a_group(command: MailsAddGroup, ctx: Context[str]) -> MailsAddReply:
        """mails.php?add_group=1: a new group (of e-mail addresses unless ``type``)."""
        name = given(command.name, "name")
        group_id = add_group(state, ctx, book, name, num=command.num, group_type=command.type)
        return MailsAddReply(id=group_id)

    @handles(gateway, MailsChangeGroup)
    def change_a_group(command: MailsChangeGroup, ctx: Context[str]) -> MailsOkReply:
        """mails.php?chg_group=1: rename a group."""
        grp, name = given(command.grp, "grp"), given(command.name, "name")
        change_group(state, ctx, grp, name, command.num)
        return ok

    @handles(gateway, MailsDeleteGroup)
    def delete_a_group(command: MailsDeleteGroup, ctx: Context[str]) -> MailsOkReply:
        """mails.php?del_group=1: delete a group."""
        delete_group(state, ctx, given(command.grp, "grp"))
        return ok

    @handles(gateway, MailsGetGroup)
    def get_groups(command: MailsGetGroup, ctx: Context[str]) -> list[MailsGetGroupReply]:
        """mails.php?get_group=1: the groups."""
        replies = [
            MailsGetGroupReply(id=g.id, name=g.name, number=g.number, cnt=g.cnt)
            for g in list_groups(state, ctx, command.type)
        ]
        return writable(command, replies)

    @handles(gateway, MailsAddBlack)
    def add_to_blacklist(command: MailsAddBlack, ctx: Context[str]) -> MailsAddReply:
        """mails.php?add_black=1: blacklist an address."""
        mail = given(command.mail, "mail")
        entry_id = add_black(state, ctx, book, mail, comment=command.cmt, lock=command.type)
        return MailsAddReply(id=entry_id)

    @handles(gateway, MailsDeleteBlack)
    def delete_from_blacklist(command: MailsDeleteBlack, ctx: Context[str]) -> MailsOkReply:
        """mails.php?del_black=1: take addresses off the blacklist."""
        delete_black(state, ctx, book, given(command.mail, "mail"))
        return ok

    @handles(gateway, MailsGetBlack)
    def get_blacklist(command: MailsGetBlack, ctx: Context[str]) -> list[MailsGetBlackReply]:
        """mails.php?get_black=1: the e-mail blacklist."""
        replies = [
            MailsGetBlackReply(
                id=entry.id, email=_email(entry.address), type=entry.type, comment=entry.comment
            )
            for entry in list_black(state, ctx, book, command.prev_id, command.cnt)
        ]
        return writable(command, replies)
