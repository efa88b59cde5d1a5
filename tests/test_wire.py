"""The wire layer: Request encoding and decoding in every form and charset."""

from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from multidict import MultiDict

import smsc_proto as sp
from smsc_proto.strategies import wire_requests as request_strategy

BASE = "https://smscentre.com/sys/"

# (request, URL) rows: each drives both Request.from_url and Request.to_url. The URLs
# are canonical (what to_url writes); spec examples in other spellings are in
# SPEC_URLS below.
URL_CASES: list[tuple[sp.Request, str]] = [
    (
        sp.Request("send.php", [("login", "alex"), ("psw", "123"), ("phones", "79999999999")]),
        BASE + "send.php?login=alex&psw=123&phones=79999999999",
    ),
    # Cyrillic in the default charset, windows-1251 (spec line 657 sends these bytes).
    (
        sp.Request("send.php", [("mes", "Видео и кнопка")]),
        BASE + "send.php?mes=%C2%E8%E4%E5%EE%20%E8%20%EA%ED%EE%EF%EA%E0",
    ),
    (
        sp.Request("send.php", [("mes", "Привет"), ("charset", "koi8-r")]),
        BASE + "send.php?mes=%F0%D2%C9%D7%C5%D4&charset=koi8-r",
    ),
    (
        sp.Request("send.php", [("mes", "Привет 😀"), ("charset", "utf-8")]),
        BASE + "send.php?mes=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%20%F0%9F%98%80&charset=utf-8",
    ),
    # Array parameters keep their names (users.php, spec line 2552: "fl[29]=1").
    (
        sp.Request("users.php", [("add", "1"), ("fl[29]", "1"), ("mfl[0]", "0")]),
        BASE + "users.php?add=1&fl[29]=1&mfl[0]=0",
    ),
    # Repeated keys keep their order.
    (
        sp.Request("status.php", [("id", "1"), ("phone", "7"), ("id", "2")]),
        BASE + "status.php?id=1&phone=7&id=2",
    ),
    # Reserved characters are escaped, "#" included (spec line 674 sends it raw).
    (
        sp.Request("send.php", [("phones", "#1122334455"), ("mes", "a+b&c=d%\n~~~\n")]),
        BASE + "send.php?phones=%231122334455&mes=a%2Bb%26c%3Dd%25%0A~~~%0A",
    ),
    (sp.Request("balance.php", []), BASE + "balance.php"),
    (sp.Request("send.php", [("mes", "")]), BASE + "send.php?mes="),
]


@pytest.mark.parametrize(("request_", "url"), URL_CASES)
def test_to_url(request_: sp.Request, url: str) -> None:
    assert request_.to_url(BASE) == url


@pytest.mark.parametrize(("request_", "url"), URL_CASES)
def test_from_url(request_: sp.Request, url: str) -> None:
    assert sp.Request.from_url(url) == request_


@pytest.mark.parametrize(("request_", "url"), URL_CASES)
def test_form_round_trip(request_: sp.Request, url: str) -> None:
    body = request_.to_form()
    assert body.decode("ascii") == url.partition("?")[2]
    assert sp.Request.from_url(request_.endpoint(), body, sp.FORM_CONTENT_TYPE) == request_


@pytest.mark.parametrize(("request_", "url"), URL_CASES)
def test_multipart_round_trip(request_: sp.Request, url: str) -> None:
    body, content_type = request_.to_multipart("xYzZY")
    assert sp.Request.from_url(request_.endpoint(), body, content_type) == request_


