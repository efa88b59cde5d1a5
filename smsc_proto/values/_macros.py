"""Macros inside a message text and the channel prefixes of a message.

The ``mes`` text of ``send.php`` (and of ``jobs.php``) may carry *macros* that the
gateway replaces or interprets, and may start with a *prefix* that switches the channel
of that one message.

Macros (each is one token of :func:`~smsc_proto.values.parse_message_macros`):

* ``{button,url,text}`` and ``{button, url, text}`` – a Viber button,
  :class:`~smsc_proto.values.Button`. Spec (line 610): "you need to add a special macro
  {button,url,text} to the message text"; (line 615): "{button, tel:79999999999, text}".
* ``<file n>`` – the n-th file posted with the request,
  :class:`~smsc_proto.values.FileRef`. Spec (line 600): "in the form of "<file n>",
  where n is the file number in the generated list starting from one".
* ``<file /path attr=value ...>`` and ``<file http(s)://...>`` – a file already on the
  server or on the web, :class:`~smsc_proto.values.FileLink`. Spec (line 431): "<file
  /upload/files/sms/каталог_загрузки/название_файла width=200 height=400>"; (line 599):
  "<file http(s)://...>".
* ``{no_unsub}`` – no unsubscribe link in an e-mail,
  :class:`~smsc_proto.values.NoUnsub`. Spec (line 435).
* ``{Name}``, ``{NAME}``, ``{HOST}``, ``{INFO}`` – substitution placeholders,
  :class:`~smsc_proto.values.Placeholder`. Spec (line 1398): "mes={Name}, this is a
  Viber message"; (lines 984-986): "Replaces the {NAME} macro ... {HOST} macro ...
  {INFO} macro".

Prefixes (:class:`~smsc_proto.values.MessagePrefix`,
:class:`~smsc_proto.values.PrefixedMessage`): spec (line 683): "you can use the special
prefix at the start or instead of text messages", e.g. ``__CALL__: Privet`` (line 700)
or ``__PING__`` (line 703).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, TypeAlias

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, remote_errors, short

__all__ = [
    "BUTTON_TEXT_MAX",
    "PING_TEMPLATE_MACROS",
    "Button",
    "FileLink",
    "FileRef",
    "Macro",
    "MessagePart",
    "MessagePrefix",
    "NoUnsub",
    "Placeholder",
    "PrefixedMessage",
    "format_button",
    "format_file_macro",
    "format_macro",
    "format_message_macros",
    "format_no_unsub",
    "format_placeholder",
    "format_prefixed_message",
    "parse_button",
    "parse_file_macro",
    "parse_macro",
    "parse_message_macros",
    "parse_no_unsub",
    "parse_placeholder",
    "parse_prefixed_message",
]

#: Longest button caption. Spec (line 613): "The length of the text can not exceed 30
#: characters."
BUTTON_TEXT_MAX: Final = 30

#: The placeholders of ``ping.php`` notification templates. Spec (lines 984-986):
#: "Replaces the {NAME} macro ... Replaces the {HOST} macro ... Replaces the {INFO} macro."
PING_TEMPLATE_MACROS: Final = ("NAME", "HOST", "INFO")

# A <file n> number has at most this many digits; longer runs are literal text, so the
# int() conversion stays cheap and every FileRef formats back to what was parsed.
_FILE_NUMBER_DIGITS: Final = 9
_FILE_NUMBER_MAX: Final = 10**_FILE_NUMBER_DIGITS - 1
# E.164 numbers have at most 15 digits.
_TEL_DIGITS_MAX: Final = 15
_PLACEHOLDER_MAX: Final = 32
_ATTR_NAME_MAX: Final = 32
# Names that already mean something else inside braces: "{button}" is a broken button
# macro, "{menu}" the IVR macro's name (line 506), "{no_unsub}" is NoUnsub.
_RESERVED_PLACEHOLDERS: Final = frozenset({"button", "menu", "no_unsub"})
# Characters that may never appear inside a URL, path or attribute value: they would
# end the macro early or open another one.
_DELIMITERS: Final = frozenset(",{}<>")
# Categories a button caption may not use: controls, surrogates and line/paragraph
# separators would break the message into lines or be unencodable.
_BAD_TEXT_CATEGORIES: Final = frozenset({"Cc", "Cs", "Zl", "Zp"})

_BUTTON_OPEN: Final = "{button,"
_FILE_OPEN: Final = "<file "
_NO_UNSUB: Final = "{no_unsub}"


def _url_char_ok(ch: str) -> bool:
    # isprintable() refuses controls, format characters, surrogates and every space
    # but U+0020; isspace() refuses U+0020 too.
    return ch.isprintable() and not ch.isspace() and ch not in _DELIMITERS


def _is_web_url(value: str) -> bool:
    lowered = value[:8].lower()
    for scheme in ("http://", "https://"):
        if lowered.startswith(scheme) and len(value) > len(scheme):
            return True
    return False


def _check_link_chars(field: str, value: str) -> None:
    if not value:
        raise LocalProtocolError(f"mes: {field} must not be empty")
    for ch in value:
        if not _url_char_ok(ch):
            raise LocalProtocolError(
                f"mes: {field} must not contain spaces, controls or any of , {{ }} < >, "
                f"got {short(value)}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Button:
    """A Viber button macro: ``{button,url,text}``.

    Spec (line 610): "add a special macro {button,url,text} to the message text, where:
    ... <url> – full http address of the link ... <text> – the text of the button. The
    length of the text can not exceed 30 characters." Spec (line 615): "the subscriber
    will be called to the specified phone number ... {button, tel:79999999999, text}".

    The spec's own examples write the macro both with and without a space after each
    comma (lines 633-634 list both as distinct predefined test templates, and template
    texts are matched literally), so the spacing is kept: ``spaced=True`` is
    ``{button, url, text}``, ``spaced=False`` is ``{button,url,text}``.

    Args:
        url: ``http://...`` or ``https://...`` (scheme case-insensitive, something after
            it), or ``tel:`` followed by an optional ``+`` and 1-15 digits. No spaces,
            controls or any of ``, { } < >``.
        text: The caption: 1-30 characters, no ``, { }``, no control or line-separator
            characters, no leading or trailing whitespace (the spacing after the comma
            is the ``spaced`` flag, not part of the caption).
        spaced: Whether a single space follows each of the two commas.

    Raises:
        LocalProtocolError: A field breaks one of these rules.
    """

    url: str
    text: str
    spaced: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.url, str):
            raise LocalProtocolError(f"mes: button url must be a str, got {type(self.url)}")
        if not isinstance(self.text, str):
            raise LocalProtocolError(f"mes: button text must be a str, got {type(self.text)}")
        if not isinstance(self.spaced, bool):
            raise LocalProtocolError(f"mes: button spaced must be a bool, got {self.spaced!r}")
        _check_link_chars("button url", self.url)
        if self.url[:4].lower() == "tel:":
            number = self.url[4:]
            digits = number[1:] if number.startswith("+") else number
            if not is_ascii_digits(digits) or len(digits) > _TEL_DIGITS_MAX:
                raise LocalProtocolError(
                    f"mes: button url tel: must be followed by an optional + and 1-15 digits, "
                    f"got {short(self.url)}"
                )
        elif not _is_web_url(self.url):
            raise LocalProtocolError(
                f"mes: button url must start with http://, https:// or tel:, got {short(self.url)}"
            )
        if not 1 <= len(self.text) <= BUTTON_TEXT_MAX:
            raise LocalProtocolError(
                f"mes: button text must be 1..{BUTTON_TEXT_MAX} characters, got {len(self.text)}"
            )
        if self.text != self.text.strip():
            raise LocalProtocolError(
                f"mes: button text must not start or end with whitespace, got {short(self.text)}"
            )
        for ch in self.text:
            if ch in ",{}" or unicodedata.category(ch) in _BAD_TEXT_CATEGORIES:
                raise LocalProtocolError(
                    f"mes: button text must not contain , {{ }} or control characters, "
                    f"got {short(self.text)}"
                )

    @property
    def phone(self) -> str | None:
        """The number of a ``tel:`` button (``"79999999999"``), or ``None`` for a link.

        Spec (line 615): "{button, tel:79999999999, text}".
        """
        if self.url[:4].lower() == "tel:":
            return self.url[4:]
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class FileRef:
    """A ``<file n>`` macro: the n-th file posted with the request (counted from 1).

    Spec (line 600): "the attached files must be designated in the message text in a
    special way in the form of "<file n>", where n is the file number in the generated
    list starting from one". Lines 429 and 465 print it doubled, ``"<file n><file n>"``
    (INC-62, a rendering artefact); the macro is one ``<file n>``.

    Args:
        number: 1..999999999 (written in decimal without leading zeros). The gateway
            takes at most 20 attachments (line 437), so real numbers are small; the
            wider range only keeps every such macro in a text readable.

    Raises:
        LocalProtocolError: ``number`` is not an int in range.
    """

    number: int

    def __post_init__(self) -> None:
        if type(self.number) is not int or not 1 <= self.number <= _FILE_NUMBER_MAX:
            raise LocalProtocolError(
                f"mes: file number must be an int 1..{_FILE_NUMBER_MAX}, got {self.number!r}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class FileLink:
    """A ``<file target attr=value ...>`` macro: a file on the server or on the web.

    Spec (line 431): "local links to uploaded files on our server in the form of "<file
    /upload/files/sms/каталог_загрузки/название_файла>". For image attachments, you can
    set attributes, for example, "<file /upload/files/sms/каталог_загрузки/название_файла
    width=200 height=400>"". Spec (line 599): "<file http(s)://...> (only for images and
    document files)".

    Attribute syntax (the only one the spec shows): after the target, each attribute is
    one space then ``name=value``, unquoted.

    Args:
        target: A server path starting with ``/`` (at least one more character) or an
            ``http://`` / ``https://`` URL; no spaces, controls or ``, { } < >``.
        attributes: ``(name, value)`` pairs in text order. ``name``: an ASCII letter,
            then ASCII letters, digits, ``_`` or ``-`` (1-32 characters). ``value``:
            non-empty, no spaces, controls or ``, { } < >`` (``=`` is allowed; the name
            ends at the first ``=``).

    Raises:
        LocalProtocolError: A field breaks one of these rules.
    """

    target: str
    attributes: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.target, str):
            raise LocalProtocolError(f"mes: file target must be a str, got {type(self.target)}")
        _check_link_chars("file target", self.target)
        if not ((self.target.startswith("/") and len(self.target) > 1) or _is_web_url(self.target)):
            raise LocalProtocolError(
                f"mes: file target must be a /path or an http(s):// URL, got {short(self.target)}"
            )
        if not isinstance(self.attributes, (tuple, list)):
            raise LocalProtocolError(
                "mes: file attributes must be a tuple of (name, value) pairs, "
                f"got {type(self.attributes)}"
            )
        pairs: list[tuple[str, str]] = []
        for pair in self.attributes:
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise LocalProtocolError(
                    f"mes: file attribute must be a (name, value) pair, got {pair!r}"
                )
            name, value = pair
            if not (
                isinstance(name, str)
                and 1 <= len(name) <= _ATTR_NAME_MAX
                and name.isascii()
                and name[0].isalpha()
                and all(ch.isalnum() or ch in "_-" for ch in name)
            ):
                raise LocalProtocolError(
                    "mes: file attribute name must be an ASCII letter then letters, digits, "
                    f"_ or - (1..{_ATTR_NAME_MAX} characters), got {name!r}"
                )
            if not isinstance(value, str):
                raise LocalProtocolError(f"mes: file attribute {name} must be a str")
            _check_link_chars(f"file attribute {name}", value)
            pairs.append((name, value))
        # Lists are accepted for convenience; the stored form is hashable.
        object.__setattr__(self, "attributes", tuple(pairs))


@dataclass(frozen=True, slots=True, kw_only=True)
class NoUnsub:
    """The ``{no_unsub}`` macro: send an e-mail without the unsubscribe link.

    Spec (line 435): "By default, a special unsubscribe link is added to the end of the
    message text. To disable this link, you need to add a special macro {no_unsub} to any
    place in the text of the letter."
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class Placeholder:
    """A substitution placeholder such as ``{Name}`` or ``{HOST}``.

    Spec (line 1398): "mes={Name}, this is a Viber message&mes2=This is an SMS for
    {Name}" (a contact field, jobs.php). Spec (lines 984-986): ping.php "Replaces the
    {NAME} macro ... {HOST} macro ... {INFO} macro" (see
    :data:`~smsc_proto.values.PING_TEMPLATE_MACROS`).
    The spec documents no other names and no rule for them, so any ``{identifier}`` is
    read as a placeholder and kept with its exact case.

    Args:
        name: An ASCII letter, then ASCII letters, digits or ``_``, 1-32 characters in
            all; not ``button``, ``menu`` or ``no_unsub`` (those braces mean something
            else).

    Raises:
        LocalProtocolError: ``name`` breaks these rules.
    """

    name: str

    def __post_init__(self) -> None:
        name = self.name
        if not (
            isinstance(name, str)
            and 1 <= len(name) <= _PLACEHOLDER_MAX
            and name.isascii()
            and name[0].isalpha()
            and all(ch.isalnum() or ch == "_" for ch in name)
        ):
            raise LocalProtocolError(
                "mes: placeholder name must be an ASCII letter then letters, digits or _ "
                f"(1..{_PLACEHOLDER_MAX} characters), got {name!r}"
            )
        if name in _RESERVED_PLACEHOLDERS:
            raise LocalProtocolError(f"mes: placeholder name {name!r} is reserved")


