"""Fuzz the hardened XML body loader, smsc_proto._xmlsafe.parse_xml.

Invariant: for any input, parse_xml returns an lxml element or raises
RemoteProtocolError whose message starts with "body:". A returned tree holds no
processing instruction and no entity (reference or declaration), and serializes. Anything
else (another exception, a hang, an expanded entity) is a bug.

Input layout: one byte selecting the request's charset (index into CHARSETS), then the
body.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lxml import etree

    from smsc_proto import RemoteProtocolError
    from smsc_proto._charsets import CHARSETS
    from smsc_proto._xmlsafe import parse_xml


def test_one_input(data: bytes) -> None:
    if not data:
        return
    charset = CHARSETS[data[0] % len(CHARSETS)]
    try:
        root = parse_xml(data[1:], charset)
    except RemoteProtocolError as exc:
        if not str(exc).startswith("body:"):
            raise AssertionError(f"message does not start with 'body:': {exc}") from None
        return
    for node in root.iter():
        if isinstance(node, (etree._ProcessingInstruction, etree._Entity)):
            raise AssertionError(f"{type(node).__name__} left in the tree")
    if root.getroottree().docinfo.internalDTD is not None:
        raise AssertionError("a DOCTYPE was accepted")
    etree.tostring(root)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
