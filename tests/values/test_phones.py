"""Tests for smsc_proto.values._phones: phones lists, list, fmts and the incoming prefix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import (
    incoming_prefixes,
    list_entries,
    list_parameters,
    phone_code_filters,
    phone_lists,
    recipients,
)
from smsc_proto.values import (
    EmailAddress,
    GroupCode,
    IncomingPrefix,
    ListEntry,
    Phone,
    PhoneCodeFilter,
    PhoneCodeRule,
    PhoneList,
    Recipient,
    TelegramId,
    TelegramNick,
    format_incoming_prefix,
    format_list,
    format_phone_code_filter,
    format_phone_list,
    format_recipient,
    parse_incoming_prefix,
    parse_list,
    parse_phone_code_filter,
    parse_phone_list,
    parse_recipient,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_phones"


def P(number: str, plus: bool = False) -> Phone:
    return Phone(number=number, plus=plus)


def PL(*entries: Recipient, trailing_comma: bool = False) -> PhoneList:
    return PhoneList(entries=entries, trailing_comma=trailing_comma)


def LE(
    phones: PhoneList, message: str, sender: str | None = None, tz: int | None = None
) -> ListEntry:
    return ListEntry(phones=phones, message=message, sender=sender, tz=tz)


# --- 1. (value, canonical text), both directions -------------------------------------

RECIPIENTS: list[tuple[Recipient, str]] = [
    (P("79999999999"), "79999999999"),  # line 335
    (P("79991234567", plus=True), "+79991234567"),  # line 47: "+" disables auto-correction
    (P("123"), "123"),
    (P("7" * 20), "7" * 20),
    (P("7" * 15, plus=True), "+" + "7" * 15),
    (P("0079991234567"), "0079991234567"),
    (GroupCode(number=777), "G777"),  # line 391
    (GroupCode(number=2_147_483_647), "G2147483647"),
    (TelegramId(chat_id=1122334455), "#1122334455"),  # line 675
    (TelegramNick(nickname="alex_nick"), "@alex_nick"),  # line 670 (INC-56)
    (TelegramNick(nickname="Ab_1"), "@Ab_1"),
    (EmailAddress(address="alex@mysite.com"), "alex@mysite.com"),  # line 445
    (EmailAddress(address="a.b+c@xn--80ak6aa92e.com"), "a.b+c@xn--80ak6aa92e.com"),
    (EmailAddress(address="#1@x.ru"), "#1@x.ru"),
    (EmailAddress(address="G1@x.ru"), "G1@x.ru"),
]

PHONE_LISTS: list[tuple[PhoneList, str]] = [
    (PL(P("79999999999")), "79999999999"),  # line 335
    (PL(P("79999999999"), P("78888888888")), "79999999999,78888888888"),  # lines 372, 1398
    (PL(P("79999999999"), P("79999999998")), "79999999999,79999999998"),  # line 532
    (PL(GroupCode(number=777), GroupCode(number=888)), "G777,G888"),  # line 391
    (PL(TelegramId(chat_id=1122334455)), "#1122334455"),  # line 675
    (PL(EmailAddress(address="alex@mysite.com")), "alex@mysite.com"),  # lines 445, 1395
    (PL(P("79999999999"), trailing_comma=True), "79999999999,"),  # line 1414 (status.php)
    (PL(P("79991234567", plus=True), P("79991234567")), "+79991234567,79991234567"),
    (
        PL(P("7999"), GroupCode(number=1), TelegramNick(nickname="alex_nick"), P("7888")),
        "7999,G1,@alex_nick,7888",
    ),
    (PL(P("7999"), P("7999")), "7999,7999"),  # duplicates are kept
]

LISTS: list[tuple[tuple[ListEntry, ...], bool, str]] = [
    # line 336
    (
        (LE(PL(P("79999999999")), "Hello!"), LE(PL(P("79999999999")), "Hello\nworld!")),
        False,
        "79999999999:Hello!\n79999999999:Hello\\nworld!",
    ),
    # line 381 (comments)
    (
        (
            LE(PL(P("79999999999")), "Hello1!\n~~~\nComment1"),
            LE(PL(P("78888888888")), "Hello2!\n~~~\nComment2"),
        ),
        False,
        "79999999999:Hello1!\\n~~~\\nComment1\n78888888888:Hello2!\\n~~~\\nComment2",
    ),
    # lines 143-147: sender,tz|phones:mes, tz optional
    ((LE(PL(P("79999999999")), "Hi", "ivan", 3),), False, "ivan,3|79999999999:Hi"),
    ((LE(PL(P("79999999999")), "Hi", "ivan", -3),), False, "ivan,-3|79999999999:Hi"),
    ((LE(PL(P("79999999999")), "Hi", "ivan"),), False, "ivan|79999999999:Hi"),
    ((LE(PL(P("79999999999")), "Hi", "My Shop", 0),), False, "My Shop,0|79999999999:Hi"),
    # line 142: several phones separated by commas
    ((LE(PL(P("7999"), P("7888")), "Hi"),), False, "7999,7888:Hi"),
    # the first ":" ends the phones; ":" and "|" are free in the message
    ((LE(PL(P("7999")), " a:b|c"),), False, "7999: a:b|c"),
    ((LE(PL(P("7999")), ""),), False, "7999:"),
    ((LE(PL(P("7999")), "a\\"),), False, "7999:a\\"),
    ((LE(PL(P("7999")), "a\\\nb"),), False, "7999:a\\\\nb"),
    ((LE(PL(P("7999"), trailing_comma=True), "x"),), False, "7999,:x"),
    # nl=1: real newlines in messages
    (
        (LE(PL(P("79999999999")), "Hello\nworld!"), LE(PL(P("7888")), "Bye\n\n")),
        True,
        "79999999999:Hello\nworld!\n7888:Bye\n\n",
    ),
    (
        (LE(PL(P("79999999999")), "Hello1!\n~~~\nComment1"),),
        True,
        "79999999999:Hello1!\n~~~\nComment1",
    ),
    ((LE(PL(P("7999")), "a\nNote: b\n7999x: c", "s", 1),), True, "s,1|7999:a\nNote: b\n7999x: c"),
]

CODE_FILTERS: list[tuple[PhoneCodeFilter, str]] = [
    (
        PhoneCodeFilter(rules=(PhoneCodeRule(code="7"), PhoneCodeRule(code="77", excluded=True))),
        "7,-77",
    ),  # line 2548
    (PhoneCodeFilter(rules=()), ""),
    (PhoneCodeFilter(rules=(PhoneCodeRule(code="380"),)), "380"),
]

PREFIXES: list[tuple[IncomingPrefix, str]] = [
    (IncomingPrefix(login="alex", text="Hello"), "alex: Hello"),  # line 3681
    (IncomingPrefix(login="alex", text=""), "alex: "),
    (IncomingPrefix(login="a.b-c_1", text="x: y"), "a.b-c_1: x: y"),
]


@pytest.mark.parametrize(("value", "text"), RECIPIENTS)
def test_recipient_table(value: Recipient, text: str) -> None:
    assert parse_recipient(text) == value
    assert format_recipient(value) == text


@pytest.mark.parametrize(("value", "text"), PHONE_LISTS)
def test_phone_list_table(value: PhoneList, text: str) -> None:
    assert parse_phone_list(text) == value
    assert format_phone_list(value) == text


@pytest.mark.parametrize(("value", "nl", "text"), LISTS)
def test_list_table(value: tuple[ListEntry, ...], nl: bool, text: str) -> None:
    assert parse_list(text, nl=nl) == value
    assert format_list(value, nl=nl) == text


@pytest.mark.parametrize(("value", "text"), CODE_FILTERS)
def test_code_filter_table(value: PhoneCodeFilter, text: str) -> None:
    assert parse_phone_code_filter(text) == value
    assert format_phone_code_filter(value) == text


@pytest.mark.parametrize(("value", "text"), PREFIXES)
def test_incoming_prefix_table(value: IncomingPrefix, text: str) -> None:
    assert parse_incoming_prefix(text) == value
    assert format_incoming_prefix(value) == text


# --- 2. accepted alternative spellings -> canonical ------------------------------------

ALTERNATIVES: list[tuple[Callable[[str], object], Callable[[object], str], str, str]] = []


def _alt(
    parse: Callable[[str], object], fmt: Callable[..., str], rows: list[tuple[str, str]]
) -> None:
    ALTERNATIVES.extend((parse, fmt, a, b) for a, b in rows)


_alt(
    parse_phone_list,
    format_phone_list,
    [
        ("G777,g888", "G777,G888"),  # line 391: g and G are the same
        ("79999999999;78888888888", "79999999999,78888888888"),  # line 47
        ("7999;7888,7777", "7999,7888,7777"),
        (" 7999 , 7888 ", "7999,7888"),
        ("7999;", "7999,"),
        ("7999 , ", "7999,"),
        ("g1", "G1"),
    ],
)
_alt(parse_recipient, format_recipient, [(" 7999 ", "7999"), ("g5", "G5")])
_alt(
    parse_list,
    format_list,
    [
        ("7999;7888:Hi", "7999,7888:Hi"),  # INC-64: ";" before ":" separates phones
        (" 7999 :Hi", "7999:Hi"),
        ("s,+3|7999:Hi", "s,3|7999:Hi"),
        ("s,03|7999:Hi", "s,3|7999:Hi"),
        ("s,-0|7999:Hi", "s,0|7999:Hi"),
        ("s|g7:Hi", "s|G7:Hi"),
    ],
)
_alt(parse_phone_code_filter, format_phone_code_filter, [("7, -77", "7,-77"), (" 7 ", "7")])


@pytest.mark.parametrize(("parse", "fmt", "text", "canonical"), ALTERNATIVES)
def test_alternative_spellings(
    parse: Callable[[str], object], fmt: Callable[[object], str], text: str, canonical: str
) -> None:
    value = parse(text)
    assert fmt(value) == canonical
    assert parse(canonical) == value


def test_list_nl_alternatives() -> None:
    # Canonical nl=0 text is valid nl=1 text when no message line looks like an entry.
    assert parse_list("7999:a\n7888:b", nl=True) == parse_list("7999:a\n7888:b")
    value = parse_list("7999:a\nb", nl=True)
    assert format_list(value) == "7999:a\\nb"


# --- 3. bad wire strings ----------------------------------------------------------------

BAD_PHONE_LISTS = [
    "",
    " ",
    ",",
    ";",
    ",7999",
    "7999,,7888",
    "7999,,",
    "7999;;",
    "G",
    "G007",
    "G0",
    "Gx",
    "G-1",
    "G2147483648",
    "G99999999999",
    "#",
    "#0",
    "#01",
    "#abc",
    "#-100123",
    "#99999999999999999999",
    "@",
    "@abc",
    "@1abcd",
    "@alex-nick",
    "7999 7888",
    "\t7999",
    "7999\n",
    "79",
    "+" + "7" * 16,
    "7" * 21,
    "+",
    "++7999",
    "7999+",
    "abc",
    "a@b",
    "a@@b.ru",
    "a b@c.ru",
    "a|b@x.ru",
    "a..b@x.ru",
    "a@-x.ru",
    "a@x..ru",
    "\u0663\u0663\u0663",  # Arabic-Indic digits
    "7999\x00",
    "79999999999:Hello",
]

BAD_LISTS: list[tuple[str, bool]] = [
    ("", False),
    ("7999", False),
    ("7999:x\n", False),
    ("7999:x\n\n7888:y", False),
    ("x:y", False),
    ("|7999:x", False),
    (",3|7999:x", False),
    ("s,|7999:x", False),
    ("s,x|7999:x", False),
    ("s,12|7999:x", False),
    ("s,-16|7999:x", False),
    ("s,123|7999:x", False),
    ("s, 3|7999:x", False),
    ("a,b,c|7999:x", False),
    ("s\\x|7999:x", False),
    ("s\x01|7999:x", False),
    ("s|t|7999:x", False),
    ("7999;Hello", False),  # INC-64: ";" does not end the phones
    ("7999;Hello: world", False),
    ("7999:ok\nnot a line", False),
    ("", True),
    ("hello", True),
    ("x\n7999:a", True),
    ("7999:a\\nb", True),  # the \n escape is ambiguous with nl=1
    ("7999:a\nb\\nc", True),
    ("s,99|7999:x", True),
]

BAD_CODE_FILTERS = [" ", ",", "7,", ",7", "7,,77", "+7", "7-7", "--7", "a", "7" * 16, "7\t"]

BAD_PREFIXES = ["alex:hi", "hi", ": hi", "al ex: hi", " alex: hi", "alex :hi", "й: x", ""]


@pytest.mark.parametrize("text", BAD_PHONE_LISTS)
def test_bad_phone_lists(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="phones"):
        parse_phone_list(text)


@pytest.mark.parametrize("text", [t for t in BAD_PHONE_LISTS if "," not in t and ";" not in t])
def test_bad_recipients(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="phones"):
        parse_recipient(text)


def test_bad_recipient_with_separator() -> None:
    with pytest.raises(RemoteProtocolError, match="phones"):
        parse_recipient("7999,7888")


@pytest.mark.parametrize(("text", "nl"), BAD_LISTS)
def test_bad_lists(text: str, nl: bool) -> None:
    with pytest.raises(RemoteProtocolError, match="list"):
        parse_list(text, nl=nl)


def test_bad_list_names_the_line() -> None:
    with pytest.raises(RemoteProtocolError, match=r"list: line 3: .*abc"):
        parse_list("7999:a\n7888:b\nabc:c")


@pytest.mark.parametrize("text", BAD_CODE_FILTERS)
def test_bad_code_filters(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="fmts"):
        parse_phone_code_filter(text)


@pytest.mark.parametrize("text", BAD_PREFIXES)
def test_bad_prefixes(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="mes"):
        parse_incoming_prefix(text)


# --- 4. bad constructor arguments ----------------------------------------------------

_OK = PL(P("7999"))

BAD_CONSTRUCTORS: list[tuple[Callable[[], object], str]] = [
    (lambda: Phone(number="12"), r"phones: .*3\.\.20 digits"),
    (lambda: Phone(number="7999a"), "phones: .*ASCII digits"),
    (lambda: Phone(number="+7999"), "phones: .*ASCII digits"),
    (lambda: Phone(number="7" * 16, plus=True), r"3\.\.15 digits"),
    (lambda: Phone(number=7999), "phones: .*ASCII digits"),  # type: ignore[arg-type]
    (lambda: Phone(number="7999", plus=1), "phones: plus must be a bool"),  # type: ignore[arg-type]
    (lambda: GroupCode(number=0), r"phones: a group number must be 1\.\."),
    (lambda: GroupCode(number=True), "phones: a group number must be an int"),
    (lambda: GroupCode(number="7"), "phones: a group number must be an int"),  # type: ignore[arg-type]
    (lambda: TelegramId(chat_id=0), "phones: a telegram ID"),
    (lambda: TelegramId(chat_id=2**63), "phones: a telegram ID"),
    (lambda: TelegramNick(nickname="1abcd"), "phones: a telegram nickname"),
    (lambda: TelegramNick(nickname="abc"), "phones: a telegram nickname"),
    (lambda: TelegramNick(nickname="@alex_nick"), "phones: a telegram nickname"),
    (lambda: TelegramNick(nickname="a" * 33), "phones: a telegram nickname"),
    (lambda: EmailAddress(address="x"), "phones: an e-mail address"),
    (lambda: EmailAddress(address="a" * 65 + "@x.ru"), "phones: an e-mail address"),
    (lambda: EmailAddress(address="a@" + "b" * 64 + ".ru"), "phones: an e-mail address"),
    (lambda: PhoneList(entries=()), "phones: a phone list needs at least one"),
    (lambda: PhoneList(entries=("7999",)), "phones: entries must be recipients"),  # type: ignore[arg-type]
    (lambda: PhoneList(entries=5), "phones: entries must be a sequence"),  # type: ignore[arg-type]
    (lambda: PhoneList(entries="7999"), "phones: entries must be a sequence"),  # type: ignore[arg-type]
    (lambda: PhoneList(entries=(P("7999"),), trailing_comma=None), "trailing_comma"),  # type: ignore[arg-type]
    (lambda: PhoneCodeRule(code=""), "fmts: a phone code"),
    (lambda: PhoneCodeRule(code="-7"), "fmts: a phone code"),
    (lambda: PhoneCodeRule(code="7", excluded="yes"), "fmts: excluded"),  # type: ignore[arg-type]
    (lambda: PhoneCodeFilter(rules=("7",)), "fmts: rules must be PhoneCodeRule"),  # type: ignore[arg-type]
    (lambda: PhoneCodeFilter(rules=7), "fmts: rules must be a sequence"),  # type: ignore[arg-type]
    (lambda: IncomingPrefix(login="", text="x"), "mes: a prefix login"),
    (lambda: IncomingPrefix(login="a b", text="x"), "mes: a prefix login"),
    (lambda: IncomingPrefix(login="a", text=None), "mes: text must be a str"),  # type: ignore[arg-type]
    (lambda: LE(_OK, "a\\nb"), "list: a message cannot contain a backslash"),
    (lambda: LE(_OK, 5), "list: message must be a str"),  # type: ignore[arg-type]
    (lambda: LE("7999", "x"), "list: phones must be a PhoneList"),  # type: ignore[arg-type]
    (lambda: LE(_OK, "x", ""), "list: sender must be a non-empty str"),
    (lambda: LE(_OK, "x", "a,b"), "list: sender must not contain"),
    (lambda: LE(_OK, "x", "a|b"), "list: sender must not contain"),
    (lambda: LE(_OK, "x", "a:b"), "list: sender must not contain"),
    (lambda: LE(_OK, "x", "a\nb"), "list: sender must not contain"),
    (lambda: LE(_OK, "x", None, 3), "list: tz needs a sender"),
    (lambda: LE(_OK, "x", "s", 12), r"list: tz must be -15\.\.11"),
    (lambda: LE(_OK, "x", "s", -16), r"list: tz must be -15\.\.11"),
    (lambda: LE(_OK, "x", "s", True), "list: tz must be an int"),
    (lambda: format_list([]), "list: at least one entry"),
    (lambda: format_list(["7999:x"]), "list: entries must be ListEntry"),  # type: ignore[list-item]
    (lambda: format_list([LE(_OK, "a\n7888: b")], nl=True), "list: entry 1: with nl=1"),
    (lambda: format_list([LE(_OK, "a\nG1:b")], nl=True), "would start a new entry"),
    (lambda: format_recipient("7999"), "phones: not a recipient"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("build", "match"), BAD_CONSTRUCTORS)
def test_bad_constructors(build: Callable[[], object], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        build()


# --- model details ----------------------------------------------------------------------


def test_plus_is_significant() -> None:
    assert parse_recipient("+79991234567") != parse_recipient("79991234567")


def test_entries_iterable_is_stored_as_tuple() -> None:
    value = PhoneList(entries=[P("7999")])  # type: ignore[arg-type]
    assert value.entries == (P("7999"),)
    assert hash(value) == hash(PL(P("7999")))
    assert PhoneCodeFilter(rules=[PhoneCodeRule(code="7")]).rules == (  # type: ignore[arg-type]
        PhoneCodeRule(code="7"),
    )


def test_list_entry_comment() -> None:
    (entry,) = parse_list("79999999999:Hello!\\n~~~\\nComment")
    assert entry.text == "Hello!"
    assert entry.comment == "Comment"
    plain = LE(_OK, "Hi\n~~")
    assert plain.text == "Hi\n~~"
    assert plain.comment is None


def test_nl_mode_same_text_reads_differently() -> None:
    # Without nl=1 a real newline ends the entry; with it, "b" continues the message.
    with pytest.raises(RemoteProtocolError, match="list: line 2"):
        parse_list("7999:a\nb")
    assert parse_list("7999:a\nb", nl=True) == (LE(_OK, "a\nb"),)


def test_big_list_is_linear() -> None:
    # 5000 lines and a 10000-entry phone list parse in one pass (no quadratic joins).
    text = "\n".join(f"7999{i:07d},G{i + 1}:msg {i}\\nline" for i in range(5000))
    value = parse_list(text)
    assert len(value) == 5000
    assert format_list(value) == text
    assert parse_list(format_list(value, nl=True), nl=True) == value
    phones = ",".join(f"7{i:010d}" for i in range(10000))
    assert format_phone_list(parse_phone_list(phones)) == phones


# --- 5. properties ------------------------------------------------------------------------


@given(recipients())
def test_recipient_roundtrip(value: Recipient) -> None:
    assert parse_recipient(format_recipient(value)) == value


@given(phone_lists())
def test_phone_list_roundtrip(value: PhoneList) -> None:
    assert parse_phone_list(format_phone_list(value)) == value


@given(phone_code_filters())
def test_code_filter_roundtrip(value: PhoneCodeFilter) -> None:
    assert parse_phone_code_filter(format_phone_code_filter(value)) == value


@given(incoming_prefixes())
def test_incoming_prefix_roundtrip(value: IncomingPrefix) -> None:
    assert parse_incoming_prefix(format_incoming_prefix(value)) == value


@settings(max_examples=40)
@given(list_parameters(max_size=3))
def test_list_roundtrip(value: tuple[ListEntry, ...]) -> None:
    assert parse_list(format_list(value)) == value


@settings(max_examples=40)
@given(list_parameters(nl=True, max_size=3))
def test_list_nl_roundtrip(value: tuple[ListEntry, ...]) -> None:
    assert parse_list(format_list(value, nl=True), nl=True) == value
    assert parse_list(format_list(value)) == value


@settings(max_examples=40)
@given(list_entries(nl=True))
def test_nl_entry_is_nl_safe(value: ListEntry) -> None:
    assert parse_list(format_list([value], nl=True), nl=True) == (value,)


def check_invariant(text: str) -> None:
    """Each parser returns a value that formats and re-parses to itself, or raises."""
    cases: list[tuple[Callable[[str], object], Callable[[object], str]]] = [
        (parse_recipient, format_recipient),  # type: ignore[list-item]
        (parse_phone_list, format_phone_list),  # type: ignore[list-item]
        (parse_phone_code_filter, format_phone_code_filter),  # type: ignore[list-item]
        (parse_incoming_prefix, format_incoming_prefix),  # type: ignore[list-item]
        (parse_list, format_list),  # type: ignore[list-item]
        (lambda t: parse_list(t, nl=True), lambda v: format_list(v, nl=True)),  # type: ignore[arg-type]
    ]
    for parse, fmt in cases:
        try:
            value = parse(text)
        except RemoteProtocolError:
            continue
        assert parse(fmt(value)) == value


# Tokens of the syntaxes, so generated texts often come close to valid values.
TOKENS = [*"0789+,; Gg#@.:|\n\\n-~xa_", "\\n", "79999999999", "alex", "@x.ru", "G12"]
GRAMMAR = st.lists(st.sampled_from(TOKENS), max_size=20).map("".join)


@given(st.text())
def test_any_text(text: str) -> None:
    check_invariant(text)


@settings(max_examples=300)
@given(GRAMMAR)
def test_grammar_text(text: str) -> None:
    check_invariant(text)


def test_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for path in seeds:
        check_invariant(path.read_bytes().decode("utf-8", "surrogatepass"))
