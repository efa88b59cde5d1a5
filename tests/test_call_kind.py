"""Each command class declares its call kind (``KIND``); the retry policy reads it.

The table pins every command's kind as the session listed them before the classes said
it themselves: the reads (status, balance, lists, statistics, documents downloads), the
two message senders, imgcode.php's browser URL, and everything else at most once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import values as v

READS: Final = {
    c.Balance,
    c.DocumentsGetAccount,
    c.DocumentsGetAct,
    c.GetAnswers,
    c.GetMessages,
    c.GetPrice,
    c.GetStat,
    c.InfoGetOperator,
    c.JobsGet,
    c.JobsGetAll,
    c.MailsGet,
    c.MailsGetBlack,
    c.MailsGetGroup,
    c.OpTemplatesGet,
    c.PhonesGet,
    c.PhonesGetBlack,
    c.PhonesGetGroup,
    c.ReceivePhonesGet,
    c.SendersGet,
    c.StatusQuery,
    c.TemplatesGet,
    c.TinyurlsGet,
    c.UsersGetStat,
    c.UsersGetStatAll,
}
SENDS: Final = {c.Send, c.RestSend}
BROWSER_URLS: Final = {c.ImgcodeImage}

COMMANDS: Final = sorted(
    (
        cls
        for name in c.__all__
        if isinstance(cls := getattr(c, name), type)
        and issubclass(cls, c.Command)
        and cls is not c.Command
    ),
    key=lambda cls: cls.__name__,
)


def _expected(cls: type[c.Command]) -> sp.CallKind:
    if cls in READS:
        return sp.CallKind.READ
    if cls in SENDS:
        return sp.CallKind.SEND
    if cls in BROWSER_URLS:
        return sp.CallKind.BROWSER_URL
    return sp.CallKind.ONCE


@pytest.mark.parametrize("cls", COMMANDS, ids=lambda cls: cls.__name__)
def test_every_command_declares_its_kind(cls: type[c.Command]) -> None:
    assert cls.KIND is _expected(cls)


def test_the_table_names_registered_commands() -> None:
    assert set(COMMANDS) >= READS | SENDS | BROWSER_URLS
    assert len(COMMANDS) == 70


PHONE: Final = v.parse_phone_list("79999999999")

# (policy, command, kind): the default policy reads KIND; a set names the classes.
POLICIES: Final[list[tuple[sp.RetryPolicy, c.Command, sp.CallKind]]] = [
    (sp.DEFAULT_RETRY_POLICY, c.Balance(), sp.CallKind.READ),
    (sp.DEFAULT_RETRY_POLICY, c.ImgcodeImage(), sp.CallKind.BROWSER_URL),
    (sp.DEFAULT_RETRY_POLICY, c.Send(phones=PHONE, mes="x"), sp.CallKind.SEND),
    # Spec (line 40): cost=1 asks for the price and sends nothing.
    (sp.DEFAULT_RETRY_POLICY, c.Send(phones=PHONE, mes="x", cost=1), sp.CallKind.READ),
    (sp.DEFAULT_RETRY_POLICY, c.UsersPay(user="u", sum=Decimal(1)), sp.CallKind.ONCE),
    (sp.RetryPolicy(reads=frozenset({c.PhonesAddGroup})), c.Balance(), sp.CallKind.ONCE),
    (
        sp.RetryPolicy(reads=frozenset({c.PhonesAddGroup})),
        c.PhonesAddGroup(name="g"),
        sp.CallKind.READ,
    ),
    (sp.RetryPolicy(sends=frozenset()), c.Send(phones=PHONE, mes="x"), sp.CallKind.ONCE),
    (sp.RetryPolicy(sends=frozenset()), c.StatusQuery(phone=PHONE, id=1), sp.CallKind.READ),
    (sp.RetryPolicy(reads=frozenset()), c.ImgcodeImage(), sp.CallKind.BROWSER_URL),
]


@pytest.mark.parametrize(("policy", "command", "kind"), POLICIES)
def test_policy(policy: sp.RetryPolicy, command: c.Command, kind: sp.CallKind) -> None:
    assert policy.kind(command) is kind


@dataclass(frozen=True, slots=True, kw_only=True)
class _Unknown(c.Command):
    """A command added later that says nothing about its kind."""

    SCRIPT = "unknown.php"


def test_a_command_that_says_nothing_happens_once() -> None:
    assert _Unknown.KIND is sp.CallKind.ONCE
    assert sp.DEFAULT_RETRY_POLICY.kind(_Unknown()) is sp.CallKind.ONCE


def test_the_session_refuses_a_browser_url() -> None:
    session = sp.Session("alex", "s3cret", host="127.0.0.1:8000", scheme="http")
    with pytest.raises(sp.LocalProtocolError, match="browser"):
        session.start(c.ImgcodeImage())
