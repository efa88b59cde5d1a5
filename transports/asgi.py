"""Serve a gateway in any ASGI server: ``gateway_app(gateway)`` (no framework needed).

The app is a plain ASGI 3 callable. It reads each HTTP request's bytes, hands them to
:meth:`smsc_proto.gateway.Gateway.respond`, and sends back what it returns; it answers
the ``lifespan`` protocol's startup and shutdown, and refuses any other scope type
(WebSocket) by raising, as the ASGI specification asks of apps that do not serve it.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias
from urllib.parse import quote

from smsc_proto import HttpRequest, HttpResponse
from smsc_proto.gateway import DEFAULT_MAX_BODY, Gateway, plain_response

__all__ = ["ASGIApp", "gateway_app"]

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
#: An ASGI 3 application: ``await app(scope, receive, send)``.
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]


def gateway_app(
    gateway: Gateway[Any], *, max_body: int = DEFAULT_MAX_BODY, in_thread: bool = False
) -> ASGIApp:
    """An ASGI application that serves ``gateway`` at ``/sys/<script>.php`` and
    ``/rest/send/``.

    Paths are read relative to the app's ``root_path``; every path reaches
    :meth:`~smsc_proto.gateway.Gateway.respond` (which answers 404 outside the API),
    with the client's address as the peer. Methods other than GET and POST get 405, a
    body over ``max_body`` bytes 413 (reading stops there), and a request the gateway
    cannot be handed (a header with a line break) 400.

    Args:
        gateway: The gateway to serve.
        max_body: The largest request body read, in bytes.
        in_thread: Run ``respond`` in the loop's default executor, for handlers that
            block; by default it runs on the event loop.
    """

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"gateway_app serves HTTP only, not {scope['type']!r}")
        response = await _answer(scope, receive)
        if response is None:
            return  # the client went away
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [
                    *((k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers),
                    (b"content-length", str(len(response.body)).encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": response.body})

    async def _answer(scope: Scope, receive: Receive) -> HttpResponse | None:
        method = scope["method"]
        if method not in ("GET", "POST"):
            return plain_response(405)
        headers = tuple(
            (name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]
        )
        length = next((v for k, v in headers if k.lower() == "content-length"), "0")
        if not (length.isascii() and length.isdigit()):
            return plain_response(400)
        if int(length) > max_body:
            return plain_response(413)
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > max_body:
                return plain_response(413)
            more = message.get("more_body", False)
        try:
            http = HttpRequest(method, _target(scope), headers, bytes(body))
        except ValueError:
            return plain_response(400)
        client = scope.get("client")
        respond = functools.partial(gateway.respond, http, peer=client[0] if client else None)
        if in_thread:
            return await asyncio.get_running_loop().run_in_executor(None, respond)
        return respond()

    return app


def _target(scope: Scope) -> str:
    """The request target, percent-encoded, relative to the app's ``root_path``."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        # ASGI (HTTP scope, "path"): the path includes the root_path the app is
        # mounted at.
        path = path[len(root) :]
    target = quote(path.encode("utf-8"), safe="/")
    query: bytes = scope.get("query_string", b"")
    if query:
        target += "?" + query.decode("latin-1")
    return target


async def _lifespan(receive: Receive, send: Send) -> None:
    # Nothing to start or stop: the gateway holds no connection of its own.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
