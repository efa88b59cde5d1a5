"""ping.php: event notifications through a monitoring task group (private).

Spec (line 977): "https://smscentre.com/sys/ping.php?login=<login>&psw=<password>&id=<id>"

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .._command import Command, Flag, Int, Text, param, register

__all__ = ["Ping"]

# Task group IDs are server IDs (line 983: 'the "ID" column'); the spec gives no range,
# so they are read as positive 32-bit numbers like every other server ID.
_INT32_MAX: Final = 2_147_483_647


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Ping(Command):
    """Send a notification of a task group (``ping.php``).

    Spec (line 977): ``ping.php?login=<login>&psw=<password>&id=<id>`` -- ``id`` is
    required. The texts replace macros of the task group's notification template; the
    spec gives them no syntax, so any text is accepted.

    Args:
        id: The task group's ID (line 983: 'ID of the task group (the "ID" column")'),
            1..2147483647.
        name: Line 984: "The name of the rule or server in the task. Replaces the {NAME}
            macro in the notification text."
        host: Line 985: "The address or IP of the server being checked. Replaces the
            {HOST} macro."
        info: Line 986: "Additional information about the event. Replaces the {INFO}
            macro."
        ok: Lines 987-989: ``False`` (``0``, the default) uses the task group's failure
            template, ``True`` (``1``) its recovery template.
    """

    SCRIPT = "ping.php"
    REQUIRED = ("id",)

    id: int | None = param(Int(1, _INT32_MAX))
    name: str | None = param(Text())
    host: str | None = param(Text())
    info: str | None = param(Text())
    ok: bool | None = param(Flag())
