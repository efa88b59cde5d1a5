"""The registry: which shapes and error table answer each command; the entry points.

Each script module registers, for its command classes, a function that picks the reply
shape from the command (:func:`responds`) and, apart from it, its error table
(:func:`error_table`). :func:`decode_response`, :func:`encode_response` and
:func:`encode_error` look both up and hand the body to the codec of the request's fmt
(:data:`FORMATS`): one table instead of a switch on ``fmt`` in every entry point.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping
from typing import Any, Final, Protocol, TypeAlias, TypeVar, overload

from .._charsets import DEFAULT_CHARSET, check_encodable
from .._command import Command, parse_command
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._wire import Request
from ..values import format_message_id
from . import _json_fast
from ._fast import FastReaders
from ._json import JSON_FORMAT
from ._raw import raw_decoder
from ._shapes import Shape
from ._tables import ERROR_CODES, ErrorTable
from ._text import TEXT_FORMATS, TextFormat
from ._text_fast import TEXT_FAST
from ._xml import XML_FORMAT
from ._xml_fast import XML_FAST

__all__ = [
    "ERROR_TABLES",
    "FORMATS",
    "Reply",
    "ReplyFormat",
    "Shapes",
    "decode_exact",
    "decode_response",
    "encode_error",
    "encode_response",
    "error_meaning",
    "error_table",
    "responds",
    "table_of",
]

C = TypeVar("C", bound=Command)
R = TypeVar("R")

#: The reply of a command the type checker does not know: a bare
#: :class:`~smsc_proto.Request`, or a ``Command`` without its reply type. It is ``Any``,
#: so untyped callers write ``reply.balance`` without a cast. A typed command gives its
#: own reply type instead (``decode_response(Balance(), ...)`` is a ``BalanceReply``).
Reply: TypeAlias = Any

#: What a command's shape picker returns: one shape, or alternatives the body decides
#: between (an SMS or an HLR status: "the body decides that, in every fmt").
Shapes: TypeAlias = Shape[Any] | tuple[Shape[Any], ...]


class ReplyFormat(Protocol):
    """What the codec of one fmt does (``_text``, ``_xml``, ``_json``)."""

    fmt: int

    def parse(self, body: bytes, charset: str) -> Any:
        """The body as the format's value (text, an element, a JSON value)."""

    def error(self, table: ErrorTable, parsed: Any) -> GatewayError | None:
        """The error the body reports, or ``None``."""

    def decode(self, shape: Shape[Any], parsed: Any) -> Any:
        """The reply of ``shape``."""

    def records(self, shape: Shape[Any], parsed: Any) -> list[Any]:
        """The records of a list whose records decide their shape."""

    def decode_record(self, shape: Shape[Any], record: Any) -> Any:
        """One such record."""

    def fitting(self, shapes: tuple[Shape[Any], ...], record: Any) -> tuple[Shape[Any], ...]:
        """The alternatives worth trying on ``record`` (all, or those its keys fit)."""

    def encode(self, shape: Shape[Any], reply: object) -> str:
        """The body of ``reply``."""

    def encode_records(self, shapes: list[Shape[Any]], records: list[Any]) -> str:
        """The body of a list whose records are each of its own shape."""

    def encode_error(self, code: int, description: str, raw_id: str | None, quoted: bool) -> str:
        """The error reply."""


#: fmt -> its codec.
FORMATS: Final[Mapping[int, ReplyFormat]] = {
    0: TEXT_FORMATS[0],
    1: TEXT_FORMATS[1],
    2: XML_FORMAT,
    3: JSON_FORMAT,
}

#: fmt -> the generated readers :func:`decode_response` uses (:func:`decode_exact`
#: never does).
FAST_READERS: Final[Mapping[int, FastReaders]] = {0: TEXT_FAST[0], 1: TEXT_FAST[1], 2: XML_FAST}

_SHAPES: dict[type[Command], Callable[[Any], Shapes]] = {}