#: Any macro :func:`parse_macro` reads.
Macro: TypeAlias = Button | FileRef | FileLink | NoUnsub | Placeholder
#: One token of a message text: literal text or a macro.
MessagePart: TypeAlias = str | Button | FileRef | FileLink | NoUnsub | Placeholder

_MACRO_TYPES: Final = (Button, FileRef, FileLink, NoUnsub, Placeholder)


# --- readers: build a macro from its exact text or raise LocalProtocolError ----------
# The public parse_* functions turn these errors into RemoteProtocolError; the
# tokenizer turns them into "this is literal text".


def _read_button(text: str) -> Button:
    if not (text.startswith(_BUTTON_OPEN) and text.endswith("}")):
        raise LocalProtocolError(
            f"mes: button macro must look like {{button,url,text}}, got {short(text)}"
        )
    inner = text[len(_BUTTON_OPEN) : -1]
    spaced = inner.startswith(" ")
    if spaced:
        inner = inner[1:]
    url, comma, caption = inner.partition(",")
    if not comma:
        raise LocalProtocolError(f"mes: button macro needs url and text, got {short(text)}")
    if spaced:
        if not caption.startswith(" "):
            raise LocalProtocolError(
                f"mes: button macro must put a space after both commas or neither, "
                f"got {short(text)}"
            )
        caption = caption[1:]
    return Button(url=url, text=caption, spaced=spaced)


