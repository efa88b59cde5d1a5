"""WSGI apps: receive the gateway's callbacks, or serve a gateway of your own.

``callback_app(handle, secret, "md5")`` decodes and verifies each callback, calls
``handle(callback)``, and answers 200 only after it returns. A malformed callback gets
400, a missing or wrong signature 403, and an exception in ``handle`` 500 -- so the
gateway sends the callback again.

``gateway_app(gateway)`` serves a :class:`smsc_proto.gateway.Gateway`: it hands each
request's bytes to :meth:`~smsc_proto.gateway.Gateway.respond` and writes back what it
returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from smsc_proto import CALLBACK_MAX_BYTES, Callback, HttpRequest, HttpResponse, SignatureAlgorithm
from smsc_proto.gateway import DEFAULT_MAX_BODY, Gateway, plain_response

from ._common import read_callback

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["callback_app", "gateway_app"]

_log = logging.getLogger(__name__)
_REASONS = {
    200: "200 OK",
    400: "400 Bad Request",
    403: "403 Forbidden",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    413: "413 Content Too Large",
    500: "500 Internal Server Error",
}


def callback_app(
    handle: Callable[[Callback], object],
    secret: str,
    algorithm: SignatureAlgorithm,
    *,
    charset: str | None = None,
) -> WSGIApplication:
    """A WSGI application that hands each verified callback to ``handle``.

    Args:
        handle: Called with the :class:`smsc_proto.Callback`; the reply waits for it.
        secret: The handler URL's secret (never logged or echoed).
        algorithm: The signature algorithm the handler URL pins (``"md5"``...).
        charset: The handler's charset, when its URL names one.
    """

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: int, text: str) -> list[bytes]:
            payload = text.encode("utf-8")
            start_response(
                _REASONS[status],
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(payload))),
                ],
            )
            return [payload]

        if environ.get("REQUEST_METHOD") not in ("GET", "POST"):
            return answer(405, "Method Not Allowed")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return answer(400, "Bad Request: Content-Length")
        if length > CALLBACK_MAX_BYTES:
            return answer(413, "Content Too Large")
        body = environ["wsgi.input"].read(length) if length > 0 else None
        status, text, callback = read_callback(
            environ.get("QUERY_STRING", ""),
            body,
            environ.get("CONTENT_TYPE") or None,
            secret=secret,
            algorithm=algorithm,
            charset=charset,
        )
        if callback is None:
            return answer(status, text)
        try:
            handle(callback)
        except Exception:
            _log.exception("callback handler failed; answering 500 so the gateway retries")
            return answer(500, "Internal Server Error")
        return answer(200, "OK")

    return app


def gateway_app(gateway: Gateway[Any], *, max_body: int = DEFAULT_MAX_BODY) -> WSGIApplication:
    """A WSGI application that serves ``gateway`` at ``/sys/<script>.php`` and ``/rest/send/``.

    Paths are read relative to where the app is mounted (``PATH_INFO``); every other
    path gets 404 from the gateway. Methods other than GET and POST get 405, a body
    over ``max_body`` bytes 413 (it is not read), and a request the server cannot hand
    over (a header with a line break) 400. Everything else is
    :meth:`~smsc_proto.gateway.Gateway.respond`'s, with ``REMOTE_ADDR`` as the peer.

    Args:
        gateway: The gateway to serve.
        max_body: The largest request body read, in bytes.
    """

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        response = _gateway_response(gateway, environ, max_body)
        reason = _REASONS.get(response.status, f"{response.status} Unknown")
        start_response(reason, [*response.headers, ("Content-Length", str(len(response.body)))])
        return [response.body]

    return app


def _gateway_response(
    gateway: Gateway[Any], environ: WSGIEnvironment, max_body: int
) -> HttpResponse:
    method = environ.get("REQUEST_METHOD", "")
    if method not in ("GET", "POST"):
        return plain_response(405)
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return plain_response(400)
    if length < 0:
        return plain_response(400)
    if length > max_body:
        return plain_response(413)
    body = environ["wsgi.input"].read(length) if length else b""
    # PEP 3333: PATH_INFO is percent-decoded and carried as latin-1 text; the gateway
    # reads a request target, percent-encoded as it travelled.
    target = quote(environ.get("PATH_INFO", "").encode("latin-1"), safe="/")
    query = environ.get("QUERY_STRING", "")
    if query:
        target += "?" + query
    try:
        request = HttpRequest(method, target, _headers(environ), body)
    except ValueError:
        return plain_response(400)
    return gateway.respond(request, peer=environ.get("REMOTE_ADDR") or None)


def _headers(environ: WSGIEnvironment) -> tuple[tuple[str, str], ...]:
    """The request's headers, from the environ's ``CONTENT_TYPE`` and ``HTTP_*`` keys."""
    headers = [("Content-Type", environ["CONTENT_TYPE"])] if environ.get("CONTENT_TYPE") else []
    headers += [
        (key[5:].replace("_", "-").title(), str(value))
        for key, value in environ.items()
        if key.startswith("HTTP_")
    ]
    return tuple(headers)
