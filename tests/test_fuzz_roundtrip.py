"""The encode -> decode fuzz harnesses' invariants, run without atheris (issue 11 §6).

Each ``fuzz/fuzz_roundtrip_<name>.py`` harness checks ``fuzz/roundtrip_<name>.py``'s
invariant on values the shipped strategies draw from the fuzzer's bytes. Here the same
invariant runs on a few hundred examples Hypothesis generates the usual way, and on
every seed of the harness's corpus through the harness's own entry point, so a change
that breaks a round trip fails the suite before any fuzzing.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto import strategies
from smsc_proto._replies._registry import _SHAPES
from smsc_proto.commands import Command, Send, SendersGet, StatusQuery
from smsc_proto.strategies import command_strategies
from smsc_proto.values import parse_phone_list

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
NAMES = ("requests", "replies", "callbacks")


def _target(name: str) -> ModuleType:
    # fuzz/ is no package: its modules import each other by bare name.
    if str(FUZZ) not in sys.path:
        sys.path.insert(0, str(FUZZ))
    return importlib.import_module(f"roundtrip_{name}")


@pytest.mark.parametrize("name", NAMES)
def test_invariant_holds_on_generated_examples(name: str) -> None:
    target = _target(name)

    @settings(
        max_examples=150,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(target.inputs())
    def check(case: Any) -> None:
        target.check(case)

    before = target.COUNTS.passed
    check()
    # Most examples get through the encoder: the harness checks round trips, not
    # only refusals.
    assert target.COUNTS.passed - before > 50


def _seeds() -> list[Any]:
    return [
        pytest.param(name, seed, id=f"{name}/{seed.name}")
        for name in NAMES
        for seed in sorted((FUZZ / "corpus" / f"fuzz_roundtrip_{name}").iterdir())
    ]


@pytest.mark.parametrize(("name", "seed"), _seeds())
def test_seed(name: str, seed: Path) -> None:
    # The invariant holds on the value the seed draws (a failure raises here).
    target = _target(name)
    _fuzz_target(target)(seed.read_bytes())


_TARGETS: dict[str, Any] = {}


def _fuzz_target(target: ModuleType) -> Any:
    # One Hypothesis test per target: building it costs more than running a seed.
    if target.__name__ not in _TARGETS:
        _TARGETS[target.__name__] = target.fuzz_target()
    return _TARGETS[target.__name__]


@pytest.mark.parametrize("name", NAMES)
def test_seeds_are_whole_draws(name: str) -> None:
    # make_roundtrip_seeds.py keeps only bytes that draw a whole value. Another
    # Hypothesis version may read the bytes otherwise (any bytes stay valid input); the
    # seeds then start the fuzzer elsewhere than meant.
    target = _target(name)
    run = _fuzz_target(target)
    seeds = sorted((FUZZ / "corpus" / f"fuzz_roundtrip_{name}").iterdir())
    drawn = sum(run(seed.read_bytes()) is not None for seed in seeds)
    assert drawn >= 0.9 * len(seeds), "rerun python fuzz/make_roundtrip_seeds.py"


def _kinds(name: str) -> set[str]:
    return {path.name for path in (FUZZ / "corpus" / f"fuzz_roundtrip_{name}").iterdir()}


def test_every_seed_kind_is_there() -> None:
    # Every command class in some wire form, and every form; every reply command in
    # some fmt; every callback kind in every fmt and delivery.
    requests = {tuple(kind.rsplit("_", 1)) for kind in _kinds("requests")}
    assert {cls.__name__ for cls in command_strategies()} <= {name for name, _ in requests}
    assert {form for _, form in requests} >= {"query", "form", "multipart", "json"}
    replies = {kind.split("_")[0] for kind in _kinds("replies")}
    assert {cls.__name__ for cls in _target("replies").REPLIES} <= replies
    callbacks = _kinds("callbacks")
    forms = ("fmt0_body", "fmt0_query", "fmt0_split", "fmt0_pairs", "fmt2_body", "fmt3_body")
    for kind in ("StatusCallback", "IncomingMessage", "CallConfirmation"):
        for form in forms:
            assert any(name.startswith(f"{kind}_{form}_") for name in callbacks), (kind, form)


def test_replies_cover_every_modelled_command_and_every_reply_strategy() -> None:
    replies = _target("replies").REPLIES
    # Every command class whose replies decode_response reads (imgcode.php answers with
    # an image, no reply model).
    assert set(_SHAPES) <= set(replies), set(_SHAPES) - set(replies)
    # Every shipped reply strategy is drawn from.
    source = (FUZZ / "roundtrip_replies.py").read_text("utf-8")
    shipped = {name for name in strategies.__all__ if name.endswith("_replies")}
    assert {name for name in shipped if f"{name}(" not in source} == set()


@pytest.mark.parametrize(
    ("command", "check"),
    [
        # cost=2 with op=1: an id, a count and a cost, then one record per recipient.
        (
            Send(phones=parse_phone_list("79999999999"), mes="x", cost=2, op=True),
            lambda r: r.cost is not None and r.balance is None and r.phones is not None,
        ),
        # Two ids: a list of records that each name their message.
        (
            StatusQuery(phone=parse_phone_list("79999999999,79999999998"), id=(1, 2), all=1),
            lambda r: isinstance(r, list) and all(record.id is not None for record in r),
        ),
        # operators=1: each record lists its operators.
        (SendersGet(operators=True), lambda r: isinstance(r, list)),
    ],
)
def test_replies_follow_the_commands_parameters(
    command: Command, check: Callable[[Any], bool]
) -> None:
    # The reply strategies are picked from the parameters that shape the reply, and
    # what they draw is written and read back for that command.
    choices = _target("replies").REPLIES[type(command)](command)

    @settings(max_examples=20, deadline=None, database=None)
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        replies, fmts = data.draw(st.sampled_from(choices))
        reply = data.draw(replies)
        assert check(reply), reply
        fmt = data.draw(st.sampled_from(fmts))
        written = dataclasses.replace(command, fmt=fmt)
        try:
            body = sp.encode_response(written, reply)
        except sp.LocalProtocolError:
            return  # a text a fmt=0/1 line cannot carry unambiguously
        assert sp.decode_response(written, body) is not None

    draw()
