"""Receive the gateway's callbacks in any WSGI server: ``callback_app(handle, secret, "md5")``.

The app decodes and verifies each callback, calls ``handle(callback)``, and answers 200
only after it returns. A malformed callback gets 400, a missing or wrong signature 403,
and an exception in ``handle`` 500 -- so the gateway sends the callback again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from smsc_proto import CALLBACK_MAX_BYTES, Callback, SignatureAlgorithm

from ._common import read_callback

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["callback_app"]

_log = logging.getLogger(__name__)
_REASONS = {
    200: "200 OK",
    400: "400 Bad Request",
    403: "403 Forbidden",
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
