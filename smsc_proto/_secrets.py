"""Which parameters carry secrets, and how everything that prints them masks them (private).

The spec's secrets are the account password and key, and the sub-client passwords of
``users.php``:

* Spec (line 45): "psw - Client Password"; the vendor's client sends ``apikey`` in place
  of login + psw (QUIRKS: the apikey form);
* Spec (line 2283): "pswc - Current password subclient."; (line 2284): "password - The
  new password of the sub-client";
* Spec (line 2659): "code - Code for confirming the sender's digital name" -- a one-time
  code that proves who owns the sender name, so it is treated as a password.

Parameters nobody declared are judged by their name: a caller's or a handler URL's
``token``, ``my_password`` or ``psw2`` is masked too (:func:`is_secret_param`). The
callback secret of a handler URL never travels as a parameter value the gateway sends
back (the signature replaces it, spec line 3619), and :class:`~smsc_proto.HandlerUrl`
keeps it out of its ``repr``.

Nothing here imports the rest of the package, so every layer can use it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any, Final
from urllib.parse import unquote

__all__ = [
    "MASK",
    "SECRET_PARAMS",
    "is_secret_param",
    "mask_headers",
    "mask_pairs",
    "masked_dataclass_repr",
    "redact_query",
]

#: What is shown in place of a secret value.
MASK: Final = "***"

#: Parameters the spec declares whose values are credentials: never shown by ``repr``,
#: in a message or in a log line. ``psw`` is the account password (line 45), ``apikey``
#: the vendor client's alternative to login + psw, ``password`` and ``pswc`` the new and
#: the current sub-client password of ``users.php`` (lines 2283-2284), ``code`` the
#: confirmation code of a digital sender name (``senders.php``, line 2659). Other names
#: are masked by the rule of :func:`~smsc_proto.is_secret_param`.
SECRET_PARAMS: Final = frozenset({"psw", "apikey", "password", "pswc", "code"})

# Parts of a name that mark it as a secret wherever they stand (case-insensitive).
_SECRET_PARTS: Final = ("password", "passwd", "apikey", "api_key", "api-key", "secret", "token")

# A "name=value" pair in a URL query or a form body inside any text (a URL, an exception
# message, a log line). A URL holds no white space or quote: the value ends there too
# ('"GET /sys/x.php?psw=... HTTP/1.1" 200').
_PAIR_IN_TEXT: Final = re.compile(r"(^|[?&!;\s])([^=&#?!;\s'\"]+)=([^&#\s'\"]*)")


def is_secret_param(name: str) -> bool:
    """Whether the value of parameter ``name`` is a secret that must never be shown.

    The rule, case-insensitive: a name of :data:`~smsc_proto.SECRET_PARAMS`; a name that
    starts with ``psw`` (``pswc``, ``psw2``, ``psw[0]``); or a name that contains
    ``password``, ``passwd``, ``apikey``, ``api_key``, ``api-key``, ``secret`` or
    ``token`` (``new_password``, ``client_secret``, ``access_token``). Such values are
    masked as ``***`` by every ``repr`` and ``str`` of the package (commands and their
    ``extra``, :class:`~smsc_proto.Request`, :class:`~smsc_proto.HttpRequest`,
    callbacks' ``extra``, :class:`~smsc_proto.HandlerUrl`'s pairs), by
    :meth:`Session.redact <smsc_proto.Session.redact>` and the log filter, by error
    messages and by the command line.

    Args:
        name: The parameter name as it travels (``"psw"``, ``"fl[5]"``).
    """
    lowered = name.lower()
    return (
        lowered in SECRET_PARAMS
        or lowered.startswith("psw")
        or any(part in lowered for part in _SECRET_PARTS)
    )


def mask_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``pairs`` with the value of every secret parameter replaced by :data:`MASK`."""
    return tuple((name, MASK if is_secret_param(name) else value) for name, value in pairs)


# Headers that carry credentials whatever their value looks like (RFC 9110 section 11,
# RFC 6265): the gateway needs none, but a caller's proxy or a test may add them.
_SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def mask_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``headers`` with the value of every credential header masked.

    ``Authorization``, ``Proxy-Authorization``, ``Cookie`` and ``Set-Cookie``, and any
    header whose name is a secret parameter's (``X-Api-Key``, ``X-Auth-Token``).
    """
    return tuple(
        (name, MASK if name.lower() in _SECRET_HEADERS or is_secret_param(name) else value)
        for name, value in headers
    )


def _masked_value(name: str, value: str) -> str:
    # Names in a URL are percent-encoded ("new%5Fpassword"): judge the decoded name.
    return MASK if is_secret_param(name) or is_secret_param(unquote(name)) else value


def redact_query(text: str) -> str:
    """``text`` with the value of every secret ``name=value`` pair masked.

    Works on URLs, form bodies and any text that quotes them (an exception's message, a
    log line): the pair starts the text or follows ``?``, ``&``, ``!`` (a handler URL's
    GET part, spec line 3621), ``;`` or white space.
    """
    return _PAIR_IN_TEXT.sub(
        lambda m: f"{m[1]}{m[2]}={_masked_value(m[2], m[3])}" if m[3] else m[0], text
    )


def masked_dataclass_repr(
    obj: Any, pair_fields: Iterable[str] = ("extra",), secret_fields: Iterable[str] = ()
) -> str:
    """The dataclass ``repr`` of ``obj`` with its secret values masked.

    It reads as the generated one (``Name(field=value, ...)``, fields with
    ``repr=False`` left out); the ``(name, value)`` pairs of ``pair_fields`` show
    :data:`MASK` in place of each secret value (see :func:`is_secret_param`), and so
    do the ``secret_fields`` that are not ``None``.
    """
    pairs = set(pair_fields)
    secret = set(secret_fields)
    parts = []
    for f in dataclasses.fields(obj):
        if not f.repr:
            continue
        value = getattr(obj, f.name)
        if f.name in secret and value is not None:
            value = MASK
        elif f.name in pairs and isinstance(value, tuple):
            value = _mask_items(value)
        parts.append(f"{f.name}={value!r}")
    return f"{type(obj).__qualname__}({', '.join(parts)})"


def _mask_items(value: tuple[Any, ...]) -> tuple[Any, ...]:
    # Malformed items are kept as they are (the constructor refuses them anyway); a
    # pair with a secret name shows the mask.
    return tuple(
        (item[0], MASK)
        if isinstance(item, tuple)
        and len(item) == 2
        and isinstance(item[0], str)
        and is_secret_param(item[0])
        else item
        for item in value
    )
