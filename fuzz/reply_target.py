"""The shared target of the reply harnesses ``fuzz_response_fmt{0,1,2,3}.py``.

Invariant: for any body, ``decode_response`` returns a model (or a list of them) or
raises ``RemoteProtocolError`` or ``GatewayError``. A decoded model re-encodes in the same
fmt to a body that decodes to the same model; a GatewayError re-encodes (where its code
may carry it) to an error reply that decodes to the same code and id. Anything else is a
bug.

The first input byte picks the command (the commands whose replies are modelled, in
``COMMANDS`` order, times the three charsets); the rest is the body. The seeds of
``fuzz/corpus/fuzz_response_fmt<N>/`` are named after their selector byte: ``reply_NN``
(selector ``NN``: command ``NN % len(COMMANDS)`` in charset ``NN // len(COMMANDS)``) and
``error_NN`` (numbered on after the replies); adding a command renumbers them.
"""

from __future__ import annotations

import dataclasses

from smsc_proto import GatewayError, LocalProtocolError, RemoteProtocolError
from smsc_proto import decode_response as _decode
from smsc_proto import encode_error as _encode_error
from smsc_proto import encode_response as _encode
from smsc_proto.commands import Balance, Command, Send
from smsc_proto.values import parse_phone_list

_ONE = parse_phone_list("79999999999")
COMMANDS: list[Command] = [
    Balance(),
    Balance(cur=True),
    *(Send(phones=_ONE, mes="x", cost=cost) for cost in (0, 1, 2, 3)),
    # op=1: the normal reply and one record per recipient (lines 295-313).
    *(Send(phones=_ONE, mes="x", cost=cost, op=True) for cost in (0, 1, 2, 3)),
]
CHARSETS = ("windows-1251", "koi8-r", "utf-8")


def pick(fmt: int, selector: int) -> Command:
    """The command the selector byte names, with ``fmt`` and a charset."""
    command = COMMANDS[selector % len(COMMANDS)]
    charset = CHARSETS[(selector // len(COMMANDS)) % len(CHARSETS)]
    return dataclasses.replace(command, fmt=fmt, charset=charset)


def check(fmt: int, data: bytes) -> None:
    """Run the invariant on one input."""
    if not data:
        return
    command = pick(fmt, data[0])
    body = data[1:]
    try:
        reply = _decode(command, body)
    except GatewayError as error:
        try:
            again_body = _encode_error(command, error)
        except LocalProtocolError:
            return  # an id for a code whose replies carry none, a two-line text...
        _check_error(command, error, again_body)
        return
    except RemoteProtocolError:
        return
    try:
        written = _encode(command, reply)
    except LocalProtocolError:
        return  # a value the server may send but the strict encoder does not write
    if _decode(command, written) != reply:
        raise AssertionError(f"round trip changed {body!r} -> {written!r}")


def _check_error(command: Command, error: GatewayError, body: bytes) -> None:
    try:
        _decode(command, body)
    except GatewayError as again:
        if (again.code, again.id) != (error.code, error.id):
            raise AssertionError(f"error changed: {error!r} -> {again!r}") from None
        return
    raise AssertionError(f"error reply {body!r} decoded as a reply")
