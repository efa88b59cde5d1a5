"""Voice messages on the virtual gateway: their length, their dialling and the voice menu
(private).

Spec (line 467): "When sending a voice message, the initial time and cost are
calculated approximately." The emulator reads the text at :data:`CHARS_PER_SECOND`
characters a second and counts each file (an attachment or ``fileurl``) as
:data:`FILE_SECONDS` seconds; that is the reply's ``cnt`` ("the number of seconds (when
sending a voice message (call))", line 318) and what the call is billed by (the zone's
``call`` price per started minute). The estimate is not adjusted afterwards.

Spec (lines 122-125), ``param=w,i,n``: a call not picked up within ``w`` seconds is
"repeated with the error "the subscriber is busy"" every ``i`` seconds, ``n`` attempts
in all; without ``param`` "n = 8, w = 25, i from 3 to 14 seconds incrementally". A
message whose outcome (:attr:`Faults.outcomes <smsc_proto.gateway.Faults.outcomes>`) is
error 237 "The caller is not responding" or 240 "Subscriber is busy" takes its final
status after all the attempts; an answered call (status 1) after its seconds of speech.
While it lasts (status 0) :meth:`VirtualGateway.press_keys
<smsc_proto.gateway.VirtualGateway.press_keys>` plays the subscriber on the voice menu
(line 490) and records each item visited.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Final

from .._errors import LocalProtocolError, RemoteProtocolError
from ..values import (
    CALL_PARAM_DEFAULT_ATTEMPTS,
    CALL_PARAM_DEFAULT_WAIT,
    CallParam,
    IvrBack,
    IvrEnd,
    IvrItem,
    IvrMenu,
    IvrRepeat,
    IvrStart,
    parse_ivr,
)
from ._store import Transaction
from ._virtual_state import MESSAGE, VirtualMessage

__all__ = [
    "CHARS_PER_SECOND",
    "FILE_SECONDS",
    "REDIAL_ERRORS",
    "call_seconds",
    "dialling",
    "menu_of",
    "press_keys",
]

#: How fast the emulator's voice reads a text.
CHARS_PER_SECOND: Final = 12
#: How long the emulator takes a voice file to be.
FILE_SECONDS: Final = 30
#: Spec (lines 1836, 1839): "237 The caller is not responding", "240 Subscriber is busy"
#: -- the errors of a call nobody picked up, which is dialled again (line 122).
REDIAL_ERRORS: Final = frozenset({237, 240})
#: Line 125: the default repeat interval runs "from 3 to 14 seconds incrementally".
_DEFAULT_FIRST_INTERVAL: Final = 3
_DEFAULT_LAST_INTERVAL: Final = 14


def menu_of(text: str) -> IvrMenu | None:
    """The voice menu of a voice message's text, or ``None`` without ``{menu:``."""
    if "{menu" not in text.lower():
        return None
    try:
        return parse_ivr(text)
    except RemoteProtocolError:  # the command checked it; a stored text always reads
        return None


def call_seconds(text: str, files: int) -> int:
    """The estimated seconds of a voice message: its spoken text and its files.

    A voice menu's start text, menu text and end text are spoken; its items only when
    the subscriber goes to them.
    """
    menu = menu_of(text)
    spoken = text if menu is None else menu.start_text + menu.menu_text + menu.end_text
    seconds = math.ceil(len(spoken.strip()) / CHARS_PER_SECOND) + files * FILE_SECONDS
    return max(seconds, 1)


