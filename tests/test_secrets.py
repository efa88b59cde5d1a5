"""Secrets never leave: no repr, str, exception, log line or CLI output shows one.

The spec's secrets are ``psw`` and ``apikey`` (line 45), users.php's ``password`` and
``pswc`` (lines 2283-2284) and senders.php's confirmation ``code`` (line 2659); any
other parameter whose name looks secret (``psw*``, ``*password*``, ``*apikey*``,
``*secret*``, ``*token*``...) is masked too (:func:`smsc_proto.is_secret_param`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import values as v
from smsc_proto.__main__ import main
from smsc_proto._command import _REGISTRY, Command, _declared
from smsc_proto.strategies import any_commands

# Letters and digits only: valid as a password (8+ characters), a confirmation code
# (1..32 letters or digits) and a credential, and the same in every charset and
# percent-encoding, so one substring test finds every spelling.
CANARY = "Kx7CanaryQz9w"
PHONE = v.parse_phone_list("79999999999")


def _clean(*texts: object) -> None:
    for text in texts:
        assert CANARY.lower() not in str(text).lower(), text


# -- the rule ----------------------------------------------------------------------------------

NAME_CASES = [
    # The spec's own.
    ("psw", True),
    ("apikey", True),
    ("password", True),
    ("pswc", True),
    ("code", True),
    # By name: psw*, *password*, *passwd*, *apikey*, *api_key*, *secret*, *token*.
    ("PSW", True),
    ("psw2", True),
    ("psw[0]", True),
    ("new_password", True),
    ("Old-Passwd", True),
    ("x_apikey", True),
    ("api_key", True),
    ("client_secret", True),
    ("Secret", True),
    ("access_token", True),
    ("TOKEN", True),
    # Not secrets.
    ("login", False),
    ("phones", False),
    ("mes", False),
    ("imgcode", False),
    ("error_code", False),
    ("sender", False),
    ("md5", False),
    ("fl[5]", False),
    ("passport", False),
]


@pytest.mark.parametrize(("name", "secret"), NAME_CASES)
def test_is_secret_param(name: str, secret: bool) -> None:
    assert sp.is_secret_param(name) is secret


def test_secret_params_are_the_spec_ones() -> None:
    assert frozenset({"psw", "apikey", "password", "pswc", "code"}) == sp.SECRET_PARAMS


def test_every_declared_secret_is_masked_by_the_rule() -> None:
    # A declared parameter the spec calls a password (password, pswc, code) is one the
    # rule knows, so Request's repr masks it as the command's does.
    declared = {
        wire
        for commands in _REGISTRY.values()
        for cls in commands
        for f, _codec, wire in _declared(cls)
        if not f.repr
    }
    assert declared == {"password", "pswc"}
    assert all(sp.is_secret_param(name) for name in declared)


# -- every repr and str -----------------------------------------------------------------------


def _get_request() -> sp.HttpRequest:
    session = sp.Session("alex", "main-password")
    command = c.UsersChange(user="bob", pswc=CANARY, extra=(("my_token", CANARY),))
    return session.prepare(command, method="GET")


# (label, object) whose repr and str must hold no canary and show the mask.
REPR_CASES: list[tuple[str, Any]] = [
    ("users.php pswc on Request", c.UsersChange(user="bob", pswc=CANARY).to_request()),
    ("users.php password on Request", c.UsersChange(user="bob", password=CANARY).to_request()),
    ("HttpRequest GET url", _get_request()),
    (
        "HttpRequest credential headers",
        sp.HttpRequest(
            "GET",
            "https://smscentre.com/sys/balance.php",
            (("Authorization", f"Basic {CANARY}"), ("X-Api-Key", CANARY), ("Accept", "*/*")),
        ),
    ),
    (
        "HttpResponse cookie",
        sp.HttpResponse(200, (("Set-Cookie", f"sid={CANARY}"), ("Content-Type", "text/plain"))),
    ),
    (
        "senders.php code",
        c.SendersCheckCode(sender="79991234567", code=CANARY),
    ),
    (
        "senders.php code on Request",
        c.SendersCheckCode(sender="79991234567", code=CANARY).to_request(),
    ),
    ("extra psw2", c.Balance(extra=(("psw2", CANARY),))),
    ("extra token", c.Send(phones=PHONE, mes="x", extra=(("Access_Token", CANARY),))),
    ("extra password", c.Balance(extra=(("password", CANARY),))),
    ("Request extra secret", sp.Request("balance.php", [("client_secret", CANARY)])),
    (
        "status callback extra",
        sp.StatusCallback(id=1, phone="79999999999", status=1, extra=(("token", CANARY),)),
    ),
    (
        "incoming message extra",
        sp.IncomingMessage(phone="79999999999", mes="hi", extra=(("psw", CANARY),)),
    ),
    (
        "call confirmation extra",
        sp.CallConfirmation(phone="79999999999", ts=1, extra=(("apikey", CANARY),)),
    ),
    (
        "handler url get and post",
        sp.HandlerUrl(
            base="https://mysite.ru/cb",
            algorithm="md5",
            secret=CANARY,
            get=(("token", CANARY),),
            post=(("my_password", CANARY),),
        ),
    ),
    ("credentials", c.Credentials(login="alex", psw=CANARY)),
    ("session secret", sp.Secret(CANARY)),
]


@pytest.mark.parametrize(("label", "obj"), REPR_CASES, ids=[label for label, _ in REPR_CASES])
def test_repr_and_str_mask_secrets(label: str, obj: object) -> None:
    _clean(repr(obj), str(obj), f"{obj}", f"{obj!r}")
    assert "***" in repr(obj)


def test_masked_repr_keeps_the_rest() -> None:
    command = c.SendersCheckCode(sender="79991234567", code=CANARY, extra=(("a", "b"),))
    assert repr(command) == (
        "SendersCheckCode(fmt=None, charset=None, extra=(('a', 'b'),), "
        "sender='79991234567', code='***', user=None)"
    )
    assert repr(sp.Request("balance.php", [("token", CANARY), ("a", "b")])) == (
        "Request('balance.php', [('token', '***'), ('a', 'b')])"
    )


# -- exception messages ---------------------------------------------------------------------


def _raises(call: Any) -> str:
    with pytest.raises(sp.SmscProtoError) as info:
        call()
    return f"{info.value} {info.value!r}"


# (label, call that must raise, canary-like text that must not be in the message)
ERROR_CASES: list[tuple[str, Any, str]] = [
    (
        "undecodable psw byte",
        lambda: sp.Request.from_url(b"/sys/balance.php?login=a&psw=Kx7%FFsecret&charset=utf-8"),
        "0xff",
    ),
    (
        "undecodable token byte",
        lambda: sp.Request.from_url(b"/sys/balance.php?my_token=abc%C3&charset=utf-8"),
        "0xc3",
    ),
    (
        "psw the charset cannot carry",
        lambda: sp.Request("balance.php", [("psw", "Kx7🎄")]).to_url(),
        "🎄",
    ),
    (
        "password the charset cannot carry",
        lambda: c.UsersChange(user="bob", password="Kx7-Пароль-🎄").to_request().to_form(),
        "🎄",
    ),
    (
        "callback extra not a tuple",
        lambda: sp.StatusCallback(id=1, extra=[("token", CANARY)]),  # type: ignore[arg-type]
        CANARY,
    ),
    (
        "callback extra item not a pair",
        lambda: sp.StatusCallback(id=1, extra=(("token", CANARY, "x"),)),  # type: ignore[arg-type]
        CANARY,
    ),
    (
        "handler URL secret with a bad byte",
        lambda: sp.HandlerUrl.parse("https://mysite.ru/cb?charset=utf-8&md5=Kx7%FF"),
        "0xff",
    ),
]


@pytest.mark.parametrize(
    ("label", "call", "hidden"), ERROR_CASES, ids=[label for label, _, _ in ERROR_CASES]
)
def test_errors_quote_no_secret(label: str, call: Any, hidden: str) -> None:
    text = _raises(call)
    assert hidden.lower() not in text.lower(), text
    _clean(text)


# -- redaction of text and log lines ------------------------------------------------------------

REDACT_CASES = [
    ("/sys/users.php?chg=1&pswc=X&user=b", "/sys/users.php?chg=1&pswc=***&user=b"),
    ("POST body: login=a&psw=X&my_token=X", "POST body: login=a&psw=***&my_token=***"),
    ('"GET /sys/x.php?apikey=X HTTP/1.1" 200', '"GET /sys/x.php?apikey=*** HTTP/1.1" 200'),
    # A value ends at "&", "#", white space or a quote: a "?" may be data (yarl leaves it
    # unquoted), so the rest is masked too rather than risk showing part of a secret.
    ("https://h/cb!Token=X?md5=k", "https://h/cb!Token=***"),
    ("senders.php?check_code=1&code=X", "senders.php?check_code=1&code=***"),
    ("new%5Fpassword=X&a=b", "new%5Fpassword=***&a=b"),
    ("phones=7999&mes=hello", "phones=7999&mes=hello"),
]


@pytest.mark.parametrize(("text", "expected"), REDACT_CASES)
def test_session_redact_masks_secret_parameters_by_name(text: str, expected: str) -> None:
    # The session knows neither value: the names alone decide.
    session = sp.Session("alex", "main-password")
    assert session.redact(text.replace("X", CANARY)) == expected


def test_log_filter_masks_unknown_secret_parameters() -> None:
    request = _get_request()
    session = sp.Session("alex", "main-password")
    record = logging.LogRecord(
        "urllib3.connectionpool",
        logging.DEBUG,
        __file__,
        1,
        '%s "%s" %s',
        ("h", request.url, 200),
        None,
    )
    assert session.log_filter().filter(record)
    _clean(record.getMessage())
    assert "pswc=***" in record.getMessage()


# -- the property: every command, a canary in every secret slot -------------------------------

_CORES = ("psw", "password", "passwd", "apikey", "api_key", "secret", "token")
_AFFIX = st.text(string.ascii_lowercase + "_", max_size=3)


@st.composite
def _secret_names(draw: st.DrawFn) -> str:
    core = draw(st.sampled_from(_CORES))
    prefix = "" if core == "psw" else draw(_AFFIX)
    name = prefix + core + draw(_AFFIX)
    return draw(st.sampled_from([name, name.upper(), name.title()]))


def _taken(cls: type[Command]) -> set[str]:
    """Names a command of ``cls``'s script reads as something else than an extra."""
    names = {"login", "psw", "apikey"}
    for other in _REGISTRY[cls.SCRIPT]:
        names |= {wire.lower() for _f, _codec, wire in _declared(other)}
        if other.SELECTOR is not None:
            names.add(other.SELECTOR[0].lower())
    return names


