"""Fuzz the command decoder: parse_command(Request.from_url(...)) for every script.

Invariant: for any input, decoding returns a Command or raises RemoteProtocolError. A
returned command re-encodes to a request that decodes to the same command; the only
refusal allowed on re-encoding is LocalProtocolError for a value the server accepts
but the strict encoder does not emit (a call ``param`` outside the operating range).
Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from reply_target import SCRIPTS

    from smsc_proto import LocalProtocolError, RemoteProtocolError, Request, parse_command


def test_one_input(data: bytes) -> None:
    # Input layout (seed-friendly): one byte picks the script, the rest is the query.
    if not data:
        return
    script = SCRIPTS[data[0] % len(SCRIPTS)]
    try:
        request = Request.from_url(b"/sys/" + script.encode() + b"?" + data[1:])
        command = parse_command(request)
    except RemoteProtocolError:
        return
    try:
        again = command.to_request()
    except LocalProtocolError:
        return
    assert parse_command(again) == command, (request, command)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
