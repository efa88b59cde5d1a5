"""WSGI apps: receive the gateway's callbacks, or serve a gateway of your own.

``callback_app(handle, secret, "md5")`` decodes and verifies each callback, calls
``handle(callback)``, and answers 200 only after it returns. A malformed callback gets
400, a missing or wrong signature 403 (generic bodies: the reason is logged), and an
exception in ``handle`` 500 -- so the gateway sends the callback again (line 3727), as
it does for every answer but 200 and 404. With a :class:`smsc_proto.ReplayGuard`, a
callback handled before is answered 200 without calling ``handle`` again.

``gateway_app(gateway)`` serves a :class:`smsc_proto.gateway.Gateway`: it hands each
request's bytes to :meth:`~smsc_proto.gateway.Gateway.respond` and writes back what it
returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, overload
from urllib.parse import quote

from smsc_proto import (
    CALLBACK_MAX_BYTES,
    Callback,
    HandlerUrl,
    HttpRequest,
    HttpResponse,
    ReplayGuard,
    SignatureAlgorithm,
)
from smsc_proto.gateway import DEFAULT_MAX_BODY, Gateway, plain_response

from ._callbacks import REASONS, Answer, Receiver

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["callback_app", "gateway_app"]

_log = logging.getLogger(__name__)


def _read_body(environ: WSGIEnvironment, limit: int) -> bytes | tuple[int, str]:
    """The request body (PEP 3333: read no more than ``CONTENT_LENGTH``), or a refusal."""
    stream = environ["wsgi.input"]
    declared = environ.get("CONTENT_LENGTH") or ""
    too_large = (413, f"body: over the limit of {limit} bytes")
    if not declared:
        # No length: only a server that marks the stream as ending (chunked bodies,
        # "wsgi.input_terminated") may be read to its end.
        if not environ.get("wsgi.input_terminated"):
            return b""
        body: bytes = stream.read(limit + 1)
        return too_large if len(body) > limit else body
    if not declared.isascii() or not declared.isdigit():
        return 400, "Content-Length: must be a decimal number of bytes"
    length = int(declared)
    if length > limit:
        return too_large
    body = stream.read(length) if length else b""
    if len(body) != length:
        # The client closed the connection before sending what it declared.
        return 400, f"body: {len(body)} bytes of the {length} Content-Length declares"
    return body


@overload
def callback_app(
    handle: Callable[[Callback], object],
    secret: str,
    algorithm: SignatureAlgorithm,
    *,
    charset: str | None = None,
    guard: ReplayGuard | None = None,
) -> WSGIApplication: ...
@overload
def callback_app(
    handle: Callable[[Callback], object],
    *,
    handler_url: HandlerUrl,
    guard: ReplayGuard | None = None,
) -> WSGIApplication: ...
def callback_app(
    handle: Callable[[Callback], object],
    secret: str | None = None,
    algorithm: SignatureAlgorithm | None = None,
    *,
    charset: str | None = None,
    handler_url: HandlerUrl | None = None,
    guard: ReplayGuard | None = None,
) -> WSGIApplication:
    """A WSGI application that hands each verified callback to ``handle``.

    The gateway delivers one callback more than once: it repeats every callback the
    handler did not answer with 200 or 404, every 4 minutes, 50 times in all (spec line
    3727), and a 200 lost on the way back looks the same to it. Make ``handle``
    idempotent, or pass a ``guard``: a callback it has seen handled is answered 200
    without calling ``handle``, and one another request is handling right now 503, so
    the gateway asks again later.

    Answers: 200 once ``handle`` returned (or for a repeat); 400 for a malformed
    callback or request (bad ``Content-Length``, a body shorter than it); 403 for a
    missing or wrong signature or a changed handler URL parameter; 405 for a method
    other than GET and POST; 413 for a body over :data:`smsc_proto.CALLBACK_MAX_BYTES`;
    500 when ``handle`` raises; 503 for a callback being handled. Each body is the bare
    reason phrase: a refusal's reason goes to the ``transports.wsgi`` logger (WARNING),
    with the secret masked, never to the caller.

    Args:
        handle: Called with the :class:`smsc_proto.Callback`; the reply waits for it.
        secret: The handler URL's secret (never logged or echoed).
        algorithm: The signature algorithm the handler URL pins (``"md5"``...).
        charset: The handler's charset, when its URL names one.
        handler_url: The handler URL instead of ``secret``, ``algorithm`` and
            ``charset``: :meth:`smsc_proto.HandlerUrl.receive` decodes with its charset,
            verifies with its algorithm and checks its own parameters. It must name an
            algorithm.
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

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(reply: Answer) -> list[bytes]:
            payload = reply.body
            start_response(
                f"{reply.status} {REASONS[reply.status]}",
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(payload))),
                    *reply.headers,
                ],
            )
            return [payload]

        method = environ.get("REQUEST_METHOD")
        if method not in ("GET", "POST"):
            return answer(Answer(405, (("Allow", "GET, POST"),)))
        peer = str(environ.get("REMOTE_ADDR") or "an unknown address")
        body = _read_body(environ, CALLBACK_MAX_BYTES)
        if isinstance(body, tuple):
            return answer(receiver.refuse(*body, peer=peer))
        got = receiver.read(
            environ.get("QUERY_STRING", ""),
            None if method == "GET" and not body else body,
            environ.get("CONTENT_TYPE") or None,
            peer,
        )
        if isinstance(got, Answer):
            return answer(got)
        early = receiver.claim(got, peer)
        if early is not None:
            return answer(early)
        try:
            handle(got)
        except Exception:
            receiver.failed()
            return answer(receiver.finish(got, handled=False))
        except BaseException:
            receiver.finish(got, handled=False)
            raise
        return answer(receiver.finish(got, handled=True))

    return app


#: The reason phrase of each status the gateway app answers.
_GATEWAY_REASONS: Final = {**REASONS, 404: "Not Found"}


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
        reason = f"{response.status} {_GATEWAY_REASONS.get(response.status, 'Unknown')}"
        start_response(reason, [*response.headers, ("Content-Length", str(len(response.body)))])
        return [response.body]

    return app


def _gateway_response(
    gateway: Gateway[Any], environ: WSGIEnvironment, max_body: int
) -> HttpResponse:
    method = environ.get("REQUEST_METHOD", "")
    if method not in ("GET", "POST"):
        return plain_response(405)
    body = _read_body(environ, max_body)
    if isinstance(body, tuple):
        return plain_response(body[0])
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
