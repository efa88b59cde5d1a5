"""jobs.php: one table of (command, URL) rows drives both directions.

Every jobs.php example URL of the spec (catalog ``examples``, 6 of them) is a row, with
its line; further rows cover every command and parameter. Rows whose spec URL is not the
canonical spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    Credentials,
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
    parse_command,
)
from smsc_proto.strategies import (
    jobs_add_commands,
    jobs_cancel_commands,
    jobs_delete_commands,
    jobs_get_all_commands,
    jobs_get_commands,
)
from smsc_proto.values import (
    CallParam,
    EmailAddress,
    Phone,
    PhoneList,
    SendAfter,
    TelegramId,
    Valid,
    Voice,
)

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_command,
    check_refused_request,
    check_refused_url,
    check_repr_hides,
    via_multipart,
)

JOBS = BASE + "jobs.php?"


def P(*entries: str | EmailAddress | TelegramId) -> PhoneList:
    """A phone list: strings are phone numbers."""
    return PhoneList(entries=tuple(Phone(number=e) if isinstance(e, str) else e for e in entries))


ONE = P("79999999999")

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 1389: an SMS mailing list
    (
        JobsAdd(credentials=ALEX, phones=ONE, name="Privet", mes="Hello!"),
        JOBS + "add=1&login=alex&psw=123&phones=79999999999&name=Privet&mes=Hello!",
        None,
    ),
    # line 1392: a voice mailing list (this example uses psw=1234567890)
    (
        JobsAdd(
            credentials=Credentials(login="alex", psw="1234567890"),
            phones=ONE,
            call=True,
            voice=Voice(name="w2"),
            name="Privet",
            mes="Hello!",
        ),
        JOBS + "add=1&login=alex&psw=1234567890&phones=79999999999&call=1&voice=w2&name=Privet"
        "&mes=Hello!",
        None,
    ),
    # line 1395: an e-mail mailing list
    (
        JobsAdd(
            credentials=ALEX,
            phones=P(EmailAddress(address="alex@mysite.com")),
            mail=True,
            name="Privet",
            mes="Hello!",
            subj="Hi",
            sender="alex2@mysite2.com",
        ),
        JOBS + "add=1&login=alex&psw=123&phones=alex%40mysite.com&mail=1&name=Privet&mes=Hello!"
        "&subj=Hi&sender=alex2%40mysite2.com",
        None,
    ),
    # line 1398: viber with the SMS repeat (mes2, fl[5]=1). The spec prints the texts
    # unencoded and says they "must be encoded using the urlencode function"; this row is
    # the encoded URL (the raw one is refused: test_raw_viber_example_is_refused).
    (
        JobsAdd(
            credentials=ALEX,
            phones=P("79999999999", "78888888888"),
            name="rassilka1",
            mes="{Name}, this is a Viber message",
            mes2="This is an SMS for {Name}",
            sender="MyViber",
            fl={5: True},
            viber=True,
        ),
        JOBS + "add=1&login=alex&psw=123&phones=79999999999,78888888888&name=rassilka1"
        "&mes=%7BName%7D,%20this%20is%20a%20Viber%20message&mes2=This%20is%20an%20SMS%20for"
        "%20%7BName%7D&sender=MyViber&fl%5B5%5D=1&viber=1",
        None,
    ),
    # line 1401: delete
    (JobsDelete(credentials=ALEX, id=701), JOBS + "del=1&login=alex&psw=123&id=701", None),
    # line 1404: cancel
    (JobsCancel(credentials=ALEX, id=701), JOBS + "cancel=1&login=alex&psw=123&id=701", None),
]

RAW_VIBER_EXAMPLE = (
    JOBS + "add=1&login=alex&psw=123&phones=79999999999,78888888888&name=rassilka1"
    "&mes={Name}, this is a Viber message&mes2=This is an SMS for {Name}&sender=MyViber"
    "&fl[5]=1&viber=1"
)

COVERAGE: list[Row] = [
    # line 1041: get one; line 1043: get all (no id, INC-14)
    (JobsGet(credentials=ALEX, id=701), JOBS + "get=1&login=alex&psw=123&id=701", None),
    (JobsGetAll(credentials=ALEX), JOBS + "get_all=1&login=alex&psw=123", None),
    # lines 1173-1174: start/end dd.mm.yyyy; mail=1 (line 1044), fmt (INC-68)
    (
        JobsGetAll(start=date(2014, 1, 1), end=date(2014, 2, 1), mail=True, fmt=3),
        JOBS + "get_all=1&start=01.01.2014&end=01.02.2014&mail=1&fmt=3",
        None,
    ),
    (
        JobsGetAll(start=date(2014, 1, 1)),
        JOBS + "get_all=1&start=01.%2001.%202014",
        JOBS + "get_all=1&start=01.01.2014",
    ),
    (JobsGet(id="job-7", mail=True), JOBS + "get=1&id=job-7&mail=1", None),
    (JobsDelete(id=1, mail=False, fmt=1), JOBS + "del=1&id=1&mail=0&fmt=1", None),
    (JobsCancel(id="x_1", fmt=2), JOBS + "cancel=1&id=x_1&fmt=2", None),
    # the add parameters of lines 1047-1162
    (
        JobsAdd(
            phones=ONE,
            name="N",
            mes="Hi",
            sender="Shop",
            translit=1,
            tinyurl=False,
            time=SendAfter(minutes=5),
            rpt=2,
            rptn=10,
            tz=3,
            period=Decimal("0.5"),
            freq=10,
            flash=True,
            cost=1,
            valid=Valid(hours=24, minute=0),
            charset="utf-8",
        ),
        JOBS + "add=1&phones=79999999999&name=N&mes=Hi&sender=Shop&translit=1&tinyurl=0"
        "&time=%2B5&rpt=2&rptn=10&tz=3&period=0.5&freq=10&flash=1&cost=1&valid=24:00"
        "&charset=utf-8",
        None,
    ),
    # tpl with an empty mes (line 1161), and with no mes at all
    (
        JobsAdd(phones=ONE, name="N", mes="", tpl=12),
        JOBS + "add=1&phones=79999999999&name=N&mes=&tpl=12",
        None,
    ),
    (JobsAdd(phones=ONE, name="N", tpl=12), JOBS + "add=1&phones=79999999999&name=N&tpl=12", None),
    # list instead of phones + mes (line 1164); fl[5]=0
    (
        JobsAdd(name="N", list="79999999999:a\n78888888888:b", fl={5: False}),
        JOBS + "add=1&name=N&list=79999999999:a%0A78888888888:b&fl[5]=0",
        None,
    ),
    # the other kinds: bin, push, hlr, ping, mms, soc, whatsapp, telegram, call params
    (
        JobsAdd(phones=ONE, name="N", mes="0048656C6C6F", bin=2),
        JOBS + "add=1&phones=79999999999&name=N&mes=0048656C6C6F&bin=2",
        None,
    ),
    # bin=1: the bytes of mes, whatever the spelling of 1 (bin=01 took the text path
    # and read %CA as the windows-1251 letter, then refused it)
    (
        JobsAdd(phones=ONE, name="N", mes="\x00\xca", bin=1),
        JOBS + "add=1&phones=79999999999&name=N&mes=%00%CA&bin=01",
        JOBS + "add=1&phones=79999999999&name=N&mes=%00%CA&bin=1",
    ),
    (
        JobsAdd(phones=ONE, name="N", mes="http://a.ru\nA", push=True),
        JOBS + "add=1&phones=79999999999&name=N&mes=http://a.ru%0AA&push=1",
        None,
    ),
    (JobsAdd(phones=ONE, name="N", hlr=True), JOBS + "add=1&phones=79999999999&name=N&hlr=1", None),
    (
        JobsAdd(phones=ONE, name="N", ping=True),
        JOBS + "add=1&phones=79999999999&name=N&ping=1",
        None,
    ),
    (
        JobsAdd(phones=ONE, name="N", subj="S", mms=True, fileurl="https://a.ru/p.png"),
        JOBS + "add=1&phones=79999999999&name=N&subj=S&mms=1&fileurl=https://a.ru/p.png",
        None,
    ),
    (
        JobsAdd(phones=ONE, name="N", mes="x", soc=True, whatsapp=False),
        JOBS + "add=1&phones=79999999999&name=N&mes=x&soc=1&whatsapp=0",
        None,
    ),
    (
        JobsAdd(phones=ONE, name="N", mes="x", whatsapp=True),
        JOBS + "add=1&phones=79999999999&name=N&mes=x&whatsapp=1",
        None,
    ),
    (
        JobsAdd(phones=P(TelegramId(chat_id=42)), name="N", mes="x", bot="@shop_bot", smsreq=999),
        JOBS + "add=1&phones=%2342&name=N&mes=x&bot=@shop_bot&smsreq=999",
        None,
    ),
    (
        JobsAdd(
            phones=ONE,
            name="N",
            mes="x",
            call=True,
            param=CallParam(wait=35, interval=3600, attempts=9),
        ),
        JOBS + "add=1&phones=79999999999&name=N&mes=x&call=1&param=35,3600,9",
        None,
    ),
    # send.php-only parameters are not in the jobs.php table: kept as extra
    (
        JobsAdd(phones=ONE, name="N", mes="x", extra=(("maxsms", "2"), ("id", "5"))),
        JOBS + "add=1&phones=79999999999&name=N&mes=x&maxsms=2&id=5",
        None,
    ),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 6


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_raw_viber_example_is_refused() -> None:
    # Line 1398 as printed: spaces must be percent-encoded (its own text says so).
    with pytest.raises(sp.RemoteProtocolError, match="must be percent-encoded"):
        sp.Request.from_url(RAW_VIBER_EXAMPLE)


def test_selector_comes_first() -> None:
    request = JobsDelete(credentials=ALEX, id=701).to_request()
    assert list(request.params.items()) == [
        ("del", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("id", "701"),
    ]


J = JOBS + "add=1&phones=79999999999&name=N&"

BAD_URLS = [
    (JOBS + "login=alex&psw=123", "jobs.php: names no action"),
    (JOBS + "add=1&del=1&id=1", "jobs.php: selects more than one action (add, del)"),
    (JOBS + "get=1&get_all=1", "jobs.php: selects more than one action (get, get_all)"),
    (JOBS + "add=2&name=N&phones=79999999999&mes=x", "add: must be 1, got '2'"),
    (JOBS + "del=yes&id=1", "del: must be 1, got 'yes'"),
    (JOBS + "del=1&del=1&id=1", "del: given more than once"),
    (JOBS + "del=1", "id: is required"),
    (JOBS + "cancel=1", "id: is required"),
    (JOBS + "get=1&id=a%20b", "id:"),
    (JOBS + "add=1&phones=79999999999&mes=x", "name: is required"),
    (JOBS + "add=1&name=", "name: must not be empty"),
    (JOBS + "add=1&name=N", "jobs.php: requires phones or list"),
    (J + "mes=x&cost=2", "cost: must be one of 0, 1, got '2'"),
    (J + "mes=x&mes2=y", "mes2: only with fl[5]=1"),
    (J + "mes=x&sender2=Shop&fl[5]=0", "sender2: only with fl[5]=1"),
    (J + "mes=x&fl[3]=1", "fl[3]: index must be 5..5"),
    (J + "mes=x&fl[5]=2", "fl[5]: must be 0 or 1"),
    # one entry, one reading: a repeated or another spelling of an index is refused (read
    # last-one-wins, or as fl[5], before), as repeated scalars are
    (J + "mes=x&fl[5]=1&fl[5]=0", "fl[5]: given more than once"),
    (J + "mes=x&fl[05]=1&fl[5]=0", "'fl[05]': fl is an array parameter, written fl[<index>]"),
    (J + "mes=x&fl[05]=1", "'fl[05]': fl is an array parameter"),
    (J + "mes=x&fl[]=1", "'fl[]': fl is an array parameter"),
    (J + "mes=x&fl=1", "'fl': fl is an array parameter"),
    (J + "mes=x&fl[x]=1", "'fl[x]': fl is an array parameter"),
    (J + "mes=x&fl[5]x=1", "'fl[5]x': fl is an array parameter"),
    (J + "mes=x&fl[99999999999]=1", "fl is an array parameter"),
    (J + "mes=x&mes2=y&sender2=TooLongSender&fl[5]=1", "sender2: at most 11 characters"),
    (J + "mes=x&tpl=1", "mes: must be empty with tpl"),
    (J + "mes=x&tpl=0", "tpl: must be 1..2147483647"),
    (JOBS + "add=1&name=N&list=79999999999:x&tpl=1", "tpl: not with list"),
    (J + "mes=x&rptn=3", "rptn: only with rpt 1..7"),
    (J + "mes=x&rpt=0&rptn=3", "rptn: only with rpt 1..7"),
    (J + "mes=x&rpt=8", "rpt: must be one of"),
    (J + "mes=", "mes: required"),
    (J + "mes=x&voice=m", "voice: only for voice messages"),
    (J + "mes=x&call=1&viber=1", "jobs.php: viber=1, call=1 each pick"),
    (J + "mes=x&mail=1&subj=S&sender=a@b.ru", "phones: with mail=1 recipients are e-mail"),
    (JOBS + "get_all=1&start=2014-01-01", "start: "),
    (JOBS + "get_all=1&start=01.02.2014&end=01.01.2014", "end: 01.01.2014 is before start"),
    (JOBS + "get_all=1&end=31.02.2014", "end: "),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (JobsAdd, {"phones": ONE, "mes": "x"}, "name: is required"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "a\nb"}, "name: must not contain line breaks"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "cost": 3}, "cost: must be one of 0, 1"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "fl": {4: True}}, "fl: index must be 5..5"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "fl": {5: 1}}, "fl[5]: must be bool"),
    (
        JobsAdd,
        {"phones": ONE, "mes": "x", "name": "N", "mes2": "y" * 1001, "fl": {5: True}},
        "mes2: must be at most 1000 characters",
    ),
    # an extra the decoder would read into a field, a credential or another action
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "extra": (("mes", "y"),)}, "extra: 'mes'"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "extra": (("fl[5]", "1"),)}, "'fl[5]'"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "extra": (("fl[05]", "1"),)}, "'fl[05]'"),
    (JobsAdd, {"phones": ONE, "mes": "x", "name": "N", "extra": (("add", "1"),)}, "extra: add"),
    (
        JobsAdd,
        {"phones": ONE, "mes": "x", "name": "N", "extra": (("del", "1"),)},
        "extra: del selects an action of jobs.php",
    ),
    (JobsGet, {"id": 1, "extra": (("psw", "x"),)}, "extra: psw is a credential"),
    (JobsGet, {"id": 1, "extra": [("a", "1")]}, "extra: must be a tuple of (name, value) pairs"),
    (JobsGet, {"id": 1, "extra": (("a",),)}, "extra: must be a tuple of (name, value) pairs"),
    (JobsGet, {"id": 1, "extra": (("a", 1),)}, "extra: must be a tuple of (name, value) pairs"),
    (JobsDelete, {}, "id: is required"),
    (JobsGet, {"id": 0}, "id:"),
    (
        JobsGetAll,
        {"start": date(2014, 2, 1), "end": date(2014, 1, 1)},
        "end: 01.01.2014 is before start 01.02.2014",
    ),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_attachments_travel_in_multipart() -> None:
    files = (sp.Attachment(name="file0", filename="photo.jpg", content=b"\xff\xd8"),)
    command = JobsAdd(
        credentials=ALEX, phones=ONE, name="N", subj="Holiday", mms=True, attachments=files
    )
    assert parse_command(via_multipart(command.to_request())) == command


def test_selector_given_twice_is_refused_by_the_command_too() -> None:
    # parse_command refused it; the command's own decoder read it.
    request = sp.Request("jobs.php", [("del", "1"), ("id", "1"), ("del", "1")])
    with pytest.raises(sp.RemoteProtocolError, match="del: given more than once"):
        JobsDelete.from_request(request)


def test_attachment_field_names_are_given_once() -> None:
    files = tuple(
        sp.Attachment(name="file0", filename=f"{n}.jpg", content=b"\xff\xd8") for n in "ab"
    )
    with pytest.raises(sp.LocalProtocolError, match="'file0' is given more than once"):
        JobsAdd(phones=ONE, name="N", subj="S", mms=True, attachments=files)
    request = sp.Request(
        "jobs.php",
        [("add", "1"), ("phones", "79999999999"), ("name", "N"), ("subj", "S"), ("mms", "1")],
        files,
    )
    check_refused_request(request, "attachments: the field name 'file0' is given more than once")


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        JobsAdd(credentials=Credentials(login="a", psw="CANARY"), phones=ONE, name="N", mes="x")
    )


@given(jobs_add_commands())
def test_add_round_trip(command: JobsAdd) -> None:
    assert_round_trip(command)


@given(jobs_delete_commands())
def test_delete_round_trip(command: JobsDelete) -> None:
    assert_round_trip(command)


@given(jobs_cancel_commands())
def test_cancel_round_trip(command: JobsCancel) -> None:
    assert_round_trip(command)


@given(jobs_get_commands())
def test_get_round_trip(command: JobsGet) -> None:
    assert_round_trip(command)


@given(jobs_get_all_commands())
def test_get_all_round_trip(command: JobsGetAll) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        JobsAdd(credentials=ALEX, phones=ONE, name="Рассылка", mes="Привет", charset=charset)
    )
    assert_round_trip(JobsGetAll(credentials=ALEX, start=date(2020, 1, 31), charset=charset))
