"""Hypothesis strategies for smsc_proto.values._voice (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from ..values._voice import VOICE_NAMES, CallParam, Voice

__all__ = ["call_params", "voices"]


def voices() -> st.SearchStrategy[Voice]:
    """Valid :class:`~smsc_proto.values.Voice` values, with and without a language.

    Spec (lines 110-119): voices ``m`` .. ``w4``, optionally ``,<lang>``.
    """
    langs = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=2)
    return st.builds(Voice, name=st.sampled_from(VOICE_NAMES), lang=st.none() | langs)


def call_params(*, operating_only: bool = False) -> st.SearchStrategy[CallParam]:
    """Valid :class:`~smsc_proto.values.CallParam` values.

    Spec (lines 122-124): by default any value the server accepts (w 0..99, i 0..3600,
    n 0..9), which ``format_call_param(p, strict=False)`` writes; with
    ``operating_only=True`` only the operating ranges (w 10..35, i 10..3600, n 1..9),
    which the strict ``format_call_param(p)`` writes.

    Args:
        operating_only: Generate only values the server uses unchanged.
    """
    low_wait, high_wait, low_interval, low_attempts = (
        (10, 35, 10, 1) if operating_only else (0, 99, 0, 0)
    )
    return st.builds(
        CallParam,
        wait=st.integers(low_wait, high_wait),
        interval=st.integers(low_interval, 3600),
        attempts=st.integers(low_attempts, 9),
    )
