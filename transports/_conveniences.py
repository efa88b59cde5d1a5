"""What the clients add to the per-command methods (private).

* ``wait_for_final_status(id, phone)`` asks status.php until the message's status is
  final (:data:`smsc_proto.FINAL_STATUSES`) or the time is up;
* ``iter_messages()`` / ``iter_answers()`` read get.php's history page by page
  (``prev_id`` / ``after_id`` and ``cnt``) until it is exhausted.

(``send()`` reporting the id and the cost is a default of the generated method:
:data:`transports._gen_methods.CLIENT_DEFAULTS`.)

The sync and the async mixins share the rules below; only the calls differ. Both read
the client's ``clock`` (seconds, monotonic) and ``sleep``, which a test may replace.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import date
from typing import Final

from smsc_proto import (
    FINAL_STATUSES,
    GatewayError,
    LocalProtocolError,
    MessageStatus,
    RemoteProtocolError,
    SmscProtoError,
)
from smsc_proto.commands import Credentials
from smsc_proto.responses import GetAnswersReply, GetMessagesReply, StatusRecord
from smsc_proto.values import Phone, PhoneList, Recipient

from ._methods import AsyncCommands, SyncCommands

__all__ = ["AsyncConveniences", "StatusTimeoutError", "SyncConveniences"]

#: Spec (line 1817): "the server does not accept more than five identical requests for
#: the status of the same message ... within a minute" -- one every 12 seconds at most;
#: the default poll leaves room.
DEFAULT_POLL: Final = 15.0
DEFAULT_TIMEOUT: Final = 600.0
#: get.php's error 3 (line 2895): "Message not found." -- no (more) history.
_NO_MESSAGES: Final = 3

#: What the phone parameters take (as the generated methods do).
PhoneInput = PhoneList | str | Sequence[str | Recipient]


class StatusTimeoutError(SmscProtoError, TimeoutError):
    """``wait_for_final_status`` ran out of time before the status was final.

    Args:
        message: What happened.
        last: The last status record read (``None`` if none was read).
    """

    def __init__(self, message: str, last: StatusRecord | None) -> None:
        super().__init__(message)
        #: The last status record read, or ``None``.
        self.last = last


def is_final(record: StatusRecord) -> bool:
    """Whether ``record``'s status is final (unknown codes are not: they may change)."""
    if record.status is None:
        return False
    return MessageStatus.of(record.status) in FINAL_STATUSES


def _check_wait(id: object, timeout: float, poll: float) -> None:
    if isinstance(id, (list, tuple)):
        raise LocalProtocolError("id: wait_for_final_status follows one message; give one id")
    for name, value in (("timeout", timeout), ("poll", poll)):
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            raise LocalProtocolError(f"{name}: must be a finite number of seconds, got {value!r}")
    if timeout < 0:
        raise LocalProtocolError(f"timeout: must be at least 0 seconds, got {timeout!r}")
    if poll <= 0:
        raise LocalProtocolError(f"poll: must be above 0 seconds, got {poll!r}")


def _one(record: StatusRecord | list[StatusRecord]) -> StatusRecord:
    # One id is status.php's single form, whose reply is one record (line 1415).
    if isinstance(record, list):
        if len(record) != 1:
            raise RemoteProtocolError(
                f"status.php: {len(record)} records for a single-message request"
            )
        return record[0]
    return record


def _timeout(id: int | str, timeout: float, last: StatusRecord | None) -> StatusTimeoutError:
    status = "no status" if last is None else f"status {last.status}"
    return StatusTimeoutError(
        f"id: message {id} has no final status after {timeout} s ({status})", last
    )


def _next_prev_id(page: list[GetMessagesReply], cnt: int, before: int | None) -> int | None:
    """The ``prev_id`` of the next page, or ``None`` when the history is exhausted.

    Spec (line 2871): "prev_id ... Used to request a list of messages sent before the
    message with the specified ID": the next page starts below the page's oldest one.
    A page shorter than ``cnt`` is the last.
    """
    if len(page) < cnt:
        return None
    ids = [m.int_id for m in page]
    if any(i is None for i in ids):
        raise RemoteProtocolError("get_messages: a message without int_id; cannot page on")
    lowest = min(i for i in ids if i is not None)
    if before is not None and lowest >= before:
        # A gateway that ignored prev_id would send the same page forever.
        raise RemoteProtocolError(
            f"get_messages: prev_id={before} gave int_id {lowest}, not an older message"
        )
    return lowest


