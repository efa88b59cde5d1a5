"""Callback signatures (md5, sha1, crc32) and their verification (private).

Spec (lines 3611-3619): "To protect the transmitted data from spoofing, you can
additionally specify any of the md5, sha1, or crc32 parameters in the handler address
that define the algorithm for calculating the control parameter with the string hash:
"id:phone:status:<secret>" − for the delivery status, "phone:mes:to:<secret>" − for an
incoming message, "phone:ts:<secret>" − to confirm the number with a call ... You can
use Latin letters, numbers, minus signs, and underscores as secret string characters.
The corresponding parameter will be passed to the handler, in which the secret string
will be replaced with the hash value of the transmitted data."

The spec does not say how the hash is written nor in which charset the string is hashed
(QUIRKS INC-51). Decided: the string is hashed in the charset the callback travelled in
(the bytes a PHP handler would hash from ``$_POST``); md5 and sha1 are hex digits, read in
either case and written lowercase; crc32 is zlib's CRC-32 (PHP's ``crc32()``), read as an
unsigned decimal (what PHP prints) or 8 hex digits and written in decimal.

This module works on the models of :mod:`smsc_proto._callbacks` through the class
attributes they declare (``_SIGNED``, ``_CODECS``). The dependency goes
one way: this module imports the models (and the algorithm names a model's
``algorithm`` holds, declared with them); the models import nothing from here.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import zlib
from typing import Final

from ._callbacks import SIGNATURE_ALGORITHMS, Callback, SignatureAlgorithm
from ._charsets import DEFAULT_CHARSET, codec
from ._errors import LocalProtocolError, SignatureError

__all__ = [
    "SIGNATURE_ALGORITHMS",
    "SignatureAlgorithm",
    "callback_signature",
    "verify_callback",
]

# Spec (line 3619): "Latin letters, numbers, minus signs, and underscores". The length
# cap is ours.
_SECRET_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,128}")
_SECRET_RULE: Final = "1..128 Latin letters, digits, '-' or '_' (line 3619)"
_HEX_RE: Final = re.compile(r"[0-9A-Fa-f]+")
_CRC_DECIMAL_RE: Final = re.compile(r"0|[1-9][0-9]{0,9}")
_CRC_HEX_RE: Final = re.compile(r"[0-9A-Fa-f]{8}")
_HEX_LENGTH: Final = {"md5": 32, "sha1": 40}
_CRC_MAX: Final = 2**32 - 1


def check_algorithm(algorithm: object) -> SignatureAlgorithm:
    """``algorithm`` if it is one of :data:`SIGNATURE_ALGORITHMS`, else LocalProtocolError."""
    for known in SIGNATURE_ALGORITHMS:
        if algorithm == known:
            return known
    raise LocalProtocolError(
        f"algorithm: must be one of {', '.join(SIGNATURE_ALGORITHMS)}, got {algorithm!r}"
    )


def check_secret(secret: object, what: str = "secret") -> bytes:
    """The secret's bytes; LocalProtocolError (never quoting it) if it breaks line 3619."""
    if not isinstance(secret, str) or _SECRET_RE.fullmatch(secret) is None:
        raise LocalProtocolError(f"{what}: must be {_SECRET_RULE}")
    return secret.encode("ascii")


def _signed_bytes(cb: Callback, algorithm: str, error: type[Exception]) -> bytes:
    """The documented string without the secret (``id:phone:status``...), as bytes.

    Each field is written by its codec, so it is checked again here: a ``:`` in any
    field but ``mes`` is refused, whatever built the model.
    """
    names: tuple[str, ...] = cb._SIGNED
    layout = ":".join(names)
    parts: list[str] = []
    for name in names:
        value = getattr(cb, name)
        if value is None:
            raise error(f"{name}: missing, and the {algorithm} string {layout}:<secret> needs it")
        try:
            text = cb._CODECS[name].format(name, value)
        except LocalProtocolError as exc:
            raise error(str(exc)) from None
        if name != "mes" and ":" in text:
            raise error(f"{name}: holds ':', which would move the split of {layout}")
        parts.append(text)
    charset = cb.charset or DEFAULT_CHARSET
    joined = ":".join(parts)
    try:
        return joined.encode(codec(charset))
    except UnicodeEncodeError:
        raise error(f"mes: cannot be encoded in {charset}, the charset it is hashed in") from None


def _digest(algorithm: SignatureAlgorithm, data: bytes) -> str:
    if algorithm == "md5":
        return hashlib.md5(data, usedforsecurity=False).hexdigest()
    if algorithm == "sha1":
        return hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return str(zlib.crc32(data))


