"""The receiving helpers, behind real servers on 127.0.0.1 (WSGI and aiohttp, one table).

200 only after the user's function returns; 400 for malformed input, 403 for a missing
or wrong signature, both with a generic body (the reason is logged, masked); a
:class:`smsc_proto.HandlerUrl` and a :class:`smsc_proto.ReplayGuard` accepted; a
repeated callback answered 200 without being handled again (spec line 3727: the gateway
repeats every callback not answered 200 or 404).
"""

from __future__ import annotations

import asyncio
import http.client
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
import requests
from aiohttp import web

import smsc_proto as sp
from transports.aiohttp import callback_handler
from transports.wsgi import callback_app

SECRET = "cb-secret-7f3a"
TOKEN = "tok-CANARY-91c2"
CALLBACK = sp.StatusCallback(
    id=5, phone="79999999999", status=1, time=datetime(2026, 1, 1, 12), ts=1767268800, err=0
)
FORM = sp.FORM_CONTENT_TYPE
SERVERS = ("wsgi", "aiohttp")


def _signed(cb: sp.Callback = CALLBACK, secret: str = SECRET) -> tuple[bytes, str]:
    return sp.encode_callback(cb, sign=("md5", secret))


GOOD, CTYPE = _signed()
# (name, body, content type, status, the reason logged)
CASES: list[tuple[str, bytes, str, int, str]] = [
    ("good", GOOD, CTYPE, 200, ""),
    ("bad", _signed(secret="another-secret")[0], CTYPE, 403, "md5: the signature does not match"),
    ("missing", sp.encode_callback(CALLBACK)[0], CTYPE, 403, "carries no signature parameter"),
    (
        "other-algorithm",
        sp.encode_callback(CALLBACK, sign=("crc32", SECRET))[0],
        CTYPE,
        403,
        "crc32: the callback is signed with crc32, but the handler is pinned to md5",
    ),
    ("malformed", b"id=5&status=%zz", CTYPE, 400, "body: '%' must be followed by two hex"),
    # An empty or incomplete body is malformed: 400, not a 403 for a callback of Nones.
    ("empty", b"", FORM, 400, "body: empty"),
    ("garbage", b"garbage", FORM, 400, "id, phone, status: missing"),
    ("json-empty", b"{}", "application/json", 400, "callback: no parameters"),
    (
        "json-escape",
        b'{"id": "5", "phone": "7", "status": "1", "cmt": "\\u4e2d"}',
        "application/json",
        400,
        "'cmt': character",
    ),
    ("other-content-type", GOOD, "text/plain", 400, "content_type: 'text/plain' is not a form"),
    ("too-large", b"a" * (sp.CALLBACK_MAX_BYTES + 1), FORM, 413, "body: over the limit"),
]


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No stderr noise."""


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def _start_wsgi(handle: Callable[[sp.Callback], object], **config: Any) -> tuple[str, Any]:
    server = make_server(
        "127.0.0.1",
        0,
        callback_app(handle, **config),
        server_class=_ThreadingWSGIServer,
        handler_class=_Quiet,
    )
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join()

    return f"http://127.0.0.1:{server.server_address[1]}/smsc", stop


def _start_aiohttp(handle: Callable[[sp.Callback], object], **config: Any) -> tuple[str, Any]:
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def serve() -> None:
        app = web.Application()
        app.router.add_route("*", "/smsc", callback_handler(handle, **config))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        state["port"] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        state["stop"] = asyncio.Event()
        ready.set()
        await state["stop"].wait()
        await runner.cleanup()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),))
    thread.start()
    assert ready.wait(5)

    def stop() -> None:
        loop.call_soon_threadsafe(state["stop"].set)
        thread.join()
        loop.close()

    return f"http://127.0.0.1:{state['port']}/smsc", stop


class Start:
    """``start(handle, **config)``: the URL of a receiver of kind ``kind`` on 127.0.0.1.

    Without ``handler_url`` in ``config``, the receiver checks md5 with :data:`SECRET`.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.stops: list[Callable[[], None]] = []

    def __call__(self, handle: Callable[[sp.Callback], Any], **config: Any) -> str:
        if "handler_url" not in config:
            config = {"secret": SECRET, "algorithm": "md5", **config}
        starter = _start_wsgi if self.kind == "wsgi" else _start_aiohttp
        url, stop = starter(handle, **config)
        self.stops.append(stop)
        return str(url)


@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[Start]:
    start = Start(request.param)
    yield start
    for stop in start.stops:
        stop()


def _post(url: str, body: bytes, content_type: str) -> requests.Response:
    return requests.post(url, data=body, headers={"Content-Type": content_type}, timeout=5)


@pytest.mark.parametrize("case", [pytest.param(row, id=row[0]) for row in CASES])
def test_answers(
    server: Start, caplog: pytest.LogCaptureFixture, case: tuple[str, bytes, str, int, str]
) -> None:
    _, body, content_type, status, reason = case
    received: list[sp.Callback] = []
    url = server(received.append)
    with _post(url, body, content_type) as reply:
        assert reply.status_code == status
        # A generic body: the reason phrase, never why (the caller is not trusted yet).
        assert reply.text == reply.reason
        assert reply.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert [getattr(cb, "id", None) for cb in received] == ([5] if status == 200 else [])
    if reason:
        assert reason in caplog.text
        assert "refused with " + str(status) in caplog.text
    assert SECRET not in caplog.text


