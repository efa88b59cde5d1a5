"""send.php and rest/send on the virtual gateway: every kind of message, every send
parameter, the tariff table's prices and the error rules, through a real Session in
every fmt.

The gateway is built with ``price=None``: the tariff table prices everything (79161234567
is MTS, whose individual SMS tariff is 3.90; 7999 numbers are Yota, billed at Russia's
3.50).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults, VirtualGateway, moscow
from smsc_proto.gateway._virtual_tinyurls import SHORT_BASE
from smsc_proto.values import (
    CallParam,
    EmailAddress,
    MessageType,
    PhoneList,
    SendAt,
    TelegramId,
    Valid,
    parse_phone_list,
)

from ..commands.test_send import EXAMPLES, IVR_MESSAGE
from .virtual_support import HANDLER, SECRET, START, call, gateway

FMTS = [0, 1, 2, 3]
MTS = parse_phone_list("79161234567")
YOTA = parse_phone_list("79999999999")


def tariffed(**kwargs: Any) -> VirtualGateway:
    """A gateway on the tariff table (no flat price)."""
    return gateway(price=None, **kwargs)


def session(fmt: int = 3) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset="utf-8")


# -- the spec's examples ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_every_spec_example_is_answered(fmt: int) -> None:
    virtual = tariffed(balance=Decimal(1000))
    virtual.add_account("alex", "123")
    spec = sp.Session("alex", "123", fmt=fmt)
    answered = 0
    for command, url, _ in EXAMPLES:
        bare = dataclasses.replace(command, credentials=None)
        if "G777" in url:
            # Line 385: G777 and G888 are groups the virtual account does not have.
            with pytest.raises(sp.GatewayError) as info:
                call(virtual, spec, bare)
            assert info.value.code == 1
            assert "not emulated" not in info.value.description
            continue
        reply = call(virtual, spec, bare)
        assert isinstance(reply, r.SendReply)
        assert reply.cnt is not None
        assert reply.cnt >= 1, url
        answered += 1
    assert answered == len(EXAMPLES) - 1


# -- every kind: its type code, count and price ------------------------------------------

# (send parameters, kind, type code, cnt, cost) -- cost from the tariff table.
KINDS: list[tuple[dict[str, Any], str, int, int, Decimal]] = [
    ({"phones": MTS, "mes": "hi"}, "sms", 0, 1, Decimal("3.90")),
    ({"phones": MTS, "mes": "hi", "flash": True}, "flash", 1, 1, Decimal("3.90")),
    # 140 octets are one binary SMS (the hex text is 280 characters: 2 parts as text)
    ({"phones": MTS, "mes": "00" + "AB" * 139, "bin": 2}, "bin", 2, 1, Decimal("3.90")),
    ({"phones": MTS, "mes": "00" + "AB" * 140, "bin": 2}, "bin", 2, 2, Decimal("7.80")),
    ({"phones": MTS, "mes": "http://wap.ru\nWAP.RU", "push": True}, "push", 3, 1, Decimal("3.90")),
    ({"phones": MTS, "hlr": True}, "hlr", 4, 1, Decimal("0.20")),
    ({"phones": MTS, "mes": "__HLR__"}, "hlr", 4, 1, Decimal("0.20")),
    ({"phones": MTS, "ping": True}, "ping", 5, 1, Decimal("3.90")),
    ({"phones": MTS, "mes": "Hello", "subj": "Privet", "mms": True}, "mms", 6, 1, Decimal("8.00")),
    # 24 characters read in 2 seconds; one started minute of Russia's 2.50
    (
        {"phones": MTS, "mes": "Hello, this is a call!!!", "call": True},
        "call",
        7,
        2,
        Decimal("2.50"),
    ),
    (
        {
            "phones": PhoneList(entries=(EmailAddress(address="alex@mysite.com"),)),
            "mes": "Hello",
            "subj": "Privet",
            "sender": "alex2@mysite2.com",
            "mail": True,
        },
        "mail",
        8,
        1,
        Decimal("0.30"),
    ),
    ({"phones": MTS, "mes": "Hello", "viber": True}, "viber", 10, 1, Decimal("1.20")),
    ({"phones": MTS, "mes": "Hello", "soc": True}, "soc", 12, 1, Decimal("1.50")),
    ({"phones": MTS, "mes": "Hello", "whatsapp": True}, "whatsapp", 12, 1, Decimal("1.80")),
    (
        {
            "phones": PhoneList(entries=(TelegramId(chat_id=1122334455),)),
            "mes": "Hi",
            "bot": "@mybot_bot",
        },
        "bot",
        12,
        1,
        Decimal("0.90"),
    ),
]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("params", "kind", "code", "cnt", "cost"), KINDS)
def test_each_kind_is_typed_and_priced(
    fmt: int, params: dict[str, Any], kind: str, code: int, *, cnt: int, cost: Decimal
) -> None:
    # The e-mail's sender address is one senders.php allows (line 52, line 1869).
    virtual = tariffed(senders=("alex2@mysite2.com",))
    reply = call(virtual, session(fmt), c.Send(**params, id=9, cost=3))
    assert reply == r.SendReply(id=9, cnt=cnt, cost=cost, balance=Decimal(100) - cost)
    (message,) = virtual.messages
    assert (message.kind, message.type, message.parts, message.cost) == (kind, code, cnt, cost)
    asked = call(virtual, session(fmt), c.Send(**params, cost=1))
    assert asked == r.SendReply(cnt=cnt, cost=cost)  # cost=1 asks the same table


@pytest.mark.parametrize("fmt", FMTS)
def test_rest_send_takes_every_kind(fmt: int) -> None:
    virtual = tariffed()
    reply = call(virtual, session(fmt), c.RestSend(phones=MTS, hlr=True, cost=2))
    assert reply == r.SendReply(id=1, cnt=1, cost=Decimal("0.20"))
    assert virtual.messages[0].type == MessageType.HLR


def test_the_geography_of_each_message() -> None:
    virtual = tariffed()
    phones = parse_phone_list("79161234567,380501234567,+12025550123")
    call(virtual, session(), c.Send(phones=phones, mes="hi"))
    assert [(m.mccmnc, m.country, m.operator, m.cost) for m in virtual.messages] == [
        ("25001", "Russia", "MTS", Decimal("3.90")),
        ("25501", "Ukraine", "Vodafone UA", Decimal("5.20")),
        ("", "Other countries", "", Decimal("7.50")),
    ]


@pytest.mark.parametrize(("fmt", "cost"), [(0, 0), (1, 2), (2, 3), (3, 1)])
def test_op1_lists_mccmnc_and_cost_per_recipient(fmt: int, cost: int) -> None:
    phones = parse_phone_list("79161234567,89201234567")  # 8... is read as 7... (line 47)
    reply = call(tariffed(), session(fmt), c.Send(phones=phones, mes="hi", op=True, cost=cost))
    assert reply.phones == (
        r.SendPhone(phone="79161234567", mccmnc="25001", cost=Decimal("3.90"), status=-1, error=0),
        r.SendPhone(phone="89201234567", mccmnc="25002", cost=Decimal("3.70"), status=-1, error=0),
    )


# -- send parameters ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_maxsms_truncates(fmt: int) -> None:
    # Line 150: "Messages that are too long will be truncated".
    virtual = tariffed()
    reply = call(virtual, session(fmt), c.Send(phones=MTS, mes="x" * 400, maxsms=2, cost=2))
    assert (reply.cnt, reply.cost) == (2, Decimal("7.80"))
    assert virtual.messages[0].text == "x" * 306  # two 153-character parts


@pytest.mark.parametrize(
    ("mode", "sent", "parts"),
    [(0, "Привет, мир! " * 6, 2), (1, "Privet, mir! " * 6, 1), (2, "npuBem, Mup! " * 6, 1)],
)
def test_translit(mode: int, sent: str, parts: int) -> None:
    # Line 53: 1 "as "translate"", 2 "as "mpaHc/Ium"": Latin text takes fewer parts.
    virtual = tariffed()
    reply = call(virtual, session(), c.Send(phones=MTS, mes="Привет, мир! " * 6, translit=mode))
    assert reply.cnt == parts
    assert virtual.messages[0].text == sent


def test_tinyurl_replaces_links_once_per_link() -> None:
    virtual = tariffed()
    link = "https://mysite.ru/orders/2026/01/01/confirmation?code=" + "7" * 40
    for _ in range(2):
        call(virtual, session(), c.Send(phones=MTS, mes=f"Order: {link} ok", tinyurl=True))
    call(virtual, session(), c.Send(phones=MTS, mes=f"Plain: {link}"))
    texts = [m.text for m in virtual.messages]
    assert texts == [f"Order: {SHORT_BASE}1 ok"] * 2 + [f"Plain: {link}"]
    with virtual.store.transaction() as tx:
        assert [record["link"] for _, record in tx.scan("tinyurl")] == [link]


def test_comment_is_kept_and_not_billed() -> None:
    virtual = tariffed()
    reply = call(virtual, session(), c.Send(phones=MTS, mes="Hello!\n~~~\n" + "c" * 300))
    assert reply.cnt == 1
    (message,) = virtual.messages
    assert (message.text, message.comment) == ("Hello!", "c" * 300)


@pytest.mark.parametrize("fmt", FMTS)
def test_time_with_tz_holds_the_message(fmt: int) -> None:
    # Lines 62, 67: DDMMYYhhmm in the zone tz hours from Moscow. START is 12:00 Moscow;
    # 15:00 at tz=+2 is 13:00 Moscow.
    virtual = tariffed()
    when = SendAt(when=datetime(2026, 1, 1, 15, 0))
    call(virtual, session(fmt), c.Send(phones=MTS, mes="later", time=when, tz=2))
    (message,) = virtual.messages
    assert message.send_at is not None
    assert moscow(message.send_at).strftime("%H:%M") == "13:00"
    virtual.advance(3599)
    assert virtual.messages[0].status == -1
    virtual.advance(1)
    assert virtual.messages[0].status == 0


def test_period_and_freq_spread_the_recipients() -> None:
    # Lines 68-69: 4 numbers over 1 hour, a group every 30 minutes: 2 groups of 2.
    virtual = tariffed()
    phones = parse_phone_list("79161234561,79161234562,79161234563,79161234564")
    call(virtual, session(), c.Send(phones=phones, mes="news", period=Decimal(1), freq=30))
    offsets = [
        None if m.send_at is None else int((m.send_at - START).total_seconds())
        for m in virtual.messages
    ]
    assert offsets == [None, None, 1800, 1800]
    spread = tariffed()
    call(spread, session(), c.Send(phones=phones, mes="news", period=Decimal(1)))
    assert [None if m.send_at is None else m.send_at - START for m in spread.messages] == [
        None,
        timedelta(minutes=15),
        timedelta(minutes=30),
        timedelta(minutes=45),
    ]


def test_valid_expires_a_message_not_delivered_in_time() -> None:
    # Line 149: "valid - The "life" period of the SMS message"; stages 50 minutes apart
    # never reach "Delivered" within 1 hour: status 3 "Expired" at 1 hour.
    virtual = tariffed(step=3000.0)
    call(virtual, session(), c.Send(phones=MTS, mes="x", valid=Valid(hours=1)))
    virtual.advance(3599)
    assert virtual.messages[0].status == 0
    virtual.advance(1)
    assert virtual.messages[0].status == 3


# -- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FMTS)
def test_error_3_names_the_id_the_gateway_assigned(fmt: int) -> None:
    # Line 177: "ERROR = N (description), ID - <id>" for error 3.
    poor = tariffed(balance=Decimal("3.89"))
    with pytest.raises(sp.GatewayError) as info:
        call(poor, session(fmt), c.Send(phones=MTS, mes="hi"))
    assert (info.value.code, info.value.id) == (3, 1)
    assert poor.messages == ()
    assert poor.balance("alex") == Decimal("3.89")
    # the id was used up: the next send gets the next one
    assert call(poor, session(fmt), c.Send(phones=YOTA, mes="hi")).id == 2


# (recipient, other send parameters, the error the rules give)
RULES: list[tuple[str, dict[str, Any], int]] = [
    ("7916123456", {}, 7),  # 10 digits: a Russian number has 11 (line 1846)
    ("3805012345678", {}, 7),
    ("74951234567", {}, 8),  # a Moscow fixed line takes no SMS (line 1829)
    ("74951234567", {"hlr": True}, 8),
    ("79161234567", {"sender": "MTS"}, 6),  # an operator's name (line 1857)
    ("79161234567", {"sender": "Mega Fon"}, 6),
    ("79161234567", {"sender": "79161234567"}, 6),  # the recipient's own number
]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("phone", "params", "code"), RULES)
def test_errors_6_7_8_from_rules(fmt: int, phone: str, params: dict[str, Any], code: int) -> None:
    virtual = tariffed()
    phones = parse_phone_list(f"79999999999,{phone}")
    text: dict[str, Any] = {} if params.get("hlr") else {"mes": "hi"}
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session(fmt), c.Send(phones=phones, **text, **params))
    assert (info.value.code, info.value.id) == (code, 1)
    assert virtual.messages == ()
    assert virtual.balance("alex") == Decimal("100.00")


def test_a_fixed_line_takes_a_call() -> None:
    virtual = tariffed()
    reply = call(
        virtual, session(), c.Send(phones=parse_phone_list("74951234567"), mes="Hi", call=True)
    )
    assert reply.cnt == 1
    assert virtual.messages[0].mccmnc == ""


def test_email_needs_subject_and_sender_address() -> None:
    # Line 437: "For e-mail messages, specifying the subject, text and sender's address
    # is mandatory." A request without them is error 1, never a send.
    virtual = tariffed()
    base = (
        f"https://smscentre.com/sys/send.php?login=alex&psw={SECRET}&phones=a%40b.ru&mes=x&mail=1"
    )
    for extra in ("&sender=c%40d.ru", "&subj=S", "&subj=S&sender=Alex"):
        response = virtual.respond(sp.HttpRequest(method="GET", url=base + extra + "&fmt=3"))
        assert b'"error_code": 1' in response.body or b'"error_code":1' in response.body
    assert virtual.messages == ()


def test_group_codes_of_an_account_without_groups_are_error_1() -> None:
    with pytest.raises(sp.GatewayError) as info:
        call(tariffed(), session(), c.Send(phones=parse_phone_list("G7"), mes="hi"))
    assert info.value.code == 1
    assert "G7" in info.value.description


# -- HLR and voice messages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "status", "err", "found"), [(None, 1, 0, True), ((20, 1), 20, 1, False)]
)
def test_hlr_result_comes_from_the_outcomes(
    outcome: tuple[int, int] | None, status: int, err: int, found: bool
) -> None:
    faults = Faults(outcomes={"7916": outcome}) if outcome else Faults()
    virtual = tariffed(faults=faults, handler=HANDLER)
    call(virtual, session(), c.Send(phones=MTS, hlr=True, id=4))
    virtual.advance(2)
    (message,) = virtual.messages
    hlr = dict(message.hlr)
    assert (message.status, message.err) == (status, err)
    assert (hlr["mcc"], hlr["mnc"], hlr["cn"], hlr["net"], hlr["rcn"]) == (
        "250",
        "01",
        "Russia",
        "MTS",
        "",
    )
    assert (len(hlr["imsi"]) == 15 and hlr["imsi"].startswith("25001")) is found
    callbacks = [HANDLER.receive((), d.body, d.content_type) for d in virtual.due_callbacks()]
    final = callbacks[-1]
    assert isinstance(final, sp.StatusCallback)
    assert (final.status, final.type, final.mcc, final.net) == (
        status,
        MessageType.HLR,
        "250",
        "MTS",
    )
    assert (final.imsi is not None) is found
    assert all(
        isinstance(cb, sp.StatusCallback) and cb.imsi is None for cb in callbacks[:-1]
    )  # the result comes with the status


@pytest.mark.parametrize(
    ("outcome", "param", "final_after", "attempts"),
    [
        (None, None, 2, 1),  # answered: the call lasts its 2 seconds
        ((20, 240), CallParam(wait=20, interval=10, attempts=3), 3 * 20 + 2 * 10, 3),
        ((20, 240), CallParam(wait=10, interval=3600, attempts=2), 10 + 3600 + 10, 2),
        ((20, 237), None, 8 * 25 + 57, 8),  # n = 8, w = 25, i from 3 to 14 (line 125)
        ((20, 1), None, 25, 1),  # no such subscriber: one attempt
    ],
)
def test_call_dialling_follows_param(
    outcome: tuple[int, int] | None, param: CallParam | None, final_after: int, attempts: int
) -> None:
    faults = Faults(outcomes={"7916": outcome}) if outcome else Faults()
    virtual = tariffed(faults=faults)
    mes = "Hello, this is a call!!!"
    call(virtual, session(), c.Send(phones=MTS, mes=mes, call=True, param=param))
    virtual.advance(1)  # the operator stage: the first dial
    virtual.advance(final_after - 1)
    assert virtual.messages[0].status == 0
    virtual.advance(1)
    (message,) = virtual.messages
    assert message.status == (1 if outcome is None else 20)
    assert message.call_attempts == attempts
    assert message.call_duration == (2 if outcome is None else 0)


def test_ivr_visits_are_recorded_and_called_back() -> None:
    virtual = tariffed(handler=HANDLER)
    phones = parse_phone_list("79161234567")
    reply = call(virtual, session(), c.Send(phones=phones, mes=IVR_MESSAGE, call=True, id=3))
    assert reply.cnt == virtual.messages[0].call_duration > 0
    with pytest.raises(sp.LocalProtocolError, match="not in progress"):
        virtual.press_keys(login="alex", id=3, phone="79161234567", keys="1")
    virtual.advance(1)  # answered
    assert virtual.press_keys(login="alex", id=3, phone="79161234567", keys="12") == ("1", "12")
    virtual.advance(2)
    # "*: back" leaves item 1; "3: sms..., 3: end" ends the menu
    assert virtual.press_keys(login="alex", id=3, phone="79161234567", keys="*3") == ("*", "3")
    with pytest.raises(sp.LocalProtocolError, match="after the menu ended"):
        virtual.press_keys(login="alex", id=3, phone="79161234567", keys="1")
    assert virtual.messages[0].ivr_visits == (("1", 0), ("12", 0), ("*", 2), ("3", 2))
    virtual.advance(600)
    final = [HANDLER.receive((), d.body, d.content_type) for d in virtual.due_callbacks()][-1]
    assert isinstance(final, sp.StatusCallback)
    assert (final.status, final.type, final.dtmf) == (1, MessageType.CALL, "12*3")


def test_call_param_out_of_the_operating_ranges_is_clamped() -> None:
    # Line 122: w "if the value is less than 10, it will be reduced to 10"; line 124: n
    # "0 will be reduced to 1". The encoder refuses such a param, so the URL is written.
    virtual = tariffed(faults=Faults(outcomes={"7916": (20, 237)}))
    url = (
        "https://smscentre.com/sys/send.php?login=alex&psw="
        + SECRET
        + "&phones=79161234567&mes=Hi&call=1&param=5%2C0%2C0&fmt=3"
    )
    assert virtual.respond(sp.HttpRequest(method="GET", url=url)).status == 200
    virtual.advance(1 + 9)
    assert virtual.messages[0].status == 0
    virtual.advance(1)
    assert (virtual.messages[0].status, virtual.messages[0].call_attempts) == (20, 1)


@pytest.mark.parametrize(
    ("keys", "match"),
    [("9", "the top menu has no item for key '9'"), ("2x", "must be 0-9, \\* or #")],
)
def test_press_keys_refuses(keys: str, match: str) -> None:
    virtual = tariffed()
    call(virtual, session(), c.Send(phones=MTS, mes=IVR_MESSAGE, call=True, id=3))
    virtual.advance(1)
    with pytest.raises(sp.LocalProtocolError, match=match):
        virtual.press_keys(login="alex", id=3, phone="79161234567", keys=keys)
    with pytest.raises(sp.LocalProtocolError, match="no message"):
        virtual.press_keys(login="alex", id=4, phone="79161234567", keys="1")
    call(virtual, session(), c.Send(phones=MTS, mes="plain", call=True, id=5))
    with pytest.raises(sp.LocalProtocolError, match="no voice message with a menu"):
        virtual.press_keys(login="alex", id=5, phone="79161234567", keys="1")
