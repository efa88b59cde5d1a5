"""Build an SMSC-compatible gateway: requests in, typed handlers, exact replies out.

:class:`Gateway` is sans-IO: :meth:`Gateway.respond` turns an
:class:`~smsc_proto.HttpRequest` into an :class:`~smsc_proto.HttpResponse`. It reads
the request, authenticates it through the builder's hook, hands the decoded command to
the handler registered for its class, and writes the handler's typed reply -- or the
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
``transports.asgi.gateway_app`` serve a gateway over HTTP. Every date the gateway
writes is Moscow time (:data:`MOSCOW`, :meth:`Context.moscow_now`).
"""

from __future__ import annotations

from ._context import MOSCOW, Context, NowSource
from ._gateway import Authenticate, Fallback, Gateway, Handler
from ._http import DEFAULT_MAX_BODY, plain_response

__all__ = [
    "DEFAULT_MAX_BODY",
    "MOSCOW",
    "Authenticate",
    "Context",
    "Fallback",
    "Gateway",
    "Handler",
    "NowSource",
    "plain_response",
]
