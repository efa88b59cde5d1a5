"""jobs.php: mailing lists -- create, delete, cancel, read one, read all (private).

Spec (lines 1035-1043)::

    jobs.php?add=1&login=<login>&psw=<password>&name=<name>&phones=<phones>&mes=<message>
    jobs.php?del=1&login=<login>&psw=<password>&id=<id>
    jobs.php?cancel=1&login=<login>&psw=<password>&id=<id>
    jobs.php?get=1&login=<login>&psw=<password>&id=<id>
    jobs.php?get_all=1&login=<login>&psw=<password>

``add=1`` takes the message parameters of send.php (its table, lines 1047-1162, repeats
send.php's); :class:`JobsAdd` inherits their declarations and rules from the private base
of :class:`~smsc_proto.commands.Send`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from .._call_kind import CallKind
from .._command import (
    Array,
    Command,
    Dec,
    Flag,
    Int,
    IntChoice,
    Syntax,
    Text,
    TextChoice,
    param,
    register,
)
from .._errors import LocalProtocolError
from .._replies import (
    Field,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    date_time,
    error_table,
    integer,
    message_id,
    responds,
)
from .._wire import Attachment
from ..values import MAX_MESSAGE_CHARS, format_date, parse_date
from .send import _MESSAGE_ID, _check_sender, _MessageFields

__all__ = [
    "JobsAdd",
    "JobsAddReply",
    "JobsCancel",
    "JobsDelete",
    "JobsGet",
    "JobsGetAll",
    "JobsGetAllReply",
    "JobsGetReply",
    "JobsOkReply",
]
__replies__ = ["JobsAddReply", "JobsGetAllReply", "JobsGetReply", "JobsOkReply"]

_INT32_MAX: Final = 2_147_483_647
_DATE: Final = Syntax(parse_date, format_date, date)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsAdd(_MessageFields["JobsAddReply"]):
    """Create a mailing list (``jobs.php?add=1``).

    Spec (line 1035): ``jobs.php?add=1&login=<login>&psw=<password>&name=<name>&phones=
    <phones>&mes=<message>``; (line 1164): "The required parameters are login, psw, name,
    phones and mes or login, psw, name and list." Every message parameter and rule of
    :class:`~smsc_proto.commands.Send` applies (lines 1050-1162: "any of the additional
    parameters is applied to each message in the mailing list"), with the differences
    below. ``tpl`` stands in for ``mes``.

    Args:
        name: The mailing list's name (line 1049).
        sender2: The sender name of the SMS sent when the message could not be delivered
            another way (line 1055); only with ``fl={5: True}``.
        mes2: The text of that SMS (line 1120), at most 1000 characters; only with
            ``fl={5: True}``.
        rpt: How often to repeat: 0 manually .. 7 every year (lines 1070-1078).
        rptn: The most repetitions (line 1079); only with ``rpt`` 1..7.
        tpl: The ID of a template used as the text (line 1161); ``mes`` must then be
            absent or empty, and ``list`` absent.
        cost: 0, or 1 to add the cost to the reply (lines 1142-1144; QUIRKS INC-10: 2
            and 3 are send.php's only).
        fl: ``{5: True}`` enables the SMS repeat of ``mes2`` (line 1120); only index 5
            is documented.
        attachments: Files, with the limits of :class:`~smsc_proto.commands.Send`.

    The shared message parameters (``phones``, ``mes``, ``sender``, ``translit``,
    ``tinyurl``, ``time``, ``tz``, ``period``, ``freq``, ``flash``, ``bin``, ``push``,
    ``hlr``, ``ping``, ``mms``, ``mail``, ``soc``, ``viber``, ``whatsapp``, ``bot``,
    ``smsreq``, ``fileurl``, ``call``, ``voice``, ``param``, ``subj``, ``list``, ``nl``,
    ``valid``) are those of :class:`~smsc_proto.commands.Send`. send.php's ``id``,
    ``maxsms``, ``imgcode``, ``userip``, ``err``, ``op`` and ``pp`` are not in the
    jobs.php table; they stay in ``extra``.
    """

    SCRIPT = "jobs.php"
    SELECTOR = ("add", "1")
    REQUIRED = ("name",)
    ONE_OF = (("phones",), ("list",))

    name: str | None = param(Text(nonempty=True, single_line=True))
    sender2: str | None = param(Text(nonempty=True, single_line=True))
    mes2: str | None = param(Text(nonempty=True, max_len=MAX_MESSAGE_CHARS))
    rpt: int | None = param(IntChoice(0, 1, 2, 3, 4, 5, 6, 7))
    rptn: int | None = param(Int(1, _INT32_MAX))
    tpl: int | None = param(Int(1, _INT32_MAX))
    cost: int | None = param(IntChoice(0, 1))
    fl: Mapping[int, bool] | None = param(Array(Flag(), 5, 5))
    attachments: tuple[Attachment, ...] = ()

    def _has_template(self) -> bool:
        return self.tpl is not None

    def _check(self) -> None:
        _MessageFields._check(self)
        # Spec (line 1161): "To use the template, the mes parameter must be empty."
        if self.tpl is not None and self.mes:
            raise LocalProtocolError("mes: must be empty with tpl (line 1161)")
        if self.tpl is not None and self.list is not None:
            raise LocalProtocolError("tpl: not with list (each list line has its text)")
        # Spec (line 1120): "To enable automatic replay, you must additionally pass the
        # fl[5] flag equal to 1 in the request."
        repeat = self.fl is not None and self.fl.get(5) is True
        for name in ("mes2", "sender2"):
            if getattr(self, name) is not None and not repeat:
                raise LocalProtocolError(f"{name}: only with fl[5]=1 (line 1120)")
        if self.sender2 is not None:
            # Spec (line 1055): the sender name of an SMS (rules of line 52).
            _check_sender("sender2", self.sender2, "sms")
        # Spec (line 1079): "the maximum number of repetitions for a deferred periodic
        # distribution" -- meaningless without a period.
        if self.rptn is not None and not self.rpt:
            raise LocalProtocolError("rptn: only with rpt 1..7 (lines 1070-1079)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsDelete(Command["JobsOkReply"]):
    """Delete a mailing list (``jobs.php?del=1``).

    Spec (line 1037): ``jobs.php?del=1&login=<login>&psw=<password>&id=<id>``;
    (line 1176): "Required parameters are login, psw, and id."

    Args:
        id: The mailing list's ID (line 1171), a number or a client string id as for
            send.php (line 1361: "the distribution ID sent by the Client or assigned by
            the Server").
        mail: 1 for an e-mail mailing list (line 1044: "to work with e-mail newsletters,
            you must pass the additional parameter mail=1 in the request").
    """

    SCRIPT = "jobs.php"
    SELECTOR = ("del", "1")
    REQUIRED = ("id",)

    id: int | str | None = param(_MESSAGE_ID)
    mail: bool | None = param(Flag())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsCancel(Command["JobsOkReply"]):
    """Disable a mailing list that waits to be sent (``jobs.php?cancel=1``).

    Spec (line 1039): ``jobs.php?cancel=1&login=<login>&psw=<password>&id=<id>``;
    (line 1176): "Required parameters are login, psw, and id."

    Args:
        id: As for :class:`JobsDelete`.
        mail: As for :class:`JobsDelete`.
    """

    SCRIPT = "jobs.php"
    SELECTOR = ("cancel", "1")
    REQUIRED = ("id",)

    id: int | str | None = param(_MESSAGE_ID)
    mail: bool | None = param(Flag())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsGet(Command["JobsGetReply"]):
    """Read one mailing list (``jobs.php?get=1``).

    Spec (line 1041): ``jobs.php?get=1&login=<login>&psw=<password>&id=<id>``;
    (line 1176): "Required parameters are login, psw, and id."

    Args:
        id: As for :class:`JobsDelete`.
        mail: As for :class:`JobsDelete` (line 1260: "when mail=1, the "phones"
            parameter is replaced with "emails"").
    """

    SCRIPT = "jobs.php"
    SELECTOR = ("get", "1")
    REQUIRED = ("id",)
    KIND = CallKind.READ

    id: int | str | None = param(_MESSAGE_ID)
    mail: bool | None = param(Flag())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsGetAll(Command["list[JobsGetAllReply]"]):
    """Read the mailing lists (``jobs.php?get_all=1``).

    Spec (line 1043): ``jobs.php?get_all=1&login=<login>&psw=<password>`` -- no ``id``,
    although line 1176 names it as required for "deleting, disabling, or receiving"
    (QUIRKS INC-14): the URL template wins and ``id`` is not taken.

    Args:
        start: The first date (line 1173: "If this parameter is omitted, it returns the
            mailing list for the last 2 months, but no more than 10. ... Format:
            'dd.mm.yyyy'.").
        end: The last date (line 1174), not before ``start``.
        mail: As for :class:`JobsDelete`.
    """

    SCRIPT = "jobs.php"
    SELECTOR = ("get_all", "1")
    KIND = CallKind.READ

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    mail: bool | None = param(Flag())

    def _check(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise LocalProtocolError(
                f"end: {format_date(self.end)} is before start {format_date(self.start)}"
            )


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class JobsAddReply:
    """The reply of :class:`~smsc_proto.commands.JobsAdd` (``cost`` 0 or 1).

    Spec (lines 1217-1246): "when cost = 0 and fmt = 0: OK, ID - <id>; when cost = 1 and
    fmt = 0: OK, ID - <id>, COST - <cost>; when cost = 0 and fmt = 1: <id>; when cost = 1
    and fmt = 1: <id>,<cost>"; fmt=2 ``<result><id>id</id><cost>cost</cost></result>``;
    fmt=3 ``{"id": <id>, "cost": "<cost>"}``.

    Args:
        id: "the distribution ID sent by the Client or assigned by the Server
            automatically" (line 1361): a number or a client string id.
        cost: "cost of sending" (line 1379), with ``cost=1`` only.
    """

    id: int | str | None = None
    cost: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class JobsOkReply:
    """The reply of :class:`~smsc_proto.commands.JobsDelete` and
    :class:`~smsc_proto.commands.JobsCancel`.

    Spec (lines 1248-1258): "When you disable or delete a mailing list: when fmt = 0,1:
    OK; when fmt = 2: <result>OK</result>; when fmt = 3: {"result": "OK"}".

    Args:
        result: Always ``"OK"`` (any other text is refused).
    """

    result: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class JobsGetReply:
    """The reply of :class:`~smsc_proto.commands.JobsGet`: one mailing list.

    Spec (lines 1260-1285): "when fmt = 0: <id>|<name>|<subject>|<repeat_send>|
    <repeat_cnt>|<created>|<changed>|<need_date>|<last_sent>|<phones>|<message>|
    <format>|<validity>|<period>|<frequency>|<status>|<sender_id>"; fmt=1 the same with
    ``;``; fmt=2 a ``<job>`` element with these children. "when mail=1, the "phones"
    parameter is replaced with "emails"": ``emails`` then carries the slot of
    ``phones``. fmt=3 (lines 1287-1311, QUIRKS INC-11) is an array of one object with
    three more keys, ``cost`` before ``sender_id``: ``"status": <status>, "cost":
    "<cost>", "sms_sent": <sms_sent>, "sms_ok": <sms_ok>, "sender_id": "<sender_id>"``.

    Args:
        id: "the distribution ID sent by the Client or assigned by the Server
            automatically" (line 1361).
        name: "mailing list name" (line 1362).
        subject: "subject (for e-mail newsletters)" (line 1363); may be empty.
        repeat_send: "repeat period" (line 1364), presumably the ``rpt`` code of lines
            1070-1078 (0..7); any non-negative integer is read.
        repeat_cnt: "the number of repetitions of the mailing list" (line 1365).
        created: "mailing list creation date" (line 1366).
        changed: "date of mailing list change" (line 1367).
        need_date: "scheduled date of dispatch" (line 1368).
        last_sent: "last sent date" (line 1369).
        phones: "list of phone numbers ... of message recipients" (line 1370), as the
            gateway writes it (``mail`` absent or 0).
        emails: "(e-mail addresses) of message recipients" (line 1370), with ``mail=1``.
        message: "the text of the message" (line 1371).
        format: "message format" (line 1372).
        validity: ""lifetime" of the message" (line 1373).
        period: "message sending interval" (line 1374): hours, 0 when not stretched
            (``period`` 0.1..720 of line 68).
        frequency: "frequency of sending messages" (line 1375): minutes.
        status: "mailing list status" (line 1376).
        cost: "cost of sending" (line 1379), fmt=3 only.
        sms_sent: "number of messages sent" (line 1380), fmt=3 only.
        sms_ok: "number of messages delivered" (line 1381), fmt=3 only.
        sender_id: "sender ID" (line 1377); may be empty.
    """

    id: int | str | None = None
    name: str | None = None
    subject: str | None = None
    repeat_send: int | None = None
    repeat_cnt: int | None = None
    created: datetime | None = None
    changed: datetime | None = None
    need_date: datetime | None = None
    last_sent: datetime | None = None
    phones: str | None = None
    emails: str | None = None
    message: str | None = None
    format: int | None = None
    validity: int | None = None
    period: Decimal | None = None
    frequency: int | None = None
    status: int | None = None
    cost: Decimal | None = None
    sms_sent: int | None = None
    sms_ok: int | None = None
    sender_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class JobsGetAllReply:
    """One mailing list of the reply of :class:`~smsc_proto.commands.JobsGetAll`.

    The reply decodes to a ``list`` of these, in the order of the body.

    Spec (lines 1314-1358): "when fmt = 0: <id>|<name>|<changed>|<need_date>|
    <last_sent>|<phones>|<message>|<phones_cnt>|<cost>|<status>|<sender_id>|<format>",
    one line per mailing list; fmt=1 the same with ``;``; fmt=2 ``<job>`` elements under
    ``<sms_jobs>``; fmt=3 an array of objects that also carry ``sms_sent`` and
    ``sms_ok`` (QUIRKS INC-12). With ``mail=1``, ``emails`` replaces ``phones``.

    Args:
        id: As for :class:`JobsGetReply`.
        name: As for :class:`JobsGetReply`.
        changed: As for :class:`JobsGetReply`.
        need_date: As for :class:`JobsGetReply`.
        last_sent: As for :class:`JobsGetReply`.
        phones: As for :class:`JobsGetReply`.
        emails: As for :class:`JobsGetReply`.
        message: As for :class:`JobsGetReply` (one line in fmt=0/1).
        phones_cnt: "number of recipients" (line 1378).
        cost: "cost of sending" (line 1379).
        status: As for :class:`JobsGetReply`.
        sender_id: As for :class:`JobsGetReply`.
        format: As for :class:`JobsGetReply`.
        sms_sent: "number of messages sent" (line 1380), fmt=3 only.
        sms_ok: "number of messages delivered" (line 1381), fmt=3 only.
    """

    id: int | str | None = None
    name: str | None = None
    changed: datetime | None = None
    need_date: datetime | None = None
    last_sent: datetime | None = None
    phones: str | None = None
    emails: str | None = None
    message: str | None = None
    phones_cnt: int | None = None
    cost: Decimal | None = None
    status: int | None = None
    sender_id: str | None = None
    format: int | None = None
    sms_sent: int | None = None
    sms_ok: int | None = None


_R_ID: Final = message_id()
# Not negative: fmt=1 "<id>,-<cost>" would read as the error reply "<id>,-N" (line 1191).
_R_COST: Final = Field("cost", Dec(Decimal(0), Decimal(10) ** 15, 4), r"\d+(?:\.\d+)?", True)

#: cost -> the reply shape of add=1. Spec (lines 1218-1246); fmt=3 quotes cost, not id.
_ADD_REPLIES: Final = {
    0: Shape(
        JobsAddReply,
        (_R_ID,),
        fmt0=Template("OK, ID - {id}"),
        fmt1=Template("{id}"),
    ),
    1: Shape(
        JobsAddReply,
        (_R_ID, _R_COST),
        fmt0=Template("OK, ID - {id}, COST - {cost}"),
        fmt1=Template("{id},{cost}"),
    ),
}

# Spec (lines 1250-1258): "OK" in fmt=0/1, <result>OK</result>, {"result": "OK"}.
_OK_REPLY: Final = Shape(
    JobsOkReply,
    (Field("result", TextChoice("OK"), "OK", True),),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)


def _line_fields() -> dict[str, Field]:
    """The fields of get/get_all, with their text patterns in fmt=0/1 lines.

    QUIRKS INC-13: fmt=0 cuts the line at ``|``, fmt=1 at ``;``. Nothing is escaped:
    ``message`` may span lines, every other text is one line, and any of them may hold
    the separator -- a line whose separators then leave two readings is refused by the
    reader (and not written), never read at a guess.
    """
    line_text = r"[^\r\n]"

    def one_line(name: str, *, nonempty: bool = False) -> Field:
        # One line in fmt=0/1 by its pattern; fmt=2/3 carry line breaks (a job's name
        # or subject is free text), so the codec does not refuse them.
        codec = Text(nonempty=nonempty)
        return Field(name, codec, line_text + ("+" if nonempty else "*"), True)

    fields = [
        _R_ID,
        one_line("name", nonempty=True),
        one_line("subject"),
        integer("repeat_send"),
        integer("repeat_cnt"),
        date_time("created"),
        date_time("changed"),
        date_time("need_date"),
        date_time("last_sent"),
        one_line("phones"),
        one_line("emails"),
        Field("message", Text(), ".*", True),
        integer("format"),
        integer("validity"),
        # Quoted in fmt=3 ("period": "<period>"); the hours of line 68, 0 when unset.
        Field("period", Dec(Decimal(0), Decimal(720), 6), r"\d+(?:\.\d+)?", True),
        integer("frequency"),
        integer("status", -(2**31), 2**31 - 1),
        one_line("sender_id"),
        integer("phones_cnt"),
        _R_COST,
        integer("sms_sent"),
        integer("sms_ok"),
    ]
    return {field.name: field for field in fields}


_GET_ORDER: Final = (
    "id",
    "name",
    "subject",
    "repeat_send",
    "repeat_cnt",
    "created",
    "changed",
    "need_date",
    "last_sent",
    "phones",
    "message",
    "format",
    "validity",
    "period",
    "frequency",
    "status",
    "sender_id",
)
_GET_ALL_ORDER: Final = (
    "id",
    "name",
    "changed",
    "need_date",
    "last_sent",
    "phones",
    "message",
    "phones_cnt",
    "cost",
    "status",
    "sender_id",
    "format",
)
#: QUIRKS INC-11: fmt=3 of get inserts these before sender_id (lines 1306-1309); fmt=0/1/2
#: lack them.
_GET_FMT3_ORDER: Final = (*_GET_ORDER[:-1], "cost", "sms_sent", "sms_ok", _GET_ORDER[-1])
#: QUIRKS INC-12: fmt=3 of get_all appends these to the record; fmt=0/1/2 lack them.
_GET_ALL_FMT3_ORDER: Final = (*_GET_ALL_ORDER, "sms_sent", "sms_ok")


def _job_shapes(
    model: type[Any],
    order: tuple[str, ...],
    fmt3_order: tuple[str, ...],
    *,
    xml: XmlForm,
    wrapped: bool,
    many: bool,
) -> dict[tuple[int, bool], Shape[Any]]:
    """(fmt 0 or 1, mail) -> shape. The fmt=0 shape also serves fmt=2 and fmt=3.

    ``order`` is the fields of fmt=0/1/2, ``fmt3_order`` the keys of fmt=3 (a superset).
    A shape per separator: fmt=0 joins the fields with ``|``, fmt=1 with ``;``.
    """
    shapes = {}
    by_name = _line_fields()
    for fmt, separator in ((0, "|"), (1, ";")):
        for mail in (False, True):
            # Spec (lines 1260, 1314): "when mail=1, the "phones" parameter is replaced
            # with "emails"" -- the same slot, the element and key named "emails".
            rename = {"phones": "emails"} if mail else {}
            names = tuple(rename.get(n, n) for n in order)
            line = Template(separator.join(f"{{{n}}}" for n in names))
            shapes[fmt, mail] = Shape(
                model,
                tuple(by_name[rename.get(n, n)] for n in fmt3_order),
                fmt0=line if fmt == 0 else None,
                fmt1=line if fmt == 1 else None,
                xml=XmlForm(root=xml.root, item=xml.item, fields=names),
                json=JsonForm(wrapped=wrapped),
                many=many,
            )
    return shapes


# Spec (lines 1262-1311): one record; fmt=2 is a bare <job>, fmt=3 an array of one object
# with cost, sms_sent and sms_ok besides (QUIRKS INC-11).
_GET_REPLIES: Final = _job_shapes(
    JobsGetReply,
    _GET_ORDER,
    _GET_FMT3_ORDER,
    xml=XmlForm(root="job"),
    wrapped=True,
    many=False,
)

# Spec (lines 1316-1358): one line / <job> / object per mailing list.
_GET_ALL_REPLIES: Final = _job_shapes(
    JobsGetAllReply,
    _GET_ALL_ORDER,
    _GET_ALL_FMT3_ORDER,
    xml=XmlForm(root="sms_jobs", item="job"),
    wrapped=False,
    many=True,
)

#: Spec (lines 1204-1213): the error codes of jobs.php; no error names a mailing list.
JOBS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Error saving a record.",
    # QUIRKS INC-54: the spec's "read More" is a leftover link text, not part of it.
    4: "IP address is temporarily blocked due to frequent errors in the queries.",
    5: "Invalid date format.",
    9: (
        "Sending more than one identical request for actions with mailing lists within a "
        "minute. This error also occurs when you try to send fifteen or more requests "
        "simultaneously from different connections under the same username (too many "
        "concurrent requests)."
    ),
}


error_table(JobsAdd, errors=JOBS_ERRORS)


@responds(JobsAdd)
def _jobs_add_reply(command: JobsAdd) -> Shape[Any]:
    # QUIRKS INC-10: the reply forms are those of lines 1217-1246, not the send.php ones
    # the fmt description (line 1149) repeats; cost is 0 or 1.
    return _ADD_REPLIES[command.cost or 0]


error_table(JobsDelete, JobsCancel, errors=JOBS_ERRORS)


@responds(JobsDelete, JobsCancel)
def _jobs_ok_reply(command: Command) -> Shape[Any]:
    return _OK_REPLY


error_table(JobsGet, errors=JOBS_ERRORS)


@responds(JobsGet)
def _jobs_get_reply(command: JobsGet) -> Shape[Any]:
    return _GET_REPLIES[int(command.fmt == 1), bool(command.mail)]


error_table(JobsGetAll, errors=JOBS_ERRORS)


@responds(JobsGetAll)
def _jobs_get_all_reply(command: JobsGetAll) -> Shape[Any]:
    return _GET_ALL_REPLIES[int(command.fmt == 1), bool(command.mail)]
