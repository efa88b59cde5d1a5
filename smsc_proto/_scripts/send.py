"""send.php and rest/send: send a message of any kind, or ask what it costs (private).

Spec (line 39): "To send an SMS, you need to call the GET or POST address method:
https://smscentre.com/sys/send.php?login=<login>&psw=<password>&phones=<phones>&mes=<message>"

Spec (line 40): "To get the SMS cost ... send.php?...&mes=<message>&cost=1"

Spec (line 41): "To send an SMS with the transmission of parameters in json format in the
request body, you must use the POST method to call the address:
https://smscentre.com/rest/send/"

The message fields are declared once, in the private base :class:`_MessageFields`, and
shared by :class:`Send`, :class:`RestSend` and ``jobs.php``'s ``JobsAdd`` (the jobs.php
table, lines 1047-1162, repeats the send.php table).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, TypeVar

from .._call_kind import CallKind
from .._charsets import DEFAULT_CHARSET
from .._coerce import (
    PHONE_LIST_INPUT,
    as_decimal,
    as_message_id,
    as_phone_list,
    as_send_time,
    as_valid,
)
from .._command import (
    Codec,
    Command,
    Flag,
    Int,
    IntChoice,
    ReplyT,
    Syntax,
    Text,
    param,
    register,
)
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import (
    Field,
    Shape,
    Template,
    XmlForm,
    digits,
    error_table,
    integer,
    message_id,
    money,
    records,
    responds,
)
from .._secrets import MASK, is_secret_param
from .._util import short
from .._wire import REST_SEND, Attachment, Request, is_bin1
from ..values import (
    MAX_MESSAGE_CHARS,
    BinaryMessage,
    CallParam,
    EmailAddress,
    IvrMenu,
    ListEntry,
    MessagePrefix,
    Phone,
    PhoneList,
    Recipient,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendNow,
    TelegramId,
    TelegramNick,
    Valid,
    Voice,
    WapPush,
    format_call_param,
    format_freq,
    format_message_id,
    format_period,
    format_phone_list,
    format_send_time,
    format_tz,
    format_valid,
    format_voice,
    parse_binary,
    parse_call_param,
    parse_freq,
    parse_ivr,
    parse_list,
    parse_message_id,
    parse_message_macros,
    parse_period,
    parse_phone_list,
    parse_prefixed_message,
    parse_send_time,
    parse_tz,
    parse_valid,
    parse_voice,
    parse_wap_push,
)

__all__ = ["RestSend", "Send", "SendPhone", "SendReply"]
__replies__ = ["SendPhone", "SendReply"]

_M = TypeVar("_M", bound="_MessageFields")

_INT32_MAX: Final = 2_147_483_647
_KB: Final = 1024
_MB: Final = 1024 * 1024

#: Longest sender name and longest all-digit sender. Spec (line 52): "Length – 11
#: characters or 15 digits."
_SENDER_NAME_MAX: Final = 11
_SENDER_DIGITS_MAX: Final = 15


# -- codecs of this script -------------------------------------------------------------


class _Pattern(Codec[str]):
    """Text matching a regular expression (no nested quantifiers), kept as sent."""

    def __init__(self, pattern: str, rule: str) -> None:
        self._re = re.compile(pattern)
        self._rule = rule

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str) or self._re.fullmatch(value) is None:
            raise LocalProtocolError(f"{name}: {self._rule}, got {self._shown(name, value)}")
        return value

    def parse(self, name: str, text: str) -> str:
        if self._re.fullmatch(text) is None:
            raise RemoteProtocolError(f"{name}: {self._rule}, got {self._shown(name, text)}")
        return text

    @staticmethod
    def _shown(name: str, value: object) -> str:
        # senders.php's confirmation code is a secret: the message names the rule only.
        return repr(MASK) if is_secret_param(name) else short(str(value))


class _IpAddress(Codec[str]):
    """``userip``: an IPv4 or IPv6 address in any spelling :mod:`ipaddress` reads, kept."""

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str) or not _is_ip(value):
            raise LocalProtocolError(
                f"{name}: must be an IPv4 or IPv6 address, got {short(str(value))}"
            )
        return value

    def parse(self, name: str, text: str) -> str:
        if not _is_ip(text):
            raise RemoteProtocolError(f"{name}: must be an IPv4 or IPv6 address, got {short(text)}")
        return text


def _is_ip(text: str) -> bool:
    if not text.isascii() or len(text) > 64:
        return False
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class _CallParamCodec(Codec[CallParam]):
    """``param``: the constructor keeps any value the server accepts; encoding is strict.

    Spec (line 122): w "The operating range ... is from 10 to 35, but you can specify an
    interval from 0 to 99 (if the value is less than 10, it will be reduced to 10 ...)".
    A decoded ``param=5,10,3`` is kept as sent (the server clamps it); ``to_request``
    refuses it because ``format_call_param(strict=True)`` refuses values the server
    would change.
    """

    def validate(self, name: str, value: CallParam) -> None:
        if not isinstance(value, CallParam):
            raise LocalProtocolError(f"{name}: must be a CallParam, got {type(value).__name__}")

    def format(self, name: str, value: CallParam) -> str:
        self.validate(name, value)
        return format_call_param(value, strict=True)

    def parse(self, name: str, text: str) -> CallParam:
        return parse_call_param(text)


_SEND_TIME_TYPES: Final = (SendAt, SendAtHours, SendAtTimestamp, SendAfter, SendNow)
# Spec (line 73): "bin - Binary message flag. 0 (default) ... 1 ... 2". Leading zeros are
# read (bin=01 is 1); the raw-byte path of bin=1 asks is_bin1, which reads it the same way.
_BIN: Final = IntChoice(0, 1, 2)
_MESSAGE_ID: Final = Syntax(parse_message_id, format_message_id, (int, str), coerce=as_message_id)

#: ``bot``. Spec (line 104): "Bot's name ... in the format "@botname_bot"". Read as a
#: Telegram bot username: 5..32 ASCII letters, digits or "_", first a letter, ending in
#: "bot" (Telegram's rule for bot names).
_BOT: Final = _Pattern(
    r"@[A-Za-z][A-Za-z0-9_]{1,28}(?i:bot)",
    "must be '@' and a Telegram bot name (5..32 letters, digits or '_', ending in 'bot')",
)
#: ``fileurl``. Spec (line 106): "The full http address of the file"; (line 467)
#: "the full http(s) address".
_FILEURL: Final = _Pattern(
    r"(?i:https?)://[^\x00-\x20\x7f]+", "must be a full http:// or https:// address"
)
#: ``imgcode``. Spec (line 151): "The value of the alphanumeric code entered with
#: "captcha"". No length is given; 1..64 ASCII letters or digits.
_IMGCODE: Final = _Pattern(r"[A-Za-z0-9]{1,64}", "must be 1..64 ASCII letters or digits")


@contextmanager
def _as_local() -> Iterator[None]:
    """Turn a value parser's RemoteProtocolError into a LocalProtocolError (constructor)."""
    try:
        yield
    except RemoteProtocolError as exc:
        raise LocalProtocolError(str(exc)) from None


