"""Replies in fmt 0, 1, 2 and 3, decoded and encoded from one declaration per shape.

:func:`decode_response` reads a reply body into a typed model (or a list of them) and
raises :class:`~smsc_proto.GatewayError` for an error reply; :func:`encode_response` and
:func:`encode_error` write what the gateway would. The request decides the shape.
Commands whose replies are not modelled yet raise :class:`~smsc_proto.LocalProtocolError`.
"""

from . import _hypothesis_hook
from ._codes import (
    DELIVERY_ERRORS,
    EMAIL_DELIVERY_ERRORS,
    FINAL_STATUSES,
    MESSAGE_STATUSES,
    CodeMeaning,
    MessageStatus,
    delivery_error_meaning,
    status_meaning,
)
from ._replies import (
    ERROR_TABLES,
    Reply,
    decode_response,
    encode_error,
    encode_response,
    error_meaning,
)
from ._scripts.balance import (
    BalanceReply,
)
from ._scripts.documents import (
    DocumentsAddAccountReply,
    DocumentsFileReply,
    decode_documents_response,
    encode_documents_error,
    encode_documents_response,
)
from ._scripts.get import (
    GetAnswersReply,
    GetMessagesReply,
    GetPriceCode,
    GetPriceReply,
    GetPriceZone,
    GetStatReply,
)
from ._scripts.info import (
    InfoGetOperatorReply,
)
from ._scripts.jobs import (
    JobsAddReply,
    JobsGetAllReply,
    JobsGetReply,
    JobsOkReply,
)
from ._scripts.mails import (
    MailsAddReply,
    MailsGetBlackReply,
    MailsGetGroupReply,
    MailsGetReply,
    MailsOkReply,
)
from ._scripts.phones import (
    PhonesAddReply,
    PhonesGetBlackReply,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesOkReply,
)
from ._scripts.ping import (
    PingReply,
)
from ._scripts.receive_phones import (
    ReceivePhonesBuyReply,
    ReceivePhonesChangeReply,
    ReceivePhonesGetReply,
)
from ._scripts.send import (
    SendPhone,
    SendReply,
)
from ._scripts.senders import (
    SendersAddReply,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
)
from ._scripts.status import (
    HlrStatusReply,
    SmsStatusReply,
    StatusDeleteReply,
    StatusNotFoundReply,
    StatusRecord,
)
from ._scripts.templates import (
    OpTemplatesAddReply,
    OpTemplatesGetReply,
    TemplatesAddReply,
    TemplatesGetReply,
    TemplatesOkReply,
)
from ._scripts.tinyurls import (
    TinyurlsGetReply,
)
from ._scripts.users import (
    UsersAddReply,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
)
from ._scripts.wait_call import (
    WaitCallReply,
)

__all__ = [
    "DELIVERY_ERRORS",
    "EMAIL_DELIVERY_ERRORS",
    "ERROR_TABLES",
    "FINAL_STATUSES",
    "MESSAGE_STATUSES",
    "BalanceReply",
    "CodeMeaning",
    "DocumentsAddAccountReply",
    "DocumentsFileReply",
    "GetAnswersReply",
    "GetMessagesReply",
    "GetPriceCode",
    "GetPriceReply",
    "GetPriceZone",
    "GetStatReply",
    "HlrStatusReply",
    "InfoGetOperatorReply",
    "JobsAddReply",
    "JobsGetAllReply",
    "JobsGetReply",
    "JobsOkReply",
    "MailsAddReply",
    "MailsGetBlackReply",
    "MailsGetGroupReply",
    "MailsGetReply",
    "MailsOkReply",
    "MessageStatus",
    "OpTemplatesAddReply",
    "OpTemplatesGetReply",
    "PhonesAddReply",
    "PhonesGetBlackReply",
    "PhonesGetGroupReply",
    "PhonesGetReply",
    "PhonesOkReply",
    "PingReply",
    "ReceivePhonesBuyReply",
    "ReceivePhonesChangeReply",
    "ReceivePhonesGetReply",
    "Reply",
    "SendPhone",
    "SendReply",
    "SendersAddReply",
    "SendersGetOperatorsReply",
    "SendersGetReply",
    "SendersOkReply",
    "SmsStatusReply",
    "StatusDeleteReply",
    "StatusNotFoundReply",
    "StatusRecord",
    "TemplatesAddReply",
    "TemplatesGetReply",
    "TemplatesOkReply",
    "TinyurlsGetReply",
    "UsersAddReply",
    "UsersGetStatAllReply",
    "UsersGetStatReply",
    "UsersOkReply",
    "WaitCallReply",
    "decode_documents_response",
    "decode_response",
    "delivery_error_meaning",
    "encode_documents_error",
    "encode_documents_response",
    "encode_error",
    "encode_response",
    "error_meaning",
    "status_meaning",
]

# Hypothesis' entry point registers this module's models for ``st.from_type`` -- now if
# hypothesis is already imported, else when it is (smsc_proto._hypothesis_hook).
_hypothesis_hook.loaded(__name__)
