"""A blocking client on urllib3: ``Client(session, timeout=10)``.

It moves bytes only; retries, failover, reconciliation and redaction are
:class:`smsc_proto.Exchange`'s. urllib3's own retries are off (``retries=False``): a
request goes out once per :meth:`smsc_proto.Exchange.next_request`.
"""

from __future__ import annotations

import urllib3
import urllib3.exceptions

from smsc_proto import Failure, HttpRequest, HttpResponse, Session

from ._sync import SyncClient, cert_rejected

__all__ = ["Client"]


class Client(SyncClient):
    """Call the gateway with urllib3; ``with Client(session) as client: ...``.

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
        pool: A ``urllib3.PoolManager`` to use (the client then does not clear it).
    """

    def __init__(
        self, session: Session, timeout: float = 10, *, pool: urllib3.PoolManager | None = None
    ) -> None:
        super().__init__(session, timeout)
        self._own = pool is None
        self._pool = urllib3.PoolManager() if pool is None else pool

    @staticmethod
    def _classify(exc: BaseException) -> Failure | None:
        # NewConnectionError and NameResolutionError are ConnectTimeoutError subclasses.
        # An SSLError is CONNECT only for a rejected certificate: urllib3 raises it for a
        # TLS error while the reply is read too, after the request went out.
        if isinstance(exc, urllib3.exceptions.ConnectTimeoutError) or cert_rejected(exc):
            return Failure.CONNECT
        if isinstance(exc, (urllib3.exceptions.HTTPError, OSError)):
            return Failure.LOST
        return None

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

    def _release(self) -> None:
        if self._own:
            self._pool.clear()
