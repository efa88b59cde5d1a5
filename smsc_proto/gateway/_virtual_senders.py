"""The virtual gateway's ``senders.php``: sender names and the digital-name code (private).

Spec (lines 2607-2612): "To get a list of senders ' names ...: senders.php?get=1", "To
add a new sender name: ...?add=1&...&sender=<sender>&cmt=<cmt>", "To change ...: ?chg=1
... sender=<sender>&cmt=<cmt> or ... id=<id>&cmt=<cmt>", "Sending a confirmation code for
the sender's digital name: ...?send_code=1&...&sender=<sender>", "Confirmation of the
sender's digital name: ...?check_code=1&...&sender=<sender>&code=<code>", "To delete the
sender's name: ...?del=1&...&sender=<sender> or ...&id=<id>".

=============== ============================= ==============================================
kind            key                           record
=============== ============================= ==============================================
``sender``      ``login/id`` (12 digits)      a sender name: comment, e-mail flag, when it
                                              was added and confirmed, the operators asked
                                              for (and when), the tariff details, the names
                                              of the document files
``sender.name`` ``login/name``                the ``sender`` key of the name
``sender.code`` ``login/name``                the code sent: its SHA-256 digest, its number
                                              in the ``sender.code`` sequence, when sent
=============== ============================= ==============================================

Statuses come from the clock, nothing is queued: a name is 0 "waiting for moderation"
(line 2795) for ``step`` seconds after it is added, then 1 "allowed to use"; a digital
name (digits only, line 2610) stays 0 until ``check_code`` confirms it. Each operator
asked for (``mts_step=1``...) is 0 "pending registration" when asked, 1 "sent for
registration" ``step`` seconds later and 2 "allowed by the operator" after another
``step`` (line 2794); an operator never asked for reads 0. ``from_date`` (line 2664)
selects by the last of those changes. Lists are newest first (``prev_id``, line 2665:
"names created before the name with the specified ID"); ``all=0`` lists the names
allowed to use (line 2622: "activated sender names").

The confirmation code (line 2659) is six digits drawn from the ``sender.code`` sequence
(:func:`confirmation_code_of`, deterministic, so a test can know it through
:meth:`VirtualGateway.confirmation_code`); the store keeps its digest, never the code,
and no reply or log line carries it (``code`` is a secret parameter, ``_secrets.py``).
No SMS is filed for it: the text would hold the code. Error codes (lines 2698-2708): 3
for a name not found, 5 for a name that exists already, 7/8 for a number
:attr:`Faults.number_errors` names (7: 7; 6 or 8: 8), 10 for a second code within 8
hours, 11 for a wrong code or none sent; 1 for a ``user`` that is no sub-client of the
caller (an account whose record names the caller as its ``parent``).
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date, datetime, timedelta
from typing import Any, Final

from .._errors import GatewayError
from .._scripts.senders import (
    SendersAdd,
    SendersAddReply,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
    SendersSendCode,
)
from .._util import is_ascii_digits, short
from ..values import EmailAddress
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import JSON, Record, Transaction, dump_time, load_time
from ._virtual_state import ACCOUNT, BAD_PARAMETERS, VirtualState, handles, secret_digest
from ._virtual_writable import writable

__all__ = ["active_sender", "confirmation_code", "confirmation_code_of", "register"]

SENDER: Final = "sender"
SENDER_NAME: Final = "sender.name"
SENDER_CODE: Final = "sender.code"

#: Spec (lines 2698-2708): the descriptions of the errors the rules give.
_ERRORS: Final = {
    BAD_PARAMETERS: "Error in parameters",
    3: "Sender name not found",
    5: "Error saving or deleting the sender's name",
    7: "Invalid number format",
    8: "The confirmation code cannot be delivered to the specified number",
    10: "The code has already been sent to the specified number. Retry is possible after 8 hours",
    11: "Invalid confirmation code",
}
#: Spec (line 2706): "Retry is possible after 8 hours."
_RESEND_AFTER: Final = timedelta(hours=8)
#: Spec (line 2666): "cnt ... The maximum value is 15000."
_MAX_CNT: Final = 15000
#: The operator flags of add/chg (lines 2625-2654): each is a field of the
#: ``operators=1`` reply of the same name (lines 2757-2790).
_OPERATORS: Final = (
    "mts_step",
    "sber_step",
    "tele2",
    "motiv",
    "mega_step",
    "bee_step",
    "motiv_step",
    "winmob_step",
    "volnamob_step",
    "tele2_step",
    "ua_reg",
    "ua_int",
    "by_reg",
    "by_int",
)
#: The fields of the ``operators=1`` reply no flag asks for: always 0.
_NEVER_ASKED: Final = ("mega_int", "motiv_int", "mts_int", "tele2_int", "sber_int")
#: The tariff details of ua_reg/ua_int and by_reg/by_int (lines 2636-2653).
_DETAILS: Final = (
    "fio",
    "inn",
    "site",
    "email",
    "address",
    "desc",
    "subj",
    "by_fio",
    "by_inn",
    "by_address",
    "by_ocup",
    "by_type",
    "by_mes",
    "by_site",
)


def _fail(code: int, detail: str) -> GatewayError:
    return GatewayError(code, f"{_ERRORS[code]}: {detail}.")


def confirmation_code_of(number: int) -> str:
    """The code sent as the ``number``-th of the ``sender.code`` sequence: six digits.

    Deterministic by design (an emulator's codes are test data): the first six decimal
    digits of SHA-256 of ``smsc-proto/sender-code/<number>``.
    """
    digest = hashlib.sha256(f"smsc-proto/sender-code/{number}".encode("ascii")).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 1_000_000:06d}"


def confirmation_code(tx: Transaction, login: str, sender: str) -> str | None:
    """The code last sent for ``login``'s digital name ``sender`` and not used yet."""
    record = tx.get(SENDER_CODE, f"{login}/{sender}")
    number = None if record is None else record.get("n")
    return confirmation_code_of(number) if isinstance(number, int) else None


def _status(record: Record, now: datetime, step: timedelta) -> int:
    """Line 2795: "0-waiting for moderation, 1-allowed to use, 2-disabled"."""
    if record.get("digital"):
        return 1 if record.get("confirmed_at") is not None else 0
    return 1 if load_time(_json_text(record["created_at"])) + step <= now else 0


def _json_text(value: JSON) -> str:
    return value if isinstance(value, str) else ""


def _operator_status(asked: JSON, now: datetime, step: timedelta) -> int:
    """Line 2794: "0 - pending registration, 1 - sent for registration, 2 - allowed by
    the operator" -- one ``step`` each; 0 for an operator never asked for."""
    if not isinstance(asked, str):
        return 0
    elapsed = now - load_time(asked)
    if elapsed >= 2 * step:
        return 2
    return 1 if elapsed >= step else 0


def _last_change(record: Record, now: datetime, step: timedelta) -> datetime | None:
    """When an operator status of the name last changed (``from_date``, line 2664)."""
    changes = []
    operators = record.get("operators")
    for asked in (operators or {}).values() if isinstance(operators, dict) else ():
        if isinstance(asked, str):
            start = load_time(asked)
            changes += [t for t in (start, start + step, start + 2 * step) if t <= now]
    return max(changes, default=None)


def active_sender(
    state: VirtualState, tx: Transaction, login: str, sender: str, now: datetime
) -> bool:
    """Whether ``sender`` is a name of ``login`` allowed to use at ``now`` (status 1)."""
    found = _find(tx, login, sender=sender)
    if found is None:
        return False
    return _status(found[1], now, timedelta(seconds=state.step)) == 1


def _find(
    tx: Transaction, login: str, *, sender: str | None = None, sender_id: int | None = None
) -> tuple[str, Record] | None:
    if sender_id is not None:
        key = f"{login}/{sender_id:012d}"
    else:
        index = tx.get(SENDER_NAME, f"{login}/{sender}")
        held = None if index is None else index.get("key")
        if not isinstance(held, str):
            return None
        key = held
    record = tx.get(SENDER, key)
    return None if record is None else (key, record)


def _found(
    tx: Transaction, login: str, *, sender: str | None, sender_id: int | None
) -> tuple[str, Record]:
    found = _find(tx, login, sender=sender, sender_id=sender_id)
    if found is None:
        named = f"id={sender_id}" if sender is None else short(sender)
        raise _fail(3, f"no sender name {named}")
    return found


def _target(tx: Transaction, ctx: Context[str], user: str | None) -> str:
    """The account a command acts on: the caller's, or its sub-client ``user``'s.

    Spec (line 2662): "user The user ID of the subclient to which you apply the
    specified command."
    """
    if user is None:
        return ctx.account
    record = tx.get(ACCOUNT, user)
    if record is None or record.get("parent") != ctx.account:
        raise _fail(BAD_PARAMETERS, f"user: {short(user)} is no sub-client of this account")
    return user


def _registration(command: SendersAdd | SendersChange, now: datetime, record: Record) -> None:
    """Note the operators asked for, the tariff details and the document file."""
    operators = record.get("operators")
    asked: dict[str, JSON] = dict(operators) if isinstance(operators, dict) else {}
    for name in _OPERATORS:
        if getattr(command, name):
            asked[name] = dump_time(now)
    record["operators"] = asked
    details = record.get("details")
    kept: dict[str, JSON] = dict(details) if isinstance(details, dict) else {}
    for name in _DETAILS:
        value: Any = getattr(command, name)
        if value is not None:
            kept[name] = value.address if isinstance(value, EmailAddress) else value
    record["details"] = kept
    files = record.get("files")
    names: list[JSON] = list(files) if isinstance(files, list) else []
    # Line 2613: the document file "for operators" -- its name and size are kept, not
    # its bytes.
    names += [{"file": a.filename, "size": a.size} for a in command.attachments]
    record["files"] = names
    if command.doc_info is not None:
        record["doc_info"] = command.doc_info


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``senders.php`` on ``gateway``."""
    ok = SendersOkReply(result="OK")
    step = timedelta(seconds=state.step)

    @handles(gateway, SendersGet)
    def get(command: SendersGet, ctx: Context[str]) -> Any:
        """senders.php?get=1: the sender names, newest first."""
        with state.store.transaction() as tx:
            # Line 2853: "three identical requests within a minute to get a list of
            # available sender names".
            state.admit(tx, "senders.list", ctx.account, ctx.request, ctx.now)
            login = _target(tx, ctx, command.user)
            after = None if command.prev_id is None else f"{login}/{command.prev_id:012d}"
            records = [
                record
                for _, record in tx.scan(SENDER, prefix=f"{login}/", reverse=True, after=after)
            ]
        return writable(command, _listing(command, records, ctx.now, step))

    @handles(gateway, SendersAdd)
    def add(command: SendersAdd, ctx: Context[str]) -> SendersAddReply:
        """senders.php?add=1: a new sender name."""
        sender = _given(command.sender, "sender")
        with state.store.transaction() as tx:
            # Line 2853: "five requests to create a new sender name" within a minute.
            state.admit(tx, "senders.add", ctx.account, ctx.request, ctx.now)
            login = _target(tx, ctx, command.user)
            if _find(tx, login, sender=sender) is not None:
                raise _fail(5, f"the name {short(sender)} exists already")
            sender_id = tx.next_id(SENDER)
            key = f"{login}/{sender_id:012d}"
            record: Record = {
                "id": sender_id,
                "sender": sender,
                "cmt": command.cmt or "",
                "mail": bool(command.mail),
                "name": command.name,
                # Line 2610: a digital name is confirmed by a code.
                "digital": not command.mail and is_ascii_digits(sender),
                "created_at": dump_time(ctx.now),
                "confirmed_at": None,
            }
            _registration(command, ctx.now, record)
            tx.put(SENDER, key, record)
            tx.put(SENDER_NAME, f"{login}/{sender}", {"key": key})
        return SendersAddReply(id=sender_id)

    @handles(gateway, SendersChange)
    def change(command: SendersChange, ctx: Context[str]) -> SendersOkReply:
        """senders.php?chg=1: the comment, and the operators and details given."""
        with state.store.transaction() as tx:
            login = _target(tx, ctx, command.user)
            key, record = _found(tx, login, sender=command.sender, sender_id=command.id)
            record["cmt"] = command.cmt or ""
            _registration(command, ctx.now, record)
            tx.put(SENDER, key, record)
        return ok

    @handles(gateway, SendersSendCode)
    def send_code(command: SendersSendCode, ctx: Context[str]) -> SendersOkReply:
        """senders.php?send_code=1: send the code confirming a digital name."""
        sender = _given(command.sender, "sender")
        with state.store.transaction() as tx:
            login = _target(tx, ctx, command.user)
            _found(tx, login, sender=sender, sender_id=None)
            if command.site is not None and not active_sender(
                state, tx, ctx.account, command.site, ctx.now
            ):
                # Line 2660: site "must have been previously added and activated as
                # Sender ID".
                raise _fail(3, f"site: {short(command.site)} is no activated sender name")
            fault = state.faults.number_error(sender)
            if fault is not None:
                raise _fail(7 if fault == 7 else 8, f"sender {sender}")
            index = f"{login}/{sender}"
            sent = tx.get(SENDER_CODE, index)
            if (
                sent is not None
                and load_time(_json_text(sent["sent_at"])) + _RESEND_AFTER > ctx.now
            ):
                raise _fail(10, f"sender {sender}")
            number = tx.next_id(SENDER_CODE)
            digest = secret_digest(confirmation_code_of(number))
            tx.put(
                SENDER_CODE, index, {"n": number, "sha256": digest, "sent_at": dump_time(ctx.now)}
            )
        return ok

    @handles(gateway, SendersCheckCode)
    def check_code(command: SendersCheckCode, ctx: Context[str]) -> SendersOkReply:
        """senders.php?check_code=1: confirm a digital name with its code."""
        sender, code = _given(command.sender, "sender"), _given(command.code, "code")
        with state.store.transaction() as tx:
            login = _target(tx, ctx, command.user)
            key, record = _found(tx, login, sender=sender, sender_id=None)
            index = f"{login}/{sender}"
            sent = tx.get(SENDER_CODE, index)
            digest = None if sent is None else sent.get("sha256")
            if not isinstance(digest, str) or not hmac.compare_digest(digest, secret_digest(code)):
                # The code is never quoted back (it is a secret parameter).
                raise _fail(11, f"not the code last sent for {sender}")
            tx.delete(SENDER_CODE, index)
            record["confirmed_at"] = dump_time(ctx.now)
            tx.put(SENDER, key, record)
        return ok

    @handles(gateway, SendersDelete)
    def delete(command: SendersDelete, ctx: Context[str]) -> SendersOkReply:
        """senders.php?del=1: delete a sender name."""
        with state.store.transaction() as tx:
            login = _target(tx, ctx, command.user)
            key, record = _found(tx, login, sender=command.sender, sender_id=command.id)
            name = _json_text(record["sender"])
            tx.delete(SENDER, key)
            tx.delete(SENDER_NAME, f"{login}/{name}")
            tx.delete(SENDER_CODE, f"{login}/{name}")
        return ok


def _given(value: str | None, name: str) -> str:
    if value is None:
        raise _fail(BAD_PARAMETERS, f"{name} is required")
    return value


def _listing(
    command: SendersGet, records: list[Record], now: datetime, step: timedelta
) -> list[SendersGetReply] | list[SendersGetOperatorsReply]:
    level = command.all or 0
    chosen: list[tuple[Record, int]] = []
    for record in records:
        status = _status(record, now, step)
        # Line 2622: "0 (default) - get a list of activated sender names."
        if level == 0 and status != 1:
            continue
        chosen.append((record, status))
    if command.from_date is not None:
        chosen = _changed_since(chosen, command.from_date, now, step)
    chosen = chosen[: command.cnt or _MAX_CNT]
    if command.operators:
        return [
            SendersGetOperatorsReply(
                sender=_json_text(record["sender"]),
                status=status if level == 1 else None,
                id=_id(record),
                **_operator_fields(record, now, step),
            )
            for record, status in chosen
        ]
    return [
        SendersGetReply(
            sender=_json_text(record["sender"]),
            status=status if level == 1 else None,
            id=_id(record),
        )
        for record, status in chosen
    ]


def _changed_since(
    chosen: list[tuple[Record, int]], since: date, now: datetime, step: timedelta
) -> list[tuple[Record, int]]:
    # Line 2664: "Select the names of senders starting from the specified date, for
    # which the name status of any of the operators has been changed. When this
    # parameter is specified, the names are sorted in descending order of the date when
    # the name statuses were changed." Dates are Moscow dates.
    dated = []
    for record, status in chosen:
        changed = _last_change(record, now, step)
        if changed is not None and moscow(changed).date() >= since:
            dated.append((changed, record, status))
    dated.sort(key=lambda item: item[0], reverse=True)
    return [(record, status) for _, record, status in dated]


def _operator_fields(record: Record, now: datetime, step: timedelta) -> dict[str, int]:
    operators = record.get("operators")
    asked = operators if isinstance(operators, dict) else {}
    fields = {name: _operator_status(asked.get(name), now, step) for name in _OPERATORS}
    fields.update(dict.fromkeys(_NEVER_ASKED, 0))
    return fields


def _id(record: Record) -> int:
    value = record["id"]
    return value if isinstance(value, int) else 0
