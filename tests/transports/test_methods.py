"""The per-command methods: generated from the registry, one per command, typed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from smsc_proto import commands as c
from transports import _gen_methods
from transports._common import AsyncMethod, Method
from transports._methods import AsyncCommands, SyncCommands

ROOT = Path(__file__).resolve().parents[2]


def test_generated_file_is_up_to_date() -> None:
    assert _gen_methods.TARGET.read_text("utf-8") == _gen_methods.render()


def test_one_method_per_registered_command() -> None:
    expected = {
        _gen_methods.method_name(name): getattr(c, name) for name in _gen_methods.command_names()
    }
    # 70 commands; imgcode.php's image URL is for the end user's browser, not a call.
    assert len(expected) == 69
    assert "imgcode_image" not in expected
    for mixin, kind in ((SyncCommands, Method), (AsyncCommands, AsyncMethod)):
        found = {
            name: value.command for name, value in vars(mixin).items() if isinstance(value, kind)
        }
        assert found == expected


def test_method_names() -> None:
    assert _gen_methods.method_name("StatusQuery") == "status_query"
    assert _gen_methods.method_name("UsersFl2") == "users_fl2"
    assert _gen_methods.method_name("OpTemplatesAdd") == "op_templates_add"


def test_mypy_checks_method_arguments(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from smsc_proto import Session\n"
        "from transports.requests import Client\n"
        "client = Client(Session('a', 'b'))\n"
        "client.balance(cur=True)\n"
        "client.send(phones=None, mes='x', no_such_field=1)\n"
        "client.status_query(all='x')\n",
        "utf-8",
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            str(sample),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    errors = re.findall(r"sample\.py:(\d+): error", out.stdout)
    assert errors == ["5", "6"], out.stdout
