"""status.php: message delivery status, and message deletion (private).

Spec (line 1408): "https://smscentre.com/sys/status.php?login=<login>&psw=<password>&
phone=<phone>&id=<sms_id>"; (line 1875): "https://smscentre.com/sys/status.php?del=1&
login=<login>&psw=<password>&phone=<phone>&id=<sms_id>".

One status or several: ``phone`` and ``id`` are comma-separated lists in the same order
(lines 1414-1415), and a single message may be asked in the "multiple request" form by
writing a comma after its phone and its id. :class:`StatusQuery` and
:class:`StatusDelete` model the two forms explicitly: ``id`` is one id (the single form)
or a tuple of ids (the multiple form, whatever its length).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final, TypeAlias

from .._call_kind import CallKind
from .._coerce import as_message_ids
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
    Shapes,
    Template,
    XmlForm,
    date_time,
    digits,
    error_table,
    integer,
    message_id,
    money,
    responds,
    text,
)
from .._util import short
from ..values import (
    GroupCode,
    MessageType,
    PhoneList,
    StatusFlag,
    format_message_id,
    format_message_type,
    format_status_flag,
    parse_message_id,
    parse_message_type,
    parse_status_flag,
)
from ._lists import PhoneListCodec

__all__ = [
    "HlrStatusReply",
    "MessageIds",
    "SmsStatusReply",
    "StatusDelete",
    "StatusDeleteReply",
    "StatusNotFoundReply",
    "StatusQuery",
    "StatusRecord",
]
__replies__ = [
    "HlrStatusReply",
    "SmsStatusReply",
    "StatusDeleteReply",
    "StatusNotFoundReply",
    "StatusRecord",
]

MessageIds: TypeAlias = int | str | tuple[int | str, ...]
"""The ``id`` of status.php: one message id (the single form) or a tuple of them (the
multiple form; a 1-tuple travels with a trailing comma, ``"123,"``)."""


def _renamed(message: str, old: str, new: str) -> str:
    """``message`` with its leading ``old:`` parameter name replaced by ``new:``."""
    return new + message[len(old) :] if message.startswith(old + ":") else f"{new}: {message}"


class _Phones(PhoneListCodec):
    """``phone``: a phone list of :mod:`smsc_proto.values`, errors naming ``phone``.

    The values functions name the send.php parameter (``phones:``); status.php's
    parameter is ``phone``.
    """


class _Ids(Codec[MessageIds]):
    """``id``: one message id, or a comma-separated list of them (lines 1415, 51).

    Wire forms: ``123`` (single), ``123,`` (multiple, one id), ``123,abc`` (multiple).
    A trailing comma after two or more ids, an empty id and spaces are refused: the spec
    shows none of them, and keeping them would need a value that records them.

    The constructor also takes a list of ids, and an id's text (``"123"`` is 123).
    """

    accepts = "list[int | str]"

    def coerce(self, name: str, value: Any) -> MessageIds:
        result: MessageIds = as_message_ids(name, value)
        return result

    def format(self, name: str, value: MessageIds) -> str:
        if isinstance(value, tuple):
            if not value:
                raise LocalProtocolError(f"{name}: a multiple request needs at least one id")
            texts = [self._one(name, item) for item in value]
            return texts[0] + "," if len(texts) == 1 else ",".join(texts)
        return self._one(name, value)

    @staticmethod
    def _one(name: str, value: int | str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise LocalProtocolError(
                f"{name}: an id must be an int or a str, got {type(value).__name__}"
            )
        try:
            return format_message_id(value)
        except LocalProtocolError as exc:
            raise LocalProtocolError(_renamed(str(exc), "id", name)) from None

    def parse(self, name: str, text: str) -> MessageIds:
        if "," not in text:
            return parse_message_id(text)
        parts = text.split(",")
        if len(parts) == 2 and not parts[1]:
            return (parse_message_id(parts[0]),)
        for index, part in enumerate(parts):
            if not part:
                raise RemoteProtocolError(
                    f"{name}: empty id at position {index + 1} in {short(text)} (a trailing "
                    "comma is only the one-message form of a multiple request, line 1415)"
                )
        return tuple(parse_message_id(part) for part in parts)


_PHONE: Final = _Phones()
_ID: Final = _Ids()


@dataclass(frozen=True, slots=True, kw_only=True)
class _StatusFields(Command[ReplyT]):
    """``phone`` and ``id``, shared by the status query and the deletion (private)."""

    SCRIPT = "status.php"
    REQUIRED = ("phone", "id")

    phone: PhoneList | None = param(_PHONE)
    id: MessageIds | None = param(_ID)

    @property
    def multiple(self) -> bool:
        """Whether the request is in the multiple form (``id`` is a tuple)."""
        return isinstance(self.id, tuple)

    @property
    def ids(self) -> tuple[int | str, ...]:
        """The message ids, in order (one for the single form)."""
        if self.id is None:  # pragma: no cover - REQUIRED excludes it
            return ()
        return self.id if isinstance(self.id, tuple) else (self.id,)

    def _check(self) -> None:
        if self.phone is None or self.id is None:  # pragma: no cover - REQUIRED
            return
        for entry in self.phone.entries:
            if isinstance(entry, GroupCode):
                # Spec (line 1414): "A phone number or a comma-separated list of numbers"
                # (or e-mail addresses): one status per recipient of a message.
                raise LocalProtocolError(
                    f"phone: a group code (G{entry.number}) is no recipient of a message "
                    "(line 1414: phone numbers or e-mail addresses)"
                )
        count = len(self.phone.entries)
        if not isinstance(self.id, tuple):
            if count != 1 or self.phone.trailing_comma:
                raise LocalProtocolError(
                    "phone: a single id takes a single phone without a trailing comma; use a "
                    "tuple of ids for the multiple form (lines 1414-1415)"
                )
            return
        if count != len(self.id):
            raise LocalProtocolError(
                f"phone: {count} phone(s) for {len(self.id)} id(s); the lists must match in "
                "order (line 1414)"
            )
        if self.phone.trailing_comma != (count == 1):
            rule = (
                "a single message in the multiple form needs a comma after its phone"
                if count == 1
                else "a trailing comma is only for a single message in the multiple form"
            )
            raise LocalProtocolError(f"phone: {rule} (lines 1414-1415)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class StatusQuery(_StatusFields["StatusRecord | list[StatusRecord]"]):
    """Ask for the delivery status of one or several messages (``status.php``).

    Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&
    id=<sms_id>``. Spec (line 1414): "phone A phone number or a comma-separated list of
    numbers when requesting the statuses of multiple SMS messages. ... the numbers in the
    list must be listed in the order corresponding to the message IDs. To preserve the
    format of a multiple request, when requesting the status of a single message, enter a
    comma after the phone number. This description is also suitable for e-mail
    messages." Spec (line 1415): "id Message ID or a comma-separated list of IDs ... To
    preserve the format of a multiple request when requesting the status of a single
    message, specify a comma after the message ID."

    The single form: ``id`` is one id and ``phone`` one recipient without a trailing
    comma. The multiple form: ``id`` is a tuple of ids and ``phone`` as many recipients
    in the same order; with one id (a 1-tuple) both travel with a trailing comma.

    Args:
        phone: The recipients (phone numbers, e-mail addresses, or Telegram recipients of
            messages sent to them); a group code ``G<n>`` is refused.
        id: One message id (an int 1..2147483647 or a client string id, line 51), or a
            tuple of them for the multiple form.
        all: Lines 1421-1423: 0 (the default) the usual status, 1 full information about
            the message, 2 also the subscriber's country, operator and region.
    """

    KIND = CallKind.READ

    all: int | None = param(IntChoice(0, 1, 2))


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class StatusDelete(_StatusFields["StatusDeleteReply"]):
    """Delete a message sent before (``status.php?del=1``).

    Spec (line 1875): ``status.php?del=1&login=<login>&psw=<password>&phone=<phone>&
    id=<sms_id>``; (line 1876): "The description of the parameters passed to the Server
    ... is similar to the one given for the status request function." -- so ``phone`` and
    ``id`` take the single and multiple forms of :class:`StatusQuery`. ``all`` is not
    taken (it shapes a status reply; the deletion replies "OK", lines 1878-1887).

    Args:
        phone: As for :class:`StatusQuery`.
        id: As for :class:`StatusQuery`.
    """

    SELECTOR = ("del", "1")


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsStatusReply:
    """The status of a message (SMS, e-mail, voice...) from
    :class:`~smsc_proto.commands.StatusQuery`.

    Spec (lines 1458-1601), "Responses for SMS messages". Fields are named as fmt=2/3
    name them; fmt=0/1 carry fewer (QUIRKS INC-15, INC-16, INC-17) and leave the others
    ``None``: fmt=0 writes ``last_date`` under the key ``check_time`` and no timestamps,
    fmt=1 writes the timestamps and no dates, neither writes ``flag`` nor ``sms_cnt``.
    A "Message not found" status (-3) is a :class:`StatusNotFoundReply`, except in
    fmt=1, where it comes "in the format of the status of a regular message" (line 1788).

    Args:
        status: "status Code" (line 1580; -3..25, the table of lines 1798-1813).
        last_date: "the date of the last status change" (fmt=0 ``check_time``).
        last_timestamp: "time stamp of the last status change".
        flag: "a flag in the form of a 2 byte number containing various information
            about the message" (lines 1583-1585), decoded bit by bit.
        err: "error code if the message was not delivered" (lines 1819-1871).
        send_date: "date the message was sent" (``all`` 1, 2).
        send_timestamp: "time stamp for sending the message" (``all`` 1, 2).
        phone: "subscriber's phone number or e-mail address" (``all`` 1, 2; and each
            record of a multiple ``all=0`` request, QUIRKS INC-22).
        cost: "message cost" (``all`` 1, 2).
        sender_id: "sender ID" (the spec's ``<sender>``; ``all`` 1, 2).
        status_name: "status name" (``all`` 1, 2).
        message: "the text of the message" (``all`` 1, 2).
        comment: "message comment" (``all`` 1, 2).
        mccmnc: "the numeric code of the subscriber's country plus the numeric code of
            the subscriber's operator" (``all=2``).
        country: "name of the country of registration of the subscriber number"
            (``all=2``).
        operator: "current mobile operator of the subscriber" (``all=2``).
        operator_orig: "the subscriber's operator by mobile code before porting the
            number" (``all=2``).
        region: "region of registration of the subscriber number" (``all=2``).
        type: "message type (0 – SMS, 1 – Flash-SMS, ...)" (line 1600; ``all`` 1, 2).
        sms_cnt: "number of parts in an SMS message (or seconds in a voice message)"
            (``all`` 1, 2; fmt=2/3 only).
        id: The message id each record of a multiple request adds (line 1794, QUIRKS
            INC-22); ``None`` for a single request.
    """

    status: int | None = None
    last_date: datetime | None = None
    last_timestamp: int | None = None
    flag: StatusFlag | None = None
    err: int | None = None
    send_date: datetime | None = None
    send_timestamp: int | None = None
    phone: str | None = None
    cost: Decimal | None = None
    sender_id: str | None = None
    status_name: str | None = None
    message: str | None = None
    comment: str | None = None
    mccmnc: str | None = None
    country: str | None = None
    operator: str | None = None
    operator_orig: str | None = None
    region: str | None = None
    type: MessageType | int | None = None
    sms_cnt: int | None = None
    id: int | str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class HlrStatusReply:
    """The status of an HLR request (``send.php?hlr=1``) from
    :class:`~smsc_proto.commands.StatusQuery`.

    Spec (lines 1603-1786), "Responses for HLR queries". Fields are named as fmt=2/3 name
    them; fmt=0/1 carry fewer and leave the others ``None`` (fmt=0: ``check_time`` is
    ``last_date``, QUIRKS INC-18; no timestamps, no ``flag``; fmt=1: no dates, no
    ``flag``). HLR replies have no ``comment``, ``sms_cnt``, ``mccmnc`` or
    ``operator_orig`` (QUIRKS INC-20).

    Args:
        status: "status Code" (the table of lines 1798-1813).
        last_date: "the date of the last status change" (fmt=0 ``check_time``).
        last_timestamp: "time stamp of the last status change".
        flag: The 2-byte flag (lines 1765-1766), decoded with the SMS bit layout
            (QUIRKS INC-21).
        err: "hLR error code or subscriber status code" (lines 1819-1853).
        imsi: "unique IMSI code of the subscriber's SIM card" (digits).
        msc: "the number of the service center of the operator in whose network the
            subscriber is located" (digits).
        mcc: "numeric code of the subscriber's country" (digits, kept as text).
        mnc: "numeric code of the subscriber's operator" (digits, kept as text: ``01``
            is not ``1``).
        cn: "name of the country of registration of the subscriber".
        net: "name of the subscriber registration operator".
        rcn: "the name of the roaming country of the subscriber when he is in a foreign
            network".
        rnet: "the name of the roaming operator of the subscriber when he is in someone
            else's network".
        send_date: "date the message was sent" (``all`` 1, 2).
        send_timestamp: "time stamp for sending the message" (``all`` 1, 2).
        phone: "subscriber's phone number" (``all`` 1, 2; and each record of a multiple
            ``all=0`` request, QUIRKS INC-22).
        cost: "message cost" (``all`` 1, 2).
        sender_id: "sender ID" (``all`` 1, 2; QUIRKS INC-19).
        status_name: "status name" (``all`` 1, 2).
        message: "the text of the message" (``all`` 1, 2).
        country: "name of the country of registration of the subscriber number"
            (``all=2``).
        operator: "the name of the operator of the subscriber" (``all=2``).
        region: "region of registration of the subscriber number" (``all=2``).
        type: "message type (for HLR, it is equal to 4)" (``all`` 1, 2).
        id: The message id each record of a multiple request adds (line 1794, QUIRKS
            INC-22); ``None`` for a single request.
    """

    status: int | None = None
    last_date: datetime | None = None
    last_timestamp: int | None = None
    flag: StatusFlag | None = None
    err: int | None = None
    imsi: str | None = None
    msc: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    cn: str | None = None
    net: str | None = None
    rcn: str | None = None
    rnet: str | None = None
    send_date: datetime | None = None
    send_timestamp: int | None = None
    phone: str | None = None
    cost: Decimal | None = None
    sender_id: str | None = None
    status_name: str | None = None
    message: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None
    type: MessageType | int | None = None
    id: int | str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusNotFoundReply:
    """The reply for a message that is not found or is in the archive (status -3).

    Spec (line 1788): "If the message is not found or is in the archive database (the
    status value is -3), then the status code in the appropriate format is returned for
    fmt = 0,2,3 . For fmt = 1, a response is returned in the format of the status of a
    regular message." -- ``Status = -3``, ``<sms><status>-3</status></sms>``,
    ``{"status": -3}``; in fmt=1 the reply is an :class:`SmsStatusReply`.

    In the reply for several ids (fmt=2/3) the record also carries the request's ``id``
    (and ``phone`` with ``all=0``), as the other records do (QUIRKS INC-22).

    Args:
        status: Always -3 ("Message not found", line 1801).
        id: The message id, in a reply for several ids.
        phone: The phone number, in a reply for several ids with ``all=0``.
    """

    status: int | None = None
    id: int | str | None = None
    phone: str | None = None


StatusRecord: TypeAlias = SmsStatusReply | HlrStatusReply | StatusNotFoundReply
"""One status of :class:`~smsc_proto.commands.StatusQuery`'s reply: the body, not the
request, decides which (spec line 1788: a message not found is ``Status = -3``; an HLR
request's status has its own form). A query for several ids gets a list of them, each
record decided by itself."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusDeleteReply:
    """The reply of :class:`~smsc_proto.commands.StatusDelete`.

    Spec (lines 1878-1887): "when fmt = 0,1: OK; when fmt = 2: <result>OK</result>; when
    fmt = 3: {"result": "OK"}".

    Args:
        result: Always ``"OK"``.
    """

    result: str | None = None


# Nothing in a fmt=0/1 line is escaped: a name (sender, status name, country,
# operator...) is any text on one line, the message and the comment any text (a record of
# a multiple reply may span lines). A name may hold the line's separators (a fmt=0 ", "
# or even ", cn = ", a fmt=1 ","); the reader counts the readings such a line has and
# refuses it when there is more than one, rather than assume names hold none.
_NAME: Final = LINE_TEXT
# The recipient is one entry of the request's comma-separated list (line 1414): no comma.
_RECIPIENT: Final = r"[^,\r\n]*"


def _text(name: str, pattern: str = _NAME) -> Field:
    return Field(name, Text(), pattern, True)


_STATUS: Final = integer("status", -(2**31), 2**31 - 1)
_LAST_DATE: Final = date_time("last_date")
_LAST_TIMESTAMP: Final = integer("last_timestamp")
_FLAG: Final = Field("flag", Syntax(parse_status_flag, format_status_flag, StatusFlag), r"\d+")
_ERR: Final = integer("err", 0, 2**31 - 1)
_TYPE: Final = Field("type", Syntax(parse_message_type, format_message_type, int), r"\d+")
_NAMES: Final = ("cn", "net", "rcn", "rnet")

_FIELDS: Final = {
    f.name: f
    for f in (
        _STATUS,
        _LAST_DATE,
        _LAST_TIMESTAMP,
        _FLAG,
        _ERR,
        date_time("send_date"),
        integer("send_timestamp"),
        _text("phone", _RECIPIENT),
        money("cost"),
        _text("sender_id"),
        _text("status_name"),
        text("message"),
        text("comment"),
        digits("mccmnc"),
        _text("country"),
        _text("operator"),
        _text("operator_orig"),
        _text("region"),
        _TYPE,
        integer("sms_cnt"),
        digits("imsi"),
        digits("msc"),
        digits("mcc"),
        digits("mnc"),
        *(_text(name) for name in _NAMES),
        message_id("id"),
    )
}


def _fields(*names: str) -> tuple[Field, ...]:
    return tuple(_FIELDS[name] for name in names)


# The fmt=2/3 field order of each reply (fmt=2 elements and fmt=3 keys agree).
_SMS_0: Final = ("status", "last_date", "last_timestamp", "flag", "err")
_SMS_1: Final = (
    *_SMS_0,
    "send_date",
    "send_timestamp",
    "phone",
    "cost",
    "sender_id",
    "status_name",
    "message",
    "comment",
)
_HLR_0: Final = (*_SMS_0, "imsi", "msc", "mcc", "mnc", *_NAMES)
_HLR_1: Final = (
    *_HLR_0,
    "send_date",
    "send_timestamp",
    "phone",
    "cost",
    "sender_id",
    "status_name",
    "message",
)
_GEO: Final = ("mccmnc", "country", "operator", "operator_orig", "region")

# -- the fmt=0 and fmt=1 lines -----------------------------------------------------------
#
# Each line is written out whole beside the spec line it implements, placeholders named
# as the model's fields: fmt=0's ``check_time`` is ``last_date`` (QUIRKS INC-15; the HLR
# lines' "<check_time>" too, INC-18) and ``<sender>`` is ``sender_id`` (INC-19); fmt=1
# carries the timestamps where fmt=0 carries the dates.

# Spec (line 1460): "with fmt = 0 and all = 0: Status = <status>, check_time =
# <last_date>, err = <err>"
_SMS_FMT0_ALL0: Final = "Status = {status}, check_time = {last_date}, err = {err}"
# Spec (line 1462): "with fmt = 1 and all = 0: <status>,<last_timestamp>,<err>"
_SMS_FMT1_ALL0: Final = "{status},{last_timestamp},{err}"
# Spec (line 1483): "Status = <status>, check_time = <last_date>, err = <err>, send_date =
# <send_date>, phone = <phone>, cost = <cost>, sender_id = <sender>, status_name =
# <status_name>, message = <message>, comment = <comment>, type = <type>"
_SMS_FMT0_ALL1: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
    "phone = {phone}, cost = {cost}, sender_id = {sender_id}, status_name = {status_name}, "
    "message = {message}, comment = {comment}, type = {type}"
)
# Spec (line 1486): "<status>,<last_timestamp>,<err>,<send_timestamp>,<phone>,<cost>,
# <sender>,<status_name>,<message>, <comment>, <type>" (the stray spaces as printed,
# QUIRKS INC-16)
_SMS_FMT1_ALL1: Final = (
    "{status},{last_timestamp},{err},{send_timestamp},{phone},{cost},{sender_id},"
    "{status_name},{message}, {comment}, {type}"
)
# Spec (line 1527): "Status = <status>, check_time = <last_date>, err = <err>, send_date =
# <send_date>, phone = <phone>, mccmnc = <mccmnc>, country = <country>, operator =
# <operator>, operator_orig= <operator_orig>, region = <region>, cost = <cost>, sender_id
# = <sender>, status_name = <status_name>, message = <message>, comment = <comment>, type
# = <type>" ("operator_orig= " as printed, QUIRKS INC-17)
_SMS_FMT0_ALL2: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
    "phone = {phone}, mccmnc = {mccmnc}, country = {country}, operator = {operator}, "
    "operator_orig= {operator_orig}, region = {region}, cost = {cost}, "
    "sender_id = {sender_id}, status_name = {status_name}, message = {message}, "
    "comment = {comment}, type = {type}"
)
# QUIRKS INC-17: the line of 1527 with "operator_orig = " spaced as every other key; read,
# never written.
_SMS_FMT0_ALL2_SPACED: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
    "phone = {phone}, mccmnc = {mccmnc}, country = {country}, operator = {operator}, "
    "operator_orig = {operator_orig}, region = {region}, cost = {cost}, "
    "sender_id = {sender_id}, status_name = {status_name}, message = {message}, "
    "comment = {comment}, type = {type}"
)
# Spec (line 1530): "<status>,<last_timestamp>,<err>,<send_timestamp>,<phone>,<country>,
# <operator>,<region>,<cost>,<sender>,<status_name>,<message>, <comment>, <type>"
_SMS_FMT1_ALL2: Final = (
    "{status},{last_timestamp},{err},{send_timestamp},{phone},{country},{operator},"
    "{region},{cost},{sender_id},{status_name},{message}, {comment}, {type}"
)
# QUIRKS INC-15: the fmt parameter's examples (line 1417: "Status = 1, check_time =
# 10.10.2010 10:10:10", "1,1286524541") have no err; read, never written.
_SMS_FMT0_EXAMPLE: Final = "Status = {status}, check_time = {last_date}"
_SMS_FMT1_EXAMPLE: Final = "{status},{last_timestamp}"

