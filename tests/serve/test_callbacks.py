"""The callback courier and the clean stop, with a real handler (``callback_app``).

The handler is ``transports.wsgi.callback_app`` in a wsgiref server on 127.0.0.1; it
verifies the md5 signature of every callback. The gateway's clock only moves when a
test moves it, so a retry (4 minutes later, spec line 3727) happens exactly when the
test says.
"""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

import smsc_proto as sp
from smsc_proto.gateway import SQLiteStore
from transports.serve import Server

from .conftest import (
    PASSWORD,
    SECRET,
    Receiver,
    ServeTestGateway,
    callback_server,
    client,
    send_command,
    session_for,
    wait_for,
)


def send_one(host: str) -> None:
    with client("requests", session_for(host)) as cl:
        cl.call(send_command())


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_courier_delivers_a_signed_callback(receiver: Receiver) -> None:
    with callback_server(receiver) as handler:
        gateway = ServeTestGateway(accounts={"alex": PASSWORD}, handler=handler)
        with Server(gateway) as server:
            send_one(server.host)
            assert wait_for(lambda: len(receiver.got) == 1)
        assert server.report is not None
        assert server.report.delivered == 0  # nothing was left for the last round
    assert gateway.log == [{"key": gateway.messages()[0]["key"], "attempt": 1, "status": 200}]
    assert gateway.pending_callbacks() == 0


def test_a_500_is_retried_on_the_gateways_schedule(receiver: Receiver) -> None:
    receiver.fail = 1
    with callback_server(receiver) as handler:
        gateway = ServeTestGateway(accounts={"alex": PASSWORD}, handler=handler)
        with Server(gateway) as server:
            send_one(server.host)
            assert wait_for(lambda: len(gateway.log) == 1)
            assert gateway.log[0]["status"] == 500
            assert receiver.got == []
            # Not again before its time: the lease is 4 minutes away on the clock.
            gateway.advance(239)
            assert not wait_for(lambda: len(gateway.log) > 1, timeout=0.3)
            gateway.advance(1)
            assert wait_for(lambda: len(receiver.got) == 1)
    assert [entry["status"] for entry in gateway.log] == [500, 200]
    assert [entry["attempt"] for entry in gateway.log] == [1, 2]
    assert gateway.pending_callbacks() == 0


def test_stop_delivers_what_is_pending_ignoring_the_schedule(receiver: Receiver) -> None:
    """Memory store: a retry 4 minutes away is made at stop, not dropped."""
    receiver.fail = 1
    with callback_server(receiver) as handler:
        gateway = ServeTestGateway(accounts={"alex": PASSWORD}, handler=handler)
        server = Server(gateway).start()
        send_one(server.host)
        assert wait_for(lambda: len(gateway.log) == 1)
        report = server.stop()
    assert report.delivered == 1
    assert (report.kept, report.spilled, report.lost) == (0, 0, 0)
    assert len(receiver.got) == 1
    assert gateway.pending_callbacks() == 0


def test_stop_writes_out_what_a_memory_store_cannot_deliver(tmp_path: Path) -> None:
    port = free_port()  # the handler is down: every request is refused
    spill = tmp_path / "undelivered.jsonl"
    gateway = ServeTestGateway(
        accounts={"alex": PASSWORD}, handler=_handler_url(port, token="t0ken-in-the-url")
    )
    server = Server(gateway, spill=spill, drain_timeout=2).start()
    send_one(server.host)
    send_one(server.host)
    assert wait_for(lambda: len(gateway.log) == 2)
    report = server.stop()
    assert (report.delivered, report.spilled, report.kept, report.lost) == (0, 2, 0, 0)
    lines = [json.loads(line) for line in spill.read_text().splitlines()]
    assert sorted(line["key"] for line in lines) == sorted(
        str(m["key"]) for m in gateway.messages()
    )
    for line in lines:
        assert line["url"] == f"http://127.0.0.1:{port}/cb?token=t0ken-in-the-url"
        assert line["content_type"].startswith("application/x-www-form-urlencoded")
        assert set(line) == {"key", "url", "content_type", "attempt", "body_base64"}


def test_stop_spills_to_stderr_with_secrets_masked(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    gateway = ServeTestGateway(
        accounts={"alex": PASSWORD}, handler=_handler_url(free_port(), token="t0ken-in-the-url")
    )
    server = Server(gateway, drain_timeout=2).start()
    send_one(server.host)
    assert wait_for(lambda: len(gateway.log) == 1)
    with caplog.at_level("WARNING", logger="transports.serve"):
        report = server.stop()
    assert report.spilled == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert json.loads(line)["url"].endswith("/cb?token=%2A%2A%2A")
    assert "t0ken-in-the-url" not in line
    assert "1 callbacks could not be delivered; written to standard error" in caplog.text


def test_stop_spills_to_an_open_file() -> None:
    gateway = ServeTestGateway(accounts={"alex": PASSWORD}, handler=_handler_url(free_port()))
    out = io.StringIO()
    server = Server(gateway, spill=out, drain_timeout=2).start()
    send_one(server.host)
    assert wait_for(lambda: len(gateway.log) == 1)
    assert server.stop().spilled == 1
    # Refused while serving (attempt 1), and once more at stop, ignoring the schedule.
    assert [entry["status"] for entry in gateway.log] == [None, None]
    assert json.loads(out.getvalue())["attempt"] == 2


def test_sqlite_keeps_pending_callbacks_across_a_restart(
    tmp_path: Path, receiver: Receiver
) -> None:
    db = tmp_path / "gateway.sqlite"
    port = free_port()
    store = SQLiteStore(db)
    gateway = ServeTestGateway(accounts={"alex": PASSWORD}, handler=_handler_url(port), store=store)
    server = Server(gateway, drain_timeout=2).start()
    send_one(server.host)
    assert wait_for(lambda: len(gateway.log) == 1)  # refused: the handler is down
    report = server.stop()
    # Durable: left queued on its schedule (the lease 4 minutes on), not written out.
    assert (report.kept, report.spilled, report.delivered) == (1, 0, 0)
    store.close()

    with callback_server(receiver, port=port) as handler:
        again = ServeTestGateway(handler=handler, store=SQLiteStore(db))
        assert again.pending_callbacks() == 1
        with Server(again):
            again.advance(240)
            assert wait_for(lambda: len(receiver.got) == 1)
        assert again.pending_callbacks() == 0
        assert again.log == [{"key": again.messages()[0]["key"], "attempt": 2, "status": 200}]
        again.store.close()


def test_stop_with_nothing_pending_reports_nothing() -> None:
    gateway = ServeTestGateway(accounts={"alex": PASSWORD})
    with Server(gateway) as server:
        send_one(server.host)
    assert server.report is not None
    assert (server.report.delivered, server.report.kept, server.report.spilled) == (0, 0, 0)
    assert server.stop() is server.report


def _handler_url(port: int, token: str | None = None) -> sp.HandlerUrl:
    get = (("token", token),) if token else ()
    return sp.HandlerUrl(
        base=f"http://127.0.0.1:{port}/cb", algorithm="md5", secret=SECRET, get=get
    )