def _with_canaries(command: Command, names: list[str]) -> Command:
    """``command`` with the canary in each secret parameter and in extras ``names``."""
    changes: dict[str, Any] = {"credentials": None}
    for f, _codec, wire in _declared(type(command)):
        if sp.is_secret_param(wire):
            changes[f.name] = CANARY
    taken = _taken(type(command))
    extra = [(n, CANARY) for n in dict.fromkeys(names) if n.lower() not in taken]
    changes["extra"] = (*command.extra, *extra)
    return dataclasses.replace(command, **changes)


def _cli_output(request: sp.Request) -> list[str]:
    """stdout and stderr of ``smsc-proto request`` for ``request`` as it travels."""
    body: bytes | None = None
    content_type = None
    if request.script == sp.REST_SEND:
        url, body, content_type = request.endpoint(), request.to_json(), sp.JSON_CONTENT_TYPE
    elif request.attachments:
        url = request.endpoint()
        body, content_type = request.to_multipart(unencodable=sp.Unencodable.UTF8)
    else:
        url = request.to_url(unencodable=sp.Unencodable.UTF8)
    argv = ["request", url]
    if body is not None:
        argv += ["--body", "-", "--content-type", content_type or ""]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv, stdin=io.BytesIO(body or b""))
    assert status in (0, 1), err.getvalue()
    return [out.getvalue(), err.getvalue()]


