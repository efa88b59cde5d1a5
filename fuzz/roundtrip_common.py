"""What the ``fuzz_roundtrip_*`` targets share: the Hypothesis fuzz target and counters.

Each target draws its inputs with the shipped strategies (``smsc_proto.strategies``) and
checks one invariant on them; :func:`fuzz_target` wraps the two in a ``@given`` test and
returns its ``fuzz_one_input``, which turns the fuzzer's bytes into drawn values. Bytes
too short for a whole draw run nothing (Hypothesis stops the draw); :class:`Counts`
keeps how many inputs ran the invariant, so a run's totals say how much was checked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

__all__ = ["Counts", "fuzz_target"]

T = TypeVar("T")

#: One settings object for every target: no example database (the fuzzer keeps its own
#: crash files), no deadline, no health checks (``fuzz_one_input`` runs none of them,
#: and a suite run of the same test must not fail on a slow machine).
FUZZ_SETTINGS = settings(
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


@dataclass
class Counts:
    """How many inputs a run gave, how many ran the invariant, how many were refused.

    ``passed``: the encoder wrote the value and it read back equal; ``refused``: the
    encoder raised ``LocalProtocolError`` (the invariant's other allowed outcome).
    """

    name: str
    inputs: int = 0
    passed: int = 0
    refused: int = 0

    def report(self) -> str:
        """One line with the totals so far."""
        return (
            f"#{self.name}: {self.inputs} inputs, {self.passed + self.refused} drawn: "
            f"{self.passed} round trips, {self.refused} refused by the encoder"
        )


def fuzz_target(
    inputs: st.SearchStrategy[T], check: Callable[[T], None], counts: Counts
) -> Callable[[bytes], bytes | None]:
    """The atheris entry point: ``check`` run on the value ``inputs`` draws from the bytes.

    Prints ``counts`` to stderr at 2**10, 2**11, ... inputs and then every million.
    """

    @FUZZ_SETTINGS
    @given(inputs)
    def roundtrip(value: T) -> None:
        check(value)

    run: Callable[[bytes], bytes | None] = roundtrip.hypothesis.fuzz_one_input  # type: ignore[attr-defined]

    def one_input(data: bytes) -> bytes | None:
        counts.inputs += 1
        n = counts.inputs
        if (n >= 1024 and n & (n - 1) == 0) or n % 1_000_000 == 0:
            print(counts.report(), file=sys.stderr, flush=True)
        return run(data)

    return one_input
