"""mails.php: contacts, contact groups and the blacklist of e-mail addresses (private).

Spec (line 2003): "mail A list of e-mail addresses separated by any separator (the add
command), or an e-mail address (the move_group , add_black commands). Used for operations
with e-mail addresses in the mails.php script. The request format is similar to the
format for phones.php." Spec (line 2005): "new_mail New list of e-mail addresses separated
by any separator (CHG Command)."

That is all the spec says of mails.php (QUIRKS INC-67: no URL template, example or reply
of its own). Its commands are those of phones.php (lines 1977-1990) with ``phone`` read as
``mail`` and ``new_phone`` as ``new_mail``::

    mails.php?add=1&login=<login>&psw=<password>&mail=<mail>&name=<name>
    mails.php?add_group=1&login=<login>&psw=<password>&name=<name>
    mails.php?chg=1&login=<login>&psw=<password>&mail=<mail>&new_mail=<new_mail>
    mails.php?chg_group=1&login=<login>&psw=<password>&grp=<group_id>&name=<name>
    mails.php?move_group=1&login=<login>&psw=<password>&grp=<group_id>&mail=<mail>
    mails.php?move_group=2&login=<login>&psw=<password>&grp=<group_id>&mail=<mail>
    mails.php?move_group=3&login=<login>&psw=<password>&grp=<group_id>&mail=<mail>
    mails.php?del=1&login=<login>&psw=<password>&mail=<mail>
    mails.php?del_group=1&login=<login>&psw=<password>&grp=<group_id>
    mails.php?get=1&login=<login>&psw=<password>
    mails.php?get_group=1&login=<login>&psw=<password>
    mails.php?add_black=1&login=<login>&psw=<password>&mail=<mail>
    mails.php?del_black=1&login=<login>&psw=<password>&mail=<mail>
    mails.php?get_black=1&login=<login>&psw=<password>

The codecs, rules and the group and blacklist parameter sets are phones.php's
(:mod:`smsc_proto._scripts.phones`).

The replies are phones.php's too (lines 2032-2221), with the three renamings the reply
legends give for e-mail addresses: the contact's ``<phone>`` "is replaced with <mail>"
(line 2141), ``<phone_other>`` "with <mail_other>" (line 2151), and the blacklist's
``<phone>`` is "<email> when requesting an e-mail blacklist" (line 2219). Their fields
and layouts are built by the phones.php functions, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .._call_kind import CallKind
from .._command import Command, ReplyT, param, register
from .._replies import Field, Shape, error_table, responds
from ..values import EmailAddress, Phone, PhoneList
from .phones import (
    _AFTER_ID,
    _BIRTHDAY,
    _CNT,
    _FIELD,
    _GROUPS,
    _LOCK_TYPE,
    _NAME,
    _ONE_LINE,
    PHONES_ERRORS,
    _added_shapes,
    _AddGroupFields,
    _black_shape,
    _ChangeGroupFields,
    _check_after_id,
    _check_change,
    _contact_shape,
    _DeleteGroupFields,
    _GetBlackFields,
    _GetGroupFields,
    _group_shape,
    _ok_shape,
    _OtherRecipients,
    _Recipient,
    _Recipients,
)

__all__ = [
    "MailsAdd",
    "MailsAddBlack",
    "MailsAddGroup",
    "MailsAddReply",
    "MailsChange",
    "MailsChangeGroup",
    "MailsDelete",
    "MailsDeleteBlack",
    "MailsDeleteGroup",
    "MailsGet",
    "MailsGetBlack",
    "MailsGetBlackReply",
    "MailsGetGroup",
    "MailsGetGroupReply",
    "MailsGetReply",
    "MailsJoinGroup",
    "MailsLeaveGroup",
    "MailsMoveToGroup",
    "MailsOkReply",
]
__replies__ = [
    "MailsAddReply",
    "MailsGetBlackReply",
    "MailsGetGroupReply",
    "MailsGetReply",
    "MailsOkReply",
]

#: E-mail addresses only: a mail contact's addresses are no phones or group codes.
_MAILS: Final = _Recipients((EmailAddress,), "e-mail addresses", 2003)
_NEW_MAILS: Final = _Recipients((EmailAddress,), "e-mail addresses", 2005)
_ONE_MAIL: Final = _Recipient(EmailAddress, 2003)
# Line 2016 says "Other phone numbers"; the reply legend (line 2151) says that for e-mail
# contacts the field becomes <mail_other>. Both readings are accepted.
_OTHER: Final = _Recipients((Phone, EmailAddress), "phone numbers or e-mail addresses", 2016)


# -- contacts ------------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsAdd(Command["MailsAddReply"]):
    """Create an e-mail contact (``mails.php?add=1``).

    Spec (line 2003): "mail A list of e-mail addresses separated by any separator (the
    add command) ... The request format is similar to the format for phones.php." -- the
    phones.php template (line 1977) with ``mail`` for ``phone``:
    ``mails.php?add=1&login=<login>&psw=<password>&mail=<mail>&name=<name>``.

    Args:
        name: The contact's name (line 1999), one line, not empty.
        grp: The IDs of the contact's groups (line 2000), a non-empty tuple of
            1..2147483647.
        mail: The contact's addresses (line 2003); e-mail addresses only.
        lnm: Surname (line 2006).
        fnm: First name (line 2007 prints "ID.": QUIRKS INC-28).
        mnm: Middle name (line 2008).
        bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
        myid: "The contact ID assigned by the Client." (line 2013).
        cmt: "Commentary." (line 2014).
        tags: "Tags (tags)." (line 2015).
        pho: Other addresses (line 2016: "Other phone numbers. According to these
            numbers, SMS messages are not sent out."; line 2151: "For e-mail addresses
            are replaced with <mail_other>"): phone numbers or e-mail addresses.

    As in :class:`PhonesAdd`, the free-text fields are one line each and may be empty.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("add", "1")
    REQUIRED = ("mail", "name")

    name: str | None = param(_NAME)
    grp: tuple[int, ...] | None = param(_GROUPS)
    mail: PhoneList | None = param(_MAILS)
    lnm: str | None = param(_FIELD)
    fnm: str | None = param(_FIELD)
    mnm: str | None = param(_FIELD)
    bd: date | None = param(_BIRTHDAY)
    myid: str | None = param(_FIELD)
    cmt: str | None = param(_FIELD)
    tags: str | None = param(_FIELD)
    pho: PhoneList | None = param(_OTHER)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsChange(Command["MailsOkReply"]):
    """Change an e-mail contact (``mails.php?chg=1``).

    Spec (line 2005): "new_mail New list of e-mail addresses separated by any separator
    (CHG Command)." -- the phones.php template (line 1979) with ``mail``/``new_mail``:
    ``mails.php?chg=1&login=<login>&psw=<password>&mail=<mail>&new_mail=<new_mail>``.
    As for :class:`PhonesChange` (QUIRKS INC-58), ``mail`` finds the contact and at least
    one of ``new_mail`` and the contact fields changes.

    Args:
        name: As for :class:`MailsAdd`.
        grp: As for :class:`MailsAdd`.
        mail: The contact's addresses, e-mail addresses only (required).
        new_mail: The new addresses (line 2005); e-mail addresses only.
        lnm: As for :class:`MailsAdd`.
        fnm: As for :class:`MailsAdd`.
        mnm: As for :class:`MailsAdd`.
        bd: As for :class:`MailsAdd`.
        myid: As for :class:`MailsAdd`.
        cmt: As for :class:`MailsAdd`.
        tags: As for :class:`MailsAdd`.
        pho: As for :class:`MailsAdd`.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("chg", "1")
    REQUIRED = ("mail",)

    name: str | None = param(_NAME)
    grp: tuple[int, ...] | None = param(_GROUPS)
    mail: PhoneList | None = param(_MAILS)
    new_mail: PhoneList | None = param(_NEW_MAILS)
    lnm: str | None = param(_FIELD)
    fnm: str | None = param(_FIELD)
    mnm: str | None = param(_FIELD)
    bd: date | None = param(_BIRTHDAY)
    myid: str | None = param(_FIELD)
    cmt: str | None = param(_FIELD)
    tags: str | None = param(_FIELD)
    pho: PhoneList | None = param(_OTHER)

    def _check(self) -> None:
        _check_change(self, "new_mail")


@dataclass(frozen=True, slots=True, kw_only=True)
class _MailsMoveFields(Command[ReplyT]):
    """``grp`` and one ``mail``: the three ``move_group`` commands (private).

    Spec (line 2003): "... or an e-mail address (the move_group , add_black commands)";
    the phones.php templates of lines 1981-1983 with ``mail`` for ``phone``.
    """

    SCRIPT = "mails.php"
    REQUIRED = ("grp", "mail")

    grp: tuple[int, ...] | None = param(_GROUPS)
    mail: EmailAddress | None = param(_ONE_MAIL)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsMoveToGroup(_MailsMoveFields["MailsOkReply"]):
    """Transfer an e-mail contact to another group (``mails.php?move_group=1``).

    Spec (line 1981, phones.php): "To transfer a contact to a new group:
    ``...?move_group=1&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``",
    with ``mail`` for ``phone`` (line 2003).

    Args:
        grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000).
        mail: The contact's address: one :class:`~smsc_proto.values.EmailAddress`.
    """

    SELECTOR = ("move_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsJoinGroup(_MailsMoveFields["MailsOkReply"]):
    """Add a group to an e-mail contact (``mails.php?move_group=2``).

    Spec (line 1982, phones.php): "To add a new group to a contact: ``...?move_group=2&
    login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
    ``phone`` (line 2003).

    Args:
        grp: As for :class:`MailsMoveToGroup`.
        mail: As for :class:`MailsMoveToGroup`.
    """

    SELECTOR = ("move_group", "2")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsLeaveGroup(_MailsMoveFields["MailsOkReply"]):
    """Remove an e-mail contact from a group (``mails.php?move_group=3``).

    Spec (line 1983, phones.php): "To remove a contact from a group: ``...?move_group=3&
    login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
    ``phone`` (line 2003).

    Args:
        grp: As for :class:`MailsMoveToGroup`.
        mail: As for :class:`MailsMoveToGroup`.
    """

    SELECTOR = ("move_group", "3")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsDelete(Command["MailsOkReply"]):
    """Delete an e-mail contact (``mails.php?del=1``).

    Spec (line 1984, phones.php): "To delete a contact: ``...?del=1&login=<login>&psw=
    <password>&phone=<phone>``", with ``mail`` for ``phone`` (line 2003).

    Args:
        mail: The contact's addresses, e-mail addresses only (a list is accepted, as for
            :class:`PhonesDelete`).
    """

    SCRIPT = "mails.php"
    SELECTOR = ("del", "1")
    REQUIRED = ("mail",)

    mail: PhoneList | None = param(_MAILS)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGet(Command["list[MailsGetReply]"]):
    """List e-mail contacts (``mails.php?get=1``).

    Spec (line 1986, phones.php): "To display a list of contacts: ``...?get=1&login=
    <login>&psw=<password>``"; the filters of :class:`PhonesGet`, with ``mail`` for
    ``phone`` (line 2003).

    Args:
        grp: Only contacts of these groups (line 2000).
        mail: Only contacts with these addresses, e-mail addresses only.
        fio: Full-name filter (line 2009), one line.
        search: Name or address filter (line 2010), one line.
        after_id: The contact ``int_id`` to continue after (line 2011): 1..2**63-1, only
            with ``fmt=3``.
        cnt: The most records returned (line 2025), 1..1000.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("get", "1")
    KIND = CallKind.READ

    grp: tuple[int, ...] | None = param(_GROUPS)
    mail: PhoneList | None = param(_MAILS)
    fio: str | None = param(_FIELD)
    search: str | None = param(_FIELD)
    after_id: int | None = param(_AFTER_ID)
    cnt: int | None = param(_CNT)

    def _check(self) -> None:
        _check_after_id(self.after_id, self.fmt)


