"""Callback payloads: one table of (callback, wire) rows drives decoding and encoding.

Each kind (status, incoming message, call confirmation; spec lines 3624-3707) is written
in every charset (windows-1251, koi8-r, utf-8) and fmt (0 form, 2 XML, 3 JSON). The
expected bytes are built here from the parameter list with the standard library
(``urllib.parse.quote`` and ``str.encode``), not with the code under test.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.strategies import call_confirmations, callbacks, incoming_messages, status_callbacks
from smsc_proto.values import MessageType, StatusFlag

CHARSETS = ("windows-1251", "koi8-r", "utf-8")
CODECS = {"windows-1251": "cp1251", "koi8-r": "koi8_r", "utf-8": "utf-8"}

STATUS = sp.StatusCallback(
    id=6,
    phone="79999999999",
    status=1,
    time=datetime(2010, 10, 10, 10, 10, 10),
    ts=1286705410,
    cnt=1,
    type=MessageType.SMS,
    cost=Decimal("1.40"),
    flag=StatusFlag.from_int(256),
    sender="SMSC.RU",
    cmt="Заказ N7\novertime: 01:30",
    extra=(("order", "7 & 8"),),
)
STATUS_PAIRS = [
    ("id", "6"),
    ("phone", "79999999999"),
    ("status", "1"),
    ("time", "10.10.10 10:10:10"),
    ("ts", "1286705410"),
    ("cnt", "1"),
    ("type", "0"),
    ("cost", "1.40"),
    ("flag", "256"),
    ("sender", "SMSC.RU"),
    ("cmt", "Заказ N7\novertime: 01:30"),
]
HLR = sp.StatusCallback(
    id="hlr-1",
    phone="+79999999999",
    status=1,
    err=0,
    type=MessageType.HLR,
    imsi="250011234567890",
    msc="79160000001",
    mcc="250",
    mnc="01",
    cn="Россия",
    net="МТС",
    rcn="",
    rnet="",
)
HLR_PAIRS = [
    ("id", "hlr-1"),
    ("phone", "+79999999999"),
    ("status", "1"),
    ("err", "0"),
    ("type", "4"),
    ("imsi", "250011234567890"),
    ("msc", "79160000001"),
    ("mcc", "250"),
    ("mnc", "01"),
    ("cn", "Россия"),
    ("net", "МТС"),
    ("rcn", ""),
    ("rnet", ""),
]
VOICE = sp.StatusCallback(
    id=7,
    phone="79999999999",
    status=1,
    cnt=35,
    type=MessageType.CALL,
    dtmf="12#",
    calltime="35",
    callmenu="1,2",
    ringtime="5",
)
VOICE_PAIRS = [
    ("id", "7"),
    ("phone", "79999999999"),
    ("status", "1"),
    ("cnt", "35"),
    ("type", "7"),
    ("dtmf", "12#"),
    ("calltime", "35"),
    ("callmenu", "1,2"),
    ("ringtime", "5"),
]
INCOMING = sp.IncomingMessage(
    id=1234,
    sms_id=6,
    phone="79999999999",
    mes='Привет: <мир> & "все"\r\nпока',
    to="79990000000",
    smsc="79168999100",
    sent=1286705398,
    time=1286705410,
)
INCOMING_PAIRS = [
    ("id", "1234"),
    ("sms_id", "6"),
    ("phone", "79999999999"),
    ("mes", 'Привет: <мир> & "все"\r\nпока'),
    ("to", "79990000000"),
    ("smsc", "79168999100"),
    ("sent", "1286705398"),
    ("time", "1286705410"),
]
CONFIRMATION = sp.CallConfirmation(phone="79999999999", ts=1286705410, extra=(("user", "42"),))
CONFIRMATION_PAIRS = [("waitcall", "1"), ("phone", "79999999999"), ("ts", "1286705410")]

KINDS: list[tuple[str, Any, list[tuple[str, str]]]] = [
    ("status", STATUS, STATUS_PAIRS),
    ("hlr", HLR, HLR_PAIRS),
    ("voice", VOICE, VOICE_PAIRS),
    ("incoming", INCOMING, INCOMING_PAIRS),
    ("confirmation", CONFIRMATION, CONFIRMATION_PAIRS),
]


def wire(pairs: list[tuple[str, str]], fmt: int, charset: str) -> tuple[bytes, str]:
    """The body and content type, built with the standard library."""
    codec = CODECS[charset]
    if fmt == 0:
        body = "&".join(
            quote(name, safe="") + "=" + quote(value, safe="", encoding=codec)
            for name, value in pairs
        ).encode("ascii")
        return body, "application/x-www-form-urlencoded"
    if fmt == 2:

        def esc(text: str) -> str:
            return (
                text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r", "&#13;")
            )

        xml = f'<?xml version="1.0" encoding="{charset}"?>\n<callback>'
        xml += "".join(f"<{n}>{esc(v)}</{n}>" for n, v in pairs) + "</callback>"
        return xml.encode(codec), f"application/xml; charset={charset}"
    text = json.dumps(dict(pairs), ensure_ascii=False, separators=(",", ":"))
    return text.encode(codec), f"application/json; charset={charset}"


def row_pairs(model: Any, pairs: list[tuple[str, str]], fmt: int, charset: str) -> Any:
    """The row's parameters, then the handler URL's charset and fmt, then the extras."""
    full = list(pairs)
    if charset != "windows-1251":
        full.append(("charset", charset))
    if fmt:
        full.append(("fmt", str(fmt)))
    return full + list(model.extra)


ROWS = [
    pytest.param(
        dataclasses.replace(model, charset=charset),
        pairs,
        fmt,
        charset,
        id=f"{name}-{charset}-fmt{fmt}",
    )
    for name, model, pairs in KINDS
    for charset in CHARSETS
    for fmt in (0, 2, 3)
    if not (fmt and charset == "koi8-r")
]


@pytest.mark.parametrize(("model", "pairs", "fmt", "charset"), ROWS)
def test_decode_table(model: Any, pairs: list[tuple[str, str]], fmt: int, charset: str) -> None:
    body, content_type = wire(row_pairs(model, pairs, fmt, charset), fmt, charset)
    # The payload's own charset parameter is enough: no argument needed.
    assert sp.decode_callback((), body, content_type) == model
    assert sp.decode_callback((), body, content_type, charset=charset) == model
    # Decoding is not order-sensitive: the same parameters reversed.
    if fmt == 0:
        reversed_body = b"&".join(reversed(body.split(b"&")))
        assert sp.decode_callback((), reversed_body, content_type) == model


@pytest.mark.parametrize(("model", "pairs", "fmt", "charset"), ROWS)
def test_encode_table(model: Any, pairs: list[tuple[str, str]], fmt: int, charset: str) -> None:
    expected = wire(row_pairs(model, pairs, fmt, charset), fmt, charset)
    assert sp.encode_callback(model, fmt) == expected
    assert sp.encode_callback(dataclasses.replace(model, charset=None), fmt, charset) == expected


@pytest.mark.parametrize("fmt", [2, 3])
@pytest.mark.parametrize(("name", "model", "pairs"), KINDS, ids=[k[0] for k in KINDS])
def test_koi8r_handler_gets_fmt_bodies_in_windows_1251(
    fmt: int, name: str, model: Any, pairs: list[tuple[str, str]]
) -> None:
    # Spec (line 3609): "When transmitting the fmt parameter, the koi8-r encoding is not
    # used": the handler URL's charset=koi8-r comes back, the body is windows-1251.
    full = [*pairs, ("charset", "koi8-r"), ("fmt", str(fmt)), *model.extra]
    body, content_type = wire(full, fmt, "windows-1251")
    content_type = content_type.partition(";")[0]
    expected = dataclasses.replace(model, charset="windows-1251")
    assert sp.decode_callback((), body, content_type, charset="koi8-r") == expected
    with pytest.raises(sp.LocalProtocolError, match="koi8-r is not used with fmt=2 or 3"):
        sp.encode_callback(model, fmt, charset="koi8-r")


def test_literal_windows_1251_form() -> None:
    body = b"id=1&phone=79999999999&mes=%CF%F0%E8%E2%E5%F2&to=79990000000"
    cb = sp.decode_callback((), body, "application/x-www-form-urlencoded")
    assert cb == sp.IncomingMessage(
        id=1, phone="79999999999", mes="Привет", to="79990000000", charset="windows-1251"
    )
    assert sp.encode_callback(cb) == (body, "application/x-www-form-urlencoded")


def test_literal_utf8_form_and_plus_as_space() -> None:
    body = b"id=1&phone=79999999999&mes=%D0%9F%D1%80%D0%B8+1&to=&charset=utf-8"
    cb = sp.decode_callback(body.decode("ascii"))
    assert isinstance(cb, sp.IncomingMessage)
    assert cb.mes == "При 1"
    assert cb.charset == "utf-8"
    # Written back with %20 for the space, as Request.to_url does.
    assert sp.encode_callback(cb)[0] == body.replace(b"+", b"%20")


# -- decoding tolerance --------------------------------------------------------------------


def test_dispatch_follows_the_spec() -> None:
    # Lines 3711-3723: mes -> message; elseif waitcall -> confirmation; else status.
    both = sp.decode_callback(
        [("id", "1"), ("mes", "x"), ("waitcall", "1"), ("phone", "7999"), ("to", "")]
    )
    assert isinstance(both, sp.IncomingMessage)
    assert both.extra == (("waitcall", "1"),)
    assert isinstance(
        sp.decode_callback([("waitcall", "1"), ("phone", "7999"), ("ts", "1")]),
        sp.CallConfirmation,
    )
    assert isinstance(
        sp.decode_callback([("id", "1"), ("phone", "7999"), ("status", "1")]), sp.StatusCallback
    )


def test_framework_pairs_mapping_and_get_part_merge() -> None:
    cb = sp.decode_callback({"id": "5", "phone": "7999", "status": "-1", "tag": "a:b"})
    assert cb == sp.StatusCallback(
        id=5, phone="7999", status=-1, extra=(("tag", "a:b"),), charset="windows-1251"
    )
    # The GET part of a "!" handler URL (query) comes first, then the POST body.
    merged = sp.decode_callback(
        b"param1=x&param2", b"id=5&phone=7999&status=1&param3=y", sp.FORM_CONTENT_TYPE
    )
    assert merged.extra == (("param1", "x"), ("param2", ""), ("param3", "y"))


def test_json_numbers_and_strings_both_read() -> None:
    body = b'{"id": 6, "phone": "79999999999", "status": 1, "ts": 1286705410, "cost": 1.4}'
    cb = sp.decode_callback((), body, "application/json")
    assert cb == sp.StatusCallback(
        id=6,
        phone="79999999999",
        status=1,
        ts=1286705410,
        cost=Decimal("1.4"),
        charset="windows-1251",
    )


def test_xml_any_root_pretty_printed_with_comment() -> None:
    body = (
        b"<result>\n  <waitcall>1</waitcall>\n  <!-- note -->\n  <phone>79999999999</phone>\n"
        b"  <ts>1286705410</ts>\n  <sha1/>\n</result>\n"
    )
    cb = sp.decode_callback((), body, "text/xml")
    assert cb == sp.CallConfirmation(
        phone="79999999999",
        ts=1286705410,
        algorithm="sha1",
        signature="",
        charset="windows-1251",
    )


def test_overtime_of_cmt() -> None:
    assert STATUS.overtime == timedelta(minutes=1, seconds=30)
    assert sp.StatusCallback(cmt="no overtime here").overtime is None
    assert sp.StatusCallback().overtime is None


# -- refusals ------------------------------------------------------------------------------

FORM = sp.FORM_CONTENT_TYPE
MANY = "&".join(f"p{i}=1" for i in range(sp.CALLBACK_MAX_FIELDS + 1)).encode()
BIG = b"mes=" + b"a" * sp.CALLBACK_MAX_BYTES
REFUSED = [
    (
        "bad-1251-byte",
        b"mes=%98",
        FORM,
        None,
        "mes: byte 0x98 at offset 0 is not valid windows-1251",
    ),
    (
        "bad-utf8-byte",
        b"charset=utf-8&mes=%FF",
        FORM,
        None,
        "mes: byte 0xff at offset 0 is not valid utf-8",
    ),
    ("bad-name-byte", b"%FF=1&charset=utf-8", FORM, None, "parameter name: byte 0xff"),
    ("too-many", MANY, FORM, None, f"more than {sp.CALLBACK_MAX_FIELDS} parameters"),
    ("too-big", BIG, FORM, None, f"over the limit of {sp.CALLBACK_MAX_BYTES}"),
    ("duplicate", b"id=1&id=2", FORM, None, "'id': given more than once"),
    ("duplicate-extra", b"a=1&a=1", FORM, None, "'a': given more than once"),
    ("bad-percent", b"mes=%zz", FORM, None, "body: '%' must be followed by two hex digits"),
    ("empty-name", b"=1", FORM, None, "body: parameter with an empty name"),
    ("two-signatures", b"md5=a&crc32=1", FORM, None, "md5, crc32: only one signature parameter"),
    ("charset-unknown", b"charset=cp866", FORM, None, "charset: must be one of"),
    ("charset-non-ascii", b"charset=%FF", FORM, None, "charset: must be ASCII"),
    (
        "charset-disagrees",
        b"charset=koi8-r",
        FORM,
        "utf-8",
        "charset: the callback's charsets disagree",
    ),
    ("ct-charset-disagrees", b"charset=koi8-r", FORM + "; charset=utf-8", None, "disagree"),
    ("fmt-in-form", b"fmt=2", FORM, None, "fmt: a form callback carries fmt 0 or 1, got '2'"),
    (
        "fmt-in-json",
        b'{"fmt": "2"}',
        "application/json",
        None,
        "fmt: a JSON callback carries fmt 3",
    ),
    (
        "json-charset",
        b'{"charset": "utf-8"}',
        "application/json",
        None,
        "charset: the callback names 'utf-8' but travelled in windows-1251",
    ),
    ("no-content-type", b"id=1", None, None, "content_type: required"),
    ("other-content-type", b"id=1", "text/plain", None, "content_type: 'text/plain' is not"),
    ("status-text", b"status=ok", FORM, None, "status: must be an integer"),
    (
        "phone-colon",
        b"phone=7999%3A1",
        FORM,
        None,
        "phone: must be 1..254 visible ASCII characters without ':'",
    ),
    ("phone-empty", b"phone=", FORM, None, "phone: must be 1..254"),
    (
        "to-colon",
        b"mes=a&to=b%3Ac",
        FORM,
        None,
        "to: must be up to 254 visible ASCII characters without ':'",
    ),
    ("waitcall-2", b"waitcall=2", FORM, None, "waitcall: must be one of 1, got '2'"),
    (
        "time-4-digit-year",
        b"time=10.10.2010+10:10:10",
        FORM,
        None,
        "time: callback time: expected DD.MM.YY hh:mm:ss",
    ),
    ("incoming-time-date", b"mes=a&time=10.10.10+10:10:10", FORM, None, "time: must be an integer"),
    ("flag-3-bytes", b"flag=65536", FORM, None, "flag: must be 0..65535"),
    ("id-bad", b"id=a%20b", FORM, None, "id: expected 1..40 characters"),
    ("cost-places", b"cost=1.23456", FORM, None, "cost: must be a decimal number"),
    ("imsi-letters", b"imsi=25001x", FORM, None, "imsi: must be up to 32 decimal digits"),
    ("long-signature", b"md5=" + b"a" * 129, FORM, None, "md5: longer than 128 characters"),
    ("xml-nested", b"<r><id><x>1</x></id></r>", "application/xml", None, "must hold text only"),
    ("xml-attribute", b'<r><id a="1">1</id></r>', "application/xml", None, "must hold text only"),
    (
        "xml-root-text",
        b"<r>x<id>1</id></r>",
        "application/xml",
        None,
        "holds only parameter elements",
    ),
    ("xml-tail-text", b"<r><id>1</id>x</r>", "application/xml", None, "text between XML parameter"),
    (
        "xml-doctype",
        b"<!DOCTYPE r><r/>",
        "application/xml",
        None,
        "<!DOCTYPE at offset 0 is refused",
    ),
    (
        "xml-declared-other",
        b'<?xml version="1.0" encoding="utf-8"?><r/>',
        "application/xml",
        "koi8-r",
        "charset: the XML declaration names utf-8",
    ),
    (
        "xml-duplicate",
        b"<r><id>1</id><id>1</id></r>",
        "application/xml",
        None,
        "'id': given more than once",
    ),
    ("json-array", b"[1]", "application/json", None, "body: a JSON callback is one flat object"),
    (
        "json-nested",
        b'{"id": {"a": 1}}',
        "application/json",
        None,
        "'id': a JSON callback member must be",
    ),
    ("json-bool", b'{"id": true}', "application/json", None, "got bool"),
    ("json-null", b'{"id": null}', "application/json", None, "got NoneType"),
    ("json-float-ts", b'{"ts": 1.5}', "application/json", None, "ts: must be an integer"),
    # orjson keeps the last of a repeated member: the repeat must be seen and refused.
    (
        "json-duplicate",
        b'{"id": "6", "phone": "7999", "status": "1", "status": "3"}',
        "application/json",
        None,
        "'status': given more than once",
    ),
    (
        "json-duplicate-signature",
        b'{"md5": "' + b"0" * 32 + b'", "md5": ""}',
        "application/json",
        None,
        "'md5': given more than once",
    ),
    (
        "xml-namespace",
        b'<r xmlns:a="urn:x"><id>6</id><a:md5>aa</a:md5></r>',
        "application/xml",
        None,
        "body: XML parameter <'{urn:x}md5'> is in a namespace",
    ),
    (
        "xml-default-namespace",
        b'<r xmlns="urn:x"><id>6</id></r>',
        "application/xml",
        None,
        "is in a namespace",
    ),
    (
        "ct-two-charsets",
        b"id=1",
        FORM + "; charset=utf-8; charset=koi8-r",
        None,
        "content_type: parameter 'charset' given more than once",
    ),
    # An empty or malformed body is refused, never read as a callback of Nones.
    ("empty-form", b"", FORM, None, "body: empty; the gateway POSTs a callback's parameters"),
    ("empty-xml", b"", "application/xml", None, "body: empty"),
    ("empty-json", b"", "application/json", None, "body: empty"),
    ("empty-no-content-type", b"", None, None, "body: empty"),
    ("form-separators", b"&&&", FORM, None, "callback: no parameters"),
    (
        "form-garbage",
        b"garbage",
        FORM,
        None,
        "id, phone, status: missing; a status callback carries id, phone and status "
        "(lines 3626-3628)",
    ),
    ("xml-empty-root", b"<r/>", "application/xml", None, "callback: no parameters"),
    ("json-empty-object", b"{}", "application/json", None, "callback: no parameters"),
    ("status-no-status", b"id=1&phone=7999", FORM, None, "status: missing; a status callback"),
    ("status-only-extras", b"order=7&site=1", FORM, None, "id, phone, status: missing"),
    (
        "incoming-no-to",
        b"id=1&phone=7999&mes=a",
        FORM,
        None,
        "to: missing; an incoming message carries id, phone, mes and to (lines 3680-3684)",
    ),
    ("incoming-mes-alone", b"mes=a", FORM, None, "id, phone, to: missing; an incoming"),
    (
        "confirmation-no-ts",
        b'{"waitcall": "1", "phone": "7999"}',
        "application/json",
        None,
        "ts: missing; a call confirmation carries waitcall, phone and ts (lines 3695-3697)",
    ),
    # What decodes, re-encodes: a JSON \u escape or an XML character reference names a
    # character; one the callback's charset cannot carry is refused.
    (
        "json-escape-outside-1251",
        b'{"id": "1", "phone": "7999", "mes": "\\u4e2d", "to": ""}',
        "application/json",
        None,
        "'mes': character '\u4e2d' (U+4E2D) is not in windows-1251, the charset the callback "
        "travelled in",
    ),
    (
        "json-escape-astral-1251",
        b'{"id": "1", "phone": "7999", "mes": "\\ud83d\\ude00", "to": ""}',
        "application/json",
        None,
        "'mes': character '\U0001f600' (U+1F600) is not in windows-1251",
    ),
    (
        "json-escape-name",
        b'{"id": "1", "phone": "7999", "status": "1", "\\u4e2d": "x"}',
        "application/json",
        None,
        "parameter name: character '\u4e2d' (U+4E2D) is not in windows-1251",
    ),
    (
        "json-escape-secret",
        b'{"id": "1", "phone": "7999", "status": "1", "token": "\\u4e2d"}',
        "application/json",
        None,
        "'token': a character (the value is a secret: not shown) is not in windows-1251",
    ),
    (
        "xml-charref-outside-1251",
        b"<r><id>1</id><phone>7999</phone><status>1</status><cmt>&#x4E2D;</cmt></r>",
        "application/xml",
        None,
        "'cmt': character '\u4e2d' (U+4E2D) is not in windows-1251",
    ),
    (
        "xml-charref-outside-declared",
        b'<?xml version="1.0" encoding="windows-1251"?><r><mes>&#128512;</mes></r>',
        "application/xml",
        None,
        "'mes': character '\U0001f600' (U+1F600) is not in windows-1251",
    ),
    (
        "xml-declares-koi8-r",
        b'<?xml version="1.0" encoding="koi8-r"?><r><id>1</id><phone>7</phone>'
        b"<status>1</status></r>",
        "application/xml",
        None,
        "charset: the XML declaration names koi8-r, which fmt=2 does not use (line 3609)",
    ),
]


@pytest.mark.parametrize(
    ("body", "content_type", "charset", "match"),
    [pytest.param(*row[1:], id=row[0]) for row in REFUSED],
)
def test_refused(body: bytes, content_type: str | None, charset: str | None, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)):
        sp.decode_callback((), body, content_type, charset=charset)


def test_no_fields_is_no_query() -> None:
    # fields=None is accepted like body=None: no GET part.
    body = b"id=6&phone=79999999999&status=1"
    expected = sp.StatusCallback(id=6, phone="79999999999", status=1, charset="windows-1251")
    assert sp.decode_callback(None, body, FORM) == expected
    assert sp.decode_callback(None, body=body, content_type=FORM) == expected
    assert sp.decode_callback(body=body, content_type=FORM) == expected
    nothing: list[Any] = [(), None, b"", "", {}]
    for nothing_at_all in nothing:
        with pytest.raises(sp.RemoteProtocolError, match="callback: no parameters"):
            sp.decode_callback(nothing_at_all)


@pytest.mark.parametrize(
    ("body", "content_type", "charset", "mes"),
    [
        # Escapes naming characters the charset carries decode and write back.
        (b'{"mes": "\\u0416\\u00ab"}', "application/json", None, "Ж«"),
        (b'{"mes": "\\u4e2d\\ud83d\\ude00"}', "application/json", "utf-8", "中😀"),
        (b"<r><mes>&#x416;&#171;</mes></r>", "application/xml", None, "Ж«"),
        (b"<r><mes>&#x4E2D;&#128512;</mes></r>", "application/xml; charset=utf-8", None, "中😀"),
    ],
)
def test_escapes_of_the_charset_round_trip(
    body: bytes, content_type: str, charset: str | None, mes: str
) -> None:
    query = b"id=1&phone=7999&to="
    cb = sp.decode_callback(query, body, content_type, charset=charset)
    assert isinstance(cb, sp.IncomingMessage)
    assert cb.mes == mes
    for fmt in (0, 2, 3):
        again, form = sp.encode_callback(cb, fmt)
        assert sp.decode_callback((), again, form) == cb


def test_decoded_pairs_hold_text_of_the_charset() -> None:
    # A web framework's pairs are text already: they must be text of the callback's
    # charset too (its signed string is hashed in it).
    pairs = [("id", "1"), ("phone", "7999"), ("mes", "中"), ("to", "")]
    with pytest.raises(sp.RemoteProtocolError, match=r"'mes': character '中' .* windows-1251"):
        sp.decode_callback(pairs)
    with pytest.raises(sp.RemoteProtocolError, match=r"'mes': character '\\ud800' .* utf-8"):
        sp.decode_callback([*pairs[:2], ("mes", "\ud800"), ("to", "")], charset="utf-8")
    cb = sp.decode_callback(pairs, charset="utf-8")
    assert sp.decode_callback((), *sp.encode_callback(cb)) == cb


def test_refused_get_and_post_repeat() -> None:
    with pytest.raises(sp.RemoteProtocolError, match="'order': given more than once"):
        sp.decode_callback(b"order=1", b"order=1", FORM)


def test_xml_declaration_charset_applies_to_the_get_part() -> None:
    # The XML declaration names the charset when nothing else does; the GET part of a
    # "!" handler URL is read in it too, not in windows-1251 (no mojibake "Р”").
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b"<r><id>1</id><phone>7999</phone><status>1</status></r>"
    )
    cb = sp.decode_callback(b"tag=%D0%94", body, "application/xml")
    assert cb.extra == (("tag", "Д"),)
    assert cb.charset == "utf-8"


@pytest.mark.parametrize("fmt", [2, 3])
def test_koi8r_handler_get_part_stays_koi8r(fmt: int) -> None:
    # Line 3609 moves the fmt=2/3 body of a koi8-r handler to windows-1251; the GET part
    # of its "!" URL (line 3621) was written in koi8-r and travels so. Read in
    # windows-1251 it was mojibake ("п÷я─п╦п╡п╣я┌" for "Привет").
    cb = sp.StatusCallback(id=1, phone="79999999999", status=1)
    query = b"tag=%F0%D2%C9%D7%C5%D4"
    body, content_type = sp.encode_callback(cb, fmt, "windows-1251")
    got = sp.decode_callback(query, body, content_type, charset="koi8-r")
    assert (got.extra, got.charset) == ((("tag", "Привет"),), "windows-1251")
    # the handler URL's charset=koi8-r echoed in the body alone says the same
    status, echo = (
        (b"<status>1</status>", b"<charset>koi8-r</charset>")
        if fmt == 2
        else (b'"status":"1"', b',"charset":"koi8-r"')
    )
    echoed = body.replace(status, status + echo)
    assert echoed != body
    assert sp.decode_callback(query, echoed, content_type).extra == (("tag", "Привет"),)
    # a windows-1251 or utf-8 handler's GET part is read in the body's charset, as before
    plain = sp.decode_callback(b"tag=%CF%F0%E8%E2%E5%F2", body, content_type)
    assert plain.extra == (("tag", "Привет"),)


@pytest.mark.parametrize("fmt", [2, 3])
def test_field_cap_counts_the_get_part_and_the_body(fmt: int) -> None:
    def call(in_query: int, in_body: int) -> Any:
        # id, phone and status (line 3626-3628) are three of the query's parameters.
        query = "&".join(["id=1&phone=7&status=1"] + [f"q{i}=1" for i in range(in_query - 3)])
        names = [f"b{i}" for i in range(in_body)]
        if fmt == 2:
            body = ("<r>" + "".join(f"<{n}>1</{n}>" for n in names) + "</r>").encode()
            return sp.decode_callback(query.encode(), body, "application/xml")
        body = ("{" + ",".join(f'"{n}":"1"' for n in names) + "}").encode()
        return sp.decode_callback(query.encode(), body, "application/json")

    half = sp.CALLBACK_MAX_FIELDS // 2
    assert len(call(half, half).extra) == sp.CALLBACK_MAX_FIELDS - 3
    with pytest.raises(sp.RemoteProtocolError, match="callback: more than 200 parameters"):
        call(half, half + 1)


def test_size_cap_counts_decoded_fields_and_the_body() -> None:
    half = sp.CALLBACK_MAX_BYTES // 2
    ids = b"&id=1&phone=7&status=1"
    body = b"b=" + b"a" * half + ids
    # Decoded fields are the GET part: they come first (line 3621).
    cb = sp.decode_callback([("f", "a" * (half - 4 - len(ids)))], body, FORM)
    assert cb.extra == (("f", "a" * (half - 4 - len(ids))), ("b", "a" * half))
    with pytest.raises(sp.RemoteProtocolError, match="over the limit of 262144"):
        sp.decode_callback([("f", "a" * (half - 2 - len(ids)))], body, FORM)


def test_refused_raw_inputs_and_caller_mistakes() -> None:
    with pytest.raises(sp.RemoteProtocolError, match="raw query string must be ASCII"):
        sp.decode_callback("mes=Привет")
    with pytest.raises(sp.RemoteProtocolError, match="more than 200 parameters"):
        sp.decode_callback([(f"p{i}", "1") for i in range(201)])
    with pytest.raises(sp.RemoteProtocolError, match="over the limit"):
        sp.decode_callback([("mes", "a" * sp.CALLBACK_MAX_BYTES)])
    with pytest.raises(sp.RemoteProtocolError, match=r"parameter name: must be 1\.\.128"):
        sp.decode_callback([("a\nb", "1")])
    with pytest.raises(TypeError, match="names and values must be str"):
        sp.decode_callback([("id", 1)])  # type: ignore[list-item]
    for item in ("abc", ("a", "b", "c"), ("a",), 5):
        with pytest.raises(TypeError, match=r"each item must be a \(name, value\) pair"):
            sp.decode_callback([item])  # type: ignore[list-item]
    with pytest.raises(sp.LocalProtocolError, match="charset argument: charset: must be one of"):
        sp.decode_callback((), charset="latin-1")


ENCODE_REFUSED = [
    ("fmt-1", STATUS, {"fmt": 1}, "fmt: a callback is written with fmt 0, 2 or 3, got 1"),
    # 2.0 == 2, but it would be written "fmt=2.0", which no decoder reads back.
    ("fmt-float", STATUS, {"fmt": 2.0}, "fmt: a callback is written with fmt 0, 2 or 3, got 2.0"),
    ("charset-bad", STATUS, {"charset": "ascii"}, "charset argument: charset: must be one of"),
    (
        "1251-emoji",
        dataclasses.replace(INCOMING, mes="🙂"),
        {},
        "mes: character '🙂' (U+1F642) cannot be encoded in windows-1251",
    ),
    (
        "xml-control",
        dataclasses.replace(INCOMING, mes="a\x01"),
        {"fmt": 2, "charset": "utf-8"},
        "mes: character U+0001 cannot be written in XML",
    ),
    (
        "xml-name",
        dataclasses.replace(VOICE, extra=(("a b", "1"),)),
        {"fmt": 2},
        "'a b': not a name fmt=2 (XML) can carry",
    ),
    # What encodes, decodes: the decoder refuses a kind without these parameters.
    (
        "status-missing",
        sp.StatusCallback(id=1, phone="7999"),
        {"sign": ("md5", "s")},
        "status: required to write a status callback, which always carries id, phone and "
        "status (lines 3626-3628)",
    ),
    (
        "status-empty",
        sp.StatusCallback(),
        {},
        "id, phone, status: required to write a status callback",
    ),
    (
        "incoming-id-to",
        sp.IncomingMessage(phone="7999", mes="a"),
        {"fmt": 3},
        "id, to: required to write an incoming message, which always carries id, phone, mes "
        "and to (lines 3680-3684)",
    ),
    (
        "confirmation-ts",
        sp.CallConfirmation(phone="7999"),
        {"fmt": 2},
        "ts: required to write a call confirmation, which always carries waitcall, phone and "
        "ts (lines 3695-3697)",
    ),
]


@pytest.mark.parametrize(
    ("model", "kwargs", "match"),
    [pytest.param(*row[1:], id=row[0]) for row in ENCODE_REFUSED],
)
def test_encode_refused(model: Any, kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=re.escape(match)):
        sp.encode_callback(model, **kwargs)


CONSTRUCT_REFUSED = [
    ("phone-colon", sp.StatusCallback, {"phone": "1:2"}, "phone: must be 1..254 visible ASCII"),
    ("to-colon", sp.IncomingMessage, {"mes": "", "to": "1:2"}, "to: must be up to 254"),
    ("status-bool", sp.StatusCallback, {"status": True}, "status: must be int, got bool"),
    (
        "extra-reserved",
        sp.StatusCallback,
        {"extra": (("mes", "x"),)},
        "extra: 'mes' is a parameter of the protocol",
    ),
    (
        "extra-own-field",
        sp.IncomingMessage,
        {"mes": "", "extra": (("to", "x"),)},
        "extra: 'to' is a parameter",
    ),
    (
        "extra-signature",
        sp.CallConfirmation,
        {"extra": (("md5", "x"),)},
        "extra: 'md5' is a parameter",
    ),
    (
        "extra-duplicate",
        sp.CallConfirmation,
        {"extra": (("a", "1"), ("a", "2"))},
        "extra: 'a' given more than once",
    ),
    (
        "extra-not-pairs",
        sp.CallConfirmation,
        {"extra": ("ab",)},
        "extra: each item must be a (name, value) pair",
    ),
    (
        "extra-dict",
        sp.CallConfirmation,
        {"extra": {"a": "1"}},
        "extra: must be a tuple of (name, value) pairs",
    ),
    (
        "algorithm-alone",
        sp.CallConfirmation,
        {"algorithm": "md5"},
        "signature: signature and algorithm go together",
    ),
    (
        "algorithm-other",
        sp.CallConfirmation,
        {"algorithm": "sha256", "signature": "x"},
        "algorithm: must be one of md5, sha1, crc32",
    ),
    ("charset-other", sp.CallConfirmation, {"charset": "cp1251"}, "charset: must be one of"),
    ("waitcall-0", sp.CallConfirmation, {"waitcall": 0}, "waitcall: must be one of 1, got 0"),
    # Without its marker a callback would be written, and read back, as a status.
    ("mes-none", sp.IncomingMessage, {"mes": None, "phone": "7999"}, "mes: required (str)"),
    ("waitcall-none", sp.CallConfirmation, {"waitcall": None}, "waitcall: required (1)"),
    (
        "time-4-digit-year",
        sp.StatusCallback,
        {"time": datetime(1999, 1, 1)},
        "time: callback time: year must be 2000..2099",
    ),
]


@pytest.mark.parametrize(
    ("cls", "kwargs", "match"),
    [pytest.param(*row[1:], id=row[0]) for row in CONSTRUCT_REFUSED],
)
def test_constructor_refuses(cls: Any, kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=re.escape(match)):
        cls(**kwargs)


# -- properties ----------------------------------------------------------------------------


def _round_trips(cb: Any) -> None:
    for fmt in (0, 2, 3):
        if fmt and cb.charset == "koi8-r":
            continue
        body, content_type = sp.encode_callback(cb, fmt)
        assert sp.decode_callback((), body, content_type) == cb
        assert sp.decode_callback((), body, content_type, charset=cb.charset) == cb


@given(status_callbacks())
def test_status_round_trip(cb: sp.StatusCallback) -> None:
    _round_trips(cb)


@given(incoming_messages())
def test_incoming_round_trip(cb: sp.IncomingMessage) -> None:
    _round_trips(cb)


@given(call_confirmations())
def test_confirmation_round_trip(cb: sp.CallConfirmation) -> None:
    _round_trips(cb)


@given(callbacks())
def test_framework_decoded_pairs_round_trip(cb: Any) -> None:
    # What a web framework hands over after decoding the form itself.
    body, _ = sp.encode_callback(cb, 0, charset="utf-8")
    pairs = parse_qsl(body.decode("ascii"), keep_blank_values=True, encoding="utf-8")
    expected = dataclasses.replace(cb, charset="utf-8")
    assert sp.decode_callback(pairs) == expected