# Spec (line 1605): "Status = <status>, check_time = <check_time>, err = <err>, imsi =
# <imsi>, msc = <msc>, mcc = <mcc>, mnc = <mnc>, cn = <cn>, net = <net>, rcn = <rcn>, rnet
# = <rnet>"
_HLR_FMT0_ALL0: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}"
)
# Spec (line 1607): "<status>,<last_timestamp>,<err>,<imsi>,<msc>,<mcc>,<mnc>,<cn>,<net>,
# <rcn>,<rnet>"
_HLR_FMT1_ALL0: Final = (
    "{status},{last_timestamp},{err},{imsi},{msc},{mcc},{mnc},{cn},{net},{rcn},{rnet}"
)
# Spec (line 1644): "Status = <status>, check_time = <check_time>, err = <err>, imsi =
# <imsi>, msc = <msc>, mcc = <mcc>, mnc = <mnc>, cn = <cn>, net = <net>, rcn = <rcn>, rnet
# = <rnet>, send_date = <send_date>, phone = <phone>, cost = <cost>, sender_id =
# <sender_id>, status_name = <status_name>, message = <message>, type = <type>"
_HLR_FMT0_ALL1: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}, "
    "send_date = {send_date}, phone = {phone}, cost = {cost}, sender_id = {sender_id}, "
    "status_name = {status_name}, message = {message}, type = {type}"
)
# Spec (line 1647): "<status>,<last_timestamp>,<err>,<imsi>,<msc>,<mcc>,<mnc>,<cn>,<net>,
# <rcn>,<rnet>, <send_timestamp>,<phone>,<cost>,<sender_id>,<status_name>,<message>,
# <type>" (the stray space as printed, QUIRKS INC-19)
_HLR_FMT1_ALL1: Final = (
    "{status},{last_timestamp},{err},{imsi},{msc},{mcc},{mnc},{cn},{net},{rcn},{rnet}, "
    "{send_timestamp},{phone},{cost},{sender_id},{status_name},{message},{type}"
)
# QUIRKS INC-19: the line of 1647 without the stray space; read, never written.
_HLR_FMT1_ALL1_UNSPACED: Final = (
    "{status},{last_timestamp},{err},{imsi},{msc},{mcc},{mnc},{cn},{net},{rcn},{rnet},"
    "{send_timestamp},{phone},{cost},{sender_id},{status_name},{message},{type}"
)
# Spec (line 1700): "Status = <status>, check_time = <check_time>, err = <err>, imsi =
# <imsi>, msc = <msc>, mcc = <mcc>, mnc = <mnc>, cn = <cn>, net = <net>, rcn = <rcn>, rnet
# = <rnet>, send_date = <send_date>, phone = <phone>, country = <country>, operator =
# <operator>, region = <region>, cost = <cost>, sender_id = <sender_id>, status_name =
# <status_name>, message = <message>, type = <type>"
_HLR_FMT0_ALL2: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}, "
    "send_date = {send_date}, phone = {phone}, country = {country}, operator = {operator}, "
    "region = {region}, cost = {cost}, sender_id = {sender_id}, "
    "status_name = {status_name}, message = {message}, type = {type}"
)
# Spec (line 1703): "<status>,<last_timestamp>,<err>,<imsi>,<msc>,<mcc>,<mnc>,<cn>,<net>,
# <rcn>,<rnet>, <send_timestamp>,<phone>,<country>,<operator>,<region>,<cost>,
# <sender_id>,<status_name>,<message>,<type>"
_HLR_FMT1_ALL2: Final = (
    "{status},{last_timestamp},{err},{imsi},{msc},{mcc},{mnc},{cn},{net},{rcn},{rnet}, "
    "{send_timestamp},{phone},{country},{operator},{region},{cost},{sender_id},"
    "{status_name},{message},{type}"
)
# QUIRKS INC-19: the line of 1703 without the stray space; read, never written.
_HLR_FMT1_ALL2_UNSPACED: Final = (
    "{status},{last_timestamp},{err},{imsi},{msc},{mcc},{mnc},{cn},{net},{rcn},{rnet},"
    "{send_timestamp},{phone},{country},{operator},{region},{cost},{sender_id},"
    "{status_name},{message},{type}"
)

