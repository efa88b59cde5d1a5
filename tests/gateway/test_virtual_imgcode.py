"""imgcode.php on the virtual gateway: the browser gets a 50x18 PNG captcha, without
credentials; the code shown is kept for the caller's address."""

from __future__ import annotations

import struct
import zlib
from datetime import timedelta

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway._virtual_imgcode import _FONT, check_imgcode, render_png

from .virtual_support import START, gateway


def pixels(png: bytes) -> list[bytes]:
    """The rows of a grayscale PNG, every chunk's CRC checked."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    at, chunks = 8, {}
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + data)
        chunks[kind] = data
        at += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, height, depth, color) == (50, 18, 8, 0)  # line 3735: 50x18
    raw = zlib.decompress(chunks[b"IDAT"])
    rows = [raw[i * 51 : (i + 1) * 51] for i in range(height)]
    assert all(row[0] == 0 for row in rows)  # filter "None"
    return [row[1:] for row in rows]


def read_code(png: bytes) -> str:
    """The digits a PNG of :func:`render_png` shows (its font, 2x, centred)."""
    rows = pixels(png)
    code = ""
    for index in range(5):
        bits = ""
        for row in range(5):
            for column in range(3):
                x, y = 6 + (index * 4 + column) * 2, 4 + row * 2
                bits += "1" if rows[y][x] == 0 else "0"
        code += str(_FONT.index(bits))
    return code


def test_the_browser_gets_a_png_captcha_without_credentials() -> None:
    virtual = gateway()
    url = c.ImgcodeImage(refresh="1.11").to_request().to_url(base="https://smscentre.com/sys/")
    response = virtual.respond(sp.HttpRequest("GET", url, (), b""), peer="198.51.100.7")
    assert response.status == 200
    assert response.header("Content-Type") == "image/png"
    code = read_code(response.body)
    assert len(code) == 5
    with virtual.store.transaction() as tx:
        assert not check_imgcode(tx, "198.51.100.7", "x" + code[1:], START)
        assert not check_imgcode(tx, "198.51.100.7", code, START + timedelta(minutes=11))
        assert check_imgcode(tx, "198.51.100.7", code, START + timedelta(minutes=1))
        assert not check_imgcode(tx, "198.51.100.7", code, START)  # once only


def test_render_png_shows_the_code() -> None:
    assert read_code(render_png("0123" + "4")) == "01234"
    assert read_code(render_png("56789")) == "56789"


def test_what_imgcode_php_does_not_accept_gets_error_1() -> None:
    virtual = gateway()
    # imgcode.php takes no fmt and no credentials (its URL is an <img src>): the kit
    # answers error 1, as for any request no command accepts.
    for query in ("1.1&fmt=3", "1.1&login=alex&psw=x", "1.1&2.2"):
        url = f"https://smscentre.com/sys/imgcode.php?{query}"
        response = virtual.respond(sp.HttpRequest("GET", url, (), b""))
        assert response.status == 200
        assert response.body.startswith(b"ERROR = 1") or b'"error_code":1' in response.body


def test_the_spec_url_is_an_image() -> None:
    virtual = gateway()
    # Line 3735: <img src="https://smscentre.com/sys/imgcode.php?1.1" ...>
    response = virtual.respond(
        sp.HttpRequest("GET", "https://smscentre.com/sys/imgcode.php?1.1", (), b"")
    )
    assert (response.status, response.header("Content-Type")) == (200, "image/png")
    assert len(read_code(response.body)) == 5
    # No session sends it (its reply type is NoReturn): the browser loads the URL.
    with pytest.raises(sp.LocalProtocolError, match="browser"):
        sp.Session("alex", "x").prepare(c.ImgcodeImage(refresh="1.1"))
