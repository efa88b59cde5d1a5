"""A blocking client on urllib3: ``Client(session, timeout=10)``.

It moves bytes only; retries, failover, reconciliation and redaction are
:class:`smsc_proto.Exchange`'s. urllib3's own retries are off (``retries=False``): a
request goes out once per :meth:`smsc_proto.Exchange.next_request`.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

import urllib3
import urllib3.exceptions

from smsc_proto import Failure, HttpRequest, HttpResponse, Session
from smsc_proto.commands import Command

from ._common import drive
from ._methods import SyncCommands

__all__ = ["Client"]

#: urllib3 logs every request line at DEBUG; a GET line holds the query.
_LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.connection", "urllib3.util.retry")


def _classify(exc: BaseException) -> Failure | None:
    # NewConnectionError and NameResolutionError are ConnectTimeoutError subclasses.
    if isinstance(exc, (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.SSLError)):
        return Failure.CONNECT
    if isinstance(exc, (urllib3.exceptions.HTTPError, OSError)):
        return Failure.LOST
    return None


class Client(SyncCommands):
    """Call the gateway with urllib3; ``with Client(session) as client: ...``.

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
        pool: A ``urllib3.PoolManager`` to use (the client then does not clear it).
    """

    def __init__(
        self, session: Session, timeout: float = 10, *, pool: urllib3.PoolManager | None = None
    ) -> None:
        self.session = session
        self.timeout = timeout
        self._own = pool is None
        self._pool = urllib3.PoolManager() if pool is None else pool
        self._filter = session.log_filter()
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).addFilter(self._filter)

    def call(self, command: Command) -> Any:
        """Carry out ``command``; return its result (see :meth:`smsc_proto.Exchange.result`)."""
        return drive(self.session.start(command), self._send, _classify)

    def _send(self, request: HttpRequest) -> HttpResponse:
        reply = self._pool.request(
            request.method,
            request.url,
            body=request.body or None,
            headers=dict(request.headers),
            timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout),
            retries=False,
            redirect=False,
        )
        return HttpResponse(reply.status, tuple(reply.headers.items()), reply.data)

    def close(self) -> None:
        """Close the pool's connections (when the client made it) and detach the log filter."""
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).removeFilter(self._filter)
        if self._own:
            self._pool.clear()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
