"""Fuzz the status ``flag`` and message ``type`` parsers.

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import (
        format_message_type,
        format_status_flag,
        parse_message_type,
        parse_status_flag,
    )


def test_one_input(data: bytes) -> None:
    """Check both parsers on ``data`` decoded as utf-8 (lone surrogates kept)."""
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    try:
        flag = parse_status_flag(text)
    except RemoteProtocolError:
        pass
    else:
        if parse_status_flag(format_status_flag(flag)) != flag:
            raise AssertionError(f"flag does not round-trip {text!r}")
    try:
        kind = parse_message_type(text)
    except RemoteProtocolError:
        pass
    else:
        if parse_message_type(format_message_type(kind)) != kind:
            raise AssertionError(f"type does not round-trip {text!r}")


def main() -> None:
    """Run the harness: ``python fuzz/fuzz_flags.py fuzz/corpus/fuzz_flags``."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