def test_other_methods_are_405(server: Start) -> None:
    url = server(lambda cb: None)
    reply = requests.put(url, data=GOOD, headers={"Content-Type": CTYPE}, timeout=5)
    assert reply.status_code == 405
    assert reply.headers["Allow"] == "GET, POST"


def _raw(url: str, length: bytes, body: bytes, *, hang_up: bool = False) -> int | None:
    """POST a hand-written request; the status answered (``None``: no answer).

    ``hang_up``: close the sending side after the body, as a client that went away.
    """
    port = int(url.split(":")[2].split("/", maxsplit=1)[0])
    head = b"POST /smsc HTTP/1.1\r\nHost: x\r\nContent-Type: " + CTYPE.encode() + b"\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head + b"Content-Length: " + length + b"\r\n\r\n" + body)
        if hang_up:
            sock.shutdown(socket.SHUT_WR)
        reply = http.client.HTTPResponse(sock)
        try:
            reply.begin()
        except http.client.RemoteDisconnected:
            return None
        return reply.status


@pytest.mark.parametrize("length", [b"5x", b"-1", b"+5", b"\xd9\xa3"])
def test_bad_content_length_is_400(server: Start, length: bytes) -> None:
    # aiohttp's own parser answers these before the handler runs; the WSGI server passes
    # the header on, and the app refuses it.
    received: list[sp.Callback] = []
    url = server(received.append)
    assert _raw(url, length, GOOD) == 400
    assert received == []


