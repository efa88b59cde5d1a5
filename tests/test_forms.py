"""smsc_proto._forms: queries, charset detection, Content-Type and multipart, as tables.

Where the toolkit has a writer for the bytes (Request.to_form, Request.to_multipart), the
row drives it too: the writer gives the row's bytes and the reader gives back the row's
pairs. The rows marked "stricter" are the places where the copies this module replaced
disagreed and the stricter rule was kept.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._forms import (
    ContentType,
    FormData,
    Part,
    agree_charsets,
    decode_pairs,
    first_line_boundary,
    form_charset,
    form_data,
    parse_content_type,
    split_multipart,
    split_query,
)
from smsc_proto._jsonsafe import json_text

# -- queries and forms ----------------------------------------------------------------------

# (text pairs, charset, the form body): Request.to_form writes the body, split_query and
# decode_pairs read the pairs back.
FORMS: list[tuple[list[tuple[str, str]], str, bytes]] = [
    ([("login", "alex"), ("psw", "123")], "windows-1251", b"login=alex&psw=123"),
    ([("mes", "Привет")], "windows-1251", b"mes=%CF%F0%E8%E2%E5%F2"),
    (
        [("mes", "Привет"), ("charset", "koi8-r")],
        "koi8-r",
        b"mes=%F0%D2%C9%D7%C5%D4&charset=koi8-r",
    ),
    ([("mes", "a+b&c=d %")], "windows-1251", b"mes=a%2Bb%26c%3Dd%20%25"),
    ([("mes", "")], "windows-1251", b"mes="),
    ([("fl[29]", "1")], "windows-1251", b"fl[29]=1"),
]


@pytest.mark.parametrize(("pairs", "charset", "body"), FORMS)
def test_form_both_directions(pairs: list[tuple[str, str]], charset: str, body: bytes) -> None:
    assert sp.Request("send.php", pairs).to_form() == body
    raw = split_query(body, "body")
    assert form_charset(raw) == (charset if ("charset", charset) in pairs else None)
    assert decode_pairs(raw, charset) == pairs


# Spellings a writer never produces but a reader takes: (bytes, raw pairs).
QUERIES: list[tuple[bytes, list[tuple[bytes, bytes]]]] = [
    (b"", []),
    (b"a=1&&b=2&", [(b"a", b"1"), (b"b", b"2")]),  # empty pieces are skipped
    (b"a+b=c+d", [(b"a b", b"c d")]),  # "+" is a space in a form
    (b"param1&param2", [(b"param1", b""), (b"param2", b"")]),  # spec line 3600
    (b"a=%d0%9f", [(b"a", b"\xd0\x9f")]),  # hex digits in either case
    (b"a==1", [(b"a", b"=1")]),
]


@pytest.mark.parametrize(("raw", "pairs"), QUERIES)
def test_split_query(raw: bytes, pairs: list[tuple[bytes, bytes]]) -> None:
    assert split_query(raw, "query") == pairs


BAD_QUERIES: list[tuple[bytes, str]] = [
    (b"=1", "query: parameter with an empty name"),
    (b"a=%zz", "query: '%' must be followed by two hex digits"),
    (b"a=%4", "query: '%' must be followed by two hex digits"),
    (b"a=1" + b"&a=1" * 10_000, "query: more than 10000 parameters"),
]


@pytest.mark.parametrize(("raw", "match"), BAD_QUERIES)
def test_split_query_refuses(raw: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        split_query(raw, "query")


# (raw pairs, decoded pairs, the charset they name or None)
CHARSETS: list[tuple[list[tuple[bytes, bytes]], list[tuple[str, str]], str | None]] = [
    ([], [], None),
    ([(b"a", b"1")], [], None),
    ([(b"charset", b"UTF-8")], [], "utf-8"),
    ([(b"charset", b"utf-8"), (b"charset", b"utf-8")], [], "utf-8"),  # a repeat agrees
    ([], [("charset", "koi8-r")], "koi8-r"),
    ([(b"charset", b"koi8-r")], [("charset", "KOI8-R")], "koi8-r"),
]


@pytest.mark.parametrize(("raw", "text", "charset"), CHARSETS)
def test_form_charset(
    raw: list[tuple[bytes, bytes]], text: list[tuple[str, str]], charset: str | None
) -> None:
    assert form_charset(raw, text) == charset


BAD_CHARSETS: list[tuple[list[tuple[bytes, bytes]], list[tuple[str, str]], str]] = [
    ([(b"charset", b"\xff")], [], "charset: must be ASCII"),
    ([(b"charset", b"cp866")], [], "charset: must be one of"),
    ([(b"charset", b"utf-8"), (b"charset", b"koi8-r")], [], "given more than once with differ"),
    ([(b"charset", b"utf-8")], [("charset", "koi8-r")], "given more than once with different"),
]


@pytest.mark.parametrize(("raw", "text", "match"), BAD_CHARSETS)
def test_form_charset_refuses(
    raw: list[tuple[bytes, bytes]], text: list[tuple[str, str]], match: str
) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        form_charset(raw, text)


# (charsets by source, the charset they agree on)
AGREED: list[tuple[dict[str, str], str | None]] = [
    ({}, None),
    ({"parameter": "koi8-r"}, "koi8-r"),
    ({"Content-Type": "utf-8", "part 1": "utf-8", "parameter": "utf-8"}, "utf-8"),
]


@pytest.mark.parametrize(("named", "charset"), AGREED)
def test_agree_charsets(named: dict[str, str], charset: str | None) -> None:
    assert agree_charsets(named, "request") == charset


def test_agree_charsets_refuses() -> None:
    with pytest.raises(
        sp.RemoteProtocolError,
        match=re.escape("charset: the request's charsets disagree (Content-Type utf-8, "),
    ):
        agree_charsets({"Content-Type": "utf-8", "parameter": "koi8-r"}, "request")


def test_decode_pairs_refuses() -> None:
    with pytest.raises(sp.RemoteProtocolError, match="mes: byte 0x98 at offset 0 is not valid"):
        decode_pairs([(b"mes", b"\x98")], "windows-1251")
    with pytest.raises(sp.RemoteProtocolError, match="parameter name: byte 0xff"):
        decode_pairs([(b"\xff", b"")], "utf-8")
    with pytest.raises(sp.RemoteProtocolError, match="parameter name: empty name"):
        decode_pairs([(b"", b"1")], "utf-8")


# -- Content-Type ---------------------------------------------------------------------------

# (header value, media, parameters, charset()). Request.to_multipart and encode_callback
# write the first spellings.
CONTENT_TYPES: list[tuple[str, str, dict[str, str], str | None]] = [
    (sp.FORM_CONTENT_TYPE, "application/x-www-form-urlencoded", {}, None),
    ("multipart/form-data; boundary=b0", "multipart/form-data", {"boundary": "b0"}, None),
    ("application/json; charset=utf-8", "application/json", {"charset": "utf-8"}, "utf-8"),
    ('Text/XML ; Charset = "KOI8-R"', "text/xml", {"charset": "KOI8-R"}, "koi8-r"),
    ('multipart/mixed; boundary="a b"', "multipart/mixed", {"boundary": "a b"}, None),
    # RFC 9110 5.6.6: a quoted value may hold ";" and quoted-pairs; empty parameters
    # (";;") are allowed. The reader used to split inside the quotes (name="a;b.jpg"
    # read as name '"a' plus a stray 'b.jpg"').
    ('image/jpeg; name="a;b.jpg"; x=1', "image/jpeg", {"name": "a;b.jpg", "x": "1"}, None),
    ('x/y; a="say \\"hi\\""', "x/y", {"a": 'say "hi"'}, None),
    ("x/y;; a=1;", "x/y", {"a": "1"}, None),
]


@pytest.mark.parametrize(("value", "media", "params", "charset"), CONTENT_TYPES)
def test_parse_content_type(
    value: str, media: str, params: dict[str, str], charset: str | None
) -> None:
    parsed = parse_content_type(value)
    assert (parsed.media, parsed.params, parsed.charset()) == (media, params, charset)


def test_written_content_types_read_back() -> None:
    _, ctype = sp.Request("send.php", [("a", "1")]).to_multipart("frontier")
    assert parse_content_type(ctype) == ContentType("multipart/form-data", {"boundary": "frontier"})
    cb = sp.StatusCallback(id=1, phone="79999999999", status=1)
    _, ctype = sp.encode_callback(cb, 3, "utf-8")
    assert parse_content_type(ctype).charset() == "utf-8"


BAD_CONTENT_TYPES: list[tuple[str, str]] = [
    # RFC 6838 4.3: a parameter given twice is an error -- refused, never read
    # last-one-wins, even when the two agree (a boundary given twice would split the body
    # two ways; the readers used to keep the last)
    ("x/y; charset=utf-8; charset=koi8-r", "parameter 'charset' given more than once"),
    ("x/y; charset=utf-8; Charset=UTF-8", "parameter 'charset' given more than once"),
    ("multipart/form-data; boundary=a; boundary=b", "parameter 'boundary' given more than once"),
    ("x/y; a=1; a=2", "content_type: parameter 'a' given more than once (RFC 6838 4.3)"),
    ("x/y; charset=latin-1", "charset: must be one of"),
    # stricter: only a matching pair of quotes is removed (the callback reader used to
    # strip any quotes, and read charset="utf-8 as utf-8)
    ('x/y; charset="utf-8', "parameter 'charset' opens a quoted string that does not end"),
    ('x/y; a="', "parameter 'a' opens a quoted string that does not end"),
    # nothing skipped: a parameter without "=" used to be dropped silently
    ("x/y; flag; a=1", "parameter 'flag' has no value"),
    ('x/y; a="1"2', "parameter 'a' has text after its quoted value"),
]


@pytest.mark.parametrize(("value", "match"), BAD_CONTENT_TYPES)
def test_content_type_charset_refuses(value: str, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)):
        parse_content_type(value).charset()


# -- multipart ------------------------------------------------------------------------------

D = b'Content-Disposition: form-data; name="'

# (the request, boundary, body, parts): Request.to_multipart writes the body; the
# splitter reads the parts, form_data the pairs.
MULTIPART: list[tuple[sp.Request, str, bytes, list[Part]]] = [
    (
        sp.Request("send.php", [("a", "1"), ("mes", "x\r\n\r\ny")]),
        "b",
        b"--b\r\n" + D + b'a"\r\n\r\n1\r\n--b\r\n' + D + b'mes"\r\n\r\nx\r\n\r\ny\r\n--b--\r\n',
        [
            Part(((b"content-disposition", D[21:] + b'a"'),), b"1"),
            Part(((b"content-disposition", D[21:] + b'mes"'),), b"x\r\n\r\ny"),
        ],
    ),
    (
        sp.Request(
            "send.php",
            [("mms", "1")],
            [
                sp.Attachment(
                    name="file0", filename="a.jpg", content=b"\xff\xd8", content_type="image/jpeg"
                )
            ],
        ),
        "b",
        b"--b\r\n" + D + b'mms"\r\n\r\n1\r\n--b\r\n' + D + b'file0"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\r\n--b--\r\n",
        [
            Part(((b"content-disposition", D[21:] + b'mms"'),), b"1"),
            Part(
                (
                    (b"content-disposition", D[21:] + b'file0"; filename="a.jpg"'),
                    (b"content-type", b"image/jpeg"),
                ),
                b"\xff\xd8",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("request_", "boundary", "body", "parts"), MULTIPART)
def test_multipart_both_directions(
    request_: sp.Request, boundary: str, body: bytes, parts: list[Part]
) -> None:
    written, ctype = request_.to_multipart(boundary)
    assert written == body
    assert parse_content_type(ctype).params["boundary"] == boundary
    assert split_multipart(body, boundary) == parts
    form = form_data(parts)
    assert [(n.decode(), v.decode()) for n, v in form.pairs] == list(request_.params.items())
    assert [(f[0].decode(), f[1].decode(), f[2], f[3]) for f in form.files] == [
        (a.name, a.filename, a.content_type, a.content) for a in request_.attachments
    ]
    assert form.charsets == {}


# Spellings a writer never produces but a reader takes: (body, boundary, parts).
SPLITS: list[tuple[bytes, str, list[Part]]] = [
    # a preamble and an epilogue are ignored (RFC 2046 5.1.1)
    (b"pre\r\n--b\r\nA: 1\r\n\r\nx\r\n--b--epilogue", "b", [Part(((b"a", b"1"),), b"x")]),
    # no headers: the blank line comes first
    (b"--b\r\n\r\nx\r\n--b\r\n\r\n\r\n--b--", "b", [Part((), b"x"), Part((), b"")]),
    # header names in any case, blanks around names and values
    (b"--b\r\n X-Y :  v \r\n\r\n\r\n--b--", "b", [Part(((b"x-y", b"v"),), b"")]),
    (b"--b--", "b", []),  # no part at all
]


@pytest.mark.parametrize(("body", "boundary", "parts"), SPLITS)
def test_split_multipart(body: bytes, boundary: str, parts: list[Part]) -> None:
    assert split_multipart(body, boundary) == parts


BAD_SPLITS: list[tuple[bytes, str, str]] = [
    (b"--a b\r\n", "a b", r"content_type: no valid multipart boundary \('a b'\)"),
    (b"", "", "no valid multipart boundary"),
    (b"--b\r\n", "b" * 71, "no valid multipart boundary"),
    (b"nothing", "b", "body: multipart delimiter not found"),
    (b"x--b\r\n\r\n\r\n--b--", "b", "body: multipart delimiter not found"),
    (b"--b\r\n\r\nx", "b", "body: multipart close delimiter missing"),
    (b"--bx\r\n\r\n\r\n--b--", "b", "part 0 has a malformed delimiter"),
    (b"--b\r\nA: 1\r\nx\r\n--b--", "b", "part 0 has no header end"),
    (b"--b\r\nno colon\r\n\r\nx\r\n--b--", "b", "part 0 has a bad header line"),
    # stricter: an empty or non-ASCII header name (the request reader used to ignore it)
    (b"--b\r\n: v\r\n\r\nx\r\n--b--", "b", "part 0 has a bad header line"),
    (b"--b\r\n\xc3\xa9: v\r\n\r\nx\r\n--b--", "b", "part 0 has a bad header line"),
    # stricter: a part without headers whose content holds a blank line (the
    # documents.php reader used to read it as content)
    (b"--b\r\n\r\nx\r\n\r\ny\r\n--b--", "b", "part 0 has a bad header line"),
]


@pytest.mark.parametrize(("body", "boundary", "match"), BAD_SPLITS)
def test_split_multipart_refuses(body: bytes, boundary: str, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        split_multipart(body, boundary)


def _part(*headers: bytes, content: bytes = b"") -> Part:
    return Part(tuple((h.split(b":")[0].lower(), h.partition(b": ")[2]) for h in headers), content)


CD = b"Content-Disposition: form-data; "

# Spellings a writer never produces but a reader takes: (parts, what form_data reads).
FORM_DATA: list[tuple[list[Part], FormData]] = [
    # a file part's Content-Type keeps its parameters, as sent
    (
        [_part(CD + b'name="f"; filename="a.jpg"', b'Content-Type: image/jpeg; name="a.jpg"')],
        FormData([], [(b"f", b"a.jpg", 'image/jpeg; name="a.jpg"', b"")], {}),
    ),
    # a text part's Content-Type charset is returned for the caller to agree with the
    # other sources (RFC 7578 4.4); a file's charset describes its content only
    (
        [
            _part(CD + b'name="mes"', b"Content-Type: text/plain; charset=UTF-8", content=b"x"),
            _part(CD + b'name="f"; filename="a"', b"Content-Type: text/plain; charset=latin-1"),
        ],
        FormData(
            [(b"mes", b"x")],
            [(b"f", b"a", "text/plain; charset=latin-1", b"")],
            {"part 0": "utf-8"},
        ),
    ),
    # disposition parameter names in any case
    ([_part(CD + b'NAME="a"')], FormData([(b"a", b"")], [], {})),
]


@pytest.mark.parametrize(("parts", "form"), FORM_DATA)
def test_form_data(parts: list[Part], form: FormData) -> None:
    assert form_data(parts) == form


BAD_FORM_DATA: list[tuple[list[Part], str]] = [
    ([Part((), b"x")], "part 0 has no form-data name"),
    ([Part(((b"content-disposition", b"attachment"),), b"")], "part 0 is not form-data"),
    ([Part(((b"content-disposition", b"form-data; name=a"),), b"")], "part 0 is not form-data"),
    ([Part(((b"content-disposition", b'form-data; filename="a"'),), b"")], "no form-data name"),
    (
        [Part(((b"content-disposition", b'form-data; name="a"'), (b"content-type", b"\xff")), b"")],
        "part 0 has a non-ASCII content type",
    ),
    # one part, one reading: a second name, header or file name is refused, not read
    # last-one-wins (the request reader read name="a"; name="b" as b)
    ([_part(CD + b'name="a"; name="b"')], "part 0 gives the disposition parameter name more"),
    ([_part(CD + b'name="a"; Name="a"')], "part 0 gives the disposition parameter name more"),
    (
        [_part(CD + b'name="f"; filename="a"; filename="b"')],
        "part 0 gives the disposition parameter filename more than once",
    ),
    ([_part(CD + b'name="a"', CD + b'name="b"')], "part 0 has two Content-Disposition headers"),
    (
        [_part(CD + b'name="a"', b"Content-Type: text/plain", b"Content-Type: text/html")],
        "part 0 has two Content-Type headers",
    ),
    # RFC 7578 4.2: filename* "MUST NOT be used" -- it would name the file a second way
    ([_part(CD + b'name="f"; filename*="utf-8\'\'a"')], "part 0 uses filename*"),
    (
        [_part(CD + b'name="f"; filename="a"', b"Content-Type: x/y; a=1; a=2")],
        "part 0: content_type: parameter 'a' given more than once",
    ),
    (
        [_part(CD + b'name="mes"', b"Content-Type: text/plain; charset=cp866")],
        "part 0: charset: must be one of",
    ),
]


@pytest.mark.parametrize(("parts", "match"), BAD_FORM_DATA)
def test_form_data_refuses(parts: list[Part], match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        form_data(parts)


def test_first_line_boundary() -> None:
    assert first_line_boundary(b"--frontier \t\r\n\r\n") == "frontier"
    assert first_line_boundary(b"--") == ""
    with pytest.raises(sp.RemoteProtocolError, match="is no multipart body"):
        first_line_boundary(b"%PDF-")


@given(st.binary(max_size=200), st.sampled_from(["b", "frontier", "a b", ""]))
def test_any_multipart_splits_or_refuses(body: bytes, boundary: str) -> None:
    # A list of parts or RemoteProtocolError; nothing else escapes.
    try:
        parts = split_multipart(body, boundary)
    except sp.RemoteProtocolError:
        return
    try:
        form_data(parts)
    except sp.RemoteProtocolError:
        return


@given(st.binary(max_size=200))
def test_any_query_splits_or_refuses(raw: bytes) -> None:
    try:
        pairs = split_query(raw, "body")
    except sp.RemoteProtocolError:
        return
    try:
        decode_pairs(pairs, form_charset(pairs) or "windows-1251")
    except sp.RemoteProtocolError:
        return


# -- the JSON scalar rule -------------------------------------------------------------------

# (value, text): one rule for reply members, callback members and rest/send parameters.
JSON_TEXTS: list[tuple[object, str]] = [
    ("abc", "abc"),
    ("", ""),
    (0, "0"),
    (-12, "-12"),
    (18446744073709551615, "18446744073709551615"),
    (1.4, "1.4"),  # orjson reads 1.40 as 1.4: the shortest text of the number
    (-0.5, "-0.5"),
]


@pytest.mark.parametrize(("value", "text"), JSON_TEXTS)
def test_json_text(value: object, text: str) -> None:
    assert json_text("cost", value) == text


BAD_JSON_TEXTS: list[tuple[object, dict[str, object], str]] = [
    (True, {}, "cost: must be a number or a string, got bool"),
    (None, {}, "cost: must be a number or a string, got NoneType"),
    ([1], {}, "cost: must be a number or a string, not a JSON container"),
    ({}, {"subject": "a JSON callback member"}, "cost: a JSON callback member must be a number"),
    (1e16, {}, "cost: the number '1e+16' is out of range or in exponent form"),
    (1.5, {"integers_only": True}, "cost: JSON values must be strings or integers, got float"),
    (False, {"integers_only": True}, "cost: JSON values must be strings or integers, got bool"),
    ([], {"integers_only": True}, "cost: JSON values must be strings or integers, got list"),
]


@pytest.mark.parametrize(("value", "options", "match"), BAD_JSON_TEXTS)
def test_json_text_refuses(value: object, options: dict[str, object], match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)):
        json_text("cost", value, **options)  # type: ignore[arg-type]


# -- the rules kept where the old copies disagreed, seen through the public decoders ----------


def test_stricter_rules_through_the_decoders() -> None:
    # A JSON callback member in exponent form: the callback reader used repr() and kept
    # "1e+16" as text; the one rule refuses it as the reply reader does.
    body = b'{"id": "1", "phone": "79999999999", "status": "1", "tag": 1e16}'
    with pytest.raises(sp.RemoteProtocolError, match=r"tag'?: the number .* exponent form"):
        sp.decode_callback((), body, "application/json")
    # A bare float is still read (shortest text), as before.
    body = b'{"id": "1", "phone": "79999999999", "status": "1", "tag": 1.5}'
    assert sp.decode_callback((), body, "application/json").extra == (("tag", "1.5"),)
    # Two different charset parameters in a callback: refused before anything is decoded
    # (the callback reader kept the first and refused the repeat later, with another
    # message).
    with pytest.raises(sp.RemoteProtocolError, match="given more than once with different"):
        sp.decode_callback(b"id=1&charset=utf-8&charset=koi8-r")
    # Only a matching pair of quotes leaves a Content-Type parameter (the callback reader
    # stripped any, and read charset="utf-8 as utf-8).
    with pytest.raises(
        sp.RemoteProtocolError, match="charset' opens a quoted string that does not end"
    ):
        sp.decode_callback(
            (), b"id=1&phone=7999&status=1", sp.FORM_CONTENT_TYPE + '; charset="utf-8'
        )
    # A handler URL's charset must be ASCII (it was read as latin-1).
    with pytest.raises(sp.RemoteProtocolError, match="charset: must be ASCII"):
        sp.HandlerUrl.parse("https://a.ru/?charset=%E9")
    # A request's multipart part with an empty header name (it was ignored).
    with pytest.raises(sp.RemoteProtocolError, match="bad header line"):
        sp.Request.from_url(
            "/sys/send.php",
            b"--x\r\n: v\r\n" + D + b'a"\r\n\r\n1\r\n--x--',
            "multipart/form-data; boundary=x",
        )
    # A documents.php part without headers whose content holds a blank line (it was
    # read as content).
    add = sp.commands.DocumentsAddAccount(user="u", sum=Decimal(1))
    body = b'--b\r\n\r\n{"id":1,"sum":"1"}\r\n--b\r\n\r\n%PDF-\r\n\r\nx\r\n--b--'
    with pytest.raises(sp.RemoteProtocolError, match="part 1 has a bad header line"):
        sp.decode_response(add, body)
