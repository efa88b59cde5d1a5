"""Fuzz the reply fast path against the exact decoder (the invariant is in fastpath_target.py).

Run: ``python fuzz/fuzz_reply_fastpath.py fuzz/corpus/fuzz_reply_fastpath``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import fastpath_target


def test_one_input(data: bytes) -> None:
    """The harness entry point: one input."""
    fastpath_target.check(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