def _next_after_id(page: list[GetAnswersReply], cnt: int, after: int | None) -> int | None:
    """The ``after_id`` of the next page, or ``None`` when there are no more answers.

    Spec (line 3011): "after_id ID of the message from which to return incoming
    messages, with the exception of the message itself": the next page starts above the
    page's newest one. A page shorter than ``cnt`` is the last.
    """
    if len(page) < cnt:
        return None
    ids = [m.id for m in page]
    if any(i is None for i in ids):
        raise RemoteProtocolError("get_answers: an answer without id; cannot page on")
    highest = max(i for i in ids if i is not None)
    if after is not None and highest <= after:
        raise RemoteProtocolError(
            f"get_answers: after_id={after} gave id {highest}, not a later answer"
        )
    return highest


class SyncConveniences(SyncCommands):
    """``wait_for_final_status``, ``iter_messages`` and ``iter_answers`` of the blocking
    clients (:class:`transports.requests.Client`, :class:`transports.urllib3.Client`)."""

    def clock(self) -> float:
        """Seconds on a monotonic clock (``time.monotonic()``).

        ``wait_for_final_status`` reads it; a subclass may override it (a test's
        virtual clock).
        """
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (``time.sleep``); a subclass may override it."""
        time.sleep(seconds)

    def wait_for_final_status(
        self,
        id: int | str,
        phone: PhoneInput,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll: float = DEFAULT_POLL,
        all: int | None = None,
    ) -> StatusRecord:
        """Ask for a message's status every ``poll`` seconds until it is final.

        The status chain (spec lines 1797-1813) runs from "Waiting send" (-1) through
        "Transferred to the operator" (0) to a final status: delivered, read, clicked,
        expired, or a failure (:data:`smsc_proto.FINAL_STATUSES`), or "Message not
        found" (-3). A status the spec does not list is not final.

        Args:
            id: The message id (``send()``'s ``reply.id``).
            phone: The recipient the status is asked for.
            timeout: Seconds to keep asking.
            poll: Seconds between requests. status.php refuses a sixth identical
                request within a minute (line 1817, error 9): keep it at 12 or more
                against the real gateway.
            all: status.php's ``all`` (0, 1 or 2: how much the record holds).

        Returns:
            The first record whose status is final.

        Raises:
            transports.StatusTimeoutError: no final status within ``timeout`` (its
                ``last`` is the last record read).
            smsc_proto.LocalProtocolError: several ids, or a bad ``timeout``/``poll``.
        """
        _check_wait(id, timeout, poll)
        deadline = self.clock() + timeout
        last: StatusRecord | None = None
        while True:
            last = _one(self.status_query(phone=phone, id=id, all=all))
            if is_final(last):
                return last
            left = deadline - self.clock()
            if left <= 0:
                raise _timeout(id, timeout, last)
            self.sleep(min(poll, left))

    def iter_messages(
        self,
        *,
        cnt: int = 1000,
        prev_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        phone: PhoneInput | None = None,
        email: PhoneInput | None = None,
        format: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
    ) -> Iterator[GetMessagesReply]:
        """Every sent message of the history, newest first, one page at a time.

        Calls ``get_messages`` with ``cnt`` and, from the second page on, ``prev_id``
        set to the oldest message read so far (spec line 2871), until a page is short
        or the gateway answers error 3, "Message not found" (line 2895). The filters are
        :class:`~smsc_proto.commands.GetMessages`'s. get.php allows thirty history
        requests an hour (line 2902): a long history may end in
        :class:`smsc_proto.TooManyRequestsError`.

        Args:
            cnt: The page size, 1..1000 (line 2870).
            prev_id: Start below this global message id (``int_id``).
            start: As for :class:`~smsc_proto.commands.GetMessages`.
            end: As for :class:`~smsc_proto.commands.GetMessages`.
            phone: As for :class:`~smsc_proto.commands.GetMessages`.
            email: As for :class:`~smsc_proto.commands.GetMessages`.
            format: As for :class:`~smsc_proto.commands.GetMessages`.
            fmt: As for every command.
            charset: As for every command.
            credentials: As for every command.

        Raises:
            smsc_proto.RemoteProtocolError: a full page without ``int_id``, or one that
                does not go back in time (the gateway ignored ``prev_id``).
        """
        while True:
            try:
                page = self.get_messages(
                    cnt=cnt,
                    prev_id=prev_id,
                    start=start,
                    end=end,
                    phone=phone,
                    email=email,
                    format=format,
                    fmt=fmt,
                    charset=charset,
                    credentials=credentials,
                )
            except GatewayError as exc:
                if exc.code == _NO_MESSAGES:
                    return
                raise
            yield from page
            prev_id = _next_prev_id(page, cnt, prev_id)
            if prev_id is None:
                return

    def iter_answers(
        self,
        *,
        cnt: int = 1000,
        after_id: int | None = None,
        hour: int | None = None,
        to_phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
    ) -> Iterator[GetAnswersReply]:
        """Every incoming message, oldest first, one page at a time.

        Calls ``get_answers`` with ``cnt`` and, from the second page on, ``after_id``
        set to the newest answer read so far (spec line 3011), until a page is short.
        The filters are :class:`~smsc_proto.commands.GetAnswers`'s.

        Args:
            cnt: The page size, 1..10000 (line 3009).
            after_id: Start after this answer id.
            hour: As for :class:`~smsc_proto.commands.GetAnswers`.
            to_phone: As for :class:`~smsc_proto.commands.GetAnswers`.
            fmt: As for every command.
            charset: As for every command.
            credentials: As for every command.

        Raises:
            smsc_proto.RemoteProtocolError: a full page without ids, or one that does
                not move forward (the gateway ignored ``after_id``).
        """
        while True:
            page = self.get_answers(
                cnt=cnt,
                after_id=after_id,
                hour=hour,
                to_phone=to_phone,
                fmt=fmt,
                charset=charset,
                credentials=credentials,
            )
            yield from page
            after_id = _next_after_id(page, cnt, after_id)
            if after_id is None:
                return


class AsyncConveniences(AsyncCommands):
    """As :class:`SyncConveniences`, awaited, for :class:`transports.aiohttp.AsyncClient`:
    ``await wait_for_final_status(...)``, ``async for m in iter_messages()``."""

    def clock(self) -> float:
        """Seconds on a monotonic clock (``time.monotonic()``); a subclass may
        override it."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (``asyncio.sleep``); a subclass may override it."""
        await asyncio.sleep(seconds)

    async def wait_for_final_status(
        self,
        id: int | str,
        phone: PhoneInput,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll: float = DEFAULT_POLL,
        all: int | None = None,
    ) -> StatusRecord:
        """As :meth:`transports.requests.Client.wait_for_final_status`, awaited.

        Args:
            id: The message id.
            phone: The recipient.
            timeout: Seconds to keep asking.
            poll: Seconds between requests (12 or more against the real gateway).
            all: status.php's ``all``.

        Raises:
            transports.StatusTimeoutError: no final status within ``timeout``.
        """
        _check_wait(id, timeout, poll)
        deadline = self.clock() + timeout
        last: StatusRecord | None = None
        while True:
            last = _one(await self.status_query(phone=phone, id=id, all=all))
            if is_final(last):
                return last
            left = deadline - self.clock()
            if left <= 0:
                raise _timeout(id, timeout, last)
            await self.sleep(min(poll, left))

    async def iter_messages(
        self,
        *,
        cnt: int = 1000,
        prev_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        phone: PhoneInput | None = None,
        email: PhoneInput | None = None,
        format: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
    ) -> AsyncIterator[GetMessagesReply]:
        """As :meth:`transports.requests.Client.iter_messages`: ``async for message in ...``.

        Args:
            cnt: The page size, 1..1000.
            prev_id: Start below this global message id.
            start: As for :class:`~smsc_proto.commands.GetMessages`.
            end: As for :class:`~smsc_proto.commands.GetMessages`.
            phone: As for :class:`~smsc_proto.commands.GetMessages`.
            email: As for :class:`~smsc_proto.commands.GetMessages`.
            format: As for :class:`~smsc_proto.commands.GetMessages`.
            fmt: As for every command.
            charset: As for every command.
            credentials: As for every command.
        """
        while True:
            try:
                page = await self.get_messages(
                    cnt=cnt,
                    prev_id=prev_id,
                    start=start,
                    end=end,
                    phone=phone,
                    email=email,
                    format=format,
                    fmt=fmt,
                    charset=charset,
                    credentials=credentials,
                )
            except GatewayError as exc:
                if exc.code == _NO_MESSAGES:
                    return
                raise
            for message in page:
                yield message
            prev_id = _next_prev_id(page, cnt, prev_id)
            if prev_id is None:
                return

    async def iter_answers(
        self,
        *,
        cnt: int = 1000,
        after_id: int | None = None,
        hour: int | None = None,
        to_phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
    ) -> AsyncIterator[GetAnswersReply]:
        """As :meth:`transports.requests.Client.iter_answers`: ``async for answer in ...``.

        Args:
            cnt: The page size, 1..10000.
            after_id: Start after this answer id.
            hour: As for :class:`~smsc_proto.commands.GetAnswers`.
            to_phone: As for :class:`~smsc_proto.commands.GetAnswers`.
            fmt: As for every command.
            charset: As for every command.
            credentials: As for every command.
        """
        while True:
            page = await self.get_answers(
                cnt=cnt,
                after_id=after_id,
                hour=hour,
                to_phone=to_phone,
                fmt=fmt,
                charset=charset,
                credentials=credentials,
            )
            for answer in page:
                yield answer
            after_id = _next_after_id(page, cnt, after_id)
            if after_id is None:
                return
