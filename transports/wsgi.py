"""Receive the gateway's callbacks in any WSGI server: ``callback_app(handle, secret, "md5")``.

The app decodes and verifies each callback, calls ``handle(callback)``, and answers 200
only after it returns. A malformed callback gets 400, a missing or wrong signature 403
(generic bodies: the reason is logged), and an exception in ``handle`` 500 -- so the
gateway sends the callback again (line 3727), as it does for every answer but 200 and
404. With a :class:`smsc_proto.ReplayGuard`, a callback handled before is answered 200
without calling ``handle`` again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final, overload

from smsc_proto import CALLBACK_MAX_BYTES, Callback, HandlerUrl, ReplayGuard, SignatureAlgorithm

from ._callbacks import REASONS, Answer, Receiver

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["callback_app"]

_log = logging.getLogger(__name__)


_TOO_LARGE: Final = (413, f"body: over the limit of {CALLBACK_MAX_BYTES} bytes")


def _read_body(environ: WSGIEnvironment) -> bytes | tuple[int, str]:
    """The request body (PEP 3333: read no more than ``CONTENT_LENGTH``), or a refusal."""
    stream = environ["wsgi.input"]
    declared = environ.get("CONTENT_LENGTH") or ""
    if not declared:
        # No length: only a server that marks the stream as ending (chunked bodies,
        # "wsgi.input_terminated") may be read to its end.
        if not environ.get("wsgi.input_terminated"):
            return b""
        body: bytes = stream.read(CALLBACK_MAX_BYTES + 1)
        return _TOO_LARGE if len(body) > CALLBACK_MAX_BYTES else body
    if not declared.isascii() or not declared.isdigit():
        return 400, "Content-Length: must be a decimal number of bytes"
    length = int(declared)
    if length > CALLBACK_MAX_BYTES:
        return _TOO_LARGE
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
        body = _read_body(environ)
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
