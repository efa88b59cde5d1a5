"""What a handler is told about the request it answers, and the gateway's time (private).

The protocol reckons its times in Moscow time: spec (line 67) "tz - The time zone in
which the time parameter is set. It is indicated relative to Moscow time", and (line
1815) "... are transferred to 03:00 Moscow time". So every date the gateway writes
(``last_date``, ``send_date``...) is Moscow time, whatever the zone of the machine it
runs on. Moscow has kept UTC+3 all year since 26 October 2014: a fixed offset is Moscow
time for every date a gateway writes now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Generic, TypeVar

from .._charsets import DEFAULT_CHARSET
from .._command import Command, Credentials
from .._errors import LocalProtocolError
from .._session import HttpRequest
from .._wire import Request
from ._clock import Clock, moscow
from ._store import Store

__all__ = ["Context", "checked_now"]

A_co = TypeVar("A_co", covariant=True)


def checked_now(clock: Clock) -> datetime:
    """``clock.now()`` in UTC.

    Raises:
        LocalProtocolError: the clock gave no aware datetime (a naive one would be read
            in the machine's zone, which the gateway's dates must not follow).
    """
    now = clock.now()
    if not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None:
        raise LocalProtocolError(f"clock: now() must return a timezone-aware datetime, got {now!r}")
    return now.astimezone(timezone.utc)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context(Generic[A_co]):
    """What a handler is told about the request it answers.

    ``repr`` shows no secret: the credentials, the decoded request and the HTTP request
    mask theirs.

    Args:
        command: The decoded command (the handler's first argument too).
        request: The decoded :class:`~smsc_proto.Request` (script and parameters).
        http: The :class:`~smsc_proto.HttpRequest` as it arrived.
        account: What the gateway's ``authenticate`` hook returned for the caller
            (``None`` before authentication, and on an open gateway).
        credentials: The request's login + psw or apikey, or ``None``.
        peer: The caller's address as the server saw it (``REMOTE_ADDR``), or ``None``.
        now: When the request is answered, an aware datetime in UTC, read once per
            request from the gateway's clock.
        store: The gateway's ``store`` (``None`` when it has none).
        clock: The gateway's clock.
    """

    command: Command[Any]
    request: Request
    http: HttpRequest
    account: A_co
    credentials: Credentials | None = None
    peer: str | None = None
    now: datetime
    store: Store | None = None
    clock: Clock

    @property
    def login(self) -> str | None:
        """The login the request names (``None`` for an ``apikey`` request or none)."""
        return None if self.credentials is None else self.credentials.login

    @property
    def fmt(self) -> int:
        """The reply format the request asks for (0 when it names none)."""
        return self.command.fmt or 0

    @property
    def charset(self) -> str:
        """The charset of the request and of its reply (windows-1251 when it names none)."""
        return self.command.charset or DEFAULT_CHARSET

    def moscow_now(self) -> datetime:
        """:attr:`now` as Moscow wall time, naive: what a reply's date fields carry.

        Spec (line 67): times are "indicated relative to Moscow time" -- the gateway's
        dates (``DD.MM.YYYY hh:mm:ss``) are Moscow time, whatever the machine's zone.
        """
        return moscow(self.now)
