"""aiohttp: an asyncio client, a callback handler, and an app that serves a gateway.

``AsyncClient(session, timeout=10)`` moves bytes only; retries, failover,
reconciliation and redaction are :class:`smsc_proto.Exchange`'s. One
``aiohttp.ClientSession`` per client, opened on first use inside the running loop.

``callback_handler(handle, secret, "md5")`` receives the gateway's callbacks;
``gateway_app(gateway)`` serves a :class:`smsc_proto.gateway.Gateway`.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, TypeVar, overload

import aiohttp
from aiohttp import web
from aiohttp.http import HttpProcessingError
from yarl import URL

from smsc_proto import (
    CALLBACK_MAX_BYTES,
    Callback,
    Failure,
    HandlerUrl,
    HttpRequest,
    HttpResponse,
    ReplayGuard,
    Session,
    SignatureAlgorithm,
)
from smsc_proto.commands import Command
from smsc_proto.gateway import DEFAULT_MAX_BODY, Gateway, plain_response

from ._callbacks import REASONS, Answer, Receiver
from ._common import drive_async
from ._conveniences import AsyncConveniences

__all__ = ["AsyncClient", "callback_handler", "gateway_app"]

_log = logging.getLogger(__name__)

R = TypeVar("R")


def _classify(exc: BaseException) -> Failure | None:
    # Connect failures and connect timeouts: nothing was sent.
    if isinstance(exc, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)):
        return Failure.CONNECT
    if isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, OSError)):
        return Failure.LOST
    return None


class AsyncClient(AsyncConveniences):
    """Call the gateway with aiohttp; ``async with AsyncClient(session) as client: ...``.

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
        http: An ``aiohttp.ClientSession`` to use (the client then does not close it).
    """

    def __init__(
        self,
        session: Session,
        timeout: float = 10,
        *,
        http: aiohttp.ClientSession | None = None,
    ) -> None:
        self.session = session
        self.timeout = timeout
        self._own = http is None
        self._http = http

    async def call(self, command: Command[R]) -> R:
        """Carry out ``command``; return its result (see :meth:`smsc_proto.Exchange.result`).

        The result has the command's reply type: ``await call(Balance())`` is a
        ``BalanceReply`` to a type checker, as is ``await balance()``.
        """
        return await drive_async(self.session.start(command), self._send, _classify)

    async def _send(self, request: HttpRequest) -> HttpResponse:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        if getattr(self._http, "_retry_connection", False):
            # aiohttp sends a GET again by itself when the connection drops before the
            # reply (RFC 9112 section 9.3.1.1): send.php by GET would go out twice. Its
            # own test client switches this off the same way; there is no public switch.
            self._http._retry_connection = False
        async with self._http.request(
            request.method,
            # encoded=True: yarl would otherwise re-quote the query ("%21" -> "!"), so
            # the bytes sent, and the URL in aiohttp's exceptions, would differ from the
            # request -- and from the spellings of the password the session masks.
            URL(request.url, encoded=True),
            headers=dict(request.headers),
            data=request.body or None,
            allow_redirects=False,
            # Per request, so that a ClientSession the caller passed in gets it too.
            timeout=aiohttp.ClientTimeout(
                total=None, sock_connect=self.timeout, sock_read=self.timeout
            ),
        ) as reply:
            body = await reply.read()
            return HttpResponse(reply.status, tuple(reply.headers.items()), body)

    async def close(self) -> None:
        """Close the aiohttp session (when the client made it)."""
        if self._own and self._http is not None:
            await self._http.close()
            self._http = None

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


async def _read_body(request: web.Request, limit: int) -> bytes | tuple[int, str]:
    """The request body, read no further than ``limit`` bytes, or a refusal."""
    too_large = (413, f"body: over the limit of {limit} bytes")
    if (request.content_length or 0) > limit:
        return too_large
    chunks: list[bytes] = []
    size = 0
    try:
        # Chunked bodies declare no length: stop reading as soon as one is too large.
        async for chunk in request.content.iter_any():
            size += len(chunk)
            if size > limit:
                return too_large
            chunks.append(chunk)
    except (ConnectionError, HttpProcessingError) as exc:
        # The client went away before the end of the body, or sent a broken chunk.
        return 400, f"body: not received whole ({type(exc).__name__})"
    return b"".join(chunks)


def _response(reply: Answer) -> web.Response:
    return web.Response(
        status=reply.status,
        reason=REASONS[reply.status],
        body=reply.body,
        content_type="text/plain",
        charset="utf-8",
        headers=dict(reply.headers),
    )


@overload
def callback_handler(
    handle: Callable[[Callback], object],
    secret: str,
    algorithm: SignatureAlgorithm,
    *,
    charset: str | None = None,
    guard: ReplayGuard | None = None,
) -> Callable[[web.Request], Awaitable[web.Response]]: ...
@overload
def callback_handler(
    handle: Callable[[Callback], object],
    *,
    handler_url: HandlerUrl,
    guard: ReplayGuard | None = None,
) -> Callable[[web.Request], Awaitable[web.Response]]: ...
def callback_handler(
    handle: Callable[[Callback], object],
    secret: str | None = None,
    algorithm: SignatureAlgorithm | None = None,
    *,
    charset: str | None = None,
    handler_url: HandlerUrl | None = None,
    guard: ReplayGuard | None = None,
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler that hands each verified callback to ``handle``.

    ``handle`` may be a plain function or a coroutine function; the reply waits for it.
    The gateway delivers one callback more than once (spec line 3727: every answer but
    200 and 404 is retried, every 4 minutes, 50 times in all): make ``handle``
    idempotent, or pass a ``guard``. The answers, the generic bodies and the logging
    (to the ``transports.aiohttp`` logger) are those of
    :func:`transports.wsgi.callback_app`.

    Args:
        handle: Called with the :class:`smsc_proto.Callback`.
        secret: The handler URL's secret (never logged or echoed).
        algorithm: The signature algorithm the handler URL pins (``"md5"``...).
        charset: The handler's charset, when its URL names one.
        handler_url: The handler URL instead of ``secret``, ``algorithm`` and
            ``charset`` (it must name an algorithm).
        guard: A :class:`smsc_proto.ReplayGuard` to recognise repeats.

    Raises:
        smsc_proto.LocalProtocolError: the configuration is wrong (a bad or missing
            secret, algorithm or charset, an unsigned handler URL, both forms given).
    """
    receiver = Receiver(
        secret=secret,
        algorithm=algorithm,
        charset=charset,
        handler_url=handler_url,
        guard=guard,
        log=_log,
    )

    async def handler(request: web.Request) -> web.Response:
        if request.method not in ("GET", "POST"):
            return _response(Answer(405, (("Allow", "GET, POST"),)))
        peer = request.remote or "an unknown address"
        body = await _read_body(request, CALLBACK_MAX_BYTES)
        if isinstance(body, tuple):
            return _response(receiver.refuse(*body, peer=peer))
        got = receiver.read(
            # The raw query (query_string is already percent-decoded) and the whole
            # Content-Type (content_type drops its charset).
            request.rel_url.raw_query_string,
            None if request.method == "GET" and not body else body,
            request.headers.get("Content-Type"),
            peer,
        )
        if isinstance(got, Answer):
            return _response(got)
        early = receiver.claim(got, peer)
        if early is not None:
            return _response(early)
        try:
            result = handle(got)
            if inspect.isawaitable(result):
                await result
        except Exception:
            receiver.failed()
            return _response(receiver.finish(got, handled=False))
        except BaseException:
            # Cancelled (the client went away): the gateway will ask again.
            receiver.finish(got, handled=False)
            raise
        return _response(receiver.finish(got, handled=True))

    return handler


