"""Every command of the spec's command index is a registered class with a strategy.

The list below is the spec's 70 commands (19 scripts), copied from the index of the spec
(``command_index``): the script and the selector parameter that picks the action, or
``None`` for a script's only or default action. The package must not read the index at
runtime, so the test carries it as a literal.
"""

from __future__ import annotations

import typing
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
import smsc_proto.commands as commands_ns
import smsc_proto.strategies as strategies_ns
from smsc_proto._command import _REGISTRY
from smsc_proto.commands import Command

from .conftest import assert_round_trip

_ACTIONS = ("add", "add_group", "chg", "chg_group", "del", "del_group", "get", "get_group")
_BLACK = ("add_black", "del_black", "get_black")
_PHONEBOOK = [
    *((name, "1") for name in _ACTIONS),
    ("move_group", "1"),
    ("move_group", "2"),
    ("move_group", "3"),
    *((name, "1") for name in _BLACK),
]

SPEC_COMMANDS: list[tuple[str, tuple[str, str] | None]] = [
    ("send.php", None),
    ("rest/send", None),
    *(("templates.php", (name, "1")) for name in ("add", "chg", "del", "get")),
    *(("op_templates.php", (name, "1")) for name in ("add", "get")),
    ("ping.php", None),
    *(("jobs.php", (name, "1")) for name in ("add", "del", "cancel", "get", "get_all")),
    ("status.php", None),
    ("status.php", ("del", "1")),
    ("balance.php", None),
    *(("phones.php", selector) for selector in _PHONEBOOK),
    *(("mails.php", selector) for selector in _PHONEBOOK),
    *(("users.php", (name, "1")) for name in ("add", "chg", "pay", "get_stat", "get_stat_all")),
    *(("documents.php", (name, "1")) for name in ("add_account", "get_account", "get_act")),
    *(
        ("senders.php", (name, "1"))
        for name in ("get", "add", "chg", "send_code", "check_code", "del")
    ),
    *(
        ("get.php", (name, "1"))
        for name in ("get_messages", "get_answers", "get_stat", "get_price")
    ),
    ("info.php", ("get_operator", "1")),
    ("tinyurls.php", ("get", "1")),
    *(("receive_phones.php", (name, "1")) for name in ("get", "buy", "chg")),
    ("wait_call.php", None),
    ("imgcode.php", None),
]


def _registered() -> list[type[Command]]:
    return [cls for classes in _REGISTRY.values() for cls in classes]


def test_the_index_has_70_commands_in_19_scripts() -> None:
    assert len(SPEC_COMMANDS) == 70
    assert len({script for script, _ in SPEC_COMMANDS}) == 19


def test_every_spec_command_is_registered_once() -> None:
    registered = sorted(
        ((cls.SCRIPT, cls.SELECTOR) for cls in _registered()), key=lambda p: (p[0], p[1] or ())
    )
    assert registered == sorted(SPEC_COMMANDS, key=lambda p: (p[0], p[1] or ()))


def test_every_command_is_public() -> None:
    for cls in _registered():
        assert getattr(commands_ns, cls.__name__) is cls
        assert cls.__doc__


def _strategy_targets() -> dict[type[Command], Callable[[], st.SearchStrategy[Command]]]:
    """Command class -> the shipped strategy function that generates it.

    Found from each strategy's return annotation (``SearchStrategy[SomeCommand]``).
    """
    targets: dict[type[Command], Callable[[], st.SearchStrategy[Command]]] = {}
    for name in strategies_ns.__all__:
        function = getattr(strategies_ns, name)
        returns = typing.get_type_hints(function).get("return")
        if typing.get_origin(returns) is not st.SearchStrategy:
            continue
        (target,) = typing.get_args(returns)
        if isinstance(target, type) and issubclass(target, Command):
            assert target not in targets, f"{name}: a second strategy for {target.__name__}"
            targets[target] = function
    return targets


def test_every_command_has_a_strategy() -> None:
    missing = {cls.__name__ for cls in _registered()} - {
        cls.__name__ for cls in _strategy_targets()
    }
    assert not missing


_ALL_COMMANDS = st.one_of([function() for function in _strategy_targets().values()])


@pytest.mark.parametrize("cls", _registered(), ids=lambda cls: cls.__name__)
def test_strategy_generates_its_class(cls: type[Command]) -> None:
    @given(_strategy_targets()[cls]())
    def check(command: Command) -> None:
        assert type(command) is cls
        assert_round_trip(command)

    check()


@given(_ALL_COMMANDS)
def test_any_command_round_trips(command: Command) -> None:
    # parse_command(cmd.to_request()) == cmd, and through to_url / to_form /
    # to_multipart / rest JSON with Request.from_url, in the command's charset (the
    # strategies draw windows-1251, koi8-r, utf-8 or none).
    assert_round_trip(command)


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("https://smscentre.com/sys/nope.php?x=1", "script: 'nope.php' is not a known script"),
        ("https://smscentre.com/sys/phones.php?fmt=3", "phones.php: names no action"),
        ("https://smscentre.com/sys/phones.php?add=1&del=1", "selects more than one action"),
        ("https://smscentre.com/sys/balance.php?fmt=9", "fmt: "),
    ],
)
def test_a_request_no_command_accepts(url: str, match: str) -> None:
    # Input from the wire (RemoteProtocolError) and, as the public API names it, a
    # LocalProtocolError: InvalidRequestError is both, so either except clause holds.
    request = sp.Request.from_url(url)
    for error in (sp.InvalidRequestError, sp.RemoteProtocolError, sp.LocalProtocolError):
        with pytest.raises(error, match=match):
            sp.parse_command(request)
