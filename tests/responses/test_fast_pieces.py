"""The fast readers' shared pieces (``smsc_proto/_replies/_fast.py``) against the exact ones.

Issue 10: "Python 3.10-3.13 must give identical results: ``fromisoformat`` accepts more on
newer versions, so the strict check carries the burden. Test it with a table." and "A
test must show decoded objects indistinguishable from constructor-built ones under
``==``, hash, repr, pickle, ``dataclasses.fields``/``replace``, and a refused
assignment."

``read_datetime`` may only ever return what :func:`~smsc_proto.values.parse_datetime`
returns, and must return ``None`` (send the caller to the exact parser) wherever that
parser refuses. The table holds every form a newer ``datetime.fromisoformat`` accepts
and 3.10's does not, laid into the 19 places of ``DD.MM.YYYY hh:mm:ss`` where the shape
check could let it through.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
from datetime import datetime, timedelta
from typing import Any, Final

import pytest

import smsc_proto as sp
from smsc_proto import responses
from smsc_proto._replies import _fast
from smsc_proto._replies._fast import (
    DATE_NAMES,
    date_expression,
    date_sum,
    hour_of,
    id_characters,
    is_plain,
    minutes_of,
    model_builder,
    read_datetime,
)
from smsc_proto.values import parse_datetime

from .test_variants import _rows

# -- read_datetime -----------------------------------------------------------------------

# (text, the datetime both read, or None where parse_datetime refuses)
DATETIMES: Final[list[tuple[str, datetime | None]]] = [
    # Spec line 3075: "Format DD.MM.YYYY hh:mm:ss."; line 1417's example.
    ("10.10.2010 10:10:10", datetime(2010, 10, 10, 10, 10, 10)),
    ("01.03.2024 09:00:00", datetime(2024, 3, 1, 9, 0, 0)),
    ("31.12.9999 23:59:59", datetime(9999, 12, 31, 23, 59, 59)),
    ("01.01.0001 00:00:00", datetime(1, 1, 1, 0, 0, 0)),
    # 29.02: leap and non-leap years (1900 is none, 2000 is one).
    ("29.02.2024 12:00:00", datetime(2024, 2, 29, 12, 0, 0)),
    ("29.02.2000 12:00:00", datetime(2000, 2, 29, 12, 0, 0)),
    ("29.02.2023 12:00:00", None),
    ("29.02.1900 12:00:00", None),
    ("31.04.2024 12:00:00", None),
    # Zeros and out-of-range numbers.
    ("00.00.0000 00:00:00", None),
    ("00.03.2024 09:00:00", None),
    ("01.00.2024 09:00:00", None),
    ("01.13.2024 09:00:00", None),
    ("01.03.0000 09:00:00", None),
    ("01.03.2024 24:00:00", None),  # 24:00 is the next midnight to ISO 8601 and 3.14
    ("31.12.2024 24:00:00", None),
    ("01.03.2024 23:60:00", None),
    ("01.03.2024 23:59:60", None),  # a leap second
    # fromisoformat on 3.11+ reads offsets, "Z", a comma fraction, week dates and the
    # basic format; 3.10 refuses all of them. None fits the five separators ...
    ("01.03.2024 09:00:00+03", None),
    ("01.03.2024 09:00:00+03:00", None),
    ("01.03.2024 09:00:00Z", None),
    ("01.03.2024 09:00:00,5", None),
    ("01.03.2024 09:00:00.5", None),
    ("2024-W09-5T09:00:00", None),
    ("20240301T090000", None),
    ("2024-03-01T09:00:00", None),
    ("2024-03-01 09:00:00", None),
    # ... and squeezed into the 19 places they are refused too.
    ("01.03.2024 09:00+03", None),
    ("01.03.2024 09:00:0Z", None),
    ("01.03.2024 9:00:00Z", None),
    ("01.03.2024 09:0+:03", None),
    ("01.03.2024 09:00:+3", None),
    ("01.03.2024 09:00:,5", None),
    ("01.W9.2024 09:00:00", None),
    ("5.W09.2024 09:00:00", None),
    ("01.03.+024 09:00:00", None),
    ("01.03.-024 09:00:00", None),
    ("01.03.2024T09:00:00", None),
    # Non-ASCII digits (int() reads them; neither reader may).
    ("٠١.٠٣.٢٠٢٤ ٠٩:٠٠:٠٠", None),
    ("01.03.2024 ٠9:00:00", None),
    ("01.03.2024 09:00:0٣", None),
    ("０1.03.2024 09:00:00", None),
    ("01.03.2024 09:00:0²", None),
    # Spaces, signs, underscores (int() reads " 1", "+1", "0_1").
    (" 1.03.2024 09:00:00", None),
    ("01.03.2024 09:00:0 ", None),
    ("01. 3.2024 09:00:00", None),
    ("+1.03.2024 09:00:00", None),
    ("01.03.2024 09:00:-1", None),
    ("01.03.2_24 09:00:00", None),
    ("01.03.2024  9:00:00", None),
    ("01.03.2024 09: 0:00", None),
    # Other separators, lengths, whitespace around.
    ("01.03.2024 09.00.00", None),
    ("01-03-2024 09:00:00", None),
    ("01/03/2024 09:00:00", None),
    ("01.03.2024\t09:00:00", None),
    ("01.03.2024 09:00", None),
    ("1.3.2024 9:00:00", None),
    ("01.03.24 09:00:00", None),
    (" 01.03.2024 09:00:00", None),
    ("01.03.2024 09:00:00 ", None),
    ("01.03.2024 09:00:00\n", None),
    ("01.03.2024 09: 00: 00", None),  # INC-63: the spec's rendering artefact
    ("", None),
]

# Characters a newer fromisoformat gives a meaning to, and look-alikes of digits.
_ODD: Final = "+-Z,.:TW_ \t٣０²x"
_DIGIT_PLACES: Final = (0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15, 17, 18)
# Every digit place of an ordinary time holding each odd character: the shape check
# passes them all, so fromisoformat alone decides.
SUBSTITUTED: Final = [
    base[:i] + odd + base[i + 1 :]
    for base in ("01.03.2024 09:00:00", "29.02.2024 23:59:59")
    for i in _DIGIT_PLACES
    for odd in _ODD
]


def _exact(text: str) -> datetime | None:
    try:
        return parse_datetime(text)
    except sp.RemoteProtocolError:
        return None


@pytest.mark.parametrize(("text", "expected"), DATETIMES)
def test_read_datetime_table(text: str, expected: datetime | None) -> None:
    assert _exact(text) == expected
    assert read_datetime(text) == expected


@pytest.mark.parametrize("text", SUBSTITUTED)
def test_read_datetime_refuses_what_the_exact_parser_refuses(text: str) -> None:
    # None sends the caller to parse_datetime; a value must be parse_datetime's value.
    got = read_datetime(text)
    assert got is None or got == _exact(text)
    if _exact(text) is None:
        assert got is None


def _lenient_fromisoformat(text: str) -> datetime:
    # A fromisoformat that reads more than 3.10-3.13 do: 24:00 as the next day's
    # midnight (3.14, gh-102450), and any of the ISO forms the shape check must keep out.
    if text.endswith("T24:00:00"):
        return datetime.fromisoformat(text[:10]) + timedelta(days=1)
    return datetime.fromisoformat(text.replace(",", "."))


@pytest.mark.parametrize(("text", "expected"), DATETIMES)
def test_read_datetime_does_not_lean_on_this_pythons_fromisoformat(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: datetime | None
) -> None:
    # The shape check alone keeps the table's answers, whatever fromisoformat accepts.
    monkeypatch.setattr(_fast, "_fromisoformat", _lenient_fromisoformat)
    assert read_datetime(text) == expected


def test_read_datetime_gives_naive_datetimes() -> None:
    got = read_datetime("01.03.2024 09:00:00")
    assert got is not None
    assert got.tzinfo is None
    assert type(got) is datetime


# -- the generated readers' times: an hour and its minutes, each remembered ---------------


def _generated(text: str) -> datetime | None:
    """:func:`date_expression` and :func:`date_sum` as the generated readers evaluate
    them (the two must agree; TypeError is the latter's None)."""
    namespace: dict[str, Any] = {**DATE_NAMES, "text": text}
    got: datetime | None = eval(date_expression("text", "None", "h", "m"), namespace)
    try:
        summed: datetime | None = eval(date_sum("text"), namespace)
    except TypeError:
        summed = None
    assert summed == got
    return got


@pytest.fixture
def fresh_memos() -> None:
    # Each case starts with nothing remembered, so the first reading fills the memos
    # and the second finds them filled.
    _fast._HOURS.clear()
    _fast._MINUTES.clear()


@pytest.mark.usefixtures("fresh_memos")
@pytest.mark.parametrize(("text", "expected"), DATETIMES)
def test_the_generated_time_is_read_datetime(text: str, expected: datetime | None) -> None:
    for _ in range(2):
        got = _generated(text)
        assert got == expected
        assert got is None or (type(got) is datetime and got.tzinfo is None)


@pytest.mark.usefixtures("fresh_memos")
@pytest.mark.parametrize("text", SUBSTITUTED)
def test_the_generated_time_refuses_what_read_datetime_refuses(text: str) -> None:
    # A look-alike in any digit place: the same answer, read first with nothing
    # remembered and then with the day, hour and minutes of an ordinary time of the
    # same base remembered.
    assert _generated(text) == read_datetime(text)
    _generated(text[:14] + "00:00")
    _generated("01.03.2024 09:" + text[14:])
    assert _generated(text) == read_datetime(text)


@pytest.mark.usefixtures("fresh_memos")
@pytest.mark.parametrize(("text", "expected"), DATETIMES)
def test_the_generated_time_does_not_lean_on_this_pythons_fromisoformat(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: datetime | None
) -> None:
    monkeypatch.setattr(_fast, "_fromisoformat", _lenient_fromisoformat)
    assert _generated(text) == expected


@pytest.mark.usefixtures("fresh_memos")
def test_hours_and_minutes_remember_only_what_they_read() -> None:
    assert hour_of("01.03.2024 09:15:00") == datetime(2024, 3, 1, 9)
    assert minutes_of("01.03.2024 09:15:07") == timedelta(minutes=15, seconds=7)
    # Refused: hour 24 (the next midnight to 3.14's fromisoformat), 31 April, a minute
    # or second of 60, a sign, a look-alike digit, a short text.
    for text in (
        "01.03.2024 24:00:00",
        "31.04.2024 10:00:00",
        "01.03.2024 +9:00:00",
        "01.03.2024",
    ):
        assert hour_of(text) is None
    for text in ("01.03.2024 09:60:00", "01.03.2024 09:00:60", "01.03.2024 09:0\u0663:00"):
        assert minutes_of(text) is None
    assert minutes_of("01.03.2024 09:00:00 ") is None
    assert set(_fast._HOURS) == {"01.03.2024 09:"}
    assert set(_fast._MINUTES) == {"15:07"}


@pytest.mark.usefixtures("fresh_memos")
def test_the_hours_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fast, "_HOURS_SIZE", 3)
    for hour in range(10):
        assert hour_of(f"01.03.2024 {hour:02d}:00:00") == datetime(2024, 3, 1, hour)
        assert len(_fast._HOURS) <= 3