def gateway_app(
    gateway: Gateway[Any], *, max_body: int = DEFAULT_MAX_BODY, in_thread: bool = False
) -> web.Application:
    """An aiohttp application that serves ``gateway`` at ``/sys/<script>.php`` and
    ``/rest/send/``.

    Every path reaches :meth:`~smsc_proto.gateway.Gateway.respond` (which answers 404
    outside the API) with ``request.remote`` as the peer. Methods other than GET and
    POST get 405, a body over ``max_body`` bytes 413 (reading stops there), and a
    request the gateway cannot be handed (a header with a line break) 400.

    Args:
        gateway: The gateway to serve.
        max_body: The largest request body read, in bytes.
        in_thread: Run ``respond`` in the loop's default executor, for handlers that
            block (a database call, a backend's HTTP API); by default it runs on the
            event loop, which suits handlers that only compute.
    """

    async def handle(request: web.Request) -> web.Response:
        if request.method not in ("GET", "POST"):
            return _web_response(plain_response(405))
        body = await _read_body(request, max_body)
        if isinstance(body, tuple):
            return _web_response(plain_response(body[0]))
        target = request.rel_url.raw_path
        if request.rel_url.raw_query_string:
            target += "?" + request.rel_url.raw_query_string
        try:
            http = HttpRequest(request.method, target, tuple(request.headers.items()), body)
        except ValueError:
            return _web_response(plain_response(400))
        respond = functools.partial(gateway.respond, http, peer=request.remote)
        if in_thread:
            return _web_response(await asyncio.get_running_loop().run_in_executor(None, respond))
        return _web_response(respond())

    app = web.Application(client_max_size=max_body)
    app.router.add_route("*", "/{path:.*}", handle)
    return app


def _web_response(response: HttpResponse) -> web.Response:
    return web.Response(status=response.status, body=response.body, headers=response.headers)
