"""Fuzz the voice-menu (IVR) value parsers: ``parse_ivr`` and ``parse_ivr_action``.

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import format_ivr, format_ivr_action, parse_ivr, parse_ivr_action


def _check_menu(text: str) -> None:
    try:
        menu = parse_ivr(text)
    except RemoteProtocolError:
        return
    again = format_ivr(menu)
    if parse_ivr(again) != menu:
        raise AssertionError(f"menu does not round-trip: {text!r} -> {again!r}")
    if format_ivr(parse_ivr(again)) != again:
        raise AssertionError(f"canonical form is not stable: {again!r}")


def _check_action(text: str) -> None:
    try:
        action = parse_ivr_action(text)
    except RemoteProtocolError:
        return
    if parse_ivr_action(format_ivr_action(action)) != action:
        raise AssertionError(f"action does not round-trip: {text!r}")


def test_one_input(data: bytes) -> None:
    # Invalid UTF-8 becomes lone surrogates: odd but legal str input for the parsers.
    text = data.decode("utf-8", "surrogateescape")
    _check_menu(text)
    _check_action(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
