"""Fuzz the wire decoder, Request.from_url, with a URL, a body and a content type.

Invariant: for any input, ``Request.from_url`` returns a Request or raises
RemoteProtocolError; a returned Request re-encodes (with the UTF-8 policy) and decodes
back to the same Request. Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from smsc_proto import RemoteProtocolError, Request, Unencodable

_CONTENT_TYPES = (
    None,
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json",
)


def test_one_input(data: bytes) -> None:
    # Input layout (seed-friendly): one byte picks the content type, then the query,
    # then an optional body after the first blank line.
    if not data:
        return
    content_type = _CONTENT_TYPES[data[0] % len(_CONTENT_TYPES)]
    url, _, body = data[1:].partition(b"\n\n")
    try:
        request = Request.from_url(b"/sys/send.php?" + url, body or None, content_type)
    except RemoteProtocolError:
        return
    if request.attachments:
        encoded, ctype = request.to_multipart(unencodable=Unencodable.UTF8)
        again = Request.from_url(request.endpoint(), encoded, ctype)
    else:
        again = Request.from_url(request.to_url(unencodable=Unencodable.UTF8))
    assert again == request.encodable(Unencodable.UTF8), (request, again)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
