"""Regenerate the public namespaces from each private module's ``__all__``.

Run from the repository root: ``.venv/bin/python tools/gen_namespaces.py``. It rewrites

- ``smsc_proto/values/__init__.py`` from ``smsc_proto/values/_*.py``;
- ``smsc_proto/commands.py`` from ``smsc_proto/_command.py`` and each script module's
  ``__all__`` (``smsc_proto/_scripts/*.py``) minus its ``__replies__``;
- ``smsc_proto/responses.py`` from ``smsc_proto/_replies/``, ``smsc_proto/_codes.py``
  and each script module's ``__replies__`` (its reply models);
- ``smsc_proto/strategies/__init__.py`` from ``smsc_proto/strategies/_*.py``;

keeping each target's docstring, then runs ``ruff check --fix`` and ``ruff format`` on
them. ``tests/test_package.py`` checks the result (exports equal ``__all__``).
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "smsc_proto"
RUFF = REPO / ".venv" / "bin" / "ruff"


def names(path: Path, var: str = "__all__") -> list[str] | None:
    """The literal list assigned to ``var`` at the top of ``path``, or ``None``."""
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == var:
            return list(ast.literal_eval(value))
    return None


def write(target: Path, sources: list[tuple[str, list[str]]]) -> None:
    """Write ``target``: its docstring, one import per source module, ``__all__``."""
    doc = ast.get_docstring(ast.parse(target.read_text("utf-8"))) or ""
    lines = ['"""' + doc + '\n"""', ""]
    every: list[str] = []
    for module, exported in sources:
        if not exported:
            continue
        lines.append(f"from {module} import (")
        lines += [f"    {n}," for n in sorted(exported, key=lambda s: (s.lower(), s))]
        lines.append(")")
        every += exported
    lines += ["", "__all__ = ["]
    lines += [f'    "{n}",' for n in sorted(set(every))]
    lines.append("]")
    target.write_text("\n".join(lines) + "\n", "utf-8")


def private_modules(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("_*.py")) if p.stem != "__init__"]


def main() -> None:
    values = PACKAGE / "values"
    write(values / "__init__.py", [(f".{p.stem}", names(p) or []) for p in private_modules(values)])
    commands = [("._command", ["Command", "Credentials", "parse_command"])]
    replies = [
        (
            "._replies",
            [
                "ERROR_TABLES",
                "Reply",
                "decode_response",
                "encode_error",
                "encode_response",
                "error_meaning",
            ],
        ),
        ("._codes", names(PACKAGE / "_codes.py") or []),
    ]
    for path in sorted((PACKAGE / "_scripts").glob("*.py")):
        if path.stem == "__init__":
            continue
        models = names(path, "__replies__") or []
        commands.append(
            (f"._scripts.{path.stem}", [n for n in names(path) or [] if n not in models])
        )
        replies.append((f"._scripts.{path.stem}", models))
    write(PACKAGE / "commands.py", commands)
    write(PACKAGE / "responses.py", replies)
    strategies = PACKAGE / "strategies"
    write(
        strategies / "__init__.py",
        [(f".{p.stem}", names(p) or []) for p in private_modules(strategies)],
    )
    files = [
        str(values / "__init__.py"),
        str(PACKAGE / "commands.py"),
        str(PACKAGE / "responses.py"),
        str(strategies / "__init__.py"),
    ]
    subprocess.run([str(RUFF), "check", "--fix", "-q", *files], check=False)
    subprocess.run([str(RUFF), "format", "-q", *files], check=True)


if __name__ == "__main__":
    main()
