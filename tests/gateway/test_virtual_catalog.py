"""Every command of the 19 scripts is answered by the virtual gateway: a value or one of
the gateway's errors, never the fallback's "not emulated" -- in every fmt.

Each registered command class (:mod:`smsc_proto.commands`) is drawn by its own shipped
strategy (:func:`smsc_proto.strategies.command_strategies`) and sent through a real
:class:`~smsc_proto.Session`. The fallback stays as a guard for a command added later:
the last tests show it answering a command the gateway has no handler for.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto._command import Command
from smsc_proto._replies._registry import table_of
from smsc_proto.gateway import VirtualGateway, _virtual, _virtual_tinyurls
from smsc_proto.strategies import command_strategies

from .virtual_support import SECRET, call, gateway

#: Every command class the package registers (``parse_command`` reaches them).
COMMANDS = sorted(
    (
        value
        for name in c.__all__
        if isinstance(value := getattr(c, name), type)
        and issubclass(value, Command)
        and value is not Command
    ),
    key=lambda cls: (cls.SCRIPT, cls.__name__),
)
#: Answered before authentication (its reply type is NoReturn: no session sends it).
BROWSER_ONLY = {c.ImgcodeImage}
#: Codes a script answers that its error table lacks but the spec shows elsewhere:
#: INC-55, the captcha example (line 3758) reads send.php's ``-10`` as a wrong code.
ELSEWHERE = {"send.php": {10}, "rest/send": {10}}


def test_every_command_class_has_a_strategy() -> None:
    # A command added later without a strategy would escape the catalog below.
    assert len(COMMANDS) == 70
    assert set(command_strategies()) == set(COMMANDS)


def answered(virtual: VirtualGateway, session: sp.Session, command: Command[Any]) -> Any:
    """The reply, or the GatewayError the gateway answered with (returned)."""
    try:
        return call(virtual, session, command)
    except sp.GatewayError as error:
        return error


@pytest.mark.parametrize(
    "cls", [cls for cls in COMMANDS if cls not in BROWSER_ONLY], ids=lambda cls: cls.__name__
)
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_command_is_answered_from_state(cls: type[Command[Any]], data: st.DataObject) -> None:
    command = data.draw(command_strategies()[cls](), label=cls.__name__)
    # The session's credentials stand for the command's own (a sub-account's login and
    # password drawn at random would be error 2, answered before any handler).
    # The session's fmt and charset stand for the command's own: fmt is drawn below,
    # utf-8 carries whatever text the strategy drew.
    try:
        command = dataclasses.replace(command, credentials=None, fmt=None, charset=None)
    except sp.LocalProtocolError:
        # The command's own fmt is part of it (senders.php's files=1 only with fmt=2/3,
        # line 2669): it is kept, and the session's fmt does not apply.
        command = dataclasses.replace(command, credentials=None, charset=None)
    virtual = gateway(balance=Decimal("1000.00"))
    fmt = data.draw(st.sampled_from([0, 1, 2, 3]), label="fmt")
    session = sp.Session("alex", SECRET, fmt=fmt, charset="utf-8")
    reply = answered(virtual, session, command)
    if isinstance(reply, sp.GatewayError):
        assert "not emulated" not in reply.description, (command, reply)
        # One of the codes the script documents; the kit's error 1 for a request the
        # command cannot be is in every table.
        documented = set(table_of(cls).meanings) | ELSEWHERE.get(cls.SCRIPT, set())
        assert reply.code in documented, (command, reply)


@settings(max_examples=4, deadline=None)
@given(command=command_strategies()[c.ImgcodeImage]())
def test_imgcode_is_answered_with_an_image(command: c.ImgcodeImage) -> None:
    virtual = gateway()
    # A browser's URL: text its charset lacks is sent as UTF-8, as a browser would.
    url = command.to_request().to_url(
        base="https://smscentre.com/sys/", unencodable=sp.Unencodable.UTF8
    )
    response = virtual.respond(sp.HttpRequest("GET", url, (), b""), peer="198.51.100.7")
    assert (response.status, response.header("Content-Type")) == (200, "image/png")


# -- the fallback: a guard for a command no module answers ---------------------------------


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_a_command_without_a_handler_gets_error_1_not_emulated(
    fmt: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A gateway built without tinyurls.php's module stands for a command added to the
    # package before its emulation: the kit parses it, no handler answers it, and the
    # fallback says so with spec line 212's "1 Error in parameters." -- never a made-up
    # reply, never an HTTP 500.
    scripts = tuple(module for module in _virtual._SCRIPTS if module is not _virtual_tinyurls)
    monkeypatch.setattr(_virtual, "_SCRIPTS", scripts)
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset="utf-8")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session, c.TinyurlsGet(id=1))
    assert info.value.code == 1
    if fmt != 1:  # fmt=1 writes the code alone ("0,-N")
        assert info.value.description.endswith("tinyurls.php TinyurlsGet is not emulated.")