#: Each script's table of error codes: key -> code -> meaning (the spec's words). A
#: script whose actions word their errors differently has one table per action, keyed
#: ``"<script>/<action>"`` (``"get.php/get_messages"``).
ERROR_TABLES: dict[str, Mapping[int, str]] = {}

#: Command class -> its error table.
_TABLES: dict[type[Command], ErrorTable] = {}


def error_table(
    *commands: type[Command],
    errors: Mapping[int, str],
    with_id: frozenset[int] = frozenset(),
    key: str | None = None,
) -> None:
    """Register the error table of ``commands``.

    Args:
        commands: The command classes whose error replies the table explains.
        errors: Code -> the spec's meaning.
        with_id: Codes whose error replies carry the message id.
        key: The key of the table in :data:`ERROR_TABLES` when it is an action's own
            (``"get.php/get_messages"``); the script's name by default.
    """
    for cls in commands:
        table = ErrorTable(key or cls.SCRIPT, errors, with_id)
        _TABLES[cls] = table
        ERROR_TABLES[table.key] = errors


def responds(*commands: type[C]) -> Callable[[Callable[[C], Shapes]], Callable[[C], Shapes]]:
    """Register the function that picks a command's reply shape from the command.

    The function returns one :class:`~._shapes.Shape`, or a tuple of alternatives when
    only the body can tell them apart: the decoder then takes the one alternative the
    body fits (and refuses a body that fits none or several); the encoder takes the one
    whose model is the reply's class.
    """

    def decorate(function: Callable[[C], Shapes]) -> Callable[[C], Shapes]:
        for cls in commands:
            _SHAPES[cls] = function
        return function

    return decorate


def error_meaning(script: str, code: int) -> str | None:
    """The spec's meaning of error ``code`` of ``script`` (a key of :data:`ERROR_TABLES`:
    ``"send.php"``, or ``"get.php/get_messages"`` for an action's own table), or ``None``
    when the code or the table is unknown."""
    return ERROR_TABLES.get(script, {}).get(code)


def table_of(cls: type[Command]) -> ErrorTable:
    """The error table of command class ``cls`` (an empty one named after its script
    when none is registered)."""
    table = _TABLES.get(cls)
    return table if table is not None else ErrorTable(cls.SCRIPT, {})


def _command(request_or_command: Request | Command) -> Command:
    if isinstance(request_or_command, Command):
        return request_or_command
    if isinstance(request_or_command, Request):
        return parse_command(request_or_command)
    raise LocalProtocolError(
        f"request: must be a Request or a command, got {type(request_or_command).__name__}"
    )


def _shapes(command: Command) -> tuple[Shape[Any], ...]:
    picker = _SHAPES.get(type(command))
    if picker is None:
        raise LocalProtocolError(
            f"{command.SCRIPT}: the replies of {type(command).__name__} are not modelled "
            "as fmt=0..3 bodies"
        )
    picked = picker(command)
    return picked if isinstance(picked, tuple) else (picked,)


def _supporting(command: Command, fmt: int) -> tuple[Shape[Any], ...]:
    """The command's reply shapes that have a fmt ``fmt`` form."""
    shapes = tuple(shape for shape in _shapes(command) if shape.supports(fmt))
    if not shapes:
        raise RemoteProtocolError(f"body: the spec gives this reply no fmt={fmt} form")
    return shapes


def _shape_for(shapes: tuple[Shape[Any], ...], reply: object) -> Shape[Any]:
    """The shape whose model ``reply`` (or its first record) is an instance of."""
    if len(shapes) == 1:
        return shapes[0]
    sample = reply[0] if isinstance(reply, list) and reply else reply
    for shape in shapes:
        if isinstance(sample, shape.model) and isinstance(reply, list) == shape.many:
            return shape
    names = " or ".join(
        f"list of {shape.model.__name__}" if shape.many else shape.model.__name__
        for shape in shapes
    )
    got = f"list of {type(sample).__name__}" if isinstance(reply, list) else type(reply).__name__
    raise LocalProtocolError(f"reply: must be a {names}, got {got}")


