"""The JSON admin API of a served gateway, under ``/_admin/`` (``smsc-proto serve --admin``).

It lets a test or a person look into the virtual gateway and steer it while it serves:
the messages and the callback log, the accounts, the clock, an incoming message, the
faults. It is off unless asked for, and it is never reachable with the gateway's own
credentials:

* every request carries ``Authorization: Bearer <token>``; the token is compared in
  constant time (``hmac.compare_digest``); without it, or with another, the answer
  is 401 -- whatever else the request holds;
* a request that carries gateway credentials -- a ``login``, ``psw`` or ``apikey``
  query parameter, a ``psw`` or ``apikey`` member of its JSON body, or HTTP Basic
  authorization -- is refused with 403 before the token is even looked at, so a
  gateway client that wanders here (a mistyped base URL) learns nothing, and the
  gateway's password is never an admin key;
* it is served on the main listener only, never on the backup host.

Every reply is JSON (orjson); an error is ``{"error": "<what is wrong>", "field":
"<the field>"}`` with a 4xx status: 400 a bad field, 401 no or a wrong token, 403
gateway credentials, 404 an unknown path, 405 a method the path does not take, 415 a
body that is not JSON.

========  ===========================  ==============================================
Method    Path                         Does
========  ===========================  ==============================================
GET       ``/_admin/``                 the list of endpoints
GET       ``/_admin/messages``         the messages (``admin_state("messages")``)
GET       ``/_admin/callbacks``        the log of callback attempts
GET       ``/_admin/accounts``         the accounts (no passwords)
POST      ``/_admin/accounts``         add an account: ``{"login", "password",
                                       "balance"?}`` (balance a decimal string)
GET       ``/_admin/clock``            the virtual clock
POST      ``/_admin/clock/advance``    ``{"seconds": N}``: move the clock ahead
POST      ``/_admin/incoming``         ``{"login", "phone", "to", "mes"}``: an incoming
                                       message; answers ``{"id": N}``
GET       ``/_admin/faults``           the faults in force (``Faults.to_json()``)
PUT       ``/_admin/faults``           replace them (``Faults.from_json(body)``)
PATCH     ``/_admin/faults``           change some fields, keep the others
POST      ``/_admin/reset``            forget every message, callback and account
========  ===========================  ==============================================
"""

from __future__ import annotations

import hmac
import logging
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final
from urllib.parse import parse_qsl

import orjson

from smsc_proto import GatewayError, HttpResponse, LocalProtocolError
from smsc_proto.gateway import JSON

from ._serve_types import ServedGateway

__all__ = ["CREDENTIAL_NAMES", "AdminApi"]

_log = logging.getLogger("transports.admin")

#: Query parameters (and, but for ``login``, JSON body members) that are gateway
#: credentials (spec lines 44-46: ``login``, ``psw``; ``apikey``): their presence
#: refuses a request to the admin API.
CREDENTIAL_NAMES: Final = frozenset({"login", "psw", "apikey"})
#: JSON body members that are gateway secrets. ``login`` alone is no secret, and names
#: the account of an incoming message.
_BODY_SECRETS: Final = frozenset({"psw", "apikey"})

#: The largest admin request body read, in bytes.
MAX_ADMIN_BODY: Final = 1024 * 1024

_PREFIX: Final = "/_admin"
_MONEY_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")


