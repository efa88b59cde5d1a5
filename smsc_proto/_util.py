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
