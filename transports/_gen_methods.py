"""Write ``transports/_methods.py`` from the command registry.

Run ``python -m transports._gen_methods``.

One attribute per command, named after its class in snake case (``StatusQuery`` ->
``status_query``), on a sync and an async mixin. The file is plain code so that mypy
sees every method and its ``ParamSpec``; ``tests/transports/test_methods.py`` fails
when it is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import smsc_proto.commands
from smsc_proto import CallKind

TARGET = Path(__file__).with_name("_methods.py")


def method_name(class_name: str) -> str:
    """``StatusQuery`` -> ``status_query``, ``UsersFl2`` -> ``users_fl2``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


def command_names() -> list[str]:
    """Every registered command class of :mod:`smsc_proto.commands` a client calls.

    A command whose ``KIND`` is ``BROWSER_URL`` (imgcode.php's image) is no call: the
    session refuses it.
    """
    return sorted(
        name
        for name in smsc_proto.commands.__all__
        if isinstance(getattr(smsc_proto.commands, name), type)
        and issubclass(getattr(smsc_proto.commands, name), smsc_proto.commands.Command)
        and name not in ("Command", "Credentials")
        and getattr(smsc_proto.commands, name).KIND is not CallKind.BROWSER_URL
    )


def render() -> str:
    """The text of ``_methods.py``."""
    names = command_names()
    lines = [
        '"""One typed method per command, for the sync and the async clients (generated).',
        "",
        "Do not edit: ``python -m transports._gen_methods`` writes this file from the",
        "command registry. ``client.send(phones=..., mes=...)`` builds ``Send(phones=...,",
        "mes=...)`` and returns ``client.call(...)``'s result.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from smsc_proto.commands import (",
        *(f"    {name}," for name in names),
        ")",
        "",
        "from ._common import AsyncMethod, Method",
        "",
        '__all__ = ["AsyncCommands", "SyncCommands"]',
        "",
    ]
    for cls, method in (("SyncCommands", "Method"), ("AsyncCommands", "AsyncMethod")):
        lines += [
            "",
            f"class {cls}:",
            f'    """One method per command: ``{method}(<Command class>)``."""',
            "",
            *(f"    {method_name(name)} = {method}({name})" for name in names),
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    """Write the file (or, with ``--check``, exit 1 when it is out of date)."""
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text("utf-8") == text else 1)
    TARGET.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
