"""Hypothesis strategies for message types and the status ``flag``."""

from __future__ import annotations

from hypothesis import strategies as st

from ..values._flags import (
    MESSAGE_TYPE_MAX,
    MessageType,
    StatusFlag,
    TemplateType,
    message_type_from_int,
)

__all__ = ["message_types", "status_flags", "template_types"]


def message_types() -> st.SearchStrategy[MessageType | int]:
    """Message type codes: every :class:`~smsc_proto.values.MessageType` and unnamed ints."""
    unnamed = st.integers(0, MESSAGE_TYPE_MAX).map(message_type_from_int)
    return st.one_of(st.sampled_from(MessageType), unnamed)


def template_types() -> st.SearchStrategy[TemplateType]:
    """Every :class:`~smsc_proto.values.TemplateType`."""
    return st.sampled_from(TemplateType)


def status_flags() -> st.SearchStrategy[StatusFlag]:
    """Every :class:`~smsc_proto.values.StatusFlag` (all 65536 flag numbers)."""
    return st.integers(0, 0xFFFF).map(StatusFlag.from_int)