def _read_file(text: str) -> FileRef | FileLink:
    if not (text.startswith(_FILE_OPEN) and text.endswith(">")):
        raise LocalProtocolError(
            f"mes: file macro must look like <file n> or <file target>, got {short(text)}"
        )
    inner = text[len(_FILE_OPEN) : -1]
    if is_ascii_digits(inner):
        if inner[0] == "0" or len(inner) > _FILE_NUMBER_DIGITS:
            raise LocalProtocolError(
                f"mes: file number must be 1..{_FILE_NUMBER_MAX} without leading zeros, "
                f"got {short(inner)}"
            )
        return FileRef(number=int(inner))
    target, *words = inner.split(" ")
    attributes: list[tuple[str, str]] = []
    for word in words:
        name, equals, value = word.partition("=")
        if not equals:
            raise LocalProtocolError(
                f"mes: file attribute must be one space then name=value, got {short(word)}"
            )
        attributes.append((name, value))
    return FileLink(target=target, attributes=tuple(attributes))


def _read_placeholder(text: str) -> Placeholder:
    if not (text.startswith("{") and text.endswith("}") and len(text) >= 2):
        raise LocalProtocolError(f"mes: placeholder must look like {{Name}}, got {short(text)}")
    return Placeholder(name=text[1:-1])


