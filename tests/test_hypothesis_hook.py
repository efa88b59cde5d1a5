"""The ``hypothesis`` entry point: ``st.from_type`` draws the shipped strategies."""

from __future__ import annotations

import subprocess
import sys
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
    # Read as text: tomllib is 3.11+, and the package supports 3.10.
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    section = text.split("[project.entry-points.hypothesis]\n", 1)[1].split("\n[", 1)[0]
    entries = [line for line in section.splitlines() if line and not line.startswith("#")]
    assert entries == ['smsc_proto = "smsc_proto._hypothesis_hook:setup"']
    # The extra brings hypothesis and nothing of the dev tools.
    assert '\nhypothesis = ["hypothesis>=6.100"]\n' in text
    assert callable(hook.setup)


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


def _run(code: str) -> list[str]:
    # HYPOTHESIS_NO_PLUGINS: the installed distribution's entry point stays out of it
    # (it may be another checkout's); each script calls the hook itself.
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"HYPOTHESIS_NO_PLUGINS": "1", "PATH": "", "PYTHONPATH": str(ROOT)},
    )
    return out.stdout.split()


SETUP = "import hypothesis\nfrom smsc_proto import _hypothesis_hook\n_hypothesis_hook.setup()\n"
DRAW = (
    "from hypothesis import strategies as st\n"
    "from smsc_proto.commands import Balance\n"
    "from smsc_proto import StatusCallback\n"
    "print(type(st.from_type(Balance).example()).__name__)\n"
    "print(type(st.from_type(StatusCallback).example()).__name__)\n"
)
SEEN = "import sys\nprint(sorted(m for m in sys.modules if m.startswith('smsc_proto.')))\n"


def test_the_hook_imports_nothing_of_ours() -> None:
    """Every pytest run imports hypothesis: the hook must cost it nothing."""
    assert _run(SETUP + SEEN) == ["['smsc_proto._hypothesis_hook']"]


@pytest.mark.parametrize(
    "code",
    [SETUP + DRAW, "import smsc_proto.commands, smsc_proto._callbacks\n" + SETUP + DRAW],
    ids=["hypothesis-first", "models-first"],
)
def test_registration_in_either_import_order(code: str) -> None:
    lines = _run(
        code + "print('smsc_proto.strategies' in sys.modules)\n".replace("sys", "__import__('sys')")
    )
    assert lines == ["Balance", "StatusCallback", "True"]
