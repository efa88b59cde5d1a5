"""Times, dates, durations and message ids.

Covers the send time ``time`` and its ``tz`` (send.php and jobs.php), the message
lifetime ``valid``, the spreading parameters ``period`` and ``freq``, the ``dd.mm.yyyy``
request dates, the ``DD.MM.YYYY hh:mm:ss`` response timestamps, the
``DD.MM.YY hh:mm:ss`` status-callback time and the client-assigned message ``id``.

All date-times are naive :class:`~datetime.datetime` values. The protocol implies the
zone (Moscow time shifted by ``tz``, or the zone of the Client settings); this module
never converts between zones.

Spec (line 62): "1. DDMMYYhhmm or DD.MM.YY hh: mm."
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeAlias

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, remote_errors, short

__all__ = [
    "MESSAGE_ID_MAX",
    "PERIOD_MAX",
    "PERIOD_MIN",
    "TZ_MAX",
    "TZ_MIN",
    "SendAfter",
    "SendAt",
    "SendAtHours",
    "SendAtTimestamp",
    "SendNow",
    "SendTime",
    "Valid",
    "format_date",
    "format_datetime",
    "format_freq",
    "format_message_id",
    "format_period",
    "format_send_time",
    "format_short_datetime",
    "format_tz",
    "format_valid",
    "parse_date",
    "parse_datetime",
    "parse_freq",
    "parse_message_id",
    "parse_period",
    "parse_send_time",
    "parse_short_datetime",
    "parse_tz",
    "parse_valid",
]

#: Largest numeric message id. Spec (line 51): "a 32-bit number in the range from 1 to
#: 2147483647".
MESSAGE_ID_MAX = 2_147_483_647

#: Smallest ``tz``: UTC-12 (the westernmost real zone) is 15 hours behind Moscow (UTC+3).
TZ_MIN = -15
#: Largest ``tz``: UTC+14 (the easternmost real zone) is 11 hours ahead of Moscow.
TZ_MAX = 11

#: Smallest ``period``. Spec (line 68): "a number in the range from 0.1 to 720 hours".
PERIOD_MIN = Decimal("0.1")
#: Largest ``period`` (line 68).
PERIOD_MAX = Decimal("720")

# A period finer than a millionth of an hour (3.6 ms) means nothing to a mailing
# scheduler; the cap keeps canonical text short and the parser's work bounded.
_PERIOD_MAX_PLACES = 6

# Every all-digit field is length-checked before int(): no quadratic conversions.
_MAX_DIGITS = 10

# The largest "+m" offset: nine digits (about 1900 years). The spec gives no bound; a
# bound is needed so that every value the constructor accepts parses back.
_SEND_AFTER_MAX = 999_999_999
# The largest "0ts" timestamp: ten digits (year 2286).
_TIMESTAMP_MAX = 9_999_999_999

# re.ASCII: \d must not match Arabic-Indic or other Unicode digits. No pattern below has
# nested or overlapping quantifiers, so matching is linear in the input.
_DOTTED_SEND_AT = re.compile(r"(\d{2})\.(\d{2})\.(\d{2}) (\d{2}): ?(\d{2})", re.ASCII)
_HOURS = re.compile(r"(\d{1,2})-(\d{1,2})", re.ASCII)
_TZ = re.compile(r"([+-]?)(\d{1,2})", re.ASCII)
_VALID_CLOCK = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)
_PERIOD = re.compile(r"\d{1,10}(?:\.\d{1,20})?", re.ASCII)
_DATE = re.compile(r"(\d{2})\. ?(\d{2})\. ?(\d{4})", re.ASCII)
_DATETIME = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})", re.ASCII)
_SHORT_DATETIME = re.compile(r"(\d{2})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2})", re.ASCII)
_MESSAGE_ID = re.compile(r"[A-Za-z0-9._-]{1,40}", re.ASCII)


def _check_int(param: str, what: str, value: object, low: int, high: int) -> int:
    """Validate an ``int`` field (``bool`` is refused: ``True`` is not an hour)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"{param}: {what} must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        # Huge ints are not printed: str() of one over 4300 digits raises ValueError.
        shown = str(value) if abs(value) < 10**20 else "a huge number"
        raise LocalProtocolError(f"{param}: {what} must be {low}..{high}, got {shown}")
    return value


