"""Value syntaxes of the SMSC HTTP API: one type and one parse/format pair per syntax.

Every ``parse_*`` function takes text as it came from the wire (already percent- and
charset-decoded) and returns a typed value or raises
:class:`~smsc_proto.RemoteProtocolError`. Every ``format_*`` function takes a value and
returns the canonical wire text; constructors validate and raise
:class:`~smsc_proto.LocalProtocolError`. For every syntax ``format(parse(s))`` is the
canonical form of ``s`` and ``parse(format(v)) == v``.
"""

from ._binary import *  # noqa: F403
from ._flags import *  # noqa: F403
from ._ivr import *  # noqa: F403
from ._macros import *  # noqa: F403
from ._phones import *  # noqa: F403
from ._segments import *  # noqa: F403
from ._time import *  # noqa: F403
from ._voice import *  # noqa: F403
from . import _binary, _flags, _ivr, _macros, _phones, _segments, _time, _voice

__all__ = [
    *_binary.__all__,
    *_flags.__all__,
    *_ivr.__all__,
    *_macros.__all__,
    *_phones.__all__,
    *_segments.__all__,
    *_time.__all__,
    *_voice.__all__,
]
