"""The sans-IO gateway: an HttpRequest in, an HttpResponse out (private).

:meth:`Gateway.respond` reads the request (:meth:`~smsc_proto.Request.from_url`,
:func:`~smsc_proto.commands.parse_command`), authenticates it through the builder's hook,
hands the command to the handler registered for its class (or the fallback), and writes
the handler's typed reply -- or the :class:`~smsc_proto.GatewayError` it raised -- with
:func:`~smsc_proto.responses.encode_response` /
:func:`~smsc_proto.responses.encode_error` in the request's
fmt and charset. It opens no socket; the apps in ``transports`` move the bytes.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any, Final, Generic, Protocol, TypeVar, cast, overload

from .._charsets import DEFAULT_CHARSET
from .._charsets import codec as python_codec
from .._command import _REGISTRY, Command, Credentials, parse_command
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._replies._raw import raw_decoder
from .._replies._registry import encode_error, encode_response, table_of
from .._scripts.documents import encode_documents_error, encode_documents_response
from .._session import HttpRequest, HttpResponse
from .._wire import Request
from ._clock import Clock, WallClock
from ._context import Context, checked_now
from ._http import BAD_PARAMETERS, content_type, is_gateway_path, plain_response, unreadable_reply
from ._log import ExchangeLog
from ._store import Store

__all__ = ["Authenticate", "Fallback", "Gateway", "Handler"]

A = TypeVar("A")
R = TypeVar("R")

A_contra = TypeVar("A_contra", contravariant=True)
A_co = TypeVar("A_co", covariant=True)
R_co = TypeVar("R_co", covariant=True)


class Authenticate(Protocol[A_co]):
    """The builder's authentication hook: ``(credentials, context) -> account``.

    It gets the request's :class:`~smsc_proto.commands.Credentials` (``login`` +
    ``psw``, or ``apikey``) and its :class:`Context` before authentication (whose
    ``account`` is ``None``: the peer, the command and the time are there to decide
    by). It returns the caller's account -- any object; handlers find it as
    ``ctx.account``, typed -- or ``None`` to refuse the caller with error 2 (spec line
    213: "Invalid username or password"). It may raise
    :class:`~smsc_proto.GatewayError` to answer with that error instead (error 4 for an
    address it blocks).
    """

    def __call__(self, credentials: Credentials, context: Context[None], /) -> A_co | None:
        """The caller's account, or ``None``."""
        ...


class Handler(Protocol[A_contra, R_co]):
    """A handler: ``(command, context) -> reply``, the reply of the command's type.

    Registered with :meth:`Gateway.handler`; a handler of ``Send`` (a
    ``Command[SendReply]``) returns a ``SendReply``. It may raise
    :class:`~smsc_proto.GatewayError` for an error reply.
    """

    def __call__(self, command: Any, context: Context[A_contra], /) -> R_co:
        """The reply to ``command``."""
        ...


class Fallback(Protocol[A_contra]):
    """The handler of every command no :meth:`Gateway.handler` claims:
    ``(command, context) -> reply``, the reply of whatever type the command takes (the
    encoder checks it against the request)."""

    def __call__(self, command: Command[Any], context: Context[A_contra], /) -> Any:
        """The reply to ``command``."""
        ...


#: Spec (line 213): "2 - Invalid username or password."
_BAD_LOGIN: Final = (2, "Invalid username or password.")


