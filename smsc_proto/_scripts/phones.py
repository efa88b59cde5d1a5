"""phones.php: contacts, contact groups and the blacklist of phone numbers (private).

Spec (lines 1977-1990)::

    phones.php?add=1&login=<login>&psw=<password>&phone=<phone>&name=<name>
    phones.php?add_group=1&login=<login>&psw=<password>&name=<name>
    phones.php?chg=1&login=<login>&psw=<password>&phone=<phone>&new_phone=<new_phone>
    phones.php?chg_group=1&login=<login>&psw=<password>&grp=<group_id>&name=<name>
    phones.php?move_group=1&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>
    phones.php?move_group=2&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>
    phones.php?move_group=3&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>
    phones.php?del=1&login=<login>&psw=<password>&phone=<phone>
    phones.php?del_group=1&login=<login>&psw=<password>&grp=<group_id>
    phones.php?get=1&login=<login>&psw=<password>
    phones.php?get_group=1&login=<login>&psw=<password>
    phones.php?add_black=1&login=<login>&psw=<password>&phone=<phone>
    phones.php?del_black=1&login=<login>&psw=<password>&phone=<phone>
    phones.php?get_black=1&login=<login>&psw=<password>

One parameter table serves every action (lines 1997-2030); which optional parameter an
action takes is inferred from the table's own words ("add command", "get command"...).
The fields are declared in the table's order. ``fmt`` is the base's (line 2026).

mails.php is the e-mail twin (line 2003: "The request format is similar to the format for
phones.php."): its module imports the codecs, rules and group/blacklist bases defined
here, so the two scripts cannot drift apart.

The replies (lines 2032-2221) follow the commands: the new ID of an add, ``OK`` of a
change or delete, and the contact, group and blacklist lists. Their fields and layouts
are built by functions that mails.php calls with its own models and field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final, TypeVar

from .._call_kind import CallKind
from .._coerce import PHONE_INPUT, as_group_ids, as_recipient
from .._command import (
    Codec,
    Command,
    Int,
    IntChoice,
    ReplyT,
    Syntax,
    Text,
    TextChoice,
    param,
    register,
)
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import (
    LINE_TEXT,
    Field,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    error_table,
    integer,
    responds,
)
from .._util import is_ascii_digits, short
from ..values import (
    EmailAddress,
    GroupCode,
    Phone,
    PhoneList,
    Recipient,
    TelegramId,
    TelegramNick,
    format_date,
    format_recipient,
    parse_date,
    parse_recipient,
)
from ._lists import PhoneListCodec, renamed

__all__ = [
    "PhonesAdd",
    "PhonesAddBlack",
    "PhonesAddGroup",
    "PhonesAddReply",
    "PhonesChange",
    "PhonesChangeGroup",
    "PhonesDelete",
    "PhonesDeleteBlack",
    "PhonesDeleteGroup",
    "PhonesGet",
    "PhonesGetBlack",
    "PhonesGetBlackReply",
    "PhonesGetGroup",
    "PhonesGetGroupReply",
    "PhonesGetReply",
    "PhonesJoinGroup",
    "PhonesLeaveGroup",
    "PhonesMoveToGroup",
    "PhonesOkReply",
]
__replies__ = [
    "PhonesAddReply",
    "PhonesGetBlackReply",
    "PhonesGetGroupReply",
    "PhonesGetReply",
    "PhonesOkReply",
]

R = TypeVar("R", bound=Phone | EmailAddress)
M = TypeVar("M")

# Group IDs are "assigned by the Server when creating the group" (line 2183); the spec
# gives no range, so they are the positive 32-bit numbers of every other server ID.
_INT32_MAX: Final = 2_147_483_647
# after_id is an "int_id" and prev_id a "global identifier" (lines 2011, 2024): ids
# counted over all clients, so they get the 64-bit range rather than the 32-bit one.
_INT64_MAX: Final = 2**63 - 1
# Spec (line 2025): "cnt The number of records returned ... The maximum value is 1000."
_CNT_MAX: Final = 1000


def _kind(entry: Recipient) -> str:
    """The name of a recipient's form, for error messages."""
    if isinstance(entry, Phone):
        return "phone number"
    if isinstance(entry, EmailAddress):
        return "e-mail address"
    if isinstance(entry, GroupCode):
        return "group code"
    if isinstance(entry, TelegramId):
        return "telegram ID"
    if isinstance(entry, TelegramNick):
        return "telegram nickname"
    return type(entry).__name__  # pragma: no cover - PhoneList admits no other type


class _Recipients(PhoneListCodec):
    """A list of recipients of some forms only (phone numbers, e-mail addresses).

    The list syntax is :func:`~smsc_proto.values.parse_phone_list`'s. Spec (line 2002):
    "List of phone numbers separated by any separator"; the values layer reads "any
    separator" as ``,`` or ``;`` (the separators of send.php ``phones``) and writes ``,``.

    Args:
        kinds: The recipient types allowed.
        what: How the error messages name them ("phone numbers").
        line: The spec line that names them.
    """

    def __init__(self, kinds: tuple[type, ...], what: str, line: int) -> None:
        self.kinds = kinds
        self.what = what
        self.line = line

    def problem(self, value: PhoneList) -> str | None:
        for entry in value.entries:
            if not isinstance(entry, self.kinds):
                return (
                    f"must list {self.what} only (line {self.line}), got the {_kind(entry)} "
                    f"{short(format_recipient(entry))}"
                )
        return None