def _read_macro(text: str) -> Macro:
    if text.startswith(_BUTTON_OPEN):
        return _read_button(text)
    if text.startswith(_FILE_OPEN):
        return _read_file(text)
    if text == _NO_UNSUB:
        return NoUnsub()
    if text.startswith("{"):
        return _read_placeholder(text)
    raise LocalProtocolError(
        f"mes: a macro starts with {{button, <file , {{no_unsub}} or {{name}}, got {short(text)}"
    )


# --- single macros -------------------------------------------------------------------


def parse_button(text: str) -> Button:
    """Read one ``{button,url,text}`` macro (exactly, nothing around it).

    Spec (lines 610, 615). Accepted spellings: ``{button,url,text}`` and ``{button, url,
    text}`` (one space after each comma), both canonical and preserved in
    :attr:`Button.spaced`. Mixed or multiple spaces are refused.

    Raises:
        RemoteProtocolError: ``text`` is not a button macro of that form, or a field
            breaks a :class:`Button` rule (the message starts with ``mes:``).
    """
    with remote_errors():
        return _read_button(text)


def format_button(value: Button) -> str:
    """Write ``value`` as ``{button,url,text}`` or, when ``spaced``, ``{button, url, text}``.

    Spec (line 610): "{button,url,text}".
    """
    sep = ", " if value.spaced else ","
    return f"{{button{sep}{value.url}{sep}{value.text}}}"