# Spec (line 1788): "the status code in the appropriate format is returned for fmt =
# 0,2,3" -- in fmt=0 the first pair of a status line alone.
_NOT_FOUND_FMT0: Final = "Status = {status}"

# Spec (lines 1791, 1794): "for fmt = 0 and fmt = 1, the result returns a list of lines";
# "when the parameter all = 1 or all = 2 is set, the message identifier is additionally
# returned for each status. If all = 0, the message ID and phone number are additionally
# returned." QUIRKS INC-22: where is not shown; each fmt=0 line is the single reply's
# line with ", id = <id>" (and ", phone = <phone>" for all=0) at its end, as fmt=2/3 add
# them after the documented fields.
_SMS_FMT0_ALL0_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, id = {id}, phone = {phone}"
)
_HLR_FMT0_ALL0_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}, "
    "id = {id}, phone = {phone}"
)
_NOT_FOUND_FMT0_ALL0_MANY: Final = "Status = {status}, id = {id}, phone = {phone}"
_SMS_FMT0_ALL1_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
    "phone = {phone}, cost = {cost}, sender_id = {sender_id}, status_name = {status_name}, "
    "message = {message}, comment = {comment}, type = {type}, id = {id}"
)
_HLR_FMT0_ALL1_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}, "
    "send_date = {send_date}, phone = {phone}, cost = {cost}, sender_id = {sender_id}, "
    "status_name = {status_name}, message = {message}, type = {type}, id = {id}"
)
_SMS_FMT0_ALL2_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
    "phone = {phone}, mccmnc = {mccmnc}, country = {country}, operator = {operator}, "
    "operator_orig= {operator_orig}, region = {region}, cost = {cost}, "
    "sender_id = {sender_id}, status_name = {status_name}, message = {message}, "
    "comment = {comment}, type = {type}, id = {id}"
)
_HLR_FMT0_ALL2_MANY: Final = (
    "Status = {status}, check_time = {last_date}, err = {err}, imsi = {imsi}, msc = {msc}, "
    "mcc = {mcc}, mnc = {mnc}, cn = {cn}, net = {net}, rcn = {rcn}, rnet = {rnet}, "
    "send_date = {send_date}, phone = {phone}, country = {country}, operator = {operator}, "
    "region = {region}, cost = {cost}, sender_id = {sender_id}, "
    "status_name = {status_name}, message = {message}, type = {type}, id = {id}"
)
_NOT_FOUND_FMT0_MANY: Final = "Status = {status}, id = {id}"