def dialling(param: CallParam | None, err: int, seconds: int) -> tuple[timedelta, int, int]:
    """``(time from the first dial to the final status, attempts, seconds spoken)``.

    An answered call takes its ``seconds``; one nobody picks up (:data:`REDIAL_ERRORS`)
    is dialled ``n`` times, waiting ``w`` each time with ``i`` between (the clamped
    values the server uses, :meth:`CallParam.effective`); any other failure is one
    attempt of ``w`` seconds.
    """
    if param is None:
        attempts, wait = CALL_PARAM_DEFAULT_ATTEMPTS, CALL_PARAM_DEFAULT_WAIT
        gaps = attempts - 1
        spread = _DEFAULT_LAST_INTERVAL - _DEFAULT_FIRST_INTERVAL
        intervals = [_DEFAULT_FIRST_INTERVAL + spread * k // max(gaps - 1, 1) for k in range(gaps)]
    else:
        used = param.effective()
        attempts, wait = used.attempts, used.wait
        intervals = [used.interval] * (attempts - 1)
    if err == 0:
        return timedelta(seconds=seconds), 1, seconds
    if err in REDIAL_ERRORS:
        return timedelta(seconds=attempts * wait + sum(intervals)), attempts, 0
    return timedelta(seconds=wait), 1, 0


def press_keys(
    tx: Transaction, key: str, message: VirtualMessage, now: datetime, keys: str
) -> tuple[str, ...]:
    """The subscriber of the voice message ``message`` (filed under ``key``) presses
    ``keys`` now; the items visited are appended to its ``ivr_visits``.

    Spec (lines 509-513): ``*`` back, ``#`` start, ``0`` repeat (as the menu's items for
    them say); ``n`` goes to item n, and inside it ``m`` to sub-item ``nm``. An item
    with sub-items becomes the menu the next key is read in; ``back`` returns to the
    parent, ``start`` to the top, ``end`` ends the menu.

    Returns:
        The paths of the items visited (``"1"``, ``"12"``, ``"*"``...).

    Raises:
        LocalProtocolError: the message is no voice message with a menu, its call is not
            in progress (status 0, answered), a key is not ``0-9 * #``, the current menu
            has no item for it, or it comes after the menu ended.
    """
    menu = menu_of(message.text) if message.kind == "call" else None
    if menu is None:
        raise LocalProtocolError("keys: the message is no voice message with a menu (line 490)")
    if message.status != 0 or message.call_duration == 0 or message.status_at is None:
        raise LocalProtocolError(
            "keys: the call is not in progress (it is answered at status 0 and ends with "
            f"its final status; status now {message.status})"
        )
    seconds = max(int((now - message.status_at).total_seconds()), 0)
    visits = list(message.ivr_visits)
    path = ""
    ended = False
    for visited, _ in visits:
        path = _after(menu, path, visited)
        ended = ended or _ends(menu, visited)
    pressed: list[str] = []
    for index, pressed_key in enumerate(keys, 1):
        if pressed_key not in "0123456789*#":
            raise LocalProtocolError(f"keys: key {index} must be 0-9, * or #, got {pressed_key!r}")
        if ended:
            raise LocalProtocolError(f"keys: key {index} comes after the menu ended ('end')")
        target = _target(menu, path, pressed_key)
        if target is None:
            where = f"item {path}" if path else "the top menu"
            raise LocalProtocolError(f"keys: {where} has no item for key {pressed_key!r}")
        path = _after(menu, path, target)
        ended = _ends(menu, target)
        pressed.append(target)
        visits.append((target, seconds))
    record = tx.get(MESSAGE, key)
    if record is not None:
        record["ivr_visits"] = [[target, at] for target, at in visits]
        tx.put(MESSAGE, key, record)
    return tuple(pressed)


def _target(menu: IvrMenu, path: str, key: str) -> str | None:
    if key in "123456789" and path and isinstance(menu.lookup(path + key), IvrItem):
        return path + key
    return key if isinstance(menu.lookup(key), IvrItem) else None


def _after(menu: IvrMenu, path: str, target: str) -> str:
    item = menu.lookup(target)
    if not isinstance(item, IvrItem):  # pragma: no cover - _target found an item
        return path
    moved = target if item.items else path
    for action in item.actions:
        if isinstance(action, IvrBack):
            moved = path[:-1]
        elif isinstance(action, IvrStart):
            moved = ""
        elif isinstance(action, IvrRepeat):
            moved = path
    return moved


def _ends(menu: IvrMenu, target: str) -> bool:
    item = menu.lookup(target)
    return isinstance(item, IvrItem) and any(isinstance(a, IvrEnd) for a in item.actions)
