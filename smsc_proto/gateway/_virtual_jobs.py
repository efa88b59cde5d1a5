"""The virtual gateway's ``jobs.php``: mailing lists and the rounds they send (private).

Spec (lines 1035-1043): create (``add=1``), delete (``del=1``), disable one "that is
waiting to be sent" (``cancel=1``), read one (``get=1``) and read them all
(``get_all=1``). A mailing list sends its messages at ``time`` (now without one) and
again every ``rpt`` period (lines 1070-1078), ``rptn`` rounds at most (line 1079); each
round is a due-queue entry taken on the virtual clock, and its messages go through
:meth:`VirtualState.add_message` like send.php's -- the same status chain, the same
callbacks, the same balance.

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``job``             ``login/id`` (10 digits)        the mailing list: its name, recipients and
                                                    texts, schedule, status and counters
==================  ==============================  ==========================================

The due queue holds ``job.round`` entries (key: the ``job`` key), one per scheduled
round.

The spec gives no list of mailing-list statuses (line 1376: "<status> – mailing list
status"); the emulator writes :data:`JOB_STATUSES`.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from .._errors import GatewayError, RemoteProtocolError
from .._scripts.jobs import (
    JOBS_ERRORS,
    JobsAdd,
    JobsAddReply,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
    JobsGetAllReply,
    JobsGetReply,
    JobsOkReply,
)
from ..values import count_segments, parse_list, parse_phone_list
from ._clock import from_moscow, moscow
from ._context import Context
from ._gateway import Gateway
from ._store import JSON, Due, Record, Transaction, dump_money, dump_time, load_money, load_time
from ._virtual_book_lists import blacklist_lock, expand_groups
from ._virtual_send import send_time
from ._virtual_state import STAGE, VirtualMessage, VirtualState, handles, recipient_text
from ._virtual_templates import template_text

#: Line 2017: the blacklist lock types that stop a mailing list's messages.
_LIST_LOCKS: Final = frozenset({0, 1})
#: Line 1811: status 23 "Banned"; line 1849: error 252, the number is blacklisted.
_BANNED: Final = 23
_BLACKLISTED: Final = 252

__all__ = ["JOB", "JOB_ROUND", "JOB_STATUSES", "register"]

JOB: Final = "job"
#: The due-queue kind of a mailing list's next round.
JOB_ROUND: Final = "job.round"
#: The statuses the emulator gives a mailing list (the spec lists none, line 1376).
JOB_STATUSES: Final = {
    0: "waiting: its next round is scheduled",
    1: "sent: no round is left",
    2: "disabled by cancel=1",
    3: "stopped: a round found too little money on the account",
}
_WAITING, _DONE, _CANCELLED, _NO_MONEY = 0, 1, 2, 3
#: Spec (line 1600): the message type codes; ``whatsapp`` and ``bot`` have none there
#: and are written as 12, "Social Networks".
_FORMATS: Final = {
    "sms": 0,
    "flash": 1,
    "bin": 2,
    "push": 3,
    "hlr": 4,
    "ping": 5,
    "mms": 6,
    "call": 7,
    "mail": 8,
    "viber": 10,
    "soc": 12,
    "whatsapp": 12,
    "bot": 12,
}
#: Line 1173: "If this parameter is omitted, it returns the mailing list for the last 2
#: months, but no more than 10."
_DEFAULT_MONTHS: Final = 2
_DEFAULT_COUNT: Final = 10


def _error(code: int, detail: str | None = None) -> GatewayError:
    description = JOBS_ERRORS[code]
    if detail is not None:
        description = f"{description.rstrip('.')}: {detail}."
    return GatewayError(code, description)


def _key(login: str, job_id: int) -> str:
    return f"{login}/{job_id:010d}"


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``jobs.php`` on ``gateway`` and its rounds' worker."""
    state.workers[JOB_ROUND] = lambda tx, entry: _round(state, tx, entry)

    @handles(gateway, JobsAdd)
    def add(command: JobsAdd, ctx: Context[str]) -> JobsAddReply:
        """add=1: file the mailing list and schedule its first round."""
        with state.store.transaction() as tx:
            # Line 1212: "more than one identical request for actions with mailing lists
            # within a minute".
            state.admit(tx, "jobs", ctx.account, ctx.request, ctx.now)
            lines = _lines(tx, ctx.account, command)
            job_id = tx.next_id(JOB)
            key = _key(ctx.account, job_id)
            first = send_time(command.time, command.tz, ctx.now) or ctx.now
            cost = sum(
                (
                    state.price_for(tx, ctx.account, phone) * count_segments(text).parts
                    for phone, text, _ in lines
                ),
                Decimal("0.00"),
            )
            record: Record = {
                "id": job_id,
                "login": ctx.account,
                "name": command.name,
                "subject": command.subj or "",
                "mail": bool(command.mail),
                "rpt": command.rpt or 0,
                "rptn": command.rptn,
                "repeat_cnt": 0,
                "created": dump_time(ctx.now),
                "changed": dump_time(ctx.now),
                "need_date": dump_time(first),
                "last_sent": None,
                "phones": "" if command.phones is None else _phones_text(command),
                "message": command.mes if command.list is None and command.mes else "",
                "format": _FORMATS[command._kind()],
                "validity": 0 if command.valid is None else command.valid.minutes,
                "period": "0" if command.period is None else str(command.period),
                "frequency": command.freq if command.period is not None and command.freq else 0,
                "status": _WAITING,
                "sender": command.sender or "",
                "lines": [[phone, text, sender] for phone, text, sender in lines],
                "cost": dump_money(Decimal(0)),
                "sms_sent": 0,
                "sent": [],
            }
            tx.put(JOB, key, record)
            if first <= ctx.now:
                _send_round(state, tx, key, record, ctx.now)
            else:
                tx.schedule(first, JOB_ROUND, key)
        # Lines 1142-1144: "cost ... 1 – add the cost of mailing to the response."
        return JobsAddReply(id=job_id, cost=cost if command.cost == 1 else None)

    @handles(gateway, JobsDelete)
    def delete(command: JobsDelete, ctx: Context[str]) -> JobsOkReply:
        """del=1: forget the mailing list and its scheduled rounds."""
        with state.store.transaction() as tx:
            state.admit(tx, "jobs", ctx.account, ctx.request, ctx.now)
            key, _ = _find(tx, ctx.account, command.id, command.mail)
            tx.delete(JOB, key)
            tx.cancel(JOB_ROUND, key)
        return JobsOkReply(result="OK")

    @handles(gateway, JobsCancel)
    def cancel(command: JobsCancel, ctx: Context[str]) -> JobsOkReply:
        """cancel=1: disable a mailing list "that is waiting to be sent" (line 1039)."""
        with state.store.transaction() as tx:
            state.admit(tx, "jobs", ctx.account, ctx.request, ctx.now)
            key, record = _find(tx, ctx.account, command.id, command.mail)
            if record.get("status") != _WAITING:
                raise _error(1, f"mailing list {command.id} is not waiting to be sent")
            tx.cancel(JOB_ROUND, key)
            record.update(status=_CANCELLED, changed=dump_time(ctx.now))
            tx.put(JOB, key, record)
        return JobsOkReply(result="OK")

    @handles(gateway, JobsGet)
    def get(command: JobsGet, ctx: Context[str]) -> JobsGetReply:
        """get=1: one mailing list."""
        with state.store.transaction() as tx:
            state.admit(tx, "jobs", ctx.account, ctx.request, ctx.now)
            _, record = _find(tx, ctx.account, command.id, command.mail)
            return _get_reply(state, tx, record, mail=bool(command.mail))

    @handles(gateway, JobsGetAll)
    def get_all(command: JobsGetAll, ctx: Context[str]) -> list[JobsGetAllReply]:
        """get_all=1: the mailing lists created from start to end, newest first."""
        now = moscow(ctx.now)
        start = command.start
        limit: int | None = None
        if start is None:
            start = _months_before(now, _DEFAULT_MONTHS).date()
            limit = _DEFAULT_COUNT
        end = command.end
        if end is None:
            # Line 1174: "If this parameter is omitted, the mailing list is returned up
            # to the current date, but no more than 10."
            end, limit = now.date(), _DEFAULT_COUNT
        found: list[JobsGetAllReply] = []
        with state.store.transaction() as tx:
            state.admit(tx, "jobs", ctx.account, ctx.request, ctx.now)
            for _, record in tx.scan(JOB, prefix=f"{ctx.account}/", reverse=True):
                created = moscow(load_time(record["created"])).date()
                if record.get("mail") is not bool(command.mail) or not start <= created <= end:
                    continue
                found.append(_get_all_reply(state, tx, record, mail=bool(command.mail)))
                if limit is not None and len(found) == limit:
                    break
        return found


