"""What a type checker sees: every command's reply type through every route.

mypy checks this module (``make test`` runs it over ``tests/``); nothing here runs. Each
``assert_type`` pins the exact type one command's reply has through
:func:`~smsc_proto.responses.decode_response`, :meth:`~smsc_proto.Session.finish`,
the requests client's method and the aiohttp client's method. A command declared
``Command[Any]`` (or not declared) fails here: ``Any`` is not its model.
``test_reply_types.py`` checks that every command has its four lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from smsc_proto import HttpResponse, Session
from smsc_proto.commands import (
    Balance,
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    ImgcodeImage,
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
from smsc_proto.responses import (
    BalanceReply,
    DocumentsAddAccountReply,
    DocumentsFileReply,
    GetAnswersReply,
    GetMessagesReply,
    GetPriceReply,
    GetStatReply,
    InfoGetOperatorReply,
    JobsAddReply,
    JobsGetAllReply,
    JobsGetReply,
    JobsOkReply,
    MailsAddReply,
    MailsGetBlackReply,
    MailsGetGroupReply,
    MailsGetReply,
    MailsOkReply,
    OpTemplatesAddReply,
    OpTemplatesGetReply,
    PhonesAddReply,
    PhonesGetBlackReply,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesOkReply,
    PingReply,
    ReceivePhonesBuyReply,
    ReceivePhonesChangeReply,
    ReceivePhonesGetReply,
    SendersAddReply,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
    SendReply,
    StatusDeleteReply,
    StatusRecord,
    TemplatesAddReply,
    TemplatesGetReply,
    TemplatesOkReply,
    TinyurlsGetReply,
    UsersAddReply,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
    WaitCallReply,
    decode_documents_response,
    decode_response,
)
from transports.aiohttp import AsyncClient
from transports.requests import Client

if TYPE_CHECKING:
    # typing.assert_type is Python 3.11+; mypy checks for 3.10. Nothing here runs.
    from typing_extensions import assert_type

BODY = b""


def decoded() -> None:
    """``decode_response(command, body)`` is the command's reply type."""
    assert_type(decode_response(Balance(), BODY), BalanceReply)
    assert_type(decode_response(DocumentsAddAccount(), BODY), DocumentsAddAccountReply)
    assert_type(decode_response(DocumentsGetAccount(), BODY), DocumentsFileReply)
    assert_type(decode_response(DocumentsGetAct(), BODY), DocumentsFileReply)
    assert_type(decode_response(GetAnswers(), BODY), list[GetAnswersReply])
    assert_type(decode_response(GetMessages(), BODY), list[GetMessagesReply])
    assert_type(decode_response(GetPrice(), BODY), GetPriceReply)
    assert_type(decode_response(GetStat(), BODY), list[GetStatReply])
    assert_type(
        decode_response(InfoGetOperator(), BODY), InfoGetOperatorReply | list[InfoGetOperatorReply]
    )
    assert_type(decode_response(JobsAdd(), BODY), JobsAddReply)
    assert_type(decode_response(JobsCancel(), BODY), JobsOkReply)
    assert_type(decode_response(JobsDelete(), BODY), JobsOkReply)
    assert_type(decode_response(JobsGet(), BODY), JobsGetReply)
    assert_type(decode_response(JobsGetAll(), BODY), list[JobsGetAllReply])
    assert_type(decode_response(MailsAdd(), BODY), MailsAddReply)
    assert_type(decode_response(MailsAddBlack(), BODY), MailsAddReply)
    assert_type(decode_response(MailsAddGroup(), BODY), MailsAddReply)
    assert_type(decode_response(MailsChange(), BODY), MailsOkReply)
    assert_type(decode_response(MailsChangeGroup(), BODY), MailsOkReply)
    assert_type(decode_response(MailsDelete(), BODY), MailsOkReply)
    assert_type(decode_response(MailsDeleteBlack(), BODY), MailsOkReply)
    assert_type(decode_response(MailsDeleteGroup(), BODY), MailsOkReply)
    assert_type(decode_response(MailsGet(), BODY), list[MailsGetReply])
    assert_type(decode_response(MailsGetBlack(), BODY), list[MailsGetBlackReply])
    assert_type(decode_response(MailsGetGroup(), BODY), list[MailsGetGroupReply])
    assert_type(decode_response(MailsJoinGroup(), BODY), MailsOkReply)
    assert_type(decode_response(MailsLeaveGroup(), BODY), MailsOkReply)
    assert_type(decode_response(MailsMoveToGroup(), BODY), MailsOkReply)
    assert_type(decode_response(OpTemplatesAdd(), BODY), list[OpTemplatesAddReply])
    assert_type(decode_response(OpTemplatesGet(), BODY), list[OpTemplatesGetReply])
    assert_type(decode_response(PhonesAdd(), BODY), PhonesAddReply)
    assert_type(decode_response(PhonesAddBlack(), BODY), PhonesAddReply)
    assert_type(decode_response(PhonesAddGroup(), BODY), PhonesAddReply)
    assert_type(decode_response(PhonesChange(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesChangeGroup(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesDelete(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesDeleteBlack(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesDeleteGroup(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesGet(), BODY), list[PhonesGetReply])
    assert_type(decode_response(PhonesGetBlack(), BODY), list[PhonesGetBlackReply])
    assert_type(decode_response(PhonesGetGroup(), BODY), list[PhonesGetGroupReply])
    assert_type(decode_response(PhonesJoinGroup(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesLeaveGroup(), BODY), PhonesOkReply)
    assert_type(decode_response(PhonesMoveToGroup(), BODY), PhonesOkReply)
    assert_type(decode_response(Ping(), BODY), PingReply)
    assert_type(decode_response(ReceivePhonesBuy(), BODY), ReceivePhonesBuyReply)
    assert_type(decode_response(ReceivePhonesChange(), BODY), ReceivePhonesChangeReply)
    assert_type(decode_response(ReceivePhonesGet(), BODY), list[ReceivePhonesGetReply])
    assert_type(decode_response(RestSend(), BODY), SendReply)
    assert_type(decode_response(Send(), BODY), SendReply)
    assert_type(decode_response(SendersAdd(), BODY), SendersAddReply)
    assert_type(decode_response(SendersChange(), BODY), SendersOkReply)
    assert_type(decode_response(SendersCheckCode(), BODY), SendersOkReply)
    assert_type(decode_response(SendersDelete(), BODY), SendersOkReply)
    assert_type(
        decode_response(SendersGet(), BODY), list[SendersGetReply] | list[SendersGetOperatorsReply]
    )
    assert_type(decode_response(SendersSendCode(), BODY), SendersOkReply)
    assert_type(decode_response(StatusDelete(), BODY), StatusDeleteReply)
    assert_type(decode_response(StatusQuery(), BODY), StatusRecord | list[StatusRecord])
    assert_type(decode_response(TemplatesAdd(), BODY), TemplatesAddReply)
    assert_type(decode_response(TemplatesChange(), BODY), TemplatesOkReply)
    assert_type(decode_response(TemplatesDelete(), BODY), TemplatesOkReply)
    assert_type(decode_response(TemplatesGet(), BODY), list[TemplatesGetReply])
    assert_type(decode_response(TinyurlsGet(), BODY), TinyurlsGetReply)
    assert_type(decode_response(UsersAdd(), BODY), UsersAddReply)
    assert_type(decode_response(UsersChange(), BODY), UsersOkReply)
    assert_type(decode_response(UsersGetStat(), BODY), list[UsersGetStatReply])
    assert_type(decode_response(UsersGetStatAll(), BODY), list[UsersGetStatAllReply])
    assert_type(decode_response(UsersPay(), BODY), UsersOkReply)
    assert_type(decode_response(WaitCall(), BODY), WaitCallReply)


def documents() -> None:
    """documents.php's own decoder, typed by the command."""
    assert_type(decode_documents_response(DocumentsAddAccount(), BODY), DocumentsAddAccountReply)
    assert_type(decode_documents_response(DocumentsGetAccount(), BODY), DocumentsFileReply)
    assert_type(decode_documents_response(DocumentsGetAct(), BODY), DocumentsFileReply)


def finished(session: Session, response: HttpResponse) -> None:
    """``Session.finish(command, response)`` and ``Exchange.result()`` likewise."""
    assert_type(session.finish(Balance(), response), BalanceReply)
    assert_type(session.finish(DocumentsAddAccount(), response), DocumentsAddAccountReply)
    assert_type(session.finish(DocumentsGetAccount(), response), DocumentsFileReply)
    assert_type(session.finish(DocumentsGetAct(), response), DocumentsFileReply)
    assert_type(session.finish(GetAnswers(), response), list[GetAnswersReply])
    assert_type(session.finish(GetMessages(), response), list[GetMessagesReply])
    assert_type(session.finish(GetPrice(), response), GetPriceReply)
    assert_type(session.finish(GetStat(), response), list[GetStatReply])
    assert_type(
        session.finish(InfoGetOperator(), response),
        InfoGetOperatorReply | list[InfoGetOperatorReply],
    )
    assert_type(session.finish(JobsAdd(), response), JobsAddReply)
    assert_type(session.finish(JobsCancel(), response), JobsOkReply)
    assert_type(session.finish(JobsDelete(), response), JobsOkReply)
    assert_type(session.finish(JobsGet(), response), JobsGetReply)
    assert_type(session.finish(JobsGetAll(), response), list[JobsGetAllReply])
    assert_type(session.finish(MailsAdd(), response), MailsAddReply)
    assert_type(session.finish(MailsAddBlack(), response), MailsAddReply)
    assert_type(session.finish(MailsAddGroup(), response), MailsAddReply)
    assert_type(session.finish(MailsChange(), response), MailsOkReply)
    assert_type(session.finish(MailsChangeGroup(), response), MailsOkReply)
    assert_type(session.finish(MailsDelete(), response), MailsOkReply)
    assert_type(session.finish(MailsDeleteBlack(), response), MailsOkReply)
    assert_type(session.finish(MailsDeleteGroup(), response), MailsOkReply)
    assert_type(session.finish(MailsGet(), response), list[MailsGetReply])
    assert_type(session.finish(MailsGetBlack(), response), list[MailsGetBlackReply])
    assert_type(session.finish(MailsGetGroup(), response), list[MailsGetGroupReply])
    assert_type(session.finish(MailsJoinGroup(), response), MailsOkReply)
    assert_type(session.finish(MailsLeaveGroup(), response), MailsOkReply)
    assert_type(session.finish(MailsMoveToGroup(), response), MailsOkReply)
    assert_type(session.finish(OpTemplatesAdd(), response), list[OpTemplatesAddReply])
    assert_type(session.finish(OpTemplatesGet(), response), list[OpTemplatesGetReply])
    assert_type(session.finish(PhonesAdd(), response), PhonesAddReply)
    assert_type(session.finish(PhonesAddBlack(), response), PhonesAddReply)
    assert_type(session.finish(PhonesAddGroup(), response), PhonesAddReply)
    assert_type(session.finish(PhonesChange(), response), PhonesOkReply)
    assert_type(session.finish(PhonesChangeGroup(), response), PhonesOkReply)
    assert_type(session.finish(PhonesDelete(), response), PhonesOkReply)
    assert_type(session.finish(PhonesDeleteBlack(), response), PhonesOkReply)
    assert_type(session.finish(PhonesDeleteGroup(), response), PhonesOkReply)
    assert_type(session.finish(PhonesGet(), response), list[PhonesGetReply])
    assert_type(session.finish(PhonesGetBlack(), response), list[PhonesGetBlackReply])
    assert_type(session.finish(PhonesGetGroup(), response), list[PhonesGetGroupReply])
    assert_type(session.finish(PhonesJoinGroup(), response), PhonesOkReply)
    assert_type(session.finish(PhonesLeaveGroup(), response), PhonesOkReply)
    assert_type(session.finish(PhonesMoveToGroup(), response), PhonesOkReply)
    assert_type(session.finish(Ping(), response), PingReply)
    assert_type(session.finish(ReceivePhonesBuy(), response), ReceivePhonesBuyReply)
    assert_type(session.finish(ReceivePhonesChange(), response), ReceivePhonesChangeReply)
    assert_type(session.finish(ReceivePhonesGet(), response), list[ReceivePhonesGetReply])
    assert_type(session.finish(RestSend(), response), SendReply)
    assert_type(session.finish(Send(), response), SendReply)
    assert_type(session.finish(SendersAdd(), response), SendersAddReply)
    assert_type(session.finish(SendersChange(), response), SendersOkReply)
    assert_type(session.finish(SendersCheckCode(), response), SendersOkReply)
    assert_type(session.finish(SendersDelete(), response), SendersOkReply)
    assert_type(
        session.finish(SendersGet(), response),
        list[SendersGetReply] | list[SendersGetOperatorsReply],
    )
    assert_type(session.finish(SendersSendCode(), response), SendersOkReply)
    assert_type(session.finish(StatusDelete(), response), StatusDeleteReply)
    assert_type(session.finish(StatusQuery(), response), StatusRecord | list[StatusRecord])
    assert_type(session.finish(TemplatesAdd(), response), TemplatesAddReply)
    assert_type(session.finish(TemplatesChange(), response), TemplatesOkReply)
    assert_type(session.finish(TemplatesDelete(), response), TemplatesOkReply)
    assert_type(session.finish(TemplatesGet(), response), list[TemplatesGetReply])
    assert_type(session.finish(TinyurlsGet(), response), TinyurlsGetReply)
    assert_type(session.finish(UsersAdd(), response), UsersAddReply)
    assert_type(session.finish(UsersChange(), response), UsersOkReply)
    assert_type(session.finish(UsersGetStat(), response), list[UsersGetStatReply])
    assert_type(session.finish(UsersGetStatAll(), response), list[UsersGetStatAllReply])
    assert_type(session.finish(UsersPay(), response), UsersOkReply)
    assert_type(session.finish(WaitCall(), response), WaitCallReply)
    assert_type(session.start(Balance()).result(), BalanceReply)
    assert_type(session.start(StatusQuery()).result(), StatusRecord | list[StatusRecord])


def called(client: Client) -> None:
    """Each method of a blocking client (requests; urllib3 shares the base)."""
    assert_type(client.balance(), BalanceReply)
    assert_type(client.documents_add_account(), DocumentsAddAccountReply)
    assert_type(client.documents_get_account(), DocumentsFileReply)
    assert_type(client.documents_get_act(), DocumentsFileReply)
    assert_type(client.get_answers(), list[GetAnswersReply])
    assert_type(client.get_messages(), list[GetMessagesReply])
    assert_type(client.get_price(), GetPriceReply)
    assert_type(client.get_stat(), list[GetStatReply])
    assert_type(client.info_get_operator(), InfoGetOperatorReply | list[InfoGetOperatorReply])
    assert_type(client.jobs_add(), JobsAddReply)
    assert_type(client.jobs_cancel(), JobsOkReply)
    assert_type(client.jobs_delete(), JobsOkReply)
    assert_type(client.jobs_get(), JobsGetReply)
    assert_type(client.jobs_get_all(), list[JobsGetAllReply])
    assert_type(client.mails_add(), MailsAddReply)
    assert_type(client.mails_add_black(), MailsAddReply)
    assert_type(client.mails_add_group(), MailsAddReply)
    assert_type(client.mails_change(), MailsOkReply)
    assert_type(client.mails_change_group(), MailsOkReply)
    assert_type(client.mails_delete(), MailsOkReply)
    assert_type(client.mails_delete_black(), MailsOkReply)
    assert_type(client.mails_delete_group(), MailsOkReply)
    assert_type(client.mails_get(), list[MailsGetReply])
    assert_type(client.mails_get_black(), list[MailsGetBlackReply])
    assert_type(client.mails_get_group(), list[MailsGetGroupReply])
    assert_type(client.mails_join_group(), MailsOkReply)
    assert_type(client.mails_leave_group(), MailsOkReply)
    assert_type(client.mails_move_to_group(), MailsOkReply)
    assert_type(client.op_templates_add(), list[OpTemplatesAddReply])
    assert_type(client.op_templates_get(), list[OpTemplatesGetReply])
    assert_type(client.phones_add(), PhonesAddReply)
    assert_type(client.phones_add_black(), PhonesAddReply)
    assert_type(client.phones_add_group(), PhonesAddReply)
    assert_type(client.phones_change(), PhonesOkReply)
    assert_type(client.phones_change_group(), PhonesOkReply)
    assert_type(client.phones_delete(), PhonesOkReply)
    assert_type(client.phones_delete_black(), PhonesOkReply)
    assert_type(client.phones_delete_group(), PhonesOkReply)
    assert_type(client.phones_get(), list[PhonesGetReply])
    assert_type(client.phones_get_black(), list[PhonesGetBlackReply])
    assert_type(client.phones_get_group(), list[PhonesGetGroupReply])
    assert_type(client.phones_join_group(), PhonesOkReply)
    assert_type(client.phones_leave_group(), PhonesOkReply)
    assert_type(client.phones_move_to_group(), PhonesOkReply)
    assert_type(client.ping(), PingReply)
    assert_type(client.receive_phones_buy(), ReceivePhonesBuyReply)
    assert_type(client.receive_phones_change(), ReceivePhonesChangeReply)
    assert_type(client.receive_phones_get(), list[ReceivePhonesGetReply])
    assert_type(client.rest_send(), SendReply)
    assert_type(client.send(), SendReply)
    assert_type(client.senders_add(), SendersAddReply)
    assert_type(client.senders_change(), SendersOkReply)
    assert_type(client.senders_check_code(), SendersOkReply)
    assert_type(client.senders_delete(), SendersOkReply)
    assert_type(client.senders_get(), list[SendersGetReply] | list[SendersGetOperatorsReply])
    assert_type(client.senders_send_code(), SendersOkReply)
    assert_type(client.status_delete(), StatusDeleteReply)
    assert_type(client.status_query(), StatusRecord | list[StatusRecord])
    assert_type(client.templates_add(), TemplatesAddReply)
    assert_type(client.templates_change(), TemplatesOkReply)
    assert_type(client.templates_delete(), TemplatesOkReply)
    assert_type(client.templates_get(), list[TemplatesGetReply])
    assert_type(client.tinyurls_get(), TinyurlsGetReply)
    assert_type(client.users_add(), UsersAddReply)
    assert_type(client.users_change(), UsersOkReply)
    assert_type(client.users_get_stat(), list[UsersGetStatReply])
    assert_type(client.users_get_stat_all(), list[UsersGetStatAllReply])
    assert_type(client.users_pay(), UsersOkReply)
    assert_type(client.wait_call(), WaitCallReply)
    assert_type(client.call(Balance()), BalanceReply)


async def awaited(client: AsyncClient) -> None:
    """Each method of the aiohttp client, awaited."""
    assert_type(await client.balance(), BalanceReply)
    assert_type(await client.documents_add_account(), DocumentsAddAccountReply)
    assert_type(await client.documents_get_account(), DocumentsFileReply)
    assert_type(await client.documents_get_act(), DocumentsFileReply)
    assert_type(await client.get_answers(), list[GetAnswersReply])
    assert_type(await client.get_messages(), list[GetMessagesReply])
    assert_type(await client.get_price(), GetPriceReply)
    assert_type(await client.get_stat(), list[GetStatReply])
    assert_type(await client.info_get_operator(), InfoGetOperatorReply | list[InfoGetOperatorReply])
    assert_type(await client.jobs_add(), JobsAddReply)
    assert_type(await client.jobs_cancel(), JobsOkReply)
    assert_type(await client.jobs_delete(), JobsOkReply)
    assert_type(await client.jobs_get(), JobsGetReply)
    assert_type(await client.jobs_get_all(), list[JobsGetAllReply])
    assert_type(await client.mails_add(), MailsAddReply)
    assert_type(await client.mails_add_black(), MailsAddReply)
    assert_type(await client.mails_add_group(), MailsAddReply)
    assert_type(await client.mails_change(), MailsOkReply)
    assert_type(await client.mails_change_group(), MailsOkReply)
    assert_type(await client.mails_delete(), MailsOkReply)
    assert_type(await client.mails_delete_black(), MailsOkReply)
    assert_type(await client.mails_delete_group(), MailsOkReply)
    assert_type(await client.mails_get(), list[MailsGetReply])
    assert_type(await client.mails_get_black(), list[MailsGetBlackReply])
    assert_type(await client.mails_get_group(), list[MailsGetGroupReply])
    assert_type(await client.mails_join_group(), MailsOkReply)
    assert_type(await client.mails_leave_group(), MailsOkReply)
    assert_type(await client.mails_move_to_group(), MailsOkReply)
    assert_type(await client.op_templates_add(), list[OpTemplatesAddReply])
    assert_type(await client.op_templates_get(), list[OpTemplatesGetReply])
    assert_type(await client.phones_add(), PhonesAddReply)
    assert_type(await client.phones_add_black(), PhonesAddReply)
    assert_type(await client.phones_add_group(), PhonesAddReply)
    assert_type(await client.phones_change(), PhonesOkReply)
    assert_type(await client.phones_change_group(), PhonesOkReply)
    assert_type(await client.phones_delete(), PhonesOkReply)
    assert_type(await client.phones_delete_black(), PhonesOkReply)
    assert_type(await client.phones_delete_group(), PhonesOkReply)
    assert_type(await client.phones_get(), list[PhonesGetReply])
    assert_type(await client.phones_get_black(), list[PhonesGetBlackReply])
    assert_type(await client.phones_get_group(), list[PhonesGetGroupReply])
    assert_type(await client.phones_join_group(), PhonesOkReply)
    assert_type(await client.phones_leave_group(), PhonesOkReply)
    assert_type(await client.phones_move_to_group(), PhonesOkReply)
    assert_type(await client.ping(), PingReply)
    assert_type(await client.receive_phones_buy(), ReceivePhonesBuyReply)
    assert_type(await client.receive_phones_change(), ReceivePhonesChangeReply)
    assert_type(await client.receive_phones_get(), list[ReceivePhonesGetReply])
    assert_type(await client.rest_send(), SendReply)
    assert_type(await client.send(), SendReply)
    assert_type(await client.senders_add(), SendersAddReply)
    assert_type(await client.senders_change(), SendersOkReply)
    assert_type(await client.senders_check_code(), SendersOkReply)
    assert_type(await client.senders_delete(), SendersOkReply)
    assert_type(await client.senders_get(), list[SendersGetReply] | list[SendersGetOperatorsReply])
    assert_type(await client.senders_send_code(), SendersOkReply)
    assert_type(await client.status_delete(), StatusDeleteReply)
    assert_type(await client.status_query(), StatusRecord | list[StatusRecord])
    assert_type(await client.templates_add(), TemplatesAddReply)
    assert_type(await client.templates_change(), TemplatesOkReply)
    assert_type(await client.templates_delete(), TemplatesOkReply)
    assert_type(await client.templates_get(), list[TemplatesGetReply])
    assert_type(await client.tinyurls_get(), TinyurlsGetReply)
    assert_type(await client.users_add(), UsersAddReply)
    assert_type(await client.users_change(), UsersOkReply)
    assert_type(await client.users_get_stat(), list[UsersGetStatReply])
    assert_type(await client.users_get_stat_all(), list[UsersGetStatAllReply])
    assert_type(await client.users_pay(), UsersOkReply)
    assert_type(await client.wait_call(), WaitCallReply)
    assert_type(await client.call(Balance()), BalanceReply)


def browser_url(session: Session) -> None:
    """imgcode.php's image is no reply anything decodes: the decoders always raise.

    Alone in its function: code after a ``NoReturn`` call is not checked.
    """
    assert_type(decode_response(ImgcodeImage(), BODY), NoReturn)


async def arguments(client: Client, aclient: AsyncClient) -> None:
    """The methods' parameters are the commands' fields, with the natural inputs.

    Each ``type: ignore[...]`` below is an error mypy must report: ``strict`` turns an
    unused ignore into an error of its own, so a signature that took anything
    (``**kwargs: Any``) would fail here.
    """
    # Natural inputs: a str or a list of phones, an id's text or a list, a datetime.
    assert_type(client.send(phones="79999999999", mes="Hi"), SendReply)
    assert_type(client.send(phones=["79999999999", "79888888888"], mes="Hi"), SendReply)
    assert_type(
        client.status_query(phone="79999999999", id="123"), StatusRecord | list[StatusRecord]
    )
    assert_type(client.get_answers(to_phone="79999999999"), list[GetAnswersReply])
    client.send(phones="79999999999", mes="Hi", no_such_field=1)  # type: ignore[call-arg]
    client.send(phones=79999999999, mes="Hi")  # type: ignore[arg-type]
    client.send(phones="79999999999", mes="Hi", flash=1.5)  # type: ignore[arg-type]
    client.status_query(phone="79999999999", id=1, all="x")  # type: ignore[arg-type]
    client.send("79999999999", "Hi")  # type: ignore[call-arg]
    client.balance(cur=True)
    client.balance(cur="1")  # type: ignore[arg-type]
    assert_type(await aclient.send(phones="79999999999", mes="Hi"), SendReply)
    await aclient.send(phones="79999999999", mes="Hi", nope=1)  # type: ignore[call-arg]
