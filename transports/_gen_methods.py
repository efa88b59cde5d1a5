"""Write ``transports/_methods.py`` from the command registry.

Run ``python -m transports._gen_methods``.

One method per command, named after its class in snake case (``StatusQuery`` ->
``status_query``), on a sync and an async mixin. Each is an ordinary ``def`` with the
command's real signature -- its fields as keyword-only parameters with their types and
defaults, the natural inputs the constructor also converts (:attr:`Codec.accepts
<smsc_proto._command.Codec.accepts>`) -- the command's docstring, and the command's
reply type as its return type. So ``inspect.signature`` and ``help()`` show them and
mypy checks them as any other method. ``tests/transports/test_methods.py`` fails when the
file is out of date.
"""

from __future__ import annotations

import builtins
import dataclasses
import inspect
import re
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Final

import smsc_proto.commands
from smsc_proto import CallKind
from smsc_proto._command import _declared

TARGET = Path(__file__).with_name("_methods.py")

#: The fields every command shares: listed after the command's own.
SHARED: Final = ("fmt", "charset", "credentials", "extra")

#: Defaults the client methods choose differently from the command classes, and why.
#: send() reports the cost (``cost=2``: "send and report the cost", spec line 128) so
#: that its reply carries the id and the cost together; it is the same send, no extra
#: request and no extra charge. Pass ``cost=0`` (or ``None``) for the gateway's default.
CLIENT_DEFAULTS: Final[dict[str, dict[str, object]]] = {
    "Send": {"cost": 2},
    "RestSend": {"cost": 2},
}

#: Where the generated file imports the names its annotations use from, in order.
_HOMES: Final = (
    "smsc_proto.commands",
    "smsc_proto.responses",
    "smsc_proto.values",
    "smsc_proto",
    "collections.abc",
    "datetime",
    "decimal",
)
#: Unions the signatures spell by their public alias, to stay readable.
_ALIASES: Final = {"SendAt | SendAtHours | SendAtTimestamp | SendAfter | SendNow": "SendTime"}
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ROLE: Final = re.compile(r":(class|meth|attr|func|data|exc|obj):`([^`<>]+)`")


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


def reply_annotation(cls: type) -> str:
    """The ``R`` of the ``Command[R]`` that ``cls`` derives from, as written there."""
    for klass in cls.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            origin = typing.get_origin(base)
            if not (isinstance(origin, type) and issubclass(origin, smsc_proto.commands.Command)):
                continue
            (argument,) = typing.get_args(base)
            if isinstance(argument, typing.TypeVar):
                continue
            if isinstance(argument, typing.ForwardRef):
                return argument.__forward_arg__
            return str(argument.__name__)
    raise ValueError(f"{cls.__name__}: no Command[...] declares its reply")


@dataclasses.dataclass(frozen=True)
class Parameter:
    """One keyword-only parameter of a generated method."""

    name: str
    annotation: str
    default: object = dataclasses.MISSING

    def render(self) -> str:
        """``name: annotation = default``."""
        if self.default is dataclasses.MISSING:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} = {self.default!r}"


def parameters(cls: type) -> list[Parameter]:
    """The command's fields as parameters: its own in order, then the shared ones.

    A field whose codec converts natural inputs (``accepts``) takes them in the
    signature too: ``phones: PhoneList | str | Sequence[str | Recipient] | None``.
    """
    accepts = {f.name: codec.accepts for f, codec, _wire in _declared(cls)}
    overrides = CLIENT_DEFAULTS.get(cls.__name__, {})
    fields = dataclasses.fields(cls)
    ordered = [f for f in fields if f.name not in SHARED]
    ordered += sorted((f for f in fields if f.name in SHARED), key=lambda f: SHARED.index(f.name))
    result = []
    for f in ordered:
        annotation = str(f.type)
        for union, alias in _ALIASES.items():
            annotation = annotation.replace(union, alias)
        extra = accepts.get(f.name)
        if extra:
            if annotation.endswith(" | None"):
                annotation = f"{annotation[: -len(' | None')]} | {extra} | None"
            else:
                annotation = f"{annotation} | {extra}"
        default = overrides.get(f.name, f.default)
        result.append(Parameter(f.name, annotation, default))
    return result


def _qualify(cls: type, doc: str) -> str:
    """``doc`` with its short cross-references made absolute.

    The command's docstring says ``:attr:`list_entries``` and ``:class:`StatusQuery```;
    on a client method they must name ``smsc_proto.commands.Send.list_entries``.
    """

    def fix(match: re.Match[str]) -> str:
        role, target = match.groups()
        if target.startswith(("~", ".", "!", "smsc_proto")):
            return match.group(0)
        first = target.split(".")[0]
        if first in {f.name for f in dataclasses.fields(cls)} or hasattr(cls, first):
            where = f"smsc_proto.commands.{cls.__name__}"
        else:
            where = next((home for home in _HOMES[:4] if hasattr(sys.modules[home], first)), "")
        if not where:
            return match.group(0)
        return f":{role}:`~{where}.{target}`"

    return _ROLE.sub(fix, doc)


