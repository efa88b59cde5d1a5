"""Fuzz the hardened JSON body loader, smsc_proto._jsonsafe.load_json.

Invariant: for any input, load_json returns a value or raises RemoteProtocolError whose
message starts with "body:". A returned value nests at most MAX_JSON_DEPTH levels, holds
only ints in -2**63..2**64-1 and finite floats, and survives orjson.dumps/loads
unchanged. Anything else (another exception, a hang, a RecursionError) is a bug.

Input layout: one byte selecting the request's charset (index into CHARSETS), then the
body.
"""

from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports():
    import orjson

    from smsc_proto import RemoteProtocolError
    from smsc_proto._charsets import CHARSETS
    from smsc_proto._jsonsafe import MAX_JSON_DEPTH, load_json


def _check_value(value: object) -> None:
    """Walk the value iteratively: depth, integer range, finite floats."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise AssertionError(f"nesting {depth} accepted")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth) for child in children)
        elif isinstance(item, bool) or item is None or isinstance(item, str):
            continue
        elif isinstance(item, int):
            if not -(2**63) <= item <= 2**64 - 1:
                raise AssertionError(f"integer {item} accepted")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise AssertionError(f"float {item} accepted")
        else:
            raise AssertionError(f"unexpected type {type(item).__name__}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    charset = CHARSETS[data[0] % len(CHARSETS)]
    try:
        value = load_json(data[1:], charset)
    except RemoteProtocolError as exc:
        if not str(exc).startswith("body:"):
            raise AssertionError(f"message does not start with 'body:': {exc}") from None
        return
    _check_value(value)
    if orjson.loads(orjson.dumps(value)) != value:
        raise AssertionError(f"value does not survive a round trip: {value!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
