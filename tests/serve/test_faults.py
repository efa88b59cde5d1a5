"""Each transport fault, on real sockets, as the project's own clients see it.

One table: the fault the n-th request meets, the command, and what the client must
report -- a reply, a reconciled send (exactly one message recorded), a
``TransportError`` / ``HttpStatusError`` for a read, an ``OutcomeUnknownError`` for a
send the gateway never saw. Both blocking clients (requests, urllib3) run every row.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from transports.serve import Server

from .conftest import (
    ADAPTERS,
    PASSWORD,
    ServeTestDelivery,
    ServeTestFaults,
    ServeTestGateway,
    client,
    send_command,
    session_for,
    wait_for,
)

Served = Server[ServeTestDelivery, ServeTestFaults]


@pytest.fixture
def gateway() -> ServeTestGateway:
    return ServeTestGateway(accounts={"alex": PASSWORD})


@pytest.fixture
def server(gateway: ServeTestGateway) -> Iterator[Served]:
    with Server(gateway, backup_port=0) as served:
        yield served


def call(adapter: str, session: sp.Session, command: c.Command[Any], timeout: float = 2.0) -> Any:
    with client(adapter, session, timeout) as cl:
        return cl.call(command)


# (action of the first request, "balance" or "send", expected outcome, messages recorded)
# outcome: "reply", "reconciled", or the exception class the client raises.
CASES = [
    ("answer", "balance", "reply", 0),
    ("answer", "send", "reply", 1),
    # The gateway is not asked: a read has no other host; a send was never made.
    ("http_error", "balance", sp.HttpStatusError, 0),
    ("http_error", "send", sp.OutcomeUnknownError, 0),
    ("reset", "balance", sp.TransportError, 0),
    ("reset", "send", sp.OutcomeUnknownError, 0),
    # The gateway answered, the reply was cut: a send happened, status.php finds it.
    ("truncate", "balance", sp.TransportError, 0),
    ("truncate", "send", "reconciled", 1),
    # "Commit the send, then lose the reply": reconciled, exactly one send recorded.
    ("lose_reply", "send", "reconciled", 1),
]


@pytest.mark.parametrize("adapter", ADAPTERS)
@pytest.mark.parametrize(("action", "what", "outcome", "recorded"), CASES)
def test_each_fault_as_the_client_sees_it(
    *,
    adapter: str,
    gateway: ServeTestGateway,
    server: Served,
    action: str,
    what: str,
    outcome: object,
    recorded: int,
) -> None:
    server.set_faults(ServeTestFaults(script=(action,), http_status=503))
    command: c.Command[Any] = c.Balance() if what == "balance" else send_command()
    session = session_for(server.host)
    if isinstance(outcome, type):
        with pytest.raises(outcome) as caught:
            call(adapter, session, command)
        error = caught.value
        if isinstance(error, sp.HttpStatusError):
            assert error.status == 503
        elif isinstance(error, sp.TransportError):
            # A reset or a cut reply: the request may have arrived (lost), not refused.
            assert error.attempts[0].startswith(f"{server.host}: lost: ")
        else:
            assert isinstance(error, sp.OutcomeUnknownError)
            assert "status.php does not know the message" in str(error)
        assert PASSWORD not in str(error)
    else:
        result = call(adapter, session, command)
        expected = r.BalanceReply if what == "balance" else r.SendReply
        assert isinstance(result, expected)
    assert len(gateway.messages()) == recorded
    # The send (and its status.php reconciliation, when there is one) used the plans.
    assert server.requests == (2 if outcome in ("reconciled", sp.OutcomeUnknownError) else 1)


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_reset_is_a_tcp_reset(adapter: str, server: Served) -> None:
    server.set_faults(ServeTestFaults(script=("reset",)))
    with pytest.raises(sp.TransportError) as caught:
        call(adapter, session_for(server.host), c.Balance())
    assert "Connection reset by peer" in caught.value.attempts[0]


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_truncate_sends_half_the_body(adapter: str, server: Served) -> None:
    server.set_faults(ServeTestFaults(script=("truncate",)))
    with pytest.raises(sp.TransportError) as caught:
        call(adapter, session_for(server.host), c.Balance())
    assert "IncompleteRead" in caught.value.attempts[0]


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_http_error_status_is_the_plans(adapter: str, server: Served) -> None:
    server.set_faults(ServeTestFaults(script=("http_error",), http_status=502))
    with pytest.raises(sp.HttpStatusError) as caught:
        call(adapter, session_for(server.host), c.Balance())
    assert caught.value.status == 502


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_latency_past_the_client_timeout_is_a_lost_reply(adapter: str, server: Served) -> None:
    server.set_faults(ServeTestFaults(latency=0.6))
    with pytest.raises(sp.TransportError) as caught:
        call(adapter, session_for(server.host), c.Balance(), timeout=0.2)
    assert caught.value.attempts[0].startswith(f"{server.host}: lost: ")
    assert "timed out" in caught.value.attempts[0].lower()


def test_latency_within_the_timeout_delays_the_reply(server: Served) -> None:
    server.set_faults(ServeTestFaults(latency=0.3))
    started = time.monotonic()
    result = call("requests", session_for(server.host), c.Balance())
    assert isinstance(result, r.BalanceReply)
    assert time.monotonic() - started >= 0.3


def test_seeded_faults_are_reproducible(gateway: ServeTestGateway) -> None:
    """The same seed gives the same faults to the same requests, run after run."""

    def run() -> list[str]:
        fresh = ServeTestGateway(accounts={"alex": PASSWORD})
        fresh.set_faults(ServeTestFaults(seed=7, reset=0.3, http_error=0.3))
        outcomes = []
        with Server(fresh) as served, client("requests", session_for(served.host)) as cl:
            for _ in range(12):
                try:
                    cl.call(c.Balance())
                    outcomes.append("ok")
                except sp.HttpStatusError:
                    outcomes.append("http_error")
                except sp.TransportError:
                    outcomes.append("reset")
        return outcomes

    first = run()
    assert first == run()
    assert {"ok", "http_error", "reset"} <= set(first)


# -- the backup host ---------------------------------------------------------------------


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_a_read_fails_over_to_the_backup_host(adapter: str, server: Served) -> None:
    assert server.backup_host is not None
    server.set_faults(ServeTestFaults(script=("reset", "answer")))
    session = session_for(server.host, server.backup_host)
    result = call(adapter, session, c.Balance())
    assert isinstance(result, r.BalanceReply)
    assert server.requests == 2


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_a_backup_host_that_is_down_refuses_connections(adapter: str, server: Served) -> None:
    assert server.backup_host is not None
    server.set_faults(ServeTestFaults(script=("reset",), backup_down=True))
    session = session_for(server.host, server.backup_host)
    with pytest.raises(sp.TransportError) as caught:
        call(adapter, session, c.Balance())
    first, second = caught.value.attempts
    assert first.startswith(f"{server.host}: lost: ")
    # Refused: the connection was never made, so the request cannot have left.
    assert second.startswith(f"{server.backup_host}: connect: ")
    assert "refused" in second.lower()
    assert server.requests == 1


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_the_backup_host_comes_back_up_on_its_port(adapter: str, server: Served) -> None:
    assert server.backup_host is not None
    backup_only = session_for(server.backup_host)
    server.set_faults(ServeTestFaults(backup_down=True))
    with pytest.raises(sp.TransportError, match="connect"):
        call(adapter, backup_only, c.Balance())
    server.set_faults(ServeTestFaults(backup_down=False))
    assert isinstance(call(adapter, backup_only, c.Balance()), r.BalanceReply)


def test_faults_set_on_the_gateway_reach_the_backup_host_at_the_next_tick(
    gateway: ServeTestGateway, server: Served
) -> None:
    assert server.backup_host is not None
    gateway.set_faults(ServeTestFaults(backup_down=True))
    session = session_for(server.backup_host)
    port = int(server.backup_host.rpartition(":")[2])

    def refused() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        except ConnectionRefusedError:
            return True
        except OSError:
            # A connect that timed out on a loaded machine: not refused yet, ask again.
            return False
        return False

    # Answered until the courier's next tick (50 ms) takes the backup host down.
    assert wait_for(refused)
    with pytest.raises(sp.TransportError) as caught:
        call("requests", session, c.Balance(), timeout=0.5)
    assert caught.value.attempts[0].startswith(f"{server.backup_host}: connect: ")


def test_a_send_refused_by_the_main_host_goes_to_the_backup(gateway: ServeTestGateway) -> None:
    """Refused means not sent: a send may go on to the backup host, and is made once."""
    with Server(gateway, backup_port=0) as served:
        assert served.backup_host is not None
        backup = served.backup_host
        main = served.host
    # The first server is gone (its main port refuses); a second serves the backup port.
    backup_port = int(backup.rpartition(":")[2])
    with Server(gateway, port=backup_port) as again:
        result = call("requests", session_for(main, again.host), send_command())
    assert isinstance(result, r.SendReply)
    assert len(gateway.messages()) == 1