def _sms(level: int, fmt0: str, fmt1: str | None = None) -> Shape[SmsStatusReply]:
    names = {
        0: _SMS_0,
        1: (*_SMS_1, "type", "sms_cnt"),
        # Spec (lines 1532-1576): fmt=2/3 put mccmnc..region after comment (INC-17).
        2: (*_SMS_1, *_GEO, "type", "sms_cnt"),
    }[level]
    return Shape(
        SmsStatusReply,
        _fields(*names),
        fmt0=Template(fmt0),
        # all=1/2 have their own fmt=1 shapes (_FMT1_SHAPES): their type tells SMS from HLR.
        fmt1=None if fmt1 is None else Template(fmt1),
        xml=XmlForm(root="sms"),
        json=JsonForm(),
    )


def _hlr(level: int, fmt0: str) -> Shape[HlrStatusReply]:
    names = {
        0: _HLR_0,
        1: (*_HLR_1, "type"),
        # Spec (lines 1705-1757): fmt=2/3 put country..region after message (INC-20).
        2: (*_HLR_1, "country", "operator", "region", "type"),
    }[level]
    return Shape(HlrStatusReply, _fields(*names), fmt0=Template(fmt0), xml=XmlForm(root="sms"))


#: all -> the SMS and the HLR status of a single request, in fmt 0, 2 and 3.
_SMS_SHAPES: Final = {
    0: _sms(0, _SMS_FMT0_ALL0, _SMS_FMT1_ALL0),
    1: _sms(1, _SMS_FMT0_ALL1),
    2: _sms(2, _SMS_FMT0_ALL2),
}
_HLR_SHAPES: Final = {
    0: _hlr(0, _HLR_FMT0_ALL0),
    1: _hlr(1, _HLR_FMT0_ALL1),
    2: _hlr(2, _HLR_FMT0_ALL2),
}

