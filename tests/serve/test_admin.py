"""The admin API under ``/_admin/``: its token, its refusals, each endpoint, on real sockets."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import orjson
import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from transports.admin import AdminApi
from transports.serve import Server

from .conftest import (
    PASSWORD,
    ServeTestDelivery,
    ServeTestFaults,
    ServeTestGateway,
    client,
    send_command,
    session_for,
)

TOKEN = "admin-token-0123456789abcdef"
ASCII_PASSWORD = "bob-password-0123456789"
Served = Server[ServeTestDelivery, ServeTestFaults]


@pytest.fixture
def gateway() -> ServeTestGateway:
    return ServeTestGateway(accounts={"alex": PASSWORD, "bob": ASCII_PASSWORD})


@pytest.fixture
def server(gateway: ServeTestGateway) -> Iterator[Served]:
    with Server(gateway, admin=True, admin_token=TOKEN, backup_port=0) as served:
        yield served


def ask(
    host: str,
    method: str,
    target: str,
    body: object = None,
    *,
    token: str | None = TOKEN,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> tuple[int, dict[str, str], Any]:
    """One request; the status, the headers and the decoded JSON body."""
    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    data = raw
    if body is not None:
        data = orjson.dumps(body)
        sent.setdefault("Content-Type", "application/json")
    address, _, port = host.rpartition(":")
    conn = http.client.HTTPConnection(address, int(port), timeout=5)
    try:
        conn.request(method, target, body=data, headers=sent)
        reply = conn.getresponse()
        payload = reply.read()
        got = {name.lower(): value for name, value in reply.getheaders()}
    finally:
        conn.close()
    is_json = got.get("content-type") == "application/json"
    return reply.status, got, orjson.loads(payload) if is_json else payload


# -- who may use it ------------------------------------------------------------------------

# (target, extra headers): requests that carry gateway credentials -- refused with 403
# even with the right token.
CREDENTIALED: list[tuple[str, dict[str, str], str]] = [
    (f"/_admin/messages?login=alex&psw={quote(PASSWORD)}", {}, "login"),
    ("/_admin/messages?psw=x", {}, "psw"),
    ("/_admin/messages?apikey=KEY", {}, "apikey"),
    ("/_admin/messages?PSW=x", {}, "psw"),
]


@pytest.mark.parametrize(("target", "headers", "field"), CREDENTIALED)
def test_gateway_credentials_never_reach_it(
    server: Served, gateway: ServeTestGateway, target: str, headers: dict[str, str], field: str
) -> None:
    status, _, body = ask(server.host, "GET", target, headers=headers)
    assert status == 403
    assert body == {
        "error": "gateway credentials are not accepted by the admin API",
        "field": field,
    }
    assert PASSWORD not in orjson.dumps(body).decode()


def test_basic_authorization_is_refused_as_a_gateway_credential(server: Served) -> None:
    status, _, body = ask(
        server.host, "GET", "/_admin/messages", token=None, headers={"Authorization": "Basic YTpi"}
    )
    assert (status, body["field"]) == (403, "Authorization")


@pytest.mark.parametrize("secret", ["psw", "apikey", "APIKEY"])
def test_credentials_in_the_json_body_are_refused(server: Served, secret: str) -> None:
    status, _, body = ask(server.host, "POST", "/_admin/reset", {secret: PASSWORD})
    assert (status, body["field"]) == (403, secret)


def test_a_gateway_session_pointed_at_it_gets_nothing(server: Served) -> None:
    """A client with the gateway's login and password, at the admin path: 403, no data."""
    session = sp.Session("alex", PASSWORD, host=server.host, scheme="http")
    http = session.prepare(c.Balance(), method="GET")
    status, _, body = ask(
        server.host,
        "GET",
        http.url.replace("/sys/balance.php", "/_admin/accounts").split(server.host, 1)[1],
        token=None,
    )
    assert status == 403
    assert "alex" not in orjson.dumps(body).decode()


@pytest.mark.parametrize(
    ("token", "headers"),
    [
        (None, {}),
        ("wrong-token-0123456789abcdef", {}),
        (TOKEN[:-1], {}),
        (None, {"Authorization": f"Token {TOKEN}"}),
        (None, {"Authorization": "Bearer"}),
        # A gateway password is no admin key.
        (ASCII_PASSWORD, {}),
    ],
)
def test_no_or_a_wrong_token_is_401(
    server: Served, token: str | None, headers: dict[str, str]
) -> None:
    status, got, body = ask(server.host, "GET", "/_admin/messages", token=token, headers=headers)
    assert status == 401
    assert got["www-authenticate"] == 'Bearer realm="smsc-proto admin"'
    assert body["field"] == "Authorization"


