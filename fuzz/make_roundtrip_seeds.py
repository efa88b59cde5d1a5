"""Write the seeds of the ``fuzz_roundtrip_*`` harnesses (run from the repo root).

``python fuzz/make_roundtrip_seeds.py [requests|replies|callbacks ...]`` feeds each
target's Hypothesis fuzz entry point pseudo-random byte strings (a fixed seed, so the
run is repeatable) and keeps, for each kind of input the target names (:func:`kind`: a
command and its wire form, a reply's command and fmt, a callback's kind, fmt and
delivery), the first one that draws a whole value:
``fuzz/corpus/fuzz_roundtrip_<name>/<kind>``, written as the canonical bytes
``fuzz_one_input`` returns for it. The seeds start the fuzzer with every kind already
reachable; ``tests/test_fuzz_roundtrip.py`` runs each harness's invariant on them.

The bytes are read by the Hypothesis version that wrote them; another version draws
other values from them (still valid inputs, as any bytes are). Rerun the script after
upgrading Hypothesis or changing a strategy.
"""

from __future__ import annotations

import importlib
import random
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "fuzz")]

from hypothesis import given  # noqa: E402
from roundtrip_common import FUZZ_SETTINGS  # noqa: E402

#: Target module -> how many byte strings to try.
TARGETS = {"roundtrip_requests": 30_000, "roundtrip_replies": 30_000, "roundtrip_callbacks": 3_000}


def seeds(name: str, tries: int) -> dict[str, bytes]:
    """Kind -> the canonical bytes of the first input of that kind."""
    target = importlib.import_module(name)
    drawn: list[Any] = []

    @FUZZ_SETTINGS
    @given(target.inputs())
    def record(case: Any) -> None:
        drawn.append(case)
        target.check(case)

    run = record.hypothesis.fuzz_one_input
    rng = random.Random(11)
    found: dict[str, bytes] = {}
    for _ in range(tries):
        drawn.clear()
        canonical = run(rng.randbytes(rng.randint(64, 4096)))
        if canonical is not None and drawn:
            found.setdefault(target.kind(drawn[-1]), canonical)
    return found


def main() -> None:
    """Write the seeds of the targets named on the command line (all by default)."""
    names = [f"roundtrip_{arg}" for arg in sys.argv[1:]] or list(TARGETS)
    for name in names:
        tries = TARGETS[name]
        corpus = ROOT / "fuzz" / "corpus" / f"fuzz_{name}"
        shutil.rmtree(corpus, ignore_errors=True)
        corpus.mkdir(parents=True)
        found = seeds(name, tries)
        for kind, data in sorted(found.items()):
            (corpus / kind).write_bytes(data)
        print(f"{corpus.relative_to(ROOT)}: {len(found)} seeds")


if __name__ == "__main__":
    main()