# Spellings the spec uses that are not canonical, each with the params they carry.
SPEC_URLS: list[tuple[str, list[tuple[str, str]]]] = [
    # line 335/336: a raw backslash and "!" in the query
    (
        BASE + "send.php?login=alex&psw=123&list=79999999999:Hello!%0A79999999999:Hello\\nworld!",
        [
            ("login", "alex"),
            ("psw", "123"),
            ("list", "79999999999:Hello!\n79999999999:Hello\\nworld!"),
        ],
    ),
    # line 648: "+" is a space
    (
        BASE + "send.php?viber=1&mes=Test+%7Bbutton%2Chttp%3A%2F%2Fsmscentre.com%2CSite%7D",
        [("viber", "1"), ("mes", "Test {button,http://smscentre.com,Site}")],
    ),
    # line 674: "#" unencoded is data, not a fragment
    (
        BASE + "send.php?phones=#1122334455&mes=Hi&bot=@mybot_bot",
        [("phones", "#1122334455"), ("mes", "Hi"), ("bot", "@mybot_bot")],
    ),
    # line 1398: raw braces and commas
    (
        BASE + "jobs.php?add=1&phones=79999999999,78888888888&name=rassilka1&mes={Name},",
        [
            ("add", "1"),
            ("phones", "79999999999,78888888888"),
            ("name", "rassilka1"),
            ("mes", "{Name},"),
        ],
    ),
    # line 577: raw ":" and "/" in a value
    (
        BASE + "send.php?call=1&fileurl=http://mysite.com/voice.wav",
        [("call", "1"), ("fileurl", "http://mysite.com/voice.wav")],
    ),
    # handler URL parameters without values (line 3600)
    ("https://mysite.ru/sms.php?param3&param4", [("param3", ""), ("param4", "")]),
    # a request target rather than a URL; empty pieces skipped
    ("/sys/status.php?&id=1&&phone=7&", [("id", "1"), ("phone", "7")]),
]


@pytest.mark.parametrize(("url", "params"), SPEC_URLS)
def test_from_url_spec_spellings(url: str, params: list[tuple[str, str]]) -> None:
    request = sp.Request.from_url(url)
    assert list(request.params.items()) == params
    # and the canonical encoding reads back the same
    assert sp.Request.from_url(request.to_url()) == request


def test_charset_is_read_before_values_wherever_it_stands() -> None:
    # charset after the value, and in the body while the value is in the query
    url = BASE + "send.php?mes=%F0%D2%C9%D7%C5%D4"
    req = sp.Request.from_url(url, b"charset=koi8-r", sp.FORM_CONTENT_TYPE)
    assert req.params["mes"] == "Привет"
    assert req.charset == "koi8-r"
    assert sp.Request.from_url(url + "&charset=KOI8-R").params["mes"] == "Привет"


MP = "multipart/form-data; boundary=x"
CD = b'--x\r\nContent-Disposition: form-data; name="'
UTF8_MES = b"mes=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82"  # "Привет" in utf-8

# Every source that names the charset is read (and must agree): (body, content type,
# the parameters). No writer produces these spellings; a reader takes them.
BODY_CHARSETS: list[tuple[bytes, str, list[tuple[str, str]]]] = [
    # the form's Content-Type charset (a utf-8 form was read as windows-1251 mojibake)
    (UTF8_MES, sp.FORM_CONTENT_TYPE + "; charset=utf-8", [("mes", "Привет")]),
    (UTF8_MES, sp.FORM_CONTENT_TYPE + '; charset="UTF-8"', [("mes", "Привет")]),
    # the header and the parameter agree
    (
        b"charset=koi8-r&mes=%F0%D2%C9%D7%C5%D4",
        sp.FORM_CONTENT_TYPE + "; charset=KOI8-R",
        [("charset", "koi8-r"), ("mes", "Привет")],
    ),
    # the multipart body's Content-Type charset
    (CD + b'mes"\r\n\r\n\xd0\x94\r\n--x--', MP + "; charset=utf-8", [("mes", "Д")]),
    # a text part's Content-Type charset (RFC 7578 4.4)
    (
        CD + b'mes"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\xd0\x94\r\n--x--',
        MP,
        [("mes", "Д")],
    ),
]


@pytest.mark.parametrize(("body", "content_type", "params"), BODY_CHARSETS)
def test_body_charset_sources(
    body: bytes, content_type: str, params: list[tuple[str, str]]
) -> None:
    assert list(sp.Request.from_url("/sys/send.php", body, content_type).params.items()) == params


def test_script_names() -> None:
    assert sp.Request.from_url("https://smscentre.com/rest/send/").script == "rest/send"
    assert sp.Request.from_url("/rest/send").script == "rest/send"
    assert sp.Request.from_url("https://h:8080/any/mount/ping.php").script == "ping.php"
    assert sp.Request("rest/send/").script == "rest/send"
    assert sp.Request("rest/send").endpoint(BASE) == "https://smscentre.com/rest/send/"
    assert sp.Request("info.php").endpoint("http://127.0.0.1:8080/sys") == (
        "http://127.0.0.1:8080/sys/info.php"
    )


