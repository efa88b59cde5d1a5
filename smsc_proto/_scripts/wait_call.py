"""wait_call.php: confirm a phone number by a call from the subscriber (private).

Spec (line 3767): "To create a request to receive a phone number, at which the
subscriber will have to make a confirmation call, you need to call the address using the
GET or POST method: https://smscentre.com/sys/wait_call.php?login=<login>&
psw=<password>&phone=<phone>"

The script has no selector parameter. ``fmt`` is missing from the parameter table
(QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._command import Command, param, register
from ..values import Phone
from .info import _PHONE_NUMBER

__all__ = ["WaitCall"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class WaitCall(Command):
    """Ask for the number a subscriber must call to confirm theirs (``wait_call.php``).

    Spec (line 3767): ``wait_call.php?login=<login>&psw=<password>&phone=<phone>`` --
    ``phone`` is required. Spec (line 3830): the reply's number is "the phone number to
    which the subscriber must make a call within 15 minutes to confirm their phone
    number."

    Args:
        phone: Line 3773: "The phone number of the subscriber from which the
            confirmation call will be made." -- one number, ``[+]digits``.
    """

    SCRIPT = "wait_call.php"
    REQUIRED = ("phone",)

    phone: Phone | None = param(_PHONE_NUMBER)
