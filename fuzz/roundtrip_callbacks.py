"""The target of ``fuzz_roundtrip_callbacks.py``: the callback encoder, decoded back.

Invariant (issue 11 §6): for every callback the shipped strategies draw -- a status
(HLR and voice extras included), an incoming message or a call confirmation
(:func:`~smsc_proto.strategies.callbacks`), unsigned or carrying its signature
(:func:`~smsc_proto.strategies.signed_callbacks`) -- written by
:func:`~smsc_proto.encode_callback` in every fmt (0: a form, 2: XML, 3: JSON), in its
own charset or another one named by the ``charset`` argument, and possibly signed by the
encoder (``sign=``), the encoder either raises ``LocalProtocolError`` or writes a body
that :func:`~smsc_proto.decode_callback` reads back as the callback (with the charset
it was written in, and the signature the encoder put in), however the handler receives
it:

- the POST body with its Content-Type, with and without the handler's ``charset``
  argument;
- for a form: the same bytes as the query string (a GET), split between the query and
  the body at any parameter (a handler URL's GET part), or as the ``(name, value)``
  pairs a web framework decodes from it;

and a callback signed for the charset it travels in passes
:func:`~smsc_proto.verify_callback` with its secret and algorithm. Anything else
(another exception, a different value, a decoder refusing what an encoder wrote, a
signature that no longer verifies) is a bug.

Hypothesis' ``fuzz_one_input`` turns the fuzzer's bytes into the drawn values
(:func:`fuzz_target`); the test suite runs :func:`check` on 150 generated examples and
on every seed (``tests/test_fuzz_roundtrip.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qsl

from hypothesis import strategies as st
from roundtrip_common import Counts
from roundtrip_common import fuzz_target as _fuzz_target

from smsc_proto import (
    CHARSETS,
    DEFAULT_CHARSET,
    FORM_CONTENT_TYPE,
    SIGNATURE_ALGORITHMS,
    Callback,
    LocalProtocolError,
    SignatureAlgorithm,
    callback_signature,
    decode_callback,
    encode_callback,
    verify_callback,
)
from smsc_proto.strategies import callback_secrets, callbacks, signed_callbacks

__all__ = ["COUNTS", "Case", "check", "fuzz_target", "inputs", "kind", "read"]

Delivery = Literal["body", "query", "split", "pairs"]

#: What each harness run has done (printed by the harness now and then).
COUNTS: Final = Counts("roundtrip_callbacks")

# Built once: a strategy built inside a draw is validated anew on every example.
_UNSIGNED: Final = callbacks().map(lambda cb: (cb, None))
_SIGNED: Final = signed_callbacks()
_FMTS: Final = st.sampled_from((0, 2, 3))
_ANY: Final = st.one_of(_UNSIGNED, _SIGNED)
_THREE_IN_FOUR: Final = st.integers(0, 3)
_CHARSET_ARGS: Final = st.sampled_from((None, *CHARSETS))
_XML_JSON_CHARSET_ARGS: Final = st.sampled_from((None, "windows-1251", "utf-8"))
_SIGN: Final = st.none() | st.tuples(st.sampled_from(SIGNATURE_ALGORITHMS), callback_secrets())
_DELIVERY_NAMES: Final[tuple[Delivery, ...]] = ("body", "query", "split", "pairs")
_DELIVERIES: Final = st.sampled_from(_DELIVERY_NAMES)
_HANDLER_CHARSET: Final = st.booleans()
_SPLIT: Final = st.integers(0, 60)


@dataclass(frozen=True)
class Case:
    """One drawn input: a callback (and the secret it is signed with) and how it travels."""

    callback: Callback
    secret: str | None
    fmt: int
    charset: str | None
    sign: tuple[SignatureAlgorithm, str] | None
    delivery: Delivery
    handler_charset: bool
    split: int


@st.composite
def _cases(draw: st.DrawFn) -> Case:
    sign = draw(_SIGN)
    # The encoder signs only a callback with every field of the signed string (it
    # refuses the others): mostly such callbacks, then.
    signed_only = sign is not None and draw(_THREE_IN_FOUR) > 0
    cb, secret = draw(_SIGNED if signed_only else _ANY)
    fmt = draw(_FMTS)
    # koi8-r is not used with fmt=2/3 (line 3609): the encoder refuses it, so the
    # argument names it for forms only (a koi8-r callback still meets fmt=2/3).
    charset = draw(_CHARSET_ARGS if fmt == 0 else _XML_JSON_CHARSET_ARGS)
    # Only a form travels in a query string or as a framework's decoded pairs.
    delivery: Delivery = draw(_DELIVERIES) if fmt == 0 else "body"
    return Case(cb, secret, fmt, charset, sign, delivery, draw(_HANDLER_CHARSET), draw(_SPLIT))


def inputs() -> st.SearchStrategy[Case]:
    """The drawn inputs of the harness."""
    return _cases()


def kind(case: Case) -> str:
    """What ``case`` exercises, for seed names: the kind, fmt, delivery, signing."""
    signed = "signed" if case.sign is not None or case.secret is not None else "unsigned"
    return f"{type(case.callback).__name__}_fmt{case.fmt}_{case.delivery}_{signed}"


def _codec(charset: str) -> str:
    return {"windows-1251": "cp1251", "koi8-r": "koi8_r", "utf-8": "utf-8"}[charset]


def read(case: Case, body: bytes, content_type: str, charset: str) -> Callback:
    """``body`` decoded as the handler receives it by ``case.delivery``."""
    handler = charset if case.handler_charset else None
    if case.delivery == "body":
        return decode_callback((), body, content_type, charset=handler)
    if case.delivery == "query":
        return decode_callback(body, charset=handler)
    if case.delivery == "split":
        pairs = body.split(b"&")
        cut = case.split % (len(pairs) + 1)
        query, rest = b"&".join(pairs[:cut]), b"&".join(pairs[cut:])
        return decode_callback(query, rest or None, FORM_CONTENT_TYPE, charset=handler)
    # A framework decodes the form in the handler's charset, "+" as a space.
    text = body.decode("ascii")
    decoded = parse_qsl(text, keep_blank_values=True, encoding=_codec(charset), errors="strict")
    return decode_callback(decoded, charset=handler)


def check(case: Case) -> None:
    """Run the invariant on one drawn input."""
    cb = case.callback
    try:
        body, content_type = encode_callback(cb, case.fmt, case.charset, case.sign)
    except LocalProtocolError:
        COUNTS.refused += 1
        return
    charset = case.charset or cb.charset or DEFAULT_CHARSET
    expected = dataclasses.replace(cb, charset=charset)
    if case.sign is not None:
        algorithm, secret = case.sign
        signature = callback_signature(expected, secret, algorithm)
        expected = dataclasses.replace(expected, algorithm=algorithm, signature=signature)
    got = read(case, body, content_type, charset)
    assert got == expected, f"{case!r}\n{body!r}\n read {got!r}"
    # The signature verifies where it was made for the charset the callback travels in.
    if case.sign is not None:
        verify_callback(got, case.sign[1], case.sign[0])
    elif case.secret is not None and cb.algorithm is not None and charset == cb.charset:
        verify_callback(got, case.secret, cb.algorithm)
    COUNTS.passed += 1


def fuzz_target() -> Callable[[bytes], bytes | None]:
    """``fuzz_one_input`` of a Hypothesis test of :func:`check` over :func:`inputs`."""
    return _fuzz_target(inputs(), check, COUNTS)
