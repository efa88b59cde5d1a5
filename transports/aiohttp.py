"""An asyncio client on aiohttp: ``AsyncClient(session, timeout=10)``.

It moves bytes only; retries, failover, reconciliation and redaction are
:class:`smsc_proto.Exchange`'s. One ``aiohttp.ClientSession`` per client, opened on
first use inside the running loop.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TypeVar

import aiohttp
from aiohttp import web
from yarl import URL

from smsc_proto import (
    CALLBACK_MAX_BYTES,
    Callback,
    Failure,
    HttpRequest,
    HttpResponse,
    Session,
    SignatureAlgorithm,
)
from smsc_proto.commands import Command

from ._common import drive_async, read_callback
from ._methods import AsyncCommands

__all__ = ["AsyncClient", "callback_handler"]

_log = logging.getLogger(__name__)

R = TypeVar("R")


def _classify(exc: BaseException) -> Failure | None:
    # Connect failures and connect timeouts: nothing was sent.
    if isinstance(exc, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)):
        return Failure.CONNECT
    if isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, OSError)):
        return Failure.LOST
    return None


class AsyncClient(AsyncCommands):
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


def callback_handler(
    handle: Callable[[Callback], object],
    secret: str,
    algorithm: SignatureAlgorithm,
    *,
    charset: str | None = None,
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler that hands each verified callback to ``handle``.

    ``handle`` may be a plain function or a coroutine function; the reply waits for it.
    200 only after it returns; 400 for a malformed callback, 403 for a missing or wrong
    signature, 500 when ``handle`` raises -- so the gateway sends the callback again.

    Args:
        handle: Called with the :class:`smsc_proto.Callback`.
        secret: The handler URL's secret (never logged or echoed).
        algorithm: The signature algorithm the handler URL pins (``"md5"``...).
        charset: The handler's charset, when its URL names one.
    """

    async def handler(request: web.Request) -> web.Response:
        if request.method not in ("GET", "POST"):
            return web.Response(status=405, text="Method Not Allowed")
        if (request.content_length or 0) > CALLBACK_MAX_BYTES:
            return web.Response(status=413, text="Content Too Large")
        body = await request.read()
        status, text, callback = read_callback(
            request.rel_url.raw_query_string,
            body,
            request.headers.get("Content-Type"),
            secret=secret,
            algorithm=algorithm,
            charset=charset,
        )
        if callback is None:
            return web.Response(status=status, text=text)
        try:
            result = handle(callback)
            if inspect.isawaitable(result):
                await result
        except Exception:
            _log.exception("callback handler failed; answering 500 so the gateway retries")
            return web.Response(status=500, text="Internal Server Error")
        return web.Response(text="OK")

    return handler
