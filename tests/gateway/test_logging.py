"""One log line per exchange on ``smsc_proto.gateway``, never a password or key.

Canary secrets travel in every place a request can carry them -- the query, a form
body, a JSON body, an unreadable request, a handler's exception -- and none reaches the
log.
"""

from __future__ import annotations

import logging

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Context, Gateway

PSW = "canary-psw-7f3a"
KEY = "canary-key-91c2"
FORM = sp.FORM_CONTENT_TYPE


def _gateway() -> Gateway[str]:
    def authenticate(credentials: c.Credentials, context: Context[None]) -> str | None:
        return "ok" if credentials.psw == PSW or credentials.apikey == KEY else None

    gateway = Gateway(authenticate=authenticate)

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[str]) -> r.SendReply:
        if command.mes == "crash":
            # A careless handler that quotes the request in its exception.
            raise RuntimeError(f"cannot send {context.http.url} ({command.credentials!r})")
        if command.mes == "refuse":
            raise sp.GatewayError(6, "Forbidden.")
        return r.SendReply(id=1, cnt=1)

    return gateway


# (request, how its log line starts, the row's name)
EXCHANGES: list[tuple[sp.HttpRequest, str, str]] = [
    (
        sp.HttpRequest("GET", f"/sys/send.php?login=alex&psw={PSW}&phones=7999&mes=hi&fmt=2"),
        "GET send.php Send login=alex fmt=2 peer=198.51.100.7 -> 200 ok",
        "query",
    ),
    (
        sp.HttpRequest(
            "POST",
            "/sys/send.php",
            (("Content-Type", FORM),),
            f"login=alex&psw={PSW}&phones=7999&mes=refuse&fmt=3".encode(),
        ),
        "POST send.php Send login=alex fmt=3 peer=198.51.100.7 -> 200 error 6",
        "form body",
    ),
    (
        sp.HttpRequest(
            "POST",
            "/rest/send/",
            (("Content-Type", "application/json"),),
            f'{{"login":"alex","psw":"{PSW}","phones":"7999","mes":"hi"}}'.encode(),
        ),
        "POST rest/send RestSend login=alex fmt=0 peer=198.51.100.7 -> 200 error 1 (no handler)",
        "json body",
    ),
    (
        sp.HttpRequest("GET", f"/sys/send.php?apikey={KEY}&phones=7999&mes=hi&fmt=1"),
        "GET send.php Send login=(apikey) fmt=1 peer=198.51.100.7 -> 200 ok",
        "apikey",
    ),
    (
        sp.HttpRequest(
            "GET", "/sys/send.php?login=alex&psw=wrong-" + PSW[:4] + "&phones=7999&mes=x"
        ),
        "GET send.php Send login=alex fmt=0 peer=198.51.100.7 -> 200 error 2",
        "refused",
    ),
    (
        sp.HttpRequest("GET", f"/sys/send.php?login=alex&psw={PSW}&phones=abc&mes=hi&fmt=1"),
        "GET send.php - login=- fmt=1 peer=198.51.100.7 -> 200 error 1 (unreadable: phones:",
        "unreadable",
    ),
    (
        sp.HttpRequest("GET", f"/sys/send.php?login=alex&psw={PSW}&psw=again&phones=7&mes=x"),
        "GET send.php - login=- fmt=0 peer=198.51.100.7 -> 200 error 1 (unreadable: psw:",
        "secret given twice",
    ),
    (
        sp.HttpRequest("GET", f"/elsewhere?psw={PSW}"),
        "GET - - login=- fmt=0 peer=198.51.100.7 -> 404 not a gateway path",
        "404",
    ),
    (
        sp.HttpRequest("GET", f"/sys/send.php?login=alex&psw={PSW}&phones=7999&mes=crash"),
        "GET send.php Send login=alex fmt=0 peer=198.51.100.7 -> 500 failed: RuntimeError",
        "crash",
    ),
]


@pytest.mark.parametrize(
    ("request_", "line", "name"), EXCHANGES, ids=[name for _, _, name in EXCHANGES]
)
def test_one_masked_line_per_exchange(
    caplog: pytest.LogCaptureFixture, request_: sp.HttpRequest, line: str, name: str
) -> None:
    caplog.set_level(logging.INFO, logger="smsc_proto.gateway")
    _gateway().respond(request_, peer="198.51.100.7")
    info = [rec for rec in caplog.records if rec.levelno == logging.INFO]
    assert len(info) == 1, [rec.getMessage() for rec in caplog.records]
    (record,) = info
    assert record.name == "smsc_proto.gateway"
    message = record.getMessage()
    assert message.startswith(line), message
    assert message.endswith(" ms)")
    for secret in (PSW, KEY, PSW[:4] + "-"):
        assert secret not in caplog.text


def test_a_failure_is_logged_with_its_traceback_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="smsc_proto.gateway")
    url = f"/sys/send.php?login=alex&psw={PSW}&phones=7999&mes=crash"
    _gateway().respond(sp.HttpRequest("GET", url))
    (error,) = [rec for rec in caplog.records if rec.levelno == logging.ERROR]
    message = error.getMessage()
    assert "Traceback" in message
    assert "RuntimeError: cannot send /sys/send.php?login=alex&psw=***" in message
    assert PSW not in caplog.text


def test_nothing_is_logged_below_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="smsc_proto.gateway")
    gateway = _gateway()
    gateway.respond(sp.HttpRequest("GET", f"/sys/send.php?login=alex&psw={PSW}&phones=7&mes=x"))
    assert caplog.records == []
