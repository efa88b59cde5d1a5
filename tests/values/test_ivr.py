"""Tests for the voice menu (IVR): the ``{menu: ...}`` macro as a syntax tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsc_proto import LocalProtocolError, RemoteProtocolError
from smsc_proto.strategies import ivr_actions, ivr_items, ivr_labels, ivr_menus
from smsc_proto.values import (
    IVR_MAX_DEPTH,
    IVR_PHONE_VARIABLE,
    IvrAction,
    IvrBack,
    IvrCall,
    IvrEnd,
    IvrItem,
    IvrLabel,
    IvrMenu,
    IvrRecord,
    IvrRepeat,
    IvrSms,
    IvrStart,
    IvrText,
    IvrUrl,
    format_ivr,
    format_ivr_action,
    parse_ivr,
    parse_ivr_action,
)

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "fuzz_ivr"


def item(key: str, *actions: IvrAction, items: tuple[IvrItem, ...] = ()) -> IvrItem:
    return IvrItem(key=key, actions=actions, items=items)


def text(value: str) -> IvrText:
    return IvrText(text=value)


# The spec's example (lines 533-559), the PHP string $msg byte for byte.
EXAMPLE_TEXT = (
    "Здравствуйте!\n"
    "\n"
    "{menu: Нажмите 1 для первого пункта, 2 для второго пункта, 3 для отправки заявки на "
    "обратный звонок, 5 для связи с оператором, решетка для перехода в начало, 0 для "
    "повтора, для возврата в предыдущее меню нажмите звёздочку.\n"
    "*: back\n"
    "#: start\n"
    "0: repeat\n"
    "1: пункт 1, нажмите 1 для подпункта 1, 2 для подпункта 2, 3 для подпункта 3\n"
    "11: подпункт 1.1\n"
    "12: подпункт 1.2\n"
    "13: подпункт 1.3\n"
    "2: пункт 2, нажмите 1 для подпункта 2.1\n"
    "21: подпункт 2.1\n"
    "3: sms:79999999999,Sender,текст\n"
    "3: end\n"
    "4: sms:$phone,Sender,Ваш номер: $phone\n"
    "4: end\n"
    "5: url\n"
    "5: call:79999999999,79999999998 wait=10 ok:end err:6\n"
    "6: call:79999999997 wait=60 ok:end err:callerr record\n"
    "7: Сейчас начнется запись до 10 секунд\n"
    "7: record: 10\n"
    "7: Конец записи\n"
    "err: неверный номер, нажмите 0 для повтора\n"
    "callerr: Извините, не удалось дозвониться до оператора, выберите другой пункт или "
    "повторите попытку позже}\n"
    "\n"
    "Всего вам доброго!"
)
EXAMPLE = IvrMenu(
    start_text="Здравствуйте!\n\n",
    menu_text=(
        "Нажмите 1 для первого пункта, 2 для второго пункта, 3 для отправки заявки на "
        "обратный звонок, 5 для связи с оператором, решетка для перехода в начало, 0 для "
        "повтора, для возврата в предыдущее меню нажмите звёздочку."
    ),
    entries=(
        item("*", IvrBack()),
        item("#", IvrStart()),
        item("0", IvrRepeat()),
        item(
            "1",
            text("пункт 1, нажмите 1 для подпункта 1, 2 для подпункта 2, 3 для подпункта 3"),
            items=(
                item("1", text("подпункт 1.1")),
                item("2", text("подпункт 1.2")),
                item("3", text("подпункт 1.3")),
            ),
        ),
        item(
            "2",
            text("пункт 2, нажмите 1 для подпункта 2.1"),
            items=(item("1", text("подпункт 2.1")),),
        ),
        item("3", IvrSms(phone="79999999999", sender="Sender", text="текст"), IvrEnd()),
        item("4", IvrSms(phone="$phone", sender="Sender", text="Ваш номер: $phone"), IvrEnd()),
        item(
            "5",
            IvrUrl(),
            IvrCall(phones=("79999999999", "79999999998"), wait=10, ok_end=True, on_error="6"),
        ),
        item(
            "6",
            IvrCall(phones=("79999999997",), wait=60, ok_end=True, on_error="callerr", record=True),
        ),
        item(
            "7",
            text("Сейчас начнется запись до 10 секунд"),
            IvrRecord(seconds=10),
            text("Конец записи"),
        ),
        IvrLabel(name="err", actions=(text("неверный номер, нажмите 0 для повтора"),)),
        IvrLabel(
            name="callerr",
            actions=(
                text(
                    "Извините, не удалось дозвониться до оператора, выберите другой пункт "
                    "или повторите попытку позже"
                ),
            ),
        ),
    ),
    end_text="\n\nВсего вам доброго!",
)

# The schematic (lines 493-502) with the INC-61 rendering break "2\n: ТЕКСТ2" repaired.
SCHEMATIC_TEXT = (
    "СТАРТОВЫЙ ТЕКСТ\n\n{menu: [ТЕКСТ МЕНЮ]\n1: ТЕКСТ или КОМАНДА\n"
    "2: ТЕКСТ2 или КОМАНДА2\n...\n}\n\nКОНЕЧНЫЙ ТЕКСТ"
)
SCHEMATIC = IvrMenu(
    start_text="СТАРТОВЫЙ ТЕКСТ\n\n",
    menu_text="[ТЕКСТ МЕНЮ]",
    entries=(item("1", text("ТЕКСТ или КОМАНДА")), item("2", text("ТЕКСТ2 или КОМАНДА2\n..."))),
    end_text="\n\nКОНЕЧНЫЙ ТЕКСТ",
    newline_before_close=True,
)

# ---------------------------------------------------------------------------------------
# 1. Canonical tables: parse(text) == value and format(value) == text.

MENU_ROWS: list[tuple[IvrMenu, str]] = [
    (EXAMPLE, EXAMPLE_TEXT),  # lines 533-559
    (SCHEMATIC, SCHEMATIC_TEXT),  # lines 493-502 (INC-61 repaired)
    (IvrMenu(), "{menu:}"),  # edge: empty macro
    (IvrMenu(newline_before_close=True), "{menu:\n}"),
    (IvrMenu(menu_text="Hi"), "{menu: Hi}"),
    (IvrMenu(entries=(item("1", IvrEnd()),)), "{menu:\n1: end}"),  # no menu text
    (IvrMenu(menu_text="\nHi", entries=(item("1", IvrEnd()),)), "{menu:\nHi\n1: end}"),
    (IvrMenu(menu_text="a\n", entries=(item("1", IvrEnd()),)), "{menu: a\n\n1: end}"),
    (  # three levels; sub-items between their parent and the next sibling
        IvrMenu(
            menu_text="M",
            entries=(
                item("1", text("a"), items=(item("2", text("b"), items=(item("3", IvrBack()),)),)),
                item("2", text("c")),
            ),
        ),
        "{menu: M\n1: a\n12: b\n123: back\n2: c}",
    ),
    (  # siblings in any order; a label between items
        IvrMenu(entries=(item("9", text("x")), IvrLabel(name="e1", actions=(IvrEnd(),)))),
        "{menu:\n9: x\ne1: end}",
    ),
    (  # multi-line texts; a line feed before "}" and after the last text
        IvrMenu(
            entries=(item("1", text("a\nЗапись: b")), item("2", text("c\n"))),
            newline_before_close=True,
        ),
        "{menu:\n1: a\nЗапись: b\n2: c\n\n}",
    ),
    (IvrMenu(entries=(item("1", text("\nx")),)), "{menu:\n1:\nx}"),  # text starts on next line
    (IvrMenu(start_text="a}b{c:", end_text="}{"), "a}b{c:{menu:}}{"),  # braces outside
    (
        IvrMenu(entries=(item("1", IvrUrl(url="https://example.com/ivr?a=1&b=%20")),)),
        "{menu:\n1: https://example.com/ivr?a=1&b=%20}",  # url as an address (line 518)
    ),
]


@pytest.mark.parametrize(("value", "wire"), MENU_ROWS)
def test_menu_table(value: IvrMenu, wire: str) -> None:
    assert parse_ivr(wire) == value
    assert format_ivr(value) == wire


ACTION_ROWS: list[tuple[IvrAction, str]] = [
    (IvrBack(), "back"),  # line 509, example line 537
    (IvrStart(), "start"),  # line 510, example line 538
    (IvrRepeat(), "repeat"),  # line 511, example line 539
    (IvrEnd(), "end"),  # line 527, example line 546
    (IvrUrl(), "url"),  # line 518, example line 550
    (IvrUrl(url="http://a.ru/x"), "http://a.ru/x"),  # line 518 "http(s) address"
    (IvrSms(phone="79999999999", sender="Sender", text="текст"), "sms:79999999999,Sender,текст"),
    (  # line 548; $phone (line 525)
        IvrSms(phone="$phone", sender="Sender", text="Ваш номер: $phone"),
        "sms:$phone,Sender,Ваш номер: $phone",
    ),
    (  # line 551
        IvrCall(phones=("79999999999", "79999999998"), wait=10, ok_end=True, on_error="6"),
        "call:79999999999,79999999998 wait=10 ok:end err:6",
    ),
    (  # line 552
        IvrCall(phones=("79999999997",), wait=60, ok_end=True, on_error="callerr", record=True),
        "call:79999999997 wait=60 ok:end err:callerr record",
    ),
    (IvrCall(phones=("+1",)), "call:+1"),  # only the phone is required (line 519)
    (IvrCall(phones=("1",) * 9, wait=0), "call:1,1,1,1,1,1,1,1,1 wait=0"),  # 9 numbers
    (IvrCall(phones=("7",), wait=120, record=True), "call:7 wait=120 record"),
    (IvrRecord(seconds=10), "record: 10"),  # line 526, example line 553
    (IvrRecord(), "record"),  # line 526 "without explicitly specifying the time"
    (text("Сейчас начнется запись до 10 секунд"), "Сейчас начнется запись до 10 секунд"),
    (text("End of menu"), "End of menu"),
    (text("urls: a"), "urls: a"),
    (text("a  "), "a  "),  # trailing spaces of a text are kept
]


@pytest.mark.parametrize(("value", "wire"), ACTION_ROWS)
def test_action_table(value: IvrAction, wire: str) -> None:
    assert parse_ivr_action(wire) == value
    assert format_ivr_action(value) == wire
    menu = IvrMenu(entries=(item("1", value),))
    assert format_ivr(menu) == "{menu:\n1: " + wire + "}"
    assert parse_ivr(format_ivr(menu)) == menu


# ---------------------------------------------------------------------------------------
# 2. Accepted alternative spellings -> canonical text.

ALT_ROWS: list[tuple[str, str]] = [
    ("{menu:Hi\n1:end}", "{menu: Hi\n1: end}"),
    ("{menu:   Hi}", "{menu: Hi}"),
    ("{menu: \n1: end}", "{menu:\n1: end}"),
    ("{menu: }", "{menu:}"),
    ("{menu:\n 1 :  end}", "{menu:\n1: end}"),
    ("{menu:\n1: end   }", "{menu:\n1: end}"),  # spaces after a command
    ("{menu:\r\n1: end\r\n}", "{menu:\n1: end\n}"),  # CRLF inside the macro
    ("{menu:\n1: record:10}", "{menu:\n1: record: 10}"),
    ("{menu:\n1: record:   010}", "{menu:\n1: record: 10}"),
    ("{menu:\n1: call: 7 wait=010}", "{menu:\n1: call:7 wait=10}"),
    ("{menu:\n1: call:7  err:x   ok:end wait=5}", "{menu:\n1: call:7 wait=5 ok:end err:x}"),
    ("{menu:\n1: sms: 7, S,  t, u}", "{menu:\n1: sms:7,S,t, u}"),
]


@pytest.mark.parametrize(("wire", "canonical"), ALT_ROWS)
def test_alternative_spellings(wire: str, canonical: str) -> None:
    value = parse_ivr(wire)
    assert format_ivr(value) == canonical
    assert parse_ivr(canonical) == value


# ---------------------------------------------------------------------------------------
# 3. Bad wire text -> RemoteProtocolError naming the macro ("menu").

SCHEMATIC_AS_PRINTED = SCHEMATIC_TEXT.replace("2: ТЕКСТ2", "2\n: ТЕКСТ2")  # INC-61

BAD_MENUS = [
    "Hello",  # no macro
    "",
    "{menu x}",
    "{MENU: x}",
    "{Menu:\n1: end}",
    "{menu: x",  # never closed
    "{menu: a}{menu: b}",  # two macros
    "{menu: a} and {Menu",
    "{menu: a{b}",
    "{menu: a\rb}",
    SCHEMATIC_AS_PRINTED,
    "{menu:\n: x}",
    "{menu: 1: end}",  # menu text that looks like an entry
    "{menu:\n10: x}",
    "{menu:\n*1: x}",
    "{menu:\n1#: x}",
    "{menu:\n**: x}",
    "{menu:\n11: x}",  # sub-item without its parent
    "{menu:\n1: a\n2: b\n12: c}",  # sub-item after its parent's block
    "{menu:\n1: a\nerr: b\n11: c}",
    "{menu:\n1: a\n2: b\n1: c}",  # repeated key not on consecutive lines
    "{menu:\nerr: a\n1: b\nerr: c}",
    "{menu:\n1: end\nmore}",  # a command over two lines
    "{menu:\n1: End}",
    "{menu:\n1: CALL:7}",
    "{menu:\n1: Record: 5}",
    "{menu:\n1: url: https://a.ru}",
    "{menu:\n1:}",
    "{menu:\n1:   }",
    "{menu:\n1: call:}",
    "{menu:\n1: call:7 record wait=5}",  # record must be last (line 524)
    "{menu:\n1: call:7 wait=121}",
    "{menu:\n1: call:7 wait=5 wait=6}",
    "{menu:\n1: call:7 ok:end ok:end}",
    "{menu:\n1: call:7 wait=}",
    "{menu:\n1: call:7 wait=1234567}",
    "{menu:\n1: call:1,2,3,4,5,6,7,8,9,10}",
    "{menu:\n1: call:7,}",
    "{menu:\n1: call:79x}",
    "{menu:\n1: call:$phone}",
    "{menu:\n1: call:7 err:a-b}",
    "{menu:\n1: call:7 err:}",
    "{menu:\n1: call:7 foo}",
    "{menu:\n1: call:7, 8}",
    "{menu:\n1: sms:7,S}",
    "{menu:\n1: sms:abc,S,t}",
    "{menu:\n1: sms:7,,t}",
    "{menu:\n1: sms:7,S,}",
    "{menu:\n1: sms:7,S ,t}",
    "{menu:\n1: sms:7,SenderNameTooLong,t}",
    "{menu:\n1: record: 0}",
    "{menu:\n1: record: abc}",
    "{menu:\n1: record: 1234567}",
    "{menu:\n1: record:}",
    "{menu:\n1: https://a b}",
    "{menu:\n1: http://}",
    "{menu:\n1: x\n}",  # fine ...
    "{menu: a\n" + "".join("1" * d + ": x\n" for d in range(1, IVR_MAX_DEPTH + 2)) + "}",
]
BAD_MENUS.remove("{menu:\n1: x\n}")  # ... it is valid: keep the list honest


@pytest.mark.parametrize("wire", BAD_MENUS)
def test_bad_menu(wire: str) -> None:
    with pytest.raises(RemoteProtocolError, match="menu"):
        parse_ivr(wire)


def test_inc61_error_message() -> None:
    with pytest.raises(RemoteProtocolError, match="INC-61"):
        parse_ivr(SCHEMATIC_AS_PRINTED)


def test_line_numbers_in_errors() -> None:
    with pytest.raises(RemoteProtocolError, match=r"^menu line 3: .*wait must be 0\.\.120"):
        parse_ivr("{menu:\n1: a\n2: call:7 wait=500}")


@pytest.mark.parametrize("wire", ["a\nb", "End", "CALL:7", "sms:7", "record: x", "url:x"])
def test_bad_action(wire: str) -> None:
    with pytest.raises(RemoteProtocolError, match="menu"):
        parse_ivr_action(wire)


def test_deepest_path() -> None:
    lines = "".join("\n" + "1" * d + ": x" for d in range(1, IVR_MAX_DEPTH + 1))
    menu = parse_ivr("{menu:" + lines + "}")
    assert format_ivr(menu) == "{menu:" + lines + "}"
    assert menu.lookup("1" * IVR_MAX_DEPTH) == item("1", text("x"))
    # Comparison, hashing and repr recurse once per level: bounded by IVR_MAX_DEPTH.
    assert hash(menu) == hash(parse_ivr(format_ivr(menu)))
    assert repr(menu).count("IvrItem(") == IVR_MAX_DEPTH


# ---------------------------------------------------------------------------------------
# 4. Bad constructor arguments -> LocalProtocolError.

DEEP = item("1", IvrEnd())
for _ in range(IVR_MAX_DEPTH - 1):
    DEEP = item("1", IvrEnd(), items=(DEEP,))

BAD_ARGS: list[tuple[type[Any], dict[str, Any], str]] = [
    (IvrText, {"text": ""}, "text must not be empty"),
    (IvrText, {"text": " a"}, "must not start with a space"),
    (IvrText, {"text": "end"}, "would read as a command"),
    (IvrText, {"text": "end  "}, "would read as a command"),
    (IvrText, {"text": "call:7"}, "would read as a command"),
    (IvrText, {"text": "https://a.ru"}, "would read as a command"),
    (IvrText, {"text": "End"}, "must be written 'end'"),
    (IvrText, {"text": "a\n1: b"}, "would read as a menu entry"),
    (IvrText, {"text": "a\n err : b"}, "would read as a menu entry"),
    (IvrText, {"text": "a\n: b"}, "would read as a menu entry"),
    (IvrText, {"text": "a{b"}, "must not contain '{'"),
    (IvrText, {"text": "a}b"}, "must not contain '}'"),
    (IvrText, {"text": "a\rb"}, "must not contain"),
    (IvrText, {"text": 5}, "text must be a str"),
    (IvrUrl, {"url": "ftp://a"}, "url must be an http"),
    (IvrUrl, {"url": "https://"}, "url must be an http"),
    (IvrUrl, {"url": "https://a b"}, "url must not contain spaces"),
    (IvrUrl, {"url": "https://a}"}, "url must not contain '}'"),
    (IvrCall, {"phones": ()}, "call: phones must hold 1..9"),
    (IvrCall, {"phones": ("7",) * 10}, "call: phones must hold 1..9"),
    (IvrCall, {"phones": ["7"]}, "call: phones must be a tuple"),
    (IvrCall, {"phones": ("7a",)}, "call: phone must be digits"),
    (IvrCall, {"phones": ("1" * 16,)}, "call: phone must be digits"),
    (IvrCall, {"phones": (IVR_PHONE_VARIABLE,)}, "call: phone must be digits"),
    (IvrCall, {"phones": ("7",), "wait": 121}, "call: wait must be 0..120, got 121"),
    (IvrCall, {"phones": ("7",), "wait": -1}, "call: wait must be 0..120"),
    (IvrCall, {"phones": ("7",), "wait": True}, "call: wait must be an int"),
    (IvrCall, {"phones": ("7",), "ok_end": 1}, "call: ok_end must be a bool"),
    (IvrCall, {"phones": ("7",), "record": "yes"}, "call: record must be a bool"),
    (IvrCall, {"phones": ("7",), "on_error": "a-b"}, "call: on_error"),
    (IvrCall, {"phones": ("7",), "on_error": ""}, "call: on_error"),
    (IvrSms, {"phone": "x", "sender": "S", "text": "t"}, "sms: phone"),
    (IvrSms, {"phone": "7", "sender": "", "text": "t"}, "sms: sender must be 1..15"),
    (IvrSms, {"phone": "7", "sender": "S" * 16, "text": "t"}, "sms: sender must be 1..15"),
    (IvrSms, {"phone": "7", "sender": "a,b", "text": "t"}, "sms: sender must not contain ','"),
    (IvrSms, {"phone": "7", "sender": " S", "text": "t"}, "sms: sender must not start"),
    (IvrSms, {"phone": "7", "sender": "S", "text": ""}, "sms: text must not be empty"),
    (IvrSms, {"phone": "7", "sender": "S", "text": "a\nb"}, "sms: text must not contain a line"),
    (IvrSms, {"phone": "7", "sender": "S", "text": "t "}, "sms: text must not start or end"),
    (IvrRecord, {"seconds": 0}, "record: seconds must be 1..99999"),
    (IvrRecord, {"seconds": 100_000}, "record: seconds must be 1..99999"),
    (IvrItem, {"key": "10", "actions": (IvrEnd(),)}, "item: key must be one of"),
    (IvrItem, {"key": "a", "actions": (IvrEnd(),)}, "item: key must be one of"),
    (IvrItem, {"key": "1", "actions": ()}, "item 1: actions must not be empty"),
    (IvrItem, {"key": "1", "actions": [IvrEnd()]}, "item 1: actions must be a tuple"),
    (IvrItem, {"key": "1", "actions": ("end",)}, "item 1: actions must be Ivr"),
    (IvrItem, {"key": "*", "actions": (IvrEnd(),), "items": (DEEP,)}, "only items 1..9"),
    (
        IvrItem,
        {"key": "1", "actions": (IvrEnd(),), "items": (item("0", IvrEnd()),)},
        "sub-item keys must be 1..9",
    ),
    (
        IvrItem,
        {"key": "1", "actions": (IvrEnd(),), "items": (item("2", IvrEnd()),) * 2},
        "sub-item 2 given twice",
    ),
    (IvrItem, {"key": "1", "actions": (IvrEnd(),), "items": (DEEP,)}, "nesting deeper than"),
    (IvrLabel, {"name": "12", "actions": (IvrEnd(),)}, "label: name"),
    (IvrLabel, {"name": "a-b", "actions": (IvrEnd(),)}, "label: name"),
    (IvrLabel, {"name": "ошибка", "actions": (IvrEnd(),)}, "label: name"),
    (IvrLabel, {"name": "err", "actions": ()}, "label err: actions must not be empty"),
    (IvrMenu, {"start_text": "a{menu:"}, "menu: start_text must not contain"),
    (IvrMenu, {"end_text": "{MENU"}, "menu: end_text must not contain"),
    (IvrMenu, {"menu_text": "1: x"}, "menu: menu_text must not start like an entry"),
    (IvrMenu, {"menu_text": " x"}, "menu: menu_text must not start with a space"),
    (IvrMenu, {"menu_text": "x\nerr: y"}, "would read as a menu entry"),
    (IvrMenu, {"menu_text": "x}"}, "menu: menu_text must not contain"),
    (IvrMenu, {"entries": [item("1", IvrEnd())]}, "menu: entries must be a tuple"),
    (IvrMenu, {"entries": (item("1", IvrEnd()),) * 2}, "menu: entry 1 given twice"),
    (
        IvrMenu,
        {"entries": (IvrLabel(name="e", actions=(IvrEnd(),)),) * 2},
        "menu: entry e given twice",
    ),
    (IvrMenu, {"entries": (IvrEnd(),)}, "menu: entries must be IvrItem or IvrLabel"),
    (IvrMenu, {"menu_text": "x\n"}, "last text ends with a line feed"),
    (IvrMenu, {"entries": (item("1", text("x\n")),)}, "last text ends with a line feed"),
    (IvrMenu, {"newline_before_close": 1}, "menu: newline_before_close must be a bool"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_ARGS)
def test_bad_constructor_args(cls: type[Any], kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(LocalProtocolError, match=match):
        cls(**kwargs)


def test_format_action_refuses_other_types() -> None:
    with pytest.raises(LocalProtocolError, match="not an IVR action"):
        format_ivr_action("end")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# Helpers: defaults, lookup, $phone (line 525).


def test_effective_defaults() -> None:
    assert IvrCall(phones=("7",)).effective_wait == 120  # line 521
    assert IvrCall(phones=("7",), wait=0).effective_wait == 0
    assert IvrRecord().effective_seconds == 30  # line 526
    assert IvrRecord(seconds=10).effective_seconds == 10


def test_lookup() -> None:
    assert EXAMPLE.lookup("callerr") == EXAMPLE.entries[-1]
    assert EXAMPLE.lookup("6") == EXAMPLE.entries[8]
    assert EXAMPLE.lookup("21") == item("1", text("подпункт 2.1"))
    assert EXAMPLE.lookup("*") == item("*", IvrBack())
    for missing in ("8", "14", "211", "nolabel", "", "a-b", "1" * 60):
        assert EXAMPLE.lookup(missing) is None


def test_sms_expand() -> None:
    sms = IvrSms(phone=IVR_PHONE_VARIABLE, sender="Sender", text="Ваш номер: $phone")
    assert sms.to_subscriber
    expanded = sms.expand("79991234567")
    assert expanded == IvrSms(phone="79991234567", sender="Sender", text="Ваш номер: 79991234567")
    assert not expanded.to_subscriber
    with pytest.raises(LocalProtocolError, match="subscriber"):
        sms.expand("$phone")


# ---------------------------------------------------------------------------------------
# 5. Properties.


@settings(max_examples=40)
@given(ivr_menus())
def test_menu_roundtrip(menu: IvrMenu) -> None:
    assert parse_ivr(format_ivr(menu)) == menu


@settings(max_examples=60)
@given(ivr_actions())
def test_action_roundtrip(action: IvrAction) -> None:
    wire = format_ivr_action(action)
    if "\n" not in wire:  # multi-line texts are read by parse_ivr only
        assert parse_ivr_action(wire) == action
    menu = IvrMenu(entries=(IvrLabel(name="x", actions=(action,)),), newline_before_close=True)
    assert parse_ivr(format_ivr(menu)) == menu


@settings(max_examples=25)
@given(ivr_items(), ivr_labels())
def test_item_and_label_roundtrip(entry: IvrItem, label: IvrLabel) -> None:
    menu = IvrMenu(entries=(entry, label), newline_before_close=True)
    assert parse_ivr(format_ivr(menu)) == menu


def _check(wire: str) -> None:
    try:
        value = parse_ivr(wire)
    except RemoteProtocolError:
        return
    again = format_ivr(value)
    assert parse_ivr(again) == value
    assert format_ivr(parse_ivr(again)) == again


def _check_action(wire: str) -> None:
    try:
        value = parse_ivr_action(wire)
    except RemoteProtocolError:
        return
    assert parse_ivr_action(format_ivr_action(value)) == value


_HEADS = ["1", "2", "11", "12", "21", "*", "#", "0", "err", "10", "", " 1 "]
_VALUES = [
    "back",
    "end",
    "End",
    "url",
    "https://a.ru/x",
    "call:7,8 wait=10 ok:end err:6",
    "call:7 record",
    "call:7 record err:1",
    "sms:$phone,S,Ваш номер: $phone",
    "sms: 7, S, t",
    "record",
    "record: 10",
    "текст",
    "a: b",
    "",
]
_LINES = (
    st.tuples(
        st.sampled_from(_HEADS), st.sampled_from([":", ": ", " : "]), st.sampled_from(_VALUES)
    )
    .map("".join)
    .filter(bool)
    | st.sampled_from(["", "...", "x", ": y", " more", "\r", "{", "}"])
    | st.text(max_size=4)
)
_WIRE = st.tuples(
    st.sampled_from(["", "Hi\n\n", "a}b", "{menu"]),
    st.sampled_from(["{menu:", "{menu: ", "{menu: Menu", "{Menu:", ""]),
    st.lists(_LINES, max_size=6).map(lambda lines: "".join("\n" + line for line in lines)),
    st.sampled_from(["}", "\n}", "", "\r\n}"]),
    st.sampled_from(["", "\n\nBye", "}{menu:}"]),
).map("".join)


@given(st.text() | _WIRE)
def test_parse_never_fails_otherwise(wire: str) -> None:
    _check(wire)
    _check_action(wire)


def test_seed_corpus() -> None:
    seeds = sorted(CORPUS.iterdir())
    assert seeds
    for path in seeds:
        wire = path.read_bytes().decode("utf-8", "surrogateescape")
        _check(wire)
        _check_action(wire)
    assert parse_ivr((CORPUS / "spec_example_lines_533_559").read_text("utf-8")) == EXAMPLE
