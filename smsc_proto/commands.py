"""Every command of every script, typed, in both directions.

A command is a frozen, keyword-only dataclass named after its script and action
(``JobsAdd``, ``StatusQuery``, ``PhonesMoveGroup``...). ``cmd.to_request()`` encodes it;
:func:`parse_command` decodes a :class:`~smsc_proto.Request` into the right class.
"""

from . import _hypothesis_hook
from ._command import (
    Command,
    Credentials,
    parse_command,
)
from ._scripts.balance import (
    Balance,
)
from ._scripts.documents import (
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
)
from ._scripts.get import (
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
)
from ._scripts.imgcode import (
    ImgcodeImage,
)
from ._scripts.info import (
    InfoGetOperator,
)
from ._scripts.jobs import (
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
)
from ._scripts.mails import (
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
)
from ._scripts.phones import (
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
)
from ._scripts.ping import (
    Ping,
)
from ._scripts.receive_phones import (
    ReceivePhonesBuy,
    ReceivePhonesChange,
    ReceivePhonesGet,
)
from ._scripts.send import (
    RestSend,
    Send,
)
from ._scripts.senders import (
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
)
from ._scripts.status import (
    MessageIds,
    StatusDelete,
    StatusQuery,
)
from ._scripts.templates import (
    OpTemplatesAdd,
    OpTemplatesGet,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
)
from ._scripts.tinyurls import (
    TinyurlsGet,
)
from ._scripts.users import (
    UsersAdd,
    UsersChange,
    UsersFl,
    UsersFl2,
    UsersFl3,
    UsersGetStat,
    UsersGetStatAll,
    UsersMfl,
    UsersPay,
)
from ._scripts.wait_call import (
    WaitCall,
)

__all__ = [
    "Balance",
    "Command",
    "Credentials",
    "DocumentsAddAccount",
    "DocumentsGetAccount",
    "DocumentsGetAct",
    "GetAnswers",
    "GetMessages",
    "GetPrice",
    "GetStat",
    "ImgcodeImage",
    "InfoGetOperator",
    "JobsAdd",
    "JobsCancel",
    "JobsDelete",
    "JobsGet",
    "JobsGetAll",
    "MailsAdd",
    "MailsAddBlack",
    "MailsAddGroup",
    "MailsChange",
    "MailsChangeGroup",
    "MailsDelete",
    "MailsDeleteBlack",
    "MailsDeleteGroup",
    "MailsGet",
    "MailsGetBlack",
    "MailsGetGroup",
    "MailsJoinGroup",
    "MailsLeaveGroup",
    "MailsMoveToGroup",
    "MessageIds",
    "OpTemplatesAdd",
    "OpTemplatesGet",
    "PhonesAdd",
    "PhonesAddBlack",
    "PhonesAddGroup",
    "PhonesChange",
    "PhonesChangeGroup",
    "PhonesDelete",
    "PhonesDeleteBlack",
    "PhonesDeleteGroup",
    "PhonesGet",
    "PhonesGetBlack",
    "PhonesGetGroup",
    "PhonesJoinGroup",
    "PhonesLeaveGroup",
    "PhonesMoveToGroup",
    "Ping",
    "ReceivePhonesBuy",
    "ReceivePhonesChange",
    "ReceivePhonesGet",
    "RestSend",
    "Send",
    "SendersAdd",
    "SendersChange",
    "SendersCheckCode",
    "SendersDelete",
    "SendersGet",
    "SendersSendCode",
    "StatusDelete",
    "StatusQuery",
    "TemplatesAdd",
    "TemplatesChange",
    "TemplatesDelete",
    "TemplatesGet",
    "TinyurlsGet",
    "UsersAdd",
    "UsersChange",
    "UsersFl",
    "UsersFl2",
    "UsersFl3",
    "UsersGetStat",
    "UsersGetStatAll",
    "UsersMfl",
    "UsersPay",
    "WaitCall",
    "parse_command",
]

# Hypothesis' entry point registers this module's models for ``st.from_type`` -- now if
# hypothesis is already imported, else when it is (smsc_proto._hypothesis_hook).
_hypothesis_hook.loaded(__name__)