_SMS_2_SPACED: Final = Shape(
    SmsStatusReply,
    _SMS_SHAPES[2].fields,
    fmt0=Template(_SMS_FMT0_ALL2_SPACED),
    xml=None,
    json=None,
)

# The encoder writes the templates of lines 1460-1462; the decoder reads these too (err
# stays None).
_SMS_0_EXAMPLE: Final = Shape(
    SmsStatusReply,
    _fields("status", "last_date", "last_timestamp"),
    fmt0=Template(_SMS_FMT0_EXAMPLE),
    fmt1=Template(_SMS_FMT1_EXAMPLE),
    xml=None,
    json=None,
)

_HLR_0_FMT1: Final = Shape(
    HlrStatusReply,
    _fields("status", "last_timestamp", "err", "imsi", "msc", "mcc", "mnc", *_NAMES),
    fmt1=Template(_HLR_FMT1_ALL0),
    xml=None,
    json=None,
)

# The fmt=1 lines of all=1/2. ``type`` tells them apart (line 1787: "for HLR, it is equal
# to 4"): an HLR line is read only with type 4, an SMS line never, so no line reads as
# both. Every name may hold a comma and the SMS message and comment ", " (nothing is
# escaped): a line whose commas leave more than one reading is refused, and the encoder
# refuses a reply that would give one.
_SMS_TYPE_FMT1: Final = Field("type", _TYPE.codec, r"(?:[0-35-9]|\d{2,})")
_HLR_TYPE_FMT1: Final = Field("type", _TYPE.codec, "4")


