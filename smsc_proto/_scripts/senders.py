"""senders.php: sender names -- list, add, change, confirm a digital name, delete (private).

Spec (lines 2607-2612)::

    senders.php?get=1&login=<login>&psw=<password>
    senders.php?add=1&login=<login>&psw=<password>&sender=<sender>&cmt=<cmt>
    senders.php?chg=1&login=<login>&psw=<password>&sender=<sender>&cmt=<cmt>
        or senders.php?chg=1&login=<login>&psw=<password>&id=<id>&cmt=<cmt>
    senders.php?send_code=1&login=<login>&psw=<password>&sender=<sender>
    senders.php?check_code=1&login=<login>&psw=<password>&sender=<sender>&code=<code>
    senders.php?del=1&login=<login>&psw=<password>&sender=<sender>
        or senders.php?del=1&login=<login>&psw=<password>&id=<id>

Spec (line 2613): "When adding or changing the sender's name in the request body, you can
transfer a document file for operators (trademark certificate, domain certificate) in jpg,
tif, pdf, png, zip, rar format. The maximum size of the transferred file should not exceed
3 MB. A comment on the document can be specified in the additional doc_info parameter."

The parameter table (lines 2619-2674) is shared by every action; each command takes the
rows that concern it. ``fmt`` is missing from the table (QUIRKS INC-68) and comes from the
base, as ``charset`` (line 2668) does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .._call_kind import CallKind
from .._coerce import PHONE_INPUT, as_recipient
from .._command import Codec, Command, Flag, Int, IntChoice, ReplyT, Syntax, Text, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import Field, JsonForm, Shape, Template, XmlForm, error_table, integer, responds
from .._util import short
from .._wire import Attachment
from ..values import MAX_MESSAGE_CHARS, EmailAddress, format_date, parse_date
from .send import _check_sender, _Pattern

__all__ = [
    "SendersAdd",
    "SendersAddReply",
    "SendersChange",
    "SendersCheckCode",
    "SendersDelete",
    "SendersGet",
    "SendersGetOperatorsReply",
    "SendersGetReply",
    "SendersOkReply",
    "SendersSendCode",
]
__replies__ = ["SendersAddReply", "SendersGetOperatorsReply", "SendersGetReply", "SendersOkReply"]

_INT32_MAX: Final = 2_147_483_647
_MB: Final = 1024 * 1024

# Sender-name IDs are "assigned by the Server automatically when creating a new name"
# (line 2655); the spec gives no range, so they are read as the positive 32-bit numbers
# of every other server ID.
_SENDER_ID: Final = Int(1, _INT32_MAX)
# Spec (line 2666): "The maximum value is 15000." Asking for no name at all is no request.
_CNT: Final = Int(1, 15000)
_DATE: Final = Syntax(parse_date, format_date, date)
# Names, numbers and addresses are one value each: no line breaks. Descriptions,
# comments and the sample message are free text.
_LINE: Final = Text(nonempty=True, single_line=True)
_FREE: Final = Text(nonempty=True)
# A comment may be emptied (``cmt=``): the change command's only documented effect.
_COMMENT: Final = Text()
# Spec (line 2659): "Code for confirming the sender's digital name." No syntax is given;
# the code arrives in an SMS (example, line 2848: ``code=338824``), so it is read as
# 1..32 ASCII letters or digits, kept as sent (leading zeros matter).
_CODE: Final = _Pattern(r"[A-Za-z0-9]{1,32}", "must be 1..32 ASCII letters or digits")
# Spec (lines 2610-2611): the confirmation is for "the sender's digital name": a sender
# name of digits only, at most 15 of them (line 52: "Length - 11 characters or 15
# digits"). Example (line 2842): ``sender=79999999999``.
_DIGITAL_SENDER: Final = _Pattern(
    r"[0-9]{1,15}", "must be a digital sender name, 1..15 ASCII digits (lines 52, 2610)"
)

# Spec (line 2613): "in jpg, tif, pdf, png, zip, rar format" -- with the other common
# spellings of the same formats (jpeg, tiff).
_DOC_EXTENSIONS: Final = frozenset({"jpg", "jpeg", "tif", "tiff", "pdf", "png", "zip", "rar"})
# Spec (line 2613): "you can transfer a document file" -- one file per request.
_DOC_COUNT: Final = 1
# Spec (line 2613): "The maximum size of the transferred file should not exceed 3 MB."
_DOC_SIZE: Final = 3 * _MB

#: The operator registration flags (lines 2625-2635, 2644, 2645, 2654), table order.
_OPERATOR_FLAGS: Final = (
    "mts_step",
    "sber_step",
    "tele2",
    "motiv",
    "mega_step",
    "bee_step",
    "motiv_step",
    "winmob_step",
    "volnamob_step",
    "tele2_step",
    "ua_reg",
    "ua_int",
    "by_reg",
    "by_int",
)
#: Spec (lines 2636-2643): "For this tariff, you must additionally pass the following
#: parameters" (ua_reg; line 2644: the same for ua_int).
_UA_FIELDS: Final = ("fio", "inn", "site", "email", "address", "desc", "subj")
#: Spec (lines 2646-2653): the same for by_reg (line 2654: and by_int).
_BY_FIELDS: Final = ("by_fio", "by_inn", "by_address", "by_ocup", "by_type", "by_mes", "by_site")


class _Email(Codec[EmailAddress]):
    """``email``: one e-mail address, errors naming the parameter.

    The :class:`~smsc_proto.values.EmailAddress` constructor names the send.php
    parameter (``phones:``); this codec names its own.
    """

    accepts = PHONE_INPUT

    def coerce(self, name: str, value: Any) -> EmailAddress:
        result: EmailAddress = as_recipient(name, value, EmailAddress)
        return result

    def format(self, name: str, value: EmailAddress) -> str:
        if not isinstance(value, EmailAddress):
            raise LocalProtocolError(f"{name}: must be an EmailAddress, got {type(value).__name__}")
        return value.address

    def parse(self, name: str, text: str) -> EmailAddress:
        try:
            return EmailAddress(address=text)
        except LocalProtocolError:
            raise RemoteProtocolError(
                f"{name}: must be an e-mail address local@domain, got {short(text)}"
            ) from None


def _check_name(name: str, sender: str, *, mail: bool) -> None:
    """A sender name (line 52), or the sender's e-mail address when ``mail``."""
    _check_sender(name, sender, "mail" if mail else "sms")


