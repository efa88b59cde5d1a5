"""The target of ``fuzz_reply_fastpath.py``: the fast path reads every body as the exact decoder.

Invariant (issue 10): for any body, :func:`smsc_proto.decode_response` (the generated
fast readers, falling back per record to the exact decoder) and
``smsc_proto._replies.decode_exact`` (every value through its codec) return values
that are equal, of the same types all the way down and with the same ``repr`` -- or both
raise the same documented exception class (``GatewayError`` with the same code and id,
``RemoteProtocolError``, ``LocalProtocolError``). A difference, or any other exception
from either, is a bug.

Input: byte 0 picks the command (``reply_target.COMMANDS[b % len(COMMANDS)]``: the
spec's example request of every script and every command of the reply tests,
``reply_commands.txt``), byte 1 the charset (``b % 3``) and the fmt (``b // 3 % 4``), the
rest is the body. The seeds ``fuzz/corpus/fuzz_reply_fastpath/`` are the four
``fuzz_response_fmt<N>`` corpora with byte 1 rewritten for their fmt (written by
``python fuzz/make_reply_seeds.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import reply_target

from smsc_proto import GatewayError, LocalProtocolError, RemoteProtocolError
from smsc_proto import decode_response as _fast
from smsc_proto._replies import decode_exact as _exact
from smsc_proto.commands import Command


def seed_byte(fmt: int, charset_index: int) -> int:
    """Byte 1 of an input for ``fmt`` and the charset ``CHARSETS[charset_index]``."""
    return charset_index + 3 * fmt


def pick(data: bytes) -> Command:
    """The command the first two bytes name, with its fmt and charset."""
    command = reply_target.COMMANDS[data[0] % len(reply_target.COMMANDS)]
    charset = reply_target.CHARSETS[data[1] % 3]
    return dataclasses.replace(command, fmt=data[1] // 3 % 4, charset=charset)


def outcome(read: Callable[[Command, bytes], Any], command: Command, body: bytes) -> object:
    """What ``read`` makes of ``body``: its value, or its documented error's class."""
    try:
        return ("value", read(command, body))
    except GatewayError as error:
        return ("error", type(error), error.code, error.id)
    except (RemoteProtocolError, LocalProtocolError) as error:
        return ("error", type(error))


def same(a: object, b: object) -> bool:
    """Equal, of the same types all the way down, and with the same ``repr``."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        fields = dataclasses.fields(a)
        return all(same(getattr(a, f.name), getattr(b, f.name)) for f in fields) and (
            repr(a) == repr(b)
        )
    if isinstance(a, list | tuple):
        assert isinstance(b, list | tuple)
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and repr(a) == repr(b)


def check(data: bytes) -> None:
    """Run the invariant on one input."""
    if len(data) < 2:
        return
    try:
        command = pick(data)
    except LocalProtocolError:
        return  # a command whose parameters need another fmt (senders files=1...)
    body = data[2:]
    fast = outcome(_fast, command, body)
    exact = outcome(_exact, command, body)
    if not same(fast, exact):
        raise AssertionError(f"{command!r} {body!r}:\n fast:  {fast!r}\n exact: {exact!r}")
