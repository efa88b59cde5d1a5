"""The virtual gateway's ``wait_call.php``: number confirmation by a call (private).

Spec (line 3767): "To create a request to receive a phone number, at which the
subscriber will have to make a confirmation call"; (line 3830): the reply's number is
"the phone number to which the subscriber must make a call within 15 minutes";
(lines 3833-3834): "After the subscriber's call, the Server records the fact of the call
in the form of an incoming message with the text "[waitcall] " and sends all the
necessary information about this call to the Client's handler."

A test plays the subscriber with :meth:`VirtualGateway.inject_call`: the call is kept as
an ``incoming`` record with the text ``"[waitcall] "``, and a
:class:`~smsc_proto.CallConfirmation` callback is queued (lines 3694-3697).

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``wait_call``       ``phone/login`` (digits)        the number to call, until when, and when
                                                    the call came (``None`` until it does)
==================  ==============================  ==========================================

A number on phones.php's blacklist is error 5 (:func:`blacklist_lock`). Each request
costs the account one SMS part at its price (error 3, line 3797:
"Insufficient funds on the Client's account", says a request is paid; the spec gives no
price).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from .._errors import GatewayError, LocalProtocolError
from .._scripts.wait_call import WAIT_CALL_ERRORS, WaitCall, WaitCallReply
from ..values import Phone
from ._context import Context
from ._gateway import Gateway
from ._store import Record, Transaction, dump_time, load_time
from ._virtual_book_lists import blacklist_lock
from ._virtual_state import INCOMING, VirtualState, handles
from ._windows import RateLimit, admit, identical_subject

__all__ = ["CALL_NUMBERS", "WAIT_CALL", "confirm_call", "register"]

WAIT_CALL: Final = "wait_call"
#: Line 3830: "... must make a call within 15 minutes".
_WINDOW: Final = timedelta(minutes=15)
#: Lines 3800, 3835: "more than fifty identical requests to get a phone number for
#: confirmation within a minute".
_LIMIT: Final = RateLimit(name="wait_call", limit=50, line=3835)
#: Line 3831: "a list of all possible phone numbers, one of which was assigned by the
#: system to call the subscriber (depending on the country)": the emulator's numbers, by
#: the subscriber's country code (the longest matching prefix; ``""`` elsewhere).
CALL_NUMBERS: Final = {
    "7": ("78005550101", "78005550102", "78005550103"),
    "375": ("375175550101", "375175550102"),
    "380": ("380445550101", "380445550102"),
    "": ("442035550101", "442035550102"),
}
#: Line 3833: the text of the incoming message a call is recorded as.
CALL_TEXT: Final = "[waitcall] "


def _error(code: int) -> GatewayError:
    return GatewayError(code, WAIT_CALL_ERRORS[code])


def _numbers(phone: str) -> tuple[str, ...]:
    prefix = max((p for p in CALL_NUMBERS if phone.startswith(p)), key=len)
    return CALL_NUMBERS[prefix]


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``wait_call.php`` on ``gateway``."""

    @handles(gateway, WaitCall)
    def wait_call(command: WaitCall, ctx: Context[str]) -> WaitCallReply:
        """The number to call; the request is kept for 15 minutes."""
        assert command.phone is not None
        phone = command.phone.number
        with state.store.transaction() as tx:
            if state.faults.rate_limits:
                subject = identical_subject(
                    ctx.account, "wait_call.php", ctx.request.params.items()
                )
                if not admit(tx, _LIMIT, subject, ctx.now):
                    raise _error(9)
            # Line 3799: "5 The specified phone number of the subscriber is in the black
            # list of the Client." -- phones.php's blacklist, whatever its lock type.
            if blacklist_lock(tx, ctx.account, command.phone) is not None:
                raise _error(5)
            price = state.price_for(tx, ctx.account, phone)
            balance = state.balance(tx, ctx.account)
            if price > balance:
                raise _error(3)
            state.set_balance(tx, ctx.account, balance - price)
            numbers = _numbers(phone)
            # One of the country's numbers, in turn.
            assigned = numbers[(tx.next_id(WAIT_CALL) - 1) % len(numbers)]
            tx.put(
                WAIT_CALL,
                f"{phone}/{ctx.account}",
                {
                    "phone": phone,
                    "to": assigned,
                    "asked": dump_time(ctx.now),
                    "until": dump_time(ctx.now + _WINDOW),
                    "called": None,
                },
            )
        # QUIRKS INC-49: fmt=1 writes the list alone, "the first is the number to which
        # the subscriber needs to call" (line 3807): it leads the list in every fmt.
        ordered = (assigned, *(n for n in numbers if n != assigned))
        return WaitCallReply(
            phone=Phone(number=assigned), all_phones=tuple(Phone(number=n) for n in ordered)
        )


def confirm_call(state: VirtualState, tx: Transaction, phone: str, to: str, now: datetime) -> str:
    """Record a call from ``phone`` to ``to``; the login whose request it answers.

    Raises:
        LocalProtocolError: no request waits for a call from ``phone`` to ``to`` now (none
            was made, it was answered already, or its 15 minutes are over).
    """
    digits = phone.removeprefix("+")
    for key, record in tx.scan(WAIT_CALL, prefix=f"{digits}/"):
        if (
            record.get("phone") == digits
            and record.get("to") == to.removeprefix("+")
            and record.get("called") is None
            and now <= load_time(record["until"])
        ):
            login = key.split("/", 1)[1]
            record["called"] = dump_time(now)
            tx.put(WAIT_CALL, key, record)
            number = tx.next_id(INCOMING)
            incoming: Record = {
                "id": number,
                "phone": digits,
                "to": record["to"],
                "mes": CALL_TEXT,
                "at": dump_time(now),
                "login": login,
            }
            tx.put(INCOMING, f"{login}/{number:012d}", incoming)
            state.queue_confirmation(tx, f"{login}/{number:012d}", digits, now)
            return login
    raise LocalProtocolError(
        f"phone: no wait_call.php request waits for a call from {phone} to {to} now"
    )
