"""I/O adapters for smsc-proto (requests, urllib3, aiohttp).

This is the only package of the distribution that performs I/O: ``transports.requests``,
``transports.urllib3`` and ``transports.aiohttp`` (clients), ``transports.wsgi`` and
``transports.aiohttp`` (callback receivers). All protocol logic is in ``smsc_proto``.

:class:`StatusTimeoutError` is what the clients' ``wait_for_final_status`` raises when
the message's status is not final in time.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._conveniences import StatusTimeoutError as StatusTimeoutError

__all__ = ["StatusTimeoutError"]


def __getattr__(name: str) -> Any:
    # PEP 562: the clients' error is loaded when first named (the callback apps do not
    # need the command registry it comes with).
    if name == "StatusTimeoutError":
        return importlib.import_module("._conveniences", __name__).StatusTimeoutError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