# -- message id characters ------------------------------------------------------------

ID_TEXTS: Final = [
    "order-7",
    "a.b_c-D9",
    "5000",
    "007",
    "",
    " ",
    "a b",
    "a,b",
    "\u0430",  # a Cyrillic letter that looks Latin
    "\u0661",  # an Arabic-Indic digit
    "\uff10",  # a fullwidth digit
    "a\n",
    "-",
    "x" * 41,
]


@pytest.mark.parametrize("text", ID_TEXTS)
def test_id_characters_is_the_id_pattern(text: str) -> None:
    got = eval(id_characters("text"), {"text": text})
    assert bool(got) is (re.fullmatch(r"[A-Za-z0-9._-]+", text) is not None)


# -- model_builder -----------------------------------------------------------------------

MODELS: Final = [
    obj
    for name in responses.__all__
    if isinstance(obj := getattr(responses, name), type) and dataclasses.is_dataclass(obj)
]


def _walk(value: object, found: dict[type, list[Any]]) -> None:
    if type(value) in found:
        found[type(value)].append(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), found)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, found)


def _examples() -> dict[type, list[Any]]:
    """Real values of every reply model: the models of the reply tests' rows."""
    found: dict[type, list[Any]] = {model: [] for model in MODELS}
    for row in _rows("CASES"):
        try:
            _walk(sp.decode_response(row.command, row.body, content_type=row.content_type), found)
        except (sp.LocalProtocolError, sp.RemoteProtocolError, sp.GatewayError):
            continue  # a row of a reply the toolkit refuses to write in that form
    return found


