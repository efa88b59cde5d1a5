"""``smsc-proto`` / ``python -m smsc_proto``: decoding from the command line."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest

from smsc_proto.__main__ import main

SEND = "https://smscentre.com/sys/send.php?login=alex&psw=canary-77&phones=79999999999&mes=Hi"
BALANCE3 = "https://smscentre.com/sys/balance.php?fmt=3"


def run(argv: list[str], stdin: bytes = b"") -> int:
    return main(argv, stdin=io.BytesIO(stdin))


def test_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["request", SEND]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Send (send.php)",
        "  credentials:",
        "    login: alex",
        "    psw: ***",
        "  phones: 79999999999",
        "  mes: Hi",
    ]


def test_request_with_a_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "body"
    body.write_bytes(b"phones=79999999999&mes=%CF%F0%E8%E2%E5%F2")
    url = "https://smscentre.com/sys/send.php"
    argv = [
        "request",
        url,
        "--body",
        str(body),
        "--content-type",
        "application/x-www-form-urlencoded",
    ]
    assert run(argv) == 0
    assert "  mes: Привет\n" in capsys.readouterr().out


def test_reply_and_gateway_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["reply", BALANCE3], b'{"balance": "1.50"}') == 0
    assert capsys.readouterr().out == "BalanceReply\n  balance: 1.50\n"
    # A well-formed error reply is a decoded reply too.
    assert run(["reply", BALANCE3], b'{"error": "bad login", "error_code": 2}') == 0
    assert capsys.readouterr().out.splitlines() == [
        "GatewayError",
        "  error:",
        "    code: 2",
        "    description: bad login",
    ]


def test_refusals_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["reply", BALANCE3], b'{"balance": [1]}') == 1
    assert capsys.readouterr().err.startswith("RemoteProtocolError: ")
    assert run(["request", "https://smscentre.com/sys/nope.php"]) == 1
    assert "InvalidRequestError: script: 'nope.php'" in capsys.readouterr().err


def test_callback_verified(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signature = hashlib.md5(b"6:79999999999:1:k3y-9").hexdigest()
    body = f"id=6&phone=79999999999&status=1&md5={signature}".encode()
    assert run(["callback", "--secret", "k3y-9"], body) == 0
    assert capsys.readouterr().out.startswith("verified (md5)\nStatusCallback\n  id: 6\n")
    monkeypatch.setenv("SMSC_CALLBACK_SECRET", "wrong-1")
    assert run(["callback"], body) == 1
    err = capsys.readouterr().err
    assert err.startswith("SignatureError: ")
    assert "wrong-1" not in err
    assert run(["callback", "--secret", "k3y-9", "--algorithm", "sha1"], body) == 1


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["reply", BALANCE3, "/nonexistent/reply"]) == 2
    assert "No such file" in capsys.readouterr().err


def test_module_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "smsc_proto", "reply", BALANCE3],
        input=b'{"balance": "2.00"}',
        capture_output=True,
        check=True,
    )
    assert done.stdout == b"BalanceReply\n  balance: 2.00\n"
