"""Errors 4 and 9 are IpBlockedError and TooManyRequestsError wherever a reply is read.

Every script's table gives 4 as "The IP address is temporarily blocked" and 9 as too
many requests "within a minute" (spec lines 215 and 220, and each script's own table),
so the decoders themselves raise the two subclasses of GatewayError, in every fmt: a
caller of decode_response catches them as the session's callers do. One table of
(command, error, body) drives the decoder and the encoder.
"""

from __future__ import annotations

from typing import Final

import pytest

import smsc_proto as sp
from smsc_proto.commands import Balance, Command, DocumentsGetAccount, Send
from smsc_proto.responses import (
    decode_documents_response,
    encode_documents_error,
    error_meaning,
)
from smsc_proto.values import parse_phone_list

# The tables' words: fmt=1 carries no description, so the decoder gives the table's.
BLOCKED: Final = error_meaning("balance.php", 4) or ""
TOO_MANY: Final = error_meaning("balance.php", 9) or ""
BAD_LOGIN: Final = error_meaning("balance.php", 2) or ""
SEND_BLOCKED: Final = error_meaning("send.php", 4) or ""
_PHONE: Final = parse_phone_list("79999999999")

ERROR_CASES: Final[list[tuple[Command, sp.GatewayError, bytes]]] = [
    # fmt=0: "ERROR = N (description)" (line 176)
    (Balance(fmt=0), sp.IpBlockedError(4, BLOCKED), f"ERROR = 4 ({BLOCKED})".encode()),
    (Balance(fmt=0), sp.TooManyRequestsError(9, "Too many."), b"ERROR = 9 (Too many.)"),
    (Balance(fmt=0), sp.GatewayError(2, BAD_LOGIN), f"ERROR = 2 ({BAD_LOGIN})".encode()),
    # fmt=1: "0,-N" (line 180); the description is the script's table's.
    (Balance(fmt=1), sp.IpBlockedError(4, BLOCKED), b"0,-4"),
    (Balance(fmt=1), sp.TooManyRequestsError(9, TOO_MANY), b"0,-9"),
    (Balance(fmt=1), sp.GatewayError(2, BAD_LOGIN), b"0,-2"),
    # fmt=2: <result><error>...</error><error_code>N</error_code></result>
    (
        Balance(fmt=2),
        sp.IpBlockedError(4, BLOCKED),
        f"<result><error>{BLOCKED}</error><error_code>4</error_code></result>".encode(),
    ),
    (
        Balance(fmt=2),
        sp.TooManyRequestsError(9, "Too many."),
        b"<result><error>Too many.</error><error_code>9</error_code></result>",
    ),
    (
        Balance(fmt=2),
        sp.GatewayError(2, BAD_LOGIN),
        f"<result><error>{BAD_LOGIN}</error><error_code>2</error_code></result>".encode(),
    ),
    # fmt=3: {"error": ..., "error_code": N}
    (
        Balance(fmt=3),
        sp.IpBlockedError(4, BLOCKED),
        f'{{"error":"{BLOCKED}","error_code":4}}'.encode(),
    ),
    (
        Balance(fmt=3),
        sp.TooManyRequestsError(9, "Too many."),
        b'{"error":"Too many.","error_code":9}',
    ),
    (
        Balance(fmt=3),
        sp.GatewayError(2, BAD_LOGIN),
        f'{{"error":"{BAD_LOGIN}","error_code":2}}'.encode(),
    ),
    # Another script's table: the same two classes.
    (Send(phones=_PHONE, mes="x", fmt=1), sp.IpBlockedError(4, SEND_BLOCKED), b"0,-4"),
    (
        Send(phones=_PHONE, mes="x", fmt=3),
        sp.TooManyRequestsError(9, "Too many."),
        b'{"error":"Too many.","error_code":9}',
    ),
]


@pytest.mark.parametrize(("command", "error", "body"), ERROR_CASES)
def test_decode(command: Command, error: sp.GatewayError, body: bytes) -> None:
    with pytest.raises(sp.GatewayError) as caught:
        sp.decode_response(command, body)
    assert type(caught.value) is type(error)
    assert caught.value == error


@pytest.mark.parametrize(("command", "error", "body"), ERROR_CASES)
def test_encode(command: Command, error: sp.GatewayError, body: bytes) -> None:
    assert sp.encode_error(command, error) == body


# documents.php answers errors in JSON only (QUIRKS INC-33).
DOCUMENTS: Final[list[tuple[sp.GatewayError, bytes]]] = [
    (sp.IpBlockedError(4, BLOCKED), f'{{"error":"{BLOCKED}","error_code":4}}'.encode()),
    (sp.TooManyRequestsError(9, "Too many."), b'{"error":"Too many.","error_code":9}'),
    (sp.GatewayError(2, BAD_LOGIN), f'{{"error":"{BAD_LOGIN}","error_code":2}}'.encode()),
]


@pytest.mark.parametrize(("error", "body"), DOCUMENTS)
def test_documents(error: sp.GatewayError, body: bytes) -> None:
    command = DocumentsGetAccount(user="u", id=1)
    with pytest.raises(sp.GatewayError) as caught:
        decode_documents_response(command, body)
    assert type(caught.value) is type(error)
    assert caught.value == error
    assert encode_documents_error(command, error) == body


def test_the_classes_are_gateway_errors() -> None:
    assert issubclass(sp.IpBlockedError, sp.GatewayError)
    assert issubclass(sp.TooManyRequestsError, sp.GatewayError)


def test_the_tables_word_them_alike() -> None:
    assert BLOCKED.startswith("The IP address is temporarily blocked")
    assert "within a minute" in TOO_MANY
    assert SEND_BLOCKED.startswith("IP address is temporarily blocked")
