"""Every catalog response variant and error template has a row in a script's tables.

Issue 4: "Every one of the 287 variants is a row of a table of (request, body, model)
cases that drives both the decoder and the encoder test; every error template in every
fmt likewise." This module checks that mechanically. It imports the ``CASES`` and
``ERRORS`` tables of every ``test_<script>.py`` here, classifies each row by its command
(the first :class:`~smsc_proto.commands.Command` or :class:`~smsc_proto.Request` in the
row) and its body (the first ``bytes``), decodes the body, and matches the row to the
variants of ``catalog_variants.json`` (to the templates of ``catalog_errors.json``) by
their conditions.

The two JSON files are a checked-in extract of the spec catalog (``responses`` and
``errors``: key, variant or template id, conditions, format, first source line); the
tests never read the spec at run time. A variant the spec gives no body for is not a row
but a decision (``DECISIONS``), each with a test of what the toolkit does instead.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Final

import pytest

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    ImgcodeImage,
    InfoGetOperator,
    Send,
    SendersGet,
    StatusQuery,
)
from smsc_proto.responses import (
    HlrStatusReply,
    SendersGetOperatorsReply,
    SendReply,
    SmsStatusReply,
    StatusNotFoundReply,
    decode_documents_response,
)
from smsc_proto.values import parse_phone_list

HERE: Final = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Variant:
    """One catalog response variant (``catalog_variants.json``)."""

    key: str  # "script/action", e.g. "send.php/send"
    variant_id: str
    conditions: dict[str, object]
    format: str
    line: int | None

    @property
    def script(self) -> str:
        return self.key.rsplit("/", 1)[0]

    @property
    def action(self) -> str:
        return self.key.rsplit("/", 1)[1]

    def __str__(self) -> str:
        where = "no line" if self.line is None else f"line {self.line}"
        return f"{self.key} {self.variant_id} ({where})"


@dataclass(frozen=True, slots=True)
class ErrorTemplate:
    """One error template of a script (``catalog_errors.json``)."""

    key: str  # a script ("send.php") or a script and action ("get.php/get_stat")
    template_id: str  # "fmt0", "fmt0_with_id", ... or "json_only"
    same_as: str | None
    line: int

    def __str__(self) -> str:
        return f"{self.key} {self.template_id} (line {self.line})"


def _load_variants() -> list[Variant]:
    data = json.loads((HERE / "catalog_variants.json").read_text(encoding="utf-8"))
    return [
        Variant(v["key"], v["variant_id"], v["conditions"], v["format"], v["line"])
        for v in data["variants"]
    ]


def _load_error_templates() -> list[ErrorTemplate]:
    data = json.loads((HERE / "catalog_errors.json").read_text(encoding="utf-8"))
    return [
        ErrorTemplate(t["key"], t["template_id"], t["same_as"], t["line"])
        for t in data["templates"]
    ]


VARIANTS: Final = _load_variants()
ERROR_TEMPLATES: Final = _load_error_templates()

# rest/send/ has no reply of its own: the catalog gives it send.php's (responses
# ``shared_with``, errors ``same_as``; QUIRKS INC-66), so its rows count as send.php's.
SCRIPT_ALIASES: Final = {"rest/send": "send.php"}
# The catalog's action of the scripts whose default command has no selector parameter.
DEFAULT_ACTIONS: Final = {
    "balance.php": "balance",
    "imgcode.php": "image",
    "ping.php": "notify",
    "send.php": "send",
    "status.php": "status",
    "wait_call.php": "wait_call",
}
# Flags read from the command's attribute of that name (None and False are 0, True 1).
FLAG_CONDITIONS: Final = ("cost", "all", "cur", "op", "operators", "err", "files")
# Flags that are the command's selector parameter (users.php get_stat=1, get_stat_all=1).
SELECTOR_CONDITIONS: Final = ("get_stat", "get_stat_all")
# Conditions that name the reply for several records (status.php several ids, info.php
# several phones). A variant without one of them is the reply for one record.
SEVERAL_CONDITIONS: Final[dict[str, object]] = {
    "multiple": True,
    "phone": "comma-separated list",
}
KNOWN_CONDITIONS: Final = {
    "fmt",
    "command",
    "message_type",
    "status",
    *FLAG_CONDITIONS,
    *SELECTOR_CONDITIONS,
    *SEVERAL_CONDITIONS,
}


# -- the test modules and their rows


def _script_modules() -> Iterator[ModuleType]:
    for path in sorted(HERE.glob("test_*.py")):
        if path.stem != Path(__file__).stem:
            yield importlib.import_module(f"{__package__}.{path.stem}")


def _table(module: ModuleType, name: str) -> list[tuple[object, ...]]:
    rows: object = getattr(module, name, [])
    assert isinstance(rows, list), f"{module.__name__}.{name} is not a list"
    for row in rows:
        assert isinstance(row, tuple), f"{module.__name__}.{name}: {row!r} is not a tuple"
    return rows


@dataclass(frozen=True, slots=True)
class Row:
    """A table row, classified: what the catalog's conditions are matched against."""

    where: str  # "test_send.CASES[3]"
    label: str | None  # the variant id a row names first (test_status.py's rows)
    command: Command
    body: bytes
    content_type: str | None  # the element after the body, where it is a str
    error: sp.GatewayError | None  # the error of an ERRORS row

    @property
    def script(self) -> str:
        return SCRIPT_ALIASES.get(self.command.SCRIPT, self.command.SCRIPT)

    @property
    def action(self) -> str:
        selector = self.command.SELECTOR
        return DEFAULT_ACTIONS[self.script] if selector is None else selector[0]

    @property
    def fmt(self) -> int:
        return self.command.fmt or 0

    def __str__(self) -> str:
        return f"{self.where}: {self.command!r}, {self.body[:60]!r}"


