"""Serve a :class:`smsc_proto.gateway.VirtualGateway` on 127.0.0.1 (tests, demos).

``with serve(gateway) as host:`` starts a threaded HTTP server on a free port and
yields its ``127.0.0.1:PORT``; point a :class:`smsc_proto.Session` at it with
``scheme="http"``. When the gateway has a handler URL, the callbacks it hands out
(:meth:`~smsc_proto.gateway.VirtualGateway.due_callbacks`) are POSTed every
``callback_interval`` seconds and each answer reported back
(:meth:`~smsc_proto.gateway.VirtualGateway.delivered`): the gateway retries what the
handler does not accept with 200 or 404 every 4 minutes of its clock, 50 times
(:data:`smsc_proto.DELIVERY_POLICY`). Everything stops and every socket is closed when
the block ends; callbacks not delivered stay pending in the gateway's store.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

from smsc_proto import HttpRequest
from smsc_proto.gateway import VirtualGateway

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
            request = HttpRequest(method, url, headers, body)
            reply = gateway.respond(request, peer=self.client_address[0])
            self._write(reply.status, reply.body, reply.header("Content-Type") or "text/plain")

        def _write(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
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
    # The gateway keeps the schedule (spec line 3727: "1 request every 4 minutes, total
    # 50 attempts"): each round POSTs what is due and reports each answer.
    while not stop.wait(interval):
        for delivery in gateway.due_callbacks():
            status = _post(
                delivery.url, delivery.body, delivery.content_type, timeout=1 + 10 * interval
            )
            gateway.delivered(delivery, status=status)


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
