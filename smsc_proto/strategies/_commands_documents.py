"""Hypothesis strategies for documents.php commands (private)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from .._scripts.documents import DocumentsAddAccount, DocumentsGetAccount, DocumentsGetAct
from ._commands_common import command_kwargs

__all__ = [
    "documents_add_account_commands",
    "documents_get_account_commands",
    "documents_get_act_commands",
]

_IDS = st.integers(1, 2_147_483_647)
# One-line free text, with Cyrillic and emoji drawn often.
_WORDS = st.text(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
        st.sampled_from("СчётАкт№😀"),
    ),
    min_size=1,
    max_size=20,
)
_SUMS = st.integers(1, 99_999_999_999).map(lambda cents: Decimal(cents).scaleb(-2))


@st.composite
def _sub_client(draw: st.DrawFn) -> dict[str, Any]:
    """``user`` or ``user_id`` (exactly one), and the shared fields."""
    kw: dict[str, Any] = {name: draw(strategy) for name, strategy in command_kwargs().items()}
    if draw(st.booleans()):
        kw["user"] = draw(_WORDS)
    else:
        kw["user_id"] = draw(_IDS)
    return kw


def documents_add_account_commands() -> st.SearchStrategy[DocumentsAddAccount]:
    """Valid :class:`~smsc_proto.commands.DocumentsAddAccount` commands.

    ``user`` or ``user_id``, a ``sum`` of 0.01..999999999.99 and an optional ``service``.
    """
    return st.builds(
        lambda kw, amount, service: DocumentsAddAccount(sum=amount, service=service, **kw),
        _sub_client(),
        _SUMS,
        st.none() | _WORDS,
    )


def documents_get_account_commands() -> st.SearchStrategy[DocumentsGetAccount]:
    """Valid :class:`~smsc_proto.commands.DocumentsGetAccount` commands."""
    return st.builds(lambda kw, id_: DocumentsGetAccount(id=id_, **kw), _sub_client(), _IDS)


def documents_get_act_commands() -> st.SearchStrategy[DocumentsGetAct]:
    """Valid :class:`~smsc_proto.commands.DocumentsGetAct` commands.

    ``user`` or ``user_id``, and ``id`` or ``num``.
    """
    by_id = st.builds(lambda kw, id_: DocumentsGetAct(id=id_, **kw), _sub_client(), _IDS)
    by_num = st.builds(lambda kw, num: DocumentsGetAct(num=num, **kw), _sub_client(), _WORDS)
    return by_id | by_num
