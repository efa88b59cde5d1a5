"""Handler URLs (charset, fmt, signature, the ``!`` GET/POST split) and the delivery policy."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.strategies import handler_urls, signed_callbacks

CANARY = "CANARY-secret_XYZ"
FULL = sp.HandlerUrl(
    base="https://mysite.ru/cb.php",
    charset="utf-8",
    fmt=3,
    algorithm="md5",
    secret=CANARY,
    get=(("p1", "a"),),
    post=(("order", "7"),),
)

URLS = [
    (
        # Spec (line 3621), verbatim.
        "https://mysite.ru/!param1&param2?param3&param4",
        sp.HandlerUrl(
            base="https://mysite.ru/",
            get=(("param1", ""), ("param2", "")),
            post=(("param3", ""), ("param4", "")),
        ),
    ),
    (
        "https://mysite.ru/?charset=koi8-r",
        sp.HandlerUrl(base="https://mysite.ru/", charset="koi8-r"),
    ),
    (
        "http://mysite.ru/sms?fmt=2&crc32=abc",
        sp.HandlerUrl(base="http://mysite.ru/sms", fmt=2, algorithm="crc32", secret="abc"),
    ),
    (f"https://mysite.ru/cb.php!p1=a?charset=utf-8&fmt=3&md5={CANARY}&order=7", FULL),
]


@pytest.mark.parametrize(("url", "handler"), URLS)
def test_parse_and_write(url: str, handler: sp.HandlerUrl) -> None:
    assert sp.HandlerUrl.parse(url) == handler
    assert handler.to_url() == url


def test_target_is_what_the_gateway_requests() -> None:
    assert URLS[0][1].target == "https://mysite.ru/?param1&param2"
    assert FULL.target == "https://mysite.ru/cb.php?p1=a"
    assert URLS[1][1].target == "https://mysite.ru/"


PARSE_REFUSED = [
    ("two-algorithms", "https://a.ru/?md5=x&sha1=y", "sha1: a handler URL names one signature"),
    ("fmt-1", "https://a.ru/?fmt=1", "fmt: a handler URL takes fmt 2 or 3 (line 3609), got '1'"),
    ("bad-secret", f"https://a.ru/?md5={CANARY}%21", "secret: must be 1..128 Latin letters"),
    ("callback-name", "https://a.ru/?id=5", "post: 'id' is a callback parameter"),
    ("callback-name-get", "https://a.ru/!mes=5", "get: 'mes' is a callback parameter"),
    ("repeat", "https://a.ru/!a?a", "'a': given more than once in the URL"),
    ("no-scheme", "mysite.ru/cb", "base: must be an http(s) URL"),
    ("ftp", "ftp://mysite.ru/cb", "base: must be an http(s) URL"),
    ("space", "https://a.ru/ cb", "url: character ' ' at offset 13 must be percent-encoded"),
    ("charset", "https://a.ru/?charset=cp866", "charset: must be one of"),
    ("percent", "https://a.ru/?a=%zz", "url: '%' must be followed by two hex digits"),
]


@pytest.mark.parametrize(
    ("url", "match"), [pytest.param(*row[1:], id=row[0]) for row in PARSE_REFUSED]
)
def test_parse_refused(url: str, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)) as info:
        sp.HandlerUrl.parse(url)
    assert CANARY not in str(info.value)


CONSTRUCT_REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("secret-alone", {"secret": CANARY}, "secret: algorithm and secret go together"),
    ("bad-secret", {"algorithm": "md5", "secret": CANARY + " "}, "secret: must be 1..128"),
    ("bad-algorithm", {"algorithm": "sha256", "secret": "x"}, "algorithm: must be one of"),
    ("fmt-0", {"fmt": 0}, "fmt: a handler URL takes fmt 2 (XML) or 3 (JSON)"),
    # 2.0 == 2, but to_url() would write "fmt=2.0", which parse() refuses.
    ("fmt-float", {"fmt": 2.0}, "fmt: a handler URL takes fmt 2 (XML) or 3 (JSON)"),
    ("own-name", {"post": (("charset", "utf-8"),)}, "post: charset is a field of HandlerUrl"),
    ("repeat", {"get": (("a", "1"),), "post": (("a", "2"),)}, "may appear once in the URL"),
    ("not-pairs", {"get": ["a"]}, "get: must be a tuple of (name, value) pairs"),
    # a password in the URL would show wherever the URL is quoted
    ("userinfo", {"base": "https://u:" + CANARY + "@mysite.ru/cb"}, "must not carry user"),
]


@pytest.mark.parametrize(
    ("kwargs", "match"), [pytest.param(*row[1:], id=row[0]) for row in CONSTRUCT_REFUSED]
)
def test_constructor_refused(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=re.escape(match)) as info:
        sp.HandlerUrl(**{"base": "https://a.ru/", **kwargs})
    assert CANARY not in str(info.value)


def test_secret_never_shown() -> None:
    # repr, str and every message; to_url() is the one place that writes it.
    assert CANARY not in repr(FULL)
    assert CANARY not in str(FULL)
    assert CANARY in FULL.to_url()
    cb = sp.StatusCallback(id=6, phone="79999999999", status=1)
    url, body, content_type = FULL.encode(cb)
    assert CANARY not in url
    assert CANARY.encode() not in body
    received = FULL.receive(url.partition("?")[2], body, content_type)
    assert CANARY not in repr(received)
    tampered = body.replace(b'"status":"1"', b'"status":"3"')
    with pytest.raises(sp.SignatureError) as info:
        FULL.receive(url.partition("?")[2], tampered, content_type)
    assert CANARY not in str(info.value)


def test_receive_verifies_and_checks_url_parameters() -> None:
    cb = sp.IncomingMessage(id=1, phone="79990000001", mes="Привет: мир", to="79990000000")
    url, body, content_type = FULL.encode(cb)
    query = url.partition("?")[2]
    assert FULL.receive(query, body, content_type) == dataclasses.replace(
        cb,
        extra=(("p1", "a"), ("order", "7")),
        charset="utf-8",
        algorithm="md5",
        signature=sp.callback_signature(dataclasses.replace(cb, charset="utf-8"), CANARY, "md5"),
    )
    with pytest.raises(sp.SignatureError, match="'p1': the handler URL's parameter is missing"):
        FULL.receive("p1=b", body, content_type)
    unsigned = sp.encode_callback(dataclasses.replace(cb, extra=(("order", "7"),)), 3, "utf-8")
    with pytest.raises(sp.SignatureError, match="md5: the callback carries no signature"):
        FULL.receive(query, *unsigned)


@pytest.mark.parametrize("fmt", [None, 2, 3])
@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "utf-8"])
def test_get_parameters_are_read_in_the_charset_they_were_written_in(
    charset: str, fmt: int | None
) -> None:
    # A koi8-r handler gets fmt=2/3 bodies in windows-1251 (line 3609), but the "!" GET
    # part is the URL as written, in koi8-r: genuine callbacks were refused as "changed".
    handler = sp.HandlerUrl(
        base="https://mysite.ru/cb",
        charset=charset,
        fmt=fmt,
        algorithm="md5",
        secret=CANARY,
        get=(("tag", "Привет"),),
        post=(("order", "Ёж"),),
    )
    cb = sp.StatusCallback(id=6, phone="79999999999", status=1)
    url, body, content_type = handler.encode(cb)
    encoded = "Привет".encode("koi8_r" if charset == "koi8-r" else charset)
    assert url == handler.base + "?tag=" + urllib.parse.quote(encoded)
    got = handler.receive(url.partition("?")[2], body, content_type)
    assert got.extra == (("tag", "Привет"), ("order", "Ёж"))
    assert got.charset == handler.wire_charset


def test_receive_takes_no_fields_like_no_body() -> None:
    handler = sp.HandlerUrl(base="https://mysite.ru/cb.php", algorithm="sha1", secret=CANARY)
    cb = sp.CallConfirmation(phone="79999999999", ts=1286705410)
    _, body, content_type = handler.encode(cb)
    assert handler.receive(None, body, content_type) == handler.receive((), body, content_type)
    assert handler.receive(body=body, content_type=content_type).phone == "79999999999"
    with pytest.raises(sp.RemoteProtocolError, match="body: empty"):
        handler.receive(None, b"", content_type)


@given(handler_urls(), signed_callbacks())
def test_encode_receive_round_trip(handler: sp.HandlerUrl, pair: tuple[Any, str]) -> None:
    # Signable callbacks (every field of the signed string present), unsigned.
    cb = dataclasses.replace(pair[0], extra=(), algorithm=None, signature=None)
    url, body, content_type = handler.encode(cb)
    assert url == handler.target
    got = handler.receive(url.partition("?")[2], body, content_type)
    assert got.extra == (*handler.get, *handler.post)
    assert got.charset == handler.wire_charset
    expected = dataclasses.replace(
        cb,
        extra=got.extra,
        charset=handler.wire_charset,
        algorithm=got.algorithm,
        signature=got.signature,
    )
    assert got == expected
    assert sp.HandlerUrl.parse(handler.to_url()) == handler


def test_delivery_policy() -> None:
    policy = sp.DELIVERY_POLICY
    assert policy.accepted_statuses == frozenset({200, 404})
    assert policy.retry_interval == timedelta(minutes=4)
    assert policy.max_attempts == 50
    assert policy.accepted(200)
    assert policy.accepted(404)
    assert not policy.accepted(500)
    assert policy.next_attempt(1, 200) is None
    assert policy.next_attempt(1, 503) == timedelta(minutes=4)
    assert policy.next_attempt(1, None) == timedelta(minutes=4)
    assert policy.next_attempt(49, 500) == timedelta(minutes=4)
    assert policy.next_attempt(50, 500) is None
    # Total time: 49 pauses of 4 minutes between the 50 attempts.
    pauses = [policy.next_attempt(n, 500) for n in range(1, 51)]
    assert sum((p for p in pauses if p), timedelta()) == timedelta(minutes=4 * 49)
