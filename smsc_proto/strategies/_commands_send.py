"""Hypothesis strategies for send.php and rest/send commands (private).

One composite draws the shared message fields for a message kind picked first (SMS,
flash, binary, WAP push, HLR, ping, MMS, e-mail, soc, viber, WhatsApp, voice call,
telegram, a prefixed text, or a ``list``), so that every drawn command satisfies the
cross-field rules by construction; ``jobs.php?add=1`` reuses it.
"""

from __future__ import annotations

import string
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from .._scripts.send import RestSend, Send
from .._wire import Attachment
from ..values import (
    MAX_MESSAGE_CHARS,
    ListEntry,
    MessagePrefix,
    PhoneList,
    PrefixedMessage,
    Recipient,
    SendAt,
    format_binary,
    format_button,
    format_ivr,
    format_list,
    format_prefixed_message,
    format_wap_push,
)
from ._binary import binary_messages, wap_pushes
from ._commands_common import command_kwargs
from ._ivr import ivr_menus
from ._macros import buttons
from ._phones import email_addresses, group_codes, phones, telegram_ids, telegram_nicks
from ._time import freqs, message_ids, periods, send_times, tz_offsets, valids
from ._voice import call_params, voices

__all__ = ["rest_send_commands", "send_commands"]

# Message kinds, drawn first. "prefix" is a kind picked by a __PREFIX__ in the text.
_KINDS = (
    "sms",
    "flash",
    "bin",
    "push",
    "hlr",
    "ping",
    "mms",
    "mail",
    "soc",
    "viber",
    "whatsapp",
    "call",
    "bot",
    "prefix",
)
# Kinds whose requests may carry a list instead of phones + mes.
_LIST_KINDS = ("sms", "flash", "soc", "whatsapp")
_PREFIXES = (
    MessagePrefix.CALL,
    MessagePrefix.VIBER,
    MessagePrefix.SOC,
    MessagePrefix.BOT,
    MessagePrefix.PING,
    MessagePrefix.HLR,
)
# Any text but lone surrogates (no charset carries them).
_CHARS = st.characters(codec="utf-8")
_TEXTS = st.text(_CHARS, min_size=1, max_size=30).filter(
    lambda text: "{button" not in text and "{menu" not in text.lower()
)
_LINE = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=20)
_PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_SENDER_NAMES = st.one_of(
    st.text(_PRINTABLE, min_size=1, max_size=11).filter(lambda s: not s.isdigit()),
    st.text(string.digits, min_size=1, max_size=15),
)
_LIST_SENDERS = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters=",|:\\"),
    min_size=1,
    max_size=11,
)
_LIST_TEXTS = st.text(_CHARS, max_size=20).filter(lambda text: "\\n" not in text)
_FILEURLS = st.builds(
    lambda scheme, rest: scheme + "://" + rest,
    st.sampled_from(["http", "https", "HTTPS"]),
    st.text(
        st.characters(min_codepoint=0x21, exclude_characters="\x7f", exclude_categories=["Cs"]),
        min_size=1,
        max_size=20,
    ),
)
_BOTS = st.builds(
    lambda first, middle, suffix: "@" + first + middle + suffix,
    st.sampled_from(string.ascii_letters),
    st.text(string.ascii_letters + string.digits + "_", min_size=1, max_size=28),
    st.sampled_from(["bot", "Bot", "BOT"]),
)
_EXTENSIONS = {
    "mms": ["txt", "jpg", "gif", "png", "wav", "amr", "mp3", "mid", "mp4", "3gp"],
    "mail": ["pdf", "docx", "zip", "jpg"],
    "call": ["wav", "mp3", "MP3"],
    "viber": ["jpg", "png", "pdf", "mp4", "csv"],
}
_MAX_ATTACHMENTS = {"mms": 20, "mail": 20, "call": 4, "viber": 3}


