"""Sphinx configuration for the smsc-proto docs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

project = "smsc-proto"
author = "smsc-proto developers"
copyright = "2026, smsc-proto developers"
release = "0.1.0.dev0"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]

html_theme = "furo"
html_title = "smsc-proto"
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# The docs build runs with -n (nitpicky): every cross-reference must resolve. Names
# from the standard library and third-party packages are not in this project's
# inventory (the build runs offline, so no intersphinx); they are listed here.
nitpicky = True
_EXTERNAL = (
    r"(multidict|lxml|orjson|hypothesis|datetime|decimal|collections|typing|enum|re"
    r"|requests|urllib3|aiohttp)"
)
nitpick_ignore_regex = [
    (r"py:.*", _EXTERNAL + r"\..*"),
    (r"py:class", r"(Ellipsis|NoneType|bytes|str|int|bool|float|object|tuple|list|dict)"),
    (r"py:class", r"(frozenset|type|WSGIApplication)"),
    (
        r"py:class",
        r"(SearchStrategy|MultiDict|MultiDictProxy|Decimal|datetime|date|time|timedelta)",
    ),
    (r"py:class", r"(Sequence|Mapping|Iterable|Iterator|Callable|T|_T|ParamsInput)"),
    (r"py:.*", r"smsc_proto(\.\w+)*\._\w+.*"),
    # The reply type variable of the clients' call(command: Command[R]) -> R.
    (r"py:class", r"transports(\.\w+)*\.R"),
    # The delivery and faults type variables of transports.serve.ServedGateway[D, F].
    (r"py:class", r"(transports(\.\w+)*\.)?[DF]"),
    # The gateway's stores: Store.transaction's context manager, SQLiteStore's path.
    (r"py:class", r"(contextlib\.AbstractContextManager|os\.PathLike)"),
]
