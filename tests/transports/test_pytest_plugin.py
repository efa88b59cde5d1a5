"""The smsc_emulator fixture that ships with the package (pytest11 entry point)."""

from __future__ import annotations

from decimal import Decimal

from smsc_proto import Session
from smsc_proto.gateway import VirtualGateway
from smsc_proto.responses import SmsStatusReply
from smsc_proto.values import parse_phone_list
from transports.urllib3 import Client


def test_the_fixture_serves_a_gateway(smsc_emulator: tuple[VirtualGateway, Session]) -> None:
    gateway, session = smsc_emulator
    assert session.hosts == (session.hosts[0],)  # no backup: never the real gateway
    with Client(session, timeout=5) as client:
        sent = client.send(phones=parse_phone_list("79999999999"), mes="hi")
        status = client.status_query(phone=parse_phone_list("79999999999"), id=sent.id)
        # One id: one status, not a list (StatusQuery's reply type allows both).
        assert isinstance(status, SmsStatusReply)
        assert status.status == 1
    assert [m.phone for m in gateway.messages] == ["79999999999"]
    assert gateway.balance("test") == Decimal("96.50")  # the tariff table: Russia, 3.50
