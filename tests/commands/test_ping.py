"""ping.php: one table of (command, URL) rows drives both directions."""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Credentials, Ping
from smsc_proto.strategies import ping_commands

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_command,
    check_refused_url,
    check_repr_hides,
    decode,
)

P = BASE + "ping.php?"

# ping.php has no example URL in the spec (catalog `examples`); the rows follow the URL
# template of line 977 and the parameter table of lines 981-989. fmt is not in the table
# (QUIRKS INC-68); the command takes it.
CASES: list[tuple[Ping, str]] = [
    # line 977: ping.php?login=<login>&psw=<password>&id=<id>
    (Ping(credentials=ALEX, id=12), P + "login=alex&psw=123&id=12"),
    # lines 984-989: name, host, info, ok
    (
        Ping(
            credentials=ALEX,
            id=12,
            name="web-1",
            host="192.168.0.1",
            info="HTTP 503 {x}\nretrying",
            ok=True,
        ),
        P + "login=alex&psw=123&id=12&name=web-1&host=192.168.0.1"
        "&info=HTTP%20503%20%7Bx%7D%0Aretrying&ok=1",
    ),
    (
        Ping(id=2147483647, ok=False, fmt=1, charset="utf-8", info="Сервер недоступен"),
        P + "id=2147483647&info=%D0%A1%D0%B5%D1%80%D0%B2%D0%B5%D1%80%20%D0%BD%D0%B5%D0%B4"
        "%D0%BE%D1%81%D1%82%D1%83%D0%BF%D0%B5%D0%BD&ok=0&fmt=1&charset=utf-8",
    ),
    (Ping(id=1, name="", host="db.example.com", fmt=3), P + "id=1&name=&host=db.example.com&fmt=3"),
    (Ping(credentials=Credentials(apikey="k3y"), id=7, fmt=2), P + "apikey=k3y&id=7&fmt=2"),
]


@pytest.mark.parametrize(("command", "url"), CASES)
def test_decode(command: Ping, url: str) -> None:
    check_decode(command, url)


@pytest.mark.parametrize(("command", "url"), CASES)
def test_encode(command: Ping, url: str) -> None:
    check_encode(command, url)


BAD_URLS = [
    (P + "login=alex&psw=123", "id: is required"),
    (P + "id=0", "id: must be 1..2147483647, got 0"),
    (P + "id=2147483648", "id: must be 1..2147483647"),
    (P + "id=G1", "id: must be an integer"),
    (P + "id=1&id=2", "id: given more than once"),
    (P + "id=1&ok=2", "ok: must be 0 or 1"),
    (P + "id=1&ok=true", "ok: must be 0 or 1"),
    (P + "id=1&fmt=9", "fmt: must be one of 0, 1, 2, 3"),
    (P + "id=1&charset=latin1", "charset"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({}, "id: is required"),
    ({"id": 0}, "id: must be 1..2147483647"),
    ({"id": "12"}, "id: must be int"),
    ({"id": 1, "ok": 1}, "ok: must be bool"),
    ({"id": 1, "name": 5}, "name: must be str"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(Ping, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    # ping.php has no selector: add=1 is an unknown parameter, kept in extra.
    command = decode(P + "add=1&id=3&x=y")
    assert command == Ping(id=3, extra=(("add", "1"), ("x", "y")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(Ping(credentials=Credentials(login="a", psw="CANARY"), id=1))


@given(ping_commands())
def test_round_trip(command: Ping) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(Ping(credentials=ALEX, id=5, info="Сбой диска", ok=False, charset=charset))
