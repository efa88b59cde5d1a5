"""phones.php: one table of (command, URL) rows drives both directions.

Every phones.php example URL of the spec (catalog ``examples``, 11 of them) is a row,
with its line; further rows cover every command and parameter. Rows whose URL is not the
canonical spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given

from smsc_proto.commands import (
    Command,
    Credentials,
    PhonesAdd,
    PhonesAddBlack,
    PhonesAddGroup,
    PhonesChange,
    PhonesChangeGroup,
    PhonesDelete,
    PhonesDeleteBlack,
    PhonesDeleteGroup,
    PhonesGet,
    PhonesGetBlack,
    PhonesGetGroup,
    PhonesJoinGroup,
    PhonesLeaveGroup,
    PhonesMoveToGroup,
)
from smsc_proto.strategies import (
    phones_add_black_commands,
    phones_add_commands,
    phones_add_group_commands,
    phones_change_commands,
    phones_change_group_commands,
    phones_delete_black_commands,
    phones_delete_commands,
    phones_delete_group_commands,
    phones_get_black_commands,
    phones_get_commands,
    phones_get_group_commands,
    phones_join_group_commands,
    phones_leave_group_commands,
    phones_move_to_group_commands,
)
from smsc_proto.values import EmailAddress, GroupCode, Phone, PhoneList

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

PH = BASE + "phones.php?"


def P(*numbers: str, trailing_comma: bool = False) -> PhoneList:
    """A list of phone numbers (``+`` in front keeps the plus)."""
    return PhoneList(
        entries=tuple(Phone(number=n.lstrip("+"), plus=n.startswith("+")) for n in numbers),
        trailing_comma=trailing_comma,
    )


ONE = P("79999999999")
NUMBER = Phone(number="79999999999")

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 2229
    (
        PhonesAdd(credentials=ALEX, phone=ONE, name="Contact", grp=(321,)),
        PH + "add=1&login=alex&psw=123&phone=79999999999&name=Contact&grp=321",
        None,
    ),
    # line 2232
    (
        PhonesAddGroup(credentials=ALEX, name="Group"),
        PH + "add_group=1&login=alex&psw=123&name=Group",
        None,
    ),
    # line 2235: chg without new_phone renames the contact (INC-58)
    (
        PhonesChange(credentials=ALEX, phone=ONE, name="Contact1"),
        PH + "chg=1&login=alex&psw=123&phone=79999999999&name=Contact1",
        None,
    ),
    # line 2238
    (
        PhonesChangeGroup(credentials=ALEX, grp=321, name="Group1"),
        PH + "chg_group=1&login=alex&psw=123&grp=321&name=Group1",
        None,
    ),
    # line 2241
    (
        PhonesDelete(credentials=ALEX, phone=ONE),
        PH + "del=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
    # line 2244
    (
        PhonesDeleteGroup(credentials=ALEX, grp=321),
        PH + "del_group=1&login=alex&psw=123&grp=321",
        None,
    ),
    # line 2247
    (
        PhonesGet(credentials=ALEX, grp=(321,)),
        PH + "get=1&login=alex&psw=123&grp=321",
        None,
    ),
    # line 2250
    (
        PhonesGet(credentials=ALEX, phone=ONE),
        PH + "get=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
    # line 2253
    (PhonesGetGroup(credentials=ALEX), PH + "get_group=1&login=alex&psw=123", None),
    # line 2256
    (
        PhonesAddBlack(credentials=ALEX, phone=NUMBER, type=1),
        PH + "add_black=1&login=alex&psw=123&phone=79999999999&type=1",
        None,
    ),
    # line 2259
    (
        PhonesDeleteBlack(credentials=ALEX, phone=ONE),
        PH + "del_black=1&login=alex&psw=123&phone=79999999999",
        None,
    ),
]

COVERAGE: list[Row] = [
    # line 1979: the chg template changes the numbers
    (
        PhonesChange(credentials=ALEX, phone=ONE, new_phone=P("78888888888", "+79990001122")),
        PH + "chg=1&login=alex&psw=123&phone=79999999999&new_phone=78888888888,%2B79990001122",
        None,
    ),
    # lines 1999-2016: every contact field of add=1; "any separator" (line 2002) is , or ;
    (
        PhonesAdd(
            name="Иван",
            grp=(1, 2, 3),
            phone=P("79999999999", "78888888888"),
            lnm="Иванов",
            fnm="Иван",
            mnm="Иванович",
            bd=date(1980, 2, 29),
            myid="c-17",
            cmt="VIP 😀",
            tags="a,b",
            pho=P("74950000000"),
            fmt=3,
            charset="utf-8",
        ),
        PH + "add=1&name=%D0%98%D0%B2%D0%B0%D0%BD&grp=1,2,3&phone=79999999999;%2078888888888"
        "&lnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&fnm=%D0%98%D0%B2%D0%B0%D0%BD"
        "&mnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B8%D1%87&bd=29.02.1980&myid=c-17"
        "&cmt=VIP%20%F0%9F%98%80&tags=a,b&pho=74950000000&fmt=3&charset=utf-8",
        PH + "add=1&name=%D0%98%D0%B2%D0%B0%D0%BD&grp=1,2,3&phone=79999999999,78888888888"
        "&lnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&fnm=%D0%98%D0%B2%D0%B0%D0%BD"
        "&mnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B8%D1%87&bd=29.02.1980&myid=c-17"
        "&cmt=VIP%20%F0%9F%98%80&tags=a,b&pho=74950000000&fmt=3&charset=utf-8",
    ),
    # bd as printed at line 2863 (INC-41: "dd. mm. yyyy") is read, written without spaces
    (
        PhonesAdd(phone=ONE, name="N", bd=date(2001, 1, 2)),
        PH + "add=1&phone=79999999999&name=N&bd=02.%2001.%202001",
        PH + "add=1&phone=79999999999&name=N&bd=02.01.2001",
    ),
    # every field of chg=1; an empty value is sent as given
    (
        PhonesChange(
            name="N2",
            grp=(7,),
            phone=P("+79999999999"),
            new_phone=P("79999999999", trailing_comma=True),
            lnm="",
            fnm="F",
            mnm="M",
            bd=date(1999, 12, 31),
            myid="",
            cmt="c",
            tags="t",
            pho=P("123", "4567"),
            fmt=1,
        ),
        PH + "chg=1&name=N2&grp=7&phone=%2B79999999999&new_phone=79999999999,&lnm=&fnm=F"
        "&mnm=M&bd=31.12.1999&myid=&cmt=c&tags=t&pho=123,4567&fmt=1",
        None,
    ),
    (
        PhonesChange(phone=ONE, bd=date(2000, 1, 1)),
        PH + "chg=1&phone=79999999999&bd=01.01.2000",
        None,
    ),
    # lines 1981-1983: move_group=1/2/3 select three commands
    (
        PhonesMoveToGroup(credentials=ALEX, grp=(321,), phone=NUMBER),
        PH + "move_group=1&login=alex&psw=123&grp=321&phone=79999999999",
        None,
    ),
    (
        PhonesJoinGroup(
            credentials=ALEX, grp=(321, 322), phone=Phone(number="79999999999", plus=True)
        ),
        PH + "move_group=2&login=alex&psw=123&grp=321,322&phone=%2B79999999999",
        None,
    ),
    (
        PhonesLeaveGroup(credentials=ALEX, grp=(321,), phone=NUMBER, fmt=2),
        PH + "move_group=3&login=alex&psw=123&grp=321&phone=%2079999999999%20&fmt=2",
        PH + "move_group=3&login=alex&psw=123&grp=321&phone=79999999999&fmt=2",
    ),
    # line 1986 and the get filters of lines 2009-2011, 2025
    (PhonesGet(credentials=ALEX), PH + "get=1&login=alex&psw=123", None),
    (
        PhonesGet(
            grp=(1, 2),
            phone=P("79999999999", "78888888888"),
            fio="Иванов Иван",
            search="Ivan 7999",
            after_id=9_000_000_000,
            cnt=1000,
            fmt=3,
            charset="koi8-r",
        ),
        PH + "get=1&grp=1,2&phone=79999999999,78888888888&fio=%E9%D7%C1%CE%CF%D7%20%E9%D7%C1%CE"
        "&search=Ivan%207999&after_id=9000000000&cnt=1000&fmt=3&charset=koi8-r",
        None,
    ),
    (PhonesGet(cnt=1, fio=""), PH + "get=1&fio=&cnt=1", None),
    # add_group: num (line 2001), type (lines 2021-2023)
    (
        PhonesAddGroup(name="Группа", num=5, type=0),
        PH + "add_group=1&name=%C3%F0%F3%EF%EF%E0&num=5&type=0",
        None,
    ),
    (PhonesAddGroup(name="Mail", type=1, fmt=0), PH + "add_group=1&name=Mail&type=1&fmt=0", None),
    (
        PhonesChangeGroup(grp=2147483647, name="G", num=12),
        PH + "chg_group=1&grp=2147483647&name=G&num=12",
        None,
    ),
    (PhonesGetGroup(type=1), PH + "get_group=1&type=1", None),
    (
        PhonesDeleteGroup(credentials=Credentials(apikey="k3y"), grp=1, fmt=3),
        PH + "del_group=1&apikey=k3y&grp=1&fmt=3",
        None,
    ),
    # add_black: cmt (line 2014), type 0 and 2 (lines 2017-2020)
    (
        PhonesAddBlack(phone=NUMBER, cmt="спам", type=0),
        PH + "add_black=1&phone=79999999999&cmt=%F1%EF%E0%EC&type=0",
        None,
    ),
    (PhonesAddBlack(phone=NUMBER, type=2), PH + "add_black=1&phone=79999999999&type=2", None),
    (
        PhonesDeleteBlack(phone=P("79999999999", "78888888888")),
        PH + "del_black=1&phone=79999999999,78888888888",
        None,
    ),
    # line 1990 and prev_id/cnt (lines 2024-2025)
    (PhonesGetBlack(credentials=ALEX), PH + "get_black=1&login=alex&psw=123", None),
    (
        PhonesGetBlack(prev_id=2**63 - 1, cnt=50, fmt=3),
        PH + "get_black=1&prev_id=9223372036854775807&cnt=50&fmt=3",
        None,
    ),
    (
        PhonesDelete(phone=P("79999999999", "+78888888888")),
        PH + "del=1&phone=79999999999;%2B78888888888",
        PH + "del=1&phone=79999999999,%2B78888888888",
    ),
    # parameters a command does not take stay in extra: mail is mails.php's
    (
        PhonesGetGroup(extra=(("mail", "a@b.ru"), ("x", "1"))),
        PH + "get_group=1&mail=a%40b.ru&x=1",
        None,
    ),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 11


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_table_order() -> None:
    # Fields follow the parameter table (lines 1999-2016): name, grp, phone, ...
    request = PhonesAdd(credentials=ALEX, phone=ONE, name="Contact", grp=(321,)).to_request()
    assert list(request.params.items()) == [
        ("add", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("name", "Contact"),
        ("grp", "321"),
        ("phone", "79999999999"),
    ]


@pytest.mark.parametrize(
    ("value", "cls"),
    [("1", PhonesMoveToGroup), ("2", PhonesJoinGroup), ("3", PhonesLeaveGroup)],
)
def test_move_group_value_selects_the_command(value: str, cls: type[Command]) -> None:
    url = PH + f"move_group={value}&grp=1&phone=79999999999"
    command = decode(url)
    assert type(command) is cls
    assert command.to_request().params["move_group"] == value


A = PH + "add=1&name=N&"

BAD_URLS = [
    (PH + "login=alex&psw=123", "phones.php: names no action"),
    (PH + "add=1&del=1&phone=79999999999", "phones.php: selects more than one action (add, del)"),
    (PH + "get=1&get_group=1", "phones.php: selects more than one action (get, get_group)"),
    (PH + "move_group=4&grp=1&phone=79999999999", "move_group: must be 1 or 2 or 3, got '4'"),
    (PH + "move_group=1&move_group=2&grp=1&phone=79999999999", "move_group: given more than once"),
    (PH + "add=2&name=N&phone=79999999999", "add: must be 1, got '2'"),
    (PH + "add=1&name=N", "phone: is required"),
    (PH + "add=1&phone=79999999999", "name: is required"),
    (A + "phone=79999999999&phone=78888888888", "phone: given more than once"),
    (PH + "add=1&name=&phone=79999999999", "name: must not be empty"),
    (PH + "add=1&name=a%0Ab&phone=79999999999", "name: must not contain line breaks"),
    (A + "phone=G5", "phone: must list phone numbers only (line 2002), got the group code 'G5'"),
    (A + "phone=a%40b.ru", "phone: must list phone numbers only (line 2002), got the e-mail"),
    (A + "phone=%231234", "phone: must list phone numbers only (line 2002), got the telegram ID"),
    (A + "phone=;", "phone: empty entry at position 1"),
    (A + "phone=", "phone: empty value"),
    (A + "phone=7999x", "phone: an entry must be a phone number"),
    (A + "phone=79999999999&grp=0", "grp: must be 1..2147483647, got 0"),
    (A + "phone=79999999999&grp=1,,2", "grp: empty group ID at position 2"),
    (A + "phone=79999999999&grp=1,", "grp: empty group ID at position 2"),
    (A + "phone=79999999999&grp=1;2", "grp: group IDs must be 1..2147483647 separated by commas"),
    (A + "phone=79999999999&bd=31.02.2000", "bd: date: not a valid date"),
    (A + "phone=79999999999&bd=2000-01-01", "bd: date: expected dd.mm.yyyy"),
    (A + "phone=79999999999&pho=@nick_name", "pho: must list phone numbers only (line 2016)"),
    (A + "phone=79999999999&cmt=a%0Db", "cmt: must not contain line breaks"),
    (A + "phone=79999999999&fmt=4", "fmt: must be one of 0, 1, 2, 3"),
    (A + "phone=79999999999&charset=cp1252", "charset"),
    (PH + "chg=1&name=N", "phone: is required"),
    (PH + "chg=1&phone=79999999999", "phones.php: chg=1 changes nothing: give new_phone"),
    (PH + "chg=1&phone=79999999999&new_phone=G1", "new_phone: must list phone numbers only"),
    (PH + "move_group=1&phone=79999999999", "grp: is required"),
    (PH + "move_group=2&grp=1", "phone: is required"),
    (
        PH + "move_group=3&grp=1&phone=79999999999,78888888888",
        "phone: must be one phone number (line 2002), got a list",
    ),
    (PH + "move_group=1&grp=1&phone=79999999999;", "phone: must be one phone number"),
    (
        PH + "move_group=2&grp=1&phone=a%40b.ru",
        "phone: must be one phone number (line 2002), got the e-mail address",
    ),
    (PH + "move_group=1&grp=1&phone=12", "phone: a phone number must have 3..20 digits, got 2"),
    (PH + "del=1", "phone: is required"),
    (PH + "del_group=1", "grp: is required"),
    (PH + "del_group=1&grp=1,2", "grp: must be an integer 1..2147483647, got '1,2'"),
    (PH + "chg_group=1&grp=1", "name: is required"),
    (PH + "chg_group=1&name=G", "grp: is required"),
    (PH + "chg_group=1&grp=1&name=G&num=0", "num: must be 1..2147483647, got 0"),
    (PH + "add_group=1&name=G&type=2", "type: must be one of 0, 1, got '2'"),
    (PH + "add_group=1", "name: is required"),
    (PH + "get_group=1&type=2", "type: must be one of 0, 1, got '2'"),
    (PH + "get=1&after_id=5", "after_id: only with fmt=3 (line 2011), got fmt=None"),
    (PH + "get=1&after_id=5&fmt=2", "after_id: only with fmt=3 (line 2011), got fmt=2"),
    (PH + "get=1&after_id=0&fmt=3", "after_id: must be 1..9223372036854775807, got 0"),
    (PH + "get=1&cnt=0", "cnt: must be 1..1000, got 0"),
    (PH + "get=1&cnt=1001", "cnt: must be 1..1000, got 1001"),
    (PH + "get=1&fio=a%0Ab", "fio: must not contain line breaks"),
    (PH + "get=1&phone=G1", "phone: must list phone numbers only"),
    (PH + "add_black=1", "phone: is required"),
    (PH + "add_black=1&phone=79999999999&type=3", "type: must be one of 0, 1, 2, got '3'"),
    (PH + "add_black=1&phone=79999999999,78888888888", "phone: must be one phone number"),
    (PH + "del_black=1&phone=G1", "phone: must list phone numbers only"),
    (PH + "del_black=1", "phone: is required"),
    (PH + "get_black=1&prev_id=0", "prev_id: must be 1..9223372036854775807, got 0"),
    (PH + "get_black=1&cnt=1001", "cnt: must be 1..1000, got 1001"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (PhonesAdd, {"name": "N"}, "phone: is required"),
    (PhonesAdd, {"phone": ONE}, "name: is required"),
    (PhonesAdd, {"phone": ONE, "name": ""}, "name: must not be empty"),
    (PhonesAdd, {"phone": ONE, "name": "a\nb"}, "name: must not contain line breaks"),
    (
        PhonesAdd,
        {"phone": PhoneList(entries=(GroupCode(number=5),)), "name": "N"},
        "phone: must list phone numbers only (line 2002), got the group code 'G5'",
    ),
    (PhonesAdd, {"phone": NUMBER, "name": "N"}, "phone: must be a PhoneList, a str"),
    (PhonesAdd, {"phone": ONE, "name": "N", "grp": ()}, "grp: needs at least one group ID"),
    (
        PhonesAdd,
        {"phone": ONE, "name": "N", "grp": "1"},
        "grp: must be an int or a list or tuple of int, got str",
    ),
    (PhonesAdd, {"phone": ONE, "name": "N", "grp": ["1"]}, "grp: must be int, got str"),
    (PhonesAdd, {"phone": ONE, "name": "N", "grp": (0,)}, "grp: must be 1..2147483647, got 0"),
    (PhonesAdd, {"phone": ONE, "name": "N", "grp": (True,)}, "grp: must be int, got bool"),
    (
        PhonesAdd,
        {"phone": ONE, "name": "N", "bd": datetime(2000, 1, 1)},
        "bd: date: expected a datetime.date, got datetime",
    ),
    (PhonesAdd, {"phone": ONE, "name": "N", "bd": "01.01.2000"}, "bd: must be date, got str"),
    (PhonesAdd, {"phone": ONE, "name": "N", "lnm": "a\nb"}, "lnm: must not contain line breaks"),
    (PhonesAdd, {"phone": ONE, "name": "N", "tags": 5}, "tags: must be str, got int"),
    (
        PhonesAdd,
        {"phone": ONE, "name": "N", "pho": PhoneList(entries=(EmailAddress(address="a@b.ru"),))},
        "pho: must list phone numbers only (line 2016), got the e-mail address 'a@b.ru'",
    ),
    (PhonesChange, {"name": "N"}, "phone: is required"),
    (PhonesChange, {"phone": ONE}, "phones.php: chg=1 changes nothing: give new_phone"),
    (PhonesChange, {"phone": ONE, "new_phone": NUMBER}, "new_phone: must be a PhoneList"),
    (
        PhonesMoveToGroup,
        {"grp": (1,), "phone": ONE},
        "phone: must be one phone number (line 2002), got PhoneList",
    ),
    (PhonesJoinGroup, {"phone": NUMBER}, "grp: is required"),
    (PhonesLeaveGroup, {"grp": (1,)}, "phone: is required"),
    (
        PhonesLeaveGroup,
        {"grp": 1.0, "phone": NUMBER},
        "grp: must be an int or a list or tuple of int",
    ),
    (PhonesDelete, {}, "phone: is required"),
    (PhonesGet, {"after_id": 1}, "after_id: only with fmt=3 (line 2011), got fmt=None"),
    (PhonesGet, {"after_id": 1, "fmt": 1}, "after_id: only with fmt=3 (line 2011), got fmt=1"),
    (PhonesGet, {"after_id": 2**63, "fmt": 3}, "after_id: must be 1..9223372036854775807"),
    (PhonesGet, {"cnt": 1001}, "cnt: must be 1..1000, got 1001"),
    (PhonesGet, {"search": "a\rb"}, "search: must not contain line breaks"),
    (PhonesAddGroup, {}, "name: is required"),
    (PhonesAddGroup, {"name": "G", "type": 2}, "type: must be one of 0, 1, got 2"),
    (PhonesAddGroup, {"name": "G", "num": 0}, "num: must be 1..2147483647, got 0"),
    (PhonesChangeGroup, {"name": "G"}, "grp: is required"),
    (PhonesChangeGroup, {"grp": (1,), "name": "G"}, "grp: must be int, got tuple"),
    (PhonesDeleteGroup, {"grp": 2**31}, "grp: must be 1..2147483647"),
    (PhonesGetGroup, {"type": True}, "type: must be one of 0, 1, got True"),
    (PhonesAddBlack, {}, "phone: is required"),
    (PhonesAddBlack, {"phone": NUMBER, "type": 3}, "type: must be one of 0, 1, 2, got 3"),
    (
        PhonesAddBlack,
        {"phone": EmailAddress(address="a@b.ru")},
        "phone: must be one phone number (line 2002), got EmailAddress",
    ),
    (PhonesDeleteBlack, {"phone": NUMBER}, "phone: must be a PhoneList, a str"),
    (PhonesGetBlack, {"prev_id": 0}, "prev_id: must be 1..9223372036854775807, got 0"),
    (PhonesGetBlack, {"cnt": 0}, "cnt: must be 1..1000, got 0"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    # new_phone is chg=1's only (line 2004): on add=1 it is no parameter of the command.
    command = decode(PH + "add=1&phone=79999999999&name=N&new_phone=7&zz=%DF")
    assert command == PhonesAdd(phone=ONE, name="N", extra=(("new_phone", "7"), ("zz", "Я")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        PhonesAdd(credentials=Credentials(login="a", psw="CANARY"), phone=ONE, name="N"),
        PhonesGetBlack(credentials=Credentials(apikey="CANARY")),
    )


@given(phones_add_commands())
def test_add_round_trip(command: PhonesAdd) -> None:
    assert_round_trip(command)


@given(phones_add_group_commands())
def test_add_group_round_trip(command: PhonesAddGroup) -> None:
    assert_round_trip(command)


@given(phones_change_commands())
def test_change_round_trip(command: PhonesChange) -> None:
    assert_round_trip(command)


@given(phones_change_group_commands())
def test_change_group_round_trip(command: PhonesChangeGroup) -> None:
    assert_round_trip(command)


@given(phones_move_to_group_commands())
def test_move_to_group_round_trip(command: PhonesMoveToGroup) -> None:
    assert_round_trip(command)


@given(phones_join_group_commands())
def test_join_group_round_trip(command: PhonesJoinGroup) -> None:
    assert_round_trip(command)


@given(phones_leave_group_commands())
def test_leave_group_round_trip(command: PhonesLeaveGroup) -> None:
    assert_round_trip(command)


@given(phones_delete_commands())
def test_delete_round_trip(command: PhonesDelete) -> None:
    assert_round_trip(command)


@given(phones_delete_group_commands())
def test_delete_group_round_trip(command: PhonesDeleteGroup) -> None:
    assert_round_trip(command)


@given(phones_get_commands())
def test_get_round_trip(command: PhonesGet) -> None:
    assert_round_trip(command)


@given(phones_get_group_commands())
def test_get_group_round_trip(command: PhonesGetGroup) -> None:
    assert_round_trip(command)


@given(phones_add_black_commands())
def test_add_black_round_trip(command: PhonesAddBlack) -> None:
    assert_round_trip(command)


@given(phones_delete_black_commands())
def test_delete_black_round_trip(command: PhonesDeleteBlack) -> None:
    assert_round_trip(command)


@given(phones_get_black_commands())
def test_get_black_round_trip(command: PhonesGetBlack) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        PhonesAdd(
            credentials=ALEX,
            phone=ONE,
            name="Контакт",
            lnm="Петров",
            fnm="Пётр",
            cmt="Ёлка",
            charset=charset,
        )
    )
    assert_round_trip(PhonesChangeGroup(grp=321, name="Группа1", charset=charset))
    assert_round_trip(PhonesGet(fio="Петров", search="Пётр", charset=charset))
    assert_round_trip(PhonesAddBlack(phone=NUMBER, cmt="Спам", charset=charset))
