"""Error tables: each script's error codes and which of them name a message (private).

Spec (lines 176-181): "ERROR = N (description)", "ERROR = N (description), ID - <id>",
"0,-N", "<id>,-N". Every format's error reply is read against one of these tables; they
are registered apart from the reply shapes (documents.php has error replies and no
shape of its own).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from .._errors import GatewayError, IpBlockedError, TooManyRequestsError
from ..values import parse_message_id

__all__ = ["ERROR_CODES", "ErrorTable", "gateway_error"]

#: The error codes :func:`~._registry.encode_error` writes, the same in every fmt: the
#: codes each format's reader reads back as written. fmt=0 reads "ERROR = N" with up to
#: nine digits, fmt=1 "0,-N" with up to nine digits after the minus that marks an error
#: (so no code below 0), fmt=2/3 an integer within +-10**9; and the spec's codes are
#: positive (0 is no error). Readers take more than this (fmt=0 reads "ERROR = -10");
#: the writer takes what all four give back.
ERROR_CODES: Final = range(1, 10**9)


@dataclass(frozen=True, slots=True)
class ErrorTable:
    """The error codes of a script (or of one action with its own table).

    Args:
        key: ``"send.php"``, or ``"get.php/get_messages"`` for an action's own table.
        meanings: Code -> the spec's meaning.
        with_id: Codes whose error replies name the message (send.php: 3, 6, 7, 8).
    """

    key: str
    meanings: Mapping[int, str]
    with_id: frozenset[int] = frozenset()


def _error_id(raw: str | None) -> int | str | None:
    # fmt=1's "0,-N" (no message) is read by the fmt=1 codec; everywhere else an id "0"
    # is the client's string id "0" (line 51), which fmt=0, 2 and 3 carry as written.
    return None if raw is None else parse_message_id(raw)


def gateway_error(
    table: ErrorTable, code: int, description: str | None, raw_id: str | None
) -> GatewayError:
    """The exception of an error reply: the body's words, or the spec's meaning where the
    format carries none (fmt=1). Codes 4 and 9 have their own classes wherever an error
    reply is read: the caller's reaction (wait, slow down) differs from other errors."""
    meaning = description if description is not None else table.meanings.get(code, "")
    cls = {4: IpBlockedError, 9: TooManyRequestsError}.get(code, GatewayError)
    return cls(code=code, description=meaning, id=_error_id(raw_id))
