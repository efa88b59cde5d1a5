"""The README's quick starts run as written (issue: every program in the docs works).

Each ```python block of README.md runs in a fresh interpreter from the project root,
as a user would paste it into a file: no network (the client talks to a virtual gateway
on 127.0.0.1), and each prints what its comments promise.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest

import smsc_proto as sp

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)

#: (the heading the block sits under, what its output must hold).
EXPECTED: dict[str, list[str]] = {
    "Send a message": ["3.50 96.50", "True"],
    "Receive callbacks": [],
    "Build a gateway": ["SendReply(id=42, cnt=2,"],
    "Property-test your code": [],
}


def _heading(block: str) -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    before = text[: text.index(block)]
    headings: list[str] = re.findall(r"^## (.+)$", before, re.M)
    return headings[-1]


def test_every_quick_start_is_checked() -> None:
    assert sorted(_heading(block) for block in BLOCKS) == sorted(EXPECTED)


@pytest.mark.parametrize("block", BLOCKS, ids=[_heading(b) for b in BLOCKS])
def test_quick_start_runs(block: str, tmp_path: Path) -> None:
    script = tmp_path / "quick_start.py"
    script.write_text(block, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for expected in EXPECTED[_heading(block)]:
        assert expected in done.stdout, done.stdout


def test_quick_start_callback_app_answers_a_signed_callback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The callback block only builds the app; drive it as the gateway would.
    (block,) = [b for b in BLOCKS if _heading(b) == "Receive callbacks"]
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)

    cb = sp.StatusCallback(id=7, phone="79999999999", status=1)
    body, content_type = sp.encode_callback(cb, sign=("md5", "callback-secret"))
    environ: dict[str, object] = {}
    setup_testing_defaults(environ)
    environ.update(
        REQUEST_METHOD="POST",
        CONTENT_TYPE=content_type,
        CONTENT_LENGTH=str(len(body)),
        **{"wsgi.input": io.BytesIO(body)},
    )
    statuses: list[str] = []
    app = namespace["app"]
    assert callable(app)
    app(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["200 OK"]
    assert "message 7 to 79999999999 is now 1" in capsys.readouterr().out
