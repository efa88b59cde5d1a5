"""Errors that tell the truth: public modules, and both failures of an unknown outcome."""

from __future__ import annotations

import importlib
import pickle
import traceback
import types

import pytest

import smsc_proto as sp
import smsc_proto.commands
import smsc_proto.emulator
import smsc_proto.responses
import smsc_proto.strategies
import smsc_proto.values
from smsc_proto import commands as c
from smsc_proto import values as v

PSW = "s3cret Пароль"
PHONE = v.parse_phone_list("79999999999")

PUBLIC_NAMESPACES = [
    "smsc_proto",
    "smsc_proto.values",
    "smsc_proto.commands",
    "smsc_proto.responses",
    "smsc_proto.strategies",
    "smsc_proto.emulator",
    "smsc_proto.gateway",
    "transports.requests",
    "transports.urllib3",
    "transports.aiohttp",
    "transports.wsgi",
    "transports.asgi",
    "transports.emulator",
    "transports.pytest_plugin",
]


def _public_exceptions() -> list[tuple[str, type[BaseException]]]:
    found = []
    for name in PUBLIC_NAMESPACES:
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            value = getattr(module, attr)
            if isinstance(value, type) and issubclass(value, BaseException):
                found.append((f"{name}.{attr}", value))
    return found


EXCEPTIONS = _public_exceptions()


def test_the_sweep_finds_the_exceptions() -> None:
    names = {cls.__name__ for _where, cls in EXCEPTIONS}
    assert set(smsc_proto._errors.__all__) <= names


@pytest.mark.parametrize(("where", "cls"), EXCEPTIONS, ids=[w for w, _ in EXCEPTIONS])
def test_public_exceptions_name_a_public_module(where: str, cls: type[BaseException]) -> None:
    # The module a traceback names is one a user imports, and it holds the class.
    assert not any(part.startswith("_") for part in cls.__module__.split(".")), cls.__module__
    assert getattr(importlib.import_module(cls.__module__), cls.__qualname__) is cls


# (error, the first line of its traceback)
TRACEBACKS = [
    (
        sp.GatewayError(2, "Invalid login"),
        "smsc_proto.GatewayError: gateway error 2: Invalid login",
    ),
    (sp.TransportError("no host answered"), "smsc_proto.TransportError: no host answered"),
    (sp.RemoteProtocolError("fmt: bad"), "smsc_proto.RemoteProtocolError: fmt: bad"),
    (sp.HttpStatusError(502), "smsc_proto.HttpStatusError: HTTP status 502"),
]


@pytest.mark.parametrize(
    ("error", "line"), TRACEBACKS, ids=[type(e).__name__ for e, _ in TRACEBACKS]
)
def test_tracebacks_show_the_public_name(error: BaseException, line: str) -> None:
    assert traceback.format_exception_only(type(error), error) == [line + "\n"]
    assert repr(type(error)) == f"<class 'smsc_proto.{type(error).__name__}'>"
    assert type(pickle.loads(pickle.dumps(error))) is type(error)


def test_no_public_exception_lives_elsewhere() -> None:
    # Every SmscProtoError subclass the package defines is exported at the top level.
    def walk(cls: type[BaseException]) -> list[type[BaseException]]:
        found = [cls]
        for child in cls.__subclasses__():
            found += walk(child)
        return found

    ours = [cls for cls in walk(sp.SmscProtoError) if cls.__module__.startswith("smsc_proto")]
    assert all(getattr(sp, cls.__name__, None) is cls for cls in ours), ours
    assert isinstance(smsc_proto, types.ModuleType)


# -- OutcomeUnknownError keeps the send's own failure --------------------------------------------

NOT_FOUND = sp.HttpResponse(200, (), b'{"status":-3}')
ERROR_9 = sp.HttpResponse(200, (), b'{"error":"duplicate","error_code":9}')


def _session() -> sp.Session:
    return sp.Session("alex", PSW, id_factory=lambda: "cid-1")


def _run(command: c.Command, steps: list[sp.HttpResponse | sp.Failure]) -> sp.OutcomeUnknownError:
    exchange = _session().start(command)
    for step in steps:
        request = exchange.next_request()
        assert request is not None
        if isinstance(step, sp.Failure):
            exchange.fail(step, f"boom {PSW} at {request.url}")
        else:
            exchange.receive(step)
    assert exchange.done
    with pytest.raises(sp.OutcomeUnknownError) as info:
        exchange.result()
    return info.value


SEND = c.Send(phones=PHONE, mes="x")

# (label, command, steps, in failure, in reconciliation)
OUTCOMES = [
    (
        "lost, then status.php does not know",
        SEND,
        [sp.Failure.LOST, NOT_FOUND],
        "smscentre.com: lost: boom ***",
        "status.php does not know the message (yet)",
    ),
    (
        "lost, then status.php unreachable everywhere",
        SEND,
        [sp.Failure.LOST, sp.Failure.LOST, sp.Failure.CONNECT],
        "smscentre.com: lost: boom ***",
        "status.php; www2.smscentre.com: connect: boom ***",
    ),
    (
        "5xx, then a gateway error from status.php",
        SEND,
        [sp.HttpResponse(503, (), b""), ERROR_9],
        "smscentre.com: HTTP status 503",
        "smscentre.com: status.php: gateway error 9: duplicate",
    ),
    (
        "an unreadable reply, then status.php does not know",
        SEND,
        [sp.HttpResponse(200, (), b"<html>proxy</html>"), NOT_FOUND],
        "smscentre.com: unreadable reply",
        "status.php does not know",
    ),
    (
        "lost, and no recipient to ask about",
        c.Send(phones=v.parse_phone_list("G5"), mes="x"),
        [sp.Failure.LOST],
        "smscentre.com: lost: boom ***",
        "no recipient status.php could be asked about",
    ),
    (
        "a change whose reply was lost: nothing to reconcile",
        c.PhonesAddGroup(name="g"),
        [sp.HttpResponse(500, (), b"")],
        "smscentre.com: HTTP status 500",
        "",
    ),
]


@pytest.mark.parametrize(
    ("label", "command", "steps", "failure", "reconciliation"),
    OUTCOMES,
    ids=[o[0] for o in OUTCOMES],
)
def test_outcome_unknown_keeps_both_failures(
    label: str,
    command: c.Command,
    steps: list[sp.HttpResponse | sp.Failure],
    failure: str,
    reconciliation: str,
) -> None:
    error = _run(command, steps)
    assert failure in error.failure
    assert reconciliation in error.reconciliation
    if not reconciliation:
        assert error.reconciliation == ""
    # Both in the message too, secrets masked.
    assert error.failure in str(error)
    assert error.reconciliation in str(error)
    for text in (str(error), repr(error), error.failure, error.reconciliation):
        assert PSW not in text
        assert "psw=s3cret" not in text
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.failure, copy.reconciliation, copy.id) == (
        error.failure,
        error.reconciliation,
        error.id,
    )
