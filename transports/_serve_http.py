"""The HTTP/1.1 side of ``transports.serve``: listeners, connections, transport faults (private).

Each listener is a stdlib ``ThreadingHTTPServer`` (one thread per connection, joined
when it closes); the request handler reads a request, asks the gateway's faults for the
plan of the n-th gateway request (:meth:`Core.next_index`) and carries it out on the
socket itself, which the stdlib server does not offer:

* ``reset``: ``SO_LINGER`` 0 and close -- the kernel answers with a TCP RST, and the
  client reads ``ECONNRESET`` (its request may have arrived: a lost reply to it);
* ``truncate``: the status line, the headers with the whole ``Content-Length``, half
  the body, then FIN -- the client reads a body shorter than announced;
* ``lose_reply``: the gateway answers (a send is committed), nothing is written, FIN;
* ``http_error``: a plain-text reply with the plan's status, the gateway not asked.

Between requests a connection waits for the next one with ``select`` on its socket and
on a wake-up socket the server writes to when it stops: an idle keep-alive connection
is closed at once then, while a request that has started to arrive is still answered
(with ``Connection: close``). Pipelined requests are not supported: no client of the
protocol pipelines, and the next request is only looked for once a reply is written.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final, Literal

from smsc_proto import HttpRequest, HttpResponse, LocalProtocolError
from smsc_proto.gateway import plain_response
from smsc_proto.gateway._http import is_gateway_path

from ._serve_types import ServedGateway

__all__ = ["ADMIN_PREFIX", "Core", "Listener", "script_of"]

_log = logging.getLogger("transports.serve")

#: Where the admin API lives (``/_admin/...``); never a gateway path.
ADMIN_PREFIX: Final = "/_admin"

#: Reason phrases of the statuses the server writes itself.
_REASONS: Final = {400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}

#: ``struct linger`` with ``l_onoff`` 1 and ``l_linger`` 0: close() sends an RST.
_LINGER_RESET: Final = struct.pack("ii", 1, 0)

Role = Literal["main", "backup"]
AdminHandler = Callable[[str, str, tuple[tuple[str, str], ...], bytes], HttpResponse]


def script_of(target: str) -> str:
    """The script a gateway path names: ``/sys/send.php?..`` -> ``send.php``,
    ``/rest/send/`` -> ``rest/send`` (as :attr:`smsc_proto.Request.script` spells them)."""
    path = target.partition("?")[0]
    if path.startswith("/sys/"):
        return path[len("/sys/") :]
    return "rest/send"


@dataclass(eq=False)
class Core:
    """What every connection of a server shares: the gateway, the request counter, stop.

    Args:
        gateway: The gateway served.
        max_body: The largest request body read, in bytes.
        idle_timeout: Seconds a keep-alive connection may wait for its next request.
        admin: The admin API's handler, or ``None`` when it is off.
    """

    gateway: ServedGateway[Any, Any]
    max_body: int
    idle_timeout: float
    admin: AdminHandler | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    _count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def next_index(self) -> int:
        """The number of the gateway request that just arrived, from 0."""
        with self._lock:
            index = self._count
            self._count += 1
            return index

    @property
    def requests(self) -> int:
        """How many gateway requests have arrived (on every listener)."""
        with self._lock:
            return self._count


class _Handler(BaseHTTPRequestHandler):
    """One connection: requests in, the gateway's (or the faults') replies out."""

    protocol_version = "HTTP/1.1"
    server_version = "smsc-proto-serve"
    sys_version = ""
    server: Listener
    _started = False

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a GET request line holds the password; the gateway logs, masked."""

    def handle(self) -> None:
        listener = self.server
        self.close_connection = True
        while listener.wait_for_request(self.connection):
            self.handle_one_request()
            if self.close_connection or listener.closing.is_set():
                break

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    # -- one request ------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            self._serve_one()
        except (BrokenPipeError, ConnectionResetError):
            # The client left before its reply was written (its own timeout).
            _log.debug("client gone before the reply to %s", self.path.partition("?")[0])
            self.close_connection = True
        except Exception:
            # A bug of the gateway or its faults, or the client gone mid-reply: logged,
            # answered 500 if nothing was written yet, and the connection closed.
            _log.exception("serving %s %s failed", self.command, self.path.partition("?")[0])
            self.close_connection = True
            if not self._started:
                with contextlib.suppress(OSError):
                    self._write(plain_response(500))

    def _serve_one(self) -> None:
        self._started = False
        core = self.server.core
        body = self._read_body(core.max_body)
        if isinstance(body, HttpResponse):
            self._write(body)
            return
        headers = tuple(self.headers.items())
        path = self.path.partition("?")[0]
        if core.admin is not None and self.server.role == "main" and _is_admin(path):
            self._write(core.admin(self.command, self.path, headers, body))
            return
        if self.command not in ("GET", "POST"):
            self._write(plain_response(405))
            return
        request = HttpRequest(self.command, self.path, headers, body)
        if not is_gateway_path(self.path):
            # Not part of the API (404): no fault applies, no index is used.
            self._write(core.gateway.respond(request, peer=self.client_address[0]))
            return
        index = core.next_index()
        plan = core.gateway.faults.plan(index, script=script_of(self.path))
        if plan.latency > 0:
            # Cut short when the server stops: in-flight requests finish promptly.
            core.stopping.wait(plan.latency)
        action = plan.action
        if action == "http_error":
            self._write(_status_response(plan.http_status))
        elif action == "reset":
            self._reset()
        elif action in ("answer", "truncate", "lose_reply"):
            response = core.gateway.respond(request, peer=self.client_address[0])
            if action == "answer":
                self._write(response)
            elif action == "truncate":
                self._write(response, cut=True)
                self._hang_up()
            else:
                self._hang_up()
        else:
            raise LocalProtocolError(
                f"plan.action: must be answer, http_error, reset, truncate or lose_reply, "
                f"got {action!r}"
            )
        _log.debug("request %d (%s): %s", index, script_of(self.path), action)

    def _read_body(self, limit: int) -> bytes | HttpResponse:
        if self.headers.get("Transfer-Encoding"):
            # Clients of the protocol send a Content-Length; the stream is not in sync
            # after a chunked body left unread, so the connection closes.
            self.close_connection = True
            return plain_response(400)
        declared = self.headers.get("Content-Length") or "0"
        if not declared.isascii() or not declared.isdigit():
            self.close_connection = True
            return plain_response(400)
        length = int(declared)
        if length > limit:
            self.close_connection = True
            return plain_response(413)
        body = self.rfile.read(length) if length else b""
        if len(body) != length:
            self.close_connection = True
            return plain_response(400)
        return body

    def _write(self, response: HttpResponse, *, cut: bool = False) -> None:
        if self.server.closing.is_set():
            self.close_connection = True
        self._started = True
        self.send_response(response.status)
        for name, value in response.headers:
            if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        # Half the body: Content-Length stays whole, so the client reads too few bytes.
        self.wfile.write(response.body[: len(response.body) // 2] if cut else response.body)

    def _hang_up(self) -> None:
        """Close the connection in order (FIN) without writing anything more."""
        self.close_connection = True
        self._started = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:  # the client went first
            pass

    def _reset(self) -> None:
        """Close the connection with a TCP RST (``SO_LINGER`` 0), nothing written."""
        self.close_connection = True
        self._started = True
        with contextlib.suppress(OSError):  # the client went first
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        # The buffered reader holds a reference to the socket: release it so that
        # close() closes the descriptor now (an RST), before the server's shutdown
        # would send a FIN first.
        self.rfile.close()
        self.connection.close()


def _is_admin(path: str) -> bool:
    return path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")


def _status_response(status: int) -> HttpResponse:
    reason = _REASONS.get(status) or _reason(status)
    return HttpResponse(
        status, (("Content-Type", "text/plain; charset=utf-8"),), reason.encode("ascii")
    )


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


class Listener(ThreadingHTTPServer):
    """One listening socket of a server: the main host or the backup host.

    Connection threads are not daemons and are joined when the listener closes
    (``block_on_close``): :meth:`server_close` returns once every request it accepted
    has been answered.
    """

    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], core: Core, role: Role) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.core = core
        self.role = role
        #: Set when the listener closes: idle connections close, busy ones after the reply.
        self.closing = threading.Event()
        super().__init__(address, _Handler)
        self._wake = socket.socketpair()
        self._thread: threading.Thread | None = None

    def wait_for_request(self, sock: socket.socket) -> bool:
        """Wait until a request starts to arrive on ``sock``; ``False`` to close it."""
        if self.closing.is_set():
            return False
        try:
            readable, _, _ = select.select([sock, self._wake[0]], [], [], self.core.idle_timeout)
        except (OSError, ValueError):
            return False
        # A request that has started to arrive is answered even while closing.
        return sock in readable

    def run(self) -> None:
        """Start accepting connections, in a thread of its own."""
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"smsc-proto-serve-{self.role}",
        )
        self._thread.start()

    def close(self) -> None:
        """Stop accepting, let every accepted request be answered, close every socket.

        Idle keep-alive connections are closed at once; a request that has started to
        arrive is answered (``Connection: close``) before this returns.
        """
        self.closing.set()
        with contextlib.suppress(OSError):  # only closed below
            self._wake[1].send(b"x")
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        # Joins every connection thread (block_on_close), then closes the socket.
        self.server_close()
        for sock in self._wake:
            sock.close()

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.server_address[1])
