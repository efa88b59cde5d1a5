"""The session: commands become HTTP requests, HTTP replies become results (private).

A :class:`Session` holds what every call shares -- credentials, hosts, ``fmt``,
``charset`` -- and turns a command into an :class:`HttpRequest` (:meth:`Session.prepare`)
and an :class:`HttpResponse` into a result (:meth:`Session.finish`). An
:class:`Exchange` (:meth:`Session.start`) adds what one call needs beyond a single
round trip: failing over to a backup host for reads, never sending a message twice, and
finding out through ``status.php`` whether a message whose reply was lost was sent.
Nothing here opens a socket: the adapters in ``transports`` move the bytes.

Spec (line 33): "Backup server address: www2.smscentre.com."
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, Literal, Type, TypeVar, cast  # noqa: UP035 - see RetryPolicy
from urllib.parse import quote, quote_plus

from ._call_kind import CallKind
from ._charsets import CHARSETS, Unencodable
from ._command import Command, Credentials, ReplyT
from ._errors import (
    HttpStatusError,
    LocalProtocolError,
    OutcomeUnknownError,
    RemoteProtocolError,
    SmscProtoError,
    TransportError,
)
from ._replies import decode_response
from ._scripts.send import SendReply
from ._scripts.status import StatusNotFoundReply, StatusQuery, StatusRecord
from ._secrets import is_secret_param, mask_headers, redact_query
from ._util import short
from ._wire import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, REST_SEND
from .values import GroupCode, PhoneList, Recipient, parse_list

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "CallKind",
    "Exchange",
    "Failure",
    "HttpRequest",
    "HttpResponse",
    "RedactingFilter",
    "RetryPolicy",
    "Secret",
    "Session",
]

C = TypeVar("C", bound=Command)

_MASK: Final = "***"
_USER_AGENT: Final = "smsc-proto"
# A host name or IPv4 address with an optional port (tests and emulators use
# "127.0.0.1:PORT"); no user info, path or query can hide in it.
_HOST_RE: Final = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,252})(:[0-9]{1,5})?")


def _headers(value: object) -> tuple[tuple[str, str], ...]:
    # Pairs in order, or a mapping (a dict, a library's header object with .items()).
    items = value.items() if isinstance(value, Mapping) else value
    try:
        result = tuple((str(name), str(text)) for name, text in items)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        raise LocalProtocolError(
            "headers: must be (name, value) pairs or a mapping of names to values"
        ) from None
    for name, text in result:
        if not name or any(c in name + text for c in "\r\n\x00"):
            raise LocalProtocolError(f"headers: {short(name)} is no valid header line")
    return result


def _redact_url(url: str) -> str:
    """``url`` with the value of every secret parameter in its query masked."""
    return redact_query(url)


def _check_headers_and_body(message: HttpRequest | HttpResponse) -> None:
    # Headers become a tuple of checked pairs (no line break can smuggle a header in);
    # the body is bytes, exactly as it travels.
    object.__setattr__(message, "headers", _headers(message.headers))
    if not isinstance(message.body, bytes):
        raise LocalProtocolError(f"body: must be bytes, got {type(message.body).__name__}")


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers:
        if key.lower() == wanted:
            return value
    return None


# -- the HTTP messages -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HttpRequest:
    """One HTTP request to make, exactly: what an adapter sends, byte for byte.

    ``repr`` masks credentials in the URL's query and in headers (``Authorization``,
    ``Cookie``, a secret-named ``X-Api-Key``...) and shows only the body's length (a
    POST body holds the password: it is sent, never shown).

    Args:
        method: ``"POST"`` or ``"GET"``.
        url: The absolute URL (with the query for a GET).
        headers: Header name/value pairs, in order.
        body: The body (empty for a GET).
    """

    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def __post_init__(self) -> None:
        if self.method not in ("GET", "POST"):
            raise LocalProtocolError(f"method: must be GET or POST, got {short(self.method)}")
        _check_headers_and_body(self)

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (case-insensitive), or ``None``."""
        return _header(self.headers, name)

    def __repr__(self) -> str:
        return (
            f"HttpRequest(method={self.method!r}, url={_redact_url(self.url)!r}, "
            f"headers={mask_headers(self.headers)!r}, body=<{len(self.body)} bytes>)"
        )


