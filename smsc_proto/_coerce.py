"""Natural inputs of command fields, turned into the fields' canonical values (private).

A command's fields hold one canonical type each (a :class:`~smsc_proto.values.PhoneList`
for ``phones``, a :class:`~smsc_proto.values.SendAt` for ``time``...), so that a command
decoded from the wire compares equal to the one that was encoded. Callers may write the
values they have at hand instead -- ``phones="79999999999,79888888888"``, ``time=
datetime(...)`` -- and the constructor turns them into the canonical value before it
validates anything (:meth:`Codec.coerce <smsc_proto._command.Codec.coerce>`). Each
function here takes the wire name (for the error message) and the value, returns the
canonical value, and raises :class:`LocalProtocolError` naming the accepted types.

Nothing is guessed: an input converts only when it says one thing (a naive
``datetime`` is ``DDMMYYhhmm`` in ``tz``'s zone, an aware one a unix timestamp), and a
conversion that would drop information (seconds of a ``SendAt``) is refused by the
canonical type's own constructor, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

from ._errors import LocalProtocolError, RemoteProtocolError
from ._util import short
from .values import (
    EmailAddress,
    GroupCode,
    Phone,
    PhoneList,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    SendNow,
    TelegramId,
    TelegramNick,
    Valid,
    parse_phone_list,
    parse_recipient,
)
from .values._time import _is_numeric_id

__all__ = [
    "PHONE_INPUT",
    "PHONE_LIST_INPUT",
    "as_decimal",
    "as_group_ids",
    "as_message_id",
    "as_message_ids",
    "as_phone_list",
    "as_recipient",
    "as_send_time",
    "as_valid",
]

T = TypeVar("T")

_RECIPIENTS: Final = (Phone, GroupCode, TelegramId, TelegramNick, EmailAddress)

#: What a phone list field takes besides a PhoneList (the clients' signatures show it).
PHONE_LIST_INPUT: Final = "str | Sequence[str | Recipient]"
#: What a one-recipient field takes besides its value class.
PHONE_INPUT: Final = "str"


def _renamed(message: str, name: str) -> str:
    """A values-layer message (naming ``phones``, ``id``, ``time``...) naming ``name``."""
    head, colon, rest = message.partition(": ")
    if colon and " " not in head:
        return f"{name}: {rest}"
    return f"{name}: {message}"


def _local(name: str, exc: Exception) -> LocalProtocolError:
    return LocalProtocolError(_renamed(str(exc), name))


def as_phone_list(name: str, value: Any) -> Any:
    """A :class:`PhoneList` from a ``PhoneList``, ``"79999999999"``, ``"a,b"`` or a list.

    A list (or tuple) holds one recipient per item: a ``str`` in any spelling of
    :func:`~smsc_proto.values.parse_recipient` or a recipient object. An item with a
    separator in it (``["a,b"]``) is refused rather than split: it says two things.
    """
    if isinstance(value, PhoneList):
        return value
    if isinstance(value, str):
        try:
            return parse_phone_list(value)
        except RemoteProtocolError as exc:
            raise _local(name, exc) from None
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        entries = []
        for index, item in enumerate(value):
            if isinstance(item, _RECIPIENTS):
                entries.append(item)
                continue
            if not isinstance(item, str):
                raise LocalProtocolError(
                    f"{name}: item {index + 1} must be a str or a recipient "
                    f"(Phone, GroupCode, EmailAddress...), got {type(item).__name__}"
                )
            if "," in item or ";" in item:
                raise LocalProtocolError(
                    f"{name}: item {index + 1} must be one recipient, got the list {short(item)}"
                )
            try:
                entries.append(parse_recipient(item))
            except RemoteProtocolError as exc:
                raise LocalProtocolError(
                    f"{name}: item {index + 1}: {_renamed(str(exc), name)[len(name) + 2 :]}"
                ) from None
        if not entries:
            raise LocalProtocolError(f"{name}: needs at least one recipient, got an empty list")
        return PhoneList(entries=tuple(entries))
    raise LocalProtocolError(
        f"{name}: must be a PhoneList, a str ('79999999999' or '79999999999,79888888888') "
        f"or a list of str, got {type(value).__name__}"
    )


def as_recipient(name: str, value: Any, kind: type) -> Any:
    """One recipient of class ``kind`` (``Phone``, ``EmailAddress``), or its text."""
    if isinstance(value, str):
        if "," in value or ";" in value:
            raise LocalProtocolError(f"{name}: must be one recipient, got the list {short(value)}")
        try:
            if kind is EmailAddress:
                # Spaces around it are dropped, as in a list (parse_recipient).
                return EmailAddress(address=value.strip(" "))
            found = parse_recipient(value)
        except (RemoteProtocolError, LocalProtocolError) as exc:
            raise _local(name, exc) from None
        if not isinstance(found, kind):
            raise LocalProtocolError(
                f"{name}: must be one phone number ([+]digits), got {short(value)}"
            )
        return found
    if isinstance(value, (*_RECIPIENTS, PhoneList)):
        # The project's own values are left to the codec, whose message names the rule
        # ("must be one phone number (line 2002), got PhoneList").
        return value
    raise LocalProtocolError(
        f"{name}: must be one {kind.__name__} or its text (a str), got {type(value).__name__}"
    )


def as_message_id(name: str, value: Any) -> Any:
    """A message id: an ``int``, or a ``str`` -- ``"123"`` is the number 123.

    Spec (line 51): "a 32-bit number in the range from 1 to 2147483647, or a string".
    The wire cannot tell ``"123"`` from ``123`` (the decoder reads both as the number),
    so the canonical form of the text is the number.
    """
    if isinstance(value, str) and _is_numeric_id(value):
        return int(value)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise LocalProtocolError(
            f"{name}: an id must be an int or a str, got {type(value).__name__}"
        )
    return value


def as_message_ids(name: str, value: Any) -> Any:
    """status.php's ids: one id (``int``/``str``), or a list or tuple of them."""
    if isinstance(value, (list, tuple)):
        return tuple(as_message_id(name, item) for item in value)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise LocalProtocolError(
            f"{name}: an id must be an int or a str (or a list or tuple of ids), "
            f"got {type(value).__name__}"
        )
    return as_message_id(name, value)


