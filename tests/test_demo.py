"""`make demo` keeps working as the toolkit grows."""

from __future__ import annotations

import pytest

from smsc_proto import demo


def test_demo_runs_and_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main()
    out = capsys.readouterr().out
    # The client's URL decodes on the gateway side to the same Cyrillic text.
    assert "text='Привет!' comment='рассылка №1'" in out
    assert "050A0307056048656C6C6F2C20576F726C6421" in out
    # Credentials never show in what the demo prints, except in the URL it encodes.
    assert "('psw', '***')" in out
