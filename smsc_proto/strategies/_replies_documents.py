"""Hypothesis strategies for the replies of documents.php (private).

The PDF files are not real documents: a ``%PDF-1.n`` header and arbitrary bytes, which is
all the replies' codecs look at.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from .._scripts.documents import _BOUNDARY, DocumentsAddAccountReply, DocumentsFileReply

__all__ = [
    "documents_add_account_replies",
    "documents_get_account_replies",
    "documents_get_act_replies",
    "pdf_files",
]

_DELIMITER = b"--" + _BOUNDARY.encode("ascii")


def pdf_files() -> st.SearchStrategy[bytes]:
    """PDF file bodies: a ``%PDF-`` header, then any bytes (CR, LF and NUL included).

    The default multipart boundary of
    :func:`~smsc_proto.responses.encode_documents_response` never occurs in them.
    """
    header = st.sampled_from([b"%PDF-1.4\n", b"%PDF-1.7\r\n", b"%PDF-2.0\r"])
    return st.builds(bytes.__add__, header, st.binary(max_size=300)).filter(
        lambda pdf: _DELIMITER not in pdf
    )


def documents_add_account_replies() -> st.SearchStrategy[DocumentsAddAccountReply]:
    """Complete :class:`~smsc_proto.responses.DocumentsAddAccountReply` models.

    An invoice ID 1..2**31-1, an amount 0.01..999999999.99 and a PDF file.
    """
    return st.builds(
        DocumentsAddAccountReply,
        id=st.integers(1, 2_147_483_647),
        sum=st.integers(1, 99_999_999_999).map(lambda cents: Decimal(cents).scaleb(-2)),
        pdf=pdf_files(),
    )


def documents_get_account_replies() -> st.SearchStrategy[DocumentsFileReply]:
    """Complete :class:`~smsc_proto.responses.DocumentsFileReply` models: an invoice PDF."""
    return st.builds(DocumentsFileReply, pdf=pdf_files())


def documents_get_act_replies() -> st.SearchStrategy[DocumentsFileReply]:
    """Complete :class:`~smsc_proto.responses.DocumentsFileReply` models: an act PDF."""
    return documents_get_account_replies()
