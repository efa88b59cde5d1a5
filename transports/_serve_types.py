"""What ``transports.serve`` needs of a gateway, its faults and its deliveries (private).

The server is written against these protocols, not against a class: it uses exactly
these members of :class:`smsc_proto.gateway.VirtualGateway`, its ``Faults``, ``Plan``
and ``Delivery``, and any object that has them can be served (the tests serve a small
gateway of their own). They are re-exported by :mod:`transports.serve`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, TypeVar

from smsc_proto import HttpRequest, HttpResponse
from smsc_proto.gateway import JSON, Store

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["D", "F", "FaultPlan", "ServedDelivery", "ServedFaults", "ServedGateway"]


class FaultPlan(Protocol):
    """What the server does with one request: wait ``latency`` seconds, then ``action``.

    ``action`` is one of ``"answer"`` (the gateway's reply), ``"http_error"`` (HTTP
    ``http_status``, the gateway not asked), ``"reset"`` (the connection reset, the
    gateway not asked), ``"truncate"`` (the gateway's reply cut in half, its
    ``Content-Length`` whole) or ``"lose_reply"`` (the gateway asked -- a send is
    committed -- then the connection closed without a reply).
    """

    @property
    def latency(self) -> float:
        """Seconds to wait before acting."""
        ...

    @property
    def action(self) -> str:
        """``answer``, ``http_error``, ``reset``, ``truncate`` or ``lose_reply``."""
        ...

    @property
    def http_status(self) -> int:
        """The status of an ``http_error``."""
        ...


class ServedFaults(Protocol):
    """The faults of a served gateway, as the server reads them (``Faults``)."""

    @property
    def backup_down(self) -> bool:
        """Whether the backup host refuses connections."""
        ...

    def plan(self, index: int, *, script: str) -> FaultPlan:
        """The plan of the ``index``-th request (from 0) to ``script`` (``send.php``...)."""
        ...

    def to_json(self) -> dict[str, JSON]:
        """The faults as a JSON object (what ``GET /_admin/faults`` answers)."""
        ...

    @classmethod
    def from_json(cls, data: object) -> Self:
        """Faults from a JSON object (what ``PUT /_admin/faults`` takes).

        Raises:
            smsc_proto.LocalProtocolError: ``data`` breaks a rule; the message names
                the field.
        """
        ...


class ServedDelivery(Protocol):
    """One callback request to make (``Delivery``)."""

    @property
    def key(self) -> str:
        """The delivery's stable id in the store (the same across retries)."""
        ...

    @property
    def url(self) -> str:
        """The absolute URL to POST to."""
        ...

    @property
    def body(self) -> bytes:
        """The request body."""
        ...

    @property
    def content_type(self) -> str:
        """The body's ``Content-Type``."""
        ...

    @property
    def attempt(self) -> int:
        """This request's number, from 1."""
        ...


#: The delivery type of a served gateway.
D = TypeVar("D", bound=ServedDelivery)
#: The faults type of a served gateway.
F = TypeVar("F", bound=ServedFaults)


class ServedGateway(Protocol[D, F]):
    """The gateway :class:`transports.serve.Server` serves (``VirtualGateway``).

    Sans-IO and thread-safe: the server calls it from one thread per connection and
    from its callback courier at once.
    """

    @property
    def store(self) -> Store:
        """Where the gateway keeps its state (a ``MemoryStore`` is not durable)."""
        ...

    @property
    def faults(self) -> F:
        """The faults in force."""
        ...

    def set_faults(self, faults: F) -> None:
        """Replace the faults, atomically."""
        ...

    def respond(self, http: HttpRequest, *, peer: str | None = None) -> HttpResponse:
        """The reply to one request (protocol faults applied)."""
        ...

    def due_callbacks(self, limit: int = 100) -> list[D]:
        """The callback requests due now, leased (retried later unless settled)."""
        ...

    def delivered(self, delivery: D, *, status: int | None) -> None:
        """Report the handler's HTTP status for ``delivery`` (``None``: no reply)."""
        ...

    def pending_callbacks(self) -> int:
        """How many callbacks are queued or leased, not yet settled."""
        ...

    def admin_state(self, what: str) -> JSON:
        """A JSON-ready view: ``messages``, ``callbacks``, ``accounts`` or ``clock``."""
        ...

    def inject_incoming(self, *, login: str, phone: str, to: str, mes: str) -> int:
        """Receive an incoming message for ``login``; its id."""
        ...

    def advance(self, seconds: float) -> None:
        """Move the virtual clock ahead and run what fell due."""
        ...

    def reset(self) -> None:
        """Forget every message, callback and account."""
        ...

    def add_account(self, login: str, password: str, balance: Decimal | None = None) -> None:
        """Add (or replace) an account."""
        ...
