"""The three charsets of the protocol and the policy for text they cannot carry (private).

Spec (line 127): "charset - The encoding of the transmitted message, if used other than
the default encoding of windows-1251. Options: utf-8 and koi8-r."
"""

from __future__ import annotations

import enum
from typing import Final

from ._errors import LocalProtocolError, RemoteProtocolError
from ._secrets import is_secret_param
from ._util import short

__all__ = [
    "CHARSETS",
    "DEFAULT_CHARSET",
    "Unencodable",
    "check_encodable",
    "decode_text",
    "normalize_charset",
]

#: The protocol's default charset: used whenever a request names none.
DEFAULT_CHARSET: Final = "windows-1251"

#: Every charset the gateway accepts, by its canonical wire name.
CHARSETS: Final = ("windows-1251", "koi8-r", "utf-8")

# Python codec names for the wire names. The codecs are the strict ones: cp1251 has one
# unassigned byte (0x98) that must fail to decode rather than turn into U+FFFD.
_CODECS: Final = {"windows-1251": "cp1251", "koi8-r": "koi8_r", "utf-8": "utf-8"}


class Unencodable(enum.Enum):
    """What an encoder does with text that the request's charset cannot carry.

    The protocol's default charset, windows-1251, carries Russian text but not emoji,
    most accents or CJK. An encoder never emits ``?`` or mojibake; the caller picks one
    of these two behaviours instead.
    """

    #: Raise :class:`~smsc_proto.LocalProtocolError` naming the parameter and the
    #: first character the charset cannot carry.
    ERROR = "error"
    #: Switch the whole request to utf-8 by setting ``charset=utf-8`` (replacing any
    #: other ``charset`` value), so the gateway reads every value correctly and answers
    #: in utf-8.
    UTF8 = "utf-8"


def normalize_charset(value: str, *, remote: bool) -> str:
    """Return the canonical wire name of ``value`` (case-insensitive match).

    Raises:
        RemoteProtocolError: ``value`` names no charset of the protocol and came from
            the wire (``remote=True``).
        LocalProtocolError: the same, for a value the caller supplied.
    """
    lowered = value.strip().lower()
    if lowered in _CODECS:
        return lowered
    message = f"charset: must be one of {', '.join(CHARSETS)}, got {short(value)}"
    if remote:
        raise RemoteProtocolError(message)
    raise LocalProtocolError(message)


def codec(charset: str) -> str:
    """Python codec name of a canonical wire charset name."""
    return _CODECS[charset]


def decode_text(raw: bytes, charset: str, what: str, *, secret: bool = False) -> str:
    """Decode wire bytes strictly; invalid bytes are a :class:`RemoteProtocolError`.

    The message names the byte and its offset, unless the text is a secret (``secret``,
    or ``what`` names a secret parameter, :func:`~smsc_proto.is_secret_param`): no part
    of a password is shown.
    """
    try:
        return raw.decode(_CODECS[charset])
    except UnicodeDecodeError as exc:
        if secret or is_secret_param(what):
            raise RemoteProtocolError(
                f"{what}: is not valid {charset} (the value is a secret: not shown)"
            ) from None
        raise RemoteProtocolError(
            f"{what}: byte 0x{raw[exc.start]:02x} at offset {exc.start} is not valid {charset}"
        ) from None


def check_encodable(text: str, charset: str, what: str) -> bytes:
    """Encode ``text`` strictly; text the charset cannot carry is a LocalProtocolError.

    The message names the character, unless ``what`` names a secret parameter
    (:func:`~smsc_proto.is_secret_param`): no part of a password is shown.
    """
    try:
        return text.encode(_CODECS[charset])
    except UnicodeEncodeError as exc:
        if is_secret_param(what):
            raise LocalProtocolError(
                f"{what}: holds a character {charset} cannot carry (the value is a secret: "
                "not shown); use charset=utf-8 or Unencodable.UTF8"
            ) from None
        char = text[exc.start]
        raise LocalProtocolError(
            f"{what}: character {char!r} (U+{ord(char):04X}) cannot be encoded in {charset}; "
            "use charset=utf-8 or Unencodable.UTF8"
        ) from None
