"""One method per command, for the sync and the async clients (generated).

Do not edit: ``python -m transports._gen_methods`` writes this file from the
command registry. ``client.send(phones=..., mes=...)`` builds ``Send(phones=...,
mes=...)`` and returns ``client.call(...)``'s result. Each method's body passes
its arguments -- ``locals()``, which holds nothing else yet -- to the command.
"""

from __future__ import annotations

from collections.abc import (
    Mapping,
    Sequence,
)
from datetime import (
    date,
    datetime,
    timedelta,
)
from decimal import (
    Decimal,
)
from typing import (
    TYPE_CHECKING,
    TypeVar,
)

from smsc_proto import (
    Attachment,
)
from smsc_proto.commands import (
    Balance,
    Command,
    Credentials,
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
    GetAnswers,
    GetMessages,
    GetPrice,
    GetStat,
    InfoGetOperator,
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetGroup,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
    MessageIds,
    OpTemplatesAdd,
    OpTemplatesGet,
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
    Ping,
    ReceivePhonesBuy,
    ReceivePhonesChange,
    ReceivePhonesGet,
    RestSend,
    Send,
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
    StatusDelete,
    StatusQuery,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
    TinyurlsGet,
    UsersAdd,
    UsersChange,
    UsersGetStat,
    UsersGetStatAll,
    UsersPay,
    WaitCall,
)
from smsc_proto.responses import (
    BalanceReply,
    DocumentsAddAccountReply,
    DocumentsFileReply,
    GetAnswersReply,
    GetMessagesReply,
    GetPriceReply,
    GetStatReply,
    InfoGetOperatorReply,
    JobsAddReply,
    JobsGetAllReply,
    JobsGetReply,
    JobsOkReply,
    MailsAddReply,
    MailsGetBlackReply,
    MailsGetGroupReply,
    MailsGetReply,
    MailsOkReply,
    OpTemplatesAddReply,
    OpTemplatesGetReply,
    PhonesAddReply,
    PhonesGetBlackReply,
    PhonesGetGroupReply,
    PhonesGetReply,
    PhonesOkReply,
    PingReply,
    ReceivePhonesBuyReply,
    ReceivePhonesChangeReply,
    ReceivePhonesGetReply,
    SendersAddReply,
    SendersGetOperatorsReply,
    SendersGetReply,
    SendersOkReply,
    SendReply,
    StatusDeleteReply,
    StatusRecord,
    TemplatesAddReply,
    TemplatesGetReply,
    TemplatesOkReply,
    TinyurlsGetReply,
    UsersAddReply,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
    WaitCallReply,
)
from smsc_proto.values import (
    CallParam,
    EmailAddress,
    Phone,
    PhoneCodeFilter,
    PhoneList,
    Recipient,
    SendAtHours,
    SendTime,
    Valid,
    Voice,
)

from ._common import build as _build

__all__ = ["AsyncCommands", "SyncCommands"]

R = TypeVar("R")


