"""The sans-IO gateway: one table of (request, what the handler does, reply bytes).

Each row is a request as it arrives (method, target, body, Content-Type), what the
registered handler returns or raises, and the exact HTTP reply -- status,
``Content-Type`` and body, written out as the spec prints it. Every row with a command
is also read back the client's way (:func:`smsc_proto.decode_response`): the reply
decodes to the value the handler returned, or to the error it raised.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Context, Gateway

PSW = "canary-psw-7f3a"
KEY = "canary-key-91c2"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LOGIN = f"login=alex&psw={PSW}"
SEND = f"/sys/send.php?{LOGIN}&phones=79999999999&mes=hi"
NO_MONEY = "Недостаточно средств"


@dataclass(frozen=True)
class Account:
    """What the test's hook returns for a caller."""

    login: str


def authenticate(credentials: c.Credentials, context: Context[None]) -> Account | None:
    if credentials.apikey == KEY:
        return Account("by-key")
    if credentials.login == "blocked":
        raise sp.IpBlockedError(4, "IP address is temporarily blocked.")
    if credentials.login == "alex" and credentials.psw == PSW:
        return Account("alex")
    return None


@dataclass(frozen=True)
class Row:
    """One exchange: the request, the handler's outcome, the reply."""

    name: str
    target: str
    outcome: Any  # the reply the handler returns, or the GatewayError it raises
    status: int
    content_type: str
    body: bytes
    method: str = "GET"
    payload: bytes = b""
    payload_type: str | None = None
    unreadable_fmt: int | None = None  # the fmt of the error 1 reply to an unreadable request


def _send_reply(**fields: Any) -> r.SendReply:
    return r.SendReply(**{"id": 1234, "cnt": 1, **fields})


TEXT = "text/plain; charset=windows-1251"
XML = "application/xml; charset=windows-1251"
JSON = "application/json; charset=windows-1251"
NONE = None  # the handler is not reached

