"""What the three adapters share: the drive loop and the generated methods' helper (private).

The protocol's rules live in :class:`smsc_proto.Exchange`; the loop below only hands
requests to a ``send`` function and tells the exchange what came back. The library's
exception is turned into a :class:`smsc_proto.Failure` and a redacted line of text
inside the ``except`` block; the exchange is told about it outside, so no error raised
later has the library's exception (whose text may hold a URL) as its context.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from smsc_proto import Exchange, Failure, HttpRequest, HttpResponse
from smsc_proto.commands import Command

__all__ = ["build", "drive", "drive_async"]

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


# -- the generated methods' helper ----------------------------------------------------------


def build(command: Callable[..., Command[R]], arguments: dict[str, Any]) -> Command[R]:
    """``command(**arguments)``, ``self`` left out: a generated method's ``locals()``.

    The methods of :mod:`transports._methods` pass their parameters, which are the
    command's fields, on this way; the constructor converts and checks them.
    """
    return command(**{name: value for name, value in arguments.items() if name != "self"})
