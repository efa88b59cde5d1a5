"""Fuzz the time value parsers (time, tz, valid, period, freq, dates, message id).

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import (
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

CODECS: list[tuple[Callable[[str], Any], Callable[[Any], str]]] = [
    (parse_send_time, format_send_time),
    (parse_tz, format_tz),
    (parse_valid, format_valid),
    (parse_period, format_period),
    (parse_freq, format_freq),
    (parse_date, format_date),
    (parse_datetime, format_datetime),
    (parse_short_datetime, format_short_datetime),
    (parse_message_id, format_message_id),
]


def test_one_input(data: bytes) -> None:
    """Apply every parser to ``data`` decoded as UTF-8 (lone surrogates kept)."""
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return
    for parse, format_ in CODECS:
        try:
            value = parse(text)
        except RemoteProtocolError:
            continue
        again = parse(format_(value))
        if again != value or type(again) is not type(value):
            raise AssertionError(f"round trip changed {text!r}: {value!r} -> {again!r}")


def main() -> None:
    """Run the fuzzer (``python fuzz/fuzz_time.py fuzz/corpus/fuzz_time``)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