# -- creation ----------------------------------------------------------------------------


def _phones_text(command: JobsAdd) -> str:
    assert command.phones is not None
    return ",".join(recipient_text(entry) for entry in command.phones.entries)


def _lines(tx: Transaction, login: str, command: JobsAdd) -> list[tuple[str, str, str | None]]:
    """(recipient, text, sender) of every message a round sends."""
    if command.list is not None:
        return [
            (recipient_text(entry), line.message, line.sender or command.sender)
            for line in parse_list(command.list, nl=bool(command.nl))
            for entry in line.phones.entries
        ]
    assert command.phones is not None
    text = command.mes or ""
    if command.tpl is not None:
        text = _template_text(tx, login, command.tpl)
    recipients = expand_groups(tx, login, command.phones.entries, mail=bool(command.mail))
    return [(recipient_text(entry), text, command.sender) for entry in recipients]


def _template_text(tx: Transaction, login: str, tpl: int) -> str:
    # Line 1161: "tpl - ID of the template to be used as the message text" -- one of the
    # account's templates.php templates.
    text = template_text(tx, login, tpl)
    if text is None:
        raise _error(1, f"tpl: the account has no template {tpl}")
    return text


# -- rounds ------------------------------------------------------------------------------


def _round(state: VirtualState, tx: Transaction, entry: Due) -> None:
    """The worker of a ``job.round`` entry: send the round it names."""
    record = tx.get(JOB, entry.key)
    if record is not None and record.get("status") == _WAITING:
        _send_round(state, tx, entry.key, record, entry.due_at)


