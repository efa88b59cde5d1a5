"""Tests for the voice-call syntaxes: ``voice`` and the call ``param``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import call_params, voices
from smsc_proto.values import (
    CALL_PARAM_DEFAULT_ATTEMPTS,
    CALL_PARAM_DEFAULT_WAIT,
    DEFAULT_VOICE,
    VOICE_NAMES,
    CallParam,
    Voice,
    format_call_param,
    format_voice,
    parse_call_param,
    parse_voice,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_voice"

# ---------------------------------------------------------------------------------------
# 1. Canonical tables: parse(text) == value and format(value) == text.

VOICE_ROWS: list[tuple[Voice, str]] = [
    (Voice(name="m"), "m"),  # line 111; example line 578 (voice=m)
    (Voice(name="m2"), "m2"),  # line 112
    (Voice(name="m3"), "m3"),  # line 113 (default)
    (Voice(name="m4"), "m4"),  # line 114
    (Voice(name="w"), "w"),  # line 115
    (Voice(name="w2"), "w2"),  # line 116; examples lines 581, 1392 (voice=w2)
    (Voice(name="w3"), "w3"),  # line 117
    (Voice(name="w4"), "w4"),  # line 118
    (Voice(name="m", lang="en"), "m,en"),  # line 119
    (Voice(name="w", lang="fr"), "w,fr"),  # line 119
    (Voice(name="w", lang="de"), "w,de"),  # line 119
    (Voice(name="w4", lang="zz"), "w4,zz"),  # edge: any two lower-case letters
]

# Values outside the operating ranges are written with strict=False (see test below).
PARAM_ROWS: list[tuple[CallParam, str]] = [
    (CallParam(wait=20, interval=10, attempts=3), "20,10,3"),  # line 578 (param=20%2C10%2C3)
    (CallParam(wait=10, interval=10, attempts=1), "10,10,1"),  # operating lows (lines 122-124)
    (CallParam(wait=35, interval=3600, attempts=9), "35,3600,9"),  # operating highs
    (CallParam(wait=25, interval=10, attempts=8), "25,10,8"),  # defaults w, n (line 125)
    (CallParam(wait=0, interval=0, attempts=0), "0,0,0"),  # accepted lows (clamped)
    (CallParam(wait=99, interval=9, attempts=0), "99,9,0"),  # w accepted high (line 122)
]


@pytest.mark.parametrize(("value", "text"), VOICE_ROWS)
def test_voice_table(value: Voice, text: str) -> None:
    assert parse_voice(text) == value
    assert format_voice(value) == text


@pytest.mark.parametrize(("value", "text"), PARAM_ROWS)
def test_param_table(value: CallParam, text: str) -> None:
    assert parse_call_param(text) == value
    assert format_call_param(value, strict=False) == text
    if value.is_operating:
        assert format_call_param(value) == text
    else:
        with pytest.raises(LocalProtocolError, match=r"param: .*operating"):
            format_call_param(value)


def test_voice_defaults() -> None:
    assert Voice() == DEFAULT_VOICE == Voice(name="m3")  # line 113
    assert set(VOICE_NAMES) == {"m", "m2", "m3", "m4", "w", "w2", "w3", "w4"}
    assert [Voice(name=n).is_female for n in VOICE_NAMES] == [False] * 4 + [True] * 4
    assert (CALL_PARAM_DEFAULT_WAIT, CALL_PARAM_DEFAULT_ATTEMPTS) == (25, 8)  # line 125


# ---------------------------------------------------------------------------------------
# 2. Accepted alternative spellings -> canonical text.

PARAM_ALT_ROWS: list[tuple[str, str]] = [
    ("20, 10, 3", "20,10,3"),  # line 120 prints " param=w, i,n" (space after a comma)
    ("20, 10,3", "20,10,3"),  # exactly the line 120 shape
    ("20,   10,  3", "20,10,3"),
    ("020,010,03", "20,10,3"),  # leading zeros
    ("0000,00,0", "0,0,0"),
]


@pytest.mark.parametrize(("text", "canonical"), PARAM_ALT_ROWS)
def test_param_alternative_spellings(text: str, canonical: str) -> None:
    value = parse_call_param(text)
    assert format_call_param(value, strict=False) == canonical
    assert parse_call_param(canonical) == value


# ---------------------------------------------------------------------------------------
# 3. Bad wire text -> RemoteProtocolError naming the parameter.

BAD_VOICE = [
    "",
    "m5",
    "M",
    "W2",
    "x",
    " m",
    "m ",
    "m,",
    "m,EN",
    "m,eng",
    "m,e",
    "m, en",
    "m,e1",
    "m,en,fr",
    ",en",
    "m,\u0435n",  # Cyrillic "е"
]

BAD_PARAM = [
    "",
    "20",
    "20,10",
    "20,10,3,4",
    "20,,3",
    "100,10,3",  # w accepted 0..99 (line 122)
    "20,3601,3",  # i at most 3600 (line 123)
    "20,10,10",  # n at most 9 (line 124)
    "-1,10,3",
    "+5,10,3",
    " 20,10,3",
    "20 ,10,3",
    "20,10,3 ",
    "20;10;3",
    "\uff12\uff10,10,3",  # full-width digits
    "\u0662\u0660,10,3",  # Arabic-Indic digits
    "1e1,10,3",
    "0000020,10,3",  # longer than six digits
    "99999999999999999999999,1,1",
]


@pytest.mark.parametrize("text", BAD_VOICE)
def test_bad_voice(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="voice"):
        parse_voice(text)


@pytest.mark.parametrize("text", BAD_PARAM)
def test_bad_param(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="param"):
        parse_call_param(text)


# ---------------------------------------------------------------------------------------
# 4. Bad constructor arguments -> LocalProtocolError.

BAD_VOICE_ARGS: list[tuple[dict[str, Any], str]] = [
    ({"name": "m5"}, "voice: name"),
    ({"name": "M"}, "voice: name"),
    ({"name": 3}, "voice: name"),
    ({"lang": "EN"}, "voice: lang"),
    ({"lang": "e"}, "voice: lang"),
    ({"lang": ""}, "voice: lang"),
    ({"lang": "eng"}, "voice: lang"),
    ({"lang": "\u0435n"}, "voice: lang"),
    ({"lang": 12}, "voice: lang"),
]

BAD_PARAM_ARGS: list[tuple[dict[str, Any], str]] = [
    ({"wait": 100, "interval": 10, "attempts": 3}, r"wait \(w\) must be 0..99, got 100"),
    ({"wait": -1, "interval": 10, "attempts": 3}, r"wait \(w\) must be 0..99"),
    ({"wait": 20, "interval": 3601, "attempts": 3}, r"interval \(i\) must be 0..3600"),
    ({"wait": 20, "interval": -1, "attempts": 3}, r"interval \(i\)"),
    ({"wait": 20, "interval": 10, "attempts": 10}, r"attempts \(n\) must be 0..9"),
    ({"wait": True, "interval": 10, "attempts": 3}, r"wait \(w\) must be an int"),
    ({"wait": "20", "interval": 10, "attempts": 3}, r"wait \(w\) must be an int"),
    ({"wait": 20, "interval": 10.0, "attempts": 3}, r"interval \(i\) must be an int"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_VOICE_ARGS)
def test_bad_voice_args(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        Voice(**kwargs)


@pytest.mark.parametrize(("kwargs", "match"), BAD_PARAM_ARGS)
def test_bad_param_args(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        CallParam(**kwargs)


# ---------------------------------------------------------------------------------------
# Server clamping: kept as sent, exposed as effective values (lines 122-124).

EFFECTIVE_ROWS: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = [
    ((20, 10, 3), (20, 10, 3)),
    ((0, 0, 0), (10, 10, 1)),  # "less than 10 ... reduced to 10", "0 will be reduced to 1"
    ((9, 9, 1), (10, 10, 1)),
    ((36, 3600, 9), (35, 3600, 9)),  # "similarly for the upper bound"
    ((99, 11, 2), (35, 11, 2)),
]


@pytest.mark.parametrize(("sent", "used"), EFFECTIVE_ROWS)
def test_effective(sent: tuple[int, int, int], used: tuple[int, int, int]) -> None:
    param = CallParam(wait=sent[0], interval=sent[1], attempts=sent[2])
    assert (param.wait, param.interval, param.attempts) == sent
    effective = (param.effective_wait, param.effective_interval, param.effective_attempts)
    assert effective == used
    assert param.effective() == CallParam(wait=used[0], interval=used[1], attempts=used[2])
    assert param.is_operating == (sent == used)
    assert param.effective().is_operating


# ---------------------------------------------------------------------------------------
# 5. Properties.


@given(voices())
def test_voice_roundtrip(value: Voice) -> None:
    assert parse_voice(format_voice(value)) == value


@given(call_params())
def test_param_roundtrip(value: CallParam) -> None:
    assert parse_call_param(format_call_param(value, strict=False)) == value


@given(call_params(operating_only=True))
def test_param_roundtrip_strict(value: CallParam) -> None:
    assert value.is_operating
    assert parse_call_param(format_call_param(value)) == value


def _check_voice(text: str) -> None:
    try:
        value = parse_voice(text)
    except RemoteProtocolError:
        return
    assert parse_voice(format_voice(value)) == value


def _check_param(text: str) -> None:
    try:
        value = parse_call_param(text)
    except RemoteProtocolError:
        return
    assert parse_call_param(format_call_param(value, strict=False)) == value


_GRAMMAR = st.lists(
    st.sampled_from(["m", "w", "2", "3", "4", "5", ",", ", ", "en", "E", "0", "9", "99", " "])
    | st.text(max_size=2),
    max_size=8,
).map("".join)


@given(st.text() | _GRAMMAR)
def test_parsers_never_fail_otherwise(text: str) -> None:
    _check_voice(text)
    _check_param(text)


def test_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for path in seeds:
        text = path.read_bytes().decode("utf-8", "surrogateescape")
        _check_voice(text)
        _check_param(text)