def test_it_is_off_by_default(gateway: ServeTestGateway) -> None:
    with Server(gateway) as plain:
        assert plain.admin_token is None
        status, _, _ = ask(plain.host, "GET", "/_admin/messages")
    assert status == 404


def test_it_is_not_served_on_the_backup_host(server: Served) -> None:
    assert server.backup_host is not None
    status, _, _ = ask(server.backup_host, "GET", "/_admin/messages")
    assert status == 404


def test_a_random_token_when_none_is_given(gateway: ServeTestGateway) -> None:
    with Server(gateway, admin=True) as served:
        token = served.admin_token
        assert token is not None
        assert len(token) >= 32
        assert ask(served.host, "GET", "/_admin/clock", token=token)[0] == 200
    assert token not in repr(served)


@pytest.mark.parametrize("bad", ["short", "has space in it 0123456789", "é" * 20, ""])
def test_a_weak_token_is_refused(gateway: ServeTestGateway, bad: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=r"admin token: must be 16\.\.256"):
        Server(gateway, admin=True, admin_token=bad)


def test_a_token_without_admin_is_refused(gateway: ServeTestGateway) -> None:
    with pytest.raises(sp.LocalProtocolError, match="admin_token: given without admin=True"):
        Server(gateway, admin_token=TOKEN)


def test_the_api_object_hides_its_token(gateway: ServeTestGateway) -> None:
    assert TOKEN not in repr(AdminApi(gateway, TOKEN))


# -- the endpoints ------------------------------------------------------------------------


def test_index_lists_the_endpoints(server: Served) -> None:
    status, got, body = ask(server.host, "GET", "/_admin/")
    assert status == 200
    assert got["content-type"] == "application/json"
    assert got["cache-control"] == "no-store"
    assert "POST /_admin/clock/advance" in body["endpoints"]
    assert "PUT /_admin/faults" in body["endpoints"]


def test_messages_and_callbacks(server: Served, gateway: ServeTestGateway) -> None:
    with client("requests", session_for(server.host)) as cl:
        reply = cl.call(send_command())
    status, _, messages = ask(server.host, "GET", "/_admin/messages")
    assert status == 200
    assert messages == [
        {"key": f"alex:{reply.id}", "login": "alex", "phone": "79990001122", "mes": "Привет"}
    ]
    status, _, log = ask(server.host, "GET", "/_admin/callbacks")
    assert (status, log) == (200, [])


def test_accounts_list_and_add(server: Served) -> None:
    status, _, body = ask(
        server.host,
        "POST",
        "/_admin/accounts",
        {"login": "kate", "password": "pw-kate-1", "balance": "7.50"},
    )
    assert (status, body) == (201, {"login": "kate"})
    status, _, accounts = ask(server.host, "GET", "/_admin/accounts")
    assert status == 200
    assert {"login": "kate", "balance": "7.50"} in accounts
    assert "pw-kate-1" not in orjson.dumps(accounts).decode()
    with client("requests", sp.Session("kate", "pw-kate-1", host=server.host, scheme="http")) as cl:
        assert cl.call(c.Balance()).balance == Decimal("7.50")


def test_clock_advance(server: Served, gateway: ServeTestGateway) -> None:
    before = gateway.clock.now()
    status, _, body = ask(server.host, "POST", "/_admin/clock/advance", {"seconds": 90.5})
    assert status == 200
    assert (gateway.clock.now() - before).total_seconds() == 90.5
    assert body == {"now": gateway.clock.now().isoformat()}
    assert ask(server.host, "GET", "/_admin/clock")[2] == body


def test_incoming(server: Served, gateway: ServeTestGateway) -> None:
    message = {"login": "alex", "phone": "79990001122", "to": "79990009999", "mes": "Ответ"}
    status, _, body = ask(server.host, "POST", "/_admin/incoming", message)
    assert (status, body) == (201, {"id": 1})
    assert gateway.admin_state("incoming") == [{"id": "1", **message}]


