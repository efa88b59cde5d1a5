r"""The voice menu (IVR): the ``{menu: ...}`` macro of a voice message, as a syntax tree.

Spec (line 490): "To use the voice menu, you must send a text or voice file with the
initial instructions for the subscriber at the beginning of the message text and then
specify a macro containing the service menu commands {menu: <...>}, where <...>
description of the voice menu options."

Spec (lines 493-502), the schematic (with the INC-61 rendering break between ``2`` and
``: ТЕКСТ2`` repaired)::

    СТАРТОВЫЙ ТЕКСТ

    {menu: [ТЕКСТ МЕНЮ]
    1: ТЕКСТ или КОМАНДА
    2: ТЕКСТ2 или КОМАНДА2
    ...
    }

    КОНЕЧНЫЙ ТЕКСТ

Grammar read by :func:`~smsc_proto.values.parse_ivr` (``\n`` is a line feed;
``\r\n`` inside the macro is read as ``\n``)::

    message    = start-text "{menu:" *" " menu-text *( "\n" entry-line / "\n" text-line )
                 [ "\n" ] "}" end-text
    entry-line = *" " head *" " ":" *" " value
    head       = "*" / "#" / "0" / path / label
    path       = 1*( "1" .. "9" )            ; "12" = sub-item 2 of item 1
    label      = 1*( ASCII letter / digit )  ; with at least one letter
    value      = command / text
    command    = "back" / "start" / "repeat" / "end" / "url" / http-url
               / "call:" *" " phones *( 1*" " call-option )
               / "sms:" *" " sms-phone "," *" " sender "," *" " sms-text
               / "record" / "record:" *" " seconds
    text-line  = a line that does not look like an entry line; it continues the text
                 of the menu text or of the entry above it

* ``start-text`` is everything before the first ``{menu:``; ``end-text`` everything
  after the first ``}`` that follows it. Neither may contain another ``{menu`` (in any
  letter case): a second macro is refused rather than guessed at.
* Inside the macro ``{`` and ``}`` cannot appear in any text: the first ``}`` closes it.
* A line "looks like an entry line" when, after optional spaces, it starts with
  characters from ``A-Z a-z 0-9 * #`` followed (after optional spaces) by ``:``. Such a
  line whose head is not a valid key or label (``10:``, ``*1:``), or a line starting
  with ``:`` (the INC-61 break ``2\n: ТЕКСТ2``), is refused.
* A value is a command when its spelling (without trailing spaces) is one of the
  commands above; a value that differs from a command only in letter case (``End``,
  ``CALL:...``) is refused as ambiguous; anything else is text. A text may go on over
  the following text-lines; a command must fit on its line.
* Entries are written in pre-order: a sub-item ``nm`` comes after the lines of its
  parent ``n`` and before the next entry that is not inside ``n``. Several lines with
  the same key in a row give that key several actions, run in order; the same key
  or label anywhere else is refused.

Canonical form (:func:`~smsc_proto.values.format_ivr`): ``{menu:``, a space and the menu
text (no space when the menu text is empty or starts with a line feed); each entry line
``key: value`` with one space; commands spelled as in the spec (``call:`` options in the
order ``wait=``, ``ok:end``, ``err:``, ``record``, single spaces; ``sms:`` without
spaces after the commas; ``record: n``); start text, end text and texts kept byte for
byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeAlias

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, short

__all__ = [
    "IVR_MAX_DEPTH",
    "IVR_PHONE_VARIABLE",
    "IvrAction",
    "IvrBack",
    "IvrCall",
    "IvrEnd",
    "IvrItem",
    "IvrLabel",
    "IvrMenu",
    "IvrRecord",
    "IvrRepeat",
    "IvrSms",
    "IvrStart",
    "IvrText",
    "IvrUrl",
    "format_ivr",
    "format_ivr_action",
    "parse_ivr",
    "parse_ivr_action",
]

IVR_PHONE_VARIABLE = "$phone"
"""The variable an ``sms:`` command may use for the subscriber's own number.

Spec (line 525): "As a phone number, as well as in the message text, a special variable
$phone can be specified, which, when sent, will be replaced with the phone number of
the subscriber who received this voice menu."
"""

IVR_MAX_DEPTH = 50
"""Deepest sub-item path accepted (``"11...1"`` with 50 digits).

