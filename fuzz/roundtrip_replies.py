"""The target of ``fuzz_roundtrip_replies.py``: every reply encoder, decoded back.

Invariant (issue 11 §6): for every command the shipped command strategies draw (any
parameters, credentials, fmt and charset), with the fmt and charset drawn again, and
every reply model the shipped reply strategies draw for that command's reply shape --
or an error reply of any code -- the encoder either raises ``LocalProtocolError`` or
writes bytes that decode back to the value:

- a reply (:func:`~smsc_proto.encode_response`, or
  :func:`~smsc_proto.responses.encode_documents_response` for documents.php's raw
  replies): ``decode_response`` gives a value of the same shape whose every field is the
  drawn one, or ``None`` where the fmt does not carry that field -- and writing the
  decoded value again gives the same bytes, so no field the body carries was lost;
  ``decode_exact`` (no generated fast readers) gives the very same value;
- an error reply (:func:`~smsc_proto.encode_error`): decoding raises
  ``GatewayError`` with the same code and message id, and the same description where the
  fmt carries one (fmt=1 carries none: the spec's meaning stands in).

fmt=0/1 writers may refuse a reply whose free text would make the line readable two
ways (the documented ``LocalProtocolError``); every other refusal is allowed too, and
counted. Anything else (another exception, a different value, a decoder refusing what
an encoder wrote) is a bug.

Hypothesis' ``fuzz_one_input`` turns the fuzzer's bytes into the drawn values
(:func:`fuzz_target`); the test suite runs :func:`check` on 150 generated examples and
on every seed (``tests/test_fuzz_roundtrip.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from hypothesis import strategies as st
from roundtrip_common import Counts
from roundtrip_common import fuzz_target as _fuzz_target

from smsc_proto import (
    CHARSETS,
    GatewayError,
    LocalProtocolError,
    decode_response,
    encode_error,
    encode_response,
)
from smsc_proto._replies import decode_exact
from smsc_proto._replies._registry import table_of
from smsc_proto.commands import (
    Balance,
    Command,
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    InfoGetOperator,
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetGroup,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
    OpTemplatesAdd,
    OpTemplatesGet,
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
    Ping,
    ReceivePhonesBuy,
    ReceivePhonesChange,
    ReceivePhonesGet,
    RestSend,
    Send,
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
    StatusDelete,
    StatusQuery,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
    TinyurlsGet,
    UsersAdd,
    UsersChange,
    UsersGetStat,
    UsersGetStatAll,
    UsersPay,
    WaitCall,
)
from smsc_proto.responses import encode_documents_response
from smsc_proto.strategies import (
    balance_replies,
    command_strategies,
    documents_add_account_replies,
    documents_get_account_replies,
    documents_get_act_replies,
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    get_stat_replies,
    info_get_operator_list_replies,
    info_get_operator_replies,
    jobs_add_replies,
    jobs_get_all_replies,
    jobs_get_replies,
    jobs_ok_replies,
    mails_add_replies,
    mails_get_black_replies,
    mails_get_group_replies,
    mails_get_replies,
    mails_ok_replies,
    message_ids,
    op_templates_add_replies,
    op_templates_get_replies,
    phones_add_replies,
    phones_get_black_replies,
    phones_get_group_replies,
    phones_get_replies,
    phones_ok_replies,
    ping_replies,
    receive_phones_buy_replies,
    receive_phones_change_replies,
    receive_phones_get_replies,
    send_replies,
    senders_add_replies,
    senders_get_operators_replies,
    senders_get_replies,
    senders_ok_replies,
    status_delete_replies,
    status_query_multiple_replies,
    status_query_replies,
    templates_add_replies,
    templates_get_replies,
    templates_ok_replies,
    tinyurls_get_replies,
    users_add_replies,
    users_change_replies,
    users_get_stat_all_replies,
    users_get_stat_replies,
    users_pay_replies,
    wait_call_replies,
)

__all__ = ["COUNTS", "REPLIES", "Case", "check", "fuzz_target", "inputs", "kind"]

ALL: Final = (0, 1, 2, 3)
NO_FMT1: Final = (0, 2, 3)
#: documents.php's raw replies follow no fmt.
RAW: Final = (0,)

#: What each harness run has done (printed by the harness now and then).
COUNTS: Final = Counts("roundtrip_replies")

Choices = tuple[tuple[st.SearchStrategy[Any], tuple[int, ...]], ...]


def _one(strategy: st.SearchStrategy[Any], fmts: tuple[int, ...] = ALL) -> Choices:
    return ((strategy, fmts),)


# Every strategy is built once, here: building one inside a draw would validate it anew
# on every example.
_BALANCE = {cur: _one(balance_replies(cur=cur)) for cur in (False, True)}
_SEND = {
    (cost, op): _one(send_replies(cost=cost, op=op)) for cost in range(4) for op in (False, True)
}
_JOBS_ADD = {cost: _one(jobs_add_replies(cost=cost)) for cost in (0, 1)}
_JOBS_GET = {mail: _one(jobs_get_replies(mail=mail)) for mail in (False, True)}
_JOBS_GET_ALL = {mail: _one(jobs_get_all_replies(mail=mail)) for mail in (False, True)}
_INFO = {False: _one(info_get_operator_replies()), True: _one(info_get_operator_list_replies())}
_SENDERS_GET = {level: _one(senders_get_replies(all=level)) for level in (0, 1)}
_SENDERS_OPERATORS = {
    level: _one(senders_get_operators_replies(all=level), NO_FMT1) for level in (0, 1)
}
# A single status: an SMS, an HLR or a "not found" record (the body decides which).
_STATUS_ONE = {
    level: (
        (status_query_replies(all=level, kind="sms"), ALL),
        (status_query_replies(all=level, kind="hlr"), ALL),
        (status_query_replies(kind="not_found"), NO_FMT1),
    )
    for level in range(3)
}
# Several statuses: fmt=1 is not modelled for them (QUIRKS INC-22).
_STATUS_MANY = {
    level: tuple(
        (status_query_multiple_replies(all=level, kind=kind), NO_FMT1) for kind in ("sms", "hlr")
    )
    for level in range(3)
}
# get.php texts with line breaks: fmt=1 lines cannot carry them.
_GET_MESSAGES = (
    (get_messages_replies(), ALL),
    (get_messages_replies(line_breaks=True), NO_FMT1),
)
_GET_ANSWERS = (
    (get_answers_replies(), ALL),
    (get_answers_replies(line_breaks=True), NO_FMT1),
)
# templates.php get: commas and multi-line messages only fmt=2/3 carry.
_TEMPLATES_GET = ((templates_get_replies(), ALL), (templates_get_replies(text_form=False), (2, 3)))
_PHONES_ADDED = _one(phones_add_replies())
_PHONES_OK = _one(phones_ok_replies())
_MAILS_ADDED = _one(mails_add_replies())
_MAILS_OK = _one(mails_ok_replies())
_JOBS_OK = _one(jobs_ok_replies())
_SENDERS_OK = _one(senders_ok_replies())
_TEMPLATES_OK = _one(templates_ok_replies())


def _status(command: StatusQuery) -> Choices:
    level = command.all or 0
    return (_STATUS_MANY if command.multiple else _STATUS_ONE)[level]


def _senders_get(command: SendersGet) -> Choices:
    level = command.all or 0
    return (_SENDERS_OPERATORS if command.operators else _SENDERS_GET)[level]


def _info(command: InfoGetOperator) -> Choices:
    # Line 3332: "a string or a list of strings for multiple requests".
    return _INFO[command.phone is not None and len(command.phone.entries) > 1]


#: Command class -> its reply strategies (and the fmts the spec gives each), from the
#: parameters that decide the reply's shape.
REPLIES: Final[dict[type[Command], Callable[[Any], Choices]]] = {
    Balance: lambda c: _BALANCE[bool(c.cur)],
    Send: lambda c: _SEND[c.cost or 0, bool(c.op)],
    RestSend: lambda c: _SEND[c.cost or 0, bool(c.op)],
    WaitCall: lambda c: _one(wait_call_replies()),
    Ping: lambda c: _one(ping_replies()),
    TinyurlsGet: lambda c: _one(tinyurls_get_replies()),
    InfoGetOperator: _info,
    GetPrice: lambda c: _one(get_price_replies()),
    GetMessages: lambda c: _GET_MESSAGES,
    GetAnswers: lambda c: _GET_ANSWERS,
    GetStat: lambda c: _one(get_stat_replies()),
    PhonesAdd: lambda c: _PHONES_ADDED,
    PhonesAddGroup: lambda c: _PHONES_ADDED,
    PhonesAddBlack: lambda c: _PHONES_ADDED,
    PhonesChange: lambda c: _PHONES_OK,
    PhonesChangeGroup: lambda c: _PHONES_OK,
    PhonesMoveToGroup: lambda c: _PHONES_OK,
    PhonesJoinGroup: lambda c: _PHONES_OK,
    PhonesLeaveGroup: lambda c: _PHONES_OK,
    PhonesDelete: lambda c: _PHONES_OK,
    PhonesDeleteGroup: lambda c: _PHONES_OK,
    PhonesDeleteBlack: lambda c: _PHONES_OK,
    PhonesGet: lambda c: _one(phones_get_replies()),
    PhonesGetGroup: lambda c: _one(phones_get_group_replies()),
    PhonesGetBlack: lambda c: _one(phones_get_black_replies()),
    MailsAdd: lambda c: _MAILS_ADDED,
    MailsAddGroup: lambda c: _MAILS_ADDED,
    MailsAddBlack: lambda c: _MAILS_ADDED,
    MailsChange: lambda c: _MAILS_OK,
    MailsChangeGroup: lambda c: _MAILS_OK,
    MailsMoveToGroup: lambda c: _MAILS_OK,
    MailsJoinGroup: lambda c: _MAILS_OK,
    MailsLeaveGroup: lambda c: _MAILS_OK,
    MailsDelete: lambda c: _MAILS_OK,
    MailsDeleteGroup: lambda c: _MAILS_OK,
    MailsDeleteBlack: lambda c: _MAILS_OK,
    MailsGet: lambda c: _one(mails_get_replies()),
    MailsGetGroup: lambda c: _one(mails_get_group_replies()),
    MailsGetBlack: lambda c: _one(mails_get_black_replies()),
    UsersAdd: lambda c: _one(users_add_replies()),
    UsersChange: lambda c: _one(users_change_replies()),
    UsersPay: lambda c: _one(users_pay_replies()),
    UsersGetStat: lambda c: _one(users_get_stat_replies()),
    UsersGetStatAll: lambda c: _one(users_get_stat_all_replies()),
    StatusQuery: _status,
    StatusDelete: lambda c: _one(status_delete_replies()),
    TemplatesAdd: lambda c: _one(templates_add_replies()),
    TemplatesChange: lambda c: _TEMPLATES_OK,
    TemplatesDelete: lambda c: _TEMPLATES_OK,
    TemplatesGet: lambda c: _TEMPLATES_GET,
    OpTemplatesAdd: lambda c: _one(op_templates_add_replies()),
    OpTemplatesGet: lambda c: _one(op_templates_get_replies()),
    ReceivePhonesGet: lambda c: _one(receive_phones_get_replies()),
    ReceivePhonesBuy: lambda c: _one(receive_phones_buy_replies()),
    ReceivePhonesChange: lambda c: _one(receive_phones_change_replies()),
    JobsAdd: lambda c: _JOBS_ADD[c.cost or 0],
    JobsDelete: lambda c: _JOBS_OK,
    JobsCancel: lambda c: _JOBS_OK,
    JobsGet: lambda c: _JOBS_GET[bool(c.mail)],
    JobsGetAll: lambda c: _JOBS_GET_ALL[bool(c.mail)],
    SendersGet: _senders_get,
    SendersAdd: lambda c: _one(senders_add_replies()),
    SendersChange: lambda c: _SENDERS_OK,
    SendersSendCode: lambda c: _SENDERS_OK,
    SendersCheckCode: lambda c: _SENDERS_OK,
    SendersDelete: lambda c: _SENDERS_OK,
    DocumentsAddAccount: lambda c: _one(documents_add_account_replies(), RAW),
    DocumentsGetAccount: lambda c: _one(documents_get_account_replies(), RAW),
    DocumentsGetAct: lambda c: _one(documents_get_act_replies(), RAW),
}
_DOCUMENTS: Final = (DocumentsAddAccount, DocumentsGetAccount, DocumentsGetAct)
_COMMANDS: Final = st.one_of([command_strategies()[cls]() for cls in REPLIES])
_FMTS: Final = st.integers(0, 3)
_CHARSET_NAMES: Final = st.sampled_from(CHARSETS)
#: Error replies: any code every fmt reads back (1..999999999), the script's own codes
#: more often, any one-line description.
_CODES: Final = st.integers(1, 999_999_999)
_DESCRIPTIONS: Final = st.one_of(
    # Text every charset carries, with the separators of the error lines ("ERROR = N
    # (...), ID - ...", "0,-N") ...
    st.text("AZaz09 ,.-=()<>&\"'{}:;абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЖЯ", max_size=30),
    # ... and any one-line text (the encoder refuses what the charset cannot carry).
    st.text(
        st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\r\n"),
        max_size=30,
    ),
)
_IDS: Final = st.none() | message_ids()


@dataclass(frozen=True)
class Case:
    """One drawn input: the command (with its fmt and charset) and a reply or an error."""

    command: Command
    reply: Any
    error: GatewayError | None


@st.composite
def _cases(draw: st.DrawFn) -> Case:
    drawn = draw(_COMMANDS)
    choices = REPLIES[type(drawn)](drawn)
    replies, fmts = choices[draw(st.integers(0, len(choices) - 1))]
    fmt = fmts[draw(st.integers(0, len(fmts) - 1))]
    try:
        command = dataclasses.replace(drawn, fmt=fmt, charset=draw(_CHARSET_NAMES))
    except LocalProtocolError:
        # Parameters another fmt needs (senders files=1 with fmt=2/3): the drawn fmt.
        command = drawn
    if draw(st.integers(0, 7)):
        return Case(command, draw(replies), None)
    table = table_of(type(command))
    code = draw(_error_codes(type(command)))
    # Only the codes that name a message carry an id (send.php 3, 6, 7, 8).
    ident = draw(_IDS) if code in table.with_id else None
    return Case(command, None, GatewayError(code, draw(_DESCRIPTIONS), ident))


_ERROR_CODES: dict[type[Command], st.SearchStrategy[int]] = {}


def _error_codes(cls: type[Command]) -> st.SearchStrategy[int]:
    """The command's documented codes, or any code every fmt reads back (built once a
    class)."""
    if cls not in _ERROR_CODES:
        codes = sorted(table_of(cls).meanings)
        _ERROR_CODES[cls] = st.sampled_from(codes) | _CODES if codes else _CODES
    return _ERROR_CODES[cls]


def inputs() -> st.SearchStrategy[Case]:
    """The drawn inputs of the harness."""
    return _cases()


def kind(case: Case) -> str:
    """What ``case`` exercises, for seed names: the command, the fmt, reply or error."""
    what = "error" if case.error is not None else "reply"
    return f"{type(case.command).__name__}_fmt{case.command.fmt or 0}_{what}"


def _close(got: Any, want: Any) -> bool:
    """``got`` is ``want``, but for fields its fmt does not carry (``None`` there)."""
    if isinstance(want, list | tuple):
        return (
            type(got) is type(want)
            and len(got) == len(want)
            and all(_close(g, w) for g, w in zip(got, want, strict=True))
        )
    if dataclasses.is_dataclass(want) and not isinstance(want, type):
        if type(got) is not type(want):
            return False
        for f in dataclasses.fields(want):
            value = getattr(got, f.name)
            if value is not None and not _close(value, getattr(want, f.name)):
                return False
        return True
    return bool(got == want) and type(got) is type(want)


def _write(command: Command, reply: Any) -> tuple[bytes, str | None]:
    if isinstance(command, _DOCUMENTS):
        return encode_documents_response(command, reply)
    return encode_response(command, reply), None


def _error_of(read: Callable[[Command, bytes], Any], command: Command, body: bytes) -> Any:
    """The GatewayError ``read`` raises on ``body`` (an AssertionError if it reads a value)."""
    try:
        value = read(command, body)
    except GatewayError as error:
        return error
    raise AssertionError(f"{command!r}: error reply {body!r} read as {value!r}")


def _check_error(command: Command, error: GatewayError) -> None:
    try:
        body = encode_error(command, error)
    except LocalProtocolError:
        COUNTS.refused += 1
        return
    got = _error_of(decode_response, command, body)
    assert (got.code, got.id) == (error.code, error.id), (command, error, body, got)
    if (command.fmt or 0) != 1:
        assert got.description == error.description, (command, error, body, got)
    exact = _error_of(decode_exact, command, body)
    assert exact == got, (body, got, exact)
    assert type(exact) is type(got), (body, got, exact)
    COUNTS.passed += 1


def check(case: Case) -> None:
    """Run the invariant on one drawn input."""
    command = case.command
    if case.error is not None:
        _check_error(command, case.error)
        return
    try:
        body, content_type = _write(command, case.reply)
    except LocalProtocolError:
        COUNTS.refused += 1
        return
    got = decode_response(command, body, content_type=content_type)
    assert _close(got, case.reply), f"{command!r}\n{case.reply!r}\n{body!r}\n read {got!r}"
    again = _write(command, got)[0]
    assert again == body, f"{command!r}\n{body!r}\n read {got!r}\n written again {again!r}"
    exact = decode_exact(command, body, content_type=content_type)
    assert exact == got, (body, got, exact)
    assert repr(exact) == repr(got), (body, got, exact)
    COUNTS.passed += 1


def fuzz_target() -> Callable[[bytes], bytes | None]:
    """``fuzz_one_input`` of a Hypothesis test of :func:`check` over :func:`inputs`."""
    return _fuzz_target(inputs(), check, COUNTS)
