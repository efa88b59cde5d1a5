"""What ``import smsc_proto`` and the pytest plugin cost, measured as whole processes.

Run from the repository root (``make bench-import``)::

    .venv/bin/python benchmarks/bench_import.py            # 30 rounds
    .venv/bin/python benchmarks/bench_import.py --rounds 60

**Method.** Every contender is a fresh interpreter started with :func:`subprocess.run`
and timed from before the start to after the exit with :func:`time.perf_counter` (the
wall clock: a process's start-up, imports and teardown are what a user waits for).
The contenders run *interleaved*, one of each per round in a shuffled order, so a
change of load on the machine hits them all alike; each round is one sample of each.
The figures are the **min** (the run least disturbed by the machine) and the
**median** over the rounds, and the ratio of those to the baseline of the group:

``import`` group
    ``python -c pass`` (the interpreter alone), ``python -c "import requests"`` (the
    baseline the issue names) and ``python -c "import smsc_proto"``. The target: smsc_proto
    at most the time of requests. ``from smsc_proto import Session`` (the whole
    client-side codec) is printed too, for what a caller who uses the session pays.

``pytest`` group
    An empty test directory (one ``conftest.py``-free folder with a ``pytest.ini``, so
    no project configuration is read), run as ``python -m pytest -q <dir>`` with the
    installed plugins (the ``smsc_proto`` entry point of ``pytest11`` among them) and
    the same with ``-p no:smsc_proto``. The target: at most 1.1x. Both runs exit 5
    (no tests collected); any other status fails the benchmark.

The child interpreters run in an empty directory and import the packages of the
checkout this file is in (it is put first on ``PYTHONPATH`` unless that is set, so
``PYTHONPATH=<other checkout>`` measures that one); the pytest plugin is found through the
``pytest11`` entry point of the installed distribution, which names
``transports.pytest_plugin`` -- so the checkout's module is the one loaded.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "measure"]

#: pytest's status for a run that collected no test.
NO_TESTS = 5


def _time(argv: Sequence[str], expect: int, cwd: str | None) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != expect:
        raise SystemExit(
            f"{' '.join(argv)} exited {done.returncode}, not {expect}:\n"
            f"{done.stderr.decode(errors='replace')}"
        )
    return elapsed


def measure(
    contenders: dict[str, list[str]], rounds: int, expect: int = 0, cwd: str | None = None
) -> dict[str, list[float]]:
    """Run each contender once per round, in a new random order each round."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    rng = random.Random(0)
    for name in names:  # one warm-up each: the page cache and .pyc files are filled
        _time(contenders[name], expect, cwd)
    for _ in range(rounds):
        rng.shuffle(names)
        for name in names:
            times[name].append(_time(contenders[name], expect, cwd))
    return times


def _report(title: str, times: dict[str, list[float]], baseline: str) -> None:
    base_min = min(times[baseline])
    base_median = statistics.median(times[baseline])
    print(f"\n{title} ({len(times[baseline])} rounds; ratios to {baseline!r})")
    print(f"{'contender':<40} {'min ms':>8} {'median ms':>10} {'min x':>7} {'median x':>9}")
    for name, samples in times.items():
        low, mid = min(samples), statistics.median(samples)
        print(
            f"{name:<40} {low * 1e3:8.1f} {mid * 1e3:10.1f} "
            f"{low / base_min:7.2f} {mid / base_median:9.2f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure both groups and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as empty:
        # Run in an empty directory: ``python -c`` puts the working directory first on
        # sys.path, and a checkout there would shadow PYTHONPATH.
        imports = measure(
            {
                "python -c pass": [py, "-c", "pass"],
                "import requests": [py, "-c", "import requests"],
                "import smsc_proto": [py, "-c", "import smsc_proto"],
                "from smsc_proto import Session": [py, "-c", "from smsc_proto import Session"],
            },
            args.rounds,
            cwd=empty,
        )
        _report("import", imports, "import requests")
        Path(empty, "pytest.ini").write_text("[pytest]\n", "utf-8")
        # No -p no:cacheprovider: both runs write the same cache, so it costs both alike.
        pytest = [py, "-m", "pytest", "-q", empty]
        plugin = measure(
            {"pytest, plugin disabled": [*pytest, "-p", "no:smsc_proto"], "pytest": pytest},
            args.rounds,
            expect=NO_TESTS,
            cwd=empty,
        )
    _report("pytest, an empty directory", plugin, "pytest, plugin disabled")
    return 0


if __name__ == "__main__":
    # The child interpreters must find the packages the way this one does.
    os.environ.setdefault("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
