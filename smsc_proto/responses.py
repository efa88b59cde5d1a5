"""Replies in fmt 0, 1, 2 and 3, decoded and encoded from one declaration per shape.

:func:`decode_response` reads a reply body into a typed model (or a list of them) and
raises :class:`~smsc_proto.GatewayError` for an error reply; :func:`encode_response` and
:func:`encode_error` write what the gateway would. The request decides the shape.
Commands whose replies are not modelled yet raise :class:`~smsc_proto.LocalProtocolError`.
"""

from ._response import (
    ERROR_TABLES,
    Reply,
    decode_response,
    encode_error,
    encode_response,
    error_meaning,
)
from ._scripts.balance import (
    BalanceReply,
)
from ._scripts.send import (
    SendReply,
)

__all__ = [
    "ERROR_TABLES",
    "BalanceReply",
    "Reply",
    "SendReply",
    "decode_response",
    "encode_error",
    "encode_response",
    "error_meaning",
]