def test_array_parameters() -> None:
    req = sp.Request.from_url(BASE + "users.php?fl[5]=1&fl2[24]=0&fl[29]=1&mfl[0]=3")
    assert req.array("fl") == {5: "1", 29: "1"}
    assert req.array("fl2") == {24: "0"}
    assert req.array("mfl") == {0: "3"}
    assert req.array("nope") == {}
    dup = sp.Request("users.php", [("fl[5]", "1"), ("fl[5]", "0")])
    with pytest.raises(sp.LocalProtocolError, match=r"fl\[5\]: given more than once"):
        dup.array("fl")


@pytest.mark.parametrize(
    "params",
    [
        # two spellings of one entry (read last-one-wins by index before)
        [("fl[05]", "1"), ("fl[5]", "0")],
        # one spelling the encoders never write (read as fl[5] before)
        [("fl[05]", "1")],
        [("fl[+5]", "1")],
        [("fl[]", "1")],
    ],
)
def test_array_index_is_read_one_way(params: list[tuple[str, str]]) -> None:
    with pytest.raises(sp.LocalProtocolError, match="index is written in decimal without"):
        sp.Request("users.php", params).array("fl")


def test_params_accept_mapping_and_multidict() -> None:
    md: MultiDict[str] = MultiDict([("a", "1"), ("a", "2")])
    assert sp.Request("x.php", md) == sp.Request("x.php", [("a", "1"), ("a", "2")])
    assert sp.Request("x.php", {"a": "1"}).params["a"] == "1"


def test_repr_masks_credentials() -> None:
    canary = "CANARY-s3cr3t"
    req = sp.Request(
        "users.php",
        [("login", "alex"), ("psw", canary), ("apikey", canary), ("password", canary)],
    )
    assert canary not in repr(req)
    assert "'login', 'alex'" in repr(req)
    with pytest.raises(sp.LocalProtocolError) as info:
        sp.Request("users.php", [("psw", canary + "😀")]).to_url()
    assert canary not in str(info.value)


# -- charset policy --------------------------------------------------------------------


def test_unencodable_error_names_parameter() -> None:
    req = sp.Request("send.php", [("mes", "hi 😀")])
    with pytest.raises(sp.LocalProtocolError, match=r"mes: .*U\+1F600.*windows-1251"):
        req.to_url()
    with pytest.raises(sp.LocalProtocolError, match="mes"):
        req.to_form()
    with pytest.raises(sp.LocalProtocolError, match="mes"):
        req.to_multipart()


def test_unencodable_utf8_moves_request_to_utf8() -> None:
    req = sp.Request("send.php", [("mes", "hi 😀"), ("charset", "koi8-r"), ("charset", "koi8-r")])
    moved = req.encodable(sp.Unencodable.UTF8)
    assert list(moved.params.items()) == [("mes", "hi 😀"), ("charset", "utf-8")]
    assert moved.charset == "utf-8"
    url = req.to_url(unencodable=sp.Unencodable.UTF8)
    assert url.endswith("mes=hi%20%F0%9F%98%80&charset=utf-8")
    assert sp.Request.from_url(url) == moved
    # text that fits is left alone: same object, default charset
    plain = sp.Request("send.php", [("mes", "Привет")])
    assert plain.encodable(sp.Unencodable.UTF8) is plain
    assert "charset" not in plain.to_url(unencodable=sp.Unencodable.UTF8)


def test_lone_surrogate_cannot_be_encoded_anywhere() -> None:
    req = sp.Request("send.php", [("mes", "\ud800")])
    with pytest.raises(sp.LocalProtocolError, match="mes"):
        req.to_url(unencodable=sp.Unencodable.UTF8)


# -- multipart and attachments -----------------------------------------------------------


def test_multipart_with_attachments_round_trip() -> None:
    files = [
        sp.Attachment(
            name="file0", filename="1.mp3", content=b"ID3\x00\xff", content_type="audio/mpeg"
        ),
        sp.Attachment(name="file1", filename="голос.wav", content=b"RIFF\r\n--x\r\n"),
    ]
    req = sp.Request("send.php", [("mes", "first <file 1> second <file 2>"), ("call", "1")], files)
    body, ctype = req.to_multipart("b0undary")
    assert ctype == "multipart/form-data; boundary=b0undary"
    back = sp.Request.from_url("/sys/send.php", body, ctype)
    assert back == req
    assert back.attachments[1].filename == "голос.wav"
    assert "content=" not in repr(files[0])
    assert files[0].size == 5


