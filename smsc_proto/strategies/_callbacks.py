"""Hypothesis strategies for callbacks, their signatures and handler URLs (private).

Every callback drawn can be written in every fmt (form, XML, JSON) and charset it names
(its text uses characters windows-1251, koi8-r and utf-8 all carry, and no character
XML 1.0 refuses), and reads back equal. It carries the parameters its kind always
carries (``_REQUIRED`` of each model): the codec refuses a callback without them.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Final, Literal, TypeVar

from hypothesis import strategies as st

from .._callbacks import (
    _CONFIRMATION_CODECS,
    _FIELD_CODECS,
    _INCOMING_CODECS,
    Callback,
    CallConfirmation,
    IncomingMessage,
    StatusCallback,
)
from .._charsets import CHARSETS
from .._handler_url import HandlerUrl
from .._signature import SIGNATURE_ALGORITHMS, SignatureAlgorithm, callback_signature
from ._flags import message_types, status_flags
from ._replies import money_amounts
from ._time import message_ids, short_datetimes

__all__ = [
    "call_confirmations",
    "callback_phones",
    "callback_secrets",
    "callback_texts",
    "callbacks",
    "handler_urls",
    "incoming_messages",
    "signed_callbacks",
    "status_callbacks",
]

T = TypeVar("T")

# Characters every charset of the protocol carries, the separators of a form, an XML
# document and a signed string, and the white space XML keeps.
_ALPHABET: Final = (
    "ABXYZabxyz0189 .,-_()'!?=&+%#;:<>\"/\\\t\n\rабвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙЯ"
)
_RESERVED: Final = (
    frozenset(_FIELD_CODECS)
    | frozenset(_INCOMING_CODECS)
    | frozenset(_CONFIRMATION_CODECS)
    | {"charset", "fmt", *SIGNATURE_ALGORITHMS}
)
_STAMPS: Final = st.integers(0, 2**40)


def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


def callback_texts(*, max_size: int = 20) -> st.SearchStrategy[str]:
    """Free text (``mes``, ``cmt``, names) that every fmt and charset can carry."""
    return st.text(_ALPHABET, max_size=max_size)


def callback_phones() -> st.SearchStrategy[str]:
    """Phone numbers (with and without ``+``) and e-mail addresses: no ``:`` in them."""
    numbers = st.from_regex(r"\+?[0-9]{3,15}", fullmatch=True)
    emails = st.from_regex(r"[a-z0-9._]{1,10}@[a-z0-9]{1,10}\.[a-z]{2,4}", fullmatch=True)
    return st.one_of(numbers, emails)


def callback_secrets() -> st.SearchStrategy[str]:
    """Handler secrets: 1..32 Latin letters, digits, ``-`` and ``_`` (line 3619)."""
    return st.from_regex(r"[A-Za-z0-9_-]{1,32}", fullmatch=True)


def _extra_names() -> st.SearchStrategy[str]:
    return st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True).filter(
        lambda name: name not in _RESERVED and not name.startswith("xml")
    )


def _extras() -> st.SearchStrategy[tuple[tuple[str, str], ...]]:
    pairs = st.lists(
        st.tuples(_extra_names(), callback_texts(max_size=8)),
        max_size=3,
        unique_by=lambda pair: pair[0],
    )
    return pairs.map(tuple)


def _common() -> dict[str, st.SearchStrategy[Any]]:
    return {"extra": _extras(), "charset": st.sampled_from(CHARSETS)}


def status_callbacks() -> st.SearchStrategy[StatusCallback]:
    """:class:`~smsc_proto.StatusCallback` values, HLR and voice-menu extras included."""
    digits = st.from_regex(r"[0-9]{0,15}", fullmatch=True)
    text = callback_texts()
    return st.builds(
        StatusCallback,
        id=message_ids(),
        phone=callback_phones(),
        status=st.integers(-3, 25),
        time=_maybe(short_datetimes()),
        ts=_maybe(_STAMPS),
        err=_maybe(st.integers(0, 2**31 - 1)),
        syserr=_maybe(text),
        cnt=_maybe(st.integers(0, 2**31 - 1)),
        type=_maybe(message_types()),
        cost=_maybe(money_amounts(signed=False)),
        flag=_maybe(status_flags()),
        sender=_maybe(text),
        dtmf=_maybe(st.from_regex(r"[0-9*#]{0,10}", fullmatch=True)),
        cmt=_maybe(text),
        imsi=_maybe(digits),
        msc=_maybe(digits),
        mcc=_maybe(digits),
        mnc=_maybe(digits),
        cn=_maybe(text),
        net=_maybe(text),
        rcn=_maybe(text),
        rnet=_maybe(text),
        calltime=_maybe(text),
        callmenu=_maybe(text),
        ringtime=_maybe(text),
        **_common(),
    )


def incoming_messages() -> st.SearchStrategy[IncomingMessage]:
    """:class:`~smsc_proto.IncomingMessage` values (``mes`` may hold ``:``)."""
    return st.builds(
        IncomingMessage,
        id=st.integers(1, 2**40),
        sms_id=_maybe(message_ids()),
        phone=callback_phones(),
        mes=callback_texts(max_size=40),
        to=st.one_of(st.just(""), callback_phones()),
        smsc=_maybe(callback_texts()),
        sent=_maybe(_STAMPS),
        time=_maybe(_STAMPS),
        **_common(),
    )


def call_confirmations() -> st.SearchStrategy[CallConfirmation]:
    """:class:`~smsc_proto.CallConfirmation` values."""
    return st.builds(CallConfirmation, phone=callback_phones(), ts=_STAMPS, **_common())


def callbacks() -> st.SearchStrategy[Callback]:
    """A callback of any of the three kinds."""
    return st.one_of(status_callbacks(), incoming_messages(), call_confirmations())


# Built once: a strategy built inside a draw is validated anew on every example.
_SECRETS: Final = callback_secrets()
_ALGORITHMS: Final = st.sampled_from(SIGNATURE_ALGORITHMS)


@st.composite
def _signed(
    draw: st.DrawFn, kinds: st.SearchStrategy[Callback], algorithm: SignatureAlgorithm | None
) -> tuple[Callback, str]:
    # Every kind's strategy draws the fields of its signed string (they are required).
    cb = draw(kinds)
    secret = draw(_SECRETS)
    chosen: SignatureAlgorithm = algorithm if algorithm is not None else draw(_ALGORITHMS)
    signature = callback_signature(cb, secret, chosen)
    return dataclasses.replace(cb, algorithm=chosen, signature=signature), secret


def signed_callbacks(
    *,
    algorithm: SignatureAlgorithm | None = None,
    kind: Literal["status", "incoming", "confirmation"] | None = None,
) -> st.SearchStrategy[tuple[Callback, str]]:
    """``(callback, secret)`` pairs: the callback carries its correct signature.

    Args:
        algorithm: Sign with this algorithm only (any of the three by default).
        kind: Draw only ``"status"`` (:class:`~smsc_proto.StatusCallback`),
            ``"incoming"`` (:class:`~smsc_proto.IncomingMessage`) or ``"confirmation"``
            (:class:`~smsc_proto.CallConfirmation`) callbacks.
    """
    kinds: st.SearchStrategy[Callback] = {
        None: callbacks(),
        "status": status_callbacks(),
        "incoming": incoming_messages(),
        "confirmation": call_confirmations(),
    }[kind]
    return _signed(kinds, algorithm)


@st.composite
def _handler_urls(draw: st.DrawFn) -> HandlerUrl:
    algorithm = draw(st.one_of(st.none(), st.sampled_from(SIGNATURE_ALGORITHMS)))
    names = draw(st.lists(_extra_names(), max_size=4, unique=True))
    split = draw(st.integers(0, len(names)))
    # Cyrillic too: every charset carries it, and the GET part of a koi8-r handler must
    # come back in koi8-r when an fmt=2/3 body travels in windows-1251.
    values = st.from_regex(r"[A-Za-z0-9_.\-А-Яа-яЁё]{0,6}", fullmatch=True)
    return HandlerUrl(
        base=draw(st.from_regex(r"https?://[a-z]{1,8}\.ru(/[a-z0-9_.]{0,8}){0,2}", fullmatch=True)),
        charset=draw(st.one_of(st.none(), st.sampled_from(CHARSETS))),
        fmt=draw(st.sampled_from((None, 2, 3))),
        algorithm=algorithm,
        secret=draw(callback_secrets()) if algorithm else None,
        get=tuple((name, draw(values)) for name in names[:split]),
        post=tuple((name, draw(values)) for name in names[split:]),
    )


def handler_urls() -> st.SearchStrategy[HandlerUrl]:
    """:class:`~smsc_proto.HandlerUrl` values: any charset, fmt, algorithm, GET/POST split."""
    return _handler_urls()
