"""Callback signatures: vectors computed here with hashlib and zlib, every refusal.

Spec (lines 3611-3619): md5, sha1 or crc32 of "id:phone:status:<secret>",
"phone:mes:to:<secret>" or "phone:ts:<secret>". The expected values below never come
from the code under test.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zlib
from typing import Any

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.strategies import signed_callbacks

SECRET = "Sec-ret_42"
CANARY = "CANARY-secret_XYZ"
STATUS = sp.StatusCallback(id=6, phone="79999999999", status=1, ts=1286705410)
INCOMING = sp.IncomingMessage(id=9, phone="79999999999", mes="Привет: мир", to="79990000000")
CONFIRMATION = sp.CallConfirmation(phone="79999999999", ts=1286705410)
STRINGS = [
    (STATUS, "6:79999999999:1:"),
    (INCOMING, "79999999999:Привет: мир:79990000000:"),
    (CONFIRMATION, "79999999999:1286705410:"),
]


def digest(algorithm: str, text: str, charset: str = "cp1251") -> str:
    data = text.encode(charset)
    if algorithm == "crc32":
        return str(zlib.crc32(data))
    return hashlib.new(algorithm, data).hexdigest()


def signed(cb: Any, algorithm: str, signature: str) -> Any:
    return dataclasses.replace(cb, algorithm=algorithm, signature=signature)


VECTORS = [
    pytest.param(cb, algorithm, text, id=f"{type(cb).__name__}-{algorithm}")
    for cb, text in STRINGS
    for algorithm in sp.SIGNATURE_ALGORITHMS
]


@pytest.mark.parametrize(("cb", "algorithm", "text"), VECTORS)
def test_vectors(cb: Any, algorithm: sp.SignatureAlgorithm, text: str) -> None:
    expected = digest(algorithm, text + SECRET)
    assert sp.callback_signature(cb, SECRET, algorithm) == expected
    sp.verify_callback(signed(cb, algorithm, expected), SECRET, algorithm)
    # The spec does not say how the hash is written: either case of hex is accepted.
    sp.verify_callback(signed(cb, algorithm, expected.upper()), SECRET, algorithm)
    if algorithm == "crc32":
        as_hex = f"{int(expected):08x}"
        sp.verify_callback(signed(cb, algorithm, as_hex), SECRET, algorithm)
        sp.verify_callback(signed(cb, algorithm, as_hex.upper()), SECRET, algorithm)


def test_literal_vectors() -> None:
    # Computed once with coreutils: printf '%s' '<string>' | md5sum (sha1sum), and
    # Python's zlib.crc32 for the checksum.
    assert sp.callback_signature(STATUS, SECRET, "md5") == "dc0a1a6ccfb16a596f419203c25e5cc0"
    assert (
        sp.callback_signature(CONFIRMATION, SECRET, "sha1")
        == "93e2fe6b2b83569d1ea9ebcb3348bba5f9160706"
    )
    assert sp.callback_signature(CONFIRMATION, SECRET, "crc32") == "1140792059"


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "utf-8"])
def test_text_is_hashed_in_the_callbacks_charset(charset: str) -> None:
    cb = dataclasses.replace(INCOMING, charset=charset)
    codec = {"windows-1251": "cp1251", "koi8-r": "koi8_r", "utf-8": "utf-8"}[charset]
    expected = digest("sha1", "79999999999:Привет: мир:79990000000:" + SECRET, codec)
    assert sp.callback_signature(cb, SECRET, "sha1") == expected


def test_signature_travels_and_verifies_in_every_fmt() -> None:
    for fmt in (0, 2, 3):
        body, content_type = sp.encode_callback(INCOMING, fmt, "utf-8", sign=("md5", SECRET))
        cb = sp.decode_callback((), body, content_type)
        assert cb.algorithm == "md5"
        assert cb.signature == digest("md5", STRINGS[1][1] + SECRET, "utf-8")
        sp.verify_callback(cb, SECRET, "md5")


GOOD_MD5 = digest("md5", "6:79999999999:1:" + SECRET)
REFUSED = [
    ("mismatch", signed(STATUS, "md5", "0" * 32), "md5", "md5: the signature does not match"),
    ("other-secret", signed(STATUS, "md5", digest("md5", "6:79999999999:1:x")), "md5", "match"),
    ("missing", STATUS, "md5", "md5: the callback carries no signature parameter"),
    ("short", signed(STATUS, "md5", GOOD_MD5[:-1]), "md5", "must be 32 hex digits, got 31"),
    ("long", signed(STATUS, "sha1", GOOD_MD5 + "00"), "sha1", "must be 40 hex digits, got 34"),
    ("non-hex", signed(STATUS, "md5", "g" * 32), "md5", "md5: the signature holds non-hex"),
    ("non-ascii", signed(STATUS, "md5", "а" * 32), "md5", "holds non-ASCII characters"),
    ("empty", signed(STATUS, "md5", ""), "md5", "md5: the signature is empty"),
    ("spaces", signed(STATUS, "md5", " " + GOOD_MD5[1:]), "md5", "non-hex"),
    (
        "crc32-for-md5",
        signed(STATUS, "crc32", digest("crc32", "6:79999999999:1:" + SECRET)),
        "md5",
        "crc32: the callback is signed with crc32, but the handler is pinned to md5",
    ),
    (
        "md5-for-crc32",
        signed(STATUS, "md5", GOOD_MD5),
        "crc32",
        "md5: the callback is signed with md5, but the handler is pinned to crc32",
    ),
    ("crc32-negative", signed(STATUS, "crc32", "-1"), "crc32", "unsigned decimal 0..4294967295"),
    ("crc32-too-big", signed(STATUS, "crc32", "4294967296"), "crc32", "or 8 hex digits"),
    ("crc32-leading-zero", signed(STATUS, "crc32", "01"), "crc32", "or 8 hex digits"),
    ("crc32-7-hex", signed(STATUS, "crc32", "abcdef0"), "crc32", "or 8 hex digits"),
    (
        "missing-field",
        signed(dataclasses.replace(STATUS, status=None), "md5", GOOD_MD5),
        "md5",
        "status: missing, and the md5 string id:phone:status:<secret> needs it",
    ),
]


@pytest.mark.parametrize(
    ("cb", "algorithm", "match"), [pytest.param(*row[1:], id=row[0]) for row in REFUSED]
)
def test_refused(cb: Any, algorithm: sp.SignatureAlgorithm, match: str) -> None:
    with pytest.raises(sp.SignatureError, match=re.escape(match)) as info:
        sp.verify_callback(cb, SECRET, algorithm)
    assert SECRET not in str(info.value)
    assert GOOD_MD5 not in str(info.value)


def test_colon_cannot_move_between_fields() -> None:
    # A signature for mes="a:b", to="79990000000" is also the hash of mes="a",
    # to="b:79990000000" -- so such a "to" never decodes, and the split is unique.
    genuine = sp.IncomingMessage(phone="79999999999", mes="a:b", to="79990000000")
    signature = digest("md5", "79999999999:a:b:79990000000:" + SECRET)
    assert sp.callback_signature(genuine, SECRET, "md5") == signature
    forged_to = b"phone=79999999999&mes=a&to=b%3A79990000000&md5=" + signature.encode()
    with pytest.raises(sp.RemoteProtocolError, match="to: must be up to 254"):
        sp.decode_callback(forged_to)
    forged_phone = b"phone=79999999999%3Aa&mes=b&to=79990000000&md5=" + signature.encode()
    with pytest.raises(sp.RemoteProtocolError, match=r"phone: must be 1\.\.254"):
        sp.decode_callback(forged_phone)
    # A model whose validation was bypassed is still refused before any hash is trusted.
    bypassed = signed(genuine, "md5", signature)
    object.__setattr__(bypassed, "to", "b:79990000000")
    object.__setattr__(bypassed, "mes", "a")
    with pytest.raises(sp.SignatureError, match="to: must be up to 254"):
        sp.verify_callback(bypassed, SECRET, "md5")


def test_crc32_is_forgeable_without_the_secret() -> None:
    # CRC-32 is linear: from one captured callback an attacker computes a valid crc32
    # for another id of the same length, never knowing the secret (docs/callbacks.rst).
    captured = signed(STATUS, "crc32", sp.callback_signature(STATUS, SECRET, "crc32"))
    m1, m2 = b"6:79999999999:1:", b"7:79999999999:1:"
    zeros = b"\0" * len(SECRET)  # the length is guessed: at most 128 tries
    forged = int(captured.signature or "0") ^ zlib.crc32(m1 + zeros) ^ zlib.crc32(m2 + zeros)
    victim = signed(dataclasses.replace(STATUS, id=7), "crc32", str(forged))
    sp.verify_callback(victim, SECRET, "crc32")  # passes: crc32 is no authentication
    # A handler pinned to md5 refuses it, whatever the value.
    with pytest.raises(sp.SignatureError, match="pinned to md5"):
        sp.verify_callback(victim, SECRET, "md5")


def test_the_kind_is_not_signed() -> None:
    # The three strings share the layout a:b:c:<secret>, so a status signature is also
    # that of the incoming message phone=id, mes=phone, to=status (docs/callbacks.rst,
    # "The kind is not signed"): only a check of the values can tell them apart.
    captured = sp.callback_signature(STATUS, SECRET, "md5")
    assert captured == digest("md5", "6:79999999999:1:" + SECRET)
    lookalike = b"id=2&phone=6&mes=79999999999&to=1&md5=" + captured.encode()
    forged = sp.decode_callback(lookalike)
    assert isinstance(forged, sp.IncomingMessage)
    sp.verify_callback(forged, SECRET, "md5")


def test_handler_configuration_mistakes_never_quote_the_secret() -> None:
    bad = CANARY + "!"
    for call in (
        lambda: sp.verify_callback(signed(STATUS, "md5", GOOD_MD5), bad, "md5"),
        lambda: sp.callback_signature(STATUS, bad, "md5"),
        lambda: sp.encode_callback(STATUS, sign=("md5", bad)),
    ):
        with pytest.raises(sp.LocalProtocolError, match=r"secret: must be 1\.\.128") as info:
            call()
        assert CANARY not in str(info.value)
        assert CANARY not in repr(info.value)
    with pytest.raises(sp.LocalProtocolError, match="algorithm: must be one of"):
        sp.verify_callback(STATUS, SECRET, "sha256")  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="secret: must be"):
        sp.callback_signature(STATUS, "", "md5")


@given(signed_callbacks())
def test_signed_callbacks_verify_through_the_wire(pair: tuple[Any, str]) -> None:
    cb, secret = pair
    sp.verify_callback(cb, secret, cb.algorithm)
    for fmt in (0, 2, 3):
        if fmt and cb.charset == "koi8-r":
            continue
        body, content_type = sp.encode_callback(cb, fmt)
        back = sp.decode_callback((), body, content_type)
        sp.verify_callback(back, secret, cb.algorithm)
    other = ("x" if secret[0] != "x" else "y") + secret[1:]
    with pytest.raises(sp.SignatureError, match="does not match"):
        sp.verify_callback(cb, other, cb.algorithm)


@given(signed_callbacks(algorithm="md5"))
def test_pinned_algorithm_refuses_the_others(pair: tuple[Any, str]) -> None:
    cb, secret = pair
    for other in ("sha1", "crc32"):
        with pytest.raises(sp.SignatureError, match="pinned to " + other):
            sp.verify_callback(cb, secret, other)
