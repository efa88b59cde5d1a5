"""Hypothesis strategies for message macros and message prefixes."""

from __future__ import annotations

import string

from hypothesis import strategies as st

from ..values._macros import (
    BUTTON_TEXT_MAX,
    Button,
    FileLink,
    FileRef,
    Macro,
    MessagePart,
    MessagePrefix,
    NoUnsub,
    Placeholder,
    PrefixedMessage,
    format_macro,
    parse_message_macros,
    parse_prefixed_message,
)

__all__ = [
    "buttons",
    "file_links",
    "file_refs",
    "macros",
    "message_parts",
    "message_prefixes",
    "no_unsubs",
    "placeholders",
    "prefixed_messages",
]

# Characters of URLs, paths and attribute values: RFC 3986 characters without the
# macro delimiters , { } < >, plus some Cyrillic (IRIs and Russian file names occur).
_LINK_ALPHABET = string.ascii_letters + string.digits + "-._~/?#[]@!$&'()*+;=%:" + "абвгдюя"
_LINK_BODY = st.text(alphabet=_LINK_ALPHABET, min_size=1, max_size=30)
_WEB_SCHEME = st.sampled_from(["http://", "https://", "HTTP://", "Https://"])


def buttons() -> st.SearchStrategy[Button]:
    """Valid :class:`~smsc_proto.values.Button` values (web and ``tel:`` links)."""
    web = st.builds(lambda scheme, body: scheme + body, _WEB_SCHEME, _LINK_BODY)
    tel = st.builds(
        lambda plus, digits: "tel:" + plus + digits,
        st.sampled_from(["", "+"]),
        st.text(alphabet=string.digits, min_size=1, max_size=15),
    )
    caption = st.text(
        alphabet=st.characters(
            exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters=",{}"
        ),
        min_size=1,
        max_size=BUTTON_TEXT_MAX,
    ).filter(lambda text: text == text.strip())
    return st.builds(Button, url=st.one_of(web, tel), text=caption, spaced=st.booleans())


def file_refs() -> st.SearchStrategy[FileRef]:
    """Valid :class:`~smsc_proto.values.FileRef` values (mostly small numbers)."""
    number = st.one_of(st.integers(1, 20), st.integers(1, 999_999_999))
    return st.builds(FileRef, number=number)


def file_links() -> st.SearchStrategy[FileLink]:
    """Valid :class:`~smsc_proto.values.FileLink` values, with and without attributes."""
    target = st.one_of(
        _LINK_BODY.map(lambda body: "/" + body),
        st.builds(lambda scheme, body: scheme + body, _WEB_SCHEME, _LINK_BODY),
    )
    name = st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(string.ascii_letters),
        st.text(alphabet=string.ascii_letters + string.digits + "_-", max_size=10),
    )
    attribute = st.tuples(name, _LINK_BODY)
    return st.builds(FileLink, target=target, attributes=st.lists(attribute, max_size=3).map(tuple))


def no_unsubs() -> st.SearchStrategy[NoUnsub]:
    """The one :class:`~smsc_proto.values.NoUnsub` value."""
    return st.just(NoUnsub())


def placeholders() -> st.SearchStrategy[Placeholder]:
    """Valid :class:`~smsc_proto.values.Placeholder` values, including the spec's names."""
    generated = st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(string.ascii_letters),
        st.text(alphabet=string.ascii_letters + string.digits + "_", max_size=31),
    ).filter(lambda name: name not in {"button", "menu", "no_unsub"})
    names = st.one_of(st.sampled_from(["Name", "NAME", "HOST", "INFO"]), generated)
    return st.builds(Placeholder, name=names)


def macros() -> st.SearchStrategy[Macro]:
    """Any valid macro: button, file reference or link, ``{no_unsub}`` or placeholder."""
    return st.one_of(buttons(), file_refs(), file_links(), no_unsubs(), placeholders())


def message_parts() -> st.SearchStrategy[tuple[MessagePart, ...]]:
    """Valid token tuples, as :func:`~smsc_proto.values.parse_message_macros` returns.

    Built by joining macros, near-macro fragments and free text, then tokenizing, so
    every tuple is exactly what the tokenizer gives for its formatted text.
    """
    fragment = st.sampled_from(
        ["{", "}", "<", ">", "<file ", "{button,", "{button, ", ",", ", ", " ", "{no_unsub"]
    )
    piece = st.one_of(macros().map(format_macro), fragment, st.text(max_size=10))
    return st.lists(piece, max_size=8).map("".join).map(parse_message_macros)


def message_prefixes() -> st.SearchStrategy[MessagePrefix]:
    """Every :class:`~smsc_proto.values.MessagePrefix`."""
    return st.sampled_from(MessagePrefix)


def prefixed_messages() -> st.SearchStrategy[PrefixedMessage]:
    """Valid :class:`~smsc_proto.values.PrefixedMessage` values, with and without prefix."""
    tag = message_prefixes().map(lambda prefix: prefix.value)
    text = st.one_of(
        st.text(max_size=20),
        st.builds(lambda t, rest: t + ": " + rest, tag, st.text(max_size=20)),
        tag,
    )
    return text.map(parse_prefixed_message)