class _Recipient(Codec[R]):
    """Exactly one recipient of one form (a phone number, or an e-mail address).

    Spec (line 2002): "... or phone number (the move_group, add_black commands)". Spaces
    around it are accepted and dropped, as in a list.

    Args:
        kind: :class:`~smsc_proto.values.Phone` or :class:`~smsc_proto.values.EmailAddress`.
        line: The spec line that names it.
    """

    def __init__(self, kind: type[R], line: int) -> None:
        self.kind: type[R] = kind
        self.line = line
        self.what = "one phone number" if kind is Phone else "one e-mail address"

    accepts = PHONE_INPUT

    def coerce(self, name: str, value: Any) -> R:
        result: R = as_recipient(name, value, self.kind)
        return result

    def format(self, name: str, value: R) -> str:
        if not isinstance(value, self.kind):
            raise LocalProtocolError(
                f"{name}: must be {self.what} (line {self.line}), "
                f"got {type(value).__name__} (a {self.kind.__name__} is needed)"
            )
        return format_recipient(value)

    def parse(self, name: str, text: str) -> R:
        if "," in text or ";" in text:
            raise RemoteProtocolError(
                f"{name}: must be {self.what} (line {self.line}), got a list {short(text)}"
            )
        try:
            value = parse_recipient(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(renamed(str(exc), name)) from None
        if not isinstance(value, self.kind):
            raise RemoteProtocolError(
                f"{name}: must be {self.what} (line {self.line}), got the {_kind(value)} "
                f"{short(text)}"
            )
        return value


class _GroupIds(Codec[tuple[int, ...]]):
    """``grp`` of a contact: one or more group IDs, separated by commas.

    Spec (line 2000): "grp ID of the group that the contact belongs to. You can link a
    contact to several groups at once by specifying their IDs separated by commas." The
    value is always a tuple (``(321,)`` travels as ``321``), so a decoded command encodes
    back to the same text. Each ID is 1..2147483647; empty IDs and spaces are refused.
    """

    accepts = "int | list[int]"

    def coerce(self, name: str, value: Any) -> tuple[int, ...]:
        result: tuple[int, ...] = as_group_ids(name, value)
        return result

    _ID = Int(1, _INT32_MAX)

    def format(self, name: str, value: tuple[int, ...]) -> str:
        if not isinstance(value, tuple):
            raise LocalProtocolError(
                f"{name}: must be a tuple of group IDs, got {type(value).__name__}"
            )
        if not value:
            raise LocalProtocolError(f"{name}: needs at least one group ID")
        return ",".join([self._ID.format(name, item) for item in value])

    def parse(self, name: str, text: str) -> tuple[int, ...]:
        ids: list[int] = []
        for index, part in enumerate(text.split(",")):
            if not part:
                raise RemoteProtocolError(
                    f"{name}: empty group ID at position {index + 1} in {short(text)}"
                )
            if not is_ascii_digits(part):
                raise RemoteProtocolError(
                    f"{name}: group IDs must be 1..{_INT32_MAX} separated by commas "
                    f"(line 2000), got {short(text)}"
                )
            ids.append(self._ID.parse(name, part))
        return tuple(ids)


#: Phone numbers only: a contact's numbers are no group codes or messenger ids.
_PHONES: Final = _Recipients((Phone,), "phone numbers", 2002)
_NEW_PHONES: Final = _Recipients((Phone,), "phone numbers", 2004)
_OTHER_PHONES: Final = _Recipients((Phone,), "phone numbers", 2016)
_ONE_PHONE: Final = _Recipient(Phone, 2002)
_GROUPS: Final = _GroupIds()
_GROUP_ID: Final = Int(1, _INT32_MAX)
# Names and personal fields are one field of a line-per-record reply (line 2103:
# "<phone>,<name>,<group>,..."): they cannot hold a line break.
_NAME: Final = Text(nonempty=True, single_line=True)
# May be empty: on chg=1 an empty value is how a field would be cleared (the spec says
# nothing either way, so the value is sent as given).
_FIELD: Final = Text(single_line=True)
_BIRTHDAY: Final = Syntax(parse_date, format_date, date)
# Spec (line 2001): "num The number of the group for sending messages" -- the <n> of
# the G<n> recipient code (GroupCode's range).
_NUM: Final = Int(1, _INT32_MAX)
# Spec (lines 2021-2023): "Or group type (add_group and get_group commands): 0 - group for
# phone numbers. 1 - group for e-mail addresses."
_GROUP_TYPE: Final = IntChoice(0, 1)
# Spec (lines 2017-2020): "type Lock type (add_black commands): 0 - all messages. 1 -
# mass mailing lists. 2 - single messages."
_LOCK_TYPE: Final = IntChoice(0, 1, 2)
_AFTER_ID: Final = Int(1, _INT64_MAX)
_PREV_ID: Final = Int(1, _INT64_MAX)
_CNT: Final = Int(1, _CNT_MAX)

#: The contact fields a chg=1 may change besides the numbers (table order).
_CONTACT_FIELDS: Final = ("name", "grp", "lnm", "fnm", "mnm", "bd", "myid", "cmt", "tags", "pho")


def _check_change(command: Command, new: str) -> None:
    """chg=1 must change something: ``new`` (``new_phone``/``new_mail``) or a field.

    Spec (line 1979): the chg URL template changes the numbers (``new_phone``); the
    example of line 2235 renames the contact with ``name`` alone (QUIRKS INC-58). Both
    are accepted; a chg=1 with neither changes nothing and is refused.
    """
    if all(getattr(command, n) is None for n in (new, *_CONTACT_FIELDS)):
        raise LocalProtocolError(
            f"{command.SCRIPT}: chg=1 changes nothing: give {new} or a contact field "
            f"({', '.join(_CONTACT_FIELDS)}) (lines 1979, 2235, INC-58)"
        )


def _check_after_id(after_id: int | None, fmt: int | None) -> None:
    """``after_id`` pages the fmt=3 list only.

    Spec (line 2011): "after_id Contact ID (int_id), starting from which to return the
    contact list (get command, fmt=3 format)".
    """
    if after_id is not None and fmt != 3:
        raise LocalProtocolError(f"after_id: only with fmt=3 (line 2011), got fmt={fmt}")


# -- contacts ------------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesAdd(Command["PhonesAddReply"]):
    """Create a contact (``phones.php?add=1``).

    Spec (line 1977): "To create a contact: ``phones.php?add=1&login=<login>&psw=
    <password>&phone=<phone>&name=<name>``"; example (line 2229): ``add=1&login=alex&
    psw=123&phone=79999999999&name=Contact&grp=321``. The optional parameters are the
    contact fields of the table (lines 1999-2016); the spec ties none of them to a
    command, so all of them are accepted.

    Args:
        name: The contact's name (line 1999: "Contact or group name."), one line.
        grp: The IDs of the groups the contact belongs to (line 2000: "You can link a
            contact to several groups at once by specifying their IDs separated by
            commas"), a non-empty tuple of 1..2147483647.
        phone: The contact's numbers (line 2002: "List of phone numbers separated by any
            separator (add command)"); phone numbers only.
        lnm: Surname (line 2006).
        fnm: First name (line 2007 prints "ID.", a mistranslation: QUIRKS INC-28).
        mnm: Middle name (line 2008).
        bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
        myid: "The contact ID assigned by the Client." (line 2013).
        cmt: "Commentary." (line 2014).
        tags: "Tags (tags)." (line 2015).
        pho: "Other phone numbers. According to these numbers, SMS messages are not sent
            out." (line 2016); phone numbers only.

    The free-text fields are one line each (a reply lists one contact per line) and may
    be empty.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("add", "1")
    REQUIRED = ("phone", "name")

    name: str | None = param(_NAME)
    grp: tuple[int, ...] | None = param(_GROUPS)
    phone: PhoneList | None = param(_PHONES)
    lnm: str | None = param(_FIELD)
    fnm: str | None = param(_FIELD)
    mnm: str | None = param(_FIELD)
    bd: date | None = param(_BIRTHDAY)
    myid: str | None = param(_FIELD)
    cmt: str | None = param(_FIELD)
    tags: str | None = param(_FIELD)
    pho: PhoneList | None = param(_OTHER_PHONES)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesChange(Command["PhonesOkReply"]):
    """Change a contact (``phones.php?chg=1``).

    Spec (line 1979): "To change the phone number in a contact: ``phones.php?chg=1&
    login=<login>&psw=<password>&phone=<phone>&new_phone=<new_phone>``"; example (line
    2235): "Changing the name of the contact with the phone number "79999999999" to the
    new name " Contact1"": ``chg=1&login=alex&psw=123&phone=79999999999&name=Contact1``
    -- no ``new_phone`` (QUIRKS INC-58). ``phone`` finds the contact; ``new_phone`` and
    the contact fields of :class:`PhonesAdd` are what changes, at least one of them.

    Args:
        name: The new name, as for :class:`PhonesAdd`.
        grp: The new groups, as for :class:`PhonesAdd`.
        phone: The contact's numbers, phone numbers only (required).
        new_phone: "A new list of phone numbers separated by any separator (CHG
            Command)." (line 2004); phone numbers only.
        lnm: As for :class:`PhonesAdd`.
        fnm: As for :class:`PhonesAdd`.
        mnm: As for :class:`PhonesAdd`.
        bd: As for :class:`PhonesAdd`.
        myid: As for :class:`PhonesAdd`.
        cmt: As for :class:`PhonesAdd`.
        tags: As for :class:`PhonesAdd`.
        pho: As for :class:`PhonesAdd`.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("chg", "1")
    REQUIRED = ("phone",)

    name: str | None = param(_NAME)
    grp: tuple[int, ...] | None = param(_GROUPS)
    phone: PhoneList | None = param(_PHONES)
    new_phone: PhoneList | None = param(_NEW_PHONES)
    lnm: str | None = param(_FIELD)
    fnm: str | None = param(_FIELD)
    mnm: str | None = param(_FIELD)
    bd: date | None = param(_BIRTHDAY)
    myid: str | None = param(_FIELD)
    cmt: str | None = param(_FIELD)
    tags: str | None = param(_FIELD)
    pho: PhoneList | None = param(_OTHER_PHONES)

    def _check(self) -> None:
        _check_change(self, "new_phone")