def parse_file_macro(text: str) -> FileRef | FileLink:
    """Read one ``<file n>`` or ``<file target attr=value ...>`` macro.

    Spec (line 600): "<file n>"; (line 431): "<file /upload/files/sms/... width=200
    height=400>"; (line 599): "<file http(s)://...>". The form is exact: one space after
    ``file``, one space before each attribute, none before ``>``; ``n`` has no leading
    zeros. An all-digit body is a :class:`FileRef`, anything else a :class:`FileLink`.

    Raises:
        RemoteProtocolError: ``text`` is not such a macro (message starts with ``mes:``).
    """
    with remote_errors():
        return _read_file(text)


def format_file_macro(value: FileRef | FileLink) -> str:
    """Write ``<file n>`` or ``<file target name=value ...>``.

    Spec (lines 431, 600).

    Raises:
        LocalProtocolError: ``value`` is neither a :class:`FileRef` nor a :class:`FileLink`.
    """
    if isinstance(value, FileRef):
        return f"<file {value.number}>"
    if isinstance(value, FileLink):
        attributes = "".join(f" {name}={val}" for name, val in value.attributes)
        return f"<file {value.target}{attributes}>"
    raise LocalProtocolError(f"mes: expected FileRef or FileLink, got {type(value)}")


def parse_no_unsub(text: str) -> NoUnsub:
    """Read the ``{no_unsub}`` macro (exact, lower case).

    Spec (line 435): "add a special macro {no_unsub} to any place in the text".

    Raises:
        RemoteProtocolError: ``text`` is not ``{no_unsub}``.
    """
    if text != _NO_UNSUB:
        raise RemoteProtocolError(f"mes: expected {{no_unsub}}, got {short(text)}")
    return NoUnsub()


def format_no_unsub(value: NoUnsub) -> str:
    """Write ``{no_unsub}``. Spec (line 435)."""
    del value  # the macro has no fields
    return _NO_UNSUB


def parse_placeholder(text: str) -> Placeholder:
    """Read one ``{Name}`` placeholder (exactly, nothing around it).

    Spec (line 1398): "{Name}"; (lines 984-986): "{NAME}", "{HOST}", "{INFO}".

    Raises:
        RemoteProtocolError: ``text`` is not ``{`` + a valid :class:`Placeholder` name +
            ``}``.
    """
    with remote_errors():
        return _read_placeholder(text)


def format_placeholder(value: Placeholder) -> str:
    """Write ``{name}``. Spec (line 1398)."""
    return f"{{{value.name}}}"


def parse_macro(text: str) -> Macro:
    """Read any one macro: button, file, ``{no_unsub}`` or placeholder.

    ``text`` must be exactly the macro. The kind is chosen by its start: ``{button,``
    is a button, ``<file`` + space a file macro, ``{no_unsub}`` itself, any other
    ``{...}`` a placeholder.

    Raises:
        RemoteProtocolError: ``text`` is not a macro.
    """
    with remote_errors():
        return _read_macro(text)


def format_macro(value: Macro) -> str:
    """Write any macro in its canonical form (see the per-kind ``format_*`` functions).

    Raises:
        LocalProtocolError: ``value`` is not a macro type.
    """
    if isinstance(value, Button):
        return format_button(value)
    if isinstance(value, (FileRef, FileLink)):
        return format_file_macro(value)
    if isinstance(value, NoUnsub):
        return _NO_UNSUB
    if isinstance(value, Placeholder):
        return format_placeholder(value)
    raise LocalProtocolError(f"mes: not a macro: {type(value)}")


