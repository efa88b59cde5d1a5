"""documents.php replies: the invoice (multipart JSON + PDF), a PDF file, JSON errors.

Spec (lines 2578-2599). The success replies are no fmt=0..3 body, so they have their own
codecs (decode_documents_response, encode_documents_response); the tables drive both
directions as for the other scripts. A fifth element is the canonical body when it
differs.
"""

from __future__ import annotations

import contextlib
import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    DocumentsAddAccount,
    DocumentsGetAccount,
    DocumentsGetAct,
)
from smsc_proto.responses import (
    DocumentsAddAccountReply,
    DocumentsFileReply,
    decode_documents_response,
    encode_documents_error,
    encode_documents_response,
)
from smsc_proto.strategies import (
    documents_add_account_replies,
    documents_get_account_replies,
    documents_get_act_replies,
)

from .conftest import CHARSETS

D = Decimal
ADD = DocumentsAddAccount(user="mylogin", sum=D("1500.00"))
GET_ACCOUNT = DocumentsGetAccount(user_id=12, id=345)
GET_ACT = DocumentsGetAct(user="mylogin", num="17")
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
INVOICE = DocumentsAddAccountReply(id=678, sum=D("1500.00"), pdf=PDF)
MIXED = "multipart/mixed; boundary=smsc-proto-documents"

# The canonical multipart body: the JSON part, then the PDF part (line 2595).
CANONICAL = (
    b"--smsc-proto-documents\r\nContent-Type: application/json\r\n\r\n"
    b'{"id":678,"sum":"1500.00"}\r\n'
    b"--smsc-proto-documents\r\nContent-Type: application/pdf\r\n\r\n" + PDF + b"\r\n"
    b"--smsc-proto-documents--\r\n"
)

CASES: list[tuple[Command | sp.Request, bytes, str | None, Any, bytes | None]] = [
    # line 2595: "a multipart structure that includes 2 parts with the corresponding
    # headers ... json format, containing the ID and amount ... a file with the invoice
    # in pdf format" (QUIRKS INC-33: the keys are read as id and sum)
    (ADD, CANONICAL, MIXED, INVOICE, None),
    (ADD, CANONICAL, None, INVOICE, None),  # the boundary read from the first line
    (ADD.to_request(), CANONICAL, MIXED, INVOICE, None),
    # another boundary, quoted, a preamble and an epilogue, headers of any kind, the id
    # quoted and the amount bare (QUIRKS INC-71)
    (
        DocumentsAddAccount(user_id=12, sum=D("10"), charset="utf-8"),
        b"preamble\r\n--XyZ\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"
        b'{\n"id": "678",\n"sum": 10.5\n}\r\n--XyZ\r\nContent-Type: application/pdf\r\n'
        b'Content-Disposition: attachment; filename="invoice.pdf"\r\n\r\n'
        + PDF
        + b"\r\n--XyZ--\r\nepilogue",
        'multipart/form-data; boundary="XyZ"',
        DocumentsAddAccountReply(id=678, sum=D("10.5"), pdf=PDF),
        b"--smsc-proto-documents\r\nContent-Type: application/json\r\n\r\n"
        b'{"id":678,"sum":"10.5"}\r\n'
        b"--smsc-proto-documents\r\nContent-Type: application/pdf\r\n\r\n" + PDF + b"\r\n"
        b"--smsc-proto-documents--\r\n",
    ),
    # parts without headers
    (
        ADD,
        b'--b\r\n\r\n{"id":1,"sum":"0.01"}\r\n--b\r\n\r\n%PDF-1.7\r\n--b--',
        None,
        DocumentsAddAccountReply(id=1, sum=D("0.01"), pdf=b"%PDF-1.7"),
        b"--smsc-proto-documents\r\nContent-Type: application/json\r\n\r\n"
        b'{"id":1,"sum":"0.01"}\r\n'
        b"--smsc-proto-documents\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n"
        b"--smsc-proto-documents--\r\n",
    ),
    # line 2597: "the Server returns the invoice file in pdf format"
    (GET_ACCOUNT, PDF, None, DocumentsFileReply(pdf=PDF), None),
    (GET_ACCOUNT, PDF, "application/pdf", DocumentsFileReply(pdf=PDF), None),
    # line 2599: "the Server returns a file with the act in pdf format"
    (GET_ACT, PDF, None, DocumentsFileReply(pdf=PDF), None),
    (DocumentsGetAct(user_id=12, id=9), b"%PDF-", None, DocumentsFileReply(pdf=b"%PDF-"), None),
]