ROWS = [
    # -- replies, fmt 0..3 and every charset (spec lines 224-290) ------------------------
    Row("fmt0", SEND, _send_reply(), 200, TEXT, b"OK - 1 SMS, ID - 1234"),
    Row("fmt1", SEND + "&fmt=1", _send_reply(), 200, TEXT, b"1234,1"),
    Row(
        "fmt2",
        SEND + "&fmt=2",
        _send_reply(),
        200,
        XML,
        b"<result><id>1234</id><cnt>1</cnt></result>",
    ),
    Row(
        "fmt3 utf-8",
        SEND + "&fmt=3&charset=utf-8",
        _send_reply(),
        200,
        "application/json; charset=utf-8",
        b'{"id":1234,"cnt":1}',
    ),
    Row(
        "fmt0 cost=3",
        SEND + "&cost=3",
        _send_reply(cost=Decimal("1.40"), balance=Decimal("100.50")),
        200,
        TEXT,
        b"OK - 1 SMS, ID - 1234, COST - 1.40, BALANCE - 100.50",
    ),
    Row(
        "fmt3 cost=1",
        SEND + "&fmt=3&cost=1",
        r.SendReply(cost=Decimal("1.40"), cnt=1),
        200,
        JSON,
        b'{"cost":"1.40","cnt":1}',
    ),
    Row(
        "POST form, koi8-r",
        "/sys/send.php",
        _send_reply(),
        200,
        "text/plain; charset=koi8-r",
        b"1234,1",
        method="POST",
        payload=f"{LOGIN}&phones=79999999999&mes=%F0%D2%C9%D7%C5%D4&fmt=1&charset=koi8-r".encode(),
        payload_type=sp.FORM_CONTENT_TYPE,
    ),
    Row(
        "rest/send JSON body",
        "/rest/send/",
        _send_reply(),
        200,
        JSON,
        b'{"id":1234,"cnt":1}',
        method="POST",
        payload=(
            b'{"login":"alex","psw":"' + PSW.encode() + b'","phones":"79999999999",'
            b'"mes":"hi","fmt":"3"}'
        ),
        payload_type="application/json",
    ),
    Row(
        "apikey",
        f"/sys/send.php?apikey={KEY}&phones=79999999999&mes=hi&fmt=1",
        _send_reply(),
        200,
        TEXT,
        b"1234,1",
    ),
    Row(
        "documents.php: the PDF itself",
        f"/sys/documents.php?get_account=1&{LOGIN}&user=sub&id=5",
        r.DocumentsFileReply(pdf=PDF),
        200,
        "application/pdf",
        PDF,
    ),
    # -- errors the handler raises; send.php's 3, 6, 7, 8 carry the message id ---------
    # Spec (lines 176-178): "ERROR = N (description), ID - <id сообщения> -- for 3
    # errors,6,7,8"; (line 181): "<id сообщения>,-N".
    Row(
        "error 3 takes the request's id, fmt0 windows-1251",
        SEND + "&id=77",
        sp.GatewayError(3, NO_MONEY),
        200,
        TEXT,
        f"ERROR = 3 ({NO_MONEY}), ID - 77".encode("cp1251"),
    ),
    Row(
        "error 3 takes the request's id, fmt1",
        SEND + "&id=77&fmt=1",
        sp.GatewayError(3, NO_MONEY),
        200,
        TEXT,
        b"77,-3",
    ),
    Row(
        "error 3 takes the request's id, fmt2 koi8-r",
        SEND + "&id=77&fmt=2&charset=koi8-r",
        sp.GatewayError(3, NO_MONEY),
        200,
        "application/xml; charset=koi8-r",
        (f"<result><error>{NO_MONEY}</error><error_code>3</error_code><id>77</id></result>").encode(
            "koi8-r"
        ),
    ),
    Row(
        "error 3 takes the request's id, fmt3 utf-8",
        SEND + "&id=order-5&fmt=3&charset=utf-8",
        sp.GatewayError(3, NO_MONEY),
        200,
        "application/json; charset=utf-8",
        f'{{"error":"{NO_MONEY}","error_code":3,"id":"order-5"}}'.encode(),
    ),
    Row(
        "error 8: the handler's own id wins",
        SEND + "&id=77&fmt=1",
        sp.GatewayError(8, "The message to the specified number can not be delivered.", 90),
        200,
        TEXT,
        b"90,-8",
    ),
    Row(
        "error 7 without any id",
        SEND,
        sp.GatewayError(7, "Invalid phone number format."),
        200,
        TEXT,
        b"ERROR = 7 (Invalid phone number format.)",
    ),
    Row(
        "error 9 names no message even with a request id",
        SEND + "&id=77&fmt=3",
        sp.TooManyRequestsError(9, "Too many identical requests."),
        200,
        JSON,
        b'{"error":"Too many identical requests.","error_code":9}',
    ),
    Row(
        "documents.php errors are JSON whatever the fmt",
        f"/sys/documents.php?get_account=1&{LOGIN}&user=sub&id=5&fmt=1",
        sp.GatewayError(1, "Error in parameters."),
        200,
        JSON,
        b'{"error":"Error in parameters.","error_code":1}',
    ),
    # -- authentication (error 2, spec line 213) -----------------------------------------
    Row(
        "wrong password, fmt0",
        SEND.replace(PSW, "wrong"),
        NONE,
        200,
        TEXT,
        b"ERROR = 2 (Invalid username or password.)",
    ),
    Row("wrong password, fmt1", SEND.replace(PSW, "wrong") + "&fmt=1", NONE, 200, TEXT, b"0,-2"),
    Row(
        "wrong password, fmt2",
        SEND.replace(PSW, "wrong") + "&fmt=2",
        NONE,
        200,
        XML,
        b"<result><error>Invalid username or password.</error><error_code>2</error_code></result>",
    ),
    Row(
        "wrong apikey, fmt3",
        "/sys/send.php?apikey=nope&phones=79999999999&mes=hi&fmt=3",
        NONE,
        200,
        JSON,
        b'{"error":"Invalid username or password.","error_code":2}',
    ),
    Row(
        "no credentials at all",
        "/sys/send.php?phones=79999999999&mes=hi&fmt=1",
        NONE,
        200,
        TEXT,
        b"0,-2",
    ),
    Row(
        "the hook raises error 4",
        "/sys/send.php?login=blocked&psw=x&phones=79999999999&mes=hi",
        NONE,
        200,
        TEXT,
        b"ERROR = 4 (IP address is temporarily blocked.)",
    ),
    # -- no handler: error 1 (spec line 212) ----------------------------------------------
    Row(
        "no handler for balance.php",
        f"/sys/balance.php?{LOGIN}",
        NONE,
        200,
        TEXT,
        b"ERROR = 1 (Error in parameters: balance.php Balance is not served)",
    ),
    # -- unreadable requests: error 1, in the fmt the request names when readable ------
    Row(
        "unknown script, fmt=2 readable",
        "/sys/nope.php?fmt=2",
        NONE,
        200,
        XML,
        b"<result><error>Error in parameters.</error><error_code>1</error_code></result>",
        unreadable_fmt=2,
    ),
    Row(
        "bad phone, fmt=3 utf-8 readable",
        f"/sys/send.php?{LOGIN}&phones=abc&mes=hi&fmt=3&charset=utf-8",
        NONE,
        200,
        "application/json; charset=utf-8",
        b'{"error":"Error in parameters.","error_code":1}',
        unreadable_fmt=3,
    ),
    Row(
        "two actions selected, fmt=1",
        f"/sys/phones.php?{LOGIN}&add=1&del=1&fmt=1",
        NONE,
        200,
        TEXT,
        b"0,-1",
        unreadable_fmt=1,
    ),
    Row(
        "fmt=7 is no fmt: fmt0",
        f"/sys/send.php?{LOGIN}&phones=abc&fmt=7",
        NONE,
        200,
        TEXT,
        b"ERROR = 1 (Error in parameters.)",
        unreadable_fmt=0,
    ),
    Row(
        "fmt given twice: fmt0",
        f"/sys/send.php?{LOGIN}&phones=abc&fmt=2&fmt=3",
        NONE,
        200,
        TEXT,
        b"ERROR = 1 (Error in parameters.)",
        unreadable_fmt=0,
    ),
    Row(
        "bytes windows-1251 cannot read (0x98): fmt0",
        f"/sys/send.php?{LOGIN}&phones=79999999999&mes=%98&fmt=3",
        NONE,
        200,
        TEXT,
        b"ERROR = 1 (Error in parameters.)",
        unreadable_fmt=0,
    ),
    Row(
        "a body of no known type: fmt0",
        "/sys/send.php?fmt=3",
        NONE,
        200,
        TEXT,
        b"ERROR = 1 (Error in parameters.)",
        method="POST",
        payload=b"hello",
        payload_type="text/plain",
        unreadable_fmt=0,
    ),
    Row(
        "documents.php unreadable: JSON",
        f"/sys/documents.php?get_account=1&{LOGIN}&id=x",
        NONE,
        200,
        JSON,
        b'{"error":"Error in parameters.","error_code":1}',
        unreadable_fmt=3,
    ),
    # -- paths outside the API ------------------------------------------------------------
    Row("no /sys/", f"/send.php?{LOGIN}", NONE, 404, "text/plain; charset=utf-8", b"Not Found"),
    Row("nested", "/sys/a/send.php", NONE, 404, "text/plain; charset=utf-8", b"Not Found"),
    Row("root", "/", NONE, 404, "text/plain; charset=utf-8", b"Not Found"),
    Row("other rest", "/rest/other/", NONE, 404, "text/plain; charset=utf-8", b"Not Found"),
]


