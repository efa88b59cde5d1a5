"""The virtual gateway's senders.php through a real Session in every fmt: sender names
whose statuses move on the clock, the digital-name code flow, the error codes of lines
2698-2708 and the spec's example URLs."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults, VirtualGateway
from smsc_proto.gateway._virtual_senders import confirmation_code_of

from .virtual_examples import answer, example_gateway, outcome
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]
CHARSETS = {0: "windows-1251", 1: "utf-8", 2: "koi8-r", 3: "utf-8"}
OK = r.SendersOkReply(result="OK")
DIGITAL = "79990001122"


def session(fmt: int) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset=CHARSETS[fmt])


def code_of(virtual: VirtualGateway, s: sp.Session, command: c.Command[Any]) -> int:
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, s, command)
    return info.value.code


def names(virtual: VirtualGateway, s: sp.Session, **query: Any) -> list[tuple[str, Any, int]]:
    return [(x.sender, x.status, x.id) for x in call(virtual, s, c.SendersGet(**query))]


@pytest.mark.parametrize("fmt", FMTS)
def test_add_and_list(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    assert call(virtual, s, c.SendersAdd(sender="my_shop", cmt="test")) == r.SendersAddReply(id=1)
    mail = c.SendersAdd(sender="shop@mysite.ru", mail=True, name="Алексей")
    assert call(virtual, s, mail) == r.SendersAddReply(id=2)
    # line 2795: 0 "waiting for moderation" at first; line 2622: all=0 lists the
    # activated names only
    assert names(virtual, s) == []
    assert names(virtual, s, all=1) == [("shop@mysite.ru", 0, 2), ("my_shop", 0, 1)]
    virtual.advance(virtual.step)
    assert names(virtual, s) == [("shop@mysite.ru", None, 2), ("my_shop", None, 1)]
    assert names(virtual, s, all=1) == [("shop@mysite.ru", 1, 2), ("my_shop", 1, 1)]
    # line 2665: names created before prev_id; line 2666: cnt
    assert names(virtual, s, prev_id=2) == [("my_shop", None, 1)]
    assert names(virtual, s, cnt=1) == [("shop@mysite.ru", None, 2)]


@pytest.mark.parametrize("fmt", FMTS)
def test_change_and_delete(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.SendersAdd(sender="my_shop", cmt="test"))
    assert call(virtual, s, c.SendersChange(sender="my_shop", cmt="new")) == OK
    assert call(virtual, s, c.SendersChange(id=1, cmt="")) == OK
    assert code_of(virtual, s, c.SendersChange(id=2, cmt="x")) == 3
    assert call(virtual, s, c.SendersDelete(id=1)) == OK
    assert names(virtual, s, all=1) == []
    assert code_of(virtual, s, c.SendersDelete(sender="my_shop")) == 3
    # the name is free again
    assert call(virtual, s, c.SendersAdd(sender="my_shop")) == r.SendersAddReply(id=2)


@pytest.mark.parametrize("fmt", FMTS)
def test_operator_statuses(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.SendersAdd(sender="my_shop", mts_step=True, tele2=True))
    query = c.SendersGet(operators=True, all=1)
    if fmt == 1:
        # QUIRKS INC-34: operators=1 has no fmt=1 form -- error 1, not a crash
        assert code_of(virtual, s, query) == 1
        return
    seen = []
    for _ in range(3):
        (name,) = call(virtual, s, query)
        seen.append((name.mts_step, name.tele2, name.bee_step, name.mts_int))
        virtual.advance(virtual.step)
    # line 2794: 0 pending registration, 1 sent for registration, 2 allowed; an
    # operator never asked for reads 0
    assert seen == [(0, 0, 0, 0), (1, 1, 0, 0), (2, 2, 0, 0)]
    assert (name.sender, name.id) == ("my_shop", 1)
    # fmt=0 has no place for the name's status; fmt=2/3 carry it with all=1
    assert name.status == (None if fmt == 0 else 1)
    call(virtual, s, c.SendersChange(sender="my_shop", cmt="", bee_step=True))
    (name,) = call(virtual, s, query)
    assert (name.mts_step, name.bee_step) == (2, 0)


def test_from_date() -> None:
    # Line 2664: the names whose operator status changed since the date, the latest
    # change first.
    virtual, s = gateway(step=3600), session(3)
    call(virtual, s, c.SendersAdd(sender="first", mts_step=True))
    call(virtual, s, c.SendersAdd(sender="plain"))  # no operator: never changes
    virtual.advance(86400)
    call(virtual, s, c.SendersAdd(sender="second", mts_step=True))
    today = date(2026, 1, 2)
    assert names(virtual, s, all=1, from_date=today) == [("second", 0, 3)]
    assert names(virtual, s, all=1, from_date=today - timedelta(days=1)) == [
        ("second", 0, 3),
        ("first", 1, 1),
    ]


@pytest.mark.parametrize("fmt", FMTS)
def test_the_code_flow(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.SendersAdd(sender=DIGITAL))
    virtual.advance(virtual.step)
    # line 2610: a digital name waits for its code, moderation or not
    assert names(virtual, s, all=1) == [(DIGITAL, 0, 1)]
    assert virtual.confirmation_code("alex", DIGITAL) is None
    assert call(virtual, s, c.SendersSendCode(sender=DIGITAL)) == OK
    code = virtual.confirmation_code("alex", DIGITAL)
    assert code == confirmation_code_of(1)
    assert len(code) == 6
    assert code.isdigit()
    # line 2706: "Retry is possible after 8 hours."
    assert code_of(virtual, s, c.SendersSendCode(sender=DIGITAL)) == 10
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert code_of(virtual, s, c.SendersCheckCode(sender=DIGITAL, code=wrong)) == 11
    assert call(virtual, s, c.SendersCheckCode(sender=DIGITAL, code=code)) == OK
    assert names(virtual, s, all=1) == [(DIGITAL, 1, 1)]
    # the code is used up
    assert code_of(virtual, s, c.SendersCheckCode(sender=DIGITAL, code=code)) == 11
    virtual.advance(8 * 3600)
    assert call(virtual, s, c.SendersSendCode(sender=DIGITAL)) == OK
    assert virtual.confirmation_code("alex", DIGITAL) == confirmation_code_of(2)


def test_the_code_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    virtual, s = gateway(), session(3)
    call(virtual, s, c.SendersAdd(sender=DIGITAL))
    with caplog.at_level(logging.DEBUG):
        call(virtual, s, c.SendersSendCode(sender=DIGITAL))
        code = virtual.confirmation_code("alex", DIGITAL)
        assert code is not None
        call(virtual, s, c.SendersCheckCode(sender=DIGITAL, code=code))
    assert code not in caplog.text
    # the store keeps a digest and the sequence number, not the code
    assert code.encode() not in virtual.store.snapshot()
    with pytest.raises(sp.LocalProtocolError, match="sender: must not be empty"):
        virtual.confirmation_code("alex", "")


def sub_client(virtual: VirtualGateway, login: str, parent: str) -> None:
    """An account whose record names ``parent`` (what users.php's sub-clients are)."""
    virtual.add_account(login, "sub-pw")
    with virtual.store.transaction() as tx:
        record = tx.get("account", login)
        assert record is not None
        tx.put("account", login, {**record, "parent": parent})


def test_a_sub_client() -> None:
    # Line 2662: "user The user ID of the subclient to which you apply the command".
    virtual, s = gateway(), session(3)
    sub_client(virtual, "subalex", "alex")
    sub_client(virtual, "stranger", "bob")
    call(virtual, s, c.SendersAdd(sender=DIGITAL, user="subalex"))
    call(virtual, s, c.SendersAdd(sender="my_shop"))
    virtual.advance(virtual.step)
    send = c.SendersSendCode(sender=DIGITAL, user="subalex", site="my_shop")
    assert call(virtual, s, send) == OK
    code = virtual.confirmation_code("subalex", DIGITAL)
    assert code is not None
    assert virtual.confirmation_code("alex", DIGITAL) is None
    assert call(virtual, s, c.SendersCheckCode(sender=DIGITAL, code=code, user="subalex")) == OK
    assert names(virtual, s, user="subalex") == [(DIGITAL, None, 1)]
    sub = sp.Session("subalex", "sub-pw", fmt=3)
    assert [x.sender for x in call(virtual, sub, c.SendersGet())] == [DIGITAL]
    assert code_of(virtual, s, c.SendersGet(user="stranger")) == 1
    assert code_of(virtual, s, c.SendersGet(user="nobody")) == 1


# (what is done first, the request, the error code of lines 2698-2708)
ERRORS: list[tuple[list[c.Command[Any]], c.Command[Any], int]] = [
    ([], c.SendersSendCode(sender=DIGITAL), 3),
    ([], c.SendersCheckCode(sender=DIGITAL, code="123456"), 3),
    ([c.SendersAdd(sender="my_shop")], c.SendersAdd(sender="my_shop", cmt="again"), 5),
    # line 2660: site "must have been previously added and activated as Sender ID"
    ([c.SendersAdd(sender=DIGITAL)], c.SendersSendCode(sender=DIGITAL, site="mysite"), 3),
    ([c.SendersAdd(sender=DIGITAL)], c.SendersCheckCode(sender=DIGITAL, code="123456"), 11),
    # Faults.number_errors: 7 "Invalid number format", 8 "cannot be delivered"
    ([c.SendersAdd(sender="7900111")], c.SendersSendCode(sender="7900111"), 7),
    ([c.SendersAdd(sender="7800111")], c.SendersSendCode(sender="7800111"), 8),
    ([c.SendersAdd(sender="7600111")], c.SendersSendCode(sender="7600111"), 8),
    # line 2669: the files array has no layout the toolkit can write
    ([c.SendersAdd(sender="my_shop")], c.SendersGet(files=True, fmt=3), 1),
]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("before", "command", "code"), ERRORS)
def test_errors(fmt: int, before: list[c.Command[Any]], command: c.Command[Any], code: int) -> None:
    faults = Faults(number_errors={"7900": 7, "7800": 8, "7600": 6})
    virtual, s = gateway(faults=faults), session(fmt)
    for step in before:
        call(virtual, s, step)
    state = virtual.store.snapshot()
    assert code_of(virtual, s, command) == code
    assert virtual.store.snapshot() == state