def _send_round(
    state: VirtualState, tx: Transaction, key: str, record: Record, at: datetime
) -> None:
    """Send one round of the mailing list at ``at``; schedule the next, if any."""
    login = str(record["login"])
    lines = _stored_lines(record["lines"])
    parts = [count_segments(text).parts for _, text, _ in lines]
    # Line 2017: a blacklist entry locks "0 – all messages. 1 – mass mailing lists":
    # such a recipient's message is filed, banned, and not charged (as send.php does
    # with locks 0 and 2).
    banned = [_blacklisted(tx, login, phone) for phone, _, _ in lines]
    # Each recipient at its own price (the tariff table by number, or the flat price).
    costs = [
        Decimal("0.00") if ban else state.price_for(tx, login, phone) * n
        for (phone, _, _), n, ban in zip(lines, parts, banned, strict=True)
    ]
    cost = sum(costs, Decimal("0.00"))
    balance = state.balance(tx, login)
    if cost > balance:
        # Like a message's status 24 "Insufficient funds" (line 1811): nothing is sent.
        record.update(status=_NO_MONEY, changed=dump_time(at))
        tx.put(JOB, key, record)
        return
    state.set_balance(tx, login, balance - cost)
    message_id = state.next_message_id(tx)
    validity = _int(record["validity"])
    valid = timedelta(minutes=validity) if validity else None
    offsets = _offsets(len(lines), Decimal(str(record["period"])), _int(record["frequency"]))
    sent = record.get("sent")
    done: list[JSON] = list(sent) if isinstance(sent, list) else []
    rows = zip(lines, parts, costs, banned, offsets, strict=True)
    for (phone, text, sender), n, paid, ban, offset in rows:
        message = VirtualMessage(
            id=message_id,
            phone=phone,
            text=text,
            parts=n,
            cost=paid,
            sent_at=at,
            sender=sender,
            login=login,
            send_at=at + offset if offset else None,
        )
        stored = state.add_message(tx, message, valid=valid, outcome=state.faults.outcome(phone))
        if ban:
            # -1, then 23 "Banned" with error 252 a step later (lines 1811, 1849).
            stage = f"{stored.login}/{stored.int_id:012d}"
            tx.cancel(STAGE, stage)
            when = (message.send_at or at) + timedelta(seconds=state.step)
            tx.schedule(when, STAGE, stage, {"status": _BANNED, "err": _BLACKLISTED})
        done.append([message_id, phone])
    rounds = _int(record["repeat_cnt"]) + 1
    record.update(
        repeat_cnt=rounds,
        last_sent=dump_time(at),
        cost=dump_money(load_money(record["cost"]) + cost),
        sms_sent=_int(record["sms_sent"]) + len(lines),
        sent=done,
    )
    rptn = record.get("rptn")
    rpt = _int(record["rpt"])
    if rpt and (not isinstance(rptn, int) or rounds < rptn):
        following = next_round(at, rpt)
        tx.schedule(following, JOB_ROUND, key)
        record.update(need_date=dump_time(following))
    else:
        record.update(status=_DONE)
    tx.put(JOB, key, record)


