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


def test_demo_shows_replies_in_every_fmt(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main()
    out = capsys.readouterr().out
    assert "'OK - 4 SMS, ID - 1234'" in out
    assert '\'{"id":1234,"cnt":4}\'' in out
    assert "GatewayError(code=7, description='Invalid phone number format.', id=1234)" in out
    assert "credentials hidden: True" in out
