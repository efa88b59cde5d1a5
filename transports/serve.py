"""Serve a virtual gateway over HTTP/1.1, with its transport faults and callbacks.

``Server(gateway)`` serves a :class:`ServedGateway` -- a
``smsc_proto.gateway.VirtualGateway``, or anything with the same members -- at
``http://HOST:PORT/sys/<script>.php`` and ``/rest/send/`` (``smsc-proto serve`` on the
command line)::

    from smsc_proto.gateway import VirtualGateway
    from transports.serve import Server

    with Server(VirtualGateway(accounts={"alex": "123"}), port=0) as server:
        session = sp.Session("alex", "123", host=server.host, scheme="http")
        ...

It does four things the gateway, which opens no socket, cannot:

* the transport faults of ``gateway.faults``: for the n-th gateway request it receives
  (counted from 0 over the main and the backup host) it asks
  ``gateway.faults.plan(n, script=...)``, waits the plan's latency, and answers,
  answers an HTTP error, resets the connection, cuts the reply in half, or commits the
  request and closes the connection unanswered (:class:`FaultPlan`);
* an optional backup host on a second port, which refuses connections (its listening
  socket closed) while ``gateway.faults.backup_down`` holds;
* the callback courier: a thread that every ``tick`` seconds POSTs the callbacks the
  gateway says are due and reports each handler status back, so the gateway's
  schedule (spec line 3727: every 4 minutes, 50 attempts) runs on its clock;
* the admin API under ``/_admin/`` when asked for (:class:`transports.admin.AdminApi`).

:meth:`Server.stop` stops cleanly: it stops accepting, lets every request that has
started to arrive be answered, stops the courier, then makes a last round of callback
delivery that ignores the schedule (see :class:`StopReport` for what happens to a
callback the handler does not take). Nothing pending is dropped silently.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import sys
import threading
from types import TracebackType
from typing import Generic, TextIO

from smsc_proto import LocalProtocolError
from smsc_proto.gateway import DEFAULT_MAX_BODY

from . import _serve_courier as courier
from ._serve_courier import StopReport, spill_line, write_spill
from ._serve_http import Core, Listener
from ._serve_types import D, F, FaultPlan, ServedDelivery, ServedFaults, ServedGateway
from .admin import AdminApi

__all__ = [
    "FaultPlan",
    "ServedDelivery",
    "ServedFaults",
    "ServedGateway",
    "Server",
    "StopReport",
]

_log = logging.getLogger("transports.serve")


def _positive(name: str, value: object) -> float:
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise LocalProtocolError(f"{name}: must be a finite number of seconds > 0, got {value!r}")
    return float(value)


def _port(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 65535:
        raise LocalProtocolError(f"{name}: must be a port number 0..65535, got {value!r}")
    return value


def _authority(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Server(Generic[D, F]):
    """An HTTP/1.1 server of a :class:`ServedGateway`; ``start()``/``stop()`` or ``with``.

    Args:
        gateway: The gateway to serve.
        host: The address to listen on (an IPv6 address is written without brackets).
        port: The port of the main host (0: a free one, see :attr:`port`).
        backup_port: The port of the backup host, or ``None`` for none (0: a free one).
        admin: Serve the admin API under ``/_admin/``.
        admin_token: Its bearer token (16..256 printable ASCII characters); a random one
            (:attr:`admin_token`) when ``None``.
        tick: Real seconds between two rounds of callback delivery.
        callback_timeout: Seconds one callback request may take.
        drain_timeout: Real seconds the last round of delivery in :meth:`stop` may take.
        spill: Where callbacks a memory store could not deliver at :meth:`stop` are
            written as JSON lines: a file path (appended to), an open text file, or
            ``None`` for standard error (with secret-named URL parameters masked).
        max_body: The largest request body read, in bytes (413 beyond).
        idle_timeout: Seconds a keep-alive connection may wait for its next request.

    Raises:
        smsc_proto.LocalProtocolError: an argument breaks the rule above.
    """

    def __init__(
        self,
        gateway: ServedGateway[D, F],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        backup_port: int | None = None,
        admin: bool = False,
        admin_token: str | None = None,
        tick: float = 0.05,
        callback_timeout: float = 5.0,
        drain_timeout: float = 10.0,
        spill: str | os.PathLike[str] | TextIO | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        idle_timeout: float = 30.0,
    ) -> None:
        if not isinstance(host, str) or not host:
            raise LocalProtocolError(f"host: must be a non-empty address, got {host!r}")
        self._gateway = gateway
        self._host = host
        self._port = _port("port", port)
        self._backup_port = None if backup_port is None else _port("backup_port", backup_port)
        self._tick = _positive("tick", tick)
        self._callback_timeout = _positive("callback_timeout", callback_timeout)
        self._drain_timeout = _positive("drain_timeout", drain_timeout)
        if not isinstance(max_body, int) or isinstance(max_body, bool) or max_body < 0:
            raise LocalProtocolError(f"max_body: must be an int >= 0, got {max_body!r}")
        self._spill = spill
        self._admin_token: str | None = None
        api = None
        if admin:
            self._admin_token = secrets.token_urlsafe(32) if admin_token is None else admin_token
            api = AdminApi(gateway, self._admin_token, set_faults=self.set_faults)
        elif admin_token is not None:
            raise LocalProtocolError("admin_token: given without admin=True")
        self._core = Core(
            gateway=gateway,
            max_body=max_body,
            idle_timeout=_positive("idle_timeout", idle_timeout),
            admin=api,
        )
        self._main: Listener | None = None
        self._backup: Listener | None = None
        self._backup_lock = threading.Lock()
        self._halt = threading.Event()
        self._courier: threading.Thread | None = None
        self._state = "new"
        #: What the last round of delivery did, once :meth:`stop` has run.
        self.report: StopReport | None = None

    def __repr__(self) -> str:
        where = self.url if self._main is not None else f"{self._host}:{self._port}"
        return f"Server({where}, {self._state}, admin={self._admin_token is not None})"

    # -- where it is ------------------------------------------------------------------

    @property
    def gateway(self) -> ServedGateway[D, F]:
        """The gateway served."""
        return self._gateway

    @property
    def port(self) -> int:
        """The main host's port (the one bound, once started)."""
        return self._main.port if self._main is not None else self._port

    @property
    def host(self) -> str:
        """``HOST:PORT`` of the main host: a :class:`smsc_proto.Session`'s ``host``."""
        return _authority(self._host, self.port)

    @property
    def url(self) -> str:
        """The base URL, ``http://HOST:PORT`` (the API is under ``/sys/`` and ``/rest/``)."""
        return f"http://{self.host}"

    @property
    def backup_port(self) -> int | None:
        """The backup host's port (the one bound, once started), or ``None``."""
        return self._backup_port

    @property
    def backup_host(self) -> str | None:
        """``HOST:PORT`` of the backup host (a Session's ``backup_hosts``), or ``None``."""
        if self._backup_port is None:
            return None
        return _authority(self._host, self._backup_port)

    @property
    def admin_token(self) -> str | None:
        """The admin API's bearer token, or ``None`` when the admin API is off."""
        return self._admin_token

    @property
    def requests(self) -> int:
        """How many gateway requests have arrived (the next plan's index)."""
        return self._core.requests

    # -- faults -------------------------------------------------------------------------

    def set_faults(self, faults: F) -> None:
        """Replace the gateway's faults; a backup host goes down (or up) at once.

        Faults set on the gateway directly apply to requests at once too, and to the
        backup host at the next tick.
        """
        self._gateway.set_faults(faults)
        self._sync_backup()

    def _sync_backup(self) -> None:
        with self._backup_lock:
            if self._backup_port is None or self._state != "serving":
                return
            down = bool(self._gateway.faults.backup_down)
            if down and self._backup is not None:
                backup, self._backup = self._backup, None
                backup.close()
                _log.info("backup host %s down", self.backup_host)
            elif not down and self._backup is None:
                try:
                    self._backup = Listener((self._host, self._backup_port), self._core, "backup")
                except OSError as exc:
                    # Taken in the meantime: tried again at the next tick.
                    _log.warning("backup host %s: cannot listen: %s", self.backup_host, exc)
                    return
                self._backup_port = self._backup.port
                self._backup.run()
                _log.info("backup host %s up", self.backup_host)

    # -- life -----------------------------------------------------------------------------

    def start(self) -> Server[D, F]:
        """Bind, start serving and start the callback courier; returns the server.

        Raises:
            OSError: a port cannot be bound.
            smsc_proto.LocalProtocolError: the server was started before.
        """
        if self._state != "new":
            raise LocalProtocolError(f"start: the server is {self._state}; start it once")
        self._main = Listener((self._host, self._port), self._core, "main")
        self._state = "serving"
        if self._backup_port is not None:
            # Bound even while down, so that its port is known; then closed at once.
            try:
                self._backup = Listener((self._host, self._backup_port), self._core, "backup")
            except OSError:
                self._main.server_close()
                self._state = "new"
                raise
            self._backup_port = self._backup.port
            self._backup.run()
        self._main.run()
        self._sync_backup()
        self._courier = threading.Thread(target=self._deliver, name="smsc-proto-serve-courier")
        self._courier.start()
        _log.info("serving %s", self.url)
        return self

    def _deliver(self) -> None:
        while not self._halt.wait(self._tick):
            try:
                self._sync_backup()
                # Everything due now, a batch at a time, unless the server stops.
                while (
                    courier.deliver_due(self._gateway, self._callback_timeout)
                    and not self._halt.is_set()
                ):
                    pass
            except Exception:
                _log.exception("callback delivery failed; trying again at the next tick")

    def stop(self) -> StopReport:
        """Stop cleanly; what the last round of callback delivery did.

        In order: stop accepting connections; answer every request that has started to
        arrive (a fault's latency is cut short) and close idle connections; stop the
        courier; make the last round of delivery, ignoring the schedule, for at most
        ``drain_timeout`` seconds. With a durable store (anything but a
        :class:`~smsc_proto.gateway.MemoryStore`) what the handler did not take stays
        queued in the store (:attr:`StopReport.kept`), delivered after a restart; with
        a memory store it is written as JSON lines to ``spill``
        (:attr:`StopReport.spilled`) and counted in the log. Calling it again returns
        the same report.
        """
        if self.report is not None:
            return self.report
        if self._state == "new":
            self._state = "stopped"
            self.report = StopReport()
            return self.report
        self._core.stopping.set()
        with self._backup_lock:
            self._state = "stopping"
            listeners = [x for x in (self._main, self._backup) if x is not None]
            self._backup = None
        for listener in listeners:
            listener.close()
        self._halt.set()
        if self._courier is not None:
            self._courier.join()
        report = courier.drain(
            self._gateway, timeout=self._drain_timeout, request_timeout=self._callback_timeout
        )
        self._settle(report)
        self._state = "stopped"
        self.report = report
        return report

    def _settle(self, report: StopReport) -> None:
        if report.delivered:
            _log.info("stop: %d callbacks delivered in the last round", report.delivered)
        if report.kept:
            _log.info(
                "stop: %d callbacks kept in the store; they are delivered after a restart",
                report.kept,
            )
        if report.undelivered:
            where = self._write_spill(report.undelivered)
            _log.warning(
                "stop: %d callbacks could not be delivered; written to %s",
                report.spilled,
                where,
            )
        if report.lost:
            _log.error(
                "stop: %d callbacks still queued in memory could not be collected (the "
                "clock cannot be moved ahead); they are lost with the process",
                report.lost,
            )

    def _write_spill(self, undelivered: list[ServedDelivery]) -> str:
        target = self._spill
        if target is None:
            write_spill([spill_line(d, mask=True) for d in undelivered], sys.stderr)
            return "standard error"
        lines = [spill_line(d) for d in undelivered]
        if isinstance(target, (str, os.PathLike)):
            with open(target, "a", encoding="utf-8") as out:
                write_spill(lines, out)
            return os.fspath(target)
        write_spill(lines, target)
        return str(getattr(target, "name", "the spill file"))

    def __enter__(self) -> Server[D, F]:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
