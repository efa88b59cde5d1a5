"""The gateway apps behind real servers on 127.0.0.1, called by the project's clients.

One builder's gateway (send.php routed to a backend, balance.php, an account) is served
by the WSGI, aiohttp and ASGI apps in turn; the requests, urllib3 and aiohttp clients
call it in every fmt, by POST and GET. The HTTP-level rules (404 outside the API, 405,
413 over the body limit, the peer address) are checked with plain ``requests`` calls.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from decimal import Decimal
from typing import Any, Literal

import pytest
import requests

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Context, Gateway
from smsc_proto.values import format_phone_list, parse_phone_list
from transports import aiohttp as aiohttp_transport
from transports import asgi, wsgi
from transports.aiohttp import AsyncClient
from transports.requests import Client
from transports.urllib3 import Client as Urllib3Client

from .servers import serve_aiohttp, serve_asgi, serve_wsgi

PSW = "app-psw-5e1d"
MAX_BODY = 4096


class Backend:
    """The builder's own system: it queues messages and keeps a balance."""

    def __init__(self) -> None:
        self.queued: list[tuple[str, str, str | None]] = []
        self.peers: list[str | None] = []

    def queue(self, phones: str, text: str, peer: str | None) -> int:
        self.queued.append((phones, text, peer))
        return len(self.queued)


def build(backend: Backend) -> Gateway[str]:
    def authenticate(credentials: c.Credentials, context: Context[None]) -> str | None:
        return credentials.login if credentials.psw == PSW else None

    gateway = Gateway(authenticate=authenticate)

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[str]) -> r.SendReply:
        phones = command.phones
        assert phones is not None
        number = backend.queue(format_phone_list(phones), command.mes or "", context.peer)
        # cost=2 (the clients' send() asks it): "send and report the cost" (line 128).
        cost = Decimal("1.40") * len(phones.entries) if command.cost == 2 else None
        return r.SendReply(id=number, cnt=len(phones.entries), cost=cost)

    @gateway.handler(c.Balance)
    def balance(command: c.Balance, context: Context[str]) -> r.BalanceReply:
        return r.BalanceReply(balance=Decimal("42.50"))

    return gateway


Serve = Callable[[Gateway[Any]], AbstractContextManager[str]]


def _wsgi(gateway: Gateway[Any]) -> AbstractContextManager[str]:
    return serve_wsgi(wsgi.gateway_app(gateway, max_body=MAX_BODY))


def _aiohttp(gateway: Gateway[Any]) -> AbstractContextManager[str]:
    return serve_aiohttp(aiohttp_transport.gateway_app(gateway, max_body=MAX_BODY))


def _aiohttp_threads(gateway: Gateway[Any]) -> AbstractContextManager[str]:
    return serve_aiohttp(aiohttp_transport.gateway_app(gateway, max_body=MAX_BODY, in_thread=True))


def _asgi(gateway: Gateway[Any]) -> AbstractContextManager[str]:
    return serve_asgi(asgi.gateway_app(gateway, max_body=MAX_BODY))


def _asgi_threads(gateway: Gateway[Any]) -> AbstractContextManager[str]:
    return serve_asgi(asgi.gateway_app(gateway, max_body=MAX_BODY, in_thread=True))


APPS: dict[str, Serve] = {
    "wsgi": _wsgi,
    "aiohttp": _aiohttp,
    "aiohttp in_thread": _aiohttp_threads,
    "asgi": _asgi,
    "asgi in_thread": _asgi_threads,
}


@pytest.fixture(params=list(APPS))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, Backend]]:
    backend = Backend()
    with APPS[request.param](build(backend)) as host:
        yield host, backend


PHONES = parse_phone_list("79999999999,79999999998")


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
@pytest.mark.parametrize("method", ["POST", "GET"])
def test_the_clients_through_each_app(
    served: tuple[str, Backend], fmt: int, method: Literal["POST", "GET"]
) -> None:
    host, backend = served
    session = sp.Session(
        "alex", PSW, host=host, scheme="http", fmt=fmt, charset="utf-8", method=method
    )
    with Client(session, timeout=5) as client:
        sent = client.send(phones=PHONES, mes="Привет")
        assert sent == r.SendReply(id=1, cnt=2, cost=Decimal("2.80"))
        assert client.balance().balance == Decimal("42.50")
    with Urllib3Client(session, timeout=5) as pooled:
        assert pooled.call(c.Send(phones=PHONES, mes="hi")) == r.SendReply(id=2, cnt=2)

    async def call_async() -> r.SendReply:
        async with AsyncClient(session, timeout=5) as client:
            return await client.send(phones=PHONES, mes="async")

    assert asyncio.run(call_async()) == r.SendReply(id=3, cnt=2, cost=Decimal("2.80"))
    assert [(phones, text) for phones, text, _ in backend.queued] == [
        ("79999999999,79999999998", "Привет"),
        ("79999999999,79999999998", "hi"),
        ("79999999999,79999999998", "async"),
    ]
    assert {peer for _, _, peer in backend.queued} == {"127.0.0.1"}


