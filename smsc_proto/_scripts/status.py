"""status.php: message delivery status, and message deletion (private).

Spec (line 1408): "https://smscentre.com/sys/status.php?login=<login>&psw=<password>&
phone=<phone>&id=<sms_id>"; (line 1875): "https://smscentre.com/sys/status.php?del=1&
login=<login>&psw=<password>&phone=<phone>&id=<sms_id>".

One status or several: ``phone`` and ``id`` are comma-separated lists in the same order
(lines 1414-1415), and a single message may be asked in the "multiple request" form by
writing a comma after its phone and its id. :class:`StatusQuery` and
:class:`StatusDelete` model the two forms explicitly: ``id`` is one id (the single form)
or a tuple of ids (the multiple form, whatever its length).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeAlias

from .._command import Codec, Command, IntChoice, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import short
from ..values import (
    GroupCode,
    PhoneList,
    format_message_id,
    format_phone_list,
    parse_message_id,
    parse_phone_list,
)

__all__ = ["MessageIds", "StatusDelete", "StatusQuery"]

MessageIds: TypeAlias = int | str | tuple[int | str, ...]
"""The ``id`` of status.php: one message id (the single form) or a tuple of them (the
multiple form; a 1-tuple travels with a trailing comma, ``"123,"``)."""


def _renamed(message: str, old: str, new: str) -> str:
    """``message`` with its leading ``old:`` parameter name replaced by ``new:``."""
    return new + message[len(old) :] if message.startswith(old + ":") else f"{new}: {message}"


class _Phones(Codec[PhoneList]):
    """``phone``: a phone list of :mod:`smsc_proto.values`, errors naming ``phone``.

    The values functions name the send.php parameter (``phones:``); status.php's
    parameter is ``phone``.
    """

    def format(self, name: str, value: PhoneList) -> str:
        if not isinstance(value, PhoneList):
            raise LocalProtocolError(f"{name}: must be a PhoneList, got {type(value).__name__}")
        return format_phone_list(value)

    def parse(self, name: str, text: str) -> PhoneList:
        try:
            return parse_phone_list(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_renamed(str(exc), "phones", name)) from None


class _Ids(Codec[MessageIds]):
    """``id``: one message id, or a comma-separated list of them (lines 1415, 51).

    Wire forms: ``123`` (single), ``123,`` (multiple, one id), ``123,abc`` (multiple).
    A trailing comma after two or more ids, an empty id and spaces are refused: the spec
    shows none of them, and keeping them would need a value that records them.
    """

    def format(self, name: str, value: MessageIds) -> str:
        if isinstance(value, tuple):
            if not value:
                raise LocalProtocolError(f"{name}: a multiple request needs at least one id")
            texts = [self._one(name, item) for item in value]
            return texts[0] + "," if len(texts) == 1 else ",".join(texts)
        return self._one(name, value)

    @staticmethod
    def _one(name: str, value: int | str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise LocalProtocolError(
                f"{name}: an id must be an int or a str, got {type(value).__name__}"
            )
        try:
            return format_message_id(value)
        except LocalProtocolError as exc:
            raise LocalProtocolError(_renamed(str(exc), "id", name)) from None

    def parse(self, name: str, text: str) -> MessageIds:
        if "," not in text:
            return parse_message_id(text)
        parts = text.split(",")
        if len(parts) == 2 and not parts[1]:
            return (parse_message_id(parts[0]),)
        for index, part in enumerate(parts):
            if not part:
                raise RemoteProtocolError(
                    f"{name}: empty id at position {index + 1} in {short(text)} (a trailing "
                    "comma is only the one-message form of a multiple request, line 1415)"
                )
        return tuple(parse_message_id(part) for part in parts)


_PHONE: Final = _Phones()
_ID: Final = _Ids()


@dataclass(frozen=True, slots=True, kw_only=True)
class _StatusFields(Command):
    """``phone`` and ``id``, shared by the status query and the deletion (private)."""

    SCRIPT = "status.php"
    REQUIRED = ("phone", "id")

    phone: PhoneList | None = param(_PHONE)
    id: MessageIds | None = param(_ID)

    @property
    def multiple(self) -> bool:
        """Whether the request is in the multiple form (``id`` is a tuple)."""
        return isinstance(self.id, tuple)

    @property
    def ids(self) -> tuple[int | str, ...]:
        """The message ids, in order (one for the single form)."""
        if self.id is None:  # pragma: no cover - REQUIRED excludes it
            return ()
        return self.id if isinstance(self.id, tuple) else (self.id,)

    def _check(self) -> None:
        if self.phone is None or self.id is None:  # pragma: no cover - REQUIRED
            return
        for entry in self.phone.entries:
            if isinstance(entry, GroupCode):
                # Spec (line 1414): "A phone number or a comma-separated list of numbers"
                # (or e-mail addresses): one status per recipient of a message.
                raise LocalProtocolError(
                    f"phone: a group code (G{entry.number}) is no recipient of a message "
                    "(line 1414: phone numbers or e-mail addresses)"
                )
        count = len(self.phone.entries)
        if not isinstance(self.id, tuple):
            if count != 1 or self.phone.trailing_comma:
                raise LocalProtocolError(
                    "phone: a single id takes a single phone without a trailing comma; use a "
                    "tuple of ids for the multiple form (lines 1414-1415)"
                )
            return
        if count != len(self.id):
            raise LocalProtocolError(
                f"phone: {count} phone(s) for {len(self.id)} id(s); the lists must match in "
                "order (line 1414)"
            )
        if self.phone.trailing_comma != (count == 1):
            rule = (
                "a single message in the multiple form needs a comma after its phone"
                if count == 1
                else "a trailing comma is only for a single message in the multiple form"
            )
            raise LocalProtocolError(f"phone: {rule} (lines 1414-1415)")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class StatusQuery(_StatusFields):
    """Ask for the delivery status of one or several messages (``status.php``).

    Spec (line 1408): ``status.php?login=<login>&psw=<password>&phone=<phone>&
    id=<sms_id>``. Spec (line 1414): "phone A phone number or a comma-separated list of
    numbers when requesting the statuses of multiple SMS messages. ... the numbers in the
    list must be listed in the order corresponding to the message IDs. To preserve the
    format of a multiple request, when requesting the status of a single message, enter a
    comma after the phone number. This description is also suitable for e-mail
    messages." Spec (line 1415): "id Message ID or a comma-separated list of IDs ... To
    preserve the format of a multiple request when requesting the status of a single
    message, specify a comma after the message ID."

    The single form: ``id`` is one id and ``phone`` one recipient without a trailing
    comma. The multiple form: ``id`` is a tuple of ids and ``phone`` as many recipients
    in the same order; with one id (a 1-tuple) both travel with a trailing comma.

    Args:
        phone: The recipients (phone numbers, e-mail addresses, or Telegram recipients of
            messages sent to them); a group code ``G<n>`` is refused.
        id: One message id (an int 1..2147483647 or a client string id, line 51), or a
            tuple of them for the multiple form.
        all: Lines 1421-1423: 0 (the default) the usual status, 1 full information about
            the message, 2 also the subscriber's country, operator and region.
    """

    all: int | None = param(IntChoice(0, 1, 2))


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class StatusDelete(_StatusFields):
    """Delete a message sent before (``status.php?del=1``).

    Spec (line 1875): ``status.php?del=1&login=<login>&psw=<password>&phone=<phone>&
    id=<sms_id>``; (line 1876): "The description of the parameters passed to the Server
    ... is similar to the one given for the status request function." -- so ``phone`` and
    ``id`` take the single and multiple forms of :class:`StatusQuery`. ``all`` is not
    taken (it shapes a status reply; the deletion replies "OK", lines 1878-1887).

    Args:
        phone: As for :class:`StatusQuery`.
        id: As for :class:`StatusQuery`.
    """

    SELECTOR = ("del", "1")
