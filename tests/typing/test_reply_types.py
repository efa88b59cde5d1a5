"""The reply types at run time: declared for every command, and true of every decoded row.

``reply_types.py`` beside this module is for mypy only. Here the same declarations are
read back from the classes (``Balance`` is ``Command["BalanceReply"]``) and held to what
the decoders return for every (command, body) row of ``tests/responses``: a declaration
that names the wrong model, or forgets the list of a many-record reply, fails here.
"""

from __future__ import annotations

import ast
import sys
import types
import typing
from pathlib import Path
from typing import Any, Final, ForwardRef, NoReturn, TypeVar

import pytest

import smsc_proto.commands as c
from smsc_proto import CallKind
from smsc_proto.commands import Command
from smsc_proto.responses import BalanceReply, PingReply
from smsc_proto.values import parse_phone_list
from tests.responses.test_variants import Row, _decode, _rows
from tests.typing import reply_types
from transports._gen_methods import command_names, method_name

COMMANDS: Final = sorted(
    (
        cls
        for name in c.__all__
        if isinstance(cls := getattr(c, name), type)
        and issubclass(cls, Command)
        and cls is not Command
    ),
    key=lambda cls: cls.__name__,
)


def reply_type(cls: type[Command]) -> Any:
    """The ``R`` of the ``Command[R]`` that ``cls`` derives from, its names resolved.

    The first concrete type argument up the MRO: a private base such as
    ``_StatusFields(Command[ReplyT])`` passes its parameter on, and the command fills it
    in (``StatusQuery(_StatusFields["StatusRecord | list[StatusRecord]"])``).
    """
    for klass in cls.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            origin = typing.get_origin(base)
            if not (isinstance(origin, type) and issubclass(origin, Command)):
                continue
            (argument,) = typing.get_args(base)
            if isinstance(argument, TypeVar):
                continue
            if isinstance(argument, ForwardRef):
                namespace = vars(sys.modules[klass.__module__])
                return eval(argument.__forward_arg__, namespace)
            return argument
    raise AssertionError(f"{cls.__name__}: no Command[...] declares its reply")


def conforms(value: object, declared: Any) -> bool:
    """Whether ``value`` is of type ``declared`` (classes, ``list[...]``, unions)."""
    if declared is NoReturn:
        return False
    origin = typing.get_origin(declared)
    if origin is typing.Union or origin is types.UnionType:
        return any(conforms(value, option) for option in typing.get_args(declared))
    if origin is list:
        (item,) = typing.get_args(declared)
        return isinstance(value, list) and all(conforms(v, item) for v in value)
    return isinstance(declared, type) and isinstance(value, declared)


def test_the_command_list_is_complete() -> None:
    assert len(COMMANDS) == 70


@pytest.mark.parametrize("cls", COMMANDS, ids=lambda cls: cls.__name__)
def test_every_command_declares_a_precise_reply(cls: type[Command]) -> None:
    declared = reply_type(cls)
    # Command[Any] would type every caller's reply as Any again.
    assert declared is not Any
    flat = [declared]
    while flat:
        part = flat.pop()
        assert part is not Any, f"{cls.__name__}: Any inside {declared}"
        flat += typing.get_args(part)
    if cls.KIND is CallKind.BROWSER_URL:
        # The end user's browser loads the image; every decoder refuses it.
        assert declared is NoReturn
    else:
        assert declared is not NoReturn


def test_a_bare_command_is_refused() -> None:
    # The check above is not vacuous: a command without Command[...] has no reply type.
    class Bare(Command):
        pass

    with pytest.raises(AssertionError, match="no Command"):
        reply_type(Bare)


_PHONE: Final = parse_phone_list("79999999999")


def _extra(command: Command, body: bytes) -> Row:
    return Row("extra", None, command, body, None, None)


# rest/send has no rows of its own in tests/responses: its replies are send.php's
# (QUIRKS INC-66).
ROWS: Final = [
    *_rows("CASES"),
    _extra(c.RestSend(phones=_PHONE, mes="x", fmt=3), b'{"id":1,"cnt":1}'),
    _extra(c.RestSend(phones=_PHONE, mes="x", cost=1), b"1.40 (1 SMS)"),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_decoded_rows_have_the_declared_type(row: Row) -> None:
    reply = _decode(row)
    declared = reply_type(type(row.command))
    assert conforms(reply, declared), f"{type(reply).__name__} is not {declared}"


def test_every_command_has_rows() -> None:
    decoded = {type(row.command) for row in ROWS}
    browser = {cls for cls in COMMANDS if cls.KIND is CallKind.BROWSER_URL}
    assert decoded | browser == set(COMMANDS)


@pytest.mark.parametrize(
    ("value", "declared", "fits"),
    [
        (BalanceReply(), BalanceReply, True),
        (BalanceReply(), PingReply, False),
        ([BalanceReply()], list[BalanceReply], True),
        ([BalanceReply(), PingReply()], list[BalanceReply], False),
        (BalanceReply(), list[BalanceReply], False),
        ([PingReply()], BalanceReply | list[PingReply], True),
        (PingReply(), BalanceReply | list[PingReply], False),
        (None, NoReturn, False),
    ],
)
def test_conforms(value: object, declared: Any, fits: bool) -> None:
    assert conforms(value, declared) is fits


# -- reply_types.py covers every command through every route


def _functions() -> dict[str, ast.AsyncFunctionDef | ast.FunctionDef]:
    tree = ast.parse(Path(reply_types.__file__).read_text("utf-8"))
    return {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _checked(function: ast.AST) -> set[str]:
    """The command classes and client methods whose result ``function`` asserts."""
    names: set[str] = set()
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "assert_type"):
            continue
        for inner in ast.walk(node.args[0]):
            if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name):
                names.add(inner.func.id)
            if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                names.add(inner.func.attr)
    return names


@pytest.mark.parametrize(
    ("function", "by_method"),
    [("decoded", False), ("finished", False), ("called", True), ("awaited", True)],
)
def test_reply_types_covers_every_command(function: str, by_method: bool) -> None:
    wanted = {method_name(n) if by_method else n for n in command_names()}
    assert wanted <= _checked(_functions()[function])


def test_reply_types_covers_the_browser_url() -> None:
    assert "ImgcodeImage" in _checked(_functions()["browser_url"])
