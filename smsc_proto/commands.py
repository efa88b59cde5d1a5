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

__all__ = [
    "Balance",
    "Command",
    "Credentials",
    "parse_command",
]
