"""Hypothesis strategies for smsc_proto.values._time (private).

Every strategy generates only values that the matching ``format_*`` function accepts
and that its ``parse_*`` function reads back unchanged.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import strategies as st

from .._errors import LocalProtocolError
from ..values._time import (
    MESSAGE_ID_MAX,
    TZ_MAX,
    TZ_MIN,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendNow,
    SendTime,
    Valid,
)

__all__ = [
    "freqs",
    "message_ids",
    "periods",
    "send_afters",
    "send_at_hours",
    "send_at_timestamps",
    "send_ats",
    "send_times",
    "short_datetimes",
    "tz_offsets",
    "valids",
    "wire_dates",
    "wire_datetimes",
]

_MIN_20YY = datetime(2000, 1, 1)
_MAX_20YY = datetime(2099, 12, 31, 23, 59, 59)


def send_ats() -> st.SearchStrategy[SendAt]:
    """:class:`~smsc_proto.values.SendAt` values: minute precision, years 2000..2099."""
    return st.datetimes(min_value=_MIN_20YY, max_value=_MAX_20YY).map(
        lambda when: SendAt(when=when.replace(second=0, microsecond=0, fold=0))
    )


@st.composite
def _hour_windows(draw: st.DrawFn) -> SendAtHours:
    start = draw(st.integers(0, 23))
    end = draw(st.integers(start + 1, 24))
    return SendAtHours(start=start, end=end)


def send_at_hours() -> st.SearchStrategy[SendAtHours]:
    """:class:`~smsc_proto.values.SendAtHours` windows ``h1-h2`` with ``h1 < h2``."""
    return _hour_windows()


def _unambiguous(timestamp: int) -> bool:
    try:
        SendAtTimestamp(timestamp=timestamp)
    except LocalProtocolError:
        return False
    return True


def send_at_timestamps() -> st.SearchStrategy[SendAtTimestamp]:
    """:class:`~smsc_proto.values.SendAtTimestamp` values (never the INC-65 ambiguous ones).

    Biased towards realistic 10-digit timestamps and towards the 9-digit range where
    ``"0" + ts`` may collide with ``DDMMYYhhmm``.
    """
    raw = st.one_of(
        st.integers(0, 9_999_999_999),
        st.integers(1_000_000_000, 4_102_444_800),
        st.integers(100_000_000, 999_999_999),
    )
    return raw.filter(_unambiguous).map(lambda ts: SendAtTimestamp(timestamp=ts))


def send_afters() -> st.SearchStrategy[SendAfter]:
    """:class:`~smsc_proto.values.SendAfter` offsets ``+m``."""
    return st.integers(0, 999_999_999).map(lambda minutes: SendAfter(minutes=minutes))


def send_times() -> st.SearchStrategy[SendTime]:
    """Any :data:`~smsc_proto.values.SendTime` value (all five forms)."""
    return st.one_of(
        send_ats(),
        send_at_hours(),
        send_at_timestamps(),
        send_afters(),
        st.just(SendNow()),
    )


def tz_offsets() -> st.SearchStrategy[int]:
    """``tz`` values: whole hours relative to Moscow, ``TZ_MIN`` .. ``TZ_MAX``."""
    return st.integers(TZ_MIN, TZ_MAX)


def valids() -> st.SearchStrategy[Valid]:
    """:class:`~smsc_proto.values.Valid` values in both the hours and ``hh:mm`` forms."""
    hours_form = st.integers(1, 24).map(lambda hours: Valid(hours=hours))
    clock_form = st.integers(1, 24 * 60).map(
        lambda total: Valid(hours=total // 60, minute=total % 60)
    )
    return st.one_of(hours_form, clock_form)


def periods() -> st.SearchStrategy[Decimal]:
    """``period`` values: 0.1..720 hours with at most 6 decimal places.

    Some carry trailing zeros (``1.50``), as a sender may write them.
    """
    millionths = st.builds(
        lambda micro, pad: Decimal(f"{micro // 10**6}.{micro % 10**6:06d}{'0' * pad}"),
        st.integers(100_000, 720_000_000),
        st.integers(0, 2),
    )
    tenths = st.integers(1, 7200).map(lambda tenth: Decimal(tenth) / 10)
    return st.one_of(millionths, tenths, st.integers(1, 720).map(Decimal))


def freqs() -> st.SearchStrategy[int]:
    """``freq`` values: 1..1440 minutes."""
    return st.integers(1, 1440)


def wire_dates() -> st.SearchStrategy[date]:
    """Dates for ``dd.mm.yyyy`` parameters (any :class:`~datetime.date`)."""
    return st.dates()


def wire_datetimes() -> st.SearchStrategy[datetime]:
    """Naive datetimes with whole seconds, for ``DD.MM.YYYY hh:mm:ss`` fields."""
    return st.datetimes().map(lambda value: value.replace(microsecond=0, fold=0))


def short_datetimes() -> st.SearchStrategy[datetime]:
    """Naive datetimes with whole seconds in 2000..2099, for ``DD.MM.YY hh:mm:ss``."""
    return st.datetimes(min_value=_MIN_20YY, max_value=_MAX_20YY).map(
        lambda value: value.replace(microsecond=0, fold=0)
    )


def _not_numeric(text: str) -> bool:
    return not (
        text.isdigit()
        and not text.startswith("0")
        and len(text) <= 10
        and int(text) <= MESSAGE_ID_MAX
    )


def message_ids() -> st.SearchStrategy[int | str]:
    """Message ids: ints 1..2147483647 and strings of 1..40 ``A-Z a-z 0-9 . - _``.

    Strings that are the decimal form of a numeric id are left out (they read back as
    ``int``); all-digit strings with leading zeros or above the int range are included.
    """
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_"
    strings = st.one_of(
        st.text(alphabet=alphabet, min_size=1, max_size=40),
        st.text(alphabet="0123456789", min_size=1, max_size=40),
    ).filter(_not_numeric)
    return st.one_of(st.integers(1, MESSAGE_ID_MAX), strings)