# --- whole message texts -------------------------------------------------------------


def parse_message_macros(text: str) -> tuple[MessagePart, ...]:
    """Split a message text into literal text and macros; never fails.

    What counts as a macro, scanning left to right (the leftmost macro wins, and macros
    never overlap):

    * a ``{`` ... ``}`` span with no ``{`` inside that :func:`parse_macro` reads as a
      :class:`Button`, :class:`NoUnsub` or :class:`Placeholder`;
    * a ``<file `` ... ``>`` span with no ``<`` inside that :func:`parse_file_macro`
      reads as a :class:`FileRef` or :class:`FileLink`.

    Everything else is literal text, kept exactly, including half macros (``{button,``
    with no ``}``), broken ones (a 31-character button caption, ``<file 0>``, mixed
    spacing) and the IVR ``{menu: ...}`` block (its own module reads it; file macros
    inside it are still found). Literal runs are merged and never empty, so
    ``"".join(...)`` of the formatted parts is ``text`` again:
    ``format_message_macros(parse_message_macros(s)) == s`` for every ``s``.

    Spec (lines 431, 435, 599-600, 610, 615, 1398).
    """
    parts: list[MessagePart] = []
    literal_start = 0
    # Next positions of each opener and cached positions of each closer. Every find()
    # starts after the previous answer, so the scan is linear in len(text).
    next_brace = text.find("{")
    next_angle = text.find("<")
    close_brace = -2  # -2: not searched yet; -1: none left in the text
    close_angle = -2
    while next_brace != -1 or next_angle != -1:
        if next_angle == -1 or (next_brace != -1 and next_brace < next_angle):
            start = next_brace
            following = text.find("{", start + 1)
            if close_brace != -1 and close_brace <= start:
                close_brace = text.find("}", start + 1)
            end = close_brace
            next_brace = following
            if end == -1:
                next_brace = -1  # no "}" left: no "{" macro can start anywhere further
                continue
            if following != -1 and following < end:
                continue
        else:
            start = next_angle
            following = text.find("<", start + 1)
            next_angle = following
            if not text.startswith(_FILE_OPEN, start):
                continue
            if close_angle != -1 and close_angle <= start:
                close_angle = text.find(">", start + 1)
            end = close_angle
            if end == -1:
                next_angle = -1
                continue
            if following != -1 and following < end:
                continue
        try:
            macro = _read_macro(text[start : end + 1])
        except LocalProtocolError:
            continue
        if start > literal_start:
            parts.append(text[literal_start:start])
        parts.append(macro)
        literal_start = end + 1
        # The macro's inside is consumed: openers within it start nothing.
        if next_brace != -1 and next_brace <= end:
            next_brace = text.find("{", end + 1)
        if next_angle != -1 and next_angle <= end:
            next_angle = text.find("<", end + 1)
    if literal_start < len(text):
        parts.append(text[literal_start:])
    return tuple(parts)


def format_message_macros(parts: Iterable[MessagePart]) -> str:
    """Join literal text and macros back into a message text.

    ``parts`` must be what :func:`parse_message_macros` would return for the result:
    no empty literal, no two literals in a row, and no literal that (next to its
    neighbours) would itself be read as a macro. Then
    ``parse_message_macros(format_message_macros(p)) == tuple(p)``.

    Raises:
        LocalProtocolError: A part is neither ``str`` nor a macro, or ``parts`` breaks
            one of the rules above (the message starts with ``mes:``).
    """
    items = tuple(parts)
    chunks: list[str] = []
    previous_literal = False
    for index, part in enumerate(items):
        if isinstance(part, str):
            if not part:
                raise LocalProtocolError(f"mes: part {index} is an empty literal")
            if previous_literal:
                raise LocalProtocolError(
                    f"mes: parts {index - 1} and {index} are adjacent literals; join them"
                )
            previous_literal = True
            chunks.append(part)
        elif isinstance(part, _MACRO_TYPES):
            previous_literal = False
            chunks.append(format_macro(part))
        else:
            raise LocalProtocolError(f"mes: part {index} is not str or a macro: {type(part)}")
    text = "".join(chunks)
    if parse_message_macros(text) != items:
        raise LocalProtocolError(
            "mes: a literal part would be read back as (or merged into) a macro; "
            "pass that macro as a macro object"
        )
    return text


