"""A gateway on 127.0.0.1 built from the toolkit's own decoders and encoders.

It decodes each request with :meth:`smsc_proto.Request.from_url` and
:func:`smsc_proto.parse_command`, records it, and answers with
:func:`smsc_proto.encode_response` (or the documents.php encoder), unless a test told it
to misbehave for a script: ``"drop"`` closes the connection without a reply after
recording the request, ``"hang"`` answers nothing until the test ends, ``"500"`` answers
with HTTP status 500, ``"error4"`` / ``"error9"`` with that gateway error.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v
from transports.aiohttp import AsyncClient
from transports.requests import Client as RequestsClient
from transports.urllib3 import Client as Urllib3Client

CANARY = "canary-Пароль-7f3a"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ADAPTERS = ("requests", "urllib3", "aiohttp")


@dataclass
class Seen:
    """One request the gateway received."""

    method: str
    path: str
    request: sp.Request
    command: c.Command
    port: int


@dataclass
class Gateway:
    """The recording gateway; ``host`` is ``127.0.0.1:PORT``."""

    host: str = ""
    seen: list[Seen] = field(default_factory=list)
    modes: dict[str, str] = field(default_factory=dict)
    sent: dict[str, c.Send | c.RestSend] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def of(self, command_type: type[c.Command]) -> list[Seen]:
        """The requests whose command is a ``command_type``."""
        return [s for s in self.seen if type(s.command) is command_type]

    def reply(self, command: c.Command) -> tuple[bytes, str]:
        """The body and content type of the gateway's answer to ``command``."""
        text = "text/plain; charset=" + (command.charset or sp.DEFAULT_CHARSET)
        if isinstance(command, (c.Send, c.RestSend)):
            client_id = command.id if command.id is not None else 1
            with self.lock:
                self.sent[str(client_id)] = command
            count = len(command.phones.entries) if command.phones else 0
            if command.list is not None:
                count = len(v.parse_list(command.list, nl=bool(command.nl)))
            # cost=2 (the clients' send() asks it) reports the cost too (line 128).
            cost = Decimal("1.40") * count if command.cost == 2 else None
            reply = r.SendReply(id=client_id, cnt=count, cost=cost)
            return sp.encode_response(command, reply), text
        if isinstance(command, c.StatusQuery):
            found = str(command.id) in self.sent
            status: Any = (
                r.SmsStatusReply(
                    status=1,
                    last_date=datetime(2026, 1, 1, 12, 0),
                    last_timestamp=1767268800,
                    flag=v.StatusFlag.from_int(0),
                    err=0,
                )
                if found or command.fmt == 1
                else r.StatusNotFoundReply(status=-3)
            )
            if not found and command.fmt == 1:
                status = r.SmsStatusReply(status=-3, last_timestamp=0, err=0)
            return sp.encode_response(command, status), text
        if isinstance(command, c.Balance):
            return sp.encode_response(command, r.BalanceReply(balance=Decimal("12.50"))), text
        if isinstance(command, (c.DocumentsGetAccount, c.DocumentsGetAct)):
            return r.encode_documents_response(command, r.DocumentsFileReply(pdf=PDF))
        error = sp.GatewayError(1, "Error in parameters.")
        return sp.encode_error(command, error), text


def _handler(gateway: Gateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 0.5

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read ``gateway.seen``."""

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            request = sp.Request.from_url(self.path, body, self.headers.get("Content-Type"))
            command = sp.parse_command(request)
            with gateway.lock:
                gateway.seen.append(
                    Seen(self.command, self.path, request, command, self.client_address[1])
                )
            mode = gateway.modes.get(request.script, "")
            if mode == "drop":
                # Accepted, acted upon, and the reply lost: close without a byte.
                if isinstance(command, (c.Send, c.RestSend)):
                    gateway.reply(command)
                self.close_connection = True
                return
            if mode == "hang":
                gateway.release.wait(5)
                self.close_connection = True
                return
            if mode == "500":
                self._write(500, b"Internal Server Error", "text/plain")
                return
            if mode in ("error4", "error9"):
                error = sp.GatewayError(int(mode[-1]), "Attempt to send more than ...")
                self._write(200, sp.encode_error(command, error), "text/plain")
                return
            payload, content_type = gateway.reply(command)
            self._write(200, payload, content_type)

        def _write(self, status: int, payload: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    """A running gateway; stopped, with every connection closed, after the test."""
    gw = Gateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gw))
    server.daemon_threads = False
    gw.host = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield gw
    finally:
        gw.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def dead_host() -> str:
    """``127.0.0.1:PORT`` where nothing listens: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"127.0.0.1:{port}"


def session_for(host: str, *backups: str, **options: Any) -> sp.Session:
    """A plain-http session on ``host`` with the canary password."""
    return sp.Session("alex", CANARY, host=host, backup_hosts=backups, scheme="http", **options)


def run_calls(
    adapter: str, session: sp.Session, commands: list[c.Command], timeout: float = 0.5
) -> list[Any]:
    """Each command's result, or the SmscProtoError it raised, through ``adapter``."""
    if adapter == "aiohttp":
        return asyncio.run(_run_async(session, commands, timeout))
    client_type: Callable[..., RequestsClient | Urllib3Client] = (
        RequestsClient if adapter == "requests" else Urllib3Client
    )
    outcomes: list[Any] = []
    with client_type(session, timeout=timeout) as client:
        for command in commands:
            try:
                outcomes.append(client.call(command))
            except sp.SmscProtoError as exc:
                outcomes.append(exc)
    return outcomes


async def _run_async(session: sp.Session, commands: list[c.Command], timeout: float) -> list[Any]:
    outcomes: list[Any] = []
    async with AsyncClient(session, timeout=timeout) as client:
        for command in commands:
            try:
                outcomes.append(await client.call(command))
            except sp.SmscProtoError as exc:
                outcomes.append(exc)
    return outcomes


TLS_CERT = str(Path(__file__).with_name("tls-cert.pem"))  # CN/IP 127.0.0.1, until 2126
TLS_KEY = str(Path(__file__).with_name("tls-key.pem"))


@dataclass
class TlsGateway:
    """A TLS server that records each request line, then breaks TLS in its reply."""

    host: str = ""
    lines: list[bytes] = field(default_factory=list)


@pytest.fixture
def broken_tls_gateway() -> Iterator[TlsGateway]:
    """After the handshake it reads the request and answers with plain bytes, not TLS.

    The client's TLS layer fails while it reads the reply -- after the request left.
    """
    gw = TlsGateway()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS_CERT, TLS_KEY)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    gw.host = f"127.0.0.1:{listener.getsockname()[1]}"
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            with raw:
                raw.settimeout(2)
                try:
                    with context.wrap_socket(raw, server_side=True) as tls:
                        gw.lines.append(tls.recv(65536).split(b"\r\n", 1)[0])
                        # Under the TLS layer (wrap_socket took ``raw``'s descriptor):
                        # bytes that are no TLS record.
                        socket.socket.sendall(tls, b"HTTP/1.1 200 OK\r\n\r\nnot TLS")
                except (OSError, ssl.SSLError):
                    continue  # a client that rejected the certificate

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        yield gw
    finally:
        stop.set()
        thread.join()
        listener.close()


@pytest.fixture
def silent_host() -> Iterator[str]:
    """``127.0.0.1:PORT`` whose accept queue is full: a connect times out, sends nothing."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    address = listener.getsockname()
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(address)
        fillers.append(filler)
    try:
        yield f"127.0.0.1:{address[1]}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
