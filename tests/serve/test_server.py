"""The server's life and its HTTP: start, stop with requests in flight, refusals, arguments."""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from transports.serve import ServedGateway, Server

from .conftest import (
    PASSWORD,
    ServeTestDelivery,
    ServeTestFaults,
    ServeTestGateway,
    client,
    session_for,
    wait_for,
)

Served = Server[ServeTestDelivery, ServeTestFaults]

# The test gateway is a ServedGateway: mypy checks this assignment.
_CHECK: ServedGateway[ServeTestDelivery, ServeTestFaults] = ServeTestGateway()


@pytest.fixture
def gateway() -> ServeTestGateway:
    return ServeTestGateway(accounts={"alex": PASSWORD})


@pytest.fixture
def server(gateway: ServeTestGateway) -> Iterator[Served]:
    with Server(gateway) as served:
        yield served


def raw(host: str, data: bytes) -> bytes:
    """Send ``data`` on a fresh connection; everything the server writes back."""
    address, _, port = host.rpartition(":")
    with socket.create_connection((address, int(port)), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


# -- HTTP refusals ----------------------------------------------------------------------------

REFUSED = [
    # Not part of the API: the gateway's 404.
    (b"GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"404 Not Found"),
    # A method the API does not take.
    (b"PUT /sys/balance.php HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"405"),
    (b"DELETE /sys/send.php HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"405"),
    # A body over the limit is not read.
    (
        b"POST /sys/send.php HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n",
        b"413",
    ),
    # No Content-Length the server can trust.
    (b"POST /sys/send.php HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n", b"400"),
    (
        b"POST /sys/send.php HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"400",
    ),
]


@pytest.mark.parametrize(("data", "status"), REFUSED)
def test_http_refusals(server: Served, data: bytes, status: bytes) -> None:
    reply = raw(server.host, data)
    assert reply.startswith(b"HTTP/1.1 " + status)
    # None of them is a gateway request: no fault plan is used.
    assert server.requests == 0


def test_a_body_shorter_than_its_length_is_400(server: Served) -> None:
    address, _, port = server.host.rpartition(":")
    with socket.create_connection((address, int(port)), timeout=5) as sock:
        sock.sendall(b"POST /sys/send.php HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        sock.shutdown(socket.SHUT_WR)
        reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 400")


def test_keep_alive_serves_several_requests_on_one_connection(server: Served) -> None:
    address, _, port = server.host.rpartition(":")
    url = session_for(server.host).prepare(c.Balance(), method="GET").url
    target = url.removeprefix(server.url)
    conn = http.client.HTTPConnection(address, int(port), timeout=5)
    try:
        for _ in range(3):
            conn.request("GET", target)
            reply = conn.getresponse()
            assert reply.status == 200
            reply.read()
            assert reply.getheader("Connection") is None
    finally:
        conn.close()
    assert server.requests == 3


def test_a_faults_bug_is_a_500_and_logged(
    server: Served, gateway: ServeTestGateway, caplog: pytest.LogCaptureFixture
) -> None:
    @dataclass(frozen=True)
    class Broken(ServeTestFaults):
        def plan(self, index: int, *, script: str) -> Any:
            return type("Plan", (), {"latency": 0.0, "action": "explode", "http_status": 0})()

    gateway.set_faults(Broken())
    with caplog.at_level(logging.ERROR, logger="transports.serve"):
        reply = raw(server.host, b"GET /sys/balance.php?fmt=3 HTTP/1.1\r\nHost: x\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 500")
    assert "serving GET /sys/balance.php failed" in caplog.text
    assert "plan.action: must be answer" in caplog.text


# -- stopping ------------------------------------------------------------------------------


def test_stop_answers_a_request_in_flight_and_cuts_its_latency(gateway: ServeTestGateway) -> None:
    server = Server(gateway).start()
    gateway.set_faults(ServeTestFaults(latency=30))
    address, _, port = server.host.rpartition(":")
    conn = http.client.HTTPConnection(address, int(port), timeout=10)
    got: list[http.client.HTTPResponse] = []
    body: list[bytes] = []

    def ask() -> None:
        conn.request("GET", "/sys/balance.php?login=alex&psw=x&fmt=3")
        reply = conn.getresponse()
        body.append(reply.read())
        got.append(reply)

    asking = threading.Thread(target=ask)
    asking.start()
    assert wait_for(lambda: server.requests == 1)
    started = time.monotonic()
    server.stop()
    asking.join()
    conn.close()
    assert time.monotonic() - started < 5
    # Answered by the gateway (error 2: a wrong password), and told the connection closes.
    assert got[0].status == 200
    assert body[0] == b'{"error":"Invalid username or password.","error_code":2}'
    assert got[0].getheader("Connection") == "close"


@pytest.mark.parametrize("adapter", ["requests", "urllib3"])
def test_an_idle_keep_alive_connection_does_not_hold_the_stop(
    gateway: ServeTestGateway, adapter: str
) -> None:
    server = Server(gateway, idle_timeout=60).start()
    with client(adapter, session_for(server.host)) as cl:
        assert isinstance(cl.call(c.Balance()), r.BalanceReply)
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 2
        # The server is gone: the pooled connection is not reused, nothing listens.
        with pytest.raises(sp.TransportError, match="connect"):
            cl.call(c.Balance())


def test_a_port_in_use_is_an_oserror(gateway: ServeTestGateway) -> None:
    with Server(gateway) as first:
        second = Server(gateway, port=first.port)
        with pytest.raises(OSError, match="Address already in use"):
            second.start()
        # Nothing was started: stopping it is a no-op.
        assert second.stop().delivered == 0


def test_start_twice_is_refused(server: Served) -> None:
    with pytest.raises(sp.LocalProtocolError, match="start: the server is serving"):
        server.start()


def test_where_it_is(server: Served) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert server.host == f"127.0.0.1:{server.port}"
    assert server.backup_host is None
    assert repr(server) == f"Server(http://127.0.0.1:{server.port}, serving, admin=False)"


# -- arguments --------------------------------------------------------------------------------

BAD_ARGUMENTS: list[tuple[dict[str, Any], str]] = [
    ({"host": ""}, "host: must be a non-empty address"),
    ({"port": -1}, "port: must be a port number 0..65535"),
    ({"port": 65536}, "port: must be a port number"),
    ({"port": True}, "port: must be a port number"),
    ({"backup_port": 70000}, "backup_port: must be a port number"),
    ({"tick": 0}, "tick: must be a finite number of seconds > 0"),
    ({"callback_timeout": float("nan")}, "callback_timeout: must be a finite number"),
    ({"drain_timeout": -1}, "drain_timeout: must be a finite number"),
    ({"idle_timeout": "1"}, "idle_timeout: must be a finite number"),
    ({"max_body": -1}, "max_body: must be an int >= 0"),
]


@pytest.mark.parametrize(("kwargs", "message"), BAD_ARGUMENTS)
def test_bad_arguments(gateway: ServeTestGateway, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(sp.LocalProtocolError) as caught:
        Server(gateway, **kwargs)
    assert str(caught.value).startswith(message)
