"""``smsc-proto`` / ``python -m smsc_proto``: decoding from the command line."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from smsc_proto import Request, encode_response, parse_command
from smsc_proto.__main__ import main
from tests.responses.test_get import SENT

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


# -- --json, the readable form, the banner (issue 14 §7) ------------------------------


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    # capsys captures the text stream; --json writes bytes to its buffer when it has one.
    return json.loads(capsys.readouterr().out)


def test_request_json_masks_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    url = SEND + "&fl%5B1%5D=x&my_token=t0k3n&time=0101251200"
    assert run(["request", "--json", url]) == 0
    assert _json(capsys) == {
        "type": "Send",
        "script": "send.php",
        "fields": {
            "credentials": {"login": "alex", "psw": "***"},
            "extra": [["fl[1]", "x"], ["my_token", "***"]],
            "phones": "79999999999",
            "mes": "Hi",
            "time": "01.01.25 12:00",
            "attachments": [],
        },
    }


def test_reply_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["reply", "--json", BALANCE3], b'{"balance": "1.50"}') == 0
    assert _json(capsys) == {"type": "BalanceReply", "fields": {"balance": "1.50"}}
    assert run(["reply", "--json", BALANCE3], b'{"error": "bad login", "error_code": 2}') == 0
    assert _json(capsys) == {
        "type": "GatewayError",
        "fields": {"error": {"code": 2, "description": "bad login"}},
    }


def test_reply_list(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://smscentre.com/sys/get.php?get_messages=1&login=a&psw=b&fmt=3"
    body = encode_response(parse_command(Request.from_url(url)), [SENT])
    assert run(["reply", "--json", url], body) == 0
    data = _json(capsys)
    assert isinstance(data, dict)
    assert data["type"] == "list[GetMessagesReply]"
    (item,) = data["items"]
    assert (item["id"], item["cost"], item["last_date"]) == (1234, "1.40", "2014-10-10T10:10:12")
    assert run(["reply", url], body) == 0
    out = capsys.readouterr().out
    assert out.startswith("list[GetMessagesReply] (1 items)\n  -\n    ")
    assert "    message: Hello, world!\n" in out


def _signed_body(secret: str = "k3y-9") -> bytes:
    signature = hashlib.md5(f"6:79999999999:1:{secret}".encode()).hexdigest()
    return f"id=6&phone=79999999999&status=1&cmt=%20x&md5={signature}".encode()


def test_callback_unverified_banner_first(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SMSC_CALLBACK_SECRET", raising=False)
    assert run(["callback"], _signed_body()) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("UNVERIFIED: ")
    # None fields left out; text a reader could misread (a leading blank) is quoted.
    assert out[1:5] == ["StatusCallback", "  id: 6", "  phone: 79999999999", "  status: 1"]
    assert "  cmt: ' x'" in out
    assert not any(line.startswith("  time:") for line in out)


def test_callback_json_banner_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SMSC_CALLBACK_SECRET", raising=False)
    assert run(["callback", "--json"], _signed_body()) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("UNVERIFIED: ")
    data = json.loads(captured.out)
    assert data["verified"] is False
    assert data["fields"]["cmt"] == " x"
    assert run(["callback", "--json", "--secret", "k3y-9"], _signed_body()) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    data = json.loads(captured.out)
    assert (data["verified"], data["algorithm"]) == (True, "md5")
    assert "k3y-9" not in json.dumps(data)


# -- encode ----------------------------------------------------------------------------

# (argv after "encode", the line printed with the password masked)
ENCODE_CASES = [
    (
        ["send.php", "--login", "alex", "-p", "phones=79999999999", "-p", "mes=Привет"],
        "https://smscentre.com/sys/send.php?login=alex&psw=***&phones=79999999999"
        "&mes=%CF%F0%E8%E2%E5%F2",
    ),
    (
        ["Balance", "--login", "alex", "-p", "fmt=3", "--base", "http://127.0.0.1:8000/sys"],
        "http://127.0.0.1:8000/sys/balance.php?login=alex&psw=***&fmt=3",
    ),
    (
        ["JobsAdd", "--login", "alex", "-p", "name=n", "-p", "phones=7999", "-p", "mes=Hi"],
        "https://smscentre.com/sys/jobs.php?add=1&login=alex&psw=***&phones=7999&mes=Hi&name=n",
    ),
]


@pytest.mark.parametrize(("argv", "line"), ENCODE_CASES)
def test_encode_url(
    argv: list[str], line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SMSC_PSW", "canary-77")
    assert run(["encode", *argv]) == 0
    assert capsys.readouterr().out == line + "\n"
    assert run(["encode", *argv, "--show-secrets"]) == 0
    url = capsys.readouterr().out.strip()
    assert url == line.replace("psw=***", "psw=canary-77")
    # What encode prints decodes back to the command the options describe.
    assert run(["request", url]) == 0
    assert "psw: ***" in capsys.readouterr().out


def test_encode_post_and_rest(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEY_VAR", "k-123")
    argv = ["encode", "send.php", "--apikey-env", "KEY_VAR", "-p", "phones=7999", "-p", "mes=Hi"]
    assert run([*argv, "--post"]) == 0
    assert capsys.readouterr().out == (
        "POST https://smscentre.com/sys/send.php\n"
        "Content-Type: application/x-www-form-urlencoded\n\n"
        "apikey=***&phones=7999&mes=Hi\n"
    )
    rest = ["encode", "rest/send", "--apikey-env", "KEY_VAR", "-p", "phones=7999", "-p", "mes=Hi"]
    assert run(rest) == 0
    assert capsys.readouterr().out == (
        "POST https://smscentre.com/rest/send/\nContent-Type: application/json\n\n"
        '{"apikey":"***","phones":"7999","mes":"Hi"}\n'
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["send.php", "-p", "psw=x"], "-p psw: give credentials with --login"),
        (["send.php", "-p", "phones"], "-p: must be NAME=VALUE"),
        (["send.php", "--login", "a", "-p", "mes=x"], "--psw-env: the environment variable"),
        (["Balance", "-p", "add=1"], None),
        (["Send", "-p", "phones=7999"], "mes: required and non-empty with phones"),
        (["JobsAdd", "-p", "get=1"], "jobs.php: selects more than one action (add, get)"),
        (["StatusQuery", "-p", "del=1", "-p", "id=5", "-p", "phone=7999"], "StatusQuery: these"),
    ],
)
def test_encode_refusals(
    argv: list[str],
    message: str | None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SMSC_PSW", raising=False)
    status = run(["encode", *argv])
    err = capsys.readouterr().err
    if message is None:  # Balance takes no "add": it is kept in extra, as the gateway would
        assert status == 0
        return
    assert status == 1
    assert message in err


# -- sign ------------------------------------------------------------------------------


def test_sign_writes_what_callback_verifies(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setenv("SMSC_CALLBACK_SECRET", "k3y-9")
    fields = ["-p", "id=6", "-p", "phone=79999999999", "-p", "status=1"]
    assert main(["sign", *fields]) == 0
    signed = capsysbinary.readouterr().out
    expected = hashlib.md5(b"6:79999999999:1:k3y-9").hexdigest()
    assert signed == f"id=6&phone=79999999999&status=1&md5={expected}".encode()
    assert main(["sign", *fields, "--signature-only"]) == 0
    assert capsysbinary.readouterr().out == expected.encode() + b"\n"
    assert main(["callback"], stdin=io.BytesIO(signed)) == 0
    assert capsysbinary.readouterr().out.startswith(b"verified (md5)\n")
    # sha1 from an unsigned body on standard input.
    assert main(["sign", "--algorithm", "sha1"], stdin=io.BytesIO(b"id=6&phone=7999&status=1")) == 0
    sha1 = hashlib.sha1(b"6:7999:1:k3y-9").hexdigest()
    assert capsysbinary.readouterr().out == f"id=6&phone=7999&status=1&sha1={sha1}".encode()


def test_sign_needs_a_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SMSC_CALLBACK_SECRET", raising=False)
    assert run(["sign", "-p", "id=6", "-p", "phone=7999", "-p", "status=1"]) == 1
    assert "--secret: required" in capsys.readouterr().err
    assert run(["sign", "--secret", "k", "-p", "id=6"]) == 1
    assert capsys.readouterr().err.startswith("RemoteProtocolError: ")
