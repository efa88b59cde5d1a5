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
from decimal import Decimal
from typing import Any, Final

from .._call_kind import CallKind
from .._command import Command, Flag, IntChoice, TextChoice, param, register
from .._replies import Field, JsonForm, Shape, Template, XmlForm, error_table, money, responds, text
from ..values import Phone
from .info import _PHONE_NUMBER

__all__ = [
    "ReceivePhonesBuy",
    "ReceivePhonesBuyReply",
    "ReceivePhonesChange",
    "ReceivePhonesChangeReply",
    "ReceivePhonesGet",
    "ReceivePhonesGetReply",
]
__replies__ = ["ReceivePhonesBuyReply", "ReceivePhonesChangeReply", "ReceivePhonesGetReply"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesGet(Command["list[ReceivePhonesGetReply]"]):
    """List the dedicated numbers available for rent (``receive_phones.php?get=1``).

    Spec (line 3475): "To get a list of available allocated numbers, call the following
    address using the GET or POST method: ``receive_phones.php?get=1&login=<login>&
    psw=<password>``" -- no parameter besides the credentials (and ``fmt``).
    """

    SCRIPT = "receive_phones.php"
    SELECTOR = ("get", "1")
    KIND = CallKind.READ


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesBuy(Command["ReceivePhonesBuyReply"]):
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
class ReceivePhonesChange(Command["ReceivePhonesChangeReply"]):
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


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesGetReply:
    """One number of the reply of :class:`~smsc_proto.commands.ReceivePhonesGet` (a list).

    Spec (lines 3517-3546): "when fmt = 0: phone = <phone>, type = <type>, cost =
    <cost>, current_cost = <current_cost>, info = <info> ..."; "when fmt = 1:
    <phone>,<type>,<cost>,<current_cost>,<info> ..."; fmt=2 ``<receive_phone>`` elements
    under ``<list>``; fmt=3 an array of objects (``"type"`` bare, the rest quoted). Every
    format carries every field.

    Args:
        phone: Line 3549: "phone number" (``[+]digits``; it is what
            :class:`~smsc_proto.commands.ReceivePhonesBuy` takes).
        type: Line 3550: "number type: 1,4-dedicated virtual number, 2-number on the SIM
            hosting service" (1, 2 or 4).
        cost: Line 3551: "the cost of renting a phone number for a full month".
        current_cost: Line 3552: "the cost of renting a phone number for the remaining
            days until the end of the current month".
        info: Line 3553: "operator name and supported notification types" (free text,
            one line).
    """

    phone: Phone | None = None
    type: int | None = None
    cost: Decimal | None = None
    current_cost: Decimal | None = None
    info: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesBuyReply:
    """The reply of :class:`~smsc_proto.commands.ReceivePhonesBuy`.

    Spec (lines 3555-3568): "when fmt = 0: cost = <cost>; when fmt = 1: <cost>; when
    fmt = 2: <phone><cost>cost</cost></phone>; when fmt = 3: {"cost": "<cost>"}".

    Args:
        cost: Line 3571: "the amount debited from the Client's account for the rental of
            the phone number".
    """

    cost: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivePhonesChangeReply:
    """The reply of :class:`~smsc_proto.commands.ReceivePhonesChange`: the change is done.

    Spec (lines 3573-3582): "when fmt = 0,1: OK; when fmt = 2: <result>OK</result>; when
    fmt = 3: {"result": "OK"}".

    Args:
        result: Always ``"OK"`` (the only value the spec shows, in every format).
    """

    result: str | None = None


_PHONE: Final = Field("phone", _PHONE_NUMBER, r"\+?\d+", True)
# Line 3550: "1,4-dedicated virtual number, 2-number on the SIM hosting service"; fmt=3
# writes it bare ("type": <type>, line 3541).
_TYPE: Final = Field("type", IntChoice(1, 2, 4), r"\d+", False)
_COST: Final = money("cost")

#: Spec (lines 3517-3546). The info text is the last value of its line in fmt=0/1, so
#: it may hold ", " and "," and still read one way only. QUIRKS INC-47: the fmt=3
#: template lacks the comma after ``"current_cost": "<current_cost>"``; the well-formed
#: JSON it obviously means is read and written (the body as printed is not JSON).
_GET_REPLY: Final = Shape(
    ReceivePhonesGetReply,
    (_PHONE, _TYPE, _COST, money("current_cost"), text("info")),
    fmt0=Template(
        "phone = {phone}, type = {type}, cost = {cost}, current_cost = {current_cost}, "
        "info = {info}"
    ),
    fmt1=Template("{phone},{type},{cost},{current_cost},{info}"),
    xml=XmlForm(root="list", item="receive_phone"),
    json=JsonForm(),
    many=True,
)

#: Spec (lines 3555-3568): the fmt=2 root is ``<phone>``.
_BUY_REPLY: Final = Shape(
    ReceivePhonesBuyReply,
    (_COST,),
    fmt0=Template("cost = {cost}"),
    fmt1=Template("{cost}"),
    xml=XmlForm(root="phone"),
    json=JsonForm(),
)

#: Spec (lines 3573-3582): "OK" is the whole body in fmt=0/1 and the text of
#: ``<result>`` in fmt=2; anything else is refused.
_CHANGE_REPLY: Final = Shape(
    ReceivePhonesChangeReply,
    (Field("result", TextChoice("OK"), "OK", True),),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

#: Spec (lines 3508-3513): the error codes of receive_phones.php. Error 3's "rent a
#: room" is the spec's wording (a mistranslation of renting a number), kept as printed.
RECEIVE_PHONES_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "There are not enough funds in the account to rent a room.",
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than two identical requests to get a list of available phone "
        "numbers for rent, or to connect a number, or to change the properties of a "
        "dedicated number within a minute. This error also occurs when you try to send "
        "fifteen or more requests simultaneously from different connections under the same "
        "username (too many concurrent requests)."
    ),
}

_REPLIES: Final[dict[type[Command], Shape[Any]]] = {
    ReceivePhonesGet: _GET_REPLY,
    ReceivePhonesBuy: _BUY_REPLY,
    ReceivePhonesChange: _CHANGE_REPLY,
}


error_table(ReceivePhonesGet, ReceivePhonesBuy, ReceivePhonesChange, errors=RECEIVE_PHONES_ERRORS)


@responds(ReceivePhonesGet, ReceivePhonesBuy, ReceivePhonesChange)
def _receive_phones_reply(command: Command) -> Shape[Any]:
    return _REPLIES[type(command)]
