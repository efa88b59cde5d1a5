"""ping.php: event notifications through a monitoring task group (private).

Spec (line 977): "https://smscentre.com/sys/ping.php?login=<login>&psw=<password>&id=<id>"

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .._command import Command, Flag, Int, Text, TextChoice, param, register
from .._replies import Field, JsonForm, Shape, Template, XmlForm, error_table, responds

__all__ = ["Ping", "PingReply"]
__replies__ = ["PingReply"]

# Task group IDs are server IDs (line 983: 'the "ID" column'); the spec gives no range,
# so they are read as positive 32-bit numbers like every other server ID.
_INT32_MAX: Final = 2_147_483_647


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Ping(Command["PingReply"]):
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


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class PingReply:
    """The reply of :class:`~smsc_proto.commands.Ping`: the notification is accepted.

    Spec (lines 1018-1028): "when fmt = 0 and fmt = 1: OK; when fmt = 2:
    <result>OK</result>; when fmt = 3: {"result": "OK"}".

    Args:
        result: ``"OK"``, in every fmt (the whole body in fmt=0/1).
    """

    result: str | None = None


# QUIRKS INC-08: "when fmt = 0 and fmt = 1" (line 1020) is read as "when fmt = 0 or 1",
# the wording of every other script; one request has one fmt.
_PING_REPLY: Final = Shape(
    PingReply,
    (Field("result", TextChoice("OK"), "OK", True),),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

#: Spec (lines 1010-1016): the error codes of ping.php. QUIRKS INC-09: the first error
#: bullet (line 992, "ERROR = N (description)") is unlabelled; it is the fmt=0 form.
PING_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Task group not found.",
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than five identical notification requests within a minute. "
        "This error also occurs when you try to send fifteen or more requests "
        "simultaneously from different connections under the same username (too many "
        "concurrent requests)."
    ),
}


error_table(Ping, errors=PING_ERRORS)


@responds(Ping)
def _ping_reply(command: Ping) -> Shape[Any]:
    return _PING_REPLY
