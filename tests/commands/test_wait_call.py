"""wait_call.php: one table of (command, URL) rows drives both directions."""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Credentials, WaitCall
from smsc_proto.strategies import wait_call_commands
from smsc_proto.values import Phone

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

W = BASE + "wait_call.php?"
PHONE = Phone(number="79999999999")

# wait_call.php has no example URL in the spec (catalog `examples`); the rows follow the
# URL template of line 3767 and the parameter table of lines 3770-3773. fmt is not in
# the table (QUIRKS INC-68); the command takes it.
# (command, URL as we write it or read it, canonical URL when the encoder writes another)
CASES: list[tuple[WaitCall, str, str | None]] = [
    # line 3767: wait_call.php?login=<login>&psw=<password>&phone=<phone>
    (WaitCall(credentials=ALEX, phone=PHONE), W + "login=alex&psw=123&phone=79999999999", None),
    # fmt 0..3 shape the reply (lines 3805-3827)
    (
        WaitCall(credentials=ALEX, phone=PHONE, fmt=3),
        W + "login=alex&psw=123&phone=79999999999&fmt=3",
        None,
    ),
    (
        WaitCall(phone=Phone(number="380501234567", plus=True), fmt=1, charset="utf-8"),
        W + "phone=%2B380501234567&fmt=1&charset=utf-8",
        None,
    ),
    (
        WaitCall(credentials=Credentials(apikey="k3y"), phone=PHONE, fmt=2),
        W + "apikey=k3y&phone=79999999999&fmt=2",
        None,
    ),
    # spaces around the number are read and dropped
    (WaitCall(phone=PHONE), W + "phone=%2079999999999%20", W + "phone=79999999999"),
]


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: WaitCall, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: WaitCall, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical)


BAD_URLS = [
    (W + "login=alex&psw=123", "phone: is required"),
    (W + "phone=", "phone: must be one phone number ([+]digits), got ''"),
    (W + "phone=79999999999,78888888888", "phone: must be one phone number, not a list, got"),
    (W + "phone=79999999999;78888888888", "phone: must be one phone number, not a list, got"),
    (W + "phone=G5", "phone: must be one phone number ([+]digits), got 'G5'"),
    (W + "phone=a%40b.ru", "phone: must be one phone number ([+]digits)"),
    (W + "phone=%40nickname", "phone: must be one phone number ([+]digits)"),
    (W + "phone=79", "phone: a phone number must have 3..20 digits, got 2"),
    (W + "phone=7999&phone=7888", "phone: given more than once"),
    (W + "phone=7999&fmt=3&fmt=3", "fmt: given more than once"),
    (W + "phone=7999&charset=cp866", "charset"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({}, "phone: is required"),
    ({"phone": 79999999999}, "phone: must be one Phone or its text"),
    ({"phone": PHONE, "fmt": True}, "fmt: must be one of 0, 1, 2, 3, got True"),
    ({"phone": PHONE, "charset": "UTF-8"}, "charset: must be windows-1251, koi8-r or utf-8"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(WaitCall, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    # wait_call.php has no selector: get=1 is an unknown parameter, kept in extra.
    command = decode(W + "get=1&phone=7999&waitcall=1")
    assert command == WaitCall(phone=Phone(number="7999"), extra=(("get", "1"), ("waitcall", "1")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(WaitCall(credentials=Credentials(login="a", psw="CANARY"), phone=PHONE))


@given(wait_call_commands())
def test_round_trip(command: WaitCall) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    # phone has no text: the Cyrillic travels in the credentials and an unknown parameter.
    assert_round_trip(
        WaitCall(
            credentials=Credentials(login="алекс", psw="пароль"),
            phone=PHONE,
            charset=charset,
            extra=(("site", "Вход на сайт"),),
        )
    )