EXAMPLES: Final = _examples()


def test_every_reply_model_has_examples() -> None:
    missing = [m.__name__ for m, found in EXAMPLES.items() if not found]
    assert not missing, missing


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_reply_model_takes_the_twin_route(model: type[Any]) -> None:
    # Every reply model is a plain slotted dataclass, so the fast path never pays for
    # __init__; a model that stops being one is still built right (through __init__).
    assert is_plain(model)


def _instances(model: type) -> list[Any]:
    # Every field None, every field set (where the rows set it), and the rows' models.
    empty = model()
    return [empty, *EXAMPLES[model][:5]]


def _values(obj: object) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def _hash_or_error(obj: object) -> object:
    try:
        return hash(obj)
    except TypeError as exc:
        return type(exc)


def _assert_indistinguishable(built: Any, made: Any) -> None:
    model = type(made)
    assert type(built) is model
    assert built.__class__ is model
    assert built == made
    assert made == built
    assert (built != made) is False
    assert _hash_or_error(built) == _hash_or_error(made)
    assert repr(built) == repr(made)
    assert str(built) == str(made)
    assert pickle.dumps(built) == pickle.dumps(made)
    again = pickle.loads(pickle.dumps(built))
    assert type(again) is model
    assert again == made
    assert copy.copy(built) == made
    assert copy.deepcopy(built) == made
    assert dataclasses.fields(built) == dataclasses.fields(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    assert dataclasses.astuple(built) == dataclasses.astuple(made)
    assert not hasattr(built, "__dict__")
    first = dataclasses.fields(model)[0].name
    replaced = dataclasses.replace(built, **{first: getattr(made, first)})
    assert type(replaced) is model
    assert replaced == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, first, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(built, first)
    with pytest.raises((AttributeError, TypeError)):
        built.not_a_field = 1
    assert built == made  # nothing above changed it


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_model_builder_every_field(model: type[Any]) -> None:
    names = tuple(f.name for f in dataclasses.fields(model))
    build = model_builder(model, names)
    for made in _instances(model):
        values = _values(made)
        _assert_indistinguishable(build(*(values[n] for n in names)), made)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_model_builder_some_fields_leaves_the_rest_none(model: type[Any]) -> None:
    # A reader of one fmt fills the fields that fmt carries; the rest are None.
    for made in _instances(model):
        values = _values(made)
        names = tuple(reversed([n for n, v in values.items() if v is not None]))
        build = model_builder(model, names)
        _assert_indistinguishable(build(*(values[n] for n in names)), made)


def test_model_builder_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match=r"BalanceReply: no fields \['nope'\]"):
        model_builder(responses.BalanceReply, ("balance", "nope"))


