"""The virtual gateway's ``tinyurls.php``: short links and their clicks (private).

Spec (line 3382): "To get information about a short link" by its original link or its
id. Short links are made by :func:`shorten` (for send.php's ``tinyurl=1``, line 59:
"replace links in the message text with short ones ... to track the number of clicks")
or :meth:`VirtualGateway.shorten_link`; a click is :meth:`VirtualGateway.click_link`.

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``tinyurl``         ``login/id`` (10 digits)        the original link, the short one, clicks
                                                    per Moscow day (``{"YYYY-MM-DD": n}``)
``tinyurl.link``    ``login/`` SHA-256 of the link  the id of its short link
``tinyurl.code``    the short link's code           the ``tinyurl`` key
==================  ==============================  ==========================================
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from typing import Final

from .._errors import GatewayError, LocalProtocolError
from .._scripts.tinyurls import TINYURLS_ERRORS, TinyurlsGet, TinyurlsGetReply
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Record, Transaction, dump_time
from ._virtual_state import VirtualState, handles

__all__ = ["SHORT_BASE", "TINYURL", "click", "register", "shorten"]

TINYURL: Final = "tinyurl"
TINYURL_LINK: Final = "tinyurl.link"
TINYURL_CODE: Final = "tinyurl.code"
#: Where the emulator's short links point (its codes are base-36 ids).
SHORT_BASE: Final = "https://smsc.ru/l/"
_DIGITS: Final = "0123456789abcdefghijklmnopqrstuvwxyz"


def _code(number: int) -> str:
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = _DIGITS[rest] + text
        if not number:
            return text


def _link_key(login: str, link: str) -> str:
    return f"{login}/{hashlib.sha256(link.encode('utf-8')).hexdigest()}"


def shorten(tx: Transaction, login: str, link: str, now: datetime) -> tuple[int, str]:
    """The short link of ``link`` for ``login`` (made now if it has none): (id, short)."""
    index = tx.get(TINYURL_LINK, _link_key(login, link))
    number = None if index is None else index.get("id")
    if isinstance(number, int):
        record = tx.get(TINYURL, f"{login}/{number:010d}")
        if record is not None:
            return number, str(record["short"])
    number = tx.next_id(TINYURL)
    short = SHORT_BASE + _code(number)
    key = f"{login}/{number:010d}"
    tx.put(
        TINYURL,
        key,
        {"id": number, "link": link, "short": short, "created": dump_time(now), "clicks": {}},
    )
    tx.put(TINYURL_LINK, _link_key(login, link), {"id": number})
    tx.put(TINYURL_CODE, _code(number), {"key": key})
    return number, short


def click(tx: Transaction, short: str, now: datetime) -> None:
    """Count a click on the short link ``short`` at ``now``.

    Raises:
        LocalProtocolError: ``short`` is no short link of this gateway.
    """
    code = short.removeprefix(SHORT_BASE)
    index = tx.get(TINYURL_CODE, code) if code and code != short else None
    key = None if index is None else index.get("key")
    record = tx.get(TINYURL, key) if isinstance(key, str) else None
    if record is None or not isinstance(key, str):
        raise LocalProtocolError(f"short: {short!r} is no short link of this gateway")
    clicks = record.get("clicks")
    days = dict(clicks) if isinstance(clicks, dict) else {}
    day = moscow(now).date().isoformat()
    count = days.get(day, 0)
    days[day] = (count if isinstance(count, int) else 0) + 1
    record["clicks"] = days
    tx.put(TINYURL, key, record)


def _counters(record: Record, now: datetime) -> dict[str, int]:
    """Lines 3452-3456: all clicks, this month's, today's, yesterday's, last month's."""
    today = moscow(now).date()
    yesterday = today - timedelta(days=1)
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    totals = {"cnt": 0, "cnt_mon": 0, "cnt_day": 0, "cnt_yes": 0, "cnt_pmon": 0}
    clicks = record.get("clicks")
    for day_text, count in (clicks if isinstance(clicks, dict) else {}).items():
        if not isinstance(count, int):
            continue
        day = date.fromisoformat(day_text)
        month = day.replace(day=1)
        totals["cnt"] += count
        totals["cnt_mon"] += count if month == this_month else 0
        totals["cnt_day"] += count if day == today else 0
        totals["cnt_yes"] += count if day == yesterday else 0
        totals["cnt_pmon"] += count if month == last_month else 0
    return totals


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handler of ``tinyurls.php`` on ``gateway``."""

    @handles(gateway, TinyurlsGet)
    def get(command: TinyurlsGet, ctx: Context[str]) -> TinyurlsGetReply:
        """get=1: a short link's click counters, by its original link or its id."""
        with state.store.transaction() as tx:
            # Line 3469: "three identical requests within a minute".
            state.admit(tx, "tinyurls", ctx.account, ctx.request, ctx.now)
            number = command.id
            if command.link is not None:
                index = tx.get(TINYURL_LINK, _link_key(ctx.account, command.link))
                found = None if index is None else index.get("id")
                number = found if isinstance(found, int) else None
            record = None if number is None else tx.get(TINYURL, f"{ctx.account}/{number:010d}")
        if record is None or number is None:
            # Line 3418: "3 Link not found."
            raise GatewayError(3, TINYURLS_ERRORS[3])
        # Line 3457: "<link> – short link."
        return TinyurlsGetReply(id=number, link=str(record["short"]), **_counters(record, ctx.now))