def test_attachments_refuse_url_form_and_json() -> None:
    req = sp.Request("send.php", [], [sp.Attachment(name="file0", filename="a", content=b"")])
    for encode in (req.to_url, req.to_form):
        with pytest.raises(sp.LocalProtocolError, match="multipart"):
            encode()


def test_multipart_boundary_in_content_is_refused() -> None:
    req = sp.Request("send.php", [("mes", "x\r\n--b1--")])
    with pytest.raises(sp.LocalProtocolError, match="boundary"):
        req.to_multipart("b1")


def test_attachment_content_type_parameters_travel_as_they_are() -> None:
    # RFC 9110 8.3.1: a media type may carry parameters; a part's Content-Type with
    # them was refused.
    file = sp.Attachment(
        name="file0", filename="a.jpg", content=b"\xff", content_type='image/jpeg; name="a.jpg"'
    )
    body, ctype = sp.Request("send.php", [], [file]).to_multipart("x")
    assert b'Content-Type: image/jpeg; name="a.jpg"\r\n' in body
    assert sp.Request.from_url("/sys/send.php", body, ctype).attachments == (file,)
    for other in ("text/plain;charset=utf-8", 'a/b; x="q\\"z"; y=1', "a/b;"):
        sp.Attachment(name="f", filename="a", content=b"", content_type=other)


def test_multipart_from_another_encoder() -> None:
    # Quoted boundary, header case, preamble and epilogue, as other clients send them.
    body = (
        b"preamble\r\n--AaB03x\r\n"
        b'content-disposition: form-data; name="mes"\r\n\r\n\xcf\xf0\xe8\xe2\xe5\xf2\r\n'
        b"--AaB03x\r\n"
        b'Content-Disposition: form-data; name="file0"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nhello\r\n--AaB03x--\r\nepilogue"
    )
    req = sp.Request.from_url("/sys/send.php", body, 'multipart/form-data; boundary="AaB03x"')
    assert req.params["mes"] == "Привет"
    assert req.attachments == (
        sp.Attachment(name="file0", filename="a.txt", content=b"hello", content_type="text/plain"),
    )


# -- rest/send JSON ----------------------------------------------------------------------------


def test_json_round_trip() -> None:
    req = sp.Request("rest/send", [("login", "alex"), ("psw", "123"), ("mes", "Привет 😀")])
    body = req.to_json()
    assert orjson.loads(body) == {"login": "alex", "psw": "123", "mes": "Привет 😀"}
    assert sp.Request.from_url("https://smscentre.com/rest/send/", body, "application/json") == req


def test_json_integers_become_text() -> None:
    body = b'{"login":"alex","id":123,"cost":3}'
    req = sp.Request.from_url("/rest/send/", body, "application/json; charset=utf-8")
    assert list(req.params.items()) == [("login", "alex"), ("id", "123"), ("cost", "3")]


def test_json_refusals() -> None:
    with pytest.raises(sp.LocalProtocolError, match="only rest/send"):
        sp.Request("send.php").to_json()
    with pytest.raises(sp.LocalProtocolError, match="repeat"):
        sp.Request("rest/send", [("a", "1"), ("a", "2")]).to_json()
    with pytest.raises(sp.LocalProtocolError, match="JSON POST"):
        sp.Request("rest/send").to_url()


# -- bad input -----------------------------------------------------------------------------

