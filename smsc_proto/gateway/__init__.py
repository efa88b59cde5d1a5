"""The gateway kit: build on, serve and break an SMSC-compatible gateway (sans-IO).

:class:`Gateway` turns an :class:`~smsc_proto.HttpRequest` into an
:class:`~smsc_proto.HttpResponse` (:meth:`Gateway.respond`). It reads the request,
authenticates it through the builder's hook, hands the decoded command to the handler
registered for its class, and writes the handler's typed reply -- or the
:class:`~smsc_proto.GatewayError` it raised -- in the request's ``fmt`` and charset.
Routing ``send.php`` to your own backend is one function::

    import smsc_proto as sp
    from smsc_proto.commands import Send
    from smsc_proto.responses import SendReply

    gw = sp.gateway.Gateway(authenticate=lambda creds, ctx: accounts.get(creds.login))

    @gw.handler(Send)
    def send(cmd: Send, ctx: sp.gateway.Context[Account]) -> SendReply:
        return SendReply(id=backend.queue(cmd.phones, cmd.mes), cnt=1)

``transports.wsgi.gateway_app``, ``transports.aiohttp.gateway_app`` and
``transports.asgi.gateway_app`` serve a gateway over HTTP.

A gateway keeps its state behind a :class:`Store` -- :class:`MemoryStore` by default,
:class:`SQLiteStore` in one file to survive a restart -- and reads the time from one
:class:`Clock` (:class:`WallClock`, or :class:`VirtualClock` with a speed factor and
manual advance for tests). Every date it writes is Moscow time (:func:`moscow`,
:meth:`Context.moscow_now`).

:class:`VirtualGateway` is the spec's test mode built on the kit: virtual sending, the
status chain and its callbacks, in the store and on the clock, with seeded
:class:`Faults`.
"""

from __future__ import annotations

from ._clock import MOSCOW, Clock, VirtualClock, WallClock, from_moscow, moscow
from ._context import Context
from ._faults import Faults, Plan
from ._gateway import Authenticate, Fallback, Gateway, Handler
from ._http import DEFAULT_MAX_BODY, plain_response
from ._memory import MemoryStore
from ._sqlite import SCHEMA_VERSION, SQLiteStore
from ._store import (
    JSON,
    Due,
    Record,
    Store,
    StoreError,
    Transaction,
    dump_money,
    dump_time,
    load_money,
    load_time,
)
from ._virtual import Delivery, VirtualGateway
from ._virtual_state import VirtualMessage

__all__ = [
    "DEFAULT_MAX_BODY",
    "JSON",
    "MOSCOW",
    "SCHEMA_VERSION",
    "Authenticate",
    "Clock",
    "Context",
    "Delivery",
    "Due",
    "Fallback",
    "Faults",
    "Gateway",
    "Handler",
    "MemoryStore",
    "Plan",
    "Record",
    "SQLiteStore",
    "Store",
    "StoreError",
    "Transaction",
    "VirtualClock",
    "VirtualGateway",
    "VirtualMessage",
    "WallClock",
    "dump_money",
    "dump_time",
    "from_moscow",
    "load_money",
    "load_time",
    "moscow",
    "plain_response",
]