def _exchange_texts(session: sp.Session, command: Command) -> list[str]:
    """Every text a failed exchange keeps, each failure's detail quoting its request."""
    try:
        exchange = session.start(command)
    except sp.LocalProtocolError as exc:
        return [str(exc)]
    texts: list[str] = []
    while (request := exchange.next_request()) is not None:
        texts.append(repr(request))
        # What a library's exception text may hold: the URL and the body.
        detail = f"failed: {request.url} {request.body.decode('latin-1')}"
        exchange.fail(sp.Failure.LOST, detail)
    try:
        exchange.result()
    except sp.SmscProtoError as exc:
        texts += [str(exc), repr(exc), *getattr(exc, "attempts", ())]
        texts += [getattr(exc, "failure", ""), getattr(exc, "reconciliation", "")]
    return texts


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(any_commands(), st.lists(_secret_names(), max_size=3), st.booleans())
def test_no_canary_anywhere(command: Command, names: list[str], apikey: bool) -> None:
    try:
        command = _with_canaries(command, names)
    except sp.LocalProtocolError as exc:
        _clean(exc)
        return
    texts: list[object] = [repr(command), str(command)]
    credentials = (
        c.Credentials(apikey=CANARY) if apikey else c.Credentials(login="alex", psw=CANARY)
    )
    try:
        signed = dataclasses.replace(command, credentials=credentials)
    except sp.LocalProtocolError as exc:  # imgcode.php takes no credentials
        texts.append(exc)
        signed = command
    request = signed.to_request()
    texts += [repr(signed), repr(request), str(request)]
    try:
        texts += _cli_output(request)
    except sp.LocalProtocolError as exc:  # a bin=1 message that cannot move to utf-8
        texts.append(exc)
    session = sp.Session(apikey=CANARY) if apikey else sp.Session("alex", CANARY)
    for method in ("POST", "GET"):
        try:
            http = session.prepare(command, method=method)
        except sp.LocalProtocolError as exc:
            texts.append(exc)
        else:
            texts += [repr(http), str(http)]
            record = logging.LogRecord(
                "urllib3.connectionpool",
                logging.DEBUG,
                __file__,
                1,
                "%s %s",
                (method, http.url),
                None,
            )
            session.log_filter().filter(record)
            texts.append(record.getMessage())
    texts += _exchange_texts(session, command)
    _clean(*texts)