def _check_existing_name(name: str, sender: str) -> None:
    """A name already created: a sender name (line 52) or an e-mail sender (line 2657)."""
    if "@" not in sender:
        _check_name(name, sender, mail=False)
        return
    try:
        EmailAddress(address=sender)
    except LocalProtocolError:
        raise LocalProtocolError(
            f"{name}: must be a sender name (line 52) or an e-mail sender (line 2657), "
            f"got {short(sender)}"
        ) from None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Registration(Command[ReplyT]):
    """The sender name and its operator registrations, shared by add and chg (private).

    Declared in the order of the parameter table (lines 2624-2654).
    """

    SCRIPT = "senders.php"

    sender: str | None = param(_LINE)
    mts_step: bool | None = param(Flag())
    sber_step: bool | None = param(Flag())
    tele2: bool | None = param(Flag())
    motiv: bool | None = param(Flag())
    mega_step: bool | None = param(Flag())
    bee_step: bool | None = param(Flag())
    motiv_step: bool | None = param(Flag())
    winmob_step: bool | None = param(Flag())
    volnamob_step: bool | None = param(Flag())
    tele2_step: bool | None = param(Flag())
    ua_reg: bool | None = param(Flag())
    fio: str | None = param(_LINE)
    inn: str | None = param(_LINE)
    site: str | None = param(_LINE)
    email: EmailAddress | None = param(_Email())
    address: str | None = param(_LINE)
    desc: str | None = param(_FREE)
    subj: str | None = param(_LINE)
    ua_int: bool | None = param(Flag())
    by_reg: bool | None = param(Flag())
    by_fio: str | None = param(_LINE)
    by_inn: str | None = param(_LINE)
    by_address: str | None = param(_LINE)
    by_ocup: int | None = param(Int(1, 19))
    by_type: int | None = param(Int(1, 3))
    by_mes: str | None = param(Text(nonempty=True, max_len=MAX_MESSAGE_CHARS))
    by_site: str | None = param(_LINE)
    by_int: bool | None = param(Flag())

    def _check_registration(self) -> None:
        """The tariff details: all of them with their flag, none without it."""
        for flags, fields, lines in (
            (("ua_reg", "ua_int"), _UA_FIELDS, "lines 2635-2644"),
            (("by_reg", "by_int"), _BY_FIELDS, "lines 2645-2654"),
        ):
            on = [flag for flag in flags if getattr(self, flag) is True]
            given = [f for f in fields if getattr(self, f) is not None]
            if on:
                missing = [f for f in fields if getattr(self, f) is None]
                if missing:
                    raise LocalProtocolError(
                        f"{missing[0]}: required with {on[0]}=1 (with {', '.join(fields)}; {lines})"
                    )
            elif given:
                raise LocalProtocolError(
                    f"{given[0]}: only with {flags[0]}=1 or {flags[1]}=1 ({lines})"
                )

    def _check_document(self, attachments: tuple[Attachment, ...], doc_info: str | None) -> None:
        """The document file of line 2613: one, at most 3 MB, in one of six formats."""
        if len(attachments) > _DOC_COUNT:
            raise LocalProtocolError(
                f"attachments: at most {_DOC_COUNT} document file per request, got "
                f"{len(attachments)} (line 2613)"
            )
        for attachment in attachments:
            if attachment.size > _DOC_SIZE:
                raise LocalProtocolError(
                    f"attachments: {short(attachment.filename)} is {attachment.size} bytes; "
                    "at most 3 MB (line 2613)"
                )
            extension = attachment.filename.rpartition(".")[2].lower()
            if "." not in attachment.filename or extension not in _DOC_EXTENSIONS:
                raise LocalProtocolError(
                    f"attachments: {short(attachment.filename)} is not one of the formats "
                    f"jpg, tif, pdf, png, zip, rar (line 2613)"
                )
        # Spec (line 2667): "If a document file for operators is passed in the request
        # body ..., then you can specify a description for the passed file".
        if doc_info is not None and not attachments:
            raise LocalProtocolError("doc_info: only with a document file (line 2667)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersGet(Command["list[SendersGetReply] | list[SendersGetOperatorsReply]"]):
    """List the sender names (``senders.php?get=1``).

    Spec (line 2607): "To get a list of senders ' names registered in your personal
    account and approved by the moderator: ``senders.php?get=1&login=<login>&
    psw=<password>``".

    Args:
        all: 0 (the default) the activated names, 1 all of them (lines 2622-2623: "0
            (default) - get a list of activated sender names. 1 - get a complete list of
            sender names.").
        user: The login of the sub-client the command applies to (line 2662: "The user
            ID of the subclient to which you apply the specified command"; QUIRKS INC-39).
        operators: Add each operator's status of the name (line 2663: "1 - add the
            status code of the sender's name from the operator to the response").
        from_date: Only names whose status with an operator changed since this date
            (line 2664: "... DD.MM.YYYY format.").
        prev_id: Only names created before the name with this ID (line 2665), an ID
            1..2147483647.
        cnt: How many names, 1..15000 (line 2666: "The maximum value is 15000.").
        files: Add the document files of each name (line 2669: "This parameter is
            relevant only for fmt=2 or fmt=3 formats."): ``True`` only with ``fmt`` 2
            or 3.
    """

    SCRIPT = "senders.php"
    SELECTOR = ("get", "1")
    KIND = CallKind.READ

    all: int | None = param(IntChoice(0, 1))
    user: str | None = param(_LINE)
    operators: bool | None = param(Flag())
    from_date: date | None = param(_DATE)
    prev_id: int | None = param(_SENDER_ID)
    cnt: int | None = param(_CNT)
    files: bool | None = param(Flag())

    def _check(self) -> None:
        # Spec (line 2669): the files array exists only in the xml and json replies.
        if self.files and self.fmt not in (2, 3):
            raise LocalProtocolError("files: 1 only with fmt=2 or fmt=3 (line 2669)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersAdd(_Registration["SendersAddReply"]):
    """Add a sender name (``senders.php?add=1``).

    Spec (line 2608): ``senders.php?add=1&login=<login>&psw=<password>&sender=<sender>&
    cmt=<cmt>``. ``sender`` is required ("The sender name that is being created",
    line 2624). A document file for operators may travel in the body (line 2613).

    Args:
        sender: The new name: printable ASCII, 11 characters or 15 digits (line 52);
            with ``mail`` the sender's e-mail address (line 2657).
        mts_step: Register a paid name with MTS (line 2625).
        sber_step: Register a free name with Sberbank Mobile (line 2626).
        tele2: Register a name with Tele2 on the free-names tariff (line 2627).
        motiv: Register a name with MOTIV on the free-names tariff (line 2628).
        mega_step: Register a paid name with Megafon (line 2629).
        bee_step: Register a paid name with Beeline (line 2630).
        motiv_step: Register a paid name with MOTIV (line 2631).
        winmob_step: Register a paid name with Win-Mobile (line 2632).
        volnamob_step: Register a paid name with Volna mobile (line 2633).
        tele2_step: Register a paid name with Tele2 (line 2634).
        ua_reg: Register the name for Ukraine, national traffic (line 2635); needs
            ``fio``, ``inn``, ``site``, ``email``, ``address``, ``desc`` and ``subj``.
        fio: "Legal name of the organization (LLC/SPD)" (line 2637).
        inn: "EDRPOU/INN" (line 2638).
        site: "Website address or link to a social network" (line 2639; QUIRKS INC-39:
            not the ``site`` of :class:`SendersSendCode`).
        email: "E-mail for communication" (line 2640).
        address: "Actual address" (line 2641).
        desc: "Description of the services provided by the sender" (line 2642).
        subj: "Subject (purpose of informing)" (line 2643).
        ua_int: Register the name for Ukraine, international traffic (line 2644); needs
            the fields of ``ua_reg``.
        by_reg: Register the name for Belarus, national traffic (line 2645); needs
            ``by_fio``, ``by_inn``, ``by_address``, ``by_ocup``, ``by_type``, ``by_mes``
            and ``by_site``.
        by_fio: "Company Name" (line 2647).
        by_inn: "UNP / INN" (line 2648).
        by_address: "Company address" (line 2649).
        by_ocup: The field of activity, 1..19 (line 2650: "Numbering from 1 to 19.").
        by_type: The type of mailing list, 1..3 (line 2651: "Numbering from 1 to 3.").
        by_mes: "Sample message" (line 2652), at most 1000 characters.
        by_site: "Site address" (line 2653).
        by_int: Register the name for Belarus, international traffic (line 2654); needs
            the fields of ``by_reg``.
        cmt: "Comment specified when creating the sender name" (line 2656).
        mail: "1 - add the sender's e-mail address" (line 2657): ``sender`` is then an
            e-mail address.
        name: "A comment related to the mail parameter (usually the name of the owner of
            the e-mail address)" (line 2658); only with ``mail=1``.
        user: As for :class:`SendersGet`.
        doc_info: A description of the document file (line 2667); only with a file.
        attachments: The document file for operators (line 2613): at most one, at most
            3 MB, jpg, tif, pdf, png, zip or rar.
    """

    SELECTOR = ("add", "1")
    REQUIRED = ("sender",)

    cmt: str | None = param(_COMMENT)
    mail: bool | None = param(Flag())
    name: str | None = param(_LINE)
    user: str | None = param(_LINE)
    doc_info: str | None = param(_FREE)
    attachments: tuple[Attachment, ...] = ()

    def _check(self) -> None:
        if self.sender is not None:
            _check_name("sender", self.sender, mail=bool(self.mail))
        # Spec (line 2658): name is "A comment related to the mail parameter".
        if self.name is not None and not self.mail:
            raise LocalProtocolError("name: only with mail=1 (line 2658)")
        self._check_registration()
        self._check_document(self.attachments, self.doc_info)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersChange(_Registration["SendersOkReply"]):
    """Change a sender name (``senders.php?chg=1``).

    Spec (line 2609): "To change the sender's name: ``senders.php?chg=1&login=<login>&
    psw=<password>&sender=<sender>&cmt=<cmt>`` or ``senders.php?chg=1&login=<login>&
    psw=<password>&id=<id>&cmt=<cmt>``". The name is picked by ``sender`` or by ``id``
    (exactly one of them); ``cmt`` is in both forms and required. The operator
    registrations and the document file of :class:`SendersAdd` are accepted too
    (line 2613: "When adding or changing the sender's name ...").

    Args:
        sender: The name to change: a sender name (line 52) or an e-mail sender.
        mts_step: As for :class:`SendersAdd` (and likewise every operator flag and
            every Ukraine and Belarus field, with the same rules).
        id: The name's ID (line 2655), 1..2147483647.
        cmt: The comment (line 2656); ``""`` clears it.
        user: As for :class:`SendersGet`.
        doc_info: As for :class:`SendersAdd`.
        attachments: As for :class:`SendersAdd`.
    """

    SELECTOR = ("chg", "1")
    REQUIRED = ("cmt",)
    ONE_OF = (("sender",), ("id",))

    id: int | None = param(_SENDER_ID)
    cmt: str | None = param(_COMMENT)
    user: str | None = param(_LINE)
    doc_info: str | None = param(_FREE)
    attachments: tuple[Attachment, ...] = ()

    def _check(self) -> None:
        # Spec (line 2609): "... sender=<sender>&cmt=<cmt> or ... id=<id>&cmt=<cmt>".
        if self.sender is not None and self.id is not None:
            raise LocalProtocolError("id: give sender or id, not both (line 2609)")
        if self.sender is not None:
            _check_existing_name("sender", self.sender)
        self._check_registration()
        self._check_document(self.attachments, self.doc_info)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersSendCode(Command["SendersOkReply"]):
    """Send the confirmation code of a digital sender name (``senders.php?send_code=1``).

    Spec (line 2610): "Sending a confirmation code for the sender's digital name:
    ``senders.php?send_code=1&login=<login>&psw=<password>&sender=<sender>``".

    Args:
        sender: The digital name (a phone number), 1..15 ASCII digits (line 52).
        site: "The address of the site from which the codes will be sent to confirm the
            digital names of the senders. This parameter must have been previously added
            and activated as Sender ID." (line 2660) -- so a sender name (line 52 rules;
            QUIRKS INC-39: not the ``site`` of :class:`SendersAdd`).
        site_name: "The site address specified in the text of the message with the
            confirmation code." (line 2661).
        user: As for :class:`SendersGet` (example, line 2845: ``user=subalex``).
    """

    SCRIPT = "senders.php"
    SELECTOR = ("send_code", "1")
    REQUIRED = ("sender",)

    sender: str | None = param(_DIGITAL_SENDER)
    site: str | None = param(_LINE)
    site_name: str | None = param(_LINE)
    user: str | None = param(_LINE)

    def _check(self) -> None:
        if self.site is not None:
            _check_name("site", self.site, mail=False)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersCheckCode(Command["SendersOkReply"]):
    """Confirm a digital sender name (``senders.php?check_code=1``).

    Spec (line 2611): "Confirmation of the sender's digital name: ``senders.php?
    check_code=1&login=<login>&psw=<password>&sender=<sender>&code=<code>``".

    Args:
        sender: As for :class:`SendersSendCode`.
        code: The code received (line 2659), 1..32 ASCII letters or digits. It proves
            who owns the sender name, so ``repr`` shows it as ``'***'``.
        user: As for :class:`SendersGet`.
    """

    SCRIPT = "senders.php"
    SELECTOR = ("check_code", "1")
    REQUIRED = ("sender", "code")

    sender: str | None = param(_DIGITAL_SENDER)
    code: str | None = param(_CODE)
    user: str | None = param(_LINE)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SendersDelete(Command["SendersOkReply"]):
    """Delete a sender name (``senders.php?del=1``).

    Spec (line 2612): "To delete the sender's name: ``senders.php?del=1&login=<login>&
    psw=<password>&sender=<sender>`` or ``senders.php?del=1&login=<login>&
    psw=<password>&id=<id>``" -- ``sender`` or ``id``, exactly one of them.

    Args:
        sender: As for :class:`SendersChange`.
        id: As for :class:`SendersChange`.
        user: As for :class:`SendersGet`.
    """

    SCRIPT = "senders.php"
    SELECTOR = ("del", "1")
    ONE_OF = (("sender",), ("id",))

    sender: str | None = param(_LINE)
    id: int | None = param(_SENDER_ID)
    user: str | None = param(_LINE)

    def _check(self) -> None:
        if self.sender is not None and self.id is not None:
            raise LocalProtocolError("id: give sender or id, not both (line 2612)")
        if self.sender is not None:
            _check_existing_name("sender", self.sender)


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SendersGetReply:
    """One sender name of the reply of :class:`~smsc_proto.commands.SendersGet`.

    For ``operators`` absent or 0; the reply is a list of these. Spec (lines
    2713-2754): "with fmt = 0 and all = 0: name = <sender>, id = <id> ..."; with
    ``all=1``: "name = <sender>, status = <status>, id = <id>"; fmt=1
    ``<sender>,<status>,<id>``, fmt=2 ``<sender status="<status>" id="<id>">sender
    </sender>`` in ``<list>``, fmt=3 an array of objects.

    Args:
        sender: "registered and approved sender name" (line 2793): non-empty, one line.
        status: "sender Name status (0-waiting for moderation, 1-allowed to use,
            2-disabled)" (line 2795); ``all=1`` only. Other codes decode as they come.
        id: "unique identifier of the sender's name" (line 2796), 1..2147483647.
    """

    sender: str | None = None
    status: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendersGetOperatorsReply:
    """One sender name of the reply of :class:`~smsc_proto.commands.SendersGet`.

    For ``operators=1``; the reply is a list of these. Spec (lines 2756-2790): the
    name, its status with each operator and its id -- "name = <sender>, mega_step =
    <mega_step_status>, ..., id = <id>" (fmt=0), attributes of ``<sender>`` in
    ``<list>`` (fmt=2), an array of objects (fmt=3). No fmt=1 form is given (QUIRKS
    INC-34).

    Spec (line 2794): each operator field is "the status code of the sender's name from
    the corresponding operator (0 - pending registration, 1 - sent for registration, 2 -
    allowed by the operator, 3 - not accepted by the operator, 4 - temporarily disabled,
    5 - insufficient funds in the account, 8 - supporting documents are required, 9 -
    activation from the beginning of the month), 255 - allowed, but marked for
    de-registration)". Codes outside the legend decode as they come.

    Args:
        sender: As for :class:`~smsc_proto.responses.SendersGetReply`.
        status: As for :class:`~smsc_proto.responses.SendersGetReply`: only in fmt=2/3
            and only when the reply carries it (``all=1``; no combined form is shown).
        mega_step: Megafon, paid name.
        mega_int: Megafon, international traffic.
        bee_step: Beeline, paid name.
        motiv: MOTIV, free-names tariff.
        motiv_step: MOTIV, paid name.
        motiv_int: MOTIV, international traffic.
        sber_step: Sberbank Mobile.
        sber_int: Sberbank Mobile, international traffic.
        winmob_step: Win-Mobile, paid name (QUIRKS INC-35).
        volnamob_step: Volna mobile, paid name (QUIRKS INC-35).
        mts_step: MTS, paid name.
        mts_int: MTS, international traffic.
        tele2_step: Tele2, paid name.
        tele2: Tele2, free-names tariff.
        tele2_int: Tele2, international traffic.
        ua_reg: Ukraine, national traffic.
        ua_int: Ukraine, international traffic.
        by_reg: Belarus, national traffic.
        by_int: Belarus, international traffic.
        id: As for :class:`~smsc_proto.responses.SendersGetReply`.
    """

    sender: str | None = None
    status: int | None = None
    mega_step: int | None = None
    mega_int: int | None = None
    bee_step: int | None = None
    motiv: int | None = None
    motiv_step: int | None = None
    motiv_int: int | None = None
    sber_step: int | None = None
    sber_int: int | None = None
    winmob_step: int | None = None
    volnamob_step: int | None = None
    mts_step: int | None = None
    mts_int: int | None = None
    tele2_step: int | None = None
    tele2: int | None = None
    tele2_int: int | None = None
    ua_reg: int | None = None
    ua_int: int | None = None
    by_reg: int | None = None
    by_int: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendersAddReply:
    """The reply of :class:`~smsc_proto.commands.SendersAdd`: the new name's id.

    Spec (lines 2801-2813): "when fmt = 0: ID = <id>; when fmt = 1: <id>; when fmt = 2:
    <sender><id>id</id></sender>; when fmt = 3: {"sender": <id>}" -- fmt=3 names the id
    ``sender`` (QUIRKS INC-38).

    Args:
        id: "the sender name ID assigned by the Server automatically" (line 2816),
            1..2147483647.
    """

    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendersOkReply:
    """The reply of chg, send_code, check_code and del: ``OK``.

    The commands are :class:`~smsc_proto.commands.SendersChange`,
    :class:`~smsc_proto.commands.SendersSendCode`,
    :class:`~smsc_proto.commands.SendersCheckCode` and
    :class:`~smsc_proto.commands.SendersDelete`.

    Spec (lines 2818-2827): "When changing the sender's name, sending the code,
    confirming and deleting the sender's name: when fmt = 0, 1: OK; when fmt = 2:
    <result>OK</result>; when fmt = 3: {"result": "OK"}".

    Args:
        result: Always ``"OK"``: any other word is refused both ways.
    """

    result: str | None = None


# A sender name is one line (a record per line in fmt=0/1); in fmt=0/1 it is the one
# free text field of its line: the fields after it are numbers, so a name holding the
# separators still reads one way.
_R_SENDER: Final = Field("sender", Text(nonempty=True, single_line=True), ".+", True)
_R_ID: Final = integer("id", 1, _INT32_MAX)
_R_STATUS: Final = integer("status")

#: ``all`` -> the shape of the names list. Spec (lines 2713-2754): fmt=3 quotes the
#: name, not the status and the id.
_GET_REPLIES: Final = {
    0: Shape(
        SendersGetReply,
        (_R_SENDER, _R_ID),
        fmt0=Template("name = {sender}, id = {id}"),
        fmt1=Template("{sender},{id}"),
        xml=XmlForm(root="list", item="sender", text_field="sender", attributes=("id",)),
        json=JsonForm(),
        many=True,
    ),
    1: Shape(
        SendersGetReply,
        (_R_SENDER, _R_STATUS, _R_ID),
        fmt0=Template("name = {sender}, status = {status}, id = {id}"),
        fmt1=Template("{sender},{status},{id}"),
        xml=XmlForm(root="list", item="sender", text_field="sender", attributes=("status", "id")),
        json=JsonForm(),
        many=True,
    ),
}

#: The operator fields in the order of fmt=0 and fmt=2 (lines 2757, 2762).
_OPERATORS_FMT02: Final = (
    "mega_step",
    "bee_step",
    "motiv_step",
    "sber_step",
    "winmob_step",
    "volnamob_step",
    "mts_step",
    "tele2_step",
    "tele2",
    "ua_reg",
    "ua_int",
    "mega_int",
    "motiv_int",
    "mts_int",
    "motiv",
    "by_reg",
    "by_int",
    "tele2_int",
    "sber_int",
)
#: The same fields in the order of fmt=3 (lines 2766-2790; QUIRKS INC-36).
_OPERATORS_FMT3: Final = (
    "mega_step",
    "mega_int",
    "bee_step",
    "motiv",
    "motiv_step",
    "motiv_int",
    "sber_step",
    "sber_int",
    "winmob_step",
    "volnamob_step",
    "mts_step",
    "mts_int",
    "tele2_step",
    "tele2",
    "tele2_int",
    "ua_reg",
    "ua_int",
    "by_reg",
    "by_int",
)

#: ``operators=1``. Spec (lines 2756-2790). QUIRKS INC-34: no fmt=1 form. INC-35: fmt=0's
#: ``<winmob_step>``/``<volnamob_step>`` are the same status codes as fmt=2/3's
#: ``<winmob_step_status>``. INC-36: fmt=3 orders the operators its own way, and quotes
#: every value, the statuses and the id too (``"id": "<id>"``); the encoder writes them
#: as printed, the decoder reads them quoted or bare (INC-71); fmt=0 names the sender
#: ``name``. With ``all=1`` the name's ``status`` may come too: no combined form is
#: shown, so fmt=2/3 read it where it comes (an attribute, a key) and write it when set.
_GET_OPERATORS: Final = Shape(
    SendersGetOperatorsReply,
    (
        _R_SENDER,
        _R_STATUS.omissible(),
        *(integer(name, quoted=True) for name in _OPERATORS_FMT3),
        integer("id", 1, _INT32_MAX, quoted=True),
    ),
    fmt0=Template(
        "name = {sender}, "
        + ", ".join(f"{name} = {{{name}}}" for name in _OPERATORS_FMT02)
        + ", id = {id}"
    ),
    fmt1=None,
    xml=XmlForm(
        root="list",
        item="sender",
        text_field="sender",
        attributes=("status", *_OPERATORS_FMT02, "id"),
    ),
    json=JsonForm(),
    many=True,
)

#: Spec (lines 2801-2813). QUIRKS INC-38: fmt=3's key ``sender`` holds the id, bare.
_ADD_REPLY: Final = Shape(
    SendersAddReply,
    (integer("id", 1, _INT32_MAX),),
    fmt0=Template("ID = {id}"),
    fmt1=Template("{id}"),
    xml=XmlForm(root="sender"),
    json=JsonForm(wire=(("id", "sender"),)),
)

_OK: Final = Field("result", _Pattern("OK", "must be OK (lines 2818-2827)"), "OK", True)

#: Spec (lines 2818-2827).
_OK_REPLY: Final = Shape(
    SendersOkReply,
    (_OK,),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

#: Spec (lines 2698-2708): the error codes of senders.php.
SENDERS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Sender name not found.",
    4: "The IP address is temporarily blocked.",
    5: "Error saving or deleting the sender's name.",
    7: "Invalid number format.",
    8: "The confirmation code cannot be delivered to the specified number.",
    9: (
        "Attempt to send more than three identical requests to get a list of available "
        "sender names or five requests to create a new sender name within a minute. This "
        "error also occurs when you try to send fifteen or more requests simultaneously "
        "from different connections under the same username (too many concurrent "
        "requests)."
    ),
    10: "The code has already been sent to the specified number. Retry is possible after 8 hours.",
    11: "Invalid confirmation code.",
}


error_table(
    SendersGet,
    SendersAdd,
    SendersChange,
    SendersSendCode,
    SendersCheckCode,
    SendersDelete,
    errors=SENDERS_ERRORS,
)


@responds(SendersGet, SendersAdd, SendersChange, SendersSendCode, SendersCheckCode, SendersDelete)
def _senders_reply(command: Command) -> Shape[Any]:
    if isinstance(command, SendersAdd):
        return _ADD_REPLY
    if not isinstance(command, SendersGet):
        return _OK_REPLY
    if command.files:
        # Spec (lines 2669-2674): files=1 adds to each name "an array of files" (file,
        # fid, fstatus, fcomment) whose layout is not shown: a list inside each record,
        # which the shapes cannot declare. Refusing beats dropping the files.
        raise LocalProtocolError("files: the replies of files=1 requests are not modelled yet")
    if command.operators:
        return _GET_OPERATORS
    return _GET_REPLIES[command.all or 0]