# -- message kinds -----------------------------------------------------------------------

#: The 0/1 flags that each turn a "normal message" into another kind (lines 70-109:
#: every one reads "0 (default) – normal message. 1 – <kind> message").
_KIND_FLAGS: Final = (
    "flash",
    "push",
    "hlr",
    "ping",
    "mms",
    "mail",
    "soc",
    "viber",
    "whatsapp",
    "call",
)
#: The kind a message prefix picks (lines 687-693).
_PREFIX_KIND: Final = {
    MessagePrefix.CALL: "call",
    MessagePrefix.VIBER: "viber",
    MessagePrefix.SOC: "soc",
    MessagePrefix.MAIL: "mail",
    MessagePrefix.BOT: "bot",
    MessagePrefix.PING: "ping",
    MessagePrefix.HLR: "hlr",
}
#: The wire spelling of each kind, for error messages.
_KIND_PARAM: Final = {
    "flash": "flash=1",
    "bin": "bin=1/2",
    "push": "push=1",
    "hlr": "hlr=1",
    "ping": "ping=1",
    "mms": "mms=1",
    "mail": "mail=1",
    "soc": "soc=1",
    "viber": "viber=1",
    "whatsapp": "whatsapp=1",
    "call": "call=1",
    "bot": "bot",
}

# Attachment limits: (max count, max bytes each, max bytes in all, file extensions).
_Limits = tuple[int | None, int | None, int | None, frozenset[str] | None]
_ATTACHMENT_LIMITS: Final[dict[str, _Limits]] = {
    # Spec (line 412): "The maximum number of attachments passed in a request is twenty,
    # and the total size of all attachments must not exceed 300 KB." (line 89): "text
    # (txt), images ... (jpg, gif, png), music (wav, amr, mp3, mid), and video (mp4, 3gp)".
    "mms": (
        20,
        None,
        300 * _KB,
        frozenset({"txt", "jpg", "jpeg", "gif", "png", "wav", "amr", "mp3", "mid", "mp4", "3gp"}),
    ),
    # Spec (line 433): "The maximum number of attachments transmitted in a request is 20,
    # and the size of each attachment should not exceed 10 MB ... the maximum total size
    # of attached attachments is 15 MB".
    "mail": (20, 10 * _MB, 15 * _MB, None),
    # Spec (line 473): "The maximum number of attachments transmitted in a request is
    # four, and the size of each attachment should not exceed 5 MB." (line 463): "wav and
    # mp3 media files".
    "call": (4, 5 * _MB, None, frozenset({"wav", "mp3"})),
    # Spec (lines 603-606): "The attached file must not exceed 1 MB in size (for API) ...
    # and satisfy one of the following formats".
    "viber": (
        None,
        1 * _MB,
        None,
        frozenset(
            [
                "jpg",
                "jpeg",
                "gif",
                "png",
                "doc",
                "docx",
                "rtf",
                "dotx",
                "dot",
                "odf",
                "fodt",
                "odt",
                "txt",
                "info",
                "pdf",
                "xps",
                "eps",
                "pdax",
                "xlsx",
                "xlsm",
                "fods",
                "ods",
                "csv",
                "xltx",
                "3gp",
                "m4v",
                "mov",
                "mp4",
            ]
        ),
    ),
}


