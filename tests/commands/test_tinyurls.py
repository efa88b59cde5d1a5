"""tinyurls.php: one table of (command, URL) rows drives both directions.

Both tinyurls.php example URLs of the spec (catalog ``examples``) are rows, with their
lines; further rows cover ``link`` spellings and ``fmt``.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Command, Credentials, TinyurlsGet
from smsc_proto.strategies import tinyurls_get_commands

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

T = BASE + "tinyurls.php?"

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 3464: by id
    (
        TinyurlsGet(credentials=ALEX, id=145142),
        T + "get=1&login=alex&psw=123&id=145142",
        None,
    ),
    # line 3467: by the original link
    (
        TinyurlsGet(credentials=ALEX, link="mywebsite.ru"),
        T + "get=1&login=alex&psw=123&link=mywebsite.ru",
        None,
    ),
]

COVERAGE: list[Row] = [
    # line 3392: special characters urlencoded
    (
        TinyurlsGet(link="https://mywebsite.ru/a?b=1&c=2 d", fmt=3),
        T + "get=1&link=https%3A%2F%2Fmywebsite.ru%2Fa%3Fb%3D1%26c%3D2%20d&fmt=3",
        None,
    ),
    # "+" in a query value is a space (HTML forms); the encoder writes %20
    (
        TinyurlsGet(link="my site"),
        T + "get=1&link=my+site",
        T + "get=1&link=my%20site",
    ),
    # Cyrillic in windows-1251 (the default charset) and in utf-8
    (TinyurlsGet(link="сайт.рф"), T + "get=1&link=%F1%E0%E9%F2.%F0%F4", None),
    (
        TinyurlsGet(link="сайт.рф", charset="utf-8", fmt=1),
        T + "get=1&link=%D1%81%D0%B0%D0%B9%D1%82.%D1%80%D1%84&fmt=1&charset=utf-8",
        None,
    ),
    (
        TinyurlsGet(credentials=Credentials(apikey="k3y"), id=2147483647, fmt=2),
        T + "get=1&apikey=k3y&id=2147483647&fmt=2",
        None,
    ),
    # leading zeros are read; written without
    (TinyurlsGet(id=7), T + "get=1&id=007", T + "get=1&id=7"),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 2


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical)


BAD_URLS = [
    (T + "login=alex&psw=123&id=1", "tinyurls.php: names no action"),
    (T + "get=0&id=1", "get: must be 1, got '0'"),
    (T + "get=1", "tinyurls.php: requires link or id"),
    (T + "get=1&link=a&id=1", "tinyurls.php: give link or id, not both"),
    (T + "get=1&link=", "link: must not be empty"),
    (T + "get=1&link=a%0Ab", "link: must not contain line breaks"),
    (T + "get=1&link=a&link=b", "link: given more than once"),
    (T + "get=1&id=0", "id: must be 1..2147483647, got 0"),
    (T + "get=1&id=2147483648", "id: must be 1..2147483647"),
    (T + "get=1&id=-1", "id: must be an integer 1..2147483647, got '-1'"),
    (T + "get=1&id=abc", "id: must be an integer"),
    (T + "get=1&id=1&fmt=x", "fmt: must be one of 0, 1, 2, 3"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({}, "tinyurls.php: requires link or id"),
    ({"link": "a", "id": 1}, "tinyurls.php: give link or id, not both"),
    ({"link": ""}, "link: must not be empty"),
    ({"link": "a\r\nb"}, "link: must not contain line breaks"),
    ({"link": 5}, "link: must be str, got int"),
    ({"id": 0}, "id: must be 1..2147483647, got 0"),
    ({"id": "145142"}, "id: must be int, got str"),
    ({"id": True}, "id: must be int, got bool"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(TinyurlsGet, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    command = decode(T + "get=1&id=5&cnt=1&x=y")
    assert command == TinyurlsGet(id=5, extra=(("cnt", "1"), ("x", "y")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(TinyurlsGet(credentials=Credentials(login="a", psw="CANARY"), id=1))


@given(tinyurls_get_commands())
def test_round_trip(command: TinyurlsGet) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        TinyurlsGet(credentials=ALEX, link="https://сайт.рф/акция?код=Ж", charset=charset)
    )
