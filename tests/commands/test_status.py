"""status.php: one table of (command, URL) rows drives both directions."""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import Command, Credentials, StatusDelete, StatusQuery
from smsc_proto.strategies import status_delete_commands, status_query_commands
from smsc_proto.values import EmailAddress, GroupCode, Phone, PhoneList, TelegramId

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

S = BASE + "status.php?"

P1 = Phone(number="79999999999")
P2 = Phone(number="79999999998")
MAIL = EmailAddress(address="alex@mysite.com")
ONE = PhoneList(entries=(P1,))
# The one-message "multiple request" form: "enter a comma after the phone number".
ONE_MULTI = PhoneList(entries=(P1,), trailing_comma=True)

# status.php has no example URL in the spec (catalog `examples`); the rows follow the URL
# templates of lines 1408 and 1875 and the parameter table of lines 1412-1425.
CASES: list[tuple[Command, str]] = [
    # line 1408: status.php?login=<login>&psw=<password>&phone=<phone>&id=<sms_id>
    (
        StatusQuery(credentials=ALEX, phone=ONE, id=6),
        S + "login=alex&psw=123&phone=79999999999&id=6",
    ),
    # lines 1414-1415: a single message in the multiple-request form (trailing commas)
    (
        StatusQuery(credentials=ALEX, phone=ONE_MULTI, id=(6,)),
        S + "login=alex&psw=123&phone=79999999999%2C&id=6%2C",
    ),
    # lines 1414-1415: several messages, phones in the order of the ids; e-mail too
    (
        StatusQuery(phone=PhoneList(entries=(P1, P2, MAIL)), id=(6, 6, "mail-1"), all=1),
        S + "phone=79999999999%2C79999999998%2Calex%40mysite.com&id=6%2C6%2Cmail-1&all=1",
    ),
    # lines 1416-1424: fmt, all, charset; a client string id (line 51)
    (
        StatusQuery(
            phone=PhoneList(entries=(Phone(number="79999999999", plus=True),)),
            id="order_17.a",
            all=2,
            fmt=3,
            charset="utf-8",
        ),
        S + "phone=%2B79999999999&id=order_17.a&all=2&fmt=3&charset=utf-8",
    ),
    (
        StatusQuery(phone=PhoneList(entries=(MAIL,)), id=2147483647, all=0, fmt=1),
        S + "phone=alex%40mysite.com&id=2147483647&all=0&fmt=1",
    ),
    (
        StatusQuery(phone=PhoneList(entries=(TelegramId(chat_id=1122334455),)), id="007"),
        S + "phone=%231122334455&id=007",
    ),
    # line 1875: status.php?del=1&login=<login>&psw=<password>&phone=<phone>&id=<sms_id>
    (
        StatusDelete(credentials=ALEX, phone=ONE, id=6),
        S + "del=1&login=alex&psw=123&phone=79999999999&id=6",
    ),
    (
        StatusDelete(phone=ONE_MULTI, id=("a",), fmt=2, charset="koi8-r"),
        S + "del=1&phone=79999999999%2C&id=a%2C&fmt=2&charset=koi8-r",
    ),
    (
        StatusDelete(
            credentials=Credentials(apikey="k3y"), phone=PhoneList(entries=(P1, P2)), id=(1, 2)
        ),
        S + "del=1&apikey=k3y&phone=79999999999%2C79999999998&id=1%2C2",
    ),
]


@pytest.mark.parametrize(("command", "url"), CASES)
def test_decode(command: Command, url: str) -> None:
    check_decode(command, url)


@pytest.mark.parametrize(("command", "url"), CASES)
def test_encode(command: Command, url: str) -> None:
    check_encode(command, url)


# Accepted spellings (phone lists, line 47): ";" for "," and spaces around entries; the
# command re-encodes in the canonical form.
ALTERNATIVES = [
    (
        S + "phone=79999999999;79999999998&id=1,2",
        StatusQuery(phone=PhoneList(entries=(P1, P2)), id=(1, 2)),
    ),
    (S + "phone=79999999999;&id=1,", StatusQuery(phone=ONE_MULTI, id=(1,))),
    (S + "phone=%2079999999999%20&id=1", StatusQuery(phone=ONE, id=1)),
]


@pytest.mark.parametrize(("url", "command"), ALTERNATIVES)
def test_accepted_spellings(url: str, command: Command) -> None:
    assert decode(url) == command


def test_single_and_multiple_forms() -> None:
    single = StatusQuery(phone=ONE, id=6)
    multiple = StatusQuery(phone=ONE_MULTI, id=(6,))
    assert single != multiple
    assert (single.multiple, single.ids) == (False, (6,))
    assert (multiple.multiple, multiple.ids) == (True, (6,))
    assert single.to_request().params["id"] == "6"
    assert multiple.to_request().params["id"] == "6,"


