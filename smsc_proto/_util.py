"""Small shared helpers for the value codecs (private)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._errors import LocalProtocolError, RemoteProtocolError


@contextmanager
def remote_errors() -> Iterator[None]:
    """Turn a constructor's :class:`LocalProtocolError` into a :class:`RemoteProtocolError`.

    Parsers build their results through the validating constructors; a value that the
    constructor refuses came from the wire, so the caller must see a remote error with
    the same message.
    """
    try:
        yield
    except LocalProtocolError as exc:
        raise RemoteProtocolError(str(exc)) from None


def is_ascii_digits(text: str) -> bool:
    """True when ``text`` is non-empty and made of ASCII ``0-9`` only.

    ``str.isdigit`` accepts Arabic-Indic and superscript digits, which the protocol
    never sends; ``int()`` would then decode them to a wrong value.
    """
    return text.isascii() and text.isdigit()


def short(text: str, limit: int = 40) -> str:
    """Quote ``text`` for an error message, cut to ``limit`` characters."""
    if len(text) > limit:
        return repr(text[:limit]) + "..."
    return repr(text)


def decimal_digits(text: str, max_digits: int = 10) -> int | None:
    """The value of ``text`` when it is 1..``max_digits`` ASCII digits, else ``None``.

    One reading for every choice code on the wire: leading zeros are read (``01`` is
    1), a sign, a blank or any other character is not a digit.
    """
    if len(text) > max_digits or not is_ascii_digits(text):
        return None
    return int(text)


def canonical_index(text: str) -> int | None:
    """The value of an array index written as the encoders write it, else ``None``.

    ``0`` or a decimal number of at most 9 digits without leading zeros: ``5`` is 5,
    while ``05``, ``+5``, `` 5`` and ``""`` are no index. ``fl[05]`` beside ``fl[5]``
    would be two spellings of one entry, and which of them counts would depend on the
    reader; only the canonical one is read.
    """
    if not 0 < len(text) <= 9 or not is_ascii_digits(text) or (text[0] == "0" and text != "0"):
        return None
    return int(text)
