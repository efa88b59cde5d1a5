"""Fuzz the message macro and message prefix parsers.

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug. The tokenizer and the
prefix splitter never fail, and the tokenizer gives back the exact input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import (
        format_button,
        format_file_macro,
        format_macro,
        format_message_macros,
        format_no_unsub,
        format_placeholder,
        format_prefixed_message,
        parse_button,
        parse_file_macro,
        parse_macro,
        parse_message_macros,
        parse_no_unsub,
        parse_placeholder,
        parse_prefixed_message,
    )

_PAIRS: list[tuple[Callable[[str], Any], Callable[[Any], str]]] = [
    (parse_macro, format_macro),
    (parse_button, format_button),
    (parse_file_macro, format_file_macro),
    (parse_no_unsub, format_no_unsub),
    (parse_placeholder, format_placeholder),
]


def test_one_input(data: bytes) -> None:
    """Check every macro parser on ``data`` decoded as utf-8 (lone surrogates kept)."""
    text = data.decode("utf-8", "surrogatepass") if _is_utf8(data) else data.decode("latin-1")
    for parse, fmt in _PAIRS:
        try:
            value = parse(text)
        except RemoteProtocolError:
            continue
        if fmt(value) != text or parse(fmt(value)) != value:
            raise AssertionError(f"{parse.__name__} does not round-trip {text!r}")
    parts = parse_message_macros(text)
    if format_message_macros(parts) != text:
        raise AssertionError(f"tokenizer lost text {text!r}")
    prefixed = parse_prefixed_message(text)
    if parse_prefixed_message(format_prefixed_message(prefixed)) != prefixed:
        raise AssertionError(f"prefix does not round-trip {text!r}")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def main() -> None:
    """Run the harness: ``python fuzz/fuzz_macros.py fuzz/corpus/fuzz_macros``."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