BAD_URLS = [
    (S + "del=1&del=1&phone=79999999999&id=1", "del: given more than once"),
    (S + "del=0&phone=79999999999&id=1", "del: must be 1, got '0'"),
    (S + "phone=79999999999&phone=79999999998&id=1", "phone: given more than once"),
    (S + "id=1", "phone: is required"),
    (S + "phone=79999999999", "id: is required"),
    (S + "del=1&id=1", "phone: is required"),
    (S + "phone=79999999999&id=1&all=3", "all: must be one of 0, 1, 2"),
    (S + "phone=79999999999&id=1&fmt=4", "fmt: must be one of 0, 1, 2, 3"),
    (S + "phone=79999999999&id=a%20b", "id: expected 1..40 characters"),
    (S + "phone=79999999999&id=" + "1" * 41, "id: expected 1..40 characters"),
    (S + "phone=79999999999,79999999998&id=1,,2", "id: empty id at position 2"),
    (S + "phone=79999999999,79999999998&id=,2", "id: empty id at position 1"),
    (S + "phone=79999999999,79999999998,&id=1,2,", "id: empty id at position 3"),
    (S + "phone=79999999999&id=", "id: expected"),
    (S + "phone=79999999999%2C&id=1", "phone: a single id takes a single phone"),
    (S + "phone=79999999999,79999999998&id=1", "phone: a single id takes a single phone"),
    (S + "phone=79999999999&id=1%2C", "phone: a single message in the multiple form needs"),
    (S + "phone=79999999999,79999999998,&id=1,2", "phone: a trailing comma is only for"),
    (S + "phone=79999999999,79999999998&id=1,2,3", "phone: 2 phone(s) for 3 id(s)"),
    (S + "phone=G5&id=1", "phone: a group code (G5)"),
    (S + "phone=abc&id=1", "phone: an entry must be a phone number"),
    (S + "phone=&id=1", "phone: empty value"),
    (S + "phone=79999999999,,79999999998&id=1,2", "phone: empty entry at position 2"),
    (S + "del=1&phone=79999999999&id=1,2", "phone: 1 phone(s) for 2 id(s)"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (StatusQuery, {"id": 1}, "phone: is required"),
    (StatusQuery, {"phone": ONE}, "id: is required"),
    (StatusQuery, {"phone": 79999999999, "id": 1}, "phone: must be a PhoneList, a str"),
    (StatusQuery, {"phone": ONE, "id": 0}, "id:"),
    (StatusQuery, {"phone": ONE, "id": True}, "id: an id must be an int or a str"),
    (StatusQuery, {"phone": ONE, "id": 1.5}, "id: an id must be an int or a str"),
    (StatusQuery, {"phone": ONE, "id": ()}, "id: a multiple request needs at least one id"),
    (StatusQuery, {"phone": ONE, "id": [1.5]}, "id: an id must be an int or a str, got float"),
    (StatusQuery, {"phone": ONE, "id": (1, "a b")}, "id:"),
    (StatusQuery, {"phone": ONE, "id": (1,)}, "phone: a single message in the multiple form"),
    (StatusQuery, {"phone": ONE_MULTI, "id": 1}, "phone: a single id takes a single phone"),
    (StatusQuery, {"phone": ONE, "id": (1, 2)}, "phone: 1 phone(s) for 2 id(s)"),
    (
        StatusQuery,
        {"phone": PhoneList(entries=(P1, P2), trailing_comma=True), "id": (1, 2)},
        "phone: a trailing comma is only for",
    ),
    (
        StatusQuery,
        {"phone": PhoneList(entries=(GroupCode(number=7),)), "id": 1},
        "phone: a group code (G7)",
    ),
    (StatusQuery, {"phone": ONE, "id": 1, "all": 3}, "all: must be one of 0, 1, 2"),
    (StatusQuery, {"phone": ONE, "id": 1, "all": True}, "all: must be one of 0, 1, 2"),
    (StatusDelete, {"phone": ONE}, "id: is required"),
    (StatusDelete, {"phone": ONE, "id": (1, 2)}, "phone: 1 phone(s) for 2 id(s)"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    # all shapes a status reply; the deletion does not take it (line 1876).
    command = decode(S + "del=1&phone=79999999999&id=1&all=1")
    assert command == StatusDelete(phone=ONE, id=1, extra=(("all", "1"),))


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        StatusQuery(credentials=Credentials(login="alex", psw="CANARY"), phone=ONE, id=1)
    )


@given(status_query_commands())
def test_query_round_trip(command: StatusQuery) -> None:
    assert_round_trip(command)


@given(status_delete_commands())
def test_delete_round_trip(command: StatusDelete) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(StatusQuery(phone=ONE_MULTI, id=(6,), all=1, charset=charset))
    assert_round_trip(
        StatusDelete(phone=PhoneList(entries=(MAIL, P1)), id=(1, "b"), charset=charset)
    )