class Gateway(Generic[A]):
    """An SMSC-compatible gateway without I/O: register handlers, then :meth:`respond`.

    Each request is read, authenticated, dispatched by its command's class and
    answered in its own ``fmt`` and charset::

        gw = Gateway(authenticate=check_password)

        @gw.handler(Send)
        def send(cmd: Send, ctx: Context[Account]) -> SendReply:
            return SendReply(id=my_backend.send(cmd), cnt=1)

        response = gw.respond(http_request, peer="203.0.113.5")

    What each request gets:

    * a path other than ``/sys/<script>.php`` or ``/rest/send/``: HTTP 404;
    * bytes or parameters no command accepts (an unknown script, a bad value): error 1,
      in the fmt and charset the request names when it could be read (fmt=0 in
      windows-1251 when its bytes could not be);
    * no credentials, or credentials ``authenticate`` refuses (returns ``None``): error
      2; a :class:`~smsc_proto.GatewayError` the hook raises: that error;
    * a command no handler claims and no fallback: error 1 (spec line 212, "Error in
      parameters."), whose description names the command;
    * the handler's reply, written by :func:`~smsc_proto.responses.encode_response`
      (documents.php: its raw files); a :class:`~smsc_proto.GatewayError` it raises,
      written by :func:`~smsc_proto.responses.encode_error` -- a send.php error 3, 6, 7 or 8
      without an id gets the request's ``id``, as the spec's ``ERROR = N
      (description), ID - <id>`` form carries one (lines 176-178); a description the
      reply cannot carry (a line break, a control character, a character outside the
      request's charset) is written escaped on one line (``\\n``, ``\\U0001f600``);
    * any other exception from the hook or a handler, or a reply that does not fit the
      request (a wrong type, a missing field): HTTP 500, logged with its traceback --
      a bug of the gateway is never disguised as a protocol answer.

    Every exchange is logged once on the ``smsc_proto.gateway`` logger at INFO: method,
    script, command, login, fmt, peer, outcome and duration -- never a password, key or
    URL query.

    Args:
        authenticate: ``(credentials, context) -> account`` (see :class:`Authenticate`),
            or ``None`` for an open gateway that answers every caller, with or without
            credentials (``context.account`` is then ``None``). It has no default: a
            gateway is open only when its builder says so.
        store: The state handlers keep (``context.store``); the gateway itself does not
            use it.
        clock: Where ``context.now`` comes from: an object whose ``now()`` returns an
            aware datetime (the machine's clock by default).
        fallback: The handler of every command no :meth:`handler` claims (see
            :class:`Fallback`); :meth:`set_fallback` sets it later.

    Raises:
        LocalProtocolError: ``authenticate`` or ``fallback`` is not callable, or the
            clock gives no aware datetime.
    """

    @overload
    def __init__(
        self: Gateway[None],
        *,
        authenticate: None,
        store: Store | None = None,
        clock: Clock | None = None,
        fallback: Fallback[None] | None = None,
    ) -> None: ...
    @overload
    def __init__(
        self,
        *,
        authenticate: Authenticate[A],
        store: Store | None = None,
        clock: Clock | None = None,
        fallback: Fallback[A] | None = None,
    ) -> None: ...
    def __init__(
        self,
        *,
        authenticate: Authenticate[Any] | None,
        store: Store | None = None,
        clock: Clock | None = None,
        fallback: Fallback[Any] | None = None,
    ) -> None:
        if authenticate is not None and not callable(authenticate):
            raise LocalProtocolError("authenticate: must be callable or None")
        self._authenticate = authenticate
        self._store = store
        self._clock: Clock = WallClock() if clock is None else clock
        # A clock that gives naive datetimes is refused now, not at the first request.
        checked_now(self._clock)
        self._handlers: dict[type[Command[Any]], Handler[A, Any]] = {}
        self._fallback: Fallback[A] | None = None
        if fallback is not None:
            self.set_fallback(fallback)

    def __repr__(self) -> str:
        names = sorted(cls.__name__ for cls in self._handlers)
        return (
            f"Gateway(handlers={names!r}, fallback={self._fallback is not None}, "
            f"open={self._authenticate is None})"
        )

    @property
    def store(self) -> Store | None:
        """The ``store`` the gateway was built with (handlers see it as ``ctx.store``)."""
        return self._store

    @property
    def clock(self) -> Clock:
        """The clock ``ctx.now`` is read from."""
        return self._clock

    # -- registration ---------------------------------------------------------------------

    def handler(self, command: type[Command[R]]) -> Callable[[Handler[A, R]], Handler[A, R]]:
        """Decorator: register the handler of ``command``'s class.

        The handler is called as ``handler(cmd, ctx)`` with the decoded command and the
        :class:`Context`, and returns the command's reply: a handler of ``Send`` (a
        ``Command[SendReply]``) must return a ``SendReply`` -- mypy checks it. It may
        raise :class:`~smsc_proto.GatewayError` for an error reply. The decorated
        function is returned unchanged.

        Args:
            command (a :class:`~smsc_proto.commands.Command` class): A command class
                :func:`~smsc_proto.commands.parse_command` decodes (``Send``,
                ``StatusQuery``...). Dispatch is by the exact class.

        Raises:
            LocalProtocolError: ``command`` is no such class, or already has a handler.
        """
        script = getattr(command, "SCRIPT", None) if isinstance(command, type) else None
        if not (isinstance(script, str) and command in _REGISTRY.get(script, ())):
            raise LocalProtocolError(
                f"command: must be a command class parse_command decodes, got {command!r}"
            )
        if command in self._handlers:
            raise LocalProtocolError(f"command: {command.__name__} already has a handler")

        def register(function: Handler[A, R]) -> Handler[A, R]:
            if not callable(function):
                raise LocalProtocolError(f"handler of {command.__name__}: must be callable")
            if command in self._handlers:
                raise LocalProtocolError(f"command: {command.__name__} already has a handler")
            self._handlers[command] = function
            return function

        return register

    def set_fallback(self, fallback: Fallback[A]) -> Fallback[A]:
        """Set the handler of every command no :meth:`handler` claims; usable as a
        decorator. It returns replies of any command's type (``Any``): the encoder
        checks each against the request.

        Raises:
            LocalProtocolError: ``fallback`` is not callable, or a fallback is set.
        """
        if not callable(fallback):
            raise LocalProtocolError("fallback: must be callable")
        if self._fallback is not None:
            raise LocalProtocolError("fallback: this gateway already has one")
        self._fallback = fallback
        return fallback

    # -- the protocol ---------------------------------------------------------------------

    def respond(self, request: HttpRequest, *, peer: str | None = None) -> HttpResponse:
        """The HTTP reply to ``request``, in its ``fmt`` and charset (see the class).

        Args:
            request: The request as the server received it: method, URL (absolute, or
                the request target ``/sys/send.php?...``), headers (``Content-Type``
                decides how the body is read) and body.
            peer: The caller's address (``REMOTE_ADDR``), for the context and the log.

        Raises:
            LocalProtocolError: ``request`` is not an HttpRequest or ``peer`` not a
                str -- a bug of the server code, never of the request's content.
        """
        if not isinstance(request, HttpRequest):
            raise LocalProtocolError(
                f"request: must be an HttpRequest, got {type(request).__name__}"
            )
        if peer is not None and not isinstance(peer, str):
            raise LocalProtocolError(f"peer: must be a str or None, got {type(peer).__name__}")
        log = ExchangeLog(request.method, peer, time.perf_counter())
        try:
            response = self._respond(request, peer, log)
        except Exception as exc:
            log.failed(exc)
            response = plain_response(500)
        log.done(response.status)
        return response

    def _respond(self, http: HttpRequest, peer: str | None, log: ExchangeLog) -> HttpResponse:
        if not is_gateway_path(http.url):
            log.outcome = "not a gateway path"
            return plain_response(404)
        wire: Request | None = None
        try:
            wire = Request.from_url(http.url, http.body or None, http.header("Content-Type"))
            log.script = wire.script
            command = parse_command(wire)
        except RemoteProtocolError as exc:
            body, ctype, log.fmt = unreadable_reply(wire)
            log.outcome = f"error {BAD_PARAMETERS[0]} (unreadable: {exc})"
            return HttpResponse(200, (("Content-Type", ctype),), body)
        log.read(command)
        context: Context[Any] = Context(
            command=command,
            request=wire,
            http=http,
            account=None,
            credentials=command.credentials,
            peer=peer,
            now=checked_now(self._clock),
            store=self._store,
            clock=self._clock,
        )
        try:
            context = self._authenticated(context)
            handler = self._handlers.get(type(command), self._fallback)
            if handler is None:
                log.outcome = f"error {BAD_PARAMETERS[0]} (no handler)"
                return _error_response(command, _not_served(command))
            reply = handler(command, context)
        except GatewayError as error:
            log.outcome = f"error {error.code}"
            return _error_response(command, error)
        log.outcome = "ok"
        return _reply_response(command, reply)

    def _authenticated(self, context: Context[None]) -> Context[Any]:
        if self._authenticate is None:
            return context
        credentials = context.credentials
        if credentials is None:
            raise GatewayError(*_BAD_LOGIN)
        account = self._authenticate(credentials, context)
        if account is None:
            raise GatewayError(*_BAD_LOGIN)
        return dataclasses.replace(cast("Context[Any]", context), account=account)