@pytest.mark.parametrize(("command", "body", "content_type", "model", "canonical"), CASES)
def test_decode(
    command: Any, body: bytes, content_type: str | None, model: Any, canonical: bytes | None
) -> None:
    assert decode_documents_response(command, body, content_type=content_type) == model
    # the raw format of the registry: decode_response reads it the same way
    assert sp.decode_response(command, body, content_type=content_type) == model


@pytest.mark.parametrize(("command", "body", "content_type", "model", "canonical"), CASES)
def test_encode(
    command: Any, body: bytes, content_type: str | None, model: Any, canonical: bytes | None
) -> None:
    written, written_type = encode_documents_response(command, model)
    assert written == (canonical or body)
    if isinstance(model, DocumentsAddAccountReply):
        assert written_type == MIXED
    else:
        assert written_type == "application/pdf"


def test_encode_with_a_boundary() -> None:
    body, content_type = encode_documents_response(ADD, INVOICE, boundary="b0undary'()+_,./:=?")
    assert content_type == "multipart/mixed; boundary=b0undary'()+_,./:=?"
    assert body.startswith(b"--b0undary'()+_,./:=?\r\n")
    assert decode_documents_response(ADD, body, content_type=content_type) == INVOICE
    assert decode_documents_response(ADD, body) == INVOICE


# Spec (lines 2578-2582): the one error form, JSON, with the codes of lines 2585-2593.
ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    (
        ADD,
        b'{\n"error": "account creation error",\n"error_code": 5\n}',
        sp.GatewayError(5, "account creation error"),
        b'{"error":"account creation error","error_code":5}',
    ),
    (
        GET_ACCOUNT,
        b'{"error": "document not found", "error_code": 7}',
        sp.GatewayError(7, "document not found"),
        b'{"error":"document not found","error_code":7}',
    ),
    # QUIRKS INC-33: JSON whatever the fmt
    (
        dataclasses.replace(GET_ACT, fmt=1, charset="koi8-r"),
        '{"error": "сублогин не найден", "error_code": 6}'.encode("koi8-r"),
        sp.GatewayError(6, "сублогин не найден"),
        '{"error":"сублогин не найден","error_code":6}'.encode("koi8-r"),
    ),
    (
        dataclasses.replace(ADD, fmt=2),
        '{"error":"слишком часто","error_code":9}'.encode("cp1251"),
        sp.GatewayError(9, "слишком часто"),
        None,
    ),
    (
        dataclasses.replace(GET_ACCOUNT, charset="utf-8"),
        b'\xef\xbb\xbf {"error":"\\u043b\\u043e\\u0433\\u0438\\u043d","error_code":2}',
        sp.GatewayError(2, "логин"),
        '{"error":"логин","error_code":2}'.encode(),
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Any, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        decode_documents_response(command, body)
    assert info.value == error
    # an error in the JSON part of the multipart reply is the same error
    if isinstance(command, DocumentsAddAccount):
        multipart = b"--b\r\n\r\n" + body + b"\r\n--b\r\n\r\n%PDF-\r\n--b--"
        with pytest.raises(sp.GatewayError) as info:
            decode_documents_response(command, multipart)
        assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Any, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert encode_documents_error(command, error) == (canonical or body)
    # The generic writer too: whatever the fmt, documents.php's one error form is the one
    # decode_response reads back (the fuzz_roundtrip_replies harness found fmt=0's
    # "ERROR = N (...)" line written here, which no documents.php reader takes).
    assert sp.encode_error(command, error) == (canonical or body)
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, sp.encode_error(command, error))
    assert info.value == error


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["documents.php"]) == [1, 2, 4, 5, 6, 7, 9]
    assert sp.responses.error_meaning("documents.php", 5) == "Account creation error."
    assert sp.responses.error_meaning("documents.php", 3) is None


def _multipart(*parts: bytes, boundary: bytes = b"b") -> bytes:
    return b"".join(b"--" + boundary + b"\r\n" + part + b"\r\n" for part in parts) + (
        b"--" + boundary + b"--"
    )


