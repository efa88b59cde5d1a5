"""senders.php: one table of (command, URL) rows drives both directions.

Every senders.php example URL of the spec (catalog ``examples``, 6 of them) is a row, with
its line; further rows cover every command and parameter. Rows whose URL is not the
canonical spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    Credentials,
    SendersAdd,
    SendersChange,
    SendersCheckCode,
    SendersDelete,
    SendersGet,
    SendersSendCode,
    parse_command,
)
from smsc_proto.strategies import (
    senders_add_commands,
    senders_change_commands,
    senders_check_code_commands,
    senders_delete_commands,
    senders_get_commands,
    senders_send_code_commands,
)
from smsc_proto.values import EmailAddress

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
    decode,
    via_multipart,
)

SENDERS = BASE + "senders.php?"

Row = tuple[Command, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 2836
    (SendersGet(credentials=ALEX), SENDERS + "get=1&login=alex&psw=123", None),
    # line 2839
    (
        SendersAdd(credentials=ALEX, sender="my_shop", cmt="test"),
        SENDERS + "add=1&login=alex&psw=123&sender=my_shop&cmt=test",
        None,
    ),
    # line 2842
    (
        SendersSendCode(credentials=ALEX, sender="79999999999"),
        SENDERS + "send_code=1&login=alex&psw=123&sender=79999999999",
        None,
    ),
    # line 2845 ("user" is the sub-client's login, INC-39)
    (
        SendersSendCode(credentials=ALEX, sender="79999999999", user="subalex", site="mysite.ru"),
        SENDERS + "send_code=1&login=alex&psw=123&sender=79999999999&user=subalex&site=mysite.ru",
        None,
    ),
    # line 2848
    (
        SendersCheckCode(credentials=ALEX, sender="79999999999", code="338824"),
        SENDERS + "check_code=1&login=alex&psw=123&sender=79999999999&code=338824",
        None,
    ),
    # line 2851
    (
        SendersDelete(credentials=ALEX, sender="my_shop"),
        SENDERS + "del=1&login=alex&psw=123&sender=my_shop",
        None,
    ),
]

UA = {
    "fio": "ТОВ «Ромашка»",
    "inn": "12345678",
    "site": "https://romashka.ua",
    "email": EmailAddress(address="info@romashka.ua"),
    "address": "Київ, вул. Хрещатик, 1",
    "desc": "Доставка квітів 🌼",
    "subj": "Статус замовлення",
}
UA_QUERY = (
    "fio=%D0%A2%D0%9E%D0%92%20%C2%AB%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0%C2%BB"
    "&inn=12345678&site=https://romashka.ua&email=info@romashka.ua"
    "&address=%D0%9A%D0%B8%D1%97%D0%B2,%20%D0%B2%D1%83%D0%BB.%20%D0%A5%D1%80%D0%B5%D1%89"
    "%D0%B0%D1%82%D0%B8%D0%BA,%201"
    "&desc=%D0%94%D0%BE%D1%81%D1%82%D0%B0%D0%B2%D0%BA%D0%B0%20%D0%BA%D0%B2%D1%96%D1%82%D1%96"
    "%D0%B2%20%F0%9F%8C%BC"
    "&subj=%D0%A1%D1%82%D0%B0%D1%82%D1%83%D1%81%20%D0%B7%D0%B0%D0%BC%D0%BE%D0%B2%D0%BB%D0%B5"
    "%D0%BD%D0%BD%D1%8F"
)
BY = {
    "by_fio": "OOO Romashka",
    "by_inn": "190000000",
    "by_address": "Minsk, Lenina 1",
    "by_ocup": 19,
    "by_type": 3,
    "by_mes": "Your order is ready",
    "by_site": "romashka.by",
}
BY_QUERY = (
    "by_fio=OOO%20Romashka&by_inn=190000000&by_address=Minsk,%20Lenina%201&by_ocup=19"
    "&by_type=3&by_mes=Your%20order%20is%20ready&by_site=romashka.by"
)

COVERAGE: list[Row] = [
    # get: every parameter (lines 2622-2669); files with fmt=3
    (
        SendersGet(
            all=1,
            user="subalex",
            operators=True,
            from_date=date(2020, 1, 31),
            prev_id=5,
            cnt=15000,
            files=True,
            fmt=3,
            charset="utf-8",
        ),
        SENDERS + "get=1&all=1&user=subalex&operators=1&from_date=31.01.2020&prev_id=5"
        "&cnt=15000&files=1&fmt=3&charset=utf-8",
        None,
    ),
    (SendersGet(all=0, files=False, fmt=0), SENDERS + "get=1&all=0&files=0&fmt=0", None),
    (
        SendersGet(from_date=date(2020, 1, 31)),
        SENDERS + "get=1&from_date=31.%2001.%202020",
        SENDERS + "get=1&from_date=31.01.2020",
    ),
    # add: every operator flag (lines 2625-2634)
    (
        SendersAdd(
            sender="Shop",
            mts_step=True,
            sber_step=True,
            tele2=True,
            motiv=True,
            mega_step=True,
            bee_step=True,
            motiv_step=True,
            winmob_step=True,
            volnamob_step=True,
            tele2_step=False,
        ),
        SENDERS + "add=1&sender=Shop&mts_step=1&sber_step=1&tele2=1&motiv=1&mega_step=1"
        "&bee_step=1&motiv_step=1&winmob_step=1&volnamob_step=1&tele2_step=0",
        None,
    ),
    # add: Ukraine, national and international (lines 2635-2644)
    (
        SendersAdd(sender="Romashka", ua_reg=True, ua_int=True, charset="utf-8", **UA),  # type: ignore[arg-type]
        SENDERS + "add=1&sender=Romashka&ua_reg=1&ua_int=1&charset=utf-8&" + UA_QUERY,
        None,
    ),
    (
        SendersAdd(sender="Romashka", ua_reg=False, ua_int=True, charset="utf-8", **UA),  # type: ignore[arg-type]
        SENDERS + "add=1&sender=Romashka&ua_reg=0&ua_int=1&charset=utf-8&" + UA_QUERY,
        None,
    ),
    # add: Belarus (lines 2645-2654)
    (
        SendersAdd(sender="Romashka", by_reg=True, **BY),  # type: ignore[arg-type]
        SENDERS + "add=1&sender=Romashka&by_reg=1&" + BY_QUERY,
        None,
    ),
    (
        SendersAdd(sender="Romashka", by_int=True, by_reg=False, **BY),  # type: ignore[arg-type]
        SENDERS + "add=1&sender=Romashka&by_int=1&by_reg=0&" + BY_QUERY,
        None,
    ),
    # add: an e-mail sender with its owner's name (lines 2657-2658)
    (
        SendersAdd(
            sender="shop@mysite.ru",
            mail=True,
            name="Алексей",
            cmt="",
            user="subalex",
            fmt=1,
            charset="utf-8",
        ),
        SENDERS + "add=1&sender=shop%40mysite.ru&mail=1&name=%D0%90%D0%BB%D0%B5%D0%BA%D1%81%D0"
        "%B5%D0%B9&cmt=&user=subalex&fmt=1&charset=utf-8",
        None,
    ),
    (
        SendersAdd(sender="79999999999", mail=False),
        SENDERS + "add=1&sender=79999999999&mail=0",
        None,
    ),
    # chg by sender and by id (line 2609)
    (
        SendersChange(credentials=ALEX, sender="my_shop", cmt="test"),
        SENDERS + "chg=1&login=alex&psw=123&sender=my_shop&cmt=test",
        None,
    ),
    (
        SendersChange(credentials=ALEX, id=12, cmt="test"),
        SENDERS + "chg=1&login=alex&psw=123&id=12&cmt=test",
        None,
    ),
    (
        SendersChange(id=12, cmt="", mega_step=True, user="subalex", by_reg=True, **BY),  # type: ignore[arg-type]
        SENDERS + "chg=1&id=12&cmt=&mega_step=1&user=subalex&by_reg=1&" + BY_QUERY,
        None,
    ),
    (
        SendersChange(sender="shop@mysite.ru", cmt="x", ua_reg=True, charset="utf-8", **UA),  # type: ignore[arg-type]
        SENDERS + "chg=1&sender=shop@mysite.ru&cmt=x&ua_reg=1&charset=utf-8&" + UA_QUERY,
        None,
    ),
    # send_code: site_name (line 2661)
    (
        SendersSendCode(sender="79999999999", site="MySite", site_name="mysite.ru", fmt=2),
        SENDERS + "send_code=1&sender=79999999999&site=MySite&site_name=mysite.ru&fmt=2",
        None,
    ),
    (
        SendersCheckCode(sender="79999999999", code="0042", user="subalex"),
        SENDERS + "check_code=1&sender=79999999999&code=0042&user=subalex",
        None,
    ),
    # del by id (line 2612)
    (
        SendersDelete(credentials=ALEX, id=12, user="subalex"),
        SENDERS + "del=1&login=alex&psw=123&id=12&user=subalex",
        None,
    ),
    (SendersDelete(sender="a@b.ru"), SENDERS + "del=1&sender=a@b.ru", None),
    # *_int have no request parameter (INC-37): kept in extra
    (
        SendersAdd(sender="Shop", extra=(("mega_int", "1"),)),
        SENDERS + "add=1&sender=Shop&mega_int=1",
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


def test_selector_comes_first() -> None:
    request = SendersDelete(credentials=ALEX, sender="my_shop").to_request()
    assert list(request.params.items()) == [
        ("del", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("sender", "my_shop"),
    ]


def test_unknown_params_are_kept_in_extra() -> None:
    command = decode(SENDERS + "get=1&zz=1&all=1&yy=2")
    assert command == SendersGet(all=1, extra=(("zz", "1"), ("yy", "2")))


A = SENDERS + "add=1&sender=Shop&"
UA_BUT = "fio=F&inn=1&site=s&email=a@b.ru&address=A&desc=D&subj=S"

BAD_URLS = [
    (SENDERS + "login=alex&psw=123", "senders.php: names no action"),
    (SENDERS + "add=1&del=1&sender=Shop", "senders.php: selects more than one action (add, del)"),
    (SENDERS + "get=2", "get: must be 1, got '2'"),
    (SENDERS + "get=1&all=2", "all: must be one of 0, 1, got '2'"),
    (SENDERS + "get=1&cnt=0", "cnt: must be 1..15000, got 0"),
    (SENDERS + "get=1&cnt=15001", "cnt: must be 1..15000, got 15001"),
    (SENDERS + "get=1&prev_id=0", "prev_id: must be 1..2147483647"),
    (SENDERS + "get=1&from_date=2020-01-31", "from_date: "),
    (SENDERS + "get=1&operators=yes", "operators: must be 0 or 1"),
    (SENDERS + "get=1&files=1", "files: 1 only with fmt=2 or fmt=3"),
    (SENDERS + "get=1&files=1&fmt=1", "files: 1 only with fmt=2 or fmt=3"),
    (SENDERS + "get=1&user=", "user: must not be empty"),
    (SENDERS + "add=1&cmt=x", "sender: is required"),
    (SENDERS + "add=1&sender=", "sender: must not be empty"),
    (SENDERS + "add=1&sender=TooLongSender", "sender: at most 11 characters"),
    (SENDERS + "add=1&sender=1234567890123456", "sender: at most 15 digits"),
    (SENDERS + "add=1&sender=%D0%9C%D0%B0%D0%B3", "sender: must be printable ASCII"),
    (SENDERS + "add=1&sender=Shop&mail=1", "sender: with mail=1 must be the sender's e-mail"),
    (A + "name=Alex", "name: only with mail=1"),
    (A + "mts_step=2", "mts_step: must be 0 or 1"),
    (A + "ua_reg=1", "fio: required with ua_reg=1"),
    (A + "ua_int=1&" + UA_BUT.replace("&subj=S", ""), "subj: required with ua_int=1"),
    (A + "fio=F", "fio: only with ua_reg=1 or ua_int=1"),
    (A + "ua_reg=0&" + UA_BUT, "fio: only with ua_reg=1 or ua_int=1"),
    (A + "ua_reg=1&" + UA_BUT.replace("a@b.ru", "ab.ru"), "email: must be an e-mail address"),
    (A + "ua_reg=1&" + UA_BUT.replace("inn=1", "inn=1%0A2"), "inn: must not contain line breaks"),
    (A + "by_reg=1&" + BY_QUERY.replace("&by_site=romashka.by", ""), "by_site: required"),
    (A + "by_ocup=3", "by_ocup: only with by_reg=1 or by_int=1"),
    (A + "by_int=1&" + BY_QUERY.replace("by_ocup=19", "by_ocup=20"), "by_ocup: must be 1..19"),
    (A + "by_int=1&" + BY_QUERY.replace("by_ocup=19", "by_ocup=0"), "by_ocup: must be 1..19"),
    (A + "by_int=1&" + BY_QUERY.replace("by_type=3", "by_type=4"), "by_type: must be 1..3"),
    (A + "doc_info=x", "doc_info: only with a document file"),
    (SENDERS + "chg=1&sender=Shop", "cmt: is required"),
    (SENDERS + "chg=1&cmt=x", "senders.php: requires sender or id"),
    (SENDERS + "chg=1&cmt=x&sender=Shop&id=1", "id: give sender or id, not both"),
    (SENDERS + "chg=1&cmt=x&id=0", "id: must be 1..2147483647"),
    (SENDERS + "send_code=1", "sender: is required"),
    (SENDERS + "send_code=1&sender=my_shop", "sender: must be a digital sender name"),
    (SENDERS + "send_code=1&sender=%2B79999999999", "sender: must be a digital sender name"),
    (SENDERS + "send_code=1&sender=1234567890123456", "sender: must be a digital sender name"),
    (SENDERS + "send_code=1&sender=79999999999&site=my-long-site.ru", "site: at most 11"),
    (SENDERS + "send_code=1&sender=79999999999&site_name=", "site_name: must not be empty"),
    (SENDERS + "check_code=1&sender=79999999999", "code: is required"),
    (SENDERS + "check_code=1&code=1", "sender: is required"),
    (SENDERS + "check_code=1&sender=79999999999&code=33%2088", "code: must be 1..32 ASCII"),
    (SENDERS + "del=1", "senders.php: requires sender or id"),
    (SENDERS + "del=1&sender=Shop&id=1", "id: give sender or id, not both"),
    (SENDERS + "del=1&sender=a@b", "sender: must be a sender name (line 52) or an e-mail sender"),
    (SENDERS + "del=1&id=1&id=2", "id: given more than once"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


def test_chg_has_no_mail_parameter() -> None:
    # mail and name belong to add (lines 2657-2658); on chg they are unknown parameters.
    command = decode(SENDERS + "chg=1&cmt=x&id=1&mail=1")
    assert command == SendersChange(cmt="x", id=1, extra=(("mail", "1"),))


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (SendersGet, {"cnt": 15001}, "cnt: must be 1..15000, got 15001"),
    (SendersGet, {"all": 2}, "all: must be one of 0, 1, got 2"),
    (SendersGet, {"files": True}, "files: 1 only with fmt=2 or fmt=3 (line 2669)"),
    (SendersGet, {"from_date": "31.01.2020"}, "from_date: must be date, got str"),
    (SendersAdd, {}, "sender: is required"),
    (SendersAdd, {"sender": "a\nb"}, "sender: must not contain line breaks"),
    (SendersAdd, {"sender": "Магазин"}, "sender: must be printable ASCII"),
    (SendersAdd, {"sender": "Shop", "mail": True}, "sender: with mail=1 must be"),
    (SendersAdd, {"sender": "Shop", "mega_step": 1}, "mega_step: must be bool, got int"),
    (SendersAdd, {"sender": "Shop", "ua_reg": True}, "fio: required with ua_reg=1"),
    (SendersAdd, {"sender": "Shop", "by_int": True}, "by_fio: required with by_int=1"),
    (SendersAdd, {"sender": "Shop", "desc": "D"}, "desc: only with ua_reg=1 or ua_int=1"),
    (SendersAdd, {"sender": "Shop", "by_mes": "x"}, "by_mes: only with by_reg=1 or by_int=1"),
    (
        SendersAdd,
        {"sender": "Shop", "by_reg": True, **BY, "by_mes": "x" * 1001},
        "by_mes: must be at most 1000 characters",
    ),
    (
        SendersAdd,
        {"sender": "Shop", "ua_reg": True, **UA, "email": 5},
        "email: must be one EmailAddress or its text (a str), got int",
    ),
    (SendersAdd, {"sender": "Shop", "name": "Alex"}, "name: only with mail=1 (line 2658)"),
    (SendersChange, {"id": 1}, "cmt: is required"),
    (SendersChange, {"cmt": "x"}, "senders.php: requires sender or id"),
    (SendersChange, {"cmt": "x", "id": 1, "sender": "Shop"}, "id: give sender or id"),
    (SendersSendCode, {"sender": 79999999999}, "sender: must be a digital sender name"),
    (SendersSendCode, {"sender": "7999 999"}, "sender: must be a digital sender name"),
    (SendersSendCode, {"sender": "79999999999", "site": "Сайт"}, "site: must be printable ASCII"),
    (SendersCheckCode, {"sender": "79999999999", "code": ""}, "code: must be 1..32 ASCII"),
    (SendersCheckCode, {"sender": "79999999999", "code": "1" * 33}, "code: must be 1..32 ASCII"),
    (SendersDelete, {}, "senders.php: requires sender or id"),
    (SendersDelete, {"id": 2_147_483_648}, "id: must be 1..2147483647"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def _doc(filename: str = "certificate.pdf", size: int = 4) -> sp.Attachment:
    return sp.Attachment(name="file0", filename=filename, content=b"%" * size)


@pytest.mark.parametrize("cls", [SendersAdd, SendersChange])
def test_document_travels_in_multipart(cls: type[SendersAdd | SendersChange]) -> None:
    command = cls(
        credentials=ALEX,
        sender="my_shop",
        cmt="test",
        doc_info="Свидетельство на товарный знак",
        attachments=(_doc(),),
    )
    request = command.to_request()
    assert request.attachments == (_doc(),)
    assert parse_command(via_multipart(request)) == command


@pytest.mark.parametrize(
    "filename", ["a.jpg", "a.JPEG", "a.tif", "a.tiff", "a.pdf", "a.png", "a.zip", "a.rar"]
)
def test_document_formats(filename: str) -> None:
    assert SendersAdd(sender="Shop", attachments=(_doc(filename),)).attachments[0].filename == (
        filename
    )


def test_document_of_3_mb_is_accepted() -> None:
    command = SendersAdd(sender="Shop", attachments=(_doc(size=3 * 1024 * 1024),))
    assert command.attachments[0].size == 3 * 1024 * 1024


BAD_DOCUMENTS = [
    (
        (_doc(size=3 * 1024 * 1024 + 1),),
        "attachments: 'certificate.pdf' is 3145729 bytes; at most 3 MB",
    ),
    ((_doc("a.doc"),), "attachments: 'a.doc' is not one of the formats jpg, tif, pdf"),
    ((_doc("pdf"),), "attachments: 'pdf' is not one of the formats"),
    ((_doc(), _doc("b.png")), "attachments: at most 1 document file per request, got 2"),
]


@pytest.mark.parametrize(("files", "match"), BAD_DOCUMENTS)
def test_document_limits_on_encode(files: tuple[sp.Attachment, ...], match: str) -> None:
    check_refused_command(SendersAdd, {"sender": "Shop", "attachments": files}, match)
    check_refused_command(SendersChange, {"id": 1, "cmt": "", "attachments": files}, match)


@pytest.mark.parametrize(("files", "match"), BAD_DOCUMENTS)
def test_document_limits_on_decode(files: tuple[sp.Attachment, ...], match: str) -> None:
    # The encoder refuses these files, so the multipart body is built by hand.
    request = sp.Request("senders.php", [("add", "1"), ("sender", "Shop")], files)
    check_refused_request(via_multipart(request), match)


@pytest.mark.parametrize(
    "command",
    [
        SendersGet(),
        SendersSendCode(sender="79999999999"),
        SendersCheckCode(sender="79999999999", code="1"),
        SendersDelete(id=1),
    ],
)
def test_other_commands_refuse_files(command: Command) -> None:
    request = command.to_request()
    with_file = sp.Request(request.script, list(request.params.items()), (_doc(),))
    check_refused_request(via_multipart(with_file), "senders.php: takes no attachments")


def test_repr_hides_credentials() -> None:
    check_repr_hides(
        SendersAdd(credentials=Credentials(login="a", psw="CANARY"), sender="Shop"),
        SendersGet(credentials=Credentials(apikey="CANARY")),
    )


@given(senders_get_commands())
def test_get_round_trip(command: SendersGet) -> None:
    assert_round_trip(command)


@given(senders_add_commands())
def test_add_round_trip(command: SendersAdd) -> None:
    assert_round_trip(command)


@given(senders_change_commands())
def test_change_round_trip(command: SendersChange) -> None:
    assert_round_trip(command)


@given(senders_send_code_commands())
def test_send_code_round_trip(command: SendersSendCode) -> None:
    assert_round_trip(command)


@given(senders_check_code_commands())
def test_check_code_round_trip(command: SendersCheckCode) -> None:
    assert_round_trip(command)


@given(senders_delete_commands())
def test_delete_round_trip(command: SendersDelete) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(
        SendersAdd(
            credentials=ALEX,
            sender="Romashka",
            cmt="Цветочный магазин",
            by_reg=True,
            charset=charset,
            **BY | {"by_fio": "ООО Ромашка", "by_mes": "Ваш заказ готов"},  # type: ignore[arg-type]
        )
    )
    assert_round_trip(SendersChange(id=7, cmt="Комментарий", charset=charset))
