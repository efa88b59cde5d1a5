"""Hypothesis strategies for smsc_proto.values._ivr (private)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import reject
from hypothesis import strategies as st

from .._errors import LocalProtocolError
from ..values._ivr import (
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
    _command_word,
    _entry_head,
)

__all__ = ["ivr_actions", "ivr_items", "ivr_labels", "ivr_menus"]

# Characters biased towards the grammar: Cyrillic and Latin letters, digits, the
# separators ":" "," "$", keys "*" "#", spaces; never "{", "}" or "\r" (refused inside
# the menu).
_CHARS = st.sampled_from(list("aZя Я1 9:,.$*#-!?()<>[]")) | st.characters(
    codec="utf-8", exclude_characters="{}\r\n"
)
_WORDS = st.sampled_from(
    [
        "Конец записи",
        "end.",
        "url?",
        "12:30 встреча",
        "Note: x",
        "Ваш номер: $phone",
        "нажмите 1",
        "record later",
    ]
)
_LINE = _WORDS | st.text(alphabet=_CHARS, max_size=12)
_PHONES = st.from_regex(r"\A\+?[0-9]{1,15}\Z")
_TARGETS = st.from_regex(r"\A[A-Za-z0-9]{1,8}\Z")
_LABEL_NAMES = st.from_regex(r"\A[A-Za-z0-9]{0,4}[A-Za-z][A-Za-z0-9]{0,4}\Z")


def _looks_like_command(line: str) -> bool:
    try:
        return _command_word(line.rstrip(" ")) is not None
    except LocalProtocolError:
        return True


def _continuation(line: str) -> str:
    # A line after the first must not read as an entry line; prefix such lines.
    return "- " + line if _entry_head(line) is not None else line


@st.composite
def _texts(draw: st.DrawFn, *, menu_text: bool = False) -> str:
    lines = draw(st.lists(_LINE, min_size=1, max_size=3))
    first = lines[0].lstrip(" ")
    if menu_text and _entry_head(first) is not None:
        first = "- " + first
    if not menu_text and _looks_like_command(first):
        first = "- " + first
    return "\n".join([first, *(_continuation(line) for line in lines[1:])])


_ACTION_TEXTS = _texts()


@st.composite
def _ivr_texts(draw: st.DrawFn) -> IvrText:
    text = draw(_ACTION_TEXTS)
    try:
        return IvrText(text=text or "x")
    except LocalProtocolError:
        reject()


def _one_line_texts() -> st.SearchStrategy[str]:
    return st.text(alphabet=_CHARS, min_size=1, max_size=12).map(lambda s: s.strip(" ") or "x")


def _make_actions() -> st.SearchStrategy[IvrAction]:
    urls = st.none() | st.from_regex(r"\Ahttps?://[a-z0-9.]{1,12}(/[A-Za-z0-9_?=&%-]{0,10})?\Z")
    calls = st.builds(
        IvrCall,
        phones=st.lists(_PHONES, min_size=1, max_size=9).map(tuple),
        wait=st.none() | st.integers(0, 120),
        ok_end=st.booleans(),
        on_error=st.none() | _TARGETS,
        record=st.booleans(),
    )
    sms = st.builds(
        IvrSms,
        phone=st.just(IVR_PHONE_VARIABLE) | _PHONES,
        sender=st.text(alphabet=_CHARS.filter(lambda c: c != ","), min_size=1, max_size=11).map(
            lambda s: s.strip(" ") or "S"
        ),
        text=_one_line_texts(),
    )
    return st.one_of(
        _ivr_texts(),
        st.sampled_from([IvrBack(), IvrStart(), IvrRepeat(), IvrEnd()]),
        st.builds(IvrUrl, url=urls),
        calls,
        sms,
        st.builds(IvrRecord, seconds=st.none() | st.integers(1, 99_999)),
    )


# Built once: drawing from a fresh strategy object per tree node is slow.
_ACTIONS = _make_actions()
_ACTION_LISTS = st.lists(_ACTIONS, min_size=1, max_size=2).map(tuple)
_CHILD_KEYS = st.lists(st.sampled_from("123456789"), unique=True, max_size=2)


def ivr_actions() -> st.SearchStrategy[IvrAction]:
    """Valid actions of every kind: texts (some over several lines) and all commands.

    Spec (lines 509-511, 518-527): back, start, repeat, url, call:, sms:, record, end.
    """
    return _ACTIONS


def _item(draw: st.DrawFn, key: str, depth: int, max_depth: int) -> IvrItem:
    actions = draw(_ACTION_LISTS)
    children: list[IvrItem] = []
    if key in "123456789" and depth < max_depth:
        keys = draw(_CHILD_KEYS)
        children = [_item(draw, child, depth + 1, max_depth) for child in keys]
    return IvrItem(key=key, actions=actions, items=tuple(children))


def ivr_items(*, max_depth: int = 3) -> st.SearchStrategy[IvrItem]:
    """Valid :class:`~smsc_proto.values.IvrItem` trees (keys ``*#0-9`` at the top).

    Spec (lines 512-513): items 1..9 with sub-items ``nm`` nested up to ``max_depth``.

    Args:
        max_depth: Deepest nesting generated (1 = no sub-items).
    """

    @st.composite
    def items(draw: st.DrawFn) -> IvrItem:
        return _item(draw, draw(st.sampled_from("*#0123456789")), 1, max_depth)

    return items()


def ivr_labels() -> st.SearchStrategy[IvrLabel]:
    """Valid :class:`~smsc_proto.values.IvrLabel` values (``err:``-style entries).

    Spec (line 523): "The label can take the value of any set of Latin letters and
    numbers."
    """
    return st.builds(
        IvrLabel,
        name=_LABEL_NAMES,
        actions=st.lists(ivr_actions(), min_size=1, max_size=2).map(tuple),
    )


def _label_name(label: IvrLabel) -> str:
    return label.name


def _free_texts() -> st.SearchStrategy[str]:
    chars = st.sampled_from(list("{}:\n\r aЯ1")) | st.characters(codec="utf-8")
    return st.text(alphabet=chars, max_size=20).filter(lambda s: "{menu" not in s.lower())


_LABEL_LISTS = st.lists(ivr_labels(), max_size=2, unique_by=_label_name)
_FREE_TEXTS = _free_texts()
_MENU_TEXTS = st.just("") | _texts(menu_text=True)
_TOP_KEYS = st.lists(st.sampled_from("*#0123456789"), unique=True, max_size=3)


def ivr_menus(*, max_depth: int = 3) -> st.SearchStrategy[IvrMenu]:
    """Valid :class:`~smsc_proto.values.IvrMenu` messages.

    Spec (lines 493-502): start text, ``{menu:`` menu text, entries, ``}``, end text.
    Start and end texts may hold ``{``, ``}``, ``:`` and line breaks.

    Args:
        max_depth: Deepest sub-item nesting generated.
    """

    @st.composite
    def menus(draw: st.DrawFn) -> IvrMenu:
        keys = draw(_TOP_KEYS)
        entries: list[IvrItem | IvrLabel] = [_item(draw, key, 1, max_depth) for key in keys]
        labels = draw(_LABEL_LISTS)
        entries += labels
        if entries:
            entries = draw(st.permutations(entries))
        menu = IvrMenu(
            start_text=draw(_FREE_TEXTS),
            menu_text=draw(_MENU_TEXTS),
            entries=tuple(entries),
            end_text=draw(_FREE_TEXTS),
            newline_before_close=True,
        )
        if draw(st.booleans()):
            return menu
        try:
            return replace(menu, newline_before_close=False)
        except LocalProtocolError:
            # The last text ends with a line feed: only the flag set reads back the same.
            return menu

    return menus()
