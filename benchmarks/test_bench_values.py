"""Value-syntax speed, as ratios to a bare split of the same text (no validation)."""

from __future__ import annotations

from typing import Any

import pytest

from smsc_proto import values as v

# A 1000-line list parameter (spec line 138): "phones1:mes1\nphones2:mes2..."
LIST_TEXT = "\n".join(
    f"7999{i:07d},+7888{i:07d}:Привет, абонент {i}!\\n~~~\\nкомментарий" for i in range(1000)
)
PHONES_TEXT = ",".join(f"7999{i:07d}" for i in range(1000))


def _bare_list(text: str) -> list[tuple[list[str], str]]:
    out = []
    for line in text.split("\n"):
        phones, _, message = line.partition(":")
        out.append((phones.split(","), message.replace("\\n", "\n")))
    return out


@pytest.mark.benchmark(group="list-decode")
def test_bare_split_baseline(benchmark: Any) -> None:
    assert len(benchmark(_bare_list, LIST_TEXT)) == 1000


@pytest.mark.benchmark(group="list-decode")
def test_parse_list(benchmark: Any) -> None:
    assert len(benchmark(v.parse_list, LIST_TEXT)) == 1000


@pytest.mark.benchmark(group="list-encode")
def test_bare_join_baseline(benchmark: Any) -> None:
    pairs = _bare_list(LIST_TEXT)
    result = benchmark(
        lambda: "\n".join(",".join(p) + ":" + m.replace("\n", "\\n") for p, m in pairs)
    )
    assert result == LIST_TEXT


@pytest.mark.benchmark(group="list-encode")
def test_format_list(benchmark: Any) -> None:
    entries = v.parse_list(LIST_TEXT)
    assert benchmark(v.format_list, entries) == LIST_TEXT


@pytest.mark.benchmark(group="phones-decode")
def test_phones_split_baseline(benchmark: Any) -> None:
    assert len(benchmark(PHONES_TEXT.split, ",")) == 1000


@pytest.mark.benchmark(group="phones-decode")
def test_parse_phone_list(benchmark: Any) -> None:
    assert len(benchmark(v.parse_phone_list, PHONES_TEXT).entries) == 1000
