"""Callbacks: the three payloads the gateway POSTs to the client's handler (private).

Spec (line 3600): "the http (s) address (URL) of the script for processing the delivery
statuses of messages, incoming SMS messages, as well as service messages ... will be
called by the Server after each receipt of the delivery status ..., after receiving an
incoming SMS message from the subscriber or a call from the subscriber".

Spec (lines 3711-3723): "you can check for the presence of the mes parameter (for an
incoming message) and waitcall ... (for the number confirmation service)", otherwise it
is a status. :func:`~smsc_proto.decode_callback` dispatches the same way.

The models hold the documented parameters, typed; the parameters the client wrote in
the handler URL (line 3709) in ``extra`` (``repr`` masks the value of each whose name is
a secret's, :func:`~smsc_proto.is_secret_param`); the signature parameter (``md5``, ``sha1`` or
``crc32``, line 3611) in ``signature`` and ``algorithm``; and the charset the payload
travelled in (``charset``), which the signed string is hashed in. The wire codec
(:func:`~smsc_proto.decode_callback`, :func:`~smsc_proto.encode_callback`) lives in
:mod:`smsc_proto._callback_codec`, verification in :mod:`smsc_proto._signature`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar, Final, Literal, TypeAlias

from . import _hypothesis_hook
from ._charsets import CHARSETS
from ._command import Codec, Dec, Int, IntChoice, Syntax, Text
from ._errors import LocalProtocolError, RemoteProtocolError
from ._secrets import masked_dataclass_repr
from ._util import short
from .values import (
    MessageType,
    StatusFlag,
    format_message_id,
    format_message_type,
    format_short_datetime,
    format_status_flag,
    message_type_from_int,
    parse_message_id,
    parse_message_type,
    parse_short_datetime,
    parse_status_flag,
)

__all__ = [
    "SIGNATURE_ALGORITHMS",
    "CallConfirmation",
    "Callback",
    "IncomingMessage",
    "SignatureAlgorithm",
    "StatusCallback",
]

# The algorithms are declared here, beside the field that holds one (``algorithm``), so
# that smsc_proto._signature depends on the models and never the other way round.
#: The signature algorithms a handler URL may name (line 3611), by parameter name.
SignatureAlgorithm: TypeAlias = Literal["md5", "sha1", "crc32"]
# A Literal alias is callable, so the package's docstring contract applies to it.
SignatureAlgorithm.__doc__ = "A signature algorithm: the name of its parameter (line 3611)."
#: Every :data:`SignatureAlgorithm`, in the spec's order.
SIGNATURE_ALGORITHMS: Final[tuple[SignatureAlgorithm, ...]] = ("md5", "sha1", "crc32")

_NAME_MAX: Final = 128
_SIGNATURE_MAX: Final = 128
_NAME_RE: Final = re.compile(r"[^\x00-\x1f\x7f]{1,128}")
_OVERTIME_RE: Final = re.compile(r"overtime: ?([0-9]{1,4}):([0-5][0-9])", re.ASCII)


class _Pattern(Codec[str]):
    """Text that must match a regular expression; ``rule`` says what in messages."""

    def __init__(self, pattern: str, rule: str) -> None:
        self._re = re.compile(pattern)
        self._rule = rule

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str):
            raise LocalProtocolError(f"{name}: must be str, got {type(value).__name__}")
        if self._re.fullmatch(value) is None:
            raise LocalProtocolError(f"{name}: must be {self._rule}, got {short(value)}")
        return value

    def parse(self, name: str, text: str) -> str:
        if self._re.fullmatch(text) is None:
            raise RemoteProtocolError(f"{name}: must be {self._rule}, got {short(text)}")
        return text


# The fields of a signed string ("id:phone:status:<secret>", "phone:mes:to:<secret>",
# "phone:ts:<secret>", lines 3611-3614) are joined with ":". Phones and the incoming
# number may not hold one, so "phone:mes:to" splits one way only: a ":" moved between
# mes and to (or phone and mes) changes a field that the decoder refuses.
_PHONE: Final = _Pattern(
    r"[!-9;-~]{1,254}", "1..254 visible ASCII characters without ':' (a phone or address)"
)
_TO: Final = _Pattern(r"[!-9;-~]{0,254}", "up to 254 visible ASCII characters without ':'")
_DIGITS: Final = _Pattern(r"[0-9]{0,32}", "up to 32 decimal digits")
_ID: Final = Syntax(parse_message_id, format_message_id, (int, str))
_TEXT: Final = Text()
_STAMP: Final = Int(0, 2**63 - 1)
_COUNT: Final = Int(0, 2**31 - 1)
_FIELD_CODECS: Final[dict[str, Codec[Any]]] = {
    "id": _ID,
    "phone": _PHONE,
    "status": Int(-(2**31), 2**31 - 1),
    "time": Syntax(parse_short_datetime, format_short_datetime, datetime),
    "ts": _STAMP,
    "err": _COUNT,
    "syserr": _TEXT,
    "cnt": _COUNT,
    "type": Syntax(parse_message_type, format_message_type, int),
    "cost": Dec(Decimal(-(10**15)), Decimal(10**15), 4),
    "flag": Syntax(parse_status_flag, format_status_flag, StatusFlag),
    "sender": _TEXT,
    "dtmf": _TEXT,
    "cmt": _TEXT,
    "imsi": _DIGITS,
    "msc": _DIGITS,
    "mcc": _DIGITS,
    "mnc": _DIGITS,
    "cn": _TEXT,
    "net": _TEXT,
    "rcn": _TEXT,
    "rnet": _TEXT,
    "calltime": _TEXT,
    "callmenu": _TEXT,
    "ringtime": _TEXT,
}
_INCOMING_CODECS: Final[dict[str, Codec[Any]]] = {
    "id": _STAMP,
    "sms_id": _ID,
    "phone": _PHONE,
    "mes": _TEXT,
    "to": _TO,
    "smsc": _TEXT,
    "sent": _STAMP,
    "time": _STAMP,
}
_CONFIRMATION_CODECS: Final[dict[str, Codec[Any]]] = {
    "waitcall": IntChoice(1),
    "phone": _PHONE,
    "ts": _STAMP,
}
# Handler-URL parameters the gateway echoes back that are protocol, not extras.
_PROTOCOL_PARAMS: Final = frozenset({"charset", "fmt", *SIGNATURE_ALGORITHMS})


def _shape(pair: object) -> str:
    """What an ``extra`` item is, by type only (its value may be a secret)."""
    if isinstance(pair, tuple):
        return "(" + ", ".join(type(p).__name__ for p in pair) + ")"
    return type(pair).__name__


def _check_common(cb: Any, codecs: Mapping[str, Codec[Any]], reserved: frozenset[str]) -> None:
    """Validate a model: its fields, ``extra``, ``signature``/``algorithm``, ``charset``."""
    for name, codec in codecs.items():
        value = getattr(cb, name)
        if value is not None:
            codec.validate(name, value)
    extra = cb.extra
    if not isinstance(extra, tuple):
        # The value is not quoted: a handler URL's extras may hold a token.
        raise LocalProtocolError(
            f"extra: must be a tuple of (name, value) pairs, got {type(extra).__name__}"
        )
    seen: set[str] = set()
    for pair in extra:
        if not (
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise LocalProtocolError(
                f"extra: each item must be a (name, value) pair of str, got {_shape(pair)}"
            )
        name = pair[0]
        if not _NAME_RE.fullmatch(name):
            raise LocalProtocolError(
                f"extra: a name must be 1..{_NAME_MAX} characters without control characters, "
                f"got {short(name)}"
            )
        if name in reserved or name in codecs:
            raise LocalProtocolError(
                f"extra: {short(name)} is a parameter of the protocol, not a handler URL extra"
            )
        if name in seen:
            raise LocalProtocolError(f"extra: {short(name)} given more than once")
        seen.add(name)
    if cb.algorithm is not None and cb.algorithm not in SIGNATURE_ALGORITHMS:
        raise LocalProtocolError(
            f"algorithm: must be one of {', '.join(SIGNATURE_ALGORITHMS)}, got {cb.algorithm!r}"
        )
    if (cb.algorithm is None) != (cb.signature is None):
        raise LocalProtocolError("signature: signature and algorithm go together (both or neither)")
    if cb.signature is not None and (
        not isinstance(cb.signature, str) or len(cb.signature) > _SIGNATURE_MAX
    ):
        raise LocalProtocolError(f"signature: must be a str of at most {_SIGNATURE_MAX} characters")
    if cb.charset is not None and cb.charset not in CHARSETS:
        raise LocalProtocolError(
            f"charset: must be one of {', '.join(CHARSETS)}, got {cb.charset!r}"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusCallback:
    """A delivery status (or HLR result) the gateway posts to the handler.

    Spec (lines 3624-3675), "Transmitted parameters for the SMS message status". Every
    field is ``None`` when the parameter was not sent. ``id``, ``phone`` and ``status``
    always travel (lines 3626-3628; they make the signed string): a callback without
    them is refused by :func:`~smsc_proto.decode_callback` and
    :func:`~smsc_proto.encode_callback` alike. The constructor lets them be left out,
    for a model still being filled in.

    Args:
        id: "Message ID" (an ``int`` 1..2147483647 or the client's string id, line 51).
        phone: "Phone number" (or e-mail address): visible ASCII without ``:``.
        status: "Message status" (the status table, lines 1798-1813).
        time: "Time of status change ... Format: DD.MM.YY hh: mm: ss" (naive, the
            account's zone; QUIRKS INC-51, INC-63).
        ts: "Time to change the status in the form of a stamp in seconds".
        err: "Error code if the message cannot be delivered ... Passed if not equal to
            zero."
        syserr: "Additional error from the operator, not always present" (text).
        cnt: "The number of parts ... or the number of seconds" (calls).
        type: "Message type" (:class:`~smsc_proto.values.MessageType`, or an unnamed
            int; 8 is e-mail, QUIRKS INC-50).
        cost: "Message cost".
        flag: "A flag in the form of a 2-byte number" (lines 3637-3660), bit by bit.
        sender: "The sender's name displayed on the recipient's phone".
        dtmf: "The sequence of characters typed by the subscriber on the numeric keypad
            while listening to a voice message".
        cmt: "The client's comments ... overtime ... in a separate line in the comments
            in the form of "overtime: mm:ss"" (see :attr:`overtime`).
        imsi: HLR: "Unique IMSI code of the subscriber's SIM card" (digits, as text).
        msc: HLR: "The number of the service center of the operator" (digits).
        mcc: HLR: "Numeric code of the subscriber's country" (digits, kept as text).
        mnc: HLR: "Numeric code of the subscriber's operator" (digits: ``01`` is not
            ``1``).
        cn: HLR: "Name of the country of registration of the subscriber".
        net: HLR: "Name of the subscriber registration operator".
        rcn: HLR: "The name of the roaming country of the subscriber".
        rnet: HLR: "The name of the roaming operator of the subscriber".
        calltime: Voice menu: "The time of the call, after which the key was pressed
            ..., or the total time of the call" (text: the unit is not given).
        callmenu: Voice menu: "The sequence of keys ... pressed while navigating
            through the voice menu".
        ringtime: Voice menu: "Waiting time for the subscriber to pick up the phone"
            (text: the unit is not given).
        extra: The handler URL's own parameters (line 3709), in wire order; ``repr``
            shows the value of a secret-named one (``token``...) as ``'***'``.
        signature: The value of the signature parameter received (not checked here:
            see :func:`~smsc_proto.verify_callback`).
        algorithm: Which signature parameter carried it: ``"md5"``, ``"sha1"`` or
            ``"crc32"``.
        charset: The charset the callback travelled in (``None``: windows-1251); the
            signed string is hashed in it.
    """

    _CODECS: ClassVar[Mapping[str, Codec[Any]]] = _FIELD_CODECS
    _SIGNED_AFTER: ClassVar[str] = "cmt"
    _SIGNED: ClassVar[tuple[str, ...]] = ("id", "phone", "status")
    _REPLAY_KEY: ClassVar[tuple[str, ...]] = ("id", "phone", "status")
    # Lines 3626-3628: the rows every status has (only err and syserr are said to be
    # sometimes absent); the signed string "id:phone:status" is made of them.
    _REQUIRED: ClassVar[tuple[str, ...]] = ("id", "phone", "status")
    _KIND: ClassVar[str] = "a status callback"
    _LINES: ClassVar[str] = "lines 3626-3628"
    _RESERVED: ClassVar[frozenset[str]] = _PROTOCOL_PARAMS | {"mes", "waitcall"}

    id: int | str | None = None
    phone: str | None = None
    status: int | None = None
    time: datetime | None = None
    ts: int | None = None
    err: int | None = None
    syserr: str | None = None
    cnt: int | None = None
    type: MessageType | int | None = None
    cost: Decimal | None = None
    flag: StatusFlag | None = None
    sender: str | None = None
    dtmf: str | None = None
    cmt: str | None = None
    imsi: str | None = None
    msc: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    cn: str | None = None
    net: str | None = None
    rcn: str | None = None
    rnet: str | None = None
    calltime: str | None = None
    callmenu: str | None = None
    ringtime: str | None = None
    extra: tuple[tuple[str, str], ...] = ()
    signature: str | None = None
    algorithm: SignatureAlgorithm | None = None
    charset: str | None = None

    def __post_init__(self) -> None:
        _check_common(self, self._CODECS, self._RESERVED)
        if self.type is not None:
            object.__setattr__(self, "type", message_type_from_int(self.type))

    def __repr__(self) -> str:
        return masked_dataclass_repr(self)

    @property
    def overtime(self) -> timedelta | None:
        """The call overtime of ``cmt``'s last ``overtime: mm:ss`` line, if it has one.

        Spec (line 3663): "If overtime occurs during a voice message, it will be passed
        in a separate line in the comments in the form of "overtime: mm:ss"".
        """
        if not self.cmt:
            return None
        for line in reversed(self.cmt.splitlines()):
            match = _OVERTIME_RE.fullmatch(line.strip())
            if match:
                return timedelta(minutes=int(match.group(1)), seconds=int(match.group(2)))
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class IncomingMessage:
    """An SMS a subscriber sent to the client, as the gateway posts it to the handler.

    Spec (lines 3677-3690), "Transmitted parameters for an incoming SMS message".
    ``id``, ``phone``, ``mes`` and ``to`` always travel (lines 3680-3684; only
    ``sms_id`` "is omitted"): :func:`~smsc_proto.decode_callback` and
    :func:`~smsc_proto.encode_callback` refuse a message without them.

    Args:
        id: "Unique ID of the incoming message, assigned by the Server automatically".
        sms_id: "The ID of the message to which the response was received" (omitted
            for a dedicated incoming number or a "login, colon and space" prefix).
        phone: "Subscriber's phone number": visible ASCII without ``:``.
        mes: "Text of the SMS message" (any text, ``:`` included). Required: its
            presence is what marks an incoming message (line 3711).
        to: "The incoming phone number to which the message was sent": visible ASCII
            without ``:`` (possibly empty).
        smsc: "The SMS center of the operator from whom the incoming message was
            received".
        sent: "Sending a message to the subscriber in the form of a stamp in seconds".
        time: "The time when the message was received by the Server in the form of a
            stamp in seconds" -- a timestamp here, a date in status callbacks (QUIRKS
            INC-51).
        extra: As for :class:`StatusCallback`.
        signature: As for :class:`StatusCallback`.
        algorithm: As for :class:`StatusCallback`.
        charset: As for :class:`StatusCallback`; ``mes`` is hashed in it.
    """

    _CODECS: ClassVar[Mapping[str, Codec[Any]]] = _INCOMING_CODECS
    _SIGNED_AFTER: ClassVar[str] = "time"
    _SIGNED: ClassVar[tuple[str, ...]] = ("phone", "mes", "to")
    _REPLAY_KEY: ClassVar[tuple[str, ...]] = ("id", "phone")
    # Lines 3680-3684: "sms_id ... is omitted if ..."; id ("assigned by the Server
    # automatically"), phone, mes and to are not, and "phone:mes:to" is signed.
    _REQUIRED: ClassVar[tuple[str, ...]] = ("id", "phone", "mes", "to")
    _KIND: ClassVar[str] = "an incoming message"
    _LINES: ClassVar[str] = "lines 3680-3684"
    _RESERVED: ClassVar[frozenset[str]] = _PROTOCOL_PARAMS

    id: int | None = None
    sms_id: int | str | None = None
    phone: str | None = None
    mes: str
    to: str | None = None
    smsc: str | None = None
    sent: int | None = None
    time: int | None = None
    extra: tuple[tuple[str, str], ...] = ()
    signature: str | None = None
    algorithm: SignatureAlgorithm | None = None
    charset: str | None = None

    def __post_init__(self) -> None:
        # "mes" is what marks an incoming message (line 3711): without it the callback
        # would be written, and read back, as a status.
        if self.mes is None:
            raise LocalProtocolError("mes: required (str): its presence marks an incoming message")
        _check_common(self, self._CODECS, self._RESERVED)

    def __repr__(self) -> str:
        return masked_dataclass_repr(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class CallConfirmation:
    """A call received for "Number confirmation with a call", posted to the handler.

    Spec (lines 3692-3700), "Transmitted parameters when using the service "Number
    confirmation with a call"". ``waitcall``, ``phone`` and ``ts`` always travel
    (lines 3695-3697): :func:`~smsc_proto.decode_callback` and
    :func:`~smsc_proto.encode_callback` refuse a confirmation without them.

    Args:
        waitcall: "1 – service message flag" (always 1; its presence is what marks a
            confirmation, line 3715).
        phone: "The phone number of the subscriber from whom the call was received".
        ts: "Call time" (a stamp in seconds).
        extra: As for :class:`StatusCallback`.
        signature: As for :class:`StatusCallback`.
        algorithm: As for :class:`StatusCallback`.
        charset: As for :class:`StatusCallback`.
    """

    _CODECS: ClassVar[Mapping[str, Codec[Any]]] = _CONFIRMATION_CODECS
    _SIGNED_AFTER: ClassVar[str] = "ts"
    _SIGNED: ClassVar[tuple[str, ...]] = ("phone", "ts")
    _REPLAY_KEY: ClassVar[tuple[str, ...]] = ("phone", "ts")
    # Lines 3695-3697: all three rows, and "phone:ts" is signed.
    _REQUIRED: ClassVar[tuple[str, ...]] = ("waitcall", "phone", "ts")
    _KIND: ClassVar[str] = "a call confirmation"
    _LINES: ClassVar[str] = "lines 3695-3697"
    _RESERVED: ClassVar[frozenset[str]] = _PROTOCOL_PARAMS | {"mes"}

    waitcall: int = 1
    phone: str | None = None
    ts: int | None = None
    extra: tuple[tuple[str, str], ...] = ()
    signature: str | None = None
    algorithm: SignatureAlgorithm | None = None
    charset: str | None = None

    def __post_init__(self) -> None:
        # "waitcall" is what marks a confirmation (line 3715): without it the callback
        # would be written, and read back, as a status.
        if self.waitcall is None:
            raise LocalProtocolError("waitcall: required (1): its presence marks a confirmation")
        _check_common(self, self._CODECS, self._RESERVED)

    def __repr__(self) -> str:
        return masked_dataclass_repr(self)


#: Any decoded callback.
Callback: TypeAlias = StatusCallback | IncomingMessage | CallConfirmation

# Hypothesis' entry point registers this module's models for ``st.from_type`` -- now if
# hypothesis is already imported, else when it is (smsc_proto._hypothesis_hook).
_hypothesis_hook.loaded(__name__)
