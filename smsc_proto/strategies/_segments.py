"""Hypothesis strategies for SMS segmentation."""

from __future__ import annotations

from hypothesis import strategies as st

from ..values._segments import (
    GSM7_BASIC_CHARS,
    GSM7_EXTENSION_CHARS,
    MAX_MESSAGE_CHARS,
    SegmentInfo,
    count_segments,
)

__all__ = ["segment_infos", "sms_texts"]


def sms_texts(max_size: int = MAX_MESSAGE_CHARS) -> st.SearchStrategy[str]:
    """Message texts around the segment limits.

    Texts of GSM 7-bit characters only (basic and extension table) and texts mixing
    them with Cyrillic and characters outside the BMP, up to ``max_size`` characters.

    Args:
        max_size: The longest text (the default is the ``mes`` limit, 1000).
    """
    gsm = st.sampled_from(sorted(GSM7_BASIC_CHARS | GSM7_EXTENSION_CHARS))
    other = st.sampled_from(["я", "Ж", "á", "ё", "\U0001f600", "中"])
    return st.one_of(
        st.text(alphabet=gsm, max_size=max_size),
        st.text(alphabet=st.one_of(gsm, other), max_size=max_size),
    )


def segment_infos() -> st.SearchStrategy[SegmentInfo]:
    """:class:`~smsc_proto.values.SegmentInfo` values, as counted for :func:`sms_texts`."""
    return sms_texts().map(count_segments)