# -- the command line's callback ---------------------------------------------------------------

HANDLER_SECRET = "Hs9CanaryKey"


@pytest.mark.parametrize("secret", [HANDLER_SECRET, "wrong-secret-1"])
@pytest.mark.parametrize("fmt", [0, 2, 3])
def test_cli_callback_shows_no_secret(secret: str, fmt: int) -> None:
    # The handler URL's own token comes back as an extra; the handler's secret is given
    # on the command line. Neither is printed, verified or not.
    cb = sp.StatusCallback(id=6, phone="79999999999", status=1, extra=(("token", CANARY),))
    body, content_type = sp.encode_callback(cb, fmt=fmt, sign=("md5", HANDLER_SECRET))
    argv = ["callback", "-", "--secret", secret, "--content-type", content_type]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv, stdin=io.BytesIO(body))
    assert status == (0 if secret == HANDLER_SECRET else 1)
    _clean(out.getvalue(), err.getvalue())
    for text in (out.getvalue(), err.getvalue()):
        assert secret not in text


# -- every declared secret's own codec ----------------------------------------------------------

_DECLARED_SECRETS = sorted(
    {
        (cls, f.name, wire)
        for commands in _REGISTRY.values()
        for cls in commands
        for f, _codec, wire in _declared(cls)
        if sp.is_secret_param(wire)
    },
    key=lambda item: (item[0].__name__, item[1]),
)

# Values every secret codec refuses (a control character: no password holds one, and a
# code is letters and digits), each holding the canary.
_BAD_SECRETS = [CANARY + "\x01", "\n" + CANARY, CANARY + " " * 40 + "\x7f"]


@pytest.mark.parametrize(
    ("cls", "field", "wire"),
    _DECLARED_SECRETS,
    ids=[f"{cls.__name__}.{wire}" for cls, _f, wire in _DECLARED_SECRETS],
)
@pytest.mark.parametrize("bad", _BAD_SECRETS)
def test_secret_codecs_refuse_without_quoting(
    cls: type[Command], field: str, wire: str, bad: str
) -> None:
    codec = next(codec for f, codec, _w in _declared(cls) if f.name == field)
    with pytest.raises(sp.LocalProtocolError) as local:
        codec.validate(wire, bad)
    with pytest.raises(sp.RemoteProtocolError) as remote:
        codec.parse(wire, bad)
    for error in (local.value, remote.value):
        assert str(error).startswith(f"{wire}: ")
        _clean(error, repr(error))