# -- the shared message fields -------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _MessageCore(Command[ReplyT]):
    """The message parameters send.php, rest/send and jobs.php ``add=1`` share (private).

    Declared once here (spec lines 47-149; the jobs.php table, lines 1050-1162, repeats
    them); :class:`_MessageFields` adds ``param`` and the rules.
    """

    phones: PhoneList | None = param(
        Syntax(
            parse_phone_list,
            format_phone_list,
            PhoneList,
            coerce=as_phone_list,
            accepts=PHONE_LIST_INPUT,
        )
    )
    mes: str | None = param(Text(max_len=MAX_MESSAGE_CHARS))
    sender: str | None = param(Text(nonempty=True, single_line=True))
    translit: int | None = param(IntChoice(0, 1, 2))
    tinyurl: bool | None = param(Flag())
    time: SendAt | SendAtHours | SendAtTimestamp | SendAfter | SendNow | None = param(
        Syntax(
            parse_send_time,
            format_send_time,
            _SEND_TIME_TYPES,
            coerce=as_send_time,
            accepts="datetime | timedelta",
        )
    )
    tz: int | None = param(Syntax(parse_tz, format_tz, int))
    period: Decimal | None = param(
        Syntax(parse_period, format_period, Decimal, coerce=as_decimal, accepts="int | str")
    )
    freq: int | None = param(Syntax(parse_freq, format_freq, int))
    flash: bool | None = param(Flag())
    bin: int | None = param(_BIN)
    push: bool | None = param(Flag())
    hlr: bool | None = param(Flag())
    ping: bool | None = param(Flag())
    mms: bool | None = param(Flag())
    mail: bool | None = param(Flag())
    soc: bool | None = param(Flag())
    viber: bool | None = param(Flag())
    whatsapp: bool | None = param(Flag())
    bot: str | None = param(_BOT)
    smsreq: int | None = param(Int(10, 999))
    fileurl: str | None = param(_FILEURL)
    call: bool | None = param(Flag())
    voice: Voice | None = param(Syntax(parse_voice, format_voice, Voice))
    subj: str | None = param(Text(nonempty=True, single_line=True))
    list: str | None = param(Text(nonempty=True))
    nl: bool | None = param(Flag())
    valid: Valid | None = param(
        Syntax(parse_valid, format_valid, Valid, coerce=as_valid, accepts="int | timedelta")
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _MessageFields(_MessageCore[ReplyT]):
    """The shared message parameters and their cross-field rules (private).

    Subclasses add their own parameters and their REQUIRED / ONE_OF. ``param`` has a
    class of its own: inside a class body that defines a field called ``param``, that
    name no longer refers to the declaration function.
    """

    param: CallParam | None = param(_CallParamCodec())

    # -- bin=1: raw bytes through a text charset --------------------------------------
    #
    # Spec (line 77): "1 - binary message. In an http request, it must be encoded using
    # the urlencode function." With bin=1 ``mes`` holds bytes, one U+0000..U+00FF
    # character per byte (:func:`~smsc_proto.values.parse_binary`), while the wire layer
    # carries every value in the request's charset. So byte 0xCA must travel as %CA,
    # which the charset reads as its character for 0xCA (windows-1251: "К"). The two
    # methods below translate between the two views; a byte the charset has no character
    # for (0x98 in windows-1251, most high bytes in utf-8) cannot travel as bin=1.

    def to_request(self) -> Request:
        """Encode as a :class:`~smsc_proto.Request` (see :meth:`Command.to_request`).

        With ``bin=1`` the bytes of ``mes`` are written as the request charset's
        characters for them, so that the percent-encoded wire bytes are the message's.

        Raises:
            LocalProtocolError: a value cannot be encoded, or a ``bin=1`` byte has no
                character in the request's charset (use ``bin=2``).
        """
        request = Command.to_request(self)
        if self.bin != 1 or not self.mes:
            return request
        charset = self.charset or DEFAULT_CHARSET
        try:
            wire = self.mes.encode("latin-1").decode(charset)
        except UnicodeDecodeError as exc:
            raise LocalProtocolError(
                f"mes: bin=1 byte 0x{self.mes.encode('latin-1')[exc.start]:02X} cannot "
                f"travel in {charset} (lines 76-77); use bin=2 (hex)"
            ) from None
        pairs = [(k, wire if k == "mes" else v) for k, v in request.params.items()]
        return Request(request.script, pairs, request.attachments)

    @classmethod
    def from_request(cls: type[_M], request: Request) -> _M:
        """Decode a request for this command (see :meth:`Command.from_request`).

        With ``bin=1`` the text of ``mes`` is turned back into the wire bytes (its
        characters encoded in the request's charset).

        Raises:
            RemoteProtocolError: as :meth:`Command.from_request`.
        """
        if is_bin1(request.params) and len(request.params.getall("mes", [])) == 1:
            charset = request.charset
            text = request.params["mes"]
            try:
                raw = text.encode(charset).decode("latin-1")
            except UnicodeError:
                raise RemoteProtocolError(
                    f"mes: bin=1 message has characters that are not {charset} bytes"
                ) from None
            pairs = [(k, raw if k == "mes" else v) for k, v in request.params.items()]
            request = Request(request.script, pairs, request.attachments)
        return super(_MessageFields, cls).from_request(request)

    # -- typed views -----------------------------------------------------------------------

    @property
    def list_entries(self) -> tuple[ListEntry, ...] | None:
        """``list`` decoded (in ``nl=1`` mode when ``nl`` is set), or ``None``.

        Spec (lines 138-148). Build ``list`` with
        :func:`~smsc_proto.values.format_list`, passing it ``nl=True`` when the command
        sets ``nl=True``.
        """
        if self.list is None:
            return None
        with _as_local():
            return parse_list(self.list, nl=bool(self.nl))

    @property
    def binary_message(self) -> BinaryMessage | None:
        """``mes`` decoded as a binary message when ``bin`` is 1 or 2, else ``None``.

        Spec (lines 73-79).
        """
        if self.mes is None or self.bin not in (1, 2):
            return None
        with _as_local():
            return parse_binary(self.mes, bin=1 if self.bin == 1 else 2)

    @property
    def wap_push(self) -> WapPush | None:
        """``mes`` decoded as a WAP push (link and title) when ``push=1``, else ``None``.

        Spec (line 82).
        """
        if self.mes is None or not self.push:
            return None
        with _as_local():
            return parse_wap_push(self.mes)

    @property
    def ivr_menu(self) -> IvrMenu | None:
        """The voice menu of a voice message whose text holds ``{menu:``, else ``None``.

        Spec (line 490).
        """
        if self.mes is None or self._kind() != "call":
            return None
        text = parse_prefixed_message(self.mes).message
        if "{menu" not in text.lower():
            return None
        with _as_local():
            return parse_ivr(text)

    # -- hooks for subclasses ----------------------------------------------------------

    def _has_template(self) -> bool:
        """Whether a template stands in for ``mes`` (jobs.php ``tpl``)."""
        return False

    def _attachments(self) -> tuple[Attachment, ...]:
        attachments: tuple[Attachment, ...] = getattr(self, "attachments", ())
        return attachments

    # -- cross-field rules ---------------------------------------------------------------

    def _kind(self) -> str:
        """The kind of message: the one kind flag set, or the prefix of ``mes``, or sms."""
        kinds = [name for name in _KIND_FLAGS if getattr(self, name)]
        if self.bin:
            kinds.append("bin")
        if self.bot is not None:
            kinds.append("bot")
        prefix = None
        if self.mes is not None and self.list is None:
            prefix = parse_prefixed_message(self.mes).prefix
        if len(kinds) > 1:
            raise LocalProtocolError(
                f"{self.SCRIPT}: {', '.join(_KIND_PARAM[k] for k in kinds)} each pick a "
                "different message type; give at most one (lines 70-110)"
            )
        if prefix is not None:
            by_prefix = _PREFIX_KIND[prefix]
            if kinds and kinds[0] != by_prefix:
                raise LocalProtocolError(
                    f"mes: the prefix {prefix.value} contradicts {_KIND_PARAM[kinds[0]]} "
                    "(lines 683-693)"
                )
            return by_prefix
        return kinds[0] if kinds else "sms"

    def _check(self) -> None:
        """The cross-field rules of a message (shared by every subclass)."""
        kind = self._kind()
        self._check_addressing(kind)
        self._check_text_required(kind)
        self._check_kind_params(kind)
        self._check_timing()
        if self.mes is not None:
            self._check_text("mes", self.mes, kind)
        entries = self._entries()
        for index, entry in enumerate(entries, 1):
            self._check_text(f"list: entry {index}: message", entry.message, kind)
            self._check_recipients(f"list: entry {index}: phones", entry.phones, kind)
            if entry.sender is not None:
                _check_sender(f"list: entry {index}: sender", entry.sender, kind)
        if self.sender is not None:
            _check_sender("sender", self.sender, kind)
        self._check_attachments(kind)

    def _entries(self) -> tuple[ListEntry, ...]:
        if self.list is None:
            return ()
        with _as_local():
            return parse_list(self.list, nl=bool(self.nl))

    def _check_addressing(self, kind: str) -> None:
        # Spec (line 163): "Required parameters are login, psw, phones, and mes, or login,
        # psw and list." Either-or: a list carries its own phones and texts.
        if self.list is not None:
            for name in ("phones", "mes"):
                if getattr(self, name) is not None:
                    raise LocalProtocolError(
                        f"{name}: not with list (phones + mes, or list; line 163)"
                    )
            return
        if self.nl is not None:
            raise LocalProtocolError("nl: only with list (line 142)")
        if self.phones is not None:
            self._check_recipients("phones", self.phones, kind)

    def _check_recipients(self, name: str, phones: PhoneList, kind: str) -> None:
        # Spec (line 48): "For an e-mail message, a list of recipients' e-mail addresses
        # is transmitted. For telegram, it is possible to specify the subscriber's
        # nickname or ID as the recipient of the message in the form of #ID."
        for entry in phones.entries:
            _check_recipient(name, entry, kind)

    def _check_text_required(self, kind: str) -> None:
        if self.list is not None:
            return
        has_text = bool(self.mes) or self._has_template()
        if kind in ("hlr", "ping"):
            # Spec (lines 85, 88): "The mes parameter is not used."
            return
        if kind in ("call", "viber"):
            # Spec (line 467, calls): "To download a file from an external source, you can
            # pass an additional fileurl parameter ... In this case, passing the mes
            # parameter in the request is optional." (line 601, viber): the same.
            if not has_text and self.fileurl is None:
                raise LocalProtocolError(
                    f"mes: required for {_KIND_PARAM[kind]} unless fileurl is given "
                    "(lines 467, 601)"
                )
            return
        if kind == "mms":
            # Spec (line 412): "For an MMS message, specify the subject or text it is
            # mandatory."
            if not has_text and self.subj is None:
                raise LocalProtocolError("mes: mms=1 needs mes or subj (line 412)")
            return
        if not has_text:
            raise LocalProtocolError(
                "mes: required and non-empty with phones (phones + mes, or list; line 163)"
            )

    def _check_kind_params(self, kind: str) -> None:
        if kind == "mail":
            # Spec (line 437): "For e-mail messages, specifying the subject, text and
            # sender's address is mandatory."
            if self.subj is None:
                raise LocalProtocolError("subj: required with mail=1 (line 437)")
            if self.sender is None and not (
                self.list is not None and all(e.sender for e in self._entries())
            ):
                raise LocalProtocolError("sender: the sender's address is required (line 437)")
        if self.subj is not None and kind not in ("mms", "mail"):
            raise LocalProtocolError("subj: only for mms=1 or mail=1 messages (line 126)")
        for name in ("voice", "param"):
            if getattr(self, name) is not None and kind != "call":
                raise LocalProtocolError(f"{name}: only for voice messages (call=1), lines 110-125")
        if self.smsreq is not None and kind != "bot":
            raise LocalProtocolError("smsreq: only for telegram messages (bot), line 105")

    def _check_timing(self) -> None:
        # Spec (line 69): "Without the period parameter, the freq parameter is ignored."
        if self.freq is not None and self.period is None:
            raise LocalProtocolError("freq: only with period (ignored without it, line 69)")
        # Spec (line 143): list time zones work "only for requests in which the time
        # parameter is represented as DDMMYYhhmm or DD.MM.YY hh:mm".
        if any(e.tz is not None for e in self._entries()) and not isinstance(self.time, SendAt):
            raise LocalProtocolError(
                "list: a line's tz needs time as DDMMYYhhmm or DD.MM.YY hh:mm (line 143)"
            )

    def _check_text(self, name: str, text: str, kind: str) -> None:
        """The syntax a message text must have for the message's kind."""
        if len(text) > MAX_MESSAGE_CHARS:
            raise LocalProtocolError(
                f"{name}: must be at most {MAX_MESSAGE_CHARS} characters, got {len(text)} (line 49)"
            )
        with _as_local():
            if kind == "bin" and text:
                parse_binary(text, bin=1 if self.bin == 1 else 2)
            elif kind == "push":
                parse_wap_push(text)
            elif kind == "call":
                body = parse_prefixed_message(text).message
                if "{menu" in body.lower():
                    parse_ivr(body)
        if kind == "viber":
            # Spec (line 613): "The length of the text can not exceed 30 characters." A
            # "{button," that does not read as a button would be sent as text.
            for part in parse_message_macros(text):
                if isinstance(part, str) and "{button" in part:
                    raise LocalProtocolError(
                        f"{name}: a {{button,url,text}} macro is malformed (caption 1..30 "
                        "characters, lines 610-615)"
                    )

    def _check_attachments(self, kind: str) -> None:
        attachments = self._attachments()
        if not attachments:
            return
        limits = _ATTACHMENT_LIMITS.get(kind)
        if limits is None:
            raise LocalProtocolError(
                "attachments: only for mms=1, mail=1, call=1 or viber=1 messages "
                "(lines 89, 92, 107, 600)"
            )
        names = [attachment.name for attachment in attachments]
        for name in names:
            if names.count(name) > 1:
                # A form field given twice: a reader that maps field names to files keeps
                # one of them, so the message's <file N> would point at another file.
                raise LocalProtocolError(
                    f"attachments: the field name {short(name)} is given more than once"
                )
        count, each, total, extensions = limits
        where = _KIND_PARAM[kind]
        if count is not None and len(attachments) > count:
            raise LocalProtocolError(
                f"attachments: at most {count} with {where}, got {len(attachments)}"
            )
        for attachment in attachments:
            if each is not None and attachment.size > each:
                raise LocalProtocolError(
                    f"attachments: {short(attachment.filename)} is {attachment.size} bytes; "
                    f"at most {each // _MB} MB each with {where}"
                )
            if extensions is not None:
                extension = attachment.filename.rpartition(".")[2].lower()
                if "." not in attachment.filename or extension not in extensions:
                    raise LocalProtocolError(
                        f"attachments: {short(attachment.filename)} is not one of the formats "
                        f"of {where} ({', '.join(sorted(extensions))})"
                    )
        size = sum(a.size for a in attachments)
        if total is not None and size > total:
            raise LocalProtocolError(
                f"attachments: {size} bytes in all; at most {total // _KB} KB with {where}"
            )


def _check_recipient(name: str, entry: Recipient, kind: str) -> None:
    if isinstance(entry, EmailAddress):
        if kind != "mail":
            raise LocalProtocolError(
                f"{name}: the e-mail address {short(entry.address)} needs mail=1 (line 48)"
            )
    elif isinstance(entry, (TelegramId, TelegramNick)):
        if kind != "bot":
            raise LocalProtocolError(
                f"{name}: a telegram ID or nickname needs bot (telegram), line 48"
            )
    elif isinstance(entry, Phone) and kind == "mail":
        raise LocalProtocolError(
            f"{name}: with mail=1 recipients are e-mail addresses (or G<group>), got the "
            f"phone {short(entry.number)} (line 48)"
        )


def _check_sender(name: str, sender: str, kind: str) -> None:
    """``sender``: an address for e-mail, else a name of 11 characters or 15 digits."""
    if kind == "mail":
        # Spec (line 428): "...&sender=<sender>&subj=<subj>&mail=1"; (line 437): "the
        # sender's address is mandatory".
        try:
            EmailAddress(address=sender)
        except LocalProtocolError:
            raise LocalProtocolError(
                f"{name}: with mail=1 must be the sender's e-mail address, got {short(sender)}"
            ) from None
        return
    # Spec (line 52): "English letters, numbers, spaces, and some characters are allowed.
    # Length – 11 characters or 15 digits."
    if not all(" " <= c <= "~" for c in sender):
        raise LocalProtocolError(
            f"{name}: must be printable ASCII (English letters, digits, spaces, symbols; "
            f"line 52), got {short(sender)}"
        )
    if sender.isdigit():
        if len(sender) > _SENDER_DIGITS_MAX:
            raise LocalProtocolError(
                f"{name}: at most {_SENDER_DIGITS_MAX} digits, got {len(sender)} (line 52)"
            )
    elif len(sender) > _SENDER_NAME_MAX:
        raise LocalProtocolError(
            f"{name}: at most {_SENDER_NAME_MAX} characters (or 15 digits), got "
            f"{len(sender)} (line 52)"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class _SendFields(_MessageFields["SendReply"]):
    """The parameters send.php and rest/send add to the shared message fields (private)."""

    id: int | str | None = param(_MESSAGE_ID)
    cost: int | None = param(IntChoice(0, 1, 2, 3))
    maxsms: int | None = param(Int(1, _INT32_MAX))
    imgcode: str | None = param(_IMGCODE)
    userip: str | None = param(_IpAddress())
    err: bool | None = param(Flag())
    op: bool | None = param(Flag())
    pp: int | None = param(Int(1, _INT32_MAX))

    def _check(self) -> None:
        _MessageFields._check(self)
        # Spec (line 151): "This parameter must be used in conjunction with the userip
        # parameter."
        if self.imgcode is not None and self.userip is None:
            raise LocalProtocolError("imgcode: only together with userip (line 151)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Send(_SendFields):
    """Send a message of any kind, or ask its cost (``send.php``).

    Spec (line 39): ``send.php?login=<login>&psw=<password>&phones=<phones>&mes=<message>``;
    (line 163): "Required parameters are login, psw, phones, and mes, or login, psw and
    list." ``mes`` is not needed for ``hlr``/``ping`` (lines 85, 88), may be replaced by
    ``fileurl`` for ``call``/``viber`` (lines 467, 601) and by ``subj`` for ``mms``
    (line 412). At most one message kind (``flash``, ``bin``, ``push``, ``hlr``,
    ``ping``, ``mms``, ``mail``, ``soc``, ``viber``, ``whatsapp``, ``call``, ``bot``)
    may be set: each is documented as turning the "normal message" into its kind.

    Typed views of dependent syntaxes: :attr:`list_entries`, :attr:`binary_message`,
    :attr:`wap_push`, :attr:`ivr_menu`.

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
            read it with :attr:`list_entries`.
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
    """

    SCRIPT = "send.php"
    ONE_OF = (("phones",), ("list",))
    KIND = CallKind.SEND

    attachments: tuple[Attachment, ...] = ()


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class RestSend(_SendFields):
    """:class:`Send` with the parameters in a JSON body (``rest/send``).

    Spec (line 41): "To send an SMS with the transmission of parameters in json format in
    the request body, you must use the POST method to call the address:
    https://smscentre.com/rest/send/". Nothing else is documented (QUIRKS INC-66): the
    parameters and rules are those of :class:`Send`, without attachments (a JSON body
    carries no files). Every field is that of :class:`Send` but ``attachments``.
    """

    SCRIPT = REST_SEND
    ONE_OF = (("phones",), ("list",))
    KIND = CallKind.SEND


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SendPhone:
    """One recipient's line of an ``op=1`` reply of :class:`~smsc_proto.commands.Send`.

    Spec (lines 295-313): "when op = 1 and fmt = 0 or 1, the information is added to the
    end of the normal output from a new line: <phone>,<mccmnc>,<cost>,<status>,<error>";
    fmt=2 ``<phone mccmnc="mccmnc" cost="cost" status="status" error="error">phone
    </phone>`` elements in ``<phones>`` and fmt=3 ``"phones": [{"phone": "<phone>", ...}]``.

    Args:
        phone: "phone number" (kept as the reply prints it: a recipient may also be an
            e-mail address or a Telegram id, lines 47, 437, 104).
        mccmnc: "the numeric code of the subscriber's country plus the numeric code of the
            subscriber's operator": ASCII digits kept as text (an MNC ``01`` is not ``1``;
            empty when the number has no operator).
        cost: "the cost of an SMS message".
        status: "sMS Message status code" (the status.php codes, negative ones included:
            ``-1`` waiting, ``-3`` not found).
        error: "error code in the status" (``0``: none).
    """

    phone: str | None = None
    mccmnc: str | None = None
    cost: Decimal | None = None
    status: int | None = None
    error: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendReply:
    """The reply of :class:`~smsc_proto.commands.Send` and
    :class:`~smsc_proto.commands.RestSend` (``cost`` 0..3, ``op`` 0 or 1).

    Spec (lines 222-318). Fields are named as fmt=2/3 name them: fmt=0/1's ``<n>`` is
    ``cnt`` (QUIRKS INC-01, INC-02: the same slot in every format).

    Args:
        id: "the message ID sent by the Client or assigned automatically by the Server"
            (not with ``cost=1``).
        cnt: The number of SMS (fmt=0/1 ``<n>``) or parts / call seconds (fmt=2/3).
        cost: "the cost of an SMS message" (``cost`` 1..3).
        balance: "new Customer Balance" (``cost=3``).
        phones: One :class:`SendPhone` per recipient, in the reply's order (``op=1``
            only; ``None`` otherwise): the lines after the first in fmt=0/1, the
            ``<phones>`` element in fmt=2, the ``"phones"`` array in fmt=3.
    """

    id: int | str | None = None
    cnt: int | None = None
    cost: Decimal | None = None
    balance: Decimal | None = None
    phones: tuple[SendPhone, ...] | None = None


_R_ID: Final = message_id()
_R_CNT: Final = integer("cnt")
_R_COST: Final = money("cost")
_R_BALANCE: Final = money("balance")

#: cost -> the reply shape. Spec (lines 224-313): "when cost = 0 and fmt = 0: OK - <n>
#: SMS, ID - <id>; ... cost = 1 ... <cost> (<n> SMS); cost = 2 ... OK - <n> SMS, ID -
#: <id>, COST - <cost>; cost = 3 ... , BALANCE - <balance>"; fmt=1 "<id>,<n>",
#: "<cost>,<n>", "<id>,<n>,<cost>", "<id>,<n>,<cost>,<balance>"; fmt=3 quotes cost and
#: balance, not id and cnt.
_SEND_FORMS: Final = {
    0: ((_R_ID, _R_CNT), "OK - {cnt} SMS, ID - {id}", "{id},{cnt}"),
    1: ((_R_COST, _R_CNT), "{cost} ({cnt} SMS)", "{cost},{cnt}"),
    2: ((_R_ID, _R_CNT, _R_COST), "OK - {cnt} SMS, ID - {id}, COST - {cost}", "{id},{cnt},{cost}"),
    3: (
        (_R_ID, _R_CNT, _R_COST, _R_BALANCE),
        "OK - {cnt} SMS, ID - {id}, COST - {cost}, BALANCE - {balance}",
        "{id},{cnt},{cost},{balance}",
    ),
}
_SEND_REPLIES: Final = {
    cost: Shape(SendReply, fields, fmt0=Template(fmt0), fmt1=Template(fmt1))
    for cost, (fields, fmt0, fmt1) in _SEND_FORMS.items()
}


#: A recipient as the reply prints it: one line without the "," that separates the
#: fields of a fmt=0/1 line (a phone, an e-mail address, a Telegram id).
_R_PHONE: Final = Field(
    "phone", Text(nonempty=True, max_len=254, single_line=True), r"[^,\r\n]+", True
)
#: QUIRKS INC-03: fmt=3 quotes every value of a recipient ("status": "<status>", "error":
#: "<error>"); they are written quoted, as printed, and read quoted or bare.
_SEND_PHONE: Final = Shape(
    SendPhone,
    (
        _R_PHONE,
        digits("mccmnc"),
        money("cost"),
        integer("status", -(2**31), 2**31 - 1, quoted=True),
        integer("error", 0, 2**31 - 1, quoted=True),
    ),
    fmt0=Template("{phone},{mccmnc},{cost},{status},{error}"),
    fmt1=Template("{phone},{mccmnc},{cost},{status},{error}"),
    # QUIRKS INC-04: the attribute placeholders are printed without brackets.
    xml=XmlForm(
        root="phones",
        item="phone",
        text_field="phone",
        attributes=("mccmnc", "cost", "status", "error"),
    ),
    many=True,
)

#: cost -> the reply shape of an ``op=1`` request: the normal reply and one record per
#: recipient. Spec (lines 295-313): fmt=0/1 add one line each "to the end of the normal
#: output from a new line"; fmt=2 and fmt=3 show only the fragment "added to the
#: response" (QUIRKS INC-03): ``<phones>`` is written as the last child of ``<result>``
#: and ``"phones"`` as the last key, and both are read wherever they stand. The list is
#: required in fmt=2/3 (the spec always adds it) and may be empty.
_SEND_OP_REPLIES: Final = {
    cost: Shape(
        SendReply,
        (*fields, records("phones", _SEND_PHONE)),
        fmt0=Template(fmt0),
        fmt1=Template(fmt1),
        tail="phones",
    )
    for cost, (fields, fmt0, fmt1) in _SEND_FORMS.items()
}

#: Spec (lines 212-220): the error codes of send.php (and rest/send).
SEND_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Insufficient funds on the Client's account.",
    # QUIRKS INC-54: the spec's "read More" is a leftover link text, not part of it.
    4: "IP address is temporarily blocked due to frequent errors in the queries.",
    5: "Invalid date format.",
    6: (
        "The message is forbidden (by text or by the sender's name). This error also "
        "occurs when you try to send mass and / or advertising messages without a signed "
        "contract."
    ),
    7: "Invalid phone number format.",
    8: "The message to the specified number can not be delivered.",
    9: (
        "Sending more than one identical SMS message request or more than five identical "
        "requests to receive the cost of a message within a minute. This error also occurs "
        "when you try to send fifteen or more requests simultaneously from different "
        "connections under the same username (too many concurrent requests)."
    ),
}


error_table(Send, RestSend, errors=SEND_ERRORS, with_id=frozenset({3, 6, 7, 8}))


@responds(Send, RestSend)
def _send_reply(command: _SendFields) -> Shape[Any]:
    cost = command.cost or 0
    return _SEND_OP_REPLIES[cost] if command.op else _SEND_REPLIES[cost]