BAD_URLS: list[tuple[str | bytes, bytes | None, str | None, str]] = [
    ("https://smscentre.com/sys/", None, None, "url: path"),
    ("/sys/send.php?mes=a b", None, None, "must be percent-encoded"),
    ("/sys/send.php?mes=Привет", None, None, "must be percent-encoded"),
    (b"/sys/send.php?mes=\xcf", None, None, "ASCII"),
    ("/sys/send.php?mes=%zz", None, None, "two hex digits"),
    ("/sys/send.php?mes=%4", None, None, "two hex digits"),
    ("/sys/send.php?=x", None, None, "empty name"),
    ("/sys/send.php?mes=%98", None, None, "mes: byte 0x98 .* not valid windows-1251"),
    ("/sys/send.php?mes=%FF&charset=utf-8", None, None, "mes: .*utf-8"),
    ("/sys/send.php?charset=latin1", None, None, "charset: must be one of"),
    ("/sys/send.php?charset=utf-8&charset=koi8-r", None, None, "more than once"),
    ("/sys/send.php?charset=%FF", None, None, "charset: must be ASCII"),
    ("/sys/send.php?a%01b=1", None, None, "parameter name"),
    ("/sys/send.php", b"a=1", None, "content_type: required"),
    ("/sys/send.php", b"a=1", "text/plain", "content_type"),
    ("/sys/send.php", b"{}", "application/json", "takes no JSON"),
    ("/rest/send/", b"[1]", "application/json", "must be an object"),
    ("/rest/send/", b"{", "application/json", "not valid JSON"),
    ("/rest/send/", b'{"a":1.5}', "application/json", "strings or integers"),
    ("/rest/send/", b'{"a":true}', "application/json", "strings or integers"),
    ("/rest/send/", b'{"a":[]}', "application/json", "strings or integers"),
    ("/rest/send/", b'{"a":18446744073709551616}', "application/json", "strings or integers"),
    ("/sys/send.php", b"--x\r\n", "multipart/form-data", "boundary"),
    ("/sys/send.php", b"nothing", "multipart/form-data; boundary=x", "delimiter not found"),
    # charsets that disagree are refused, as decode_callback refuses them
    (
        "/sys/send.php",
        b"charset=koi8-r&mes=x",
        sp.FORM_CONTENT_TYPE + "; charset=utf-8",
        re.escape("charset: the request's charsets disagree (Content-Type utf-8, parameter koi8"),
    ),
    (
        "/sys/send.php?charset=windows-1251",
        b"mes=x",
        sp.FORM_CONTENT_TYPE + "; charset=utf-8",
        "charsets disagree",
    ),
    ("/sys/send.php", b"mes=x", sp.FORM_CONTENT_TYPE + "; charset=latin-1", "charset: must be"),
    (
        "/sys/send.php",
        CD + b'mes"\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\nx\r\n--x--',
        MP + "; charset=utf-8",
        re.escape("charsets disagree (Content-Type utf-8, part 0 koi8-r)"),
    ),
    (
        "/sys/send.php",
        CD + b'charset"\r\n\r\nutf-8\r\n' + CD + b'mes"\r\nContent-Type: text/plain; '
        b"charset=koi8-r\r\n\r\nx\r\n--x--",
        MP,
        re.escape("charsets disagree (part 1 koi8-r, parameter utf-8)"),
    ),
    # a JSON body is UTF-8 (RFC 8259): a Content-Type naming another charset is refused
    (
        "/rest/send/",
        b'{"mes":"x"}',
        "application/json; charset=windows-1251",
        "a JSON body is UTF-8 \\(RFC 8259\\), got charset=windows-1251",
    ),
    # one input, one reading: a repeat is refused, not read last-one-wins
    ("/rest/send/", b'{"mes":"a","mes":"b"}', "application/json", "'mes': given more than once"),
    (
        "/sys/send.php",
        CD + b'phones"; name="mes"\r\n\r\nx\r\n--x--',
        MP,
        "part 0 gives the disposition parameter name more than once",
    ),
    (
        "/sys/send.php",
        CD + b'a"\r\n\r\nx\r\n--x--',
        "multipart/form-data; boundary=x; boundary=y",
        "parameter 'boundary' given more than once",
    ),
    ("/sys/send.php", b"--x\r\n\r\nv\r\n--x--", "multipart/form-data; boundary=x", "no form-data"),
    (
        "/sys/send.php",
        b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nv',
        "multipart/form-data; boundary=x",
        "close delimiter",
    ),
    (
        "/sys/send.php",
        b"--x\r\nContent-Disposition: attachment\r\n\r\nv\r\n--x--",
        "multipart/form-data; boundary=x",
        "not form-data",
    ),
    (
        "/sys/send.php",
        b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n\x98\r\n--x--',
        "multipart/form-data; boundary=x",
        "a: byte 0x98",
    ),
]


