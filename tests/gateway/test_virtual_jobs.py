"""jobs.php on the virtual gateway: every command in every fmt, the rounds a mailing list
sends on the virtual clock, and the spec's example URLs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import moscow
from smsc_proto.gateway._virtual_jobs import next_round
from smsc_proto.values import SendAfter, Valid, parse_phone_list

from .spec_urls import SPEC_PSW, answer
from .test_virtual_callbacks import received
from .virtual_support import HANDLER, SECRET, START, call, gateway

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
TWO = parse_phone_list("79999999999,79990000001")
DAY = 24 * 3600


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_add_sends_the_first_round_and_get_reads_it(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    added = call(virtual, session, c.JobsAdd(name="Рассылка", phones=TWO, mes="Привет!", cost=1))
    # Lines 1217-1246: the id, and with cost=1 the cost (2 recipients x 1 part x 2.00).
    assert added == r.JobsAddReply(id=1, cost=Decimal("4.00"))
    assert [(m.phone, m.text, m.id) for m in virtual.messages] == [
        ("79999999999", "Привет!", 1),
        ("79990000001", "Привет!", 1),
    ]
    assert virtual.balance("alex") == Decimal("96.00")
    virtual.advance(2)
    job = call(virtual, session, c.JobsGet(id=1))
    noon = moscow(START)
    assert (job.id, job.name, job.subject, job.phones, job.message) == (
        1,
        "Рассылка",
        "",
        "79999999999,79990000001",
        "Привет!",
    )
    assert (job.created, job.changed, job.need_date, job.last_sent) == (noon,) * 4
    assert (job.repeat_send, job.repeat_cnt, job.status, job.format) == (0, 1, 1, 0)
    assert (job.validity, job.period, job.frequency, job.sender_id) == (0, Decimal(0), 0, "")
    # QUIRKS INC-11: cost, sms_sent and sms_ok travel in fmt=3 only.
    expected = (Decimal("4.00"), 2, 2) if fmt == 3 else (None, None, None)
    assert (job.cost, job.sms_sent, job.sms_ok) == expected


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_get_all_lists_newest_first(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, session, c.JobsAdd(name="first", phones=TWO, mes="a"))
    virtual.advance(60)
    call(virtual, session, c.JobsAdd(name="second", phones=TWO, mes="b", sender="Shop"))
    jobs = call(virtual, session, c.JobsGetAll())
    assert [(j.id, j.name, j.phones_cnt, j.cost, j.sender_id) for j in jobs] == [
        (2, "second", 2, Decimal("4.00"), "Shop"),
        (1, "first", 2, Decimal("4.00"), ""),
    ]
    day = moscow(START).date()
    within = call(virtual, session, c.JobsGetAll(start=day, end=day))
    assert [j.id for j in within] == [2, 1]
    before = call(
        virtual, session, c.JobsGetAll(start=day - timedelta(days=9), end=day - timedelta(days=1))
    )
    assert before == []


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_a_scheduled_list_waits_and_cancel_disables_it(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, session, c.JobsAdd(name="later", phones=TWO, mes="x", time=SendAfter(minutes=30)))
    assert virtual.messages == ()
    job = call(virtual, session, c.JobsGet(id=1))
    assert (job.status, job.need_date) == (0, moscow(START) + timedelta(minutes=30))
    assert job.last_sent == moscow(START)  # no round yet: the creation time
    assert call(virtual, session, c.JobsCancel(id=1)) == r.JobsOkReply(result="OK")
    virtual.advance(3600)
    assert virtual.messages == ()
    assert call(virtual, session, c.JobsGet(id=1)).status == 2
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session, c.JobsCancel(id=1))  # not waiting any more
    assert info.value.code == 1


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_delete_forgets_the_list_and_its_rounds(fmt: int, charset: str) -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    call(virtual, session, c.JobsAdd(name="daily", phones=TWO, mes="x", rpt=2))
    assert call(virtual, session, c.JobsDelete(id=1)) == r.JobsOkReply(result="OK")
    virtual.advance(3 * DAY)
    assert len(virtual.messages) == 2  # the first round only
    for command in (c.JobsGet(id=1), c.JobsDelete(id=1), c.JobsGet(id="client-id")):
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, session, command)
        assert info.value.code == 1  # lines 1204-1213 have no "not found"


def test_periodic_rounds_run_on_the_clock_with_their_statuses_and_callbacks() -> None:
    virtual = gateway(handler=HANDLER)
    session = sp.Session("alex", SECRET, fmt=3)
    call(virtual, session, c.JobsAdd(name="daily", phones=TWO, mes="x", rpt=2, rptn=3))
    virtual.advance(10 * DAY)
    # rptn=3 rounds (line 1079), a day apart (line 1072), each of 2 messages.
    sent = [(m.id, moscow(m.sent_at), m.status) for m in virtual.messages]
    assert sent == [
        (round_id, moscow(START) + timedelta(days=day), 1)
        for day, round_id in enumerate((1, 2, 3))
        for _ in range(2)
    ]
    job = call(virtual, session, c.JobsGet(id=1))
    assert (job.repeat_cnt, job.status, job.sms_sent, job.sms_ok) == (3, 1, 6, 6)
    assert job.cost == Decimal("12.00")
    assert virtual.balance("alex") == Decimal("88.00")
    # Every stage of every round's message is one status callback.
    statuses = [
        cb for cb in received(virtual.due_callbacks(limit=100)) if isinstance(cb, sp.StatusCallback)
    ]
    assert sorted(cb.status or 0 for cb in statuses) == [-1] * 6 + [0] * 6 + [1] * 6


def test_a_round_without_money_stops_the_list() -> None:
    virtual = gateway(balance=Decimal("5.00"))
    session = sp.Session("alex", SECRET)
    call(virtual, session, c.JobsAdd(name="hourly", phones=TWO, mes="x", rpt=1))
    virtual.advance(3600)
    job = call(virtual, session, c.JobsGet(id=1))
    # 5.00 pays one round of 4.00; the second finds 1.00 and nothing is sent.
    assert (job.repeat_cnt, job.status) == (1, 3)
    assert len(virtual.messages) == 2
    assert virtual.balance("alex") == Decimal("1.00")


def test_period_and_freq_stretch_a_round() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET)
    six = parse_phone_list(",".join(f"7999000000{n}" for n in range(6)))
    call(
        virtual,
        session,
        c.JobsAdd(
            name="slow", phones=six, mes="x", period=Decimal(1), freq=20, valid=Valid(hours=2)
        ),
    )
    # period=1 hour / freq=20 minutes: 3 groups of 2 numbers, 20 minutes apart (lines 68-69).
    offsets = [(m.send_at or m.sent_at) - m.sent_at for m in virtual.messages]
    assert offsets == [timedelta(minutes=20 * (n // 2)) for n in range(6)]
    job = call(virtual, session, c.JobsGet(id=1, fmt=3))
    assert (job.period, job.frequency, job.validity) == (Decimal(1), 20, 120)


def test_e_mail_lists_need_mail_1() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET, fmt=3)
    call(virtual, session, c.JobsAdd(name="sms", phones=TWO, mes="x"))
    mail = c.JobsAdd(
        name="news",
        phones=parse_phone_list("alex@mysite.com"),
        mail=True,
        mes="Hello!",
        subj="Hi",
        sender="alex2@mysite2.com",
    )
    call(virtual, session, mail)
    job = call(virtual, session, c.JobsGet(id=2, mail=True))
    assert (job.emails, job.phones, job.subject, job.format) == ("alex@mysite.com", None, "Hi", 8)
    assert [j.id for j in call(virtual, session, c.JobsGetAll(mail=True))] == [2]
    assert [j.id for j in call(virtual, session, c.JobsGetAll())] == [1]
    with pytest.raises(sp.GatewayError):
        call(virtual, session, c.JobsGet(id=2))  # line 1044: e-mail lists need mail=1


def test_a_list_parameter_sends_each_line_with_its_sender() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET)
    call(
        virtual,
        session,
        c.JobsAdd(name="two", list="Shop|79999999999:one\n79990000001:two", sender="Main"),
    )
    assert [(m.phone, m.text, m.sender) for m in virtual.messages] == [
        ("79999999999", "one", "Shop"),
        ("79990000001", "two", "Main"),
    ]


def test_a_template_is_read_from_the_store() -> None:
    virtual = gateway()
    session = sp.Session("alex", SECRET)
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, session, c.JobsAdd(name="t", phones=TWO, tpl=4))
    assert (info.value.code, "tpl" in info.value.description) == (1, True)
    # templates.php's own record: its ids are the store's sequence, 1 first.
    added = call(virtual, session, c.TemplatesAdd(name="t", msg="From the template"))
    assert added == r.TemplatesAddReply(id=1)
    with pytest.raises(sp.GatewayError):
        call(virtual, session, c.JobsAdd(name="t", phones=TWO, tpl=4))
    call(virtual, session, c.JobsAdd(name="t", phones=TWO, tpl=1))
    assert {m.text for m in virtual.messages} == {"From the template"}


@pytest.mark.parametrize(
    ("rpt", "start", "following"),
    [
        (1, datetime(2026, 1, 2, 23, 30), datetime(2026, 1, 3, 0, 30)),
        (2, datetime(2026, 1, 2, 10, 0), datetime(2026, 1, 3, 10, 0)),
        # 2 January 2026 is a Friday: the next working day is Monday the 5th.
        (3, datetime(2026, 1, 2, 10, 0), datetime(2026, 1, 5, 10, 0)),
        (4, datetime(2026, 1, 2, 10, 0), datetime(2026, 1, 3, 10, 0)),
        (4, datetime(2026, 1, 4, 10, 0), datetime(2026, 1, 10, 10, 0)),
        (5, datetime(2026, 1, 2, 10, 0), datetime(2026, 1, 9, 10, 0)),
        (6, datetime(2026, 1, 31, 10, 0), datetime(2026, 2, 28, 10, 0)),
        (6, datetime(2026, 12, 15, 10, 0), datetime(2027, 1, 15, 10, 0)),
        (7, datetime(2028, 2, 29, 10, 0), datetime(2029, 2, 28, 10, 0)),
    ],
)
def test_next_round_follows_rpt_in_moscow_time(
    rpt: int, start: datetime, following: datetime
) -> None:
    msk = timezone(timedelta(hours=3))
    got = next_round(start.replace(tzinfo=msk), rpt)
    assert moscow(got) == following


#: Spec lines 1389-1404 (catalog examples) and the get/get_all URL templates (lines
#: 1041-1043).
EXAMPLES = [
    "https://smscentre.com/sys/jobs.php?add=1&login=alex&psw=123&phones=79999999999&name=Privet&mes=Hello!",
    "https://smscentre.com/sys/jobs.php?add=1&login=alex&psw=123&phones=79999999999&call=1&voice=w2&name=Privet&mes=Hello!",
    "https://smscentre.com/sys/jobs.php?add=1&login=alex&psw=123&phones=alex%40mysite.com&mail=1&name=Privet&mes=Hello!&subj=Hi&sender=alex2%40mysite2.com",
    "https://smscentre.com/sys/jobs.php?add=1&login=alex&psw=123&phones=79999999999,78888888888&name=rassilka1&mes=%7BName%7D,%20this%20is%20a%20Viber%20message&mes2=This%20is%20an%20SMS%20for%20%7BName%7D&sender=MyViber&fl%5B5%5D=1&viber=1",
    "https://smscentre.com/sys/jobs.php?get=1&login=alex&psw=123&id=1",
    "https://smscentre.com/sys/jobs.php?get_all=1&login=alex&psw=123",
    "https://smscentre.com/sys/jobs.php?cancel=1&login=alex&psw=123&id=701",
    "https://smscentre.com/sys/jobs.php?del=1&login=alex&psw=123&id=701",
    "https://smscentre.com/sys/jobs.php?del=1&login=alex&psw=123&id=1",
]


def test_the_spec_examples_are_answered() -> None:
    virtual = gateway()
    virtual.add_account("alex", SPEC_PSW)
    answers = [answer(virtual, url) for url in EXAMPLES]
    assert [type(a).__name__ for a in answers[:4]] == ["JobsAddReply"] * 4
    assert [a.id for a in answers[:4]] == [1, 2, 3, 4]
    assert answers[4].name == "Privet"
    assert [j.id for j in answers[5]] == [4, 2, 1]  # the e-mail list needs mail=1
    # 701 is no mailing list of the account: error 1 (jobs.php has no "not found").
    assert [(e.code, "701" in e.description) for e in answers[6:8]] == [(1, True)] * 2
    assert answers[8] == r.JobsOkReply(result="OK")
