"""Raw replies: a file, or a multipart body -- the format beside fmt 0..3 (private).

Spec (lines 2595-2599): documents.php's ``add_account`` answers with "a multipart
structure that includes 2 parts with the corresponding headers. The first part contains
the Server response in json format ... the second part includes a file with the invoice
in pdf format"; ``get_account`` and ``get_act`` answer with "the invoice file in pdf
format" / "a file with the act in pdf format". Such a body follows no ``fmt``, so it is
its own format in the registry: a command class whose replies are raw registers its
decoder with :func:`raw_replies`, and :func:`~smsc_proto.responses.decode_response`
hands it the body and the reply's ``Content-Type`` before the ``fmt`` is looked at.

The pieces every raw format reads with are here too: :func:`is_json` (the JSON error
reply a raw script sends instead, lines 2578-2582), :func:`check_pdf` and
:func:`multipart_parts`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeAlias, TypeVar

from .._command import Command
from .._errors import RemoteProtocolError
from .._forms import first_line_boundary, parse_content_type, split_multipart
from .._util import short

__all__ = [
    "PDF_MAGIC",
    "RawDecoder",
    "check_pdf",
    "is_json",
    "multipart_parts",
    "raw_decoder",
    "raw_replies",
]

#: How a raw format is read: ``(command, body, content_type) -> reply``. It raises
#: GatewayError for an error reply and RemoteProtocolError for anything else it cannot
#: read, as every decoder does.
RawDecoder: TypeAlias = Callable[[Any, bytes, "str | None"], Any]
D = TypeVar("D", bound=RawDecoder)

_DECODERS: dict[type[Command], RawDecoder] = {}

#: Every PDF file begins with this header (ISO 32000-1, 7.5.2: "%PDF-1.n").
PDF_MAGIC: Final = b"%PDF-"


def raw_replies(*commands: type[Command]) -> Callable[[D], D]:
    """Register the decoder of the commands whose replies are raw bodies.

    Args:
        commands: The command classes whose every reply the decoder reads.
    """

    def decorate(decoder: D) -> D:
        for cls in commands:
            _DECODERS[cls] = decoder
        return decoder

    return decorate


def raw_decoder(command: Command) -> RawDecoder | None:
    """The decoder registered for ``command``'s class, or ``None`` (a fmt=0..3 reply)."""
    return _DECODERS.get(type(command))


def is_json(body: bytes) -> bool:
    """Whether ``body`` is a JSON object (a UTF-8 byte order mark and blanks may lead)."""
    return body.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"{")


def check_pdf(what: str, content: bytes) -> bytes:
    """``content`` when it is a PDF file (it starts with ``%PDF-``).

    Raises:
        RemoteProtocolError: it does not; the message names ``what``.
    """
    if not content.startswith(PDF_MAGIC):
        raise RemoteProtocolError(f"body: {what} is no PDF file (it must start with %PDF-)")
    return content


def multipart_parts(body: bytes, content_type: str | None, what: str) -> list[bytes]:
    """The contents of a multipart reply's parts, in order, every header line checked.

    The boundary is the ``Content-Type``'s; without one, the body's first line names it
    (RFC 2046 5.1.1: "--" boundary). Which headers a part carries is not checked (the
    spec says "the corresponding headers" only): the parts are told apart by their place
    and their content.

    Args:
        body: The reply body.
        content_type: The reply's ``Content-Type`` header, or ``None``.
        what: The action that answers so, for messages (``"add_account"``).

    Raises:
        RemoteProtocolError: the Content-Type is no multipart type, there is no valid
            boundary, or the body is no well-formed multipart body.
    """
    if content_type is not None:
        ctype = parse_content_type(content_type)
        if not ctype.media.startswith("multipart/"):
            raise RemoteProtocolError(
                f"content_type: {what} answers with a multipart body, got {short(ctype.media)}"
            )
        boundary = ctype.params.get("boundary", "")
    else:
        boundary = first_line_boundary(body)
    return [part.content for part in split_multipart(body, boundary)]
