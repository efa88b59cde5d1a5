"""Print the reply benchmarks' ratio tables from a pytest-benchmark JSON file.

Run the benchmarks with ``--benchmark-json=FILE`` (and ``--benchmark-timer=
time.process_time``, as ``make bench`` does), then::

    .venv/bin/python benchmarks/ratios.py FILE

Every ratio is the contender's min time over the bare parser's (or bare serializer's)
min time in the same group of the same run; the targets are those of issue 10. The
output is the Markdown table of ``benchmarks/README.md`` and the machine line.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from typing import Any, Final

# group case -> (the reply, the target ratio to the bare parser)
DECODE: Final = {
    "messages-fmt3": ("get_messages, 1000 records, fmt=3", 3.0),
    "messages-fmt2": ("get_messages, 1000 records, fmt=2", 1.5),
    "messages-fmt1": ("get_messages, 1000 records, fmt=1", 3.5),
    "messages-fmt0": ("get_messages, 1000 records, fmt=0", 1.8),
    "answers-fmt3": ("get_answers, 10000 records, fmt=3", 3.0),
    "answers-fmt2": ("get_answers, 10000 records, fmt=2", 1.5),
    "answers-fmt1": ("get_answers, 10000 records, fmt=1", 3.5),
    "answers-fmt0": ("get_answers, 10000 records, fmt=0", 1.8),
    "status-fmt3": ("status.php, 100 ids (all=1), fmt=3", 3.0),
    "status-fmt2": ("status.php, 100 ids (all=1), fmt=2", 1.5),
    "status-fmt0": ("status.php, 100 ids (all=1), fmt=0", 1.8),
}


def _mins(data: dict[str, Any], prefix: str) -> dict[str, dict[str, float]]:
    """group case -> contender -> min seconds, for the groups named ``prefix<case>``."""
    out: dict[str, dict[str, float]] = {}
    for bench in data["benchmarks"]:
        group = bench["group"] or ""
        if group.startswith(prefix):
            case = group.removeprefix(prefix)
            out.setdefault(case, {})[bench["params"]["contender"]] = bench["stats"]["min"]
    return out


def _time(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.0f} us"


def tables(data: dict[str, Any]) -> str:
    """The decode and encode tables of one run, as Markdown."""
    lines = [
        "| reply | target | pydantic | `decode_response` | beats pydantic | within target "
        "| `decode_response` (min) |",
        "|---|---|---|---|---|---|---|",
    ]
    decode = _mins(data, "replies-")
    for case, (label, target) in DECODE.items():
        if case not in decode:
            continue
        times = decode[case]
        bare, pyd, ours = times["bare"], times["pydantic"], times["decode_response"]
        lines.append(
            f"| {label} | <= {target}x | {pyd / bare:.2f}x | {ours / bare:.2f}x "
            f"| {'yes' if ours < pyd else 'no'} | {'yes' if ours / bare <= target else 'no'} "
            f"| {_time(ours)} |"
        )
    lines += ["", "| reply | `encode_response` / bare serializer | `encode_response` (min) |"]
    lines.append("|---|---|---|")
    encode = _mins(data, "encode-")
    for case, (label, _target) in DECODE.items():
        if case in encode:
            times = encode[case]
            ratio = times["encode_response"] / times["bare"]
            lines.append(f"| {label} | {ratio:.1f}x | {_time(times['encode_response'])} |")
    machine = data["machine_info"]
    cpu = machine.get("cpu", {})
    lines += [
        "",
        f"Machine: {cpu.get('brand_raw') or platform.processor() or machine['machine']}, "
        f"{cpu.get('count', '?')} cores; Python {machine['python_version']}.",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the tables of the JSON file ``argv[1]``."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(tables(json.loads(Path(argv[1]).read_text("utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
