"""The three adapters against a real HTTP server on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import ssl
import traceback
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
import requests
import urllib3

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v
from transports.aiohttp import AsyncClient
from transports.requests import Client as RequestsClient
from transports.urllib3 import Client as Urllib3Client

from .conftest import (
    ADAPTERS,
    CANARY,
    PDF,
    TLS_CERT,
    Gateway,
    TlsGateway,
    run_calls,
    session_for,
)

pytestmark = pytest.mark.parametrize("adapter", ADAPTERS)

PHONE = v.parse_phone_list("79999999999")


def _ids() -> Any:
    counter = itertools.count(1)
    return lambda: f"test-{next(counter)}"


def test_send_status_balance(adapter: str, gateway: Gateway) -> None:
    session = session_for(gateway.host, id_factory=_ids())
    send, status, balance = run_calls(
        adapter,
        session,
        [
            c.Send(phones=PHONE, mes="Hello"),
            c.StatusQuery(phone=PHONE, id="test-1"),
            c.Balance(),
        ],
    )
    assert send == r.SendReply(id="test-1", cnt=1)
    assert isinstance(status, r.SmsStatusReply)
    assert status.status == 1
    assert balance == r.BalanceReply(balance=Decimal("12.50"))
    assert [type(s.command) for s in gateway.seen] == [c.Send, c.StatusQuery, c.Balance]
    for seen in gateway.seen:
        # POST with a form body: no credential in any URL.
        assert seen.method == "POST"
        assert "psw" not in seen.path
        assert seen.request.params["psw"] == CANARY
        assert seen.request.params["fmt"] == "3"
        assert seen.request.params["charset"] == "utf-8"


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_balance_in_each_fmt(adapter: str, fmt: int, gateway: Gateway) -> None:
    (balance,) = run_calls(adapter, session_for(gateway.host, fmt=fmt), [c.Balance()])
    assert balance == r.BalanceReply(balance=Decimal("12.50"))
    assert gateway.seen[0].request.params["fmt"] == str(fmt)


def test_connection_is_reused(adapter: str, gateway: Gateway) -> None:
    run_calls(adapter, session_for(gateway.host), [c.Balance(), c.Balance(), c.Balance()])
    assert len({seen.port for seen in gateway.seen}) == 1


def test_list_send_of_1000_lines(adapter: str, gateway: Gateway) -> None:
    entries = [
        v.ListEntry(phones=v.parse_phone_list(f"7999{n:07d}"), message=f"Привет, №{n} 🎉")
        for n in range(1000)
    ]
    text = v.format_list(entries)
    (reply,) = run_calls(adapter, session_for(gateway.host, id_factory=_ids()), [c.Send(list=text)])
    assert reply == r.SendReply(id="test-1", cnt=1000)
    (seen,) = gateway.seen
    assert isinstance(seen.command, c.Send)
    assert seen.command.list == text


def test_multipart_attachments(adapter: str, gateway: Gateway) -> None:
    files = (
        sp.Attachment(
            name="file0",
            filename="photo.png",
            content=b"\x89PNG\r\n" + bytes(range(256)),
            content_type="image/png",
        ),
        sp.Attachment(name="file1", filename="заметка.txt", content="текст".encode()),
    )
    command = c.Send(phones=PHONE, mes="Смотри <file 1> <file 2>", mms=True, attachments=files)
    (reply,) = run_calls(adapter, session_for(gateway.host, id_factory=_ids()), [command])
    assert reply.id == "test-1"
    (seen,) = gateway.seen
    assert seen.request.attachments == files
    assert seen.request.params["mes"] == "Смотри <file 1> <file 2>"
    assert seen.request.params["psw"] == CANARY


def test_pdf_download(adapter: str, gateway: Gateway) -> None:
    (reply,) = run_calls(
        adapter, session_for(gateway.host), [c.DocumentsGetAccount(user="bob", id=5)]
    )
    assert reply == r.DocumentsFileReply(pdf=PDF)


@pytest.mark.parametrize("charset", sp.CHARSETS)
def test_cyrillic_in_each_charset(adapter: str, charset: str, gateway: Gateway) -> None:
    session = session_for(gateway.host, charset=charset, fmt=0, id_factory=_ids())
    (reply,) = run_calls(adapter, session, [c.Send(phones=PHONE, mes="Съешь же ещё этих булок")])
    assert reply == r.SendReply(id="test-1", cnt=1)
    (seen,) = gateway.seen
    assert seen.request.charset == charset
    assert seen.request.params["mes"] == "Съешь же ещё этих булок"


@pytest.mark.parametrize("charset", sp.CHARSETS)
def test_emoji_in_each_charset(adapter: str, charset: str, gateway: Gateway) -> None:
    text = "Привет 🎄👍🏽"
    refusing = session_for(gateway.host, charset=charset)
    (outcome,) = run_calls(adapter, refusing, [c.Send(phones=PHONE, mes=text)])
    if charset == "utf-8":
        assert isinstance(outcome, r.SendReply)
    else:
        # windows-1251 and koi8-r cannot carry an emoji: refused before any I/O.
        assert isinstance(outcome, sp.LocalProtocolError)
        assert gateway.seen == []
    moving = session_for(gateway.host, charset=charset, unencodable=sp.Unencodable.UTF8)
    (outcome,) = run_calls(adapter, moving, [c.Send(phones=PHONE, mes=text)])
    assert isinstance(outcome, r.SendReply)
    seen = gateway.seen[-1]
    assert seen.request.charset == "utf-8"
    assert seen.request.params["mes"] == text


def test_timeout_on_a_read(adapter: str, gateway: Gateway) -> None:
    gateway.modes["balance.php"] = "hang"
    (outcome,) = run_calls(adapter, session_for(gateway.host), [c.Balance()], timeout=0.2)
    assert type(outcome) is sp.TransportError
    assert "lost" in str(outcome)
    assert len(gateway.seen) == 1


def test_refused_main_host_then_backup_for_a_read(
    adapter: str, gateway: Gateway, dead_host: str
) -> None:
    (reply,) = run_calls(adapter, session_for(dead_host, gateway.host), [c.Balance()])
    assert reply == r.BalanceReply(balance=Decimal("12.50"))
    assert len(gateway.seen) == 1


def test_refused_everywhere(adapter: str, dead_host: str) -> None:
    (outcome,) = run_calls(adapter, session_for(dead_host, dead_host), [c.Balance()])
    assert type(outcome) is sp.TransportError
    assert len(outcome.attempts) == 2
    assert all(": connect: " in line for line in outcome.attempts)


def test_refused_main_host_then_backup_for_a_send(
    adapter: str, gateway: Gateway, dead_host: str
) -> None:
    # A refused connection sent nothing: even a message may go to the backup host.
    session = session_for(dead_host, gateway.host, id_factory=_ids())
    (reply,) = run_calls(adapter, session, [c.Send(phones=PHONE, mes="x")])
    assert reply == r.SendReply(id="test-1", cnt=1)
    assert len(gateway.of(c.Send)) == 1


def test_lost_send_reply_is_reconciled(adapter: str, gateway: Gateway) -> None:
    gateway.modes["send.php"] = "drop"
    session = session_for(gateway.host, gateway.host, id_factory=_ids())
    (reply,) = run_calls(adapter, session, [c.Send(phones=PHONE, mes="once")])
    assert reply == r.SendReply(id="test-1")
    assert len(gateway.of(c.Send)) == 1  # never twice, though a backup host exists
    (status,) = gateway.of(c.StatusQuery)
    assert isinstance(status.command, c.StatusQuery)
    assert status.command.id == "test-1"
    assert [type(s.command) for s in gateway.seen] == [c.Send, c.StatusQuery]


def test_send_timeout_is_reconciled(adapter: str, gateway: Gateway) -> None:
    gateway.modes["send.php"] = "hang"
    session = session_for(gateway.host, id_factory=_ids())
    (reply,) = run_calls(adapter, session, [c.Send(phones=PHONE, mes="slow")], timeout=0.2)
    # The gateway never acted on it (it hangs before recording): status.php says -3.
    assert isinstance(reply, sp.OutcomeUnknownError)
    assert reply.id == "test-1"
    assert "status.php does not know" in str(reply)
    assert len(gateway.of(c.Send)) == 1


def test_send_500_is_reconciled_and_unknown_when_status_fails(
    adapter: str, gateway: Gateway
) -> None:
    gateway.modes["send.php"] = "500"
    gateway.modes["status.php"] = "error9"
    (outcome,) = run_calls(adapter, session_for(gateway.host), [c.Send(phones=PHONE, mes="x")])
    assert type(outcome) is sp.OutcomeUnknownError
    assert outcome.command == "Send"
    assert isinstance(outcome.id, str)
    assert outcome.id.startswith("sp-")
    assert [type(s.command) for s in gateway.seen] == [c.Send, c.StatusQuery]


def test_lost_reply_of_a_change_is_not_repeated(adapter: str, gateway: Gateway) -> None:
    gateway.modes["phones.php"] = "drop"
    session = session_for(gateway.host, gateway.host)
    (outcome,) = run_calls(adapter, session, [c.PhonesAddGroup(name="friends")])
    assert type(outcome) is sp.OutcomeUnknownError
    assert outcome.id is None
    assert len(gateway.seen) == 1


@pytest.mark.parametrize(
    ("mode", "error"), [("error4", sp.IpBlockedError), ("error9", sp.TooManyRequestsError)]
)
def test_typed_gateway_errors_are_not_retried(
    adapter: str, mode: str, error: type[sp.GatewayError], gateway: Gateway
) -> None:
    gateway.modes["balance.php"] = mode
    (outcome,) = run_calls(adapter, session_for(gateway.host, gateway.host), [c.Balance()])
    assert type(outcome) is error
    assert len(gateway.seen) == 1


def test_read_fails_over_on_500(adapter: str, gateway: Gateway) -> None:
    gateway.modes["balance.php"] = "500"
    (outcome,) = run_calls(adapter, session_for(gateway.host, gateway.host), [c.Balance()])
    assert type(outcome) is sp.HttpStatusError
    assert outcome.status == 500
    assert len(gateway.seen) == 2


def _texts(error: BaseException) -> list[str]:
    texts = ["".join(traceback.format_exception(error)), repr(error), repr(error.args)]
    texts += [repr(vars(error))] if hasattr(error, "__dict__") else []
    return texts


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_canary_never_leaks(
    adapter: str, method: str, gateway: Gateway, dead_host: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway.modes["send.php"] = "drop"
    gateway.modes["status.php"] = "hang"
    gateway.modes["phones.php"] = "500"
    session = session_for(dead_host, gateway.host, method=method)
    outcomes = run_calls(
        adapter,
        session,
        [
            c.Balance(),
            c.Send(phones=PHONE, mes="x"),
            c.PhonesAddGroup(name="g"),
            c.UsersAdd(user="sub", password="sub-" + CANARY),
        ],
        timeout=0.2,
    )
    outcomes += run_calls(adapter, session_for(dead_host, method=method), [c.Balance()])
    texts = [repr(session), caplog.text]
    for outcome in outcomes:
        texts += _texts(outcome) if isinstance(outcome, BaseException) else [repr(outcome)]
    if method == "GET":
        # The password did travel in URLs: the logs would have shown it.
        assert any(s.method == "GET" for s in gateway.seen)
    forms = {CANARY, quote(CANARY), quote(CANARY.encode("cp1251")), "canary"}
    for text in texts:
        for form in forms:
            assert form not in text


def test_typed_methods(adapter: str, gateway: Gateway) -> None:
    session = session_for(gateway.host, id_factory=_ids())
    if adapter == "aiohttp":

        async def go() -> tuple[Any, Any]:
            async with AsyncClient(session, timeout=0.5) as client:
                return await client.send(phones=PHONE, mes="hi"), await client.balance()

        send, balance = asyncio.run(go())
    else:
        client_type = RequestsClient if adapter == "requests" else Urllib3Client
        with client_type(session, timeout=0.5) as client:
            send, balance = client.send(phones=PHONE, mes="hi"), client.balance()
    # send() asks cost=2: the reply carries the id and the cost.
    assert send == r.SendReply(id="test-1", cnt=1, cost=Decimal("1.40"))
    assert balance == r.BalanceReply(balance=Decimal("12.50"))


def test_lost_get_send_is_sent_once(adapter: str, gateway: Gateway) -> None:
    # aiohttp repeats a GET by itself when the connection drops before the reply.
    gateway.modes["send.php"] = "drop"
    gateway.modes["phones.php"] = "drop"
    session = session_for(gateway.host, method="GET", id_factory=_ids())
    send, change = run_calls(
        adapter, session, [c.Send(phones=PHONE, mes="once"), c.PhonesAddGroup(name="g")]
    )
    assert send == r.SendReply(id="test-1")
    assert type(change) is sp.OutcomeUnknownError
    assert [(s.method, type(s.command)) for s in gateway.seen] == [
        ("GET", c.Send),
        ("POST", c.StatusQuery),
        ("GET", c.PhonesAddGroup),
    ]


def _call_trusting(adapter: str, session: sp.Session, command: c.Command, ca: str | None) -> Any:
    """``command``'s outcome through ``adapter``, trusting ``ca`` (or the system's CAs)."""
    if adapter == "aiohttp":

        async def go() -> Any:
            context = ssl.create_default_context(cafile=ca)
            connector = aiohttp.TCPConnector(ssl=context)
            async with (
                aiohttp.ClientSession(connector=connector) as http,
                AsyncClient(session, timeout=1, http=http) as client,
            ):
                try:
                    return await client.call(command)
                except sp.SmscProtoError as exc:
                    return exc

        return asyncio.run(go())
    if adapter == "requests":
        with requests.Session() as http, RequestsClient(session, timeout=1, http=http) as rc:
            http.trust_env = False  # REQUESTS_CA_BUNDLE would win over ``verify``
            http.verify = ca if ca is not None else True
            try:
                return rc.call(command)
            except sp.SmscProtoError as exc:
                return exc
    pool = urllib3.PoolManager(ca_certs=ca)
    try:
        with Urllib3Client(session, timeout=1, pool=pool) as uc:
            try:
                return uc.call(command)
            except sp.SmscProtoError as exc:
                return exc
    finally:
        pool.clear()


def test_tls_error_in_the_reply_is_lost_not_refused(
    adapter: str, broken_tls_gateway: TlsGateway
) -> None:
    # urllib3 raises the same SSLError for a failed handshake and for a TLS error
    # while the reply is read: the latter must not send the message again.
    host = broken_tls_gateway.host
    session = sp.Session("alex", CANARY, host=host, backup_hosts=(host,), id_factory=_ids())
    outcome = _call_trusting(adapter, session, c.Send(phones=PHONE, mes="once"), TLS_CERT)
    assert type(outcome) is sp.OutcomeUnknownError
    assert outcome.id == "test-1"
    lines = broken_tls_gateway.lines
    assert lines[0] == b"POST /sys/send.php HTTP/1.1"
    assert lines.count(b"POST /sys/send.php HTTP/1.1") == 1
    assert f"{host}: lost: " in str(outcome)
    assert f"{host}: connect: " not in str(outcome)


def test_rejected_certificate_is_a_refusal(adapter: str, broken_tls_gateway: TlsGateway) -> None:
    # The client rejects the self-signed certificate in the handshake: nothing left.
    host = broken_tls_gateway.host
    session = sp.Session("alex", CANARY, host=host, backup_hosts=(host,))
    outcome = _call_trusting(adapter, session, c.Send(phones=PHONE, mes="x"), None)
    assert type(outcome) is sp.TransportError
    assert len(outcome.attempts) == 2
    assert all(": connect: " in line for line in outcome.attempts)
    assert broken_tls_gateway.lines == []


def test_connect_timeout_is_a_refusal_and_hides_the_password(
    adapter: str, gateway: Gateway, silent_host: str
) -> None:
    # A password that yarl would re-quote ("%21" -> "!"), in a GET URL that aiohttp's
    # ConnectionTimeoutError quotes in full.
    password = "Pass-Пароль!*(x)"
    session = sp.Session(
        "alex",
        password,
        host=silent_host,
        backup_hosts=(gateway.host,),
        scheme="http",
        method="GET",
        id_factory=_ids(),
    )
    (reply,) = run_calls(adapter, session, [c.Send(phones=PHONE, mes="x")], timeout=0.2)
    assert reply == r.SendReply(id="test-1", cnt=1)  # nothing left: the backup may send
    (seen,) = gateway.seen
    assert seen.request.params["psw"] == password
    alone = sp.Session(
        "alex", password, host=silent_host, backup_hosts=(), scheme="http", method="GET"
    )
    (outcome,) = run_calls(adapter, alone, [c.Balance()], timeout=0.2)
    assert type(outcome) is sp.TransportError
    assert ": connect: " in str(outcome)
    for text in _texts(outcome):
        assert "Pass-" not in text  # how every spelling of the password begins


def test_command_secret_never_in_library_logs(
    adapter: str, gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    # users.php's ``password`` is the command's own secret, not the session's.
    caplog.set_level(logging.DEBUG)
    session = session_for(gateway.host, method="GET")
    (outcome,) = run_calls(adapter, session, [c.UsersAdd(user="sub", password="Sub-Geheim!")])
    assert type(outcome) is sp.GatewayError
    assert gateway.seen[0].request.params["password"] == "Sub-Geheim!"
    assert "Geheim" not in caplog.text
    assert CANARY not in caplog.text


def test_timeout_applies_to_a_given_pool(adapter: str, gateway: Gateway) -> None:
    # The caller's own requests.Session / PoolManager / ClientSession gets the
    # client's timeout too (aiohttp's own default would wait five minutes).
    gateway.modes["balance.php"] = "hang"
    session = session_for(gateway.host)
    if adapter == "aiohttp":

        async def go() -> Any:
            async with (
                aiohttp.ClientSession() as http,
                AsyncClient(session, timeout=0.2, http=http) as client,
            ):
                try:
                    return await client.call(c.Balance())
                except sp.SmscProtoError as exc:
                    return exc

        outcome = asyncio.run(go())
    elif adapter == "requests":
        with requests.Session() as http, RequestsClient(session, timeout=0.2, http=http) as rc:
            with pytest.raises(sp.TransportError) as info:
                rc.call(c.Balance())
            outcome = info.value
    else:
        pool = urllib3.PoolManager()
        with Urllib3Client(session, timeout=0.2, pool=pool) as uc:
            with pytest.raises(sp.TransportError) as info:
                uc.call(c.Balance())
            outcome = info.value
        pool.clear()
    assert type(outcome) is sp.TransportError
    # The client's read timeout, not the gateway giving up (it hangs for 5 seconds).
    assert "Timeout" in outcome.attempts[0]
