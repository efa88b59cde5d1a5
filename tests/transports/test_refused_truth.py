"""A refused connection's TransportError mentions no retries it never made.

requests wraps urllib3's ``MaxRetryError`` ("Max retries exceeded with url: ...")
around the single attempt its adapter makes; the attempt line names what happened.
"""

from __future__ import annotations

import pytest

import smsc_proto as sp
from smsc_proto import commands as c

from .conftest import ADAPTERS, CANARY, run_calls, session_for


@pytest.mark.parametrize("adapter", ADAPTERS)
@pytest.mark.parametrize("method", ["POST", "GET"])
def test_refused_connection_says_what_happened(adapter: str, method: str, dead_host: str) -> None:
    session = session_for(dead_host, method=method)
    (outcome,) = run_calls(adapter, session, [c.Balance()])
    assert type(outcome) is sp.TransportError
    (line,) = outcome.attempts
    assert line.startswith(f"{dead_host}: connect: ")
    for text in (str(outcome), line):
        assert "retr" not in text.lower(), text
        assert CANARY not in text