def _row(where: str, row: tuple[object, ...]) -> Row:
    commands = [(i, e) for i, e in enumerate(row) if isinstance(e, Command | sp.Request)]
    bodies = [(i, e) for i, e in enumerate(row) if isinstance(e, bytes)]
    assert commands, f"{where}: no command or request in the row"
    assert bodies, f"{where}: no body in the row"
    element = commands[0][1]
    command = element if isinstance(element, Command) else sp.parse_command(element)
    after_body = row[bodies[0][0] + 1] if bodies[0][0] + 1 < len(row) else None
    errors = [e for e in row if isinstance(e, sp.GatewayError)]
    return Row(
        where=where,
        label=row[0] if isinstance(row[0], str) else None,
        command=command,
        body=bodies[0][1],
        content_type=after_body if isinstance(after_body, str) else None,
        error=errors[0] if errors else None,
    )


def _rows(table: str) -> list[Row]:
    rows = []
    for module in _script_modules():
        for index, row in enumerate(_table(module, table)):
            where = f"{module.__name__.rsplit('.', 1)[-1]}.{table}[{index}]"
            rows.append(_row(where, row))
    return rows


# -- matching a row to the catalog's conditions


def _decode(row: Row) -> object:
    if row.script == "documents.php":
        return decode_documents_response(row.command, row.body, content_type=row.content_type)
    return sp.decode_response(row.command, row.body)


def _records(reply: object) -> list[object]:
    return list(reply) if isinstance(reply, list) else [reply]


def _several(row: Row) -> bool:
    if isinstance(row.command, StatusQuery):
        return row.command.multiple
    if isinstance(row.command, InfoGetOperator):
        assert row.command.phone is not None
        return len(row.command.phone.entries) > 1
    return False


def _features(row: Row, reply: object) -> dict[str, object]:
    """The values a row takes for each catalog condition (but ``command`` and the
    several-records conditions, which :func:`_matches` handles)."""
    features: dict[str, object] = {"fmt": row.fmt}
    for name in FLAG_CONDITIONS:
        value = getattr(row.command, name, None)
        features[name] = int(value or 0)
    selector = row.command.SELECTOR
    for name in SELECTOR_CONDITIONS:
        features[name] = int(selector is not None and selector[0] == name)
    records = _records(reply)
    kinds = {type(r) for r in records}
    if kinds == {SmsStatusReply}:
        features["message_type"] = "sms"
    elif kinds == {HlrStatusReply}:
        features["message_type"] = "hlr"
    # status.php line 1788: -3 is the status alone in fmt=0/2/3 (StatusNotFoundReply)
    # and "the status of a regular message" in fmt=1.
    if isinstance(reply, StatusNotFoundReply | SmsStatusReply):
        features["status"] = reply.status
    return features