def _fmt1(model: type[Any], type_field: Field, line: str) -> Shape[Any]:
    names = Template(line).names
    fields = tuple(type_field if n == "type" else _FIELDS[n] for n in names)
    return Shape(model, fields, fmt1=Template(line))


#: all -> the fmt=1 readings of a single request: SMS, HLR as printed, HLR unspaced.
_FMT1_SHAPES: Final = {
    1: (
        _fmt1(SmsStatusReply, _SMS_TYPE_FMT1, _SMS_FMT1_ALL1),
        _fmt1(HlrStatusReply, _HLR_TYPE_FMT1, _HLR_FMT1_ALL1),
        _fmt1(HlrStatusReply, _HLR_TYPE_FMT1, _HLR_FMT1_ALL1_UNSPACED),
    ),
    2: (
        _fmt1(SmsStatusReply, _SMS_TYPE_FMT1, _SMS_FMT1_ALL2),
        _fmt1(HlrStatusReply, _HLR_TYPE_FMT1, _HLR_FMT1_ALL2),
        _fmt1(HlrStatusReply, _HLR_TYPE_FMT1, _HLR_FMT1_ALL2_UNSPACED),
    ),
}

_NOT_FOUND: Final = Shape(
    StatusNotFoundReply,
    (Field("status", Int(-3, -3), "-3"),),
    fmt0=Template(_NOT_FOUND_FMT0),
    xml=XmlForm(root="sms"),
)


