"""The HTTP side of a gateway reply: which paths it serves, its headers, its refusals (private).

Spec (line 39): "https://smscentre.com/sys/send.php?login=<login>&psw=<password>..."
and (line 41): "https://smscentre.com/rest/send/": the API lives at
``/sys/<script>.php`` and ``/rest/send/``; every other path is no part of it (404).

The spec names no ``Content-Type`` for its replies. The gateway labels each body with
what it is, in the charset it is written in (spec line 1424: "charset - The encoding of
the query result"): fmt=0 and fmt=1 are ``text/plain``, fmt=2 ``application/xml`` (RFC
7303: its ``charset`` parameter rules, as the body has no XML declaration), fmt=3
``application/json``. Clients read the body by the request's ``fmt`` alone, so the label
is for people and proxies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

from .._charsets import DEFAULT_CHARSET
from .._command import FMT
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies._registry import FORMATS
from .._session import HttpResponse
from .._wire import JSON_CONTENT_TYPE, Request

__all__ = [
    "BAD_PARAMETERS",
    "DEFAULT_MAX_BODY",
    "content_type",
    "is_gateway_path",
    "plain_response",
    "unreadable_reply",
]

#: The largest request body the apps read (a 1000-line ``list`` of long messages fits).
DEFAULT_MAX_BODY: Final = 8 * 1024 * 1024

#: Spec (line 212): "1 - Error in parameters." -- the code and words of the reply to a
#: request the gateway cannot read or does not serve.
BAD_PARAMETERS: Final = (1, "Error in parameters.")

# "/sys/<script>.php" (one segment), "/rest/send/" (the spec's spelling) or "/rest/send".
_GATEWAY_PATH: Final = re.compile(r"/sys/[^/]+\.php|/rest/send/?")

_MEDIA: Final[Mapping[int, str]] = {
    0: "text/plain",
    1: "text/plain",
    2: "application/xml",
    3: JSON_CONTENT_TYPE,
}

_REASONS: Final[Mapping[int, bytes]] = {
    400: b"Bad Request",
    404: b"Not Found",
    405: b"Method Not Allowed",
    413: b"Content Too Large",
    500: b"Internal Server Error",
}

# documents.php answers errors in JSON whatever the fmt (spec lines 2578-2582).
_JSON_ERRORS_ONLY: Final = frozenset({"documents.php"})


def is_gateway_path(url: str) -> bool:
    """Whether ``url`` (absolute, or a request target) is ``/sys/<script>.php`` or
    ``/rest/send/``."""
    path = url.partition("?")[0] if url.startswith("/") else urlsplit(url).path
    return _GATEWAY_PATH.fullmatch(path) is not None


def content_type(fmt: int, charset: str) -> str:
    """The ``Content-Type`` of a fmt ``fmt`` reply written in ``charset``."""
    return f"{_MEDIA[fmt]}; charset={charset}"


def plain_response(status: int) -> HttpResponse:
    """The plain-text reply of an HTTP-level refusal, which no fmt governs.

    Args:
        status: 400 (a request the server cannot hand over), 404 (a path that is no
            part of the API), 405 (a method other than GET and POST), 413 (a body over
            the size limit) or 500 (a handler failed).

    Raises:
        LocalProtocolError: another status.
    """
    reason = _REASONS.get(status)
    if reason is None:
        codes = ", ".join(str(code) for code in _REASONS)
        raise LocalProtocolError(f"status: must be one of {codes}, got {status!r}")
    return HttpResponse(status, (("Content-Type", "text/plain; charset=utf-8"),), reason)


def _readable_fmt(request: Request) -> int:
    values = request.params.getall("fmt", [])
    if len(values) != 1:
        return 0
    try:
        return FMT.parse("fmt", values[0])
    except RemoteProtocolError:
        return 0


def _readable_charset(request: Request) -> str:
    try:
        return request.charset
    except LocalProtocolError:
        return DEFAULT_CHARSET


def unreadable_reply(request: Request | None) -> tuple[bytes, str, int]:
    """The error 1 reply to a request no command accepts: body, Content-Type and fmt.

    Spec (lines 175-206): "ERROR = N (description)" in fmt=0, "0,-N" in fmt=1 and the
    ``<error>``/``<error_code>`` forms in fmt=2 and fmt=3, with (line 212) "1 - Error in
    parameters.". A request whose bytes could be read (``request`` given) is answered in
    the ``fmt`` and charset it names, when it names a valid one; one whose bytes could
    not be read names no fmt the gateway could trust, and gets fmt=0 in windows-1251,
    the protocol's default.
    """
    fmt, charset = 0, DEFAULT_CHARSET
    if request is not None:
        fmt, charset = _readable_fmt(request), _readable_charset(request)
        if request.script in _JSON_ERRORS_ONLY:
            fmt = 3
    code, description = BAD_PARAMETERS
    text = FORMATS[fmt].encode_error(code, description, None, False)
    # The description is ASCII: every charset of the protocol writes it.
    return text.encode(charset), content_type(fmt, charset), fmt
