"""Fuzz encode -> decode over the shipped Hypothesis strategies (issue 11 §6): replies.

Invariant: every reply encoder (encode_response, encode_documents_response,
encode_error; every command and reply model the shipped strategies draw, fmt 0..3, every
charset) writes what decode_response and decode_exact read back as the same value
(None for fields the fmt does not carry) or error, or raises LocalProtocolError.
Anything else is a bug. The full statement is at the top of ``roundtrip_replies.py``.

The fuzzer's bytes drive the strategies through Hypothesis' ``fuzz_one_input``;
bytes too short for a whole draw run nothing. Only smsc_proto is instrumented (not
Hypothesis, not the strategies): coverage of the codecs steers the fuzzer.

Run: ``python fuzz/fuzz_roundtrip_replies.py .fuzz-work/fuzz_roundtrip_replies
fuzz/corpus/fuzz_roundtrip_replies``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["smsc_proto"]):
    import smsc_proto  # noqa: F401 - the package's modules, instrumented

# Imported after: Hypothesis and the strategies are not instrumented.
import roundtrip_replies

TARGET = roundtrip_replies.fuzz_target()


def test_one_input(data: bytes) -> None:
    """The harness entry point: one input."""
    TARGET(data)


#: Defaults for structured input (a flag given on the command line wins): inputs up to
#: 4 KiB from the start, as a whole draw of a large value takes that much; libFuzzer's
#: slow growth of the length limit would otherwise cut most inputs short of one.
DEFAULTS = ("-max_len=4096", "-len_control=0")


def main() -> None:
    """Run the fuzzer with :data:`DEFAULTS` under the command line's flags."""
    given = {arg.split("=", 1)[0] for arg in sys.argv[1:] if arg.startswith("-")}
    extra = [flag for flag in DEFAULTS if flag.split("=", 1)[0] not in given]
    atheris.Setup([*sys.argv, *extra], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
