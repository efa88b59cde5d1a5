"""Every fuzz seed satisfies its harness's invariant (run without atheris)."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

import smsc_proto as sp

CORPUS = Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "fuzz_request"
CONTENT_TYPES = (
    None,
    sp.FORM_CONTENT_TYPE,
    "multipart/form-data; boundary=x",
    "application/json",
)


@pytest.mark.parametrize("seed", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_request_seed(seed: Path) -> None:
    data = seed.read_bytes()
    content_type = CONTENT_TYPES[data[0] % len(CONTENT_TYPES)]
    url, _, body = data[1:].partition(b"\n\n")
    # The spec's seeds are all well-formed requests.
    request = sp.Request.from_url(b"/sys/send.php?" + url, body or None, content_type)
    again = sp.Request.from_url(request.to_url(unencodable=sp.Unencodable.UTF8))
    assert again == request.encodable(sp.Unencodable.UTF8)


def _reply_target() -> Any:
    # fuzz/ is no package: load the harnesses' shared target from its file.
    path = CORPUS.parent.parent / "reply_target.py"
    spec = importlib.util.spec_from_file_location("reply_target", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The command seeds' first byte names the script in the harnesses' order.
SCRIPTS = _reply_target().SCRIPTS
COMMAND_CORPUS = CORPUS.parent / "fuzz_command"


@pytest.mark.parametrize("seed", sorted(COMMAND_CORPUS.iterdir()), ids=lambda p: p.name)
def test_command_seed(seed: Path) -> None:
    data = seed.read_bytes()
    script = SCRIPTS[data[0] % len(SCRIPTS)]
    request = sp.Request.from_url(b"/sys/" + script.encode() + b"?" + data[1:])
    try:
        command = sp.parse_command(request)
    except sp.RemoteProtocolError:
        # Only URL templates (placeholders filled with "1") may be refused; every
        # example URL of the spec decodes.
        assert seed.name.startswith("template_")
        return
    try:
        again = command.to_request()
    except sp.LocalProtocolError:
        return
    assert sp.parse_command(again) == command


REPLY_SEEDS = [
    (fmt, seed)
    for fmt in range(4)
    for seed in sorted((CORPUS.parent / f"fuzz_response_fmt{fmt}").iterdir())
]


@pytest.mark.parametrize(("fmt", "seed"), REPLY_SEEDS, ids=lambda v: getattr(v, "name", v))
def test_reply_seed(fmt: int, seed: Path) -> None:
    data = seed.read_bytes()
    target = _reply_target()
    # Every seed is a well-formed reply or error reply of its command.
    command = target.pick(fmt, data)
    with contextlib.suppress(sp.GatewayError):
        sp.decode_response(command, data[2:])
    target.check(fmt, data)


CALLBACK_CORPUS = CORPUS.parent / "fuzz_callback"
CALLBACK_CONTENT_TYPES = (None, sp.FORM_CONTENT_TYPE, "application/xml", "application/json")
CALLBACK_CHARSETS = (None, "windows-1251", "koi8-r", "utf-8")


@pytest.mark.parametrize("seed", sorted(CALLBACK_CORPUS.iterdir()), ids=lambda p: p.name)
def test_callback_seed(seed: Path) -> None:
    # fuzz_callback.py's layout and invariant: seeds named good_* decode, the others
    # are refused with RemoteProtocolError.
    data = seed.read_bytes()
    content_type = CALLBACK_CONTENT_TYPES[data[0] % len(CALLBACK_CONTENT_TYPES)]
    charset = CALLBACK_CHARSETS[data[1] % len(CALLBACK_CHARSETS)]
    query, blank, body = data[2:].partition(b"\n\n")
    given = body if blank else None
    if not seed.name.startswith("good_"):
        with pytest.raises(sp.RemoteProtocolError):
            sp.decode_callback(query, given, content_type, charset=charset)
        return
    cb = sp.decode_callback(query, given, content_type, charset=charset)
    again, form = sp.encode_callback(cb)
    assert sp.decode_callback((), again, form) == cb
    if cb.algorithm == "md5":
        # The spec-table seeds are signed with the harness's secret.
        sp.verify_callback(cb, "fuzz-secret", "md5")


def _fastpath_target() -> Any:
    # fuzz/ is no package: fastpath_target imports reply_target by its bare name.
    fuzz_dir = str(CORPUS.parent.parent)
    if fuzz_dir not in sys.path:
        sys.path.insert(0, fuzz_dir)
    return importlib.import_module("fastpath_target")


FASTPATH_CORPUS = CORPUS.parent / "fuzz_reply_fastpath"


@pytest.mark.parametrize("seed", sorted(FASTPATH_CORPUS.iterdir()), ids=lambda p: p.name)
def test_fastpath_seed(seed: Path) -> None:
    # fuzz_reply_fastpath.py's invariant: decode_response and decode_exact agree. Its
    # seeds are the reply harnesses' seeds with the fmt added to byte 1.
    data = seed.read_bytes()
    target = _fastpath_target()
    fmt = int(seed.name[3])
    assert seed.name.startswith(f"fmt{fmt}_")
    assert target.pick(data).fmt == fmt
    assert (CORPUS.parent / f"fuzz_response_fmt{fmt}" / seed.name[5:]).exists()
    target.check(data)