class _Refusal(Exception):
    """An admin request refused: its status, message, field and extra headers."""

    def __init__(
        self,
        status: int,
        message: str,
        field: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers


def _json_response(
    status: int, value: object, headers: tuple[tuple[str, str], ...] = ()
) -> HttpResponse:
    return HttpResponse(
        status,
        (
            ("Content-Type", "application/json"),
            ("Cache-Control", "no-store"),
            *headers,
        ),
        orjson.dumps(value),
    )


Route = Callable[["AdminApi", "dict[str, JSON]"], tuple[int, object]]


class AdminApi:
    """The admin API of ``gateway``: a handler of one request, ``(method, target,
    headers, body) -> HttpResponse`` (see the module for the endpoints).

    Args:
        gateway: The served gateway (:class:`transports.serve.ServedGateway`).
        token: The bearer token every request must carry: 16 to 256 printable ASCII
            characters, no space.
        set_faults: How ``PUT``/``PATCH /_admin/faults`` installs new faults (the
            server's :meth:`~transports.serve.Server.set_faults`, so that a backup host
            taken down goes down at once); ``gateway.set_faults`` by default.

    Raises:
        smsc_proto.LocalProtocolError: ``token`` breaks the rule above.
    """

    def __init__(
        self,
        gateway: ServedGateway[Any, Any],
        token: str,
        *,
        set_faults: Callable[[Any], None] | None = None,
    ) -> None:
        if not isinstance(token, str) or not re.fullmatch(r"[\x21-\x7e]{16,256}", token):
            raise LocalProtocolError(
                "admin token: must be 16..256 printable ASCII characters without spaces"
            )
        self._gateway = gateway
        self._token = token.encode("ascii")
        self._set_faults = gateway.set_faults if set_faults is None else set_faults

    def __repr__(self) -> str:
        return "AdminApi(token='***')"

    def __call__(
        self, method: str, target: str, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> HttpResponse:
        """Answer one admin request (``target``: the path and query as received)."""
        path, _, query = target.partition("?")
        try:
            status, value = self._answer(method, path, query, headers, body)
        except _Refusal as refusal:
            _log.info("admin %s %s: %d %s", method, path, refusal.status, refusal.message)
            return _json_response(
                refusal.status,
                {"error": refusal.message, "field": refusal.field},
                refusal.headers,
            )
        _log.info("admin %s %s: %d", method, path, status)
        return _json_response(status, value)

    # -- the checks, in order -----------------------------------------------------------

    def _answer(
        self,
        method: str,
        path: str,
        query: str,
        headers: tuple[tuple[str, str], ...],
        body: bytes,
    ) -> tuple[int, object]:
        header = {name.lower(): value for name, value in headers}
        _refuse_credentials(query, header.get("authorization", ""))
        self._authorize(header.get("authorization", ""))
        if query:
            name = parse_qsl(query, keep_blank_values=True)[0][0] if "=" in query else query
            raise _Refusal(400, "the admin API takes no query parameters", name)
        routes = _ROUTES.get(path.rstrip("/") or _PREFIX)
        if routes is None:
            raise _Refusal(404, f"no admin endpoint at {path}", "path")
        route = routes.get(method)
        if route is None:
            allow = ", ".join(sorted(routes))
            raise _Refusal(
                405, f"{path} takes {allow}, not {method}", "method", (("Allow", allow),)
            )
        document = _document(method, header.get("content-type", ""), body)
        return route(self, document)

    def _authorize(self, authorization: str) -> None:
        scheme, _, given = authorization.partition(" ")
        challenge = (("WWW-Authenticate", 'Bearer realm="smsc-proto admin"'),)
        if scheme.lower() != "bearer" or not given.strip():
            raise _Refusal(401, "a bearer token is required", "Authorization", challenge)
        # Constant time: the comparison does not tell how much of a guess was right.
        if not hmac.compare_digest(given.strip().encode("utf-8", "replace"), self._token):
            raise _Refusal(
                401, "the bearer token is not the admin token", "Authorization", challenge
            )

    # -- the endpoints -----------------------------------------------------------------

    def _index(self, document: dict[str, JSON]) -> tuple[int, object]:
        return 200, {
            "endpoints": [
                f"{method} {path}/" if path == _PREFIX else f"{method} {path}"
                for path, routes in _ROUTES.items()
                for method in sorted(routes)
            ]
        }

    def _state(self, what: str) -> tuple[int, object]:
        return 200, self._gateway.admin_state(what)

    def _messages(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._state("messages")

    def _callbacks(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._state("callbacks")

    def _accounts(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._state("accounts")

    def _clock(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._state("clock")

    def _add_account(self, document: dict[str, JSON]) -> tuple[int, object]:
        _only(document, required=("login", "password"), optional=("balance",))
        login = _text(document, "login")
        password = _text(document, "password")
        balance = None
        if "balance" in document:
            raw = document["balance"]
            if not isinstance(raw, str) or not _MONEY_RE.fullmatch(raw):
                raise _Refusal(400, "must be a decimal string like '100.00'", "balance")
            try:
                balance = Decimal(raw)
            except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
                raise _Refusal(400, "must be a decimal string", "balance") from None
        with _gateway_errors("login"):
            self._gateway.add_account(login, password, balance)
        return 201, {"login": login}

    def _advance(self, document: dict[str, JSON]) -> tuple[int, object]:
        _only(document, required=("seconds",))
        seconds = document["seconds"]
        if (
            not isinstance(seconds, (int, float))
            or isinstance(seconds, bool)
            or not math.isfinite(seconds)
            or seconds < 0
        ):
            raise _Refusal(
                400, f"must be a finite number of seconds >= 0, got {seconds!r}", "seconds"
            )
        with _gateway_errors("seconds"):
            self._gateway.advance(float(seconds))
        return self._state("clock")

    def _incoming(self, document: dict[str, JSON]) -> tuple[int, object]:
        _only(document, required=("login", "phone", "to", "mes"))
        fields = {name: _text(document, name) for name in ("login", "phone", "to", "mes")}
        with _gateway_errors("incoming"):
            message_id = self._gateway.inject_incoming(
                login=fields["login"], phone=fields["phone"], to=fields["to"], mes=fields["mes"]
            )
        return 201, {"id": message_id}

    def _get_faults(self, document: dict[str, JSON]) -> tuple[int, object]:
        return 200, self._gateway.faults.to_json()

    def _put_faults(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._install(document)

    def _patch_faults(self, document: dict[str, JSON]) -> tuple[int, object]:
        return self._install({**self._gateway.faults.to_json(), **document})

    def _install(self, document: dict[str, JSON]) -> tuple[int, object]:
        current = self._gateway.faults
        with _gateway_errors("faults"):
            faults = type(current).from_json(document)
        self._set_faults(faults)
        return 200, faults.to_json()

    def _reset(self, document: dict[str, JSON]) -> tuple[int, object]:
        _only(document)
        self._gateway.reset()
        return 200, {"reset": True}


_ROUTES: Final[Mapping[str, Mapping[str, Route]]] = {
    _PREFIX: {"GET": AdminApi._index},
    f"{_PREFIX}/messages": {"GET": AdminApi._messages},
    f"{_PREFIX}/callbacks": {"GET": AdminApi._callbacks},
    f"{_PREFIX}/accounts": {"GET": AdminApi._accounts, "POST": AdminApi._add_account},
    f"{_PREFIX}/clock": {"GET": AdminApi._clock},
    f"{_PREFIX}/clock/advance": {"POST": AdminApi._advance},
    f"{_PREFIX}/incoming": {"POST": AdminApi._incoming},
    f"{_PREFIX}/faults": {
        "GET": AdminApi._get_faults,
        "PUT": AdminApi._put_faults,
        "PATCH": AdminApi._patch_faults,
    },
    f"{_PREFIX}/reset": {"POST": AdminApi._reset},
}


# -- helpers ------------------------------------------------------------------------------


def _refuse_credentials(query: str, authorization: str) -> None:
    for name, _ in parse_qsl(query, keep_blank_values=True):
        if name.lower() in CREDENTIAL_NAMES:
            raise _Refusal(
                403, "gateway credentials are not accepted by the admin API", name.lower()
            )
    if authorization.partition(" ")[0].lower() == "basic":
        raise _Refusal(
            403, "gateway credentials are not accepted by the admin API", "Authorization"
        )


def _document(method: str, content_type: str, body: bytes) -> dict[str, JSON]:
    """The request's JSON object (``{}`` for a GET or an empty body)."""
    if method in ("GET", "DELETE") or not body:
        if body:
            raise _Refusal(400, f"a {method} request takes no body", "body")
        return {}
    media = content_type.partition(";")[0].strip().lower()
    if media != "application/json":
        raise _Refusal(415, f"must be application/json, got {media or 'none'}", "Content-Type")
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise _Refusal(400, f"not JSON: {exc}", "body") from None
    if not isinstance(value, dict):
        raise _Refusal(400, f"must be a JSON object, got {type(value).__name__}", "body")
    for name in value:
        if name.lower() in _BODY_SECRETS:
            raise _Refusal(403, "gateway credentials are not accepted by the admin API", name)
    return value


def _only(
    document: Mapping[str, JSON], required: tuple[str, ...] = (), optional: tuple[str, ...] = ()
) -> None:
    for name in required:
        if name not in document:
            raise _Refusal(400, "is required", name)
    for name in document:
        if name not in required and name not in optional:
            raise _Refusal(400, "is not a field of this endpoint", name)


def _text(document: Mapping[str, JSON], name: str) -> str:
    value = document[name]
    if not isinstance(value, str) or not value:
        raise _Refusal(400, f"must be a non-empty string, got {type(value).__name__}", name)
    return value


class _gateway_errors:
    """Turn what the gateway refuses into a 400 that names ``field``."""

    def __init__(self, field: str) -> None:
        self.field = field

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if isinstance(exc, (LocalProtocolError, GatewayError)):
            raise _Refusal(400, str(exc), self.field) from None