def _many(shape: Shape[Any], fmt0: str) -> Shape[Any]:
    """The records of a multiple request: ``shape`` plus the fields ``fmt0`` adds.

    Spec (lines 1792-1794): fmt=2 "with the entire list of statuses contained in the
    "<list>" tag", fmt=3 "the entire list is framed by square brackets". QUIRKS INC-22:
    the names and places of the added fields are not given; they are ``id`` and
    ``phone`` (the request's names), written after the documented fields in every fmt,
    so a gateway that puts them elsewhere gives a line that fits no form -- refused,
    never misread. Records start at each line that begins with ``Status = ``: a message
    may hold line breaks. fmt=1 carries no names; a guess at the places could read an
    id as a status, so it stays unmodelled.
    """
    extra = [name for name in Template(fmt0).names if name not in shape.by_name]
    return Shape(
        shape.model,
        shape.fields + _fields(*extra),
        fmt0=Template(fmt0),
        xml=XmlForm(root="list", item="sms"),
        json=JsonForm(),
        many=True,
        multiline=True,
    )


#: all -> the SMS, HLR and not-found records of a multiple request, in fmt 0, 2 and 3.
#: Each record is decided by itself: a list may mix SMS, HLR and not-found records (one
#: unknown id among several is the common case).
_MULTIPLE: Final = {
    0: (
        _many(_SMS_SHAPES[0], _SMS_FMT0_ALL0_MANY),
        _many(_HLR_SHAPES[0], _HLR_FMT0_ALL0_MANY),
        _many(_NOT_FOUND, _NOT_FOUND_FMT0_ALL0_MANY),
    ),
    1: (
        _many(_SMS_SHAPES[1], _SMS_FMT0_ALL1_MANY),
        _many(_HLR_SHAPES[1], _HLR_FMT0_ALL1_MANY),
        _many(_NOT_FOUND, _NOT_FOUND_FMT0_MANY),
    ),
    2: (
        _many(_SMS_SHAPES[2], _SMS_FMT0_ALL2_MANY),
        _many(_HLR_SHAPES[2], _HLR_FMT0_ALL2_MANY),
        _many(_NOT_FOUND, _NOT_FOUND_FMT0_MANY),
    ),
}