class SyncCommands:
    """One method per command, each a call of the ``call(command)``."""

    if TYPE_CHECKING:

        def call(self, command: Command[R]) -> R: ...

    def balance(
        self,
        *,
        cur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> BalanceReply:
        """Ask for the account balance (``balance.php``).

        Spec (line 1901): "cur - Add the Client's currency name to the response." The values
        0/1 are implied by the response section ("When cur = 0", "With cur = 1").

        Args:
            cur: Add the currency (and the credit, when non-zero) to the reply.

        The client method builds :class:`~smsc_proto.commands.Balance` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``BalanceReply``.
        """
        return self.call(_build(Balance, locals()))

    def documents_add_account(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        sum: Decimal | int | str | None = None,
        service: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsAddAccountReply:
        """Create an invoice for a sub-client (``documents.php?add_account=1``).

        Spec (line 2563): "To create a new account for a subclient ...
        ``documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>``
        or: ``...&user_id=<user_id>&sum=<sum>``" -- ``sum`` and one of ``user`` /
        ``user_id`` are required. The reply is multipart: JSON, then the invoice PDF.

        Args:
            user: "The username of the sub-client to create or upload an invoice for"
                (line 2571), one line.
            user_id: The sub-client's ID (line 2572), 1..2147483647.
            sum: "The amount to create an account for in the Client's currency" (line
                2573): 0.01..999999999.99, at most two decimals.
            service: "Name of the service specified when creating the invoice" (line
                2574), one line.

        The client method builds :class:`~smsc_proto.commands.DocumentsAddAccount` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsAddAccountReply``.
        """
        return self.call(_build(DocumentsAddAccount, locals()))

    def documents_get_account(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsFileReply:
        """Download a sub-client's invoice (``documents.php?get_account=1``).

        Spec (line 2564): "To upload an existing account subclient ...
        ``documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>`` or:
        ``...&user_id=<user_id>&id=<id>``" -- ``id`` and one of ``user`` / ``user_id``
        are required. The reply is the invoice PDF.

        Args:
            user: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            user_id: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            id: "ID of the requested invoice or act" (line 2575), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.DocumentsGetAccount` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsFileReply``.
        """
        return self.call(_build(DocumentsGetAccount, locals()))

    def documents_get_act(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        id: int | None = None,
        num: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsFileReply:
        """Download a sub-client's act (``documents.php?get_act=1``).

        Spec (line 2565): "To upload an existing sub-client report ...
        ``get_act=1&...&user=<user>&id=<id>``, ``...&user_id=<user_id>&id=<id>`` or:
        ``...&user=<user>&num=<num>``, ``...&user_id=<user_id>&num=<num>``" -- one of
        ``user`` / ``user_id`` and one of ``id`` / ``num``. The reply is the act PDF.

        Args:
            user: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            user_id: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
            num: "Number of the requested act" (line 2576), one line (an act number may
                carry letters or dashes; it is kept as sent).

        The client method builds :class:`~smsc_proto.commands.DocumentsGetAct` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsFileReply``.
        """
        return self.call(_build(DocumentsGetAct, locals()))

    def get_answers(
        self,
        *,
        cnt: int | None = None,
        hour: int | None = None,
        after_id: int | None = None,
        to_phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetAnswersReply]:
        """Read the incoming messages (``get.php?get_answers=1``).

        Spec (line 3003): "To get a list of incoming messages, call the address using the
        GET or POST method: ``get.php?get_answers=1&login=<login>&psw=<password>``". Every
        parameter is optional.

        Args:
            cnt: How many messages, 1..10000 (line 3009: "The maximum value is 10000.").
            hour: The period in hours, 1..168 (line 3010: "Maximum number of hours - 168 (7
                days).").
            after_id: Only messages after the one with this ID, which is left out
                (line 3011), 1..2**63-1.
            to_phone: The Client's number that received the messages (line 3012), one phone
                number.

        The client method builds :class:`~smsc_proto.commands.GetAnswers` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetAnswersReply]``.
        """
        return self.call(_build(GetAnswers, locals()))

    def get_messages(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        email: PhoneList | str | Sequence[str | Recipient] | None = None,
        format: int | None = None,
        cnt: int | None = None,
        prev_id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetMessagesReply]:
        """Read the history of sent messages (``get.php?get_messages=1``).

        Spec (line 2857): "To get a list of sent SMS messages, you need to call the address
        using the GET or POST method: ``get.php?get_messages=1&login=<login>&
        psw=<password>``". Every parameter is optional.

        Args:
            start: The first day (line 2863: "The start date in the period for which the
                history is requested. Format: 'dd. mm. yyyy'. The maximum period for which it
                is possible to request the history of sent messages is six months.").
            end: The last day (line 2864: "The end date in the period. If omitted, data from
                the start date is returned."); only with ``start``, not before it, and at
                most six months after it.
            phone: The phone numbers whose SMS history is asked (line 2865: "A number or a
                comma-separated list of phone numbers"); phone numbers only, not with
                ``format=8``.
            email: The addresses whose e-mail history is asked (line 2866: "An e-mail
                address or a comma-separated list of addresses"); e-mail addresses only,
                only with ``format=8``.
            format: 0 (the default) SMS, 8 e-mail messages (lines 2867-2869).
            cnt: How many messages, 1..1000 (line 2870: "The maximum value is 1000.").
            prev_id: Messages sent before the one with this global ID (line 2871: "the
                int_id parameter in the Server response"), 1..2**63-1.

        The client method builds :class:`~smsc_proto.commands.GetMessages` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetMessagesReply]``.
        """
        return self.call(_build(GetMessages, locals()))

    def get_price(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> GetPriceReply:
        """Read the Client's tariffs (``get.php?get_price=1``).

        Spec (line 3183): "To get the list of tariffs for the specified Client, call the GET
        or POST address method: ``get.php?get_price=1&login=<login>&psw=<password>``" -- no
        other parameter than ``fmt`` (whose values the replies of lines 3216-3273 imply,
        INC-68).

        The client method builds :class:`~smsc_proto.commands.GetPrice` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``GetPriceReply``.
        """
        return self.call(_build(GetPrice, locals()))

    def get_stat(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        mycur: bool | None = None,
        balance2: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetStatReply]:
        """Read the statistics of sent messages (``get.php?get_stat=1``).

        Spec (line 3098): "To get the statistics of sent messages, you need to call the
        address by the GET or POST method: ``get.php?get_stat=1&login=<login>&
        psw=<password>&start=<date1>&end=<date2>``". ``start`` is required (the period
        starts there); ``end`` may be omitted (line 3105).

        Args:
            start: The first day (line 3104: "The start date in the period for which
                statistics are requested. Format: 'dd.mm.yyyy'.").
            end: The last day (line 3105: "If omitted, data from the start date is
                returned."), not before ``start``.
            mycur: "Flag that allows you to display statistics in the current currency of
                the Client." (line 3106).
            balance2: "Flag that allows you to get statistics on sent messages paid with an
                electronic balance." (line 3107).

        The client method builds :class:`~smsc_proto.commands.GetStat` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetStatReply]``.
        """
        return self.call(_build(GetStat, locals()))

    def info_get_operator(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> InfoGetOperatorReply | list[InfoGetOperatorReply]:
        """Ask for the operator of one or several subscribers (``info.php?get_operator=1``).

        Spec (line 3297): ``info.php?get_operator=1&login=<login>&psw=<password>&
        phone=<phone>``. Spec (line 3303): "phone The subscriber's phone number or a
        comma-separated list of numbers." Spec (line 3332): "... a list of strings for
        multiple requests." -- ``phone`` is required.

        Args:
            phone: The subscribers' phone numbers (one or more, with or without ``+``). Group
                codes, e-mail addresses and Telegram recipients are refused: an operator
                belongs to a phone number. A trailing comma is refused too: line 3303 shows
                no such form (status.php's "multiple request" comma, line 1414, is not
                documented here).

        The client method builds :class:`~smsc_proto.commands.InfoGetOperator` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``InfoGetOperatorReply | list[InfoGetOperatorReply]``.
        """
        return self.call(_build(InfoGetOperator, locals()))

    def jobs_add(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        name: str | None = None,
        sender2: str | None = None,
        mes2: str | None = None,
        rpt: int | None = None,
        rptn: int | None = None,
        tpl: int | None = None,
        cost: int | None = None,
        fl: Mapping[int, bool] | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsAddReply:
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

        The client method builds :class:`~smsc_proto.commands.JobsAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsAddReply``.
        """
        return self.call(_build(JobsAdd, locals()))

    def jobs_cancel(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsOkReply:
        """Disable a mailing list that waits to be sent (``jobs.php?cancel=1``).

        Spec (line 1039): ``jobs.php?cancel=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: As for :class:`~smsc_proto.commands.JobsDelete`.
            mail: As for :class:`~smsc_proto.commands.JobsDelete`.

        The client method builds :class:`~smsc_proto.commands.JobsCancel` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsOkReply``.
        """
        return self.call(_build(JobsCancel, locals()))

    def jobs_delete(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsOkReply:
        """Delete a mailing list (``jobs.php?del=1``).

        Spec (line 1037): ``jobs.php?del=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: The mailing list's ID (line 1171), a number or a client string id as for
                send.php (line 1361: "the distribution ID sent by the Client or assigned by
                the Server").
            mail: 1 for an e-mail mailing list (line 1044: "to work with e-mail newsletters,
                you must pass the additional parameter mail=1 in the request").

        The client method builds :class:`~smsc_proto.commands.JobsDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsOkReply``.
        """
        return self.call(_build(JobsDelete, locals()))

    def jobs_get(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsGetReply:
        """Read one mailing list (``jobs.php?get=1``).

        Spec (line 1041): ``jobs.php?get=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: As for :class:`~smsc_proto.commands.JobsDelete`.
            mail: As for :class:`~smsc_proto.commands.JobsDelete` (line 1260: "when mail=1, the "phones"
                parameter is replaced with "emails"").

        The client method builds :class:`~smsc_proto.commands.JobsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsGetReply``.
        """
        return self.call(_build(JobsGet, locals()))

    def jobs_get_all(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[JobsGetAllReply]:
        """Read the mailing lists (``jobs.php?get_all=1``).

        Spec (line 1043): ``jobs.php?get_all=1&login=<login>&psw=<password>`` -- no ``id``,
        although line 1176 names it as required for "deleting, disabling, or receiving"
        (QUIRKS INC-14): the URL template wins and ``id`` is not taken.

        Args:
            start: The first date (line 1173: "If this parameter is omitted, it returns the
                mailing list for the last 2 months, but no more than 10. ... Format:
                'dd.mm.yyyy'.").
            end: The last date (line 1174), not before ``start``.
            mail: As for :class:`~smsc_proto.commands.JobsDelete`.

        The client method builds :class:`~smsc_proto.commands.JobsGetAll` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[JobsGetAllReply]``.
        """
        return self.call(_build(JobsGetAll, locals()))

    def mails_add(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Create an e-mail contact (``mails.php?add=1``).

        Spec (line 2003): "mail A list of e-mail addresses separated by any separator (the
        add command) ... The request format is similar to the format for phones.php." -- the
        phones.php template (line 1977) with ``mail`` for ``phone``:
        ``mails.php?add=1&login=<login>&psw=<password>&mail=<mail>&name=<name>``.

        Args:
            name: The contact's name (line 1999), one line, not empty.
            grp: The IDs of the contact's groups (line 2000), a non-empty tuple of
                1..2147483647.
            mail: The contact's addresses (line 2003); e-mail addresses only.
            lnm: Surname (line 2006).
            fnm: First name (line 2007 prints "ID.": QUIRKS INC-28).
            mnm: Middle name (line 2008).
            bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
            myid: "The contact ID assigned by the Client." (line 2013).
            cmt: "Commentary." (line 2014).
            tags: "Tags (tags)." (line 2015).
            pho: Other addresses (line 2016: "Other phone numbers. According to these
                numbers, SMS messages are not sent out."; line 2151: "For e-mail addresses
                are replaced with <mail_other>"): phone numbers or e-mail addresses.

        As in :class:`~smsc_proto.commands.PhonesAdd`, the free-text fields are one line each and may be empty.

        The client method builds :class:`~smsc_proto.commands.MailsAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return self.call(_build(MailsAdd, locals()))

    def mails_add_black(
        self,
        *,
        mail: EmailAddress | str | None = None,
        cmt: str | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Add an e-mail address to the blacklist (``mails.php?add_black=1``).

        Spec (line 2003): "... or an e-mail address (the move_group , add_black commands)";
        the phones.php template of line 1988 with ``mail`` for ``phone``.

        Args:
            mail: The address: one :class:`~smsc_proto.values.EmailAddress`.
            cmt: A comment (line 2014), one line.
            type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
                messages.

        The client method builds :class:`~smsc_proto.commands.MailsAddBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return self.call(_build(MailsAddBlack, locals()))

    def mails_add_group(
        self,
        *,
        name: str | None = None,
        num: int | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Create a contact group (``mails.php?add_group=1``).

        Spec (line 1978, phones.php): "To create a new group: ``...?add_group=1&login=
        <login>&psw=<password>&name=<name>``".

        Args:
            name: The group's name (line 1999), one line, not empty.
            num: The group's mailing number (line 2001), 1..2147483647.
            type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
                addresses. The spec does not tie a value to mails.php: both are accepted.

        The client method builds :class:`~smsc_proto.commands.MailsAddGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return self.call(_build(MailsAddGroup, locals()))

    def mails_change(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        new_mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Change an e-mail contact (``mails.php?chg=1``).

        Spec (line 2005): "new_mail New list of e-mail addresses separated by any separator
        (CHG Command)." -- the phones.php template (line 1979) with ``mail``/``new_mail``:
        ``mails.php?chg=1&login=<login>&psw=<password>&mail=<mail>&new_mail=<new_mail>``.
        As for :class:`~smsc_proto.commands.PhonesChange` (QUIRKS INC-58), ``mail`` finds the contact and at least
        one of ``new_mail`` and the contact fields changes.

        Args:
            name: As for :class:`~smsc_proto.commands.MailsAdd`.
            grp: As for :class:`~smsc_proto.commands.MailsAdd`.
            mail: The contact's addresses, e-mail addresses only (required).
            new_mail: The new addresses (line 2005); e-mail addresses only.
            lnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            fnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            mnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            bd: As for :class:`~smsc_proto.commands.MailsAdd`.
            myid: As for :class:`~smsc_proto.commands.MailsAdd`.
            cmt: As for :class:`~smsc_proto.commands.MailsAdd`.
            tags: As for :class:`~smsc_proto.commands.MailsAdd`.
            pho: As for :class:`~smsc_proto.commands.MailsAdd`.

        The client method builds :class:`~smsc_proto.commands.MailsChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsChange, locals()))

    def mails_change_group(
        self,
        *,
        name: str | None = None,
        grp: int | None = None,
        num: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Rename a contact group or change its number (``mails.php?chg_group=1``).

        Spec (line 1980, phones.php): "To change the group name: ``...?chg_group=1&login=
        <login>&psw=<password>&grp=<group_id>&name=<name>``".

        Args:
            name: The group's new name, one line, not empty.
            grp: The group's ID (one), 1..2147483647.
            num: The group's new mailing number, 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.MailsChangeGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsChangeGroup, locals()))

    def mails_delete(
        self,
        *,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Delete an e-mail contact (``mails.php?del=1``).

        Spec (line 1984, phones.php): "To delete a contact: ``...?del=1&login=<login>&psw=
        <password>&phone=<phone>``", with ``mail`` for ``phone`` (line 2003).

        Args:
            mail: The contact's addresses, e-mail addresses only (a list is accepted, as for
                :class:`~smsc_proto.commands.PhonesDelete`).

        The client method builds :class:`~smsc_proto.commands.MailsDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsDelete, locals()))

    def mails_delete_black(
        self,
        *,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Remove e-mail addresses from the blacklist (``mails.php?del_black=1``).

        Spec (line 1989, phones.php): "To remove an entry from the blacklist:
        ``...?del_black=1&login=<login>&psw=<password>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            mail: The addresses, e-mail addresses only (a list is accepted, as for
                :class:`~smsc_proto.commands.PhonesDeleteBlack`).

        The client method builds :class:`~smsc_proto.commands.MailsDeleteBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsDeleteBlack, locals()))

    def mails_delete_group(
        self,
        *,
        grp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Delete a contact group (``mails.php?del_group=1``).

        Spec (line 1985, phones.php): "To delete a group: ``...?del_group=1&login=<login>&
        psw=<password>&grp=<group_id>``".

        Args:
            grp: The group's ID (one), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.MailsDeleteGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsDeleteGroup, locals()))

    def mails_get(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fio: str | None = None,
        search: str | None = None,
        after_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetReply]:
        """List e-mail contacts (``mails.php?get=1``).

        Spec (line 1986, phones.php): "To display a list of contacts: ``...?get=1&login=
        <login>&psw=<password>``"; the filters of :class:`~smsc_proto.commands.PhonesGet`, with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: Only contacts of these groups (line 2000).
            mail: Only contacts with these addresses, e-mail addresses only.
            fio: Full-name filter (line 2009), one line.
            search: Name or address filter (line 2010), one line.
            after_id: The contact ``int_id`` to continue after (line 2011): 1..2**63-1, only
                with ``fmt=3``.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.MailsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetReply]``.
        """
        return self.call(_build(MailsGet, locals()))

    def mails_get_black(
        self,
        *,
        prev_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetBlackReply]:
        """List the e-mail blacklist (``mails.php?get_black=1``).

        Spec (line 1990, phones.php): "To get the elements of the "black" list:
        ``...?get_black=1&login=<login>&psw=<password>``"; (line 2219): the reply carries
        "<email>" "when requesting an e-mail blacklist".

        Args:
            prev_id: The global ID of a blacklist item; items added before it are listed
                (line 2024), 1..2**63-1.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.MailsGetBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetBlackReply]``.
        """
        return self.call(_build(MailsGetBlack, locals()))

    def mails_get_group(
        self,
        *,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetGroupReply]:
        """List the contact groups (``mails.php?get_group=1``).

        Spec (line 1987, phones.php): "To display a list of groups: ``...?get_group=1&login=
        <login>&psw=<password>``".

        Args:
            type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.

        The client method builds :class:`~smsc_proto.commands.MailsGetGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetGroupReply]``.
        """
        return self.call(_build(MailsGetGroup, locals()))

    def mails_join_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Add a group to an e-mail contact (``mails.php?move_group=2``).

        Spec (line 1982, phones.php): "To add a new group to a contact: ``...?move_group=2&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.
            mail: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.MailsJoinGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsJoinGroup, locals()))

    def mails_leave_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Remove an e-mail contact from a group (``mails.php?move_group=3``).

        Spec (line 1983, phones.php): "To remove a contact from a group: ``...?move_group=3&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.
            mail: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.MailsLeaveGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsLeaveGroup, locals()))

    def mails_move_to_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Transfer an e-mail contact to another group (``mails.php?move_group=1``).

        Spec (line 1981, phones.php): "To transfer a contact to a new group:
        ``...?move_group=1&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``",
        with ``mail`` for ``phone`` (line 2003).

        Args:
            grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000).
            mail: The contact's address: one :class:`~smsc_proto.values.EmailAddress`.

        The client method builds :class:`~smsc_proto.commands.MailsMoveToGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return self.call(_build(MailsMoveToGroup, locals()))

    def op_templates_add(
        self,
        *,
        sender: str | None = None,
        msg: str | None = None,
        mts_srv: bool | None = None,
        mts_auth: bool | None = None,
        mts_trn: bool | None = None,
        mega_srv: bool | None = None,
        mega_auth: bool | None = None,
        mega_trn: bool | None = None,
        mega_adv: bool | None = None,
        bee_srv: bool | None = None,
        bee_trn: bool | None = None,
        tele2_srv: bool | None = None,
        tele2_trn: bool | None = None,
        motiv_srv: bool | None = None,
        motiv_trn: bool | None = None,
        soc: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[OpTemplatesAddReply]:
        """Create an operator template (``op_templates.php?add=1``).

        Spec (line 841): the URL template sets every operator flag to 1 ("To create a
        template (for all operators)"). Each flag is optional and 0/1.

        Args:
            sender: The sender name the template is for (line 848): printable ASCII, at most
                11 characters or 15 digits (send.php's rule, line 52).
            msg: The template text (line 849), not empty.
            mts_srv: MTS, service messages (line 851).
            mts_auth: MTS, authorization messages (line 852).
            mts_trn: MTS, transactional messages (line 853).
            mega_srv: Megafon, service (information) messages (line 855).
            mega_auth: Megafon, authorization messages (line 856).
            mega_trn: Megafon, transactional messages (line 857).
            mega_adv: Megafon, advertising template messages (line 854).
            bee_srv: Beeline, service messages (line 858).
            bee_trn: Beeline, transactional messages (line 859).
            tele2_srv: Tele2, service messages (line 860).
            tele2_trn: Tele2, transactional messages (line 861).
            motiv_srv: MOTIV, service messages (line 862).
            motiv_trn: MOTIV, transactional messages (line 863).
            soc: Social-network (Odnoklassniki, VKontakte, Mail.Ru Agent) messages (line 864).

        The client method builds :class:`~smsc_proto.commands.OpTemplatesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[OpTemplatesAddReply]``.
        """
        return self.call(_build(OpTemplatesAdd, locals()))

    def op_templates_get(
        self,
        *,
        sender: str | None = None,
        msg: str | None = None,
        mts_srv: bool | None = None,
        mts_auth: bool | None = None,
        mts_trn: bool | None = None,
        mega_srv: bool | None = None,
        mega_auth: bool | None = None,
        mega_trn: bool | None = None,
        mega_adv: bool | None = None,
        bee_srv: bool | None = None,
        bee_trn: bool | None = None,
        tele2_srv: bool | None = None,
        tele2_trn: bool | None = None,
        motiv_srv: bool | None = None,
        motiv_trn: bool | None = None,
        soc: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[OpTemplatesGetReply]:
        """Read the registration status of an operator template (``op_templates.php?get=1``).

        Spec (line 842): ``op_templates.php?get=1&login=<login>&psw=<password>&sender=
        <sender>&msg=<msg>`` -- "To get information about the template (for all operators)".
        The spec does not say whether the operator flags narrow the answer; the script's
        table (lines 846-864) is accepted, so they are optional here too.

        Args:
            sender: As for :class:`~smsc_proto.commands.OpTemplatesAdd`.
            msg: As for :class:`~smsc_proto.commands.OpTemplatesAdd`.
            mts_srv: As for :class:`~smsc_proto.commands.OpTemplatesAdd` (and likewise every operator flag).

        The client method builds :class:`~smsc_proto.commands.OpTemplatesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[OpTemplatesGetReply]``.
        """
        return self.call(_build(OpTemplatesGet, locals()))

    def phones_add(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Create a contact (``phones.php?add=1``).

        Spec (line 1977): "To create a contact: ``phones.php?add=1&login=<login>&psw=
        <password>&phone=<phone>&name=<name>``"; example (line 2229): ``add=1&login=alex&
        psw=123&phone=79999999999&name=Contact&grp=321``. The optional parameters are the
        contact fields of the table (lines 1999-2016); the spec ties none of them to a
        command, so all of them are accepted.

        Args:
            name: The contact's name (line 1999: "Contact or group name."), one line.
            grp: The IDs of the groups the contact belongs to (line 2000: "You can link a
                contact to several groups at once by specifying their IDs separated by
                commas"), a non-empty tuple of 1..2147483647.
            phone: The contact's numbers (line 2002: "List of phone numbers separated by any
                separator (add command)"); phone numbers only.
            lnm: Surname (line 2006).
            fnm: First name (line 2007 prints "ID.", a mistranslation: QUIRKS INC-28).
            mnm: Middle name (line 2008).
            bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
            myid: "The contact ID assigned by the Client." (line 2013).
            cmt: "Commentary." (line 2014).
            tags: "Tags (tags)." (line 2015).
            pho: "Other phone numbers. According to these numbers, SMS messages are not sent
                out." (line 2016); phone numbers only.

        The free-text fields are one line each (a reply lists one contact per line) and may
        be empty.

        The client method builds :class:`~smsc_proto.commands.PhonesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return self.call(_build(PhonesAdd, locals()))

    def phones_add_black(
        self,
        *,
        phone: Phone | str | None = None,
        cmt: str | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Add a phone number to the blacklist (``phones.php?add_black=1``).

        Spec (line 1988): "To add an entry to the blacklist: ``phones.php?add_black=1&login=
        <login>&psw=<password>&phone=<phone>``"; example (line 2256): ``add_black=1&login=
        alex&psw=123&phone=79999999999&type=1`` ("with blocking only mass mailings").

        Args:
            phone: The number (line 2002: "or phone number (the move_group, add_black
                commands)"): one :class:`~smsc_proto.values.Phone`.
            cmt: A comment (line 2014; the blacklist reply has a ``<comment>``, line 2221),
                one line.
            type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
                messages (QUIRKS INC-69: the group ``type`` is another one).

        The client method builds :class:`~smsc_proto.commands.PhonesAddBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return self.call(_build(PhonesAddBlack, locals()))

    def phones_add_group(
        self,
        *,
        name: str | None = None,
        num: int | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Create a contact group (``phones.php?add_group=1``).

        Spec (line 1978): "To create a new group: ``phones.php?add_group=1&login=<login>&
        psw=<password>&name=<name>``"; example (line 2232): ``add_group=1&login=alex&
        psw=123&name=Group``.

        Args:
            name: The group's name (line 1999), one line, not empty.
            num: "The number of the group for sending messages." (line 2001): the ``<n>`` of
                the ``G<n>`` recipient code, 1..2147483647.
            type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
                addresses (QUIRKS INC-69: add_black's ``type`` is another one).

        The client method builds :class:`~smsc_proto.commands.PhonesAddGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return self.call(_build(PhonesAddGroup, locals()))

    def phones_change(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        new_phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Change a contact (``phones.php?chg=1``).

        Spec (line 1979): "To change the phone number in a contact: ``phones.php?chg=1&
        login=<login>&psw=<password>&phone=<phone>&new_phone=<new_phone>``"; example (line
        2235): "Changing the name of the contact with the phone number "79999999999" to the
        new name " Contact1"": ``chg=1&login=alex&psw=123&phone=79999999999&name=Contact1``
        -- no ``new_phone`` (QUIRKS INC-58). ``phone`` finds the contact; ``new_phone`` and
        the contact fields of :class:`~smsc_proto.commands.PhonesAdd` are what changes, at least one of them.

        Args:
            name: The new name, as for :class:`~smsc_proto.commands.PhonesAdd`.
            grp: The new groups, as for :class:`~smsc_proto.commands.PhonesAdd`.
            phone: The contact's numbers, phone numbers only (required).
            new_phone: "A new list of phone numbers separated by any separator (CHG
                Command)." (line 2004); phone numbers only.
            lnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            fnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            mnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            bd: As for :class:`~smsc_proto.commands.PhonesAdd`.
            myid: As for :class:`~smsc_proto.commands.PhonesAdd`.
            cmt: As for :class:`~smsc_proto.commands.PhonesAdd`.
            tags: As for :class:`~smsc_proto.commands.PhonesAdd`.
            pho: As for :class:`~smsc_proto.commands.PhonesAdd`.

        The client method builds :class:`~smsc_proto.commands.PhonesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesChange, locals()))

    def phones_change_group(
        self,
        *,
        name: str | None = None,
        grp: int | None = None,
        num: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Rename a contact group or change its number (``phones.php?chg_group=1``).

        Spec (line 1980): "To change the group name: ``phones.php?chg_group=1&login=<login>&
        psw=<password>&grp=<group_id>&name=<name>``"; example (line 2238): ``chg_group=1&
        login=alex&psw=123&grp=321&name=Group1``.

        Args:
            name: The group's new name, one line, not empty.
            grp: The group's ID (one: the group that changes), 1..2147483647.
            num: The group's new mailing number, as for :class:`~smsc_proto.commands.PhonesAddGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesChangeGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesChangeGroup, locals()))

    def phones_delete(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Delete a contact (``phones.php?del=1``).

        Spec (line 1984): "To delete a contact: ``phones.php?del=1&login=<login>&psw=
        <password>&phone=<phone>``"; example (line 2241): ``del=1&login=alex&psw=123&
        phone=79999999999``.

        Args:
            phone: The contact's numbers, phone numbers only. Line 2002 requires a single
                number for move_group and add_black only, so a list is accepted here.

        The client method builds :class:`~smsc_proto.commands.PhonesDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesDelete, locals()))

    def phones_delete_black(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Remove phone numbers from the blacklist (``phones.php?del_black=1``).

        Spec (line 1989): "To remove an entry from the blacklist: ``phones.php?del_black=1&
        login=<login>&psw=<password>&phone=<phone>``"; example (line 2259): ``del_black=1&
        login=alex&psw=123&phone=79999999999``.

        Args:
            phone: The numbers, phone numbers only. Line 2002 requires a single number for
                move_group and add_black only, so a list is accepted here.

        The client method builds :class:`~smsc_proto.commands.PhonesDeleteBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesDeleteBlack, locals()))

    def phones_delete_group(
        self,
        *,
        grp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Delete a contact group (``phones.php?del_group=1``).

        Spec (line 1985): "To delete a group: ``phones.php?del_group=1&login=<login>&psw=
        <password>&grp=<group_id>``"; example (line 2244): ``del_group=1&login=alex&psw=123&
        grp=321``.

        Args:
            grp: The group's ID (one), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.PhonesDeleteGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesDeleteGroup, locals()))

    def phones_get(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fio: str | None = None,
        search: str | None = None,
        after_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetReply]:
        """List contacts (``phones.php?get=1``).

        Spec (line 1986): "To display a list of contacts: ``phones.php?get=1&login=<login>&
        psw=<password>``"; examples (line 2247): ``get=1&login=alex&psw=123&grp=321`` ("a list
        of contacts belonging to a group with ID = 321") and (line 2250) ``...&phone=
        79999999999`` ("contact data with the phone number"). Every filter is optional.

        Args:
            grp: Only contacts of these groups, as for :class:`~smsc_proto.commands.PhonesAdd`.
            phone: Only contacts with these numbers, phone numbers only.
            fio: "Contact's FULL NAME. This parameter is used in the get command to get a
                list of contacts by any of the initials (last name, first name, and / or
                patronymic)." (line 2009), one line.
            search: "Selecting contacts for the get command by contact name and / or phone
                number." (line 2010), one line.
            after_id: "Contact ID (int_id), starting from which to return the contact list
                (get command, fmt=3 format)" (line 2011): 1..2**63-1, and only with ``fmt=3``.
            cnt: The most records returned (line 2025: "The maximum value is 1000."), 1..1000.

        The client method builds :class:`~smsc_proto.commands.PhonesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetReply]``.
        """
        return self.call(_build(PhonesGet, locals()))

    def phones_get_black(
        self,
        *,
        prev_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetBlackReply]:
        """List the blacklist (``phones.php?get_black=1``).

        Spec (line 1990): "To get the elements of the "black" list: ``phones.php?get_black=1&
        login=<login>&psw=<password>``".

        Args:
            prev_id: "The global identifier of the blacklist item ... Used in the get_black
                command to request blacklist items added earlier to this item." (line 2024),
                1..2**63-1.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.PhonesGetBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetBlackReply]``.
        """
        return self.call(_build(PhonesGetBlack, locals()))

    def phones_get_group(
        self,
        *,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetGroupReply]:
        """List the contact groups (``phones.php?get_group=1``).

        Spec (line 1987): "To display a list of groups: ``phones.php?get_group=1&login=
        <login>&psw=<password>``"; example (line 2253): ``get_group=1&login=alex&psw=123``.

        Args:
            type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.

        The client method builds :class:`~smsc_proto.commands.PhonesGetGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetGroupReply]``.
        """
        return self.call(_build(PhonesGetGroup, locals()))

    def phones_join_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Add a group to a contact, keeping its others (``phones.php?move_group=2``).

        Spec (line 1982): "To add a new group to a contact: ``phones.php?move_group=2&login=
        <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.
            phone: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesJoinGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesJoinGroup, locals()))

    def phones_leave_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Remove a contact from a group (``phones.php?move_group=3``).

        Spec (line 1983): "To remove a contact from a group: ``phones.php?move_group=3&login=
        <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.
            phone: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesLeaveGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesLeaveGroup, locals()))

    def phones_move_to_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Transfer a contact to another group (``phones.php?move_group=1``).

        Spec (line 1981): "To transfer a contact to a new group: ``phones.php?move_group=1&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000: several IDs
                separated by commas).
            phone: The contact's phone number: one :class:`~smsc_proto.values.Phone`.

        The client method builds :class:`~smsc_proto.commands.PhonesMoveToGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return self.call(_build(PhonesMoveToGroup, locals()))

    def ping(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        host: str | None = None,
        info: str | None = None,
        ok: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PingReply:
        """Send a notification of a task group (``ping.php``).

        Spec (line 977): ``ping.php?login=<login>&psw=<password>&id=<id>`` -- ``id`` is
        required. The texts replace macros of the task group's notification template; the
        spec gives them no syntax, so any text is accepted.

        Args:
            id: The task group's ID (line 983: 'ID of the task group (the "ID" column")'),
                1..2147483647.
            name: Line 984: "The name of the rule or server in the task. Replaces the {NAME}
                macro in the notification text."
            host: Line 985: "The address or IP of the server being checked. Replaces the
                {HOST} macro."
            info: Line 986: "Additional information about the event. Replaces the {INFO}
                macro."
            ok: Lines 987-989: ``False`` (``0``, the default) uses the task group's failure
                template, ``True`` (``1``) its recovery template.

        The client method builds :class:`~smsc_proto.commands.Ping` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PingReply``.
        """
        return self.call(_build(Ping, locals()))

    def receive_phones_buy(
        self,
        *,
        phone: Phone | str | None = None,
        noprolong: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> ReceivePhonesBuyReply:
        """Rent a dedicated number (``receive_phones.php?buy=1``).

        Spec (line 3476): "To connect a dedicated number, you need to call the address using
        the GET or POST method: ``receive_phones.php?buy=1&login=<login>&psw=<password>&
        phone=<phone>``" -- ``phone`` is required. Spec (line 3473): "... paying the cost for
        the remaining days in the current month."

        Args:
            phone: Line 3483: "Plug-in number." -- one of the numbers
                :class:`~smsc_proto.commands.ReceivePhonesGet` lists, ``[+]digits``.
            noprolong: Line 3484: "This parameter can also be specified when connecting the
                number in the buy command." ``False`` (``0``, the default, line 3485):
                "enable automatic number renewal"; ``True`` (``1``, line 3486): "disable
                automatic number renewal".

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesBuy` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``ReceivePhonesBuyReply``.
        """
        return self.call(_build(ReceivePhonesBuy, locals()))

    def receive_phones_change(
        self,
        *,
        phone: Phone | str | None = None,
        noprolong: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> ReceivePhonesChangeReply:
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

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``ReceivePhonesChangeReply``.
        """
        return self.call(_build(ReceivePhonesChange, locals()))

    def receive_phones_get(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[ReceivePhonesGetReply]:
        """List the dedicated numbers available for rent (``receive_phones.php?get=1``).

        Spec (line 3475): "To get a list of available allocated numbers, call the following
        address using the GET or POST method: ``receive_phones.php?get=1&login=<login>&
        psw=<password>``" -- no parameter besides the credentials (and ``fmt``).

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[ReceivePhonesGetReply]``.
        """
        return self.call(_build(ReceivePhonesGet, locals()))

    def rest_send(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        id: int | str | None = None,
        cost: int | None = 2,
        maxsms: int | None = None,
        imgcode: str | None = None,
        userip: str | None = None,
        err: bool | None = None,
        op: bool | None = None,
        pp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendReply:
        """:class:`~smsc_proto.commands.Send` with the parameters in a JSON body (``rest/send``).

        Spec (line 41): "To send an SMS with the transmission of parameters in json format in
        the request body, you must use the POST method to call the address:
        https://smscentre.com/rest/send/". Nothing else is documented (QUIRKS INC-66): the
        parameters and rules are those of :class:`~smsc_proto.commands.Send`, without attachments (a JSON body
        carries no files). Every field is that of :class:`~smsc_proto.commands.Send` but ``attachments``.

        The client method builds :class:`~smsc_proto.commands.RestSend` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendReply``. It asks ``cost=2`` unless told otherwise (the command's default is None).
        """
        return self.call(_build(RestSend, locals()))

    def send(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        id: int | str | None = None,
        cost: int | None = 2,
        maxsms: int | None = None,
        imgcode: str | None = None,
        userip: str | None = None,
        err: bool | None = None,
        op: bool | None = None,
        pp: int | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendReply:
        """Send a message of any kind, or ask its cost (``send.php``).

        Spec (line 39): ``send.php?login=<login>&psw=<password>&phones=<phones>&mes=<message>``;
        (line 163): "Required parameters are login, psw, phones, and mes, or login, psw and
        list." ``mes`` is not needed for ``hlr``/``ping`` (lines 85, 88), may be replaced by
        ``fileurl`` for ``call``/``viber`` (lines 467, 601) and by ``subj`` for ``mms``
        (line 412). At most one message kind (``flash``, ``bin``, ``push``, ``hlr``,
        ``ping``, ``mms``, ``mail``, ``soc``, ``viber``, ``whatsapp``, ``call``, ``bot``)
        may be set: each is documented as turning the "normal message" into its kind.

        Typed views of dependent syntaxes: :attr:`~smsc_proto.commands.Send.list_entries`, :attr:`~smsc_proto.commands.Send.binary_message`,
        :attr:`~smsc_proto.commands.Send.wap_push`, :attr:`~smsc_proto.commands.Send.ivr_menu`.

        Args:
            phones: The recipients (line 47): phones, ``G<n>`` groups (line 385), e-mail
                addresses (only with ``mail``), Telegram ``#ID`` / ``@nick`` (only with
                ``bot``).
            mes: The text, at most 1000 characters (line 49), comments after
                ``"\\n~~~\\n"`` included. Its syntax follows the message kind: a binary
                message under ``bin`` 1/2 (:func:`~smsc_proto.values.parse_binary`), link and
                title under ``push`` (:func:`~smsc_proto.values.parse_wap_push`), a voice
                menu when a voice message holds ``{menu:`` (:func:`~smsc_proto.values.parse_ivr`),
                well-formed ``{button,url,text}`` macros in a viber message. A prefix such as
                ``__CALL__: `` or ``__PING__`` (lines 683-706) picks the kind by itself.
            sender: The sender name: printable ASCII, 11 characters or 15 digits (line 52);
                with ``mail`` the sender's e-mail address (line 437).
            translit: 0, 1 or 2 (line 53).
            tinyurl: Shorten links (line 57).
            time: When to send (lines 60-66).
            tz: Hours from Moscow of ``time`` (line 67).
            period: Hours to spread the sending over, 0.1..720 (line 68).
            freq: Minutes between groups, 1..1440; only with ``period`` (line 69).
            flash: A flash SMS (line 70).
            bin: 1 or 2 for a binary SMS (line 73).
            push: A WAP push (line 80).
            hlr: An HLR request; ``mes`` is not needed (line 83).
            ping: A ping SMS; ``mes`` is not needed (line 86).
            mms: An MMS; ``mes`` or ``subj`` (line 412).
            mail: An e-mail; ``subj``, ``mes`` and ``sender`` needed (line 437).
            soc: A soc message (line 95).
            viber: A viber message; ``mes`` or ``fileurl`` (line 601).
            whatsapp: A WhatsApp message (line 101).
            bot: A Telegram message through ``@<name>bot`` (line 104).
            smsreq: Days since the last phone confirmation, 10..999; only with ``bot``
                (line 105).
            fileurl: The http(s) address of a file to send (lines 106, 467).
            call: A voice message; ``mes`` or ``fileurl`` (line 467).
            voice: The voice, only with ``call`` (line 110).
            subj: The subject, only with ``mms`` or ``mail`` (line 126).
            list: Several ``phones:mes`` lines instead of ``phones`` + ``mes``
                (lines 138-148); write it with :func:`~smsc_proto.values.format_list` and
                read it with :attr:`~smsc_proto.commands.Send.list_entries`.
            nl: The ``nl=1`` syntax of ``list`` (line 142); only with ``list``.
            valid: The message lifetime (line 149).
            param: Call parameters ``w,i,n``, only with ``call`` (line 120). Any value the
                server accepts is kept;
                :meth:`~smsc_proto.commands.Command.to_request` refuses values outside
                the operating ranges (the server would change them).
            id: The message id, 1..2147483647 or 1..40 of ``A-Z a-z 0-9 . - _`` (line 51).
            cost: 0 send, 1 cost only, 2 send and report the cost, 3 also the balance
                (line 128).
            maxsms: The most SMS parts a long text may take (line 150).
            imgcode: The captcha code; only together with ``userip`` (line 151).
            userip: The end user's IP address (line 152).
            err: Add the list of wrong numbers to the reply (line 153).
            op: Add per-number information to the reply (line 156).
            pp: A partner ID for this request (line 159).
            attachments: Files for ``mms`` (at most 20, 300 KB in all, line 412), ``mail``
                (at most 20, 10 MB each, 15 MB in all, line 433), ``call`` (at most 4 wav/mp3,
                5 MB each, line 473) or ``viber`` (1 MB each, the formats of lines 603-606).

        The client method builds :class:`~smsc_proto.commands.Send` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendReply``. It asks ``cost=2`` unless told otherwise (the command's default is None).
        """
        return self.call(_build(Send, locals()))

    def senders_add(
        self,
        *,
        sender: str | None = None,
        mts_step: bool | None = None,
        sber_step: bool | None = None,
        tele2: bool | None = None,
        motiv: bool | None = None,
        mega_step: bool | None = None,
        bee_step: bool | None = None,
        motiv_step: bool | None = None,
        winmob_step: bool | None = None,
        volnamob_step: bool | None = None,
        tele2_step: bool | None = None,
        ua_reg: bool | None = None,
        fio: str | None = None,
        inn: str | None = None,
        site: str | None = None,
        email: EmailAddress | str | None = None,
        address: str | None = None,
        desc: str | None = None,
        subj: str | None = None,
        ua_int: bool | None = None,
        by_reg: bool | None = None,
        by_fio: str | None = None,
        by_inn: str | None = None,
        by_address: str | None = None,
        by_ocup: int | None = None,
        by_type: int | None = None,
        by_mes: str | None = None,
        by_site: str | None = None,
        by_int: bool | None = None,
        cmt: str | None = None,
        mail: bool | None = None,
        name: str | None = None,
        user: str | None = None,
        doc_info: str | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersAddReply:
        """Add a sender name (``senders.php?add=1``).

        Spec (line 2608): ``senders.php?add=1&login=<login>&psw=<password>&sender=<sender>&
        cmt=<cmt>``. ``sender`` is required ("The sender name that is being created",
        line 2624). A document file for operators may travel in the body (line 2613).

        Args:
            sender: The new name: printable ASCII, 11 characters or 15 digits (line 52);
                with ``mail`` the sender's e-mail address (line 2657).
            mts_step: Register a paid name with MTS (line 2625).
            sber_step: Register a free name with Sberbank Mobile (line 2626).
            tele2: Register a name with Tele2 on the free-names tariff (line 2627).
            motiv: Register a name with MOTIV on the free-names tariff (line 2628).
            mega_step: Register a paid name with Megafon (line 2629).
            bee_step: Register a paid name with Beeline (line 2630).
            motiv_step: Register a paid name with MOTIV (line 2631).
            winmob_step: Register a paid name with Win-Mobile (line 2632).
            volnamob_step: Register a paid name with Volna mobile (line 2633).
            tele2_step: Register a paid name with Tele2 (line 2634).
            ua_reg: Register the name for Ukraine, national traffic (line 2635); needs
                ``fio``, ``inn``, ``site``, ``email``, ``address``, ``desc`` and ``subj``.
            fio: "Legal name of the organization (LLC/SPD)" (line 2637).
            inn: "EDRPOU/INN" (line 2638).
            site: "Website address or link to a social network" (line 2639; QUIRKS INC-39:
                not the ``site`` of :class:`~smsc_proto.commands.SendersSendCode`).
            email: "E-mail for communication" (line 2640).
            address: "Actual address" (line 2641).
            desc: "Description of the services provided by the sender" (line 2642).
            subj: "Subject (purpose of informing)" (line 2643).
            ua_int: Register the name for Ukraine, international traffic (line 2644); needs
                the fields of ``ua_reg``.
            by_reg: Register the name for Belarus, national traffic (line 2645); needs
                ``by_fio``, ``by_inn``, ``by_address``, ``by_ocup``, ``by_type``, ``by_mes``
                and ``by_site``.
            by_fio: "Company Name" (line 2647).
            by_inn: "UNP / INN" (line 2648).
            by_address: "Company address" (line 2649).
            by_ocup: The field of activity, 1..19 (line 2650: "Numbering from 1 to 19.").
            by_type: The type of mailing list, 1..3 (line 2651: "Numbering from 1 to 3.").
            by_mes: "Sample message" (line 2652), at most 1000 characters.
            by_site: "Site address" (line 2653).
            by_int: Register the name for Belarus, international traffic (line 2654); needs
                the fields of ``by_reg``.
            cmt: "Comment specified when creating the sender name" (line 2656).
            mail: "1 - add the sender's e-mail address" (line 2657): ``sender`` is then an
                e-mail address.
            name: "A comment related to the mail parameter (usually the name of the owner of
                the e-mail address)" (line 2658); only with ``mail=1``.
            user: As for :class:`~smsc_proto.commands.SendersGet`.
            doc_info: A description of the document file (line 2667); only with a file.
            attachments: The document file for operators (line 2613): at most one, at most
                3 MB, jpg, tif, pdf, png, zip or rar.

        The client method builds :class:`~smsc_proto.commands.SendersAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersAddReply``.
        """
        return self.call(_build(SendersAdd, locals()))

    def senders_change(
        self,
        *,
        sender: str | None = None,
        mts_step: bool | None = None,
        sber_step: bool | None = None,
        tele2: bool | None = None,
        motiv: bool | None = None,
        mega_step: bool | None = None,
        bee_step: bool | None = None,
        motiv_step: bool | None = None,
        winmob_step: bool | None = None,
        volnamob_step: bool | None = None,
        tele2_step: bool | None = None,
        ua_reg: bool | None = None,
        fio: str | None = None,
        inn: str | None = None,
        site: str | None = None,
        email: EmailAddress | str | None = None,
        address: str | None = None,
        desc: str | None = None,
        subj: str | None = None,
        ua_int: bool | None = None,
        by_reg: bool | None = None,
        by_fio: str | None = None,
        by_inn: str | None = None,
        by_address: str | None = None,
        by_ocup: int | None = None,
        by_type: int | None = None,
        by_mes: str | None = None,
        by_site: str | None = None,
        by_int: bool | None = None,
        id: int | None = None,
        cmt: str | None = None,
        user: str | None = None,
        doc_info: str | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Change a sender name (``senders.php?chg=1``).

        Spec (line 2609): "To change the sender's name: ``senders.php?chg=1&login=<login>&
        psw=<password>&sender=<sender>&cmt=<cmt>`` or ``senders.php?chg=1&login=<login>&
        psw=<password>&id=<id>&cmt=<cmt>``". The name is picked by ``sender`` or by ``id``
        (exactly one of them); ``cmt`` is in both forms and required. The operator
        registrations and the document file of :class:`~smsc_proto.commands.SendersAdd` are accepted too
        (line 2613: "When adding or changing the sender's name ...").

        Args:
            sender: The name to change: a sender name (line 52) or an e-mail sender.
            mts_step: As for :class:`~smsc_proto.commands.SendersAdd` (and likewise every operator flag and
                every Ukraine and Belarus field, with the same rules).
            id: The name's ID (line 2655), 1..2147483647.
            cmt: The comment (line 2656); ``""`` clears it.
            user: As for :class:`~smsc_proto.commands.SendersGet`.
            doc_info: As for :class:`~smsc_proto.commands.SendersAdd`.
            attachments: As for :class:`~smsc_proto.commands.SendersAdd`.

        The client method builds :class:`~smsc_proto.commands.SendersChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return self.call(_build(SendersChange, locals()))

    def senders_check_code(
        self,
        *,
        sender: str | None = None,
        code: str | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Confirm a digital sender name (``senders.php?check_code=1``).

        Spec (line 2611): "Confirmation of the sender's digital name: ``senders.php?
        check_code=1&login=<login>&psw=<password>&sender=<sender>&code=<code>``".

        Args:
            sender: As for :class:`~smsc_proto.commands.SendersSendCode`.
            code: The code received (line 2659), 1..32 ASCII letters or digits. It proves
                who owns the sender name, so ``repr`` shows it as ``'***'``.
            user: As for :class:`~smsc_proto.commands.SendersGet`.

        The client method builds :class:`~smsc_proto.commands.SendersCheckCode` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return self.call(_build(SendersCheckCode, locals()))

    def senders_delete(
        self,
        *,
        sender: str | None = None,
        id: int | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Delete a sender name (``senders.php?del=1``).

        Spec (line 2612): "To delete the sender's name: ``senders.php?del=1&login=<login>&
        psw=<password>&sender=<sender>`` or ``senders.php?del=1&login=<login>&
        psw=<password>&id=<id>``" -- ``sender`` or ``id``, exactly one of them.

        Args:
            sender: As for :class:`~smsc_proto.commands.SendersChange`.
            id: As for :class:`~smsc_proto.commands.SendersChange`.
            user: As for :class:`~smsc_proto.commands.SendersGet`.

        The client method builds :class:`~smsc_proto.commands.SendersDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return self.call(_build(SendersDelete, locals()))

    def senders_get(
        self,
        *,
        all: int | None = None,
        user: str | None = None,
        operators: bool | None = None,
        from_date: date | None = None,
        prev_id: int | None = None,
        cnt: int | None = None,
        files: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[SendersGetReply] | list[SendersGetOperatorsReply]:
        """List the sender names (``senders.php?get=1``).

        Spec (line 2607): "To get a list of senders ' names registered in your personal
        account and approved by the moderator: ``senders.php?get=1&login=<login>&
        psw=<password>``".

        Args:
            all: 0 (the default) the activated names, 1 all of them (lines 2622-2623: "0
                (default) - get a list of activated sender names. 1 - get a complete list of
                sender names.").
            user: The login of the sub-client the command applies to (line 2662: "The user
                ID of the subclient to which you apply the specified command"; QUIRKS INC-39).
            operators: Add each operator's status of the name (line 2663: "1 - add the
                status code of the sender's name from the operator to the response").
            from_date: Only names whose status with an operator changed since this date
                (line 2664: "... DD.MM.YYYY format.").
            prev_id: Only names created before the name with this ID (line 2665), an ID
                1..2147483647.
            cnt: How many names, 1..15000 (line 2666: "The maximum value is 15000.").
            files: Add the document files of each name (line 2669: "This parameter is
                relevant only for fmt=2 or fmt=3 formats."): ``True`` only with ``fmt`` 2
                or 3.

        The client method builds :class:`~smsc_proto.commands.SendersGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[SendersGetReply] | list[SendersGetOperatorsReply]``.
        """
        return self.call(_build(SendersGet, locals()))

    def senders_send_code(
        self,
        *,
        sender: str | None = None,
        site: str | None = None,
        site_name: str | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Send the confirmation code of a digital sender name (``senders.php?send_code=1``).

        Spec (line 2610): "Sending a confirmation code for the sender's digital name:
        ``senders.php?send_code=1&login=<login>&psw=<password>&sender=<sender>``".

        Args:
            sender: The digital name (a phone number), 1..15 ASCII digits (line 52).
            site: "The address of the site from which the codes will be sent to confirm the
                digital names of the senders. This parameter must have been previously added
                and activated as Sender ID." (line 2660) -- so a sender name (line 52 rules;
                QUIRKS INC-39: not the ``site`` of :class:`~smsc_proto.commands.SendersAdd`).
            site_name: "The site address specified in the text of the message with the
                confirmation code." (line 2661).
            user: As for :class:`~smsc_proto.commands.SendersGet` (example, line 2845: ``user=subalex``).

        The client method builds :class:`~smsc_proto.commands.SendersSendCode` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return self.call(_build(SendersSendCode, locals()))

    def status_delete(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        id: MessageIds | list[int | str] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> StatusDeleteReply:
        """Delete a message sent before (``status.php?del=1``).

        Spec (line 1875): ``status.php?del=1&login=<login>&psw=<password>&phone=<phone>&
        id=<sms_id>``; (line 1876): "The description of the parameters passed to the Server
        ... is similar to the one given for the status request function." -- so ``phone`` and
        ``id`` take the single and multiple forms of :class:`~smsc_proto.commands.StatusQuery`. ``all`` is not
        taken (it shapes a status reply; the deletion replies "OK", lines 1878-1887).

        Args:
            phone: As for :class:`~smsc_proto.commands.StatusQuery`.
            id: As for :class:`~smsc_proto.commands.StatusQuery`.

        The client method builds :class:`~smsc_proto.commands.StatusDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``StatusDeleteReply``.
        """
        return self.call(_build(StatusDelete, locals()))

    def status_query(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        id: MessageIds | list[int | str] | None = None,
        all: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> StatusRecord | list[StatusRecord]:
        """Ask for the delivery status of one or several messages (``status.php``).

        Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&
        id=<sms_id>``. Spec (line 1414): "phone A phone number or a comma-separated list of
        numbers when requesting the statuses of multiple SMS messages. ... the numbers in the
        list must be listed in the order corresponding to the message IDs. To preserve the
        format of a multiple request, when requesting the status of a single message, enter a
        comma after the phone number. This description is also suitable for e-mail
        messages." Spec (line 1415): "id Message ID or a comma-separated list of IDs ... To
        preserve the format of a multiple request when requesting the status of a single
        message, specify a comma after the message ID."

        The single form: ``id`` is one id and ``phone`` one recipient without a trailing
        comma. The multiple form: ``id`` is a tuple of ids and ``phone`` as many recipients
        in the same order; with one id (a 1-tuple) both travel with a trailing comma.

        Args:
            phone: The recipients (phone numbers, e-mail addresses, or Telegram recipients of
                messages sent to them); a group code ``G<n>`` is refused.
            id: One message id (an int 1..2147483647 or a client string id, line 51), or a
                tuple of them for the multiple form.
            all: Lines 1421-1423: 0 (the default) the usual status, 1 full information about
                the message, 2 also the subscriber's country, operator and region.

        The client method builds :class:`~smsc_proto.commands.StatusQuery` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``StatusRecord | list[StatusRecord]``.
        """
        return self.call(_build(StatusQuery, locals()))

    def templates_add(
        self,
        *,
        name: str | None = None,
        msg: str | None = None,
        format: str | None = None,
        sender: str | None = None,
        fl: Mapping[int, bool] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesAddReply:
        """Create a message template (``templates.php?add=1``).

        Spec (line 712): ``templates.php?add=1&login=<login>&psw=<password>&name=<name>&
        msg=<msg>`` -- ``name`` and ``msg`` are required.

        Args:
            name: The template's name (line 721: "Template Name."), one line.
            msg: The text of the message (line 722), not empty.
            format: The message format, ``""`` (the documented "not specified"), ``sms``,
                ``flash``, ``bin``, ``push``, ``mms``, ``call``, ``mail`` or ``viber``
                (lines 723-732).
            sender: The sender ID (line 733), one line. The spec ties it to no format, so the
                sender rules of send.php (line 52) are not applied.
            fl: ``{1: True}`` uses the template for auto-signing (line 734: "fl[1] Use for
                auto-signing"; line 832: "Setting the first bit of the flag (fl[1]=1) assigns
                the use of the template for auto-signing"); ``{1: False}`` sends ``fl[1]=0``.
                Only index 1 is documented.

        The client method builds :class:`~smsc_proto.commands.TemplatesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesAddReply``.
        """
        return self.call(_build(TemplatesAdd, locals()))

    def templates_change(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        msg: str | None = None,
        format: str | None = None,
        sender: str | None = None,
        fl: Mapping[int, bool] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesOkReply:
        """Change a message template (``templates.php?chg=1``).

        Spec (line 713): ``templates.php?chg=1&login=<login>&psw=<password>&id=<id>``. The
        spec does not say which parameters a change takes; the script's table (lines 719-734)
        is accepted, each of them optional.

        Args:
            id: The template's ID (line 828: "the template ID assigned by the system
                automatically"), 1..2147483647.
            name: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            msg: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            format: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            sender: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            fl: As for :class:`~smsc_proto.commands.TemplatesAdd`; ``{1: False}`` clears auto-signing.

        The client method builds :class:`~smsc_proto.commands.TemplatesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesOkReply``.
        """
        return self.call(_build(TemplatesChange, locals()))

    def templates_delete(
        self,
        *,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesOkReply:
        """Delete a message template (``templates.php?del=1``).

        Spec (line 714): ``templates.php?del=1&login=<login>&psw=<password>&id=<id>``.

        Args:
            id: As for :class:`~smsc_proto.commands.TemplatesChange`.

        The client method builds :class:`~smsc_proto.commands.TemplatesDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesOkReply``.
        """
        return self.call(_build(TemplatesDelete, locals()))

    def templates_get(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[TemplatesGetReply]:
        """List the message templates (``templates.php?get=1``).

        Spec (line 715): ``templates.php?get=1&login=<login>&psw=<password>`` -- no other
        parameter than ``fmt`` (whose values the replies of lines 794-826 imply, INC-68).

        The client method builds :class:`~smsc_proto.commands.TemplatesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[TemplatesGetReply]``.
        """
        return self.call(_build(TemplatesGet, locals()))

    def tinyurls_get(
        self,
        *,
        link: str | None = None,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TinyurlsGetReply:
        """Read the click counters of a short link (``tinyurls.php?get=1``).

        Spec (line 3382): ``tinyurls.php?get=1&login=<login>&psw=<password>&link=<link>``;
        (line 3383): "or ``tinyurls.php?get=1&login=<login>&psw=<password>&id=<id>``" --
        the link is named by its original address or by its ID: exactly one of ``link`` and
        ``id`` is required (two alternative URL templates; which would win when both are
        sent is not documented, so both together are refused).

        Args:
            link: Line 3389: "Original full Link." Any non-empty text without line breaks,
                kept as sent (the example of line 3467 is ``mywebsite.ru``, without a
                scheme). Line 3392: special characters "must be encoded using the
                urlencode function" -- the wire layer does that.
            id: Line 3390: "ID of the short link. Assigned automatically when created.",
                1..2147483647.

        The client method builds :class:`~smsc_proto.commands.TinyurlsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TinyurlsGetReply``.
        """
        return self.call(_build(TinyurlsGet, locals()))

    def users_add(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        type: int | None = None,
        email: EmailAddress | str | None = None,
        fl: Mapping[int, bool] | None = None,
        email2: EmailAddress | str | None = None,
        phone: Phone | str | None = None,
        phone2: Phone | str | None = None,
        fio: str | None = None,
        props: str | None = None,
        cntr: str | None = None,
        tariff: int | None = None,
        mintrf: int | None = None,
        curr: int | None = None,
        tz: int | None = None,
        sender: str | None = None,
        sender2: str | None = None,
        fl2: Mapping[int, bool] | None = None,
        nb: Decimal | int | str | None = None,
        ktm: int | None = None,
        fmts: PhoneCodeFilter | None = None,
        notes: str | None = None,
        fl3: Mapping[int, bool] | None = None,
        ph: PhoneList | str | Sequence[str | Recipient] | None = None,
        dlim: int | None = None,
        plim: int | None = None,
        tlim: int | None = None,
        ilim: int | None = None,
        tmlim: SendAtHours | None = None,
        vld: int | None = None,
        answ: str | None = None,
        answ_call: str | None = None,
        url: str | None = None,
        mfl: Mapping[int, bool] | None = None,
        mph: PhoneList | str | Sequence[str | Recipient] | None = None,
        mh1: int | None = None,
        mh2: int | None = None,
        mlen: int | None = None,
        site_id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersAddReply:
        """Create a sub-client (``users.php?add=1``).

        Spec (line 2267): "Create a subclient: ``users.php?add=1&login=<login>&psw=<password>
        &user=<user>&password=<password2>``" -- ``user`` and ``password`` are required.

        Args:
            user: The new sub-client's login (line 2282: "Login subclient."), one line.
            password: Its password (line 2284: "The length must be at least 8 characters,
                and 3 of the conditions must be met: letters, numbers, different case,
                symbols"): at least 8 characters; the composition rule is left to the server
                (see the Decisions). Hidden from ``repr``.
            type: The account type 0..4 (lines 2289-2294: "0 (default) - independent tariff
                and balance. 1 – main account tariff, independent balance. 2 – tariff and
                balance of the main account. 3 – main account balance, independent pricing
                plan. 4 – additional login of the main account.").
            email: The primary e-mail address (line 2295).
            fl: The ``fl[n]`` flags, index -> bool; the indices of :class:`~smsc_proto.commands.UsersFl` only.
            email2: The "Alternative email address for sending incoming SMS" (line 2297).
            phone: The "Main phone number" (line 2298).
            phone2: The "Alternative phone number for sending incoming SMS" (line 2300).
            fio: "Initials (last name, first name, patronymic) or company name" (line 2311),
                one line.
            props: "The "Other details" field of the sub-client" (line 2312).
            cntr: "Contract." (line 2313), one line.
            tariff: The tariff plan 0..8 (lines 2314-2318: "0 (default) - 1 tariff ... 8 – 9
                tariff").
            mintrf: "The minimum fare" (line 2319), a tariff plan number 0..8 like ``tariff``.
            curr: The currency 1..5 (lines 2320-2325: "1 – russian rouble; 2 – uS dollar
                (USD); 3 – euro; 4 – ukraine hryvnia; 5 – kazakhstan tenge").
            tz: The time zone 0..24 (lines 2326-2331: "0 – GMT-12 ... 12 – GMT+00 ... 24 –
                GMT+12"; not send.php's ``tz``, QUIRKS INC-69).
            sender: The "Default Sender name (Sender ID)" (line 2332), by the sender rule of
                line 52 (11 characters or 15 digits).
            sender2: The "Sender's Backup name" (line 2333), by the same rule.
            fl2: The ``fl2[n]`` flags; the indices of :class:`~smsc_proto.commands.UsersFl2` only.
            nb: "Balance for notifications" (line 2339), 0..999999999.99.
            ktm: Days to keep sent messages (line 2340), 0..2147483647.
            fmts: "A list of phone codes that you can send messages to" (line 2341), e.g.
                ``7,-77``.
            notes: "Comments the main account. Not available for the subclient." (line 2342).
            fl3: The ``fl3[n]`` flags; the index of :class:`~smsc_proto.commands.UsersFl3` only.
            ph: "A comma-separated list of phone numbers or group numbers for sending SMS
                messages" (line 2350): phones and ``G<n>`` groups.
            dlim: "The total SMS limit per day" (line 2357), 0..2147483647.
            plim: "The limit for one number" per day (line 2358), 0..2147483647.
            tlim: "The limit on the number and text" per day (line 2359), 0..2147483647.
            ilim: "The limit per IP address" per day (line 2360), 0..2147483647.
            tmlim: "The time range in hours h1-h2 in which messages are allowed to be sent"
                (line 2361), a :class:`~smsc_proto.values.SendAtHours`.
            vld: "The maximum delivery time of messages to temporarily unavailable subscribers
                (min.)" (line 2364), 1..1440 (send.php's ``valid`` reaches 24:00, line 149).
            answ: "Auto-reply to incoming SMS messages" (line 2366), at most 1000 characters.
            answ_call: "Auto-reply to incoming calls" (line 2367), at most 1000 characters.
            url: The sub-client's status / incoming-SMS handler, "http address (URL) of the
                script" (line 2370), ``http://`` or ``https://``.
            mfl: The e-mail2sms ``mfl[n]`` flags; the indices of :class:`~smsc_proto.commands.UsersMfl` only.
            mph: "Comma-separated list of phone numbers to which messages will be sent"
                (line 2381), phones only.
            mh1: The first hour, 0..23, of the e-mail2sms window (line 2388).
            mh2: Its last hour, 1..24 (line 2389), after ``mh1``.
            mlen: Where an e-mail is cut (line 2390): 13..1000 characters, or 1..11 SMS
                (12 is refused).
            site_id: "The site ID that will own the created subclient" (line 2287),
                1..2147483647.

        The client method builds :class:`~smsc_proto.commands.UsersAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersAddReply``.
        """
        return self.call(_build(UsersAdd, locals()))

    def users_change(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        type: int | None = None,
        email: EmailAddress | str | None = None,
        fl: Mapping[int, bool] | None = None,
        email2: EmailAddress | str | None = None,
        phone: Phone | str | None = None,
        phone2: Phone | str | None = None,
        fio: str | None = None,
        props: str | None = None,
        cntr: str | None = None,
        tariff: int | None = None,
        mintrf: int | None = None,
        curr: int | None = None,
        tz: int | None = None,
        sender: str | None = None,
        sender2: str | None = None,
        fl2: Mapping[int, bool] | None = None,
        nb: Decimal | int | str | None = None,
        ktm: int | None = None,
        fmts: PhoneCodeFilter | None = None,
        notes: str | None = None,
        fl3: Mapping[int, bool] | None = None,
        ph: PhoneList | str | Sequence[str | Recipient] | None = None,
        dlim: int | None = None,
        plim: int | None = None,
        tlim: int | None = None,
        ilim: int | None = None,
        tmlim: SendAtHours | None = None,
        vld: int | None = None,
        answ: str | None = None,
        answ_call: str | None = None,
        url: str | None = None,
        mfl: Mapping[int, bool] | None = None,
        mph: PhoneList | str | Sequence[str | Recipient] | None = None,
        mh1: int | None = None,
        mh2: int | None = None,
        mlen: int | None = None,
        pswc: str | None = None,
        new_login: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersOkReply:
        """Change a sub-client's settings (``users.php?chg=1``).

        Spec (line 2268): "Change the settings of the subclient: ``users.php?chg=1&login=
        <login>&psw=<password>&user=<user>&fio=<fio>``" -- ``user`` names the sub-client;
        every setting of :class:`~smsc_proto.commands.UsersAdd` is optional (the example of line 2548 changes
        ``password``, ``new_login``, ``type`` and ``fmts``). Empty free-text settings
        (``fio=``, ``notes=``...) are sent as such: they clear the field.

        Args:
            user: The sub-client's current login (line 2282).
            password: Its new password (line 2284: "The new password of the sub-client"), as
                for :class:`~smsc_proto.commands.UsersAdd`.
            pswc: "Current password subclient." (line 2283), at least 8 characters, hidden
                from ``repr``.
            new_login: "New login subclient when you change." (line 2288), one line.

        The settings ``type`` .. ``mlen`` are those of :class:`~smsc_proto.commands.UsersAdd`.

        The client method builds :class:`~smsc_proto.commands.UsersChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersOkReply``.
        """
        return self.call(_build(UsersChange, locals()))

    def users_get_stat(
        self,
        *,
        user: str | None = None,
        balance2: bool | None = None,
        start: date | None = None,
        end: date | None = None,
        user_id: int | None = None,
        reseller: bool | None = None,
        hide_deleted: bool | None = None,
        mycur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[UsersGetStatReply]:
        """Statistics of sub-clients (``users.php?get_stat=1``).

        Spec (lines 2270-2272): ``get_stat=1&...&start=<date1>&end=<date2>`` with
        ``reseller=1`` ("sub-clients c independent balance"), ``user=<sub_login>`` or
        ``user_id=<id>`` ("one subclient"). The examples (lines 2551, 2554) omit ``start``
        and name no ``reseller`` (QUIRKS INC-59): nothing is required; one sub-client is
        named by ``user`` or ``user_id``, not both.

        Args:
            user: One sub-client by login (line 2271).
            balance2: Statistics of the SMS sent from the electronic balance (line 2286;
                example line 2551).
            start: "The start date in the period for which statistics are requested. Format:
                'dd.mm.yyyy'." (line 2301).
            end: "The end date in the period. If omitted, data from the start date is
                returned." (line 2302); not before ``start``.
            user_id: One sub-client by the ID "assigned automatically by the server when
                creating" (line 2303), 1..2147483647.
            reseller: ``False``/absent: "sub-clients using the balance of the main account";
                ``True``: "the subclient with independent balance" (lines 2304-2306).
            hide_deleted: ``True`` hides "the statistics on the remote subclient" (lines
                2307-2309).
            mycur: Statistics "in the currency of the main account" (line 2310).

        The client method builds :class:`~smsc_proto.commands.UsersGetStat` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[UsersGetStatReply]``.
        """
        return self.call(_build(UsersGetStat, locals()))

    def users_get_stat_all(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        reseller: bool | None = None,
        hide_deleted: bool | None = None,
        mycur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[UsersGetStatAllReply]:
        """Detailed statistics of sub-clients (``users.php?get_stat_all=1``).

        Spec (line 2273): "Get detailed statistics on the subclient with independent balance:
        ``users.php?get_stat_all=1&login=<login>&psw=<password>&start=<date1>&end=<date2>
        &reseller=1``" -- the only form documented, with no example: ``start`` and
        ``reseller`` are required (``reseller=0`` is the table's "sub-clients using the
        balance of the main account", lines 2304-2305).

        Args:
            start: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2301).
            end: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2302).
            reseller: As for :class:`~smsc_proto.commands.UsersGetStat` (lines 2304-2306).
            hide_deleted: As for :class:`~smsc_proto.commands.UsersGetStat` (lines 2307-2309).
            mycur: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2310).

        The client method builds :class:`~smsc_proto.commands.UsersGetStatAll` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[UsersGetStatAllReply]``.
        """
        return self.call(_build(UsersGetStatAll, locals()))

    def users_pay(
        self,
        *,
        user: str | None = None,
        sum: Decimal | int | str | None = None,
        balance2: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersOkReply:
        """Change a sub-client's balance (``users.php?pay=1``).

        Spec (line 2269): "The change in the balance subclient: ``users.php?pay=1&login=
        <login>&psw=<password>&user=<user>&sum=<sum>``" -- ``user`` and ``sum`` are required.

        Args:
            user: The sub-client's login (line 2282).
            sum: "The amount transferred to the client from the main account in the currency
                of the main account" (line 2285), at most two decimals, not 0. A negative
                amount takes money back ("The change in the balance", line 2269):
                -999999999.99..999999999.99.
            balance2: Use the electronic balance (line 2286: "Flag that sets the possibility
                of using the electronic balance for deposits, debits"; error 7 asks for it).

        The client method builds :class:`~smsc_proto.commands.UsersPay` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersOkReply``.
        """
        return self.call(_build(UsersPay, locals()))

    def wait_call(
        self,
        *,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> WaitCallReply:
        """Ask for the number a subscriber must call to confirm theirs (``wait_call.php``).

        Spec (line 3767): ``wait_call.php?login=<login>&psw=<password>&phone=<phone>`` --
        ``phone`` is required. Spec (line 3830): the reply's number is "the phone number to
        which the subscriber must make a call within 15 minutes to confirm their phone
        number."

        Args:
            phone: Line 3773: "The phone number of the subscriber from which the
                confirmation call will be made." -- one number, ``[+]digits``.

        The client method builds :class:`~smsc_proto.commands.WaitCall` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``WaitCallReply``.
        """
        return self.call(_build(WaitCall, locals()))


class AsyncCommands:
    """One method per command, each a call of the awaitable ``call(command)``."""

    if TYPE_CHECKING:

        async def call(self, command: Command[R]) -> R: ...

    async def balance(
        self,
        *,
        cur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> BalanceReply:
        """Ask for the account balance (``balance.php``).

        Spec (line 1901): "cur - Add the Client's currency name to the response." The values
        0/1 are implied by the response section ("When cur = 0", "With cur = 1").

        Args:
            cur: Add the currency (and the credit, when non-zero) to the reply.

        The client method builds :class:`~smsc_proto.commands.Balance` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``BalanceReply``.
        """
        return await self.call(_build(Balance, locals()))

    async def documents_add_account(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        sum: Decimal | int | str | None = None,
        service: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsAddAccountReply:
        """Create an invoice for a sub-client (``documents.php?add_account=1``).

        Spec (line 2563): "To create a new account for a subclient ...
        ``documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>``
        or: ``...&user_id=<user_id>&sum=<sum>``" -- ``sum`` and one of ``user`` /
        ``user_id`` are required. The reply is multipart: JSON, then the invoice PDF.

        Args:
            user: "The username of the sub-client to create or upload an invoice for"
                (line 2571), one line.
            user_id: The sub-client's ID (line 2572), 1..2147483647.
            sum: "The amount to create an account for in the Client's currency" (line
                2573): 0.01..999999999.99, at most two decimals.
            service: "Name of the service specified when creating the invoice" (line
                2574), one line.

        The client method builds :class:`~smsc_proto.commands.DocumentsAddAccount` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsAddAccountReply``.
        """
        return await self.call(_build(DocumentsAddAccount, locals()))

    async def documents_get_account(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsFileReply:
        """Download a sub-client's invoice (``documents.php?get_account=1``).

        Spec (line 2564): "To upload an existing account subclient ...
        ``documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>`` or:
        ``...&user_id=<user_id>&id=<id>``" -- ``id`` and one of ``user`` / ``user_id``
        are required. The reply is the invoice PDF.

        Args:
            user: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            user_id: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            id: "ID of the requested invoice or act" (line 2575), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.DocumentsGetAccount` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsFileReply``.
        """
        return await self.call(_build(DocumentsGetAccount, locals()))

    async def documents_get_act(
        self,
        *,
        user: str | None = None,
        user_id: int | None = None,
        id: int | None = None,
        num: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> DocumentsFileReply:
        """Download a sub-client's act (``documents.php?get_act=1``).

        Spec (line 2565): "To upload an existing sub-client report ...
        ``get_act=1&...&user=<user>&id=<id>``, ``...&user_id=<user_id>&id=<id>`` or:
        ``...&user=<user>&num=<num>``, ``...&user_id=<user_id>&num=<num>``" -- one of
        ``user`` / ``user_id`` and one of ``id`` / ``num``. The reply is the act PDF.

        Args:
            user: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            user_id: As for :class:`~smsc_proto.commands.DocumentsAddAccount`.
            id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
            num: "Number of the requested act" (line 2576), one line (an act number may
                carry letters or dashes; it is kept as sent).

        The client method builds :class:`~smsc_proto.commands.DocumentsGetAct` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``DocumentsFileReply``.
        """
        return await self.call(_build(DocumentsGetAct, locals()))

    async def get_answers(
        self,
        *,
        cnt: int | None = None,
        hour: int | None = None,
        after_id: int | None = None,
        to_phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetAnswersReply]:
        """Read the incoming messages (``get.php?get_answers=1``).

        Spec (line 3003): "To get a list of incoming messages, call the address using the
        GET or POST method: ``get.php?get_answers=1&login=<login>&psw=<password>``". Every
        parameter is optional.

        Args:
            cnt: How many messages, 1..10000 (line 3009: "The maximum value is 10000.").
            hour: The period in hours, 1..168 (line 3010: "Maximum number of hours - 168 (7
                days).").
            after_id: Only messages after the one with this ID, which is left out
                (line 3011), 1..2**63-1.
            to_phone: The Client's number that received the messages (line 3012), one phone
                number.

        The client method builds :class:`~smsc_proto.commands.GetAnswers` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetAnswersReply]``.
        """
        return await self.call(_build(GetAnswers, locals()))

    async def get_messages(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        email: PhoneList | str | Sequence[str | Recipient] | None = None,
        format: int | None = None,
        cnt: int | None = None,
        prev_id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetMessagesReply]:
        """Read the history of sent messages (``get.php?get_messages=1``).

        Spec (line 2857): "To get a list of sent SMS messages, you need to call the address
        using the GET or POST method: ``get.php?get_messages=1&login=<login>&
        psw=<password>``". Every parameter is optional.

        Args:
            start: The first day (line 2863: "The start date in the period for which the
                history is requested. Format: 'dd. mm. yyyy'. The maximum period for which it
                is possible to request the history of sent messages is six months.").
            end: The last day (line 2864: "The end date in the period. If omitted, data from
                the start date is returned."); only with ``start``, not before it, and at
                most six months after it.
            phone: The phone numbers whose SMS history is asked (line 2865: "A number or a
                comma-separated list of phone numbers"); phone numbers only, not with
                ``format=8``.
            email: The addresses whose e-mail history is asked (line 2866: "An e-mail
                address or a comma-separated list of addresses"); e-mail addresses only,
                only with ``format=8``.
            format: 0 (the default) SMS, 8 e-mail messages (lines 2867-2869).
            cnt: How many messages, 1..1000 (line 2870: "The maximum value is 1000.").
            prev_id: Messages sent before the one with this global ID (line 2871: "the
                int_id parameter in the Server response"), 1..2**63-1.

        The client method builds :class:`~smsc_proto.commands.GetMessages` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetMessagesReply]``.
        """
        return await self.call(_build(GetMessages, locals()))

    async def get_price(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> GetPriceReply:
        """Read the Client's tariffs (``get.php?get_price=1``).

        Spec (line 3183): "To get the list of tariffs for the specified Client, call the GET
        or POST address method: ``get.php?get_price=1&login=<login>&psw=<password>``" -- no
        other parameter than ``fmt`` (whose values the replies of lines 3216-3273 imply,
        INC-68).

        The client method builds :class:`~smsc_proto.commands.GetPrice` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``GetPriceReply``.
        """
        return await self.call(_build(GetPrice, locals()))

    async def get_stat(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        mycur: bool | None = None,
        balance2: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[GetStatReply]:
        """Read the statistics of sent messages (``get.php?get_stat=1``).

        Spec (line 3098): "To get the statistics of sent messages, you need to call the
        address by the GET or POST method: ``get.php?get_stat=1&login=<login>&
        psw=<password>&start=<date1>&end=<date2>``". ``start`` is required (the period
        starts there); ``end`` may be omitted (line 3105).

        Args:
            start: The first day (line 3104: "The start date in the period for which
                statistics are requested. Format: 'dd.mm.yyyy'.").
            end: The last day (line 3105: "If omitted, data from the start date is
                returned."), not before ``start``.
            mycur: "Flag that allows you to display statistics in the current currency of
                the Client." (line 3106).
            balance2: "Flag that allows you to get statistics on sent messages paid with an
                electronic balance." (line 3107).

        The client method builds :class:`~smsc_proto.commands.GetStat` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[GetStatReply]``.
        """
        return await self.call(_build(GetStat, locals()))

    async def info_get_operator(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> InfoGetOperatorReply | list[InfoGetOperatorReply]:
        """Ask for the operator of one or several subscribers (``info.php?get_operator=1``).

        Spec (line 3297): ``info.php?get_operator=1&login=<login>&psw=<password>&
        phone=<phone>``. Spec (line 3303): "phone The subscriber's phone number or a
        comma-separated list of numbers." Spec (line 3332): "... a list of strings for
        multiple requests." -- ``phone`` is required.

        Args:
            phone: The subscribers' phone numbers (one or more, with or without ``+``). Group
                codes, e-mail addresses and Telegram recipients are refused: an operator
                belongs to a phone number. A trailing comma is refused too: line 3303 shows
                no such form (status.php's "multiple request" comma, line 1414, is not
                documented here).

        The client method builds :class:`~smsc_proto.commands.InfoGetOperator` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``InfoGetOperatorReply | list[InfoGetOperatorReply]``.
        """
        return await self.call(_build(InfoGetOperator, locals()))

    async def jobs_add(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        name: str | None = None,
        sender2: str | None = None,
        mes2: str | None = None,
        rpt: int | None = None,
        rptn: int | None = None,
        tpl: int | None = None,
        cost: int | None = None,
        fl: Mapping[int, bool] | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsAddReply:
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

        The client method builds :class:`~smsc_proto.commands.JobsAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsAddReply``.
        """
        return await self.call(_build(JobsAdd, locals()))

    async def jobs_cancel(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsOkReply:
        """Disable a mailing list that waits to be sent (``jobs.php?cancel=1``).

        Spec (line 1039): ``jobs.php?cancel=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: As for :class:`~smsc_proto.commands.JobsDelete`.
            mail: As for :class:`~smsc_proto.commands.JobsDelete`.

        The client method builds :class:`~smsc_proto.commands.JobsCancel` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsOkReply``.
        """
        return await self.call(_build(JobsCancel, locals()))

    async def jobs_delete(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsOkReply:
        """Delete a mailing list (``jobs.php?del=1``).

        Spec (line 1037): ``jobs.php?del=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: The mailing list's ID (line 1171), a number or a client string id as for
                send.php (line 1361: "the distribution ID sent by the Client or assigned by
                the Server").
            mail: 1 for an e-mail mailing list (line 1044: "to work with e-mail newsletters,
                you must pass the additional parameter mail=1 in the request").

        The client method builds :class:`~smsc_proto.commands.JobsDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsOkReply``.
        """
        return await self.call(_build(JobsDelete, locals()))

    async def jobs_get(
        self,
        *,
        id: int | str | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> JobsGetReply:
        """Read one mailing list (``jobs.php?get=1``).

        Spec (line 1041): ``jobs.php?get=1&login=<login>&psw=<password>&id=<id>``;
        (line 1176): "Required parameters are login, psw, and id."

        Args:
            id: As for :class:`~smsc_proto.commands.JobsDelete`.
            mail: As for :class:`~smsc_proto.commands.JobsDelete` (line 1260: "when mail=1, the "phones"
                parameter is replaced with "emails"").

        The client method builds :class:`~smsc_proto.commands.JobsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``JobsGetReply``.
        """
        return await self.call(_build(JobsGet, locals()))

    async def jobs_get_all(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        mail: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[JobsGetAllReply]:
        """Read the mailing lists (``jobs.php?get_all=1``).

        Spec (line 1043): ``jobs.php?get_all=1&login=<login>&psw=<password>`` -- no ``id``,
        although line 1176 names it as required for "deleting, disabling, or receiving"
        (QUIRKS INC-14): the URL template wins and ``id`` is not taken.

        Args:
            start: The first date (line 1173: "If this parameter is omitted, it returns the
                mailing list for the last 2 months, but no more than 10. ... Format:
                'dd.mm.yyyy'.").
            end: The last date (line 1174), not before ``start``.
            mail: As for :class:`~smsc_proto.commands.JobsDelete`.

        The client method builds :class:`~smsc_proto.commands.JobsGetAll` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[JobsGetAllReply]``.
        """
        return await self.call(_build(JobsGetAll, locals()))

    async def mails_add(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Create an e-mail contact (``mails.php?add=1``).

        Spec (line 2003): "mail A list of e-mail addresses separated by any separator (the
        add command) ... The request format is similar to the format for phones.php." -- the
        phones.php template (line 1977) with ``mail`` for ``phone``:
        ``mails.php?add=1&login=<login>&psw=<password>&mail=<mail>&name=<name>``.

        Args:
            name: The contact's name (line 1999), one line, not empty.
            grp: The IDs of the contact's groups (line 2000), a non-empty tuple of
                1..2147483647.
            mail: The contact's addresses (line 2003); e-mail addresses only.
            lnm: Surname (line 2006).
            fnm: First name (line 2007 prints "ID.": QUIRKS INC-28).
            mnm: Middle name (line 2008).
            bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
            myid: "The contact ID assigned by the Client." (line 2013).
            cmt: "Commentary." (line 2014).
            tags: "Tags (tags)." (line 2015).
            pho: Other addresses (line 2016: "Other phone numbers. According to these
                numbers, SMS messages are not sent out."; line 2151: "For e-mail addresses
                are replaced with <mail_other>"): phone numbers or e-mail addresses.

        As in :class:`~smsc_proto.commands.PhonesAdd`, the free-text fields are one line each and may be empty.

        The client method builds :class:`~smsc_proto.commands.MailsAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return await self.call(_build(MailsAdd, locals()))

    async def mails_add_black(
        self,
        *,
        mail: EmailAddress | str | None = None,
        cmt: str | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Add an e-mail address to the blacklist (``mails.php?add_black=1``).

        Spec (line 2003): "... or an e-mail address (the move_group , add_black commands)";
        the phones.php template of line 1988 with ``mail`` for ``phone``.

        Args:
            mail: The address: one :class:`~smsc_proto.values.EmailAddress`.
            cmt: A comment (line 2014), one line.
            type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
                messages.

        The client method builds :class:`~smsc_proto.commands.MailsAddBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return await self.call(_build(MailsAddBlack, locals()))

    async def mails_add_group(
        self,
        *,
        name: str | None = None,
        num: int | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsAddReply:
        """Create a contact group (``mails.php?add_group=1``).

        Spec (line 1978, phones.php): "To create a new group: ``...?add_group=1&login=
        <login>&psw=<password>&name=<name>``".

        Args:
            name: The group's name (line 1999), one line, not empty.
            num: The group's mailing number (line 2001), 1..2147483647.
            type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
                addresses. The spec does not tie a value to mails.php: both are accepted.

        The client method builds :class:`~smsc_proto.commands.MailsAddGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsAddReply``.
        """
        return await self.call(_build(MailsAddGroup, locals()))

    async def mails_change(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        new_mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Change an e-mail contact (``mails.php?chg=1``).

        Spec (line 2005): "new_mail New list of e-mail addresses separated by any separator
        (CHG Command)." -- the phones.php template (line 1979) with ``mail``/``new_mail``:
        ``mails.php?chg=1&login=<login>&psw=<password>&mail=<mail>&new_mail=<new_mail>``.
        As for :class:`~smsc_proto.commands.PhonesChange` (QUIRKS INC-58), ``mail`` finds the contact and at least
        one of ``new_mail`` and the contact fields changes.

        Args:
            name: As for :class:`~smsc_proto.commands.MailsAdd`.
            grp: As for :class:`~smsc_proto.commands.MailsAdd`.
            mail: The contact's addresses, e-mail addresses only (required).
            new_mail: The new addresses (line 2005); e-mail addresses only.
            lnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            fnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            mnm: As for :class:`~smsc_proto.commands.MailsAdd`.
            bd: As for :class:`~smsc_proto.commands.MailsAdd`.
            myid: As for :class:`~smsc_proto.commands.MailsAdd`.
            cmt: As for :class:`~smsc_proto.commands.MailsAdd`.
            tags: As for :class:`~smsc_proto.commands.MailsAdd`.
            pho: As for :class:`~smsc_proto.commands.MailsAdd`.

        The client method builds :class:`~smsc_proto.commands.MailsChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsChange, locals()))

    async def mails_change_group(
        self,
        *,
        name: str | None = None,
        grp: int | None = None,
        num: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Rename a contact group or change its number (``mails.php?chg_group=1``).

        Spec (line 1980, phones.php): "To change the group name: ``...?chg_group=1&login=
        <login>&psw=<password>&grp=<group_id>&name=<name>``".

        Args:
            name: The group's new name, one line, not empty.
            grp: The group's ID (one), 1..2147483647.
            num: The group's new mailing number, 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.MailsChangeGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsChangeGroup, locals()))

    async def mails_delete(
        self,
        *,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Delete an e-mail contact (``mails.php?del=1``).

        Spec (line 1984, phones.php): "To delete a contact: ``...?del=1&login=<login>&psw=
        <password>&phone=<phone>``", with ``mail`` for ``phone`` (line 2003).

        Args:
            mail: The contact's addresses, e-mail addresses only (a list is accepted, as for
                :class:`~smsc_proto.commands.PhonesDelete`).

        The client method builds :class:`~smsc_proto.commands.MailsDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsDelete, locals()))

    async def mails_delete_black(
        self,
        *,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Remove e-mail addresses from the blacklist (``mails.php?del_black=1``).

        Spec (line 1989, phones.php): "To remove an entry from the blacklist:
        ``...?del_black=1&login=<login>&psw=<password>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            mail: The addresses, e-mail addresses only (a list is accepted, as for
                :class:`~smsc_proto.commands.PhonesDeleteBlack`).

        The client method builds :class:`~smsc_proto.commands.MailsDeleteBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsDeleteBlack, locals()))

    async def mails_delete_group(
        self,
        *,
        grp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Delete a contact group (``mails.php?del_group=1``).

        Spec (line 1985, phones.php): "To delete a group: ``...?del_group=1&login=<login>&
        psw=<password>&grp=<group_id>``".

        Args:
            grp: The group's ID (one), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.MailsDeleteGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsDeleteGroup, locals()))

    async def mails_get(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: PhoneList | str | Sequence[str | Recipient] | None = None,
        fio: str | None = None,
        search: str | None = None,
        after_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetReply]:
        """List e-mail contacts (``mails.php?get=1``).

        Spec (line 1986, phones.php): "To display a list of contacts: ``...?get=1&login=
        <login>&psw=<password>``"; the filters of :class:`~smsc_proto.commands.PhonesGet`, with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: Only contacts of these groups (line 2000).
            mail: Only contacts with these addresses, e-mail addresses only.
            fio: Full-name filter (line 2009), one line.
            search: Name or address filter (line 2010), one line.
            after_id: The contact ``int_id`` to continue after (line 2011): 1..2**63-1, only
                with ``fmt=3``.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.MailsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetReply]``.
        """
        return await self.call(_build(MailsGet, locals()))

    async def mails_get_black(
        self,
        *,
        prev_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetBlackReply]:
        """List the e-mail blacklist (``mails.php?get_black=1``).

        Spec (line 1990, phones.php): "To get the elements of the "black" list:
        ``...?get_black=1&login=<login>&psw=<password>``"; (line 2219): the reply carries
        "<email>" "when requesting an e-mail blacklist".

        Args:
            prev_id: The global ID of a blacklist item; items added before it are listed
                (line 2024), 1..2**63-1.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.MailsGetBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetBlackReply]``.
        """
        return await self.call(_build(MailsGetBlack, locals()))

    async def mails_get_group(
        self,
        *,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[MailsGetGroupReply]:
        """List the contact groups (``mails.php?get_group=1``).

        Spec (line 1987, phones.php): "To display a list of groups: ``...?get_group=1&login=
        <login>&psw=<password>``".

        Args:
            type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.

        The client method builds :class:`~smsc_proto.commands.MailsGetGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[MailsGetGroupReply]``.
        """
        return await self.call(_build(MailsGetGroup, locals()))

    async def mails_join_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Add a group to an e-mail contact (``mails.php?move_group=2``).

        Spec (line 1982, phones.php): "To add a new group to a contact: ``...?move_group=2&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.
            mail: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.MailsJoinGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsJoinGroup, locals()))

    async def mails_leave_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Remove an e-mail contact from a group (``mails.php?move_group=3``).

        Spec (line 1983, phones.php): "To remove a contact from a group: ``...?move_group=3&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``", with ``mail`` for
        ``phone`` (line 2003).

        Args:
            grp: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.
            mail: As for :class:`~smsc_proto.commands.MailsMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.MailsLeaveGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsLeaveGroup, locals()))

    async def mails_move_to_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        mail: EmailAddress | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailsOkReply:
        """Transfer an e-mail contact to another group (``mails.php?move_group=1``).

        Spec (line 1981, phones.php): "To transfer a contact to a new group:
        ``...?move_group=1&login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``",
        with ``mail`` for ``phone`` (line 2003).

        Args:
            grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000).
            mail: The contact's address: one :class:`~smsc_proto.values.EmailAddress`.

        The client method builds :class:`~smsc_proto.commands.MailsMoveToGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``MailsOkReply``.
        """
        return await self.call(_build(MailsMoveToGroup, locals()))

    async def op_templates_add(
        self,
        *,
        sender: str | None = None,
        msg: str | None = None,
        mts_srv: bool | None = None,
        mts_auth: bool | None = None,
        mts_trn: bool | None = None,
        mega_srv: bool | None = None,
        mega_auth: bool | None = None,
        mega_trn: bool | None = None,
        mega_adv: bool | None = None,
        bee_srv: bool | None = None,
        bee_trn: bool | None = None,
        tele2_srv: bool | None = None,
        tele2_trn: bool | None = None,
        motiv_srv: bool | None = None,
        motiv_trn: bool | None = None,
        soc: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[OpTemplatesAddReply]:
        """Create an operator template (``op_templates.php?add=1``).

        Spec (line 841): the URL template sets every operator flag to 1 ("To create a
        template (for all operators)"). Each flag is optional and 0/1.

        Args:
            sender: The sender name the template is for (line 848): printable ASCII, at most
                11 characters or 15 digits (send.php's rule, line 52).
            msg: The template text (line 849), not empty.
            mts_srv: MTS, service messages (line 851).
            mts_auth: MTS, authorization messages (line 852).
            mts_trn: MTS, transactional messages (line 853).
            mega_srv: Megafon, service (information) messages (line 855).
            mega_auth: Megafon, authorization messages (line 856).
            mega_trn: Megafon, transactional messages (line 857).
            mega_adv: Megafon, advertising template messages (line 854).
            bee_srv: Beeline, service messages (line 858).
            bee_trn: Beeline, transactional messages (line 859).
            tele2_srv: Tele2, service messages (line 860).
            tele2_trn: Tele2, transactional messages (line 861).
            motiv_srv: MOTIV, service messages (line 862).
            motiv_trn: MOTIV, transactional messages (line 863).
            soc: Social-network (Odnoklassniki, VKontakte, Mail.Ru Agent) messages (line 864).

        The client method builds :class:`~smsc_proto.commands.OpTemplatesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[OpTemplatesAddReply]``.
        """
        return await self.call(_build(OpTemplatesAdd, locals()))

    async def op_templates_get(
        self,
        *,
        sender: str | None = None,
        msg: str | None = None,
        mts_srv: bool | None = None,
        mts_auth: bool | None = None,
        mts_trn: bool | None = None,
        mega_srv: bool | None = None,
        mega_auth: bool | None = None,
        mega_trn: bool | None = None,
        mega_adv: bool | None = None,
        bee_srv: bool | None = None,
        bee_trn: bool | None = None,
        tele2_srv: bool | None = None,
        tele2_trn: bool | None = None,
        motiv_srv: bool | None = None,
        motiv_trn: bool | None = None,
        soc: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[OpTemplatesGetReply]:
        """Read the registration status of an operator template (``op_templates.php?get=1``).

        Spec (line 842): ``op_templates.php?get=1&login=<login>&psw=<password>&sender=
        <sender>&msg=<msg>`` -- "To get information about the template (for all operators)".
        The spec does not say whether the operator flags narrow the answer; the script's
        table (lines 846-864) is accepted, so they are optional here too.

        Args:
            sender: As for :class:`~smsc_proto.commands.OpTemplatesAdd`.
            msg: As for :class:`~smsc_proto.commands.OpTemplatesAdd`.
            mts_srv: As for :class:`~smsc_proto.commands.OpTemplatesAdd` (and likewise every operator flag).

        The client method builds :class:`~smsc_proto.commands.OpTemplatesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[OpTemplatesGetReply]``.
        """
        return await self.call(_build(OpTemplatesGet, locals()))

    async def phones_add(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Create a contact (``phones.php?add=1``).

        Spec (line 1977): "To create a contact: ``phones.php?add=1&login=<login>&psw=
        <password>&phone=<phone>&name=<name>``"; example (line 2229): ``add=1&login=alex&
        psw=123&phone=79999999999&name=Contact&grp=321``. The optional parameters are the
        contact fields of the table (lines 1999-2016); the spec ties none of them to a
        command, so all of them are accepted.

        Args:
            name: The contact's name (line 1999: "Contact or group name."), one line.
            grp: The IDs of the groups the contact belongs to (line 2000: "You can link a
                contact to several groups at once by specifying their IDs separated by
                commas"), a non-empty tuple of 1..2147483647.
            phone: The contact's numbers (line 2002: "List of phone numbers separated by any
                separator (add command)"); phone numbers only.
            lnm: Surname (line 2006).
            fnm: First name (line 2007 prints "ID.", a mistranslation: QUIRKS INC-28).
            mnm: Middle name (line 2008).
            bd: Date of birth (line 2012: "in the format dd.mm.yyyy").
            myid: "The contact ID assigned by the Client." (line 2013).
            cmt: "Commentary." (line 2014).
            tags: "Tags (tags)." (line 2015).
            pho: "Other phone numbers. According to these numbers, SMS messages are not sent
                out." (line 2016); phone numbers only.

        The free-text fields are one line each (a reply lists one contact per line) and may
        be empty.

        The client method builds :class:`~smsc_proto.commands.PhonesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return await self.call(_build(PhonesAdd, locals()))

    async def phones_add_black(
        self,
        *,
        phone: Phone | str | None = None,
        cmt: str | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Add a phone number to the blacklist (``phones.php?add_black=1``).

        Spec (line 1988): "To add an entry to the blacklist: ``phones.php?add_black=1&login=
        <login>&psw=<password>&phone=<phone>``"; example (line 2256): ``add_black=1&login=
        alex&psw=123&phone=79999999999&type=1`` ("with blocking only mass mailings").

        Args:
            phone: The number (line 2002: "or phone number (the move_group, add_black
                commands)"): one :class:`~smsc_proto.values.Phone`.
            cmt: A comment (line 2014; the blacklist reply has a ``<comment>``, line 2221),
                one line.
            type: The lock type (lines 2017-2020): 0 all messages, 1 mass mailings, 2 single
                messages (QUIRKS INC-69: the group ``type`` is another one).

        The client method builds :class:`~smsc_proto.commands.PhonesAddBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return await self.call(_build(PhonesAddBlack, locals()))

    async def phones_add_group(
        self,
        *,
        name: str | None = None,
        num: int | None = None,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesAddReply:
        """Create a contact group (``phones.php?add_group=1``).

        Spec (line 1978): "To create a new group: ``phones.php?add_group=1&login=<login>&
        psw=<password>&name=<name>``"; example (line 2232): ``add_group=1&login=alex&
        psw=123&name=Group``.

        Args:
            name: The group's name (line 1999), one line, not empty.
            num: "The number of the group for sending messages." (line 2001): the ``<n>`` of
                the ``G<n>`` recipient code, 1..2147483647.
            type: The group type (lines 2021-2023): 0 for phone numbers, 1 for e-mail
                addresses (QUIRKS INC-69: add_black's ``type`` is another one).

        The client method builds :class:`~smsc_proto.commands.PhonesAddGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesAddReply``.
        """
        return await self.call(_build(PhonesAddGroup, locals()))

    async def phones_change(
        self,
        *,
        name: str | None = None,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        new_phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        lnm: str | None = None,
        fnm: str | None = None,
        mnm: str | None = None,
        bd: date | None = None,
        myid: str | None = None,
        cmt: str | None = None,
        tags: str | None = None,
        pho: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Change a contact (``phones.php?chg=1``).

        Spec (line 1979): "To change the phone number in a contact: ``phones.php?chg=1&
        login=<login>&psw=<password>&phone=<phone>&new_phone=<new_phone>``"; example (line
        2235): "Changing the name of the contact with the phone number "79999999999" to the
        new name " Contact1"": ``chg=1&login=alex&psw=123&phone=79999999999&name=Contact1``
        -- no ``new_phone`` (QUIRKS INC-58). ``phone`` finds the contact; ``new_phone`` and
        the contact fields of :class:`~smsc_proto.commands.PhonesAdd` are what changes, at least one of them.

        Args:
            name: The new name, as for :class:`~smsc_proto.commands.PhonesAdd`.
            grp: The new groups, as for :class:`~smsc_proto.commands.PhonesAdd`.
            phone: The contact's numbers, phone numbers only (required).
            new_phone: "A new list of phone numbers separated by any separator (CHG
                Command)." (line 2004); phone numbers only.
            lnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            fnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            mnm: As for :class:`~smsc_proto.commands.PhonesAdd`.
            bd: As for :class:`~smsc_proto.commands.PhonesAdd`.
            myid: As for :class:`~smsc_proto.commands.PhonesAdd`.
            cmt: As for :class:`~smsc_proto.commands.PhonesAdd`.
            tags: As for :class:`~smsc_proto.commands.PhonesAdd`.
            pho: As for :class:`~smsc_proto.commands.PhonesAdd`.

        The client method builds :class:`~smsc_proto.commands.PhonesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesChange, locals()))

    async def phones_change_group(
        self,
        *,
        name: str | None = None,
        grp: int | None = None,
        num: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Rename a contact group or change its number (``phones.php?chg_group=1``).

        Spec (line 1980): "To change the group name: ``phones.php?chg_group=1&login=<login>&
        psw=<password>&grp=<group_id>&name=<name>``"; example (line 2238): ``chg_group=1&
        login=alex&psw=123&grp=321&name=Group1``.

        Args:
            name: The group's new name, one line, not empty.
            grp: The group's ID (one: the group that changes), 1..2147483647.
            num: The group's new mailing number, as for :class:`~smsc_proto.commands.PhonesAddGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesChangeGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesChangeGroup, locals()))

    async def phones_delete(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Delete a contact (``phones.php?del=1``).

        Spec (line 1984): "To delete a contact: ``phones.php?del=1&login=<login>&psw=
        <password>&phone=<phone>``"; example (line 2241): ``del=1&login=alex&psw=123&
        phone=79999999999``.

        Args:
            phone: The contact's numbers, phone numbers only. Line 2002 requires a single
                number for move_group and add_black only, so a list is accepted here.

        The client method builds :class:`~smsc_proto.commands.PhonesDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesDelete, locals()))

    async def phones_delete_black(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Remove phone numbers from the blacklist (``phones.php?del_black=1``).

        Spec (line 1989): "To remove an entry from the blacklist: ``phones.php?del_black=1&
        login=<login>&psw=<password>&phone=<phone>``"; example (line 2259): ``del_black=1&
        login=alex&psw=123&phone=79999999999``.

        Args:
            phone: The numbers, phone numbers only. Line 2002 requires a single number for
                move_group and add_black only, so a list is accepted here.

        The client method builds :class:`~smsc_proto.commands.PhonesDeleteBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesDeleteBlack, locals()))

    async def phones_delete_group(
        self,
        *,
        grp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Delete a contact group (``phones.php?del_group=1``).

        Spec (line 1985): "To delete a group: ``phones.php?del_group=1&login=<login>&psw=
        <password>&grp=<group_id>``"; example (line 2244): ``del_group=1&login=alex&psw=123&
        grp=321``.

        Args:
            grp: The group's ID (one), 1..2147483647.

        The client method builds :class:`~smsc_proto.commands.PhonesDeleteGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesDeleteGroup, locals()))

    async def phones_get(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        fio: str | None = None,
        search: str | None = None,
        after_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetReply]:
        """List contacts (``phones.php?get=1``).

        Spec (line 1986): "To display a list of contacts: ``phones.php?get=1&login=<login>&
        psw=<password>``"; examples (line 2247): ``get=1&login=alex&psw=123&grp=321`` ("a list
        of contacts belonging to a group with ID = 321") and (line 2250) ``...&phone=
        79999999999`` ("contact data with the phone number"). Every filter is optional.

        Args:
            grp: Only contacts of these groups, as for :class:`~smsc_proto.commands.PhonesAdd`.
            phone: Only contacts with these numbers, phone numbers only.
            fio: "Contact's FULL NAME. This parameter is used in the get command to get a
                list of contacts by any of the initials (last name, first name, and / or
                patronymic)." (line 2009), one line.
            search: "Selecting contacts for the get command by contact name and / or phone
                number." (line 2010), one line.
            after_id: "Contact ID (int_id), starting from which to return the contact list
                (get command, fmt=3 format)" (line 2011): 1..2**63-1, and only with ``fmt=3``.
            cnt: The most records returned (line 2025: "The maximum value is 1000."), 1..1000.

        The client method builds :class:`~smsc_proto.commands.PhonesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetReply]``.
        """
        return await self.call(_build(PhonesGet, locals()))

    async def phones_get_black(
        self,
        *,
        prev_id: int | None = None,
        cnt: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetBlackReply]:
        """List the blacklist (``phones.php?get_black=1``).

        Spec (line 1990): "To get the elements of the "black" list: ``phones.php?get_black=1&
        login=<login>&psw=<password>``".

        Args:
            prev_id: "The global identifier of the blacklist item ... Used in the get_black
                command to request blacklist items added earlier to this item." (line 2024),
                1..2**63-1.
            cnt: The most records returned (line 2025), 1..1000.

        The client method builds :class:`~smsc_proto.commands.PhonesGetBlack` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetBlackReply]``.
        """
        return await self.call(_build(PhonesGetBlack, locals()))

    async def phones_get_group(
        self,
        *,
        type: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[PhonesGetGroupReply]:
        """List the contact groups (``phones.php?get_group=1``).

        Spec (line 1987): "To display a list of groups: ``phones.php?get_group=1&login=
        <login>&psw=<password>``"; example (line 2253): ``get_group=1&login=alex&psw=123``.

        Args:
            type: Only groups of this type (line 2021): 0 phone numbers, 1 e-mail addresses.

        The client method builds :class:`~smsc_proto.commands.PhonesGetGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[PhonesGetGroupReply]``.
        """
        return await self.call(_build(PhonesGetGroup, locals()))

    async def phones_join_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Add a group to a contact, keeping its others (``phones.php?move_group=2``).

        Spec (line 1982): "To add a new group to a contact: ``phones.php?move_group=2&login=
        <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.
            phone: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesJoinGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesJoinGroup, locals()))

    async def phones_leave_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Remove a contact from a group (``phones.php?move_group=3``).

        Spec (line 1983): "To remove a contact from a group: ``phones.php?move_group=3&login=
        <login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.
            phone: As for :class:`~smsc_proto.commands.PhonesMoveToGroup`.

        The client method builds :class:`~smsc_proto.commands.PhonesLeaveGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesLeaveGroup, locals()))

    async def phones_move_to_group(
        self,
        *,
        grp: tuple[int, ...] | int | list[int] | None = None,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PhonesOkReply:
        """Transfer a contact to another group (``phones.php?move_group=1``).

        Spec (line 1981): "To transfer a contact to a new group: ``phones.php?move_group=1&
        login=<login>&psw=<password>&grp=<group_id>&phone=<phone>``".

        Args:
            grp: The group ID(s), a non-empty tuple of 1..2147483647 (line 2000: several IDs
                separated by commas).
            phone: The contact's phone number: one :class:`~smsc_proto.values.Phone`.

        The client method builds :class:`~smsc_proto.commands.PhonesMoveToGroup` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PhonesOkReply``.
        """
        return await self.call(_build(PhonesMoveToGroup, locals()))

    async def ping(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        host: str | None = None,
        info: str | None = None,
        ok: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> PingReply:
        """Send a notification of a task group (``ping.php``).

        Spec (line 977): ``ping.php?login=<login>&psw=<password>&id=<id>`` -- ``id`` is
        required. The texts replace macros of the task group's notification template; the
        spec gives them no syntax, so any text is accepted.

        Args:
            id: The task group's ID (line 983: 'ID of the task group (the "ID" column")'),
                1..2147483647.
            name: Line 984: "The name of the rule or server in the task. Replaces the {NAME}
                macro in the notification text."
            host: Line 985: "The address or IP of the server being checked. Replaces the
                {HOST} macro."
            info: Line 986: "Additional information about the event. Replaces the {INFO}
                macro."
            ok: Lines 987-989: ``False`` (``0``, the default) uses the task group's failure
                template, ``True`` (``1``) its recovery template.

        The client method builds :class:`~smsc_proto.commands.Ping` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``PingReply``.
        """
        return await self.call(_build(Ping, locals()))

    async def receive_phones_buy(
        self,
        *,
        phone: Phone | str | None = None,
        noprolong: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> ReceivePhonesBuyReply:
        """Rent a dedicated number (``receive_phones.php?buy=1``).

        Spec (line 3476): "To connect a dedicated number, you need to call the address using
        the GET or POST method: ``receive_phones.php?buy=1&login=<login>&psw=<password>&
        phone=<phone>``" -- ``phone`` is required. Spec (line 3473): "... paying the cost for
        the remaining days in the current month."

        Args:
            phone: Line 3483: "Plug-in number." -- one of the numbers
                :class:`~smsc_proto.commands.ReceivePhonesGet` lists, ``[+]digits``.
            noprolong: Line 3484: "This parameter can also be specified when connecting the
                number in the buy command." ``False`` (``0``, the default, line 3485):
                "enable automatic number renewal"; ``True`` (``1``, line 3486): "disable
                automatic number renewal".

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesBuy` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``ReceivePhonesBuyReply``.
        """
        return await self.call(_build(ReceivePhonesBuy, locals()))

    async def receive_phones_change(
        self,
        *,
        phone: Phone | str | None = None,
        noprolong: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> ReceivePhonesChangeReply:
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

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``ReceivePhonesChangeReply``.
        """
        return await self.call(_build(ReceivePhonesChange, locals()))

    async def receive_phones_get(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[ReceivePhonesGetReply]:
        """List the dedicated numbers available for rent (``receive_phones.php?get=1``).

        Spec (line 3475): "To get a list of available allocated numbers, call the following
        address using the GET or POST method: ``receive_phones.php?get=1&login=<login>&
        psw=<password>``" -- no parameter besides the credentials (and ``fmt``).

        The client method builds :class:`~smsc_proto.commands.ReceivePhonesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[ReceivePhonesGetReply]``.
        """
        return await self.call(_build(ReceivePhonesGet, locals()))

    async def rest_send(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        id: int | str | None = None,
        cost: int | None = 2,
        maxsms: int | None = None,
        imgcode: str | None = None,
        userip: str | None = None,
        err: bool | None = None,
        op: bool | None = None,
        pp: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendReply:
        """:class:`~smsc_proto.commands.Send` with the parameters in a JSON body (``rest/send``).

        Spec (line 41): "To send an SMS with the transmission of parameters in json format in
        the request body, you must use the POST method to call the address:
        https://smscentre.com/rest/send/". Nothing else is documented (QUIRKS INC-66): the
        parameters and rules are those of :class:`~smsc_proto.commands.Send`, without attachments (a JSON body
        carries no files). Every field is that of :class:`~smsc_proto.commands.Send` but ``attachments``.

        The client method builds :class:`~smsc_proto.commands.RestSend` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendReply``. It asks ``cost=2`` unless told otherwise (the command's default is None).
        """
        return await self.call(_build(RestSend, locals()))

    async def send(
        self,
        *,
        phones: PhoneList | str | Sequence[str | Recipient] | None = None,
        mes: str | None = None,
        sender: str | None = None,
        translit: int | None = None,
        tinyurl: bool | None = None,
        time: SendTime | datetime | timedelta | None = None,
        tz: int | None = None,
        period: Decimal | int | str | None = None,
        freq: int | None = None,
        flash: bool | None = None,
        bin: int | None = None,
        push: bool | None = None,
        hlr: bool | None = None,
        ping: bool | None = None,
        mms: bool | None = None,
        mail: bool | None = None,
        soc: bool | None = None,
        viber: bool | None = None,
        whatsapp: bool | None = None,
        bot: str | None = None,
        smsreq: int | None = None,
        fileurl: str | None = None,
        call: bool | None = None,
        voice: Voice | None = None,
        subj: str | None = None,
        list: str | None = None,
        nl: bool | None = None,
        valid: Valid | int | timedelta | None = None,
        param: CallParam | None = None,
        id: int | str | None = None,
        cost: int | None = 2,
        maxsms: int | None = None,
        imgcode: str | None = None,
        userip: str | None = None,
        err: bool | None = None,
        op: bool | None = None,
        pp: int | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendReply:
        """Send a message of any kind, or ask its cost (``send.php``).

        Spec (line 39): ``send.php?login=<login>&psw=<password>&phones=<phones>&mes=<message>``;
        (line 163): "Required parameters are login, psw, phones, and mes, or login, psw and
        list." ``mes`` is not needed for ``hlr``/``ping`` (lines 85, 88), may be replaced by
        ``fileurl`` for ``call``/``viber`` (lines 467, 601) and by ``subj`` for ``mms``
        (line 412). At most one message kind (``flash``, ``bin``, ``push``, ``hlr``,
        ``ping``, ``mms``, ``mail``, ``soc``, ``viber``, ``whatsapp``, ``call``, ``bot``)
        may be set: each is documented as turning the "normal message" into its kind.

        Typed views of dependent syntaxes: :attr:`~smsc_proto.commands.Send.list_entries`, :attr:`~smsc_proto.commands.Send.binary_message`,
        :attr:`~smsc_proto.commands.Send.wap_push`, :attr:`~smsc_proto.commands.Send.ivr_menu`.

        Args:
            phones: The recipients (line 47): phones, ``G<n>`` groups (line 385), e-mail
                addresses (only with ``mail``), Telegram ``#ID`` / ``@nick`` (only with
                ``bot``).
            mes: The text, at most 1000 characters (line 49), comments after
                ``"\\n~~~\\n"`` included. Its syntax follows the message kind: a binary
                message under ``bin`` 1/2 (:func:`~smsc_proto.values.parse_binary`), link and
                title under ``push`` (:func:`~smsc_proto.values.parse_wap_push`), a voice
                menu when a voice message holds ``{menu:`` (:func:`~smsc_proto.values.parse_ivr`),
                well-formed ``{button,url,text}`` macros in a viber message. A prefix such as
                ``__CALL__: `` or ``__PING__`` (lines 683-706) picks the kind by itself.
            sender: The sender name: printable ASCII, 11 characters or 15 digits (line 52);
                with ``mail`` the sender's e-mail address (line 437).
            translit: 0, 1 or 2 (line 53).
            tinyurl: Shorten links (line 57).
            time: When to send (lines 60-66).
            tz: Hours from Moscow of ``time`` (line 67).
            period: Hours to spread the sending over, 0.1..720 (line 68).
            freq: Minutes between groups, 1..1440; only with ``period`` (line 69).
            flash: A flash SMS (line 70).
            bin: 1 or 2 for a binary SMS (line 73).
            push: A WAP push (line 80).
            hlr: An HLR request; ``mes`` is not needed (line 83).
            ping: A ping SMS; ``mes`` is not needed (line 86).
            mms: An MMS; ``mes`` or ``subj`` (line 412).
            mail: An e-mail; ``subj``, ``mes`` and ``sender`` needed (line 437).
            soc: A soc message (line 95).
            viber: A viber message; ``mes`` or ``fileurl`` (line 601).
            whatsapp: A WhatsApp message (line 101).
            bot: A Telegram message through ``@<name>bot`` (line 104).
            smsreq: Days since the last phone confirmation, 10..999; only with ``bot``
                (line 105).
            fileurl: The http(s) address of a file to send (lines 106, 467).
            call: A voice message; ``mes`` or ``fileurl`` (line 467).
            voice: The voice, only with ``call`` (line 110).
            subj: The subject, only with ``mms`` or ``mail`` (line 126).
            list: Several ``phones:mes`` lines instead of ``phones`` + ``mes``
                (lines 138-148); write it with :func:`~smsc_proto.values.format_list` and
                read it with :attr:`~smsc_proto.commands.Send.list_entries`.
            nl: The ``nl=1`` syntax of ``list`` (line 142); only with ``list``.
            valid: The message lifetime (line 149).
            param: Call parameters ``w,i,n``, only with ``call`` (line 120). Any value the
                server accepts is kept;
                :meth:`~smsc_proto.commands.Command.to_request` refuses values outside
                the operating ranges (the server would change them).
            id: The message id, 1..2147483647 or 1..40 of ``A-Z a-z 0-9 . - _`` (line 51).
            cost: 0 send, 1 cost only, 2 send and report the cost, 3 also the balance
                (line 128).
            maxsms: The most SMS parts a long text may take (line 150).
            imgcode: The captcha code; only together with ``userip`` (line 151).
            userip: The end user's IP address (line 152).
            err: Add the list of wrong numbers to the reply (line 153).
            op: Add per-number information to the reply (line 156).
            pp: A partner ID for this request (line 159).
            attachments: Files for ``mms`` (at most 20, 300 KB in all, line 412), ``mail``
                (at most 20, 10 MB each, 15 MB in all, line 433), ``call`` (at most 4 wav/mp3,
                5 MB each, line 473) or ``viber`` (1 MB each, the formats of lines 603-606).

        The client method builds :class:`~smsc_proto.commands.Send` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendReply``. It asks ``cost=2`` unless told otherwise (the command's default is None).
        """
        return await self.call(_build(Send, locals()))

    async def senders_add(
        self,
        *,
        sender: str | None = None,
        mts_step: bool | None = None,
        sber_step: bool | None = None,
        tele2: bool | None = None,
        motiv: bool | None = None,
        mega_step: bool | None = None,
        bee_step: bool | None = None,
        motiv_step: bool | None = None,
        winmob_step: bool | None = None,
        volnamob_step: bool | None = None,
        tele2_step: bool | None = None,
        ua_reg: bool | None = None,
        fio: str | None = None,
        inn: str | None = None,
        site: str | None = None,
        email: EmailAddress | str | None = None,
        address: str | None = None,
        desc: str | None = None,
        subj: str | None = None,
        ua_int: bool | None = None,
        by_reg: bool | None = None,
        by_fio: str | None = None,
        by_inn: str | None = None,
        by_address: str | None = None,
        by_ocup: int | None = None,
        by_type: int | None = None,
        by_mes: str | None = None,
        by_site: str | None = None,
        by_int: bool | None = None,
        cmt: str | None = None,
        mail: bool | None = None,
        name: str | None = None,
        user: str | None = None,
        doc_info: str | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersAddReply:
        """Add a sender name (``senders.php?add=1``).

        Spec (line 2608): ``senders.php?add=1&login=<login>&psw=<password>&sender=<sender>&
        cmt=<cmt>``. ``sender`` is required ("The sender name that is being created",
        line 2624). A document file for operators may travel in the body (line 2613).

        Args:
            sender: The new name: printable ASCII, 11 characters or 15 digits (line 52);
                with ``mail`` the sender's e-mail address (line 2657).
            mts_step: Register a paid name with MTS (line 2625).
            sber_step: Register a free name with Sberbank Mobile (line 2626).
            tele2: Register a name with Tele2 on the free-names tariff (line 2627).
            motiv: Register a name with MOTIV on the free-names tariff (line 2628).
            mega_step: Register a paid name with Megafon (line 2629).
            bee_step: Register a paid name with Beeline (line 2630).
            motiv_step: Register a paid name with MOTIV (line 2631).
            winmob_step: Register a paid name with Win-Mobile (line 2632).
            volnamob_step: Register a paid name with Volna mobile (line 2633).
            tele2_step: Register a paid name with Tele2 (line 2634).
            ua_reg: Register the name for Ukraine, national traffic (line 2635); needs
                ``fio``, ``inn``, ``site``, ``email``, ``address``, ``desc`` and ``subj``.
            fio: "Legal name of the organization (LLC/SPD)" (line 2637).
            inn: "EDRPOU/INN" (line 2638).
            site: "Website address or link to a social network" (line 2639; QUIRKS INC-39:
                not the ``site`` of :class:`~smsc_proto.commands.SendersSendCode`).
            email: "E-mail for communication" (line 2640).
            address: "Actual address" (line 2641).
            desc: "Description of the services provided by the sender" (line 2642).
            subj: "Subject (purpose of informing)" (line 2643).
            ua_int: Register the name for Ukraine, international traffic (line 2644); needs
                the fields of ``ua_reg``.
            by_reg: Register the name for Belarus, national traffic (line 2645); needs
                ``by_fio``, ``by_inn``, ``by_address``, ``by_ocup``, ``by_type``, ``by_mes``
                and ``by_site``.
            by_fio: "Company Name" (line 2647).
            by_inn: "UNP / INN" (line 2648).
            by_address: "Company address" (line 2649).
            by_ocup: The field of activity, 1..19 (line 2650: "Numbering from 1 to 19.").
            by_type: The type of mailing list, 1..3 (line 2651: "Numbering from 1 to 3.").
            by_mes: "Sample message" (line 2652), at most 1000 characters.
            by_site: "Site address" (line 2653).
            by_int: Register the name for Belarus, international traffic (line 2654); needs
                the fields of ``by_reg``.
            cmt: "Comment specified when creating the sender name" (line 2656).
            mail: "1 - add the sender's e-mail address" (line 2657): ``sender`` is then an
                e-mail address.
            name: "A comment related to the mail parameter (usually the name of the owner of
                the e-mail address)" (line 2658); only with ``mail=1``.
            user: As for :class:`~smsc_proto.commands.SendersGet`.
            doc_info: A description of the document file (line 2667); only with a file.
            attachments: The document file for operators (line 2613): at most one, at most
                3 MB, jpg, tif, pdf, png, zip or rar.

        The client method builds :class:`~smsc_proto.commands.SendersAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersAddReply``.
        """
        return await self.call(_build(SendersAdd, locals()))

    async def senders_change(
        self,
        *,
        sender: str | None = None,
        mts_step: bool | None = None,
        sber_step: bool | None = None,
        tele2: bool | None = None,
        motiv: bool | None = None,
        mega_step: bool | None = None,
        bee_step: bool | None = None,
        motiv_step: bool | None = None,
        winmob_step: bool | None = None,
        volnamob_step: bool | None = None,
        tele2_step: bool | None = None,
        ua_reg: bool | None = None,
        fio: str | None = None,
        inn: str | None = None,
        site: str | None = None,
        email: EmailAddress | str | None = None,
        address: str | None = None,
        desc: str | None = None,
        subj: str | None = None,
        ua_int: bool | None = None,
        by_reg: bool | None = None,
        by_fio: str | None = None,
        by_inn: str | None = None,
        by_address: str | None = None,
        by_ocup: int | None = None,
        by_type: int | None = None,
        by_mes: str | None = None,
        by_site: str | None = None,
        by_int: bool | None = None,
        id: int | None = None,
        cmt: str | None = None,
        user: str | None = None,
        doc_info: str | None = None,
        attachments: tuple[Attachment, ...] = (),
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Change a sender name (``senders.php?chg=1``).

        Spec (line 2609): "To change the sender's name: ``senders.php?chg=1&login=<login>&
        psw=<password>&sender=<sender>&cmt=<cmt>`` or ``senders.php?chg=1&login=<login>&
        psw=<password>&id=<id>&cmt=<cmt>``". The name is picked by ``sender`` or by ``id``
        (exactly one of them); ``cmt`` is in both forms and required. The operator
        registrations and the document file of :class:`~smsc_proto.commands.SendersAdd` are accepted too
        (line 2613: "When adding or changing the sender's name ...").

        Args:
            sender: The name to change: a sender name (line 52) or an e-mail sender.
            mts_step: As for :class:`~smsc_proto.commands.SendersAdd` (and likewise every operator flag and
                every Ukraine and Belarus field, with the same rules).
            id: The name's ID (line 2655), 1..2147483647.
            cmt: The comment (line 2656); ``""`` clears it.
            user: As for :class:`~smsc_proto.commands.SendersGet`.
            doc_info: As for :class:`~smsc_proto.commands.SendersAdd`.
            attachments: As for :class:`~smsc_proto.commands.SendersAdd`.

        The client method builds :class:`~smsc_proto.commands.SendersChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return await self.call(_build(SendersChange, locals()))

    async def senders_check_code(
        self,
        *,
        sender: str | None = None,
        code: str | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Confirm a digital sender name (``senders.php?check_code=1``).

        Spec (line 2611): "Confirmation of the sender's digital name: ``senders.php?
        check_code=1&login=<login>&psw=<password>&sender=<sender>&code=<code>``".

        Args:
            sender: As for :class:`~smsc_proto.commands.SendersSendCode`.
            code: The code received (line 2659), 1..32 ASCII letters or digits. It proves
                who owns the sender name, so ``repr`` shows it as ``'***'``.
            user: As for :class:`~smsc_proto.commands.SendersGet`.

        The client method builds :class:`~smsc_proto.commands.SendersCheckCode` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return await self.call(_build(SendersCheckCode, locals()))

    async def senders_delete(
        self,
        *,
        sender: str | None = None,
        id: int | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Delete a sender name (``senders.php?del=1``).

        Spec (line 2612): "To delete the sender's name: ``senders.php?del=1&login=<login>&
        psw=<password>&sender=<sender>`` or ``senders.php?del=1&login=<login>&
        psw=<password>&id=<id>``" -- ``sender`` or ``id``, exactly one of them.

        Args:
            sender: As for :class:`~smsc_proto.commands.SendersChange`.
            id: As for :class:`~smsc_proto.commands.SendersChange`.
            user: As for :class:`~smsc_proto.commands.SendersGet`.

        The client method builds :class:`~smsc_proto.commands.SendersDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return await self.call(_build(SendersDelete, locals()))

    async def senders_get(
        self,
        *,
        all: int | None = None,
        user: str | None = None,
        operators: bool | None = None,
        from_date: date | None = None,
        prev_id: int | None = None,
        cnt: int | None = None,
        files: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[SendersGetReply] | list[SendersGetOperatorsReply]:
        """List the sender names (``senders.php?get=1``).

        Spec (line 2607): "To get a list of senders ' names registered in your personal
        account and approved by the moderator: ``senders.php?get=1&login=<login>&
        psw=<password>``".

        Args:
            all: 0 (the default) the activated names, 1 all of them (lines 2622-2623: "0
                (default) - get a list of activated sender names. 1 - get a complete list of
                sender names.").
            user: The login of the sub-client the command applies to (line 2662: "The user
                ID of the subclient to which you apply the specified command"; QUIRKS INC-39).
            operators: Add each operator's status of the name (line 2663: "1 - add the
                status code of the sender's name from the operator to the response").
            from_date: Only names whose status with an operator changed since this date
                (line 2664: "... DD.MM.YYYY format.").
            prev_id: Only names created before the name with this ID (line 2665), an ID
                1..2147483647.
            cnt: How many names, 1..15000 (line 2666: "The maximum value is 15000.").
            files: Add the document files of each name (line 2669: "This parameter is
                relevant only for fmt=2 or fmt=3 formats."): ``True`` only with ``fmt`` 2
                or 3.

        The client method builds :class:`~smsc_proto.commands.SendersGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[SendersGetReply] | list[SendersGetOperatorsReply]``.
        """
        return await self.call(_build(SendersGet, locals()))

    async def senders_send_code(
        self,
        *,
        sender: str | None = None,
        site: str | None = None,
        site_name: str | None = None,
        user: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> SendersOkReply:
        """Send the confirmation code of a digital sender name (``senders.php?send_code=1``).

        Spec (line 2610): "Sending a confirmation code for the sender's digital name:
        ``senders.php?send_code=1&login=<login>&psw=<password>&sender=<sender>``".

        Args:
            sender: The digital name (a phone number), 1..15 ASCII digits (line 52).
            site: "The address of the site from which the codes will be sent to confirm the
                digital names of the senders. This parameter must have been previously added
                and activated as Sender ID." (line 2660) -- so a sender name (line 52 rules;
                QUIRKS INC-39: not the ``site`` of :class:`~smsc_proto.commands.SendersAdd`).
            site_name: "The site address specified in the text of the message with the
                confirmation code." (line 2661).
            user: As for :class:`~smsc_proto.commands.SendersGet` (example, line 2845: ``user=subalex``).

        The client method builds :class:`~smsc_proto.commands.SendersSendCode` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``SendersOkReply``.
        """
        return await self.call(_build(SendersSendCode, locals()))

    async def status_delete(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        id: MessageIds | list[int | str] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> StatusDeleteReply:
        """Delete a message sent before (``status.php?del=1``).

        Spec (line 1875): ``status.php?del=1&login=<login>&psw=<password>&phone=<phone>&
        id=<sms_id>``; (line 1876): "The description of the parameters passed to the Server
        ... is similar to the one given for the status request function." -- so ``phone`` and
        ``id`` take the single and multiple forms of :class:`~smsc_proto.commands.StatusQuery`. ``all`` is not
        taken (it shapes a status reply; the deletion replies "OK", lines 1878-1887).

        Args:
            phone: As for :class:`~smsc_proto.commands.StatusQuery`.
            id: As for :class:`~smsc_proto.commands.StatusQuery`.

        The client method builds :class:`~smsc_proto.commands.StatusDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``StatusDeleteReply``.
        """
        return await self.call(_build(StatusDelete, locals()))

    async def status_query(
        self,
        *,
        phone: PhoneList | str | Sequence[str | Recipient] | None = None,
        id: MessageIds | list[int | str] | None = None,
        all: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> StatusRecord | list[StatusRecord]:
        """Ask for the delivery status of one or several messages (``status.php``).

        Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&
        id=<sms_id>``. Spec (line 1414): "phone A phone number or a comma-separated list of
        numbers when requesting the statuses of multiple SMS messages. ... the numbers in the
        list must be listed in the order corresponding to the message IDs. To preserve the
        format of a multiple request, when requesting the status of a single message, enter a
        comma after the phone number. This description is also suitable for e-mail
        messages." Spec (line 1415): "id Message ID or a comma-separated list of IDs ... To
        preserve the format of a multiple request when requesting the status of a single
        message, specify a comma after the message ID."

        The single form: ``id`` is one id and ``phone`` one recipient without a trailing
        comma. The multiple form: ``id`` is a tuple of ids and ``phone`` as many recipients
        in the same order; with one id (a 1-tuple) both travel with a trailing comma.

        Args:
            phone: The recipients (phone numbers, e-mail addresses, or Telegram recipients of
                messages sent to them); a group code ``G<n>`` is refused.
            id: One message id (an int 1..2147483647 or a client string id, line 51), or a
                tuple of them for the multiple form.
            all: Lines 1421-1423: 0 (the default) the usual status, 1 full information about
                the message, 2 also the subscriber's country, operator and region.

        The client method builds :class:`~smsc_proto.commands.StatusQuery` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``StatusRecord | list[StatusRecord]``.
        """
        return await self.call(_build(StatusQuery, locals()))

    async def templates_add(
        self,
        *,
        name: str | None = None,
        msg: str | None = None,
        format: str | None = None,
        sender: str | None = None,
        fl: Mapping[int, bool] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesAddReply:
        """Create a message template (``templates.php?add=1``).

        Spec (line 712): ``templates.php?add=1&login=<login>&psw=<password>&name=<name>&
        msg=<msg>`` -- ``name`` and ``msg`` are required.

        Args:
            name: The template's name (line 721: "Template Name."), one line.
            msg: The text of the message (line 722), not empty.
            format: The message format, ``""`` (the documented "not specified"), ``sms``,
                ``flash``, ``bin``, ``push``, ``mms``, ``call``, ``mail`` or ``viber``
                (lines 723-732).
            sender: The sender ID (line 733), one line. The spec ties it to no format, so the
                sender rules of send.php (line 52) are not applied.
            fl: ``{1: True}`` uses the template for auto-signing (line 734: "fl[1] Use for
                auto-signing"; line 832: "Setting the first bit of the flag (fl[1]=1) assigns
                the use of the template for auto-signing"); ``{1: False}`` sends ``fl[1]=0``.
                Only index 1 is documented.

        The client method builds :class:`~smsc_proto.commands.TemplatesAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesAddReply``.
        """
        return await self.call(_build(TemplatesAdd, locals()))

    async def templates_change(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        msg: str | None = None,
        format: str | None = None,
        sender: str | None = None,
        fl: Mapping[int, bool] | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesOkReply:
        """Change a message template (``templates.php?chg=1``).

        Spec (line 713): ``templates.php?chg=1&login=<login>&psw=<password>&id=<id>``. The
        spec does not say which parameters a change takes; the script's table (lines 719-734)
        is accepted, each of them optional.

        Args:
            id: The template's ID (line 828: "the template ID assigned by the system
                automatically"), 1..2147483647.
            name: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            msg: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            format: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            sender: As for :class:`~smsc_proto.commands.TemplatesAdd`.
            fl: As for :class:`~smsc_proto.commands.TemplatesAdd`; ``{1: False}`` clears auto-signing.

        The client method builds :class:`~smsc_proto.commands.TemplatesChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesOkReply``.
        """
        return await self.call(_build(TemplatesChange, locals()))

    async def templates_delete(
        self,
        *,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TemplatesOkReply:
        """Delete a message template (``templates.php?del=1``).

        Spec (line 714): ``templates.php?del=1&login=<login>&psw=<password>&id=<id>``.

        Args:
            id: As for :class:`~smsc_proto.commands.TemplatesChange`.

        The client method builds :class:`~smsc_proto.commands.TemplatesDelete` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TemplatesOkReply``.
        """
        return await self.call(_build(TemplatesDelete, locals()))

    async def templates_get(
        self,
        *,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[TemplatesGetReply]:
        """List the message templates (``templates.php?get=1``).

        Spec (line 715): ``templates.php?get=1&login=<login>&psw=<password>`` -- no other
        parameter than ``fmt`` (whose values the replies of lines 794-826 imply, INC-68).

        The client method builds :class:`~smsc_proto.commands.TemplatesGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[TemplatesGetReply]``.
        """
        return await self.call(_build(TemplatesGet, locals()))

    async def tinyurls_get(
        self,
        *,
        link: str | None = None,
        id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> TinyurlsGetReply:
        """Read the click counters of a short link (``tinyurls.php?get=1``).

        Spec (line 3382): ``tinyurls.php?get=1&login=<login>&psw=<password>&link=<link>``;
        (line 3383): "or ``tinyurls.php?get=1&login=<login>&psw=<password>&id=<id>``" --
        the link is named by its original address or by its ID: exactly one of ``link`` and
        ``id`` is required (two alternative URL templates; which would win when both are
        sent is not documented, so both together are refused).

        Args:
            link: Line 3389: "Original full Link." Any non-empty text without line breaks,
                kept as sent (the example of line 3467 is ``mywebsite.ru``, without a
                scheme). Line 3392: special characters "must be encoded using the
                urlencode function" -- the wire layer does that.
            id: Line 3390: "ID of the short link. Assigned automatically when created.",
                1..2147483647.

        The client method builds :class:`~smsc_proto.commands.TinyurlsGet` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``TinyurlsGetReply``.
        """
        return await self.call(_build(TinyurlsGet, locals()))

    async def users_add(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        type: int | None = None,
        email: EmailAddress | str | None = None,
        fl: Mapping[int, bool] | None = None,
        email2: EmailAddress | str | None = None,
        phone: Phone | str | None = None,
        phone2: Phone | str | None = None,
        fio: str | None = None,
        props: str | None = None,
        cntr: str | None = None,
        tariff: int | None = None,
        mintrf: int | None = None,
        curr: int | None = None,
        tz: int | None = None,
        sender: str | None = None,
        sender2: str | None = None,
        fl2: Mapping[int, bool] | None = None,
        nb: Decimal | int | str | None = None,
        ktm: int | None = None,
        fmts: PhoneCodeFilter | None = None,
        notes: str | None = None,
        fl3: Mapping[int, bool] | None = None,
        ph: PhoneList | str | Sequence[str | Recipient] | None = None,
        dlim: int | None = None,
        plim: int | None = None,
        tlim: int | None = None,
        ilim: int | None = None,
        tmlim: SendAtHours | None = None,
        vld: int | None = None,
        answ: str | None = None,
        answ_call: str | None = None,
        url: str | None = None,
        mfl: Mapping[int, bool] | None = None,
        mph: PhoneList | str | Sequence[str | Recipient] | None = None,
        mh1: int | None = None,
        mh2: int | None = None,
        mlen: int | None = None,
        site_id: int | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersAddReply:
        """Create a sub-client (``users.php?add=1``).

        Spec (line 2267): "Create a subclient: ``users.php?add=1&login=<login>&psw=<password>
        &user=<user>&password=<password2>``" -- ``user`` and ``password`` are required.

        Args:
            user: The new sub-client's login (line 2282: "Login subclient."), one line.
            password: Its password (line 2284: "The length must be at least 8 characters,
                and 3 of the conditions must be met: letters, numbers, different case,
                symbols"): at least 8 characters; the composition rule is left to the server
                (see the Decisions). Hidden from ``repr``.
            type: The account type 0..4 (lines 2289-2294: "0 (default) - independent tariff
                and balance. 1 – main account tariff, independent balance. 2 – tariff and
                balance of the main account. 3 – main account balance, independent pricing
                plan. 4 – additional login of the main account.").
            email: The primary e-mail address (line 2295).
            fl: The ``fl[n]`` flags, index -> bool; the indices of :class:`~smsc_proto.commands.UsersFl` only.
            email2: The "Alternative email address for sending incoming SMS" (line 2297).
            phone: The "Main phone number" (line 2298).
            phone2: The "Alternative phone number for sending incoming SMS" (line 2300).
            fio: "Initials (last name, first name, patronymic) or company name" (line 2311),
                one line.
            props: "The "Other details" field of the sub-client" (line 2312).
            cntr: "Contract." (line 2313), one line.
            tariff: The tariff plan 0..8 (lines 2314-2318: "0 (default) - 1 tariff ... 8 – 9
                tariff").
            mintrf: "The minimum fare" (line 2319), a tariff plan number 0..8 like ``tariff``.
            curr: The currency 1..5 (lines 2320-2325: "1 – russian rouble; 2 – uS dollar
                (USD); 3 – euro; 4 – ukraine hryvnia; 5 – kazakhstan tenge").
            tz: The time zone 0..24 (lines 2326-2331: "0 – GMT-12 ... 12 – GMT+00 ... 24 –
                GMT+12"; not send.php's ``tz``, QUIRKS INC-69).
            sender: The "Default Sender name (Sender ID)" (line 2332), by the sender rule of
                line 52 (11 characters or 15 digits).
            sender2: The "Sender's Backup name" (line 2333), by the same rule.
            fl2: The ``fl2[n]`` flags; the indices of :class:`~smsc_proto.commands.UsersFl2` only.
            nb: "Balance for notifications" (line 2339), 0..999999999.99.
            ktm: Days to keep sent messages (line 2340), 0..2147483647.
            fmts: "A list of phone codes that you can send messages to" (line 2341), e.g.
                ``7,-77``.
            notes: "Comments the main account. Not available for the subclient." (line 2342).
            fl3: The ``fl3[n]`` flags; the index of :class:`~smsc_proto.commands.UsersFl3` only.
            ph: "A comma-separated list of phone numbers or group numbers for sending SMS
                messages" (line 2350): phones and ``G<n>`` groups.
            dlim: "The total SMS limit per day" (line 2357), 0..2147483647.
            plim: "The limit for one number" per day (line 2358), 0..2147483647.
            tlim: "The limit on the number and text" per day (line 2359), 0..2147483647.
            ilim: "The limit per IP address" per day (line 2360), 0..2147483647.
            tmlim: "The time range in hours h1-h2 in which messages are allowed to be sent"
                (line 2361), a :class:`~smsc_proto.values.SendAtHours`.
            vld: "The maximum delivery time of messages to temporarily unavailable subscribers
                (min.)" (line 2364), 1..1440 (send.php's ``valid`` reaches 24:00, line 149).
            answ: "Auto-reply to incoming SMS messages" (line 2366), at most 1000 characters.
            answ_call: "Auto-reply to incoming calls" (line 2367), at most 1000 characters.
            url: The sub-client's status / incoming-SMS handler, "http address (URL) of the
                script" (line 2370), ``http://`` or ``https://``.
            mfl: The e-mail2sms ``mfl[n]`` flags; the indices of :class:`~smsc_proto.commands.UsersMfl` only.
            mph: "Comma-separated list of phone numbers to which messages will be sent"
                (line 2381), phones only.
            mh1: The first hour, 0..23, of the e-mail2sms window (line 2388).
            mh2: Its last hour, 1..24 (line 2389), after ``mh1``.
            mlen: Where an e-mail is cut (line 2390): 13..1000 characters, or 1..11 SMS
                (12 is refused).
            site_id: "The site ID that will own the created subclient" (line 2287),
                1..2147483647.

        The client method builds :class:`~smsc_proto.commands.UsersAdd` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersAddReply``.
        """
        return await self.call(_build(UsersAdd, locals()))

    async def users_change(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        type: int | None = None,
        email: EmailAddress | str | None = None,
        fl: Mapping[int, bool] | None = None,
        email2: EmailAddress | str | None = None,
        phone: Phone | str | None = None,
        phone2: Phone | str | None = None,
        fio: str | None = None,
        props: str | None = None,
        cntr: str | None = None,
        tariff: int | None = None,
        mintrf: int | None = None,
        curr: int | None = None,
        tz: int | None = None,
        sender: str | None = None,
        sender2: str | None = None,
        fl2: Mapping[int, bool] | None = None,
        nb: Decimal | int | str | None = None,
        ktm: int | None = None,
        fmts: PhoneCodeFilter | None = None,
        notes: str | None = None,
        fl3: Mapping[int, bool] | None = None,
        ph: PhoneList | str | Sequence[str | Recipient] | None = None,
        dlim: int | None = None,
        plim: int | None = None,
        tlim: int | None = None,
        ilim: int | None = None,
        tmlim: SendAtHours | None = None,
        vld: int | None = None,
        answ: str | None = None,
        answ_call: str | None = None,
        url: str | None = None,
        mfl: Mapping[int, bool] | None = None,
        mph: PhoneList | str | Sequence[str | Recipient] | None = None,
        mh1: int | None = None,
        mh2: int | None = None,
        mlen: int | None = None,
        pswc: str | None = None,
        new_login: str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersOkReply:
        """Change a sub-client's settings (``users.php?chg=1``).

        Spec (line 2268): "Change the settings of the subclient: ``users.php?chg=1&login=
        <login>&psw=<password>&user=<user>&fio=<fio>``" -- ``user`` names the sub-client;
        every setting of :class:`~smsc_proto.commands.UsersAdd` is optional (the example of line 2548 changes
        ``password``, ``new_login``, ``type`` and ``fmts``). Empty free-text settings
        (``fio=``, ``notes=``...) are sent as such: they clear the field.

        Args:
            user: The sub-client's current login (line 2282).
            password: Its new password (line 2284: "The new password of the sub-client"), as
                for :class:`~smsc_proto.commands.UsersAdd`.
            pswc: "Current password subclient." (line 2283), at least 8 characters, hidden
                from ``repr``.
            new_login: "New login subclient when you change." (line 2288), one line.

        The settings ``type`` .. ``mlen`` are those of :class:`~smsc_proto.commands.UsersAdd`.

        The client method builds :class:`~smsc_proto.commands.UsersChange` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersOkReply``.
        """
        return await self.call(_build(UsersChange, locals()))

    async def users_get_stat(
        self,
        *,
        user: str | None = None,
        balance2: bool | None = None,
        start: date | None = None,
        end: date | None = None,
        user_id: int | None = None,
        reseller: bool | None = None,
        hide_deleted: bool | None = None,
        mycur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[UsersGetStatReply]:
        """Statistics of sub-clients (``users.php?get_stat=1``).

        Spec (lines 2270-2272): ``get_stat=1&...&start=<date1>&end=<date2>`` with
        ``reseller=1`` ("sub-clients c independent balance"), ``user=<sub_login>`` or
        ``user_id=<id>`` ("one subclient"). The examples (lines 2551, 2554) omit ``start``
        and name no ``reseller`` (QUIRKS INC-59): nothing is required; one sub-client is
        named by ``user`` or ``user_id``, not both.

        Args:
            user: One sub-client by login (line 2271).
            balance2: Statistics of the SMS sent from the electronic balance (line 2286;
                example line 2551).
            start: "The start date in the period for which statistics are requested. Format:
                'dd.mm.yyyy'." (line 2301).
            end: "The end date in the period. If omitted, data from the start date is
                returned." (line 2302); not before ``start``.
            user_id: One sub-client by the ID "assigned automatically by the server when
                creating" (line 2303), 1..2147483647.
            reseller: ``False``/absent: "sub-clients using the balance of the main account";
                ``True``: "the subclient with independent balance" (lines 2304-2306).
            hide_deleted: ``True`` hides "the statistics on the remote subclient" (lines
                2307-2309).
            mycur: Statistics "in the currency of the main account" (line 2310).

        The client method builds :class:`~smsc_proto.commands.UsersGetStat` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[UsersGetStatReply]``.
        """
        return await self.call(_build(UsersGetStat, locals()))

    async def users_get_stat_all(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        reseller: bool | None = None,
        hide_deleted: bool | None = None,
        mycur: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> list[UsersGetStatAllReply]:
        """Detailed statistics of sub-clients (``users.php?get_stat_all=1``).

        Spec (line 2273): "Get detailed statistics on the subclient with independent balance:
        ``users.php?get_stat_all=1&login=<login>&psw=<password>&start=<date1>&end=<date2>
        &reseller=1``" -- the only form documented, with no example: ``start`` and
        ``reseller`` are required (``reseller=0`` is the table's "sub-clients using the
        balance of the main account", lines 2304-2305).

        Args:
            start: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2301).
            end: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2302).
            reseller: As for :class:`~smsc_proto.commands.UsersGetStat` (lines 2304-2306).
            hide_deleted: As for :class:`~smsc_proto.commands.UsersGetStat` (lines 2307-2309).
            mycur: As for :class:`~smsc_proto.commands.UsersGetStat` (line 2310).

        The client method builds :class:`~smsc_proto.commands.UsersGetStatAll` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``list[UsersGetStatAllReply]``.
        """
        return await self.call(_build(UsersGetStatAll, locals()))

    async def users_pay(
        self,
        *,
        user: str | None = None,
        sum: Decimal | int | str | None = None,
        balance2: bool | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> UsersOkReply:
        """Change a sub-client's balance (``users.php?pay=1``).

        Spec (line 2269): "The change in the balance subclient: ``users.php?pay=1&login=
        <login>&psw=<password>&user=<user>&sum=<sum>``" -- ``user`` and ``sum`` are required.

        Args:
            user: The sub-client's login (line 2282).
            sum: "The amount transferred to the client from the main account in the currency
                of the main account" (line 2285), at most two decimals, not 0. A negative
                amount takes money back ("The change in the balance", line 2269):
                -999999999.99..999999999.99.
            balance2: Use the electronic balance (line 2286: "Flag that sets the possibility
                of using the electronic balance for deposits, debits"; error 7 asks for it).

        The client method builds :class:`~smsc_proto.commands.UsersPay` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``UsersOkReply``.
        """
        return await self.call(_build(UsersPay, locals()))

    async def wait_call(
        self,
        *,
        phone: Phone | str | None = None,
        fmt: int | None = None,
        charset: str | None = None,
        credentials: Credentials | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> WaitCallReply:
        """Ask for the number a subscriber must call to confirm theirs (``wait_call.php``).

        Spec (line 3767): ``wait_call.php?login=<login>&psw=<password>&phone=<phone>`` --
        ``phone`` is required. Spec (line 3830): the reply's number is "the phone number to
        which the subscriber must make a call within 15 minutes to confirm their phone
        number."

        Args:
            phone: Line 3773: "The phone number of the subscriber from which the
                confirmation call will be made." -- one number, ``[+]digits``.

        The client method builds :class:`~smsc_proto.commands.WaitCall` from its arguments (``fmt``, ``charset``, ``credentials`` and ``extra`` are every command's, :class:`~smsc_proto.commands.Command`) and returns ``call(command)``'s result, a ``WaitCallReply``.
        """
        return await self.call(_build(WaitCall, locals()))
