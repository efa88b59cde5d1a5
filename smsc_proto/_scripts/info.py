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
from typing import Final

from .._command import Codec, Command, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, short
from ..values import (
    Phone,
    PhoneList,
    Recipient,
    format_phone_list,
    format_recipient,
    parse_phone_list,
)

__all__ = ["InfoGetOperator"]


def _renamed(message: str, name: str) -> str:
    """``message`` of the values layer (which names send.php's ``phones``) naming ``name``."""
    if message.startswith("phones:"):
        return name + message[len("phones") :]
    return f"{name}: {message}"


def _check_phone(name: str, entry: Recipient, where: str) -> None:
    """Refuse a recipient that is not a phone number (the values layer reads many forms)."""
    if not isinstance(entry, Phone):
        raise LocalProtocolError(
            f"{name}: must be phone numbers only ({where}), got {short(format_recipient(entry))}"
        )


class _PhoneNumbers(Codec[PhoneList]):
    """A comma-separated list of phone numbers (info.php ``phone``, line 3303).

    Decoding reads :func:`~smsc_proto.values.parse_phone_list` (``;`` for ``,`` and
    spaces around entries are accepted, as for every phone list); group codes, e-mail
    addresses, Telegram recipients and a trailing comma are refused by the command.
    """

    def format(self, name: str, value: PhoneList) -> str:
        if not isinstance(value, PhoneList):
            raise LocalProtocolError(f"{name}: must be a PhoneList, got {type(value).__name__}")
        return format_phone_list(value)

    def parse(self, name: str, text: str) -> PhoneList:
        try:
            return parse_phone_list(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_renamed(str(exc), name)) from None


class _PhoneNumber(Codec[Phone]):
    """One phone number, ``[+]digits`` (receive_phones.php and wait_call.php ``phone``).

    Decoding reads a phone as :func:`~smsc_proto.values.parse_recipient` does (spaces
    around the number are dropped) and refuses every other recipient form and any list.
    """

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
            raise RemoteProtocolError(_renamed(str(exc), name)) from None


_PHONE_NUMBERS: Final = _PhoneNumbers()
#: One phone number; imported by receive_phones.py and wait_call.py.
_PHONE_NUMBER: Final = _PhoneNumber()


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class InfoGetOperator(Command):
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