def _not_served(command: Command[Any]) -> GatewayError:
    """Error 1 (spec line 212, "Error in parameters.") for a command nobody handles."""
    code, description = BAD_PARAMETERS
    name = type(command).__name__
    return GatewayError(code, f"{description[:-1]}: {command.SCRIPT} {name} is not served")


def _reply_response(command: Command[Any], reply: Any) -> HttpResponse:
    if raw_decoder(command) is not None:
        # documents.php: a PDF file or a multipart body, with its own Content-Type.
        body, ctype = encode_documents_response(command, reply)
        return HttpResponse(200, (("Content-Type", ctype),), body)
    body = encode_response(command, reply)
    return HttpResponse(200, (("Content-Type", _content_type(command)),), body)


def _error_response(command: Command[Any], error: GatewayError) -> HttpResponse:
    # Spec (lines 176-178): "ERROR = N (description), ID - <id сообщения> -- for 3
    # errors,6,7,8": those replies name the message; the request's own id is it when the
    # handler named none.
    message_id = getattr(command, "id", None)
    if (
        error.id is None
        and isinstance(message_id, (int, str))
        and error.code in table_of(type(command)).with_id
    ):
        error = GatewayError(error.code, error.description, message_id)
    if raw_decoder(command) is not None:
        body = encode_documents_error(command, error)
        return HttpResponse(200, (("Content-Type", content_type(3, _charset(command))),), body)
    try:
        body = encode_error(command, error)
    except LocalProtocolError:
        # A description the reply cannot carry (a character outside the request's
        # charset, a line break, a control character XML refuses) is the handler's text,
        # not a bug: it is written escaped, on one line, so the caller still gets its
        # error reply. A code or id the reply cannot carry raises again: that is a bug.
        body = encode_error(command, _carriable(error, _charset(command)))
    return HttpResponse(200, (("Content-Type", _content_type(command)),), body)


def _carriable(error: GatewayError, charset: str) -> GatewayError:
    """``error`` with its description escaped to what any fmt in ``charset`` carries."""
    text = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in error.description
    )
    codec = python_codec(charset)
    text = text.encode(codec, "backslashreplace").decode(codec)
    return GatewayError(error.code, text, error.id)


def _charset(command: Command[Any]) -> str:
    return command.charset or DEFAULT_CHARSET


def _content_type(command: Command[Any]) -> str:
    return content_type(command.fmt or 0, _charset(command))
