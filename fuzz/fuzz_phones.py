"""Fuzz the phones value parsers (phones lists, list, fmts, incoming login prefix).

Invariant: for any input, each parser returns a value (which formats and re-parses to the
same value) or raises RemoteProtocolError. Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError
    from smsc_proto.values import (
        format_incoming_prefix,
        format_list,
        format_phone_code_filter,
        format_phone_list,
        format_recipient,
        parse_incoming_prefix,
        parse_list,
        parse_phone_code_filter,
        parse_phone_list,
        parse_recipient,
    )


def _check(text: str) -> None:
    try:
        recipient = parse_recipient(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_recipient(format_recipient(recipient)) == recipient

    try:
        phones = parse_phone_list(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_phone_list(format_phone_list(phones)) == phones

    try:
        codes = parse_phone_code_filter(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_phone_code_filter(format_phone_code_filter(codes)) == codes

    try:
        prefix = parse_incoming_prefix(text)
    except RemoteProtocolError:
        pass
    else:
        assert parse_incoming_prefix(format_incoming_prefix(prefix)) == prefix

    for nl in (False, True):
        try:
            entries = parse_list(text, nl=nl)
        except RemoteProtocolError:
            continue
        assert parse_list(format_list(entries, nl=nl), nl=nl) == entries


def test_one_input(data: bytes) -> None:
    """Run every parser of the module on ``data`` decoded as UTF-8 (surrogates allowed)."""
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return
    _check(text)


def main() -> None:
    """Start the fuzzer (``python fuzz/fuzz_phones.py fuzz/corpus/fuzz_phones``)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