def test_body_shorter_than_declared_is_refused(
    server: Start, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[sp.Callback] = []
    url = server(received.append)
    status = _raw(url, str(len(GOOD) + 10).encode(), GOOD, hang_up=True)
    # aiohttp drops a connection the client half-closed: it can send no answer.
    assert status == (400 if server.kind == "wsgi" else None)
    # aiohttp may close the connection before its handler logs: wait for the line.
    deadline = time.monotonic() + 5
    while "refused with 400: body: " not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "refused with 400: body: " in caplog.text
    assert received == []


def test_handler_failure_is_500_and_logged_masked(
    server: Start, caplog: pytest.LogCaptureFixture
) -> None:
    def fail(callback: sp.Callback) -> None:
        raise RuntimeError(f"database down; the secret {SECRET} leaked into this")

    url = server(fail)
    with _post(url, GOOD, CTYPE) as reply:
        assert reply.status_code == 500
        assert reply.text == "Internal Server Error"
    assert "database down; the secret *** leaked" in caplog.text
    assert "callback handler failed" in caplog.text
    assert SECRET not in caplog.text


# -- a HandlerUrl ----------------------------------------------------------------------------

HANDLER = sp.HandlerUrl(
    base="https://example.org/smsc",
    charset="utf-8",
    fmt=3,
    algorithm="sha1",
    secret=SECRET,
    get=(("site", "1"),),
    post=(("token", TOKEN),),
)


def test_handler_url_receives_what_the_gateway_sends(
    server: Start, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[sp.Callback] = []
    url = server(received.append, handler_url=HANDLER)
    target, body, content_type = HANDLER.encode(CALLBACK)
    query = target.partition("?")[2]
    assert query == "site=1"
    with _post(f"{url}?{query}", body, content_type) as reply:
        assert reply.status_code == 200
    assert len(received) == 1
    assert received[0].extra == (("site", "1"), ("token", TOKEN))
    assert received[0].charset == "utf-8"
    # The handler URL's own parameter changed: 403, the token never logged.
    forged = body.replace(TOKEN.encode(), b"tok-other")
    with _post(f"{url}?{query}", forged, content_type) as reply:
        assert reply.status_code == 403
        assert reply.text == "Forbidden"
    # Its GET part missing: 403 too.
    with _post(url, body, content_type) as reply:
        assert reply.status_code == 403
    assert "'token': the handler URL's parameter is missing or changed" in caplog.text
    assert "'site': the handler URL's parameter is missing or changed" in caplog.text
    assert len(received) == 1
    assert TOKEN not in caplog.text
    assert SECRET not in caplog.text


def test_handler_url_masks_its_secret_pairs_in_the_log(
    server: Start, caplog: pytest.LogCaptureFixture
) -> None:
    def fail(callback: sp.Callback) -> None:
        raise RuntimeError(f"token {TOKEN} refused upstream")

    url = server(fail, handler_url=HANDLER)
    target, body, content_type = HANDLER.encode(CALLBACK)
    with _post(target.replace("https://example.org/smsc", url), body, content_type) as reply:
        assert reply.status_code == 500
    assert "token *** refused upstream" in caplog.text
    assert TOKEN not in caplog.text


CONFIG_REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("nothing", {}, "secret, algorithm: both required"),
    ("no-algorithm", {"secret": SECRET}, "secret, algorithm: both required"),
    ("bad-secret", {"secret": SECRET + "!", "algorithm": "md5"}, "secret: must be 1..128"),
    ("bad-algorithm", {"secret": SECRET, "algorithm": "sha256"}, "algorithm: must be one of"),
    ("bad-charset", {"secret": SECRET, "algorithm": "md5", "charset": "cp866"}, "charset"),
    (
        "both",
        {"secret": SECRET, "algorithm": "md5", "handler_url": HANDLER},
        "handler_url: give either a HandlerUrl or secret",
    ),
    (
        "unsigned-url",
        {"handler_url": sp.HandlerUrl(base="https://example.org/smsc")},
        "handler_url: names no md5, sha1 or crc32 secret",
    ),
    ("url-as-text", {"handler_url": "https://example.org/smsc"}, "handler_url: must be a"),
    (
        "guard-type",
        {"secret": SECRET, "algorithm": "md5", "guard": set()},
        "guard: must be a ReplayGuard",
    ),
]


@pytest.mark.parametrize("factory", [callback_app, callback_handler], ids=SERVERS)
@pytest.mark.parametrize(
    ("config", "match"), [pytest.param(*row[1:], id=row[0]) for row in CONFIG_REFUSED]
)
def test_configuration_mistakes_refused_at_start(
    factory: Any, config: dict[str, Any], match: str
) -> None:
    with pytest.raises(sp.LocalProtocolError, match=match) as info:
        factory(lambda cb: None, **config)
    assert SECRET not in str(info.value)


# -- duplicates and the ReplayGuard ----------------------------------------------------------


def test_without_a_guard_every_delivery_is_handled(server: Start) -> None:
    received: list[sp.Callback] = []
    url = server(received.append)
    for _ in range(2):
        with _post(url, GOOD, CTYPE) as reply:
            assert reply.status_code == 200
    assert len(received) == 2


def test_guard_answers_a_repeat_200_unhandled(
    server: Start, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    received: list[sp.Callback] = []
    guard = sp.ReplayGuard()
    url = server(received.append, guard=guard)
    again = _signed(sp.StatusCallback(id=5, phone="79999999999", status=1, ts=1))[0]
    later = _signed(sp.StatusCallback(id=5, phone="79999999999", status=3))[0]
    statuses = []
    for body in (GOOD, GOOD, again, later):
        with _post(url, body, CTYPE) as reply:
            statuses.append(reply.status_code)
            assert reply.text == "OK"
    assert statuses == [200, 200, 200, 200]
    # The first delivery and the next status only; the repeats were acknowledged.
    assert [(getattr(cb, "id", None), getattr(cb, "status", None)) for cb in received] == [
        (5, 1),
        (5, 3),
    ]
    assert "is a repeat of one handled (StatusCallback): answered 200" in caplog.text
    assert CALLBACK in guard


def test_guard_lets_a_failed_delivery_be_handled_again(server: Start) -> None:
    attempts: list[sp.Callback] = []

    def flaky(callback: sp.Callback) -> None:
        attempts.append(callback)
        if len(attempts) == 1:
            raise RuntimeError("database down")

    url = server(flaky, guard=sp.ReplayGuard())
    statuses = []
    for _ in range(3):
        with _post(url, GOOD, CTYPE) as reply:
            statuses.append(reply.status_code)
    assert statuses == [500, 200, 200]
    assert len(attempts) == 2


def test_guard_answers_503_while_another_request_handles_it(server: Start) -> None:
    entered = threading.Event()
    release = threading.Event()
    received: list[sp.Callback] = []

    def slow(callback: sp.Callback) -> None:
        entered.set()
        assert release.wait(5)
        received.append(callback)

    async def slow_async(callback: sp.Callback) -> None:
        await asyncio.to_thread(slow, callback)

    # aiohttp runs handle on its event loop: a blocking one would stall the server.
    url = server(slow if server.kind == "wsgi" else slow_async, guard=sp.ReplayGuard())
    first: list[int] = []
    thread = threading.Thread(target=lambda: first.append(_post(url, GOOD, CTYPE).status_code))
    thread.start()
    assert entered.wait(5)
    with _post(url, GOOD, CTYPE) as reply:
        assert reply.status_code == 503
        assert reply.headers["Retry-After"] == "240"
    release.set()
    thread.join()
    assert first == [200]
    with _post(url, GOOD, CTYPE) as reply:
        assert reply.status_code == 200
    assert len(received) == 1


def test_aiohttp_handle_may_be_a_coroutine_function() -> None:
    received: list[sp.Callback] = []

    async def handle(callback: sp.Callback) -> None:
        await asyncio.sleep(0)
        received.append(callback)

    url, stop = _start_aiohttp(handle, secret=SECRET, algorithm="md5")
    try:
        with _post(url, GOOD, CTYPE) as reply:
            assert reply.status_code == 200
    finally:
        stop()
    assert len(received) == 1
