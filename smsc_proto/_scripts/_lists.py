"""Parameters in the syntax of send.php ``phones`` under other names (private).

status.php ``phone``, phones.php ``phone``/``new_phone``/``pho``, get.php ``phone``,
users.php ``ph``/``mph``, info.php ``phone``... all read the list syntax of
:func:`~smsc_proto.values.parse_phone_list`. The values layer's messages name send.php's
``phones``; these codecs name the parameter at hand, and subclasses restrict which kinds
of entries the parameter takes.
"""

from __future__ import annotations

from typing import Any

from .._coerce import PHONE_LIST_INPUT, as_phone_list
from .._command import Codec
from .._errors import LocalProtocolError, RemoteProtocolError
from ..values import PhoneList, format_phone_list, parse_phone_list


def renamed(message: str, name: str) -> str:
    """``message`` of a values function (which names ``phones``) naming ``name`` instead."""
    if message.startswith("phones:"):
        return name + message[len("phones") :]
    return message if message.startswith(name + ":") else f"{name}: {message}"


class PhoneListCodec(Codec[PhoneList]):
    """A phone list parameter; :meth:`problem` says which lists the parameter refuses.

    The constructor also takes ``"79999999999"``, ``"a,b"`` or a list of recipients
    (:func:`~smsc_proto._coerce.as_phone_list`).
    """

    accepts = PHONE_LIST_INPUT

    def coerce(self, name: str, value: Any) -> PhoneList:
        result: PhoneList = as_phone_list(name, value)
        return result

    def problem(self, value: PhoneList) -> str | None:
        """Why the parameter cannot take ``value`` (``None``: it can). Override."""
        return None

    def format(self, name: str, value: PhoneList) -> str:
        if not isinstance(value, PhoneList):
            raise LocalProtocolError(f"{name}: must be a PhoneList, got {type(value).__name__}")
        problem = self.problem(value)
        if problem:
            raise LocalProtocolError(f"{name}: {problem}")
        return format_phone_list(value)

    def parse(self, name: str, text: str) -> PhoneList:
        try:
            value = parse_phone_list(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(renamed(str(exc), name)) from None
        problem = self.problem(value)
        if problem:
            raise RemoteProtocolError(f"{name}: {problem}")
        return value
