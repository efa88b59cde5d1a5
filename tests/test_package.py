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


def test_the_gateway_kit_loads_on_first_use() -> None:
    """``sp.gateway`` is an attribute of the package, imported when first named."""
    code = (
        "import sys, smsc_proto as sp\n"
        "print('smsc_proto.gateway' in sys.modules)\n"
        "print(sp.gateway.Gateway.__module__)\n"
        "print('gateway' in dir(sp))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["False", "smsc_proto.gateway._gateway", "True"]
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = smsc_proto.nope  # type: ignore[attr-defined]


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


def _run(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return its standard output's lines."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.splitlines()


# What ``import smsc_proto`` may load beyond the interpreter's own start-up (issue 14 §4):
# the package's ``__init__`` and what it needs to defer the rest (``typing`` and its
# dependencies, all of the standard library).
HEAVY = ("lxml", "orjson", "multidict", "decimal", "hypothesis", "json", "hashlib", "datetime")


def test_import_loads_only_the_package_itself() -> None:
    lines = _run(
        "import sys\n"
        "import smsc_proto\n"
        "print(sorted(m for m in sys.modules if m.startswith('smsc_proto')))\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert lines == ["['smsc_proto']", "[]"]


def test_a_name_loads_only_its_module() -> None:
    """The error classes cost nothing else; a request codec loads no XML parser."""
    lines = _run(
        "import sys\n"
        "from smsc_proto import GatewayError, LocalProtocolError\n"
        "print(sorted(m for m in sys.modules if m.startswith('smsc_proto')))\n"
        "from smsc_proto import Request\n"
        "print('lxml' in sys.modules, 'smsc_proto._session' in sys.modules)\n"
    )
    assert lines == ["['smsc_proto', 'smsc_proto._errors']", "False False"]


def test_every_name_of_all_imports_from_a_fresh_package() -> None:
    """``from smsc_proto import X`` works for each name, each the first one imported."""
    lines = _run(
        "import importlib, sys\n"
        "names = importlib.import_module('smsc_proto').__all__\n"
        "for name in names:\n"
        "    for mod in [m for m in sys.modules if m.startswith('smsc_proto')]:\n"
        "        del sys.modules[mod]\n"
        "    namespace = {}\n"
        "    exec(f'from smsc_proto import {name}', namespace)\n"
        "    print(name, namespace[name] is not None)\n"
    )
    assert lines == [f"{name} True" for name in smsc_proto.__all__]


@pytest.mark.parametrize("name", smsc_proto.__all__)
def test_a_lazy_name_is_the_object_of_its_module(name: str) -> None:
    value = getattr(smsc_proto, name)
    module = smsc_proto._LAZY.get(name)
    if module is None:
        assert name == "__version__"
        return
    assert getattr(importlib.import_module(module, "smsc_proto"), name) is value
    # Cached in the package after the first access: later ones cost a dict lookup.
    assert vars(smsc_proto)[name] is value


def test_the_lazy_table_covers_all_and_nothing_else() -> None:
    lazy = set(smsc_proto._LAZY)
    assert lazy == set(smsc_proto.__all__) - {"__version__"}


def test_dir_lists_names_not_yet_loaded() -> None:
    listed = set(_run("import smsc_proto\nprint('\\n'.join(dir(smsc_proto)))\n"))
    assert set(smsc_proto.__all__) | {"commands", "responses", "values", "gateway"} <= listed


def test_the_public_submodules_load_on_first_use() -> None:
    lines = _run(
        "import sys, smsc_proto as sp\n"
        "print('smsc_proto.commands' in sys.modules)\n"
        "print(sp.commands.Send.__name__, sp.values.__name__, sp.responses.__name__)\n"
    )
    assert lines == ["False", "Send smsc_proto.values smsc_proto.responses"]