def _answer(outcome: Any) -> Callable[[c.Command, Context[Any]], Any]:
    def handler(command: c.Command, context: Context[Any]) -> Any:
        if isinstance(outcome, sp.GatewayError):
            raise outcome
        return outcome

    return handler


def _gateway(outcome: Any) -> Gateway[Account]:
    gateway = Gateway(authenticate=authenticate)
    served: tuple[type[c.Command[Any]], ...] = (c.Send, c.RestSend, c.DocumentsGetAccount)
    for cls in served:
        gateway.handler(cls)(_answer(outcome))
    return gateway


def _request(row: Row, base: str = "") -> sp.HttpRequest:
    headers = (("Content-Type", row.payload_type),) if row.payload_type else ()
    return sp.HttpRequest(row.method, base + row.target, headers, row.payload)


@pytest.mark.parametrize("base", ["", "https://smscentre.com"])
@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_reply_bytes(row: Row, base: str) -> None:
    response = _gateway(row.outcome).respond(_request(row, base))
    assert (response.status, response.header("Content-Type"), response.body) == (
        row.status,
        row.content_type,
        row.body,
    )


READABLE = [row for row in ROWS if row.status == 200]


@pytest.mark.parametrize("row", READABLE, ids=[row.name for row in READABLE])
def test_the_client_reads_each_reply(row: Row) -> None:
    """The other direction: the client's decoder gives back what the handler meant."""
    http = _request(row)
    response = _gateway(row.outcome).respond(http)
    try:
        request = sp.Request.from_url(http.url, http.body or None, http.header("Content-Type"))
        command = sp.parse_command(request)
    except sp.RemoteProtocolError:
        # Unreadable: no command to read the reply with. It is error 1 in the fmt the
        # row names, which every script's reader reads alike.
        assert row.unreadable_fmt is not None
        command = c.Balance(fmt=row.unreadable_fmt, charset=request_charset(row))
    content_type = response.header("Content-Type")
    if isinstance(row.outcome, sp.GatewayError):
        with pytest.raises(sp.GatewayError) as info:
            sp.decode_response(command, response.body, content_type=content_type)
        expected_id = row.outcome.id
        if expected_id is None and row.outcome.code in (3, 6, 7, 8):
            expected_id = getattr(command, "id", None)
        assert (info.value.code, info.value.description, info.value.id) == (
            row.outcome.code,
            row.outcome.description if command.fmt != 1 else info.value.description,
            expected_id,
        )
        assert type(info.value) is type(row.outcome)
    elif row.outcome is not None:
        assert sp.decode_response(command, response.body, content_type=content_type) == (
            row.outcome
        )
    else:
        with pytest.raises(sp.GatewayError) as refused:
            sp.decode_response(command, response.body, content_type=content_type)
        assert refused.value.code in (1, 2, 4)


