"""Serve a :class:`smsc_proto.emulator.VirtualGateway` on 127.0.0.1 (tests, demos).

``with serve(gateway) as host:`` starts a threaded HTTP server on a free port and
yields its ``127.0.0.1:PORT``; point a :class:`smsc_proto.Session` at it with
``scheme="http"``. When the gateway has a handler URL, due status callbacks are POSTed
to it every ``callback_interval`` seconds, each delivery retried as the real gateway
does (:data:`smsc_proto.DELIVERY_POLICY`: any status but 200 and 404 is retried, here
on the next round). Everything stops and every socket is closed when the block ends.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

from smsc_proto import DELIVERY_POLICY, HttpRequest
from smsc_proto.emulator import VirtualGateway

__all__ = ["serve"]

#: The largest request body read (a 1000-line list of long messages fits).
MAX_BODY: Final = 8 * 1024 * 1024


def _handler(gateway: VirtualGateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: request lines may hold passwords (GET)."""

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 <= length <= MAX_BODY:
                self._write(413, b"Payload Too Large")
                return
            headers = tuple(self.headers.items())
            url = f"http://{self.headers.get('Host', '127.0.0.1')}{self.path}"
            body = self.rfile.read(length) if length else b""
            method = "POST" if self.command == "POST" else "GET"
            self._write(200, gateway.respond(HttpRequest(method, url, headers, body)).body)

        def _write(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _post(url: str, body: bytes, content_type: str, timeout: float) -> int | None:
    """POST one callback; the handler's HTTP status, or None when none came."""
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": content_type}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as error:
        error.close()
        return error.code
    except OSError:
        return None


def _deliver(gateway: VirtualGateway, stop: threading.Event, interval: float) -> None:
    # Each callback with the number of requests made for it so far. Spec (line 3727):
    # any reply but 200 or 404 is retried, 50 requests at most; the real gateway waits
    # 4 minutes between them, the emulator one round.
    waiting: list[tuple[str, bytes, str, int]] = []
    while not stop.wait(interval):
        waiting += [(url, body, kind, 0) for url, body, kind in gateway.due_callbacks()]
        retry = []
        for url, body, kind, attempts in waiting:
            status = _post(url, body, kind, timeout=1 + 10 * interval)
            if DELIVERY_POLICY.next_attempt(attempts + 1, status) is not None:
                retry.append((url, body, kind, attempts + 1))
        waiting = retry


@contextmanager
def serve(gateway: VirtualGateway, *, callback_interval: float = 0.1) -> Iterator[str]:
    """Run ``gateway`` on 127.0.0.1; yield its ``host:port``.

    Args:
        gateway: The virtual gateway to serve.
        callback_interval: Seconds between rounds of callback delivery.
    """
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gateway))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    stop = threading.Event()
    courier = threading.Thread(target=_deliver, args=(gateway, stop, callback_interval))
    thread.start()
    courier.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join()
        courier.join()