def callback_signature(cb: Callback, secret: str, algorithm: SignatureAlgorithm) -> str:
    """The signature the gateway sends with ``cb``: the hash of its documented string.

    ``id:phone:status:<secret>`` for a :class:`~smsc_proto.StatusCallback`,
    ``phone:mes:to:<secret>`` for an :class:`~smsc_proto.IncomingMessage`,
    ``phone:ts:<secret>`` for a :class:`~smsc_proto.CallConfirmation` (lines 3611-3614),
    hashed in ``cb.charset`` (windows-1251 when ``None``).

    Returns:
        md5 and sha1 as lowercase hex; crc32 as an unsigned decimal.

    Raises:
        LocalProtocolError: a bad algorithm or secret (the message never quotes the
            secret), or a field of the string is missing or cannot be hashed.
    """
    algorithm = check_algorithm(algorithm)
    key = check_secret(secret)
    data = _signed_bytes(cb, algorithm, LocalProtocolError)
    return _digest(algorithm, data + b":" + key)


def _received(algorithm: SignatureAlgorithm, text: str) -> list[tuple[bytes, str]]:
    """The readings of a received signature: (normalised bytes, form) pairs.

    The form is ``"hex"`` or ``"decimal"``: which writing of the expected value each
    reading is compared with. Raises SignatureError for a malformed value.
    """
    if not text:
        raise SignatureError(f"{algorithm}: the signature is empty")
    if not text.isascii():
        raise SignatureError(f"{algorithm}: the signature holds non-ASCII characters")
    if algorithm in _HEX_LENGTH:
        length = _HEX_LENGTH[algorithm]
        if len(text) != length:
            raise SignatureError(
                f"{algorithm}: the signature must be {length} hex digits, "
                f"got {len(text)} characters"
            )
        if _HEX_RE.fullmatch(text) is None:
            raise SignatureError(f"{algorithm}: the signature holds non-hex characters")
        return [(text.lower().encode("ascii"), "hex")]
    readings: list[tuple[bytes, str]] = []
    if _CRC_DECIMAL_RE.fullmatch(text) and int(text) <= _CRC_MAX:
        readings.append((text.encode("ascii"), "decimal"))
    if _CRC_HEX_RE.fullmatch(text):
        readings.append((text.lower().encode("ascii"), "hex"))
    if not readings:
        raise SignatureError(
            f"crc32: the signature must be an unsigned decimal 0..{_CRC_MAX} or 8 hex digits"
        )
    return readings


def verify_callback(cb: Callback, secret: str, algorithm: SignatureAlgorithm) -> None:
    """Check ``cb``'s signature with the handler's secret and pinned algorithm.

    The algorithm is the handler's configuration, never read from the payload: a
    callback signed with another algorithm than ``algorithm`` is refused, so a forgeable
    crc32 cannot pass a handler that asked for md5. The fields of the documented string
    are checked before the hash is trusted (a ``:`` may only stand in ``mes``), and the
    comparison is constant-time (``hmac.compare_digest`` on bytes).

    Accepted writings: md5 and sha1 as hex in either case; crc32 as an unsigned decimal
    or 8 hex digits (either case).

    Only the fields of the documented string are protected; the others, and the
    freshness of the callback, are not (see :class:`~smsc_proto.ReplayGuard`).

    Raises:
        SignatureError: no signature, another algorithm's parameter, an empty, non-ASCII,
            wrong-length or non-hex signature, a missing or malformed signed field, or
            a signature that does not match. The message never contains the secret or
            the expected signature.
        LocalProtocolError: ``algorithm`` or ``secret`` is not one the handler URL may
            carry (the handler's own configuration is wrong).
    """
    algorithm = check_algorithm(algorithm)
    key = check_secret(secret)
    seen = getattr(cb, "algorithm", None)
    if seen is None or cb.signature is None:
        raise SignatureError(f"{algorithm}: the callback carries no signature parameter")
    if seen != algorithm:
        raise SignatureError(
            f"{seen}: the callback is signed with {seen}, but the handler is pinned to {algorithm}"
        )
    readings = _received(algorithm, cb.signature)
    data = _signed_bytes(cb, algorithm, SignatureError) + b":" + key
    if algorithm == "crc32":
        crc = zlib.crc32(data)
        expected = {"decimal": str(crc).encode("ascii"), "hex": f"{crc:08x}".encode("ascii")}
    else:
        expected = {"hex": _digest(algorithm, data).encode("ascii")}
    matched = False
    for value, form in readings:
        # Every reading is compared, so the time does not depend on which one matched.
        matched |= hmac.compare_digest(value, expected[form])
    if not matched:
        raise SignatureError(f"{algorithm}: the signature does not match")