def as_group_ids(name: str, value: Any) -> Any:
    """Group ids: a tuple of ``int``, from one ``int`` or a list of them."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, tuple):
        return value
    raise LocalProtocolError(
        f"{name}: must be an int or a list or tuple of int, got {type(value).__name__}"
    )


def as_decimal(name: str, value: Any) -> Any:
    """A :class:`~decimal.Decimal` from a ``Decimal``, an ``int`` or a decimal ``str``.

    A ``float`` is refused: ``0.1`` is not the number it prints, and money and hours
    travel as the digits written.
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            raise LocalProtocolError(
                f"{name}: must be a decimal number, got {short(value)}"
            ) from None
    raise LocalProtocolError(
        f"{name}: must be a Decimal, an int or a str such as '0.5', got {type(value).__name__}"
        + (
            " (a float is not exact: pass Decimal('...') or a str)"
            if isinstance(value, float)
            else ""
        )
    )


def as_send_time(name: str, value: Any) -> Any:
    """``time`` of send.php (lines 60-66) from a ``datetime`` or a ``timedelta``.

    * a naive ``datetime``: ``DDMMYYhhmm`` (:class:`~smsc_proto.values.SendAt`), read in
      the zone of ``tz`` (line 67, hours from Moscow);
    * an aware ``datetime``: the unix timestamp ``0ts``
      (:class:`~smsc_proto.values.SendAtTimestamp`), whole seconds;
    * a ``timedelta``: ``+m`` (:class:`~smsc_proto.values.SendAfter`), whole minutes.
    """
    if isinstance(value, (SendAt, SendAtHours, SendAtTimestamp, SendAfter, SendNow)):
        return value
    try:
        if isinstance(value, datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                return SendAt(when=value)
            stamp = value.timestamp()
            if stamp != int(stamp):
                raise LocalProtocolError(
                    "time: an aware datetime travels as a unix timestamp in whole seconds"
                )
            return SendAtTimestamp(timestamp=int(stamp))
        if isinstance(value, timedelta):
            minutes, rest = divmod(value, timedelta(minutes=1))
            if rest:
                raise LocalProtocolError(
                    "time: a timedelta travels as +m, whole minutes; got a remainder"
                )
            return SendAfter(minutes=minutes)
    except LocalProtocolError as exc:
        raise _local(name, exc) from None
    raise LocalProtocolError(
        f"{name}: must be a datetime (naive: DDMMYYhhmm in tz's zone; aware: a timestamp), "
        "a timedelta (+minutes), or SendAt, SendAtHours, SendAtTimestamp, SendAfter or "
        f"SendNow, got {type(value).__name__}"
    )


def as_valid(name: str, value: Any) -> Any:
    """``valid`` (line 149) from a :class:`~smsc_proto.values.Valid`, hours or a timedelta.

    An ``int`` is the hours form; a ``timedelta`` of whole hours the hours form, of
    whole minutes otherwise the ``hh:mm`` form.
    """
    if isinstance(value, Valid):
        return value
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return Valid(hours=value)
        if isinstance(value, timedelta):
            minutes, rest = divmod(value, timedelta(minutes=1))
            if rest:
                raise LocalProtocolError("valid: a timedelta must be whole minutes")
            hours, minute = divmod(minutes, 60)
            return Valid(hours=hours) if minute == 0 else Valid(hours=hours, minute=minute)
    except LocalProtocolError as exc:
        raise _local(name, exc) from None
    raise LocalProtocolError(
        f"{name}: must be a Valid, an int (hours) or a timedelta, got {type(value).__name__}"
    )
