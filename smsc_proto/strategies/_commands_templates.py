"""Hypothesis strategies for templates.php and op_templates.php commands (private)."""

from __future__ import annotations

import string

from hypothesis import strategies as st

from .._scripts.templates import (
    OpTemplatesAdd,
    OpTemplatesGet,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
)
from ._commands_common import command_kwargs

__all__ = [
    "op_templates_add_commands",
    "op_templates_get_commands",
    "templates_add_commands",
    "templates_change_commands",
    "templates_delete_commands",
    "templates_get_commands",
]

_IDS = st.integers(1, 2_147_483_647)
# One-line texts (names, senders) and message texts (line breaks allowed).
_LINES = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1)
_TEXTS = st.text(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), st.sampled_from("\n\t")
    ),
    min_size=1,
)
_FORMATS = st.sampled_from(["", "sms", "flash", "bin", "push", "mms", "call", "mail", "viber"])
_FL = st.none() | st.builds(lambda on: {1: on}, st.booleans())
# Line 52: at most 11 printable ASCII characters, or at most 15 digits.
_SMS_SENDERS = st.one_of(
    st.text(string.ascii_letters + string.digits + " .-_!", min_size=1, max_size=11),
    st.text(string.digits, min_size=12, max_size=15),
)
_OPERATOR_FLAGS = (
    "mts_srv",
    "mts_auth",
    "mts_trn",
    "mega_srv",
    "mega_auth",
    "mega_trn",
    "mega_adv",
    "bee_srv",
    "bee_trn",
    "tele2_srv",
    "tele2_trn",
    "motiv_srv",
    "motiv_trn",
    "soc",
)


def templates_add_commands() -> st.SearchStrategy[TemplatesAdd]:
    """Valid :class:`~smsc_proto.commands.TemplatesAdd` commands."""
    return st.builds(
        TemplatesAdd,
        name=_LINES,
        msg=_TEXTS,
        format=st.none() | _FORMATS,
        sender=st.none() | _LINES,
        fl=_FL,
        **command_kwargs(),
    )


def templates_change_commands() -> st.SearchStrategy[TemplatesChange]:
    """Valid :class:`~smsc_proto.commands.TemplatesChange` commands.

    Every field but ``id`` is optional.
    """
    return st.builds(
        TemplatesChange,
        id=_IDS,
        name=st.none() | _LINES,
        msg=st.none() | _TEXTS,
        format=st.none() | _FORMATS,
        sender=st.none() | _LINES,
        fl=_FL,
        **command_kwargs(),
    )


def templates_delete_commands() -> st.SearchStrategy[TemplatesDelete]:
    """Valid :class:`~smsc_proto.commands.TemplatesDelete` commands."""
    return st.builds(TemplatesDelete, id=_IDS, **command_kwargs())


def templates_get_commands() -> st.SearchStrategy[TemplatesGet]:
    """Valid :class:`~smsc_proto.commands.TemplatesGet` commands."""
    return st.builds(TemplatesGet, **command_kwargs())


def op_templates_add_commands() -> st.SearchStrategy[OpTemplatesAdd]:
    """Valid :class:`~smsc_proto.commands.OpTemplatesAdd` commands.

    An SMS sender name (line 52), any text, and each operator flag absent, 0 or 1.
    """
    flags = {name: st.none() | st.booleans() for name in _OPERATOR_FLAGS}
    return st.builds(OpTemplatesAdd, sender=_SMS_SENDERS, msg=_TEXTS, **flags, **command_kwargs())


def op_templates_get_commands() -> st.SearchStrategy[OpTemplatesGet]:
    """Valid :class:`~smsc_proto.commands.OpTemplatesGet` commands.

    As for :func:`op_templates_add_commands`.
    """
    flags = {name: st.none() | st.booleans() for name in _OPERATOR_FLAGS}
    return st.builds(OpTemplatesGet, sender=_SMS_SENDERS, msg=_TEXTS, **flags, **command_kwargs())
