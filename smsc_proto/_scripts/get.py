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
from dataclasses import dataclass
from datetime import date
from typing import Final

from .._command import Codec, Command, Flag, Int, IntChoice, Syntax, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from ..values import (
    EmailAddress,
    Phone,
    PhoneList,
    format_date,
    format_phone_list,
    format_recipient,
    parse_date,
    parse_phone_list,
    parse_recipient,
)

__all__ = ["GetAnswers", "GetMessages", "GetPrice", "GetStat"]

# The global message IDs (int_id, line 2871) and the IDs of incoming messages (line 3074)
# are "assigned by the Server automatically" for every client of the gateway; the spec
# gives no range, so they are read as positive 64-bit numbers.
_GLOBAL_ID: Final = Int(1, 2**63 - 1)
_DATE: Final = Syntax(parse_date, format_date, date)
# Spec (line 2863): "The maximum period for which it is possible to request the history
# of sent messages is six months."
_HISTORY_MONTHS: Final = 6


def _renamed(message: str, new: str) -> str:
    """``message`` with the values layer's ``phones:`` prefix replaced by ``new:``."""
    old = "phones:"
    return new + ":" + message[len(old) :] if message.startswith(old) else f"{new}: {message}"


class _Recipients(Codec[PhoneList]):
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

    def _problem(self, value: PhoneList) -> str | None:
        if value.trailing_comma:
            return f"must not end with a comma (a list of {self._what}, line {self._line})"
        for entry in value.entries:
            if not isinstance(entry, self._kind):
                return (
                    f"must be {self._what} only, got {format_recipient(entry)!r} "
                    f"(line {self._line})"
                )
        return None

    def format(self, name: str, value: PhoneList) -> str:
        if not isinstance(value, PhoneList):
            raise LocalProtocolError(f"{name}: must be a PhoneList, got {type(value).__name__}")
        problem = self._problem(value)
        if problem:
            raise LocalProtocolError(f"{name}: {problem}")
        return format_phone_list(value)

    def parse(self, name: str, text: str) -> PhoneList:
        try:
            value = parse_phone_list(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_renamed(str(exc), name)) from None
        problem = self._problem(value)
        if problem:
            raise RemoteProtocolError(f"{name}: {problem}")
        return value


class _OnePhone(Codec[Phone]):
    """One phone number (``to_phone``), with or without ``+`` (line 47's syntax)."""

    def format(self, name: str, value: Phone) -> str:
        if not isinstance(value, Phone):
            raise LocalProtocolError(f"{name}: must be a Phone, got {type(value).__name__}")
        return format_recipient(value)

    def parse(self, name: str, text: str) -> Phone:
        try:
            value = parse_recipient(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_renamed(str(exc), name)) from None
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
class GetMessages(Command):
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
class GetAnswers(Command):
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

    cnt: int | None = param(Int(1, 10000))
    hour: int | None = param(Int(1, 168))
    after_id: int | None = param(_GLOBAL_ID)
    to_phone: Phone | None = param(_OnePhone())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetStat(Command):
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

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    mycur: bool | None = param(Flag())
    balance2: bool | None = param(Flag())

    def _check(self) -> None:
        _check_period(self.start, self.end)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class GetPrice(Command):
    """Read the Client's tariffs (``get.php?get_price=1``).

    Spec (line 3183): "To get the list of tariffs for the specified Client, call the GET
    or POST address method: ``get.php?get_price=1&login=<login>&psw=<password>``" -- no
    other parameter than ``fmt`` (whose values the replies of lines 3216-3273 imply,
    INC-68).
    """

    SCRIPT = "get.php"
    SELECTOR = ("get_price", "1")
