"""Package-level contracts: no I/O imports, exports match __all__, docs cover the API."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import smsc_proto
import smsc_proto.commands
import smsc_proto.emulator
import smsc_proto.gateway
import smsc_proto.strategies
import smsc_proto.values

ROOT = Path(__file__).resolve().parent.parent
NAMESPACES = [
    smsc_proto,
    smsc_proto.values,
    smsc_proto.commands,
    smsc_proto.responses,
    smsc_proto.strategies,
]
FORBIDDEN = (
    "socket",
    "ssl",
    "asyncio",
    "requests",
    "urllib3",
    "aiohttp",
    "http.client",
    "hypothesis",
    "transports",
)


def test_import_loads_no_io_module() -> None:
    code = (
        "import sys\n"
        "import smsc_proto, smsc_proto.values, smsc_proto.commands, smsc_proto.gateway\n"
        f"bad = sorted(m for m in {FORBIDDEN!r} if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "", f"smsc_proto imported {out.stdout.strip()}"


@pytest.mark.parametrize(
    "module",
    [
        smsc_proto,
        smsc_proto.values,
        smsc_proto.commands,
        smsc_proto.strategies,
        smsc_proto.emulator,
        smsc_proto.gateway,
    ],
)
def test_exports_match_all(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert len(names) == len(set(names)), "duplicate names in __all__"
    for name in names:
        assert hasattr(module, name), name
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("smsc_proto.")
    }
    assert public <= set(names), f"public but not in __all__: {sorted(public - set(names))}"


@pytest.mark.parametrize(
    "module",
    [
        smsc_proto,
        smsc_proto.values,
        smsc_proto.commands,
        smsc_proto.strategies,
        smsc_proto.emulator,
        smsc_proto.gateway,
    ],
)
def test_every_public_name_has_a_docstring(module: object) -> None:
    for name in module.__all__:  # type: ignore[attr-defined]
        value = getattr(module, name)
        if callable(value) or isinstance(value, type):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"


_DIRECTIVE = re.compile(r"^\.\. (?:py:)?(\w+):: +([\w.]+)", re.MULTILINE)
_MODULE_DIRECTIVES = {"module", "currentmodule", "automodule"}


def _documented_names() -> set[str]:
    """Dotted names with an entry (``.. autoclass::``, ``.. py:data::``...) in the docs.

    Short names are resolved against the file's ``currentmodule``/``module``.
    """
    names: set[str] = set()
    for path in (ROOT / "docs").rglob("*.rst"):
        current = ""
        for kind, target in _DIRECTIVE.findall(path.read_text("utf-8")):
            if kind in _MODULE_DIRECTIVES:
                current = target
                names.add(target)
            elif target.startswith("smsc_proto."):
                names.add(target)
            elif current:
                names.add(f"{current}.{target}")
    return names


def _resolve(dotted: str) -> object:
    module_name, _, attr = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError):
        return None


@pytest.mark.parametrize(
    "module",
    [
        smsc_proto,
        smsc_proto.values,
        smsc_proto.commands,
        smsc_proto.strategies,
        smsc_proto.emulator,
        smsc_proto.gateway,
    ],
)
def test_every_public_name_has_a_docs_entry(module: types.ModuleType) -> None:
    documented = _documented_names()
    # A name re-exported in two namespaces (smsc_proto.parse_command and
    # smsc_proto.commands.parse_command) is documented once.
    documented_objects = {
        id(obj) for obj in map(_resolve, documented) if callable(obj) or isinstance(obj, type)
    }
    missing = []
    for name in module.__all__:
        if name.startswith("__") or f"{module.__name__}.{name}" in documented:
            continue
        value = getattr(module, name)
        if not ((callable(value) or isinstance(value, type)) and id(value) in documented_objects):
            missing.append(name)
    assert not missing, f"no docs entry for {missing}"
