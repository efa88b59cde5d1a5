"""What the two blocking clients share: the call loop, the log filter, closing (private).

Each client only says how one :class:`smsc_proto.HttpRequest` travels over its library
(``_send``), which of the library's exceptions mean what (``_classify``) and how to
release what it owns (``_release``).
"""

from __future__ import annotations

import abc
import logging
import ssl
from types import TracebackType
from typing import TypeVar

from smsc_proto import Failure, HttpRequest, HttpResponse, Session
from smsc_proto.commands import Command

from ._common import drive
from ._conveniences import SyncConveniences

__all__ = ["SyncClient", "cert_rejected"]

#: urllib3 (also under requests) logs every request line at DEBUG; a GET line holds the
#: query, so these loggers get the session's redacting filter while a client is open.
LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.connection", "urllib3.util.retry")

C = TypeVar("C", bound="SyncClient")
R = TypeVar("R")


def cert_rejected(exc: BaseException) -> bool:
    """Whether ``exc`` is (or wraps) a rejected server certificate.

    urllib3 (and requests above it) raise the same ``SSLError`` for a failed TLS
    handshake and for a TLS error while the reply is read -- after the request went
    out. Only a certificate the client rejects surely happened in the handshake: that
    is the one TLS error that may count as "not sent".
    """
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLCertVerificationError):
            return True
        todo += [*item.args, getattr(item, "reason", None), item.__cause__, item.__context__]
    return False


class SyncClient(SyncConveniences, abc.ABC):
    """A blocking client: ``call(command)``, one method per command, a context manager.

    Also ``wait_for_final_status``, ``iter_messages`` and ``iter_answers``
    (:class:`~transports._conveniences.SyncConveniences`).

    Args:
        session: The :class:`smsc_proto.Session` (credentials, hosts, formats).
        timeout: Seconds to wait for a connection, and then for each read.
    """

    def __init__(self, session: Session, timeout: float) -> None:
        self.session = session
        self.timeout = timeout
        self._filter = session.log_filter()
        for name in LIBRARY_LOGGERS:
            logging.getLogger(name).addFilter(self._filter)

    def call(self, command: Command[R]) -> R:
        """Carry out ``command``; return its result (see :meth:`smsc_proto.Exchange.result`).

        The result has the command's reply type: ``call(Balance())`` is a
        ``BalanceReply`` to a type checker, as is ``balance()``.
        """
        return drive(self.session.start(command), self._send, self._classify)

    @abc.abstractmethod
    def _send(self, request: HttpRequest) -> HttpResponse:
        """Make one request with the library; raise the library's exception on failure."""

    @staticmethod
    @abc.abstractmethod
    def _classify(exc: BaseException) -> Failure | None:
        """What a library exception means: no connection, a lost reply, or not ours."""

    @abc.abstractmethod
    def _release(self) -> None:
        """Release the connections the client made (not those it was given)."""

    def close(self) -> None:
        """Release the client's connections and detach the log filter."""
        for name in LIBRARY_LOGGERS:
            logging.getLogger(name).removeFilter(self._filter)
        self._release()

    def __enter__(self: C) -> C:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