def _decode_one_of(shapes: tuple[Shape[Any], ...], decode: Callable[[Shape[Any]], Reply]) -> Reply:
    """Decode with the one alternative the body fits."""
    if len(shapes) == 1:
        return decode(shapes[0])
    results, problems = [], []
    for shape in shapes:
        try:
            results.append(decode(shape))
        except RemoteProtocolError as exc:
            problems.append(f"{shape.model.__name__}: {exc}")
    if len(results) == 1 or (results and all(r == results[0] for r in results)):
        # Several alternatives reading the same value (an empty list) are one reading.
        return results[0]
    if results:
        raise RemoteProtocolError("body: fits more than one reply form; it cannot be read")
    raise RemoteProtocolError("body: fits no reply form (" + "; ".join(problems) + ")")


def _mixed(shapes: tuple[Shape[Any], ...]) -> bool:
    """Whether ``shapes`` are lists whose records the body decides one by one.

    Alternatives that are all lists in the same container (``<list><sms>``, a JSON
    array, lines -- or, for fmt=0 records that may span lines, records that all start
    with the same text) are decided per record: a status reply for several ids may mix
    SMS, HLR and not-found records.
    """
    if len(shapes) < 2 or not all(shape.many and shape.tail is None for shape in shapes):
        return False
    forms = {(s.xml.root, s.xml.item) if s.xml is not None else None for s in shapes}
    starts = {s.fmt0.literals[0] if s.multiline and s.fmt0 else None for s in shapes}
    return len(forms) == 1 and len(starts) == 1


def _decide(codec: ReplyFormat, shapes: tuple[Shape[Any], ...], record: Any) -> Any:
    """Decode one record of a list whose every record is decided among ``shapes``."""
    candidates = codec.fitting(shapes, record)
    if len(candidates) == 1:
        try:
            return codec.decode_record(candidates[0], record)
        except RemoteProtocolError as exc:
            name = candidates[0].model.__name__
            raise RemoteProtocolError(f"body: fits no reply form ({name}: {exc})") from None
    return _decode_one_of(candidates, lambda shape: codec.decode_record(shape, record))


def _decode_mixed(codec: ReplyFormat, shapes: tuple[Shape[Any], ...], parsed: Any) -> list[Any]:
    """Decode a list whose every record is decided among ``shapes`` by itself."""
    # The alternatives share their container (``_mixed``): the first one reads it.
    return [_decide(codec, shapes, record) for record in codec.records(shapes[0], parsed)]


def _decode_fast(
    codec: ReplyFormat, fast: FastReaders, shapes: tuple[Shape[Any], ...], parsed: Any
) -> Any:
    """The reply through the format's generated readers, each falling back to the exact
    decoder (one record, or the whole choice among alternatives) where it must."""
    if _mixed(shapes):
        return fast.decode_mixed(shapes, parsed, functools.partial(_decide, codec, shapes))
    if len(shapes) > 1:
        return fast.decode_alternatives(
            shapes,
            parsed,
            lambda: _decode_one_of(shapes, lambda shape: fast.decode(shape, parsed)),
        )
    return fast.decode(shapes[0], parsed)


def _fmt_and_charset(command: Command) -> tuple[int, str]:
    return (command.fmt or 0), (command.charset or DEFAULT_CHARSET)


