"""The virtual gateway's ``imgcode.php``: the captcha image (private).

Spec (line 3735): ``<img src="https://smscentre.com/sys/imgcode.php?1.1"
onclick="src+=1" width="50" height="18" border="1">``; (lines 3738-3740): the code the
user reads is sent to send.php as ``imgcode``, with "the IP address of the user to whom
the image was displayed as the value of the userip parameter".

The script is loaded by the end user's browser, without credentials and without
``fmt`` (:class:`~smsc_proto.commands.ImgcodeImage`, whose reply type is ``NoReturn``:
no client decodes it). So it is answered before the kit's authentication
(:meth:`VirtualGateway.respond` asks :func:`image_response` first): HTTP 200, an
``image/png`` of the spec's 50x18 pixels showing a new five-digit code, kept for the
caller's address. A request for imgcode.php that the command does not accept (with
credentials or ``fmt``) is left to the kit, which answers error 1.

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``imgcode``         the browser's address (``-``    the code shown last and when
                    when the server gave none)
==================  ==============================  ==========================================

:func:`check_imgcode` is what send.php's ``imgcode`` + ``userip`` check reads.
"""

from __future__ import annotations

import ipaddress
import secrets
import struct
import zlib
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import urlsplit

from .._command import parse_command
from .._errors import RemoteProtocolError
from .._scripts.imgcode import ImgcodeImage
from .._session import HttpRequest, HttpResponse
from .._wire import Request
from ._store import Transaction, dump_time, load_time
from ._virtual_state import VirtualState

__all__ = ["CODE_LIFETIME", "IMGCODE", "check_imgcode", "image_response", "render_png"]

IMGCODE: Final = "imgcode"
#: How long a code shown is accepted (the spec gives no lifetime).
CODE_LIFETIME: Final = timedelta(minutes=10)
_DIGITS: Final = 5
#: Line 3735: width="50" height="18".
_WIDTH, _HEIGHT = 50, 18
_SCALE: Final = 2
#: A 3x5 pixel font of the ten digits, one string of 15 bits per digit, row by row.
_FONT: Final = (
    "111101101101111",
    "010110010010111",
    "111001111100111",
    "111001111001111",
    "101101111001001",
    "111100111001111",
    "111100111101111",
    "111001001001001",
    "111101111101111",
    "111101111001111",
)


def render_png(code: str) -> bytes:
    """A 50x18 grayscale PNG showing ``code`` (digits), black on white."""
    pixels = [[255] * _WIDTH for _ in range(_HEIGHT)]
    left = (_WIDTH - len(code) * 4 * _SCALE + _SCALE) // 2
    top = (_HEIGHT - 5 * _SCALE) // 2
    for index, digit in enumerate(code):
        glyph = _FONT[int(digit)]
        for bit, on in enumerate(glyph):
            if on == "1":
                row, column = divmod(bit, 3)
                x = left + (index * 4 + column) * _SCALE
                y = top + row * _SCALE
                for dy in range(_SCALE):
                    for dx in range(_SCALE):
                        pixels[y + dy][x + dx] = 0
    raw = b"".join(b"\x00" + bytes(line) for line in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", _WIDTH, _HEIGHT, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def image_response(
    state: VirtualState, http: HttpRequest, peer: str | None, now: datetime
) -> HttpResponse | None:
    """The captcha image for an ``imgcode.php`` request, or ``None`` for any other."""
    if not urlsplit(http.url).path.endswith("/sys/imgcode.php"):
        return None
    try:
        wire = Request.from_url(http.url, http.body or None, http.header("Content-Type"))
        command = parse_command(wire)
    except RemoteProtocolError:
        return None
    if not isinstance(command, ImgcodeImage):
        return None
    code = "".join(secrets.choice("0123456789") for _ in range(_DIGITS))
    with state.store.transaction() as tx:
        tx.put(IMGCODE, _address(peer or "-"), {"code": code, "at": dump_time(now)})
    headers = (("Content-Type", "image/png"), ("Cache-Control", "no-store"))
    return HttpResponse(200, headers, render_png(code))


def _address(text: str) -> str:
    """An IP address in one spelling; any other text as it is."""
    try:
        return ipaddress.ip_address(text).compressed
    except ValueError:
        return text


def check_imgcode(tx: Transaction, userip: str, code: str, now: datetime) -> bool:
    """Whether ``code`` is the one shown to ``userip`` less than :data:`CODE_LIFETIME`
    ago; a code is accepted once (it is forgotten here). Addresses are compared as
    :mod:`ipaddress` reads them (``::0:1`` is ``::1``)."""
    userip = _address(userip)
    record = tx.get(IMGCODE, userip)
    if record is None or now - load_time(record["at"]) > CODE_LIFETIME:
        return False
    if record.get("code") != code:
        return False
    tx.delete(IMGCODE, userip)
    return True
