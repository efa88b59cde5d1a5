"""Fuzz decode_response with fmt=0 bodies (the invariant is in reply_target.py).

Run: ``python fuzz/fuzz_response_fmt0.py fuzz/corpus/fuzz_response_fmt0``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import reply_target


def test_one_input(data: bytes) -> None:
    """The harness entry point: one input."""
    reply_target.check(0, data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