# --- prefixes ------------------------------------------------------------------------


class MessagePrefix(enum.Enum):
    """A prefix at the start of (or instead of) a message text that picks its channel.

    Spec (line 683): "To send various types of messages you can use the special prefix
    at the start or instead of text messages." Table (lines 687-693).
    """

    #: ``__CALL__: message`` – a voice message (line 687). A ``"\n~~~\n"`` and the
    #: call parameters may end the text (the voice module reads them).
    CALL = "__CALL__"
    #: ``__VIBER__: message`` – Viber (line 688).
    VIBER = "__VIBER__"
    #: ``__SOC__: message`` – Odnoklassniki, VKontakte or Mail.Ru Agent (line 689).
    SOC = "__SOC__"
    #: ``__MAIL__: message`` – e-mail (line 690).
    MAIL = "__MAIL__"
    #: ``__BOT__: message`` – Telegram chatbot (line 691).
    BOT = "__BOT__"
    #: ``__PING__`` – a Ping-SMS (line 692; example line 703: ``mes=__PING__``).
    PING = "__PING__"
    #: ``__HLR__`` – an HLR request (line 693; example line 706: ``mes=__HLR__``).
    HLR = "__HLR__"


def _split_prefix(text: str) -> tuple[MessagePrefix, str] | None:
    if not text.startswith("__"):
        return None
    for prefix in MessagePrefix:
        tag = prefix.value
        if text == tag:
            return prefix, ""
        if text.startswith(tag + ": "):
            return prefix, text[len(tag) + 2 :]
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class PrefixedMessage:
    """A message text split into its channel prefix (if any) and the rest.

    Spec (lines 683-706). Grammar (case-sensitive, at the very start of the text): the
    bare prefix (``__PING__``, the whole text) or the prefix, ``": "`` and the message
    (``__CALL__: Privet``, line 700 ``mes=__CALL__%3A%20Privet``). The spec shows
    ``__PING__`` / ``__HLR__`` only bare and the others only with ``": message"``; every
    prefix is read in both forms. Anything else (``__CALL__:x`` without the space,
    ``__call__``, a leading space) is no prefix.

    Args:
        prefix: The prefix, or ``None`` for a plain text.
        message: The text after ``": "`` (``""`` for a bare prefix). With
            ``prefix=None`` it must not itself start with a prefix.

    Raises:
        LocalProtocolError: The fields are of the wrong type, or ``prefix`` is ``None``
            while ``message`` would be read back as prefixed.
    """

    prefix: MessagePrefix | None = None
    message: str = ""

    def __post_init__(self) -> None:
        if self.prefix is not None and not isinstance(self.prefix, MessagePrefix):
            raise LocalProtocolError(
                f"mes: prefix must be a MessagePrefix or None, got {self.prefix!r}"
            )
        if not isinstance(self.message, str):
            raise LocalProtocolError(f"mes: message must be a str, got {type(self.message)}")
        if self.prefix is None:
            found = _split_prefix(self.message)
            if found is not None:
                raise LocalProtocolError(
                    f"mes: text starting with {found[0].value} is prefixed; "
                    f"pass prefix=MessagePrefix.{found[0].name}"
                )


def parse_prefixed_message(text: str) -> PrefixedMessage:
    """Split a message text into its prefix and the rest; never fails.

    Spec (lines 683-706). ``"__CALL__: Privet"`` gives ``(CALL, "Privet")``,
    ``"__PING__"`` gives ``(PING, "")``, ``"Hello"`` gives ``(None, "Hello")``.
    Alternative spelling: ``"__CALL__: "`` (prefix, ``": "``, nothing) reads as
    ``(CALL, "")``, whose canonical form is the bare ``"__CALL__"``.
    """
    found = _split_prefix(text)
    if found is None:
        return PrefixedMessage(prefix=None, message=text)
    return PrefixedMessage(prefix=found[0], message=found[1])


def format_prefixed_message(value: PrefixedMessage) -> str:
    """Write the message text with its prefix.

    The form is ``prefix + ": " + message``, the bare prefix when the message is empty,
    or the message alone when there is no prefix.

    Spec (line 687): "__CALL__: message"; (line 703): "mes=__PING__".
    """
    if value.prefix is None:
        return value.message
    if not value.message:
        return value.prefix.value
    return f"{value.prefix.value}: {value.message}"