# -- groups --------------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsAddGroup(_AddGroupFields["MailsAddReply"]):
    """Create a contact group (``mails.php?add_group=1``).

    Spec (line 1978, phones.php): "To create a new group: ``...?add_group=1&login=
    <login>&psw=<password>&name=<name>``".

    Args:
        name: The group's name (line 1999), one line, not empty.
        num: The group's mailing number (line 2001), 1..2147483647.
        type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
            addresses. The spec does not tie a value to mails.php: both are accepted.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("add_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsChangeGroup(_ChangeGroupFields["MailsOkReply"]):
    """Rename a contact group or change its number (``mails.php?chg_group=1``).

    Spec (line 1980, phones.php): "To change the group name: ``...?chg_group=1&login=
    <login>&psw=<password>&grp=<group_id>&name=<name>``".

    Args:
        name: The group's new name, one line, not empty.
        grp: The group's ID (one), 1..2147483647.
        num: The group's new mailing number, 1..2147483647.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("chg_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsDeleteGroup(_DeleteGroupFields["MailsOkReply"]):
    """Delete a contact group (``mails.php?del_group=1``).

    Spec (line 1985, phones.php): "To delete a group: ``...?del_group=1&login=<login>&
    psw=<password>&grp=<group_id>``".

    Args:
        grp: The group's ID (one), 1..2147483647.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("del_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGetGroup(_GetGroupFields["list[MailsGetGroupReply]"]):
    """List the contact groups (``mails.php?get_group=1``).

    Spec (line 1987, phones.php): "To display a list of groups: ``...?get_group=1&login=
    <login>&psw=<password>``".

    Args:
        type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("get_group", "1")
    KIND = CallKind.READ


