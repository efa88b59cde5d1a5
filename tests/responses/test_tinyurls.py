"""tinyurls.php replies and error replies: one table drives both directions.

Bodies are the spec's templates (lines 3396-3448) with the placeholders filled in, laid
out as printed; a third element is the canonical body the encoder writes when it differs.
"""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import TinyurlsGet
from smsc_proto.responses import TinyurlsGetReply
from smsc_proto.strategies import tinyurls_get_replies

from .conftest import assert_reply_round_trip


def get(**kwargs: object) -> TinyurlsGet:
    return TinyurlsGet(id=145142, **kwargs)  # type: ignore[arg-type]


LINK = TinyurlsGetReply(
    id=145142, cnt=120, cnt_mon=30, cnt_day=2, cnt_yes=5, cnt_pmon=80, link="https://smsc.ru/a1B"
)
CYRILLIC = TinyurlsGetReply(
    id=7, cnt=1, cnt_mon=1, cnt_day=0, cnt_yes=0, cnt_pmon=0, link="сайт.рф/ссылка, два"
)

CASES: list[tuple[TinyurlsGet, bytes, TinyurlsGetReply, bytes | None]] = [
    # fmt0 (line 3424)
    (
        get(),
        b"id = 145142, cnt = 120, cnt_mon = 30, cnt_day = 2, cnt_yes = 5, cnt_pmon = 80, "
        b"link = https://smsc.ru/a1B",
        LINK,
        None,
    ),
    # the link is last: it may hold the separators and still reads one way
    (
        TinyurlsGet(link="сайт.рф", charset="koi8-r"),
        "id = 7, cnt = 1, cnt_mon = 1, cnt_day = 0, cnt_yes = 0, cnt_pmon = 0, "
        "link = сайт.рф/ссылка, два".encode("koi8-r"),
        CYRILLIC,
        None,
    ),
    # fmt1 (line 3426)
    (get(fmt=1), b"145142,120,30,2,5,80,https://smsc.ru/a1B", LINK, None),
    (get(fmt=1), "7,1,1,0,0,0,сайт.рф/ссылка, два".encode("cp1251"), CYRILLIC, None),
    # fmt2 (lines 3428-3437)
    (
        get(fmt=2),
        b"<result>\n<id>145142</id>\n<cnt>120</cnt>\n<cnt_mon>30</cnt_mon>\n"
        b"<cnt_day>2</cnt_day>\n<cnt_yes>5</cnt_yes>\n<cnt_pmon>80</cnt_pmon>\n"
        b"<link>https://smsc.ru/a1B</link>\n</result>",
        LINK,
        b"<result><id>145142</id><cnt>120</cnt><cnt_mon>30</cnt_mon><cnt_day>2</cnt_day>"
        b"<cnt_yes>5</cnt_yes><cnt_pmon>80</cnt_pmon><link>https://smsc.ru/a1B</link></result>",
    ),
    # fmt3 (lines 3439-3448): QUIRKS INC-46, every value quoted
    (
        get(fmt=3),
        b'{\n"id": "145142",\n"cnt": "120",\n"cnt_mon": "30",\n"cnt_day": "2",\n'
        b'"cnt_yes": "5",\n"cnt_pmon": "80",\n"link": "https://smsc.ru/a1B"\n}',
        LINK,
        b'{"id":"145142","cnt":"120","cnt_mon":"30","cnt_day":"2","cnt_yes":"5",'
        b'"cnt_pmon":"80","link":"https://smsc.ru/a1B"}',
    ),
    # QUIRKS INC-71: bare numbers are read too
    (
        get(fmt=3, charset="utf-8"),
        '{"id": 7, "cnt": 1, "cnt_mon": 1, "cnt_day": 0, "cnt_yes": 0, "cnt_pmon": 0, '
        '"link": "сайт.рф/ссылка, два"}'.encode(),
        CYRILLIC,
        '{"id":"7","cnt":"1","cnt_mon":"1","cnt_day":"0","cnt_yes":"0","cnt_pmon":"0",'
        '"link":"сайт.рф/ссылка, два"}'.encode(),
    ),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(
    command: TinyurlsGet, body: bytes, model: TinyurlsGetReply, canonical: bytes | None
) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(
    command: TinyurlsGet, body: bytes, model: TinyurlsGetReply, canonical: bytes | None
) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERRORS: list[tuple[TinyurlsGet, bytes, sp.GatewayError, bytes | None]] = [
    # line 3396 (QUIRKS INC-09: the unlabelled bullet is fmt=0)
    (get(), b"ERROR = 3 (link not found)", sp.GatewayError(3, "link not found"), None),
    (
        get(charset="utf-8"),
        "ERROR = 3 (ссылка не найдена)".encode(),
        sp.GatewayError(3, "ссылка не найдена"),
        None,
    ),
    # lines 3398-3399: fmt=1 carries the code only; the table gives the meaning
    (get(fmt=1), b"0,-3", sp.GatewayError(3, "Link not found."), None),
    (
        get(fmt=1),
        b"0,-9",
        sp.GatewayError(
            9,
            "Attempt to send more than three identical requests for short link information "
            "within a minute. This error also occurs when you try to send fifteen or more "
            "requests simultaneously from different connections under the same username "
            "(too many concurrent requests).",
        ),
        None,
    ),
    # lines 3401-3405
    (
        get(fmt=2),
        b"<result>\n<error>IP blocked</error>\n<error_code>4</error_code>\n</result>",
        sp.GatewayError(4, "IP blocked"),
        b"<result><error>IP blocked</error><error_code>4</error_code></result>",
    ),
    # lines 3407-3411
    (
        get(fmt=3, charset="koi8-r"),
        '{\n"error": "неверный логин",\n"error_code": 2\n}'.encode("koi8-r"),
        sp.GatewayError(2, "неверный логин"),
        '{"error":"неверный логин","error_code":2}'.encode("koi8-r"),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: TinyurlsGet, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: TinyurlsGet, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


BAD: list[tuple[TinyurlsGet, bytes, str]] = [
    (get(), b"id = 1, cnt = 1", "does not have the form 'id = {id}, cnt = {cnt}, "),
    (
        get(),
        b"id = 1, cnt = 1, cnt_mon = 1, cnt_day = 1, cnt_yes = 1, cnt_pmon = 1, link = ",
        "does not have the form",
    ),
    (get(fmt=1), b"0,1,1,1,1,1,x", "id: must be 1..2147483647, got 0"),
    (get(fmt=1), b"1,-1,1,1,1,1,x", "does not have the form"),
    (get(fmt=1), b"1,1,1,1,1,x", "does not have the form"),
    (get(fmt=2), b"<result><id>1</id></result>", "lacks cnt, cnt_mon"),
    (get(fmt=2), b"<info><id>1</id></info>", "root element must be <result>"),
    (
        get(fmt=3),
        b'{"id":"1","cnt":"x","cnt_mon":"1","cnt_day":"1","cnt_yes":"1","cnt_pmon":"1","link":"a"}',
        "cnt: must be an integer",
    ),
    (
        get(fmt=3),
        b'{"id":"1","cnt":"1","cnt_mon":"1","cnt_day":"1","cnt_yes":"1","cnt_pmon":"1","link":""}',
        "link: must not be empty",
    ),
    (get(fmt=3), b'{"id":"1","url":"a"}', "unknown key 'url'"),
    (get(fmt=3), b"[]", "a record must be a JSON object"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: TinyurlsGet, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="link: is required"):
        sp.encode_response(
            get(), TinyurlsGetReply(id=1, cnt=1, cnt_mon=1, cnt_day=1, cnt_yes=1, cnt_pmon=1)
        )
    with pytest.raises(sp.LocalProtocolError, match="link: must not contain line breaks"):
        sp.encode_response(get(fmt=3), dataclasses.replace(LINK, link="a\nb"))
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 3 of tinyurls\.php names no"):
        sp.encode_error(get(), sp.GatewayError(3, "x", id=5))


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["tinyurls.php"]) == [1, 2, 3, 4, 9]
    assert sp.responses.error_meaning("tinyurls.php", 3) == "Link not found."


@given(tinyurls_get_replies())
def test_round_trip(model: TinyurlsGetReply) -> None:
    assert_reply_round_trip(get(), model)


@given(st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200))
def test_any_body_decodes_or_raises_documented_errors(fmt: int, body: bytes) -> None:
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(get(fmt=fmt), body)
