"""The sans-IO session: commands -> HttpRequest, HttpResponse -> results, and the
exchange's retry and reconciliation rules, with no I/O at all."""

from __future__ import annotations

import logging
import pickle
from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v

PSW = "s3cret Пароль"
PHONE = v.parse_phone_list("79999999999")
BASE = "https://smscentre.com/sys/"
FORM = ("Content-Type", sp.FORM_CONTENT_TYPE)
UA = ("User-Agent", "smsc-proto")
_PSW_Q = "s3cret%20%D0%9F%D0%B0%D1%80%D0%BE%D0%BB%D1%8C"


def _session(**options: object) -> sp.Session:
    return sp.Session("alex", PSW, id_factory=lambda: "cid-1", **options)  # type: ignore[arg-type]


# (command, prepare kwargs, expected HttpRequest)
PREPARE_CASES = [
    (
        c.Balance(),
        {},
        sp.HttpRequest(
            "POST",
            BASE + "balance.php",
            (UA, FORM),
            f"login=alex&psw={_PSW_Q}&fmt=3&charset=utf-8".encode(),
        ),
    ),
    (
        c.Balance(fmt=0, charset="koi8-r"),
        {"method": "GET", "host": "www2.smscentre.com"},
        sp.HttpRequest(
            "GET",
            "https://www2.smscentre.com/sys/balance.php?login=alex"
            "&psw=s3cret%20%F0%C1%D2%CF%CC%D8&fmt=0&charset=koi8-r",
            (UA,),
        ),
    ),
    (
        c.StatusQuery(phone=PHONE, id=7),
        {},
        sp.HttpRequest(
            "POST",
            BASE + "status.php",
            (UA, FORM),
            f"login=alex&psw={_PSW_Q}&phone=79999999999&id=7&fmt=3&charset=utf-8".encode(),
        ),
    ),
    (
        c.RestSend(phones=PHONE, mes="hi", id=3),
        {},
        sp.HttpRequest(
            "POST",
            "https://smscentre.com/rest/send/",
            (UA, ("Content-Type", "application/json")),
            (
                '{"login":"alex","psw":"s3cret Пароль","phones":"79999999999","mes":"hi",'
                '"id":"3","fmt":"3","charset":"utf-8"}'
            ).encode(),
        ),
    ),
]


@pytest.mark.parametrize(("command", "kwargs", "expected"), PREPARE_CASES)
def test_prepare(command: c.Command, kwargs: dict[str, str], expected: sp.HttpRequest) -> None:
    assert _session().prepare(command, **kwargs) == expected


def test_prepare_multipart_for_attachments() -> None:
    files = (sp.Attachment(name="file0", filename="a.txt", content=b"abc"),)
    command = c.Send(phones=PHONE, mes="<file 1>", mms=True, attachments=files)
    http = _session().prepare(command)
    assert http.method == "POST"
    content_type = http.header("content-type")
    assert content_type is not None
    assert content_type.startswith("multipart/form-data; boundary=")
    decoded = sp.Request.from_url(http.url, http.body, content_type)
    assert decoded.attachments == files
    assert decoded.params["psw"] == PSW


@pytest.mark.parametrize(
    ("command", "method"),
    [
        (c.RestSend(phones=PHONE, mes="hi"), "GET"),
        (
            c.Send(
                phones=PHONE,
                mes="x",
                mms=True,
                attachments=(sp.Attachment(name="file0", filename="a.txt", content=b"a"),),
            ),
            "GET",
        ),
        (c.Balance(credentials=c.Credentials(login="a", psw="b")), "POST"),
        (c.Send(phones=PHONE, mes="🎄", charset="windows-1251"), "POST"),
    ],
)
def test_prepare_refuses(command: c.Command, method: str) -> None:
    with pytest.raises(sp.LocalProtocolError):
        _session().prepare(command, method=method)


def test_command_fmt_and_charset_win_over_the_session() -> None:
    session = _session(fmt=0, charset="koi8-r")
    completed = session.complete(c.Balance(fmt=2))
    assert (completed.fmt, completed.charset) == (2, "koi8-r")
    body = "<balance>1.00</balance>".encode("koi8-r")
    reply = session.finish(c.Balance(fmt=2), sp.HttpResponse(200, (), body))
    assert reply == r.BalanceReply(balance=Decimal("1.00"))


def test_unencodable_utf8_moves_the_command_and_its_reply() -> None:
    session = _session(charset="windows-1251", unencodable=sp.Unencodable.UTF8)
    command = c.Send(phones=PHONE, mes="🎄", id=1)
    assert session.complete(command).charset == "utf-8"
    assert b"charset=utf-8" in session.prepare(command).body


