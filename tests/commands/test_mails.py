"""mails.php: one table of (command, URL) rows drives both directions.

The spec has no mails.php example (catalog ``examples`` lists none: QUIRKS INC-67); its
request format "is similar to the format for phones.php" (line 2003). The 11 phones.php
examples, with ``mail`` for ``phone``, are the DERIVED rows; further rows cover every
command and parameter.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

from smsc_proto.commands import (
    Command,
    Credentials,
    MailsAdd,
    MailsAddBlack,
    MailsAddGroup,
    MailsChange,
    MailsChangeGroup,
    MailsDelete,
    MailsDeleteBlack,
    MailsDeleteGroup,
    MailsGet,
    MailsGetBlack,
    MailsGetGroup,
    MailsJoinGroup,
    MailsLeaveGroup,
    MailsMoveToGroup,
    PhonesGet,
)
from smsc_proto.strategies import (
    mails_add_black_commands,
    mails_add_commands,
    mails_add_group_commands,
    mails_change_commands,
    mails_change_group_commands,
    mails_delete_black_commands,
    mails_delete_commands,
    mails_delete_group_commands,
    mails_get_black_commands,
    mails_get_commands,
    mails_get_group_commands,
    mails_join_group_commands,
    mails_leave_group_commands,
    mails_move_to_group_commands,
)
from smsc_proto.values import EmailAddress, Phone, PhoneList

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

M = BASE + "mails.php?"


def E(*addresses: str, trailing_comma: bool = False) -> PhoneList:
    """A list of e-mail addresses."""
    return PhoneList(
        entries=tuple(EmailAddress(address=a) for a in addresses), trailing_comma=trailing_comma
    )


ADDRESS = EmailAddress(address="alex@mysite.com")
ONE = PhoneList(entries=(ADDRESS,))

Row = tuple[Command, str, "str | None"]

# The phones.php examples (lines 2229-2259) with mail=alex@mysite.com for the phone.
DERIVED: list[Row] = [
    # from line 2229
    (
        MailsAdd(credentials=ALEX, mail=ONE, name="Contact", grp=(321,)),
        M + "add=1&login=alex&psw=123&mail=alex%40mysite.com&name=Contact&grp=321",
        None,
    ),
    # from line 2232
    (
        MailsAddGroup(credentials=ALEX, name="Group"),
        M + "add_group=1&login=alex&psw=123&name=Group",
        None,
    ),
    # from line 2235 (INC-58: chg renames, no new_mail)
    (
        MailsChange(credentials=ALEX, mail=ONE, name="Contact1"),
        M + "chg=1&login=alex&psw=123&mail=alex%40mysite.com&name=Contact1",
        None,
    ),
    # from line 2238
    (
        MailsChangeGroup(credentials=ALEX, grp=321, name="Group1"),
        M + "chg_group=1&login=alex&psw=123&grp=321&name=Group1",
        None,
    ),
    # from line 2241
    (
        MailsDelete(credentials=ALEX, mail=ONE),
        M + "del=1&login=alex&psw=123&mail=alex%40mysite.com",
        None,
    ),
    # from line 2244
    (
        MailsDeleteGroup(credentials=ALEX, grp=321),
        M + "del_group=1&login=alex&psw=123&grp=321",
        None,
    ),
    # from line 2247
    (MailsGet(credentials=ALEX, grp=(321,)), M + "get=1&login=alex&psw=123&grp=321", None),
    # from line 2250
    (
        MailsGet(credentials=ALEX, mail=ONE),
        M + "get=1&login=alex&psw=123&mail=alex%40mysite.com",
        None,
    ),
    # from line 2253
    (MailsGetGroup(credentials=ALEX), M + "get_group=1&login=alex&psw=123", None),
    # from line 2256
    (
        MailsAddBlack(credentials=ALEX, mail=ADDRESS, type=1),
        M + "add_black=1&login=alex&psw=123&mail=alex%40mysite.com&type=1",
        None,
    ),
    # from line 2259
    (
        MailsDeleteBlack(credentials=ALEX, mail=ONE),
        M + "del_black=1&login=alex&psw=123&mail=alex%40mysite.com",
        None,
    ),
]

COVERAGE: list[Row] = [
    # the chg template (line 1979) with new_mail (line 2005)
    (
        MailsChange(credentials=ALEX, mail=ONE, new_mail=E("a@b.ru", "c.d@e.example.org")),
        M + "chg=1&login=alex&psw=123&mail=alex%40mysite.com&new_mail=a%40b.ru,c.d%40e.example.org",
        None,
    ),
    # every contact field; pho takes phone numbers and e-mail addresses (lines 2016, 2151)
    (
        MailsAdd(
            name="Иван",
            grp=(1, 2),
            mail=E("a@b.ru", "c@d.ru"),
            lnm="Иванов",
            fnm="Иван",
            mnm="Иванович",
            bd=date(1980, 2, 29),
            myid="m1",
            cmt="😀",
            tags="t",
            pho=PhoneList(entries=(Phone(number="79999999999"), EmailAddress(address="x@y.ru"))),
            fmt=2,
            charset="utf-8",
        ),
        M + "add=1&name=%D0%98%D0%B2%D0%B0%D0%BD&grp=1,2&mail=a%40b.ru;%20c%40d.ru"
        "&lnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&fnm=%D0%98%D0%B2%D0%B0%D0%BD"
        "&mnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B8%D1%87&bd=29.02.1980&myid=m1"
        "&cmt=%F0%9F%98%80&tags=t&pho=79999999999,x%40y.ru&fmt=2&charset=utf-8",
        M + "add=1&name=%D0%98%D0%B2%D0%B0%D0%BD&grp=1,2&mail=a%40b.ru,c%40d.ru"
        "&lnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&fnm=%D0%98%D0%B2%D0%B0%D0%BD"
        "&mnm=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B8%D1%87&bd=29.02.1980&myid=m1"
        "&cmt=%F0%9F%98%80&tags=t&pho=79999999999,x%40y.ru&fmt=2&charset=utf-8",
    ),
    (
        MailsChange(
            name="N",
            grp=(9,),
            mail=E("a@b.ru", trailing_comma=True),
            lnm="L",
            fnm="",
            mnm="M",
            bd=date(2000, 1, 1),
            myid="x",
            cmt="",
            tags="t",
            pho=E("o@p.ru"),
        ),
        M + "chg=1&name=N&grp=9&mail=a%40b.ru,&lnm=L&fnm=&mnm=M&bd=01.01.2000&myid=x&cmt="
        "&tags=t&pho=o%40p.ru",
        None,
    ),
    # the move_group templates (lines 1981-1983) with one address (line 2003)
    (
        MailsMoveToGroup(credentials=ALEX, grp=(321,), mail=ADDRESS),
        M + "move_group=1&login=alex&psw=123&grp=321&mail=alex%40mysite.com",
        None,
    ),
    (
        MailsJoinGroup(grp=(1, 2), mail=ADDRESS, fmt=1),
        M + "move_group=2&grp=1,2&mail=alex%40mysite.com&fmt=1",
        None,
    ),
    (
        MailsLeaveGroup(grp=(1,), mail=ADDRESS),
        M + "move_group=3&grp=1&mail=%20alex%40mysite.com",
        M + "move_group=3&grp=1&mail=alex%40mysite.com",
    ),
    # the get filters (lines 2009-2011, 2025)
    (
        MailsGet(
            grp=(5,),
            mail=E("a@b.ru", "c@d.ru"),
            fio="Петров",
            search="petrov",
            after_id=42,
            cnt=10,
            fmt=3,
            charset="windows-1251",
        ),
        M + "get=1&grp=5&mail=a%40b.ru,c%40d.ru&fio=%CF%E5%F2%F0%EE%E2&search=petrov"
        "&after_id=42&cnt=10&fmt=3&charset=windows-1251",
        None,
    ),
    (MailsAddGroup(name="G", num=3, type=1), M + "add_group=1&name=G&num=3&type=1", None),
    (MailsChangeGroup(grp=1, name="G", num=4), M + "chg_group=1&grp=1&name=G&num=4", None),
    (MailsGetGroup(type=0, fmt=3), M + "get_group=1&type=0&fmt=3", None),
    (
        MailsDeleteGroup(credentials=Credentials(apikey="k"), grp=5),
        M + "del_group=1&apikey=k&grp=5",
        None,
    ),
    (
        MailsAddBlack(mail=ADDRESS, cmt="спам", type=2),
        M + "add_black=1&mail=alex%40mysite.com&cmt=%F1%EF%E0%EC&type=2",
        None,
    ),
    (
        MailsDeleteBlack(mail=E("a@b.ru", "c@d.ru")),
        M + "del_black=1&mail=a%40b.ru;c%40d.ru",
        M + "del_black=1&mail=a%40b.ru,c%40d.ru",
    ),
    # the get_black template (line 1990) and prev_id/cnt (lines 2024-2025)
    (MailsGetBlack(credentials=ALEX), M + "get_black=1&login=alex&psw=123", None),
    (MailsGetBlack(prev_id=77, cnt=1000), M + "get_black=1&prev_id=77&cnt=1000", None),
    # phone is phones.php's parameter: on mails.php it stays in extra
    (
        MailsDelete(mail=ONE, extra=(("phone", "79999999999"),)),
        M + "del=1&mail=alex%40mysite.com&phone=79999999999",
        None,
    ),
]

CASES = DERIVED + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    # No mails.php URL in the spec (INC-67); every phones.php example is translated.
    assert len(DERIVED) == 11


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Command, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Command, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_script_picks_the_twin() -> None:
    # The same query on the other script is the other script's command.
    query = "get=1&grp=321"
    assert decode(M + query) == MailsGet(grp=(321,))
    assert decode(BASE + "phones.php?" + query) == PhonesGet(grp=(321,))


@pytest.mark.parametrize(
    ("value", "cls"),
    [("1", MailsMoveToGroup), ("2", MailsJoinGroup), ("3", MailsLeaveGroup)],
)
def test_move_group_value_selects_the_command(value: str, cls: type[Command]) -> None:
    command = decode(M + f"move_group={value}&grp=1&mail=a%40b.ru")
    assert type(command) is cls
    assert command.to_request().params["move_group"] == value


A = M + "add=1&name=N&"

BAD_URLS = [
    (M + "login=alex&psw=123", "mails.php: names no action"),
    (M + "add=1&chg=1&mail=a%40b.ru", "mails.php: selects more than one action (add, chg)"),
    (M + "move_group=0&grp=1&mail=a%40b.ru", "move_group: must be 1 or 2 or 3, got '0'"),
    (M + "add=1&name=N&phone=79999999999", "mail: is required"),
    (M + "add=1&mail=a%40b.ru", "name: is required"),
    (A + "mail=79999999999", "mail: must list e-mail addresses only (line 2003), got the phone"),
    (A + "mail=G1", "mail: must list e-mail addresses only (line 2003), got the group code"),
    (A + "mail=a%40b", "mail: an e-mail address must be local@domain"),
    (A + "mail=a%40b.ru,,c%40d.ru", "mail: empty entry at position 2"),
    (A + "mail=a%40b.ru&pho=G1", "pho: must list phone numbers or e-mail addresses only"),
    (A + "mail=a%40b.ru&grp=x", "grp: group IDs must be 1..2147483647 separated by commas"),
    (A + "mail=a%40b.ru&bd=1.1.2000", "bd: date: expected dd.mm.yyyy"),
    (M + "chg=1&mail=a%40b.ru", "mails.php: chg=1 changes nothing: give new_mail"),
    (M + "chg=1&mail=a%40b.ru&new_mail=79999999999", "new_mail: must list e-mail addresses only"),
    (M + "chg=1&new_mail=a%40b.ru", "mail: is required"),
    (
        M + "move_group=1&grp=1&mail=a%40b.ru,c%40d.ru",
        "mail: must be one e-mail address (line 2003), got a list",
    ),
    (
        M + "move_group=2&grp=1&mail=79999999999",
        "mail: must be one e-mail address (line 2003), got the phone number",
    ),
    (M + "move_group=3&mail=a%40b.ru", "grp: is required"),
    (M + "del=1", "mail: is required"),
    (M + "del_group=1&grp=0", "grp: must be 1..2147483647, got 0"),
    (M + "chg_group=1&grp=1&name=", "name: must not be empty"),
    (M + "add_group=1&name=G&type=3", "type: must be one of 0, 1, got '3'"),
    (M + "get_group=1&type=x", "type: must be one of 0, 1"),
    (M + "get=1&after_id=1", "after_id: only with fmt=3 (line 2011)"),
    (M + "get=1&cnt=5000", "cnt: must be 1..1000, got 5000"),
    (M + "add_black=1&mail=a%40b.ru&type=5", "type: must be one of 0, 1, 2, got '5'"),
    (M + "add_black=1&mail=%2B79999999999", "mail: must be one e-mail address"),
    (M + "del_black=1&mail=79999999999", "mail: must list e-mail addresses only"),
    (M + "get_black=1&prev_id=-1", "prev_id: must be an integer"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (MailsAdd, {"name": "N"}, "mail: is required"),
    (MailsAdd, {"mail": ONE}, "name: is required"),
    (
        MailsAdd,
        {"mail": PhoneList(entries=(Phone(number="79999999999"),)), "name": "N"},
        "mail: must list e-mail addresses only (line 2003), got the phone number '79999999999'",
    ),
    (MailsAdd, {"mail": ADDRESS, "name": "N"}, "mail: must be a PhoneList, a str"),
    (MailsAdd, {"mail": ONE, "name": "N", "grp": ()}, "grp: needs at least one group ID"),
    (MailsAdd, {"mail": ONE, "name": "N", "mnm": "a\nb"}, "mnm: must not contain line breaks"),
    (MailsChange, {"mail": ONE}, "mails.php: chg=1 changes nothing: give new_mail"),
    (MailsChange, {"mail": ONE, "new_mail": ADDRESS}, "new_mail: must be a PhoneList"),
    (
        MailsMoveToGroup,
        {"grp": (1,), "mail": ONE},
        "mail: must be one e-mail address (line 2003), got PhoneList",
    ),
    (
        MailsJoinGroup,
        {"grp": (1,), "mail": Phone(number="79999999999")},
        "mail: must be one e-mail address (line 2003), got Phone",
    ),
    (MailsLeaveGroup, {"mail": ADDRESS}, "grp: is required"),
    (MailsDelete, {}, "mail: is required"),
    (MailsGet, {"after_id": 5, "fmt": 0}, "after_id: only with fmt=3 (line 2011), got fmt=0"),
    (MailsAddGroup, {"name": "G", "type": 2}, "type: must be one of 0, 1, got 2"),
    (MailsChangeGroup, {"grp": 1}, "name: is required"),
    (MailsDeleteGroup, {"grp": "1"}, "grp: must be int, got str"),
    (MailsGetGroup, {"type": -1}, "type: must be one of 0, 1, got -1"),
    (MailsAddBlack, {"mail": ADDRESS, "type": 3}, "type: must be one of 0, 1, 2, got 3"),
    (MailsAddBlack, {"mail": ADDRESS, "cmt": "a\nb"}, "cmt: must not contain line breaks"),
    (MailsDeleteBlack, {"mail": ADDRESS}, "mail: must be a PhoneList, a str"),
    (MailsGetBlack, {"cnt": 1001}, "cnt: must be 1..1000, got 1001"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    command = decode(M + "get_black=1&new_mail=a%40b.ru&q=%DF")
    assert command == MailsGetBlack(extra=(("new_mail", "a@b.ru"), ("q", "Я")))


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        MailsAdd(credentials=Credentials(login="a", psw="CANARY"), mail=ONE, name="N"),
        MailsGetGroup(credentials=Credentials(apikey="CANARY")),
    )


@given(mails_add_commands())
def test_add_round_trip(command: MailsAdd) -> None:
    assert_round_trip(command)


@given(mails_add_group_commands())
def test_add_group_round_trip(command: MailsAddGroup) -> None:
    assert_round_trip(command)


@given(mails_change_commands())
def test_change_round_trip(command: MailsChange) -> None:
    assert_round_trip(command)


@given(mails_change_group_commands())
def test_change_group_round_trip(command: MailsChangeGroup) -> None:
    assert_round_trip(command)


@given(mails_move_to_group_commands())
def test_move_to_group_round_trip(command: MailsMoveToGroup) -> None:
    assert_round_trip(command)


@given(mails_join_group_commands())
def test_join_group_round_trip(command: MailsJoinGroup) -> None:
    assert_round_trip(command)


@given(mails_leave_group_commands())
def test_leave_group_round_trip(command: MailsLeaveGroup) -> None:
    assert_round_trip(command)


@given(mails_delete_commands())
def test_delete_round_trip(command: MailsDelete) -> None:
    assert_round_trip(command)


@given(mails_delete_group_commands())
def test_delete_group_round_trip(command: MailsDeleteGroup) -> None:
    assert_round_trip(command)


@given(mails_get_commands())
def test_get_round_trip(command: MailsGet) -> None:
    assert_round_trip(command)


@given(mails_get_group_commands())
def test_get_group_round_trip(command: MailsGetGroup) -> None:
    assert_round_trip(command)


@given(mails_add_black_commands())
def test_add_black_round_trip(command: MailsAddBlack) -> None:
    assert_round_trip(command)


@given(mails_delete_black_commands())
def test_delete_black_round_trip(command: MailsDeleteBlack) -> None:
    assert_round_trip(command)


@given(mails_get_black_commands())
def test_get_black_round_trip(command: MailsGetBlack) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        MailsAdd(credentials=ALEX, mail=ONE, name="Контакт", lnm="Ёжиков", charset=charset)
    )
    assert_round_trip(MailsAddGroup(name="Рассылка", type=1, charset=charset))
    assert_round_trip(MailsGet(search="Пётр", charset=charset))
    assert_round_trip(MailsAddBlack(mail=ADDRESS, cmt="Спам", charset=charset))