@pytest.mark.parametrize(("url", "body", "content_type", "match"), BAD_URLS)
def test_from_url_refuses(
    url: str | bytes, body: bytes | None, content_type: str | None, match: str
) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.Request.from_url(url, body, content_type)


BAD_REQUESTS: list[tuple[str, list[tuple[str, str]], str]] = [
    ("send", [], "script"),
    ("../send.php", [], "script"),
    ("send.php", [("", "1")], "parameter name"),
    ("send.php", [("mes\ntext", "1")], "parameter name"),
    ("send.php", [("x" * 129, "1")], "parameter name"),
]


@pytest.mark.parametrize(("script", "params", "match"), BAD_REQUESTS)
def test_request_refuses(script: str, params: list[tuple[str, str]], match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.Request(script, params)


def test_value_must_be_text() -> None:
    with pytest.raises(sp.LocalProtocolError, match="mes: parameter values are text"):
        sp.Request("send.php", [("mes", 5)])  # type: ignore[list-item]


def test_attachment_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="filename"):
        sp.Attachment(name="file0", filename='a"b', content=b"")
    with pytest.raises(sp.LocalProtocolError, match="name"):
        sp.Attachment(name='file"0', filename="a", content=b"")
    for ctype in ("audio", "a/b; x", 'a/b; x="\r"', "a/b; x=é", "a/b x=1", "a/b; =1"):
        with pytest.raises(sp.LocalProtocolError, match="content_type: must be a type/subtype"):
            sp.Attachment(name="file0", filename="a", content=b"", content_type=ctype)


def test_charset_property_refuses_unknown() -> None:
    with pytest.raises(sp.LocalProtocolError, match="charset"):
        _ = sp.Request("send.php", [("charset", "cp866")]).charset


# -- properties ----------------------------------------------------------------------------


@given(request_strategy())
def test_url_round_trip_property(request_: sp.Request) -> None:
    if request_.script == sp.REST_SEND or request_.attachments:
        return
    url = request_.to_url(unencodable=sp.Unencodable.UTF8)
    assert sp.Request.from_url(url) == request_.encodable(sp.Unencodable.UTF8)


@given(request_strategy())
def test_body_round_trip_property(request_: sp.Request) -> None:
    encodable = request_.encodable(sp.Unencodable.UTF8)
    if request_.script == sp.REST_SEND:
        if len(set(request_.params.keys())) == len(request_.params):
            back = sp.Request.from_url("/rest/send/", request_.to_json(), "application/json")
            assert back == request_
        return
    if not request_.attachments:
        body = request_.to_form(unencodable=sp.Unencodable.UTF8)
        assert sp.Request.from_url(request_.endpoint(), body, sp.FORM_CONTENT_TYPE) == encodable
    body, ctype = request_.to_multipart(unencodable=sp.Unencodable.UTF8)
    assert sp.Request.from_url(request_.endpoint(), body, ctype) == encodable


@given(
    st.text(max_size=200),
    st.binary(max_size=200),
    st.sampled_from(
        [None, sp.FORM_CONTENT_TYPE, "multipart/form-data; boundary=x", "application/json"]
    ),
)
def test_from_url_value_or_remote_error(url: str, body: bytes, content_type: str | None) -> None:
    for target in ("/sys/send.php?" + url, "/rest/send/?" + url, url):
        try:
            req = sp.Request.from_url(target, body or None, content_type)
        except sp.RemoteProtocolError:
            continue
        assert isinstance(req, sp.Request)


@pytest.mark.parametrize("spelling", ["1", "01", "0001"])
def test_bin1_message_never_moves_to_utf8(spelling: str) -> None:
    # A bin=1 mes is bytes written as the charset's characters (0xCA is "К" in
    # windows-1251); re-encoding it in utf-8 would send other bytes. Every spelling the
    # bin codec reads as 1 counts (bin=01 used to move).
    req = sp.Request("send.php", [("mes", "\x00К"), ("bin", spelling), ("sender", "😀")])
    with pytest.raises(sp.LocalProtocolError, match="mes: a bin=1 message is windows-1251 bytes"):
        req.encodable(sp.Unencodable.UTF8)
    ascii_only = sp.Request("send.php", [("mes", "\x00A"), ("bin", "1"), ("sender", "😀")])
    assert ascii_only.encodable(sp.Unencodable.UTF8).charset == "utf-8"
