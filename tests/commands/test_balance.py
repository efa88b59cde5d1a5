"""balance.php: one table of (command, URL) rows drives both directions."""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Balance, Credentials
from smsc_proto.strategies import balance_commands

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_url,
    check_repr_hides,
    decode,
)

# balance.php has no example URL in the spec; the rows follow the URL template of
# line 1895 and the cur/fmt values of lines 1901-1902.
CASES: list[tuple[Balance, str]] = [
    (Balance(credentials=ALEX), BASE + "balance.php?login=alex&psw=123"),
    (Balance(credentials=ALEX, cur=True), BASE + "balance.php?login=alex&psw=123&cur=1"),
    (
        Balance(credentials=ALEX, cur=False, fmt=3, charset="utf-8"),
        BASE + "balance.php?login=alex&psw=123&cur=0&fmt=3&charset=utf-8",
    ),
    (
        Balance(credentials=Credentials(apikey="k3y"), fmt=2),
        BASE + "balance.php?apikey=k3y&fmt=2",
    ),
]


@pytest.mark.parametrize(("command", "url"), CASES)
def test_decode(command: Balance, url: str) -> None:
    check_decode(command, url)


@pytest.mark.parametrize(("command", "url"), CASES)
def test_encode(command: Balance, url: str) -> None:
    check_encode(command, url)


BAD_URLS = [
    (BASE + "balance.php?cur=2", "cur: must be 0 or 1"),
    (BASE + "balance.php?fmt=4", "fmt: must be one of 0, 1, 2, 3"),
    (BASE + "balance.php?cur=1&cur=1", "cur: given more than once"),
    (BASE + "balance.php?login=alex", "psw is required"),
    (BASE + "balance.php?login=alex&psw=1&apikey=2", "not both"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


def test_unknown_parameters_are_kept() -> None:
    command = decode(BASE + "balance.php?cur=1&x=2&x=3")
    assert command == Balance(cur=True, extra=(("x", "2"), ("x", "3")))
    assert list(command.to_request().params.items()) == [("cur", "1"), ("x", "2"), ("x", "3")]


def test_repr_hides_credentials() -> None:
    command = Balance(credentials=Credentials(login="alex", psw="CANARY"))
    check_repr_hides(command)
    check_repr_hides(command, secret="alex")


@given(balance_commands())
def test_round_trip(command: Balance) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(Balance(credentials=ALEX, cur=True, charset=charset))
