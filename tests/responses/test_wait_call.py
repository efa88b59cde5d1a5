"""wait_call.php replies and error replies: a table drives both directions.

Bodies are the spec's templates (lines 3775-3791 and 3805-3827) with the placeholders
filled in, laid out as printed; a fourth element is the canonical body the encoder writes
when it differs. fmt=2 and fmt=3 nest the list of numbers (``<all_phones><phone>``
elements, an ``"all_phones"`` array). The fmt=3 row reads the array item ``<phone>",`` as
the ``"<phone>",`` it obviously means (QUIRKS INC-48).
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import WaitCall
from smsc_proto.responses import WaitCallReply
from smsc_proto.strategies import wait_call_replies
from smsc_proto.values import Phone

from .conftest import CHARSETS, assert_reply_round_trip

CALLER = Phone(number="79999999999")
FIRST = Phone(number="79001112233")
SECOND = Phone(number="79004445566")
ABROAD = Phone(number="380441234567", plus=True)


def wait_call(**kwargs: Any) -> WaitCall:
    return WaitCall(phone=CALLER, **kwargs)


BOTH = WaitCallReply(phone=FIRST, all_phones=(FIRST, SECOND))
# QUIRKS INC-49: fmt=1 is the list alone; the number to call is its first entry.
LIST_ONLY = WaitCallReply(all_phones=(FIRST, SECOND))

CASES: list[Any] = [
    # line 3805 (fmt=0)
    (wait_call(), b"phone = 79001112233, all_phones = 79001112233,79004445566", BOTH, None),
    (
        wait_call(charset="koi8-r"),
        b"phone = +380441234567, all_phones = +380441234567",
        WaitCallReply(phone=ABROAD, all_phones=(ABROAD,)),
        None,
    ),
    # the number to call need not be the first of the list in fmt=0
    (
        wait_call(),
        b"phone = 79004445566, all_phones = 79001112233,79004445566",
        WaitCallReply(phone=SECOND, all_phones=(FIRST, SECOND)),
        None,
    ),
    # the list's separator is not shown: ", " and ";" (as in every phone list) are read
    (
        wait_call(),
        b"phone = 79001112233, all_phones = 79001112233, 79004445566",
        BOTH,
        b"phone = 79001112233, all_phones = 79001112233,79004445566",
    ),
    # line 3807 (fmt=1): "the first is the number to which the subscriber needs to call"
    (wait_call(fmt=1), b"79001112233,79004445566", LIST_ONLY, None),
    (
        wait_call(fmt=1, charset="utf-8"),
        b"79001112233;+380441234567\n",
        WaitCallReply(all_phones=(FIRST, ABROAD)),
        b"79001112233,+380441234567",
    ),
    (wait_call(fmt=1), b"79001112233", WaitCallReply(all_phones=(FIRST,)), None),
    # lines 3809-3817 (fmt=2)
    (
        wait_call(fmt=2),
        b"<result>\n<phone>79001112233</phone>\n<all_phones>\n<phone>79001112233</phone>\n"
        b"<phone>79004445566</phone>\n</all_phones>\n</result>",
        BOTH,
        b"<result><phone>79001112233</phone><all_phones><phone>79001112233</phone>"
        b"<phone>79004445566</phone></all_phones></result>",
    ),
    (
        wait_call(fmt=2, charset="koi8-r"),
        b"<result><phone>+380441234567</phone><all_phones><phone>+380441234567</phone>"
        b"</all_phones></result>",
        WaitCallReply(phone=ABROAD, all_phones=(ABROAD,)),
        None,
    ),
    # lines 3819-3827 (fmt=3), the first item's opening quote restored (INC-48)
    (
        wait_call(fmt=3),
        b'{\n"phone": "79001112233",\n"all_phones": [\n"79001112233",\n"79004445566"\n]\n}',
        BOTH,
        b'{"phone":"79001112233","all_phones":["79001112233","79004445566"]}',
    ),
    # numbers written bare are read too (QUIRKS INC-71), and written quoted
    (
        wait_call(fmt=3, charset="utf-8"),
        b'{"phone": 79004445566, "all_phones": [79001112233, 79004445566]}',
        WaitCallReply(phone=SECOND, all_phones=(FIRST, SECOND)),
        b'{"phone":"79004445566","all_phones":["79001112233","79004445566"]}',
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(
    command: WaitCall, body: bytes, model: WaitCallReply, canonical: bytes | None
) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(
    command: WaitCall, body: bytes, model: WaitCallReply, canonical: bytes | None
) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


def test_fmt1_writes_the_list_alone() -> None:
    # QUIRKS INC-49: fmt=1 has no place for phone; the list is written as given.
    assert sp.encode_response(wait_call(fmt=1), BOTH) == b"79001112233,79004445566"


def test_fmt2_and_fmt3_carry_phone_and_list() -> None:
    # Unlike fmt=1 (INC-49), fmt=2/3 need the number to call as well as the list.
    for fmt in (2, 3):
        with pytest.raises(sp.LocalProtocolError, match="phone: is required"):
            sp.encode_response(wait_call(fmt=fmt), LIST_ONLY)
        with pytest.raises(sp.LocalProtocolError, match="all_phones: is required"):
            sp.encode_response(wait_call(fmt=fmt), WaitCallReply(phone=FIRST))
    # A list field of fmt=2/3 has no lower bound (fmt=0/1 refuse an empty list): an
    # empty list reads as ().
    empty = WaitCallReply(phone=FIRST, all_phones=())
    assert (
        sp.decode_response(
            wait_call(fmt=2), b"<result><phone>79001112233</phone><all_phones/></result>"
        )
        == empty
    )
    assert sp.decode_response(wait_call(fmt=3), b'{"phone":"79001112233","all_phones":[]}') == empty


ERRORS: list[tuple[WaitCall, bytes, sp.GatewayError, bytes | None]] = [
    # line 3776 (fmt=0, QUIRKS INC-09: the bullet is unlabelled)
    (
        wait_call(),
        b"ERROR = 5 (phone in the black list)",
        sp.GatewayError(5, "phone in the black list"),
        None,
    ),
    (
        wait_call(charset="koi8-r"),
        "ERROR = 3 (недостаточно средств)".encode("koi8-r"),
        sp.GatewayError(3, "недостаточно средств"),
        None,
    ),
    # lines 3778-3779 (fmt=1): the meaning comes from the table (lines 3795-3801)
    (
        wait_call(fmt=1),
        b"0,-5",
        sp.GatewayError(
            5, "The specified phone number of the subscriber is in the black list of the Client."
        ),
        None,
    ),
    (
        wait_call(fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than fifty identical requests to get a phone number for "
            "confirmation within a minute. This error also occurs when you try to send "
            "fifteen or more requests simultaneously from different connections under the "
            "same username (too many concurrent requests).",
        ),
        None,
    ),
    # lines 3781-3785 (fmt=2) and 3787-3791 (fmt=3)
    (
        wait_call(fmt=2),
        b"<result>\n<error>parameters</error>\n<error_code>1</error_code>\n</result>",
        sp.GatewayError(1, "parameters"),
        b"<result><error>parameters</error><error_code>1</error_code></result>",
    ),
    (
        wait_call(fmt=3, charset="utf-8"),
        '{\n"error": "IP заблокирован",\n"error_code": 4\n}'.encode(),
        sp.GatewayError(4, "IP заблокирован"),
        '{"error":"IP заблокирован","error_code":4}'.encode(),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: WaitCall, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: WaitCall, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[WaitCall, bytes, str]] = [
    (wait_call(), b"phone = 79001112233", "does not have the form"),
    (wait_call(), b"phone = 79001112233, all_phones = ", "does not have the form"),
    (wait_call(), b"phone = 79001112233, all_phones = 79001112233,", "does not have the form"),
    (wait_call(), b"all_phones = 79001112233, phone = 79001112233", "does not have the form"),
    (
        wait_call(),
        b"phone = 79001112233,79004445566, all_phones = 79001112233",
        "does not have the form",
    ),
    (wait_call(), b"phone = 12, all_phones = 12", "phone: a phone number must have 3..20"),
    (wait_call(fmt=1), b"", "does not have the form '{all_phones}'"),
    (wait_call(fmt=1), b"79001112233,G1", "does not have the form"),
    (wait_call(fmt=1), b"79001112233\n79004445566", "does not have the form"),
    (wait_call(fmt=1), b"79001112233,12", "all_phones: a phone number must have 3..20"),
    (wait_call(fmt=2), b"<result><phone>79001112233</phone></result>", "lacks all_phones"),
    (
        wait_call(fmt=2),
        b"<result><all_phones><phone>79001112233</phone></all_phones></result>",
        "lacks phone",
    ),
    (
        wait_call(fmt=2),
        b"<result><phone>79001112233</phone><all_phones>79001112233</all_phones></result>",
        "<all_phones> has text outside its elements",
    ),
    (
        wait_call(fmt=2),
        b"<result><phone>79001112233</phone><all_phones><number>79001112233</number>"
        b"</all_phones></result>",
        "<all_phones> holds only <phone>",
    ),
    (
        wait_call(fmt=2),
        b"<result><phone>79001112233</phone><all_phones><phone>12</phone></all_phones></result>",
        "all_phones: a phone number must have 3..20",
    ),
    (wait_call(fmt=2), b"<phone>79001112233</phone>", "root element must be <result>"),
    (
        wait_call(fmt=3),
        b'{"phone": "79001112233", "all_phones": "79001112233,79004445566"}',
        "all_phones: must be a JSON array",
    ),
    (
        wait_call(fmt=3),
        b'{"phone": "79001112233", "all_phones": ["79001112233,79004445566"]}',
        "all_phones: must be one phone number, not a list",
    ),
    (wait_call(fmt=3), b'{"all_phones": ["79001112233"]}', "lacks phone"),
    (
        wait_call(fmt=3),
        b'{"phone": "79001112233", "all_phones": [], "x": 1}',
        "unknown key 'x'",
    ),
    (wait_call(), b"ERROR = x (y)", "does not have the form|fits no reply form"),
    (wait_call(), b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: WaitCall, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="all_phones: must list at least one"):
        sp.encode_response(wait_call(fmt=1), WaitCallReply(all_phones=()))
    with pytest.raises(sp.LocalProtocolError, match="all_phones: must hold Phone values"):
        sp.encode_response(wait_call(fmt=1), WaitCallReply(all_phones=("79001112233",)))  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="all_phones: must be tuple, got list"):
        sp.encode_response(wait_call(fmt=1), WaitCallReply(all_phones=[FIRST]))  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="phone: is required"):
        sp.encode_response(wait_call(), LIST_ONLY)
    with pytest.raises(sp.LocalProtocolError, match="must be a WaitCallReply"):
        sp.encode_response(wait_call(), "79001112233")  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 5 of wait_call\.php"):
        sp.encode_error(wait_call(), sp.GatewayError(5, "x", id=5))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["wait_call.php"]) == [1, 2, 3, 4, 5, 9]
    assert sp.responses.error_meaning("wait_call.php", 3) == (
        "Insufficient funds on the Client's account."
    )


@given(wait_call_replies())
def test_round_trip(model: WaitCallReply) -> None:
    # Every fmt and charset: fmt=0, 2 and 3 carry both fields, fmt=1 the list alone.
    assert_reply_round_trip(wait_call(), model)
    for charset in CHARSETS:
        one = dataclasses.replace(wait_call(), fmt=1, charset=charset)
        decoded = sp.decode_response(one, sp.encode_response(one, model))
        assert decoded == WaitCallReply(all_phones=model.all_phones)
        # INC-49: the number to call is the first of the list.
        assert decoded.all_phones is not None
        assert decoded.all_phones[0] == model.phone


@given(st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(fmt: int, body: bytes) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(wait_call(fmt=fmt), body)