def _allowed(condition: object) -> list[object]:
    return list(condition) if isinstance(condition, list) else [condition]


def _matches(variant: Variant, row: Row, features: dict[str, object]) -> bool:
    if row.script != variant.script:
        return False
    conditions = dict(variant.conditions)
    # phones.php/mails.php: "command" names the action(s) of a variant the catalog lists
    # under each of add, add_group and add_black.
    actions = _allowed(conditions.pop("command", variant.action))
    if row.action not in actions:
        return False
    several = False
    for name, value in SEVERAL_CONDITIONS.items():
        if name in conditions:
            assert conditions.pop(name) == value, f"{variant}: unexpected {name}"
            several = True
    if several != _several(row):
        return False
    return all(
        name in features and features[name] in _allowed(value) for name, value in conditions.items()
    )


def _classify(row: Row) -> list[Variant]:
    try:
        reply = _decode(row)
    except sp.SmscProtoError as exc:
        raise AssertionError(f"{row}: the body does not decode: {exc!r}") from exc
    features = _features(row, reply)
    return [v for v in VARIANTS if _matches(v, row, features)]


# -- the variants that are no row, each decided (with a test below)

DECISIONS: Final[dict[tuple[str, str], str]] = {
    # Lines 153-155 (QUIRKS INC-05): err=1 "adds a list of erroneous phone numbers with
    # statuses", in no documented form. The reply is read as without err=1; a body with
    # the extra list is a RemoteProtocolError, never misread.
    ("send.php/send", "err1_any_fmt"): "test_send_err1_reads_as_without_err",
    # Lines 2669-2674: files=1 adds "an array of files" to each name (fmt=2/3 only) whose
    # structure is not shown. Its replies are not modelled: a LocalProtocolError once
    # the body is found to be no error reply; files=1 with fmt=0/1 is refused.
    ("senders.php/get", "files1_fmt2_3"): "test_senders_files1_is_not_modelled",
    # QUIRKS INC-34: operators=1 has no fmt=1 template. Both directions refuse it.
    ("senders.php/get", "operators1_fmt1"): "test_senders_operators1_has_no_fmt1",
    # Line 3735: imgcode.php answers the end user's browser with an image (the captcha
    # of an <img src>), not an API reply. It is not modelled: a LocalProtocolError.
    ("imgcode.php/image", "image"): "test_imgcode_image_is_not_modelled",
    # Lines 1791, 1794 (QUIRKS INC-22): several ids in fmt=1 add the id (and phone) at an
    # undocumented place, and a fmt=1 line names no field: a guess could read an id as
    # a status. Refused before any body is read (fmt=0 names them and is modelled).
    ("status.php/status", "multiple_fmt1"): "test_status_multiple_fmt1_is_not_modelled",
}


@pytest.fixture(scope="module")
def case_rows() -> list[tuple[Row, list[Variant]]]:
    return [(row, _classify(row)) for row in _rows("CASES")]


def test_the_catalog_extract_is_whole() -> None:
    assert len(VARIANTS) == 287
    assert len({(v.key, v.variant_id) for v in VARIANTS}) == 287
    for variant in VARIANTS:
        assert set(variant.conditions) <= KNOWN_CONDITIONS, variant
    assert {t.key for t in ERROR_TEMPLATES} >= {"send.php", "status.php", "documents.php"}


def test_every_variant_has_a_row(case_rows: list[tuple[Row, list[Variant]]]) -> None:
    matched = {(v.key, v.variant_id) for _, variants in case_rows for v in variants}
    unmatched = [
        str(v) for v in VARIANTS if (v.key, v.variant_id) not in matched | DECISIONS.keys()
    ]
    assert not unmatched, "catalog variants without a CASES row:\n" + "\n".join(unmatched)


