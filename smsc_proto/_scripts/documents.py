"""documents.php: sub-client invoices and acts -- create one, download one (private).

Spec (lines 2563-2565)::

    documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>
    documents.php?add_account=1&login=<login>&psw=<password>&user_id=<user_id>&sum=<sum>
    documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>
    documents.php?get_account=1&login=<login>&psw=<password>&user_id=<user_id>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user=<user>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user_id=<user_id>&id=<id>
    documents.php?get_act=1&login=<login>&psw=<password>&user=<user>&num=<num>
    documents.php?get_act=1&login=<login>&psw=<password>&user_id=<user_id>&num=<num>

Every command names the sub-client by ``user`` or by ``user_id`` (lines 2571-2572: "You
can use the user_id parameter instead of this parameter"), exactly one of them. The
script documents no ``fmt`` (QUIRKS INC-33: its errors are JSON only); the base's
``fmt`` is still accepted, as for every script (INC-68).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Final, overload

from .._call_kind import CallKind
from .._charsets import DEFAULT_CHARSET, check_encodable
from .._command import Command, Dec, Int, ReplyT, Text, param, parse_command, register
from .._errors import GatewayError, LocalProtocolError, RemoteProtocolError
from .._forms import BOUNDARY_RE
from .._jsonsafe import load_json
from .._replies import (
    JsonForm,
    Shape,
    _json_fast,
    decode_response,
    encode_error,
    error_table,
    integer,
    money,
    responds,
)
from .._replies._json import JSON_FORMAT, json_shape
from .._replies._raw import PDF_MAGIC, check_pdf, is_json, multipart_parts, raw_replies
from .._replies._registry import table_of
from .._util import short
from .._wire import Request
from .._xmlsafe import check_body

__all__ = [
    "DocumentsAddAccount",
    "DocumentsAddAccountReply",
    "DocumentsFileReply",
    "DocumentsGetAccount",
    "DocumentsGetAct",
    "decode_documents_response",
    "encode_documents_error",
    "encode_documents_response",
]
__replies__ = [
    "DocumentsAddAccountReply",
    "DocumentsFileReply",
    "decode_documents_response",
    "encode_documents_error",
    "encode_documents_response",
]

_INT32_MAX: Final = 2_147_483_647
_ID: Final = Int(1, _INT32_MAX)
_WORD: Final = Text(nonempty=True, single_line=True)
#: An invoice amount: positive, two decimals, at most 999999999.99 (the spec gives no
#: bound; line 2573: "The amount to create an account for in the Client's currency").
_SUM: Final = Dec(Decimal("0.01"), Decimal("999999999.99"))


@dataclass(frozen=True, slots=True, kw_only=True)
class _SubClient(Command[ReplyT]):
    """``user`` or ``user_id``: the sub-client every documents.php command names (private)."""

    SCRIPT = "documents.php"
    ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("user",), ("user_id",))

    user: str | None = param(_WORD)
    user_id: int | None = param(_ID)

    def _check(self) -> None:
        # Spec (lines 2571-2572): each is the other's replacement ("instead of").
        if self.user is not None and self.user_id is not None:
            raise LocalProtocolError(
                "user_id: not with user (one replaces the other, lines 2571-2572)"
            )


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsAddAccount(_SubClient["DocumentsAddAccountReply"]):
    """Create an invoice for a sub-client (``documents.php?add_account=1``).

    Spec (line 2563): "To create a new account for a subclient ...
    ``documents.php?add_account=1&login=<login>&psw=<password>&user=<user>&sum=<sum>``
    or: ``...&user_id=<user_id>&sum=<sum>``" -- ``sum`` and one of ``user`` /
    ``user_id`` are required. The reply is multipart: JSON, then the invoice PDF.

    Args:
        user: "The username of the sub-client to create or upload an invoice for"
            (line 2571), one line.
        user_id: The sub-client's ID (line 2572), 1..2147483647.
        sum: "The amount to create an account for in the Client's currency" (line
            2573): 0.01..999999999.99, at most two decimals.
        service: "Name of the service specified when creating the invoice" (line
            2574), one line.
    """

    SELECTOR = ("add_account", "1")
    REQUIRED = ("sum",)

    sum: Decimal | None = param(_SUM)
    service: str | None = param(_WORD)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsGetAccount(_SubClient["DocumentsFileReply"]):
    """Download a sub-client's invoice (``documents.php?get_account=1``).

    Spec (line 2564): "To upload an existing account subclient ...
    ``documents.php?get_account=1&login=<login>&psw=<password>&user=<user>&id=<id>`` or:
    ``...&user_id=<user_id>&id=<id>``" -- ``id`` and one of ``user`` / ``user_id``
    are required. The reply is the invoice PDF.

    Args:
        user: As for :class:`DocumentsAddAccount`.
        user_id: As for :class:`DocumentsAddAccount`.
        id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
    """

    SELECTOR = ("get_account", "1")
    REQUIRED = ("id",)
    KIND = CallKind.READ

    id: int | None = param(_ID)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsGetAct(_SubClient["DocumentsFileReply"]):
    """Download a sub-client's act (``documents.php?get_act=1``).

    Spec (line 2565): "To upload an existing sub-client report ...
    ``get_act=1&...&user=<user>&id=<id>``, ``...&user_id=<user_id>&id=<id>`` or:
    ``...&user=<user>&num=<num>``, ``...&user_id=<user_id>&num=<num>``" -- one of
    ``user`` / ``user_id`` and one of ``id`` / ``num``. The reply is the act PDF.

    Args:
        user: As for :class:`DocumentsAddAccount`.
        user_id: As for :class:`DocumentsAddAccount`.
        id: "ID of the requested invoice or act" (line 2575), 1..2147483647.
        num: "Number of the requested act" (line 2576), one line (an act number may
            carry letters or dashes; it is kept as sent).
    """

    SELECTOR = ("get_act", "1")
    ONE_OF = (("user", "id"), ("user_id", "id"), ("user", "num"), ("user_id", "num"))
    KIND = CallKind.READ

    id: int | None = param(_ID)
    num: str | None = param(_WORD)

    def _check(self) -> None:
        _SubClient._check(self)
        # Line 2565 lists id and num in separate URLs: one document, named one way.
        if self.id is not None and self.num is not None:
            raise LocalProtocolError("num: not with id (one act, line 2565)")


# -- replies ---------------------------------------------------------------------------------
#
# Spec (lines 2595-2599): add_account answers with "a multipart structure that includes 2
# parts with the corresponding headers. The first part contains the Server response in
# json format, containing the ID and amount of the created invoice, the second part
# includes a file with the invoice in pdf format"; get_account and get_act answer with
# the PDF file itself. Neither is a fmt=0..3 reply: they are the raw format of the
# registry (smsc_proto._replies._raw), read by decode_response with the reply's
# Content-Type through the same hardened loaders (check_body's size and compression
# checks, load_json) and, for the JSON part, the generic fmt=3 record codec of a
# declared shape.


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsAddAccountReply:
    """The reply of :class:`~smsc_proto.commands.DocumentsAddAccount`: an invoice.

    Its ID, its amount and its PDF file.

    Spec (line 2595): "a multipart structure that includes 2 parts ... The first part
    contains the Server response in json format, containing the ID and amount of the
    created invoice, the second part includes a file with the invoice in pdf format."
    QUIRKS INC-33: the JSON keys are not given; they are read and written as ``id`` and
    ``sum``, the parameters that name an invoice (``get_account``'s ``id``) and its
    amount (``add_account``'s ``sum``).

    Args:
        id: "the ID ... of the created invoice" (JSON ``id``), 1..2147483647 as the
            ``id`` of :class:`~smsc_proto.commands.DocumentsGetAccount`.
        sum: "the ... amount of the created invoice" (JSON ``sum``).
        pdf: The second part: "a file with the invoice in pdf format" (its bytes,
            starting with ``%PDF-``).
    """

    id: int | None = None
    sum: Decimal | None = None
    pdf: bytes | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsFileReply:
    """The reply of :class:`~smsc_proto.commands.DocumentsGetAccount` and
    :class:`~smsc_proto.commands.DocumentsGetAct`: a PDF file.

    Spec (line 2597): "If the invoice request is successful, the Server returns the
    invoice file in pdf format"; (line 2599): "In case of a successful request to
    receive the act, the Server returns a file with the act in pdf format."

    Args:
        pdf: The whole body: the PDF file's bytes, starting with ``%PDF-``.
    """

    pdf: bytes | None = None


# QUIRKS INC-33: the JSON part's keys are not given; "id" and "sum" (see the model).
_INVOICE: Final = Shape(
    DocumentsAddAccountReply,
    (integer("id", 1, _INT32_MAX), money("sum")),
    xml=None,
    json=JsonForm(),
)

_PDF_CONTENT_TYPE: Final = "application/pdf"
#: The boundary :func:`encode_documents_response` writes unless told otherwise.
_BOUNDARY: Final = "smsc-proto-documents"
#: The multipart reply holds exactly two parts (line 2595).
_PARTS: Final = 2

#: Spec (lines 2585-2593): the error codes of documents.php.
DOCUMENTS_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    4: "The IP address is temporarily blocked.",
    5: "Account creation error.",
    6: "Sublogin was not found.",
    7: "The specified document was not found.",
    9: (
        "Attempt to send more than one request to create or receive an invoice or report "
        "within a minute. This error also occurs when you try to send fifteen or more "
        "requests simultaneously from different connections under the same username (too "
        "many concurrent requests)."
    ),
}


error_table(DocumentsAddAccount, DocumentsGetAccount, DocumentsGetAct, errors=DOCUMENTS_ERRORS)


@responds(DocumentsAddAccount, DocumentsGetAccount, DocumentsGetAct)
def _documents_reply(command: Command) -> Shape[Any]:
    # The replies are no fmt=0..3 body: the raw format below reads them and
    # encode_documents_response writes them; encode_response is pointed there.
    raise LocalProtocolError(
        f"{command.SCRIPT}: the replies of {type(command).__name__} are a PDF file or a "
        "multipart body, not fmt=0..3; use encode_documents_response"
    )


def _documents_command(request_or_command: Request | Command) -> _SubClient:
    command = (
        parse_command(request_or_command)
        if isinstance(request_or_command, Request)
        else request_or_command
    )
    if not isinstance(command, _SubClient):
        raise LocalProtocolError(
            f"request: must be a documents.php command, got {type(command).__name__}"
        )
    return command


def _charset(command: Command) -> str:
    return command.charset or DEFAULT_CHARSET


def _gateway_error(body: bytes, charset: str) -> GatewayError:
    """The error a JSON body carries (the only error form, lines 2578-2582)."""
    data = load_json(body, charset)
    error = JSON_FORMAT.error(table_of(DocumentsAddAccount), data)
    if error is None:
        raise RemoteProtocolError("body: a JSON body here can only be an error reply")
    return error


@overload
def decode_documents_response(
    request_or_command: DocumentsAddAccount, body: bytes, *, content_type: str | None = None
) -> DocumentsAddAccountReply: ...
@overload
def decode_documents_response(
    request_or_command: DocumentsGetAccount | DocumentsGetAct,
    body: bytes,
    *,
    content_type: str | None = None,
) -> DocumentsFileReply: ...
@overload
def decode_documents_response(
    request_or_command: Request | Command, body: bytes, *, content_type: str | None = None
) -> DocumentsAddAccountReply | DocumentsFileReply: ...
def decode_documents_response(
    request_or_command: Request | Command, body: bytes, *, content_type: str | None = None
) -> DocumentsAddAccountReply | DocumentsFileReply:
    """Decode a reply of documents.php: an invoice (JSON + PDF), a PDF, or an error.

    Typed by the command: a ``DocumentsAddAccountReply`` for
    :class:`~smsc_proto.commands.DocumentsAddAccount`, a ``DocumentsFileReply`` for the
    two downloads, either for a bare :class:`~smsc_proto.Request`.

    The command decides what a success is:
    :class:`~smsc_proto.commands.DocumentsAddAccount` answers with a two-part multipart
    body (the JSON ``{"id": ..., "sum": ...}``, then the PDF),
    :class:`~smsc_proto.commands.DocumentsGetAccount` and
    :class:`~smsc_proto.commands.DocumentsGetAct` with the PDF file alone. A body that
    is a JSON object is an error reply, whatever the ``fmt`` (QUIRKS INC-33:
    the only error form documented). The JSON is read in the request's charset
    (windows-1251 when absent).

    :func:`~smsc_proto.responses.decode_response` reads these replies the same way
    (given the same ``content_type``); this function is that call, typed for
    documents.php and refusing any other command.

    Args:
        request_or_command: The request that was sent, or its command.
        body: The reply body.
        content_type: The reply's ``Content-Type`` header, for the multipart boundary.
            Without it the boundary is read from the body's first line (``--boundary``).

    Raises:
        GatewayError: the body is a JSON error reply.
        RemoteProtocolError: the body is not the documented reply (no PDF where one is
            due, not two parts, a JSON part without ``id`` and ``sum``...), or is too
            big or compressed.
        LocalProtocolError: the command is no documents.php command, ``body`` is not
            bytes, or ``content_type`` is not str.
    """
    command = _documents_command(request_or_command)
    reply: DocumentsAddAccountReply | DocumentsFileReply = decode_response(
        command, body, content_type=content_type
    )
    return reply


@raw_replies(DocumentsAddAccount, DocumentsGetAccount, DocumentsGetAct)
def _decode_raw(
    command: _SubClient, body: bytes, content_type: str | None
) -> DocumentsAddAccountReply | DocumentsFileReply:
    """The raw format of documents.php (registered for decode_response)."""
    body = check_body(body)
    charset = _charset(command)
    if is_json(body):
        raise _gateway_error(body, charset)
    if not isinstance(command, DocumentsAddAccount):
        return DocumentsFileReply(pdf=check_pdf("the body", body))
    if body.startswith(PDF_MAGIC):
        raise RemoteProtocolError(
            "body: add_account answers with a multipart body (JSON, then the PDF), not a "
            "bare PDF file"
        )
    parts = multipart_parts(body, content_type, "add_account")
    if len(parts) != _PARTS:
        raise RemoteProtocolError(
            f"body: the multipart reply must have 2 parts (JSON, then the PDF), got {len(parts)}"
        )
    data = load_json(parts[0], charset)
    error = JSON_FORMAT.error(table_of(type(command)), data)
    if error is not None:
        raise error
    invoice = _json_fast.decode_record(_INVOICE, data, parts[0], charset)
    return dataclasses.replace(invoice, pdf=check_pdf("the second part", parts[1]))


def _pdf_of(reply: DocumentsAddAccountReply | DocumentsFileReply) -> bytes:
    pdf = reply.pdf
    if not isinstance(pdf, bytes):
        raise LocalProtocolError(f"pdf: must be bytes, got {type(pdf).__name__}")
    if not pdf.startswith(PDF_MAGIC):
        raise LocalProtocolError("pdf: must be a PDF file (start with %PDF-)")
    return pdf


def encode_documents_response(
    request_or_command: Request | Command,
    reply: DocumentsAddAccountReply | DocumentsFileReply,
    *,
    boundary: str = _BOUNDARY,
) -> tuple[bytes, str]:
    """Write the body the gateway sends for ``reply``, and its ``Content-Type``.

    :class:`~smsc_proto.commands.DocumentsAddAccount`: a ``multipart/mixed`` body of two
    parts, each with its ``Content-Type``: ``application/json`` (compact,
    ``{"id":678,"sum":"1500.00"}``, the amount quoted as money is elsewhere) and
    ``application/pdf``. The other commands: the PDF itself, ``application/pdf``.

    Args:
        request_or_command: The request that was answered, or its command.
        reply: A :class:`DocumentsAddAccountReply` (``add_account``) or a
            :class:`DocumentsFileReply` (``get_account``, ``get_act``).
        boundary: The multipart boundary (1..70 RFC 2046 characters); it must not
            occur in the PDF.

    Returns:
        The body and the ``Content-Type`` header value (naming the boundary).

    Raises:
        LocalProtocolError: the reply is not the command's model, lacks a value, its
            ``pdf`` is no PDF file, or the boundary is bad or occurs in the PDF.
    """
    command = _documents_command(request_or_command)
    model = (
        DocumentsAddAccountReply
        if isinstance(command, DocumentsAddAccount)
        else (DocumentsFileReply)
    )
    if not isinstance(reply, model):
        raise LocalProtocolError(f"reply: must be a {model.__name__}, got {type(reply).__name__}")
    pdf = _pdf_of(reply)
    if not isinstance(reply, DocumentsAddAccountReply):
        return pdf, _PDF_CONTENT_TYPE
    if not isinstance(boundary, str) or not BOUNDARY_RE.fullmatch(boundary):
        raise LocalProtocolError(
            f"boundary: must be 1..70 characters of RFC 2046 bchars, got {short(str(boundary))}"
        )
    invoice = json_shape(_INVOICE).encode(reply)
    delimiter = b"--" + boundary.encode("ascii")
    if delimiter in pdf:
        raise LocalProtocolError("boundary: occurs inside the PDF; choose another")
    body = b"".join(
        [
            delimiter,
            b"\r\nContent-Type: application/json\r\n\r\n",
            check_encodable(invoice, _charset(command), "reply"),
            b"\r\n",
            delimiter,
            b"\r\nContent-Type: application/pdf\r\n\r\n",
            pdf,
            b"\r\n",
            delimiter,
            b"--\r\n",
        ]
    )
    return body, f"multipart/mixed; boundary={boundary}"


def encode_documents_error(request_or_command: Request | Command, error: GatewayError) -> bytes:
    """Write an error reply of documents.php: always the JSON form (QUIRKS INC-33).

    Spec (lines 2578-2582): "If an error occurs, the Server returns the following
    string: {"error": "description", "error_code": N}" -- whatever the ``fmt``.

    Raises:
        LocalProtocolError: as :func:`~smsc_proto.responses.encode_error` (the error names a
            message id, has a code below 1, or text the charset cannot carry).
    """
    command = _documents_command(request_or_command)
    return encode_error(dataclasses.replace(command, fmt=3), error)
