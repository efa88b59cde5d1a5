"""The virtual gateway served on 127.0.0.1: a client sends and follows the status
chain over HTTP, and the status callbacks arrive, signed, at a WSGI handler built with
transports.wsgi.callback_app on another local server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualClock, VirtualGateway
from smsc_proto.values import parse_phone_list
from transports.emulator import serve
from transports.requests import Client
from transports.wsgi import callback_app

SECRET = "emu-pw-9"
PHONE = parse_phone_list("79999999999")


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Tests read what the handler received."""


@pytest.fixture
def handler_server() -> Iterator[tuple[str, list[sp.StatusCallback], threading.Event]]:
    """A callback handler on 127.0.0.1: (url, received callbacks, set when 3 arrived)."""
    received: list[sp.StatusCallback] = []
    done = threading.Event()

    def handle(callback: sp.Callback) -> None:
        assert isinstance(callback, sp.StatusCallback)
        received.append(callback)
        if len(received) == 3:
            done.set()

    app = callback_app(handle, "Hk-2024", "sha1")
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/cb", received, done
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_send_and_follow_the_chain_over_http() -> None:
    clock = VirtualClock(datetime(2026, 1, 1, tzinfo=timezone.utc), speed=0)
    gateway = VirtualGateway(accounts={"alex": SECRET}, clock=clock)
    with serve(gateway) as host:
        session = sp.Session("alex", SECRET, host=host, scheme="http")
        with Client(session, timeout=5) as client:
            sent = client.send(phones=PHONE, mes="Привет 🎄", cost=3)
            assert sent == r.SendReply(
                id=sent.id, cnt=1, cost=Decimal("3.50"), balance=Decimal("96.50")
            )
            statuses = []
            for _ in range(3):
                status = client.status_query(phone=PHONE, id=sent.id)
                assert isinstance(status, r.SmsStatusReply)
                statuses.append(status.status)
                gateway.advance(1)
            assert statuses == [-1, 0, 1]
            assert client.balance().balance == Decimal("96.50")  # Russia, Yota: 3.50 (tariffs)
            with pytest.raises(sp.GatewayError) as info:
                # a group of the example's id 321 was never created: error 3
                client.call(c.PhonesDeleteGroup(grp=321))
            assert info.value.code == 3
        wrong = sp.Session("alex", "nope", host=host, scheme="http")
        with Client(wrong, timeout=5) as client, pytest.raises(sp.GatewayError) as info:
            client.balance()
        assert info.value.code == 2


def test_callbacks_reach_the_handler(
    handler_server: tuple[str, list[sp.StatusCallback], threading.Event],
) -> None:
    url, received, done = handler_server
    handler = sp.HandlerUrl.parse(url + "?sha1=Hk-2024")
    gateway = VirtualGateway(accounts={"alex": SECRET}, step=0.05, handler=handler)
    with serve(gateway, callback_interval=0.02) as host:
        session = sp.Session("alex", SECRET, host=host, scheme="http")
        with Client(session, timeout=5) as client:
            client.send(phones=PHONE, mes="hi", id="order-5")
        assert done.wait(10), f"callbacks received: {received}"
        time.sleep(0.1)  # no fourth one comes: each stage is reported once
    assert [(cb.id, cb.status) for cb in received] == [
        ("order-5", -1),
        ("order-5", 0),
        ("order-5", 1),
    ]
    assert all(cb.algorithm == "sha1" for cb in received)
    # Each delivery was reported back: nothing is pending, the log says accepted.
    assert gateway.pending_callbacks() == 0
    log = gateway.admin_state("callbacks")
    assert isinstance(log, list)
    assert [(e["attempt"], e["status"], e["outcome"]) for e in log if isinstance(e, dict)] == [
        (1, 200, "accepted")
    ] * 3
