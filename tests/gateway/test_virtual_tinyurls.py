"""tinyurls.php on the virtual gateway: a short link's click counters by day and month,
by id or by the original link, in every fmt."""

from __future__ import annotations

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r

from .spec_urls import SPEC_PSW, answer
from .virtual_support import SECRET, call, gateway

#: Every fmt, and each charset of the protocol (spec line 127: windows-1251, utf-8, koi8-r).
CASES = [(0, "windows-1251"), (1, "koi8-r"), (2, "utf-8"), (3, "windows-1251"), (3, "koi8-r")]
DAY = 24 * 3600
LINK = "https://мойсайт.рф/каталог?item=7"


@pytest.mark.parametrize(("fmt", "charset"), CASES)
def test_counters_by_id_and_by_link(fmt: int, charset: str) -> None:
    virtual = gateway()  # 1 January 2026, 12:00 Moscow
    session = sp.Session("alex", SECRET, fmt=fmt, charset=charset)
    short = virtual.shorten_link("alex", LINK)
    assert short == "https://smsc.ru/l/1"
    assert virtual.shorten_link("alex", LINK) == short  # one short link per link
    virtual.click_link(short)
    virtual.advance(DAY)
    virtual.click_link(short)
    virtual.click_link(short)
    expected = r.TinyurlsGetReply(
        id=1, cnt=3, cnt_mon=3, cnt_day=2, cnt_yes=1, cnt_pmon=0, link=short
    )
    assert call(virtual, session, c.TinyurlsGet(id=1)) == expected
    assert call(virtual, session, c.TinyurlsGet(link=LINK)) == expected
    virtual.advance(31 * DAY)  # 2 February: January is the previous month
    february = call(virtual, session, c.TinyurlsGet(id=1))
    assert (february.cnt, february.cnt_mon, february.cnt_day, february.cnt_pmon) == (3, 0, 0, 3)
    for command in (c.TinyurlsGet(id=2), c.TinyurlsGet(link="https://other.example")):
        with pytest.raises(sp.GatewayError) as info:
            call(virtual, session, command)
        assert info.value.code == 3  # line 3418: "Link not found."


def test_links_are_per_account_and_clicks_need_a_short_link() -> None:
    virtual = gateway()
    virtual.add_account("bob", "bob-secret")
    virtual.shorten_link("alex", LINK)
    with pytest.raises(sp.GatewayError):
        call(virtual, sp.Session("bob", "bob-secret"), c.TinyurlsGet(id=1))
    for short in ("https://smsc.ru/l/zz", "https://example.com/l/1", ""):
        with pytest.raises(sp.LocalProtocolError):
            virtual.click_link(short)
    with pytest.raises(sp.LocalProtocolError, match="login"):
        virtual.shorten_link("nobody", LINK)


def test_the_spec_examples_are_answered() -> None:
    virtual = gateway()
    virtual.add_account("alex", SPEC_PSW)
    virtual.shorten_link("alex", "mywebsite.ru")
    # Spec lines 3464 and 3467 (catalog examples).
    by_id = answer(
        virtual, "https://smscentre.com/sys/tinyurls.php?get=1&login=alex&psw=123&id=145142"
    )
    assert by_id.code == 3
    by_link = answer(
        virtual, "https://smscentre.com/sys/tinyurls.php?get=1&login=alex&psw=123&link=mywebsite.ru"
    )
    assert by_link == r.TinyurlsGetReply(
        id=1, cnt=0, cnt_mon=0, cnt_day=0, cnt_yes=0, cnt_pmon=0, link="https://smsc.ru/l/1"
    )