def test_decided_variants_are_catalog_variants_without_rows(
    case_rows: list[tuple[Row, list[Variant]]],
) -> None:
    known = {(v.key, v.variant_id) for v in VARIANTS}
    assert DECISIONS.keys() <= known
    matched = {(v.key, v.variant_id) for _, variants in case_rows for v in variants}
    assert not matched & DECISIONS.keys(), "a decided variant has a row: not a decision"
    for test_name in DECISIONS.values():
        assert callable(globals().get(test_name)), test_name


def test_every_row_is_a_catalog_variant(case_rows: list[tuple[Row, list[Variant]]]) -> None:
    # A row that matches no variant reads a reply the catalog does not have (or is
    # classified wrong here); a row that names its variant must match that one.
    stray = [str(row) for row, variants in case_rows if not variants]
    assert not stray, "CASES rows that match no catalog variant:\n" + "\n".join(stray)
    for row, variants in case_rows:
        if row.label is not None:
            key, _, variant_id = row.label.rpartition("/")
            key = f"{row.script}/{key or row.action}"
            assert (key, variant_id) in {(v.key, v.variant_id) for v in variants}, (
                f"{row} is labelled {row.label} but matches {[str(v) for v in variants]}"
            )


# -- error templates

_TEMPLATE_RE: Final = re.compile(r"fmt(?P<fmt>[0-3])(?P<with_id>_with_id)?|json_only")


def _error_key(row: Row, keys: set[str]) -> str:
    scoped = f"{row.script}/{row.action}"
    return scoped if scoped in keys else row.script


def _template_key(template: ErrorTemplate) -> str:
    key = template.key.rstrip("/")
    return SCRIPT_ALIASES.get(key, key)


def _covers(template: ErrorTemplate, row: Row) -> bool:
    match = _TEMPLATE_RE.fullmatch(template.template_id)
    assert match is not None, template
    assert row.error is not None
    if match["fmt"] is None:
        # documents.php (QUIRKS INC-33): the one JSON form, whatever the fmt.
        return row.body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    return row.fmt == int(match["fmt"]) and (row.error.id is not None) == bool(match["with_id"])


def test_every_error_template_has_a_row() -> None:
    keys = {_template_key(t) for t in ERROR_TEMPLATES}
    rows = _rows("ERRORS")
    by_key: dict[str, list[Row]] = {}
    for row in rows:
        assert row.error is not None, f"{row}: no GatewayError in the ERRORS row"
        by_key.setdefault(_error_key(row, keys), []).append(row)
    assert set(by_key) <= keys, f"ERRORS rows of scripts without templates: {set(by_key) - keys}"
    missing = [
        str(t)
        for t in ERROR_TEMPLATES
        if not any(_covers(t, row) for row in by_key.get(_template_key(t), []))
    ]
    assert not missing, "error templates without an ERRORS row:\n" + "\n".join(missing)


def test_every_errors_table_has_every_fmt() -> None:
    # Each script with fmt-dependent error templates has an ERRORS row in fmt 0, 1, 2, 3.
    keys = {_template_key(t) for t in ERROR_TEMPLATES}
    fmt_keys = {_template_key(t) for t in ERROR_TEMPLATES if t.template_id != "json_only"}
    fmts: dict[str, set[int]] = {key: set() for key in fmt_keys}
    for row in _rows("ERRORS"):
        key = _error_key(row, keys)
        if key in fmts:
            fmts[key].add(row.fmt)
    lacking = {key: sorted({0, 1, 2, 3} - got) for key, got in fmts.items() if got != {0, 1, 2, 3}}
    assert not lacking, f"ERRORS tables lacking fmts: {lacking}"


# -- the decisions, one test each

ONE = parse_phone_list("79999999999")

