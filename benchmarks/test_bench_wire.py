"""Wire layer speed, as ratios to the standard library doing less work on the same input."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest

import smsc_proto as sp

# A realistic send: Cyrillic text, a 1000-line list parameter.
_LIST = "\n".join(f"7999{i:07d}:Привет, абонент {i}!" for i in range(1000))
REQUEST = sp.Request(
    "send.php",
    [("login", "alex"), ("psw", "123"), ("list", _LIST), ("sender", "ivan"), ("fmt", "3")],
)
URL = REQUEST.to_url()
QUERY = URL.partition("?")[2]
PAIRS = list(REQUEST.params.items())


@pytest.mark.benchmark(group="wire-decode")
def test_parse_qsl_baseline(benchmark: Any) -> None:
    result = benchmark(parse_qsl, QUERY, encoding="cp1251", errors="strict")
    assert len(result) == 5


@pytest.mark.benchmark(group="wire-decode")
def test_request_from_url(benchmark: Any) -> None:
    result = benchmark(sp.Request.from_url, URL)
    assert result == REQUEST


@pytest.mark.benchmark(group="wire-encode")
def test_urlencode_baseline(benchmark: Any) -> None:
    result = benchmark(urlencode, PAIRS, encoding="cp1251")
    assert result.startswith("login=alex")


@pytest.mark.benchmark(group="wire-encode")
def test_request_to_url(benchmark: Any) -> None:
    assert benchmark(REQUEST.to_url) == URL
