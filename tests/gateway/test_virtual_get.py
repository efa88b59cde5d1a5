"""get.php on the virtual gateway (but get_price): the history of sent messages in its
SMS and e-mail forms, the incoming messages -- injected, and answers to messages sent --
and the statistics, in every fmt; and the spec's example URLs."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import VirtualGateway, moscow
from smsc_proto.values import MessageType, Phone, parse_phone_list

from .test_virtual_status import HLR_FIELDS, mark, sent
from .virtual_support import HANDLER, SECRET, START, call, gateway, stopped_clock

FMTS = [0, 1, 2, 3]
TODAY = moscow(START).date()


def session(fmt: int) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset="utf-8")


@pytest.mark.parametrize("fmt", FMTS)
def test_answers_injected_and_replies(fmt: int) -> None:
    # Lines 3003-3079: id, received, phone, message, to_phone, sent; oldest first.
    virtual = gateway(handler=HANDLER)
    sent(virtual, id="order-1", sender="79001112233")
    first = virtual.inject_incoming(
        login="alex", phone="79995550000", to="79001112233", mes="Привет"
    )
    virtual.advance(60)
    second = virtual.inject_reply(login="alex", id="order-1", phone="79999999999", mes="Да, удобно")
    listed = call(virtual, session(fmt), c.GetAnswers())
    assert listed == [
        r.GetAnswersReply(
            id=first,
            received=moscow(START),
            phone="79995550000",
            message="Привет",
            to_phone="79001112233",
            sent=moscow(START),
        ),
        r.GetAnswersReply(
            id=second,
            received=moscow(START + timedelta(seconds=60)),
            phone="79999999999",
            message="Да, удобно",
            # The answer goes to the number the message came from.
            to_phone="79001112233",
            sent=moscow(START + timedelta(seconds=60)),
        ),
    ]
    # Each arrives as a callback too (line 3602); the answer names the message it
    # answers (line 3681: sms_id).
    incoming = [
        HANDLER.receive((), d.body, d.content_type)
        for d in virtual.due_callbacks()
        if d.key.startswith("incoming:")
    ]
    assert all(isinstance(m, sp.IncomingMessage) for m in incoming)
    assert [(m.id, m.sms_id, m.mes) for m in incoming if isinstance(m, sp.IncomingMessage)] == [
        (first, None, "Привет"),
        (second, "order-1", "Да, удобно"),
    ]


@pytest.mark.parametrize("fmt", FMTS)
def test_answer_filters(fmt: int) -> None:
    # Lines 3009-3012: cnt, hour, after_id, to_phone; without hour the current day
    # (line 3085: "10 first incoming messages for the current day").
    virtual = gateway()
    ids = [
        virtual.inject_incoming(login="alex", phone="79995550000", to=to, mes=f"m{n}")
        for n, to in enumerate(("79001", "79002", "79001"))
    ]
    virtual.advance(24 * 3600)  # the next day
    today = virtual.inject_incoming(login="alex", phone="79995550000", to="79002", mes="today")
    s = session(fmt)
    assert [m.id for m in call(virtual, s, c.GetAnswers())] == [today]
    assert [m.id for m in call(virtual, s, c.GetAnswers(hour=48))] == [*ids, today]
    assert [m.id for m in call(virtual, s, c.GetAnswers(hour=48, cnt=2))] == ids[:2]
    assert [m.id for m in call(virtual, s, c.GetAnswers(hour=48, after_id=ids[0]))] == [
        *ids[1:],
        today,
    ]
    # after_id without hour: the longest period (168 hours), not just today.
    assert [m.id for m in call(virtual, s, c.GetAnswers(after_id=ids[1]))] == [ids[2], today]
    to_phone = c.GetAnswers(hour=48, to_phone=Phone(number="79001", plus=True))
    assert [m.id for m in call(virtual, s, to_phone)] == [ids[0], ids[2]]
    # Another account sees its own.
    virtual.add_account("bob", "bob-pw")
    assert call(virtual, sp.Session("bob", "bob-pw", fmt=fmt), c.GetAnswers(hour=48)) == []


def test_an_answer_fmt1_cannot_carry_is_error_1() -> None:
    # Line 3071: fmt=1 records are one line each; a message with a line break cannot be
    # written there -- error 1, while fmt=0/2/3 carry it.
    virtual = gateway()
    virtual.inject_incoming(login="alex", phone="79995550000", to="", mes="two\nlines")
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session(1), c.GetAnswers())
    assert info.value.code == 1
    for fmt in (0, 2, 3):
        assert [m.message for m in call(virtual, session(fmt), c.GetAnswers())] == ["two\nlines"]


def test_a_reply_to_no_message_is_refused() -> None:
    virtual = gateway()
    with pytest.raises(sp.LocalProtocolError, match="id: 'alex' sent no message 7"):
        virtual.inject_reply(login="alex", id=7, phone="79999999999", mes="?")
    sent(virtual, id=7)
    # The callback's "to" is visible ASCII without ":" -- refused now, not at delivery.
    with pytest.raises(sp.LocalProtocolError, match=r"^to: must be .* without .:."):
        virtual.inject_reply(login="alex", id=7, phone="79999999999", mes="?", to="a:b")
    with pytest.raises(sp.LocalProtocolError, match="NUL"):
        virtual.inject_reply(login="alex", id=7, phone="79999999999", mes="\x00")
    assert virtual.admin_state("incoming") == []


@pytest.mark.parametrize("fmt", FMTS)
def test_stat(fmt: int) -> None:
    # Lines 3098-3171: sms = the number of messages, "credit" what they cost, "debit"
    # what was paid in (QUIRKS INC-30), in the account's currency.
    virtual = gateway()
    sent(virtual, phones="79999999999,79990000000")
    virtual.pay("alex", Decimal("50.00"))
    virtual.advance(2 * 24 * 3600)
    sent(virtual, mes="Ж" * 71)  # 2 parts, two days later
    s = session(fmt)
    both = call(virtual, s, c.GetStat(start=TODAY))
    assert both == [
        r.GetStatReply(
            login="alex", sms=3, credit=Decimal("8.00"), debit=Decimal("50.00"), currency="RUB"
        )
    ]
    first_day = call(virtual, s, c.GetStat(start=TODAY, end=TODAY))
    assert first_day == [
        r.GetStatReply(
            login="alex", sms=2, credit=Decimal("4.00"), debit=Decimal("50.00"), currency="RUB"
        )
    ]
    later = call(virtual, s, c.GetStat(start=TODAY + timedelta(days=1), mycur=True))
    assert later == [
        r.GetStatReply(
            login="alex", sms=1, credit=Decimal("4.00"), debit=Decimal("0.00"), currency="RUB"
        )
    ]
    # No message is paid from a second balance (flag bit 5).
    second = call(virtual, s, c.GetStat(start=TODAY, balance2=True))
    assert second == [
        r.GetStatReply(
            login="alex", sms=0, credit=Decimal("0.00"), debit=Decimal("0.00"), currency="RUB"
        )
    ]
    assert virtual.balance("alex") == Decimal("100.00") - 8 + 50


@pytest.mark.parametrize("fmt", FMTS)
def test_history_forms(fmt: int) -> None:
    # Lines 2865-2869: format=8 lists the e-mail messages (email= picks addresses),
    # format=0 the others; each record carries its type and the number's operator.
    virtual = gateway()
    sent(virtual, id=1)
    mark(virtual, **HLR_FIELDS)
    sent(virtual, phones="alex@mysite.com", id=2, mail=True, subj="Hi", sender="me@mysite.com")
    with virtual.store.transaction() as tx:
        for key, record in list(tx.scan("message")):
            if record["id"] == 2:
                tx.put("message", key, {**record, "kind": "mail"})
    s = session(fmt)
    (hlr,) = call(virtual, s, c.GetMessages())
    assert (hlr.id, hlr.type, hlr.mccmnc, hlr.operator, hlr.country) == (
        1,
        4,
        "25001",
        "MTS",
        "Russia",
    )
    (mail,) = call(virtual, s, c.GetMessages(format=8))
    assert (mail.id, mail.phone, mail.type) == (2, "alex@mysite.com", MessageType.EMAIL)
    by_address = c.GetMessages(format=8, email=parse_phone_list("other@mysite.com"))
    assert call(virtual, s, by_address) == []


# Spec lines 2994, 2997, 3086, 3089, 3092, 3177: the examples of get.php (get_price is
# another module's).
SPEC_URLS = [
    "https://smscentre.com/sys/get.php?get_messages=1&login=alex&psw=123&cnt=10",
    "https://smscentre.com/sys/get.php?get_messages=1&login=alex&psw=123&phone=79999999999",
    "https://smscentre.com/sys/get.php?get_answers=1&login=alex&psw=123&cnt=10",
    "https://smscentre.com/sys/get.php?get_answers=1&login=alex&psw=123&hour=48&cnt=15",
    "https://smscentre.com/sys/get.php?get_answers=1&login=alex&psw=123&after_id=1234567&cnt=20",
    "https://smscentre.com/sys/get.php?get_stat=1&login=alex&psw=123&mycur=1&start=01.01.2014&end=01.02.2014",
]


@pytest.mark.parametrize("url", SPEC_URLS)
@pytest.mark.parametrize("fmt", FMTS)
def test_spec_urls(url: str, fmt: int) -> None:
    virtual = VirtualGateway(accounts={"alex": "123"}, clock=stopped_clock())
    call(
        virtual, sp.Session("alex", "123"), c.Send(phones=parse_phone_list("79999999999"), mes="hi")
    )
    virtual.inject_incoming(login="alex", phone="79999999999", to="", mes="yes")
    http = sp.HttpRequest("GET", f"{url}&fmt={fmt}")
    reply = virtual.respond(http)
    assert reply.status == 200
    command = sp.parse_command(sp.Request.from_url(http.url))
    decoded: Any = sp.decode_response(command, reply.body)
    expected: dict[type[Any], Any] = {
        c.GetMessages: 1,
        # after_id=1234567 is after every message there is
        c.GetAnswers: 0 if "after_id" in url else 1,
        # 2014 is long before anything was sent
        c.GetStat: 1,
    }
    assert len(decoded) == expected[type(command)]
    if isinstance(command, c.GetStat):
        assert decoded[0].sms == 0
        assert command.start == date(2014, 1, 1)
