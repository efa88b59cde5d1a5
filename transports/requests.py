"""A blocking client on requests: ``Client(session, timeout=10)``.

It moves bytes only; retries, failover, reconciliation and redaction are
:class:`smsc_proto.Exchange`'s. One ``requests.Session`` (a connection pool) per client.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

import requests
import urllib3.exceptions

from smsc_proto import Failure, HttpRequest, HttpResponse, Session
from smsc_proto.commands import Command

from ._common import drive
from ._methods import SyncCommands

__all__ = ["Client"]

#: urllib3 (under requests) logs every request line at DEBUG; a GET line holds the query.
_LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.connection", "urllib3.util.retry")
_NOT_SENT = (
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.NameResolutionError,
    urllib3.exceptions.SSLError,
)


def _classify(exc: BaseException) -> Failure | None:
    if isinstance(exc, (requests.ConnectTimeout, requests.exceptions.SSLError)):
        return Failure.CONNECT
    if isinstance(exc, requests.ConnectionError):
        reason = getattr(exc.args[0] if exc.args else None, "reason", None)
        return Failure.CONNECT if isinstance(reason, _NOT_SENT) else Failure.LOST
    if isinstance(exc, (requests.RequestException, OSError)):
        return Failure.LOST
    return None


class Client(SyncCommands):
    """Call the gateway with requests; ``with Client(session) as client: ...``.

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
        http: A ``requests.Session`` to use (the client then does not close it).
    """

    def __init__(
        self, session: Session, timeout: float = 10, *, http: requests.Session | None = None
    ) -> None:
        self.session = session
        self.timeout = timeout
        self._own = http is None
        self._http = requests.Session() if http is None else http
        self._filter = session.log_filter()
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).addFilter(self._filter)

    def call(self, command: Command) -> Any:
        """Carry out ``command``; return its result (see :meth:`smsc_proto.Exchange.result`)."""
        return drive(self.session.start(command), self._send, _classify)

    def _send(self, request: HttpRequest) -> HttpResponse:
        with self._http.request(
            request.method,
            request.url,
            headers=dict(request.headers),
            data=request.body or None,
            timeout=(self.timeout, self.timeout),
            allow_redirects=False,
        ) as reply:
            return HttpResponse(reply.status_code, tuple(reply.headers.items()), reply.content)

    def close(self) -> None:
        """Close the connection pool (when the client made it) and detach the log filter."""
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).removeFilter(self._filter)
        if self._own:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
