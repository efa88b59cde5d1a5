"""Message type codes and the ``flag`` bit field of status replies and callbacks.

Spec (line 1583, status.php): "<flag> is a flag in the form of a 2 byte number containing
various information about the message. Combinations of bit values of different
characteristics are possible. Bits 0-3 (message type): 0 – SMS, 1 – Flash-SMS, 2 –
Binary SMS, 3 – Wap-push, 4 – HLR-request, 5 – Ping-SMS, 6 – MMS, 7 – Call, 8 – E-mail,
10 – Viber, 12 – Social Networks." (line 1584): "Bit 5 – payment of the message from the
second balance. Bit 8 is a sign of a template message." (line 1585): "Bits 10,9 are the
type of template message (00 - service, 01 - transactional, 10 - authorization, 11 -
advertising)." The callback table repeats it (lines 3637-3660).
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from typing import Final

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, remote_errors, short

__all__ = [
    "MESSAGE_TYPE_MAX",
    "MessageType",
    "StatusFlag",
    "TemplateType",
    "format_message_type",
    "format_status_flag",
    "message_type_from_int",
    "parse_message_type",
    "parse_status_flag",
]

#: Largest message type code :func:`parse_message_type` accepts. The spec gives codes
#: up to 12 and no bound; the ``flag`` that carries the type is "a 2 byte number"
#: (line 1583), so an unknown code is kept up to that size.
MESSAGE_TYPE_MAX: Final = 0xFFFF

# Decimal text longer than this is refused before int(): 65535 has 5 digits, the
# margin allows leading zeros.
_MAX_DIGITS: Final = 10

_TYPE_MASK: Final = 0x000F  # bits 0-3
_SECOND_BALANCE_BIT: Final = 0x0020  # bit 5
_TEMPLATE_BIT: Final = 0x0100  # bit 8
_TEMPLATE_TYPE_SHIFT: Final = 9
_TEMPLATE_TYPE_MASK: Final = 0x0600  # bits 9-10
_KNOWN_MASK: Final = _TYPE_MASK | _SECOND_BALANCE_BIT | _TEMPLATE_BIT | _TEMPLATE_TYPE_MASK
_FLAG_MAX: Final = 0xFFFF


class MessageType(enum.IntEnum):
    """The message type code: ``type`` in status replies and callbacks, flag bits 0-3.

    Spec (line 1600): "<type> - message type (0 – SMS, 1 – Flash-SMS, 2 – Binary SMS, 3 –
    Wap-push, 4 – HLR-request, 5 – Ping-SMS, 6 – MMS, 7 – Call, 8 – E-mail, 10 – Viber,
    12 – Social Networks)." The callback ``type`` list (line 3635) omits 8, the flag list
    below it (line 3648) has it (INC-50): 8 is E-mail everywhere.

    The enum is open: codes it does not name (9, 11, 13, ...) are kept as plain ``int``
    by :func:`message_type_from_int` and :func:`parse_message_type`.
    """

    #: 0 – SMS (the default).
    SMS = 0
    #: 1 – Flash-SMS.
    FLASH_SMS = 1
    #: 2 – Binary SMS.
    BINARY_SMS = 2
    #: 3 – Wap-push.
    WAP_PUSH = 3
    #: 4 – HLR request (HLR replies always carry 4, line 1786).
    HLR = 4
    #: 5 – Ping-SMS.
    PING_SMS = 5
    #: 6 – MMS.
    MMS = 6
    #: 7 – Call (voice message).
    CALL = 7
    #: 8 – E-mail.
    EMAIL = 8
    #: 10 – Viber.
    VIBER = 10
    #: 12 – Social networks.
    SOCIAL = 12


class TemplateType(enum.IntEnum):
    """The type of a template message: flag bits 10 and 9 as a 2-bit number.

    Spec (line 1585): "Bits 10,9 are the type of template message (00 - service, 01 -
    transactional, 10 - authorization, 11 - advertising)." Bit 10 is the high bit, so
    "10" (authorization) is 2.
    """

    #: 00 – service.
    SERVICE = 0
    #: 01 – transactional.
    TRANSACTIONAL = 1
    #: 10 – authorization.
    AUTHORIZATION = 2
    #: 11 – advertising.
    ADVERTISING = 3


def message_type_from_int(code: int) -> MessageType | int:
    """Return the :class:`MessageType` member for ``code``, or ``code`` itself if unnamed.

    Spec (line 1600).

    Raises:
        LocalProtocolError: ``code`` is not an int in
            0..:data:`~smsc_proto.values.MESSAGE_TYPE_MAX`.
    """
    if type(code) is not int and not isinstance(code, MessageType):
        raise LocalProtocolError(f"type: message type must be an int, got {code!r}")
    if not 0 <= code <= MESSAGE_TYPE_MAX:
        raise LocalProtocolError(f"type: message type must be 0..{MESSAGE_TYPE_MAX}, got {code}")
    try:
        return MessageType(code)
    except ValueError:
        return int(code)


def parse_message_type(text: str) -> MessageType | int:
    """Read a decimal message type code (``type`` of status replies and callbacks).

    Spec (line 1600, callbacks line 3635). Canonical form: decimal without leading zeros;
    leading zeros are accepted (``"007"`` is 7). Unnamed codes come back as ``int``.

    Raises:
        RemoteProtocolError: ``text`` is not ASCII digits, or the code is above
            :data:`~smsc_proto.values.MESSAGE_TYPE_MAX` (the message starts with ``type:``).
    """
    if not is_ascii_digits(text) or len(text) > _MAX_DIGITS:
        raise RemoteProtocolError(f"type: message type must be decimal digits, got {short(text)}")
    with remote_errors():
        return message_type_from_int(int(text))


def format_message_type(value: MessageType | int) -> str:
    """Write a message type code in decimal. Spec (line 1600).

    Raises:
        LocalProtocolError: ``value`` is not an int in
            0..:data:`~smsc_proto.values.MESSAGE_TYPE_MAX`.
    """
    return str(int(message_type_from_int(value)))


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusFlag:
    """The ``flag`` of status replies and status callbacks, decoded bit by bit.

    Spec (lines 1583-1585, callback table lines 3637-3660): "a 2 byte number ... Bits 0-3
    (message type) ... Bit 5 – payment of the message from the second balance. Bit 8 is a
    sign of a template message. Bits 10,9 are the type of template message". The HLR
    legend (lines 1765-1766) omits bits 10,9 (INC-21); they are decoded the same way
    there. Bits the spec does not name (4, 6, 7, 11-15) are kept in ``unknown_bits``, so
    ``int(StatusFlag.from_int(n)) == n`` for every 0 <= n <= 65535.

    Args:
        message_type: Bits 0-3: a :class:`MessageType` or an unnamed code 0..15 (stored
            as the enum member when it has one).
        second_balance: Bit 5.
        template: Bit 8.
        template_type: Bits 10,9 as a :class:`TemplateType` (or int 0..3). Kept even
            when ``template`` is false, since the bits may be set regardless.
        unknown_bits: The other set bits, in place (e.g. ``0x10`` for bit 4); only bits
            4, 6, 7 and 11-15 are allowed.

    Raises:
        LocalProtocolError: A field is out of range or of the wrong type (the message
            starts with ``flag:``).
    """

    message_type: MessageType | int = MessageType.SMS
    second_balance: bool = False
    template: bool = False
    template_type: TemplateType = TemplateType.SERVICE
    unknown_bits: int = 0

    def __post_init__(self) -> None:
        code = self.message_type
        if type(code) is not int and not isinstance(code, MessageType):
            raise LocalProtocolError(f"flag: message_type must be an int, got {code!r}")
        if not 0 <= code <= _TYPE_MASK:
            raise LocalProtocolError(f"flag: message_type must be 0..15 (bits 0-3), got {code}")
        object.__setattr__(self, "message_type", message_type_from_int(code))
        for name in ("second_balance", "template"):
            if not isinstance(getattr(self, name), bool):
                raise LocalProtocolError(
                    f"flag: {name} must be a bool, got {getattr(self, name)!r}"
                )
        kind = self.template_type
        if type(kind) is not int and not isinstance(kind, TemplateType):
            raise LocalProtocolError(f"flag: template_type must be a TemplateType, got {kind!r}")
        if not 0 <= kind <= 3:
            raise LocalProtocolError(f"flag: template_type must be 0..3 (bits 10,9), got {kind}")
        object.__setattr__(self, "template_type", TemplateType(kind))
        bits = self.unknown_bits
        if type(bits) is not int:
            raise LocalProtocolError(f"flag: unknown_bits must be an int, got {bits!r}")
        if not 0 <= bits <= _FLAG_MAX or bits & _KNOWN_MASK:
            raise LocalProtocolError(
                f"flag: unknown_bits may only use bits 4, 6, 7 and 11-15, got {bits:#x}"
            )

    @classmethod
    def from_int(cls, value: int) -> StatusFlag:
        """Decode the 2-byte flag number ``value`` (0..65535). Spec (line 1583).

        Raises:
            LocalProtocolError: ``value`` is not an int in 0..65535.
        """
        if type(value) is not int:
            raise LocalProtocolError(f"flag: must be an int, got {value!r}")
        if not 0 <= value <= _FLAG_MAX:
            raise LocalProtocolError(f"flag: must be 0..{_FLAG_MAX} (2 bytes), got {value}")
        return cls(
            message_type=value & _TYPE_MASK,
            second_balance=bool(value & _SECOND_BALANCE_BIT),
            template=bool(value & _TEMPLATE_BIT),
            template_type=TemplateType((value & _TEMPLATE_TYPE_MASK) >> _TEMPLATE_TYPE_SHIFT),
            unknown_bits=value & ~_KNOWN_MASK & _FLAG_MAX,
        )

    def __int__(self) -> int:
        """Encode the flag back into its number (the inverse of :meth:`from_int`)."""
        value = int(self.message_type) | self.unknown_bits
        if self.second_balance:
            value |= _SECOND_BALANCE_BIT
        if self.template:
            value |= _TEMPLATE_BIT
        return value | (int(self.template_type) << _TEMPLATE_TYPE_SHIFT)


def parse_status_flag(text: str) -> StatusFlag:
    """Read the decimal ``flag`` of a status reply or callback.

    Spec (line 1583, callbacks line 3637). Canonical form: decimal without leading
    zeros; leading zeros are accepted (``"0256"`` is 256).

    Raises:
        RemoteProtocolError: ``text`` is not ASCII digits or is above 65535 (the message
            starts with ``flag:``).
    """
    if not is_ascii_digits(text) or len(text) > _MAX_DIGITS:
        raise RemoteProtocolError(f"flag: must be decimal digits, got {short(text)}")
    with remote_errors():
        return _flag_from_int(int(text))


# A flag is an immutable value and replies repeat a handful of them: decoded once each.
_flag_from_int: Final = functools.lru_cache(maxsize=1024)(StatusFlag.from_int)


def format_status_flag(value: StatusFlag) -> str:
    """Write the flag as its decimal number. Spec (line 1583)."""
    return str(int(value))
