"""Write the reply harnesses' seeds from the reply test tables (run from the repo root).

``python fuzz/make_reply_seeds.py`` collects every ``(command, body)`` row of the
``CASES`` and ``ERRORS`` tables in ``tests/responses``, writes the commands the harness
does not know yet to ``fuzz/reply_commands.txt`` (one ``script?query`` line each, which
``reply_target.COMMANDS`` loads), and writes one seed per row into
``fuzz/corpus/fuzz_response_fmt<fmt>/case_<script>_<n>``: byte 0 the command's index in
``COMMANDS``, byte 1 the charset's, then the body. So every reply shape of every script
starts the fuzzers with a well-formed body, not only the error replies.

Then it writes ``fuzz/corpus/fuzz_reply_fastpath/``: every seed of the four
``fuzz_response_fmt<N>`` corpora, byte 1 rewritten to name its fmt as well as its charset
(``fastpath_target.seed_byte``).
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "fuzz")]

import fastpath_target  # noqa: E402
import reply_target  # noqa: E402

from smsc_proto import Request  # noqa: E402
from smsc_proto.commands import Command  # noqa: E402


def _rows() -> list[tuple[Command, bytes]]:
    rows = []
    for path in sorted((ROOT / "tests" / "responses").glob("test_*.py")):
        module = importlib.import_module(f"tests.responses.{path.stem}")
        for table in ("CASES", "ERRORS"):
            for row in getattr(module, table, []):
                command = next((x for x in row if isinstance(x, (Command, Request))), None)
                body = next((x for x in row if isinstance(x, bytes)), None)
                # documents.php replies (a PDF, a multipart body) have their own decoders.
                if (
                    isinstance(command, Command)
                    and body is not None
                    and command.SCRIPT != "documents.php"
                ):
                    rows.append((command, body))
    return rows


def _normal(command: Command) -> Command:
    return dataclasses.replace(command, fmt=None, charset=None, credentials=None)


def main() -> None:
    commands = [_normal(c) for c in reply_target.COMMANDS]
    lines_path = ROOT / "fuzz" / "reply_commands.txt"
    lines = lines_path.read_text("utf-8").splitlines() if lines_path.exists() else []
    rows = _rows()
    for command, _body in rows:
        normal = _normal(command)
        if normal not in commands:
            commands.append(normal)
            request = normal.to_request()
            lines.append(request.to_url(base="").removeprefix("/"))
    lines_path.write_text("".join(line + "\n" for line in lines), "utf-8")
    if len(commands) > 256:
        raise SystemExit(f"{len(commands)} commands: byte 0 of a seed names at most 256")
    counts: dict[str, int] = {}
    for command, body in rows:
        fmt = command.fmt or 0
        charset = reply_target.CHARSETS.index((command.charset or "windows-1251").lower())
        script = command.SCRIPT.replace(".php", "").replace("/", "_").strip("_")
        n = counts[f"{fmt}{script}"] = counts.get(f"{fmt}{script}", 0) + 1
        seed = ROOT / "fuzz" / "corpus" / f"fuzz_response_fmt{fmt}" / f"case_{script}_{n:03d}"
        seed.write_bytes(bytes([commands.index(_normal(command)), charset]) + body)
    print(f"{len(rows)} seeds, {len(commands)} commands ({len(lines)} from reply_commands.txt)")
    print(f"{write_fastpath_seeds()} fast-path seeds")


def write_fastpath_seeds() -> int:
    """Copy every reply seed into the fast-path harness's corpus, its fmt in byte 1."""
    corpus = ROOT / "fuzz" / "corpus"
    target = corpus / "fuzz_reply_fastpath"
    target.mkdir(exist_ok=True)
    written = 0
    for fmt in range(4):
        for seed in sorted((corpus / f"fuzz_response_fmt{fmt}").iterdir()):
            data = seed.read_bytes()
            charset = data[1] % len(reply_target.CHARSETS)
            again = bytes([data[0], fastpath_target.seed_byte(fmt, charset)]) + data[2:]
            (target / f"fmt{fmt}_{seed.name}").write_bytes(again)
            written += 1
    return written


if __name__ == "__main__":
    main()
