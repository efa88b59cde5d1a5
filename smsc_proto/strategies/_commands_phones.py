"""Hypothesis strategies for phones.php commands (private).

The helpers here (free text, group IDs, contact fields) serve the mails.php strategies
too.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._scripts.phones import (
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
)
from ..values import PhoneList, Recipient
from ._commands_common import command_kwargs
from ._phones import phones
from ._time import wire_dates

__all__ = [
    "phones_add_black_commands",
    "phones_add_commands",
    "phones_add_group_commands",
    "phones_change_commands",
    "phones_change_group_commands",
    "phones_delete_black_commands",
    "phones_delete_commands",
    "phones_delete_group_commands",
    "phones_get_black_commands",
    "phones_get_commands",
    "phones_get_group_commands",
    "phones_join_group_commands",
    "phones_leave_group_commands",
    "phones_move_to_group_commands",
]

_GROUP_IDS = st.integers(1, 2_147_483_647)
_BIG_IDS = st.integers(1, 2**63 - 1)
# One-line free text: any character but controls and surrogates, with Cyrillic and emoji
# drawn often enough to exercise every charset (and the move to utf-8).
_CHARS = st.one_of(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
    st.sampled_from("АаБбВвЁёЖжЩщЯя"),
    st.sampled_from("😀🎉👍🇷🇺"),
)
_NAMES = st.text(_CHARS, min_size=1, max_size=20)
_FIELDS = st.text(_CHARS, max_size=20)
_OPTIONAL_FIELDS = st.none() | _FIELDS


def _recipient_lists(entries: st.SearchStrategy[Recipient]) -> st.SearchStrategy[PhoneList]:
    """Lists of 1..4 of ``entries``, sometimes with a trailing separator."""
    return st.builds(
        PhoneList,
        entries=st.lists(entries, min_size=1, max_size=4).map(tuple),
        trailing_comma=st.booleans(),
    )


_PHONE_LISTS = _recipient_lists(phones())


def _group_id_lists() -> st.SearchStrategy[tuple[int, ...]]:
    """``grp`` of a contact: 1..4 group IDs."""
    return st.lists(_GROUP_IDS, min_size=1, max_size=4).map(tuple)


def _contact_fields(other: st.SearchStrategy[PhoneList]) -> dict[str, st.SearchStrategy[Any]]:
    """Strategies for the optional contact fields of add=1 and chg=1 (``pho`` from ``other``)."""
    return {
        "grp": st.none() | _group_id_lists(),
        "lnm": _OPTIONAL_FIELDS,
        "fnm": _OPTIONAL_FIELDS,
        "mnm": _OPTIONAL_FIELDS,
        "bd": st.none() | wire_dates(),
        "myid": _OPTIONAL_FIELDS,
        "cmt": _OPTIONAL_FIELDS,
        "tags": _OPTIONAL_FIELDS,
        "pho": st.none() | other,
    }


# Built once: a strategy built inside a draw is validated anew on every example.
_MAYBE_NAMES = st.none() | _NAMES
_MAYBE_GROUP_IDS = st.none() | _group_id_lists()
_MAYBE_CNT = st.none() | st.integers(1, 1000)
_MAYBE_BIG_IDS = st.none() | _BIG_IDS


@st.composite
def _change_kwargs(
    draw: st.DrawFn,
    new: str,
    numbers: st.SearchStrategy[PhoneList | None],
    contact_fields: dict[str, st.SearchStrategy[Any]],
) -> dict[str, Any]:
    """The fields of a chg=1 that changes something (``new`` or a contact field).

    ``numbers`` draws ``new`` (``None`` included); ``contact_fields`` are
    :func:`_contact_fields`, built once by the caller.
    """
    kw = {name: draw(strategy) for name, strategy in contact_fields.items()}
    kw["name"] = draw(_MAYBE_NAMES)
    kw[new] = draw(numbers)
    if all(value is None for value in kw.values()):
        kw["name"] = draw(_NAMES)
    kw.update({name: draw(strategy) for name, strategy in command_kwargs().items()})
    return kw


@st.composite
def _get_kwargs(draw: st.DrawFn, field: str, numbers: st.SearchStrategy[Any]) -> dict[str, Any]:
    """The filters of a get=1 (``after_id`` only with ``fmt=3``); ``numbers`` draws the
    ``field`` filter (``None`` included)."""
    kw = {name: draw(strategy) for name, strategy in command_kwargs().items()}
    kw["grp"] = draw(_MAYBE_GROUP_IDS)
    kw[field] = draw(numbers)
    kw["fio"] = draw(_OPTIONAL_FIELDS)
    kw["search"] = draw(_OPTIONAL_FIELDS)
    kw["cnt"] = draw(_MAYBE_CNT)
    if kw["fmt"] == 3:
        kw["after_id"] = draw(_MAYBE_BIG_IDS)
    return kw


def _add_group_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of add_group=1."""
    return {
        "name": _NAMES,
        "num": st.none() | _GROUP_IDS,
        "type": st.none() | st.sampled_from([0, 1]),
        **command_kwargs(),
    }


