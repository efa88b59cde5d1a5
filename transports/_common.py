"""What the three adapters share: the drive loop and the typed per-command methods (private).

The protocol's rules live in :class:`smsc_proto.Exchange`; the loop below only hands
requests to a ``send`` function and tells the exchange what came back. The library's
exception is turned into a :class:`smsc_proto.Failure` and a redacted line of text
inside the ``except`` block; the exchange is told about it outside, so no error raised
later has the library's exception (whose text may hold a URL) as its context.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

from smsc_proto import Exchange, Failure, HttpRequest, HttpResponse
from smsc_proto.commands import Command

__all__ = [
    "AsyncCaller",
    "AsyncMethod",
    "Method",
    "SyncCaller",
    "drive",
    "drive_async",
]

P = ParamSpec("P")
R = TypeVar("R")

#: Classifies a library exception: a :class:`Failure`, or ``None`` for "not ours".
Classify = Callable[[BaseException], "Failure | None"]


def _describe(exc: BaseException) -> str:
    """``Name: text`` of the failure that happened, unwrapped from its wrappers.

    requests wraps urllib3's ``MaxRetryError`` ("Max retries exceeded with url: ...")
    around a single attempt -- its adapter makes one (``max_retries`` 0), and the
    urllib3 client passes ``retries=False`` -- so the line names the wrapped failure
    (``NewConnectionError: ... Connection refused``), not retries that were never made.
    An exception whose only argument is another exception, or whose ``reason`` is one,
    is such a wrapper.
    """
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        reason = getattr(exc, "reason", None)
        if len(exc.args) == 1 and isinstance(exc.args[0], BaseException):
            exc = exc.args[0]
        elif isinstance(reason, BaseException):
            exc = reason
        else:
            break
    return f"{type(exc).__name__}: {exc}"


def drive(
    exchange: Exchange[R], send: Callable[[HttpRequest], HttpResponse], classify: Classify
) -> R:
    """Run ``exchange`` to its end with a blocking ``send``; return its result."""
    while (request := exchange.next_request()) is not None:
        failure: Failure | None = None
        detail = ""
        try:
            response = send(request)
        except Exception as exc:
            failure = classify(exc)
            if failure is None:
                raise
            # Redacted here: only the masked text outlives the except block.
            detail = exchange.redact(_describe(exc))
        if failure is None:
            exchange.receive(response)
        else:
            exchange.fail(failure, detail)
    return exchange.result()


async def drive_async(
    exchange: Exchange[R],
    send: Callable[[HttpRequest], Awaitable[HttpResponse]],
    classify: Classify,
) -> R:
    """Run ``exchange`` to its end with an awaitable ``send``; return its result."""
    while (request := exchange.next_request()) is not None:
        failure: Failure | None = None
        detail = ""
        try:
            response = await send(request)
        except Exception as exc:
            failure = classify(exc)
            if failure is None:
                raise
            detail = exchange.redact(_describe(exc))
        if failure is None:
            exchange.receive(response)
        else:
            exchange.fail(failure, detail)
    return exchange.result()


# -- one typed method per command -----------------------------------------------------------


class SyncCaller(Protocol):
    """Anything with a blocking ``call(command)`` that returns the command's reply."""

    def call(self, command: Command[R]) -> R:
        """Carry out ``command`` and return its result."""


class AsyncCaller(Protocol):
    """Anything with an awaitable ``call(command)`` that returns the command's reply."""

    async def call(self, command: Command[R]) -> R:
        """Carry out ``command`` and return its result."""


class Method(Generic[P, R]):
    """A client method that builds one command from its keyword arguments and calls it.

    ``send = Method(Send)`` gives ``client.send(phones=..., mes=...)`` whose arguments
    mypy checks against ``Send``'s fields (a ``ParamSpec`` taken from the class), and
    whose result is ``Send``'s reply type (``SendReply``: ``Send`` is a
    ``Command[SendReply]``).
    """

    def __init__(self, command: Callable[P, Command[R]]) -> None:
        self.command = command

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Method[P, R]: ...
    @overload
    def __get__(self, client: SyncCaller, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, client: SyncCaller | None, owner: type[Any]) -> Method[P, R] | Callable[P, R]:
        if client is None:
            return self
        command = self.command

        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return client.call(command(*args, **kwargs))

        return method


class AsyncMethod(Generic[P, R]):
    """As :class:`Method`, for clients whose ``call`` is a coroutine."""

    def __init__(self, command: Callable[P, Command[R]]) -> None:
        self.command = command

    @overload
    def __get__(self, client: None, owner: type[Any]) -> AsyncMethod[P, R]: ...
    @overload
    def __get__(self, client: AsyncCaller, owner: type[Any]) -> Callable[P, Awaitable[R]]: ...
    def __get__(
        self, client: AsyncCaller | None, owner: type[Any]
    ) -> AsyncMethod[P, R] | Callable[P, Awaitable[R]]:
        if client is None:
            return self
        command = self.command

        async def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return await client.call(command(*args, **kwargs))

        return method
