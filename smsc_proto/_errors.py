"""The error tree.

Every decoder in smsc-proto returns a value or raises one of these; anything else
escaping is a bug (the fuzz harnesses check exactly that). Each class names
``smsc_proto`` as its module (``smsc_proto.GatewayError``, not
``smsc_proto._errors.GatewayError``): tracebacks and reprs show where a user imports it
from.
"""

from __future__ import annotations

__all__ = [
    "GatewayError",
    "HttpStatusError",
    "InvalidRequestError",
    "IpBlockedError",
    "LocalProtocolError",
    "OutcomeUnknownError",
    "RemoteProtocolError",
    "SignatureError",
    "SmscProtoError",
    "StoreError",
    "TooManyRequestsError",
    "TransportError",
]


class SmscProtoError(Exception):
    """Base class of every error smsc-proto raises on purpose."""


class LocalProtocolError(SmscProtoError, ValueError):
    """We were asked to build or encode something the spec forbids.

    Raised by constructors, ``format_*`` functions and encoders. The message names the
    parameter or field and the rule it broke, for example
    ``"valid: hours must be 1..24, got 25"``.
    """


class RemoteProtocolError(SmscProtoError, ValueError):
    """Text or bytes that came from the wire are malformed.

    Raised by ``parse_*`` functions and decoders. The message names the parameter or
    field and the rule; it never echoes a password or callback secret.
    """


class InvalidRequestError(RemoteProtocolError, LocalProtocolError):
    """A request that no command of the spec accepts (:func:`~smsc_proto.commands.parse_command`).

    For a gateway decoding what a client sent, the request is malformed remote input (a
    :class:`RemoteProtocolError`); the public API also promises a
    :class:`LocalProtocolError` from ``parse_command`` (the request breaks the spec's
    rules for commands). It is both, so either ``except`` clause catches it.
    """


class GatewayError(SmscProtoError):
    """A well-formed error reply from the gateway.

    Args:
        code: The error code the gateway sent (an ``int``; unknown codes are kept).
        description: The text of the reply, or ``""`` when it carried none.
        id: The message id some ``send.php`` errors (codes 3, 6, 7 and 8) carry.
    """

    def __init__(self, code: int, description: str = "", id: int | str | None = None) -> None:
        self.code = code
        self.description = description
        self.id = id
        super().__init__(code, description, id)

    def __str__(self) -> str:
        text = f"gateway error {self.code}"
        if self.description:
            text += f": {self.description}"
        if self.id is not None:
            text += f" (id {self.id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, description={self.description!r}, "
            f"id={self.id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayError):
            return NotImplemented
        return (self.code, self.description, self.id) == (other.code, other.description, other.id)

    def __hash__(self) -> int:
        return hash((self.code, self.description, self.id))


class SignatureError(SmscProtoError):
    """A callback failed authentication (missing, malformed or wrong signature).

    The message never contains the secret or the expected signature.
    """


class IpBlockedError(GatewayError):
    """Error 4: the gateway blocks the caller's IP address for a while.

    Spec (line 215): "IP address is temporarily blocked due to frequent errors in the
    queries." The spec gives no duration, so :attr:`window` is ``None``: the session never
    retries it (another host would not help either: the block is on the caller's address).
    """

    #: The documented length of the block in seconds (the spec gives none).
    window: int | None = None


class TooManyRequestsError(GatewayError):
    """Error 9: a duplicate request, or too many requests within the script's window.

    Spec (line 220): "Sending more than one identical SMS message request or more than
    five identical requests to receive the cost of a message within a minute. This error
    also occurs when you try to send fifteen or more requests simultaneously from
    different connections under the same username". Every script counts its requests
    "within a minute" (:attr:`window`); ``get.php?get_messages`` also allows thirty an
    hour (line 2902). ``description`` holds the script's own rule. The session never
    retries it: the same request would only be refused again until the window passes.
    """

    #: The documented window in seconds (a minute, for every script).
    window: int | None = 60


class TransportError(SmscProtoError):
    """No usable reply came from any host: refused connections, timeouts, lost replies.

    Raised for calls that were safe to repeat (reads), after every host was tried once,
    and for calls whose request never left (every connection refused). Its message
    names each attempt (``"127.0.0.1:8000: connect: ConnectionRefusedError ..."``) with
    every credential masked; the underlying library's exception is not chained, since
    its text or attributes may hold a URL with a password.

    Args:
        message: What failed, already redacted.
        attempts: One redacted line per host tried.
    """

    def __init__(self, message: str, attempts: tuple[str, ...] = ()) -> None:
        self.attempts = attempts
        super().__init__(message)


class HttpStatusError(TransportError):
    """The gateway (or a proxy in front of it) answered with an HTTP status other than 200.

    The gateway answers every request, errors included, with 200 and a body; any other
    status comes from the HTTP layer.

    Args:
        status: The HTTP status code.
        message: What failed, already redacted.
        attempts: One redacted line per host tried.
    """

    def __init__(self, status: int, message: str = "", attempts: tuple[str, ...] = ()) -> None:
        self.status = status
        super().__init__(message or f"HTTP status {status}", attempts)


class OutcomeUnknownError(SmscProtoError):
    """A request that sends or spends may or may not have been carried out.

    The request left, but no reply came back (a timeout, a closed connection, a 5xx
    status), and the session could not find out what happened. The session never sends
    such a request twice: whether to send it again is the caller's decision. For
    messages, ``id`` is the client id the message was sent with (assigned by the
    session when the caller gave none); ask ``status.php`` about it later, or send again
    with the same id.

    Deliberately not a :class:`TransportError`: code that retries transport errors
    must not retry these.

    The message names both failures, each redacted, and keeps them apart as attributes:
    ``failure``, what happened to the request itself (``"smscentre.com: lost:
    ReadTimeoutError ..."``), and for messages ``reconciliation``, why ``status.php``
    could not tell whether it was sent (``"status.php does not know the message
    (yet)"``).

    Args:
        message: What is known, already redacted.
        command: The command's class name (``"Send"``).
        id: The client message id, for messages.
        failure: The failure of the request itself, redacted.
        reconciliation: Why reconciling through ``status.php`` failed, redacted
            (``""``: none was attempted).
    """

    def __init__(
        self,
        message: str,
        command: str = "",
        id: int | str | None = None,
        *,
        failure: str = "",
        reconciliation: str = "",
    ) -> None:
        self.command = command
        self.id = id
        self.failure = failure
        self.reconciliation = reconciliation
        super().__init__(message)


class StoreError(SmscProtoError):
    """A gateway's store (:class:`~smsc_proto.gateway.Store`) refused or failed an operation.

    Raised for a kind, key, record or argument that breaks the contract (the message
    names it and the rule), a closed store, a transaction opened inside another one in
    the same thread or used after it ended, a snapshot that cannot be read, a database
    file that is not a store of this version, and a database error (chained as the
    cause). The transaction in which it is raised is rolled back when it propagates out
    of the ``with`` block.
    """


# Tracebacks print ``type.__module__ + "." + type.__qualname__``: every class here is
# exported by the package itself, and that is the name a user knows and catches.
for _name in __all__:
    globals()[_name].__module__ = "smsc_proto"
