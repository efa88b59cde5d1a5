"""Hypothesis strategies for tinyurls.php reply models (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.tinyurls import TinyurlsGetReply

__all__ = ["tinyurls_get_replies"]

# Short links as the gateway writes them, and any one-line text in the letters every
# protocol charset carries (windows-1251, koi8-r, utf-8): ASCII and Cyrillic.
_LETTERS = "".join(map(chr, range(0x20, 0x7F))) + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯ"
_LINKS = st.one_of(
    st.sampled_from(["https://smsc.ru/abc1", "smsc.ru/x?a=1,b=2", "сайт.рф/путь, да"]),
    st.text(_LETTERS, min_size=1, max_size=30),
)
_COUNTS = st.integers(0, 10**9)


def tinyurls_get_replies() -> st.SearchStrategy[TinyurlsGetReply]:
    """Complete :class:`~smsc_proto.responses.TinyurlsGetReply` models."""
    return st.builds(
        TinyurlsGetReply,
        id=st.integers(1, 2_147_483_647),
        cnt=_COUNTS,
        cnt_mon=_COUNTS,
        cnt_day=_COUNTS,
        cnt_yes=_COUNTS,
        cnt_pmon=_COUNTS,
        link=_LINKS,
    )