def request_charset(row: Row) -> str:
    return row.content_type.partition("charset=")[2] or sp.DEFAULT_CHARSET


# -- registration ---------------------------------------------------------------------------


def test_a_command_class_gets_one_handler() -> None:
    gateway = Gateway(authenticate=None)
    gateway.handler(c.Send)(_answer(_send_reply()))
    with pytest.raises(sp.LocalProtocolError, match="Send already has a handler"):
        gateway.handler(c.Send)
    # Dispatch is by the exact class: RestSend (rest/send/) is another command.
    rest = sp.HttpRequest("GET", "/rest/send/?phones=79999999999&mes=x&fmt=1")
    assert gateway.respond(rest).body == b"0,-1"


@pytest.mark.parametrize("bad", [int, c.Command, sp.Request, "Send", None])
def test_only_decodable_command_classes_get_handlers(bad: Any) -> None:
    with pytest.raises(sp.LocalProtocolError, match="command: must be a command class"):
        Gateway(authenticate=None).handler(cast("type[c.Command[Any]]", bad))


def test_a_handler_must_be_callable() -> None:
    register = Gateway(authenticate=None).handler(c.Send)
    with pytest.raises(sp.LocalProtocolError, match="handler of Send: must be callable"):
        register("not a function")  # type: ignore[arg-type]


def test_the_fallback_answers_what_no_handler_claims() -> None:
    seen: list[str] = []

    def fallback(command: c.Command, context: Context[None]) -> Any:
        seen.append(type(command).__name__)
        return r.BalanceReply(balance=Decimal("7.00"))

    gateway = Gateway(authenticate=None, fallback=fallback)
    gateway.handler(c.Send)(_answer(_send_reply()))
    assert gateway.respond(sp.HttpRequest("GET", "/sys/balance.php")).body == b"7.00"
    assert gateway.respond(sp.HttpRequest("GET", SEND)).body == b"OK - 1 SMS, ID - 1234"
    assert seen == ["Balance"]
    with pytest.raises(sp.LocalProtocolError, match="already has one"):
        gateway.set_fallback(fallback)


def test_set_fallback_is_a_decorator() -> None:
    gateway = Gateway(authenticate=None)

    @gateway.set_fallback
    def fallback(command: c.Command, context: Context[None]) -> Any:
        raise sp.GatewayError(6, "Forbidden.")

    assert callable(fallback)
    response = gateway.respond(sp.HttpRequest("GET", "/sys/send.php?phones=7999&mes=x&id=3"))
    assert response.body == b"ERROR = 6 (Forbidden.), ID - 3"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"authenticate": "yes"}, "authenticate: must be callable or None"),
        ({"authenticate": None, "fallback": 5}, "fallback: must be callable"),
    ],
)
def test_bad_construction(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=message):
        Gateway(**arguments)


