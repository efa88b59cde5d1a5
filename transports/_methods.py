"""One typed method per command, for the sync and the async clients (generated).

Do not edit: ``python -m transports._gen_methods`` writes this file from the
command registry. ``client.send(phones=..., mes=...)`` builds ``Send(phones=...,
mes=...)`` and returns ``client.call(...)``'s result.
"""

from __future__ import annotations

from smsc_proto.commands import (
    Balance,
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

from ._common import AsyncMethod, Method

__all__ = ["AsyncCommands", "SyncCommands"]


class SyncCommands:
    """One method per command: ``Method(<Command class>)``."""

    balance = Method(Balance)
    documents_add_account = Method(DocumentsAddAccount)
    documents_get_account = Method(DocumentsGetAccount)
    documents_get_act = Method(DocumentsGetAct)
    get_answers = Method(GetAnswers)
    get_messages = Method(GetMessages)
    get_price = Method(GetPrice)
    get_stat = Method(GetStat)
    info_get_operator = Method(InfoGetOperator)
    jobs_add = Method(JobsAdd)
    jobs_cancel = Method(JobsCancel)
    jobs_delete = Method(JobsDelete)
    jobs_get = Method(JobsGet)
    jobs_get_all = Method(JobsGetAll)
    mails_add = Method(MailsAdd)
    mails_add_black = Method(MailsAddBlack)
    mails_add_group = Method(MailsAddGroup)
    mails_change = Method(MailsChange)
    mails_change_group = Method(MailsChangeGroup)
    mails_delete = Method(MailsDelete)
    mails_delete_black = Method(MailsDeleteBlack)
    mails_delete_group = Method(MailsDeleteGroup)
    mails_get = Method(MailsGet)
    mails_get_black = Method(MailsGetBlack)
    mails_get_group = Method(MailsGetGroup)
    mails_join_group = Method(MailsJoinGroup)
    mails_leave_group = Method(MailsLeaveGroup)
    mails_move_to_group = Method(MailsMoveToGroup)
    op_templates_add = Method(OpTemplatesAdd)
    op_templates_get = Method(OpTemplatesGet)
    phones_add = Method(PhonesAdd)
    phones_add_black = Method(PhonesAddBlack)
    phones_add_group = Method(PhonesAddGroup)
    phones_change = Method(PhonesChange)
    phones_change_group = Method(PhonesChangeGroup)
    phones_delete = Method(PhonesDelete)
    phones_delete_black = Method(PhonesDeleteBlack)
    phones_delete_group = Method(PhonesDeleteGroup)
    phones_get = Method(PhonesGet)
    phones_get_black = Method(PhonesGetBlack)
    phones_get_group = Method(PhonesGetGroup)
    phones_join_group = Method(PhonesJoinGroup)
    phones_leave_group = Method(PhonesLeaveGroup)
    phones_move_to_group = Method(PhonesMoveToGroup)
    ping = Method(Ping)
    receive_phones_buy = Method(ReceivePhonesBuy)
    receive_phones_change = Method(ReceivePhonesChange)
    receive_phones_get = Method(ReceivePhonesGet)
    rest_send = Method(RestSend)
    send = Method(Send)
    senders_add = Method(SendersAdd)
    senders_change = Method(SendersChange)
    senders_check_code = Method(SendersCheckCode)
    senders_delete = Method(SendersDelete)
    senders_get = Method(SendersGet)
    senders_send_code = Method(SendersSendCode)
    status_delete = Method(StatusDelete)
    status_query = Method(StatusQuery)
    templates_add = Method(TemplatesAdd)
    templates_change = Method(TemplatesChange)
    templates_delete = Method(TemplatesDelete)
    templates_get = Method(TemplatesGet)
    tinyurls_get = Method(TinyurlsGet)
    users_add = Method(UsersAdd)
    users_change = Method(UsersChange)
    users_get_stat = Method(UsersGetStat)
    users_get_stat_all = Method(UsersGetStatAll)
    users_pay = Method(UsersPay)
    wait_call = Method(WaitCall)


class AsyncCommands:
    """One method per command: ``AsyncMethod(<Command class>)``."""

    balance = AsyncMethod(Balance)
    documents_add_account = AsyncMethod(DocumentsAddAccount)
    documents_get_account = AsyncMethod(DocumentsGetAccount)
    documents_get_act = AsyncMethod(DocumentsGetAct)
    get_answers = AsyncMethod(GetAnswers)
    get_messages = AsyncMethod(GetMessages)
    get_price = AsyncMethod(GetPrice)
    get_stat = AsyncMethod(GetStat)
    info_get_operator = AsyncMethod(InfoGetOperator)
    jobs_add = AsyncMethod(JobsAdd)
    jobs_cancel = AsyncMethod(JobsCancel)
    jobs_delete = AsyncMethod(JobsDelete)
    jobs_get = AsyncMethod(JobsGet)
    jobs_get_all = AsyncMethod(JobsGetAll)
    mails_add = AsyncMethod(MailsAdd)
    mails_add_black = AsyncMethod(MailsAddBlack)
    mails_add_group = AsyncMethod(MailsAddGroup)
    mails_change = AsyncMethod(MailsChange)
    mails_change_group = AsyncMethod(MailsChangeGroup)
    mails_delete = AsyncMethod(MailsDelete)
    mails_delete_black = AsyncMethod(MailsDeleteBlack)
    mails_delete_group = AsyncMethod(MailsDeleteGroup)
    mails_get = AsyncMethod(MailsGet)
    mails_get_black = AsyncMethod(MailsGetBlack)
    mails_get_group = AsyncMethod(MailsGetGroup)
    mails_join_group = AsyncMethod(MailsJoinGroup)
    mails_leave_group = AsyncMethod(MailsLeaveGroup)
    mails_move_to_group = AsyncMethod(MailsMoveToGroup)
    op_templates_add = AsyncMethod(OpTemplatesAdd)
    op_templates_get = AsyncMethod(OpTemplatesGet)
    phones_add = AsyncMethod(PhonesAdd)
    phones_add_black = AsyncMethod(PhonesAddBlack)
    phones_add_group = AsyncMethod(PhonesAddGroup)
    phones_change = AsyncMethod(PhonesChange)
    phones_change_group = AsyncMethod(PhonesChangeGroup)
    phones_delete = AsyncMethod(PhonesDelete)
    phones_delete_black = AsyncMethod(PhonesDeleteBlack)
    phones_delete_group = AsyncMethod(PhonesDeleteGroup)
    phones_get = AsyncMethod(PhonesGet)
    phones_get_black = AsyncMethod(PhonesGetBlack)
    phones_get_group = AsyncMethod(PhonesGetGroup)
    phones_join_group = AsyncMethod(PhonesJoinGroup)
    phones_leave_group = AsyncMethod(PhonesLeaveGroup)
    phones_move_to_group = AsyncMethod(PhonesMoveToGroup)
    ping = AsyncMethod(Ping)
    receive_phones_buy = AsyncMethod(ReceivePhonesBuy)
    receive_phones_change = AsyncMethod(ReceivePhonesChange)
    receive_phones_get = AsyncMethod(ReceivePhonesGet)
    rest_send = AsyncMethod(RestSend)
    send = AsyncMethod(Send)
    senders_add = AsyncMethod(SendersAdd)
    senders_change = AsyncMethod(SendersChange)
    senders_check_code = AsyncMethod(SendersCheckCode)
    senders_delete = AsyncMethod(SendersDelete)
    senders_get = AsyncMethod(SendersGet)
    senders_send_code = AsyncMethod(SendersSendCode)
    status_delete = AsyncMethod(StatusDelete)
    status_query = AsyncMethod(StatusQuery)
    templates_add = AsyncMethod(TemplatesAdd)
    templates_change = AsyncMethod(TemplatesChange)
    templates_delete = AsyncMethod(TemplatesDelete)
    templates_get = AsyncMethod(TemplatesGet)
    tinyurls_get = AsyncMethod(TinyurlsGet)
    users_add = AsyncMethod(UsersAdd)
    users_change = AsyncMethod(UsersChange)
    users_get_stat = AsyncMethod(UsersGetStat)
    users_get_stat_all = AsyncMethod(UsersGetStatAll)
    users_pay = AsyncMethod(UsersPay)
    wait_call = AsyncMethod(WaitCall)