@overload
def decode_response(
    request_or_command: Command[R], body: bytes, *, content_type: str | None = None
) -> R: ...
@overload
def decode_response(
    request_or_command: Request, body: bytes, *, content_type: str | None = None
) -> Reply: ...
def decode_response(
    request_or_command: Request | Command, body: bytes, *, content_type: str | None = None
) -> Reply:
    """Decode a reply body into its typed model (or list of models).

    The request (or command) decides the shape: its ``fmt`` (0 when absent), its
    charset (windows-1251 when absent) and the parameters that change the reply
    (``cost``, ``cur``...). A :class:`~smsc_proto.Request` is first decoded with
    :func:`~smsc_proto.commands.parse_command`.

    A command whose replies follow no ``fmt`` (documents.php: a PDF file, or a
    multipart body of JSON and PDF) is read in that raw format; ``content_type``, the
    reply's ``Content-Type`` header, names the multipart boundary (without it the
    body's first line does). Every other reply is read by its ``fmt`` alone and
    ``content_type`` is not looked at.

    A command gives the type checker its reply type: ``decode_response(Balance(),
    body)`` is a ``BalanceReply``, ``decode_response(GetMessages(), body)`` a
    ``list[GetMessagesReply]``. A bare :class:`~smsc_proto.Request` names its command
    only at run time, so its result is :data:`Reply` (``Any``): narrow it with
    ``isinstance``, or decode the command instead (see :ref:`reply-types`).

    Raises:
        GatewayError: the body is a well-formed error reply (``.code``,
            ``.description`` -- the body's words, or the spec's meaning where the
            format carries none -- and ``.id`` where the reply names a message);
            :class:`~smsc_proto.IpBlockedError` for code 4 and
            :class:`~smsc_proto.TooManyRequestsError` for code 9.
        RemoteProtocolError: the body is malformed, is not valid in the charset, or
            does not have the shape the request asks for.
        LocalProtocolError: ``body`` is not bytes, ``content_type`` is not str, or the
            command's replies are not modelled.
    """
    return _decode(request_or_command, body, fast=True, content_type=content_type)


def decode_exact(
    request_or_command: Request | Command, body: bytes, *, content_type: str | None = None
) -> Reply:
    """:func:`decode_response` without the generated fast readers: every value through
    its codec. The differential tests and the fuzz harness hold the two to the same
    value or the same error class on every body."""
    return _decode(request_or_command, body, fast=False, content_type=content_type)


def _decode(
    request_or_command: Request | Command,
    body: bytes,
    *,
    fast: bool,
    content_type: str | None = None,
) -> Reply:
    if not isinstance(body, bytes):
        raise LocalProtocolError(f"body: must be bytes, got {type(body).__name__}")
    if content_type is not None and not isinstance(content_type, str):
        raise LocalProtocolError(f"content_type: must be str, got {type(content_type).__name__}")
    command = _command(request_or_command)
    raw = raw_decoder(command)
    if raw is not None:
        # A raw reply (a file, a multipart body) follows no fmt: its format's decoder
        # reads it, error replies included.
        return raw(command, body, content_type)
    fmt, charset = _fmt_and_charset(command)
    if fmt == 3:
        # The generated readers (fast) or the exact decoder; both refuse a repeated key
        # and keep a bare amount's digits (_json_fast).
        return _json_fast.decode_json_body(command, body, charset, fast=fast)
    codec = FORMATS[fmt]
    parsed = codec.parse(body, charset)
    # Error replies have one form in every script: they are read before the shape is
    # picked, so a command whose reply is not modelled still reports its errors.
    error = codec.error(table_of(type(command)), parsed)
    if error is not None:
        raise error
    shapes = _supporting(command, fmt)
    readers = FAST_READERS.get(fmt) if fast else None
    if readers is not None:
        return _decode_fast(codec, readers, shapes, parsed)
    if _mixed(shapes):
        return _decode_mixed(codec, shapes, parsed)
    return _decode_one_of(shapes, lambda shape: codec.decode(shape, parsed))


def _encode_body(text: str, charset: str) -> bytes:
    check_encodable(text, charset, "reply")
    return text.encode(charset)