def test_authenticate_has_no_default() -> None:
    """A gateway is open only when its builder says ``authenticate=None``."""
    with pytest.raises(TypeError, match="authenticate"):
        Gateway()  # type: ignore[call-overload]


def test_an_open_gateway_answers_everyone() -> None:
    gateway = Gateway(authenticate=None)
    accounts: list[object] = []

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[None]) -> r.SendReply:
        accounts.append(context.account)
        return _send_reply()

    assert gateway.respond(sp.HttpRequest("GET", "/sys/send.php?phones=7999&mes=x")).body == (
        b"OK - 1 SMS, ID - 1234"
    )
    assert accounts == [None]


def test_respond_refuses_what_is_no_http_request() -> None:
    gateway = Gateway(authenticate=None)
    with pytest.raises(sp.LocalProtocolError, match="request: must be an HttpRequest"):
        gateway.respond("/sys/send.php")  # type: ignore[arg-type]
    with pytest.raises(sp.LocalProtocolError, match="peer: must be a str or None"):
        gateway.respond(sp.HttpRequest("GET", SEND), peer=("127.0.0.1", 80))  # type: ignore[arg-type]


# -- failures of the gateway's own code: HTTP 500 -----------------------------------------


def test_a_handler_that_fails_gets_500() -> None:
    gateway = Gateway(authenticate=None)

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[None]) -> r.SendReply:
        raise RuntimeError("backend down")

    response = gateway.respond(sp.HttpRequest("GET", SEND))
    assert (response.status, response.body) == (500, b"Internal Server Error")


@pytest.mark.parametrize(
    "outcome",
    [
        r.BalanceReply(balance=Decimal(1)),  # not the command's reply
        sp.GatewayError(2, "Invalid username or password.", id=5),  # error 2 names no message
        sp.GatewayError(0, "zero is no error code"),
    ],
    ids=["wrong reply", "id on error 2", "code 0"],
)
def test_a_reply_the_request_cannot_carry_gets_500(outcome: Any) -> None:
    response = _gateway(outcome).respond(sp.HttpRequest("GET", SEND))
    assert response.status == 500


@pytest.mark.parametrize(
    ("description", "fmt", "body"),
    [
        # A description the reply cannot carry is the handler's text, not a bug: written
        # escaped on one line (it used to be HTTP 500, so the caller got no error reply).
        ("two\nlines", 0, b"ERROR = 1 (two\\nlines)"),
        ("no sender \U0001f600", 0, b"ERROR = 1 (no sender \\U0001f600)"),
        ("bell \x07", 2, b"<result><error>bell \\x07</error><error_code>1</error_code></result>"),
        ("no sender \U0001f600", 3, b'{"error":"no sender \\\\U0001f600","error_code":1}'),
    ],
    ids=["line break", "emoji in windows-1251", "control character in XML", "fmt=3"],
)
def test_an_error_description_the_reply_cannot_carry_is_escaped(
    description: str, fmt: int, body: bytes
) -> None:
    response = _gateway(sp.GatewayError(1, description)).respond(
        sp.HttpRequest("GET", f"{SEND}&fmt={fmt}")
    )
    assert (response.status, response.body) == (200, body)
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(
            c.Send(phones=sp.values.parse_phone_list("79999999999"), mes="hi", fmt=fmt),
            response.body,
        )
    assert info.value.code == 1


def test_a_hook_that_fails_gets_500() -> None:
    def authenticate(credentials: c.Credentials, context: Context[None]) -> Account:
        raise KeyError("no table")

    gateway = Gateway(authenticate=authenticate)
    assert gateway.respond(sp.HttpRequest("GET", SEND)).status == 500


def test_replace_keeps_the_context_frozen() -> None:
    contexts: list[Context[Account]] = []
    gateway = Gateway(authenticate=authenticate)

    @gateway.handler(c.Send)
    def send(command: c.Send, context: Context[Account]) -> r.SendReply:
        contexts.append(context)
        return _send_reply()

    gateway.respond(sp.HttpRequest("GET", SEND))
    (context,) = contexts
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.peer = "x"  # type: ignore[misc]
