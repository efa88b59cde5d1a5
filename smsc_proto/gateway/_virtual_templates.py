"""The virtual gateway's ``templates.php`` and ``op_templates.php`` (private).

Spec (lines 712-715): "To create a template: ...templates.php?add=1&...&name=<name>&
msg=<msg>", "To change the template: ...?chg=1&...&id=<id>", "To delete a template:
...?del=1&...&id=<id>", "To get a list of templates: ...?get=1". Spec (lines 841-842):
"To create a template (for all operators): ...op_templates.php?add=1&...&sender=<sender>&
msg=<msg>&mts_srv=1&..." and "To get information about the template (for all
operators): ...op_templates.php?get=1&...&sender=<sender>&msg=<msg>".

=============== ======================================= ====================================
kind            key                                     record
=============== ======================================= ====================================
``template``    ``login/id`` (12 digits)                a message template: name, text,
                                                        format, sender, flag
``op_template`` ``login/sha256(sender, msg)/operator``  an operator template: sender, text,
                                                        operator, id, when it was added
=============== ======================================= ====================================

templates.php (errors of lines 756-763): a name is one per account ("5 Save or delete
error." for a second), an id not found is "3 The record was not found."; ``fl[1]=1``
sets bit 1 of ``flag`` (line 832), ``fl[1]=0`` clears it. The list is in id order; a
message with a line break has no fmt=1 line (error 1).

op_templates.php (statuses of lines 952-963): ``add`` answers one record per operator
flag set -- 1 "template added successfully" with the new id, -1 "the sender name for this
template was not found or was not accepted by the operator" when ``sender`` is not a name
of the account allowed to use (senders.php), -2 "the specified template cannot be
saved" when that operator has the template already; an ``add`` that sets no flag is
error 1. ``get`` answers for the flags set, or for every operator when none is: -1 "not
found", else the status on the clock -- 0 "awaiting registration" when added, 1 "sent for
registration" ``step`` seconds later, 2 "accepted by the operator" after another
``step``. The operator names are the flags' (``mts_srv``...).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Final

from .._errors import GatewayError
from .._scripts.templates import (
    OpTemplatesAdd,
    OpTemplatesAddReply,
    OpTemplatesGet,
    OpTemplatesGetReply,
    TemplatesAdd,
    TemplatesAddReply,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
    TemplatesGetReply,
    TemplatesOkReply,
)
from .._util import short
from ._context import Context
from ._gateway import Gateway
from ._store import JSON, Record, Transaction, dump_time, load_time
from ._virtual_senders import active_sender
from ._virtual_state import BAD_PARAMETERS, VirtualState, handles
from ._virtual_writable import writable

__all__ = ["TEMPLATE", "register", "template_text"]

TEMPLATE: Final = "template"
OP_TEMPLATE: Final = "op_template"

#: Spec (lines 760-762): "3 The record was not found.", "5 Save or delete error."
_ERRORS: Final = {
    BAD_PARAMETERS: "Error in parameters",
    3: "The record was not found",
    5: "Save or delete error",
}
#: The operator flags of op_templates.php, in the order of the add=1 URL (line 841).
_OPERATORS: Final = (
    "mts_srv",
    "mts_auth",
    "mts_trn",
    "mega_srv",
    "mega_auth",
    "mega_trn",
    "mega_adv",
    "bee_srv",
    "bee_trn",
    "tele2_srv",
    "tele2_trn",
    "motiv_srv",
    "motiv_trn",
    "soc",
)


def _fail(code: int, detail: str) -> GatewayError:
    return GatewayError(code, f"{_ERRORS[code]}: {detail}.")


def _text(record: Record, name: str) -> str:
    value = record.get(name)
    return value if isinstance(value, str) else ""


def _int(record: Record, name: str) -> int:
    value = record.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _given(value: str | None, name: str) -> str:
    if value is None:
        raise _fail(BAD_PARAMETERS, f"{name} is required")
    return value


# -- templates.php -------------------------------------------------------------------------


def _name_taken(tx: Transaction, login: str, name: str, own: int) -> None:
    for _, record in tx.scan(TEMPLATE, prefix=f"{login}/"):
        if _text(record, "name") == name and _int(record, "id") != own:
            raise _fail(5, f"a template named {short(name)} exists (id={_int(record, 'id')})")


def _set(record: Record, command: TemplatesAdd | TemplatesChange) -> None:
    for name in ("name", "msg", "format", "sender"):
        value = getattr(command, name)
        if value is not None:
            record[name] = value
    if command.fl is not None and 1 in command.fl:
        # Line 832: "Setting the first bit of the flag (fl[1]=1) assigns the use of the
        # template for auto-signing".
        flag = _int(record, "flag")
        record["flag"] = flag | 1 if command.fl[1] else flag & ~1


def _template_reply(record: Record) -> TemplatesGetReply:
    return TemplatesGetReply(
        id=_int(record, "id"),
        name=_text(record, "name"),
        format=_text(record, "format"),
        sender=_text(record, "sender"),
        flag=_int(record, "flag"),
        message=_text(record, "msg"),
    )


def template_text(tx: Transaction, login: str, template_id: int) -> str | None:
    """The text (``msg``) of ``login``'s template ``template_id``, or ``None`` when it
    has none (jobs.php's ``tpl``, line 1161: "ID of the template to be used as the
    message text")."""
    record = tx.get(TEMPLATE, f"{login}/{template_id:012d}")
    return None if record is None else _text(record, "msg")


def _register_templates(gateway: Gateway[str], state: VirtualState) -> None:
    ok = TemplatesOkReply(result="OK")

    def admit(tx: Transaction, ctx: Context[str]) -> None:
        # Line 835: "not more than three identical requests for actions with templates
        # within a minute".
        state.admit(tx, "templates", ctx.account, ctx.request, ctx.now)

    @handles(gateway, TemplatesAdd)
    def add(command: TemplatesAdd, ctx: Context[str]) -> TemplatesAddReply:
        """templates.php?add=1: a new template."""
        name = _given(command.name, "name")
        with state.store.transaction() as tx:
            admit(tx, ctx)
            _name_taken(tx, ctx.account, name, 0)
            template_id = tx.next_id(TEMPLATE)
            record: Record = {"id": template_id, "format": "", "sender": "", "flag": 0}
            _set(record, command)
            tx.put(TEMPLATE, f"{ctx.account}/{template_id:012d}", record)
        return TemplatesAddReply(id=template_id)

    @handles(gateway, TemplatesChange)
    def change(command: TemplatesChange, ctx: Context[str]) -> TemplatesOkReply:
        """templates.php?chg=1: change the fields given."""
        template_id = _found_id(command.id)
        key = f"{ctx.account}/{template_id:012d}"
        with state.store.transaction() as tx:
            admit(tx, ctx)
            record = tx.get(TEMPLATE, key)
            if record is None:
                raise _fail(3, f"no template with id={template_id}")
            if command.name is not None:
                _name_taken(tx, ctx.account, command.name, template_id)
            _set(record, command)
            tx.put(TEMPLATE, key, record)
        return ok

    @handles(gateway, TemplatesDelete)
    def delete(command: TemplatesDelete, ctx: Context[str]) -> TemplatesOkReply:
        """templates.php?del=1: delete a template."""
        template_id = _found_id(command.id)
        with state.store.transaction() as tx:
            admit(tx, ctx)
            if not tx.delete(TEMPLATE, f"{ctx.account}/{template_id:012d}"):
                raise _fail(3, f"no template with id={template_id}")
        return ok

    @handles(gateway, TemplatesGet)
    def get(command: TemplatesGet, ctx: Context[str]) -> list[TemplatesGetReply]:
        """templates.php?get=1: every template, in id order."""
        with state.store.transaction() as tx:
            admit(tx, ctx)
            replies = [
                _template_reply(record) for _, record in tx.scan(TEMPLATE, prefix=f"{ctx.account}/")
            ]
        return writable(command, replies)


def _found_id(value: int | None) -> int:
    if value is None:
        raise _fail(BAD_PARAMETERS, "id is required")
    return value


# -- op_templates.php ----------------------------------------------------------------------


def _op_prefix(login: str, sender: str, msg: str) -> str:
    # The text may be long: the key holds its digest (a key is at most 1024 characters).
    digest = hashlib.sha256(f"{sender}\n{msg}".encode()).hexdigest()
    return f"{login}/{digest}/"


def _operators(command: OpTemplatesAdd | OpTemplatesGet) -> list[str]:
    return [name for name in _OPERATORS if getattr(command, name)]


def _op_status(record: Record, now: datetime, step: timedelta) -> int:
    """Lines 958-960: "0 – awaiting registration; 1 – sent for registration; 2 –
    accepted by the operator" -- one ``step`` each."""
    elapsed = now - load_time(_json_text(record.get("added_at")))
    if elapsed >= 2 * step:
        return 2
    return 1 if elapsed >= step else 0


def _json_text(value: JSON) -> str:
    return value if isinstance(value, str) else ""


def _register_op_templates(gateway: Gateway[str], state: VirtualState) -> None:
    step = timedelta(seconds=state.step)

    def admit(tx: Transaction, ctx: Context[str]) -> None:
        # Line 965: "not more than ten identical requests for actions with templates
        # within a minute".
        state.admit(tx, "op_templates", ctx.account, ctx.request, ctx.now)

    @handles(gateway, OpTemplatesAdd)
    def add(command: OpTemplatesAdd, ctx: Context[str]) -> list[OpTemplatesAddReply]:
        """op_templates.php?add=1: a template for each operator flag set."""
        sender, msg = _given(command.sender, "sender"), _given(command.msg, "msg")
        operators = _operators(command)
        if not operators:
            raise _fail(
                BAD_PARAMETERS,
                f"op_templates.php add=1 sets no operator flag ({', '.join(_OPERATORS)}; line 841)",
            )
        prefix = _op_prefix(ctx.account, sender, msg)
        replies = []
        with state.store.transaction() as tx:
            admit(tx, ctx)
            known = active_sender(state, tx, ctx.account, sender, ctx.now)
            for operator in operators:
                if not known:
                    replies.append(OpTemplatesAddReply(name=operator, status=-1, id=0))
                elif tx.get(OP_TEMPLATE, prefix + operator) is not None:
                    replies.append(OpTemplatesAddReply(name=operator, status=-2, id=0))
                else:
                    template_id = tx.next_id(OP_TEMPLATE)
                    tx.put(
                        OP_TEMPLATE,
                        prefix + operator,
                        {
                            "id": template_id,
                            "sender": sender,
                            "msg": msg,
                            "operator": operator,
                            "added_at": dump_time(ctx.now),
                        },
                    )
                    replies.append(OpTemplatesAddReply(name=operator, status=1, id=template_id))
        return writable(command, replies)

    @handles(gateway, OpTemplatesGet)
    def get(command: OpTemplatesGet, ctx: Context[str]) -> list[OpTemplatesGetReply]:
        """op_templates.php?get=1: the template's status with each operator asked."""
        sender, msg = _given(command.sender, "sender"), _given(command.msg, "msg")
        prefix = _op_prefix(ctx.account, sender, msg)
        replies = []
        with state.store.transaction() as tx:
            admit(tx, ctx)
            # Line 842: "To get information about the template (for all operators)".
            for operator in _operators(command) or _OPERATORS:
                record = tx.get(OP_TEMPLATE, prefix + operator)
                if record is None:
                    replies.append(OpTemplatesGetReply(name=operator, status=-1, id=0))
                else:
                    status = _op_status(record, ctx.now, step)
                    replies.append(
                        OpTemplatesGetReply(name=operator, status=status, id=_int(record, "id"))
                    )
        return writable(command, replies)


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``templates.php`` and ``op_templates.php`` on ``gateway``."""
    _register_templates(gateway, state)
    _register_op_templates(gateway, state)