@overload
def encode_response(request_or_command: Command[R], reply: R) -> bytes: ...
@overload
def encode_response(request_or_command: Request, reply: Reply) -> bytes: ...
def encode_response(request_or_command: Request | Command, reply: Reply) -> bytes:
    """Write the body the gateway sends for ``reply``, in the request's fmt and charset.

    fmt=0 and fmt=1 follow the spec's templates exactly; fmt=2 is the documented
    elements without an XML declaration; fmt=3 is compact JSON with the documented keys,
    order and quoting.

    ``reply`` has the command's reply type (a ``BalanceReply`` for ``Balance()``); with
    a bare :class:`~smsc_proto.Request` the type checker takes any value.

    Raises:
        LocalProtocolError: the reply does not fit the shape the request asks for (a
            missing value, a wrong type, text the charset cannot carry, or free text
            that would make a text reply ambiguous).
    """
    command = _command(request_or_command)
    fmt, charset = _fmt_and_charset(command)
    codec = FORMATS[fmt]
    every = _shapes(command)
    shapes = tuple(s for s in every if s.supports(fmt))
    if fmt == 3:
        fast = _json_fast.encode_json_fast(every, shapes, reply)
        if fast is not None:
            return _encode_body(fast, charset)
    if _mixed(shapes):
        if not isinstance(reply, list):
            raise LocalProtocolError(f"reply: must be a list, got {type(reply).__name__}")
        text = codec.encode_records([_record_shape(shapes, r) for r in reply], reply)
    else:
        shape = _shape_for(every, reply)
        if not shape.supports(fmt):
            raise LocalProtocolError(f"fmt: the spec gives this reply no fmt={fmt} form")
        text = codec.encode(shape, reply)
    if isinstance(codec, TextFormat):
        codec.check_not_error(table_of(type(command)), text)
    return _encode_body(text, charset)


def _record_shape(shapes: tuple[Shape[Any], ...], record: object) -> Shape[Any]:
    for shape in shapes:
        if isinstance(record, shape.model):
            return shape
    names = " or ".join(shape.model.__name__ for shape in shapes)
    raise LocalProtocolError(f"reply: a record must be a {names}, got {type(record).__name__}")


def encode_error(request_or_command: Request | Command, error: GatewayError) -> bytes:
    """Write the error reply the gateway sends, in the request's fmt and charset.

    Spec (lines 176-206): ``ERROR = N (description)`` (fmt=0, with ``, ID - <id>`` for
    the codes that name a message), ``0,-N`` or ``<id>,-N`` (fmt=1), ``<result>`` with
    ``<error>``, ``<error_code>`` and ``<id>`` (fmt=2), and the same keys in fmt=3.
    A command whose replies follow no fmt (documents.php) gets the one error form its
    script sends whatever the fmt, the fmt=3 JSON (QUIRKS INC-33), which is what
    :func:`decode_response` reads for it.

    Raises:
        LocalProtocolError: ``error`` is not a GatewayError, its code is not an int in
            1..999999999 (the codes every fmt reads back as written), it names a message
            for a code whose reply carries no id, or its text cannot be written.
    """
    command = _command(request_or_command)
    if raw_decoder(command) is not None:
        # Spec (lines 2578-2582): "If an error occurs, the Server returns the following
        # string: {"error": "description", "error_code": N}" -- the raw decoder reads that
        # form only, so any other fmt's error line would not read back.
        command = dataclasses.replace(command, fmt=3)
    fmt, charset = _fmt_and_charset(command)
    if not isinstance(error, GatewayError):
        raise LocalProtocolError(f"error: must be a GatewayError, got {type(error).__name__}")
    code = error.code
    if not isinstance(code, int) or isinstance(code, bool) or code not in ERROR_CODES:
        raise LocalProtocolError(
            f"error_code: must be an int in {ERROR_CODES.start}..{ERROR_CODES.stop - 1} (the "
            f"codes every fmt reads back), got {code!r}"
        )
    description = error.description
    if "\n" in description or "\r" in description:
        raise LocalProtocolError("error: the description must be one line")
    raw_id = None if error.id is None else format_message_id(error.id)
    with_id = table_of(type(command)).with_id
    if raw_id is not None and error.code not in with_id:
        codes = ", ".join(str(c) for c in sorted(with_id)) or "none"
        raise LocalProtocolError(
            f"id: error {error.code} of {command.SCRIPT} names no message (codes with an "
            f"id: {codes})"
        )
    body = FORMATS[fmt].encode_error(error.code, description, raw_id, isinstance(error.id, str))
    return _encode_body(body, charset)
