"""The virtual gateway's ``documents.php``: sub-clients' invoices and acts (private).

Spec (lines 2563-2565): create an invoice for a sub-client (``add_account``), download
an invoice (``get_account``) or an act (``get_act``); (lines 2595-2599): "a multipart
structure that includes 2 parts ... the ID and amount of the created invoice ... a file
with the invoice in pdf format", "the invoice file in pdf format", "a file with the act
in pdf format". The files are real (small) PDF documents written here; the kit writes
them as the raw replies of the script (:func:`~smsc_proto.responses.encode_documents_response`).

==================  ==============================  ==========================================
kind                key                             record
==================  ==============================  ==========================================
``document``        ``owner/id`` (10 digits)        one invoice: the sub-client's id, the sum
                                                    (in the main account's currency), the
                                                    service, when it was made
==================  ==============================  ==========================================

The spec says nothing of when acts are made; the emulator issues one with each invoice:
the act of invoice ``N`` has the id ``N`` and the number ``"N"`` (``get_act``'s ``id``
and ``num``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Final

from .._errors import GatewayError
from .._scripts.documents import (
    DOCUMENTS_ERRORS,
    DocumentsAddAccount,
    DocumentsAddAccountReply,
    DocumentsFileReply,
    DocumentsGetAccount,
    DocumentsGetAct,
)
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import Record, Transaction, dump_money, dump_time, load_money, load_time
from ._virtual_state import VirtualState, handles
from ._virtual_users import SubClient, find_subclient

__all__ = ["DOCUMENT", "register", "write_pdf"]

DOCUMENT: Final = "document"
#: Spec (line 2573): "The amount to create an account for in the Client's currency."
_CENTS: Final = Decimal("0.01")


def _error(code: int, detail: str | None = None) -> GatewayError:
    description = DOCUMENTS_ERRORS[code]
    if detail is not None:
        description = f"{description.rstrip('.')}: {detail}."
    return GatewayError(code, description)


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``documents.php`` on ``gateway``."""

    def subclient(
        tx: Transaction, ctx: Context[str], user: str | None, user_id: int | None
    ) -> SubClient:
        # Line 2601: "not more than one request to create or change an invoice or act
        # within a minute".
        state.admit(tx, "documents", ctx.account, ctx.request, ctx.now)
        found = find_subclient(tx, ctx.account, user=user, user_id=user_id)
        if found is None:
            raise _error(6)
        return found

    @handles(gateway, DocumentsAddAccount)
    def add_account(command: DocumentsAddAccount, ctx: Context[str]) -> DocumentsAddAccountReply:
        """add_account=1: a new invoice, its JSON record and its PDF."""
        with state.store.transaction() as tx:
            sub = subclient(tx, ctx, command.user, command.user_id)
            number = tx.next_id(DOCUMENT)
            amount = Decimal(str(command.sum)).quantize(_CENTS)
            record: Record = {
                "id": number,
                "user_id": sub.id,
                "login": sub.login,
                "sum": dump_money(amount),
                "currency": state.currency_of(tx, state.payer(tx, ctx.account)),
                "service": command.service or "",
                "created": dump_time(ctx.now),
            }
            tx.put(DOCUMENT, f"{ctx.account}/{number:010d}", record)
        return DocumentsAddAccountReply(id=number, sum=amount, pdf=_invoice(ctx.account, record))

    @handles(gateway, DocumentsGetAccount)
    def get_account(command: DocumentsGetAccount, ctx: Context[str]) -> DocumentsFileReply:
        """get_account=1: an invoice's PDF."""
        with state.store.transaction() as tx:
            sub = subclient(tx, ctx, command.user, command.user_id)
            record = _document(tx, ctx.account, sub, command.id)
        return DocumentsFileReply(pdf=_invoice(ctx.account, record))

    @handles(gateway, DocumentsGetAct)
    def get_act(command: DocumentsGetAct, ctx: Context[str]) -> DocumentsFileReply:
        """get_act=1: the act of an invoice, by its id or its number."""
        number = command.id
        if command.num is not None:
            # The act of invoice N is numbered "N" (the module's docstring).
            number = int(command.num) if command.num.isascii() and command.num.isdigit() else None
        with state.store.transaction() as tx:
            sub = subclient(tx, ctx, command.user, command.user_id)
            record = _document(tx, ctx.account, sub, number)
        return DocumentsFileReply(pdf=_act(ctx.account, record))


def _document(tx: Transaction, owner: str, sub: SubClient, number: int | None) -> Record:
    record = None if number is None else tx.get(DOCUMENT, f"{owner}/{number:010d}")
    if record is None or record.get("user_id") != sub.id:
        raise _error(7)
    return record


def _lines(owner: str, record: Record, title: str) -> list[str]:
    when: datetime = moscow(load_time(record["created"]))
    return [
        f"{title} No. {record['id']} of {when:%d.%m.%Y}",
        f"Client: {owner}",
        f"Sub-client: {record['login']} (user_id {record['user_id']})",
        f"Service: {record['service'] or 'SMS messaging'}",
        f"Sum: {load_money(record['sum'])} {record['currency']}",
        "Issued by the smsc-proto virtual gateway.",
    ]


def _invoice(owner: str, record: Record) -> bytes:
    return write_pdf(f"Invoice {record['id']}", _lines(owner, record, "Invoice"))


def _act(owner: str, record: Record) -> bytes:
    return write_pdf(f"Act {record['id']}", _lines(owner, record, "Act"))


def _literal(text: str) -> bytes:
    """A PDF literal string of ``text``: ASCII, ``( ) \\`` escaped, others as ``\\uXXXX``.

    The page's font (Helvetica, standard encoding) has no Cyrillic; the exact text is in
    the document's information dictionary (:func:`_hex_utf16`).
    """
    parts = []
    for char in text:
        if char in "()\\":
            parts.append("\\" + char)
        elif " " <= char <= "~":
            parts.append(char)
        else:
            # An escaped backslash, then uXXXX: the reader shows "\uXXXX".
            parts.append(f"\\\\u{ord(char):04X}")
    return b"(" + "".join(parts).encode("ascii") + b")"


def _hex_utf16(text: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte order mark, hex-encoded (PDF 7.9.2.2)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def write_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 document showing ``lines`` (its title: ``title``).

    Five objects (catalog, page tree, page, font, content stream) and the information
    dictionary, with a cross-reference table whose offsets are exact, so a PDF reader
    opens it without repairing it.
    """
    shown = b" ".join(_literal(line) + b" '" for line in lines)
    content = b"BT /F1 12 Tf 16 TL 56 800 Td " + shown + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title "
        + _hex_utf16(title)
        + b" /Subject "
        + _hex_utf16("\n".join(lines))
        + b" /Producer (smsc-proto virtual gateway) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (
        len(objects) + 1,
        len(objects),
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
