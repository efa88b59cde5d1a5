"""info.php?get_operator on the virtual gateway: the tariff table's country and operator
of a number, through a real Session in every fmt."""

from __future__ import annotations

import dataclasses

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.values import parse_phone_list

from ..commands.test_info import EXAMPLES
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]


@pytest.mark.parametrize("fmt", FMTS)
def test_the_spec_example(fmt: int) -> None:
    (row,) = EXAMPLES
    virtual = gateway()
    virtual.add_account("alex", "123")
    command = dataclasses.replace(row[0], credentials=None, fmt=None)
    reply = call(virtual, sp.Session("alex", "123", fmt=fmt), command)
    assert reply == r.InfoGetOperatorReply(
        country="Russia", operator="Yota", region="", mcc="250", mnc="11", tz=0
    )


@pytest.mark.parametrize("fmt", FMTS)
def test_several_numbers_name_their_phone(fmt: int) -> None:
    phones = parse_phone_list("79161234567,+77011234567,89201234567")
    reply = call(gateway(), sp.Session("alex", SECRET, fmt=fmt), c.InfoGetOperator(phone=phones))
    assert reply == [
        r.InfoGetOperatorReply(
            phone="79161234567",
            country="Russia",
            operator="MTS",
            region="",
            mcc="250",
            mnc="01",
            tz=0,
        ),
        r.InfoGetOperatorReply(
            phone="+77011234567",
            country="Kazakhstan",
            operator="Kcell",
            region="",
            mcc="401",
            mnc="02",
            tz=2,
        ),
        # line 47: without "+", 8... is read as 7...
        r.InfoGetOperatorReply(
            phone="89201234567",
            country="Russia",
            operator="MegaFon",
            region="",
            mcc="250",
            mnc="02",
            tz=0,
        ),
    ]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize("phone", ["12025550123", "74951234567", "79161234567,78888888888"])
def test_no_operator_is_error_3(fmt: int, phone: str) -> None:
    # Line 3327: "3 Operator not found." -- another country, a fixed line, an untabled
    # Russian prefix.
    command = c.InfoGetOperator(phone=parse_phone_list(phone))
    with pytest.raises(sp.GatewayError) as info:
        call(gateway(), sp.Session("alex", SECRET, fmt=fmt), command)
    assert (info.value.code, info.value.description) == (3, "Operator not found.")