@pytest.mark.parametrize(
    ("code", "error"),
    [(4, sp.IpBlockedError), (9, sp.TooManyRequestsError), (2, sp.GatewayError)],
)
def test_finish_types_errors_4_and_9(code: int, error: type[sp.GatewayError]) -> None:
    session = _session()
    body = sp.encode_error(session.complete(c.Balance()), sp.GatewayError(code, "x"))
    with pytest.raises(error) as info:
        session.finish(c.Balance(), sp.HttpResponse(200, (), body))
    assert type(info.value) is error
    assert info.value.code == code


PDF = b"%PDF-1.4 ..."
_INVOICE_BODY = (
    b'--frontier\r\nContent-Type: application/json\r\n\r\n{"id":678,"sum":"1500.00"}\r\n'
    b"--frontier\r\nContent-Type: application/pdf\r\n\r\n" + PDF + b"\r\n--frontier--\r\n"
)

# (command, HttpResponse, result): documents.php's raw replies go through finish like any
# other, the response's Content-Type naming the multipart boundary.
DOCUMENTS_FINISH = [
    (
        c.DocumentsAddAccount(user="bob", sum=Decimal("1500")),
        sp.HttpResponse(
            200, (("Content-Type", "multipart/mixed; boundary=frontier"),), _INVOICE_BODY
        ),
        r.DocumentsAddAccountReply(id=678, sum=Decimal("1500.00"), pdf=PDF),
    ),
    (
        c.DocumentsGetAccount(user="bob", id=5),
        sp.HttpResponse(200, (("Content-Type", "application/pdf"),), PDF),
        r.DocumentsFileReply(pdf=PDF),
    ),
    (
        c.DocumentsGetAct(user_id=3, num="A-1"),
        sp.HttpResponse(200, (), PDF),
        r.DocumentsFileReply(pdf=PDF),
    ),
]


@pytest.mark.parametrize(("command", "response", "result"), DOCUMENTS_FINISH)
def test_finish_documents(command: c.Command, response: sp.HttpResponse, result: object) -> None:
    assert _session().finish(command, response) == result


def test_finish_documents_errors_are_typed() -> None:
    body = b'{"error": "too often", "error_code": 9}'
    with pytest.raises(sp.TooManyRequestsError):
        _session().finish(c.DocumentsGetAct(user="bob", id=1), sp.HttpResponse(200, (), body))
    wrong = sp.HttpResponse(
        200, (("Content-Type", "multipart/mixed; boundary=other"),), _INVOICE_BODY
    )
    with pytest.raises(sp.RemoteProtocolError, match="multipart delimiter not found"):
        _session().finish(c.DocumentsAddAccount(user="bob", sum=Decimal("1")), wrong)


def test_error_windows() -> None:
    assert sp.TooManyRequestsError(9).window == 60
    assert sp.IpBlockedError(4).window is None


def test_finish_non_200() -> None:
    with pytest.raises(sp.HttpStatusError) as info:
        _session().finish(c.Balance(), sp.HttpResponse(502, (), b""))
    assert info.value.status == 502


@pytest.mark.parametrize(
    ("command", "kind"),
    [
        (c.Balance(), sp.CallKind.READ),
        (c.StatusQuery(phone=PHONE, id=1), sp.CallKind.READ),
        (c.Send(phones=PHONE, mes="x", cost=1), sp.CallKind.READ),
        (c.Send(phones=PHONE, mes="x"), sp.CallKind.SEND),
        (c.Send(phones=PHONE, mes="x", cost=3), sp.CallKind.SEND),
        (c.RestSend(phones=PHONE, mes="x"), sp.CallKind.SEND),
        (c.PhonesAddGroup(name="g"), sp.CallKind.ONCE),
        (c.UsersPay(user="u", sum=Decimal(1)), sp.CallKind.ONCE),
        (c.ReceivePhonesBuy(phone=v.Phone(number="79990000000")), sp.CallKind.ONCE),
    ],
)
def test_retry_policy(command: c.Command, kind: sp.CallKind) -> None:
    assert sp.DEFAULT_RETRY_POLICY.kind(command) is kind


# -- the exchange ----------------------------------------------------------------------------

OK_SEND = sp.HttpResponse(200, (), b'{"id":"cid-1","cnt":1}')
FOUND = sp.HttpResponse(
    200, (), b'{"status":1,"last_date":"01.01.2026 12:00:00","last_timestamp":1,"flag":0,"err":0}'
)
NOT_FOUND = sp.HttpResponse(200, (), b'{"status":-3}')


