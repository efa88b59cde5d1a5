"""Hypothesis strategies for tinyurls.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.tinyurls import TinyurlsGet
from ._commands_common import command_kwargs

__all__ = ["tinyurls_get_commands"]

# Links are free text without line breaks: ASCII addresses, and Cyrillic (IDN domains and
# paths as users type them) and emoji.
_LINKS = st.one_of(
    st.sampled_from(["mywebsite.ru", "https://smscentre.com/?a=1&b=2#x", "сайт.рф/путь", "🙂.ws"]),
    # Control characters (CR and LF among them) excluded: a link is one line.
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=30),
)


def tinyurls_get_commands() -> st.SearchStrategy[TinyurlsGet]:
    """Valid :class:`~smsc_proto.commands.TinyurlsGet` commands: ``link`` or ``id``."""
    return st.one_of(
        st.builds(TinyurlsGet, link=_LINKS, **command_kwargs()),
        st.builds(TinyurlsGet, id=st.integers(1, 2_147_483_647), **command_kwargs()),
    )
