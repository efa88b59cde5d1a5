"""Fuzz the binary-message value parsers (comments, bin=1/2, pid/dcs trailer, WAP push).

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
        format_binary,
        format_commented_message,
        format_pid_dcs_trailer,
        format_wap_push,
        parse_binary,
        parse_commented_message,
        parse_pid_dcs_trailer,
        parse_wap_push,
    )


def _parse_raw(text: str) -> Any:
    return parse_binary(text, bin=1)


def _format_raw(value: Any) -> str:
    return format_binary(value, bin=1)


def _parse_hex(text: str) -> Any:
    return parse_binary(text, bin=2)


def _format_hex(value: Any) -> str:
    return format_binary(value, bin=2)


PAIRS: list[tuple[Callable[[str], Any], Callable[[Any], str]]] = [
    (parse_commented_message, format_commented_message),
    (parse_pid_dcs_trailer, format_pid_dcs_trailer),
    (parse_wap_push, format_wap_push),
    (_parse_raw, _format_raw),
    (_parse_hex, _format_hex),
]


def _check(parse: Callable[[str], Any], format_: Callable[[Any], str], text: str) -> None:
    try:
        value = parse(text)
    except RemoteProtocolError:
        return
    again = format_(value)
    if parse(again) != value:
        raise AssertionError(f"round trip changed {text!r} -> {again!r}")


def test_one_input(data: bytes) -> None:
    # Text parsers see the bytes as UTF-8; bin=1 also sees them as latin-1 (one
    # character per byte, the form the request layer hands over).
    text = data.decode("utf-8", "replace")
    for parse, format_ in PAIRS:
        _check(parse, format_, text)
    _check(_parse_raw, _format_raw, data.decode("latin-1"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