@dataclass(frozen=True, slots=True, kw_only=True)
class _PhonesMoveFields(Command[ReplyT]):
    """``grp`` and one ``phone``: the three ``move_group`` commands (private).

    Spec (lines 1981-1983): ``phones.php?move_group=N&login=<login>&psw=<password>&grp=
    <group_id>&phone=<phone>``; (line 2002): "phone ... or phone number (the move_group,
    add_black commands)".
    """

    SCRIPT = "phones.php"
    REQUIRED = ("grp", "phone")

    grp: tuple[int, ...] | None = param(_GROUPS)
    phone: Phone | None = param(_ONE_PHONE)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesMoveToGroup(_PhonesMoveFields["PhonesOkReply"]):
    """Transfer a contact to another group (``phones.php?move_group=1``).

    Spec (line 1981): "To transfer a contact to a new group: ``phones.php?move_group=1&
    login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``".

    Args:
        grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000: several IDs
            separated by commas).
        phone: The contact's phone number: one :class:`~smsc_proto.values.Phone`.
    """

    SELECTOR = ("move_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesJoinGroup(_PhonesMoveFields["PhonesOkReply"]):
    """Add a group to a contact, keeping its others (``phones.php?move_group=2``).

    Spec (line 1982): "To add a new group to a contact: ``phones.php?move_group=2&login=
    <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

    Args:
        grp: As for :class:`PhonesMoveToGroup`.
        phone: As for :class:`PhonesMoveToGroup`.
    """

    SELECTOR = ("move_group", "2")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesLeaveGroup(_PhonesMoveFields["PhonesOkReply"]):
    """Remove a contact from a group (``phones.php?move_group=3``).

    Spec (line 1983): "To remove a contact from a group: ``phones.php?move_group=3&login=
    <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

    Args:
        grp: As for :class:`PhonesMoveToGroup`.
        phone: As for :class:`PhonesMoveToGroup`.
    """

    SELECTOR = ("move_group", "3")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesDelete(Command["PhonesOkReply"]):
    """Delete a contact (``phones.php?del=1``).

    Spec (line 1984): "To delete a contact: ``phones.php?del=1&login=<login>&psw=
    <password>&phone=<phone>``"; example (line 2241): ``del=1&login=alex&psw=123&
    phone=79999999999``.

    Args:
        phone: The contact's numbers, phone numbers only. Line 2002 requires a single
            number for move_group and add_black only, so a list is accepted here.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("del", "1")
    REQUIRED = ("phone",)

    phone: PhoneList | None = param(_PHONES)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGet(Command["list[PhonesGetReply]"]):
    """List contacts (``phones.php?get=1``).

    Spec (line 1986): "To display a list of contacts: ``phones.php?get=1&login=<login>&
    psw=<password>``"; examples (line 2247): ``get=1&login=alex&psw=123&grp=321`` ("a list
    of contacts belonging to a group with ID = 321") and (line 2250) ``...&phone=
    79999999999`` ("contact data with the phone number"). Every filter is optional.

    Args:
        grp: Only contacts of these groups, as for :class:`PhonesAdd`.
        phone: Only contacts with these numbers, phone numbers only.
        fio: "Contact's FULL NAME. This parameter is used in the get command to get a
            list of contacts by any of the initials (last name, first name, and / or
            patronymic)." (line 2009), one line.
        search: "Selecting contacts for the get command by contact name and / or phone
            number." (line 2010), one line.
        after_id: "Contact ID (int_id), starting from which to return the contact list
            (get command, fmt=3 format)" (line 2011): 1..2**63-1, and only with ``fmt=3``.
        cnt: The most records returned (line 2025: "The maximum value is 1000."), 1..1000.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("get", "1")
    KIND = CallKind.READ

    grp: tuple[int, ...] | None = param(_GROUPS)
    phone: PhoneList | None = param(_PHONES)
    fio: str | None = param(_FIELD)
    search: str | None = param(_FIELD)
    after_id: int | None = param(_AFTER_ID)
    cnt: int | None = param(_CNT)

    def _check(self) -> None:
        _check_after_id(self.after_id, self.fmt)


# -- groups (shared with mails.php) ------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _AddGroupFields(Command[ReplyT]):
    """The parameters of ``add_group=1`` in phones.php and mails.php (private).

    Spec (line 1978): ``add_group=1&login=<login>&psw=<password>&name=<name>``; ``num``
    (line 2001) and the group ``type`` (lines 2021-2023) are optional.
    """

    REQUIRED = ("name",)

    name: str | None = param(_NAME)
    num: int | None = param(_NUM)
    type: int | None = param(_GROUP_TYPE)


@dataclass(frozen=True, slots=True, kw_only=True)
class _ChangeGroupFields(Command[ReplyT]):
    """The parameters of ``chg_group=1`` in phones.php and mails.php (private).

    Spec (line 1980): ``chg_group=1&login=<login>&psw=<password>&grp=<group_id>&
    name=<name>``; ``num`` (line 2001) is optional.
    """

    REQUIRED = ("grp", "name")

    name: str | None = param(_NAME)
    grp: int | None = param(_GROUP_ID)
    num: int | None = param(_NUM)


@dataclass(frozen=True, slots=True, kw_only=True)
class _DeleteGroupFields(Command[ReplyT]):
    """The parameter of ``del_group=1`` in phones.php and mails.php (private).

    Spec (line 1985): ``del_group=1&login=<login>&psw=<password>&grp=<group_id>``.
    """

    REQUIRED = ("grp",)

    grp: int | None = param(_GROUP_ID)


@dataclass(frozen=True, slots=True, kw_only=True)
class _GetGroupFields(Command[ReplyT]):
    """The parameter of ``get_group=1`` in phones.php and mails.php (private).

    Spec (line 1987): ``get_group=1&login=<login>&psw=<password>``; the group ``type``
    (line 2021: "add_group and get_group commands") is optional.
    """

    type: int | None = param(_GROUP_TYPE)


@dataclass(frozen=True, slots=True, kw_only=True)
class _GetBlackFields(Command[ReplyT]):
    """The parameters of ``get_black=1`` in phones.php and mails.php (private).

    Spec (line 1990): ``get_black=1&login=<login>&psw=<password>``; ``prev_id`` (line
    2024) and ``cnt`` (line 2025) are optional.
    """

    prev_id: int | None = param(_PREV_ID)
    cnt: int | None = param(_CNT)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesAddGroup(_AddGroupFields["PhonesAddReply"]):
    """Create a contact group (``phones.php?add_group=1``).

    Spec (line 1978): "To create a new group: ``phones.php?add_group=1&login=<login>&
    psw=<password>&name=<name>``"; example (line 2232): ``add_group=1&login=alex&
    psw=123&name=Group``.

    Args:
        name: The group's name (line 1999), one line, not empty.
        num: "The number of the group for sending messages." (line 2001): the ``<n>`` of
            the ``G<n>`` recipient code, 1..2147483647.
        type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
            addresses (QUIRKS INC-69: add_black's ``type`` is another one).
    """

    SCRIPT = "phones.php"
    SELECTOR = ("add_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesChangeGroup(_ChangeGroupFields["PhonesOkReply"]):
    """Rename a contact group or change its number (``phones.php?chg_group=1``).

    Spec (line 1980): "To change the group name: ``phones.php?chg_group=1&login=<login>&
    psw=<password>&grp=<group_id>&name=<name>``"; example (line 2238): ``chg_group=1&
    login=alex&psw=123&grp=321&name=Group1``.

    Args:
        name: The group's new name, one line, not empty.
        grp: The group's ID (one: the group that changes), 1..2147483647.
        num: The group's new mailing number, as for :class:`PhonesAddGroup`.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("chg_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesDeleteGroup(_DeleteGroupFields["PhonesOkReply"]):
    """Delete a contact group (``phones.php?del_group=1``).

    Spec (line 1985): "To delete a group: ``phones.php?del_group=1&login=<login>&psw=
    <password>&grp=<group_id>``"; example (line 2244): ``del_group=1&login=alex&psw=123&
    grp=321``.

    Args:
        grp: The group's ID (one), 1..2147483647.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("del_group", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGetGroup(_GetGroupFields["list[PhonesGetGroupReply]"]):
    """List the contact groups (``phones.php?get_group=1``).

    Spec (line 1987): "To display a list of groups: ``phones.php?get_group=1&login=
    <login>&psw=<password>``"; example (line 2253): ``get_group=1&login=alex&psw=123``.

    Args:
        type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("get_group", "1")
    KIND = CallKind.READ


# -- the blacklist ---------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesAddBlack(Command["PhonesAddReply"]):
    """Add a phone number to the blacklist (``phones.php?add_black=1``).

    Spec (line 1988): "To add an entry to the blacklist: ``phones.php?add_black=1&login=
    <login>&psw=<password>&phone=<phone>``"; example (line 2256): ``add_black=1&login=
    alex&psw=123&phone=79999999999&type=1`` ("with blocking only mass mailings").

    Args:
        phone: The number (line 2002: "or phone number (the move_group, add_black
            commands)"): one :class:`~smsc_proto.values.Phone`.
        cmt: A comment (line 2014; the blacklist reply has a ``<comment>``, line 2221),
            one line.
        type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
            messages (QUIRKS INC-69: the group ``type`` is another one).
    """

    SCRIPT = "phones.php"
    SELECTOR = ("add_black", "1")
    REQUIRED = ("phone",)

    phone: Phone | None = param(_ONE_PHONE)
    cmt: str | None = param(_FIELD)
    type: int | None = param(_LOCK_TYPE)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesDeleteBlack(Command["PhonesOkReply"]):
    """Remove phone numbers from the blacklist (``phones.php?del_black=1``).

    Spec (line 1989): "To remove an entry from the blacklist: ``phones.php?del_black=1&
    login=<login>&psw=<password>&phone=<phone>``"; example (line 2259): ``del_black=1&
    login=alex&psw=123&phone=79999999999``.

    Args:
        phone: The numbers, phone numbers only. Line 2002 requires a single number for
            move_group and add_black only, so a list is accepted here.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("del_black", "1")
    REQUIRED = ("phone",)

    phone: PhoneList | None = param(_PHONES)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGetBlack(_GetBlackFields["list[PhonesGetBlackReply]"]):
    """List the blacklist (``phones.php?get_black=1``).

    Spec (line 1990): "To get the elements of the "black" list: ``phones.php?get_black=1&
    login=<login>&psw=<password>``".

    Args:
        prev_id: "The global identifier of the blacklist item ... Used in the get_black
            command to request blacklist items added earlier to this item." (line 2024),
            1..2**63-1.
        cnt: The most records returned (line 2025), 1..1000.
    """

    SCRIPT = "phones.php"
    SELECTOR = ("get_black", "1")
    KIND = CallKind.READ


# -- replies (shared with mails.php) ---------------------------------------------------------


class _OtherRecipients(Codec[tuple[Recipient, ...]]):
    """``phone_other`` (``mail_other``) of a listed contact: recipients, perhaps none.

    Spec (line 2151): "<phone_other> – other phone numbers. According to these numbers,
    messages are not sent out. For e-mail addresses are replaced with <mail_other>." A
    contact added without ``pho`` has none, so the value is a tuple, ``()`` when empty (a
    :class:`~smsc_proto.values.PhoneList` holds at least one entry). It is read as every
    list is (``,`` or ``;``, spaces around entries, one trailing separator dropped) and
    written with ``;`` -- the other "any separator" (line 2141) -- because ``,``
    separates the values of a fmt=1 line: a ``,`` list after the tags could be read two
    ways there.

    Args:
        kinds: The recipient types allowed.
        what: How the error messages name them ("phone numbers").
        line: The spec line that names them.
    """

    def __init__(self, kinds: tuple[type, ...], what: str, line: int) -> None:
        self.kinds = kinds
        self.what = what
        self.line = line
        self._list = _Recipients(kinds, what, line)

    def format(self, name: str, value: tuple[Recipient, ...]) -> str:
        if not isinstance(value, tuple):
            raise LocalProtocolError(f"{name}: must be a tuple, got {type(value).__name__}")
        for entry in value:
            if not isinstance(entry, self.kinds):
                raise LocalProtocolError(
                    f"{name}: must list {self.what} only (line {self.line}), got "
                    f"{type(entry).__name__}"
                )
        return ";".join([format_recipient(entry) for entry in value])

    def parse(self, name: str, text: str) -> tuple[Recipient, ...]:
        if not text.strip(" "):
            return ()
        return self._list.parse(name, text).entries


@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesAddReply:
    """The reply of the phones.php commands that add: the new record's ID.

    Commands: :class:`~smsc_proto.commands.PhonesAdd`,
    :class:`~smsc_proto.commands.PhonesAddGroup` and
    :class:`~smsc_proto.commands.PhonesAddBlack`.

    Spec (lines 2064-2082): "When creating a contact, contact group, or blacklist entry:
    when fmt = 0: ID = <id>; when fmt = 1: <id>; when fmt = 2 (creating a contact,
    blacklisting entry): <phone><id>id</id></phone>; when fmt = 2 (creating a group):
    <group><id>id</id></group>; when fmt = 3: {"id": <id>}" (QUIRKS INC-27: the fmt=2
    root is ``<phone>`` or ``<group>``, not ``<result>``).

    Args:
        id: "the ID of the contact, group, or blacklist entry assigned by the Server
            automatically" (line 2084).
    """

    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesOkReply:
    """The reply of the phones.php commands that change or delete.

    Spec (lines 2086-2094): "When changing or deleting a contact (group), deleting a black
    list entry: when fmt = 0,1: OK; when fmt = 2: <result>OK</result>; when fmt = 3:
    {"result": "OK"}" -- the reply of :class:`~smsc_proto.commands.PhonesChange`,
    :class:`~smsc_proto.commands.PhonesChangeGroup`,
    :class:`~smsc_proto.commands.PhonesDelete`,
    :class:`~smsc_proto.commands.PhonesDeleteGroup` and
    :class:`~smsc_proto.commands.PhonesDeleteBlack`, and (QUIRKS INC-27: not documented)
    of the three ``move_group`` commands.

    Args:
        result: Always ``"OK"``, the only value the spec shows.
    """

    result: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGetReply:
    """One contact of the reply of :class:`~smsc_proto.commands.PhonesGet` (a list).

    Spec (lines 2097-2138): "When requesting a contact list: when fmt = 0: phone =
    <phone>, name = <name>, group = <group>, first_name = <first_name>, last_name =
    <last_name>, middle_name = <middle_name>, birthday = <birthday>, id = <id>, comments =
    <comments>, tags = <tags>, phone_other = <phone_other> ..."; fmt=1 the values alone,
    separated by ``,``; fmt=2 ``<contact>`` elements under ``<list>``; fmt=3 an array of
    objects, ``"group"`` bare and every other value quoted (QUIRKS INC-25). Every format
    carries every field.

    Args:
        phone: "a list of phone numbers separated by any separator" (line 2141): phone
            numbers only, as :class:`~smsc_proto.commands.PhonesChange` and
            :class:`~smsc_proto.commands.PhonesDelete` take them.
        name: "contact Name." (line 2142).
        group: "iD of the group that the contact belongs to." (line 2143).
        first_name: The first name (line 2144 prints "ID.": QUIRKS INC-28).
        last_name: "surname." (line 2145).
        middle_name: "middle name." (line 2146).
        birthday: "date of birth in the format dd.mm.yyyy." (line 2147).
        id: "contact Id assigned by the Client." (line 2148): the ``myid`` text of
            :class:`~smsc_proto.commands.PhonesAdd` (QUIRKS INC-25), not a server number.
        comments: "commentary." (line 2149).
        tags: "tags (tags)." (line 2150).
        phone_other: "other phone numbers. According to these numbers, messages are not
            sent out." (line 2151): phone numbers, ``()`` when there are none.

    The text values are one line each; all but ``phone`` hold no ``,`` (it separates
    the values of a fmt=0/1 line).
    """

    phone: PhoneList | None = None
    name: str | None = None
    group: int | None = None
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    birthday: date | None = None
    id: str | None = None
    comments: str | None = None
    tags: str | None = None
    phone_other: tuple[Phone, ...] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGetGroupReply:
    """One group of the reply of :class:`~smsc_proto.commands.PhonesGetGroup` (a list).

    Spec (lines 2153-2180): "When requesting a list of groups: when fmt = 0: id = <id>,
    name = <name>, number = <number>, cnt = <cnt> ..."; "when fmt = 1: <id>,<name>,
    <number>,<cnt> ..."; fmt=2 ``<group>`` elements under ``<list>``; fmt=3 an array of
    objects with ``"cnt"`` and ``"name"`` quoted, ``"id"`` and ``"number"`` bare (QUIRKS
    INC-26).

    Args:
        id: "group ID assigned by the Server when creating the group." (line 2183).
        name: "the name of the group." (line 2184), one line.
        number: "the number of the mailing group." (line 2185): the ``num`` of
            :class:`~smsc_proto.commands.PhonesAddGroup`.
        cnt: "the number of contacts in the group." (line 2186; QUIRKS INC-26: fmt=2
            prints ``<cnt>number</cnt>``).
    """

    id: int | None = None
    name: str | None = None
    number: int | None = None
    cnt: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PhonesGetBlackReply:
    """One entry of the reply of :class:`~smsc_proto.commands.PhonesGetBlack` (a list).

    Spec (lines 2188-2215): "When requesting elements of the "black" list: when fmt = 0:
    id = <id>, phone = <phone>, type = <type>, comment = <comment> ..."; "when fmt = 1:
    <id>,<phone>,<type>,<comment> ..."; fmt=2 ``<record>`` elements under ``<list>``;
    fmt=3 an array of objects, ``"id"`` and ``"type"`` bare.

    Args:
        id: "iD of the element assigned by the Server when creating." (line 2218): the
            ``prev_id`` of :class:`~smsc_proto.commands.PhonesGetBlack`.
        phone: "phone number" (line 2219): one :class:`~smsc_proto.values.Phone`.
        type: "blocking type: 0 – all messages, 1 - mass mailings, 2 - single messages."
            (line 2220).
        comment: "commentary." (line 2221), one line.
    """

    id: int | None = None
    phone: Phone | None = None
    type: int | None = None
    comment: str | None = None


# Text values are one line of any text: nothing is escaped, so a name may hold the ","
# that separates the values of fmt=1 lines and ends the "key = value" pairs of fmt=0
# lines. A line whose commas then leave two readings is refused by the reader.
_ONE_LINE: Final = LINE_TEXT
# The free texts of a reply (names, comments, tags, a group's name) may hold line
# breaks: the contact book keeps what was entered, and fmt=2/3 carry it. Only a fmt=0/1
# body cannot (_ONE_LINE), which the writer refuses. The request parameters keep
# _FIELD, one line each.
_R_FREE: Final = Text()


class _MaybeDate(Codec["date | None"]):
    """A listed contact's ``<birthday>``: ``dd.mm.yyyy``, or empty for a contact without one.

    ``bd`` is optional when a contact is created (line 2012), yet every form of the list
    has a place for the birthday (lines 2099-2135): a contact without one is written
    with the place empty (``birthday = ``, ``<birthday></birthday>``, ``"birthday":
    ""``), and an empty value reads as ``None``.
    """

    #: ``None`` is a value of this codec (written as empty text), not a missing field.
    WRITES_NONE: Final = True

    def format(self, name: str, value: date | None) -> str:
        return "" if value is None else _BIRTHDAY.format(name, value)

    def parse(self, name: str, text: str) -> date | None:
        return None if text == "" else _BIRTHDAY.parse(name, text)


_R_NEW_ID: Final = integer("id")
# Spec (lines 2087-2093): "OK" is the whole body in fmt=0/1 and the text of <result>.
_R_OK: Final = Field("result", TextChoice("OK"), "OK", True)
# The first value of a contact line: a list "separated by any separator" (line 2141), so
# "," too -- read where the line still splits one way (always in fmt=0, whose next key
# ends it; in fmt=1 only when the name cannot take the list's last comma).
_R_PHONE: Final = Field("phone", _Recipients((Phone,), "phone numbers", 2141), ".*", True)
# The last value of a contact line: a comma list is read where it is the last pair of a
# fmt=0 line (", phone_other = " comes once); in fmt=1 a "," list next to the tags can be
# read two ways and is refused, so it is written with ";" (_OtherRecipients).
_R_PHONE_OTHER: Final = Field(
    "phone_other", _OtherRecipients((Phone,), "phone numbers", 2151), _ONE_LINE, True
)
# Spec (lines 2142-2150), fmt=3 quoting of lines 2127-2135: "group" bare, the rest
# quoted. The birthday pattern admits the "dd. mm. yyyy" spelling (QUIRKS INC-41).
_R_CONTACT: Final = (
    Field("name", _R_FREE, _ONE_LINE, True),
    integer("group"),
    Field("first_name", _R_FREE, _ONE_LINE, True),
    Field("last_name", _R_FREE, _ONE_LINE, True),
    Field("middle_name", _R_FREE, _ONE_LINE, True),
    Field("birthday", _MaybeDate(), r"(?:\d{2}\. ?\d{2}\. ?\d{4})?", True),
    Field("id", _R_FREE, _ONE_LINE, True),
    Field("comments", _R_FREE, _ONE_LINE, True),
    Field("tags", _R_FREE, _ONE_LINE, True),
)
# Spec (lines 2173-2180): "id" and "number" bare, "name" and "cnt" quoted (INC-26). The
# name is the one free value of its line.
_R_GROUP: Final = (
    integer("id"),
    Field("name", _R_FREE, ".*", True),
    integer("number"),
    integer("cnt", quoted=True),
)
_R_BLACK_ID: Final = integer("id")
_R_BLACK_PHONE: Final = Field("phone", _Recipient(Phone, 2219), r"\+?\d+", True)
# Spec (lines 2212, 2220): "type": <type> bare, 0..2; the comment ends the line and is
# its one free value.
_R_BLACK_TYPE: Final = Field("type", _LOCK_TYPE, r"\d+", False)
_R_COMMENT: Final = Field("comment", _R_FREE, ".*", True)


def _added_shapes(model: type[M]) -> tuple[Shape[M], Shape[M]]:
    """The create replies (lines 2064-2082): fmt=2 roots ``<phone>`` and ``<group>``."""

    def shape(root: str) -> Shape[M]:
        return Shape(
            model,
            (_R_NEW_ID,),
            fmt0=Template("ID = {id}"),
            fmt1=Template("{id}"),
            xml=XmlForm(root=root),
            json=JsonForm(),
        )

    return shape("phone"), shape("group")


def _ok_shape(model: type[M]) -> Shape[M]:
    """The change/delete reply (lines 2086-2094): ``OK`` in every format."""
    return Shape(
        model,
        (_R_OK,),
        fmt0=Template("{result}"),
        fmt1=Template("{result}"),
        xml=XmlForm(root="result", text_field="result"),
        json=JsonForm(),
    )


def _line_shape(model: type[M], fields: tuple[Field, ...], xml: XmlForm) -> Shape[M]:
    """A list reply: "key = value" pairs (fmt=0) or values (fmt=1) in ``fields`` order."""
    names = [f.name for f in fields]
    return Shape(
        model,
        fields,
        fmt0=Template(", ".join(f"{n} = {{{n}}}" for n in names)),
        fmt1=Template(",".join(f"{{{n}}}" for n in names)),
        xml=xml,
        json=JsonForm(),
        many=True,
    )


def _contact_shape(model: type[M], numbers: Field, others: Field) -> Shape[M]:
    """The contact list (lines 2097-2138) with its first and last value named."""
    return _line_shape(model, (numbers, *_R_CONTACT, others), XmlForm(root="list", item="contact"))


def _group_shape(model: type[M]) -> Shape[M]:
    """The group list (lines 2153-2180)."""
    return _line_shape(model, _R_GROUP, XmlForm(root="list", item="group"))


def _black_shape(model: type[M], entry: Field) -> Shape[M]:
    """The blacklist (lines 2188-2215) with its entry value named."""
    return _line_shape(
        model,
        (_R_BLACK_ID, entry, _R_BLACK_TYPE, _R_COMMENT),
        XmlForm(root="list", item="record"),
    )


#: Spec (lines 2052-2060): the error codes of phones.php (and mails.php). Error 9 is
#: printed on two lines; they are one meaning.
PHONES_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "No records found.",
    4: "The IP address is temporarily blocked.",
    5: "Operation execution error.",
    9: (
        "Attempt to send more than three identical requests for operations with groups, "
        "contacts, or blacklist entries within a minute. This error also occurs when you "
        "try to send fifteen or more requests simultaneously from different connections "
        "under the same username (too many concurrent requests)."
    ),
}

_ADDED, _GROUP_ADDED = _added_shapes(PhonesAddReply)
_OK: Final = _ok_shape(PhonesOkReply)

#: command class -> its reply shape.
_PHONES_REPLIES: Final[dict[type[Command], Shape[Any]]] = {
    PhonesAdd: _ADDED,
    PhonesAddGroup: _GROUP_ADDED,
    PhonesAddBlack: _ADDED,
    PhonesChange: _OK,
    PhonesChangeGroup: _OK,
    # QUIRKS INC-27: no reply is documented for move_group; it changes a contact, so it
    # answers as a change does.
    PhonesMoveToGroup: _OK,
    PhonesJoinGroup: _OK,
    PhonesLeaveGroup: _OK,
    PhonesDelete: _OK,
    PhonesDeleteGroup: _OK,
    PhonesDeleteBlack: _OK,
    PhonesGet: _contact_shape(PhonesGetReply, _R_PHONE, _R_PHONE_OTHER),
    PhonesGetGroup: _group_shape(PhonesGetGroupReply),
    PhonesGetBlack: _black_shape(PhonesGetBlackReply, _R_BLACK_PHONE),
}


error_table(*_PHONES_REPLIES, errors=PHONES_ERRORS)


@responds(*_PHONES_REPLIES)
def _phones_reply(command: Command) -> Shape[Any]:
    return _PHONES_REPLIES[type(command)]