JSON_PART = b'\r\n{"id":1,"sum":"1.00"}'
PDF_PART = b"\r\n%PDF-1.7"

BAD: list[tuple[Command, bytes, str | None, str]] = [
    (GET_ACCOUNT, b"", None, "the body is no PDF file"),
    (GET_ACCOUNT, b"<html>error</html>", None, "the body is no PDF file"),
    (GET_ACT, b" %PDF-1.4", None, "the body is no PDF file"),
    (GET_ACCOUNT, b'{"id": 1}', None, "a JSON body here can only be an error reply"),
    (GET_ACCOUNT, b"{", None, "not valid JSON"),
    (GET_ACCOUNT, b'{"error": "x"}', None, "error reply has error, error_code and id only"),
    (GET_ACT, b"\x1f\x8b\x08\x00", None, "gzip-compressed"),
    (ADD, PDF, None, "not a bare PDF file"),
    (ADD, b"", None, "is no multipart body"),
    (ADD, b"OK", None, "is no multipart body"),
    (ADD, b"-- b\r\n", None, "no valid multipart boundary"),
    (ADD, CANONICAL, "application/json", "add_account answers with a multipart body"),
    (ADD, CANONICAL, "multipart/mixed", "no valid multipart boundary"),
    (ADD, CANONICAL, "multipart/mixed; boundary=other", "multipart delimiter not found"),
    (ADD, b"x--b\r\n" + JSON_PART, "multipart/mixed; boundary=b", "delimiter not found"),
    (ADD, _multipart(JSON_PART), None, r"must have 2 parts \(JSON, then the PDF\), got 1"),
    (ADD, _multipart(JSON_PART, PDF_PART, PDF_PART), None, "must have 2 parts"),
    (ADD, _multipart(JSON_PART, PDF_PART)[:-4], None, "close delimiter missing"),
    (ADD, b"--b\r\n" + JSON_PART + b"\r\n--bx\r\n" + PDF_PART + b"\r\n--b--", None, "malformed"),
    (ADD, _multipart(b"Content-Type: application/json" + JSON_PART), None, "no header end"),
    (ADD, _multipart(b"no colon\r\n" + JSON_PART, PDF_PART), None, "bad header line"),
    (ADD, _multipart(PDF_PART, JSON_PART), None, "not valid JSON"),
    (ADD, _multipart(JSON_PART, JSON_PART), None, "the second part is no PDF file"),
    (ADD, _multipart(b'\r\n{"id":1}', PDF_PART), None, "lacks sum"),
    (ADD, _multipart(b'\r\n{"id":1,"sum":"1","cnt":1}', PDF_PART), None, "unknown key 'cnt'"),
    (ADD, _multipart(b'\r\n{"id":0,"sum":"1"}', PDF_PART), None, "id: must be 1..2147483647"),
    (ADD, _multipart(b'\r\n{"id":1,"sum":"1,5"}', PDF_PART), None, "sum: must be a decimal"),
    (ADD, _multipart(b'\r\n[{"id":1,"sum":"1"}]', PDF_PART), None, "must be a JSON object"),
    (ADD, _multipart(b"\r\n\x98", PDF_PART), None, "not valid windows-1251"),
]


@pytest.mark.parametrize(("command", "body", "content_type", "match"), BAD)
def test_decode_refuses(command: Any, body: bytes, content_type: str | None, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        decode_documents_response(command, body, content_type=content_type)
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body, content_type=content_type)


def test_the_generic_codecs() -> None:
    # decode_response reads the raw replies (the registry's raw format), whatever the
    # fmt; the fmt=0..3 writer points to the raw writer.
    assert sp.decode_response(GET_ACCOUNT, PDF) == DocumentsFileReply(pdf=PDF)
    assert sp.decode_response(dataclasses.replace(GET_ACT, fmt=2), PDF) == DocumentsFileReply(
        pdf=PDF
    )
    assert sp.decode_response(ADD.to_request(), CANONICAL, content_type=MIXED) == INVOICE
    with pytest.raises(sp.LocalProtocolError, match="are a PDF file or a multipart body"):
        sp.encode_response(ADD, INVOICE)
    with pytest.raises(sp.LocalProtocolError, match="content_type: must be str"):
        sp.decode_response(ADD, CANONICAL, content_type=b"x")  # type: ignore[call-overload]
    # the generic decoder still reads a JSON error of a request that asked for fmt=3
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(dataclasses.replace(GET_ACT, fmt=3), b'{"error":"x","error_code":7}')
    assert info.value == sp.GatewayError(7, "x")


