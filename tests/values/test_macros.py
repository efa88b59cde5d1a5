"""Tests for message macros ({button}, <file>, {no_unsub}, {Name}) and message prefixes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import (
    buttons,
    file_links,
    file_refs,
    macros,
    message_parts,
    placeholders,
    prefixed_messages,
)
from smsc_proto.values import (
    PING_TEMPLATE_MACROS,
    Button,
    FileLink,
    FileRef,
    Macro,
    MessagePart,
    MessagePrefix,
    NoUnsub,
    Placeholder,
    PrefixedMessage,
    format_button,
    format_file_macro,
    format_macro,
    format_message_macros,
    format_no_unsub,
    format_placeholder,
    format_prefixed_message,
    parse_button,
    parse_file_macro,
    parse_macro,
    parse_message_macros,
    parse_no_unsub,
    parse_placeholder,
    parse_prefixed_message,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_macros"

# --- 1. single macros: one table, both directions ------------------------------------

MACRO_ROWS: list[tuple[Macro, str]] = [
    # line 633: predefined Viber test template
    (Button(url="https://smscentre.com", text="site"), "{button,https://smscentre.com,site}"),
    # line 634: the same template with a space after each comma
    (
        Button(url="https://smscentre.com", text="site", spaced=True),
        "{button, https://smscentre.com, site}",
    ),
    # lines 646, 649: "{button, http://smscentre.com, Site}"
    (
        Button(url="http://smscentre.com", text="Site", spaced=True),
        "{button, http://smscentre.com, Site}",
    ),
    # lines 647, 650, 652, 653 (decoded URLs): "{button,http://smscentre.com,Site}"
    (Button(url="http://smscentre.com", text="Site"), "{button,http://smscentre.com,Site}"),
    # line 655: "{button,http://smscentre.com,smsc button}"
    (
        Button(url="http://smscentre.com", text="smsc button"),
        "{button,http://smscentre.com,smsc button}",
    ),
    # line 656 (cp1251 URL decoded, INC-60): "{button,http://smscentre.com,Кнопка smsc}"
    (
        Button(url="http://smscentre.com", text="Кнопка smsc"),
        "{button,http://smscentre.com,Кнопка smsc}",
    ),
    # line 615: the tel: form
    (
        Button(url="tel:79999999999", text="text", spaced=True),
        "{button, tel:79999999999, text}",
    ),
    # edge: tel: with +, unspaced
    (Button(url="tel:+79999999999", text="Call us"), "{button,tel:+79999999999,Call us}"),
    # edge: 30-character caption (line 613: "can not exceed 30 characters")
    (Button(url="https://a.b", text="x" * 30), "{button,https://a.b," + "x" * 30 + "}"),
    # edge: scheme case is kept; URL with query
    (Button(url="HTTPS://a.b/?q=1&r=2", text="Go"), "{button,HTTPS://a.b/?q=1&r=2,Go}"),
    # lines 589, 600: "<file 1>" and "<file 2>"
    (FileRef(number=1), "<file 1>"),
    (FileRef(number=2), "<file 2>"),
    # edge: 20 attachments at most (line 437); large numbers stay readable
    (FileRef(number=20), "<file 20>"),
    (FileRef(number=999_999_999), "<file 999999999>"),
    # line 449: "<file /upload/files/sms/123abc/photo.jpg width=200 height=400>"
    (
        FileLink(
            target="/upload/files/sms/123abc/photo.jpg",
            attributes=(("width", "200"), ("height", "400")),
        ),
        "<file /upload/files/sms/123abc/photo.jpg width=200 height=400>",
    ),
    # lines 431, 467: "<file /upload/files/sms/каталог_загрузки/название_файла>"
    (
        FileLink(target="/upload/files/sms/каталог_загрузки/название_файла"),
        "<file /upload/files/sms/каталог_загрузки/название_файла>",
    ),
    # line 431: the same with attributes
    (
        FileLink(
            target="/upload/files/sms/каталог_загрузки/название_файла",
            attributes=(("width", "200"), ("height", "400")),
        ),
        "<file /upload/files/sms/каталог_загрузки/название_файла width=200 height=400>",
    ),
    # lines 635, 636: "<file http://smscentre.com/im/smsc_logo_tiny.gif>"
    (
        FileLink(target="http://smscentre.com/im/smsc_logo_tiny.gif"),
        "<file http://smscentre.com/im/smsc_logo_tiny.gif>",
    ),
    # line 650 (decoded URL): "<file https://mysite.com/sms/picture.jpg>"
    (
        FileLink(target="https://mysite.com/sms/picture.jpg"),
        "<file https://mysite.com/sms/picture.jpg>",
    ),
    # edge: attribute value containing "="
    (FileLink(target="/a.png", attributes=(("alt", "x=y"),)), "<file /a.png alt=x=y>"),
    # line 435: "{no_unsub}"
    (NoUnsub(), "{no_unsub}"),
    # line 1398: "{Name}"
    (Placeholder(name="Name"), "{Name}"),
    # lines 984-986: "{NAME}", "{HOST}", "{INFO}"
    (Placeholder(name="NAME"), "{NAME}"),
    (Placeholder(name="HOST"), "{HOST}"),
    (Placeholder(name="INFO"), "{INFO}"),
    # edge: longest placeholder name
    (Placeholder(name="a" * 32), "{" + "a" * 32 + "}"),
]


@pytest.mark.parametrize(("value", "text"), MACRO_ROWS)
def test_parse_macro(value: Macro, text: str) -> None:
    assert parse_macro(text) == value


@pytest.mark.parametrize(("value", "text"), MACRO_ROWS)
def test_format_macro(value: Macro, text: str) -> None:
    assert format_macro(value) == text


@pytest.mark.parametrize(("value", "text"), MACRO_ROWS)
def test_kind_specific_functions(value: Macro, text: str) -> None:
    if isinstance(value, Button):
        assert parse_button(text) == value
        assert format_button(value) == text
    elif isinstance(value, (FileRef, FileLink)):
        assert parse_file_macro(text) == value
        assert format_file_macro(value) == text
    elif isinstance(value, NoUnsub):
        assert parse_no_unsub(text) == value
        assert format_no_unsub(value) == text
    else:
        assert parse_placeholder(text) == value
        assert format_placeholder(value) == text


@pytest.mark.parametrize(("value", "text"), MACRO_ROWS)
def test_macro_alone_is_one_token(value: Macro, text: str) -> None:
    assert parse_message_macros(text) == (value,)


def test_button_phone() -> None:
    assert Button(url="tel:79999999999", text="t").phone == "79999999999"
    assert Button(url="https://a.b", text="t").phone is None


def test_ping_template_macros() -> None:
    assert PING_TEMPLATE_MACROS == ("NAME", "HOST", "INFO")


# --- 1b. whole message texts ---------------------------------------------------------

BUTTON_SITE = Button(url="http://smscentre.com", text="Site")

MESSAGE_ROWS: list[tuple[tuple[MessagePart, ...], str]] = [
    ((), ""),
    (("Hello",), "Hello"),
    # line 589
    (
        ("first file ", FileRef(number=1), " and second file ", FileRef(number=2)),
        "first file <file 1> and second file <file 2>",
    ),
    # line 449
    (
        (
            "Hello, this is my photo ",
            FileLink(
                target="/upload/files/sms/123abc/photo.jpg",
                attributes=(("width", "200"), ("height", "400")),
            ),
        ),
        "Hello, this is my photo <file /upload/files/sms/123abc/photo.jpg width=200 height=400>",
    ),
    # lines 633, 634
    (
        ("Test ", Button(url="https://smscentre.com", text="site")),
        "Test {button,https://smscentre.com,site}",
    ),
    (
        ("Test ", Button(url="https://smscentre.com", text="site", spaced=True)),
        "Test {button, https://smscentre.com, site}",
    ),
    # lines 635, 636
    (
        ("Picture ", FileLink(target="http://smscentre.com/im/smsc_logo_tiny.gif")),
        "Picture <file http://smscentre.com/im/smsc_logo_tiny.gif>",
    ),
    (
        ("Image ", FileLink(target="http://smscentre.com/im/smsc_logo_tiny.gif")),
        "Image <file http://smscentre.com/im/smsc_logo_tiny.gif>",
    ),
    # line 647 (decoded): a bare link is literal text
    (
        ("Test ", BUTTON_SITE, " http://smscentre.com/upload/files/sms/1856f97d/6_1.jpg"),
        "Test {button,http://smscentre.com,Site} "
        "http://smscentre.com/upload/files/sms/1856f97d/6_1.jpg",
    ),
    # line 650 (decoded)
    (
        ("test ", BUTTON_SITE, " ", FileLink(target="https://mysite.com/sms/picture.jpg")),
        "test {button,http://smscentre.com,Site} <file https://mysite.com/sms/picture.jpg>",
    ),
    # line 653 (decoded)
    (("test ", BUTTON_SITE), "test {button,http://smscentre.com,Site}"),
    # line 656 (cp1251 decoded, INC-60)
    (
        (
            "Видео и кнопка http://smscentre.com/upload/files/sms/123456/1.png\n"
            "http://smscentre.com/upload/files/sms/123456/1.mp4\n",
            Button(url="http://smscentre.com", text="Кнопка smsc"),
        ),
        "Видео и кнопка http://smscentre.com/upload/files/sms/123456/1.png\n"
        "http://smscentre.com/upload/files/sms/123456/1.mp4\n"
        "{button,http://smscentre.com,Кнопка smsc}",
    ),
    # line 1398: mes and mes2
    (
        (Placeholder(name="Name"), ", this is a Viber message"),
        "{Name}, this is a Viber message",
    ),
    (
        ("This is an SMS for ", Placeholder(name="Name")),
        "This is an SMS for {Name}",
    ),
    # line 435
    (("Newsletter ", NoUnsub()), "Newsletter {no_unsub}"),
    # line 429 (INC-62): the doubled rendering is two literal-looking half macros
    (('"<file n><file n>"',), '"<file n><file n>"'),
    # line 610: the schematic with placeholders is not a real button ("url" is no URL)
    (("{button,url,text}",), "{button,url,text}"),
    # the IVR block is literal; file macros inside it are still found (lines 495-536)
    (
        ("Hi\n{menu: ", FileRef(number=1), "\n1: end\n}"),
        "Hi\n{menu: <file 1>\n1: end\n}",
    ),
    # adjacent macros and nested-looking braces / angles
    ((NoUnsub(), NoUnsub()), "{no_unsub}{no_unsub}"),
    (("{", Placeholder(name="Name"), "}"), "{{Name}}"),
    (("<", FileRef(number=3), ">"), "<<file 3>>"),
    (("<file /x", FileRef(number=1)), "<file /x<file 1>"),
    # leftmost wins: a button caption may contain "<file 1>"
    (
        (Button(url="https://a.b", text="<file 1>"),),
        "{button,https://a.b,<file 1>}",
    ),
    # half and broken macros stay literal
    (("{button,https://a.b,x",), "{button,https://a.b,x"),
    (("<file 1",), "<file 1"),
    (("{button,https://a.b, x}",), "{button,https://a.b, x}"),
    (("<file 01> <file 0> <file 1 >",), "<file 01> <file 0> <file 1 >"),
    (("{button,https://a.b," + "x" * 31 + "}",), "{button,https://a.b," + "x" * 31 + "}"),
    (("{menu}{button}{no unsub}{}",), "{menu}{button}{no unsub}{}"),
]


@pytest.mark.parametrize(("parts", "text"), MESSAGE_ROWS)
def test_parse_message_macros(parts: tuple[MessagePart, ...], text: str) -> None:
    assert parse_message_macros(text) == parts


@pytest.mark.parametrize(("parts", "text"), MESSAGE_ROWS)
def test_format_message_macros(parts: tuple[MessagePart, ...], text: str) -> None:
    assert format_message_macros(parts) == text


def test_tokenizer_is_linear_on_pathological_input() -> None:
    # Quadratic scanning would take minutes here; linear scanning takes milliseconds.
    for text in ("{" * 50_000 + "}", "<file " * 20_000 + ">", "{a" * 30_000 + "}"):
        assert format_message_macros(parse_message_macros(text)) == text


# --- 2. alternative spellings --------------------------------------------------------
# Macros have none: both button spacings are kept (Button.spaced) and everything else
# that is not exactly a macro is literal text. Prefixes have one.

ALTERNATIVE_ROWS = [
    ("__CALL__: ", "__CALL__"),
    ("__PING__: ", "__PING__"),
]


@pytest.mark.parametrize(("text", "canonical"), ALTERNATIVE_ROWS)
def test_alternative_spellings(text: str, canonical: str) -> None:
    value = parse_prefixed_message(text)
    assert format_prefixed_message(value) == canonical
    assert parse_prefixed_message(canonical) == value


# --- 3. bad wire strings -------------------------------------------------------------

BAD_MACROS = [
    "",
    "Hello",
    "{button,url,text}",  # line 610 schematic: "url" is not an http address
    "<file n>",  # line 600 schematic
    "<file http(s)://...>",  # line 599 schematic
    "{button,https://a.b,}",
    "{button,https://a.b}",
    "{button,,x}",
    "{button,https://a.b,x,y}",
    "{button,https://a.b, x}",  # mixed spacing
    "{button, https://a.b,x}",  # mixed spacing
    "{button,  https://a.b,  x}",  # two spaces
    "{button,https://a.b,x }",
    "{button,https://a.b,x\ny}",
    "{button,https://a.b," + "x" * 31 + "}",
    "{button,ftp://a.b,x}",
    "{button,https://,x}",
    "{button,tel:,x}",
    "{button,tel:7999a,x}",
    "{button,tel:" + "1" * 16 + ",x}",
    "{button,https://a b,x}",
    "{button ,https://a.b,x}",
    "{Button,https://a.b,x}",
    "<file 0>",
    "<file 01>",
    "<file 1234567890>",
    "<file -1>",
    "<file >",
    "<file  /a.png>",
    "<file /a.png >",
    "<file /a.png  width=1>",
    "<file /a.png width>",
    "<file /a.png width=>",
    "<file /a.png =1>",
    "<file /a.png 1w=1>",
    "<file />",
    "<file a.png>",
    "<file /a\u00a0b>",
    "<file1>",
    "<FILE 1>",
    "{}",
    "{no unsub}",
    "{menu}",
    "{button}",
    "{1abc}",
    "{a-b}",
    "{" + "a" * 33 + "}",
    "{Имя}",
    "{Name",
    "Name}",
]


@pytest.mark.parametrize("text", BAD_MACROS)
def test_parse_macro_rejects(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="mes"):
        parse_macro(text)


@pytest.mark.parametrize("text", BAD_MACROS)
def test_bad_macro_is_literal_in_a_message(text: str) -> None:
    expected: tuple[MessagePart, ...] = (text,) if text else ()
    assert parse_message_macros(text) == expected


@pytest.mark.parametrize(
    ("function", "text"),
    [
        (parse_button, "<file 1>"),
        (parse_button, "{no_unsub}"),
        (parse_file_macro, "{button,https://a.b,x}"),
        (parse_file_macro, "<file 1"),
        (parse_file_macro, "<file 1>x"),
        (parse_macro, " {no_unsub}"),
        (parse_no_unsub, "{NO_UNSUB}"),
        (parse_no_unsub, "{no_unsub} "),
        (parse_placeholder, "{}"),
        (parse_placeholder, "Name"),
        (parse_placeholder, "{no_unsub}"),
    ],
)
def test_kind_specific_parsers_reject(function: Any, text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="mes"):
        function(text)


# --- 4. bad constructor arguments ----------------------------------------------------

BAD_CONSTRUCTIONS: list[tuple[Any, dict[str, Any], str]] = [
    (Button, {"url": "https://a.b", "text": "x" * 31}, "button text must be 1..30"),
    (Button, {"url": "https://a.b", "text": ""}, "button text must be 1..30"),
    (Button, {"url": "https://a.b", "text": " x"}, "whitespace"),
    (Button, {"url": "https://a.b", "text": "a,b"}, "button text must not contain"),
    (Button, {"url": "https://a.b", "text": "a}"}, "button text must not contain"),
    (Button, {"url": "https://a.b", "text": "a\tb"}, "button text must not contain"),
    (Button, {"url": "url", "text": "x"}, "button url must start with"),
    (Button, {"url": "", "text": "x"}, "button url must not be empty"),
    (Button, {"url": "https://a,b", "text": "x"}, "button url must not contain"),
    (Button, {"url": "tel:+", "text": "x"}, "tel:"),
    (Button, {"url": 1, "text": "x"}, "button url must be a str"),
    (Button, {"url": "https://a.b", "text": 1}, "button text must be a str"),
    (Button, {"url": "https://a.b", "text": "x", "spaced": 1}, "spaced must be a bool"),
    (FileRef, {"number": 0}, "file number"),
    (FileRef, {"number": 10**9}, "file number"),
    (FileRef, {"number": True}, "file number"),
    (FileRef, {"number": "1"}, "file number"),
    (FileLink, {"target": "a.png"}, "file target must be"),
    (FileLink, {"target": "/"}, "file target must be"),
    (FileLink, {"target": "/a b"}, "file target must not contain"),
    (FileLink, {"target": "/a>"}, "file target must not contain"),
    (FileLink, {"target": 5}, "file target must be a str"),
    (FileLink, {"target": "/a", "attributes": "w=1"}, "file attributes must be"),
    (FileLink, {"target": "/a", "attributes": (("w",),)}, "pair"),
    (FileLink, {"target": "/a", "attributes": (("1w", "1"),)}, "attribute name"),
    (FileLink, {"target": "/a", "attributes": (("w", ""),)}, "attribute w must not be empty"),
    (FileLink, {"target": "/a", "attributes": (("w", "1 2"),)}, "attribute w must not"),
    (FileLink, {"target": "/a", "attributes": (("w", 1),)}, "attribute w must be a str"),
    (Placeholder, {"name": ""}, "placeholder name"),
    (Placeholder, {"name": "no_unsub"}, "reserved"),
    (Placeholder, {"name": "button"}, "reserved"),
    (Placeholder, {"name": "a b"}, "placeholder name"),
    (Placeholder, {"name": "Имя"}, "placeholder name"),
    (PrefixedMessage, {"message": "__PING__"}, "prefix=MessagePrefix.PING"),
    (PrefixedMessage, {"message": "__CALL__: hi"}, "prefix=MessagePrefix.CALL"),
    (PrefixedMessage, {"prefix": "__CALL__", "message": "hi"}, "prefix must be"),
    (PrefixedMessage, {"message": 5}, "message must be a str"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_CONSTRUCTIONS)
def test_constructor_rejects(cls: Any, kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        cls(**kwargs)


def test_file_link_accepts_lists() -> None:
    link = FileLink(target="/a", attributes=[["w", "1"]])  # type: ignore[arg-type]
    assert link.attributes == (("w", "1"),)
    assert hash(link) == hash(FileLink(target="/a", attributes=(("w", "1"),)))


BAD_PART_LISTS: list[tuple[list[Any], str]] = [
    (["a", "b"], "adjacent literals"),
    ([""], "empty literal"),
    ([5], "not str or a macro"),
    (["{no_unsub}"], "read back"),
    (["{", "Name}"], "adjacent"),
    ([Placeholder(name="a"), " <file 1>"], "read back"),
    (["{button,https://a.b,x}"], "read back"),
]


@pytest.mark.parametrize(("parts", "match"), BAD_PART_LISTS)
def test_format_message_macros_rejects(parts: list[Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        format_message_macros(parts)


def test_format_macro_rejects_non_macros() -> None:
    with pytest.raises(LocalProtocolError, match="mes"):
        format_macro("x")  # type: ignore[arg-type]
    with pytest.raises(LocalProtocolError, match="mes"):
        format_file_macro(NoUnsub())  # type: ignore[arg-type]


# --- prefixes: one table, both directions --------------------------------------------

PREFIX_ROWS = [
    # line 700: mes=__CALL__%3A%20Privet
    (PrefixedMessage(prefix=MessagePrefix.CALL, message="Privet"), "__CALL__: Privet"),
    # line 703, 706
    (PrefixedMessage(prefix=MessagePrefix.PING), "__PING__"),
    (PrefixedMessage(prefix=MessagePrefix.HLR), "__HLR__"),
    # lines 688-691: "__VIBER__: message" etc.
    (PrefixedMessage(prefix=MessagePrefix.VIBER, message="message"), "__VIBER__: message"),
    (PrefixedMessage(prefix=MessagePrefix.SOC, message="message"), "__SOC__: message"),
    (PrefixedMessage(prefix=MessagePrefix.MAIL, message="message"), "__MAIL__: message"),
    (PrefixedMessage(prefix=MessagePrefix.BOT, message="message"), "__BOT__: message"),
    # line 687: the call parameters after "\n~~~\n" stay in the message
    (
        PrefixedMessage(prefix=MessagePrefix.CALL, message="Hi\n~~~\nparam=20,10,3"),
        "__CALL__: Hi\n~~~\nparam=20,10,3",
    ),
    # a bare call prefix (the text may be only files)
    (PrefixedMessage(prefix=MessagePrefix.CALL), "__CALL__"),
    (PrefixedMessage(prefix=MessagePrefix.CALL, message=" x"), "__CALL__:  x"),
    (PrefixedMessage(prefix=MessagePrefix.PING, message="x"), "__PING__: x"),
    # no prefix
    (PrefixedMessage(message="Hello"), "Hello"),
    (PrefixedMessage(), ""),
    (PrefixedMessage(message="__CALL__:Privet"), "__CALL__:Privet"),
    (PrefixedMessage(message="__call__: x"), "__call__: x"),
    (PrefixedMessage(message=" __PING__"), " __PING__"),
    (PrefixedMessage(message="__PING__x"), "__PING__x"),
    (PrefixedMessage(message="__FOO__: x"), "__FOO__: x"),
]


@pytest.mark.parametrize(("value", "text"), PREFIX_ROWS)
def test_parse_prefixed_message(value: PrefixedMessage, text: str) -> None:
    assert parse_prefixed_message(text) == value


@pytest.mark.parametrize(("value", "text"), PREFIX_ROWS)
def test_format_prefixed_message(value: PrefixedMessage, text: str) -> None:
    assert format_prefixed_message(value) == text


# --- 5. properties -------------------------------------------------------------------


@given(macros())
def test_macro_round_trip(value: Macro) -> None:
    assert parse_macro(format_macro(value)) == value
    assert parse_message_macros(format_macro(value)) == (value,)


@given(buttons())
def test_button_round_trip(value: Button) -> None:
    assert parse_button(format_button(value)) == value


@given(st.one_of(file_refs(), file_links()))
def test_file_round_trip(value: FileRef | FileLink) -> None:
    assert parse_file_macro(format_file_macro(value)) == value


@given(placeholders())
def test_placeholder_round_trip(value: Placeholder) -> None:
    assert parse_placeholder(format_placeholder(value)) == value


@given(message_parts())
def test_message_parts_round_trip(parts: tuple[MessagePart, ...]) -> None:
    assert parse_message_macros(format_message_macros(parts)) == parts


@given(prefixed_messages())
def test_prefixed_round_trip(value: PrefixedMessage) -> None:
    assert parse_prefixed_message(format_prefixed_message(value)) == value


# Text biased towards the macro grammar: plain st.text() almost never spells one.
GRAMMAR_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "{",
                "}",
                "<",
                ">",
                ",",
                ", ",
                " ",
                "=",
                "{button,",
                "{button, ",
                "<file ",
                "{no_unsub}",
                "https://a.b",
                "tel:7999",
                "/up/x.png",
                "width=200",
                "1",
                "0",
                "Name",
                "__CALL__",
                "__PING__",
                ": ",
                "\n",
            ]
        ),
        st.text(max_size=4),
    ),
    max_size=12,
).map("".join)


def _check_macro_parsers(text: str) -> None:
    """The invariant of the fuzz harness: a value that round-trips, or RemoteProtocolError."""
    pairs: list[tuple[Any, Any]] = [
        (parse_macro, format_macro),
        (parse_button, format_button),
        (parse_file_macro, format_file_macro),
        (parse_no_unsub, format_no_unsub),
        (parse_placeholder, format_placeholder),
    ]
    for parse, fmt in pairs:
        try:
            value = parse(text)
        except RemoteProtocolError:
            continue
        assert fmt(value) == text  # every accepted macro spelling is canonical
        assert parse(fmt(value)) == value
    parts = parse_message_macros(text)
    assert format_message_macros(parts) == text
    assert parse_message_macros(format_message_macros(parts)) == parts
    prefixed = parse_prefixed_message(text)
    assert parse_prefixed_message(format_prefixed_message(prefixed)) == prefixed


@given(st.text())
def test_any_text(text: str) -> None:
    _check_macro_parsers(text)


@given(GRAMMAR_TEXT)
def test_grammar_text(text: str) -> None:
    _check_macro_parsers(text)


def test_fuzz_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for seed in seeds:
        _check_macro_parsers(seed.read_bytes().decode("utf-8", "surrogatepass"))
