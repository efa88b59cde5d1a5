"""The spec's example URLs against a virtual gateway: a value or a documented error."""

from __future__ import annotations

from typing import Any

import smsc_proto as sp
from smsc_proto.gateway import VirtualGateway

from .virtual_support import gateway

#: The account of the spec's examples: ``login=alex&psw=123``.
EXAMPLE_PASSWORD = "123"


def example_gateway(**kwargs: Any) -> VirtualGateway:
    """A virtual gateway on a stopped clock where the examples' alex/123 may call."""
    virtual = gateway(**kwargs)
    virtual.add_account("alex", EXAMPLE_PASSWORD)
    return virtual


def answer(virtual: VirtualGateway, url: str) -> Any:
    """What ``virtual`` answers to the spec's ``url``: the decoded reply, or the
    :class:`~smsc_proto.GatewayError` -- one of the script's documented codes, never the
    fallback's "not emulated"."""
    command = sp.parse_command(sp.Request.from_url(url))
    response = virtual.respond(sp.HttpRequest("GET", url))
    assert response.status == 200
    try:
        return sp.decode_response(command, response.body)
    except sp.GatewayError as error:
        refused = error
    assert refused.code in sp.responses.ERROR_TABLES[command.SCRIPT], refused
    assert "not emulated" not in refused.description, refused
    return refused


def outcome(reply: Any) -> Any:
    """A reply as a test row states it: the value, or the error's code."""
    return reply.code if isinstance(reply, sp.GatewayError) else reply
