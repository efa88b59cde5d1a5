"""Tests for smsc_proto.values._time: time, tz, valid, period, freq, dates, message id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import (
    freqs,
    message_ids,
    periods,
    send_times,
    short_datetimes,
    tz_offsets,
    valids,
    wire_dates,
    wire_datetimes,
)
from smsc_proto.values import (
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendNow,
    Valid,
    format_date,
    format_datetime,
    format_freq,
    format_message_id,
    format_period,
    format_send_time,
    format_short_datetime,
    format_tz,
    format_valid,
    parse_date,
    parse_datetime,
    parse_freq,
    parse_message_id,
    parse_period,
    parse_send_time,
    parse_short_datetime,
    parse_tz,
    parse_valid,
)

# name -> (parse, format). Typed loosely: each row pairs a value with its own codec.
CODECS: dict[str, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
    "time": (parse_send_time, format_send_time),
    "tz": (parse_tz, format_tz),
    "valid": (parse_valid, format_valid),
    "period": (parse_period, format_period),
    "freq": (parse_freq, format_freq),
    "date": (parse_date, format_date),
    "datetime": (parse_datetime, format_datetime),
    "callback time": (parse_short_datetime, format_short_datetime),
    "id": (parse_message_id, format_message_id),
}

# 1. (codec, value, canonical text): drives parse(text) == value and format(value) == text.
CANONICAL: list[tuple[str, object, str]] = [
    # line 338-341: "delivered to the subscriber 01.01.2012 in 00:00" (time=0101120000)
    ("time", SendAt(when=datetime(2012, 1, 1, 0, 0)), "01.01.12 00:00"),
    # line 62: "DD.MM.YY hh: mm" (canonical without the space, INC-63)
    ("time", SendAt(when=datetime(2099, 12, 31, 23, 59)), "31.12.99 23:59"),
    ("time", SendAt(when=datetime(2000, 1, 1, 0, 0)), "01.01.00 00:00"),
    ("time", SendAt(when=datetime(2024, 2, 29, 12, 5)), "29.02.24 12:05"),  # leap day
    # line 63: "h1-h2"
    ("time", SendAtHours(start=9, end=18), "9-18"),
    ("time", SendAtHours(start=0, end=24), "0-24"),
    ("time", SendAtHours(start=23, end=24), "23-24"),
    # line 64: "0ts"
    ("time", SendAtTimestamp(timestamp=1_700_000_000), "01700000000"),
    ("time", SendAtTimestamp(timestamp=0), "00"),
    ("time", SendAtTimestamp(timestamp=1), "01"),
    ("time", SendAtTimestamp(timestamp=9_999_999_999), "09999999999"),
    # INC-65: ten digits starting with 0 that are no valid DDMMYYhhmm -> 0ts
    ("time", SendAtTimestamp(timestamp=999_999_999), "0999999999"),
    ("time", SendAtTimestamp(timestamp=132_000_000), "0132000000"),  # month 32
    # line 65: "+m"
    ("time", SendAfter(minutes=5), "+5"),
    ("time", SendAfter(minutes=0), "+0"),
    ("time", SendAfter(minutes=999_999_999), "+999999999"),
    # line 66: "If time = 0 ... sent immediately"
    ("time", SendNow(), "0"),
    # line 67: "If tz is equal to 0, the Moscow time zone will be used"; "positive or negative"
    ("tz", 0, "0"),
    ("tz", 3, "3"),
    ("tz", -1, "-1"),
    ("tz", -15, "-15"),
    ("tz", 11, "11"),
    # line 149: "Range from 1 to 24 hours" / "hh:mm ... from 00:01 to 24:00"
    ("valid", Valid(hours=1), "1"),
    ("valid", Valid(hours=24), "24"),
    ("valid", Valid(hours=0, minute=1), "00:01"),
    ("valid", Valid(hours=24, minute=0), "24:00"),
    ("valid", Valid(hours=2, minute=0), "02:00"),
    ("valid", Valid(hours=12, minute=30), "12:30"),
    # line 68: "from 0.1 to 720 hours"
    ("period", Decimal("0.1"), "0.1"),
    ("period", Decimal("720"), "720"),
    ("period", Decimal("1.5"), "1.5"),
    ("period", Decimal("0.100001"), "0.100001"),
    # line 69: "from 1 to 1440 minutes"
    ("freq", 1, "1"),
    ("freq", 1440, "1440"),
    ("freq", 60, "60"),
    # line 2557 / 3177: start=01.01.2014&end=01.02.2014; line 1173 'dd.mm.yyyy'
    ("date", date(2014, 1, 1), "01.01.2014"),
    ("date", date(2014, 2, 1), "01.02.2014"),
    ("date", date(2000, 2, 29), "29.02.2000"),
    ("date", date(1, 1, 1), "01.01.0001"),
    ("date", date(9999, 12, 31), "31.12.9999"),
    # line 1417: "check_time = 10.10.2010 10:10:10"; line 3075 "DD.MM.YYYY hh:mm:ss"
    ("datetime", datetime(2010, 10, 10, 10, 10, 10), "10.10.2010 10:10:10"),
    ("datetime", datetime(1999, 12, 31, 23, 59, 59), "31.12.1999 23:59:59"),
    # line 3630: "DD.MM.YY hh: mm: ss" (callback; canonical without spaces)
    ("callback time", datetime(2010, 10, 10, 10, 10, 10), "10.10.10 10:10:10"),
    ("callback time", datetime(2000, 1, 1, 0, 0, 0), "01.01.00 00:00:00"),
    # line 51: "1 to 2147483647, or a string up to 40 characters ... ."-_""
    ("id", 1, "1"),
    ("id", 2_147_483_647, "2147483647"),
    ("id", 701, "701"),  # line 1401 (jobs id=701)
    ("id", 1234, "1234"),  # line 134: "OK - 1 SMS, ID - 1234"
    ("id", "msg-1.a_B", "msg-1.a_B"),
    ("id", "x" * 40, "x" * 40),
    ("id", "007", "007"),  # leading zero: a string id, never 7
    ("id", "0", "0"),
    ("id", "2147483648", "2147483648"),  # above the int range: a string id
]


@pytest.mark.parametrize(("codec", "value", "text"), CANONICAL)
def test_parse_canonical(codec: str, value: object, text: str) -> None:
    parsed = CODECS[codec][0](text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize(("codec", "value", "text"), CANONICAL)
def test_format_canonical(codec: str, value: object, text: str) -> None:
    assert CODECS[codec][1](value) == text


# 2. (codec, accepted non-canonical text, canonical text)
ALTERNATIVES: list[tuple[str, str, str]] = [
    ("time", "0101120000", "01.01.12 00:00"),  # line 341 (INC-65: 10 digits, valid date)
    ("time", "3112992359", "31.12.99 23:59"),
    ("time", "2902241205", "29.02.24 12:05"),
    ("time", "01.01.12 00: 00", "01.01.12 00:00"),  # line 62 "hh: mm" (INC-63)
    ("time", "09-18", "9-18"),
    ("time", "00-24", "0-24"),
    ("time", "+05", "+5"),
    ("time", "+0000000000", "+0"),
    ("tz", "+3", "3"),
    ("tz", "03", "3"),
    ("tz", "-0", "0"),
    ("tz", "+0", "0"),
    ("tz", "-01", "-1"),
    ("valid", "02", "2"),
    ("valid", "2:30", "02:30"),
    ("valid", "0:01", "00:01"),
    ("period", "1.50", "1.5"),
    ("period", "0.10", "0.1"),
    ("period", "720.0", "720"),
    ("period", "0720", "720"),
    ("period", "1.5000000000", "1.5"),
    ("freq", "060", "60"),
    ("date", "01. 01. 2014", "01.01.2014"),  # line 2863 "dd. mm. yyyy" (INC-41)
    ("date", "01. 01.2014", "01.01.2014"),
]


@pytest.mark.parametrize(("codec", "text", "canonical"), ALTERNATIVES)
def test_alternative_spellings(codec: str, text: str, canonical: str) -> None:
    parse, format_ = CODECS[codec]
    value = parse(text)
    assert format_(value) == canonical
    assert parse(canonical) == value


def test_valid_keeps_form_and_minutes() -> None:
    assert parse_valid("2") != parse_valid("02:00")
    assert parse_valid("2").minutes == parse_valid("02:00").minutes == 120
    assert parse_valid("00:01").minutes == 1
    assert parse_valid("24:00").minutes == 1440


def test_period_keeps_value_as_sent() -> None:
    assert str(parse_period("1.50")) == "1.50"


# 3. (codec, bad wire text, message fragment)
BAD_WIRE: list[tuple[str, str, str]] = [
    ("time", "", "time"),
    ("time", "1234567890", "time: 10 digits"),  # month 34
    ("time", "3102120000", "time"),  # 31 February
    ("time", "2902230000", "time"),  # 29.02.2023: not a leap year
    ("time", "0000000000", "time"),  # day 00 and ts with leading zeros
    ("time", "0012", "leading zeros"),
    ("time", "012345678901", "time"),  # 11-digit ts
    ("time", "123", "time"),
    ("time", "+", "time"),
    ("time", "+-5", "time"),
    ("time", "+12345678901", "time"),
    ("time", "+5 ", "time"),
    ("time", "18-9", "h1 < h2"),
    ("time", "9-9", "h1 < h2"),
    ("time", "24-24", "h1"),
    ("time", "0-25", "h2"),
    ("time", "1-2-3", "time"),
    ("time", "-5", "time"),
    ("time", "123-4", "time"),
    ("time", "01.01.12 24:00", "time"),
    ("time", "01.01.12 00:60", "time"),
    ("time", "32.01.12 00:00", "time"),
    ("time", "01.01.2012 00:00", "time"),
    ("time", "01.01.12 00:  00", "time"),
    ("time", "01.01.12  00:00", "time"),
    ("time", "01.01.12 0:00", "time"),
    ("time", "01.01.12 00:00:00", "time"),
    ("time", "٠١٠١١٢٠٠٠٠", "time"),  # Arabic-Indic digits
    ("time", "0101120000\n", "time"),
    ("tz", "", "tz"),
    ("tz", "16", "tz: hours"),
    ("tz", "-16", "tz"),
    ("tz", "12", "tz"),
    ("tz", "1.5", "tz"),
    ("tz", "+-1", "tz"),
    ("tz", "003", "tz"),
    ("tz", "٣", "tz"),
    ("valid", "", "valid"),
    ("valid", "0", "valid: hours must be 1..24"),
    ("valid", "25", "valid"),
    ("valid", "00:00", "valid"),
    ("valid", "24:01", "valid"),
    ("valid", "25:00", "valid"),
    ("valid", "12:60", "valid"),
    ("valid", "12:5", "valid"),
    ("valid", "012:00", "valid"),
    ("valid", "1h", "valid"),
    ("valid", "002", "valid"),
    ("period", "", "period"),
    ("period", "0", "period"),
    ("period", "0.09", "period"),
    ("period", "720.1", "period"),
    ("period", ".5", "period"),
    ("period", "5.", "period"),
    ("period", "1,5", "period"),
    ("period", "1e2", "period"),
    ("period", "-1", "period"),
    ("period", "NaN", "period"),
    ("period", "Infinity", "period"),
    ("period", "0.1000001", "decimal places"),
    ("period", "1" * 11, "period"),
    ("period", "٥", "period"),
    ("freq", "", "freq"),
    ("freq", "0", "freq"),
    ("freq", "1441", "freq"),
    ("freq", "-1", "freq"),
    ("freq", "1" * 11, "freq"),
    ("freq", "1.0", "freq"),
    ("date", "", "date"),
    ("date", "1.1.2014", "date"),
    ("date", "31.02.2014", "date"),
    ("date", "29.02.1900", "date"),
    ("date", "01.01.0000", "date"),
    ("date", "01.01.14", "date"),
    ("date", "01.01.2014 ", "date"),
    ("date", "01 .01.2014", "date"),
    ("date", "01.  01.2014", "date"),
    ("date", "2014-01-01", "date"),
    ("datetime", "10.10.2010 10: 10: 10", "datetime"),  # INC-63: strict
    ("datetime", "10.10.2010 24:00:00", "datetime"),
    ("datetime", "10.10.2010 10:10", "datetime"),
    ("datetime", "10.10.10 10:10:10", "datetime"),
    ("datetime", "31.04.2010 10:10:10", "datetime"),
    ("datetime", "10.10.2010 10:10:60", "datetime"),
    ("callback time", "10.10.10 10: 10: 10", "callback time"),
    ("callback time", "10.10.2010 10:10:10", "callback time"),
    ("callback time", "1286524541", "callback time"),  # INC-51: a timestamp is not this form
    ("callback time", "29.02.23 00:00:00", "callback time"),
    ("id", "", "id"),
    ("id", "x" * 41, "id"),
    ("id", "a b", "id"),
    ("id", "abc+", "id"),
    ("id", "идентификатор", "id"),
    ("id", "١٢٣", "id"),
    ("id", "1" * 1000, "id"),
]


@pytest.mark.parametrize(("codec", "text", "match"), BAD_WIRE)
def test_bad_wire(codec: str, text: str, match: str) -> None:
    with pytest.raises(RemoteProtocolError, match=match):
        CODECS[codec][0](text)


MSK = timezone(timedelta(hours=3))

# 4. (constructor or formatter call, message fragment)
BAD_LOCAL: list[tuple[Callable[[], object], str]] = [
    (lambda: SendAt(when=datetime(2012, 1, 1, 0, 0, tzinfo=MSK)), "naive"),
    (lambda: SendAt(when=datetime(2012, 1, 1, 0, 0, 30)), "minute precision"),
    (lambda: SendAt(when=datetime(2012, 1, 1, 0, 0, 0, 1)), "minute precision"),
    (lambda: SendAt(when=datetime(1999, 12, 31, 23, 59)), "year must be 2000..2099"),
    (lambda: SendAt(when=datetime(2100, 1, 1)), "year"),
    (lambda: SendAt(when=date(2012, 1, 1)), "must be a datetime"),  # type: ignore[arg-type]
    (lambda: SendAtHours(start=-1, end=5), "h1"),
    (lambda: SendAtHours(start=24, end=24), "h1"),
    (lambda: SendAtHours(start=0, end=25), "h2"),
    (lambda: SendAtHours(start=0, end=0), "h2"),
    (lambda: SendAtHours(start=10, end=9), "h1 < h2"),
    (lambda: SendAtHours(start=True, end=5), "must be an int"),
    (lambda: SendAtTimestamp(timestamp=-1), "timestamp"),
    (lambda: SendAtTimestamp(timestamp=10**10), "timestamp"),
    (lambda: SendAtTimestamp(timestamp=101_120_000), "INC-65"),  # '0101120000'
    (lambda: SendAtTimestamp(timestamp=311_292_359), "ambiguous"),  # '0311292359'
    (lambda: SendAtTimestamp(timestamp=1.5), "must be an int"),  # type: ignore[arg-type]
    (lambda: SendAfter(minutes=-1), "minutes"),
    (lambda: SendAfter(minutes=10**9), "minutes"),
    (lambda: format_send_time("0"), "SendTime"),  # type: ignore[arg-type]
    (lambda: format_tz(12), "tz: hours must be -15..11"),
    (lambda: format_tz(-16), "tz"),
    (lambda: format_tz(True), "tz"),
    (lambda: format_tz(1.0), "tz"),  # type: ignore[arg-type]
    (lambda: Valid(hours=0), "valid: hours must be 1..24, got 0"),
    (lambda: Valid(hours=25), "valid: hours must be 1..24, got 25"),
    (lambda: Valid(hours=0, minute=0), "00:01..24:00"),
    (lambda: Valid(hours=24, minute=1), "00:01..24:00"),
    (lambda: Valid(hours=1, minute=60), "valid: mm"),
    (lambda: Valid(hours=25, minute=0), "valid: hh"),
    (lambda: format_valid(2), "valid"),  # type: ignore[arg-type]
    (lambda: format_period(Decimal("0.09")), "period"),
    (lambda: format_period(Decimal("720.0001")), "period"),
    (lambda: format_period(Decimal("NaN")), "finite"),
    (lambda: format_period(Decimal("sNaN")), "finite"),
    (lambda: format_period(Decimal("Infinity")), "finite"),
    (lambda: format_period(Decimal("1.0000001")), "decimal places"),
    (lambda: format_period(Decimal("1E-999999")), "period"),
    (lambda: format_period(1.5), "Decimal"),  # type: ignore[arg-type]
    (lambda: format_freq(0), "freq"),
    (lambda: format_freq(1441), "freq"),
    (lambda: format_freq(10**5000), "freq: minutes must be 1..1440, got a huge number"),
    (lambda: format_period(Decimal("1" * 5000)), "period"),
    (lambda: format_date(datetime(2014, 1, 1)), "date"),
    (lambda: format_date("01.01.2014"), "date"),  # type: ignore[arg-type]
    (lambda: format_datetime(datetime(2010, 1, 1, tzinfo=MSK)), "naive"),
    (lambda: format_datetime(datetime(2010, 1, 1, 0, 0, 0, 5)), "microseconds"),
    (lambda: format_datetime(date(2010, 1, 1)), "datetime"),  # type: ignore[arg-type]
    (lambda: format_short_datetime(datetime(1999, 1, 1)), "callback time: year"),
    (lambda: format_short_datetime(datetime(2010, 1, 1, tzinfo=MSK)), "naive"),
    (lambda: format_message_id(0), "id"),
    (lambda: format_message_id(2_147_483_648), "id"),
    (lambda: format_message_id(True), "id"),
    (lambda: format_message_id(""), "id"),
    (lambda: format_message_id("x" * 41), "id"),
    (lambda: format_message_id("a b"), "id"),
    (lambda: format_message_id("123"), "pass an int"),
]


@pytest.mark.parametrize(("call", "match"), BAD_LOCAL)
def test_bad_local(call: Callable[[], object], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        call()


# 5. Hypothesis laws.
def _roundtrip(codec: str, value: object) -> None:
    parse, format_ = CODECS[codec]
    text = format_(value)
    parsed = parse(text)
    assert parsed == value
    assert type(parsed) is type(value)
    assert format_(parsed) == text


@given(send_times())
def test_send_time_roundtrip(value: object) -> None:
    _roundtrip("time", value)


@given(tz_offsets())
def test_tz_roundtrip(value: int) -> None:
    _roundtrip("tz", value)


@given(valids())
def test_valid_roundtrip(value: Valid) -> None:
    _roundtrip("valid", value)


@given(periods())
def test_period_roundtrip(value: Decimal) -> None:
    _roundtrip("period", value)


@given(freqs())
def test_freq_roundtrip(value: int) -> None:
    _roundtrip("freq", value)


@given(wire_dates())
def test_date_roundtrip(value: date) -> None:
    _roundtrip("date", value)


@given(wire_datetimes())
def test_datetime_roundtrip(value: datetime) -> None:
    _roundtrip("datetime", value)


@given(short_datetimes())
def test_short_datetime_roundtrip(value: datetime) -> None:
    _roundtrip("callback time", value)


@given(message_ids())
def test_message_id_roundtrip(value: int | str) -> None:
    _roundtrip("id", value)


def check_invariant(text: str) -> None:
    """Each parser returns a value that formats and re-parses to itself, or raises."""
    for parse, format_ in CODECS.values():
        try:
            value = parse(text)
        except RemoteProtocolError:
            continue
        again = parse(format_(value))
        assert again == value
        assert type(again) is type(value)


def test_every_ten_digit_string_starting_with_zero_is_decided() -> None:
    # INC-65: sample the whole 0xxxxxxxxx space coarsely; each string is either a date or
    # a timestamp (or refused), and formatting never produces a string read differently.
    for n in range(0, 10**9, 7_919_111):
        check_invariant(f"0{n:09d}")


@given(st.text())
def test_any_text(text: str) -> None:
    check_invariant(text)


_PIECES = st.sampled_from(
    ["0", "1", "2", "9", "12", "24", "29", "31", "99", ".", ":", " ", "+", "-", "_", "a", "٣"]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_grammar_biased_text(text: str) -> None:
    check_invariant(text)


@given(
    st.builds(
        "{:02d}{:02d}{:02d}{:02d}{:02d}".format,
        *(st.integers(0, 99) for _ in range(5)),
    )
)
def test_ten_digit_text(text: str) -> None:
    check_invariant(text)
    check_invariant("0" + text[1:])


CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_time"


def test_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for seed in seeds:
        check_invariant(seed.read_bytes().decode("utf-8", "surrogatepass"))
