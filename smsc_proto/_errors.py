"""The error tree.

Every decoder in smsc-proto returns a value or raises one of these; anything else
escaping is a bug (the fuzz harnesses check exactly that).
"""

from __future__ import annotations

__all__ = [
    "GatewayError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "SignatureError",
    "SmscProtoError",
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
