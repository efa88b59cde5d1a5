"""A reply the request's fmt and charset cannot carry becomes error 1 (private).

A fmt=0/1 line escapes nothing: a text with a line break cannot be written in a fmt=1
record, a name holding the separators of its line could be read two ways, and a
windows-1251 or koi8-r reply cannot carry every character. The reply encoder refuses
such a reply (:class:`~smsc_proto.LocalProtocolError`); the kit's gateway would turn that
into HTTP 500, a bug. The state is not a bug: the gateway answers with spec line 212's
"1 Error in parameters." naming the fmt and the reason, and the client may ask again in
a fmt that can carry it (2 or 3, utf-8).
"""

from __future__ import annotations

from typing import Any, TypeVar

from .._charsets import DEFAULT_CHARSET
from .._command import Command
from .._errors import GatewayError, LocalProtocolError
from .._replies._registry import encode_response
from ._virtual_state import BAD_PARAMETERS

__all__ = ["writable"]

R = TypeVar("R")


def writable(command: Command[Any], reply: R) -> R:
    """``reply``, once it is known the request's fmt and charset can carry it.

    Raises:
        GatewayError: error 1 when they cannot, with the encoder's reason.
    """
    try:
        encode_response(command, reply)
    except LocalProtocolError as exc:
        # The reason may quote the very text that could not be written: it travels as
        # ASCII on one line, so the error reply itself can always be written.
        reason = " ".join(str(exc).encode("ascii", "backslashreplace").decode().split())
        fmt, charset = command.fmt or 0, command.charset or DEFAULT_CHARSET
        # fmt=3 in utf-8 carries every text; what it cannot carry no request can.
        advice = "" if (fmt, charset) == (3, "utf-8") else "; ask with fmt=3 and charset=utf-8"
        raise GatewayError(
            BAD_PARAMETERS,
            f"Error in parameters: the reply cannot be written in fmt={fmt} "
            f"and charset {charset} ({reason}){advice}.",
        ) from None
    return reply
