"""imgcode.php: one table of (command, URL) rows drives both directions.

The spec's one imgcode.php example (catalog ``examples``, the ``src`` of an HTML ``img``
at line 3735) is a row. The encoder writes the refresh token as ``1.1=`` (the wire
layer writes every parameter as ``name=value``), so that row carries the canonical URL.
"""

from __future__ import annotations

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import Command, Credentials, ImgcodeImage
from smsc_proto.strategies import imgcode_image_commands

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_command,
    check_refused_request,
    check_refused_url,
    decode,
)

IMG = BASE + "imgcode.php"

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 3735: <img src="https://smscentre.com/sys/imgcode.php?1.1" onclick="src+=1" ...>
    (ImgcodeImage(refresh="1.1"), "https://smscentre.com/sys/imgcode.php?1.1", IMG + "?1.1="),
]

COVERAGE: list[Row] = [
    # what onclick="src+=1" makes of the src: one more "1" per click
    (ImgcodeImage(refresh="1.11"), IMG + "?1.11", IMG + "?1.11="),
    (ImgcodeImage(refresh="1.1111"), IMG + "?1.1111=", None),
    (ImgcodeImage(refresh="20240131"), IMG + "?20240131=", None),
    # no token at all
    (ImgcodeImage(), IMG, None),
    # the token is taken wherever it stands; other parameters are extra, in wire order
    (
        ImgcodeImage(refresh="1.1", charset="utf-8", extra=(("r", "5"),)),
        IMG + "?r=5&1.1&charset=utf-8",
        IMG + "?1.1=&charset=utf-8&r=5",
    ),
    # a token-like name with a value is no token: kept in extra
    (ImgcodeImage(extra=(("1.1", "x"),)), IMG + "?1.1=x", None),
    # other bare names are no token either
    (ImgcodeImage(refresh="1.1", extra=(("a", ""),)), IMG + "?1.1&a", IMG + "?1.1=&a="),
    (ImgcodeImage(extra=(("1.1.1", ""),)), IMG + "?1.1.1=", None),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 1


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical)
    assert command.to_request().to_url() == (canonical or url)


BAD_URLS = [
    (IMG + "?1.1&1.11", "imgcode.php: more than one refresh token ('1.1', '1.11')"),
    (IMG + "?1.1&login=alex&psw=123", "credentials: imgcode.php takes none"),
    (IMG + "?apikey=k3y", "credentials: imgcode.php takes none"),
    (IMG + "?login=alex", "credentials: psw is required with login/psw"),
    (IMG + "?1.1&fmt=3", "fmt: imgcode.php replies with an image"),
    (IMG + "?1.1&fmt=9", "fmt: must be one of 0, 1, 2, 3"),
    (IMG + "?1.1&charset=latin1", "charset"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


def test_decode_refuses_attachments() -> None:
    request = sp.Request(
        "imgcode.php", [("1.1", "")], [sp.Attachment(name="f", filename="a.png", content=b"")]
    )
    check_refused_request(request, "imgcode.php: takes no attach")


BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({"credentials": ALEX}, "credentials: imgcode.php takes none (its URL is an <img src>"),
    ({"credentials": Credentials(apikey="k")}, "credentials: imgcode.php takes none"),
    ({"fmt": 0}, "fmt: imgcode.php replies with an image (line 3735)"),
    ({"refresh": ""}, "refresh: must be digits[.digits] like '1.1' (line 3735)"),
    ({"refresh": "1.1.1"}, "refresh: must be digits[.digits]"),
    ({"refresh": "a1"}, "refresh: must be digits[.digits]"),
    ({"refresh": "1." + "1" * 127}, "at most 128 characters"),
    ({"refresh": 1.1}, "refresh: must be digits[.digits] like '1.1' (line 3735), at most 128"),
    ({"extra": (("1.11", ""),)}, "extra: '1.11' with an empty value is the refresh token"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(ImgcodeImage, kwargs, match)


def test_longest_token() -> None:
    # 128 characters: the wire layer's longest parameter name.
    command = ImgcodeImage(refresh="1." + "1" * 126)
    assert decode(command.to_request().to_url()) == command


def test_unknown_parameters_are_kept() -> None:
    command = decode(IMG + "?1.1&x=y&lang=ru")
    assert command == ImgcodeImage(refresh="1.1", extra=(("x", "y"), ("lang", "ru")))


@given(imgcode_image_commands())
def test_round_trip(command: ImgcodeImage) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    # The token is digits: the Cyrillic travels in an unknown parameter.
    assert_round_trip(
        ImgcodeImage(refresh="1.1", charset=charset, extra=(("text", "Код с картинки"),))
    )
