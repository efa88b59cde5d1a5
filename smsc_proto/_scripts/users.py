"""users.php: sub-clients -- create, change, pay, statistics (private).

Spec (lines 2267-2273)::

    users.php?add=1&login=<login>&psw=<password>&user=<user>&password=<password2>
    users.php?chg=1&login=<login>&psw=<password>&user=<user>&fio=<fio>
    users.php?pay=1&login=<login>&psw=<password>&user=<user>&sum=<sum>
    users.php?get_stat=1&login=<login>&psw=<password>&start=<date1>&end=<date2>&reseller=1
    users.php?get_stat=1&login=<login>&psw=<password>&start=<date1>&end=<date2>&user=<sub_login>
    users.php?get_stat=1&login=<login>&psw=<password>&start=<date1>&end=<date2>&user_id=<id>
    users.php?get_stat_all=1&login=<login>&psw=<password>&start=<date1>&end=<date2>&reseller=1

One parameter table (lines 2280-2390) serves every action. ``add=1`` and ``chg=1`` take
the sub-client settings (``type`` .. ``mlen``), declared once in :class:`_UserSettings`.
The numbered flags ``fl[n]``, ``fl2[n]``, ``fl3[n]`` and ``mfl[n]`` are four array
parameters; :class:`UsersFl`, :class:`UsersFl2`, :class:`UsersFl3` and :class:`UsersMfl`
name their documented indices, and no other index is accepted. ``fmt`` is missing from
the table (QUIRKS INC-68); every command takes it from the base.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from .._call_kind import CallKind
from .._coerce import PHONE_INPUT, as_recipient
from .._command import (
    Array,
    CheckedText,
    Codec,
    Command,
    Dec,
    Flag,
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
    Grouped,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    digits,
    error_table,
    integer,
    money,
    responds,
)
from .._util import is_ascii_digits, short
from ..values import (
    MAX_MESSAGE_CHARS,
    EmailAddress,
    GroupCode,
    Phone,
    PhoneCodeFilter,
    PhoneList,
    SendAtHours,
    format_date,
    format_phone_code_filter,
    format_recipient,
    format_send_time,
    parse_date,
    parse_phone_code_filter,
    parse_send_time,
)
from ._lists import PhoneListCodec, renamed
from .send import _check_sender, _Pattern

__all__ = [
    "UsersAdd",
    "UsersAddReply",
    "UsersChange",
    "UsersFl",
    "UsersFl2",
    "UsersFl3",
    "UsersGetStat",
    "UsersGetStatAll",
    "UsersGetStatAllReply",
    "UsersGetStatReply",
    "UsersMfl",
    "UsersOkReply",
    "UsersPay",
]
__replies__ = ["UsersAddReply", "UsersGetStatAllReply", "UsersGetStatReply", "UsersOkReply"]

_INT32_MAX: Final = 2_147_483_647
#: The largest amount of money: the spec gives none; 999999999.99 in two decimals (the
#: kopeck/cent precision of every money value the spec shows).
_MONEY_MAX: Final = Decimal("999999999.99")
#: Spec (line 2284): "The length must be at least 8 characters".
_PASSWORD_MIN: Final = 8
#: ``vld`` in minutes: send.php's ``valid`` (line 149) is "from 00:01 to 24:00".
_VLD_MAX: Final = 24 * 60
#: ``mlen``: "a number greater than 12 specifies the maximum length of a message, a number
#: less than 12 - the number of SMSes" (line 2390); 12 itself is neither.
_MLEN_AMBIGUOUS: Final = 12
#: ``tmlim``'s one form (line 2361): "h1-h2", one or two digits each as in send.php.
_HOURS: Final = re.compile(r"\d{1,2}-\d{1,2}", re.ASCII)


# -- the numbered flags ------------------------------------------------------------------


class UsersFl(enum.IntEnum):
    """The documented indices of users.php ``fl[n]`` (spec lines 2296-2378).

    ``fl={UsersFl.MAIN_SENDERS: True}`` travels as ``fl[29]=1``; plain ``int`` keys
    work too (a decoded command has them, and ``29 == UsersFl.MAIN_SENDERS``).
    """

    #: fl[1] (line 2374) -- "Transfer incoming SMSes via SMPP connection."
    INCOMING_VIA_SMPP = 1
    #: fl[2] (line 2373) -- "Enable SMPP access (you must first register an IP address
    #: through ONLINE support)."
    SMPP = 2
    #: fl[5] (line 2377) -- "Enable control over the delivery of messages."
    DELIVERY_CONTROL = 5
    #: fl[6] (line 2353) -- "Prohibit mailing lists."
    NO_MAILING_LISTS = 6
    #: fl[8] (line 2299) -- "A flag that sets the possibility of sending incoming SMS to the
    #: phone."
    INCOMING_TO_PHONE = 8
    #: fl[9] (line 2296) -- "A flag that sets the possibility of sending incoming SMS to
    #: e-mail."
    INCOMING_TO_EMAIL = 9
    #: fl[10] (line 2371) -- "Enabling forwarding of message statuses to the http address
    #: specified in the url parameter."
    STATUSES_TO_URL = 10
    #: fl[11] (line 2372) -- "Enabling forwarding of incoming SMS messages to the http
    #: address set in the url parameter."
    INCOMING_TO_URL = 11
    #: fl[16] (line 2346) -- "Enable answering machine recognition when making calls."
    ANSWERING_MACHINE_DETECTION = 16
    #: fl[23] (line 2375) -- "Track the status of certain SMS parts."
    PART_STATUSES = 23
    #: fl[26] (line 2344) -- "Permission to use the contact list of the main account."
    MAIN_CONTACTS = 26
    #: fl[27] (line 2351) -- "Prevent changes to the settings of the subclient."
    NO_SETTINGS_CHANGES = 27
    #: fl[28] (line 2352) -- "Prohibit subaccount payments."
    NO_PAYMENTS = 28
    #: fl[29] (line 2334) -- "A flag that determines whether the Client's list of senders
    #: can be used (main Account)."
    MAIN_SENDERS = 29
    #: fl[30] (line 2378) -- "Enabling the API log. Allows you to view the 20 of recent
    #: http requests."
    API_LOG = 30


class UsersFl2(enum.IntEnum):
    """The documented indices of users.php ``fl2[n]`` (spec lines 2335-2376)."""

    #: fl2[1] (line 2354) -- "To hide messages for subclient."
    HIDE_MESSAGES = 1
    #: fl2[4] (line 2368) -- "Disable call forwarding (by e-mail, phone and handler)."
    NO_CALL_FORWARDING = 4
    #: fl2[8] (line 2345) -- "The flag that sets the advanced mode of the personal account."
    ADVANCED_MODE = 8
    #: fl2[9] (line 2335) -- "A flag that allows the use of more expensive routes for
    #: guaranteed message delivery."
    EXPENSIVE_ROUTES = 9
    #: fl2[10] (line 2355) -- "Block a subaccount."
    BLOCKED = 10
    #: fl2[12] (line 2337) -- "The flag prohibits sending messages with automatic
    #: replacement of the sender's name."
    NO_SENDER_REPLACEMENT = 12
    #: fl2[13] (line 2338) -- "The flag disables adding the sender's name to the message
    #: text without increasing the cost in case of autocorrect."
    NO_SENDER_IN_TEXT = 13
    #: fl2[15] (line 2362) -- "Prevent sending at a time other than the one specified in
    #: the tmlim parameter, instead of rescheduling to the next day."
    TMLIM_STRICT = 15
    #: fl2[16] (line 2363) -- "When using the tmlim parameter, consider the subscribers'
    #: time zone."
    TMLIM_SUBSCRIBER_TZ = 16
    #: fl2[23] (line 2343) -- "Prohibition of mass and advertising mailings."
    NO_MASS_MAILINGS = 23
    #: fl2[24] (line 2336) -- "A flag that allows you to send first via cheap routes, and
    #: repeat through expensive ones if not delivered (except for mass messaging)."
    CHEAP_THEN_EXPENSIVE = 24
    #: fl2[27] (line 2376) -- "Test mode (virtual sending without payment)."
    TEST_MODE = 27
    #: fl2[31] (line 2347) -- "Allow the use of master account templates."
    MAIN_TEMPLATES = 31


class UsersFl3(enum.IntEnum):
    """The documented index of users.php ``fl3[n]`` (spec line 2349)."""

    #: fl3[20] (line 2349) -- "Flag that allows you to disable confirmation of access from
    #: new IP addresses when logging in."
    NO_NEW_IP_CONFIRMATION = 20


class UsersMfl(enum.IntEnum):
    """The documented indices of users.php ``mfl[n]``, the e-mail2sms flags (lines 2380-2387)."""

    #: mfl[0] (line 2380) -- "Flag that allows you to disable the e-mail2sms function."
    EMAIL2SMS_OFF = 0
    #: mfl[1] (line 2384) -- "Forwarding an email without a subject."
    NO_SUBJECT = 1
    #: mfl[2] (line 2385) -- "Forwarding a message without text."
    NO_TEXT = 2
    #: mfl[3] (line 2386) -- "Forwarding a message without a return address (from whom)."
    NO_RETURN_ADDRESS = 3
    #: mfl[4] (line 2387) -- "Translating the text of the letter into transliteration."
    TRANSLIT = 4
    #: mfl[5] (line 2382) -- "Enables the ability to specify a list of phone numbers in the
    #: body of the letter."
    PHONES_IN_BODY = 5
    #: mfl[6] (line 2383) -- "Enables the ability to specify a list of phone numbers in the
    #: email address."
    PHONES_IN_ADDRESS = 6


# -- codecs of this script -----------------------------------------------------------------


def _renamed(message: str, old: str, new: str) -> str:
    """``message`` with its leading ``old:`` parameter name replaced by ``new:``."""
    return new + message[len(old) :] if message.startswith(old + ":") else f"{new}: {message}"


class _Flags(Array[bool]):
    """A 0/1 flag array whose documented indices are the members of an ``IntEnum``.

    :class:`~smsc_proto._command.Array` checks a contiguous ``lo..hi`` range; the flag
    tables skip indices (``fl[3]`` is not documented), so the gaps are refused here. The
    decoder checks ``lo..hi`` itself and builds the command, whose constructor calls
    :meth:`validate`: an undocumented index inside the range is refused there (as a
    RemoteProtocolError on decode). An empty mapping is refused too.
    """

    def __init__(self, indices: type[enum.IntEnum]) -> None:
        numbers = sorted(int(member) for member in indices)
        super().__init__(Flag(), numbers[0], numbers[-1])
        self.indices = frozenset(numbers)
        self._text = ", ".join(str(n) for n in numbers)

    def validate(self, name: str, value: Mapping[int, bool]) -> None:
        super().validate(name, value)
        if not value:
            # Nothing would travel, and the decoder would read the absence as None.
            raise LocalProtocolError(f"{name}: an empty mapping sends nothing; use None")
        for index in value:
            if isinstance(index, bool):
                # True == 1 would send fl[1]: an index is a number, not a switch.
                raise LocalProtocolError(f"{name}: index must be an int, got {index!r}")
            if index not in self.indices:
                raise LocalProtocolError(
                    f"{name}: index must be one of {self._text} (documented), got {int(index)}"
                )

    def pairs(self, name: str, value: Mapping[int, bool]) -> list[tuple[str, str]]:
        # int(): an IntEnum key writes its number, whatever its str() is.
        return [
            (f"{name}[{int(i)}]", self.inner.format(f"{name}[{int(i)}]", value[i]))
            for i in sorted(value)
        ]


class _Password(CheckedText):
    """``password`` / ``pswc``: one line of at least 8 characters, kept as sent.

    Spec (line 2284): "The length must be at least 8 characters, and 3 of the conditions
    must be met: letters, numbers, different case, symbols." Only the length is checked:
    both spec examples (lines 2545, 2548) send ``password=mypassword``, which meets one
    condition of four, so the composition rule is the server's account policy.
    """

    def _problem(self, value: str) -> str | None:
        if len(value) < _PASSWORD_MIN:
            return f"must be at least {_PASSWORD_MIN} characters, got {len(value)}"
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            return "must not contain control characters"
        return None


class _Email(Codec[EmailAddress]):
    """``email`` / ``email2``: one e-mail address (:class:`~smsc_proto.values.EmailAddress`)."""

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
        except LocalProtocolError as exc:
            raise RemoteProtocolError(renamed(str(exc), name)) from None


class _OnePhone(Codec[Phone]):
    """``phone`` / ``phone2``: one phone number, ``+`` kept (:class:`~smsc_proto.values.Phone`)."""

    accepts = PHONE_INPUT

    def coerce(self, name: str, value: Any) -> Phone:
        result: Phone = as_recipient(name, value, Phone)
        return result

    def format(self, name: str, value: Phone) -> str:
        if not isinstance(value, Phone):
            raise LocalProtocolError(f"{name}: must be a Phone, got {type(value).__name__}")
        return format_recipient(value)

    def parse(self, name: str, text: str) -> Phone:
        # As one entry of a phones list (spaces around it dropped), but a phone only.
        item = text.strip(" ")
        plus = item.startswith("+")
        digits = item[1:] if plus else item
        if not is_ascii_digits(digits):
            raise RemoteProtocolError(
                f"{name}: must be one phone number ([+]digits), got {short(text)}"
            )
        try:
            return Phone(number=digits, plus=plus)
        except LocalProtocolError as exc:
            raise RemoteProtocolError(renamed(str(exc), name)) from None


class _Phones(PhoneListCodec):
    """``ph`` / ``mph``: a comma-separated list of phone numbers (and, for ``ph``, groups).

    Args:
        groups: Whether ``G<n>`` group codes are allowed (line 2350, ``ph``: "phone
            numbers or group numbers"; line 2381, ``mph``: "phone numbers" only).
    """

    def __init__(self, *, groups: bool) -> None:
        self._kinds: tuple[type, ...] = (Phone, GroupCode) if groups else (Phone,)
        self._what = "phone numbers or G<n> groups" if groups else "phone numbers"

    def problem(self, value: PhoneList) -> str | None:
        for entry in value.entries:
            if not isinstance(entry, self._kinds):
                return f"must list {self._what} only, got {format_recipient(entry)!r}"
        return None


class _Hours(Codec[SendAtHours]):
    """``tmlim``: an ``h1-h2`` window of hours (:class:`~smsc_proto.values.SendAtHours`).

    Spec (line 2361) repeats send.php's ``time`` form 2 (line 63) word for word: "If the
    current time is less than h1, then an SMS message will be sent to the subscriber when
    the time h1 arrives ...". Its value type and rules (``0 <= h1 < h2 <= 24``) apply.
    """

    def format(self, name: str, value: SendAtHours) -> str:
        if not isinstance(value, SendAtHours):
            raise LocalProtocolError(f"{name}: must be a SendAtHours, got {type(value).__name__}")
        return format_send_time(value)

    def parse(self, name: str, text: str) -> SendAtHours:
        # Only the h1-h2 form: send.php's other time forms are no window of hours.
        if _HOURS.fullmatch(text) is None:
            raise RemoteProtocolError(f"{name}: must be h1-h2 hours, got {short(text)}")
        try:
            value = parse_send_time(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_renamed(str(exc), "time", name)) from None
        if not isinstance(value, SendAtHours):  # pragma: no cover - h1-h2 parses to one
            raise RemoteProtocolError(f"{name}: must be h1-h2 hours, got {short(text)}")
        return value


_DATE: Final = Syntax(parse_date, format_date, date)
_USER: Final = Text(nonempty=True, single_line=True)
_USER_ID: Final = Int(1, _INT32_MAX)
_PASSWORD: Final = _Password()
_EMAIL: Final = _Email()
_PHONE: Final = _OnePhone()
# Free text the server stores as a settings field: empty clears it on chg=1.
_LINE: Final = Text(single_line=True)
_NOTE: Final = Text()
_REPLY: Final = Text(max_len=MAX_MESSAGE_CHARS)
_SENDER: Final = Text(nonempty=True, single_line=True)
# Limits and counts without a documented range: non-negative 32-bit numbers.
_COUNT: Final = Int(0, _INT32_MAX)
# Spec (lines 2314-2318): "0 (default) - 1 tariff ... 8 – 9 tariff".
_TARIFF: Final = Int(0, 8)
_FMTS: Final = Syntax(parse_phone_code_filter, format_phone_code_filter, PhoneCodeFilter)
#: ``url``. Spec (line 2370): "http address (URL) of the script".
_URL: Final = _Pattern(
    r"(?i:https?)://[^\x00-\x20\x7f]+", "must be a full http:// or https:// address"
)
_FL: Final = _Flags(UsersFl)
_FL2: Final = _Flags(UsersFl2)
_FL3: Final = _Flags(UsersFl3)
_MFL: Final = _Flags(UsersMfl)


# -- add / chg -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _UserSettings(Command[ReplyT]):
    """``user``, ``password`` and the sub-client settings of add=1 and chg=1 (private).

    Fields follow the table (lines 2282-2390); the add- or chg-only parameters between
    ``password`` and ``type`` (``site_id``; ``pswc``, ``new_login``) are declared by the
    subclasses, so they come last.
    """

    SCRIPT = "users.php"

    user: str | None = param(_USER)
    password: str | None = param(_PASSWORD, secret=True)
    type: int | None = param(IntChoice(0, 1, 2, 3, 4))
    email: EmailAddress | None = param(_EMAIL)
    fl: Mapping[int, bool] | None = param(_FL)
    email2: EmailAddress | None = param(_EMAIL)
    phone: Phone | None = param(_PHONE)
    phone2: Phone | None = param(_PHONE)
    fio: str | None = param(_LINE)
    props: str | None = param(_NOTE)
    cntr: str | None = param(_LINE)
    tariff: int | None = param(_TARIFF)
    mintrf: int | None = param(_TARIFF)
    curr: int | None = param(IntChoice(1, 2, 3, 4, 5))
    tz: int | None = param(Int(0, 24))
    sender: str | None = param(_SENDER)
    sender2: str | None = param(_SENDER)
    fl2: Mapping[int, bool] | None = param(_FL2)
    nb: Decimal | None = param(Dec(Decimal(0), _MONEY_MAX))
    ktm: int | None = param(_COUNT)
    fmts: PhoneCodeFilter | None = param(_FMTS)
    notes: str | None = param(_NOTE)
    fl3: Mapping[int, bool] | None = param(_FL3)
    ph: PhoneList | None = param(_Phones(groups=True))
    dlim: int | None = param(_COUNT)
    plim: int | None = param(_COUNT)
    tlim: int | None = param(_COUNT)
    ilim: int | None = param(_COUNT)
    tmlim: SendAtHours | None = param(_Hours())
    vld: int | None = param(Int(1, _VLD_MAX))
    answ: str | None = param(_REPLY)
    answ_call: str | None = param(_REPLY)
    url: str | None = param(_URL)
    mfl: Mapping[int, bool] | None = param(_MFL)
    mph: PhoneList | None = param(_Phones(groups=False))
    mh1: int | None = param(Int(0, 23))
    mh2: int | None = param(Int(1, 24))
    mlen: int | None = param(Int(1, MAX_MESSAGE_CHARS))

    def _check(self) -> None:
        # Spec (lines 2332-2333): the default and the backup sender name of the
        # sub-client's SMS: the sender rule of line 52 applies.
        for name in ("sender", "sender2"):
            value = getattr(self, name)
            if value is not None:
                _check_sender(name, value, "sms")
        # Spec (line 2390): "a number greater than 12 specifies the maximum length of a
        # message, a number less than 12 - the number of SMSes" -- 12 is neither.
        if self.mlen == _MLEN_AMBIGUOUS:
            raise LocalProtocolError(
                "mlen: 12 is neither a length (> 12) nor a number of SMS (< 12), line 2390"
            )
        # Spec (line 2388): mh1 and mh2 "define the range"; as for tmlim, h1 < h2.
        if self.mh1 is not None and self.mh2 is not None and self.mh1 >= self.mh2:
            raise LocalProtocolError(f"mh2: must be after mh1, got {self.mh1}-{self.mh2}")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class UsersAdd(_UserSettings["UsersAddReply"]):
    """Create a sub-client (``users.php?add=1``).

    Spec (line 2267): "Create a subclient: ``users.php?add=1&login=<login>&psw=<password>
    &user=<user>&password=<password2>``" -- ``user`` and ``password`` are required.

    Args:
        user: The new sub-client's login (line 2282: "Login subclient."), one line.
        password: Its password (line 2284: "The length must be at least 8 characters,
            and 3 of the conditions must be met: letters, numbers, different case,
            symbols"): at least 8 characters; the composition rule is left to the server
            (see the Decisions). Hidden from ``repr``.
        type: The account type 0..4 (lines 2289-2294: "0 (default) - independent tariff
            and balance. 1 – main account tariff, independent balance. 2 – tariff and
            balance of the main account. 3 – main account balance, independent pricing
            plan. 4 – additional login of the main account.").
        email: The primary e-mail address (line 2295).
        fl: The ``fl[n]`` flags, index -> bool; the indices of :class:`UsersFl` only.
        email2: The "Alternative email address for sending incoming SMS" (line 2297).
        phone: The "Main phone number" (line 2298).
        phone2: The "Alternative phone number for sending incoming SMS" (line 2300).
        fio: "Initials (last name, first name, patronymic) or company name" (line 2311),
            one line.
        props: "The "Other details" field of the sub-client" (line 2312).
        cntr: "Contract." (line 2313), one line.
        tariff: The tariff plan 0..8 (lines 2314-2318: "0 (default) - 1 tariff ... 8 – 9
            tariff").
        mintrf: "The minimum fare" (line 2319), a tariff plan number 0..8 like ``tariff``.
        curr: The currency 1..5 (lines 2320-2325: "1 – russian rouble; 2 – uS dollar
            (USD); 3 – euro; 4 – ukraine hryvnia; 5 – kazakhstan tenge").
        tz: The time zone 0..24 (lines 2326-2331: "0 – GMT-12 ... 12 – GMT+00 ... 24 –
            GMT+12"; not send.php's ``tz``, QUIRKS INC-69).
        sender: The "Default Sender name (Sender ID)" (line 2332), by the sender rule of
            line 52 (11 characters or 15 digits).
        sender2: The "Sender's Backup name" (line 2333), by the same rule.
        fl2: The ``fl2[n]`` flags; the indices of :class:`UsersFl2` only.
        nb: "Balance for notifications" (line 2339), 0..999999999.99.
        ktm: Days to keep sent messages (line 2340), 0..2147483647.
        fmts: "A list of phone codes that you can send messages to" (line 2341), e.g.
            ``7,-77``.
        notes: "Comments the main account. Not available for the subclient." (line 2342).
        fl3: The ``fl3[n]`` flags; the index of :class:`UsersFl3` only.
        ph: "A comma-separated list of phone numbers or group numbers for sending SMS
            messages" (line 2350): phones and ``G<n>`` groups.
        dlim: "The total SMS limit per day" (line 2357), 0..2147483647.
        plim: "The limit for one number" per day (line 2358), 0..2147483647.
        tlim: "The limit on the number and text" per day (line 2359), 0..2147483647.
        ilim: "The limit per IP address" per day (line 2360), 0..2147483647.
        tmlim: "The time range in hours h1-h2 in which messages are allowed to be sent"
            (line 2361), a :class:`~smsc_proto.values.SendAtHours`.
        vld: "The maximum delivery time of messages to temporarily unavailable subscribers
            (min.)" (line 2364), 1..1440 (send.php's ``valid`` reaches 24:00, line 149).
        answ: "Auto-reply to incoming SMS messages" (line 2366), at most 1000 characters.
        answ_call: "Auto-reply to incoming calls" (line 2367), at most 1000 characters.
        url: The sub-client's status / incoming-SMS handler, "http address (URL) of the
            script" (line 2370), ``http://`` or ``https://``.
        mfl: The e-mail2sms ``mfl[n]`` flags; the indices of :class:`UsersMfl` only.
        mph: "Comma-separated list of phone numbers to which messages will be sent"
            (line 2381), phones only.
        mh1: The first hour, 0..23, of the e-mail2sms window (line 2388).
        mh2: Its last hour, 1..24 (line 2389), after ``mh1``.
        mlen: Where an e-mail is cut (line 2390): 13..1000 characters, or 1..11 SMS
            (12 is refused).
        site_id: "The site ID that will own the created subclient" (line 2287),
            1..2147483647.
    """

    SELECTOR = ("add", "1")
    REQUIRED = ("user", "password")

    site_id: int | None = param(Int(1, _INT32_MAX))


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class UsersChange(_UserSettings["UsersOkReply"]):
    """Change a sub-client's settings (``users.php?chg=1``).

    Spec (line 2268): "Change the settings of the subclient: ``users.php?chg=1&login=
    <login>&psw=<password>&user=<user>&fio=<fio>``" -- ``user`` names the sub-client;
    every setting of :class:`UsersAdd` is optional (the example of line 2548 changes
    ``password``, ``new_login``, ``type`` and ``fmts``). Empty free-text settings
    (``fio=``, ``notes=``...) are sent as such: they clear the field.

    Args:
        user: The sub-client's current login (line 2282).
        password: Its new password (line 2284: "The new password of the sub-client"), as
            for :class:`UsersAdd`.
        pswc: "Current password subclient." (line 2283), at least 8 characters, hidden
            from ``repr``.
        new_login: "New login subclient when you change." (line 2288), one line.

    The settings ``type`` .. ``mlen`` are those of :class:`UsersAdd`.
    """

    SELECTOR = ("chg", "1")
    REQUIRED = ("user",)

    pswc: str | None = param(_PASSWORD, secret=True)
    new_login: str | None = param(_USER)


# -- pay -------------------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class UsersPay(Command["UsersOkReply"]):
    """Change a sub-client's balance (``users.php?pay=1``).

    Spec (line 2269): "The change in the balance subclient: ``users.php?pay=1&login=
    <login>&psw=<password>&user=<user>&sum=<sum>``" -- ``user`` and ``sum`` are required.

    Args:
        user: The sub-client's login (line 2282).
        sum: "The amount transferred to the client from the main account in the currency
            of the main account" (line 2285), at most two decimals, not 0. A negative
            amount takes money back ("The change in the balance", line 2269):
            -999999999.99..999999999.99.
        balance2: Use the electronic balance (line 2286: "Flag that sets the possibility
            of using the electronic balance for deposits, debits"; error 7 asks for it).
    """

    SCRIPT = "users.php"
    SELECTOR = ("pay", "1")
    REQUIRED = ("user", "sum")

    user: str | None = param(_USER)
    sum: Decimal | None = param(Dec(-_MONEY_MAX, _MONEY_MAX))
    balance2: bool | None = param(Flag())

    def _check(self) -> None:
        # A transfer of nothing changes no balance.
        if self.sum is not None and self.sum == 0:
            raise LocalProtocolError("sum: must not be 0")


# -- statistics --------------------------------------------------------------------------


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise LocalProtocolError(f"end: {format_date(end)} is before start {format_date(start)}")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class UsersGetStat(Command["list[UsersGetStatReply]"]):
    """Statistics of sub-clients (``users.php?get_stat=1``).

    Spec (lines 2270-2272): ``get_stat=1&...&start=<date1>&end=<date2>`` with
    ``reseller=1`` ("sub-clients c independent balance"), ``user=<sub_login>`` or
    ``user_id=<id>`` ("one subclient"). The examples (lines 2551, 2554) omit ``start``
    and name no ``reseller`` (QUIRKS INC-59): nothing is required; one sub-client is
    named by ``user`` or ``user_id``, not both.

    Args:
        user: One sub-client by login (line 2271).
        balance2: Statistics of the SMS sent from the electronic balance (line 2286;
            example line 2551).
        start: "The start date in the period for which statistics are requested. Format:
            'dd.mm.yyyy'." (line 2301).
        end: "The end date in the period. If omitted, data from the start date is
            returned." (line 2302); not before ``start``.
        user_id: One sub-client by the ID "assigned automatically by the server when
            creating" (line 2303), 1..2147483647.
        reseller: ``False``/absent: "sub-clients using the balance of the main account";
            ``True``: "the subclient with independent balance" (lines 2304-2306).
        hide_deleted: ``True`` hides "the statistics on the remote subclient" (lines
            2307-2309).
        mycur: Statistics "in the currency of the main account" (line 2310).
    """

    SCRIPT = "users.php"
    SELECTOR = ("get_stat", "1")
    KIND = CallKind.READ

    user: str | None = param(_USER)
    balance2: bool | None = param(Flag())
    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    user_id: int | None = param(_USER_ID)
    reseller: bool | None = param(Flag())
    hide_deleted: bool | None = param(Flag())
    mycur: bool | None = param(Flag())

    def _check(self) -> None:
        # Lines 2271-2272 are alternatives ("or:"): one sub-client, named one way.
        if self.user is not None and self.user_id is not None:
            raise LocalProtocolError("user_id: not with user (one sub-client, lines 2271-2272)")
        _check_period(self.start, self.end)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class UsersGetStatAll(Command["list[UsersGetStatAllReply]"]):
    """Detailed statistics of sub-clients (``users.php?get_stat_all=1``).

    Spec (line 2273): "Get detailed statistics on the subclient with independent balance:
    ``users.php?get_stat_all=1&login=<login>&psw=<password>&start=<date1>&end=<date2>
    &reseller=1``" -- the only form documented, with no example: ``start`` and
    ``reseller`` are required (``reseller=0`` is the table's "sub-clients using the
    balance of the main account", lines 2304-2305).

    Args:
        start: As for :class:`UsersGetStat` (line 2301).
        end: As for :class:`UsersGetStat` (line 2302).
        reseller: As for :class:`UsersGetStat` (lines 2304-2306).
        hide_deleted: As for :class:`UsersGetStat` (lines 2307-2309).
        mycur: As for :class:`UsersGetStat` (line 2310).
    """

    SCRIPT = "users.php"
    SELECTOR = ("get_stat_all", "1")
    REQUIRED = ("start", "reseller")
    KIND = CallKind.READ

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    reseller: bool | None = param(Flag())
    hide_deleted: bool | None = param(Flag())
    mycur: bool | None = param(Flag())

    def _check(self) -> None:
        _check_period(self.start, self.end)


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class UsersAddReply:
    """The reply of :class:`~smsc_proto.commands.UsersAdd`: the new sub-client's ID.

    Spec (lines 2428-2441): "When you create a subclient: when fmt = 0: ID = <id>; when
    fmt = 1: <id>; when fmt = 2: <user <id>id</id> </user>; when fmt = 3: {"id": <id>}".
    QUIRKS INC-29: the fmt=2 root is read and written as ``<user>`` (the spec's ``<user``
    lacks its ``>``).

    Args:
        id: "the sub-client ID assigned by the Server automatically" (line 2443),
            1..2147483647 (the range of ``user_id``).
    """

    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class UsersOkReply:
    """The reply of :class:`~smsc_proto.commands.UsersChange` and
    :class:`~smsc_proto.commands.UsersPay`: the change is done.

    Spec (lines 2445-2454): "When changing the sublogin: when fmt = 0,1: OK; when fmt =
    2: <result>OK</result>; when fmt = 3: {"result": "OK"}". QUIRKS INC-32: ``pay=1``
    documents no success reply; it is read as this one.

    Args:
        result: ``"OK"``, in every fmt (the whole body in fmt=0/1).
    """

    result: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class UsersGetStatReply:
    """One record of the reply of :class:`~smsc_proto.commands.UsersGetStat`.

    The reply is a list of them.

    Spec (lines 2457-2511): "with fmt = 0 and get_stat = 1: login = <login>, sms = <cnt>,
    credit = <credit>, debit = <debit>, currency = <currency> ..."; fmt=1
    "<login>,<cnt>,<credit>,<debit>,<currency>"; fmt=2 ``<stat>`` elements under
    ``<list>``; fmt=3 an array of objects, every value quoted. QUIRKS INC-30: the count
    travels under the key ``sms``; the legend's "<credit> - debit." and "<debit> -
    credit." swap the two words, and the fields keep the keys' names.

    Args:
        login: "login subclient." (line 2530).
        sms: "number of messages" (line 2534, ``<cnt>``).
        credit: The amount under ``credit`` (line 2535: "<credit> - debit.").
        debit: The amount under ``debit`` (line 2536: "<debit> - credit.").
        currency: "the three-character currency code subclient." (line 2537).
    """

    login: str | None = None
    sms: int | None = None
    credit: Decimal | None = None
    debit: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class UsersGetStatAllReply:
    """One record of the reply of :class:`~smsc_proto.commands.UsersGetStatAll`.

    The reply (fmt=0/1) is a list of them.

    Spec (lines 2462-2472): "with fmt = 0 and get_stat_all = 1: login = <login>,
    description = <description>, operator = <operator>, mccmnc = <mccmnc>, sms = <cnt>,
    credit = <credit>, debit = <debit>, currency = <currency> ..."; fmt=1
    "<login>,<description>,<operator>,<mccmnc>,<cnt>,<credit>,<debit>,<currency>". One
    line per sub-client and operation, the login repeated (QUIRKS INC-31). fmt=2/3
    (lines 2486-2527) nest the operations under each sub-client (``<user login="...">
    <item>...``, ``{"login": ..., "items": [...]}``); they decode to the same flat
    records, and consecutive records of one login are written as one group.

    Args:
        login: "login subclient." (line 2530).
        description: "operation name." (line 2531).
        operator: "operator name." (line 2532).
        mccmnc: "numeric code of the subscriber's country plus numeric code of the
            subscriber's operator" (line 2533).
        sms: "number of messages" (line 2534, ``<cnt>``).
        credit: The amount under ``credit`` (line 2535: "<credit> - debit.").
        debit: The amount under ``debit`` (line 2536: "<debit> - credit.").
        currency: "the three-character currency code subclient." (line 2537).
    """

    login: str | None = None
    description: str | None = None
    operator: str | None = None
    mccmnc: str | None = None
    sms: int | None = None
    credit: Decimal | None = None
    debit: Decimal | None = None
    currency: str | None = None


#: Spec (line 2443): the server's sub-client ID; 1..2147483647 as ``user_id``.
_R_ID: Final = integer("id", 1, _INT32_MAX)
#: A sub-client login of the statistics: one line, any text; in get_stat's fmt=0/1 the
#: only free field (every other value of the line holds no comma, so it reads one way).
_R_LOGIN: Final = Field("login", _USER, ".+", True)
#: get_stat_all's login: one line, any text. Its fmt=0/1 lines have three texts side by
#: side (login, operation name, operator): a line is read when its commas leave them
#: one reading (the reader counts them), and refused otherwise.
_R_LOGIN_ALL: Final = Field("login", _USER, "[^\r\n]+", True)
# Spec (lines 2503-2525): fmt=3 quotes every statistics value ("sms": "<cnt>").
_R_SMS: Final = integer("sms", quoted=True)
_R_CREDIT: Final = money("credit")
_R_DEBIT: Final = money("debit")
#: "the three-character currency code" (line 2537): one word, no comma (the line's last
#: value, after a comma in fmt=1); its length is not checked (balance.php's currency
#: has none either).
_R_CURRENCY: Final = Field("currency", Text(nonempty=True, single_line=True), r"[^\s,]+", True)

_ADD_REPLY: Final = Shape(
    UsersAddReply,
    (_R_ID,),
    fmt0=Template("ID = {id}"),
    fmt1=Template("{id}"),
    # QUIRKS INC-29: "<user" (line 2434) is the opening tag of <user>...</user>.
    xml=XmlForm(root="user"),
    json=JsonForm(),
)

_OK_REPLY: Final = Shape(
    UsersOkReply,
    (Field("result", TextChoice("OK"), "OK", True),),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

_GET_STAT_REPLY: Final = Shape(
    UsersGetStatReply,
    (_R_LOGIN, _R_SMS, _R_CREDIT, _R_DEBIT, _R_CURRENCY),
    fmt0=Template(
        "login = {login}, sms = {sms}, credit = {credit}, debit = {debit}, currency = {currency}"
    ),
    fmt1=Template("{login},{sms},{credit},{debit},{currency}"),
    xml=XmlForm(root="list", item="stat"),
    json=JsonForm(),
    many=True,
)

# QUIRKS INC-31: flat fmt=0/1 rows; fmt=2/3 group the rows by login. The operation name
# and the operator are both names ("SMS, Russia", "MegaFon, PJSC"): a comma between them
# could end either, so a fmt=1 row with a comma in either is refused (fmt=0's keys keep
# them apart).
_STAT_ALL_ITEM: Final = (
    "description",
    "operator",
    "mccmnc",
    "sms",
    "credit",
    "debit",
    "currency",
)
_GET_STAT_ALL_REPLY: Final = Shape(
    UsersGetStatAllReply,
    (
        _R_LOGIN_ALL,
        Field("description", _LINE, ".*", True),
        Field("operator", _LINE, LINE_TEXT, True),
        digits("mccmnc"),
        _R_SMS,
        _R_CREDIT,
        _R_DEBIT,
        _R_CURRENCY,
    ),
    fmt0=Template(
        "login = {login}, description = {description}, operator = {operator}, "
        "mccmnc = {mccmnc}, sms = {sms}, credit = {credit}, debit = {debit}, "
        "currency = {currency}"
    ),
    fmt1=Template("{login},{description},{operator},{mccmnc},{sms},{credit},{debit},{currency}"),
    xml=XmlForm(root="list", item="user", fields=_STAT_ALL_ITEM),
    json=JsonForm(fields=_STAT_ALL_ITEM),
    many=True,
    grouped=Grouped(field="login", xml_group="user", xml_item="item", json_items="items"),
)

#: Spec (lines 2413-2424): the error codes of users.php. QUIRKS INC-09: the first error
#: bullet (line 2395, "ERROR = N (description)") is unlabelled; it is the fmt=0 form.
USERS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "No records found.",
    4: "The IP address is temporarily blocked.",
    5: "Operation execution error.",
    6: "The subclient with the specified login does not exist.",
    7: (
        "A sublogin that shares a balance with the main account is specified, or the "
        "balance2=1 parameter is not specified in the request for an operation with an "
        "electronic balance."
    ),
    8: "Error when saving a record.",
    9: (
        "Attempt to send more than three requests to add a subclient or change something "
        "in that subclient within minutes. This error also occurs when you try to send "
        "fifteen or more requests simultaneously from different connections under the "
        "same username (too many concurrent requests)."
    ),
    10: "Insufficient funds for crediting.",
}


error_table(UsersAdd, UsersChange, UsersPay, UsersGetStat, UsersGetStatAll, errors=USERS_ERRORS)


@responds(UsersAdd, UsersChange, UsersPay, UsersGetStat, UsersGetStatAll)
def _users_reply(command: Command) -> Shape[Any]:
    if isinstance(command, UsersAdd):
        return _ADD_REPLY
    if isinstance(command, (UsersChange, UsersPay)):
        return _OK_REPLY
    if isinstance(command, UsersGetStat):
        return _GET_STAT_REPLY
    return _GET_STAT_ALL_REPLY
