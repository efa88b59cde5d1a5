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
from datetime import date
from typing import Final

from .._command import Array, Command, Flag, Int, IntChoice, Syntax, Text, param, register
from .._errors import LocalProtocolError
from .._wire import Attachment
from ..values import MAX_MESSAGE_CHARS, format_date, parse_date
from .send import _MESSAGE_ID, _check_sender, _MessageFields

__all__ = ["JobsAdd", "JobsCancel", "JobsDelete", "JobsGet", "JobsGetAll"]

_INT32_MAX: Final = 2_147_483_647
_DATE: Final = Syntax(parse_date, format_date, date)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsAdd(_MessageFields):
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
class JobsDelete(Command):
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
class JobsCancel(Command):
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
class JobsGet(Command):
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

    id: int | str | None = param(_MESSAGE_ID)
    mail: bool | None = param(Flag())


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class JobsGetAll(Command):
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

    start: date | None = param(_DATE)
    end: date | None = param(_DATE)
    mail: bool | None = param(Flag())

    def _check(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise LocalProtocolError(
                f"end: {format_date(self.end)} is before start {format_date(self.start)}"
            )
