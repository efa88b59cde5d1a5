"""Callback decoding and verification speed, as ratios to a bare parse of the same body.

The baseline is ``urllib.parse.parse_qsl`` of the form body in its charset (no
validation, no types). ``decode_callback`` also checks every value, builds the typed
model (``datetime``, ``Decimal``, the flag bits) and refuses repeated names;
``verify_callback`` adds the md5 of the signed string and a constant-time compare.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final
from urllib.parse import parse_qsl

import pytest

import smsc_proto as sp

SECRET: Final = "k3y-0123456789abcdef0123456789ab"
_FIELDS: Final = (
    "id=1234567&phone=79999999999&status=1&time=10.10.24+10:10:10&ts=1728544210&err=0"
    "&cnt=1&type=0&cost=1.40&flag=256&sender=SMSC&cmt=%CF%F0%E8%E2%E5%F2&order=77"
)
_SIGNED: Final = hashlib.md5(f"1234567:79999999999:1:{SECRET}".encode()).hexdigest()
BODY: Final = (_FIELDS + f"&md5={_SIGNED}").encode("ascii")


@pytest.mark.benchmark(group="callback-decode")
def test_parse_qsl_baseline(benchmark: Any) -> None:
    pairs = benchmark(parse_qsl, BODY.decode("ascii"), encoding="cp1251", errors="strict")
    assert len(pairs) == 14


@pytest.mark.benchmark(group="callback-decode")
def test_decode_callback(benchmark: Any) -> None:
    callback = benchmark(sp.decode_callback, (), BODY, sp.FORM_CONTENT_TYPE)
    assert isinstance(callback, sp.StatusCallback)
    assert callback.cmt == "Привет"


@pytest.mark.benchmark(group="callback-decode")
def test_decode_and_verify_callback(benchmark: Any) -> None:
    def decode_and_verify() -> sp.StatusCallback:
        callback = sp.decode_callback((), BODY, sp.FORM_CONTENT_TYPE)
        sp.verify_callback(callback, SECRET, "md5")
        assert isinstance(callback, sp.StatusCallback)
        return callback

    assert benchmark(decode_and_verify).status == 1
