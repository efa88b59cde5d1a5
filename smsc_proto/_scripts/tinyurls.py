"""tinyurls.php: click statistics of a short link (private).

Spec (lines 3382-3383): "To get information about a short link, call the GET or POST
address method: https://smscentre.com/sys/tinyurls.php?get=1&login=<login>&
psw=<password>&link=<link> or https://smscentre.com/sys/tinyurls.php?get=1&
login=<login>&psw=<password>&id=<id>"

``fmt`` is missing from the parameter table (QUIRKS INC-68); the base gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .._call_kind import CallKind
from .._command import Command, Int, Text, param, register
from .._errors import LocalProtocolError
from .._replies import Field, JsonForm, Shape, Template, XmlForm, error_table, integer, responds

__all__ = ["TinyurlsGet", "TinyurlsGetReply"]
__replies__ = ["TinyurlsGetReply"]

# Short-link IDs are server IDs ("Assigned automatically when created", line 3390); the
# spec gives no range, so they are read as positive 32-bit numbers like every other
# server ID.
_INT32_MAX: Final = 2_147_483_647


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TinyurlsGet(Command["TinyurlsGetReply"]):
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
    KIND = CallKind.READ

    link: str | None = param(Text(nonempty=True, single_line=True))
    id: int | None = param(Int(1, _INT32_MAX))

    def _check(self) -> None:
        if self.link is not None and self.id is not None:
            raise LocalProtocolError(
                "tinyurls.php: give link or id, not both (lines 3382-3383 are alternatives)"
            )


# -- replies ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class TinyurlsGetReply:
    """The reply of :class:`~smsc_proto.commands.TinyurlsGet`: a short link's click counters.

    Spec (lines 3424-3448): "when fmt = 0: id = <id>, cnt = <cnt>, cnt_mon = <cnt_mon>,
    cnt_day = <cnt_day>, cnt_yes = <cnt_yes>, cnt_pmon = <cnt_pmon>, link = <link>"; fmt=1
    the same values comma-separated, fmt=2 one element each under ``<result>``, fmt=3 one
    key each, every value quoted (QUIRKS INC-46).

    Args:
        id: "iD of the short link" (line 3451), 1..2147483647.
        cnt: "the number of all clicks on a short link" (line 3452).
        cnt_mon: "number of clicks on a short link per month" (line 3453).
        cnt_day: "number of clicks on a short link for today" (line 3454).
        cnt_yes: "the number of clicks on the short link for yesterday" (line 3455).
        cnt_pmon: "number of clicks on a short link in the previous month" (line 3456).
        link: "short link" (line 3457): non-empty text without line breaks, kept as sent.
    """

    id: int | None = None
    cnt: int | None = None
    cnt_mon: int | None = None
    cnt_day: int | None = None
    cnt_yes: int | None = None
    cnt_pmon: int | None = None
    link: str | None = None


# QUIRKS INC-46: fmt=3 quotes every value, the id and the counters too ("id": "<id>",
# "cnt": "<cnt>", lines 3439-3448). The encoder writes them quoted as printed; the
# decoder reads them quoted or bare (INC-71).
_COUNTERS: Final = ("cnt", "cnt_mon", "cnt_day", "cnt_yes", "cnt_pmon")
_GET_FIELDS: Final = (
    integer("id", 1, _INT32_MAX, quoted=True),
    *(integer(name, quoted=True) for name in _COUNTERS),
    # The link is last in fmt=0/1, so it may hold the separators: the numbers before it
    # cannot, and the line reads one way only.
    Field("link", Text(nonempty=True, single_line=True), ".+", True),
)

#: Spec (lines 3424-3448).
_GET_REPLY: Final = Shape(
    TinyurlsGetReply,
    _GET_FIELDS,
    fmt0=Template(
        "id = {id}, cnt = {cnt}, cnt_mon = {cnt_mon}, cnt_day = {cnt_day}, "
        "cnt_yes = {cnt_yes}, cnt_pmon = {cnt_pmon}, link = {link}"
    ),
    fmt1=Template("{id},{cnt},{cnt_mon},{cnt_day},{cnt_yes},{cnt_pmon},{link}"),
    xml=XmlForm(),
    json=JsonForm(),
)

#: Spec (lines 3415-3420): the error codes of tinyurls.php.
TINYURLS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "Link not found.",
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than three identical requests for short link information "
        "within a minute. This error also occurs when you try to send fifteen or more "
        "requests simultaneously from different connections under the same username (too "
        "many concurrent requests)."
    ),
}


error_table(TinyurlsGet, errors=TINYURLS_ERRORS)


@responds(TinyurlsGet)
def _tinyurls_get_reply(command: TinyurlsGet) -> Shape[Any]:
    # One shape: link= and id= requests get the same reply (lines 3422-3448).
    return _GET_REPLY