@dataclass(frozen=True, slots=True)
class HttpResponse:
    """One HTTP reply as an adapter received it: status, headers and the whole body.

    ``repr`` masks credential headers (``Set-Cookie``...) and shows only the body's
    length.

    Args:
        status: The HTTP status code.
        headers: Header name/value pairs, in order.
        body: The body, read to its end.
    """

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def __post_init__(self) -> None:
        if isinstance(self.status, bool) or not isinstance(self.status, int):
            raise LocalProtocolError(f"status: must be int, got {type(self.status).__name__}")
        _check_headers_and_body(self)

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (case-insensitive), or ``None``."""
        return _header(self.headers, name)

    def __repr__(self) -> str:
        return (
            f"HttpResponse(status={self.status!r}, headers={mask_headers(self.headers)!r}, "
            f"body=<{len(self.body)} bytes>)"
        )


# -- credentials -----------------------------------------------------------------------------


class Secret:
    """A credential that never shows itself: ``str``, ``repr`` and formatting give ``***``.

    :meth:`reveal` hands the value over, for the final encode only.

    Args:
        value: The secret text.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise LocalProtocolError("secret: must be a non-empty str")
        self._value = value

    def reveal(self) -> str:
        """The secret value itself."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, spec: str) -> str:
        return _MASK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return secrets.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, len(self._value)))

    def __reduce__(self) -> Any:
        # Pickling would write the value out; a secret stays in memory.
        raise TypeError("a Secret cannot be pickled")


def _secret_forms(value: str) -> set[str]:
    """Every spelling of ``value`` that may show up in a URL, body, log line or repr."""
    forms = {value, repr(value)[1:-1]}
    for charset in CHARSETS:
        try:
            raw = value.encode(charset)
        except UnicodeEncodeError:
            continue
        for text in (quote(raw, safe=""), quote_plus(raw, safe=""), quote(raw, safe="[]")):
            forms.update((text, text.lower()))
    return {form for form in forms if form}


def _redact(text: str, forms: Iterable[str]) -> str:
    # Longest first: a form that contains another is masked whole.
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, _MASK)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks a session's credentials in every record it passes.

    The adapters attach one to urllib3's loggers while a client is open: urllib3 logs
    each request line at DEBUG, and a GET request line holds the password.

    Args:
        session: The session whose secrets to mask.
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record``'s message when it holds a secret; never drop it."""
        message = record.getMessage()
        masked = self._session.redact(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


# -- the retry policy ------------------------------------------------------------------------


class Failure(enum.Enum):
    """What went wrong with one HTTP exchange, as an adapter tells :meth:`Exchange.fail`."""

    #: No connection was made (refused, unreachable, DNS, connect timeout, TLS
    #: handshake): the request did not leave.
    CONNECT = "connect"
    #: The request may have left but no complete reply came (read timeout, reset, the
    #: server closed the connection): whether the gateway acted on it is unknown.
    LOST = "lost"


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """Which commands are reads, which are messages; everything else happens at most once.

    By default each command class says what it is: its ``KIND`` class attribute
    (``Balance.KIND`` is :attr:`CallKind.READ`, ``Send.KIND`` :attr:`CallKind.SEND`).
    The policy is data: replace it (``Session(..., retry_policy=RetryPolicy(reads=...))``)
    rather than subclass anything. A command that is neither a read nor a send -- a
    change, a purchase, a payment, a new command that declares no ``KIND`` -- is
    ``ONCE``: unknown things are never repeated.

    Args:
        reads: ``None`` (the default): the commands whose ``KIND`` is ``READ`` (status,
            balance, lists, statistics, documents downloads). A set: exactly those
            command classes are reads. Reads fail over to the backup hosts after any
            failure.
        sends: ``None`` (the default): the commands whose ``KIND`` is ``SEND``
            (``Send``, ``RestSend``). A set: exactly those command classes. They get a
            client ``id`` and are reconciled through ``status.php``; with ``cost=1``
            they only ask for the price (spec line 40) and are reads.
    """

    # typing.Type: the docs' "type" reference would be ambiguous (many fields are "type").
    reads: frozenset[Type[Command]] | None = None  # noqa: UP006
    sends: frozenset[Type[Command]] | None = None  # noqa: UP006

    def kind(self, command: Command) -> CallKind:
        """The :class:`CallKind` of ``command``: its class's ``KIND``, unless ``reads``
        or ``sends`` name the classes."""
        cls = type(command)
        if cls.KIND is CallKind.BROWSER_URL:
            return CallKind.BROWSER_URL
        if cls.KIND is CallKind.SEND if self.sends is None else cls in self.sends:
            # Spec (line 40): cost=1 gets "the SMS cost" and sends nothing.
            return CallKind.READ if getattr(command, "cost", None) == 1 else CallKind.SEND
        if cls.KIND is CallKind.READ if self.reads is None else cls in self.reads:
            return CallKind.READ
        return CallKind.ONCE


#: The policy every :class:`Session` uses unless given another.
DEFAULT_RETRY_POLICY: Final = RetryPolicy()


# -- the session -----------------------------------------------------------------------------


def _check_host(host: object, what: str) -> str:
    if not isinstance(host, str) or not _HOST_RE.fullmatch(host):
        raise LocalProtocolError(
            f"{what}: must be a host name with an optional :port, got {short(str(host))}"
        )
    return host


def _default_backups(host: str) -> tuple[str, ...]:
    # Line 33: "Backup server address: www2.smscentre.com." The regional sites follow
    # the same pattern. An address with a port or an IPv4 address is an emulator or a
    # test server: no backup, so its calls never reach a real gateway.
    if ":" in host or host.replace(".", "").isdigit() or host.startswith("www2."):
        return ()
    return ("www2." + host.removeprefix("www."),)


def _new_client_id() -> str:
    # Spec (line 51): "a string up to 40 characters long consisting of Latin letters,
    # numbers, and symbols ".-_"". 64 random bits: unique enough to find one message.
    return "sp-" + secrets.token_hex(8)


def _first_recipient(command: Command) -> Recipient | None:
    """The first recipient ``status.php`` can be asked about (not a group code)."""
    phones: PhoneList | None = getattr(command, "phones", None)
    lists = [phones] if phones is not None else []
    text = getattr(command, "list", None)
    if text is not None:
        try:
            nl = bool(getattr(command, "nl", False))
            lists += [entry.phones for entry in parse_list(text, nl=nl)]
        except RemoteProtocolError:
            return None
    for phone_list in lists:
        for entry in phone_list.entries:
            if not isinstance(entry, GroupCode):
                return entry
    return None


class Session:
    """Credentials, hosts and formats shared by every call; commands in, results out.

    Args:
        login: The account login (spec line 44), with ``psw``.
        psw: The account password; kept in a :class:`Secret` until the final encode.
        apikey: The vendor client's alternative to ``login`` + ``psw``.
        host: The gateway's host, with an optional ``:port`` (``"smsc.ru"``,
            ``"smsc.kz"``... for the regional sites; ``"127.0.0.1:8000"`` for an
            emulator).
        backup_hosts: Hosts tried after ``host`` by calls that may be repeated.
            ``None`` (the default): ``www2.<host>`` for a gateway's own name (line 33:
            "Backup server address: www2.smscentre.com"; ``www2.smsc.ru`` for
            ``smsc.ru``), and none for a host with a port or an IP address -- a session
            pointed at an emulator never fails over to the real gateway.
        scheme: ``"https"``; ``"http"`` only for local emulators and tests.
        fmt: The reply format of commands that name none (3: JSON).
        charset: The charset of commands that name none.
        method: ``"POST"`` (the default: credentials travel in the body, never in a URL)
            or ``"GET"``.
        unencodable: What to do with text the charset cannot carry: refuse
            (:attr:`~smsc_proto.Unencodable.ERROR`) or send that command in utf-8.
        retry_policy: Which commands are reads and which are messages.
        id_factory: Makes the client ``id`` of a message sent without one.

    Raises:
        LocalProtocolError: missing or conflicting credentials, a bad host, scheme,
            fmt, charset or method.
    """

    def __init__(
        self,
        login: str | None = None,
        psw: str | None = None,
        *,
        apikey: str | None = None,
        host: str = "smscentre.com",
        backup_hosts: Iterable[str] | None = None,
        scheme: Literal["https", "http"] = "https",
        fmt: int = 3,
        charset: str = "utf-8",
        method: Literal["POST", "GET"] = "POST",
        unencodable: Unencodable = Unencodable.ERROR,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        id_factory: Callable[[], int | str] = _new_client_id,
    ) -> None:
        # Validates the combination (login + psw, or apikey); the values then live in
        # Secrets only.
        Credentials(login=login, psw=psw, apikey=apikey)
        self._login = login
        self._psw = Secret(psw) if psw is not None else None
        self._apikey = Secret(apikey) if apikey is not None else None
        host = _check_host(host, "host")
        if backup_hosts is None:
            backup_hosts = _default_backups(host)
        self._hosts = (host, *(_check_host(h, "backup_hosts") for h in backup_hosts))
        if scheme not in ("https", "http"):
            raise LocalProtocolError(f"scheme: must be https or http, got {short(str(scheme))}")
        if method not in ("POST", "GET"):
            raise LocalProtocolError(f"method: must be POST or GET, got {short(str(method))}")
        # The command codecs check fmt and charset exactly as they check a command's own.
        Command(fmt=fmt, charset=charset)
        self._scheme = scheme
        self._fmt = fmt
        self._charset = charset
        self._method = method
        self._unencodable = Unencodable(unencodable)
        self.retry_policy = retry_policy
        self._id_factory = id_factory
        self._forms = set().union(
            *(_secret_forms(s.reveal()) for s in (self._psw, self._apikey) if s is not None)
        )

    # -- configuration ----------------------------------------------------------------

    @property
    def login(self) -> str | None:
        """The login (``None`` with an ``apikey``)."""
        return self._login

    @property
    def hosts(self) -> tuple[str, ...]:
        """The main host, then the backup hosts, in the order calls try them."""
        return self._hosts

    @property
    def scheme(self) -> str:
        """``"https"`` or ``"http"``."""
        return self._scheme

    @property
    def fmt(self) -> int:
        """The reply format of commands that name none."""
        return self._fmt

    @property
    def charset(self) -> str:
        """The charset of commands that name none."""
        return self._charset

    @property
    def method(self) -> str:
        """The HTTP method of requests that can be either (``"POST"`` by default)."""
        return self._method

    def __repr__(self) -> str:
        who = f"login={self._login!r}, psw={_MASK!r}" if self._psw else f"apikey={_MASK!r}"
        return (
            f"Session({who}, hosts={self._hosts!r}, scheme={self._scheme!r}, "
            f"fmt={self._fmt!r}, charset={self._charset!r})"
        )

    def base_url(self, host: str | None = None) -> str:
        """The ``/sys/`` directory on ``host`` (the main host when ``None``)."""
        host = self._hosts[0] if host is None else _check_host(host, "host")
        return f"{self._scheme}://{host}/sys/"

    def redact(self, text: str, extra: Iterable[str] = ()) -> str:
        """``text`` with the session's credentials (and ``extra`` secrets) masked.

        Every spelling is masked: as given, and percent-encoded in each charset of the
        protocol (a GET URL, a form body); so is the value of every secret parameter
        (:func:`~smsc_proto.is_secret_param`) in a URL query. Adapters pass the text of
        the underlying library's exceptions through it.
        """
        forms = self._forms
        extras = [f for value in extra if value for f in _secret_forms(value)]
        # Then every secret parameter's value in a query, whatever it holds and however
        # a library re-quoted it: the log filter does not know a command's own secrets
        # (users.php's ``password``), and yarl rewrites "%21" as "!".
        return _redact_url(_redact(text, [*forms, *extras]))

    def log_filter(self) -> RedactingFilter:
        """A :class:`RedactingFilter` for this session's credentials."""
        return RedactingFilter(self)

    # -- commands -----------------------------------------------------------------------

    def complete(self, command: C) -> C:
        """``command`` with the session's ``fmt`` and ``charset`` where it names none.

        A command that names its own ``fmt`` or ``charset`` keeps it: the reply is then
        decoded in that format and charset. With ``unencodable=Unencodable.UTF8``, a
        command whose text its charset cannot carry moves to utf-8 (and its reply is read
        in utf-8).

        Raises:
            LocalProtocolError: the command carries credentials of its own (the session
                holds them), or text its charset cannot carry.
        """
        if not isinstance(command, Command):
            raise LocalProtocolError(f"command: must be a Command, got {type(command).__name__}")
        if command.KIND is CallKind.BROWSER_URL:
            # The URL goes into the end user's page and carries no credentials.
            raise LocalProtocolError(
                f"{command.SCRIPT}: the image URL is for the end user's browser, not a "
                f"session call; write it with {type(command).__name__}(...).to_request()"
                ".to_url()"
            )
        if command.credentials is not None:
            raise LocalProtocolError(
                "credentials: the session adds them; build the command without credentials"
            )
        changes: dict[str, Any] = {}
        if command.fmt is None:
            changes["fmt"] = self._fmt
        if command.charset is None:
            changes["charset"] = self._charset
        if changes:
            command = dataclasses.replace(command, **changes)
        request = command.to_request()
        if request.script != REST_SEND:
            moved = request.encodable(self._unencodable)
            if moved is not request:
                command = dataclasses.replace(command, charset=moved.charset)
        return command

    def with_client_id(self, command: C) -> C:
        """``command`` with a client ``id`` when it sends messages and has none.

        Spec (line 51): "id The message ID. Assigned by the Client. Serves for further
        identification of the message." The id is what :class:`Exchange` asks
        ``status.php`` about when a reply is lost.
        """
        if self.retry_policy.kind(command) is CallKind.SEND and getattr(command, "id", 0) is None:
            changes: dict[str, Any] = {"id": self._id_factory()}
            return dataclasses.replace(command, **changes)
        return command

    def prepare(
        self, command: Command, host: str | None = None, method: str | None = None
    ) -> HttpRequest:
        """The HTTP request that carries ``command`` to ``host``.

        A POST with a form body by default, so credentials travel in the body and never
        in a URL; a multipart body when the command has attachments (spec line 429:
        files "must be transmitted by the POST method"); the JSON body for ``rest/send``
        (spec line 41); a GET with everything in the query only when asked for.

        Args:
            command: The command, without credentials.
            host: One of the session's hosts (the main host when ``None``).
            method: ``"POST"`` or ``"GET"`` (the session's method when ``None``).

        Raises:
            LocalProtocolError: as :meth:`complete`; a GET with attachments or for
                ``rest/send``; text the charset cannot carry.
        """
        command = self.complete(command)
        method = self._method if method is None else method
        if method not in ("POST", "GET"):
            raise LocalProtocolError(f"method: must be POST or GET, got {short(str(method))}")
        request = self._with_credentials(command).to_request()
        base = self.base_url(host)
        headers: tuple[tuple[str, str], ...] = (("User-Agent", _USER_AGENT),)
        if request.script == REST_SEND:
            if method == "GET":
                raise LocalProtocolError("method: rest/send takes a JSON POST (spec line 41)")
            headers += (("Content-Type", JSON_CONTENT_TYPE),)
            return HttpRequest("POST", request.endpoint(base), headers, request.to_json())
        if request.attachments:
            if method == "GET":
                raise LocalProtocolError(
                    "method: files travel in a POST body (spec line 429), not in a GET"
                )
            body, content_type = request.to_multipart()
            headers += (("Content-Type", content_type),)
            return HttpRequest("POST", request.endpoint(base), headers, body)
        if method == "GET":
            return HttpRequest("GET", request.to_url(base), headers)
        headers += (("Content-Type", FORM_CONTENT_TYPE),)
        return HttpRequest("POST", request.endpoint(base), headers, request.to_form())

    def _with_credentials(self, command: Command) -> Command:
        # The final encode: the only place a Secret is revealed.
        if self._apikey is not None:
            credentials = Credentials(apikey=self._apikey.reveal())
        else:
            assert self._psw is not None
            credentials = Credentials(login=self._login, psw=self._psw.reveal())
        return dataclasses.replace(command, credentials=credentials)

    def finish(self, command: Command[ReplyT], response: HttpResponse) -> ReplyT:
        """The result of ``command`` from the gateway's reply.

        The command is completed as :meth:`prepare` completed it, so the reply is read
        in the ``fmt`` and charset the request asked for, or (documents.php's files) in
        the raw format, with the response's ``Content-Type``.

        The result has the command's reply type (``finish(Balance(), ...)`` is a
        ``BalanceReply`` to a type checker): see :ref:`reply-types`.

        Raises:
            HttpStatusError: the status is not 200.
            IpBlockedError: error 4.
            TooManyRequestsError: error 9.
            GatewayError: any other error reply.
            RemoteProtocolError: the body is not the reply the command asks for.
        """
        command = self.complete(command)
        if response.status != 200:
            raise HttpStatusError(response.status)
        # Errors 4 and 9 come typed (IpBlockedError, TooManyRequestsError) from the
        # decoders themselves.
        return decode_response(command, response.body, content_type=response.header("Content-Type"))

    def start(self, command: Command[ReplyT]) -> Exchange[ReplyT]:
        """An :class:`Exchange` that carries out ``command`` with retries and reconciliation.

        Raises:
            LocalProtocolError: the command cannot be sent (its own credentials, text its
                charset cannot carry, imgcode.php's browser URL): nothing is sent.
        """
        return Exchange(self, command)


# -- one call, with retries and reconciliation -------------------------------------------------


class Exchange(Generic[ReplyT]):
    """One call of a command: the requests to make, in order, and its result.

    ``Exchange[R]`` carries a ``Command[R]``; :meth:`result` is an ``R`` (see
    :ref:`reply-types`).

    An adapter drives it and only moves bytes::

        exchange = session.start(command)
        while (request := exchange.next_request()) is not None:
            try:
                reply = <send request>                    # library code
            except <connect errors> as exc:
                failure, detail = Failure.CONNECT, describe(exc)
            except <timeouts, resets, closed connections> as exc:
                failure, detail = Failure.LOST, describe(exc)
            else:
                exchange.receive(HttpResponse(status, headers, body))
                continue
            exchange.fail(failure, detail)               # outside the except block
        return exchange.result()

    The rules (:class:`RetryPolicy`):

    * a refused connection sends nothing: every command goes on to the next host;
    * reads go on to the next host after any failure or a 5xx status;
    * messages (``CallKind.SEND``) are never sent twice: after a lost reply, a 5xx
      status or an unreadable reply, the exchange asks ``status.php`` about the
      message's client id (a read, which may use every host). A status found means the
      message was sent; otherwise :class:`OutcomeUnknownError` carries the id;
    * other changes and purchases (``CallKind.ONCE``) raise
      :class:`OutcomeUnknownError` after an ambiguous failure (a lost reply, a 5xx
      status or an unreadable reply).

    Each host is tried at most once per phase and nothing waits: no retry loops.
    Failure details are redacted before they are kept.

    Args:
        session: The session.
        command: The command (a message without ``id`` gets one).
    """

    def __init__(self, session: Session, command: Command[ReplyT]) -> None:
        self.session = session
        self.kind = session.retry_policy.kind(command)
        #: The command as sent (with its client ``id`` for a message).
        self.command: Command[ReplyT] = session.with_client_id(command)
        #: The ``status.php`` reply that reconciled a lost message reply, if any.
        self.reconciled: StatusRecord | list[StatusRecord] | None = None
        self._phase: Literal["call", "reconcile", "done"] = "call"
        self._index = 0
        self._attempts: list[str] = []
        self._result: ReplyT | None = None
        self._error: SmscProtoError | None = None
        self._status_query: StatusQuery | None = None
        self._request: HttpRequest | None = None
        # The failure that made the outcome unknown, and where the attempts of the
        # reconciliation start: OutcomeUnknownError reports the two apart.
        self._failure = ""
        self._reconcile_from = 0
        # What cannot be sent is refused here, before any request is made.
        session.complete(self.command)
        # Secrets of the command itself (users.php's ``password``), masked too.
        request = self.command.to_request()
        self._extra = [v for k, v in request.params.items() if is_secret_param(k)]

    @property
    def done(self) -> bool:
        """Whether the exchange has its result (or its error)."""
        return self._phase == "done"

    @property
    def attempts(self) -> tuple[str, ...]:
        """One redacted line per failed attempt, in order."""
        return tuple(self._attempts)

    def _host(self) -> str:
        return self.session.hosts[self._index]

    def next_request(self) -> HttpRequest | None:
        """The next request to make, or ``None`` when :meth:`result` is ready.

        Raises:
            LocalProtocolError: the command cannot be encoded (nothing was sent).
        """
        if self._phase == "done":
            return None
        if self._phase == "call":
            self._request = self.session.prepare(self.command, self._host())
        else:
            assert self._status_query is not None
            self._request = self.session.prepare(self._status_query, self._host(), "POST")
        return self._request

    def redact(self, text: str) -> str:
        """``text`` with the session's and the command's secrets masked."""
        return self.session.redact(text, self._extra)

    def receive(self, response: HttpResponse) -> None:
        """Feed the reply to the last request."""
        self._need_request()
        if self._phase == "reconcile":
            self._receive_status(response)
            return
        if response.status >= 500:
            self._ambiguous(f"{self._host()}: HTTP status {response.status}", response.status)
            return
        try:
            self._result = self.session.finish(self.command, response)
        except RemoteProtocolError as exc:
            if self.kind is not CallKind.READ:
                # A 200 reply that is no reply to the command (a proxy's page, a cut
                # body): the message, payment or change may well have happened.
                self._ambiguous(f"{self._host()}: unreadable reply: {self.redact(str(exc))}", None)
                return
            self._error = exc
        except SmscProtoError as exc:
            self._error = exc
        self._phase = "done"

    def fail(self, failure: Failure, detail: str = "") -> None:
        """Report that the last request got no reply, and why.

        Args:
            failure: Whether the request can have left (:attr:`Failure.LOST`) or not.
            detail: What the library said; redacted here before it is kept.
        """
        self._need_request()
        failure = Failure(failure)
        line = f"{self._host()}: {failure.value}: {self.redact(detail) or 'no detail'}"
        if self._phase == "reconcile":
            self._attempts.append(line)
            self._next_host_or(self._unknown)
            return
        if failure is Failure.CONNECT:
            self._attempts.append(line)
            self._next_host_or(self._unreachable)
            return
        self._ambiguous(line, None)

    def result(self) -> ReplyT:
        """The command's result.

        Raises:
            TransportError: no host gave a usable reply to a read, or no connection
                could be made.
            HttpStatusError: a status other than 200.
            OutcomeUnknownError: a message or change may or may not have been carried out.
            GatewayError: the gateway refused the command (error 4 and 9 typed).
            RemoteProtocolError: the reply is not the command's reply.
            LocalProtocolError: the exchange is not finished.
        """
        if self._phase != "done":
            raise LocalProtocolError("exchange: not finished; call next_request() first")
        if self._error is not None:
            raise self._error
        # Done without an error: a reply was received (or reconciled), and no reply
        # model is None.
        return cast(ReplyT, self._result)

    # -- the rules --------------------------------------------------------------------

    def _need_request(self) -> None:
        if self._request is None or self._phase == "done":
            raise LocalProtocolError("exchange: no request is waiting for a reply")
        self._request = None

    def _next_host_or(self, give_up: Callable[[], None]) -> None:
        if self._index + 1 < len(self.session.hosts):
            self._index += 1
        else:
            give_up()

    def _ambiguous(self, line: str, status: int | None) -> None:
        """The request may have been acted on, and no result came back."""
        self._attempts.append(line)
        if self.kind is CallKind.READ:
            self._next_host_or(lambda: self._unreachable(status))
            return
        self._failure = line
        if self.kind is CallKind.SEND:
            self._start_reconcile()
        else:
            self._error = OutcomeUnknownError(
                f"{type(self.command).__name__}: the request may have been carried out; it "
                f"is not sent again ({'; '.join(self._attempts)})",
                command=type(self.command).__name__,
                failure=line,
            )
            self._phase = "done"

    def _unreachable(self, status: int | None = None) -> None:
        text = "; ".join(self._attempts)
        if status is not None:
            self._error = HttpStatusError(status, f"no host answered: {text}", self.attempts)
        else:
            self._error = TransportError(f"no host answered: {text}", self.attempts)
        self._phase = "done"

    def _client_id(self) -> int | str | None:
        value: int | str | None = getattr(self.command, "id", None)
        return value

    def _unknown(self, reason: str = "") -> None:
        """Reconciliation failed (``reason``, or the attempts it made): give up."""
        client_id = self._client_id()
        # Both failures are kept: the send's own (a lost reply, a 5xx, an unreadable
        # body) is what the caller acts on; the reconciliation's says why it stayed
        # unknown. The send's line was redacted when it was recorded.
        steps = self._attempts[self._reconcile_from :]
        reconciliation = "; ".join([*steps, self.redact(reason)] if reason else steps)
        self._error = OutcomeUnknownError(
            f"{type(self.command).__name__} id {client_id}: whether the message was sent is "
            f"unknown; it is not sent again (failure: {self._failure}; reconciliation: "
            f"{reconciliation})",
            command=type(self.command).__name__,
            id=client_id,
            failure=self._failure,
            reconciliation=reconciliation,
        )
        self._phase = "done"

    def _start_reconcile(self) -> None:
        # Spec (line 1408): status.php?phone=<phone>&id=<sms_id>. One recipient is
        # enough: all recipients of one send share its id.
        self._reconcile_from = len(self._attempts)
        recipient = _first_recipient(self.command)
        client_id = self._client_id()
        if recipient is None or client_id is None or isinstance(client_id, tuple):
            self._unknown("no recipient status.php could be asked about")
            return
        self._status_query = StatusQuery(
            phone=PhoneList(entries=(recipient,)), id=client_id, fmt=self.session.fmt
        )
        self._phase = "reconcile"
        self._index = 0

    def _receive_status(self, response: HttpResponse) -> None:
        assert self._status_query is not None
        where = self._host()
        if response.status != 200:
            self._attempts.append(f"{where}: status.php: HTTP status {response.status}")
            self._next_host_or(self._unknown)
            return
        try:
            reply = self.session.finish(self._status_query, response)
        except SmscProtoError as exc:
            self._unknown(f"{where}: status.php: {exc}")
            return
        if isinstance(reply, StatusNotFoundReply) or getattr(reply, "status", None) == -3:
            self._unknown("status.php does not know the message (yet)")
            return
        self.reconciled = reply
        # What the lost reply would have said beyond the id is not known. Only a SEND
        # command is reconciled, and a send's reply is a SendReply (Command[SendReply]).
        self._result = cast(ReplyT, SendReply(id=self._client_id()))
        self._phase = "done"
