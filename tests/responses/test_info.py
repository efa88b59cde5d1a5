"""info.php replies and error replies: one table drives both directions.

Bodies are the spec's templates (lines 3306-3358) with the placeholders filled in, laid
out as printed; a third element is the canonical body the encoder writes when it differs.
A request for several numbers gets a list (line 3332; QUIRKS INC-45).
"""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import InfoGetOperator
from smsc_proto.responses import InfoGetOperatorReply
from smsc_proto.strategies import info_get_operator_list_replies, info_get_operator_replies
from smsc_proto.values import parse_phone_list

from .conftest import CHARSETS, assert_reply_round_trip

Reply = InfoGetOperatorReply | list[InfoGetOperatorReply]


def one(**kwargs: object) -> InfoGetOperator:
    return InfoGetOperator(phone=parse_phone_list("79999999999"), **kwargs)  # type: ignore[arg-type]


def two(**kwargs: object) -> InfoGetOperator:
    phones = parse_phone_list("79999999999,+375291234567")
    return InfoGetOperator(phone=phones, **kwargs)  # type: ignore[arg-type]


MTS = InfoGetOperatorReply(
    country="Россия", operator='ПАО "МТС"', region="Москва", mcc="250", mnc="1", tz=3
)
LATIN = InfoGetOperatorReply(
    country="Russia", operator="MTS", region="Moscow", mcc="250", mnc="1", tz=3
)
MTS_7 = dataclasses.replace(MTS, phone="79999999999")
A1 = InfoGetOperatorReply(
    phone="+375291234567",
    country="Беларусь",
    operator="A1",
    region="Минская область",
    mcc="257",
    mnc="1",
    tz=0,
)
# A name holding a comma travels in fmt=2/3 only (fmt=1 could not be read one way).
KOREA = InfoGetOperatorReply(
    country="Korea, Republic of", operator="SK Telecom", region="Seoul", mcc="450", mnc="5", tz=6
)

