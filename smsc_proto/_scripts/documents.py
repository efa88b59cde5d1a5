"""documents.php: sub-client invoices and acts -- create one, download one (private).

Spec (lines 2563-2565)::

    documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>
    documents.php?add_account=1&login=<login>&psw=<password>&user_id=<user_id>&sum=<sum>
    documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>
    documents.php?get_account=1&login=<login>&psw=<password>&user_id=<user_id>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user=<user>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user_id=<user_id>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user=<user>&num=<num>
    documents.php?get_act=1&login=<login>&psw=<password>&user_id=<user_id>&num=<num>

Every command names the sub-client by ``user`` or by ``user_id`` (lines 2571-2572: "You
can use the user_id parameter instead of this parameter"), exactly one of them. The
script documents no ``fmt`` (QUIRKS INC-33: its errors are JSON only); the base's
``fmt`` is still accepted, as for every script (INC-68).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, Final

from .._command import Command, Dec, Int, Text, param, register
from .._errors import LocalProtocolError

__all__ = ["DocumentsAddAccount", "DocumentsGetAccount", "DocumentsGetAct"]

_INT32_MAX: Final = 2_147_483_647
_ID: Final = Int(1, _INT32_MAX)
_WORD: Final = Text(nonempty=True, single_line=True)
#: An invoice amount: positive, two decimals, at most 999999999.99 (the spec gives no
#: bound; line 2573: "The amount to create an account for in the Client's currency").
_SUM: Final = Dec(Decimal("0.01"), Decimal("999999999.99"))


@dataclass(frozen=True, slots=True, kw_only=True)
class _SubClient(Command):
    """``user`` or ``user_id``: the sub-client every documents.php command names (private)."""

    SCRIPT = "documents.php"
    ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("user",), ("user_id",))

    user: str | None = param(_WORD)
    user_id: int | None = param(_ID)

    def _check(self) -> None:
        # Spec (lines 2571-2572): each is the other's replacement ("instead of").
        if self.user is not None and self.user_id is not None:
            raise LocalProtocolError(
                "user_id: not with user (one replaces the other, lines 2571-2572)"
            )


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsAddAccount(_SubClient):
    """Create an invoice for a sub-client (``documents.php?add_account=1``).

    Spec (line 2563): "To create a new account for a subclient ...
    ``documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>``
    or: ``...&user_id=<user_id>&sum=<sum>``" -- ``sum`` and one of ``user`` /
    ``user_id`` are required. The reply is multipart: JSON, then the invoice PDF.

    Args:
        user: "The username of the sub-client to create or upload an invoice for"
            (line 2571), one line.
        user_id: The sub-client's ID (line 2572), 1..2147483647.
        sum: "The amount to create an account for in the Client's currency" (line
            2573): 0.01..999999999.99, at most two decimals.
        service: "Name of the service specified when creating the invoice" (line
            2574), one line.
    """

    SELECTOR = ("add_account", "1")
    REQUIRED = ("sum",)

    sum: Decimal | None = param(_SUM)
    service: str | None = param(_WORD)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsGetAccount(_SubClient):
    """Download a sub-client's invoice (``documents.php?get_account=1``).

    Spec (line 2564): "To upload an existing account subclient ...
    ``documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>`` or:
    ``...&user_id=<user_id>&id=<id>``" -- ``id`` and one of ``user`` / ``user_id``
    are required. The reply is the invoice PDF.

    Args:
        user: As for :class:`DocumentsAddAccount`.
        user_id: As for :class:`DocumentsAddAccount`.
        id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
    """

    SELECTOR = ("get_account", "1")
    REQUIRED = ("id",)

    id: int | None = param(_ID)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsGetAct(_SubClient):
    """Download a sub-client's act (``documents.php?get_act=1``).

    Spec (line 2565): "To upload an existing sub-client report ...
    ``get_act=1&...&user=<user>&id=<id>``, ``...&user_id=<user_id>&id=<id>`` or:
    ``...&user=<user>&num=<num>``, ``...&user_id=<user_id>&num=<num>``" -- one of
    ``user`` / ``user_id`` and one of ``id`` / ``num``. The reply is the act PDF.

    Args:
        user: As for :class:`DocumentsAddAccount`.
        user_id: As for :class:`DocumentsAddAccount`.
        id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
        num: "Number of the requested act" (line 2576), one line (an act number may
            carry letters or dashes; it is kept as sent).
    """

    SELECTOR = ("get_act", "1")
    ONE_OF = (("user", "id"), ("user_id", "id"), ("user", "num"), ("user_id", "num"))

    id: int | None = param(_ID)
    num: str | None = param(_WORD)

    def _check(self) -> None:
        _SubClient._check(self)
        # Line 2565 lists id and num in separate URLs: one document, named one way.
        if self.id is not None and self.num is not None:
            raise LocalProtocolError("num: not with id (one act, line 2565)")
