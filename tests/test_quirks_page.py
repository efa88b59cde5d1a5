"""Every one of the spec's 71 contradictions (INC-01..INC-71) has a decision on the
docs' quirks page: a row of its table with what the spec says and what was decided."""

from __future__ import annotations

import re
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "quirks.rst"
_ROW = re.compile(r"^   \* - (INC-\d\d)\n     - (.+)\n     - (.+)$", re.MULTILINE)


def test_every_quirk_has_one_decision() -> None:
    rows = _ROW.findall(PAGE.read_text("utf-8"))
    ids = [quirk for quirk, _said, _decided in rows]
    assert ids == [f"INC-{n:02d}" for n in range(1, 72)], "one row per quirk, in order"
    for quirk, said, decided in rows:
        assert "(line" in said, f"{quirk}: the spec's words name their lines"
        assert len(decided.strip()) > 20, f"{quirk}: no decision written"
