"""The shared target of the reply harnesses ``fuzz_response_fmt{0,1,2,3}.py``.

Invariant: for any body, ``decode_response`` returns a model (or a list of them) or
raises ``RemoteProtocolError`` or ``GatewayError`` (or, before reading the body, the
documented ``LocalProtocolError`` of a reply that is not modelled yet). A decoded model
re-encodes in the same fmt to a body that decodes to the same model; a GatewayError
re-encodes (where its code may carry it) to an error reply that decodes to the same code
and id. Anything else is a bug.

Input: byte 0 picks the command (``COMMANDS[b % len(COMMANDS)]``), byte 1 the charset,
the rest is the body. ``COMMANDS`` are the spec's example requests of every script (the
``spec_*`` seeds of ``fuzz/corpus/fuzz_command``, decoded once at start) after a few
written here, then the reply tests' commands (``reply_commands.txt``); seeds are named
``reply_NN`` / ``error_NN``, and ``case_<script>_NNN`` for the reply tests' rows
(written by ``make_reply_seeds.py``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from smsc_proto import GatewayError, LocalProtocolError, RemoteProtocolError, Request, parse_command
from smsc_proto import decode_response as _decode
from smsc_proto import encode_error as _encode_error
from smsc_proto import encode_response as _encode
from smsc_proto.commands import Balance, Command, Send
from smsc_proto.values import parse_phone_list

_ONE = parse_phone_list("79999999999")
_COMMAND_SEEDS = Path(__file__).resolve().parent / "corpus" / "fuzz_command"
#: The scripts in the order the command seeds' first byte names them (fuzz_command.py
#: and the seed tests use this tuple too).
SCRIPTS = (
    "send.php",
    "rest/send/",
    "templates.php",
    "op_templates.php",
    "ping.php",
    "jobs.php",
    "status.php",
    "balance.php",
    "phones.php",
    "mails.php",
    "users.php",
    "documents.php",
    "senders.php",
    "get.php",
    "info.php",
    "tinyurls.php",
    "receive_phones.php",
    "wait_call.php",
    "imgcode.php",
)


def _spec_commands() -> list[Command]:
    out = []
    for seed in sorted(_COMMAND_SEEDS.glob("spec_*")):
        data = seed.read_bytes()
        script = SCRIPTS[data[0] % len(SCRIPTS)]
        request = Request.from_url(b"/sys/" + script.encode() + b"?" + data[1:])
        # Credentials and fmt do not shape a reply; the harness sets fmt and charset.
        out.append(dataclasses.replace(parse_command(request), credentials=None, fmt=None))
    return out


def _table_commands() -> list[Command]:
    # The reply tests' commands (every reply shape of every script), written by
    # make_reply_seeds.py as "script?query" lines.
    path = Path(__file__).resolve().parent / "reply_commands.txt"
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return [parse_command(Request.from_url("/sys/" + line)) for line in lines]


COMMANDS: list[Command] = [
    Balance(),
    Balance(cur=True),
    *(Send(phones=_ONE, mes="x", cost=cost) for cost in (0, 1, 2, 3)),
    # op=1: the normal reply and one record per recipient (lines 295-313).
    *(Send(phones=_ONE, mes="x", cost=cost, op=True) for cost in (0, 1, 2, 3)),
    *_spec_commands(),
    *_table_commands(),
]
CHARSETS = ("windows-1251", "koi8-r", "utf-8")


def pick(fmt: int, data: bytes) -> Command:
    """The command and charset the first two bytes name, with ``fmt``."""
    command = COMMANDS[data[0] % len(COMMANDS)]
    charset = CHARSETS[data[1] % len(CHARSETS)]
    return dataclasses.replace(command, fmt=fmt, charset=charset)


def check(fmt: int, data: bytes) -> None:
    """Run the invariant on one input."""
    if len(data) < 2:
        return
    try:
        command = pick(fmt, data)
    except LocalProtocolError:
        return  # a command whose parameters need another fmt (senders files=1...)
    body = data[2:]
    try:
        reply = _decode(command, body)
    except LocalProtocolError as exc:
        if "not modelled" in str(exc) or "documents" in str(exc):
            return  # refused before the body is read, as documented
        raise
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