CASES: list[tuple[InfoGetOperator, bytes, Reply, bytes | None]] = [
    # fmt=0's keys keep the names apart: a comma in one reads one way (it is refused in
    # fmt=1, BAD)
    (
        one(),
        b"country = Korea, Republic of, operator = SK Telecom, region = Seoul, mcc = 450, "
        b"mnc = 5, tz = 6",
        KOREA,
        None,
    ),
    # fmt0 (line 3334)
    (
        one(),
        b"country = Russia, operator = MTS, region = Moscow, mcc = 250, mnc = 1, tz = 3",
        LATIN,
        None,
    ),
    # an MNC's leading zero is part of the code
    (
        one(),
        'country = Россия, operator = ПАО "МТС", region = Москва, mcc = 250, mnc = 01, '
        "tz = 3".encode("cp1251"),
        dataclasses.replace(MTS, mnc="01"),
        None,
    ),
    # fmt1 (line 3336)
    (one(fmt=1), b"Russia,MTS,Moscow,250,1,3", LATIN, None),
    (
        one(fmt=1, charset="koi8-r"),
        'Россия,ПАО "МТС",Москва,250,1,3'.encode("koi8-r"),
        MTS,
        None,
    ),
    # fmt2 (lines 3338-3346)
    (
        one(fmt=2),
        b"<info>\n<country>Russia</country>\n<operator>MTS</operator>\n"
        b"<region>Moscow</region>\n<mcc>250</mcc>\n<mnc>1</mnc>\n<tz>3</tz>\n</info>",
        LATIN,
        b"<info><country>Russia</country><operator>MTS</operator><region>Moscow</region>"
        b"<mcc>250</mcc><mnc>1</mnc><tz>3</tz></info>",
    ),
    # fmt3 (lines 3350-3358): every value quoted
    (
        one(fmt=3, charset="utf-8"),
        '{\n"country": "Россия",\n"operator": "ПАО \\"МТС\\"",\n"region": "Москва",\n'
        '"mcc": "250",\n"mnc": "1",\n"tz": "3"\n}'.encode(),
        MTS,
        '{"country":"Россия","operator":"ПАО \\"МТС\\"","region":"Москва","mcc":"250",'
        '"mnc":"1","tz":"3"}'.encode(),
    ),
    # QUIRKS INC-71: bare numbers are read too
    (
        one(fmt=3),
        b'{"country":"Russia","operator":"MTS","region":"Moscow","mcc":250,"mnc":1,"tz":3}',
        LATIN,
        b'{"country":"Russia","operator":"MTS","region":"Moscow","mcc":"250","mnc":"1","tz":"3"}',
    ),
    # several numbers (line 3332; QUIRKS INC-45): one line per number, phone first
    (
        two(),
        'phone = 79999999999, country = Россия, operator = ПАО "МТС", region = Москва, '
        "mcc = 250, mnc = 1, tz = 3\n"
        "phone = +375291234567, country = Беларусь, operator = A1, "
        "region = Минская область, mcc = 257, mnc = 1, tz = 0".encode("cp1251"),
        [MTS_7, A1],
        None,
    ),
    (
        two(fmt=1, charset="utf-8"),
        '79999999999,Россия,ПАО "МТС",Москва,250,1,3\n'
        "+375291234567,Беларусь,A1,Минская область,257,1,0".encode(),
        [MTS_7, A1],
        None,
    ),
    # line 3348: "the <info><info> constructs are enclosed in the <list> tag"
    (
        two(fmt=2, charset="utf-8"),
        "<list>\n<info>\n<phone>79999999999</phone>\n<country>Россия</country>\n"
        '<operator>ПАО "МТС"</operator>\n<region>Москва</region>\n<mcc>250</mcc>\n'
        "<mnc>1</mnc>\n<tz>3</tz>\n</info>\n</list>".encode(),
        [MTS_7],
        "<list><info><phone>79999999999</phone><country>Россия</country>"
        '<operator>ПАО "МТС"</operator><region>Москва</region><mcc>250</mcc>'
        "<mnc>1</mnc><tz>3</tz></info></list>".encode(),
    ),
    # fmt=3, not shown: an array of the objects
    (
        two(fmt=3, charset="utf-8"),
        '[{"phone":"79999999999","country":"Россия","operator":"ПАО \\"МТС\\"",'
        '"region":"Москва","mcc":"250","mnc":"1","tz":"3"},{"phone":"+375291234567",'
        '"country":"Беларусь","operator":"A1","region":"Минская область",'
        '"mcc":"257","mnc":"1","tz":"0"}]'.encode(),
        [MTS_7, A1],
        None,
    ),
    # a phone written bare is read too (INC-71)
    (
        two(fmt=3),
        b'[{"phone":79999999999,"country":"Russia","operator":"MTS","region":"Moscow",'
        b'"mcc":"250","mnc":"1","tz":"3"}]',
        [dataclasses.replace(LATIN, phone="79999999999")],
        b'[{"phone":"79999999999","country":"Russia","operator":"MTS","region":"Moscow",'
        b'"mcc":"250","mnc":"1","tz":"3"}]',
    ),
    (
        one(fmt=2),
        b"<info><country>Korea, Republic of</country><operator>SK Telecom</operator>"
        b"<region>Seoul</region><mcc>450</mcc><mnc>5</mnc><tz>6</tz></info>",
        KOREA,
        None,
    ),
    (
        one(fmt=3),
        b'{"country":"Korea, Republic of","operator":"SK Telecom","region":"Seoul",'
        b'"mcc":"450","mnc":"5","tz":"6"}',
        KOREA,
        None,
    ),
    (two(), b"", [], None),
    (two(fmt=2), b"<list/>", [], None),
    (two(fmt=3), b"[]", [], None),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(
    command: InfoGetOperator, body: bytes, model: Reply, canonical: bytes | None
) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(
    command: InfoGetOperator, body: bytes, model: Reply, canonical: bytes | None
) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERRORS: list[tuple[InfoGetOperator, bytes, sp.GatewayError, bytes | None]] = [
    # line 3306 (QUIRKS INC-09: the unlabelled bullet is fmt=0)
    (one(), b"ERROR = 3 (operator not found)", sp.GatewayError(3, "operator not found"), None),
    (
        two(charset="utf-8"),
        "ERROR = 3 (оператор не найден)".encode(),
        sp.GatewayError(3, "оператор не найден"),
        None,
    ),
    # lines 3308-3309: the code only; the table gives the meaning
    (one(fmt=1), b"0,-3", sp.GatewayError(3, "Operator not found."), None),
    (
        two(fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than three identical requests or any 100 requests for "
            "information about the subscriber's operator within a minute. This error also "
            "occurs when you try to send fifteen or more requests simultaneously from "
            "different connections under the same username (too many concurrent requests).",
        ),
        None,
    ),
    # lines 3311-3315
    (
        one(fmt=2, charset="koi8-r"),
        "<result>\n<error>ошибка в параметрах</error>\n<error_code>1</error_code>\n"
        "</result>".encode("koi8-r"),
        sp.GatewayError(1, "ошибка в параметрах"),
        "<result><error>ошибка в параметрах</error><error_code>1</error_code></result>".encode(
            "koi8-r"
        ),
    ),
    # lines 3317-3321
    (
        two(fmt=3),
        b'{\n"error": "IP blocked",\n"error_code": 4\n}',
        sp.GatewayError(4, "IP blocked"),
        b'{"error":"IP blocked","error_code":4}',
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: InfoGetOperator, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: InfoGetOperator, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[InfoGetOperator, bytes, str]] = [
    (one(), b"country = Russia, operator = MTS", "does not have the form 'country = "),
    # a comma in a fmt=1 name could end it or the name next to it: refused
    (one(fmt=1), b"Korea, Republic of,SKT,Seoul,450,5,6", "country could end at more than one"),
    (one(fmt=1), b"Russia,MTS,Moscow, Center,250,1,3", "can be read more than one way"),
    (one(fmt=1), b"Russia,MTS,Moscow,250,1", "does not have the form"),
    (one(fmt=1), b"Russia,MTS,Moscow,25x,1,3", "does not have the form"),
    (one(fmt=1), b"Russia,MTS,Moscow,250,1,+3", "does not have the form"),
    (one(fmt=1), b"Russia,MTS,Moscow,250,1,25", "tz: must be -24..24, got 25"),
    # one number, a list reply: the request decides
    (one(fmt=3), b"[]", "a record must be a JSON object"),
    (one(fmt=2), b"<list/>", "root element must be <info>"),
    (two(fmt=2), b"<info/>", "root element must be <list>"),
    (two(fmt=3), b"{}", "must be a JSON array of records"),
    (
        two(),
        b"country = Russia, operator = MTS, region = Moscow, mcc = 250, mnc = 1, tz = 3",
        "does not have the form 'phone = {phone}, ",
    ),
    (
        two(fmt=3),
        b'[{"phone":"7999x","country":"R","operator":"M","region":"","mcc":"1","mnc":"1",'
        b'"tz":"1"}]',
        r"phone: must be a phone number, \[\+\]digits, got '7999x'",
    ),
    (
        one(fmt=2),
        b"<info><country>R</country><operator>M</operator><region/><mcc>1</mcc><mnc>1</mnc></info>",
        "lacks tz",
    ),
    (
        one(fmt=2),
        b"<info><phone>7</phone><country>R</country><operator>M</operator><region/>"
        b"<mcc>1</mcc><mnc>1</mnc><tz>1</tz></info>",
        "has no element <phone>",
    ),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: InfoGetOperator, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="must be a list of InfoGetOperatorReply"):
        sp.encode_response(two(), MTS_7)
    with pytest.raises(sp.LocalProtocolError, match="phone: is required"):
        sp.encode_response(two(), [MTS])
    with pytest.raises(sp.LocalProtocolError, match="can be read more than one way"):
        sp.encode_response(one(fmt=1), KOREA)
    with pytest.raises(sp.LocalProtocolError, match="region: must not contain line breaks"):
        sp.encode_response(one(fmt=3), dataclasses.replace(LATIN, region="a\nb"))
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of info\.php names no"):
        sp.encode_error(one(), sp.GatewayError(3, "x", id=5))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["info.php"]) == [1, 2, 3, 4, 9]
    assert sp.responses.error_meaning("info.php", 3) == "Operator not found."


@given(info_get_operator_replies())
def test_round_trip(model: InfoGetOperatorReply) -> None:
    assert_reply_round_trip(one(), model)


@given(info_get_operator_list_replies())
def test_round_trip_several(records: list[InfoGetOperatorReply]) -> None:
    # conftest's helper takes one model; a list is checked record by record the same way.
    for fmt in (0, 1, 2, 3):
        for charset in CHARSETS:
            command = two(fmt=fmt, charset=charset)
            decoded = sp.decode_response(command, sp.encode_response(command, records))
            assert decoded == records


@given(st.sampled_from([one, two]), st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(make: object, fmt: int, body: bytes) -> None:
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(make(fmt=fmt), body)  # type: ignore[operator]
