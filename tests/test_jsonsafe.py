"""The hardened JSON body loader: good bodies in every charset, every known trap refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto._charsets import CHARSETS
from smsc_proto._jsonsafe import MAX_JSON_DEPTH, float_text, load_json, load_json_for_reader
from smsc_proto._xmlsafe import MAX_BODY_BYTES

CORPUS = Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "fuzz_jsonsafe"
BOM = b"\xef\xbb\xbf"
REPLY = '{"id":1234,"cnt":2,"mes":"Привет, мир"}'
REPLY_VALUE = {"id": 1234, "cnt": 2, "mes": "Привет, мир"}
ESCAPED = (
    orjson.dumps(REPLY_VALUE)
    .decode()
    .replace("Привет, мир", "\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442, \\u043c\\u0438\\u0440")
)


def _nested(depth: int, kind: str = "list") -> bytes:
    if kind == "list":
        return b"[" * depth + b"]" * depth
    return b'{"a":' * depth + b"1" + b"}" * depth


# (body, request charset, value).
GOOD: list[tuple[bytes, str, object]] = [
    # Raw bytes in each charset.
    (REPLY.encode("cp1251"), "windows-1251", REPLY_VALUE),
    (REPLY.encode("koi8_r"), "koi8-r", REPLY_VALUE),
    (REPLY.encode("utf-8"), "utf-8", REPLY_VALUE),
    (REPLY.encode("utf-8"), "UTF-8", REPLY_VALUE),
    # \\u-escaped ASCII reads the same in every charset.
    (ESCAPED.encode(), "windows-1251", REPLY_VALUE),
    (ESCAPED.encode(), "koi8-r", REPLY_VALUE),
    (ESCAPED.encode(), "utf-8", REPLY_VALUE),
    (b'"\\ud83d\\ude00"', "windows-1251", "😀"),
    # A UTF-8 byte order mark, for utf-8 only (orjson itself refuses one).
    (BOM + REPLY.encode(), "utf-8", REPLY_VALUE),
    # Scalars, whitespace, empty containers.
    (b" \r\n\t[] ", "utf-8", []),
    (b"{}", "utf-8", {}),
    (b"null", "utf-8", None),
    (b"true", "koi8-r", True),
    (b'""', "utf-8", ""),
    # Integers at both ends of the range orjson keeps exact.
    (b"18446744073709551615", "utf-8", 2**64 - 1),
    (b"-9223372036854775808", "utf-8", -(2**63)),
    (b"[0,-0,1234567890123456789]", "utf-8", [0, 0, 1234567890123456789]),
    # Floats, including big ones written with an exponent or a fraction.
    (b"[1.5e300,-2.5E-3,1e-400]", "utf-8", [1.5e300, -2.5e-3, 0.0]),
    (b"[100000000000000000000.0, 1e20]", "utf-8", [1e20, 1e20]),
    (b"123456789012345678901234567890e0", "utf-8", 1.2345678901234568e29),
    # Long digit runs inside strings are text, not numbers.
    (
        b'{"phone":"123456789012345678901234567890"}',
        "utf-8",
        {"phone": "123456789012345678901234567890"},
    ),
    (
        b'["\\"", 1, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]',
        "utf-8",
        ['"', 1, "[" * 50],
    ),
    # Nesting up to the limit.
    (_nested(MAX_JSON_DEPTH), "utf-8", orjson.loads(_nested(MAX_JSON_DEPTH))),
    (_nested(MAX_JSON_DEPTH, "dict"), "utf-8", orjson.loads(_nested(MAX_JSON_DEPTH, "dict"))),
    (
        b"[" + b"[1]," * 50 + _nested(31) + b"]",
        "utf-8",
        orjson.loads(b"[" + b"[1]," * 50 + _nested(31) + b"]"),
    ),
    # A duplicate key keeps the last value (orjson's rule).
    (b'{"a":1,"a":2}', "utf-8", {"a": 2}),
]


@pytest.mark.parametrize(("body", "charset", "value"), GOOD)
def test_good_body(body: bytes, charset: str, value: object) -> None:
    assert load_json(body, charset) == value


def test_bytes_like_body() -> None:
    assert load_json(bytearray(b"[1]"), "utf-8") == [1]  # type: ignore[arg-type]


# (body, request charset, words the message must contain).
BAD: list[tuple[bytes, str, str]] = [
    # NaN and infinities: orjson refuses the literals and overflowing numbers.
    (b"NaN", "utf-8", "not valid JSON"),
    (b'{"cost":NaN}', "utf-8", "not valid JSON"),
    (b"[Infinity]", "utf-8", "not valid JSON"),
    (b"-Infinity", "utf-8", "not valid JSON"),
    (b"1e400", "utf-8", "infinity"),
    (b"-1e309", "utf-8", "infinity"),
    # Integers orjson would silently turn into floats.
    (b"18446744073709551616", "utf-8", "integer '18446744073709551616' is outside"),
    (b'{"id":18446744073709551616}', "utf-8", "outside -9223372036854775808..18446744073709551615"),
    (b"[-9223372036854775809]", "utf-8", "integer '-9223372036854775809' is outside"),
    (b"100000000000000000000000000000", "utf-8", "is outside"),
    (b"1" * 300, "utf-8", "is outside"),  # a finite float for orjson
    (b"1" * 400, "utf-8", "infinity"),  # orjson refuses this one itself
    (b'["x", 99999999999999999999]', "koi8-r", "99999999999999999999"),
    # Nesting over the toolkit's limit (orjson alone allows 1024).
    (_nested(MAX_JSON_DEPTH + 1), "utf-8", "nesting deeper than 32 levels"),
    (_nested(MAX_JSON_DEPTH + 1, "dict"), "utf-8", "nesting deeper than 32"),
    (b"[" * 1000 + b"]" * 1000, "utf-8", "nesting deeper than 32"),
    # Deep in one branch, with many shallow siblings around it.
    (b"[" + b"[1]," * 50 + _nested(32) + b"]", "utf-8", "nesting deeper than 32"),
    (b'{"a":[' + b"{}," * 50 + b'{"b":' + _nested(31) + b"}]}", "utf-8", "nesting deeper"),
    (b"[" * 2000 + b"]" * 2000, "utf-8", "depth limit exceeded"),  # orjson's own limit
    (b"[" * 100_000, "utf-8", "not valid JSON"),
    # Compression is the transport's job.
    (gzip.compress(REPLY.encode()), "utf-8", "gzip"),
    # Strict charsets: no replacement characters, ever.
    (REPLY.encode("cp1251"), "utf-8", "is not valid utf-8"),
    (b'"\xcf\xf0\xe8"', "utf-8", "byte 0xcf at offset 1 is not valid utf-8"),
    (b'"\x98"', "windows-1251", "byte 0x98 at offset 1 is not valid windows-1251"),
    (b'"\xed\xa0\x80"', "utf-8", "not valid utf-8"),  # an encoded surrogate
    (b'"\xf4\x90\x80\x80"', "utf-8", "not valid utf-8"),  # above U+10FFFF
    # Byte order marks that do not fit the charset.
    (BOM + b"{}", "windows-1251", "byte order mark in a windows-1251 body"),
    (BOM + b"{}", "koi8-r", "byte order mark in a koi8-r body"),
    ("{}".encode("utf-16"), "utf-8", "UTF-16 byte order mark"),
    ("{}".encode("utf-16-le"), "utf-8", "not valid JSON"),
    (BOM + BOM + b"{}", "utf-8", "not valid JSON"),
    # Escapes orjson refuses.
    (b'"\\ud800"', "utf-8", "surrogate"),
    (b'"\\x41"', "utf-8", "not valid JSON"),
    (b'"a\x00b"', "utf-8", "control character"),
    (b'"a\nb"', "utf-8", "control character"),
    # Truncated and malformed documents.
    (b"", "utf-8", "not valid JSON"),
    (b"   ", "utf-8", "not valid JSON"),
    (b'{"id":1,"cnt":', "utf-8", "not valid JSON"),
    (REPLY.encode()[:-1], "utf-8", "not valid JSON"),
    (b'"unterminated', "utf-8", "not valid JSON"),
    (b"[1,]", "utf-8", "not valid JSON"),
    (b"{'a':1}", "utf-8", "not valid JSON"),
    (b"[01]", "utf-8", "not valid JSON"),
    (b"[1] [2]", "utf-8", "not valid JSON"),
    (b"<result/>", "utf-8", "not valid JSON"),
    (b"id = 1, cnt = 2", "windows-1251", "not valid JSON"),
]


@pytest.mark.parametrize(("body", "charset", "words"), BAD)
def test_bad_body(body: bytes, charset: str, words: str) -> None:
    with pytest.raises(sp.RemoteProtocolError) as info:
        load_json(body, charset)
    message = str(info.value)
    assert message.startswith("body: ")
    assert words.lower() in message.lower()


def test_size_cap_is_checked_before_decoding() -> None:
    body = b"[" + b"1," * (MAX_BODY_BYTES // 2) + b"1]"
    with pytest.raises(sp.RemoteProtocolError, match=r"^body: \d+ bytes is over the limit"):
        load_json(body, "utf-8")


def test_body_at_the_size_cap_is_loaded() -> None:
    body = b'["' + b"x" * (MAX_BODY_BYTES - 4) + b'"]'
    assert len(body) == MAX_BODY_BYTES
    value = load_json(body, "utf-8")
    assert isinstance(value, list)
    assert len(value[0]) == MAX_BODY_BYTES - 4


def test_bad_charset_argument_is_the_callers_bug() -> None:
    with pytest.raises(sp.LocalProtocolError, match="charset argument"):
        load_json(b"{}", "cp1251")


@pytest.mark.parametrize("body", ["{}", Path("/etc/passwd"), None])
def test_body_must_be_bytes(body: object) -> None:
    with pytest.raises(TypeError, match="body must be bytes"):
        load_json(body, "utf-8")  # type: ignore[arg-type]


@given(st.binary(max_size=512), st.sampled_from(CHARSETS))
def test_any_bytes_load_or_raise_remote_error(body: bytes, charset: str) -> None:
    try:
        load_json(body, charset)
    except sp.RemoteProtocolError as exc:
        message = str(exc)
    else:
        return
    assert message.startswith("body: ")


_FRAGMENTS = st.sampled_from(
    [
        b"[",
        b"]",
        b"{",
        b"}",
        b'"',
        b"\\",
        b":",
        b",",
        b"1",
        b"-",
        b".",
        b"e",
        b"9" * 20,
        b"null",
        b"NaN",
        b'"a"',
        b"\\u0041",
        "П".encode(),
        "П".encode("cp1251"),
        BOM,
    ]
)


@given(st.lists(_FRAGMENTS, max_size=40), st.sampled_from(CHARSETS))
def test_json_like_bytes_load_or_raise_remote_error(parts: list[bytes], charset: str) -> None:
    try:
        load_json(b"".join(parts), charset)
    except sp.RemoteProtocolError as exc:
        message = str(exc)
    else:
        return
    assert message.startswith("body: ")


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def _depth(value: object) -> int:
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            depth += 1
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth) for child in children)
        deepest = max(deepest, depth)
    return deepest


@given(_JSON_VALUES, st.sampled_from(CHARSETS))
def test_encoded_values_load_back(value: object, charset: str) -> None:
    body = orjson.dumps(value)  # \u-free UTF-8; re-encode for the 8-bit charsets
    try:
        body = body.decode().encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if _depth(value) > MAX_JSON_DEPTH:
        with pytest.raises(sp.RemoteProtocolError, match="nesting deeper"):
            load_json(body, charset)
    else:
        assert load_json(body, charset) == value


@pytest.mark.parametrize("seed", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_fuzz_seed(seed: Path) -> None:
    data = seed.read_bytes()
    charset = CHARSETS[data[0] % len(CHARSETS)]
    if seed.name.startswith("good_"):
        load_json(data[1:], charset)
    else:
        with pytest.raises(sp.RemoteProtocolError, match=r"^body: "):
            load_json(data[1:], charset)


# -- the reply readers' loader: no whole-value walk; the readers bound depth and numbers --


def test_reader_loader_has_the_same_syntax_checks() -> None:
    assert load_json_for_reader(b'{"a": [1, "b"]}', "utf-8") == {"a": [1, "b"]}
    with pytest.raises(sp.RemoteProtocolError, match="not valid JSON"):
        load_json_for_reader(b'{"a": }', "utf-8")
    with pytest.raises(sp.RemoteProtocolError, match="not valid windows-1251"):
        load_json_for_reader(b'"\x98"', "windows-1251")


@pytest.mark.parametrize(
    ("value", "text"), [(1.4, "1.4"), (-0.5, "-0.5"), (123456789012.25, "123456789012.25")]
)
def test_float_text(value: float, text: str) -> None:
    assert float_text("cost", value) == text


@pytest.mark.parametrize("value", [1.8446744073709552e19, -1e20, 1e-07, 1e16])
def test_float_text_refuses_exponents(value: float) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=r"cost: the number .* exponent form"):
        float_text("cost", value)


def test_replies_refuse_what_the_walk_would_have() -> None:
    # An integer orjson could not keep, where a text or a number is expected.
    from smsc_proto.commands import Balance, SendersGet

    big = b"18446744073709551616"
    with pytest.raises(sp.RemoteProtocolError, match="exponent form"):
        sp.decode_response(SendersGet(fmt=3), b'[{"sender": ' + big + b', "id": 1}]')
    with pytest.raises(sp.RemoteProtocolError, match="exponent form"):
        sp.decode_response(Balance(fmt=3), b'{"balance": ' + big + b"}")
    # Nesting: a container where a value or record is expected is refused at once,
    # however deep it goes (orjson itself accepts 1024 levels).
    deep = b"[" * 1000 + b"]" * 1000
    with pytest.raises(sp.RemoteProtocolError, match="a record must be a JSON object"):
        sp.decode_response(SendersGet(fmt=3), deep)
    with pytest.raises(sp.RemoteProtocolError, match="not a JSON container"):
        sp.decode_response(Balance(fmt=3), b'{"balance": ' + deep + b"}")