# (fmt, the reply without err=1, that reply with a list of wrong numbers, the refusal)
ERR1_BODIES = [
    (0, b"OK - 2 SMS, ID - 1234", b"OK - 2 SMS, ID - 1234\n79999999999,-1", "does not have"),
    (1, b"1234,2", b"1234,2\n79999999999,-1", "does not have the form"),
    (
        2,
        b"<result><id>1234</id><cnt>2</cnt></result>",
        b"<result><id>1234</id><cnt>2</cnt><errors><phone>79999999999</phone></errors></result>",
        "<result> has no element <errors>",
    ),
    (
        3,
        b'{"id":1234,"cnt":2}',
        b'{"id":1234,"cnt":2,"errors":[{"phone":"79999999999"}]}',
        "unknown key 'errors'",
    ),
]


@pytest.mark.parametrize(("fmt", "plain", "with_list", "refusal"), ERR1_BODIES)
def test_send_err1_reads_as_without_err(
    fmt: int, plain: bytes, with_list: bytes, refusal: str
) -> None:
    with_err = Send(phones=ONE, mes="Hello!", fmt=fmt, err=True)
    without = dataclasses.replace(with_err, err=None)
    assert sp.decode_response(with_err, plain) == SendReply(id=1234, cnt=2)
    assert sp.decode_response(with_err, plain) == sp.decode_response(without, plain)
    assert sp.encode_response(with_err, SendReply(id=1234, cnt=2)) == plain
    with pytest.raises(sp.RemoteProtocolError, match=refusal):
        sp.decode_response(with_err, with_list)


FILES1_BODIES = [
    (
        2,
        b"<senders><sender><id>1</id><sender>SMSC</sender><status>1</status>"
        b"<files><file>doc.jpg</file></files></sender></senders>",
    ),
    (3, b'[{"id": 1, "sender": "SMSC", "status": 1, "files": [{"file": "doc.jpg"}]}]'),
]


@pytest.mark.parametrize(("fmt", "body"), FILES1_BODIES)
def test_senders_files1_is_not_modelled(fmt: int, body: bytes) -> None:
    not_modelled = "files: the replies of files=1 requests are not modelled yet"
    command = SendersGet(files=True, fmt=fmt)
    with pytest.raises(sp.LocalProtocolError, match=not_modelled):
        sp.decode_response(command, body)
    with pytest.raises(sp.LocalProtocolError, match=not_modelled):
        sp.encode_response(command, [])
    # an error reply is read before the reply's shape is picked
    error = sp.encode_error(command, sp.GatewayError(2, "invalid login"))
    with pytest.raises(sp.GatewayError, match="gateway error 2"):
        sp.decode_response(command, error)
    # the files array exists in fmt=2/3 only (line 2669)
    with pytest.raises(sp.LocalProtocolError, match="files: 1 only with fmt=2 or fmt=3"):
        SendersGet(files=True, fmt=fmt - 2).to_request()


def test_senders_operators1_has_no_fmt1() -> None:
    command = SendersGet(operators=True, fmt=1)
    with pytest.raises(sp.RemoteProtocolError, match="the spec gives this reply no fmt=1 form"):
        sp.decode_response(command, b"my_shop,12")
    operators = SendersGetOperatorsReply(sender="my_shop", mega_step=2)
    with pytest.raises(sp.LocalProtocolError, match="the spec gives this reply no fmt=1 form"):
        sp.encode_response(command, [operators])


def test_imgcode_image_is_not_modelled() -> None:
    with pytest.raises(sp.LocalProtocolError, match="replies of ImgcodeImage are not modelled"):
        sp.decode_response(ImgcodeImage(refresh="1.1"), b"GIF89a")


def test_status_multiple_fmt1_is_not_modelled() -> None:
    phones = parse_phone_list("79999999999,79999999998")
    command = StatusQuery(phone=phones, id=(6, 7), fmt=1)
    with pytest.raises(sp.LocalProtocolError, match="fmt=1 replies of multiple status"):
        sp.decode_response(command, b"1,1286705410,0,6,79999999999")
    # An error reply is still read.
    with pytest.raises(sp.GatewayError, match="gateway error 9"):
        sp.decode_response(command, b"0,-9")
