"""Fuzz the voice-call value parsers (``voice`` and the call ``param``).

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import (
        format_call_param,
        format_voice,
        parse_call_param,
        parse_voice,
    )


def _check_voice(text: str) -> None:
    try:
        value = parse_voice(text)
    except RemoteProtocolError:
        return
    if parse_voice(format_voice(value)) != value:
        raise AssertionError(f"voice does not round-trip: {text!r}")


def _check_param(text: str) -> None:
    try:
        value = parse_call_param(text)
    except RemoteProtocolError:
        return
    # Parsed values may lie outside the operating ranges; write them as held.
    if parse_call_param(format_call_param(value, strict=False)) != value:
        raise AssertionError(f"param does not round-trip: {text!r}")


def test_one_input(data: bytes) -> None:
    # Invalid UTF-8 becomes lone surrogates: odd but legal str input for the parsers.
    text = data.decode("utf-8", "surrogateescape")
    _check_voice(text)
    _check_param(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
