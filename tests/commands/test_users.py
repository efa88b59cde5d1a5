"""users.php: one table of (command, URL) rows drives both directions.

Every users.php example URL of the spec (catalog ``examples``, 5 of them) is a row, with
its line; so is every URL template (7, placeholders filled). Further rows cover every
command, parameter and documented flag index. Rows whose URL is not the canonical
spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given

from smsc_proto.commands import (
    Command,
    Credentials,
    UsersAdd,
    UsersChange,
    UsersFl,
    UsersFl2,
    UsersFl3,
    UsersGetStat,
    UsersGetStatAll,
    UsersMfl,
    UsersPay,
    parse_command,
)
from smsc_proto.strategies import (
    users_add_commands,
    users_change_commands,
    users_get_stat_all_commands,
    users_get_stat_commands,
    users_pay_commands,
)
from smsc_proto.values import (
    EmailAddress,
    GroupCode,
    Phone,
    PhoneCodeFilter,
    PhoneCodeRule,
    PhoneList,
    SendAt,
    SendAtHours,
)

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_command,
    check_refused_url,
    check_repr_hides,
    decode,
)

USERS = BASE + "users.php?"


def P(*entries: str | GroupCode | EmailAddress) -> PhoneList:
    """A phone list: strings are phone numbers."""
    return PhoneList(entries=tuple(Phone(number=e) if isinstance(e, str) else e for e in entries))


def F(*rules: str) -> PhoneCodeFilter:
    """An ``fmts`` filter: ``"-77"`` excludes 77."""
    return PhoneCodeFilter(
        rules=tuple(PhoneCodeRule(code=r.lstrip("-"), excluded=r.startswith("-")) for r in rules)
    )


def ALL(indices: type[UsersFl] | type[UsersFl2] | type[UsersFl3] | type[UsersMfl]) -> str:
    """``name[i]=1`` for every documented index of a flag array."""
    name = {UsersFl: "fl", UsersFl2: "fl2", UsersFl3: "fl3", UsersMfl: "mfl"}[indices]
    return "&".join(f"{name}[{int(i)}]=1" for i in indices)


# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 2545: a sub-client that may use the main account's sender names. Its password
    # meets one condition of line 2284's four: only the length is checked.
    (
        UsersAdd(
            credentials=ALEX,
            user="mylogin",
            password="mypassword",
            phone=Phone(number="79999999999"),
            fl={UsersFl.MAIN_SENDERS: True},
        ),
        USERS + "add=1&login=alex&psw=123&user=mylogin&password=mypassword&phone=79999999999"
        "&fl[29]=1",
        None,
    ),
    # line 2548: rename, type 2, codes 7 but not 77
    (
        UsersChange(
            credentials=ALEX,
            user="mylogin",
            password="mypassword",
            new_login="mylogin2",
            type=2,
            fmts=F("7", "-77"),
        ),
        USERS + "chg=1&login=alex&psw=123&user=mylogin&password=mypassword&new_login=mylogin2"
        "&type=2&fmts=7,-77",
        None,
    ),
    # line 2551: shared-balance sub-clients, electronic balance (no start, INC-59)
    (
        UsersGetStat(credentials=ALEX, balance2=True),
        USERS + "get_stat=1&login=alex&psw=123&balance2=1",
        None,
    ),
    # line 2554: one sub-client by login (no start, INC-59)
    (
        UsersGetStat(credentials=ALEX, user="sub_alex"),
        USERS + "get_stat=1&login=alex&psw=123&user=sub_alex",
        None,
    ),
    # line 2557: described as "independent sub-clients" but sends no reseller=1
    # (INC-59): decoded as written, reseller absent.
    (
        UsersGetStat(credentials=ALEX, mycur=True, start=date(2014, 1, 1), end=date(2014, 2, 1)),
        USERS + "get_stat=1&login=alex&psw=123&mycur=1&start=01.01.2014&end=01.02.2014",
        None,
    ),
]

TEMPLATES: list[Row] = [
    # line 2267
    (
        UsersAdd(credentials=ALEX, user="sub1", password="Pa55-word"),
        USERS + "add=1&login=alex&psw=123&user=sub1&password=Pa55-word",
        None,
    ),
    # line 2268
    (
        UsersChange(credentials=ALEX, user="sub1", fio="Ivanov Ivan"),
        USERS + "chg=1&login=alex&psw=123&user=sub1&fio=Ivanov%20Ivan",
        None,
    ),
    # line 2269
    (
        UsersPay(credentials=ALEX, user="sub1", sum=Decimal("100.50")),
        USERS + "pay=1&login=alex&psw=123&user=sub1&sum=100.50",
        None,
    ),
    # line 2270
    (
        UsersGetStat(
            credentials=ALEX, start=date(2020, 1, 1), end=date(2020, 1, 31), reseller=True
        ),
        USERS + "get_stat=1&login=alex&psw=123&start=01.01.2020&end=31.01.2020&reseller=1",
        None,
    ),
    # line 2271
    (
        UsersGetStat(credentials=ALEX, start=date(2020, 1, 1), end=date(2020, 1, 31), user="s"),
        USERS + "get_stat=1&login=alex&psw=123&start=01.01.2020&end=31.01.2020&user=s",
        None,
    ),
    # line 2272
    (
        UsersGetStat(credentials=ALEX, start=date(2020, 1, 1), end=date(2020, 1, 31), user_id=7),
        USERS + "get_stat=1&login=alex&psw=123&start=01.01.2020&end=31.01.2020&user_id=7",
        None,
    ),
    # line 2273
    (
        UsersGetStatAll(
            credentials=ALEX, start=date(2020, 1, 1), end=date(2020, 1, 31), reseller=True
        ),
        USERS + "get_stat_all=1&login=alex&psw=123&start=01.01.2020&end=31.01.2020&reseller=1",
        None,
    ),
]

EVERY_FLAG = {
    "fl": {int(i): True for i in UsersFl},
    "fl2": {int(i): True for i in UsersFl2},
    "fl3": {int(i): True for i in UsersFl3},
    "mfl": {int(i): True for i in UsersMfl},
}

COVERAGE: list[Row] = [
    # every setting of lines 2287-2390 on add=1
    (
        UsersAdd(
            user="sub1",
            password="Secr3t!pass",
            site_id=5,
            type=4,
            email=EmailAddress(address="a@b.ru"),
            email2=EmailAddress(address="c.d@e.com"),
            phone=Phone(number="79990000000", plus=True),
            phone2=Phone(number="79990000001"),
            fio="Ivanov Ivan",
            props="Line 1\nLine 2",
            cntr="No 5/2020",
            tariff=8,
            mintrf=0,
            curr=5,
            tz=24,
            sender="Shop",
            sender2="123456789012345",
            nb=Decimal("10.5"),
            ktm=30,
            fmts=F("7"),
            notes="VIP",
            ph=P("79990000000", GroupCode(number=7)),
            dlim=1000,
            plim=10,
            tlim=2,
            ilim=0,
            tmlim=SendAtHours(start=9, end=21),
            vld=1440,
            answ="Thanks!",
            answ_call="Call back later",
            url="https://example.com/cb.php?a=1",
            mph=P("79990000000", "79990000001"),
            mh1=0,
            mh2=24,
            mlen=160,
            fl=EVERY_FLAG["fl"],
            fl2=EVERY_FLAG["fl2"],
            fl3=EVERY_FLAG["fl3"],
            mfl=EVERY_FLAG["mfl"],
        ),
        USERS + "add=1&user=sub1&password=Secr3t!pass&site_id=5&type=4&email=a%40b.ru"
        "&email2=c.d%40e.com&phone=%2B79990000000&phone2=79990000001&fio=Ivanov%20Ivan"
        "&props=Line%201%0ALine%202&cntr=No%205%2F2020&tariff=8&mintrf=0&curr=5&tz=24"
        "&sender=Shop&sender2=123456789012345&nb=10.5&ktm=30&fmts=7&notes=VIP"
        "&ph=79990000000,G7&dlim=1000&plim=10&tlim=2&ilim=0&tmlim=9-21&vld=1440"
        "&answ=Thanks!&answ_call=Call%20back%20later"
        "&url=https%3A%2F%2Fexample.com%2Fcb.php%3Fa%3D1&mph=79990000000,79990000001"
        f"&mh1=0&mh2=24&mlen=160&{ALL(UsersFl)}&{ALL(UsersFl2)}&{ALL(UsersFl3)}"
        f"&{ALL(UsersMfl)}",
        None,
    ),
    # the same on chg=1 with pswc, flags cleared, empty texts (clearing), type 0
    (
        UsersChange(
            user="sub1",
            pswc="Old-pass1",
            password="New-pass2",
            new_login="sub2",
            type=0,
            fio="",
            props="",
            cntr="",
            notes="",
            answ="",
            answ_call="",
            fmts=F(),
            tariff=0,
            mintrf=8,
            curr=1,
            tz=0,
            mlen=11,
            mh1=23,
            vld=1,
            fl=dict.fromkeys(EVERY_FLAG["fl"], False),
            fl2=dict.fromkeys(EVERY_FLAG["fl2"], False),
            fl3=dict.fromkeys(EVERY_FLAG["fl3"], False),
            mfl=dict.fromkeys(EVERY_FLAG["mfl"], False),
        ),
        USERS + "chg=1&user=sub1&pswc=Old-pass1&password=New-pass2&new_login=sub2&type=0"
        "&fio=&props=&cntr=&notes=&answ=&answ_call=&fmts=&tariff=0&mintrf=8&curr=1&tz=0"
        "&mlen=11&mh1=23&vld=1&"
        + "&".join(f"{name}[{i}]=0" for name, flags in EVERY_FLAG.items() for i in sorted(flags)),
        None,
    ),
    # accepted spellings: leading zeros, spaces in fmts and around a phone, g for G, ;
    # in phone lists
    (
        UsersChange(
            user="sub1",
            phone=Phone(number="79990000000"),
            tz=3,
            fmts=F("7", "-77"),
            ph=P("79990000000", GroupCode(number=7)),
            mph=P("79990000000", "79990000001"),
            tmlim=SendAtHours(start=8, end=20),
        ),
        USERS + "chg=1&user=sub1&phone=%2079990000000%20&tz=03&fmts=7,%20-77&ph=79990000000;g7"
        "&mph=79990000000;79990000001&tmlim=08-20",
        USERS + "chg=1&user=sub1&phone=79990000000&tz=3&fmts=7,-77&ph=79990000000,G7"
        "&mph=79990000000,79990000001&tmlim=8-20",
    ),
    # pay: a negative sum takes money back (line 2269); balance2 (line 2286); fmt
    (
        UsersPay(user="sub1", sum=Decimal("-20"), balance2=True, fmt=3),
        USERS + "pay=1&user=sub1&sum=-20&balance2=1&fmt=3",
        None,
    ),
    (
        UsersPay(user="sub1", sum=Decimal("0.01"), balance2=False),
        USERS + "pay=1&user=sub1&sum=0.01&balance2=0",
        None,
    ),
    # get_stat: every parameter (lines 2286, 2301-2310)
    (
        UsersGetStat(
            user_id=12,
            balance2=False,
            start=date(2014, 1, 1),
            reseller=False,
            hide_deleted=True,
            mycur=False,
            fmt=1,
        ),
        USERS + "get_stat=1&user_id=12&balance2=0&start=01.01.2014&reseller=0&hide_deleted=1"
        "&mycur=0&fmt=1",
        None,
    ),
    (UsersGetStat(), USERS + "get_stat=1", None),
    (
        UsersGetStat(end=date(2014, 1, 1)),
        USERS + "get_stat=1&end=01.%2001.%202014",
        USERS + "get_stat=1&end=01.01.2014",
    ),
    # get_stat_all: reseller=0 (line 2305), hide_deleted, mycur, fmt 2
    (
        UsersGetStatAll(
            start=date(2014, 1, 1), reseller=False, hide_deleted=False, mycur=True, fmt=2
        ),
        USERS + "get_stat_all=1&start=01.01.2014&reseller=0&hide_deleted=0&mycur=1&fmt=2",
        None,
    ),
    # parameters of other actions are not this action's: kept as extra
    (
        UsersChange(user="sub1", extra=(("site_id", "5"), ("sum", "10"))),
        USERS + "chg=1&user=sub1&site_id=5&sum=10",
        None,
    ),
    (
        UsersAdd(user="sub1", password="Pa55-word", extra=(("new_login", "x"),)),
        USERS + "add=1&user=sub1&password=Pa55-word&new_login=x",
        None,
    ),
    (
        UsersGetStatAll(start=date(2014, 1, 1), reseller=True, extra=(("user", "s"),)),
        USERS + "get_stat_all=1&start=01.01.2014&reseller=1&user=s",
        None,
    ),
    (
        UsersPay(user="sub1", sum=Decimal(5), extra=(("fl[2]", "1"),)),
        USERS + "pay=1&user=sub1&sum=5&fl[2]=1",
        None,
    ),
    # apikey instead of login + psw; charset
    (
        UsersAdd(
            credentials=Credentials(apikey="KEY"),
            user="sub1",
            password="Pa55-word",
            charset="utf-8",
        ),
        USERS + "add=1&apikey=KEY&user=sub1&password=Pa55-word&charset=utf-8",
        None,
    ),
]

CASES = EXAMPLES + TEMPLATES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 5
    assert len(TEMPLATES) == 7


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_selector_comes_first() -> None:
    request = UsersPay(credentials=ALEX, user="s", sum=Decimal(1)).to_request()
    assert list(request.params.items()) == [
        ("pay", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("user", "s"),
        ("sum", "1"),
    ]


def test_flag_members_travel_as_numbers() -> None:
    command = UsersAdd(
        user="s",
        password="Pa55-word",
        fl={UsersFl.API_LOG: True, UsersFl.INCOMING_VIA_SMPP: False},
        mfl={UsersMfl.EMAIL2SMS_OFF: True},
    )
    pairs = list(command.to_request().params.items())
    assert pairs[-3:] == [("fl[1]", "0"), ("fl[30]", "1"), ("mfl[0]", "1")]
    # A decoded command has int keys; it equals the one built with members.
    assert parse_command(command.to_request()) == command


def test_every_documented_index_is_a_member() -> None:
    # The table's flags (lines 2296-2387), as the spec numbers them.
    assert sorted(map(int, UsersFl)) == [1, 2, 5, 6, 8, 9, 10, 11, 16, 23, 26, 27, 28, 29, 30]
    assert sorted(map(int, UsersFl2)) == [1, 4, 8, 9, 10, 12, 13, 15, 16, 23, 24, 27, 31]
    assert sorted(map(int, UsersFl3)) == [20]
    assert sorted(map(int, UsersMfl)) == [0, 1, 2, 3, 4, 5, 6]


A = USERS + "add=1&user=s&password=Pa55-word&"
C = USERS + "chg=1&user=s&"

BAD_URLS = [
    (USERS + "login=alex&psw=123", "users.php: names no action"),
    (USERS + "add=1&chg=1&user=s", "users.php: selects more than one action (add, chg)"),
    (
        USERS + "get_stat=1&get_stat_all=1",
        "users.php: selects more than one action (get_stat, get_stat_all)",
    ),
    (USERS + "add=2&user=s&password=Pa55-word", "add: must be 1, got '2'"),
    (USERS + "get_stat=1&get_stat=1", "get_stat: given more than once"),
    (USERS + "get_stat=1&user=a&user=b", "user: given more than once"),
    (USERS + "add=1&password=Pa55-word", "user: is required"),
    (USERS + "add=1&user=s", "password: is required"),
    (USERS + "add=1&user=&password=Pa55-word", "user: must not be empty"),
    (USERS + "add=1&user=s&password=short", "password: must be at least 8 characters, got 5"),
    (USERS + "add=1&user=s&password=Pa55-word%09", "password: must not contain control"),
    (A + "site_id=0", "site_id: must be 1..2147483647, got 0"),
    (A + "type=5", "type: must be one of 0, 1, 2, 3, 4, got '5'"),
    (A + "email=alex", "email: an e-mail address must be local@domain"),
    (A + "email2=a%40b", "email2: an e-mail address must be local@domain"),
    (A + "phone=G5", "phone: must be one phone number ([+]digits), got 'G5'"),
    (A + "phone2=12", "phone2: a phone number must have 3..20 digits, got 2"),
    (A + "phone=1,2", "phone: must be one phone number"),
    (A + "fl[3]=1", "fl: index must be one of 1, 2, 5, 6, 8, 9, 10, 11, 16, 23, 26, 27, 28"),
    (A + "fl[31]=1", "fl[31]: index must be 1..30"),
    (A + "fl[0]=1", "fl[0]: index must be 1..30"),
    (A + "fl[29]=2", "fl[29]: must be 0 or 1, got '2'"),
    (A + "fl2[2]=1", "fl2: index must be one of 1, 4, 8, 9, 10, 12, 13, 15, 16, 23, 24, 27"),
    (A + "fl2[32]=1", "fl2[32]: index must be 1..31"),
    (A + "fl3[19]=1", "fl3[19]: index must be 20..20"),
    (A + "mfl[7]=1", "mfl[7]: index must be 0..6"),
    (A + "mfl[0]=yes", "mfl[0]: must be 0 or 1"),
    # every array family reads an entry once and one way (was last-one-wins)
    (A + "fl[29]=1&fl[29]=0", "fl[29]: given more than once"),
    (A + "fl2[9]=1&fl2[09]=0", "'fl2[09]': fl2 is an array parameter, written fl2[<index>]"),
    (A + "fl3[020]=1", "'fl3[020]': fl3 is an array parameter"),
    (A + "mfl[0]=1&mfl[00]=0", "'mfl[00]': mfl is an array parameter"),
    (A + "tariff=9", "tariff: must be 0..8, got 9"),
    (A + "mintrf=-1", "mintrf: must be an integer 0..8"),
    (A + "curr=0", "curr: must be one of 1, 2, 3, 4, 5, got '0'"),
    (A + "curr=6", "curr: must be one of 1, 2, 3, 4, 5, got '6'"),
    (A + "tz=25", "tz: must be 0..24, got 25"),
    (A + "tz=-1", "tz: must be an integer 0..24"),
    (A + "sender=TooLongSender", "sender: at most 11 characters"),
    (A + "sender=", "sender: must not be empty"),
    (A + "sender2=%D0%AF", "sender2: must be printable ASCII"),
    (A + "nb=-1", "nb: must be a decimal number"),
    (A + "nb=1.234", "nb: must be a decimal number"),
    (A + "ktm=-1", "ktm: must be an integer 0..2147483647"),
    (A + "fmts=7,%2B77", "fmts: a code must be [-] and 1..15 ASCII digits"),
    (A + "fmts=7,,8", "fmts: empty code at position 2"),
    (A + "ph=a%40b.ru", "ph: must list phone numbers or G<n> groups only"),
    (A + "ph=", "ph: empty value"),
    (A + "mph=G5", "mph: must list phone numbers only, got 'G5'"),
    (A + "dlim=x", "dlim: must be an integer 0..2147483647"),
    (A + "plim=2147483648", "plim: must be 0..2147483647"),
    (A + "tlim=1.5", "tlim: must be an integer"),
    (A + "ilim=-5", "ilim: must be an integer"),
    (A + "tmlim=9", "tmlim: must be h1-h2 hours, got '9'"),
    (A + "tmlim=%2B5", "tmlim: must be h1-h2 hours, got '+5'"),
    (A + "tmlim=21-9", "tmlim: h1-h2 needs h1 < h2, got 21-9"),
    (A + "tmlim=9-25", "tmlim: h2 (end hour) must be 1..24, got 25"),
    (A + "vld=0", "vld: must be 1..1440, got 0"),
    (A + "vld=1441", "vld: must be 1..1440, got 1441"),
    (A + "answ=" + "x" * 1001, "answ: must be at most 1000 characters, got 1001"),
    (A + "url=ftp://a.ru", "url: must be a full http:// or https:// address"),
    (A + "url=", "url: must be a full http:// or https:// address"),
    (A + "mh1=24", "mh1: must be 0..23, got 24"),
    (A + "mh2=0", "mh2: must be 1..24, got 0"),
    (A + "mh1=20&mh2=8", "mh2: must be after mh1, got 20-8"),
    (A + "mlen=12", "mlen: 12 is neither a length (> 12) nor a number of SMS (< 12)"),
    (A + "mlen=0", "mlen: must be 1..1000, got 0"),
    (A + "mlen=1001", "mlen: must be 1..1000, got 1001"),
    (USERS + "chg=1&fio=x", "user: is required"),
    (C + "new_login=", "new_login: must not be empty"),
    (C + "pswc=1234567", "pswc: must be at least 8 characters, got 7"),
    (C + "fio=a%0Ab", "fio: must not contain line breaks"),
    (USERS + "pay=1&user=s", "sum: is required"),
    (USERS + "pay=1&sum=5", "user: is required"),
    (USERS + "pay=1&user=s&sum=0", "sum: must not be 0"),
    (USERS + "pay=1&user=s&sum=0.00", "sum: must not be 0"),
    (USERS + "pay=1&user=s&sum=1.005", "sum: must be a decimal number"),
    (USERS + "pay=1&user=s&sum=1000000000", "sum: must be -999999999.99..999999999.99"),
    (USERS + "pay=1&user=s&sum=1e3", "sum: must be a decimal number"),
    (USERS + "pay=1&user=s&sum=5&balance2=2", "balance2: must be 0 or 1, got '2'"),
    (USERS + "get_stat=1&user=s&user_id=1", "user_id: not with user"),
    (USERS + "get_stat=1&user_id=0", "user_id: must be 1..2147483647, got 0"),
    (USERS + "get_stat=1&start=2014-01-01", "start: "),
    (USERS + "get_stat=1&end=31.02.2014", "end: "),
    (
        USERS + "get_stat=1&start=01.02.2014&end=01.01.2014",
        "end: 01.01.2014 is before start 01.02.2014",
    ),
    (USERS + "get_stat=1&reseller=2", "reseller: must be 0 or 1, got '2'"),
    (USERS + "get_stat=1&hide_deleted=yes", "hide_deleted: must be 0 or 1"),
    (USERS + "get_stat=1&mycur=", "mycur: must be 0 or 1"),
    (USERS + "get_stat_all=1&reseller=1", "start: is required"),
    (USERS + "get_stat_all=1&start=01.01.2014", "reseller: is required"),
    (
        USERS + "get_stat_all=1&start=01.02.2014&end=01.01.2014&reseller=1",
        "end: 01.01.2014 is before start 01.02.2014",
    ),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


U = {"user": "s", "password": "Pa55-word"}

BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (UsersAdd, {}, "user: is required"),
    (UsersAdd, {"user": "s"}, "password: is required"),
    (UsersAdd, {"user": "s", "password": "1234567"}, "password: must be at least 8 characters"),
    (UsersAdd, {"user": "s", "password": 12345678}, "password: must be str, got int"),
    (UsersAdd, {"user": "a\nb", "password": "Pa55-word"}, "user: must not contain line breaks"),
    (UsersAdd, {**U, "site_id": 0}, "site_id: must be 1..2147483647, got 0"),
    (UsersAdd, {**U, "type": 5}, "type: must be one of 0, 1, 2, 3, 4, got 5"),
    (UsersAdd, {**U, "type": True}, "type: must be one of 0, 1, 2, 3, 4, got True"),
    (UsersAdd, {**U, "fl": {}}, "fl: an empty mapping sends nothing; use None"),
    (UsersAdd, {**U, "fl": {3: True}}, "fl: index must be one of 1, 2, 5"),
    (UsersAdd, {**U, "fl": {40: True}}, "fl: index must be 1..30, got 40"),
    (UsersAdd, {**U, "fl": {29: 1}}, "fl[29]: must be bool, got int"),
    (UsersAdd, {**U, "fl": {True: True}}, "fl: index must be an int, got True"),
    (UsersAdd, {**U, "fl": [29]}, "fl: must be a mapping of index to value"),
    # an fl index given to fl2: 29 is no fl2 flag
    (UsersAdd, {**U, "fl2": {UsersFl.MAIN_SENDERS: True}}, "fl2: index must be one of"),
    (UsersAdd, {**U, "fl3": {21: True}}, "fl3: index must be 20..20, got 21"),
    (UsersAdd, {**U, "mfl": {-1: True}}, "mfl: index must be 0..6, got -1"),
    (UsersAdd, {**U, "email": "not an address"}, "email: "),
    (UsersAdd, {**U, "phone": 79990000000}, "phone: must be one Phone or its text"),
    (
        UsersAdd,
        {**U, "ph": P(EmailAddress(address="a@b.ru"))},
        "ph: must list phone numbers or G<n> groups only, got 'a@b.ru'",
    ),
    (UsersAdd, {**U, "mph": P(GroupCode(number=5))}, "mph: must list phone numbers only"),
    (UsersAdd, {**U, "mph": 79990000000}, "mph: must be a PhoneList, a str"),
    (
        UsersAdd,
        {**U, "tmlim": SendAt(when=datetime(2020, 1, 1, 9, 0))},
        "tmlim: must be a SendAtHours, got SendAt",
    ),
    (UsersAdd, {**U, "fmts": "7,-77"}, "fmts: must be PhoneCodeFilter, got str"),
    (UsersAdd, {**U, "sender": "Too long name"}, "sender: at most 11 characters"),
    (UsersAdd, {**U, "sender2": "1234567890123456"}, "sender2: at most 15 digits, got 16"),
    (UsersAdd, {**U, "tariff": 9}, "tariff: must be 0..8, got 9"),
    (UsersAdd, {**U, "curr": 6}, "curr: must be one of 1, 2, 3, 4, 5, got 6"),
    (UsersAdd, {**U, "tz": -1}, "tz: must be 0..24, got -1"),
    (UsersAdd, {**U, "nb": Decimal("1.005")}, "nb: must have at most 2 decimals, got 1.005"),
    (UsersAdd, {**U, "nb": Decimal("-1")}, "nb: must be 0..999999999.99, got -1"),
    (UsersAdd, {**U, "nb": Decimal("NaN")}, "nb: must be a finite number"),
    (UsersAdd, {**U, "vld": 1441}, "vld: must be 1..1440, got 1441"),
    (UsersAdd, {**U, "url": "www.a.ru"}, "url: must be a full http:// or https:// address"),
    (UsersAdd, {**U, "answ": "x" * 1001}, "answ: must be at most 1000 characters, got 1001"),
    (UsersAdd, {**U, "mlen": 12}, "mlen: 12 is neither a length (> 12) nor a number of SMS"),
    (UsersAdd, {**U, "mh1": 10, "mh2": 10}, "mh2: must be after mh1, got 10-10"),
    (UsersAdd, {**U, "mh1": 24}, "mh1: must be 0..23, got 24"),
    (UsersChange, {}, "user: is required"),
    (UsersChange, {"user": "s", "new_login": "a\nb"}, "new_login: must not contain line"),
    (UsersChange, {"user": "s", "pswc": "short"}, "pswc: must be at least 8 characters, got 5"),
    (UsersChange, {"user": "s", "fio": "a\rb"}, "fio: must not contain line breaks"),
    (UsersPay, {"user": "s"}, "sum: is required"),
    (UsersPay, {"sum": Decimal(1)}, "user: is required"),
    (UsersPay, {"user": "s", "sum": Decimal(0)}, "sum: must not be 0"),
    (UsersPay, {"user": "s", "sum": 1.5}, "sum: must be a Decimal, an int or a str"),
    (UsersPay, {"user": "s", "sum": Decimal("1e9")}, "sum: must be -999999999.99..999999999.99"),
    (UsersPay, {"user": "s", "sum": Decimal(1), "balance2": 1}, "balance2: must be bool"),
    (UsersGetStat, {"user": "s", "user_id": 1}, "user_id: not with user"),
    (UsersGetStat, {"user_id": 0}, "user_id: must be 1..2147483647, got 0"),
    (
        UsersGetStat,
        {"start": date(2014, 2, 1), "end": date(2014, 1, 1)},
        "end: 01.01.2014 is before start 01.02.2014",
    ),
    (UsersGetStat, {"start": datetime(2014, 2, 1)}, "start: date: expected a datetime.date"),
    (UsersGetStat, {"start": "01.01.2014"}, "start: must be date, got str"),
    (UsersGetStatAll, {"reseller": True}, "start: is required"),
    (UsersGetStatAll, {"start": date(2014, 1, 1)}, "reseller: is required"),
    (
        UsersGetStatAll,
        {"start": date(2014, 2, 1), "end": date(2014, 1, 1), "reseller": True},
        "end: 01.01.2014 is before start 01.02.2014",
    ),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_repr_hides_credentials_and_passwords() -> None:
    command = UsersChange(
        credentials=Credentials(login="a", psw="CANARY-PSW"),
        user="s",
        pswc="CANARY-OLD",
        password="CANARY-NEW",
    )
    check_repr_hides(command, UsersAdd(user="s", password="CANARY-NEW"))
    assert "user='s'" in repr(command)


def test_unknown_parameters_are_kept_in_wire_order() -> None:
    command = decode(USERS + "get_stat=1&zz=1&user=s&aa=2&fl[9]=1&balance2=1")
    assert command == UsersGetStat(
        user="s", balance2=True, extra=(("zz", "1"), ("aa", "2"), ("fl[9]", "1"))
    )
    assert list(command.to_request().params.items())[-3:] == [
        ("zz", "1"),
        ("aa", "2"),
        ("fl[9]", "1"),
    ]


@given(users_add_commands())
def test_add_round_trip(command: UsersAdd) -> None:
    assert_round_trip(command)


@given(users_change_commands())
def test_change_round_trip(command: UsersChange) -> None:
    assert_round_trip(command)


@given(users_pay_commands())
def test_pay_round_trip(command: UsersPay) -> None:
    assert_round_trip(command)


@given(users_get_stat_commands())
def test_get_stat_round_trip(command: UsersGetStat) -> None:
    assert_round_trip(command)


@given(users_get_stat_all_commands())
def test_get_stat_all_round_trip(command: UsersGetStatAll) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        UsersAdd(
            credentials=ALEX,
            user="sub1",
            password="Пароль-2024",
            fio="Иванов Иван Иванович",
            props="ООО «Ромашка»\nИНН 7700000000",
            answ="Спасибо, мы перезвоним",
            charset=charset,
        )
    )
    assert_round_trip(UsersChange(credentials=ALEX, user="sub1", notes="Заметка", charset=charset))
    assert_round_trip(UsersGetStat(credentials=ALEX, user="клиент", charset=charset))
