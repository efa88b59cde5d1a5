"""The spec's example URLs, answered by a virtual gateway as a browser or curl would ask."""

from __future__ import annotations

from typing import Any

import smsc_proto as sp
from smsc_proto.gateway import VirtualGateway

#: The password of the spec's examples (``login=alex&psw=123``).
SPEC_PSW = "123"


def answer(virtual: VirtualGateway, url: str) -> Any:
    """The decoded reply to the spec URL ``url``, or the :class:`~smsc_proto.GatewayError`
    it answered with (returned, not raised: an error documented for the script is a valid
    answer). Anything else -- HTTP 500, an undecodable body -- fails the test."""
    response = virtual.respond(sp.HttpRequest("GET", url, (), b""), peer="203.0.113.9")
    assert response.status == 200, response
    request = sp.Request.from_url(url)
    try:
        return sp.decode_response(
            request, response.body, content_type=response.header("Content-Type")
        )
    except sp.GatewayError as error:
        caught = error
    assert "not emulated" not in caught.description
    return caught
