"""info.php: the operator of a subscriber's number (private).

Spec (line 3297): "To get information about the subscriber's operator, use the GET or
POST method to call the address: https://smscentre.com/sys/info.php?get_operator=1&
login=<login>&psw=<password>&phone=<phone>"

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it.

The ``phone`` codecs of this module (a list of phone numbers, one phone number) are
shared with ``receive_phones.php`` and ``wait_call.php``, whose ``phone`` parameter is a
single number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .._call_kind import CallKind
from .._coerce import PHONE_INPUT, as_recipient
from .._command import Codec, Command, Text, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import (
    LINE_TEXT,
    Field,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    digits,
    error_table,
    integer,
    responds,
)
from .._util import is_ascii_digits, short
from ..values import (
    Phone,
    PhoneList,
    Recipient,
    format_recipient,
)
from ._lists import PhoneListCodec, renamed
from .send import _Pattern

__all__ = ["InfoGetOperator", "InfoGetOperatorReply"]
__replies__ = ["InfoGetOperatorReply"]


def _check_phone(name: str, entry: Recipient, where: str) -> None:
    """Refuse a recipient that is not a phone number (the values layer reads many forms)."""
    if not isinstance(entry, Phone):
        raise LocalProtocolError(
            f"{name}: must be phone numbers only ({where}), got {short(format_recipient(entry))}"
        )


class _PhoneNumbers(PhoneListCodec):
    """A comma-separated list of phone numbers (info.php ``phone``, line 3303).

    Decoding reads :func:`~smsc_proto.values.parse_phone_list` (``;`` for ``,`` and
    spaces around entries are accepted, as for every phone list); group codes, e-mail
    addresses, Telegram recipients and a trailing comma are refused by the command.
    """


class _PhoneNumber(Codec[Phone]):
    """One phone number, ``[+]digits`` (receive_phones.php and wait_call.php ``phone``).

    Decoding reads a phone as :func:`~smsc_proto.values.parse_recipient` does (spaces
    around the number are dropped) and refuses every other recipient form and any list.
    """

    accepts = PHONE_INPUT

    def coerce(self, name: str, value: Any) -> Phone:
        result: Phone = as_recipient(name, value, Phone)
        return result

    def format(self, name: str, value: Phone) -> str:
        if not isinstance(value, Phone):
            raise LocalProtocolError(f"{name}: must be a Phone, got {type(value).__name__}")
        return format_recipient(value)

    def parse(self, name: str, text: str) -> Phone:
        # parse_recipient's rule for a phone (spaces around it dropped, line 47's "+"),
        # with a message that names only the form this parameter takes.
        if "," in text or ";" in text:
            raise RemoteProtocolError(
                f"{name}: must be one phone number, not a list, got {short(text)}"
            )
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


_PHONE_NUMBERS: Final = _PhoneNumbers()
#: One phone number; imported by receive_phones.py and wait_call.py.
_PHONE_NUMBER: Final = _PhoneNumber()


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class InfoGetOperator(Command["InfoGetOperatorReply | list[InfoGetOperatorReply]"]):
    """Ask for the operator of one or several subscribers (``info.php?get_operator=1``).

    Spec (line 3297): ``info.php?get_operator=1&login=<login>&psw=<password>&
    phone=<phone>``. Spec (line 3303): "phone The subscriber's phone number or a
    comma-separated list of numbers." Spec (line 3332): "... a list of strings for
    multiple requests." -- ``phone`` is required.

    Args:
        phone: The subscribers' phone numbers (one or more, with or without ``+``). Group
            codes, e-mail addresses and Telegram recipients are refused: an operator
            belongs to a phone number. A trailing comma is refused too: line 3303 shows
            no such form (status.php's "multiple request" comma, line 1414, is not
            documented here).
    """

    SCRIPT = "info.php"
    SELECTOR = ("get_operator", "1")
    REQUIRED = ("phone",)
    KIND = CallKind.READ

    phone: PhoneList | None = param(_PHONE_NUMBERS)

    def _check(self) -> None:
        if self.phone is None:  # pragma: no cover - REQUIRED excludes it
            return
        for entry in self.phone.entries:
            _check_phone("phone", entry, "line 3303")
        if self.phone.trailing_comma:
            raise LocalProtocolError(
                "phone: a trailing comma is not documented for info.php (line 3303: "
                '"a comma-separated list of numbers")'
            )


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class InfoGetOperatorReply:
    """The operator of a subscriber's number: the reply of
    :class:`~smsc_proto.commands.InfoGetOperator`.

    Spec (lines 3332-3358): "country = <country>, operator = <operator>, region =
    <region>, mcc = <mcc>, mnc = <mnc>, tz = <tz>" (fmt=0), the same values
    comma-separated (fmt=1), ``<info>`` with one element each (fmt=2), one quoted value
    per key (fmt=3). Spec (line 3332): "a list of strings for multiple requests. (in this
    case, the answer is The "phone" parameter is added ...)": a request for several
    numbers decodes to a list of these, each with its ``phone`` (QUIRKS INC-45).

    Args:
        phone: "subscriber's phone number" (line 3361): ``[+]digits``, as the reply
            writes it; only in the replies of several numbers.
        country: "name of the country of registration of the subscriber number"
            (line 3362).
        operator: "mobile operator of the subscriber" (line 3363).
        region: "region of registration of the subscriber number" (line 3364).
        mcc: "numeric code of the subscriber's country" (line 3365): digits, as text.
        mnc: "numeric code of the subscriber's operator" (line 3366): digits, as text,
            so an MNC ``01`` stays ``"01"`` (leading zeros are part of the code).
        tz: "time zone of the subscriber number registration region" (line 3367): whole
            hours, -24..24 (the spec gives no syntax).
    """

    phone: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    tz: int | None = None


# fmt=1 separates three names with bare commas (line 3336): a comma in any of them
# could be read as the separator at two places, and nothing tells which. Such a line is
# refused by the reader (and such a reply is written in fmt=0, 2 or 3 only); fmt=0's
# keys tell the names apart.
_NAME: Final = Text(single_line=True)
_INFO_FIELDS: Final = (
    Field("country", _NAME, LINE_TEXT, True),
    Field("operator", _NAME, LINE_TEXT, True),
    Field("region", _NAME, LINE_TEXT, True),
    # Spec (lines 3350-3358): fmt=3 quotes every value, the codes too.
    digits("mcc"),
    digits("mnc"),
    integer("tz", -24, 24, quoted=True),
)
_PHONE: Final = Field(
    "phone",
    _Pattern(r"\+?[0-9]{1,20}", "must be a phone number, [+]digits"),
    r"\+?[0-9]+",
    True,
)

_FMT0: Final = (
    "country = {country}, operator = {operator}, region = {region}, mcc = {mcc}, "
    "mnc = {mnc}, tz = {tz}"
)
_FMT1: Final = "{country},{operator},{region},{mcc},{mnc},{tz}"

#: One number. Spec (lines 3334-3358).
_ONE: Final = Shape(
    InfoGetOperatorReply,
    _INFO_FIELDS,
    fmt0=Template(_FMT0),
    fmt1=Template(_FMT1),
    xml=XmlForm(root="info"),
    json=JsonForm(),
)

#: Several numbers. QUIRKS INC-45: "The "phone" parameter is added" (line 3332), at no
#: position shown; it goes first, as the record's key and as every other reply that
#: names a phone with its country, operator and region puts it before them (get.php
#: get_messages, status.php). One line per number (line 3332: "a list of strings");
#: "the <info><info> constructs are enclosed in the <list> tag" (line 3348); fmt=3, not
#: shown, is an array of the objects, the form every other list reply takes.
_MANY: Final = Shape(
    InfoGetOperatorReply,
    (_PHONE, *_INFO_FIELDS),
    fmt0=Template("phone = {phone}, " + _FMT0),
    fmt1=Template("{phone}," + _FMT1),
    xml=XmlForm(root="list", item="info"),
    json=JsonForm(),
    many=True,
)

#: Spec (lines 3325-3330): the error codes of info.php.
INFO_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Operator not found.",
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than three identical requests or any 100 requests for "
        "information about the subscriber's operator within a minute. This error also "
        "occurs when you try to send fifteen or more requests simultaneously from "
        "different connections under the same username (too many concurrent requests)."
    ),
}


error_table(InfoGetOperator, errors=INFO_ERRORS)


@responds(InfoGetOperator)
def _info_get_operator_reply(command: InfoGetOperator) -> Shape[Any]:
    # Line 3332: "a string or a list of strings for multiple requests" -- the number of
    # phones asked for decides.
    several = command.phone is not None and len(command.phone.entries) > 1
    return _MANY if several else _ONE
