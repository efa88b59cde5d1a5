"""``smsc-proto serve``: its arguments, and the command itself as a subprocess.

The end-to-end tests run the real ``smsc_proto.gateway.VirtualGateway`` and ``Faults``;
they are skipped where those are not importable yet.
"""

from __future__ import annotations

import importlib
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.__main__ import main, parse_account

from .conftest import PHONE, client, send_command

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "cli-admin-token-0123456789"
PASSWORD = "cli-pw-Секрет-42"

needs_virtual_gateway = pytest.mark.skipif(
    not hasattr(importlib.import_module("smsc_proto.gateway"), "VirtualGateway"),
    reason="smsc_proto.gateway.VirtualGateway is not merged yet",
)

ACCOUNTS = [
    ("alex:s3cret", ("alex", "s3cret", None)),
    ("alex:s3cret:12.50", ("alex", "s3cret", Decimal("12.50"))),
    ("alex:s3cret:100", ("alex", "s3cret", Decimal("100"))),
    # A colon in the password: the balance is only a trailing decimal amount.
    ("alex:s3:cret", ("alex", "s3:cret", None)),
    ("alex:s3:cret:7", ("alex", "s3:cret", Decimal("7"))),
    ("alex:pass:1.234", ("alex", "pass:1.234", None)),
    ("alex::5", ("alex", ":5", None)),
]


@pytest.mark.parametrize(("spec", "expected"), ACCOUNTS)
def test_parse_account(spec: str, expected: tuple[str, str, Decimal | None]) -> None:
    assert parse_account(spec) == expected


@pytest.mark.parametrize("spec", ["alex", "alex:", ":pw", ""])
def test_parse_account_refuses(spec: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=r"--account: must be LOGIN:PASSWORD"):
        parse_account(spec)


USAGE_ERRORS = [
    (["--account", "alex"], "--account: must be LOGIN:PASSWORD"),
    (["--admin-token", TOKEN], "--admin-token: given without --admin"),
    (
        ["--admin", "--admin-token", "same-as-password-1", "--account", "a:same-as-password-1"],
        "--admin-token: must not be an account's password",
    ),
    (["--port", "70000"], "--port: must be 0..65535"),
    (["--backup-port", "-2"], "--backup-port: must be 0..65535"),
    (["--handler-url", "ftp://nowhere"], "base: must be an http(s) URL"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    assert main(["serve", *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "same-as-password-1" not in err.replace("--admin-token", "")
    # The signal handlers are put back.
    assert {sig: signal.getsignal(sig) for sig in previous} == previous


# -- the command, end to end -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run ``smsc-proto serve ARGS``; yield the process and its first line of stdout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SMSC_ADMIN_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "smsc_proto", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        yield process, first
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


def stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[int, str, str]:
    process.send_signal(sig)
    out, err = process.communicate(timeout=30)
    return process.returncode, out, err


@needs_virtual_gateway
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_its_url_first_and_stops_on_a_signal(sig: int) -> None:
    with serve("--account", f"alex:{PASSWORD}:50.00") as (process, url):
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)", url)
        assert match is not None, url
        session = sp.Session("alex", PASSWORD, host=url.removeprefix("http://"), scheme="http")
        with client("requests", session) as cl:
            assert cl.call(c.Balance()).balance == Decimal("50.00")
            assert isinstance(cl.call(send_command()), r.SendReply)
        code, out, err = stop(process, sig)
    assert code == 0
    assert out == ""  # the URL was the only line
    assert PASSWORD not in err
    assert "stopping" in err


@needs_virtual_gateway
def test_serve_admin_api_and_faults_from_the_command_line() -> None:
    args = ["--account", f"alex:{PASSWORD}", "--admin", "--admin-token", TOKEN]
    args += ["--backup-port", "0", "--fault", "seed=3"]
    with serve(*args) as (process, url):
        import http.client

        address, _, port = url.removeprefix("http://").rpartition(":")
        conn = http.client.HTTPConnection(address, int(port), timeout=5)
        conn.request("GET", "/_admin/faults", headers={"Authorization": f"Bearer {TOKEN}"})
        reply = conn.getresponse()
        body = reply.read()
        conn.close()
        assert reply.status == 200
        assert b'"seed":3' in body
        code, _, err = stop(process)
    assert code == 0
    assert "backup host: http://127.0.0.1:" in err
    assert TOKEN not in err  # given on the command line: not printed back


@needs_virtual_gateway
def test_serve_prints_a_random_admin_token_to_stderr() -> None:
    with serve("--admin") as (process, _):
        code, _, err = stop(process)
    assert code == 0
    assert re.search(r"admin token: [A-Za-z0-9_-]{40,}", err)


@needs_virtual_gateway
def test_serve_keeps_its_state_in_a_database_across_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "gw.sqlite"
    account = f"alex:{PASSWORD}"
    with serve("--account", account, "--db", str(db)) as (process, url):
        session = sp.Session("alex", PASSWORD, host=url.removeprefix("http://"), scheme="http")
        with client("requests", session) as cl:
            sent = cl.call(send_command())
        assert stop(process)[0] == 0
    with serve("--account", account, "--db", str(db)) as (process, url):
        session = sp.Session("alex", PASSWORD, host=url.removeprefix("http://"), scheme="http")
        query = c.StatusQuery(phone=sp.values.parse_phone_list(PHONE), id=sent.id)
        with client("requests", session) as cl:
            status = cl.call(query)
        assert stop(process)[0] == 0
    assert isinstance(status, r.SmsStatusReply)


@needs_virtual_gateway
def test_serve_writes_out_callbacks_it_cannot_deliver(tmp_path: Path) -> None:
    spill = tmp_path / "undelivered.jsonl"
    handler = f"http://127.0.0.1:{free_port()}/cb"  # nothing listens there
    args = ["--account", f"alex:{PASSWORD}", "--handler-url", handler, "--spill", str(spill)]
    with serve(*args, "--drain-timeout", "3") as (process, url):
        session = sp.Session("alex", PASSWORD, host=url.removeprefix("http://"), scheme="http")
        with client("requests", session) as cl:
            cl.call(send_command())
        code, _, err = stop(process)
    assert code == 0
    lines = spill.read_text().splitlines()
    assert lines
    assert f"{len(lines)} callbacks could not be delivered; written to {spill}" in err
