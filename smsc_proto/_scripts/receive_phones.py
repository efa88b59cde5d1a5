"""receive_phones.php: dedicated numbers for receiving SMS -- list, rent, renewal (private).

Spec (lines 3475-3477)::

    receive_phones.php?get=1&login=<login>&psw=<password>
    receive_phones.php?buy=1&login=<login>&psw=<password>&phone=<phone>
    receive_phones.php?chg=1&login=<login>&psw=<password>&phone=<phone>&noprolong=<noprolong>

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it. The
parameter table (lines 3480-3486) is shared by the three commands; each takes what its
URL template and line 3484 give it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._command import Command, Flag, param, register
from ..values import Phone
from .info import _PHONE_NUMBER

__all__ = ["ReceivePhonesBuy", "ReceivePhonesChange", "ReceivePhonesGet"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesGet(Command):
    """List the dedicated numbers available for rent (``receive_phones.php?get=1``).

    Spec (line 3475): "To get a list of available allocated numbers, call the following
    address using the GET or POST method: ``receive_phones.php?get=1&login=<login>&
    psw=<password>``" -- no parameter besides the credentials (and ``fmt``).
    """

    SCRIPT = "receive_phones.php"
    SELECTOR = ("get", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesBuy(Command):
    """Rent a dedicated number (``receive_phones.php?buy=1``).

    Spec (line 3476): "To connect a dedicated number, you need to call the address using
    the GET or POST method: ``receive_phones.php?buy=1&login=<login>&psw=<password>&
    phone=<phone>``" -- ``phone`` is required. Spec (line 3473): "... paying the cost for
    the remaining days in the current month."

    Args:
        phone: Line 3483: "Plug-in number." -- one of the numbers
            :class:`ReceivePhonesGet` lists, ``[+]digits``.
        noprolong: Line 3484: "This parameter can also be specified when connecting the
            number in the buy command." ``False`` (``0``, the default, line 3485):
            "enable automatic number renewal"; ``True`` (``1``, line 3486): "disable
            automatic number renewal".
    """

    SCRIPT = "receive_phones.php"
    SELECTOR = ("buy", "1")
    REQUIRED = ("phone",)

    phone: Phone | None = param(_PHONE_NUMBER)
    noprolong: bool | None = param(Flag())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesChange(Command):
    """Switch the renewal of a rented number for the next month (``receive_phones.php?chg=1``).

    Spec (line 3477): "To change the attribute of the extension of the allocated number
    for the next month, you must call the address by the GET or POST method:
    ``receive_phones.php?chg=1&login=<login>&psw=<password>&phone=<phone>&
    noprolong=<noprolong>``" -- ``phone`` and ``noprolong`` are required (the change is
    the new value of ``noprolong``; its default of line 3485 is the buy command's).

    Args:
        phone: The rented number (line 3483), ``[+]digits``.
        noprolong: Lines 3484-3486: ``False`` (``0``) enables automatic renewal,
            ``True`` (``1``) disables it.
    """

    SCRIPT = "receive_phones.php"
    SELECTOR = ("chg", "1")
    REQUIRED = ("phone", "noprolong")

    phone: Phone | None = param(_PHONE_NUMBER)
    noprolong: bool | None = param(Flag())