def _change_group_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of chg_group=1."""
    return {"name": _NAMES, "grp": _GROUP_IDS, "num": st.none() | _GROUP_IDS, **command_kwargs()}


def _delete_group_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of del_group=1."""
    return {"grp": _GROUP_IDS, **command_kwargs()}


def _get_group_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of get_group=1."""
    return {"type": st.none() | st.sampled_from([0, 1]), **command_kwargs()}


def _add_black_extra() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of add_black=1 besides the number or address."""
    return {
        "cmt": _OPTIONAL_FIELDS,
        "type": st.none() | st.sampled_from([0, 1, 2]),
        **command_kwargs(),
    }


def _get_black_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    """The fields of get_black=1."""
    return {
        "prev_id": st.none() | _BIG_IDS,
        "cnt": st.none() | st.integers(1, 1000),
        **command_kwargs(),
    }


def phones_add_commands() -> st.SearchStrategy[PhonesAdd]:
    """Valid :class:`~smsc_proto.commands.PhonesAdd` commands.

    Free text with Cyrillic and emoji; ``phone`` and ``pho`` are lists of phone numbers.
    """
    return st.builds(
        PhonesAdd,
        name=_NAMES,
        phone=_PHONE_LISTS,
        **_contact_fields(_PHONE_LISTS),
        **command_kwargs(),
    )


def phones_change_commands() -> st.SearchStrategy[PhonesChange]:
    """Valid :class:`~smsc_proto.commands.PhonesChange` commands.

    ``phone`` and at least one of ``new_phone``, ``name`` and the contact fields.
    """
    return st.builds(
        lambda phone, kw: PhonesChange(phone=phone, **kw),
        _PHONE_LISTS,
        _change_kwargs("new_phone", st.none() | _PHONE_LISTS, _contact_fields(_PHONE_LISTS)),
    )


def _move_kwargs() -> dict[str, st.SearchStrategy[Any]]:
    return {"grp": _group_id_lists(), "phone": phones(), **command_kwargs()}


def phones_move_to_group_commands() -> st.SearchStrategy[PhonesMoveToGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesMoveToGroup` commands (one phone)."""
    return st.builds(PhonesMoveToGroup, **_move_kwargs())


def phones_join_group_commands() -> st.SearchStrategy[PhonesJoinGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesJoinGroup` commands (one phone)."""
    return st.builds(PhonesJoinGroup, **_move_kwargs())


def phones_leave_group_commands() -> st.SearchStrategy[PhonesLeaveGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesLeaveGroup` commands (one phone)."""
    return st.builds(PhonesLeaveGroup, **_move_kwargs())


def phones_delete_commands() -> st.SearchStrategy[PhonesDelete]:
    """Valid :class:`~smsc_proto.commands.PhonesDelete` commands."""
    return st.builds(PhonesDelete, phone=_PHONE_LISTS, **command_kwargs())


def phones_get_commands() -> st.SearchStrategy[PhonesGet]:
    """Valid :class:`~smsc_proto.commands.PhonesGet` commands (``after_id`` with ``fmt=3``)."""
    return _get_kwargs("phone", st.none() | _PHONE_LISTS).map(lambda kw: PhonesGet(**kw))


def phones_add_group_commands() -> st.SearchStrategy[PhonesAddGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesAddGroup` commands."""
    return st.builds(PhonesAddGroup, **_add_group_kwargs())


def phones_change_group_commands() -> st.SearchStrategy[PhonesChangeGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesChangeGroup` commands."""
    return st.builds(PhonesChangeGroup, **_change_group_kwargs())


def phones_delete_group_commands() -> st.SearchStrategy[PhonesDeleteGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesDeleteGroup` commands."""
    return st.builds(PhonesDeleteGroup, **_delete_group_kwargs())


def phones_get_group_commands() -> st.SearchStrategy[PhonesGetGroup]:
    """Valid :class:`~smsc_proto.commands.PhonesGetGroup` commands."""
    return st.builds(PhonesGetGroup, **_get_group_kwargs())


def phones_add_black_commands() -> st.SearchStrategy[PhonesAddBlack]:
    """Valid :class:`~smsc_proto.commands.PhonesAddBlack` commands (one phone)."""
    return st.builds(PhonesAddBlack, phone=phones(), **_add_black_extra())


def phones_delete_black_commands() -> st.SearchStrategy[PhonesDeleteBlack]:
    """Valid :class:`~smsc_proto.commands.PhonesDeleteBlack` commands."""
    return st.builds(PhonesDeleteBlack, phone=_PHONE_LISTS, **command_kwargs())


def phones_get_black_commands() -> st.SearchStrategy[PhonesGetBlack]:
    """Valid :class:`~smsc_proto.commands.PhonesGetBlack` commands."""
    return st.builds(PhonesGetBlack, **_get_black_kwargs())
