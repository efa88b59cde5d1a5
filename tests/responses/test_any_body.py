"""Any bytes given to decode_response, for any command of any script, in any fmt: a value
or RemoteProtocolError / GatewayError -- nothing else (the issue's decoder contract).

The only LocalProtocolError allowed is the documented refusal of a reply that is not
modelled yet (or documents.php, whose replies have their own functions), raised before
the body is read.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import Command
from smsc_proto.strategies import any_commands

COMMANDS = any_commands()

# Bodies: arbitrary bytes, and text shaped like each format's replies.
_TEXT = st.text(st.sampled_from("0123456789,.-=: ;|\nOKERRID()абв"), max_size=60)
BODIES = st.one_of(
    st.binary(max_size=120),
    _TEXT.map(lambda t: t.encode("utf-8")),
    st.builds(lambda t: f"<result><id>{t}</id></result>".encode(), _TEXT),
    st.builds(
        lambda t: f'{{"id": "{t}", "cnt": 1}}'.encode(), _TEXT.filter(lambda t: '"' not in t)
    ),
)


def _allowed_refusal(exc: sp.LocalProtocolError) -> bool:
    text = str(exc)
    return "not modelled" in text or "documents" in text


@given(COMMANDS, st.sampled_from([0, 1, 2, 3]), BODIES)
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    try:
        cmd = dataclasses.replace(command, fmt=fmt)
    except sp.LocalProtocolError:
        assume(False)  # a command whose parameters need another fmt (files=1...)
        return
    refusal: sp.LocalProtocolError | None = None
    try:
        reply: Any = sp.decode_response(cmd, body)
    except (sp.RemoteProtocolError, sp.GatewayError):
        return
    except sp.LocalProtocolError as exc:
        refusal = exc
    if refusal is not None:
        assert _allowed_refusal(refusal), refusal
        return
    # What decoded can be written back, or is refused with LocalProtocolError only.
    with contextlib.suppress(sp.LocalProtocolError):
        sp.encode_response(cmd, reply)
