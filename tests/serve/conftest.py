"""A small test gateway for ``transports.serve``, and a callback handler on 127.0.0.1.

:class:`ServeTestGateway` is a real implementation of
:class:`transports.serve.ServedGateway`, written here for the server's tests (the
virtual gateway of ``smsc_proto.gateway`` is built elsewhere): it is a
:class:`smsc_proto.gateway.Gateway` with balance.php, send.php and status.php handlers,
its accounts, messages and pending callbacks in a :class:`~smsc_proto.gateway.Store`
(memory or SQLite), a :class:`~smsc_proto.gateway.VirtualClock` that only moves when a
test moves it, and the store's callback schedule (claim with a lease, settle). Its
:class:`ServeTestFaults` plans each request from a seed, or from a script of actions by
request index, which the tests use to say exactly which request meets which fault.
"""

from __future__ import annotations

import base64
import dataclasses
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Final
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v
from smsc_proto.gateway import (
    JSON,
    Context,
    Gateway,
    MemoryStore,
    Store,
    VirtualClock,
    dump_money,
    load_money,
)
from smsc_proto.gateway._retries import (
    CALLBACK_KIND,
    Claim,
    claim_callbacks,
    queue_callback,
    settle_callback,
)
from transports.wsgi import callback_app

#: Where every test clock starts.
T0: Final = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
SECRET: Final = "k3y-serve"
ACTIONS: Final = ("answer", "http_error", "reset", "truncate", "lose_reply")
SENDS: Final = frozenset({"send.php", "rest/send"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeTestPlan:
    """A :class:`transports.serve.FaultPlan`."""

    latency: float = 0.0
    action: str = "answer"
    http_status: int = 503


@dataclass(frozen=True, kw_only=True)
class ServeTestFaults:
    """A :class:`transports.serve.ServedFaults`: seeded probabilities, or a script.

    ``script[n]`` is the action of request ``offset + n`` while there is one; after it, each
    action is drawn from ``random.Random(f"{seed}:{index}:{script}")`` with the given
    probabilities (``lose_reply`` only for sends), as the real ``Faults`` does.
    """

    seed: int = 0
    latency: float = 0.0
    http_error: float = 0.0
    http_status: int = 503
    reset: float = 0.0
    truncate: float = 0.0
    lose_reply: float = 0.0
    backup_down: bool = False
    script: tuple[str, ...] = ()
    offset: int = 0

    def plan(self, index: int, *, script: str) -> ServeTestPlan:
        if 0 <= index - self.offset < len(self.script):
            action = self.script[index - self.offset]
        else:
            draw = random.Random(f"{self.seed}:{index}:{script}").random()
            action = "answer"
            edge = 0.0
            for name in ("http_error", "reset", "truncate", "lose_reply"):
                if name == "lose_reply" and script not in SENDS:
                    continue
                edge += getattr(self, name)
                if draw < edge:
                    action = name
                    break
        return ServeTestPlan(latency=self.latency, action=action, http_status=self.http_status)

    def to_json(self) -> dict[str, JSON]:
        data: dict[str, JSON] = {}
        for spec in dataclasses.fields(self):
            value = getattr(self, spec.name)
            data[spec.name] = list(value) if isinstance(value, tuple) else value
        return data

    @classmethod
    def from_json(cls, data: object) -> ServeTestFaults:
        if not isinstance(data, dict):
            raise sp.LocalProtocolError(f"faults: must be a JSON object, got {type(data).__name__}")
        kinds = {f.name: f.type for f in dataclasses.fields(cls)}
        changes: dict[str, Any] = {}
        for name, value in data.items():
            kind = kinds.get(name)
            if kind is None:
                raise sp.LocalProtocolError(f"faults.{name}: no such fault")
            if name == "script":
                if not isinstance(value, list) or any(a not in ACTIONS for a in value):
                    raise sp.LocalProtocolError(f"faults.script: must be a list of {ACTIONS}")
                changes[name] = tuple(value)
            elif name == "backup_down":
                if not isinstance(value, bool):
                    raise sp.LocalProtocolError("faults.backup_down: must be true or false")
                changes[name] = value
            elif name in ("seed", "http_status", "offset"):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise sp.LocalProtocolError(f"faults.{name}: must be an integer")
                changes[name] = value
            else:
                if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                    raise sp.LocalProtocolError(f"faults.{name}: must be a number >= 0")
                changes[name] = float(value)
        return cls(**changes)


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeTestDelivery:
    """A :class:`transports.serve.ServedDelivery`."""

    key: str
    url: str
    body: bytes
    content_type: str
    attempt: int


class ServeTestGateway:
    """A :class:`transports.serve.ServedGateway` on the kit's :class:`Gateway` (tests only)."""

    def __init__(
        self,
        *,
        store: Store | None = None,
        handler: sp.HandlerUrl | None = None,
        accounts: dict[str, str] | None = None,
        clock: VirtualClock | None = None,
    ) -> None:
        self._store: Store = MemoryStore() if store is None else store
        self.clock = VirtualClock(T0, speed=0) if clock is None else clock
        self.handler = handler
        self._faults = ServeTestFaults()
        self._lock = threading.Lock()
        self._claims: dict[tuple[str, int], Claim] = {}
        self.log: list[dict[str, JSON]] = []
        for login, password in (accounts or {}).items():
            self.add_account(login, password)
        self.kit: Gateway[str] = Gateway(
            authenticate=self._authenticate, store=self._store, clock=self.clock
        )
        self.kit.handler(c.Balance)(self._balance)
        self.kit.handler(c.Send)(self._send)
        self.kit.handler(c.StatusQuery)(self._status)

    # -- the kit's handlers -------------------------------------------------------------

    def _authenticate(self, creds: c.Credentials, ctx: Context[None]) -> str | None:
        if creds.login is None:
            return None
        with self._store.transaction() as tx:
            account = tx.get("account", creds.login)
        return creds.login if account is not None and account["password"] == creds.psw else None

    def _balance(self, cmd: c.Balance, ctx: Context[str]) -> r.BalanceReply:
        with self._store.transaction() as tx:
            account = tx.get("account", ctx.account)
        assert account is not None
        return r.BalanceReply(balance=load_money(account["balance"]))

    def _send(self, cmd: c.Send, ctx: Context[str]) -> r.SendReply:
        assert cmd.phones is not None
        phone = v.format_phone_list(v.PhoneList(entries=cmd.phones.entries[:1]))
        with self._store.transaction() as tx:
            message_id = cmd.id if cmd.id is not None else tx.next_id("message")
            key = f"{ctx.account}:{message_id}"
            tx.put("message", key, {"login": ctx.account, "phone": phone, "mes": cmd.mes or ""})
            if self.handler is not None:
                callback = sp.StatusCallback(
                    id=message_id,
                    phone=phone,
                    status=1,
                    time=datetime(2026, 3, 1, 12, 0),
                    ts=int(ctx.now.timestamp()),
                    cnt=1,
                    type=v.MessageType.SMS,
                )
                url, body, ctype = self.handler.encode(callback)
                queue_callback(
                    tx,
                    ctx.now,
                    key,
                    {"url": url, "body": base64.b64encode(body).decode(), "type": ctype},
                )
        return r.SendReply(id=message_id, cnt=1)

    def _status(self, cmd: c.StatusQuery, ctx: Context[str]) -> Any:
        with self._store.transaction() as tx:
            found = tx.get("message", f"{ctx.account}:{cmd.id}")
        if found is None:
            return r.StatusNotFoundReply(status=-3)
        return r.SmsStatusReply(
            status=1,
            last_date=datetime(2026, 3, 1, 12, 0),
            last_timestamp=1772355600,
            flag=v.StatusFlag.from_int(0),
            err=0,
        )

    # -- ServedGateway ---------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    @property
    def faults(self) -> ServeTestFaults:
        with self._lock:
            return self._faults

    def set_faults(self, faults: ServeTestFaults) -> None:
        with self._lock:
            self._faults = faults

    def respond(self, http: sp.HttpRequest, *, peer: str | None = None) -> sp.HttpResponse:
        return self.kit.respond(http, peer=peer)

    def due_callbacks(self, limit: int = 100) -> list[ServeTestDelivery]:
        with self._store.transaction() as tx:
            claims = claim_callbacks(tx, self.clock.now(), limit=limit)
        out = []
        for claim in claims:
            payload = claim.entry.payload
            delivery = ServeTestDelivery(
                key=claim.entry.key,
                url=str(payload["url"]),
                body=base64.b64decode(str(payload["body"])),
                content_type=str(payload["type"]),
                attempt=claim.attempt,
            )
            with self._lock:
                self._claims[(delivery.key, delivery.attempt)] = claim
            out.append(delivery)
        return out

    def delivered(self, delivery: ServeTestDelivery, *, status: int | None) -> None:
        with self._lock:
            claim = self._claims.pop((delivery.key, delivery.attempt))
            self.log.append({"key": delivery.key, "attempt": delivery.attempt, "status": status})
        with self._store.transaction() as tx:
            settle_callback(tx, claim, status)

    def pending_callbacks(self) -> int:
        with self._store.transaction() as tx:
            return len(tx.pending(kind=CALLBACK_KIND))

    def admin_state(self, what: str) -> JSON:
        with self._store.transaction() as tx:
            if what == "messages":
                return [{"key": k, **m} for k, m in tx.scan("message")]
            if what == "accounts":
                return [{"login": k, "balance": a["balance"]} for k, a in tx.scan("account")]
            if what == "incoming":
                return [{"id": k, **m} for k, m in tx.scan("incoming")]
        if what == "callbacks":
            with self._lock:
                return list(self.log)
        if what == "clock":
            return {"now": self.clock.now().isoformat()}
        raise sp.LocalProtocolError(f"what: no such view, got {what!r}")

    def inject_incoming(self, *, login: str, phone: str, to: str, mes: str) -> int:
        with self._store.transaction() as tx:
            if tx.get("account", login) is None:
                raise sp.LocalProtocolError(f"login: no such account, got {login!r}")
            message_id = tx.next_id("incoming")
            tx.put(
                "incoming", str(message_id), {"login": login, "phone": phone, "to": to, "mes": mes}
            )
        return message_id

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def reset(self) -> None:
        self._store.reset()
        with self._lock:
            self.log.clear()
            self._claims.clear()

    def add_account(self, login: str, password: str, balance: Decimal | None = None) -> None:
        amount = Decimal("100.00") if balance is None else balance
        with self._store.transaction() as tx:
            tx.put("account", login, {"password": password, "balance": dump_money(amount)})

    # -- for the tests -----------------------------------------------------------------------

    def messages(self) -> list[dict[str, JSON]]:
        result = self.admin_state("messages")
        assert isinstance(result, list)
        return [m for m in result if isinstance(m, dict)]


# -- a callback handler on 127.0.0.1 ---------------------------------------------------------


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No stderr noise."""


@dataclass
class Receiver:
    """The callbacks a handler took, and how it answers: ``fail`` times 500 first."""

    got: list[sp.Callback] = dataclasses.field(default_factory=list)
    fail: int = 0
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    def __call__(self, callback: sp.Callback) -> None:
        with self.lock:
            if self.fail > 0:
                self.fail -= 1
                raise RuntimeError("the handler fails on purpose (500)")
            self.got.append(callback)


@contextmanager
def callback_server(receiver: Receiver, port: int = 0) -> Iterator[sp.HandlerUrl]:
    """A ``callback_app`` in a wsgiref server; yields its handler URL (md5-signed)."""
    probe = sp.HandlerUrl(base="http://127.0.0.1/cb", algorithm="md5", secret=SECRET)
    app = callback_app(receiver, handler_url=probe)
    server: WSGIServer = make_server("127.0.0.1", port, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield sp.HandlerUrl(
            base=f"http://127.0.0.1:{server.server_address[1]}/cb", algorithm="md5", secret=SECRET
        )
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``condition`` every 10 ms until it holds or ``timeout`` passes."""
    event = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():
            return True
        event.wait(0.01)
    return condition()


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


PASSWORD: Final = "pw-Пароль-1234"
PHONE: Final = "79990001122"
ADAPTERS: Final = ("requests", "urllib3")


def client(adapter: str, session: sp.Session, timeout: float = 2.0) -> Any:
    """A blocking client of the project on ``session``."""
    if adapter == "requests":
        from transports.requests import Client as RequestsClient

        return RequestsClient(session, timeout=timeout)
    from transports.urllib3 import Client as Urllib3Client

    return Urllib3Client(session, timeout=timeout)


def session_for(host: str, *backups: str) -> sp.Session:
    """A session of the test account on ``host`` (and backup hosts), over HTTP."""
    return sp.Session("alex", PASSWORD, host=host, backup_hosts=backups, scheme="http", fmt=3)


def send_command() -> c.Send:
    """A send of one message to :data:`PHONE`."""
    return c.Send(phones=v.parse_phone_list(PHONE), mes="Привет")