def _short(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return strategy.filter(lambda text: len(text) <= MAX_MESSAGE_CHARS)


def _phone_lists(*kinds: st.SearchStrategy[Recipient]) -> st.SearchStrategy[PhoneList]:
    return st.builds(
        PhoneList,
        entries=st.lists(st.one_of(*kinds), min_size=1, max_size=3).map(tuple),
        trailing_comma=st.booleans(),
    )


_SMS_PHONES = _phone_lists(phones(), group_codes())
_MAIL_PHONES = _phone_lists(email_addresses(), group_codes())
_BOT_PHONES = _phone_lists(phones(), telegram_ids(), telegram_nicks(), group_codes())


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _attachments(kind: str) -> st.SearchStrategy[tuple[Attachment, ...]]:
    one = st.builds(
        lambda stem, extension, content: (stem + "." + extension, content),
        st.text(string.ascii_letters + string.digits + "_ -", min_size=1, max_size=8),
        st.sampled_from(_EXTENSIONS[kind]),
        st.binary(max_size=32),
    )
    return st.lists(one, max_size=_MAX_ATTACHMENTS[kind]).map(
        lambda files: tuple(
            Attachment(name=f"file{index}", filename=filename, content=content)
            for index, (filename, content) in enumerate(files)
        )
    )


# Built once, like every strategy the composites below draw from: a strategy built inside
# a draw is validated anew on every example, which costs more than the draw.
_ATTACHMENTS = {kind: _attachments(kind) for kind in _EXTENSIONS}
_MAYBE_LIST_SENDERS = _maybe(_LIST_SENDERS)
_MAYBE_TZ = _maybe(tz_offsets())
_NL = st.sampled_from([None, False, True])
_LIST_LINES = st.integers(1, 3)
_MAYBE_TIME = _maybe(send_times())
_BIN = st.sampled_from([1, 2])
_BINARY = {
    1: _short(binary_messages().map(lambda m: format_binary(m, bin=1))),
    2: _short(binary_messages().map(lambda m: format_binary(m, bin=2))),
}
_WAP_PUSHES = wap_pushes()
_PROBES = {kind: _maybe(_TEXTS | st.just("__" + kind.upper() + "__")) for kind in ("hlr", "ping")}
_MMS = st.one_of(
    st.tuples(_TEXTS, _maybe(_LINE)),
    st.tuples(_maybe(st.just("")), _LINE),
)
_EMAILS = email_addresses()
_MAYBE_FILEURLS = _maybe(_FILEURLS)
_VIBER_TEXTS = (
    st.builds(lambda head, button: head + format_button(button), _TEXTS, buttons()) | _TEXTS
)
_VIBER = st.one_of(st.tuples(_VIBER_TEXTS, _MAYBE_FILEURLS), st.tuples(st.none(), _FILEURLS))
_CALL_TEXTS = _TEXTS | _short(ivr_menus(max_depth=2).map(format_ivr))
_CALL = st.one_of(st.tuples(_CALL_TEXTS, _MAYBE_FILEURLS), st.tuples(st.none(), _FILEURLS))
_MAYBE_VOICES = _maybe(voices())
_MAYBE_PARAMS = _maybe(call_params(operating_only=True))
_MAYBE_SMSREQ = _maybe(st.integers(10, 999))
_PREFIX = st.sampled_from(_PREFIXES)
_KIND = st.sampled_from(_KINDS)
_ONE_IN_TEN = st.integers(0, 9)
_ONE_IN_FOUR = st.integers(0, 3)
_MAYBE_SENDER_NAMES = _maybe(_SENDER_NAMES)
_MAYBE_TRANSLIT = _maybe(st.sampled_from([0, 1, 2]))
_MAYBE_FLAG = _maybe(st.booleans())
_MAYBE_PERIOD = _maybe(periods())
_MAYBE_FREQ = _maybe(freqs())
_MAYBE_VALID = _maybe(valids())
_MAYBE_ID = _maybe(message_ids())
_MAYBE_COST = _maybe(st.sampled_from([0, 1, 2, 3]))
_MAYBE_INT32 = _maybe(st.integers(1, 2_147_483_647))
_MAYBE_USERIP = _maybe(st.ip_addresses().map(str))
_MAYBE_IMGCODE = _maybe(st.text(string.ascii_letters + string.digits, min_size=1, max_size=64))


@st.composite
def _list_text(draw: st.DrawFn, timed: bool) -> tuple[str, bool | None]:
    """A ``list`` value of SMS lines (and the ``nl`` it is written for)."""
    entries = []
    for _ in range(draw(_LIST_LINES)):
        sender = draw(_MAYBE_LIST_SENDERS)
        tz = draw(_MAYBE_TZ) if sender is not None and timed else None
        entries.append(
            ListEntry(phones=draw(_SMS_PHONES), message=draw(_LIST_TEXTS), sender=sender, tz=tz)
        )
    nl = draw(_NL)
    try:
        text = format_list(entries, nl=bool(nl))
    except ValueError:
        assume(False)
        raise  # pragma: no cover - assume() raised
    return text, nl


_LIST_TEXTS_TIMED = {timed: _list_text(timed) for timed in (False, True)}


@st.composite
def _message_fields(draw: st.DrawFn, *, files: bool) -> tuple[str, dict[str, Any]]:
    """Draw the kind of a message and its shared fields (private helper).

    Args:
        files: Whether the command takes ``attachments``.

    Returns:
        The kind and the keyword arguments of the shared message fields.
    """
    kind = draw(_KIND)
    kw: dict[str, Any] = {}
    kw["time"] = draw(_MAYBE_TIME)
    if kind in _LIST_KINDS and draw(_ONE_IN_FOUR) == 0:
        kw["list"], kw["nl"] = draw(_LIST_TEXTS_TIMED[isinstance(kw["time"], SendAt)])
    else:
        phones_of = {"mail": _MAIL_PHONES, "bot": _BOT_PHONES}
        kw["phones"] = draw(phones_of.get(kind, _SMS_PHONES))
    in_list = "list" in kw

    if kind in ("sms", "flash", "soc", "whatsapp", "bot", "mail") and not in_list:
        kw["mes"] = draw(_TEXTS)
    if kind in ("flash", "soc", "whatsapp"):
        kw[kind] = True
    elif kind == "bin":
        kw["bin"] = draw(_BIN)
        kw["mes"] = draw(_BINARY[kw["bin"]])
    elif kind == "push":
        kw["push"] = True
        kw["mes"] = format_wap_push(draw(_WAP_PUSHES))
    elif kind in ("hlr", "ping"):
        kw[kind] = True
        kw["mes"] = draw(_PROBES[kind])
    elif kind == "mms":
        kw["mms"] = True
        kw["mes"], kw["subj"] = draw(_MMS)
    elif kind == "mail":
        kw["mail"] = True
        kw["subj"] = draw(_LINE)
        kw["sender"] = draw(_EMAILS).address
    elif kind == "viber":
        kw["viber"] = True
        kw["mes"], kw["fileurl"] = draw(_VIBER)
    elif kind == "call":
        kw["call"] = True
        kw["mes"], kw["fileurl"] = draw(_CALL)
        kw["voice"] = draw(_MAYBE_VOICES)
        kw["param"] = draw(_MAYBE_PARAMS)
    elif kind == "bot":
        kw["bot"] = draw(_BOTS)
        kw["smsreq"] = draw(_MAYBE_SMSREQ)
    elif kind == "prefix":
        prefix = draw(_PREFIX)
        body = "" if prefix in (MessagePrefix.PING, MessagePrefix.HLR) else draw(_TEXTS)
        kw["mes"] = format_prefixed_message(PrefixedMessage(prefix=prefix, message=body))
        if prefix is MessagePrefix.CALL:
            kw["voice"] = draw(_MAYBE_VOICES)
    if files and kind in _EXTENSIONS:
        kw["attachments"] = draw(_ATTACHMENTS[kind])

    if kind != "mail":
        kw["sender"] = draw(_MAYBE_SENDER_NAMES)
    if "fileurl" not in kw:
        kw["fileurl"] = draw(_MAYBE_FILEURLS)
    kw["translit"] = draw(_MAYBE_TRANSLIT)
    kw["tinyurl"] = draw(_MAYBE_FLAG)
    kw["tz"] = draw(_MAYBE_TZ)
    kw["period"] = draw(_MAYBE_PERIOD)
    if kw["period"] is not None:
        kw["freq"] = draw(_MAYBE_FREQ)
    kw["valid"] = draw(_MAYBE_VALID)
    # A kind flag set to 0 says "normal message": it may ride along with any kind.
    for name in ("hlr", "ping", "mms", "soc", "whatsapp"):
        if name not in kw and draw(_ONE_IN_TEN) == 0:
            kw[name] = False
    return kind, kw


@st.composite
def _send_kwargs(draw: st.DrawFn, *, files: bool) -> dict[str, Any]:
    _kind, kw = draw(_MESSAGE_FIELDS[files])
    kw["id"] = draw(_MAYBE_ID)
    kw["cost"] = draw(_MAYBE_COST)
    kw["maxsms"] = draw(_MAYBE_INT32)
    kw["userip"] = draw(_MAYBE_USERIP)
    if kw["userip"] is not None:
        kw["imgcode"] = draw(_MAYBE_IMGCODE)
    kw["err"] = draw(_MAYBE_FLAG)
    kw["op"] = draw(_MAYBE_FLAG)
    kw["pp"] = draw(_MAYBE_INT32)
    for name, strategy in command_kwargs().items():
        kw[name] = draw(strategy)
    return _carriable_bin1(kw)


_MESSAGE_FIELDS = {files: _message_fields(files=files) for files in (False, True)}


def _carriable_bin1(kw: dict[str, Any]) -> dict[str, Any]:
    """Move a ``bin=1`` message whose bytes the drawn charset cannot carry to koi8-r.

    ``bin=1`` bytes travel as the charset's characters for them; koi8-r has one for every
    byte, windows-1251 lacks 0x98 and utf-8 lacks most high bytes.
    """
    mes = kw.get("mes")
    if kw.get("bin") == 1 and mes:
        try:
            mes.encode("latin-1").decode(kw.get("charset") or "windows-1251")
        except UnicodeDecodeError:
            return {**kw, "charset": "koi8-r"}
    return kw


def send_commands() -> st.SearchStrategy[Send]:
    """Valid :class:`~smsc_proto.commands.Send` commands of every message kind.

    SMS, flash, binary (``bin`` 1/2), WAP push, HLR, ping, MMS, e-mail, soc, viber
    (buttons, ``fileurl``), WhatsApp, voice calls (IVR menus, ``voice``, ``param``),
    telegram (``bot``, ``smsreq``, ``#ID``/``@nick``), prefixed texts and ``list``
    requests (both ``nl`` modes), with attachments within the documented limits.
    """
    return _send_kwargs(files=True).map(lambda kw: Send(**kw))


def rest_send_commands() -> st.SearchStrategy[RestSend]:
    """Valid :class:`~smsc_proto.commands.RestSend` commands (as :func:`send_commands`,
    without attachments: a JSON body carries no files)."""
    return _send_kwargs(files=False).map(lambda kw: RestSend(**kw))