def docstring(cls: type, reply: str) -> str:
    """The method's docstring: the command's, then what the method adds."""
    doc = _qualify(cls, inspect.cleandoc(cls.__doc__ or ""))
    overrides = CLIENT_DEFAULTS.get(cls.__name__, {})
    note = (
        f"The client method builds :class:`~smsc_proto.commands.{cls.__name__}` from its "
        "arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every "
        "command's, :class:`~smsc_proto.commands.Command`) and returns "
        f"``call(command)``'s result, a ``{reply}``."
    )
    if overrides:
        chosen = ", ".join(f"``{k}={v!r}``" for k, v in overrides.items())
        note += f" It asks {chosen} unless told otherwise (the command's default is None)."
    return f"{doc}\n\n{note}"


def _docstring_lines(text: str, indent: str) -> list[str]:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.split("\n")
    out = [f'{indent}"""{lines[0]}']
    out += [f"{indent}{line}" if line else "" for line in lines[1:]]
    out.append(f'{indent}"""')
    return out


def _names(annotation: str) -> set[str]:
    return {
        name for name in _NAME.findall(annotation) if name != "None" and not hasattr(builtins, name)
    }


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order of imported names: CONSTANTS, then Classes, then the rest."""
    rank = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return rank, name.lower()


def _home(name: str) -> str:
    for home in _HOMES:
        module: ModuleType = sys.modules.get(home) or __import__(home, fromlist=["_"])
        if hasattr(module, name):
            return home
    raise LookupError(f"{name}: not found in {', '.join(_HOMES)}")


def _method(cls: type, asynchronous: bool) -> list[str]:
    name = cls.__name__
    reply = reply_annotation(cls)
    head = "async def" if asynchronous else "def"
    call = "await self.call" if asynchronous else "self.call"
    lines = [f"    {head} {method_name(name)}(", "        self,", "        *,"]
    lines += [f"        {p.render()}," for p in parameters(cls)]
    lines.append(f"    ) -> {reply}:")
    lines += _docstring_lines(docstring(cls, reply), "        ")
    lines.append(f"        return {call}(_build({name}, locals()))")
    return lines


def render() -> str:
    """The text of ``_methods.py``."""
    classes = [getattr(smsc_proto.commands, name) for name in command_names()]
    used: set[str] = {"Command"}
    for cls in classes:
        used |= _names(reply_annotation(cls)) | {cls.__name__}
        for p in parameters(cls):
            used |= _names(p.annotation)
    by_home: dict[str, list[str]] = {"typing": ["TYPE_CHECKING", "TypeVar"]}
    for name in sorted(used):
        by_home.setdefault(_home(name), []).append(name)
    imports: list[str] = []
    # isort's layout (ruff I001): the standard library, then this project, each sorted.
    for first_party in (False, True):
        imports.append("")
        for home in sorted(h for h in by_home if h.startswith("smsc_proto") is first_party):
            imports.append(f"from {home} import (")
            imports += [f"    {n}," for n in sorted(by_home[home], key=_isort_key)]
            imports.append(")")
    lines = [
        '"""One method per command, for the sync and the async clients (generated).',
        "",
        "Do not edit: ``python -m transports._gen_methods`` writes this file from the",
        "command registry. ``client.send(phones=..., mes=...)`` builds ``Send(phones=...,",
        "mes=...)`` and returns ``client.call(...)``'s result. Each method's body passes",
        "its arguments -- ``locals()``, which holds nothing else yet -- to the command.",
        '"""',
        "",
        "from __future__ import annotations",
        *imports,
        "",
        "from ._common import build as _build",
        "",
        '__all__ = ["AsyncCommands", "SyncCommands"]',
        "",
        'R = TypeVar("R")',
        "",
    ]
    for mixin, asynchronous in (("SyncCommands", False), ("AsyncCommands", True)):
        kind = "awaitable " if asynchronous else ""
        lines += [
            "",
            f"class {mixin}:",
            f'    """One method per command, each a call of the {kind}``call(command)``."""',
            "",
            "    if TYPE_CHECKING:",
            "",
            f"        {'async def' if asynchronous else 'def'} call("
            "self, command: Command[R]) -> R: ...",
        ]
        for cls in classes:
            lines += ["", *_method(cls, asynchronous)]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    """Write the file (or, with ``--check``, exit 1 when it is out of date)."""
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text("utf-8") == text else 1)
    TARGET.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