def test_error_9() -> None:
    # Line 2853: "three identical requests within a minute to get a list of available
    # sender names and five requests to create a new sender name".
    virtual, s = gateway(faults=Faults(rate_limits=True)), session(3)
    for _ in range(3):
        call(virtual, s, c.SendersGet())
    assert code_of(virtual, s, c.SendersGet()) == 9
    for n in range(5):
        call(virtual, s, c.SendersAdd(sender=f"shop{n}"))
    assert code_of(virtual, s, c.SendersAdd(sender="shop5")) == 9


# Every senders.php example URL of the spec (lines 2836-2851), in order, on one new
# gateway where my_shop and 79999999999 are not names yet, then where they are.
EXAMPLES: list[tuple[int, str, Any, Any]] = [
    (
        2836,
        "get=1&login=alex&psw=123",
        [],
        [r.SendersGetReply(sender="mysite.ru", id=2), r.SendersGetReply(sender="my_shop", id=1)],
    ),
    (2839, "add=1&login=alex&psw=123&sender=my_shop&cmt=test", r.SendersAddReply(id=1), 5),
    (2842, "send_code=1&login=alex&psw=123&sender=79999999999", 3, OK),
    (2845, "send_code=1&login=alex&psw=123&sender=79999999999&user=subalex&site=mysite.ru", 1, OK),
    (2848, "check_code=1&login=alex&psw=123&sender=79999999999&code=338824", 3, 11),
    (2851, "del=1&login=alex&psw=123&sender=my_shop", OK, OK),
]


def test_the_spec_examples() -> None:
    virtual = example_gateway()
    for line, query, fresh, _ in EXAMPLES:
        url = f"https://smscentre.com/sys/senders.php?{query}"
        assert outcome(answer(virtual, url)) == fresh, line
    virtual = example_gateway()
    sub_client(virtual, "subalex", "alex")
    s = sp.Session("alex", "123", fmt=3)
    for sender in ("my_shop", "mysite.ru", "79999999999"):
        call(virtual, s, c.SendersAdd(sender=sender))
    call(virtual, s, c.SendersAdd(sender="79999999999", user="subalex"))
    virtual.advance(virtual.step)
    for line, query, _, seeded in EXAMPLES:
        url = f"https://smscentre.com/sys/senders.php?{query}"
        assert outcome(answer(virtual, url)) == seeded, line
