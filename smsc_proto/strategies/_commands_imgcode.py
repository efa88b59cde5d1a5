"""Hypothesis strategies for imgcode.php commands (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._scripts.imgcode import ImgcodeImage
from ._commands_common import command_kwargs

__all__ = ["imgcode_image_commands"]

# Line 3735's token and what each click ("src+=1") makes of it, plus other digit forms.
_REFRESH = st.one_of(
    st.integers(0, 40).map(lambda clicks: "1.1" + "1" * clicks),
    st.from_regex(r"[0-9]{1,10}(\.[0-9]{1,10})?", fullmatch=True),
)
# Unknown parameters with a value (a name with an empty value may be a refresh token);
# Cyrillic and emoji because extra is free text in the request's charset.
_EXTRA = st.lists(
    st.tuples(
        st.sampled_from(["r", "lang", "t"]),
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=8)
        | st.sampled_from(["Привет", "🙂"]),
    ),
    max_size=2,
    unique_by=lambda pair: pair[0],
).map(tuple)


def imgcode_image_commands() -> st.SearchStrategy[ImgcodeImage]:
    """Valid :class:`~smsc_proto.commands.ImgcodeImage` commands.

    No credentials and no ``fmt`` (refused); a refresh token or none, a charset or none,
    and up to two unknown parameters with non-empty values.
    """
    return st.builds(
        ImgcodeImage,
        refresh=st.none() | _REFRESH,
        charset=command_kwargs()["charset"],
        extra=_EXTRA,
    )