def _drive(
    exchange: sp.Exchange, steps: list[sp.HttpResponse | sp.Failure]
) -> list[tuple[str, str]]:
    """Feed ``steps`` in order; return (host, script) of each request made."""
    made = []
    for step in steps:
        request = exchange.next_request()
        assert request is not None
        made.append((request.url.split("/")[2], request.url.rsplit("/", 1)[1]))
        if isinstance(step, sp.Failure):
            exchange.fail(step, f"boom {PSW}")
        else:
            exchange.receive(step)
    assert exchange.next_request() is None
    assert exchange.done
    return made


def test_send_ok_assigns_a_client_id() -> None:
    exchange = _session().start(c.Send(phones=PHONE, mes="x"))
    assert exchange.command.id == "cid-1"  # type: ignore[attr-defined]
    assert _drive(exchange, [OK_SEND]) == [("smscentre.com", "send.php")]
    assert exchange.result() == r.SendReply(id="cid-1", cnt=1)


def test_callers_id_is_kept() -> None:
    exchange = _session().start(c.Send(phones=PHONE, mes="x", id=42))
    assert exchange.command.id == 42  # type: ignore[attr-defined]


def test_lost_send_is_reconciled_never_resent() -> None:
    exchange = _session().start(c.Send(phones=PHONE, mes="x"))
    made = _drive(exchange, [sp.Failure.LOST, sp.Failure.CONNECT, FOUND])
    assert made == [
        ("smscentre.com", "send.php"),
        ("smscentre.com", "status.php"),
        ("www2.smscentre.com", "status.php"),
    ]
    assert exchange.result() == r.SendReply(id="cid-1")
    assert isinstance(exchange.reconciled, r.SmsStatusReply)
    assert exchange.reconciled.status == 1


@pytest.mark.parametrize(
    "steps",
    [
        [sp.Failure.LOST, NOT_FOUND],
        [sp.Failure.LOST, sp.Failure.LOST, sp.Failure.LOST],
        [sp.HttpResponse(503, (), b""), sp.HttpResponse(200, (), b'{"error":"x","error_code":9}')],
        [sp.HttpResponse(200, (), b"<html>"), NOT_FOUND],
    ],
)
def test_send_outcome_unknown(steps: list[sp.HttpResponse | sp.Failure]) -> None:
    exchange = _session().start(c.Send(phones=PHONE, mes="x"))
    made = _drive(exchange, steps)
    assert [script for _, script in made].count("send.php") == 1
    with pytest.raises(sp.OutcomeUnknownError) as info:
        exchange.result()
    assert info.value.id == "cid-1"
    assert PSW not in str(info.value)


def test_send_to_a_group_cannot_be_reconciled() -> None:
    exchange = _session().start(c.Send(phones=v.parse_phone_list("G5"), mes="x"))
    _drive(exchange, [sp.Failure.LOST])
    with pytest.raises(sp.OutcomeUnknownError, match="no recipient"):
        exchange.result()


def test_list_send_reconciles_with_its_first_phone() -> None:
    exchange = _session().start(c.Send(list="G1:a\n79990000001:b"))
    _drive(exchange, [sp.Failure.LOST, FOUND])
    assert exchange.result() == r.SendReply(id="cid-1")


def test_refused_send_goes_to_the_backup() -> None:
    exchange = _session().start(c.Send(phones=PHONE, mes="x"))
    made = _drive(exchange, [sp.Failure.CONNECT, OK_SEND])
    assert made == [("smscentre.com", "send.php"), ("www2.smscentre.com", "send.php")]


def test_read_fails_over_then_gives_up() -> None:
    exchange = _session().start(c.Balance())
    _drive(exchange, [sp.Failure.LOST, sp.Failure.CONNECT])
    with pytest.raises(sp.TransportError) as info:
        exchange.result()
    assert type(info.value) is sp.TransportError
    assert len(info.value.attempts) == 2
    assert PSW not in str(info.value)
    assert "boom ***" in str(info.value)


def test_change_is_never_repeated() -> None:
    exchange = _session().start(c.PhonesAddGroup(name="g"))
    _drive(exchange, [sp.HttpResponse(500, (), b"")])
    with pytest.raises(sp.OutcomeUnknownError) as info:
        exchange.result()
    assert info.value.id is None