def test_faults_get_put_patch(server: Served, gateway: ServeTestGateway) -> None:
    status, _, body = ask(server.host, "GET", "/_admin/faults")
    assert (status, body) == (200, ServeTestFaults().to_json())
    status, _, body = ask(server.host, "PUT", "/_admin/faults", {"reset": 1.0, "seed": 4})
    assert status == 200
    assert gateway.faults == ServeTestFaults(reset=1.0, seed=4)
    assert body == gateway.faults.to_json()
    status, _, body = ask(server.host, "PATCH", "/_admin/faults", {"backup_down": True})
    assert status == 200
    assert gateway.faults == ServeTestFaults(reset=1.0, seed=4, backup_down=True)
    # PUT replaces: what it does not name is back to the default.
    ask(server.host, "PUT", "/_admin/faults", {"latency": 0.1})
    assert gateway.faults == ServeTestFaults(latency=0.1)


def test_faults_put_over_the_api_apply_to_requests_and_the_backup_host(server: Served) -> None:
    assert server.backup_host is not None
    ask(
        server.host,
        "PUT",
        "/_admin/faults",
        {"script": ["reset"], "backup_down": True, "offset": server.requests},
    )
    session = session_for(server.host, server.backup_host)
    with client("urllib3", session) as cl, pytest.raises(sp.TransportError) as caught:
        cl.call(c.Balance())
    assert [line.split(": ")[1] for line in caught.value.attempts] == ["lost", "connect"]
    # The admin API itself is never faulted.
    assert ask(server.host, "GET", "/_admin/faults")[0] == 200


def test_reset(server: Served, gateway: ServeTestGateway) -> None:
    with client("requests", session_for(server.host)) as cl:
        cl.call(send_command())
    status, _, body = ask(server.host, "POST", "/_admin/reset")
    assert (status, body) == (200, {"reset": True})
    assert gateway.messages() == []
    assert ask(server.host, "GET", "/_admin/accounts")[2] == []


# -- refusals name the field ------------------------------------------------------------------

REFUSALS = [
    ("POST", "/_admin/clock/advance", {"seconds": -1}, 400, "seconds"),
    ("POST", "/_admin/clock/advance", {"seconds": "60"}, 400, "seconds"),
    ("POST", "/_admin/clock/advance", {"seconds": True}, 400, "seconds"),
    ("POST", "/_admin/clock/advance", {}, 400, "seconds"),
    ("POST", "/_admin/clock/advance", {"seconds": 1, "minutes": 2}, 400, "minutes"),
    ("POST", "/_admin/incoming", {"login": "alex", "phone": "7", "to": "7"}, 400, "mes"),
    (
        "POST",
        "/_admin/incoming",
        {"login": "alex", "phone": 7, "to": "7", "mes": "x"},
        400,
        "phone",
    ),
    (
        "POST",
        "/_admin/incoming",
        {"login": "nobody", "phone": "7", "to": "7", "mes": "x"},
        400,
        "incoming",
    ),
    ("POST", "/_admin/accounts", {"login": "kate", "password": "p", "balance": 5}, 400, "balance"),
    ("POST", "/_admin/accounts", {"login": "kate"}, 400, "password"),
    ("PUT", "/_admin/faults", {"reset": "often"}, 400, "faults"),
    ("PUT", "/_admin/faults", {"nope": 1}, 400, "faults"),
    ("POST", "/_admin/clock/advance", [1], 400, "body"),
    ("GET", "/_admin/nowhere", None, 404, "path"),
    ("DELETE", "/_admin/messages", None, 405, "method"),
    ("POST", "/_admin/messages", None, 405, "method"),
]


@pytest.mark.parametrize(("method", "target", "body", "status", "field"), REFUSALS)
def test_refusals_name_the_field(
    *, server: Served, method: str, target: str, body: object, status: int, field: str
) -> None:
    got, headers, reply = ask(server.host, method, target, body)
    assert (got, reply["field"]) == (status, field)
    assert reply["error"]
    if status == 405:
        assert headers["allow"]


def test_a_body_that_is_not_json(server: Served) -> None:
    status, _, body = ask(
        server.host,
        "POST",
        "/_admin/clock/advance",
        raw=b"{nope",
        headers={"Content-Type": "application/json"},
    )
    assert (status, body["field"]) == (400, "body")
    status, _, body = ask(
        server.host,
        "POST",
        "/_admin/clock/advance",
        raw=b"seconds=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert (status, body["field"]) == (415, "Content-Type")


def test_query_parameters_are_refused(server: Served) -> None:
    status, _, body = ask(server.host, "GET", "/_admin/messages?limit=5")
    assert (status, body["field"]) == (400, "limit")


def test_the_gateway_still_answers_beside_it(server: Served) -> None:
    with client("requests", session_for(server.host)) as cl:
        assert isinstance(cl.call(c.Balance()), r.BalanceReply)