Spec (line 513): "The nesting of sub-items is limited only by the size of the entire
message (1000 characters)." A path of depth *d* needs its *d - 1* ancestors on lines of
their own, so 1000 characters hold at most depth 40; the limit never refuses a message
the server takes, and it bounds the recursion of comparison and ``repr``.
"""

_MENU_OPEN = "{menu:"
_MENU_ANY_CASE = re.compile(r"\{menu", re.IGNORECASE)
_HEAD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*#")
_TOP_KEYS = "*#0123456789"
_SUB_KEYS = "123456789"
_KEYWORDS = ("back", "start", "repeat", "end", "url", "record")
_PREFIXES = ("call:", "sms:", "record:")
_URL_SCHEMES = ("http://", "https://")
_FORBIDDEN_IN_BODY = ("{", "}", "\r")
_MAX_CALL_PHONES = 9
_CALL_WAIT_MAX = 120
_CALL_WAIT_DEFAULT = 120
_RECORD_DEFAULT = 30
_RECORD_MAX = 99_999
_PHONE_MAX_DIGITS = 15
_SENDER_MAX = 15
_MAX_NUMBER_DIGITS = 6


# --------------------------------------------------------------------------- helpers


def _entry_head(line: str) -> tuple[str, str] | None:
    """Split an entry line into (head, rest after ":"), or None for a text line.

    The head may come back empty (a line starting with ":"); the caller refuses it.
    """
    size = len(line)
    start = 0
    while start < size and line[start] == " ":
        start += 1
    stop = start
    while stop < size and line[stop] in _HEAD_CHARS:
        stop += 1
    colon = stop
    while colon < size and line[colon] == " ":
        colon += 1
    if colon < size and line[colon] == ":":
        return line[start:stop], line[colon + 1 :]
    return None


def _command_word(value: str) -> str | None:
    """The command a one-line value spells (``"call:"``, ``"end"``, ``"http"``...), or None.

    Raises LocalProtocolError when the value spells a command in the wrong letter case.
    """
    lower = value.lower()
    if lower.startswith(_URL_SCHEMES):
        return "http"
    if lower.startswith("url:"):
        # Not a spelling the spec gives; reading it as text could voice an address.
        raise LocalProtocolError("'url:' is not a command: write the word url or the address")
    for word in _KEYWORDS:
        if lower == word:
            if value != word:
                raise LocalProtocolError(f"command {value!r} must be written {word!r}")
            return word
    for prefix in _PREFIXES:
        if lower.startswith(prefix):
            if not value.startswith(prefix):
                raise LocalProtocolError(
                    f"command {short(value)} must start with {prefix!r} in lower case"
                )
            return prefix
    return None


def _check_str(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise LocalProtocolError(f"{what} must be a str, got {type(value).__name__}")
    return value


def _check_body_chars(what: str, value: str) -> None:
    for char in _FORBIDDEN_IN_BODY:
        if char in value:
            raise LocalProtocolError(f"{what} must not contain {char!r} inside the menu")


def _check_one_line(what: str, value: str) -> None:
    _check_body_chars(what, value)
    if "\n" in value:
        raise LocalProtocolError(f"{what} must not contain a line feed")


def _check_text(what: str, text: str, *, menu_text: bool) -> None:
    """Validate a text that format_ivr writes after "{menu:" or after "key: "."""
    _check_body_chars(what, text)
    lines = text.split("\n")
    first = lines[0]
    if first.startswith(" "):
        raise LocalProtocolError(f"{what} must not start with a space (it would be lost)")
    if menu_text:
        if _entry_head(first) is not None:
            raise LocalProtocolError(
                f"{what} must not start like an entry 'key: ...', got {short(first)}"
            )
    elif _command_word(first.rstrip(" ")) is not None:
        raise LocalProtocolError(f"{what} {short(first)} would read as a command")
    for line in lines[1:]:
        if _entry_head(line) is not None:
            raise LocalProtocolError(
                f"{what}: line {short(line)} would read as a menu entry 'key: ...'"
            )


def _is_phone(text: str) -> bool:
    digits = text[1:] if text.startswith("+") else text
    return is_ascii_digits(digits) and len(digits) <= _PHONE_MAX_DIGITS


def _is_label(text: str) -> bool:
    return text.isascii() and text.isalnum() and not text.isdigit()


def _is_target(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _check_int(what: str, value: object, low: int, high: int) -> None:
    # bool is an int subclass; True must not pass as 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"{what} must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        raise LocalProtocolError(f"{what} must be {low}..{high}, got {value}")


def _check_bool(what: str, value: object) -> None:
    if not isinstance(value, bool):
        raise LocalProtocolError(f"{what} must be a bool, got {type(value).__name__}")


def _small_int(what: str, text: str) -> int:
    if not is_ascii_digits(text) or len(text) > _MAX_NUMBER_DIGITS:
        raise LocalProtocolError(f"{what} must be a decimal number, got {short(text)}")
    return int(text)


# --------------------------------------------------------------------------- actions


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrText:
    """Text read to the subscriber.

    Spec (line 512): "msg is a message or command."; (line 504) "the subscriber can be
    voiced the text "TEXT" or perform one or more consecutive "COMMANDS"."

    The text may span several lines; no line after the first may look like an entry
    line (``key: ...``), and the first line may not spell a command.

    Args:
        text: The text, non-empty, without ``{``, ``}`` or carriage returns, not
            starting with a space.

    Raises:
        LocalProtocolError: The text breaks one of these rules (it would not read back
            as the same text).
    """

    text: str

    def __post_init__(self) -> None:
        _check_str("text", self.text)
        if not self.text:
            raise LocalProtocolError("text must not be empty")
        _check_text("text", self.text, menu_text=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrBack:
    """The ``back`` command: return to the previous menu.

    Spec (line 509): ``*: back`` "Return to the previous menu."
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrStart:
    """The ``start`` command: return to the beginning and repeat the menu text.

    Spec (line 510): ``#: start`` "Return to the beginning of the menu and repeat the "
    MENU TEXT"."
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrRepeat:
    """The ``repeat`` command: repeat the selected item.

    Spec (line 511): ``0: repeat`` "Repeat the selected item."
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrEnd:
    """The ``end`` command: leave the menu; the end text is read next.

    Spec (line 527): "end Indicates whether to exit the voice menu. After exiting, the
    "END TEXT" will be read"."
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrUrl:
    """The ``url`` command: report the current item and time in the menu to a handler.

    Spec (line 518): "url The http(s) address of the Client's handler, to which
    information about the current item and the time of the subscriber's stay in the
    menu will be transmitted." The example (line 550) writes the literal word ``url``;
    the description asks for an address. Both are read (see the Decisions section of
    the docs): ``url=None`` is the literal ``url``, otherwise the address itself.

    Args:
        url: ``None`` for the literal command ``url``, or an ``http://`` / ``https://``
            address without spaces, control characters, ``{`` or ``}``.

    Raises:
        LocalProtocolError: ``url`` is not such an address.
    """

    url: str | None = None

    def __post_init__(self) -> None:
        if self.url is None:
            return
        url = _check_str("url", self.url)
        lower = url.lower()
        if not lower.startswith(_URL_SCHEMES) or lower in _URL_SCHEMES:
            raise LocalProtocolError(f"url must be an http(s):// address, got {short(url)}")
        if any(char.isspace() or not char.isprintable() for char in url):
            raise LocalProtocolError("url must not contain spaces or control characters")
        _check_body_chars("url", url)


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrCall:
    """The ``call:`` command: connect the subscriber to one of the given numbers.

    Spec (line 519): "call:phone wait=n ok:end err:n record Redirects the caller's call
    to the specified phone number, where the required parameter is phone-phone number
    or a comma-separated list of phone numbers. You can specify up to 9 numbers."
    Spec (lines 521-524): "wait=n ... from 0 to 120. By default ... 120 seconds." /
    "ok:end – ... end the voice menu." / "err:n – if you can't reach the specified
    number, then go to the step or label n ... any set of Latin letters and numbers." /
    "record – ... record the conversation. ... This parameter is specified last."

    Args:
        phones: 1 to 9 phone numbers (ASCII digits, optionally after ``+``, at most 15
            digits).
        wait: Seconds to wait for a pick-up, 0..120, or ``None`` when not given (the
            server then waits 120 s, see :attr:`effective_wait`).
        ok_end: ``ok:end``: end the menu after a successful conversation.
        on_error: ``err:<target>``: the item path or label to go to when no number
            answers (Latin letters and digits), or ``None``.
        record: ``record``: record the conversation.

    Raises:
        LocalProtocolError: A field breaks these rules.
    """

    phones: tuple[str, ...]
    wait: int | None = None
    ok_end: bool = False
    on_error: str | None = None
    record: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.phones, tuple):
            raise LocalProtocolError(
                f"call: phones must be a tuple, got {type(self.phones).__name__}"
            )
        if not 1 <= len(self.phones) <= _MAX_CALL_PHONES:
            raise LocalProtocolError(
                f"call: phones must hold 1..{_MAX_CALL_PHONES} numbers, got {len(self.phones)}"
            )
        for phone in self.phones:
            if not isinstance(phone, str) or not _is_phone(phone):
                raise LocalProtocolError(
                    f"call: phone must be digits (optionally after '+', at most "
                    f"{_PHONE_MAX_DIGITS}), got {phone!r}"
                )
        if self.wait is not None:
            _check_int("call: wait", self.wait, 0, _CALL_WAIT_MAX)
        _check_bool("call: ok_end", self.ok_end)
        if self.on_error is not None and not (
            isinstance(self.on_error, str) and _is_target(self.on_error)
        ):
            raise LocalProtocolError(
                f"call: on_error (err:) must be Latin letters and digits, got {self.on_error!r}"
            )
        _check_bool("call: record", self.record)

    @property
    def effective_wait(self) -> int:
        """The pick-up wait the server uses, that is ``wait`` or 120 s when not given.

        Spec (line 521): "By default, the waiting time for the subscriber to pick up the
        phone is 120 seconds."
        """
        return _CALL_WAIT_DEFAULT if self.wait is None else self.wait


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrSms:
    """The ``sms:`` command: send an SMS.

    Spec (line 525): "sms:phone,sender,msg Sending an SMS message to the specified phone
    number, where phone is the phone number, sender is the sender's name, and msg is the
    message text. As a phone number, as well as in the message text, a special variable
    $phone can be specified ..."

    Args:
        phone: The recipient: digits (optionally after ``+``) or ``"$phone"``.
        sender: The sender name: 1..15 characters, no ``,``, not starting or ending
            with a space (the sender-name rules themselves are not checked here).
        text: The SMS text: one line, non-empty, may hold ``,``, ``:`` and ``$phone``,
            not starting or ending with a space.

    Raises:
        LocalProtocolError: A field breaks these rules.
    """

    phone: str
    sender: str
    text: str

    def __post_init__(self) -> None:
        phone = _check_str("sms: phone", self.phone)
        if phone != IVR_PHONE_VARIABLE and not _is_phone(phone):
            raise LocalProtocolError(
                f"sms: phone must be digits (optionally after '+') or $phone, got {phone!r}"
            )
        sender = _check_str("sms: sender", self.sender)
        if not 1 <= len(sender) <= _SENDER_MAX:
            raise LocalProtocolError(
                f"sms: sender must be 1..{_SENDER_MAX} characters, got {len(sender)}"
            )
        if "," in sender:
            raise LocalProtocolError("sms: sender must not contain ','")
        _check_one_line("sms: sender", sender)
        text = _check_str("sms: text", self.text)
        if not text:
            raise LocalProtocolError("sms: text must not be empty")
        _check_one_line("sms: text", text)
        for what, value in (("sender", sender), ("text", text)):
            if value != value.strip(" "):
                raise LocalProtocolError(f"sms: {what} must not start or end with a space")

    @property
    def to_subscriber(self) -> bool:
        """True when the SMS goes to the subscriber who got the menu (``$phone``).

        Spec (line 525): "a special variable $phone can be specified, which, when sent,
        will be replaced with the phone number of the subscriber who received this voice
        menu."
        """
        return self.phone == IVR_PHONE_VARIABLE

    def expand(self, subscriber: str) -> IvrSms:
        """The command with every ``$phone`` replaced by the subscriber's number.

        Spec (line 525): "... $phone ..., which, when sent, will be replaced with the
        phone number of the subscriber who received this voice menu."

        Args:
            subscriber: The number of the subscriber who got the menu (digits,
                optionally after ``+``).

        Returns:
            A new :class:`IvrSms` without the variable.

        Raises:
            LocalProtocolError: ``subscriber`` is not a phone number.
        """
        if not isinstance(subscriber, str) or not _is_phone(subscriber):
            raise LocalProtocolError(f"sms: subscriber must be a phone number, got {subscriber!r}")
        return IvrSms(
            phone=self.phone.replace(IVR_PHONE_VARIABLE, subscriber),
            sender=self.sender,
            text=self.text.replace(IVR_PHONE_VARIABLE, subscriber),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrRecord:
    """The ``record`` command: record the subscriber's answer.

    Spec (line 526): "record: n Recording of a fragment of the subscriber's voice
    response ... where n is the time for recording in seconds. By default (without
    explicitly specifying the time), recording is limited to 30 seconds."

    Args:
        seconds: Recording time, 1..99999 (the spec gives no upper bound), or ``None``
            for the bare ``record`` (30 s, see :attr:`effective_seconds`).

    Raises:
        LocalProtocolError: ``seconds`` is out of range.
    """

    seconds: int | None = None

    def __post_init__(self) -> None:
        if self.seconds is not None:
            _check_int("record: seconds", self.seconds, 1, _RECORD_MAX)

    @property
    def effective_seconds(self) -> int:
        """The recording limit the server uses, that is ``seconds`` or 30 when not given.

        Spec (line 526): "By default (without explicitly specifying the time), recording
        is limited to 30 seconds."
        """
        return _RECORD_DEFAULT if self.seconds is None else self.seconds


IvrAction: TypeAlias = (
    IvrText | IvrBack | IvrStart | IvrRepeat | IvrEnd | IvrUrl | IvrCall | IvrSms | IvrRecord
)
"""One action of a menu entry: a text or a command.

