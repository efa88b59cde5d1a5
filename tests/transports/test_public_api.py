"""ARCHITECTURE.md's public API, called as written there (code outside this repository
calls these names): the gateway side, the client side, callbacks, the session and the
three clients against the test gateway on 127.0.0.1."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from aiohttp import web

import smsc_proto as sp
from smsc_proto.commands import Balance, Send
from smsc_proto.responses import SendReply
from transports.aiohttp import AsyncClient
from transports.aiohttp import gateway_app as aiohttp_gateway_app
from transports.requests import Client
from transports.urllib3 import Client as Urllib3Client
from transports.wsgi import gateway_app

from .conftest import Gateway

URL = "https://smscentre.com/sys/balance.php?login=alex&psw=123&fmt=3"


def test_gateway_side_as_documented() -> None:
    req = sp.Request.from_url(URL, body=None, content_type=None)
    assert req.script == "balance.php"
    assert req.params["fmt"] == "3"
    assert req.to_url(base="https://smscentre.com/sys/") == URL
    cmd = sp.parse_command(req)
    assert cmd.to_request() == req
    body = sp.encode_response(req, sp.decode_response(cmd, b'{"balance": "1.50"}'))
    assert sp.decode_response(req, body).balance == Decimal("1.50")
    error = sp.encode_error(cmd, sp.GatewayError(code=2, description="..."))
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(req, error)
    assert (info.value.code, info.value.description, info.value.id) == (2, "...", None)
    with pytest.raises(sp.LocalProtocolError):
        sp.parse_command(sp.Request.from_url("https://smscentre.com/sys/nope.php"))


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 1, 1, 12, tzinfo=timezone.utc)


def test_gateway_kit_as_documented() -> None:
    store = sp.gateway.MemoryStore()
    gw = sp.gateway.Gateway(
        authenticate=lambda credentials, ctx: credentials.login, store=store, clock=_Clock()
    )

    @gw.handler(Send)
    def send(cmd: Send, ctx: sp.gateway.Context[str | None]) -> SendReply:
        if cmd.mes == "fail":
            raise sp.GatewayError(8, "The message to the specified number can not be delivered.")
        assert ctx.store is store
        return SendReply(id=7, cnt=1)

    url = "https://smscentre.com/sys/send.php?login=alex&psw=123&phones=79999999999&mes={}"
    response = gw.respond(sp.HttpRequest("GET", url.format("hi") + "&fmt=3"))
    assert isinstance(response, sp.HttpResponse)
    assert response.body == b'{"id":7,"cnt":1}'
    failed = gw.respond(sp.HttpRequest("GET", url.format("fail") + "&id=5&fmt=1"))
    assert failed.body == b"5,-8"
    assert callable(gateway_app(gw))
    assert isinstance(aiohttp_gateway_app(gw), web.Application)


def test_callbacks_as_documented() -> None:
    fields = {"id": "6", "phone": "79999999999", "status": "1"}
    cb = sp.decode_callback(fields, body=None, content_type=None)
    assert isinstance(cb, sp.StatusCallback)
    signature = sp.callback_signature(cb, "s3cret", "md5")
    signed = sp.decode_callback({**fields, "md5": signature})
    sp.verify_callback(signed, "s3cret", "md5")
    with pytest.raises(sp.SignatureError):
        sp.verify_callback(signed, "other", "md5")


def test_session_as_documented() -> None:
    session = sp.Session(
        "alex",
        "123",
        host="smscentre.com",
        backup_hosts=("www2.smscentre.com",),
        scheme="https",
        fmt=3,
        charset="utf-8",
    )
    http = session.prepare(Balance())
    assert isinstance(http, sp.HttpRequest)
    assert (http.method, http.url) == ("POST", "https://smscentre.com/sys/balance.php")
    assert b"psw=123" in http.body
    # headers as pairs or as a mapping, the way transports hand them over
    pairs = (("Content-Type", "application/json"),)
    mapping = {"Content-Type": "application/json"}
    for headers in (pairs, mapping):
        # A mapping is read at run time too (typed code passes pairs).
        response = sp.HttpResponse(200, headers, b'{"balance": "1.50"}')  # type: ignore[arg-type]
        assert session.finish(Balance(), response).balance == Decimal("1.50")


def test_clients_as_documented(gateway: Gateway) -> None:
    session = sp.Session("alex", "123", host=gateway.host, scheme="http", fmt=3)
    with Client(session, timeout=10) as client:
        assert client.call(Balance()).balance == Decimal("12.50")
        assert client.balance().balance == Decimal("12.50")
    with Urllib3Client(session, timeout=10) as pooled:
        assert pooled.call(Balance()).balance == Decimal("12.50")

    async def call_async() -> Decimal:
        async with AsyncClient(session, timeout=10) as client:
            result = await client.call(Balance())
            assert result.balance is not None
            return result.balance

    assert asyncio.run(call_async()) == Decimal("12.50")