@pytest.mark.parametrize(
    "command",
    [
        c.UsersPay(user="u", sum=Decimal(1)),
        c.JobsAdd(name="job", phones=PHONE, mes="x"),
        c.PhonesAddGroup(name="g"),
    ],
)
def test_unreadable_reply_to_a_change_is_outcome_unknown(command: c.Command) -> None:
    # A proxy's page with status 200: the payment may well have been made.
    exchange = _session().start(command)
    assert len(_drive(exchange, [sp.HttpResponse(200, (), b"<html>proxy</html>")])) == 1
    with pytest.raises(sp.OutcomeUnknownError, match="unreadable reply") as info:
        exchange.result()
    assert info.value.command == type(command).__name__


def test_exchange_misuse() -> None:
    exchange = _session().start(c.Balance())
    with pytest.raises(sp.LocalProtocolError):
        exchange.result()
    with pytest.raises(sp.LocalProtocolError):
        exchange.receive(OK_SEND)


# -- redaction -------------------------------------------------------------------------------


def test_reprs_hide_credentials() -> None:
    session = _session()
    get = session.prepare(c.Balance(), method="GET")
    post = session.prepare(c.Balance())
    texts = [repr(session), str(session), repr(get), repr(post), repr(sp.Secret(PSW))]
    texts += [f"{sp.Secret(PSW)}", str(sp.Secret(PSW))]
    for text in texts:
        assert PSW not in text
        assert _PSW_Q not in text
    assert "psw=***" in repr(get)


def test_apikey_session() -> None:
    session = sp.Session(apikey="KEY-123")
    assert b"apikey=KEY-123" in session.prepare(c.Balance()).body
    assert "KEY-123" not in repr(session)
    assert session.redact("x KEY-123 y") == "x *** y"


def test_secret_is_not_picklable() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(sp.Secret(PSW))


def test_redact_every_spelling() -> None:
    session = _session()
    for charset in sp.CHARSETS:
        query = sp.Request("balance.php", [("psw", PSW), ("charset", charset)]).to_url()
        assert PSW.split()[1] not in session.redact(query)
        assert "psw=***" in session.redact(query)


def test_log_filter(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test_session.redaction")
    log_filter = _session().log_filter()
    logger.addFilter(log_filter)
    try:
        with caplog.at_level(logging.DEBUG, logger=logger.name):
            logger.debug("GET %s", f"/sys/balance.php?psw={_PSW_Q}")
    finally:
        logger.removeFilter(log_filter)
    assert _PSW_Q not in caplog.text
    assert "psw=***" in caplog.text


def test_redact_secret_params_however_quoted() -> None:
    # A library may re-quote a URL (yarl turns "%21" into "!"), and a command's own
    # secret (users.php's ``password``) is unknown to the session's log filter.
    session = sp.Session("alex", "Pa!ss Пароль")
    line = (
        '"GET /sys/users.php?add=1&login=alex&psw=Pa!ss%20%D0%9F%D0%B0%D1%80%D0%BE%D0%BB%D1%8C'
        '&user=sub&PASSWORD=Sub!Geheim&apikey=k%2Ay HTTP/1.1" 200 28'
    )
    assert session.redact(line) == (
        '"GET /sys/users.php?add=1&login=alex&psw=***&user=sub&PASSWORD=***&apikey=*** '
        'HTTP/1.1" 200 28'
    )


@pytest.mark.parametrize(
    "options",
    [
        {"host": "evil.com/x?"},
        {"host": "user@host"},
        {"scheme": "ftp"},
        {"fmt": 5},
        {"charset": "latin-1"},
        {"method": "PUT"},
    ],
)
def test_session_validates(options: dict[str, object]) -> None:
    with pytest.raises(sp.LocalProtocolError):
        _session(**options)


def test_session_needs_credentials() -> None:
    with pytest.raises(sp.LocalProtocolError):
        sp.Session("alex")
    with pytest.raises(sp.LocalProtocolError):
        sp.Session("alex", "p", apikey="k")


@pytest.mark.parametrize(
    ("host", "hosts"),
    [
        ("smscentre.com", ("smscentre.com", "www2.smscentre.com")),
        ("smsc.ru", ("smsc.ru", "www2.smsc.ru")),
        ("www.smsc.kz", ("www.smsc.kz", "www2.smsc.kz")),
        ("www2.smsc.ua", ("www2.smsc.ua",)),
        # an emulator or test server never fails over to a real gateway
        ("127.0.0.1:8000", ("127.0.0.1:8000",)),
        ("localhost:8080", ("localhost:8080",)),
        ("10.0.0.7", ("10.0.0.7",)),
    ],
)
def test_default_backup_host(host: str, hosts: tuple[str, ...]) -> None:
    assert sp.Session("alex", "pw", host=host).hosts == hosts
    assert sp.Session("alex", "pw", host=host, backup_hosts=("b.example",)).hosts == (
        host,
        "b.example",
    )
