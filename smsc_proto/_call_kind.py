"""What calling a command does, as each command class declares it (private).

Every command class names its kind in ``Command.KIND``; the session's retry rules
(:class:`~smsc_proto.RetryPolicy`) and the client method generator read it, so neither
lists command classes.
"""

from __future__ import annotations

import enum

__all__ = ["CallKind"]


class CallKind(enum.Enum):
    """What calling a command does, and so how it may be repeated after a failure.

    Each command class declares one in its ``KIND`` class attribute (``Balance.KIND``
    is ``READ``); :meth:`RetryPolicy.kind <smsc_proto.RetryPolicy.kind>` reads it.
    """

    #: Reads change nothing, so after any failure the call goes to the next host.
    READ = "read"
    #: Changes and spending are repeated only when the request certainly never left
    #: (a refused connection); after an ambiguous failure, :class:`OutcomeUnknownError`.
    ONCE = "once"
    #: Messages are as ``ONCE``, and after an ambiguous failure the session asks
    #: ``status.php`` about the message's client id before giving up.
    SEND = "send"
    #: A URL the end user's browser loads (imgcode.php's captcha image, spec line 3735:
    #: an ``<img src>`` in a public web page): no session or client sends it.
    BROWSER_URL = "browser_url"
