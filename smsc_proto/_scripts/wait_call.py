"""wait_call.php: confirm a phone number by a call from the subscriber (private).

Spec (line 3767): "To create a request to receive a phone number, at which the
subscriber will have to make a confirmation call, you need to call the address using the
GET or POST method: https://smscentre.com/sys/wait_call.php?login=<login>&
psw=<password>&phone=<phone>"

The script has no selector parameter. ``fmt`` is missing from the parameter table
(QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from .._command import Command, Syntax, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import Field, Shape, Template, error_table, items, responds
from .._util import short
from ..values import Phone
from .info import _PHONE_NUMBER

__all__ = ["WaitCall", "WaitCallReply"]
__replies__ = ["WaitCallReply"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class WaitCall(Command["WaitCallReply"]):
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


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class WaitCallReply:
    """The reply of :class:`~smsc_proto.commands.WaitCall`: the number to call and its list.

    Spec (lines 3805-3827): "when fmt = 0: phone = <phone>, all_phones = <all_phones>";
    "when fmt = 1 (the first is the number to which the subscriber needs to call):
    <all_phones>"; fmt=2 nests the list (``<all_phones><phone>phone</phone>...
    </all_phones>``) and fmt=3 makes it an array (``"all_phones": ["<phone>", ...]``).

    QUIRKS INC-49: fmt=1 carries no ``phone``, so it decodes as ``None`` there; the
    number to call is ``all_phones[0]``. A gateway writing fmt=1 lists that number first.

    Args:
        phone: Line 3830: "the phone number to which the subscriber must make a call
            within 15 minutes to confirm their phone number" (fmt=0, 2 and 3; fmt=1 has
            no place for it).
        all_phones: Line 3831: "a list of all possible phone numbers, one of which was
            assigned by the system to call the subscriber (depending on the country)"
            (one or more, in the reply's order; fmt=0/1 refuse an empty list, fmt=2/3
            read ``<all_phones/>`` and ``[]`` as ``()``: their list fields have no
            lower bound).
    """

    phone: Phone | None = None
    all_phones: tuple[Phone, ...] | None = None


#: Entries of a fmt=0/1 ``<all_phones>`` list: "," (or ";", as in every phone list of the
#: protocol) with optional spaces around it.
_SEPARATOR: Final = re.compile(r" *[,;] *")


def _parse_all_phones(text: str) -> tuple[Phone, ...]:
    """The numbers of a ``<all_phones>`` list (``79001112233,79004445566``)."""
    if text.strip(" ") == "":
        raise RemoteProtocolError("all_phones: must list at least one phone number")
    return tuple(_PHONE_NUMBER.parse("all_phones", item) for item in _SEPARATOR.split(text))


def _format_all_phones(value: tuple[Phone, ...]) -> str:
    """The ``<all_phones>`` list, comma-separated without spaces."""
    if not value:
        raise LocalProtocolError("all_phones: must list at least one phone number")
    for item in value:
        if not isinstance(item, Phone):
            raise LocalProtocolError(f"all_phones: must hold Phone values, got {short(repr(item))}")
    return ",".join(_PHONE_NUMBER.format("all_phones", item) for item in value)


_NUMBER: Final = r"\+?\d+"
_PHONE: Final = Field("phone", _PHONE_NUMBER, _NUMBER, True)

#: Spec (lines 3805-3807). QUIRKS INC-49: fmt=1 is the list alone. The spec does not
#: show the list's separator; "," is the fmt=1 separator and that of every phone list.
_WAIT_CALL_REPLY: Final = Shape(
    WaitCallReply,
    (
        _PHONE,
        Field(
            "all_phones",
            Syntax(_parse_all_phones, _format_all_phones, tuple),
            rf"{_NUMBER}(?: *[,;] *{_NUMBER})*",
            True,
        ),
    ),
    fmt0=Template("phone = {phone}, all_phones = {all_phones}"),
    fmt1=Template("{all_phones}"),
    xml=None,
    json=None,
)

#: Spec (lines 3809-3827): fmt=2 "<result><phone>phone</phone><all_phones><phone>phone
#: </phone>...</all_phones></result>", fmt=3 {"phone": "<phone>", "all_phones":
#: ["<phone>", ...]}, every number quoted. QUIRKS INC-48: the first array item's missing
#: opening quote is a typo; the items are JSON strings (bare numbers are read too).
_WAIT_CALL_NESTED: Final = Shape(
    WaitCallReply,
    (_PHONE, items("all_phones", _PHONE, "phone")),
    fmt0=None,
    fmt1=None,
)

#: Spec (lines 3795-3801): the error codes of wait_call.php.
WAIT_CALL_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Insufficient funds on the Client's account.",
    4: "The IP address is temporarily blocked.",
    5: "The specified phone number of the subscriber is in the black list of the Client.",
    9: (
        "Attempt to send more than fifty identical requests to get a phone number for "
        "confirmation within a minute. This error also occurs when you try to send fifteen "
        "or more requests simultaneously from different connections under the same "
        "username (too many concurrent requests)."
    ),
}


error_table(WaitCall, errors=WAIT_CALL_ERRORS)


@responds(WaitCall)
def _wait_call_reply(command: WaitCall) -> Shape[Any]:
    # The list is one text value in fmt=0/1 and a list of elements / an array in fmt=2/3.
    return _WAIT_CALL_NESTED if command.fmt in (2, 3) else _WAIT_CALL_REPLY
