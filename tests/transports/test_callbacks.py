"""The receiving helpers, behind real servers on 127.0.0.1: callbacks with good, bad and
missing signatures; 200 only after the user's function returns."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from wsgiref.simple_server import WSGIRequestHandler, make_server

import aiohttp
import pytest
import requests
from aiohttp import web

import smsc_proto as sp
from transports.aiohttp import callback_handler
from transports.wsgi import callback_app

SECRET = "cb-secret-7f3a"
CALLBACK = sp.StatusCallback(
    id=5, phone="79999999999", status=1, time=datetime(2026, 1, 1, 12), ts=1767268800, err=0
)


def _signed(secret: str = SECRET) -> tuple[bytes, str]:
    return sp.encode_callback(CALLBACK, sign=("md5", secret))


def _cases() -> list[tuple[str, bytes, str, int]]:
    good, ctype = _signed()
    bad, _ = _signed("another-secret")
    missing, _ = sp.encode_callback(CALLBACK)
    return [
        ("good", good, ctype, 200),
        ("bad", bad, ctype, 403),
        ("missing", missing, ctype, 403),
        ("malformed", b"id=5&status=%zz", ctype, 400),
    ]


CASES = _cases()


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No stderr noise."""


@pytest.fixture
def wsgi_server() -> Iterator[Callable[[Callable[[sp.Callback], object]], str]]:
    started: list[tuple[object, threading.Thread]] = []

    def start(handle: Callable[[sp.Callback], object]) -> str:
        server = make_server(
            "127.0.0.1", 0, callback_app(handle, SECRET, "md5"), handler_class=_Quiet
        )
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        started.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/smsc"

    yield start
    for server, thread in started:
        server.shutdown()  # type: ignore[attr-defined]
        server.server_close()  # type: ignore[attr-defined]
        thread.join()


@pytest.mark.parametrize(("name", "body", "content_type", "status"), CASES)
def test_wsgi_app(
    wsgi_server: Callable[[Callable[[sp.Callback], object]], str],
    name: str,
    body: bytes,
    content_type: str,
    status: int,
) -> None:
    received: list[sp.StatusCallback] = []
    url = wsgi_server(lambda cb: received.append(cb) if isinstance(cb, sp.StatusCallback) else None)
    with requests.post(url, data=body, headers={"Content-Type": content_type}, timeout=2) as reply:
        assert reply.status_code == status, name
        assert SECRET not in reply.text
    assert [cb.id for cb in received] == ([5] if status == 200 else [])


def test_wsgi_app_answers_500_when_the_handler_fails(
    wsgi_server: Callable[[Callable[[sp.Callback], object]], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def fail(callback: sp.Callback) -> None:
        raise RuntimeError("database down")

    body, ctype = _signed()
    url = wsgi_server(fail)
    with requests.post(url, data=body, headers={"Content-Type": ctype}, timeout=2) as reply:
        assert reply.status_code == 500
    assert "database down" in caplog.text
    assert SECRET not in caplog.text


async def _post_aiohttp(
    handle: Callable[[sp.Callback], object], body: bytes, content_type: str
) -> int:
    app = web.Application()
    app.router.add_post("/smsc", callback_handler(handle, SECRET, "md5"))
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"http://127.0.0.1:{port}/smsc", data=body, headers={"Content-Type": content_type}
            ) as reply,
        ):
            return reply.status
    finally:
        await runner.cleanup()


@pytest.mark.parametrize(("name", "body", "content_type", "status"), CASES)
def test_aiohttp_handler(name: str, body: bytes, content_type: str, status: int) -> None:
    received: list[sp.StatusCallback] = []

    async def handle(callback: sp.Callback) -> None:
        await asyncio.sleep(0)
        assert isinstance(callback, sp.StatusCallback)
        received.append(callback)

    assert asyncio.run(_post_aiohttp(handle, body, content_type)) == status, name
    assert [cb.id for cb in received] == ([5] if status == 200 else [])


def test_aiohttp_handler_answers_500_when_the_handler_fails() -> None:
    def fail(callback: sp.Callback) -> None:
        raise RuntimeError("database down")

    body, ctype = _signed()
    assert asyncio.run(_post_aiohttp(fail, body, ctype)) == 500
