"""send()'s id and cost, wait_for_final_status and the history iterators, through HTTP.

A small gateway on 127.0.0.1 built from the toolkit's own decoders and encoders plays
a scripted status chain, a sent-message history and a list of answers, and records
what each request asked. Each test runs through the three clients; the clock and the
sleep are a subclass's virtual ones, so waiting costs no time.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v
from transports import StatusTimeoutError
from transports.aiohttp import AsyncClient
from transports.requests import Client as RequestsClient
from transports.urllib3 import Client as Urllib3Client

ADAPTERS = ("requests", "urllib3", "aiohttp")
WHEN = datetime(2026, 1, 1, 12, 0)
PHONE = "79999999999"


def _message(int_id: int) -> r.GetMessagesReply:
    return r.GetMessagesReply(
        status=1,
        last_date=WHEN,
        last_timestamp=1767268800,
        err=0,
        send_date=WHEN,
        send_timestamp=1767268800,
        phone=PHONE,
        cost=Decimal("1.40"),
        sender_id="SMSC",
        status_name="Delivered",
        message=f"message {int_id}",
        mccmnc="25001",
        country="Russia",
        operator="MTS",
        region="Moscow",
        type=0,
        id=int_id,
        int_id=int_id,
        sms_cnt=1,
        format=0,
        crc=0,
    )


def _answer(answer_id: int) -> r.GetAnswersReply:
    return r.GetAnswersReply(
        id=answer_id,
        received=WHEN,
        phone=PHONE,
        message=f"answer {answer_id}",
        to_phone="79990000000",
        sent=WHEN,
    )


@dataclass
class Script:
    """What the gateway answers, and the commands it was sent."""

    statuses: list[int] = field(default_factory=list)
    history: int = 0
    answers: int = 0
    ignore_cursor: bool = False
    seen: list[c.Command] = field(default_factory=list)

    def of(self, kind: type[c.Command]) -> list[Any]:
        return [command for command in self.seen if isinstance(command, kind)]

    def body(self, command: c.Command) -> bytes:
        if isinstance(command, c.Send):
            # "cost = 2 ... OK - <n> SMS, ID - <id>, COST - <cost>" (lines 224-313).
            reply = r.SendReply(id=77, cnt=1, cost=Decimal("1.40") if command.cost else None)
            return sp.encode_response(command, reply)
        if isinstance(command, c.StatusQuery):
            # The chain: each query reads the next status; the last one stays.
            status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
            if status == -3:
                return sp.encode_response(command, r.StatusNotFoundReply(status=-3))
            record = r.SmsStatusReply(
                status=status,
                last_date=WHEN,
                last_timestamp=1767268800,
                flag=v.StatusFlag.from_int(0),
                err=0,
            )
            return sp.encode_response(command, record)
        if isinstance(command, c.GetMessages):
            # Newest first; prev_id: "messages sent before" it (line 2871).
            below = self.history + 1 if command.prev_id is None else command.prev_id
            if self.ignore_cursor:
                below = self.history + 1
            ids = [i for i in range(self.history, 0, -1) if i < below][: command.cnt]
            if not ids:
                # Line 2895: error 3, "Message not found."
                return sp.encode_error(command, sp.GatewayError(3, "Message not found."))
            return sp.encode_response(command, [_message(i) for i in ids])
        if isinstance(command, c.GetAnswers):
            # Oldest first; after_id: the ones after it (line 3011).
            after = command.after_id or 0
            ids = [i for i in range(1, self.answers + 1) if i > after][: command.cnt]
            return sp.encode_response(command, [_answer(i) for i in ids])
        return sp.encode_error(command, sp.GatewayError(1, "Error in parameters."))


@pytest.fixture
def served() -> Iterator[tuple[Script, sp.Session]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the tests read ``script.seen``."""

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            request = sp.Request.from_url(self.path, body, self.headers.get("Content-Type"))
            command = sp.parse_command(request)
            script.seen.append(command)
            payload = script.body(command)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    host = f"127.0.0.1:{server.server_address[1]}"
    try:
        yield script, sp.Session("alex", "s3cret", host=host, scheme="http")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class VirtualTime:
    """A clock that only moves when slept on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class TimedRequests(RequestsClient):
    time = VirtualTime()

    def clock(self) -> float:
        return self.time.now

    def sleep(self, seconds: float) -> None:
        self.time.sleep(seconds)


class TimedUrllib3(Urllib3Client):
    time = VirtualTime()

    def clock(self) -> float:
        return self.time.now

    def sleep(self, seconds: float) -> None:
        self.time.sleep(seconds)


class TimedAsync(AsyncClient):
    time = VirtualTime()

    def clock(self) -> float:
        return self.time.now

    async def sleep(self, seconds: float) -> None:
        self.time.sleep(seconds)


def run(adapter: str, session: sp.Session, act: str, **kwargs: Any) -> tuple[Any, VirtualTime]:
    """``client.<act>(**kwargs)`` through ``adapter`` (iterators listed); the result or
    the error, and the virtual time."""
    virtual = VirtualTime()
    if adapter == "aiohttp":

        async def go() -> Any:
            TimedAsync.time = virtual
            async with TimedAsync(session, timeout=2) as client:
                if act.startswith("iter_"):
                    return [item async for item in getattr(client, act)(**kwargs)]
                return await getattr(client, act)(**kwargs)

        try:
            return asyncio.run(go()), virtual
        except sp.SmscProtoError as exc:
            return exc, virtual
    client_type: type[TimedRequests] | type[TimedUrllib3] = (
        TimedRequests if adapter == "requests" else TimedUrllib3
    )
    client_type.time = virtual
    with client_type(session, timeout=2) as client:
        try:
            result = getattr(client, act)(**kwargs)
            return (list(result) if act.startswith("iter_") else result), virtual
        except sp.SmscProtoError as exc:
            return exc, virtual


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_send_returns_id_and_cost(adapter: str, served: tuple[Script, sp.Session]) -> None:
    script, session = served
    sent, _ = run(adapter, session, "send", phones=PHONE, mes="hi")
    assert (sent.id, sent.cost) == (77, Decimal("1.40"))
    # The wire asked cost=2, "send and report the cost" (line 128).
    assert [s.cost for s in script.of(c.Send)] == [2]


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_wait_follows_the_status_chain(adapter: str, served: tuple[Script, sp.Session]) -> None:
    script, session = served
    script.statuses = [-1, 0, 0, 1]
    record, time = run(adapter, session, "wait_for_final_status", id=77, phone=PHONE, poll=15)
    assert isinstance(record, r.SmsStatusReply)
    assert record.status == sp.MessageStatus.DELIVERED
    assert time.slept == [15, 15, 15]
    assert [(q.id, q.phone) for q in script.of(c.StatusQuery)] == [
        (77, v.parse_phone_list(PHONE))
    ] * 4


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_wait_times_out(adapter: str, served: tuple[Script, sp.Session]) -> None:
    script, session = served
    script.statuses = [0]
    error, time = run(
        adapter, session, "wait_for_final_status", id=77, phone=PHONE, timeout=40, poll=15
    )
    assert isinstance(error, StatusTimeoutError)
    assert isinstance(error, TimeoutError)
    assert "id: message 77 has no final status after 40 s (status 0)" in str(error)
    assert error.last is not None
    assert error.last.status == 0
    # Asked at 0, 15, 30 and 40 s: the last sleep is what was left of the timeout.
    assert time.slept == [15, 15, 10]
    assert len(script.of(c.StatusQuery)) == 4


@pytest.mark.parametrize("adapter", ADAPTERS)
@pytest.mark.parametrize(
    ("chain", "final"),
    [([-1, 20], 20), ([-1, 3], 3), ([-3], -3), ([-2, 0, 4], 4), ([1], 1)],
)
def test_wait_stops_at_every_final_status(
    adapter: str, served: tuple[Script, sp.Session], chain: list[int], final: int
) -> None:
    script, session = served
    script.statuses = list(chain)
    record, _ = run(adapter, session, "wait_for_final_status", id=77, phone=PHONE, poll=12)
    assert record.status == final
    assert len(script.of(c.StatusQuery)) == len(chain)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"poll": 0}, "poll: must be above 0 seconds, got 0"),
        ({"timeout": -1}, "timeout: must be at least 0 seconds, got -1"),
        ({"timeout": float("nan")}, "timeout: must be a finite number of seconds"),
        ({"poll": "10"}, "poll: must be a finite number of seconds, got '10'"),
        ({"id": [1, 2]}, "id: wait_for_final_status follows one message"),
    ],
)
@pytest.mark.parametrize("adapter", ADAPTERS)
def test_wait_refuses_bad_arguments(
    adapter: str, served: tuple[Script, sp.Session], kwargs: dict[str, Any], match: str
) -> None:
    script, session = served
    error, _ = run(adapter, session, "wait_for_final_status", **{"id": 1, "phone": PHONE, **kwargs})
    assert isinstance(error, sp.LocalProtocolError)
    assert match in str(error)
    assert script.seen == []


@pytest.mark.parametrize("adapter", ADAPTERS)
@pytest.mark.parametrize(
    ("history", "pages"),
    [
        (7, [None, 5, 2]),  # a short last page ends it
        (6, [None, 4, 1]),  # a full last page: error 3 on the next one ends it
        (0, [None]),  # no history at all: error 3 at once
    ],
)
def test_iter_messages_pages_until_exhausted(
    adapter: str, served: tuple[Script, sp.Session], history: int, pages: list[int | None]
) -> None:
    script, session = served
    script.history = history
    messages, _ = run(adapter, session, "iter_messages", cnt=3)
    assert [m.int_id for m in messages] == list(range(history, 0, -1))
    assert [(q.cnt, q.prev_id) for q in script.of(c.GetMessages)] == [(3, p) for p in pages]


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_iter_messages_refuses_a_gateway_that_ignores_prev_id(
    adapter: str, served: tuple[Script, sp.Session]
) -> None:
    script, session = served
    script.history, script.ignore_cursor = 5, True
    error, _ = run(adapter, session, "iter_messages", cnt=2)
    assert isinstance(error, sp.RemoteProtocolError)
    assert "prev_id=4 gave int_id 4, not an older message" in str(error)
    assert len(script.of(c.GetMessages)) == 2


@pytest.mark.parametrize("adapter", ADAPTERS)
@pytest.mark.parametrize(("answers", "pages"), [(5, [None, 2, 4]), (4, [None, 2, 4]), (0, [None])])
def test_iter_answers_pages_until_exhausted(
    adapter: str, served: tuple[Script, sp.Session], answers: int, pages: list[int | None]
) -> None:
    script, session = served
    script.answers = answers
    found, _ = run(adapter, session, "iter_answers", cnt=2, to_phone="79990000000")
    assert [a.id for a in found] == list(range(1, answers + 1))
    asked = script.of(c.GetAnswers)
    assert [(q.cnt, q.after_id) for q in asked] == [(2, p) for p in pages]
    assert {q.to_phone for q in asked} == {v.Phone(number="79990000000")}


def test_status_meaning_is_the_enum() -> None:
    assert sp.MessageStatus.of(1) is sp.MessageStatus.DELIVERED
    assert sp.MessageStatus.of(999) == 999
    assert r.status_meaning(1) is sp.MessageStatus.DELIVERED
    assert r.status_meaning(999) is None
    assert sp.MessageStatus.DELIVERED.label == "Delivered"
    assert sp.MessageStatus.DELIVERED.line == 1805
    assert sp.MessageStatus.DELIVERED.final
    assert not sp.MessageStatus.TRANSFERRED.final
    assert r.SmsStatusReply(status=1).status == sp.MessageStatus.DELIVERED
    assert {int(s) for s in sp.MessageStatus} == set(r.MESSAGE_STATUSES)
