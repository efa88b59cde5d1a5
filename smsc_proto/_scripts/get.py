"""get.php: sent-message history, incoming messages, statistics and prices (private).

Spec (lines 2857, 3003, 3098, 3183)::

    get.php?get_messages=1&login=<login>&psw=<password>
    get.php?get_answers=1&login=<login>&psw=<password>
    get.php?get_stat=1&login=<login>&psw=<password>&start=<date1>&end=<date2>
    get.php?get_price=1&login=<login>&psw=<password>

Each action has a parameter table of its own (lines 2860-2876, 3006-3012, 3101-3107,
3186-3188). Only get_messages lists ``fmt``; every action takes it from the base
(QUIRKS INC-68), with ``charset``.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from .._call_kind import CallKind
from .._coerce import PHONE_INPUT, as_recipient
from .._command import Codec, Command, Flag, Int, IntChoice, Syntax, Text, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import (
    LINE_TEXT,
    Field,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    date_time,
    digits,
    error_table,
    integer,
    message_id,
    money,
    records,
    responds,
    text,
)
from ..values import (
    EmailAddress,
    Phone,
    PhoneList,
    format_date,
    format_recipient,
    parse_date,
    parse_recipient,
)
from ._lists import PhoneListCodec, renamed

__all__ = [
    "GetAnswers",
    "GetAnswersReply",
    "GetMessages",
    "GetMessagesReply",
    "GetPrice",
    "GetPriceCode",
    "GetPriceReply",
    "GetPriceZone",
    "GetStat",
    "GetStatReply",
]
__replies__ = [
    "GetAnswersReply",
    "GetMessagesReply",
    "GetPriceCode",
    "GetPriceReply",
    "GetPriceZone",
    "GetStatReply",
]

# The global message IDs (int_id, line 2871) and the IDs of incoming messages (line 3074)
# are "assigned by the Server automatically" for every client of the gateway; the spec
# gives no range, so they are read as positive 64-bit numbers.
_GLOBAL_ID: Final = Int(1, 2**63 - 1)
_DATE: Final = Syntax(parse_date, format_date, date)
# Spec (line 2863): "The maximum period for which it is possible to request the history
# of sent messages is six months."
_HISTORY_MONTHS: Final = 6


class _Recipients(PhoneListCodec):
    """A comma-separated list of one kind of recipient (phones or e-mail addresses).

    The syntax is send.php's ``phones`` (line 47, :func:`~smsc_proto.values.
    parse_phone_list`); the entries must all be of ``kind``. A trailing comma is refused:
    it is status.php's "multiple request" form (line 1414), which get.php does not have.

    Args:
        kind: :class:`~smsc_proto.values.Phone` or
            :class:`~smsc_proto.values.EmailAddress`.
        what: The entries, for error messages ("phone numbers").
        line: The spec line of the parameter.
    """

    def __init__(self, kind: type, what: str, line: int) -> None:
        self._kind = kind
        self._what = what
        self._line = line

    def problem(self, value: PhoneList) -> str | None:
        if value.trailing_comma:
            return f"must not end with a comma (a list of {self._what}, line {self._line})"
        for entry in value.entries:
            if not isinstance(entry, self._kind):
                return (
                    f"must be {self._what} only, got {format_recipient(entry)!r} "
                    f"(line {self._line})"
                )
        return None


class _OnePhone(Codec[Phone]):
    """One phone number (``to_phone``), with or without ``+`` (line 47's syntax)."""

    accepts = PHONE_INPUT

    def coerce(self, name: str, value: Any) -> Phone:
        result: Phone = as_recipient(name, value, Phone)
        return result

    def format(self, name: str, value: Phone) -> str:
        if not isinstance(value, Phone):
            raise LocalProtocolError(f"{name}: must be a Phone, got {type(value).__name__}")
        return format_recipient(value)

    def parse(self, name: str, text: str) -> Phone:
        try:
            value = parse_recipient(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(renamed(str(exc), name)) from None
        if not isinstance(value, Phone):
            raise RemoteProtocolError(f"{name}: must be one phone number, got {text!r}")
        return value


def _months_later(start: date, months: int) -> date:
    """The same day ``months`` calendar months after ``start``.

    The month's last day when that month is shorter; :attr:`datetime.date.max` when the
    result would be past it.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if year > date.max.year:
        return date.max
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _check_period(start: date | None, end: date | None, *, months: int | None = None) -> None:
    """``end`` not before ``start`` and, with ``months``, at most that many months after."""
    if start is None or end is None:
        return
    if end < start:
        raise LocalProtocolError(f"end: {format_date(end)} is before start {format_date(start)}")
    if months is not None and end > _months_later(start, months):
        raise LocalProtocolError(
            f"end: {format_date(end)} is more than six months after start "
            f"{format_date(start)} (line 2863)"
        )


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetMessages(Command["list[GetMessagesReply]"]):
    """Read the history of sent messages (``get.php?get_messages=1``).

    Spec (line 2857): "To get a list of sent SMS messages, you need to call the address
    using the GET or POST method: ``get.php?get_messages=1&login=<login>&
    psw=<password>``". Every parameter is optional.

    Args:
        start: The first day (line 2863: "The start date in the period for which the
            history is requested. Format: 'dd. mm. yyyy'. The maximum period for which it
            is possible to request the history of sent messages is six months.").
        end: The last day (line 2864: "The end date in the period. If omitted, data from
            the start date is returned."); only with ``start``, not before it, and at
            most six months after it.
        phone: The phone numbers whose SMS history is asked (line 2865: "A number or a
            comma-separated list of phone numbers"); phone numbers only, not with
            ``format=8``.
        email: The addresses whose e-mail history is asked (line 2866: "An e-mail
            address or a comma-separated list of addresses"); e-mail addresses only,
            only with ``format=8``.
        format: 0 (the default) SMS, 8 e-mail messages (lines 2867-2869).
        cnt: How many messages, 1..1000 (line 2870: "The maximum value is 1000.").
        prev_id: Messages sent before the one with this global ID (line 2871: "the
            int_id parameter in the Server response"), 1..2**63-1.
    """

    SCRIPT = "get.php"
    SELECTOR = ("get_messages", "1")
    KIND = CallKind.READ

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    phone: PhoneList | None = param(_Recipients(Phone, "phone numbers", 2865))
    email: PhoneList | None = param(_Recipients(EmailAddress, "e-mail addresses", 2866))
    format: int | None = param(IntChoice(0, 8))
    cnt: int | None = param(Int(1, 1000))
    prev_id: int | None = param(_GLOBAL_ID)

    def _check(self) -> None:
        # Spec (line 2864): "The end date in the period" -- the period starts at start.
        if self.end is not None and self.start is None:
            raise LocalProtocolError("end: only with start (lines 2863-2864)")
        _check_period(self.start, self.end, months=_HISTORY_MONTHS)
        # Spec (lines 2867-2869): "format Flag for requesting e-mail messages. 0
        # (default) - request SMS messages. 8 - request for e-mail messages."
        mail = self.format == 8
        if self.email is not None and not mail:
            raise LocalProtocolError("email: only with format=8 (lines 2866-2869)")
        if self.phone is not None and mail:
            raise LocalProtocolError("phone: not with format=8 (e-mail history, lines 2865-2869)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetAnswers(Command["list[GetAnswersReply]"]):
    """Read the incoming messages (``get.php?get_answers=1``).

    Spec (line 3003): "To get a list of incoming messages, call the address using the
    GET or POST method: ``get.php?get_answers=1&login=<login>&psw=<password>``". Every
    parameter is optional.

    Args:
        cnt: How many messages, 1..10000 (line 3009: "The maximum value is 10000.").
        hour: The period in hours, 1..168 (line 3010: "Maximum number of hours - 168 (7
            days).").
        after_id: Only messages after the one with this ID, which is left out
            (line 3011), 1..2**63-1.
        to_phone: The Client's number that received the messages (line 3012), one phone
            number.
    """

    SCRIPT = "get.php"
    SELECTOR = ("get_answers", "1")
    KIND = CallKind.READ

    cnt: int | None = param(Int(1, 10000))
    hour: int | None = param(Int(1, 168))
    after_id: int | None = param(_GLOBAL_ID)
    to_phone: Phone | None = param(_OnePhone())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetStat(Command["list[GetStatReply]"]):
    """Read the statistics of sent messages (``get.php?get_stat=1``).

    Spec (line 3098): "To get the statistics of sent messages, you need to call the
    address by the GET or POST method: ``get.php?get_stat=1&login=<login>&
    psw=<password>&start=<date1>&end=<date2>``". ``start`` is required (the period
    starts there); ``end`` may be omitted (line 3105).

    Args:
        start: The first day (line 3104: "The start date in the period for which
            statistics are requested. Format: 'dd.mm.yyyy'.").
        end: The last day (line 3105: "If omitted, data from the start date is
            returned."), not before ``start``.
        mycur: "Flag that allows you to display statistics in the current currency of
            the Client." (line 3106).
        balance2: "Flag that allows you to get statistics on sent messages paid with an
            electronic balance." (line 3107).
    """

    SCRIPT = "get.php"
    SELECTOR = ("get_stat", "1")
    REQUIRED = ("start",)
    KIND = CallKind.READ

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    mycur: bool | None = param(Flag())
    balance2: bool | None = param(Flag())

    def _check(self) -> None:
        _check_period(self.start, self.end)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetPrice(Command["GetPriceReply"]):
    """Read the Client's tariffs (``get.php?get_price=1``).

    Spec (line 3183): "To get the list of tariffs for the specified Client, call the GET
    or POST address method: ``get.php?get_price=1&login=<login>&psw=<password>``" -- no
    other parameter than ``fmt`` (whose values the replies of lines 3216-3273 imply,
    INC-68).
    """

    SCRIPT = "get.php"
    SELECTOR = ("get_price", "1")
    KIND = CallKind.READ


# -- replies ---------------------------------------------------------------------------------

_INT32: Final = (-(2**31), 2**31 - 1)


def _plain(name: str) -> Field:
    """A name that fmt=0/1 lines carry between separators: any text on one line.

    Nothing is escaped, so a name may hold the line's separator (``,``): a line whose
    texts could then split two ways is refused by the reader, never read at a guess.
    """
    return text(name, pattern=LINE_TEXT)


def _recipient(name: str) -> Field:
    """A phone number (or address) of a message: no comma, no line break.

    The request lists recipients separated by commas (line 1414), so none holds one.
    """
    return text(name, pattern=r"[^,\r\n]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class GetMessagesReply:
    """One sent message: :class:`~smsc_proto.commands.GetMessages` replies with a list.

    Spec (lines 2906-2965): one line per message in fmt=0/1, ``<sms>`` elements under
    ``<list>`` in fmt=2, a JSON array of objects in fmt=3. Fields are named as fmt=2/3
    name them: fmt=0 writes ``last_date`` under the key ``check_time`` and ``id`` under
    ``ID``, and fmt=1's ``<sender>`` is ``sender_id``. fmt=0 carries the dates and not
    the timestamps, fmt=1 the timestamps and not the dates (QUIRKS INC-41): the fields a
    format leaves out decode as ``None``.

    Args:
        status: "status Code (list)" (line 2968).
        last_date: "the date of the last status change. Format DD.MM.YYYY hh: mm: ss."
            (line 2969); not in fmt=1.
        last_timestamp: "time stamp of the last status change." (line 2970); not in
            fmt=0.
        err: "error code if the message was not delivered." (line 2971).
        send_date: "date the message was sent (format DD.MM.YYYY hh: mm: ss)."
            (line 2972); not in fmt=1.
        send_timestamp: "time stamp for sending the message." (line 2973); not in fmt=0.
        phone: "subscriber's phone number." (line 2974).
        cost: "message cost." (line 2979).
        sender_id: "sender ID." (line 2980).
        status_name: "status name." (line 2981).
        message: "the text of the message." (line 2982); may hold commas, and line
            breaks in fmt=0/2/3 (not in fmt=1).
        mccmnc: "mobile country code and mobile operator code." (line 2983), digits as
            text (``"25001"``): leading zeros are part of a code.
        country: "name of the country of registration of the subscriber number."
            (line 2975).
        operator: "the name of the operator of the subscriber." (line 2976).
        region: "region of registration of the subscriber number." (line 2977).
        type: "message type." (line 2978).
        id: "message ID." (line 2984): the server's number or the client's string
            (line 51).
        int_id: "global Message ID." (line 2985), what
            :class:`~smsc_proto.commands.GetMessages` takes as ``prev_id``.
        sms_cnt: "number of parts per message." (line 2986).
        format: "message format." (line 2987).
        crc: "message checksum." (line 2988).
    """

    status: int | None = None
    last_date: datetime | None = None
    last_timestamp: int | None = None
    err: int | None = None
    send_date: datetime | None = None
    send_timestamp: int | None = None
    phone: str | None = None
    cost: Decimal | None = None
    sender_id: str | None = None
    status_name: str | None = None
    message: str | None = None
    mccmnc: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None
    type: int | None = None
    id: int | str | None = None
    int_id: int | None = None
    sms_cnt: int | None = None
    format: int | None = None
    crc: int | None = None


#: Spec (lines 2906-2965). fmt=0/1 put mccmnc..region after phone, fmt=2/3 after message
#: (QUIRKS INC-41); fmt=1 has ", " before the message as printed (INC-41); fmt=3 quotes
#: int_id and mccmnc but not id (INC-40). Every text field but the message is
#: comma-free in fmt=0/1, so the fields on both sides of the message fix where it starts
#: and ends, and a message holding commas reads one way only.
_MESSAGES: Final = Shape(
    GetMessagesReply,
    (
        integer("status", *_INT32),
        date_time("last_date"),
        integer("last_timestamp"),
        integer("err", *_INT32),
        date_time("send_date"),
        integer("send_timestamp"),
        _recipient("phone"),
        money("cost"),
        _plain("sender_id"),
        _plain("status_name"),
        text("message"),
        digits("mccmnc"),
        _plain("country"),
        _plain("operator"),
        _plain("region"),
        integer("type"),
        message_id("id"),
        integer("int_id", 1, quoted=True),
        integer("sms_cnt"),
        integer("format"),
        integer("crc", -(2**63)),
    ),
    fmt0=Template(
        "Status = {status}, check_time = {last_date}, err = {err}, send_date = {send_date}, "
        "phone = {phone}, mccmnc = {mccmnc}, country = {country}, operator = {operator}, "
        "region = {region}, cost = {cost}, sender_id = {sender_id}, "
        "status_name = {status_name}, message = {message}, type = {type}, ID = {id}, "
        "int_id = {int_id}, sms_cnt = {sms_cnt}, format = {format}, crc = {crc}"
    ),
    fmt1=Template(
        "{status},{last_timestamp},{err},{send_timestamp},{phone},{mccmnc},{country},"
        "{operator},{region},{cost},{sender_id},{status_name}, {message},{type},{id},"
        "{int_id},{sms_cnt},{format},{crc}"
    ),
    xml=XmlForm(root="list", item="sms"),
    json=JsonForm(),
    many=True,
    # A fmt=0 record starts at each line beginning with its first key: messages
    # may hold line breaks there (fmt=1 records start with a value: one line each).
    multiline=True,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GetAnswersReply:
    """One incoming message: :class:`~smsc_proto.commands.GetAnswers` replies with a list.

    Spec (lines 3040-3071): one line per message in fmt=0/1, ``<sms>`` elements under
    ``<sms_answers>`` in fmt=2, a JSON array of objects in fmt=3. fmt=1 moves the
    message to the end of the line (QUIRKS INC-42); the fields are the same.

    Args:
        id: "the ID of the incoming message that is assigned by the Server
            automatically." (line 3074), what :class:`~smsc_proto.commands.GetAnswers`
            takes as ``after_id``.
        received: "the date the message was received by the Server. Format DD.MM.YYYY
            hh:mm:ss." (line 3075).
        phone: "subscriber's phone number." (line 3076).
        message: "incoming message." (line 3077); may hold commas, and line breaks in
            fmt=0/2/3 (not in fmt=1).
        to_phone: "recipient's phone number." (line 3078).
        sent: "the date the message was sent. Format DD.MM.YYYY hh: mm: ss."
            (line 3079).
    """

    id: int | None = None
    received: datetime | None = None
    phone: str | None = None
    message: str | None = None
    to_phone: str | None = None
    sent: datetime | None = None


#: Spec (lines 3041-3071): "id = <id>, received = <received>, phone = <phone>, message =
#: <message>, to_phone = <to_phone>, sent = <sent>" (fmt=0) and
#: "<id>,<received>,<phone>,<to_phone>,<sent>,<message>" (fmt=1, INC-42); fmt=3 leaves
#: only id bare.
_ANSWERS: Final = Shape(
    GetAnswersReply,
    (
        integer("id", 1),
        date_time("received"),
        _recipient("phone"),
        text("message"),
        _recipient("to_phone"),
        date_time("sent"),
    ),
    fmt0=Template(
        "id = {id}, received = {received}, phone = {phone}, message = {message}, "
        "to_phone = {to_phone}, sent = {sent}"
    ),
    fmt1=Template("{id},{received},{phone},{to_phone},{sent},{message}"),
    xml=XmlForm(root="sms_answers", item="sms"),
    json=JsonForm(),
    many=True,
    # A fmt=0 record starts at each line beginning with its first key: messages
    # may hold line breaks there (fmt=1 records start with a value: one line each).
    multiline=True,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GetStatReply:
    """The statistics of one login: :class:`~smsc_proto.commands.GetStat` replies with a list.

    Spec (lines 3135-3164): one line per login in fmt=0/1, ``<stat>`` elements under
    ``<list>`` in fmt=2, a JSON array of objects in fmt=3, every value quoted. The count
    is ``sms`` as fmt=0/2/3 key it; fmt=1 calls the same slot ``<cnt>`` (QUIRKS INC-30).

    Args:
        login: "customer Login." (line 3167).
        sms: "number of messages." (line 3168, ``<cnt>``).
        credit: The value under the ``credit`` key; the legend says "<credit> - debit."
            (line 3169, QUIRKS INC-30).
        debit: The value under the ``debit`` key; the legend says "<debit> - credit."
            (line 3170, QUIRKS INC-30).
        currency: "three-character currency code." (line 3171).
    """

    login: str | None = None
    sms: int | None = None
    credit: Decimal | None = None
    debit: Decimal | None = None
    currency: str | None = None


#: Spec (lines 3136-3164): "login = <login>, sms = <cnt>, credit = <credit>, debit =
#: <debit>, currency = <currency>" (fmt=0), "<login>,<cnt>,<credit>,<debit>,<currency>"
#: (fmt=1); fmt=3 quotes every value, the count too.
_STAT: Final = Shape(
    GetStatReply,
    (
        _plain("login"),
        integer("sms", quoted=True),
        money("credit"),
        money("debit"),
        text("currency", pattern=r"[^,\s]+", nonempty=True),
    ),
    fmt0=Template(
        "login = {login}, sms = {sms}, credit = {credit}, debit = {debit}, currency = {currency}"
    ),
    fmt1=Template("{login},{sms},{credit},{debit},{currency}"),
    xml=XmlForm(root="list", item="stat"),
    json=JsonForm(),
    many=True,
)

_REPLIES: Final[Mapping[type[Command], Shape[Any]]] = {
    GetMessages: _MESSAGES,
    GetAnswers: _ANSWERS,
    GetStat: _STAT,
}

_LIMITED: Final = (
    "This error also occurs when you try to send fifteen or more requests simultaneously "
    "from different connections under the same username (too many concurrent requests)."
)
_COMMON_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    4: "The IP address is temporarily blocked.",
}

#: Spec (lines 2898-2903): the error codes of get_messages.
GET_MESSAGES_ERRORS: Final = {
    **_COMMON_ERRORS,
    3: "Message not found.",
    9: (
        "Attempt to send more than three identical requests to get the history of "
        "outgoing messages within a minute or more than thirty requests within an hour. " + _LIMITED
    ),
}

#: Spec (lines 3034-3038): the error codes of get_answers.
GET_ANSWERS_ERRORS: Final = {
    **_COMMON_ERRORS,
    9: (
        "Attempt to send more than three identical requests to receive a list of incoming "
        "messages within a minute. " + _LIMITED
    ),
}

#: Spec (lines 3129-3133): the error codes of get_stat. Error 9 is worded as
#: get_answers' ("...to receive a list of incoming messages...", QUIRKS INC-43); the
#: table keeps the spec's words.
GET_STAT_ERRORS: Final = dict(GET_ANSWERS_ERRORS)

#: Spec (lines 3210-3214): the error codes of get_price.
GET_PRICE_ERRORS: Final = {
    **_COMMON_ERRORS,
    9: (
        "Attempt to send more than three identical requests for a list of fares within a "
        "minute. " + _LIMITED
    ),
}


def _get_reply(command: Command) -> Shape[Any]:
    return _REPLIES[type(command)]


# Each action words its errors itself (error 9 three ways: lines 2902, 3037, 3132, 3213),
# so each has its own table, keyed "get.php/<action>" as the spec's error index keys them.
for _cls, _table, _errors in (
    (GetMessages, "get.php/get_messages", GET_MESSAGES_ERRORS),
    (GetAnswers, "get.php/get_answers", GET_ANSWERS_ERRORS),
    (GetStat, "get.php/get_stat", GET_STAT_ERRORS),
):
    error_table(_cls, errors=_errors, key=_table)
    responds(_cls)(_get_reply)


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPriceZone:
    """One tariff zone of :class:`GetPriceReply` (spec lines 3276-3282).

    Args:
        zone: "tariff zone" (a number).
        name: "name of the tariff zone (operator, country, etc..)".
        api: "the cost of SMS when sending via the API".
        mass: "the cost of SMS when sending via your personal account".
        mms: "the cost of an MMS message".
        hlr: "the cost of an HLR request".
        call: "the cost of a voice message (call)".
    """

    zone: int | None = None
    name: str | None = None
    api: Decimal | None = None
    mass: Decimal | None = None
    mms: Decimal | None = None
    hlr: Decimal | None = None
    call: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPriceCode:
    """One individual operator tariff of :class:`GetPriceReply` (lines 3283-3284).

    Args:
        mccmnc: "the country code and the mobile operator for which the individual
            tariff is set" (digits, as text).
        cost: "the cost of the message for this individual tariff".
    """

    mccmnc: str | None = None
    cost: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPriceReply:
    """The reply of :class:`~smsc_proto.commands.GetPrice` (spec lines 3216-3273).

    fmt=0/1: the zone lines, a blank line, the operator tariff lines ("if there are set
    individual tariffs for certain operators"), a blank line, the e-mail price; fmt=2
    ``<price>`` with ``<zones>``, ``<codes>`` and ``<mail>``; fmt=3 the same keys.

    Args:
        zones: The tariff zones.
        codes: The individual operator tariffs; ``None`` when the reply has none.
        mail: "cost of an e-mail message" (line 3285).
    """

    zones: tuple[GetPriceZone, ...] | None = None
    codes: tuple[GetPriceCode, ...] | None = None
    mail: Decimal | None = None


_ZONE_NAMES: Final = ("name", "api", "mass", "mms", "hlr", "call")
_ZONE: Final = Shape(
    GetPriceZone,
    (
        integer("zone", 0, _INT32[1], quoted=True),
        Field("name", Text(single_line=True), LINE_TEXT, True),
        *(money(n) for n in _ZONE_NAMES[1:]),
    ),
    fmt0=Template(
        "zone = {zone}, name = {name}, api = {api}, mass = {mass}, mms = {mms}, "
        "hlr = {hlr}, call = {call}"
    ),
    fmt1=Template("{zone},{name},{api},{mass},{mms},{hlr},{call}"),
    xml=XmlForm(root="zones", item="zone", text_field="zone", attributes=_ZONE_NAMES),
    json=JsonForm(),
    many=True,
)
_CODE: Final = Shape(
    GetPriceCode,
    (digits("mccmnc"), money("cost")),
    fmt0=Template("mccmnc = {mccmnc}, cost = {cost}"),
    fmt1=Template("{mccmnc},{cost}"),
    xml=XmlForm(root="codes", item="mccmnc", text_field="mccmnc", attributes=("cost",)),
    json=JsonForm(),
    many=True,
)
# Spec (lines 3216-3273); the names in fmt=0/1 hold no comma (the zone line has no free
# text field), and the operator tariffs are optional ("if there are set individual
# tariffs for certain operators").
_PRICE: Final = Shape(
    GetPriceReply,
    (records("zones", _ZONE), records("codes", _CODE).omissible(), money("mail")),
    fmt0=Template("mail = {mail}"),
    fmt1=Template("{mail}"),
    xml=XmlForm(root="price"),
    json=JsonForm(),
    blocks=("zones", "codes"),
)


error_table(GetPrice, errors=GET_PRICE_ERRORS, key="get.php/get_price")


@responds(GetPrice)
def _get_price_reply(command: GetPrice) -> Shape[Any]:
    return _PRICE
