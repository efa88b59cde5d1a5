"""The ``hypothesis`` entry point: ``st.from_type`` draws the shipped strategies."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto import _hypothesis_hook as hook
from smsc_proto import commands as c
from smsc_proto import responses as r

ROOT = Path(__file__).resolve().parent.parent

hook.setup()


def test_pyproject_names_the_hook() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["entry-points"]["hypothesis"] == {
        "smsc_proto": "smsc_proto._hypothesis_hook:setup"
    }
    # The extra brings hypothesis and nothing of the dev tools.
    assert [req.split(">=")[0] for req in project["optional-dependencies"]["hypothesis"]] == [
        "hypothesis"
    ]


# (class, a shipped strategy that draws it, directly or as a list of records)
CASES = [
    (c.Send, "send_commands"),
    (c.GetMessages, "get_messages_commands"),
    (sp.StatusCallback, "status_callbacks"),
    (sp.IncomingMessage, "incoming_messages"),
    (sp.CallConfirmation, "call_confirmations"),
    (r.SendReply, "send_replies"),
    (r.GetMessagesReply, "get_messages_replies"),
]


@pytest.mark.parametrize(("cls", "_strategy"), CASES)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_type_draws_valid_models(cls: type, _strategy: str, data: st.DataObject) -> None:
    value = data.draw(st.from_type(cls))
    assert type(value) is cls


def test_every_command_and_callback_has_its_strategy() -> None:
    from smsc_proto.strategies import command_strategies

    registered = hook.models()
    for cls in [*command_strategies(), sp.StatusCallback, sp.IncomingMessage]:
        assert cls in registered, cls
        assert hook.shipped_strategy(cls) is not NotImplemented, cls


def test_a_model_without_a_shipped_strategy_falls_back() -> None:
    # GetPriceCode is a part of a reply, drawn inside its reply's strategy only.
    assert hook.shipped_strategy(r.GetPriceCode) is NotImplemented


def test_the_hook_imports_no_strategy_until_one_is_drawn() -> None:
    code = (
        "import sys\n"
        "from smsc_proto import _hypothesis_hook\n"
        "_hypothesis_hook.setup()\n"
        "print('smsc_proto.strategies' in sys.modules)\n"
        "from hypothesis import strategies as st\n"
        "from smsc_proto.commands import Balance\n"
        "print(type(st.from_type(Balance).example()).__name__)\n"
        "print('smsc_proto.strategies' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"HYPOTHESIS_NO_PLUGINS": "1", "PATH": "", "PYTHONPATH": str(ROOT)},
    )
    assert out.stdout.split() == ["False", "Balance", "True"]
