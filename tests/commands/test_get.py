"""get.php: one table of (command, URL) rows drives both directions.

Every get.php example URL of the spec (catalog ``examples``, 7 of them) is a row, with its
line; further rows cover every command and parameter. Rows whose URL is not the canonical
spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    Credentials,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    parse_command,
)
from smsc_proto.strategies import (
    get_answers_commands,
    get_messages_commands,
    get_price_commands,
    get_stat_commands,
)
from smsc_proto.values import EmailAddress, Phone, PhoneList

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
    check_repr_hides,
    decode,
    via_multipart,
)

GET = BASE + "get.php?"

Row = tuple[Command, str, "str | None"]


def P(*numbers: str) -> PhoneList:
    """A list of phone numbers (a leading ``+`` kept as ``plus``)."""
    return PhoneList(
        entries=tuple(Phone(number=n.lstrip("+"), plus=n.startswith("+")) for n in numbers)
    )


def E(*addresses: str) -> PhoneList:
    """A list of e-mail addresses."""
    return PhoneList(entries=tuple(EmailAddress(address=a) for a in addresses))


EXAMPLES: list[Row] = [
    # line 2994
    (GetMessages(credentials=ALEX, cnt=10), GET + "get_messages=1&login=alex&psw=123&cnt=10", None),
    # line 2997
    (
        GetMessages(credentials=ALEX, phone=P("79999999999")),
        GET + "get_messages=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
    # line 3086
    (GetAnswers(credentials=ALEX, cnt=10), GET + "get_answers=1&login=alex&psw=123&cnt=10", None),
    # line 3089
    (
        GetAnswers(credentials=ALEX, hour=48, cnt=15),
        GET + "get_answers=1&login=alex&psw=123&hour=48&cnt=15",
        None,
    ),
    # line 3092
    (
        GetAnswers(credentials=ALEX, after_id=1234567, cnt=20),
        GET + "get_answers=1&login=alex&psw=123&after_id=1234567&cnt=20",
        None,
    ),
    # line 3177: described as "on a non-cash balance" but without balance2=1 (INC-44):
    # the URL is the request, balance2 stays unset.
    (
        GetStat(credentials=ALEX, mycur=True, start=date(2014, 1, 1), end=date(2014, 2, 1)),
        GET + "get_stat=1&login=alex&psw=123&mycur=1&start=01.01.2014&end=01.02.2014",
        None,
    ),
    # line 3291
    (GetPrice(credentials=ALEX), GET + "get_price=1&login=alex&psw=123", None),
]

COVERAGE: list[Row] = [
    # get_messages: every parameter of lines 2863-2876
    (
        GetMessages(
            start=date(2014, 1, 1),
            end=date(2014, 7, 1),
            phone=P("79999999999", "+78888888888"),
            format=0,
            cnt=1000,
            prev_id=2**63 - 1,
            fmt=3,
        ),
        GET + "get_messages=1&start=01.01.2014&end=01.07.2014&phone=79999999999,%2B78888888888"
        "&format=0&cnt=1000&prev_id=9223372036854775807&fmt=3",
        None,
    ),
    # the 'dd. mm. yyyy' of line 2863 (INC-41) and ';' in the list are read, not written
    (
        GetMessages(start=date(2014, 1, 1), phone=P("79999999999", "78888888888")),
        GET + "get_messages=1&start=01.%2001.%202014&phone=79999999999;%2078888888888",
        GET + "get_messages=1&start=01.01.2014&phone=79999999999,78888888888",
    ),
    (
        GetMessages(email=E("alex@mysite.com", "b@c.ru"), format=8, charset="utf-8"),
        GET + "get_messages=1&email=alex%40mysite.com,b@c.ru&format=8&charset=utf-8",
        None,
    ),
    (GetMessages(format=8), GET + "get_messages=1&format=8", None),
    # six months from 31 August is 28 February
    (
        GetMessages(start=date(2013, 8, 31), end=date(2014, 2, 28)),
        GET + "get_messages=1&start=31.08.2013&end=28.02.2014",
        None,
    ),
    # get_answers: every parameter of lines 3009-3012
    (
        GetAnswers(cnt=10000, hour=168, after_id=1, to_phone=Phone(number="79999999999"), fmt=1),
        GET + "get_answers=1&cnt=10000&hour=168&after_id=1&to_phone=79999999999&fmt=1",
        None,
    ),
    (
        GetAnswers(to_phone=Phone(number="79999999999", plus=True)),
        GET + "get_answers=1&to_phone=%2B79999999999",
        None,
    ),
    # get_stat: lines 3104-3107; end may be omitted (line 3105)
    (
        GetStat(start=date(2014, 1, 1), balance2=True, mycur=False, fmt=2),
        GET + "get_stat=1&start=01.01.2014&mycur=0&balance2=1&fmt=2",
        None,
    ),
    (
        GetStat(start=date(2014, 1, 1), end=date(2014, 1, 1)),
        GET + "get_stat=1&start=01.01.2014&end=01.01.2014",
        None,
    ),
    (GetPrice(fmt=3, charset="koi8-r"), GET + "get_price=1&fmt=3&charset=koi8-r", None),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 7


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_selector_comes_first() -> None:
    request = GetAnswers(credentials=ALEX, cnt=10).to_request()
    assert list(request.params.items()) == [
        ("get_answers", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("cnt", "10"),
    ]


def test_unknown_params_are_kept_in_extra() -> None:
    # get_price takes no parameter of its own (line 3186); others stay in wire order.
    command = decode(GET + "get_price=1&zone=1&cnt=5")
    assert command == GetPrice(extra=(("zone", "1"), ("cnt", "5")))


BAD_URLS = [
    (GET + "login=alex&psw=123", "get.php: names no action"),
    (GET + "get_stat=1&get_price=1", "get.php: selects more than one action (get_price, get_stat)"),
    (GET + "get_messages=0", "get_messages: must be 1, got '0'"),
    (GET + "get_messages=1&cnt=0", "cnt: must be 1..1000, got 0"),
    (GET + "get_messages=1&cnt=1001", "cnt: must be 1..1000, got 1001"),
    (GET + "get_messages=1&format=1", "format: must be one of 0, 8, got '1'"),
    (GET + "get_messages=1&prev_id=0", "prev_id: must be 1..9223372036854775807, got 0"),
    (GET + "get_messages=1&prev_id=9223372036854775808", "prev_id: must be 1..9223372036854775807"),
    (GET + "get_messages=1&start=2014-01-01", "start: "),
    (GET + "get_messages=1&start=31.02.2014", "start: "),
    (GET + "get_messages=1&end=01.01.2014", "end: only with start"),
    (
        GET + "get_messages=1&start=01.02.2014&end=01.01.2014",
        "end: 01.01.2014 is before start 01.02.2014",
    ),
    (
        GET + "get_messages=1&start=31.08.2013&end=01.03.2014",
        "end: 01.03.2014 is more than six months after start 31.08.2013 (line 2863)",
    ),
    (GET + "get_messages=1&phone=", "phone: empty value"),
    (GET + "get_messages=1&phone=79999999999,", "phone: must not end with a comma"),
    (GET + "get_messages=1&phone=G5", "phone: must be phone numbers only, got 'G5'"),
    (GET + "get_messages=1&phone=a@b.ru", "phone: must be phone numbers only, got 'a@b.ru'"),
    (GET + "get_messages=1&phone=7999x", "phone: an entry must be a phone number"),
    (GET + "get_messages=1&phone=79999999999&format=8", "phone: not with format=8"),
    (GET + "get_messages=1&email=a@b.ru", "email: only with format=8"),
    (GET + "get_messages=1&email=a@b.ru&format=0", "email: only with format=8"),
    (GET + "get_messages=1&email=79999999999&format=8", "email: must be e-mail addresses only"),
    (GET + "get_answers=1&cnt=10001", "cnt: must be 1..10000, got 10001"),
    (GET + "get_answers=1&hour=0", "hour: must be 1..168, got 0"),
    (GET + "get_answers=1&hour=169", "hour: must be 1..168, got 169"),
    (GET + "get_answers=1&after_id=-1", "after_id: must be an integer"),
    (GET + "get_answers=1&to_phone=79999999999,78888888888", "to_phone: an entry must be"),
    (GET + "get_answers=1&to_phone=G1", "to_phone: must be one phone number, got 'G1'"),
    (GET + "get_stat=1", "start: is required"),
    (GET + "get_stat=1&end=01.01.2014", "start: is required"),
    (GET + "get_stat=1&start=01.01.2014&end=31.12.2013", "end: 31.12.2013 is before start"),
    (GET + "get_stat=1&start=01.01.2014&mycur=2", "mycur: must be 0 or 1"),
    (GET + "get_stat=1&start=01.01.2014&balance2=", "balance2: must be 0 or 1"),
    (GET + "get_price=1&fmt=4", "fmt: must be one of 0, 1, 2, 3"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (GetMessages, {"cnt": 1001}, "cnt: must be 1..1000, got 1001"),
    (GetMessages, {"format": 2}, "format: must be one of 0, 8, got 2"),
    (GetMessages, {"end": date(2014, 1, 1)}, "end: only with start (lines 2863-2864)"),
    (
        GetMessages,
        {"start": date(2014, 1, 1), "end": date(2014, 7, 2)},
        "end: 02.07.2014 is more than six months after start 01.01.2014",
    ),
    (GetMessages, {"phone": P("79999999999"), "format": 8}, "phone: not with format=8"),
    (GetMessages, {"email": E("a@b.ru")}, "email: only with format=8 (lines 2866-2869)"),
    (
        GetMessages,
        {"phone": PhoneList(entries=(Phone(number="79999999999"),), trailing_comma=True)},
        "phone: must not end with a comma",
    ),
    (GetMessages, {"email": P("79999999999"), "format": 8}, "email: must be e-mail addresses"),
    (GetMessages, {"phone": 79999999999}, "phone: must be a PhoneList, a str"),
    (GetAnswers, {"hour": 169}, "hour: must be 1..168, got 169"),
    (GetAnswers, {"cnt": 0}, "cnt: must be 1..10000, got 0"),
    (
        GetAnswers,
        {"to_phone": 79999999999},
        "to_phone: must be one Phone or its text (a str), got int",
    ),
    (GetStat, {}, "start: is required"),
    (
        GetStat,
        {"start": date(2014, 2, 1), "end": date(2014, 1, 1)},
        "end: 01.01.2014 is before start 01.02.2014",
    ),
    (GetStat, {"start": date(2014, 1, 1), "mycur": 1}, "mycur: must be bool, got int"),
    (GetPrice, {"fmt": 5}, "fmt: must be one of 0, 1, 2, 3, got 5"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_six_months_reach_the_year_9999() -> None:
    # The six-month cap never overflows the calendar.
    command = GetMessages(start=date(9999, 12, 1), end=date(9999, 12, 31))
    assert parse_command(command.to_request()) == command


def test_no_command_takes_files() -> None:
    files = (sp.Attachment(name="file0", filename="a.txt", content=b"x"),)
    request = via_multipart(sp.Request("get.php", [("get_price", "1")], files))
    check_refused_request(request, "get.php: takes no attachments")


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        GetStat(credentials=Credentials(login="a", psw="CANARY"), start=date(2014, 1, 1)),
        GetPrice(credentials=Credentials(apikey="CANARY")),
    )


@given(get_messages_commands())
def test_messages_round_trip(command: GetMessages) -> None:
    assert_round_trip(command)


@given(get_answers_commands())
def test_answers_round_trip(command: GetAnswers) -> None:
    assert_round_trip(command)


@given(get_stat_commands())
def test_stat_round_trip(command: GetStat) -> None:
    assert_round_trip(command)


@given(get_price_commands())
def test_price_round_trip(command: GetPrice) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    # get.php has no free-text parameter: the Cyrillic travels as an unknown parameter,
    # which is kept (in ``extra``) in the charset of the request.
    command = GetStat(
        credentials=Credentials(login="алекс", psw="пароль"),
        start=date(2014, 1, 1),
        extra=(("comment", "Привет"),),
        charset=charset,
    )
    assert_round_trip(command)
    assert decode(command.to_request().to_url()) == command
