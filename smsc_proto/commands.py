"""Every command of every script, typed, in both directions.

A command is a frozen, keyword-only dataclass named after its script and action
(``JobsAdd``, ``StatusQuery``, ``PhonesMoveGroup``...). ``cmd.to_request()`` encodes it;
:func:`parse_command` decodes a :class:`~smsc_proto.Request` into the right class.
"""

from ._command import (
    Command,
    Credentials,
    parse_command,
)
from ._scripts.balance import (
    Balance,
)
from ._scripts.jobs import (
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
)
from ._scripts.ping import (
    Ping,
)
from ._scripts.send import (
    RestSend,
    Send,
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

__all__ = [
    "Balance",
    "Command",
    "Credentials",
    "JobsAdd",
    "JobsCancel",
    "JobsDelete",
    "JobsGet",
    "JobsGetAll",
    "MessageIds",
    "OpTemplatesAdd",
    "OpTemplatesGet",
    "Ping",
    "RestSend",
    "Send",
    "StatusDelete",
    "StatusQuery",
    "TemplatesAdd",
    "TemplatesChange",
    "TemplatesDelete",
    "TemplatesGet",
    "parse_command",
]
