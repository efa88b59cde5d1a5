"""The callback models and the signature module depend one way: _signature on _callbacks."""

from __future__ import annotations

import ast
from pathlib import Path

import smsc_proto._callbacks
import smsc_proto._signature


def _imported(module: object) -> set[str]:
    """The modules a source file imports from (relative names as written), anywhere in it."""
    path = Path(str(getattr(module, "__file__", "")))
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_signature_imports_the_models() -> None:
    assert "._callbacks" in _imported(smsc_proto._signature)


def test_the_models_import_nothing_of_the_signature_module() -> None:
    # Not even under TYPE_CHECKING: the loop the issue asks to break stays broken.
    imported = _imported(smsc_proto._callbacks)
    assert "._signature" not in imported
    assert "smsc_proto._signature" not in imported
    assert "._callback_codec" not in imported


def test_the_algorithm_names_are_one_object() -> None:
    assert smsc_proto._signature.SIGNATURE_ALGORITHMS is smsc_proto._callbacks.SIGNATURE_ALGORITHMS
    assert smsc_proto.SIGNATURE_ALGORITHMS == ("md5", "sha1", "crc32")
