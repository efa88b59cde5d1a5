"""get.php?get_price on the virtual gateway: the tariff table the sends are billed by,
through a real Session in every fmt."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults
from smsc_proto.gateway._virtual_tariffs import COUNTRIES, OPERATORS, route
from smsc_proto.values import parse_phone_list

from ..commands.test_get import EXAMPLES
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]


@pytest.mark.parametrize("fmt", FMTS)
def test_get_price_lists_the_table(fmt: int) -> None:
    reply = call(gateway(price=None), sp.Session("alex", SECRET, fmt=fmt), c.GetPrice())
    assert isinstance(reply, r.GetPriceReply)
    assert reply.zones is not None
    assert reply.zones[0] == r.GetPriceZone(
        zone=1,
        name="Russia",
        api=Decimal("3.50"),
        mass=Decimal("3.50"),
        mms=Decimal("8.00"),
        hlr=Decimal("0.20"),
        call=Decimal("2.50"),
    )
    assert [z.zone for z in reply.zones] == [*range(1, 11), 0]  # "Other countries" last
    assert reply.codes == (
        r.GetPriceCode(mccmnc="25001", cost=Decimal("3.90")),
        r.GetPriceCode(mccmnc="25002", cost=Decimal("3.70")),
        r.GetPriceCode(mccmnc="25020", cost=Decimal("3.60")),
        r.GetPriceCode(mccmnc="25099", cost=Decimal("3.80")),
    )
    assert reply.mail == Decimal("0.30")


@pytest.mark.parametrize("fmt", FMTS)
def test_a_flat_price_is_every_zone_api(fmt: int) -> None:
    reply = call(gateway(), sp.Session("alex", SECRET, fmt=fmt), c.GetPrice())
    assert reply.zones is not None
    assert {(z.api, z.mass) for z in reply.zones} == {(Decimal("2.00"), Decimal("2.00"))}
    assert reply.codes is None


def test_billing_agrees_with_get_price() -> None:
    # cost=1 of one SMS to a number of each operator with an individual tariff is that
    # tariff; to any other number of a zone, the zone's api.
    virtual = gateway(price=None)
    session = sp.Session("alex", SECRET, fmt=3)
    prices = call(virtual, session, c.GetPrice())
    codes = {code.mccmnc: code.cost for code in prices.codes}
    zones = {zone.name: zone.api for zone in prices.zones}
    for operator in OPERATORS:
        number = operator.prefixes[0].ljust(COUNTRIES[operator.country - 1].digits[0], "1")
        if not operator.takes_sms:
            continue
        asked = call(virtual, session, c.Send(phones=parse_phone_list(number), mes="hi", cost=1))
        where = route(number)
        expected = codes.get(where.mccmnc, zones[where.country.name])
        assert asked.cost == expected, number


def test_spec_example_and_error_9() -> None:
    (example,) = [row for row in EXAMPLES if isinstance(row[0], c.GetPrice)]
    virtual = gateway(faults=Faults(rate_limits=True))
    virtual.add_account("alex", "123")
    session = sp.Session("alex", "123")
    command = dataclasses.replace(example[0], credentials=None)
    for _ in range(3):
        assert isinstance(call(virtual, session, command), r.GetPriceReply)
    # Line 3293: "not more than three identical requests within a minute".
    with pytest.raises(sp.TooManyRequestsError):
        call(virtual, session, command)


def test_the_docs_table_is_the_table() -> None:
    # docs/emulator.rst "Tariffs" documents the table row by row: a changed price or code
    # must change the docs too.
    docs = (Path(__file__).parents[2] / "docs" / "emulator.rst").read_text(encoding="utf-8")
    rows = {" ".join(line.split()) for line in docs.splitlines()}
    for country in COUNTRIES:
        mms = "--" if country.mms is None else str(country.mms)
        cells = [country.zone, country.name, ", ".join(country.codes), country.mcc]
        cells += [country.digits[0], country.tz, country.api, country.mass, mms]
        cells += [country.hlr, country.call]
        assert " ".join(str(cell) for cell in cells) in rows, country.name
    for operator in OPERATORS:
        if operator.mnc:
            mcc = COUNTRIES[operator.country - 1].mcc
            sms = "--" if operator.sms is None else str(operator.sms)
            row = [line for line in rows if f" {mcc}{operator.mnc} " in f" {line} "]
            assert len(row) == 1, operator.name
            assert row[0].startswith(f"{COUNTRIES[operator.country - 1].name} {operator.name}")
            assert row[0].endswith(sms), operator.name
