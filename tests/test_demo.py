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


def test_demo_shows_the_session_and_a_verified_callback(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main()
    out = capsys.readouterr().out
    assert "hosts=('smsc.ru', 'www2.smsc.ru')" in out
    assert "login=alex&psw=***&" in out
    assert "finished: SendReply(id=1234, cnt=4" in out
    assert "verified: StatusCallback(id=1234, phone='79999999999', status=1" in out
    assert "pinned to crc32 -> md5: the callback is signed with md5" in out
    # The session section never shows the password.
    assert "s3cret" not in out.split("== session")[1]


def test_demo_shows_the_virtual_gateway(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main()
    out = capsys.readouterr().out.split("== a virtual gateway")[1]
    # The tariff table: an SMS to Russia costs 3.50.
    assert "send.php -> 'OK - 1 SMS, ID - 1, COST - 3.50, BALANCE - 96.50'" in out
    assert [
        line.split("Status = ")[1].split(",")[0] for line in out.splitlines() if "Status" in line
    ] == [
        "-1",
        "0",
        "1",
    ]