Spec (line 515): "In paragraphs and sub-paragraphs, you can use the following
commands: url, call:..., sms:..., record: n, end"; (lines 509-511) back, start, repeat.
"""

_ACTION_TYPES = (IvrText, IvrBack, IvrStart, IvrRepeat, IvrEnd, IvrUrl, IvrCall, IvrSms, IvrRecord)
_SIMPLE: dict[str, IvrAction] = {
    "back": IvrBack(),
    "start": IvrStart(),
    "repeat": IvrRepeat(),
    "end": IvrEnd(),
}


def _check_actions(what: str, actions: object) -> None:
    if not isinstance(actions, tuple):
        raise LocalProtocolError(f"{what}: actions must be a tuple, got {type(actions).__name__}")
    if not actions:
        raise LocalProtocolError(f"{what}: actions must not be empty")
    for action in actions:
        if not isinstance(action, _ACTION_TYPES):
            raise LocalProtocolError(
                f"{what}: actions must be Ivr* actions, got {type(action).__name__}"
            )


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrItem:
    """A menu item: the key that selects it, its actions, and its sub-items.

    Spec (line 512): "n: msg The menu item that the subscriber enters when pressing the n
    key, where n is the number of the menu item, which can take values from 1 to 9, msg
    is a message or command. Menu items can be duplicated one by one to perform multiple
    actions when a single key is pressed."
    Spec (line 513): "nm: msg Sub-item m of the menu item n, which the subscriber enters
    when pressing the m key. It can take values from 1 to 9."
    Spec (lines 509-511): the keys ``*``, ``#`` and ``0``.

    On the wire an item is one line ``<path>: <action>`` per action, where the path is
    the keys from the top menu down (``12`` for sub-item 2 of item 1), followed by the
    lines of its sub-items.

    Args:
        key: The key of this item alone: ``"1"`` .. ``"9"``, or ``"*"``, ``"#"``, ``"0"``
            (top level only, checked by :class:`IvrMenu`).
        actions: One or more actions run in order when the key is pressed.
        items: Sub-items (keys ``"1"`` .. ``"9"``, each at most once); only items with
            keys 1..9 have sub-items. Nesting is at most
            :data:`~smsc_proto.values.IVR_MAX_DEPTH` deep.

    Raises:
        LocalProtocolError: A field breaks these rules.
    """

    key: str
    actions: tuple[IvrAction, ...]
    items: tuple[IvrItem, ...] = ()
    _depth: int = field(init=False, repr=False, compare=False, default=1)

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or len(self.key) != 1 or self.key not in _TOP_KEYS:
            raise LocalProtocolError(f"item: key must be one of * # 0 1..9, got {self.key!r}")
        _check_actions(f"item {self.key}", self.actions)
        if not isinstance(self.items, tuple):
            raise LocalProtocolError(
                f"item {self.key}: items must be a tuple, got {type(self.items).__name__}"
            )
        if self.items and self.key not in _SUB_KEYS:
            raise LocalProtocolError(f"item {self.key}: only items 1..9 may have sub-items")
        seen: set[str] = set()
        depth = 1
        for child in self.items:
            if not isinstance(child, IvrItem):
                raise LocalProtocolError(
                    f"item {self.key}: items must be IvrItem, got {type(child).__name__}"
                )
            if child.key not in _SUB_KEYS:
                raise LocalProtocolError(
                    f"item {self.key}: sub-item keys must be 1..9, got {child.key!r}"
                )
            if child.key in seen:
                raise LocalProtocolError(f"item {self.key}: sub-item {child.key} given twice")
            seen.add(child.key)
            depth = max(depth, child._depth + 1)
        if depth > IVR_MAX_DEPTH:
            raise LocalProtocolError(f"item {self.key}: nesting deeper than {IVR_MAX_DEPTH}")
        object.__setattr__(self, "_depth", depth)


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrLabel:
    """A labelled entry, the target of a ``call:`` command's ``err:<label>``.

    Spec (line 523): "err:n – if you can't reach the specified number, then go to the
    step or label n described in the menu body. The label can take the value of any set
    of Latin letters and numbers." The example (lines 556-557) defines ``err:`` and
    ``callerr:`` this way.

    Args:
        name: Latin letters and digits with at least one letter (all-digit names are
            item paths).
        actions: One or more actions, written as one ``<name>: <action>`` line each.

    Raises:
        LocalProtocolError: A field breaks these rules.
    """

    name: str
    actions: tuple[IvrAction, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not _is_label(self.name):
            raise LocalProtocolError(
                f"label: name must be Latin letters and digits with a letter, got {self.name!r}"
            )
        _check_actions(f"label {self.name}", self.actions)


def _last_action(entries: tuple[IvrItem | IvrLabel, ...]) -> IvrAction:
    entry = entries[-1]
    while isinstance(entry, IvrItem) and entry.items:
        entry = entry.items[-1]
    return entry.actions[-1]


@dataclass(frozen=True, slots=True, kw_only=True)
class IvrMenu:
    """A whole voice-menu message: start text, the ``{menu: ...}`` macro, end text.

    Spec (line 504): "After picking up the phone, the subscriber is given the "START
    TEXT", then the "MENU TEXT" is played with a description of the menu items and
    acceptable actions. ... After exiting the menu, the "END TEXT" is voiced"."

    Args:
        start_text: Text before ``{menu:`` (kept byte for byte; it usually ends with
            line feeds). Must not contain ``{menu`` in any letter case.
        menu_text: The menu text after ``{menu:`` (may be empty or span lines; it must
            not start like an entry line, nor start with a space).
        entries: Top-level items (keys ``*``, ``#``, ``0``, ``1`` .. ``9``, each at most
            once) and labels (each name at most once), in wire order.
        end_text: Text after the closing ``}``. Must not contain ``{menu``.
        newline_before_close: Whether a line feed precedes the closing ``}`` (as in the
            schematic, line 500) rather than the ``}`` ending the last line (as in the
            example, line 557).

    Raises:
        LocalProtocolError: A field breaks these rules.
    """

    start_text: str = ""
    menu_text: str = ""
    entries: tuple[IvrItem | IvrLabel, ...] = ()
    end_text: str = ""
    newline_before_close: bool = False

    def __post_init__(self) -> None:
        for what in ("start_text", "end_text"):
            value = _check_str(f"menu: {what}", getattr(self, what))
            if _MENU_ANY_CASE.search(value):
                raise LocalProtocolError(f"menu: {what} must not contain '{{menu'")
        _check_text(
            "menu: menu_text", _check_str("menu: menu_text", self.menu_text), menu_text=True
        )
        if not isinstance(self.entries, tuple):
            raise LocalProtocolError(
                f"menu: entries must be a tuple, got {type(self.entries).__name__}"
            )
        keys: set[str] = set()
        for entry in self.entries:
            if not isinstance(entry, (IvrItem, IvrLabel)):
                raise LocalProtocolError(
                    f"menu: entries must be IvrItem or IvrLabel, got {type(entry).__name__}"
                )
            key = entry.key if isinstance(entry, IvrItem) else entry.name
            if key in keys:
                raise LocalProtocolError(f"menu: entry {key} given twice")
            keys.add(key)
        _check_bool("menu: newline_before_close", self.newline_before_close)
        last_text = self.menu_text
        if self.entries:
            last = _last_action(self.entries)
            last_text = last.text if isinstance(last, IvrText) else ""
        if last_text.endswith("\n") and not self.newline_before_close:
            raise LocalProtocolError(
                "menu: the last text ends with a line feed; set newline_before_close "
                "(the line feed before '}' is read as that flag)"
            )

    def lookup(self, target: str) -> IvrItem | IvrLabel | None:
        """Find the entry an ``err:`` target or a key path names.

        Spec (line 523): "err:n – ... go to the step or label n described in the menu
        body."

        Args:
            target: A label name (``"callerr"``) or an item path (``"5"``, ``"12"``,
                ``"*"``).

        Returns:
            The item or label, or ``None`` when the menu has none by that name.
        """
        if _is_label(target):
            for entry in self.entries:
                if isinstance(entry, IvrLabel) and entry.name == target:
                    return entry
            return None
        if not target or len(target) > IVR_MAX_DEPTH:
            return None
        level: tuple[IvrItem | IvrLabel, ...] = self.entries
        found: IvrItem | None = None
        for key in target:
            found = next((e for e in level if isinstance(e, IvrItem) and e.key == key), None)
            if found is None:
                return None
            level = found.items
        return found


# --------------------------------------------------------------------------- format


def format_ivr_action(action: IvrAction) -> str:
    """Write one action as the value of an entry line (the part after ``key:`` and a space).

    Spec (lines 518-527): ``url``, ``call:phone wait=n ok:end err:n record``,
    ``sms:phone,sender,msg``, ``record: n``, ``end``; (lines 509-511) ``back``,
    ``start``, ``repeat``. The example (lines 545-554) shows the exact spellings.

    Args:
        action: The action.

    Returns:
        The canonical spelling.

    Raises:
        LocalProtocolError: ``action`` is not an Ivr* action.
    """
    if isinstance(action, IvrText):
        return action.text
    if isinstance(action, IvrBack):
        return "back"
    if isinstance(action, IvrStart):
        return "start"
    if isinstance(action, IvrRepeat):
        return "repeat"
    if isinstance(action, IvrEnd):
        return "end"
    if isinstance(action, IvrUrl):
        return "url" if action.url is None else action.url
    if isinstance(action, IvrCall):
        parts = ["call:" + ",".join(action.phones)]
        if action.wait is not None:
            parts.append(f"wait={action.wait}")
        if action.ok_end:
            parts.append("ok:end")
        if action.on_error is not None:
            parts.append(f"err:{action.on_error}")
        if action.record:
            parts.append("record")
        return " ".join(parts)
    if isinstance(action, IvrSms):
        return f"sms:{action.phone},{action.sender},{action.text}"
    if isinstance(action, IvrRecord):
        return "record" if action.seconds is None else f"record: {action.seconds}"
    raise LocalProtocolError(f"menu: not an IVR action: {type(action).__name__}")


def _line(head: str, value: str) -> str:
    if value.startswith("\n"):
        return f"\n{head}:{value}"
    return f"\n{head}: {value}"


def format_ivr(menu: IvrMenu) -> str:
    """Write a voice-menu message as wire text (the decoded ``mes`` value).

    Spec (lines 493-502, the schematic, and 533-559, the example): start text,
    ``{menu: `` menu text, one ``key: value`` line per action, ``}``, end text. The
    canonical form is described in the module docstring; the spec's example comes out
    byte for byte.

    Args:
        menu: The menu.

    Returns:
        The message text.
    """
    out = [menu.start_text, _MENU_OPEN]
    if menu.menu_text and not menu.menu_text.startswith("\n"):
        out.append(" ")
    out.append(menu.menu_text)
    # Pre-order walk with an explicit stack: (path of the parent, entry).
    stack: list[tuple[str, IvrItem | IvrLabel]] = [("", e) for e in reversed(menu.entries)]
    while stack:
        prefix, entry = stack.pop()
        if isinstance(entry, IvrLabel):
            out.extend(_line(entry.name, format_ivr_action(a)) for a in entry.actions)
            continue
        path = prefix + entry.key
        out.extend(_line(path, format_ivr_action(a)) for a in entry.actions)
        stack.extend((path, child) for child in reversed(entry.items))
    if menu.newline_before_close:
        out.append("\n")
    out.append("}")
    out.append(menu.end_text)
    return "".join(out)


# --------------------------------------------------------------------------- parse


def _parse_call(rest: str) -> IvrCall:
    tokens = [t for t in rest.split(" ") if t]
    if not tokens:
        raise LocalProtocolError("call: needs at least one phone number")
    phones = tuple(tokens[0].split(","))
    wait: int | None = None
    ok_end = False
    on_error: str | None = None
    record = False
    seen: set[str] = set()
    for token in tokens[1:]:
        if token.startswith("wait="):
            name = "wait="
        elif token.startswith("err:"):
            name = "err:"
        elif token in ("ok:end", "record"):
            name = token
        else:
            raise LocalProtocolError(
                f"call: options must be wait=n, ok:end, err:n or record, got {short(token)}"
            )
        if name in seen:
            raise LocalProtocolError(f"call: option {name} given twice")
        if record:
            raise LocalProtocolError("call: record must be the last option (line 524)")
        seen.add(name)
        if name == "wait=":
            wait = _small_int("call: wait", token[5:])
        elif name == "err:":
            on_error = token[4:]
        elif name == "ok:end":
            ok_end = True
        else:
            record = True
    return IvrCall(phones=phones, wait=wait, ok_end=ok_end, on_error=on_error, record=record)


def _parse_sms(rest: str) -> IvrSms:
    parts = rest.split(",", 2)
    if len(parts) != 3:
        raise LocalProtocolError(f"sms: must be sms:phone,sender,msg, got {short(rest)}")
    phone, sender, text = parts[0], parts[1].lstrip(" "), parts[2].lstrip(" ")
    return IvrSms(phone=phone, sender=sender, text=text)


def parse_ivr_action(value: str) -> IvrAction:
    """Read one action: the value of an entry line, after ``key:`` and its spaces.

    Spec (lines 518-527) and (lines 509-511); the spellings of the example (lines
    545-554). Accepted alternatives, written canonically by :func:`format_ivr_action`:
    trailing spaces after a command; spaces after ``call:``, ``sms:``, ``record:`` and
    after the commas of ``sms:``; several spaces between ``call:`` options, and the
    options ``wait=``, ``ok:end``, ``err:`` in any order (``record`` must be last, line
    524); leading zeros in numbers.

    Args:
        value: One line of text (a multi-line text is read by :func:`parse_ivr`).

    Returns:
        The command, or an :class:`IvrText`.

    Raises:
        RemoteProtocolError: The value spells a command wrongly (bad numbers, unknown
            ``call:`` option, wrong letter case...) or is not a valid text.
    """
    try:
        return _parse_action(value)
    except LocalProtocolError as exc:
        raise RemoteProtocolError(f"menu: {exc}") from None


def _parse_action(value: str) -> IvrAction:
    if "\n" in value:
        raise LocalProtocolError("a single action must not contain a line feed")
    command = value.rstrip(" ")
    word = _command_word(command)
    if word is None:
        return IvrText(text=value)
    if word in _SIMPLE:
        return _SIMPLE[word]
    if word == "url":
        return IvrUrl()
    if word == "http":
        return IvrUrl(url=command)
    if word == "record":
        return IvrRecord()
    rest = command[len(word) :].lstrip(" ")
    if word == "record:":
        return IvrRecord(seconds=_small_int("record: seconds", rest))
    if word == "call:":
        return _parse_call(rest)
    return _parse_sms(rest)


@dataclass(slots=True)
class _Node:
    """A mutable entry under construction (parse_ivr builds the tree, then freezes it)."""

    head: str
    line: int
    actions: list[IvrAction]
    children: list[_Node]


@contextmanager
def _at_line(number: int) -> Iterator[None]:
    try:
        yield
    except LocalProtocolError as exc:
        raise RemoteProtocolError(f"menu line {number}: {exc}") from None


def _freeze(node: _Node) -> IvrItem:
    # Recursion depth is bounded by IVR_MAX_DEPTH: parse_ivr refuses longer paths first.
    items = tuple(_freeze(child) for child in node.children)
    with _at_line(node.line):
        return IvrItem(key=node.head[-1], actions=tuple(node.actions), items=items)


def _read_value(first: str, more: list[str]) -> IvrAction:
    first = first.lstrip(" ")
    if not more:
        if not first.strip(" "):
            raise LocalProtocolError("an entry needs a text or a command after ':'")
        return _parse_action(first)
    if _command_word(first.rstrip(" ")) is not None:
        raise LocalProtocolError("a command must fit on one line")
    return IvrText(text="\n".join([first, *more]))


def parse_ivr(text: str) -> IvrMenu:
    r"""Parse a voice-menu message (the decoded ``mes`` value) into an :class:`IvrMenu`.

    Spec (line 490): "send a text or voice file with the initial instructions ... at
    the beginning of the message text and then specify a macro containing the service
    menu commands {menu: <...>}". The grammar and the accepted alternative spellings
    are in the module docstring; ``format_ivr(parse_ivr(s))`` is the canonical form of
    ``s`` and equals ``s`` for the spec's example (lines 533-559) and schematic (lines
    493-502, INC-61 break repaired).

    Args:
        text: The whole message text.

    Returns:
        The menu tree.

    Raises:
        RemoteProtocolError: There is no ``{menu:`` macro, it is not closed, there are
            two, or a line of it cannot be read (the message gives the line number,
            counting the ``{menu:`` line as 1).
    """
    found = _MENU_ANY_CASE.search(text)
    if found is None:
        raise RemoteProtocolError("menu: no '{menu:' macro in the message")
    begin = found.start()
    if not text.startswith(_MENU_OPEN, begin):
        raise RemoteProtocolError(
            f"menu: the macro must open with '{{menu:', got {short(text[begin : begin + 8])}"
        )
    close = text.find("}", begin)
    if close < 0:
        raise RemoteProtocolError("menu: '{menu:' is never closed by '}'")
    start_text, body, end_text = (
        text[:begin],
        text[begin + len(_MENU_OPEN) : close],
        text[close + 1 :],
    )
    if _MENU_ANY_CASE.search(end_text):
        raise RemoteProtocolError("menu: only one '{menu:' macro is allowed in a message")
    if "{" in body:
        raise RemoteProtocolError("menu: '{' inside the menu (the first '}' closes it)")
    body = body.replace("\r\n", "\n")
    if "\r" in body:
        raise RemoteProtocolError("menu: carriage return without a line feed inside the menu")
    newline_before_close = body.endswith("\n")
    if newline_before_close:
        body = body[:-1]
    lines = body.split("\n")

    # Pass 1: group the lines into the menu text and raw entries (head, value lines).
    menu_lines = [lines[0].lstrip(" ")]
    raw: list[tuple[int, str, str, list[str]]] = []  # (line number, head, first, more)
    for number, line in enumerate(lines[1:], start=2):
        split = _entry_head(line)
        if split is None:
            (raw[-1][3] if raw else menu_lines).append(line)
            continue
        head, first = split
        if not head:
            raise RemoteProtocolError(
                f"menu line {number}: a line starts with ':' (no key; a key split from "
                "its line, as in the spec's schematic, INC-61?)"
            )
        raw.append((number, head, first, []))

    # Pass 2: read each value and place the entry in the tree (pre-order, see above).
    top: list[_Node] = []
    stack: list[_Node] = []  # the open item chain: stack[d] has a path of length d + 1
    seen: set[str] = set()
    previous: _Node | None = None
    for number, head, first, more in raw:
        with _at_line(number):
            action = _read_value(first, more)
        if previous is not None and previous.head == head:
            previous.actions.append(action)
            continue
        if head in seen:
            raise RemoteProtocolError(
                f"menu line {number}: {head} repeats an earlier entry; repeated keys must "
                "be on consecutive lines"
            )
        seen.add(head)
        node = _Node(head=head, line=number, actions=[action], children=[])
        if head in ("*", "#", "0") or _is_label(head):
            stack.clear()
            top.append(node)
        elif head.isascii() and head.isdigit() and "0" not in head:
            depth = len(head)
            if depth > IVR_MAX_DEPTH:
                raise RemoteProtocolError(
                    f"menu line {number}: item path nested deeper than {IVR_MAX_DEPTH}"
                )
            if depth == 1:
                top.append(node)
            else:
                if len(stack) < depth - 1 or stack[depth - 2].head != head[:-1]:
                    raise RemoteProtocolError(
                        f"menu line {number}: sub-item {head} must follow the lines of its "
                        f"parent item {head[:-1]}"
                    )
                stack[depth - 2].children.append(node)
            del stack[depth - 1 :]
            stack.append(node)
        else:
            raise RemoteProtocolError(
                f"menu line {number}: key {short(head)} is not *, #, 0, a path of keys 1..9 "
                "or a label of Latin letters and digits"
            )
        previous = node

    entries: list[IvrItem | IvrLabel] = []
    for node in top:
        if _is_label(node.head):
            with _at_line(node.line):
                entries.append(IvrLabel(name=node.head, actions=tuple(node.actions)))
        else:
            entries.append(_freeze(node))
    with _at_line(1):
        return IvrMenu(
            start_text=start_text,
            menu_text="\n".join(menu_lines),
            entries=tuple(entries),
            end_text=end_text,
            newline_before_close=newline_before_close,
        )
