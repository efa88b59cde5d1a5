"""balance.php replies: one table of (command, body, model) rows drives both directions.

Bodies are the spec's templates (lines 1937-1963) with the placeholders filled in, laid
out as printed; a third element is the canonical body the encoder writes when it differs.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import Balance
from smsc_proto.responses import BalanceReply
from smsc_proto.strategies import balance_replies

from .conftest import assert_reply_round_trip

D = Decimal
PLAIN = BalanceReply(balance=D("250.80"))
FULL = BalanceReply(balance=D("250.80"), credit=D("100.00"), currency="RUB")
TEXT = BalanceReply(balance=D("250.80"), currency="RUB")

CASES: list[tuple[Balance, bytes, BalanceReply, bytes | None]] = [
    # line 1938: "when fmt = 0 or 1: <balance>"
    (Balance(), b"250.80", PLAIN, None),
    (Balance(fmt=0, cur=False), b"250.80", PLAIN, None),
    (Balance(fmt=1), b"250.80", PLAIN, None),
    (Balance(fmt=1), b"-15.00", BalanceReply(balance=D("-15.00")), None),
    # line 1940: "when fmt = 2: <balance>balance</balance>"
    (Balance(fmt=2), b"<balance>250.80</balance>", PLAIN, None),
    # lines 1942-1944
    (Balance(fmt=3), b'{\n"balance": "250.80"\n}', PLAIN, b'{"balance":"250.80"}'),
    # line 1948: "when fmt = 0: <balance> <currency>"
    (Balance(cur=True), b"250.80 RUB", TEXT, None),
    (
        Balance(cur=True, charset="utf-8"),
        "250.80 руб".encode(),
        BalanceReply(balance=D("250.80"), currency="руб"),
        None,
    ),
    (
        Balance(cur=True),
        "250.80 руб".encode("cp1251"),
        BalanceReply(balance=D("250.80"), currency="руб"),
        None,
    ),
    # line 1950: "when fmt = 1: <balance>,<currency>"
    (Balance(cur=True, fmt=1), b"250.80,RUB", TEXT, None),
    # lines 1952-1957
    (
        Balance(cur=True, fmt=2),
        b"<result>\n<balance>250.80</balance>\n<credit>100.00</credit>\n"
        b"<currency>RUB</currency>\n</result>",
        FULL,
        b"<result><balance>250.80</balance><credit>100.00</credit>"
        b"<currency>RUB</currency></result>",
    ),
    # lines 1959-1963
    (
        Balance(cur=True, fmt=3),
        b'{\n"balance": "250.80",\n"credit": "100.00",\n"currency": "RUB"\n}',
        FULL,
        b'{"balance":"250.80","credit":"100.00","currency":"RUB"}',
    ),
    # QUIRKS INC-24: without a credit, fmt=2/3 may leave it out
    (
        Balance(cur=True, fmt=3, charset="koi8-r"),
        '{"balance":"0.50","currency":"руб"}'.encode("koi8-r"),
        BalanceReply(balance=D("0.50"), currency="руб"),
        None,
    ),
    # QUIRKS INC-71: a bare number where the template quotes one is read too
    (
        Balance(fmt=3),
        b'{"balance": 250.8}',
        BalanceReply(balance=D("250.8")),
        b'{"balance":"250.8"}',
    ),
    # one trailing line break is accepted
    (Balance(), b"250.80\n", PLAIN, b"250.80"),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(
    command: Balance, body: bytes, model: BalanceReply, canonical: bytes | None
) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(
    command: Balance, body: bytes, model: BalanceReply, canonical: bytes | None
) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERRORS: list[tuple[Balance, bytes, sp.GatewayError, bytes | None]] = [
    # lines 1910-1926 with the codes of lines 1930-1933
    (Balance(), b"ERROR = 2 (invalid login)", sp.GatewayError(2, "invalid login"), None),
    (
        Balance(fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than ten balance requests within a minute. This error "
            "also occurs when you try to send fifteen or more requests simultaneously from "
            "different connections under the same username (too many concurrent requests).",
        ),
        None,
    ),
    (
        Balance(fmt=2),
        b"<result>\n<error>parameters</error>\n<error_code>1</error_code>\n</result>",
        sp.GatewayError(1, "parameters"),
        b"<result><error>parameters</error><error_code>1</error_code></result>",
    ),
    (
        Balance(fmt=3, charset="utf-8"),
        '{\n"error": "IP заблокирован",\n"error_code": 4\n}'.encode(),
        sp.GatewayError(4, "IP заблокирован"),
        '{"error":"IP заблокирован","error_code":4}'.encode(),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Balance, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Balance, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    if command.fmt == 1:
        # fmt=1 carries no description; the decoder supplies the spec's meaning.
        error = sp.GatewayError(error.code, "whatever")
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[Balance, bytes, str]] = [
    (Balance(), b"", "does not have the form '{balance}'"),
    (Balance(), b"250,80", "does not have the form '{balance}'"),
    (Balance(fmt=3), b'{"balance": "250,80"}', "balance: must be a decimal number"),
    (Balance(), b"1.23456", "balance: must be a decimal number, got '1.23456'"),
    (Balance(cur=True), b"250.80", "does not have the form '{balance} {currency}'"),
    (Balance(cur=True), b"250.80 RUB RUB", "does not have the form"),
    (Balance(cur=True, fmt=1), b"250.80,", "does not have the form"),
    (Balance(fmt=2), b"<result><balance>1</balance></result>", "root element must be <balance>"),
    (Balance(cur=True, fmt=2), b"<result><balance>1</balance></result>", "lacks currency"),
    (
        Balance(cur=True, fmt=2),
        b"<result><balance>1</balance><currency>R</currency><x>1</x></result>",
        "has no element <x>",
    ),
    (
        Balance(cur=True, fmt=2),
        b"<result><balance>1</balance><balance>2</balance><currency>R</currency></result>",
        "<balance> appears more than once",
    ),
    (Balance(fmt=3), b'{"balance": "1", "x": 1}', "unknown key 'x'"),
    (Balance(fmt=3), b"{}", "lacks balance"),
    (Balance(fmt=3), b'{"balance": true}', "balance: must be a number or a string"),
    (Balance(fmt=3), b'{"balance": [1]}', "not a JSON container"),
    (Balance(fmt=3), b"[]", "a record must be a JSON object"),
    (Balance(), b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
    (Balance(), b"ERROR = x (y)", "does not have the form '{balance}'"),
    # "<id>,-N" is an error reply only for codes that name a message (send.php's)
    (Balance(fmt=1), b"5,-2", "does not have the form '{balance}'"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Balance, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="currency: is required"):
        sp.encode_response(Balance(cur=True), BalanceReply(balance=D(1)))
    with pytest.raises(sp.LocalProtocolError, match="must be a BalanceReply"):
        sp.encode_response(Balance(), "250.80")  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 2 of balance\.php names no"):
        sp.encode_error(Balance(), sp.GatewayError(2, "x", id=5))
    # "0,-0" is the fmt=1 error form (found by fuzz_response_fmt1): a reply never
    # writes a body that would come back as an error.
    zero = BalanceReply(balance=D(0), currency="-0")
    with pytest.raises(sp.LocalProtocolError, match="would read as an error reply"):
        sp.encode_response(Balance(cur=True, fmt=1), zero)
    assert sp.decode_response(Balance(cur=True, fmt=1), b"0.00,-0") == dataclasses.replace(
        zero, balance=D("0.00")
    )


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["balance.php"]) == [1, 2, 4, 9]
    assert sp.responses.error_meaning("balance.php", 4) == "The IP address is temporarily blocked."
    assert sp.responses.error_meaning("balance.php", 77) is None


@given(balance_replies())
def test_round_trip(model: BalanceReply) -> None:
    assert_reply_round_trip(Balance(), model)


@given(balance_replies(cur=True))
def test_round_trip_with_currency(model: BalanceReply) -> None:
    assert_reply_round_trip(Balance(cur=True), model)
