"""Any sequence of replies and failures, for any command: an Exchange ends in a value or
a documented error, in a bounded number of requests, and never sends twice what sends
or spends unless the earlier attempt certainly did not leave (a refused connection).
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any
from urllib.parse import urlsplit

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import Command
from smsc_proto.strategies import any_commands

HOSTS = ("main.example:8000", "backup1.example", "backup2.example")
Event = sp.Failure | sp.HttpResponse

EVENTS: st.SearchStrategy[Event] = st.one_of(
    st.sampled_from([sp.Failure.CONNECT, sp.Failure.LOST]),
    st.builds(
        sp.HttpResponse,
        status=st.sampled_from([200, 200, 200, 404, 500, 503]),
        body=st.one_of(
            st.binary(max_size=60),
            st.sampled_from(
                [b"OK - 1 SMS, ID - 5", b"1,1", b'{"id": 5, "cnt": 1}', b"0,-9", b"Status = 1"]
            ),
        ),
    ),
)


def _script(request: sp.HttpRequest) -> str:
    return urlsplit(request.url).path.removeprefix("/sys/")


@settings(max_examples=300, deadline=None)
@given(any_commands(), st.lists(EVENTS, max_size=12))
def test_any_events_end_in_a_value_or_a_documented_error(
    command: Command, events: list[Event]
) -> None:
    session = sp.Session("alex", "canary-pw", host=HOSTS[0], backup_hosts=HOSTS[1:])
    # The session holds the credentials: a command must not bring its own.
    command = dataclasses.replace(command, credentials=None)
    try:
        exchange = session.start(command)
    except sp.LocalProtocolError:
        assume(False)  # a command the session cannot prepare (an unencodable text...)
        return
    sent: list[tuple[sp.HttpRequest, Event]] = []
    queue = list(events)
    while (request := exchange.next_request()) is not None:
        assert len(sent) < 2 * len(HOSTS) + 2, "an exchange must not loop"
        event = queue.pop(0) if queue else sp.Failure.CONNECT
        sent.append((request, event))
        if isinstance(event, sp.Failure):
            exchange.fail(event, "test failure")
        else:
            exchange.receive(event)
    result: Any = None
    with contextlib.suppress(sp.SmscProtoError):
        result = exchange.result()
    assert "canary-pw" not in repr(result)
    # Never twice: a request of the command's own script is repeated only after a
    # refused connection (nothing left). status.php lookups of a send are reads.
    if exchange.kind is not sp.CallKind.READ:
        own = [(r, e) for r, e in sent if _script(r) == command.SCRIPT]
        for _request, event in own[:-1]:
            assert event is sp.Failure.CONNECT, [(_script(r), e) for r, e in sent]
