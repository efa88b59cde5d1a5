"""Real HTTP servers on 127.0.0.1 for the gateway apps, each in a thread of its own.

``serve_wsgi`` runs the stdlib's wsgiref server, ``serve_aiohttp`` aiohttp's own
server (``AppRunner`` + ``TCPSite``). No ASGI server is installed (uvicorn, hypercorn),
so ``serve_asgi`` is a small HTTP/1.1 server written here on asyncio streams: it reads
the request line, the headers and a ``Content-Length`` body from the socket, drives the
ASGI app through the HTTP scope exactly as ASGI 3 describes (``http.request`` messages
in, ``http.response.start`` / ``http.response.body`` out), and writes the reply back.
Each yields the ``host:port`` to point a :class:`smsc_proto.Session` at.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any, TypeVar
from wsgiref.simple_server import WSGIRequestHandler, make_server

from aiohttp import web

from transports.asgi import ASGIApp

T = TypeVar("T")


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No stderr noise (a GET request line holds the password)."""


@contextmanager
def serve_wsgi(app: Any) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _LoopThread:
    """An event loop running in a thread; ``run(coro)`` runs a coroutine on it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever)
        self.thread.start()

    def run(self, factory: Callable[[], Awaitable[T]]) -> T:
        async def wrapped() -> T:
            return await factory()

        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(timeout=10)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


@contextmanager
def serve_aiohttp(app: web.Application) -> Iterator[str]:
    looper = _LoopThread()
    runner = web.AppRunner(app)

    async def start() -> int:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]

    try:
        port = looper.run(start)
        yield f"127.0.0.1:{port}"
    finally:
        looper.run(runner.cleanup)
        looper.close()


async def _asgi_connection(
    app: ASGIApp, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head[:-4].split(b"\r\n")
        method, target, _version = request_line.decode("latin-1").split(" ")
        headers = [
            (name.strip().lower(), value.strip())
            for name, _, value in (line.partition(b":") for line in header_lines)
        ]
        # A malformed Content-Length is the app's to refuse: the body is then not read.
        declared = dict(headers).get(b"content-length", b"0")
        length = int(declared) if declared.isdigit() else 0
        body = await reader.readexactly(length) if length else b""
        path, _, query = target.partition("?")
        peer = writer.get_extra_info("peername")
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode("ascii"),
            "query_string": query.encode("ascii"),
            "root_path": "",
            "headers": headers,
            "client": (peer[0], peer[1]),
            "server": writer.get_extra_info("sockname")[:2],
        }
        # The body arrives in two messages when it has two bytes or more (more_body).
        chunks = [body[: len(body) // 2], body[len(body) // 2 :]] if len(body) > 1 else [body]
        messages = [
            {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
            for i, chunk in enumerate(chunks)
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: Any) -> None:
            sent.append(dict(message))

        await app(scope, receive, send)
        start, *bodies = sent
        assert start["type"] == "http.response.start"
        status = int(start["status"])
        reply = b"".join(m.get("body", b"") for m in bodies)
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}".encode("ascii")]
        lines += [name + b": " + value for name, value in start["headers"]]
        lines += [b"Connection: close", b"", b""]
        writer.write(b"\r\n".join(lines) + reply)
        await writer.drain()
    finally:
        writer.close()


@contextmanager
def serve_asgi(app: ASGIApp) -> Iterator[str]:
    looper = _LoopThread()

    async def start() -> asyncio.Server:
        return await asyncio.start_server(lambda r, w: _asgi_connection(app, r, w), "127.0.0.1", 0)

    server = looper.run(start)
    try:
        yield f"127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:

        async def stop() -> None:
            server.close()
            await server.wait_closed()

        looper.run(stop)
        looper.close()