def test_the_gateway_errors_through_each_app(served: tuple[str, Backend]) -> None:
    host, backend = served
    wrong = sp.Session("alex", "wrong", host=host, scheme="http", fmt=3)
    with Client(wrong, timeout=5) as client, pytest.raises(sp.GatewayError) as refused:
        client.balance()
    assert (refused.value.code, refused.value.description) == (
        2,
        "Invalid username or password.",
    )
    session = sp.Session("alex", PSW, host=host, scheme="http", fmt=2)
    with Client(session, timeout=5) as client, pytest.raises(sp.GatewayError) as unserved:
        client.get_messages()
    assert unserved.value.code == 1
    assert backend.queued == []


def test_http_rules_through_each_app(served: tuple[str, Backend]) -> None:
    host, _ = served
    base = f"http://{host}"
    query = {"login": "alex", "psw": PSW, "fmt": "1"}
    with requests.Session() as http:
        ok = http.get(f"{base}/sys/balance.php", params=query, timeout=5)
        assert (ok.status_code, ok.headers["Content-Type"], ok.content) == (
            200,
            "text/plain; charset=windows-1251",
            b"42.50",
        )
        for path in ("/", "/sys/", "/send.php", "/sys/x/send.php", "/rest/other"):
            missing = http.get(base + path, params=query, timeout=5)
            assert (missing.status_code, missing.content) == (404, b"Not Found"), path
        for method in ("PUT", "DELETE", "PATCH"):
            refused = http.request(method, f"{base}/sys/balance.php", timeout=5)
            assert refused.status_code == 405, method
        big = http.post(
            f"{base}/sys/send.php",
            data={"login": "alex", "psw": PSW, "phones": "79999999999", "mes": "x" * MAX_BODY},
            timeout=5,
        )
        assert (big.status_code, big.content) == (413, b"Content Too Large")
        unreadable = http.get(f"{base}/sys/nope.php?fmt=3", timeout=5)
        assert (unreadable.status_code, unreadable.content) == (
            200,
            b'{"error":"Error in parameters.","error_code":1}',
        )
        json_send = http.post(
            f"{base}/rest/send/",
            json={"login": "alex", "psw": PSW, "phones": "79999999999", "mes": "rest", "fmt": "3"},
            timeout=5,
        )
        assert (
            json_send.content
            == b'{"error":"Error in parameters: rest/send RestSend is not served","error_code":1}'
        )


def _raw(host: str, head: bytes) -> bytes:
    """Send ``head`` on a socket as it is; the reply's status line."""
    name, _, port = host.partition(":")
    with socket.create_connection((name, int(port)), timeout=5) as conn:
        conn.sendall(head)
        reply = b""
        while b"\r\n" not in reply and (chunk := conn.recv(4096)):
            reply += chunk
    return reply.split(b"\r\n")[0]


@pytest.mark.parametrize(
    "head",
    [
        # A NUL in a header value: no HttpRequest can carry it.
        b"GET /sys/balance.php HTTP/1.1\r\nHost: x\r\nX-Note: a\x00b\r\nConnection: close\r\n\r\n",
        b"POST /sys/balance.php HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n"
        b"Connection: close\r\n\r\n",
    ],
    ids=["NUL in a header", "bad Content-Length"],
)
def test_requests_no_gateway_can_be_handed_get_400(
    served: tuple[str, Backend], head: bytes
) -> None:
    """From the app, or from the server when its parser refuses them first."""
    host, backend = served
    status_line = _raw(host, head)
    assert status_line.split(b" ")[:2] in ([b"HTTP/1.1", b"400"], [b"HTTP/1.0", b"400"])
    assert backend.queued == []


# -- the ASGI protocol itself (lifespan, other scope types) ------------------------------


def _drive(app: asgi.ASGIApp, scope: dict[str, Any], incoming: list[dict[str, Any]]) -> list[Any]:
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: Any) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    return sent


def test_asgi_lifespan() -> None:
    app = asgi.gateway_app(build(Backend()))
    sent = _drive(
        app, {"type": "lifespan"}, [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    )
    assert sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]


def test_asgi_refuses_websockets() -> None:
    app = asgi.gateway_app(build(Backend()))
    with pytest.raises(ValueError, match="HTTP only, not 'websocket'"):
        _drive(app, {"type": "websocket"}, [])


def test_asgi_root_path_and_a_client_that_leaves() -> None:
    backend = Backend()
    app = asgi.gateway_app(build(backend))
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/smsc/sys/balance.php",
        "root_path": "/smsc",
        "query_string": f"login=alex&psw={PSW}&fmt=3".encode(),
        "headers": [],
        "client": ("192.0.2.9", 5000),
    }
    sent = _drive(app, scope, [{"type": "http.request", "body": b"", "more_body": False}])
    assert sent[0]["status"] == 200
    assert sent[1]["body"] == b'{"balance":"42.50"}'
    post = {**scope, "method": "POST", "headers": [(b"content-length", b"10")]}
    assert _drive(app, post, [{"type": "http.disconnect"}]) == []
