"""Fuzz the callback decoder: decode_callback(query, body, content_type, charset=...).

Invariant: for any input, decoding returns a StatusCallback, IncomingMessage or
CallConfirmation, or raises RemoteProtocolError. A returned callback re-encodes as a
form in its charset and decodes back equal; verify_callback on it returns or raises
SignatureError. Anything else is a bug.

So a JSON ``\\u`` escape or an XML character reference naming a character the
callback's charset cannot carry is refused at decode (it could not be written back),
and so is an empty body or one without the parameters its kind always carries.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import (
        FORM_CONTENT_TYPE,
        SIGNATURE_ALGORITHMS,
        RemoteProtocolError,
        SignatureError,
        decode_callback,
        encode_callback,
        verify_callback,
    )

#: The first byte picks the body's content type (``None``: the query alone).
CONTENT_TYPES = (None, FORM_CONTENT_TYPE, "application/xml", "application/json")
#: The second byte picks the handler's charset argument.
CHARSETS = (None, "windows-1251", "koi8-r", "utf-8")


def test_one_input(data: bytes) -> None:
    # Input layout (seed-friendly): content-type byte, charset byte, then the query,
    # then optionally a blank line and the body (no blank line: no body; a blank line
    # at the end: an empty body).
    if len(data) < 2:
        return
    content_type = CONTENT_TYPES[data[0] % len(CONTENT_TYPES)]
    charset = CHARSETS[data[1] % len(CHARSETS)]
    query, blank, body = data[2:].partition(b"\n\n")
    try:
        cb = decode_callback(query, body if blank else None, content_type, charset=charset)
    except RemoteProtocolError:
        return
    again, form = encode_callback(cb)
    assert decode_callback((), again, form) == cb, (data, cb)
    for algorithm in SIGNATURE_ALGORITHMS:
        with contextlib.suppress(SignatureError):
            verify_callback(cb, "fuzz-secret", algorithm)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
