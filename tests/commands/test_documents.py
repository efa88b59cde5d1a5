"""documents.php: one table of (command, URL) rows drives both directions.

The spec gives no documents.php example URL (catalog ``examples``: none); each of its 8
URL templates (lines 2563-2565) is a row instead, placeholders filled. Further rows
cover every command and parameter.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    Credentials,
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
)
from smsc_proto.strategies import (
    documents_add_account_commands,
    documents_get_account_commands,
    documents_get_act_commands,
)

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

DOCS = BASE + "documents.php?"

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

#: The catalog lists no documents.php example URL.
EXAMPLES: list[Row] = []

TEMPLATES: list[Row] = [
    # line 2563, by login and by ID
    (
        DocumentsAddAccount(credentials=ALEX, user="sub1", sum=Decimal("1500")),
        DOCS + "add_account=1&login=alex&psw=123&user=sub1&sum=1500",
        None,
    ),
    (
        DocumentsAddAccount(credentials=ALEX, user_id=12, sum=Decimal("1500.50")),
        DOCS + "add_account=1&login=alex&psw=123&user_id=12&sum=1500.50",
        None,
    ),
    # line 2564
    (
        DocumentsGetAccount(credentials=ALEX, user="sub1", id=345),
        DOCS + "get_account=1&login=alex&psw=123&user=sub1&id=345",
        None,
    ),
    (
        DocumentsGetAccount(credentials=ALEX, user_id=12, id=345),
        DOCS + "get_account=1&login=alex&psw=123&user_id=12&id=345",
        None,
    ),
    # line 2565: by id or by number
    (
        DocumentsGetAct(credentials=ALEX, user="sub1", id=678),
        DOCS + "get_act=1&login=alex&psw=123&user=sub1&id=678",
        None,
    ),
    (
        DocumentsGetAct(credentials=ALEX, user_id=12, id=678),
        DOCS + "get_act=1&login=alex&psw=123&user_id=12&id=678",
        None,
    ),
    (
        DocumentsGetAct(credentials=ALEX, user="sub1", num="A-2020/17"),
        DOCS + "get_act=1&login=alex&psw=123&user=sub1&num=A-2020%2F17",
        None,
    ),
    (
        DocumentsGetAct(credentials=ALEX, user_id=12, num="17"),
        DOCS + "get_act=1&login=alex&psw=123&user_id=12&num=17",
        None,
    ),
]

COVERAGE: list[Row] = [
    # service (line 2574), fmt (INC-33/INC-68), charset
    (
        DocumentsAddAccount(
            user="sub1", sum=Decimal("0.01"), service="SMS services", fmt=3, charset="utf-8"
        ),
        DOCS + "add_account=1&user=sub1&sum=0.01&service=SMS%20services&fmt=3&charset=utf-8",
        None,
    ),
    (
        DocumentsAddAccount(user_id=2147483647, sum=Decimal("999999999.99")),
        DOCS + "add_account=1&user_id=2147483647&sum=999999999.99",
        None,
    ),
    # leading zeros are read; the encoder writes none
    (
        DocumentsGetAccount(user_id=12, id=5),
        DOCS + "get_account=1&user_id=012&id=005",
        DOCS + "get_account=1&user_id=12&id=5",
    ),
    # parameters of other actions, and unknown ones, are kept as extra
    (
        DocumentsGetAccount(user="s", id=1, extra=(("sum", "10"), ("num", "7"))),
        DOCS + "get_account=1&user=s&id=1&sum=10&num=7",
        None,
    ),
    (
        DocumentsGetAct(
            credentials=Credentials(apikey="KEY"), user="s", id=1, extra=(("service", "x"),)
        ),
        DOCS + "get_act=1&apikey=KEY&user=s&id=1&service=x",
        None,
    ),
]

CASES = EXAMPLES + TEMPLATES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 0
    assert len(TEMPLATES) == 8


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_selector_comes_first() -> None:
    request = DocumentsGetAct(credentials=ALEX, user_id=3, num="9").to_request()
    assert list(request.params.items()) == [
        ("get_act", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("user_id", "3"),
        ("num", "9"),
    ]


BAD_URLS = [
    (DOCS + "login=alex&psw=123", "documents.php: names no action"),
    (
        DOCS + "get_account=1&get_act=1&user=s&id=1",
        "documents.php: selects more than one action (get_account, get_act)",
    ),
    (DOCS + "add_account=yes&user=s&sum=1", "add_account: must be 1, got 'yes'"),
    (DOCS + "get_act=1&get_act=1&user=s&id=1", "get_act: given more than once"),
    (DOCS + "add_account=1&sum=1", "documents.php: requires user or user_id"),
    (DOCS + "add_account=1&user=s", "sum: is required"),
    (DOCS + "add_account=1&user=s&user_id=1&sum=1", "user_id: not with user"),
    (DOCS + "add_account=1&user=&sum=1", "user: must not be empty"),
    (DOCS + "add_account=1&user=s&sum=0", "sum: must be 0.01..999999999.99, got 0"),
    (DOCS + "add_account=1&user=s&sum=-5", "sum: must be a decimal number"),
    (DOCS + "add_account=1&user=s&sum=1.001", "sum: must be a decimal number"),
    (DOCS + "add_account=1&user=s&sum=1000000000", "sum: must be 0.01..999999999.99"),
    (DOCS + "add_account=1&user=s&sum=1&service=", "service: must not be empty"),
    (DOCS + "add_account=1&user=s&sum=1&service=a%0Ab", "service: must not contain line"),
    (DOCS + "get_account=1&user=s", "id: is required"),
    (DOCS + "get_account=1&id=1", "documents.php: requires user or user_id"),
    (DOCS + "get_account=1&user_id=0&id=1", "user_id: must be 1..2147483647, got 0"),
    (DOCS + "get_account=1&user=s&id=x", "id: must be an integer 1..2147483647"),
    (DOCS + "get_account=1&user=s&user=t&id=1", "user: given more than once"),
    (
        DOCS + "get_act=1&user=s",
        "documents.php: requires user + id or user_id + id or user + num or user_id + num",
    ),
    (DOCS + "get_act=1&id=1", "documents.php: requires user + id or user_id + id"),
    (DOCS + "get_act=1&user=s&id=1&num=2", "num: not with id"),
    (DOCS + "get_act=1&user=s&user_id=2&num=2", "user_id: not with user"),
    (DOCS + "get_act=1&user=s&num=", "num: must not be empty"),
    (DOCS + "get_act=1&user=s&id=0", "id: must be 1..2147483647, got 0"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (DocumentsAddAccount, {"sum": Decimal(1)}, "documents.php: requires user or user_id"),
    (DocumentsAddAccount, {"user": "s"}, "sum: is required"),
    (
        DocumentsAddAccount,
        {"user": "s", "user_id": 1, "sum": Decimal(1)},
        "user_id: not with user (one replaces the other, lines 2571-2572)",
    ),
    # An int or a str is taken (and becomes a Decimal); a float is not exact.
    (
        DocumentsAddAccount,
        {"user": "s", "sum": 100.5},
        "sum: must be a Decimal, an int or a str such as '0.5', got float",
    ),
    (DocumentsAddAccount, {"user": "s", "sum": Decimal("0")}, "sum: must be 0.01..999999999.99"),
    (
        DocumentsAddAccount,
        {"user": "s", "sum": Decimal("0.005")},
        "sum: must have at most 2 decimals, got 0.005",
    ),
    (
        DocumentsAddAccount,
        {"user": "s", "sum": Decimal(1), "service": "a\nb"},
        "service: must not contain line breaks",
    ),
    (DocumentsGetAccount, {"user": "s"}, "id: is required"),
    (DocumentsGetAccount, {"user_id": True, "id": 1}, "user_id: must be int, got bool"),
    (DocumentsGetAccount, {"user": "s", "id": 2147483648}, "id: must be 1..2147483647"),
    (DocumentsGetAct, {"user": "s"}, "documents.php: requires user + id or user_id + id"),
    (DocumentsGetAct, {"id": 1}, "documents.php: requires user + id or user_id + id"),
    (DocumentsGetAct, {"user": "s", "id": 1, "num": "2"}, "num: not with id (one act, line 2565)"),
    (DocumentsGetAct, {"user": "s", "num": 2}, "num: must be str, got int"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_takes_no_attachments() -> None:
    request = via_multipart(DocumentsGetAct(user="s", id=1).to_request())
    files = (sp.Attachment(name="file0", filename="act.pdf", content=b"%PDF"),)
    with_file = sp.Request(request.script, list(request.params.items()), files)
    check_refused_request(with_file, "documents.php: takes no attachments")


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        DocumentsAddAccount(
            credentials=Credentials(login="a", psw="CANARY"), user="s", sum=Decimal(1)
        ),
        DocumentsGetAct(credentials=Credentials(apikey="CANARY"), num="1", user_id=1),
    )


def test_unknown_parameters_are_kept_in_wire_order() -> None:
    command = decode(DOCS + "get_act=1&b=2&user_id=1&a=1&num=5")
    assert command == DocumentsGetAct(user_id=1, num="5", extra=(("b", "2"), ("a", "1")))


@given(documents_add_account_commands())
def test_add_account_round_trip(command: DocumentsAddAccount) -> None:
    assert_round_trip(command)


@given(documents_get_account_commands())
def test_get_account_round_trip(command: DocumentsGetAccount) -> None:
    assert_round_trip(command)


@given(documents_get_act_commands())
def test_get_act_round_trip(command: DocumentsGetAct) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        DocumentsAddAccount(
            credentials=ALEX,
            user="клиент",
            sum=Decimal("1200.00"),
            service="Услуги SMS-рассылки",
            charset=charset,
        )
    )
    assert_round_trip(DocumentsGetAct(credentials=ALEX, user="клиент", num="№17", charset=charset))
