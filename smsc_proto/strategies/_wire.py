"""Hypothesis strategies for the wire layer (private)."""

from __future__ import annotations

from hypothesis import strategies as st

from .._wire import REST_SEND, Attachment, Request

__all__ = ["attachments", "param_names", "wire_requests"]

_SCRIPTS = (
    "send.php",
    "status.php",
    "balance.php",
    "phones.php",
    "users.php",
    "get.php",
    REST_SEND,
)


def param_names() -> st.SearchStrategy[str]:
    """Parameter names: plain (``phones``) and array (``fl[5]``) forms."""
    plain = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,11}", fullmatch=True)
    array = st.builds(lambda n, i: f"{n}[{i}]", plain, st.integers(0, 99))
    return st.one_of(plain, st.sampled_from(["login", "psw", "mes", "phones", "charset"]), array)


def _values() -> st.SearchStrategy[str]:
    # Any text a Python str can hold except lone surrogates, which no charset carries.
    return st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


def attachments() -> st.SearchStrategy[Attachment]:
    """Attachments with valid names, file names and media types."""
    return st.builds(
        Attachment,
        name=st.builds(lambda i: f"file{i}", st.integers(0, 9)),
        filename=st.text(
            st.characters(exclude_categories=["Cs", "Cc"], exclude_characters='"'),
            min_size=1,
            max_size=20,
        ),
        content=st.binary(max_size=64),
        content_type=st.sampled_from(["application/octet-stream", "audio/mpeg", "image/png"]),
    )


def wire_requests() -> st.SearchStrategy[Request]:
    """Requests of any script with arbitrary parameters (charset left to the encoder).

    The ``charset`` parameter, when drawn, holds a valid charset name; values may hold
    any character, so encoding them may need :attr:`~smsc_proto.Unencodable.UTF8`.
    """

    def build(script: str, pairs: list[tuple[str, str]], files: list[Attachment]) -> Request:
        fixed = [(k, "utf-8") if k == "charset" else (k, v) for k, v in pairs]
        return Request(script, fixed, [] if script == REST_SEND else files)

    return st.builds(
        build,
        st.sampled_from(_SCRIPTS),
        st.lists(st.tuples(param_names(), _values()), max_size=8),
        st.lists(attachments(), max_size=2),
    )