def _digits(param: str, text: str) -> int:
    """Convert 1..10 ASCII digits to ``int`` or raise :class:`RemoteProtocolError`."""
    if not is_ascii_digits(text) or len(text) > _MAX_DIGITS:
        raise RemoteProtocolError(f"{param}: expected 1..{_MAX_DIGITS} digits, got {short(text)}")
    return int(text)


def _compact_send_at(text: str) -> datetime | None:
    """The date-time a ``DDMMYYhhmm`` string denotes, or ``None`` if it is not one."""
    if len(text) != 10 or not is_ascii_digits(text):
        return None
    day, month, year, hour, minute = (int(text[i : i + 2]) for i in range(0, 10, 2))
    try:
        return datetime(2000 + year, month, day, hour, minute)
    except ValueError:
        return None


# --------------------------------------------------------------------------- time


@dataclass(frozen=True, slots=True, kw_only=True)
class SendAt:
    """Send at an absolute local date-time (``DDMMYYhhmm`` or ``DD.MM.YY hh:mm``).

    Spec (line 62): "1. DDMMYYhhmm or DD.MM.YY hh: mm." The example on lines 338-341
    ("delivered to the subscriber 01.01.2012 in 00:00" ... ``time=0101120000``) fixes
    the two-digit year as ``2000 + YY``, so the year must be 2000..2099.

    The date-time is naive: it is read in the zone given by ``tz`` (line 67), and no
    conversion is done here. The wire has minute precision, so seconds and
    microseconds must be zero.

    Args:
        when: The naive date-time, 2000-01-01 00:00 .. 2099-12-31 23:59.
    """

    when: datetime

    def __post_init__(self) -> None:
        when = self.when
        if not isinstance(when, datetime):
            raise LocalProtocolError(
                f"time: SendAt.when must be a datetime, got {type(when).__name__}"
            )
        if when.tzinfo is not None:
            raise LocalProtocolError(
                "time: SendAt.when must be naive (the zone is given by tz; no conversion is done)"
            )
        if when.second or when.microsecond:
            raise LocalProtocolError(
                "time: SendAt.when has minute precision; seconds and microseconds must be 0"
            )
        if not 2000 <= when.year <= 2099:
            raise LocalProtocolError(
                f"time: SendAt.when year must be 2000..2099 (YY means 20YY), got {when.year}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class SendAtHours:
    """Send within a daily window of hours (``h1-h2``).

    Spec (line 63): "h1-h2. Sets the time range in hours. If the current time is less
    than h1, the SMS message will be sent to the subscriber when the time h1 occurs, if
    the current time falls in the interval from h1 to h2, that message will be sent
    immediately, otherwise the message will be sent the next day when the h1 time is
    reached."

    ``start`` is a clock hour (0..23) since the message may go out "when the time h1
    occurs"; ``end`` may be 24 (end of day). The rule above only makes sense for
    ``start < end`` (with ``start >= end`` no current time is ever "in the interval"),
    so that is required.

    Args:
        start: ``h1``, 0..23.
        end: ``h2``, 1..24, greater than ``start``.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        _check_int("time", "h1 (start hour)", self.start, 0, 23)
        _check_int("time", "h2 (end hour)", self.end, 1, 24)
        if self.start >= self.end:
            raise LocalProtocolError(f"time: h1-h2 needs h1 < h2, got {self.start}-{self.end}")


@dataclass(frozen=True, slots=True, kw_only=True)
class SendAtTimestamp:
    """Send at a unix timestamp (``0ts``).

    Spec (line 64): "0ts, where ts is timestamp, the time in seconds since January 1,
    1970."

    INC-65: ``"0" + ts`` is 10 characters long exactly when ``ts`` has 9 digits
    (timestamps of 1973-2001), and some of those strings are also valid ``DDMMYYhhmm``
    values (``ts=101120000`` gives ``0101120000``, which line 341 reads as 01.01.2012
    00:00). Such a timestamp cannot be sent unambiguously, so the constructor refuses it;
    send :class:`SendNow` instead (the time has elapsed anyway, line 66). Current
    timestamps have 10 digits, so ``"0" + ts`` has 11 characters and is never ambiguous.

    Args:
        timestamp: Seconds since 1970-01-01 00:00 UTC, 0..9999999999.
    """

    timestamp: int

    def __post_init__(self) -> None:
        _check_int("time", "0ts timestamp", self.timestamp, 0, _TIMESTAMP_MAX)
        if _compact_send_at(f"0{self.timestamp}") is not None:
            raise LocalProtocolError(
                f"time: 0ts timestamp {self.timestamp} is ambiguous on the wire: "
                f"'0{self.timestamp}' reads as DDMMYYhhmm (INC-65); send SendNow() instead"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class SendAfter:
    """Send a number of minutes from now (``+m``).

    Spec (line 65): "+m. Sets the relative time offset from the current time in
    minutes. The + character must be encoded as %2B in the http request." The
    percent-encoding is done by the form encoder, not here.

    The spec gives no upper bound; nine digits (about 1900 years) are allowed so that
    the parser's integer conversion stays bounded.

    Args:
        minutes: 0..999999999.
    """

    minutes: int

    def __post_init__(self) -> None:
        _check_int("time", "+m minutes", self.minutes, 0, _SEND_AFTER_MAX)


@dataclass(frozen=True, slots=True, kw_only=True)
class SendNow:
    """Send immediately (``0``).

    Spec (line 66): "If time = 0 or the time already elapsed is specified, the message
    will be sent immediately."
    """


#: Any value of the ``time`` parameter of send.php and jobs.php (lines 60-66, 1063-1069).
SendTime: TypeAlias = SendAt | SendAtHours | SendAtTimestamp | SendAfter | SendNow


def parse_send_time(text: str) -> SendTime:
    """Parse the ``time`` parameter.

    Spec (lines 62-66): "1. DDMMYYhhmm or DD.MM.YY hh: mm. 2. h1-h2. ... 3. 0ts, where ts
    is timestamp ... 4. +m. ... If time = 0 ... the message will be sent immediately."

    Accepted spellings:

    * ``0`` -> :class:`SendNow`.
    * ``+m`` (1..10 digits, leading zeros allowed) -> :class:`SendAfter`.
    * ``h1-h2`` (one or two digits each) -> :class:`SendAtHours`.
    * ``DD.MM.YY hh:mm``, also ``DD.MM.YY hh: mm`` as line 62 prints it (INC-63)
      -> :class:`SendAt`.
    * All digits (INC-65): exactly 10 digits forming a valid ``DDMMYYhhmm`` date-time
      -> :class:`SendAt` (line 341 reads ``0101120000`` as 01.01.2012 00:00). Otherwise
      a leading ``0`` followed by 1..10 digits without further leading zeros
      -> :class:`SendAtTimestamp` (so ``0999999999``, not a date, is a timestamp).
      Anything else is an error.

    Args:
        text: The decoded parameter value.

    Returns:
        One of the :data:`SendTime` classes.

    Raises:
        RemoteProtocolError: ``text`` is none of the forms above.
    """
    if text == "0":
        return SendNow()
    if text.startswith("+"):
        minutes = _digits("time", text[1:])
        with remote_errors():
            return SendAfter(minutes=minutes)
    hours = _HOURS.fullmatch(text)
    if hours is not None:
        with remote_errors():
            return SendAtHours(start=int(hours[1]), end=int(hours[2]))
    dotted = _DOTTED_SEND_AT.fullmatch(text)
    if dotted is not None:
        day, month, year, hour, minute = (int(part) for part in dotted.groups())
        try:
            when = datetime(2000 + year, month, day, hour, minute)
        except ValueError:
            raise RemoteProtocolError(
                f"time: not a valid DD.MM.YY hh:mm date-time: {short(text)}"
            ) from None
        return SendAt(when=when)
    if is_ascii_digits(text):
        compact = _compact_send_at(text)
        if compact is not None:
            return SendAt(when=compact)
        if text.startswith("0"):
            ts = text[1:]
            if len(ts) > 1 and ts.startswith("0"):
                raise RemoteProtocolError(
                    f"time: 0ts timestamp must not have leading zeros, got {short(text)}"
                )
            timestamp = _digits("time", ts)
            with remote_errors():
                return SendAtTimestamp(timestamp=timestamp)
        if len(text) == 10:
            raise RemoteProtocolError(
                f"time: 10 digits must be a valid DDMMYYhhmm date-time, got {short(text)}"
            )
    raise RemoteProtocolError(
        "time: expected DDMMYYhhmm, DD.MM.YY hh:mm, h1-h2, 0ts, +m or 0, got " + short(text)
    )


def format_send_time(value: SendTime) -> str:
    """Format the ``time`` parameter in its canonical form.

    Spec (lines 62-66). Canonical forms: :class:`SendAt` as ``DD.MM.YY hh:mm`` (the
    dotted form can never be mistaken for ``0ts``, INC-65; no space after the colon,
    INC-63), :class:`SendAtHours` as ``h1-h2`` without leading zeros,
    :class:`SendAtTimestamp` as ``0`` + ``ts``, :class:`SendAfter` as ``+m`` without
    leading zeros and :class:`SendNow` as ``0``.

    Args:
        value: A :data:`SendTime` value.

    Returns:
        The wire text (the ``+`` of ``+m`` still needs percent-encoding, line 65).

    Raises:
        LocalProtocolError: ``value`` is not a :data:`SendTime`.
    """
    if isinstance(value, SendAt):
        return value.when.strftime("%d.%m.%y %H:%M")
    if isinstance(value, SendAtHours):
        return f"{value.start}-{value.end}"
    if isinstance(value, SendAtTimestamp):
        return f"0{value.timestamp}"
    if isinstance(value, SendAfter):
        return f"+{value.minutes}"
    if isinstance(value, SendNow):
        return "0"
    raise LocalProtocolError(f"time: expected a SendTime value, got {type(value).__name__}")


# ----------------------------------------------------------------------------- tz


def parse_tz(text: str) -> int:
    """Parse the ``tz`` parameter of send.php and jobs.php: hours relative to Moscow.

    Spec (line 67): "The time zone in which the time parameter is set. It is indicated
    relative to Moscow time. The tz parameter can be either positive or negative. If tz
    is equal to 0, the Moscow time zone will be used". No range is given; every real
    zone (UTC-12 .. UTC+14) lies within :data:`TZ_MIN` .. :data:`TZ_MAX` (-15 .. 11)
    of Moscow (UTC+3). Whole hours only: the spec says "hours" and shows no fractions.

    Accepts an optional sign and one or two digits (``+3``, ``03`` and ``-0`` are
    non-canonical spellings). The users.php ``tz`` is a different syntax (a 0..24 GMT
    index, line 2326, INC-69) and is not handled here.

    Args:
        text: The decoded parameter value.

    Returns:
        The offset in hours.

    Raises:
        RemoteProtocolError: Not a signed integer in range.
    """
    match = _TZ.fullmatch(text)
    if match is None:
        raise RemoteProtocolError(f"tz: expected a signed number of hours, got {short(text)}")
    hours = int(match[2])
    if match[1] == "-":
        hours = -hours
    if not TZ_MIN <= hours <= TZ_MAX:
        raise RemoteProtocolError(f"tz: hours must be {TZ_MIN}..{TZ_MAX}, got {hours}")
    return hours


def format_tz(value: int) -> str:
    """Format ``tz`` (hours relative to Moscow, line 67) canonically.

    Canonical form: decimal without a plus sign or leading zeros (``3``, ``-2``, ``0``).

    Args:
        value: Hours, :data:`TZ_MIN` .. :data:`TZ_MAX`.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: ``value`` is not an ``int`` in range.
    """
    return str(_check_int("tz", "hours", value, TZ_MIN, TZ_MAX))


# -------------------------------------------------------------------------- valid


@dataclass(frozen=True, slots=True, kw_only=True)
class Valid:
    """The lifetime of a message (``valid``), in one of its two spellings.

    Spec (line 149): "Range from 1 to 24 hours. It is also possible to transmit the time
    in the hh:mm format in the range from 00:01 to 24:00."

    ``Valid(hours=2)`` is the hours form (``2``); ``Valid(hours=2, minute=0)`` is the
    ``hh:mm`` form (``02:00``). The form is kept as given; :attr:`minutes` gives the
    lifetime in minutes for either form.

    Args:
        hours: Whole hours: 1..24 in the hours form, 0..24 in the ``hh:mm`` form.
        minute: ``None`` for the hours form; 0..59 for the ``hh:mm`` form, whose total
            must be 00:01..24:00.
    """

    hours: int
    minute: int | None = None

    def __post_init__(self) -> None:
        if self.minute is None:
            _check_int("valid", "hours", self.hours, 1, 24)
            return
        _check_int("valid", "hh", self.hours, 0, 24)
        _check_int("valid", "mm", self.minute, 0, 59)
        if not 1 <= self.hours * 60 + self.minute <= 24 * 60:
            raise LocalProtocolError(
                f"valid: hh:mm must be 00:01..24:00, got {self.hours:02d}:{self.minute:02d}"
            )

    @property
    def minutes(self) -> int:
        """The lifetime in minutes (60..1440 for the hours form, 1..1440 for ``hh:mm``)."""
        return self.hours * 60 + (self.minute or 0)


def parse_valid(text: str) -> Valid:
    """Parse the ``valid`` parameter (line 149).

    Accepts whole hours (``2``; a leading zero as in ``02`` is non-canonical) and
    ``hh:mm`` (``02:30``; a one-digit hour as in ``2:30`` is non-canonical).

    Args:
        text: The decoded parameter value.

    Returns:
        A :class:`Valid` keeping the form that was sent.

    Raises:
        RemoteProtocolError: Not one of the forms, or out of range.
    """
    clock = _VALID_CLOCK.fullmatch(text)
    if clock is not None:
        with remote_errors():
            return Valid(hours=int(clock[1]), minute=int(clock[2]))
    if is_ascii_digits(text) and len(text) <= 2:
        with remote_errors():
            return Valid(hours=int(text))
    raise RemoteProtocolError(f"valid: expected hours (1..24) or hh:mm, got {short(text)}")


def format_valid(value: Valid) -> str:
    """Format ``valid`` (line 149) canonically.

    Canonical forms: the hours form without leading zeros (``2``); the ``hh:mm`` form
    with two-digit hours and minutes (``02:30``).

    Args:
        value: A :class:`Valid`.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: ``value`` is not a :class:`Valid`.
    """
    if not isinstance(value, Valid):
        raise LocalProtocolError(f"valid: expected a Valid, got {type(value).__name__}")
    if value.minute is None:
        return str(value.hours)
    return f"{value.hours:02d}:{value.minute:02d}"


# ------------------------------------------------------------------ period / freq


def _period_text(value: Decimal) -> str:
    """Plain decimal text of a finite Decimal without trailing fractional zeros.

    Works on the digit tuple, not ``normalize()``, which would round to the context
    precision.
    """
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: checked by the caller
    digit_list = list(digits)
    while exponent < 0 and len(digit_list) > 1 and digit_list[-1] == 0:
        digit_list.pop()
        exponent += 1
    if exponent < 0 and digit_list == [0]:
        exponent = 0
    stripped = Decimal((sign, tuple(digit_list), exponent))
    return format(stripped, "f")


def _period_places(value: Decimal) -> int:
    """Decimal places of ``value`` once trailing fractional zeros are dropped."""
    text = _period_text(value)
    return len(text) - text.index(".") - 1 if "." in text else 0


def parse_period(text: str) -> Decimal:
    """Parse the ``period`` parameter: decimal hours.

    Spec (line 68): "The period of time during which you need to send the newsletter.
    Represents a number in the range from 0.1 to 720 hours. Used in conjunction with the
    freq parameter."

    Accepts ``digits`` or ``digits.digits`` (leading zeros and trailing fractional zeros
    are non-canonical); at most 6 significant decimal places.

    Args:
        text: The decoded parameter value.

    Returns:
        The value as sent (``Decimal("1.50")`` stays ``1.50``; it compares equal to
        ``Decimal("1.5")``).

    Raises:
        RemoteProtocolError: Not a plain decimal number in :data:`PERIOD_MIN` ..
            :data:`PERIOD_MAX` with at most 6 places.
    """
    if _PERIOD.fullmatch(text) is None:
        raise RemoteProtocolError(f"period: expected a decimal number of hours, got {short(text)}")
    with remote_errors():
        value = Decimal(text)
        _check_period(value)
    return value


def _check_period(value: object) -> Decimal:
    """Validate a ``period`` value (type, range, places)."""
    if not isinstance(value, Decimal):
        raise LocalProtocolError(f"period: expected a Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise LocalProtocolError(f"period: must be a finite number, got {value}")
    if not PERIOD_MIN <= value <= PERIOD_MAX:
        raise LocalProtocolError(f"period: hours must be 0.1..720, got {short(str(value))}")
    if _period_places(value) > _PERIOD_MAX_PLACES:
        raise LocalProtocolError(
            f"period: at most {_PERIOD_MAX_PLACES} decimal places, got {short(str(value))}"
        )
    return value


def format_period(value: Decimal) -> str:
    """Format ``period`` (line 68) canonically.

    Canonical form: plain decimal notation, no exponent, no leading zeros, no trailing
    fractional zeros and no trailing dot (``0.1``, ``1.5``, ``720``).

    Args:
        value: Hours, :data:`PERIOD_MIN` .. :data:`PERIOD_MAX`, at most 6 places.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: Not a finite ``Decimal`` in range with at most 6 places.
    """
    return _period_text(_check_period(value))


def parse_freq(text: str) -> int:
    """Parse the ``freq`` parameter: minutes between groups.

    Spec (line 69): "Set in the interval from 1 to 1440 minutes. Without the period
    parameter, the freq parameter is ignored." Leading zeros are non-canonical.

    Args:
        text: The decoded parameter value.

    Returns:
        Minutes, 1..1440.

    Raises:
        RemoteProtocolError: Not digits, or out of range.
    """
    minutes = _digits("freq", text)
    with remote_errors():
        return _check_int("freq", "minutes", minutes, 1, 1440)


def format_freq(value: int) -> str:
    """Format ``freq`` (line 69) canonically: decimal without leading zeros.

    Args:
        value: Minutes, 1..1440.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: Not an ``int`` in range.
    """
    return str(_check_int("freq", "minutes", value, 1, 1440))


# -------------------------------------------------------------------------- dates


def parse_date(text: str) -> date:
    """Parse a ``dd.mm.yyyy`` date (``start``/``end``, ``bd``, ``from_date``).

    Spec (line 1173): "Format: 'dd.mm.yyyy'."; (line 2012): "bd Date of birth in the
    format dd.mm.yyyy."; (line 2664): "DD.MM.YYYY format."; example (line 2557):
    ``start=01.01.2014&end=01.02.2014``. Line 2863 prints the format as
    ``'dd. mm. yyyy'`` (INC-41), so one space after each dot is accepted.

    Args:
        text: The decoded parameter value.

    Returns:
        The date.

    Raises:
        RemoteProtocolError: Not ``dd.mm.yyyy`` or not a real date.
    """
    match = _DATE.fullmatch(text)
    if match is None:
        raise RemoteProtocolError(f"date: expected dd.mm.yyyy, got {short(text)}")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise RemoteProtocolError(f"date: not a valid date: {short(text)}") from None


def format_date(value: date) -> str:
    """Format a date as ``dd.mm.yyyy`` (line 1173), without spaces.

    Args:
        value: A :class:`~datetime.date` (a :class:`~datetime.datetime` is refused: its
            time would be silently dropped).

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: ``value`` is not a plain date.
    """
    if not isinstance(value, date) or isinstance(value, datetime):
        raise LocalProtocolError(f"date: expected a datetime.date, got {type(value).__name__}")
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _check_naive_seconds(field: str, value: object) -> datetime:
    """Validate a naive datetime with whole seconds."""
    if not isinstance(value, datetime):
        raise LocalProtocolError(f"{field}: expected a datetime, got {type(value).__name__}")
    if value.tzinfo is not None:
        raise LocalProtocolError(f"{field}: must be naive (no time-zone conversion is done)")
    if value.microsecond:
        raise LocalProtocolError(f"{field}: has second precision; microseconds must be 0")
    return value


def parse_datetime(text: str) -> datetime:
    """Parse a response timestamp ``DD.MM.YYYY hh:mm:ss``.

    Spec (line 1581): "<last_date> - the date of the last status change. Format
    DD.MM.YYYY hh: mm: ss."; (line 3075): "Format DD.MM.YYYY hh:mm:ss." The spaces after
    the colons (INC-63) are a rendering artefact: the only example value (line 1417,
    ``check_time = 10.10.2010 10:10:10``) has none, so the parser is strict.

    Args:
        text: The field text.

    Returns:
        A naive date-time (the zone of the Client settings; nothing is converted).

    Raises:
        RemoteProtocolError: Not ``DD.MM.YYYY hh:mm:ss`` or not a real date-time.
    """
    if _DATETIME.fullmatch(text) is None:
        raise RemoteProtocolError(f"datetime: expected DD.MM.YYYY hh:mm:ss, got {short(text)}")
    try:
        return datetime_at_places(text)
    except ValueError:
        raise RemoteProtocolError(f"datetime: not a valid date-time: {short(text)}") from None


def datetime_at_places(text: str) -> datetime:
    """The date-time of ``DD.MM.YYYY hh:mm:ss`` text already matched to that form.

    Fixed positions: slicing beats a match's groups (reply decoders call it per value).

    Raises:
        ValueError: the numbers are no real date-time (31.02), or not ASCII digits.
    """
    return datetime(
        int(text[6:10]),
        int(text[3:5]),
        int(text[0:2]),
        int(text[11:13]),
        int(text[14:16]),
        int(text[17:19]),
    )


def format_datetime(value: datetime) -> str:
    """Format a response timestamp as ``DD.MM.YYYY hh:mm:ss`` (line 3075).

    Args:
        value: A naive :class:`~datetime.datetime` with ``microsecond == 0``.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: Not a naive datetime with whole seconds.
    """
    value = _check_naive_seconds("datetime", value)
    return (
        f"{value.day:02d}.{value.month:02d}.{value.year:04d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )


def parse_short_datetime(text: str) -> datetime:
    """Parse the status-callback ``time``: ``DD.MM.YY hh:mm:ss``.

    Spec (lines 3629-3630): "time Time of status change (or delivery of an SMS message to
    the subscriber). Format: DD.MM.YY hh: mm: ss (by the time zone specified in the
    settings)." ``YY`` means ``20YY`` (as for the send ``time``, line 341). Strict about
    spaces, as :func:`parse_datetime` (INC-63). Incoming-message callbacks send a unix
    timestamp under the same name (INC-51); that is not this syntax.

    Args:
        text: The parameter text.

    Returns:
        A naive date-time in 2000..2099.

    Raises:
        RemoteProtocolError: Not ``DD.MM.YY hh:mm:ss`` or not a real date-time.
    """
    match = _SHORT_DATETIME.fullmatch(text)
    if match is None:
        raise RemoteProtocolError(f"callback time: expected DD.MM.YY hh:mm:ss, got {short(text)}")
    day, month, year, hour, minute, second = (int(part) for part in match.groups())
    try:
        return datetime(2000 + year, month, day, hour, minute, second)
    except ValueError:
        raise RemoteProtocolError(f"callback time: not a valid date-time: {short(text)}") from None


def format_short_datetime(value: datetime) -> str:
    """Format a status-callback ``time`` as ``DD.MM.YY hh:mm:ss`` (line 3630).

    Args:
        value: A naive :class:`~datetime.datetime` in 2000..2099 with
            ``microsecond == 0``.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: Not a naive datetime with whole seconds in 2000..2099.
    """
    value = _check_naive_seconds("callback time", value)
    if not 2000 <= value.year <= 2099:
        raise LocalProtocolError(
            f"callback time: year must be 2000..2099 (YY means 20YY), got {value.year}"
        )
    return value.strftime("%d.%m.%y %H:%M:%S")


# --------------------------------------------------------------------- message id


def parse_message_id(text: str) -> int | str:
    """Parse a message ``id``.

    Spec (line 51): "The identifier is a 32-bit number in the range from 1 to
    2147483647, or a string up to 40 characters long consisting of Latin letters,
    numbers, and symbols ."-_". ... Not necessarily unique."

    Digits without a leading zero in 1..2147483647 give an ``int``. Any other string of
    1..40 allowed characters is kept as a ``str`` -- including all-digit ones such as
    ``007``, ``0`` or ``2147483648``: they are valid string ids, and turning ``007``
    into 7 could name another message.

    Args:
        text: The decoded parameter or field value.

    Returns:
        An ``int`` or a ``str`` id.

    Raises:
        RemoteProtocolError: Empty, longer than 40 characters, or a character outside
            ``A-Z a-z 0-9 . - _``.
    """
    if len(text) > 40 or _MESSAGE_ID.fullmatch(text) is None:
        raise RemoteProtocolError(
            f"id: expected 1..40 characters of A-Z a-z 0-9 . - _, got {short(text)}"
        )
    if _is_numeric_id(text):
        return int(text)
    return text


def _is_numeric_id(text: str) -> bool:
    """True when ``text`` is the canonical decimal form of an int id."""
    return (
        is_ascii_digits(text)
        and not text.startswith("0")
        and len(text) <= 10
        and int(text) <= MESSAGE_ID_MAX
    )


def format_message_id(value: int | str) -> str:
    """Format a message ``id`` (line 51).

    An ``int`` is written in decimal. A ``str`` is written as is; a string that is the
    canonical decimal form of a numeric id (``"123"``) is refused, because it would be
    read back as the ``int`` -- pass ``123`` instead.

    Args:
        value: An ``int`` in 1..2147483647 or a ``str`` of 1..40 characters of
            ``A-Z a-z 0-9 . - _``.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: The id breaks the rules above.
    """
    if isinstance(value, str):
        if len(value) > 40 or _MESSAGE_ID.fullmatch(value) is None:
            raise LocalProtocolError(
                f"id: a string id must be 1..40 characters of A-Z a-z 0-9 . - _, got {short(value)}"
            )
        if _is_numeric_id(value):
            raise LocalProtocolError(
                f"id: string {value!r} reads back as the number {value}; pass an int"
            )
        return value
    return str(_check_int("id", "a numeric id", value, 1, MESSAGE_ID_MAX))
