"""One log line per exchange, secrets masked (private).

The line names the method, script, command class, login, fmt, peer, outcome and
duration -- never the URL, its query or the body, which hold the password (spec line
45: "psw - Client Password") or the ``apikey``. Texts that come from the request (an
unreadable request's reason) pass through :func:`~smsc_proto._secrets.redact_query`
besides: the readers' messages never quote a secret, and a ``psw=...`` that slipped
into one would still be masked.
"""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass
from typing import Any, Final

from .._command import Command
from .._secrets import redact_query

__all__ = ["LOGGER", "ExchangeLog"]

#: The logger of every exchange: ``logging.getLogger("smsc_proto.gateway")``.
LOGGER: Final = logging.getLogger("smsc_proto.gateway")


@dataclass(slots=True)
class ExchangeLog:
    """What one exchange did, filled in as it goes; :meth:`done` writes the line."""

    method: str
    peer: str | None
    started: float
    script: str = "-"
    command: str = "-"
    login: str = "-"
    fmt: int = 0
    outcome: str = ""

    def read(self, command: Command[Any]) -> None:
        """Note the decoded command: its class, fmt and who it says is calling."""
        self.command = type(command).__name__
        self.fmt = command.fmt or 0
        credentials = command.credentials
        if credentials is not None:
            # An apikey names no login; the key itself is never written.
            self.login = credentials.login if credentials.login is not None else "(apikey)"

    def failed(self, exc: BaseException) -> None:
        """Log the traceback of a handler's (or the hook's) exception at ERROR.

        The traceback is formatted here and masked like the rest (``exc_info`` would
        let the handler print the exception's text as it is).
        """
        self.outcome = f"failed: {type(exc).__name__}"
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        LOGGER.error(
            "gateway: answering %s %s failed; HTTP 500\n%s",
            self.script,
            self.command,
            redact_query(trace.rstrip()),
        )

    def done(self, status: int) -> None:
        """Write the exchange's line at INFO."""
        elapsed = (time.perf_counter() - self.started) * 1000
        LOGGER.info(
            "%s %s %s login=%s fmt=%d peer=%s -> %d %s (%.1f ms)",
            self.method,
            self.script,
            self.command,
            self.login,
            self.fmt,
            self.peer or "-",
            status,
            redact_query(self.outcome),
            elapsed,
        )
