"""What the virtual gateway does to a message text before it is sent: transliteration and
short links (private).

Spec (line 53): "translit - A sign that the message you want to translate in translit. 0
(default) – do not translate into transliteration. 1 – translate to translit as
"translate". 2 – translate into transliteration as "mpaHc/Ium"." The spec gives no
table; the emulator's two tables are below (:data:`TRANSLIT_LATIN`,
:data:`TRANSLIT_LOOKALIKE`). Letters they do not name are kept.

Spec (lines 56-58): "tinyurl - Automatically shorten links in messages. Allows you to
replace links in the message text with short ones to reduce the length, as well as to
track the number of clicks on this page." Each ``http://`` or ``https://`` link becomes
the account's short link for it, made by tinyurls.php's :func:`shorten` (one store
layout, ``_virtual_tinyurls.py``), so ``tinyurls.php?get=1`` lists it and
:meth:`VirtualGateway.click_link` counts its clicks.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from ._store import Transaction
from ._virtual_tinyurls import shorten

__all__ = [
    "TRANSLIT_LATIN",
    "TRANSLIT_LOOKALIKE",
    "shorten_links",
    "transliterate",
]

#: translit=1, "as "translate"": Russian letters in Latin spelling (lower case; a capital
#: letter gives the same spelling with its first letter capitalised).
TRANSLIT_LATIN: Final = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "'", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip

#: translit=2, "as "mpaHc/Ium"": Latin characters that look like the Russian letters (the
#: spec's own example spells "транслит" as "mpaHc/Ium").
TRANSLIT_LOOKALIKE: Final = {
    "а": "a", "б": "6", "в": "B", "г": "r", "д": "g", "е": "e", "ё": "e", "ж": ">|<",
    "з": "3", "и": "u", "й": "u", "к": "K", "л": "/I", "м": "M", "н": "H", "о": "o",
    "п": "n", "р": "p", "с": "c", "т": "m", "у": "y", "ф": "qp", "х": "x", "ц": "U,",
    "ч": "4", "ш": "w", "щ": "w,", "ъ": "b", "ы": "bI", "ь": "b", "э": "-)", "ю": "I-O",
    "я": "9I",
    "А": "A", "Б": "6", "В": "B", "Г": "r", "Д": "D", "Е": "E", "Ё": "E", "Ж": ">|<",
    "З": "3", "И": "U", "Й": "U", "К": "K", "Л": "/I", "М": "M", "Н": "H", "О": "O",
    "П": "n", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Ф": "qp", "Х": "X", "Ц": "U,",
    "Ч": "4", "Ш": "W", "Щ": "W,", "Ъ": "b", "Ы": "bI", "Ь": "b", "Э": "-)", "Ю": "I-O",
    "Я": "9I",
}  # fmt: skip

#: A link: http:// or https:// and everything up to the next white space.
_LINK: Final = re.compile(r"(?i:https?)://[^\s<>{}]+")


def transliterate(text: str, mode: int) -> str:
    """``text`` in translit ``mode`` 1 or 2 (0: unchanged)."""
    if mode == 0:
        return text
    if mode == 2:
        return "".join(TRANSLIT_LOOKALIKE.get(ch, ch) for ch in text)
    out: list[str] = []
    for ch in text:
        lower = ch.lower()
        spelled = TRANSLIT_LATIN.get(lower)
        if spelled is None:
            out.append(ch)
        elif ch != lower:
            out.append(spelled[:1].upper() + spelled[1:])
        else:
            out.append(spelled)
    return "".join(out)


def shorten_links(tx: Transaction, login: str, text: str, now: datetime) -> str:
    """``text`` with each http(s) link replaced by the account's short link for it.

    The same full link gets the same short link every time (:func:`shorten`).
    """
    return _LINK.sub(lambda match: shorten(tx, login, match.group(0), now)[1], text)
