"""Hypothesis strategies for every model of smsc-proto.

Shipped for users who property-test code built on the toolkit. Importing this module
imports :mod:`hypothesis` (a ``dev`` dependency); :mod:`smsc_proto` itself never does.

Each strategy generates *valid* values: ``format_x(v)`` never raises for them, and
``parse_x(format_x(v)) == v``.
"""

from ._binary import *  # noqa: F403
from ._flags import *  # noqa: F403
from ._ivr import *  # noqa: F403
from ._macros import *  # noqa: F403
from ._phones import *  # noqa: F403
from ._segments import *  # noqa: F403
from ._time import *  # noqa: F403
from ._voice import *  # noqa: F403
from ._wire import *  # noqa: F403
from . import _binary, _flags, _ivr, _macros, _phones, _segments, _time, _voice, _wire

__all__ = [
    *_binary.__all__,
    *_flags.__all__,
    *_ivr.__all__,
    *_macros.__all__,
    *_phones.__all__,
    *_segments.__all__,
    *_time.__all__,
    *_voice.__all__,
    *_wire.__all__,
]
