"""Recipients: phone lists, the ``list`` parameter, ``fmts`` and the incoming login prefix.

Spec (line 47): "phones The number or comma-separated or semicolon-separated list of
mobile phone numbers in international format ... To disable auto-correction, pass the
number with the "+ " sign."

Spec (line 48): "... a special code " G<номер группы>" ... For an e-mail message, a list
of recipients' e-mail addresses is transmitted. For telegram, it is possible to specify
the subscriber's nickname or ID as the recipient of the message in the form of #ID."

Spec (line 138): "list A list of phone numbers and their corresponding messages,
separated by a colon or semicolon, and presented as: phones1:mes1 ..."

Spec (line 2341): "fmts A list of phone codes that you can send messages to."

Spec (line 3681): "... when the subscriber specified the prefix "login, colon and
space"."

All texts handled here are already percent- and charset-decoded: ``%0A`` is ``"\\n"``,
``%2C`` is ``","``, ``%23`` is ``"#"`` and ``%40`` is ``"@"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, remote_errors, short
from ._time import TZ_MAX, TZ_MIN

__all__ = [
    "EmailAddress",
    "GroupCode",
    "IncomingPrefix",
    "ListEntry",
    "Phone",
    "PhoneCodeFilter",
    "PhoneCodeRule",
    "PhoneList",
    "Recipient",
    "TelegramId",
    "TelegramNick",
    "format_incoming_prefix",
    "format_list",
    "format_phone_code_filter",
    "format_phone_list",
    "format_recipient",
    "parse_incoming_prefix",
    "parse_list",
    "parse_phone_code_filter",
    "parse_phone_list",
    "parse_recipient",
]

# Our own sanity caps; the spec gives no length for phone numbers. E.164 numbers have
# at most 15 digits; without "+" the gateway may auto-correct (line 47), which can strip
# an international prefix such as "00" or "810", so we allow a few more there.
_PHONE_MIN = 3
_PHONE_MAX_PLUS = 15
_PHONE_MAX_BARE = 20
_GROUP_MAX = 2_147_483_647
_TELEGRAM_ID_MAX = 2**63 - 1
# tz of a list line is send.php's tz: hours from Moscow, one range for both.
_TZ_MIN = TZ_MIN
_TZ_MAX = TZ_MAX
_EMAIL_MAX = 254
_EMAIL_LOCAL_MAX = 64

# Telegram's username rules: ASCII letters, digits and "_", first a letter, 5 to 32
# characters (4 for collectible usernames, which we therefore allow).
_NICK_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
# One DNS label (LDH rule); the optional group holds a single bounded quantifier, so
# matching is linear.
_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# RFC 5322 "atext": what a dot-atom local part may contain besides dots.
# "|" is left out on purpose: in a list line it would read as the sender separator.
_ATEXT = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{}~"
)
_LOGIN_RE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")

# Literal backslash + "n": the list parameter's newline escape (line 142).
_ESCAPED_NL = "\\n"
# The comment marker of a message (line 363).
_COMMENT_MARK = "\n~~~\n"


def _as_tuple(items: object, param: str, field: str) -> tuple[object, ...]:
    """``items`` as a tuple, or a LocalProtocolError when it is not a sequence of items."""
    if isinstance(items, tuple):
        return items
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise LocalProtocolError(f"{param}: {field} must be a sequence, got {type(items).__name__}")
    return tuple(items)


def _has_control(text: str) -> bool:
    """True when ``text`` holds a C0 control character or DEL."""
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Phone:
    """A phone number in a ``phones`` list.

    Spec (line 47): "Numbers can be passed without the "+ " sign. If the number is passed
    without the " + " sign, it can be corrected by automatic formatting ... To disable
    auto-correction, pass the number with the "+ " sign."

    Because the ``+`` changes what the gateway does, ``+79991234567`` and
    ``79991234567`` are different values: ``plus`` records it.

    Args:
        number: ASCII digits only; 3..15 digits with ``plus``, 3..20 without (our caps:
            E.164 allows 15 digits, and auto-correction may strip an international prefix).
        plus: Whether the number is written with a leading ``+``.
    """

    number: str
    plus: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.number, str) or not is_ascii_digits(self.number):
            raise LocalProtocolError(
                f"phones: a phone number must be ASCII digits, got {short(str(self.number))}"
            )
        if not isinstance(self.plus, bool):
            raise LocalProtocolError(f"phones: plus must be a bool, got {self.plus!r}")
        cap = _PHONE_MAX_PLUS if self.plus else _PHONE_MAX_BARE
        if not _PHONE_MIN <= len(self.number) <= cap:
            sign = "+" if self.plus else ""
            raise LocalProtocolError(
                f"phones: a {sign}phone number must have {_PHONE_MIN}..{cap} digits, "
                f"got {len(self.number)}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupCode:
    """A mailing-group code ``G<n>``: send to every number of the contact group.

    Spec (line 385): "... указывать короткий код in the form of "G<номер группы>" or
    "g<номер группы>", and the message will be sent to all phone numbers belonging to
    this group."

    ``G`` and ``g`` mean the same, so the value does not keep the case: parsing accepts
    both and formatting writes ``G``.

    Args:
        number: The group's mailing number, 1..2147483647 (written without leading zeros).
    """

    number: int

    def __post_init__(self) -> None:
        if isinstance(self.number, bool) or not isinstance(self.number, int):
            raise LocalProtocolError(f"phones: a group number must be an int, got {self.number!r}")
        if not 1 <= self.number <= _GROUP_MAX:
            raise LocalProtocolError(
                f"phones: a group number must be 1..{_GROUP_MAX}, got {self.number}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class TelegramId:
    """A Telegram recipient given by numeric ID, written ``#<id>``.

    Spec (line 48): "For telegram, it is possible to specify the subscriber's nickname or
    ID as the recipient of the message in the form of #ID." Example (line 675):
    ``phones=#1122334455`` (on the wire the ``#`` must be sent as ``%23``).

    Args:
        chat_id: The Telegram user ID, 1..2**63-1 (written without leading zeros).
    """

    chat_id: int

    def __post_init__(self) -> None:
        if isinstance(self.chat_id, bool) or not isinstance(self.chat_id, int):
            raise LocalProtocolError(f"phones: a telegram ID must be an int, got {self.chat_id!r}")
        if not 1 <= self.chat_id <= _TELEGRAM_ID_MAX:
            raise LocalProtocolError(
                f"phones: a telegram ID must be 1..2**63-1, got {self.chat_id}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class TelegramNick:
    """A Telegram recipient given by nickname, written ``@<nickname>``.

    Spec (line 670): "Sending a telegram message with the text "Hello" by the nickname
    "alex_nick" ..." -- the URL that follows (line 672) is truncated (INC-56), so the
    syntax is ours: ``@`` then a Telegram username.

    Args:
        nickname: The username without ``@``: 4..32 ASCII letters, digits or ``_``,
            starting with a letter (Telegram's rules; 4 for collectible usernames). The
            case is kept as given (Telegram compares usernames case-insensitively).
    """

    nickname: str

    def __post_init__(self) -> None:
        if not isinstance(self.nickname, str) or not _NICK_RE.fullmatch(self.nickname):
            raise LocalProtocolError(
                "phones: a telegram nickname must be 4..32 ASCII letters, digits or '_' "
                f"starting with a letter, got {short(str(self.nickname))}"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class EmailAddress:
    """An e-mail recipient (for ``mail=1`` messages).

    Spec (line 48): "For an e-mail message, a list of recipients' e-mail addresses is
    transmitted." Example (line 445): ``phones=alex%40mysite.com``.

    Args:
        address: ``local@domain``: an ASCII dot-atom local part (at most 64 characters)
            and a domain of at least two dot-separated LDH labels (internationalised
            domains in their ``xn--`` form); at most 254 characters. Case is kept.
    """

    address: str

    def __post_init__(self) -> None:
        if not isinstance(self.address, str) or not _is_email(self.address):
            raise LocalProtocolError(
                "phones: an e-mail address must be local@domain (ASCII dot-atom local part, "
                f"domain of dot-separated labels), got {short(str(self.address))}"
            )


def _is_email(text: str) -> bool:
    """True when ``text`` is an address :class:`EmailAddress` accepts."""
    if len(text) > _EMAIL_MAX or text.count("@") != 1:
        return False
    local, _, domain = text.partition("@")
    if not local or len(local) > _EMAIL_LOCAL_MAX:
        return False
    for atom in local.split("."):
        if not atom or not all(c in _ATEXT for c in atom):
            return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(_LABEL_RE.fullmatch(label) for label in labels)


Recipient: TypeAlias = Phone | GroupCode | TelegramId | TelegramNick | EmailAddress
"""One entry of a ``phones`` list: a phone, a group code, a Telegram ID or nickname, or
an e-mail address (spec lines 47-48)."""

_RECIPIENT_TYPES = (Phone, GroupCode, TelegramId, TelegramNick, EmailAddress)


def _digits_int(text: str, max_digits: int, what: str) -> int:
    """Decode a decimal without sign or leading zeros, or raise RemoteProtocolError."""
    if not is_ascii_digits(text) or len(text) > max_digits:
        raise RemoteProtocolError(
            f"phones: {what} must be 1..{max_digits} ASCII digits, got {short(text)}"
        )
    if text[0] == "0" and len(text) > 1:
        # "G007" might be group 7 or a typo; refuse rather than guess.
        raise RemoteProtocolError(f"phones: {what} must not have leading zeros, got {short(text)}")
    return int(text)


def _parse_entry(item: str) -> Recipient:
    """Decode one stripped, non-empty recipient."""
    if item.find("@") > 0:
        with remote_errors():
            return EmailAddress(address=item)
    first = item[0]
    if first == "@":
        with remote_errors():
            return TelegramNick(nickname=item[1:])
    if first == "#":
        chat_id = _digits_int(item[1:], 19, "a telegram ID after '#'")
        with remote_errors():
            return TelegramId(chat_id=chat_id)
    if first in "Gg":
        number = _digits_int(item[1:], 10, "a group number after 'G'")
        with remote_errors():
            return GroupCode(number=number)
    plus = first == "+"
    digits = item[1:] if plus else item
    if not is_ascii_digits(digits):
        raise RemoteProtocolError(
            "phones: an entry must be a phone number ([+]digits), G<group>, #<telegram ID>, "
            f"@<telegram nickname> or an e-mail address, got {short(item)}"
        )
    if _PHONE_MIN <= len(digits) <= (_PHONE_MAX_PLUS if plus else _PHONE_MAX_BARE):
        # The fast path of the hot case (a 1000-number list): everything Phone's
        # constructor checks is checked above, so build it without a second pass.
        phone = object.__new__(Phone)
        object.__setattr__(phone, "number", digits)
        object.__setattr__(phone, "plus", plus)
        return phone
    with remote_errors():
        return Phone(number=digits, plus=plus)


def parse_recipient(text: str) -> Recipient:
    """Decode one recipient of a ``phones`` list.

    Spec (lines 47-48): phone numbers with or without ``+``, ``G<n>``/``g<n>`` group
    codes, e-mail addresses and Telegram ``#ID``; Telegram ``@nickname`` is our reading of
    the truncated example at line 672 (INC-56).

    Spaces (U+0020) around the entry are accepted and dropped; no other whitespace is.
    A text with an ``@`` after its first character is an e-mail address.

    Args:
        text: One entry as it came from the wire.

    Returns:
        The decoded recipient.

    Raises:
        RemoteProtocolError: The text is not one of the recipient forms.
    """
    item = text.strip(" ")
    if not item:
        raise RemoteProtocolError("phones: empty recipient")
    return _parse_entry(item)


def format_recipient(value: Recipient) -> str:
    """Encode one recipient in its canonical form.

    Phones as ``[+]digits``, groups as ``G<n>`` (never ``g``), Telegram IDs as ``#<id>``,
    nicknames as ``@<nickname>`` and e-mail addresses as they are.

    Args:
        value: The recipient.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: ``value`` is not a recipient type.
    """
    if isinstance(value, Phone):
        return "+" + value.number if value.plus else value.number
    if isinstance(value, GroupCode):
        return f"G{value.number}"
    if isinstance(value, TelegramId):
        return f"#{value.chat_id}"
    if isinstance(value, TelegramNick):
        return "@" + value.nickname
    if isinstance(value, EmailAddress):
        return value.address
    raise LocalProtocolError(f"phones: not a recipient: {type(value).__name__}")


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneList:
    """The value of a ``phones`` parameter: one or more recipients.

    Spec (line 47): "The number or comma-separated or semicolon-separated list of mobile
    phone numbers ...". Spec (line 1414, status.php): "To preserve the format of a
    multiple request, when requesting the status of a single message, enter a comma after
    the phone number." -- hence ``trailing_comma``.

    ``,`` and ``;`` are the same separator, so the value does not record which was used:
    the canonical form joins entries with ``,``.

    Args:
        entries: The recipients in order (at least one; duplicates are kept). Any
            iterable is accepted and stored as a tuple.
        trailing_comma: Whether the list ends with a separator (status.php's
            "multiple request" form for a single entry).
    """

    entries: tuple[Recipient, ...]
    trailing_comma: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", _as_tuple(self.entries, "phones", "entries"))
        if not isinstance(self.trailing_comma, bool):
            raise LocalProtocolError(
                f"phones: trailing_comma must be a bool, got {self.trailing_comma!r}"
            )
        if not self.entries:
            raise LocalProtocolError("phones: a phone list needs at least one recipient")
        for entry in self.entries:
            if not isinstance(entry, _RECIPIENT_TYPES):
                raise LocalProtocolError(
                    f"phones: entries must be recipients, got {type(entry).__name__}"
                )


def parse_phone_list(text: str) -> PhoneList:
    """Decode a ``phones`` parameter (also status.php/info.php/get.php ``phone``).

    Spec (line 47): entries separated by ``,`` or ``;``; (line 48) group codes, e-mail
    addresses, Telegram ``#ID``; example (line 391): ``G777,g888``.

    Accepted spellings: ``;`` for ``,``; spaces around entries; one trailing separator
    (kept as ``trailing_comma``). Canonical form: entries joined by ``,`` without spaces,
    groups as ``G<n>``. Refused: empty entries (a leading separator, two separators in a
    row, two trailing ones), whitespace other than spaces, and anything
    :func:`parse_recipient` refuses. phones.php's "any separator" lists (line 2002) are
    read with the same rule: only ``,`` and ``;`` separate.

    Args:
        text: The parameter value as it came from the wire.

    Returns:
        The decoded list.

    Raises:
        RemoteProtocolError: The text is not a valid phone list.
    """
    if not text.strip(" "):
        raise RemoteProtocolError("phones: empty value (no recipient)")
    parts = text.replace(";", ",").split(",")
    trailing = len(parts) > 1 and not parts[-1].strip(" ")
    if trailing:
        parts.pop()
    entries: list[Recipient] = []
    for index, part in enumerate(parts):
        item = part.strip(" ")
        if not item:
            raise RemoteProtocolError(
                f"phones: empty entry at position {index + 1} (leading or doubled separator)"
            )
        entries.append(_parse_entry(item))
    return PhoneList(entries=tuple(entries), trailing_comma=trailing)


def format_phone_list(value: PhoneList) -> str:
    """Encode a phone list canonically: entries joined by ``,``.

    Args:
        value: The list.

    Returns:
        The wire text, e.g. ``"79999999999,G777"`` (``"79999999999,"`` with
        ``trailing_comma``).
    """
    text = ",".join([format_recipient(entry) for entry in value.entries])
    return text + "," if value.trailing_comma else text


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneCodeRule:
    """One entry of ``fmts``: a phone code that is allowed, or excluded with ``-``.

    Spec (line 2341): "fmts A list of phone codes that you can send messages to."
    Example (line 2548): ``fmts=7,-77``, described as "allowed codes for sending SMS only
    in Russia" (so ``-77`` excludes Kazakhstan's ``+77`` numbers; the minus is inferred
    from the example).

    Args:
        code: The code's ASCII digits, 1..15 of them, kept as written.
        excluded: Whether the code is written with a leading ``-``.
    """

    code: str
    excluded: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not is_ascii_digits(self.code) or len(self.code) > 15:
            raise LocalProtocolError(
                f"fmts: a phone code must be 1..15 ASCII digits, got {short(str(self.code))}"
            )
        if not isinstance(self.excluded, bool):
            raise LocalProtocolError(f"fmts: excluded must be a bool, got {self.excluded!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneCodeFilter:
    """The value of users.php ``fmts``: phone codes a sub-client may send to.

    Spec (line 2341): "fmts A list of phone codes that you can send messages to."
    Example (line 2548): ``fmts=7,-77``.

    Args:
        rules: The codes in order (kept as given, duplicates included). An empty tuple is
            the empty parameter value ``fmts=``. Any iterable is stored as a tuple.
    """

    rules: tuple[PhoneCodeRule, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "rules", _as_tuple(self.rules, "fmts", "rules"))
        for rule in self.rules:
            if not isinstance(rule, PhoneCodeRule):
                raise LocalProtocolError(
                    f"fmts: rules must be PhoneCodeRule, got {type(rule).__name__}"
                )


def parse_phone_code_filter(text: str) -> PhoneCodeFilter:
    """Decode users.php ``fmts`` (spec line 2341, example ``7,-77`` at line 2548).

    Codes are separated by ``,``; spaces around a code are accepted and dropped (the
    canonical form has none). The empty text is the empty filter. Refused: empty entries,
    ``+`` signs, anything but ASCII digits after the optional ``-``.

    Args:
        text: The parameter value as it came from the wire.

    Returns:
        The decoded filter.

    Raises:
        RemoteProtocolError: The text is not a comma-separated list of ``[-]digits``.
    """
    if not text.strip(" "):
        if text:
            raise RemoteProtocolError("fmts: blank value (only spaces)")
        return PhoneCodeFilter(rules=())
    rules: list[PhoneCodeRule] = []
    for index, part in enumerate(text.split(",")):
        item = part.strip(" ")
        if not item:
            raise RemoteProtocolError(f"fmts: empty code at position {index + 1}")
        excluded = item[0] == "-"
        code = item[1:] if excluded else item
        if not is_ascii_digits(code) or len(code) > 15:
            raise RemoteProtocolError(
                f"fmts: a code must be [-] and 1..15 ASCII digits, got {short(item)}"
            )
        rules.append(PhoneCodeRule(code=code, excluded=excluded))
    return PhoneCodeFilter(rules=tuple(rules))


def format_phone_code_filter(value: PhoneCodeFilter) -> str:
    """Encode ``fmts`` canonically: codes joined by ``,``, excluded ones with ``-``.

    Args:
        value: The filter.

    Returns:
        The wire text, e.g. ``"7,-77"`` (``""`` for the empty filter).
    """
    return ",".join([("-" if rule.excluded else "") + rule.code for rule in value.rules])


@dataclass(frozen=True, slots=True, kw_only=True)
class IncomingPrefix:
    """An incoming SMS text that starts with a login prefix ``<login>: <text>``.

    Spec (line 3681): "sms_id ... This parameter is omitted if the message from the
    subscriber was sent to a dedicated incoming number or when the subscriber specified
    the prefix "login, colon and space"."

    The spec gives no login syntax; we accept 1..64 ASCII letters, digits, ``_``, ``.``
    and ``-``. Whether the gateway actually routed a message by its prefix depends on the
    login existing: the shape alone does not prove it (a missing ``sms_id`` does).

    Args:
        login: The client login the subscriber addressed.
        text: The rest of the message after ``": "`` (may be empty; kept exactly).
    """

    login: str
    text: str

    def __post_init__(self) -> None:
        if not isinstance(self.login, str) or not _LOGIN_RE.fullmatch(self.login):
            raise LocalProtocolError(
                "mes: a prefix login must be 1..64 ASCII letters, digits, '_', '.' or '-', "
                f"got {short(str(self.login))}"
            )
        if not isinstance(self.text, str):
            raise LocalProtocolError(f"mes: text must be a str, got {type(self.text).__name__}")


def parse_incoming_prefix(text: str) -> IncomingPrefix:
    """Split an incoming SMS ``mes`` into its login prefix and the rest.

    Spec (line 3681): the prefix is "login, colon and space". The login ends at the first
    ``": "``; nothing may precede it.

    Args:
        text: The incoming message text.

    Returns:
        The login and the remaining text.

    Raises:
        RemoteProtocolError: The text does not start with a login and ``": "``.
    """
    login, sep, rest = text.partition(": ")
    if not sep:
        raise RemoteProtocolError("mes: no login prefix ('<login>: ') in the message")
    with remote_errors():
        return IncomingPrefix(login=login, text=rest)


def format_incoming_prefix(value: IncomingPrefix) -> str:
    """Encode a prefixed incoming message as ``<login>: <text>``.

    Args:
        value: The login and text.

    Returns:
        The message text.
    """
    return f"{value.login}: {value.text}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ListEntry:
    """One line of the send.php/jobs.php ``list`` parameter.

    Spec (lines 138-141): "list A list of phone numbers and their corresponding messages
    ... phones1:mes1". Spec (lines 143-147): "... The following transmission format can
    be used for different messages: sender1,tz1|phones1:mes1 ... In this case, the tz
    parameter is optional."

    ``message`` is the decoded text: a newline is a real ``"\\n"`` here, whatever the
    wire spelling. A comment (spec line 363, example line 381) is part of the message,
    after ``"\\n~~~\\n"``; see :attr:`text` and :attr:`comment`.

    Args:
        phones: The recipients of this line.
        message: The message text. It must not contain a backslash followed by ``n``:
            that is the wire's newline escape (line 142) and the spec has no way to write
            it literally. Other characters, ``":"`` and ``"|"`` included, are free.
        sender: The sender name, or ``None`` for the default. It must be non-empty and
            hold no control character and none of ``,`` ``|`` ``:`` ``\\`` (they would
            change how the line splits); other characters and spaces are kept as given.
        tz: Hours from Moscow time (send.php ``tz``, spec line 67: "It is indicated
            relative to Moscow time. The tz parameter can be either positive or
            negative"), -15..11: the real zones UTC-12..UTC+14 seen from Moscow (UTC+3).
            Only allowed with a ``sender``.
    """

    phones: PhoneList
    message: str
    sender: str | None = None
    tz: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.phones, PhoneList):
            raise LocalProtocolError(
                f"list: phones must be a PhoneList, got {type(self.phones).__name__}"
            )
        if not isinstance(self.message, str):
            raise LocalProtocolError(
                f"list: message must be a str, got {type(self.message).__name__}"
            )
        if _ESCAPED_NL in self.message:
            raise LocalProtocolError(
                "list: a message cannot contain a backslash followed by 'n' "
                "(it is the newline escape and has no literal spelling)"
            )
        if self.sender is not None:
            if not isinstance(self.sender, str) or not self.sender:
                raise LocalProtocolError(
                    f"list: sender must be a non-empty str, got {self.sender!r}"
                )
            if _has_control(self.sender) or any(c in ",|:\\" for c in self.sender):
                raise LocalProtocolError(
                    "list: sender must not contain control characters or any of , | : \\, "
                    f"got {short(self.sender)}"
                )
        if self.tz is not None:
            if isinstance(self.tz, bool) or not isinstance(self.tz, int):
                raise LocalProtocolError(f"list: tz must be an int, got {self.tz!r}")
            if not _TZ_MIN <= self.tz <= _TZ_MAX:
                raise LocalProtocolError(f"list: tz must be {_TZ_MIN}..{_TZ_MAX}, got {self.tz}")
            if self.sender is None:
                raise LocalProtocolError("list: tz needs a sender (sender,tz|phones:mes)")

    @property
    def text(self) -> str:
        """The message without its comment (everything before the first ``"\\n~~~\\n"``).

        Spec (line 363): "... specify a special combination "\\n~~~\\n " at the end of the
        text ... and after that, any text that will be considered a comment will not be
        sent to the subscriber".
        """
        return self.message.partition(_COMMENT_MARK)[0]

    @property
    def comment(self) -> str | None:
        """The comment after the first ``"\\n~~~\\n"`` of the message, or ``None``."""
        _, mark, rest = self.message.partition(_COMMENT_MARK)
        return rest if mark else None


def _parse_tz(text: str) -> int:
    """Decode a list line's tz: an optional sign and 1..2 ASCII digits."""
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not is_ascii_digits(digits) or len(digits) > 2:
        raise RemoteProtocolError(f"list: tz must be [+-] and 1..2 ASCII digits, got {short(text)}")
    value = int(digits)
    return -value if text[0] == "-" else value


_Head: TypeAlias = tuple[PhoneList, str | None, int | None]


def _parse_head(head: str) -> _Head:
    """Decode ``[sender[,tz]|]phones`` (the part of a line before its first ``:``)."""
    sender: str | None = None
    tz: int | None = None
    bar = head.find("|")
    if bar >= 0:
        sender, comma, tz_text = head[:bar].partition(",")
        if not sender:
            raise RemoteProtocolError("list: empty sender before '|'")
        if comma:
            tz = _parse_tz(tz_text)
        head = head[bar + 1 :]
    return parse_phone_list(head), sender, tz


def _head_or_none(line: str) -> tuple[_Head, str] | None:
    """The decoded head and raw message of ``line``, or None when it does not start one."""
    colon = line.find(":")
    if colon < 0:
        return None
    try:
        return _parse_head(line[:colon]), line[colon + 1 :]
    except RemoteProtocolError:
        return None


def _strict_head(line: str, lineno: int) -> tuple[_Head, str]:
    """The decoded head and raw message of ``line``, or a RemoteProtocolError naming it."""
    colon = line.find(":")
    if colon < 0:
        raise RemoteProtocolError(f"list: line {lineno}: no ':' between phones and message")
    try:
        return _parse_head(line[:colon]), line[colon + 1 :]
    except RemoteProtocolError as exc:
        raise _with_line(exc, lineno) from None


def _with_line(exc: RemoteProtocolError, lineno: int) -> RemoteProtocolError:
    """Prefix a message with ``list: line N:`` (keeping the parameter name first)."""
    message = str(exc)
    for prefix in ("list: ", "phones: "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
            break
    return RemoteProtocolError(f"list: line {lineno}: {message}")


def _build(head: _Head, message: str, lineno: int) -> ListEntry:
    """Build one entry, naming its (first) line in any error."""
    phones, sender, tz = head
    try:
        with remote_errors():
            return ListEntry(phones=phones, message=message, sender=sender, tz=tz)
    except RemoteProtocolError as exc:
        raise _with_line(exc, lineno) from None


def parse_list(text: str, *, nl: bool = False) -> tuple[ListEntry, ...]:
    """Decode the send.php/jobs.php ``list`` parameter.

    Spec (line 142): "Lines are separated by a newline character (%0A). As phones, you
    can specify multiple phone numbers separated by commas. If you want to pass a newline
    character in the mes message, specify it with \\n. If it is not possible to correct
    the text of a multi-line message, it is possible to enable a special mode ... pass the
    nl parameter equal to 1". Examples (lines 336 and 381), decoded (``⏎`` is a real
    newline, ``\\n`` the two characters backslash and ``n``)::

        79999999999:Hello!⏎79999999999:Hello\\nworld!
        79999999999:Hello1!\\n~~~\\nComment1⏎78888888888:Hello2!\\n~~~\\nComment2

    A line is ``[sender[,tz]|]phones:mes``. Its first ``:`` ends the phones (phones
    cannot contain ``:``), so the message may hold ``:`` and ``|``. The spec says phones
    and text are "separated by a colon or semicolon" (line 138, INC-64); since ``;`` also
    separates phones, only ``:`` is read as that separator and a ``;`` in front of the
    first ``:`` separates phones.

    With ``nl=False`` (default) every line is an entry (so empty lines are refused) and
    each backslash + ``n`` in a message is decoded to a newline. With ``nl=True`` (the
    ``nl=1`` mode) messages hold real newlines: a line that starts with a valid
    ``[sender[,tz]|]phones:`` head begins a new entry, any other line continues the
    previous message. In that mode a backslash + ``n`` is refused: the spec does not say
    whether the escape still applies there.

    Canonical form: see :func:`format_list`. Accepted alternative spellings: those of
    :func:`parse_phone_list` in the phones part, and ``+3``/``03``/``-0`` for tz
    ``3``/``3``/``0``.

    Args:
        text: The parameter value as it came from the wire.
        nl: Whether the request carried ``nl=1``.

    Returns:
        The entries in order (at least one).

    Raises:
        RemoteProtocolError: The text is not a valid list.
    """
    lines = text.split("\n")
    entries: list[ListEntry] = []
    if not nl:
        for lineno, line in enumerate(lines, 1):
            head, raw = _strict_head(line, lineno)
            entries.append(_build(head, raw.replace(_ESCAPED_NL, "\n"), lineno))
        return tuple(entries)

    head, raw = _strict_head(lines[0], 1)
    start = 1
    parts = [raw]
    for lineno in range(2, len(lines) + 1):
        line = lines[lineno - 1]
        found = _head_or_none(line)
        if found is None:
            parts.append(line)
            continue
        entries.append(_nl_entry(head, parts, start))
        head, raw = found
        start = lineno
        parts = [raw]
    entries.append(_nl_entry(head, parts, start))
    return tuple(entries)


def _nl_entry(head: _Head, parts: list[str], lineno: int) -> ListEntry:
    """Build one ``nl=1`` entry from its message lines."""
    message = "\n".join(parts)
    if _ESCAPED_NL in message:
        raise RemoteProtocolError(
            f"list: line {lineno}: a backslash followed by 'n' is ambiguous with nl=1 "
            "(the spec does not say whether the escape applies)"
        )
    return _build(head, message, lineno)


def _format_head(entry: ListEntry) -> str:
    phones = format_phone_list(entry.phones)
    if entry.sender is None:
        return phones
    if entry.tz is None:
        return f"{entry.sender}|{phones}"
    return f"{entry.sender},{entry.tz}|{phones}"


def format_list(entries: Sequence[ListEntry], *, nl: bool = False) -> str:
    """Encode the ``list`` parameter canonically.

    Lines ``[sender[,tz]|]phones:mes`` joined by ``"\\n"`` (``%0A`` once urlencoded,
    spec line 142); phones as :func:`format_phone_list` writes them, tz as a plain signed
    integer (``3``, ``-2``). With ``nl=False`` each newline of a message is written as
    backslash + ``n``; with ``nl=True`` (send ``nl=1`` too) it is written as a real
    newline.

    Args:
        entries: The entries (at least one).
        nl: Whether to use the ``nl=1`` mode.

    Returns:
        The wire text.

    Raises:
        LocalProtocolError: No entries, a non-:class:`ListEntry` item, or (``nl=True``) a
            message line after a newline that would read as the start of a new entry.
    """
    if not entries:
        raise LocalProtocolError("list: at least one entry is needed")
    lines: list[str] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, ListEntry):
            raise LocalProtocolError(f"list: entries must be ListEntry, got {type(entry).__name__}")
        message = entry.message
        if not nl:
            message = message.replace("\n", _ESCAPED_NL)
        elif "\n" in message:
            for line in message.split("\n")[1:]:
                if _head_or_none(line) is not None:
                    raise LocalProtocolError(
                        f"list: entry {index + 1}: with nl=1 the message line {short(line)} "
                        "would start a new entry"
                    )
        lines.append(f"{_format_head(entry)}:{message}")
    return "\n".join(lines)
