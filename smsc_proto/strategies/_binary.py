"""Hypothesis strategies for smsc_proto.values._binary (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from ..values._binary import (
    COMMENT_SEPARATOR,
    BinaryMessage,
    CommentedMessage,
    Concatenation,
    PidDcsTrailer,
    PortAddressing,
    RawElement,
    Udh,
    UdhElement,
    WapPush,
)

__all__ = [
    "binary_messages",
    "commented_messages",
    "concatenations",
    "pid_dcs_trailers",
    "port_addressings",
    "raw_elements",
    "udh_elements",
    "udhs",
    "wap_pushes",
]

# Text biased towards the separator's characters so that messages and comments often
# contain "\n", "~" and whole separators.
_MESSAGE_TEXT = st.text(
    alphabet=st.sampled_from(["\n", "~", "a", "Я", " "]) | st.characters(), max_size=30
)
_MODELLED_IEIS = frozenset({0x00, 0x04, 0x05, 0x08})


def _splits_back(pair: tuple[str, str | None]) -> bool:
    # With a comment, the first separator of message + separator must be the added one
    # (a message ending in "\n~~~" would overlap it); see CommentedMessage.
    message, comment = pair
    return comment is None or (message + COMMENT_SEPARATOR).find(COMMENT_SEPARATOR) == len(message)


def commented_messages() -> st.SearchStrategy[CommentedMessage]:
    """Valid :class:`~smsc_proto.values.CommentedMessage` values.

    Messages never contain the separator (nor, with a comment, end in ``"\\n~~~"``);
    comments may contain anything, including further separators.
    """
    return (
        st.tuples(
            _MESSAGE_TEXT.filter(lambda message: COMMENT_SEPARATOR not in message),
            st.none() | _MESSAGE_TEXT,
        )
        .filter(_splits_back)
        .map(lambda pair: CommentedMessage(message=pair[0], comment=pair[1]))
    )


def pid_dcs_trailers() -> st.SearchStrategy[PidDcsTrailer]:
    """Valid :class:`~smsc_proto.values.PidDcsTrailer` values (both octets 0..255)."""
    octet = st.integers(0, 255)
    return st.builds(PidDcsTrailer, pid=octet, dcs=octet)


def concatenations() -> st.SearchStrategy[Concatenation]:
    """Valid :class:`~smsc_proto.values.Concatenation` elements, 8- and 16-bit."""

    @st.composite
    def build(draw: st.DrawFn) -> Concatenation:
        wide = draw(st.booleans())
        total = draw(st.integers(1, 255))
        return Concatenation(
            reference=draw(st.integers(0, 0xFFFF if wide else 0xFF)),
            total=total,
            sequence=draw(st.integers(1, total)),
            wide=wide,
        )

    return build()


def port_addressings() -> st.SearchStrategy[PortAddressing]:
    """Valid :class:`~smsc_proto.values.PortAddressing` elements, 8- and 16-bit."""

    @st.composite
    def build(draw: st.DrawFn) -> PortAddressing:
        wide = draw(st.booleans())
        port = st.integers(0, 0xFFFF if wide else 0xFF)
        return PortAddressing(destination=draw(port), source=draw(port), wide=wide)

    return build()


def raw_elements() -> st.SearchStrategy[RawElement]:
    """Valid :class:`~smsc_proto.values.RawElement` elements (unmodelled identifiers)."""
    return st.builds(
        RawElement,
        iei=st.integers(0, 255).filter(lambda iei: iei not in _MODELLED_IEIS),
        data=st.binary(max_size=12),
    )


def udh_elements() -> st.SearchStrategy[UdhElement]:
    """Any valid UDH information element."""
    return st.one_of(concatenations(), port_addressings(), raw_elements())


def udhs() -> st.SearchStrategy[Udh]:
    """Valid :class:`~smsc_proto.values.Udh` values: 1..6 elements of at most 255 bytes."""
    return st.builds(Udh, elements=st.lists(udh_elements(), min_size=1, max_size=6).map(tuple))


def binary_messages() -> st.SearchStrategy[BinaryMessage]:
    """Valid :class:`~smsc_proto.values.BinaryMessage` values.

    Every value formats with both ``bin=1`` and ``bin=2``: raw data that would read back
    as a ``bin=1`` trailer (it ends in ``"\\n~~~\\npid:..."``) is never generated.
    """
    payload = st.binary(max_size=40) | st.sampled_from(
        [b"\n~~~\n", b"\n~~~\npid", b"Hello, World!\n~~~\nx"]
    )
    return st.builds(
        BinaryMessage,
        udh=st.none() | udhs(),
        payload=payload,
        pid_dcs=st.none() | pid_dcs_trailers(),
    ).filter(_raw_round_trips)


def _raw_round_trips(message: BinaryMessage) -> bool:
    if message.pid_dcs is not None:
        return True
    text = message.to_bytes().decode("latin-1")
    index = text.rfind(COMMENT_SEPARATOR)
    return index < 0 or not text[index + len(COMMENT_SEPARATOR) :].startswith("pid:")


def wap_pushes() -> st.SearchStrategy[WapPush]:
    """Valid :class:`~smsc_proto.values.WapPush` values (single-line link and title)."""
    line = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=20)
    return st.builds(WapPush, link=line.filter(bool), title=line)
