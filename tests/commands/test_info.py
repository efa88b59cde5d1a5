"""info.php: one table of (command, URL) rows drives both directions.

The spec's one info.php example URL (catalog ``examples``) is a row, with its line;
further rows cover the phone list forms and ``fmt``. Rows whose URL is not the canonical
spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Command, Credentials, InfoGetOperator
from smsc_proto.strategies import info_get_operator_commands
from smsc_proto.values import GroupCode, Phone, PhoneList

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

INFO = BASE + "info.php?"


def P(*numbers: str, plus: bool = False) -> PhoneList:
    """A list of phone numbers."""
    return PhoneList(entries=tuple(Phone(number=n, plus=plus) for n in numbers))


# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 3374: the operator of 79999999999
    (
        InfoGetOperator(credentials=ALEX, phone=P("79999999999")),
        INFO + "get_operator=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
]

COVERAGE: list[Row] = [
    # line 3303: "a comma-separated list of numbers"; line 3332: one line per number
    (
        InfoGetOperator(credentials=ALEX, phone=P("79999999999", "78888888888"), fmt=3),
        INFO + "get_operator=1&login=alex&psw=123&phone=79999999999,78888888888&fmt=3",
        None,
    ),
    # ";" and spaces around entries read as for every phone list; written with ","
    (
        InfoGetOperator(phone=P("79999999999", "380501234567")),
        INFO + "get_operator=1&phone=79999999999;%20380501234567",
        INFO + "get_operator=1&phone=79999999999,380501234567",
    ),
    # "+" disables auto-correction (line 47); on the wire it is %2B ("+" is a space)
    (
        InfoGetOperator(phone=P("79999999999", plus=True), fmt=1, charset="utf-8"),
        INFO + "get_operator=1&phone=%2B79999999999&fmt=1&charset=utf-8",
        None,
    ),
    (
        InfoGetOperator(credentials=Credentials(apikey="k3y"), phone=P("123"), fmt=2),
        INFO + "get_operator=1&apikey=k3y&phone=123&fmt=2",
        None,
    ),
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


BAD_URLS = [
    (INFO + "login=alex&psw=123&phone=79999999999", "info.php: names no action"),
    (INFO + "get_operator=2&phone=79999999999", "get_operator: must be 1, got '2'"),
    (INFO + "get_operator=1&get_operator=1&phone=7999", "get_operator: given more than once"),
    (INFO + "get_operator=1", "phone: is required"),
    (INFO + "get_operator=1&phone=", "phone: empty value"),
    (INFO + "get_operator=1&phone=7999&phone=7888", "phone: given more than once"),
    (INFO + "get_operator=1&phone=79999999999,,78888888888", "phone: empty entry at position 2"),
    (INFO + "get_operator=1&phone=79999999999,", "phone: a trailing comma is not documented"),
    (INFO + "get_operator=1&phone=G7", "phone: must be phone numbers only (line 3303), got 'G7'"),
    (INFO + "get_operator=1&phone=a%40b.ru", "phone: must be phone numbers only"),
    (INFO + "get_operator=1&phone=%2312345", "phone: must be phone numbers only"),
    (INFO + "get_operator=1&phone=12", "phone: a phone number must have 3..20 digits, got 2"),
    (INFO + "get_operator=1&phone=7999&fmt=4", "fmt: must be one of 0, 1, 2, 3"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({}, "phone: is required"),
    ({"phone": 79999999999}, "phone: must be a PhoneList, a str"),
    ({"phone": PhoneList(entries=(GroupCode(number=7),))}, "phone: must be phone numbers only"),
    (
        {"phone": PhoneList(entries=(Phone(number="7999"),), trailing_comma=True)},
        "phone: a trailing comma is not documented for info.php",
    ),
    ({"phone": P("7999"), "fmt": 5}, "fmt: must be one of 0, 1, 2, 3, got 5"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(InfoGetOperator, kwargs, match)


def test_selector_comes_first() -> None:
    request = InfoGetOperator(credentials=ALEX, phone=P("79999999999"), fmt=3).to_request()
    assert [name for name, _ in request.params.items()] == [
        "get_operator",
        "login",
        "psw",
        "phone",
        "fmt",
    ]


def test_unknown_parameters_are_kept() -> None:
    command = decode(INFO + "get_operator=1&phone=7999&all=2&x=y")
    assert command == InfoGetOperator(phone=P("7999"), extra=(("all", "2"), ("x", "y")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        InfoGetOperator(credentials=Credentials(login="a", psw="CANARY"), phone=P("7999"))
    )


@given(info_get_operator_commands())
def test_round_trip(command: InfoGetOperator) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    # phone has no text: the Cyrillic travels in an unknown parameter, kept in extra.
    assert_round_trip(
        InfoGetOperator(
            credentials=Credentials(login="алекс", psw="пароль"),
            phone=P("79999999999"),
            charset=charset,
            extra=(("comment", "Проверка"),),
        )
    )
