"""receive_phones.php: one table of (command, URL) rows drives both directions.

Every receive_phones.php example URL of the spec (catalog ``examples``, 3 of them) is a
row, with its line; further rows cover ``noprolong`` with ``buy``, phone spellings and
``fmt``. Rows whose URL is not the canonical spelling carry the URL the encoder writes as
a third element.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import (
    Command,
    Credentials,
    ReceivePhonesBuy,
    ReceivePhonesChange,
    ReceivePhonesGet,
)
from smsc_proto.strategies import (
    receive_phones_buy_commands,
    receive_phones_change_commands,
    receive_phones_get_commands,
)
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

R = BASE + "receive_phones.php?"
PHONE = Phone(number="79999999999")

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 3590: the numbers available for rent
    (ReceivePhonesGet(credentials=ALEX), R + "get=1&login=alex&psw=123", None),
    # line 3593: rent 79999999999
    (
        ReceivePhonesBuy(credentials=ALEX, phone=PHONE),
        R + "buy=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
    # line 3596: no renewal of 79999999999 next month
    (
        ReceivePhonesChange(credentials=ALEX, phone=PHONE, noprolong=True),
        R + "chg=1&login=alex&psw=123&phone=79999999999&noprolong=1",
        None,
    ),
]

COVERAGE: list[Row] = [
    (ReceivePhonesGet(fmt=3), R + "get=1&fmt=3", None),
    (
        ReceivePhonesGet(credentials=Credentials(apikey="k3y"), fmt=1, charset="koi8-r"),
        R + "get=1&apikey=k3y&fmt=1&charset=koi8-r",
        None,
    ),
    # line 3484: noprolong "can also be specified when connecting the number in the buy
    # command"; 0 is the default (line 3485), kept when sent
    (
        ReceivePhonesBuy(phone=PHONE, noprolong=True, fmt=2),
        R + "buy=1&phone=79999999999&noprolong=1&fmt=2",
        None,
    ),
    (
        ReceivePhonesBuy(phone=PHONE, noprolong=False),
        R + "buy=1&phone=79999999999&noprolong=0",
        None,
    ),
    # line 3485: 0 enables the renewal again
    (
        ReceivePhonesChange(phone=Phone(number="79999999999", plus=True), noprolong=False),
        R + "chg=1&phone=%2B79999999999&noprolong=0",
        None,
    ),
    # spaces around the number are read and dropped ("+" unencoded is a space)
    (
        ReceivePhonesBuy(phone=PHONE),
        R + "buy=1&phone=+79999999999",
        R + "buy=1&phone=79999999999",
    ),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical)


BAD_URLS = [
    (R + "login=alex&psw=123", "receive_phones.php: names no action"),
    (R + "get=1&buy=1&phone=7999", "receive_phones.php: selects more than one action (buy, get)"),
    (R + "buy=1&chg=1&phone=7999", "selects more than one action (buy, chg)"),
    (R + "get=2", "get: must be 1, got '2'"),
    (R + "buy=1", "phone: is required"),
    (R + "chg=1&noprolong=1", "phone: is required"),
    (R + "chg=1&phone=79999999999", "noprolong: is required"),
    (R + "chg=1&phone=79999999999&noprolong=2", "noprolong: must be 0 or 1, got '2'"),
    (R + "buy=1&phone=79999999999&noprolong=", "noprolong: must be 0 or 1, got ''"),
    (R + "buy=1&phone=79999999999,78888888888", "phone: must be one phone number, not a list, got"),
    (R + "buy=1&phone=G1", "phone: must be one phone number ([+]digits), got 'G1'"),
    (R + "buy=1&phone=", "phone: must be one phone number"),
    (R + "buy=1&phone=12", "phone: a phone number must have 3..20 digits, got 2"),
    (R + "buy=1&phone=%2B1234567890123456", "phone: a +phone number must have 3..15 digits"),
    (R + "buy=1&phone=7999&phone=7888", "phone: given more than once"),
    (R + "get=1&fmt=7", "fmt: must be one of 0, 1, 2, 3"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (ReceivePhonesBuy, {}, "phone: is required"),
    (ReceivePhonesBuy, {"phone": 79999999999}, "phone: must be one Phone or its text"),
    (ReceivePhonesBuy, {"phone": PHONE, "noprolong": 1}, "noprolong: must be bool, got int"),
    (ReceivePhonesChange, {"phone": PHONE}, "noprolong: is required"),
    (ReceivePhonesChange, {"noprolong": True}, "phone: is required"),
    (ReceivePhonesGet, {"fmt": 4}, "fmt: must be one of 0, 1, 2, 3, got 4"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_selector_comes_first() -> None:
    request = ReceivePhonesChange(credentials=ALEX, phone=PHONE, noprolong=True).to_request()
    assert list(request.params.items()) == [
        ("chg", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("phone", "79999999999"),
        ("noprolong", "1"),
    ]


def test_unknown_parameters_are_kept() -> None:
    # get takes no phone and no noprolong (line 3475): they are kept, not dropped.
    command = decode(R + "get=1&phone=7999&noprolong=1")
    assert command == ReceivePhonesGet(extra=(("phone", "7999"), ("noprolong", "1")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        ReceivePhonesBuy(credentials=Credentials(login="a", psw="CANARY"), phone=PHONE)
    )


@given(receive_phones_get_commands())
def test_get_round_trip(command: ReceivePhonesGet) -> None:
    assert_round_trip(command)


@given(receive_phones_buy_commands())
def test_buy_round_trip(command: ReceivePhonesBuy) -> None:
    assert_round_trip(command)


@given(receive_phones_change_commands())
def test_change_round_trip(command: ReceivePhonesChange) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    # No parameter of the script is text: the Cyrillic travels in the credentials and
    # an unknown parameter.
    creds = Credentials(login="алекс", psw="пароль")
    assert_round_trip(ReceivePhonesGet(credentials=creds, charset=charset))
    assert_round_trip(
        ReceivePhonesBuy(
            credentials=creds, phone=PHONE, charset=charset, extra=(("note", "Номер"),)
        )
    )
    assert_round_trip(
        ReceivePhonesChange(credentials=creds, phone=PHONE, noprolong=False, charset=charset)
    )