# Spec (lines 1879-1887): "OK", "<result>OK</result>", {"result": "OK"}.
_RESULT: Final = Field("result", TextChoice("OK"), "OK", True)
_DELETED: Final = Shape(
    StatusDeleteReply,
    (_RESULT,),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

#: Spec (lines 1448-1455): the error codes of status.php (and of del=1, line 1876).
STATUS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    4: "The IP address is temporarily blocked.",
    5: "Error deleting a message.",
    # QUIRKS INC-53: "five or more" concurrent requests here, fifteen elsewhere; the
    # spec's words for status.php are kept.
    9: (
        "Attempt to send more than five requests to get the status of the same message "
        "or more than one mass request within a minute. This error also occurs when you "
        "try to send five or more requests simultaneously from different connections "
        "under the same username (too many concurrent requests)."
    ),
}


error_table(StatusQuery, errors=STATUS_ERRORS)


@responds(StatusQuery)
def _status_reply(command: StatusQuery) -> Shapes:
    # The body decides SMS or HLR (and "not found") in every fmt: the request cannot.
    level = command.all or 0
    fmt = command.fmt or 0
    if command.multiple:
        if fmt == 1:
            # QUIRKS INC-22: where each line adds the id (and phone) is not documented,
            # and a fmt=1 line names no field: a guess could misread every value.
            raise LocalProtocolError(
                "id: the fmt=1 replies of multiple status requests are not modelled (the "
                "place of the added id and phone is not documented; use fmt=0, 2 or 3)"
            )
        return _MULTIPLE[level]
    if fmt == 1:
        if level:
            return _FMT1_SHAPES[level]
        return (_SMS_SHAPES[0], _HLR_0_FMT1, _SMS_0_EXAMPLE)
    shapes: tuple[Shape[Any], ...] = (_SMS_SHAPES[level], _HLR_SHAPES[level], _NOT_FOUND)
    # Decoding-only readings (fmt=0 only; the encoder takes the first shape of a model).
    if fmt == 0:
        shapes += {0: (_SMS_0_EXAMPLE,), 1: (), 2: (_SMS_2_SPACED,)}[level]
    return shapes


error_table(StatusDelete, errors=STATUS_ERRORS)


@responds(StatusDelete)
def _delete_reply(command: StatusDelete) -> Shape[StatusDeleteReply]:
    return _DELETED
