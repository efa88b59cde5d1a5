"""tinyurls.php: click statistics of a short link (private).

Spec (lines 3382-3383): "To get information about a short link, call the GET or POST
address method: https://smscentre.com/sys/tinyurls.php?get=1&login=<login>&
psw=<password>&link=<link> or https://smscentre.com/sys/tinyurls.php?get=1&
login=<login>&psw=<password>&id=<id>"

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .._command import Command, Int, Text, param, register
from .._errors import LocalProtocolError

__all__ = ["TinyurlsGet"]

# Short-link IDs are server IDs ("Assigned automatically when created", line 3390); the
# spec gives no range, so they are read as positive 32-bit numbers like every other
# server ID.
_INT32_MAX: Final = 2_147_483_647


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TinyurlsGet(Command):
    """Read the click counters of a short link (``tinyurls.php?get=1``).

    Spec (line 3382): ``tinyurls.php?get=1&login=<login>&psw=<password>&link=<link>``;
    (line 3383): "or ``tinyurls.php?get=1&login=<login>&psw=<password>&id=<id>``" --
    the link is named by its original address or by its ID: exactly one of ``link`` and
    ``id`` is required (two alternative URL templates; which would win when both are
    sent is not documented, so both together are refused).

    Args:
        link: Line 3389: "Original full Link." Any non-empty text without line breaks,
            kept as sent (the example of line 3467 is ``mywebsite.ru``, without a
            scheme). Line 3392: special characters "must be encoded using the
            urlencode function" -- the wire layer does that.
        id: Line 3390: "ID of the short link. Assigned automatically when created.",
            1..2147483647.
    """

    SCRIPT = "tinyurls.php"
    SELECTOR = ("get", "1")
    ONE_OF = (("link",), ("id",))

    link: str | None = param(Text(nonempty=True, single_line=True))
    id: int | None = param(Int(1, _INT32_MAX))

    def _check(self) -> None:
        if self.link is not None and self.id is not None:
            raise LocalProtocolError(
                "tinyurls.php: give link or id, not both (lines 3382-3383 are alternatives)"
            )