def test_refuses_what_it_cannot_write() -> None:
    with pytest.raises(sp.LocalProtocolError, match="must be a DocumentsAddAccountReply"):
        encode_documents_response(ADD, DocumentsFileReply(pdf=PDF))
    with pytest.raises(sp.LocalProtocolError, match="must be a DocumentsFileReply"):
        encode_documents_response(GET_ACT, INVOICE)
    with pytest.raises(sp.LocalProtocolError, match="pdf: must be bytes, got NoneType"):
        encode_documents_response(GET_ACCOUNT, DocumentsFileReply())
    with pytest.raises(sp.LocalProtocolError, match="pdf: must be a PDF file"):
        encode_documents_response(GET_ACCOUNT, DocumentsFileReply(pdf=b"<html>"))
    with pytest.raises(sp.LocalProtocolError, match="sum: is required"):
        encode_documents_response(ADD, dataclasses.replace(INVOICE, sum=None))
    with pytest.raises(sp.LocalProtocolError, match=r"id: must be 1\.\.2147483647"):
        encode_documents_response(ADD, dataclasses.replace(INVOICE, id=0))
    with pytest.raises(sp.LocalProtocolError, match=r"boundary: must be 1\.\.70 characters"):
        encode_documents_response(ADD, INVOICE, boundary="a b")
    cut = dataclasses.replace(INVOICE, pdf=b"%PDF-1.4\n--cut here\n")
    with pytest.raises(sp.LocalProtocolError, match="boundary: occurs inside the PDF"):
        encode_documents_response(ADD, cut, boundary="cut")
    with pytest.raises(sp.LocalProtocolError, match=r"must be a documents\.php command"):
        decode_documents_response(sp.commands.Balance(), PDF)
    with pytest.raises(sp.LocalProtocolError, match="body: must be bytes, got str"):
        decode_documents_response(GET_ACT, "%PDF-")  # type: ignore[call-overload]
    with pytest.raises(sp.LocalProtocolError, match="content_type: must be str"):
        decode_documents_response(ADD, CANONICAL, content_type=b"x")  # type: ignore[call-overload]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 7 of documents\.php names no"):
        encode_documents_error(GET_ACCOUNT, sp.GatewayError(7, "x", id=5))
    with pytest.raises(sp.LocalProtocolError, match="cannot be encoded in koi8-r"):
        encode_documents_error(dataclasses.replace(ADD, charset="koi8-r"), sp.GatewayError(1, "€"))


@given(documents_add_account_replies(), st.sampled_from(CHARSETS))
def test_round_trip_add_account(model: DocumentsAddAccountReply, charset: str) -> None:
    command = dataclasses.replace(ADD, charset=charset)
    body, content_type = encode_documents_response(command, model)
    assert decode_documents_response(command, body, content_type=content_type) == model
    assert decode_documents_response(command, body) == model


@given(documents_get_account_replies())
def test_round_trip_get_account(model: DocumentsFileReply) -> None:
    body, content_type = encode_documents_response(GET_ACCOUNT, model)
    assert content_type == "application/pdf"
    assert decode_documents_response(GET_ACCOUNT, body, content_type=content_type) == model


@given(documents_get_act_replies())
def test_round_trip_get_act(model: DocumentsFileReply) -> None:
    body, _ = encode_documents_response(GET_ACT, model)
    assert decode_documents_response(GET_ACT.to_request(), body) == model


@given(
    st.sampled_from([ADD, GET_ACCOUNT, GET_ACT]),
    st.one_of(st.none(), st.just(MIXED), st.text(max_size=40)),
    st.one_of(
        st.binary(max_size=200),
        st.builds(bytes.__add__, st.sampled_from([b"%PDF-", b"--b\r\n", b"{"]), st.binary()),
    ),
)
def test_any_body_decodes_or_raises_documented_errors(
    command: Any, content_type: str | None, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        decode_documents_response(command, body, content_type=content_type)