def _blacklisted(tx: Transaction, login: str, recipient: str) -> bool:
    try:
        (entry,) = parse_phone_list(recipient).entries
    except (RemoteProtocolError, ValueError):
        return False
    return blacklist_lock(tx, login, entry) in _LIST_LOCKS


def _stored_lines(value: JSON) -> list[tuple[str, str, str | None]]:
    lines: list[tuple[str, str, str | None]] = []
    for item in value if isinstance(value, list) else ():
        if isinstance(item, list) and len(item) == 3:
            phone, text, sender = item
            lines.append((str(phone), str(text), sender if isinstance(sender, str) else None))
    return lines


def _offsets(count: int, period: Decimal, frequency: int) -> list[timedelta]:
    """When each recipient's message goes, after the round starts.

    Spec (line 68): "period - The period of time during which you need to send the
    newsletter ... Used in conjunction with the freq parameter"; (line 69): "freq - The
    interval or frequency at which to send an SMS message to the next group of numbers.
    The number of numbers in the group is calculated automatically based on the period
    and freq parameters." The recipients are split into ``period / freq`` groups, one
    every ``freq`` minutes.
    """
    if not period or not frequency or count == 0:
        return [timedelta(0)] * count
    groups = max(1, int(period * 60 // frequency))
    size = math.ceil(count / groups)
    return [timedelta(minutes=frequency * (index // size)) for index in range(count)]


def next_round(at: datetime, rpt: int) -> datetime:
    """The round after one at ``at`` for the period ``rpt`` (1..7), in Moscow time.

    Spec (lines 1071-1078): "1 – every hour. 2 – every day. 3 – every working day. 4 –
    every weekend. 5 – every week. 6 – every month. 7 – every year." Working days are
    Monday to Friday; the weekend is Saturday and Sunday. A monthly or yearly round on a
    day the next month or year lacks (the 31st, 29 February) falls on its last day.
    """
    if rpt == 1:
        return at + timedelta(hours=1)
    local = moscow(at)
    if rpt in (2, 3, 4):
        local += timedelta(days=1)
        wanted = {2: range(7), 3: range(5), 4: range(5, 7)}[rpt]
        while local.weekday() not in wanted:
            local += timedelta(days=1)
    elif rpt == 5:
        local += timedelta(days=7)
    elif rpt == 6:
        local = _months_before(local, -1)
    else:
        last = calendar.monthrange(local.year + 1, local.month)[1]
        local = local.replace(year=local.year + 1, day=min(local.day, last))
    return from_moscow(local)


def _months_before(when: datetime, months: int) -> datetime:
    """``when`` moved ``months`` months back (ahead when negative), the day clamped."""
    index = when.year * 12 + when.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return when.replace(year=year, month=month + 1, day=min(when.day, last))


# -- reading ---------------------------------------------------------------------------


def _find(
    tx: Transaction, login: str, job_id: int | str | None, mail: bool | None
) -> tuple[str, Record]:
    """The mailing list ``job_id`` of ``login`` and its key.

    Line 1044: "to work with e-mail newsletters, you must pass the additional parameter
    mail=1" -- an e-mail mailing list is found with ``mail=1`` only, and an SMS one
    without it.

    Raises:
        GatewayError: error 1 (the spec's table, lines 1204-1213, has no "not found").
    """
    record = tx.get(JOB, _key(login, job_id)) if isinstance(job_id, int) else None
    if record is None or record.get("mail") is not bool(mail):
        kind = "e-mail mailing list" if mail else "mailing list"
        raise _error(1, f"the account has no {kind} {job_id}")
    return _key(login, _int(record["id"])), record


def _int(value: JSON) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _time(value: JSON) -> datetime:
    return moscow(load_time(value)).replace(microsecond=0)


def _last_sent(record: Record) -> datetime:
    # Every reply form writes a date (lines 1262-1358) and none is shown for "never":
    # before its first round a mailing list's last_sent is its creation time.
    last = record["last_sent"]
    return _time(record["created"] if last is None else last)


def _delivered(state: VirtualState, tx: Transaction, login: str, sent: Sequence[JSON]) -> int:
    """How many of the mailing list's messages are delivered now (status 1)."""
    count = 0
    for item in sent:
        if isinstance(item, list) and len(item) == 2:
            message_id, phone = item
            if isinstance(message_id, int):
                found = state.find(tx, login, message_id, str(phone))
                count += found is not None and found[1].status == 1
    return count


def _counters(state: VirtualState, tx: Transaction, record: Record) -> tuple[int, int]:
    sent = record.get("sent")
    items = sent if isinstance(sent, list) else []
    return _int(record["sms_sent"]), _delivered(state, tx, str(record["login"]), items)


def _get_reply(state: VirtualState, tx: Transaction, record: Record, *, mail: bool) -> JobsGetReply:
    recipients = str(record["phones"])
    sms_sent, sms_ok = _counters(state, tx, record)
    return JobsGetReply(
        id=_int(record["id"]),
        name=str(record["name"]),
        subject=str(record["subject"]),
        repeat_send=_int(record["rpt"]),
        repeat_cnt=_int(record["repeat_cnt"]),
        created=_time(record["created"]),
        changed=_time(record["changed"]),
        need_date=_time(record["need_date"]),
        last_sent=_last_sent(record),
        phones=None if mail else recipients,
        emails=recipients if mail else None,
        message=str(record["message"]),
        format=_int(record["format"]),
        validity=_int(record["validity"]),
        period=Decimal(str(record["period"])),
        frequency=_int(record["frequency"]),
        status=_int(record["status"]),
        cost=load_money(record["cost"]),
        sms_sent=sms_sent,
        sms_ok=sms_ok,
        sender_id=str(record["sender"]),
    )


def _get_all_reply(
    state: VirtualState, tx: Transaction, record: Record, *, mail: bool
) -> JobsGetAllReply:
    recipients = str(record["phones"])
    lines = record.get("lines")
    sms_sent, sms_ok = _counters(state, tx, record)
    return JobsGetAllReply(
        id=_int(record["id"]),
        name=str(record["name"]),
        changed=_time(record["changed"]),
        need_date=_time(record["need_date"]),
        last_sent=_last_sent(record),
        phones=None if mail else recipients,
        emails=recipients if mail else None,
        message=str(record["message"]),
        phones_cnt=len(lines) if isinstance(lines, list) else 0,
        cost=load_money(record["cost"]),
        status=_int(record["status"]),
        sender_id=str(record["sender"]),
        format=_int(record["format"]),
        sms_sent=sms_sent,
        sms_ok=sms_ok,
    )