# Models the twin class would not reproduce: they go through __init__.


@dataclasses.dataclass(frozen=True, slots=True)
class _WithDefault:
    name: str | None = None
    count: int = 5


@dataclasses.dataclass(frozen=True, slots=True)
class _WithPostInit:
    name: str | None = None

    def __post_init__(self) -> None:
        if self.name is not None:
            object.__setattr__(self, "name", self.name.strip())


@dataclasses.dataclass(frozen=True, slots=True)
class _Base:
    name: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class _Derived(_Base):
    count: int | None = None


@dataclasses.dataclass(frozen=True)
class _NoSlots:
    name: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class _NoInit:
    name: str | None = None
    kind: str | None = dataclasses.field(default=None, init=False)


# (model, the names given, their values, the model __init__ builds)
INIT_ROUTE: Final[list[tuple[type, tuple[str, ...], tuple[Any, ...], Any]]] = [
    (_WithDefault, ("name",), ("a",), _WithDefault(name="a", count=5)),
    (_WithDefault, ("name", "count"), ("a", 7), _WithDefault(name="a", count=7)),
    (_WithPostInit, ("name",), (" a ",), _WithPostInit(name="a")),
    (_Derived, ("count", "name"), (2, "a"), _Derived(name="a", count=2)),
    (_NoSlots, ("name",), ("a",), _NoSlots(name="a")),
]


@pytest.mark.parametrize(("model", "names", "values", "expected"), INIT_ROUTE)
def test_model_builder_uses_init_where_a_twin_would_differ(
    model: type[Any], names: tuple[str, ...], values: tuple[Any, ...], expected: Any
) -> None:
    assert not is_plain(model)
    built = model_builder(model, names)(*values)
    assert type(built) is model
    assert built == expected
    assert repr(built) == repr(expected)
    assert pickle.loads(pickle.dumps(built)) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, names[0], None)


def test_model_builder_init_route_keeps_init_false_fields() -> None:
    # A field __init__ does not take cannot be given; __init__ sets its default.
    with pytest.raises(TypeError):
        model_builder(_NoInit, ("name", "kind"))("a", "b")
    assert model_builder(_NoInit, ("name",))("a") == _NoInit(name="a")