# -- the blacklist -------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsAddBlack(Command["MailsAddReply"]):
    """Add an e-mail address to the blacklist (``mails.php?add_black=1``).

    Spec (line 2003): "... or an e-mail address (the move_group , add_black commands)";
    the phones.php template of line 1988 with ``mail`` for ``phone``.

    Args:
        mail: The address: one :class:`~smsc_proto.values.EmailAddress`.
        cmt: A comment (line 2014), one line.
        type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
            messages.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("add_black", "1")
    REQUIRED = ("mail",)

    mail: EmailAddress | None = param(_ONE_MAIL)
    cmt: str | None = param(_FIELD)
    type: int | None = param(_LOCK_TYPE)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsDeleteBlack(Command["MailsOkReply"]):
    """Remove e-mail addresses from the blacklist (``mails.php?del_black=1``).

    Spec (line 1989, phones.php): "To remove an entry from the blacklist:
    ``...?del_black=1&login=<login>&psw=<password>&phone=<phone>``", with ``mail`` for
    ``phone`` (line 2003).

    Args:
        mail: The addresses, e-mail addresses only (a list is accepted, as for
            :class:`PhonesDeleteBlack`).
    """

    SCRIPT = "mails.php"
    SELECTOR = ("del_black", "1")
    REQUIRED = ("mail",)

    mail: PhoneList | None = param(_MAILS)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGetBlack(_GetBlackFields["list[MailsGetBlackReply]"]):
    """List the e-mail blacklist (``mails.php?get_black=1``).

    Spec (line 1990, phones.php): "To get the elements of the "black" list:
    ``...?get_black=1&login=<login>&psw=<password>``"; (line 2219): the reply carries
    "<email>" "when requesting an e-mail blacklist".

    Args:
        prev_id: The global ID of a blacklist item; items added before it are listed
            (line 2024), 1..2**63-1.
        cnt: The most records returned (line 2025), 1..1000.
    """

    SCRIPT = "mails.php"
    SELECTOR = ("get_black", "1")
    KIND = CallKind.READ


# -- replies -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class MailsAddReply:
    """The reply of the mails.php commands that add: the new record's ID.

    Commands: :class:`~smsc_proto.commands.MailsAdd`,
    :class:`~smsc_proto.commands.MailsAddGroup` and
    :class:`~smsc_proto.commands.MailsAddBlack`.

    Spec (lines 2064-2082, phones.php; QUIRKS INC-67): "when fmt = 0: ID = <id>; when
    fmt = 1: <id>; when fmt = 2 (creating a contact, blacklisting entry): <phone><id>id
    </id></phone>; when fmt = 2 (creating a group): <group><id>id</id></group>; when
    fmt = 3: {"id": <id>}". The legends rename no ``<phone>`` root, so it stays.

    Args:
        id: "the ID of the contact, group, or blacklist entry assigned by the Server
            automatically" (line 2084).
    """

    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MailsOkReply:
    """The reply of the mails.php commands that change or delete.

    Spec (lines 2086-2094, phones.php; QUIRKS INC-67): "when fmt = 0,1: OK; when fmt = 2:
    <result>OK</result>; when fmt = 3: {"result": "OK"}" -- the reply of
    :class:`~smsc_proto.commands.MailsChange`,
    :class:`~smsc_proto.commands.MailsChangeGroup`,
    :class:`~smsc_proto.commands.MailsDelete`,
    :class:`~smsc_proto.commands.MailsDeleteGroup`,
    :class:`~smsc_proto.commands.MailsDeleteBlack` and (QUIRKS INC-27) the three
    ``move_group`` commands.

    Args:
        result: Always ``"OK"``, the only value the spec shows.
    """

    result: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGetReply:
    """One contact of the reply of :class:`~smsc_proto.commands.MailsGet` (a list).

    Spec (lines 2097-2151, phones.php; QUIRKS INC-67): the contact list of
    :class:`~smsc_proto.responses.PhonesGetReply`, where "<phone> ... For e-mail
    addresses, it is replaced with <mail>" (line 2141) and "<phone_other> ... For e-mail
    addresses are replaced with <mail_other>" (line 2151): ``mail = <mail>, name = <name>,
    ..., mail_other = <mail_other>`` (fmt=0), ``<mail>,<name>,...,<mail_other>`` (fmt=1),
    ``<mail>``/``<mail_other>`` elements and ``"mail"``/``"mail_other"`` keys.

    Args:
        mail: The contact's e-mail addresses (line 2141), as
            :class:`~smsc_proto.commands.MailsChange` and
            :class:`~smsc_proto.commands.MailsDelete` take them.
        name: "contact Name." (line 2142).
        group: "iD of the group that the contact belongs to." (line 2143).
        first_name: The first name (line 2144 prints "ID.": QUIRKS INC-28).
        last_name: "surname." (line 2145).
        middle_name: "middle name." (line 2146).
        birthday: "date of birth in the format dd.mm.yyyy." (line 2147).
        id: "contact Id assigned by the Client." (line 2148): the ``myid`` text of
            :class:`~smsc_proto.commands.MailsAdd` (QUIRKS INC-25).
        comments: "commentary." (line 2149).
        tags: "tags (tags)." (line 2150).
        mail_other: The other addresses (line 2151): phone numbers or e-mail addresses,
            as :class:`~smsc_proto.commands.MailsAdd` ``pho`` takes them; ``()`` when there
            are none.

    As for phones.php, the text values are one line each and all but ``mail`` hold no
    ``,``.
    """

    mail: PhoneList | None = None
    name: str | None = None
    group: int | None = None
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    birthday: date | None = None
    id: str | None = None
    comments: str | None = None
    tags: str | None = None
    mail_other: tuple[Phone | EmailAddress, ...] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGetGroupReply:
    """One group of the reply of :class:`~smsc_proto.commands.MailsGetGroup` (a list).

    Spec (lines 2153-2186, phones.php; QUIRKS INC-67): "id = <id>, name = <name>, number =
    <number>, cnt = <cnt> ..." (fmt=0), ``<id>,<name>,<number>,<cnt>`` (fmt=1),
    ``<group>`` elements under ``<list>`` (fmt=2), ``"cnt"`` quoted and ``"id"``,
    ``"number"`` bare (fmt=3, QUIRKS INC-26).

    Args:
        id: "group ID assigned by the Server when creating the group." (line 2183).
        name: "the name of the group." (line 2184), one line.
        number: "the number of the mailing group." (line 2185).
        cnt: "the number of contacts in the group." (line 2186).
    """

    id: int | None = None
    name: str | None = None
    number: int | None = None
    cnt: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MailsGetBlackReply:
    """One entry of the reply of :class:`~smsc_proto.commands.MailsGetBlack` (a list).

    Spec (lines 2188-2221, phones.php; QUIRKS INC-67): "id = <id>, phone = <phone>, type =
    <type>, comment = <comment> ...", where "<phone> – phone number (or <email><email>
    when requesting an e-mail blacklist)" (line 2219): ``id = <id>, email = <email>, ...``
    (fmt=0), ``<id>,<email>,<type>,<comment>`` (fmt=1), an ``<email>`` element and an
    ``"email"`` key.

    Args:
        id: "iD of the element assigned by the Server when creating." (line 2218).
        email: The blocked address (line 2219): one
            :class:`~smsc_proto.values.EmailAddress`.
        type: "blocking type: 0 – all messages, 1 - mass mailings, 2 - single messages."
            (line 2220).
        comment: "commentary." (line 2221), one line.
    """

    id: int | None = None
    email: EmailAddress | None = None
    type: int | None = None
    comment: str | None = None


# The first value of a contact line, free as phones.php's <phone> is; the other
# addresses take phone numbers or e-mail addresses, as ``pho`` does (_OTHER above).
_R_MAIL: Final = Field("mail", _Recipients((EmailAddress,), "e-mail addresses", 2141), ".*", True)
_R_MAIL_OTHER: Final = Field(
    "mail_other",
    _OtherRecipients((Phone, EmailAddress), "phone numbers or e-mail addresses", 2151),
    _ONE_LINE,
    True,
)
_R_EMAIL: Final = Field("email", _Recipient(EmailAddress, 2219), r"[^,\s]+", True)

#: Spec (errors of lines 2052-2060, shared with phones.php): the error codes of mails.php.
MAILS_ERRORS: Final = PHONES_ERRORS

_ADDED, _GROUP_ADDED = _added_shapes(MailsAddReply)
_OK: Final = _ok_shape(MailsOkReply)

#: command class -> its reply shape (as for phones.php).
_MAILS_REPLIES: Final[dict[type[Command], Shape[Any]]] = {
    MailsAdd: _ADDED,
    MailsAddGroup: _GROUP_ADDED,
    MailsAddBlack: _ADDED,
    MailsChange: _OK,
    MailsChangeGroup: _OK,
    # QUIRKS INC-27: move_group answers as a change does.
    MailsMoveToGroup: _OK,
    MailsJoinGroup: _OK,
    MailsLeaveGroup: _OK,
    MailsDelete: _OK,
    MailsDeleteGroup: _OK,
    MailsDeleteBlack: _OK,
    MailsGet: _contact_shape(MailsGetReply, _R_MAIL, _R_MAIL_OTHER),
    MailsGetGroup: _group_shape(MailsGetGroupReply),
    MailsGetBlack: _black_shape(MailsGetBlackReply, _R_EMAIL),
}


error_table(*_MAILS_REPLIES, errors=MAILS_ERRORS)


@responds(*_MAILS_REPLIES)
def _mails_reply(command: Command) -> Shape[Any]:
    return _MAILS_REPLIES[type(command)]
