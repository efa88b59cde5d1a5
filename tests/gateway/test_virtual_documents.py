"""documents.php on the virtual gateway: invoices and acts of sub-clients as PDF files
(multipart for a new invoice), JSON errors whatever the fmt, and the spec's URLs."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway._virtual_documents import write_pdf

from .spec_urls import SPEC_PSW, answer
from .virtual_support import SECRET, call, gateway

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
SUB_PSW = "Sub-Pass-8"


def check_pdf_structure(pdf: bytes) -> None:
    """The cross-reference table points at each object, and startxref at the table."""
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.endswith(b"%%EOF\n")
    xref = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))  # type: ignore[union-attr]
    assert pdf[xref:].startswith(b"xref\n0 7\n")
    offsets = re.findall(rb"(\d{10}) 00000 n ", pdf[xref:])
    assert len(offsets) == 6
    for number, offset in enumerate(offsets, 1):
        assert pdf[int(offset) :].startswith(b"%d 0 obj\n" % number)
    length = int(re.search(rb"/Length (\d+) >>\nstream\n", pdf).group(1))  # type: ignore[union-attr]
    stream = pdf.split(b"stream\n", 1)[1]
    assert stream[length:].startswith(b"\nendstream")


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_an_invoice_and_its_act(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, session, c.UsersAdd(user="shop", password=SUB_PSW))
    made = call(
        virtual,
        session,
        c.DocumentsAddAccount(user="shop", sum=Decimal("1500"), service="Рассылки"),
    )
    # Line 2595: the ID and amount of the created invoice, then its PDF.
    assert (made.id, made.sum) == (1, Decimal("1500.00"))
    check_pdf_structure(made.pdf)
    assert b"(Invoice No. 1 of 01.01.2026) '" in made.pdf
    assert b"(Sum: 1500.00 RUB) '" in made.pdf
    again = call(virtual, session, c.DocumentsGetAccount(user_id=1, id=1))
    assert again.pdf == made.pdf  # line 2597: the invoice file
    by_id = call(virtual, session, c.DocumentsGetAct(user="shop", id=1))
    by_num = call(virtual, session, c.DocumentsGetAct(user_id=1, num="1"))
    assert by_id.pdf == by_num.pdf
    check_pdf_structure(by_id.pdf)
    assert b"(Act No. 1 of 01.01.2026) '" in by_id.pdf


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_errors_are_json_whatever_the_fmt(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, session, c.UsersAdd(user="shop", password=SUB_PSW))
    call(virtual, session, c.UsersAdd(user="other", password=SUB_PSW))
    call(virtual, session, c.DocumentsAddAccount(user="shop", sum=Decimal("10")))
    cases: list[tuple[c.Command[Any], int]] = [
        (c.DocumentsAddAccount(user="nobody", sum=Decimal("10")), 6),
        (c.DocumentsGetAccount(user_id=99, id=1), 6),
        (c.DocumentsGetAccount(user="shop", id=2), 7),
        (c.DocumentsGetAccount(user="other", id=1), 7),  # another sub-client's invoice
        (c.DocumentsGetAct(user="shop", num="A-1"), 7),
    ]
    for command, code in cases:
        response = virtual.respond(session.prepare(command))
        assert response.body.startswith(b"{")  # QUIRKS INC-33: JSON only
        with pytest.raises(sp.GatewayError) as info:
            session.finish(command, response)
        assert info.value.code == code, command


def test_the_pdf_text_keeps_every_character() -> None:
    pdf = write_pdf("Счёт (1)", ["Sub-client: Магазин (a\\b)"])
    # The page shows ASCII (Helvetica) with \uXXXX for the rest; the title is exact.
    assert rb"(Sub-client: \\u041C\\u0430\\u0433\\u0430\\u0437\\u0438\\u043D \(a\\b\)) '" in pdf
    assert b"/Title <FEFF" + "Счёт (1)".encode("utf-16-be").hex().upper().encode() + b">" in pdf
    check_pdf_structure(pdf)


#: Spec lines 2563-2565: the URL templates, with values.
EXAMPLES = [
    "https://smscentre.com/sys/documents.php?add_account=1&login=alex&psw=123&user=mylogin&sum=1500",
    "https://smscentre.com/sys/documents.php?add_account=1&login=alex&psw=123&user_id=1&sum=100.50",
    "https://smscentre.com/sys/documents.php?get_account=1&login=alex&psw=123&user=mylogin&id=1",
    "https://smscentre.com/sys/documents.php?get_account=1&login=alex&psw=123&user_id=1&id=2",
    "https://smscentre.com/sys/documents.php?get_act=1&login=alex&psw=123&user=mylogin&id=1",
    "https://smscentre.com/sys/documents.php?get_act=1&login=alex&psw=123&user_id=1&id=3",
    "https://smscentre.com/sys/documents.php?get_act=1&login=alex&psw=123&user=mylogin&num=2",
    "https://smscentre.com/sys/documents.php?get_act=1&login=alex&psw=123&user_id=7&num=2",
]


def test_the_spec_urls_are_answered() -> None:
    virtual = gateway()
    virtual.add_account("alex", SPEC_PSW)
    call(virtual, sp.Session("alex", SPEC_PSW), c.UsersAdd(user="mylogin", password="mypassword"))
    answers = [answer(virtual, url) for url in EXAMPLES]
    assert [(a.id, a.sum) for a in answers[:2]] == [(1, Decimal("1500.00")), (2, Decimal("100.50"))]
    assert answers[2].pdf == answers[0].pdf
    assert answers[3].pdf == answers[1].pdf
    assert answers[4].pdf.startswith(b"%PDF-")
    assert answers[5].code == 7  # no invoice 3
    assert answers[6].pdf.startswith(b"%PDF-")
    assert answers[7].code == 6  # no sub-client 7
