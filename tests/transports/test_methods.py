"""The per-command methods: generated from the registry, real methods, typed.

Each client method is an ordinary ``def`` (``async def``) whose keyword-only parameters
are the command's fields, with the command's docstring and reply type; it builds the
command and hands it to ``call``. The caller below is no HTTP stand-in: it is the
``call`` the mixins are written against, returning the command it was given so that
the test sees what the method built.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import io
import pydoc
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from smsc_proto import LocalProtocolError
from smsc_proto import commands as c
from smsc_proto.values import Phone, PhoneList, SendAt
from transports import _gen_methods
from transports._methods import AsyncCommands, SyncCommands
from transports.aiohttp import AsyncClient
from transports.requests import Client
from transports.urllib3 import Client as Urllib3Client

ROOT = Path(__file__).resolve().parents[2]
NAMES = _gen_methods.command_names()


class Echo(SyncCommands):
    """``call`` returns the command itself."""

    def call(self, command: Any) -> Any:
        return command


class AsyncEcho(AsyncCommands):
    """The awaitable ``call`` returns the command itself."""

    async def call(self, command: Any) -> Any:
        return command


def test_generated_file_is_up_to_date() -> None:
    assert _gen_methods.TARGET.read_text("utf-8") == _gen_methods.render()


def test_check_mode_reports_a_stale_file() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "transports._gen_methods", "--check"], cwd=ROOT, check=False
    )
    assert ok.returncode == 0


def test_one_method_per_registered_command() -> None:
    # 70 commands; imgcode.php's image URL is for the end user's browser, not a call.
    assert len(NAMES) == 69
    assert "ImgcodeImage" not in NAMES
    for name in NAMES:
        method = _gen_methods.method_name(name)
        assert inspect.isfunction(getattr(SyncCommands, method))
        assert not inspect.iscoroutinefunction(getattr(SyncCommands, method))
        assert inspect.iscoroutinefunction(getattr(AsyncCommands, method))


def test_method_names() -> None:
    assert _gen_methods.method_name("StatusQuery") == "status_query"
    assert _gen_methods.method_name("UsersFl2") == "users_fl2"
    assert _gen_methods.method_name("OpTemplatesAdd") == "op_templates_add"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("mixin", [SyncCommands, AsyncCommands], ids=["sync", "async"])
def test_signature_is_the_commands(mixin: type, name: str) -> None:
    cls = getattr(c, name)
    signature = inspect.signature(getattr(mixin, _gen_methods.method_name(name)))
    params = list(signature.parameters.values())[1:]
    fields = {f.name: f for f in dataclasses.fields(cls)}
    assert {p.name for p in params} == set(fields)
    overrides = _gen_methods.CLIENT_DEFAULTS.get(name, {})
    for p in params:
        assert p.kind is inspect.Parameter.KEYWORD_ONLY
        assert p.default == overrides.get(p.name, fields[p.name].default)
        # The field's type is in the annotation (natural inputs may be added to it).
        declared = str(fields[p.name].type).removesuffix(" | None")
        declared = declared.replace(
            "SendAt | SendAtHours | SendAtTimestamp | SendAfter | SendNow", "SendTime"
        )
        assert p.annotation.startswith(declared), (p.name, p.annotation)
    assert signature.return_annotation == _gen_methods.reply_annotation(cls)


def test_the_client_classes_show_real_signatures() -> None:
    # Before: (*args, **kwargs), and inspect.signature(Client.send) raised TypeError.
    for client in (Client, Urllib3Client, AsyncClient):
        signature = inspect.signature(client.send)
        assert "phones" in signature.parameters
        assert signature.parameters["phones"].annotation == (
            "PhoneList | str | Sequence[str | Recipient] | None"
        )
        assert signature.return_annotation == "SendReply"


def test_help_shows_signature_and_docstring() -> None:
    out = io.StringIO()
    pydoc.Helper(output=out).help(Client.status_query)
    text = out.getvalue()
    assert "status_query(self, *, phone:" in text
    assert "Ask for the delivery status of one or several messages" in text
    assert "-> 'StatusRecord | list[StatusRecord]'" in text


def test_docstring_references_are_absolute() -> None:
    doc = inspect.getdoc(SyncCommands.send) or ""
    assert ":attr:`~smsc_proto.commands.Send.list_entries`" in doc
    assert ":attr:`list_entries`" not in doc
    assert "``cost=2``" in doc


def test_methods_build_the_command() -> None:
    sent = cast(Any, Echo().send(phones="79999999999,79888888888", mes="Hi"))
    assert sent == c.Send(
        phones=PhoneList(entries=(Phone(number="79999999999"), Phone(number="79888888888"))),
        mes="Hi",
        cost=2,
    )
    assert cast(Any, Echo().send(phones="79999999999", mes="Hi", cost=None)).cost is None
    assert cast(Any, Echo().balance()) == c.Balance()
    assert cast(Any, Echo().status_query(phone=["79999999999"], id="7")) == c.StatusQuery(
        phone=PhoneList(entries=(Phone(number="79999999999"),)), id=7
    )


def test_async_methods_build_the_command() -> None:
    built = cast(Any, asyncio.run(AsyncEcho().send(phones=["+79999999999"], mes="Hi")))
    assert built.phones == PhoneList(entries=(Phone(number="79999999999", plus=True),))


def test_methods_refuse_as_the_constructor() -> None:
    with pytest.raises(LocalProtocolError, match="phones: must be a PhoneList, a str"):
        Echo().send(phones=79999999999, mes="Hi")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Echo().send("79999999999", "Hi")  # type: ignore[call-arg]


def test_datetime_time_reaches_the_command() -> None:
    from datetime import datetime

    built = cast(Any, Echo().send(phones="79999999999", mes="x", time=datetime(2030, 1, 2, 3, 4)))
    assert built.time == SendAt(when=datetime(2030, 1, 2, 3, 4))


def test_mypy_checks_method_arguments(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from smsc_proto import Session\n"
        "from transports.requests import Client\n"
        "client = Client(Session('a', 'b'))\n"
        "client.balance(cur=True)\n"
        "client.send(phones=None, mes='x', no_such_field=1)\n"
        "client.status_query(all='x')\n"
        "client.send(phones='79999999999', mes='x')\n"
        "client.send(phones=7, mes='x')\n"
        "reveal_type(client.send(phones=['7999'], mes='x'))\n",
        "utf-8",
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            str(sample),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    errors = re.findall(r"sample\.py:(\d+): error", out.stdout)
    assert errors == ["5", "6", "8"], out.stdout
    assert 'Revealed type is "smsc_proto._scripts.send.SendReply"' in out.stdout
