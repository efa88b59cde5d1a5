"""What a type checker sees of the gateway kit: handlers return their command's reply.

mypy checks this module (strict, with ``warn_unused_ignores``); the functions are not
called. Each ``assert_type`` pins a type; each ``# type: ignore[...]`` marks a mistake
mypy must report -- were it not reported, the ignore would be unused, and mypy fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from smsc_proto import HttpRequest, HttpResponse
from smsc_proto.commands import Balance, Command, Credentials, Send, StatusQuery
from smsc_proto.gateway import Context, Gateway, Handler
from smsc_proto.responses import BalanceReply, SendReply, SmsStatusReply, StatusRecord

if TYPE_CHECKING:
    # typing.assert_type is Python 3.11+; mypy checks for 3.10. Nothing here runs.
    from typing_extensions import assert_type


@dataclass
class Account:
    """A builder's account type."""

    login: str


def authenticate(credentials: Credentials, context: Context[None]) -> Account | None:
    return Account(credentials.login) if credentials.login else None


def typed_gateway() -> None:
    """The account type flows from the hook to every handler's context."""
    gw = Gateway(authenticate=authenticate)
    assert_type(gw, Gateway[Account])
    assert_type(Gateway(authenticate=None), Gateway[None])

    @gw.handler(Send)
    def send(cmd: Send, ctx: Context[Account]) -> SendReply:
        assert_type(ctx.account, Account)
        assert_type(ctx.login, str | None)
        return SendReply(id=1, cnt=1)

    # A handler may return any member of the reply union (StatusRecord | list[...]).
    @gw.handler(StatusQuery)
    def status(cmd: StatusQuery, ctx: Context[Account]) -> SmsStatusReply:
        return SmsStatusReply(status=1, last_timestamp=0, err=0)

    def fallback(cmd: Command[Any], ctx: Context[Account]) -> object:
        return None

    gw.set_fallback(fallback)
    assert_type(gw.respond(HttpRequest("GET", "/sys/send.php")), HttpResponse)
    # handler() hands the function back typed as the command's handler.
    assert_type(status, Handler[Account, StatusRecord | list[StatusRecord]])


def mistakes() -> None:
    """Each of these is refused."""
    gw = Gateway(authenticate=authenticate)

    # The reply of another command.
    @gw.handler(Balance)  # type: ignore[arg-type]
    def balance(cmd: Balance, ctx: Context[Account]) -> SendReply:
        return SendReply(id=1, cnt=1)

    # A handler written for another account type.
    open_gw = Gateway(authenticate=None)

    @open_gw.handler(Send)  # type: ignore[arg-type]
    def send(cmd: Send, ctx: Context[Account]) -> SendReply:
        return SendReply(id=1, cnt=1)

    # A hook that takes no context.
    def no_context(credentials: Credentials) -> Account:
        return Account("x")

    Gateway(authenticate=no_context)  # type: ignore[arg-type]
    # A gateway is open only when said so.
    Gateway()  # type: ignore[call-overload]
    # The union reply of status.php: a BalanceReply is none of it.

    @gw.handler(StatusQuery)  # type: ignore[arg-type]
    def status(cmd: StatusQuery, ctx: Context[Account]) -> BalanceReply:
        return BalanceReply(balance=None)

    _ = (balance, send, status)
