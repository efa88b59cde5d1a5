"""A blocking client on requests: ``Client(session, timeout=10)``.

It moves bytes only; retries, failover, reconciliation and redaction are
:class:`smsc_proto.Exchange`'s. One ``requests.Session`` (a connection pool) per client.
"""

from __future__ import annotations

import requests
import urllib3.exceptions

from smsc_proto import Failure, HttpRequest, HttpResponse, Session

from ._sync import SyncClient, cert_rejected

__all__ = ["Client"]

# Not urllib3's SSLError: it also stands for a TLS error while the reply is read.
_NOT_SENT = (
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.NameResolutionError,
)


class Client(SyncClient):
    """Call the gateway with requests; ``with Client(session) as client: ...``.

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
        http: A ``requests.Session`` to use (the client then does not close it).
    """

    def __init__(
        self, session: Session, timeout: float = 10, *, http: requests.Session | None = None
    ) -> None:
        super().__init__(session, timeout)
        self._own = http is None
        self._http = requests.Session() if http is None else http

    @staticmethod
    def _classify(exc: BaseException) -> Failure | None:
        if isinstance(exc, requests.ConnectTimeout) or cert_rejected(exc):
            return Failure.CONNECT
        if isinstance(exc, requests.ConnectionError):  # SSLError too: it may come late
            reason = getattr(exc.args[0] if exc.args else None, "reason", None)
            return Failure.CONNECT if isinstance(reason, _NOT_SENT) else Failure.LOST
        if isinstance(exc, (requests.RequestException, OSError)):
            return Failure.LOST
        return None

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

    def _release(self) -> None:
        if self._own:
            self._http.close()
