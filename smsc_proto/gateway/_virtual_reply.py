"""A virtual-gateway reply the encoder can write, or error 1 (private).

Some replies have no form in some requests: a fmt=1 line holds no line break and reads
one way only (nothing is escaped), ``senders.php?get=1&operators=1`` has no fmt=1 form
(QUIRKS INC-34), ``files=1`` has no layout (lines 2669-2674), and a stored text may hold
a character the request's charset cannot carry. The kit's
:class:`~smsc_proto.gateway.Gateway` encodes the reply after the handler returns, where a
refusal would be a crash (HTTP 500); a handler whose reply may be such calls
:func:`writable` first, so the caller gets the spec's "1 Error in parameters." naming why.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .._charsets import DEFAULT_CHARSET
from .._command import Command
from .._errors import GatewayError, LocalProtocolError
from .._replies import encode_response
from ._virtual_state import BAD_PARAMETERS

__all__ = ["writable"]

R = TypeVar("R")


def writable(command: Command[Any], reply: R) -> R:
    """``reply``, once the encoder has shown it can write it for ``command``.

    Raises:
        GatewayError: error 1 (spec line 212, "Error in parameters."), saying why the
            reply cannot be written in the request's ``fmt`` and charset.
    """
    try:
        encode_response(command, reply)
    except LocalProtocolError as exc:
        description = (
            f"Error in parameters: the reply cannot be written in fmt={command.fmt or 0} ({exc})."
        )
        # The reason may quote the very character the request's charset cannot carry
        # (a name stored by a utf-8 request, listed in windows-1251): it is written
        # escaped, so that the error reply itself can be written.
        charset = command.charset or DEFAULT_CHARSET
        escaped = description.encode(charset, "backslashreplace").decode(charset)
        raise GatewayError(BAD_PARAMETERS, escaped) from None
    return reply
