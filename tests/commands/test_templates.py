"""templates.php and op_templates.php: one table of (command, URL) rows, both directions."""

from __future__ import annotations

import pytest
from hypothesis import given

from smsc_proto.commands import (
    Command,
    Credentials,
    OpTemplatesAdd,
    OpTemplatesGet,
    TemplatesAdd,
    TemplatesChange,
    TemplatesDelete,
    TemplatesGet,
)
from smsc_proto.strategies import (
    op_templates_add_commands,
    op_templates_get_commands,
    templates_add_commands,
    templates_change_commands,
    templates_delete_commands,
    templates_get_commands,
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

T = BASE + "templates.php?"
OP = BASE + "op_templates.php?"

# Neither script has an example URL in the spec (catalog `examples`); the rows follow the
# URL templates of lines 712-715 and 841-842 and the parameter tables of lines 719-734
# and 846-864. fmt is not in either table (QUIRKS INC-68); every command takes it.
CASES: list[tuple[Command, str]] = [
    # line 712: templates.php?add=1&login=<login>&psw=<password>&name=<name>&msg=<msg>
    (
        TemplatesAdd(credentials=ALEX, name="Privet", msg="Hello!"),
        T + "add=1&login=alex&psw=123&name=Privet&msg=Hello%21",
    ),
    # lines 723-734: format, sender, fl[1]
    (
        TemplatesAdd(
            credentials=ALEX,
            name="Greeting",
            msg="Hello, {NAME}!\nBye",
            format="sms",
            sender="SMSC",
            fl={1: True},
            fmt=3,
        ),
        T + "add=1&login=alex&psw=123&name=Greeting&msg=Hello%2C%20%7BNAME%7D%21%0ABye"
        "&format=sms&sender=SMSC&fl[1]=1&fmt=3",
    ),
    # line 724: "empty string – not specified"
    (TemplatesAdd(name="N", msg="M", format=""), T + "add=1&name=N&msg=M&format="),
    (
        TemplatesAdd(name="Письмо", msg="Привет", format="mail", charset="utf-8"),
        T + "add=1&name=%D0%9F%D0%B8%D1%81%D1%8C%D0%BC%D0%BE&msg=%D0%9F%D1%80%D0%B8%D0%B2"
        "%D0%B5%D1%82&format=mail&charset=utf-8",
    ),
    # line 713: templates.php?chg=1&login=<login>&psw=<password>&id=<id>
    (TemplatesChange(credentials=ALEX, id=5), T + "chg=1&login=alex&psw=123&id=5"),
    (
        TemplatesChange(
            credentials=ALEX,
            id=2147483647,
            name="N2",
            msg="Text",
            format="viber",
            sender="Shop",
            fl={1: False},
            fmt=1,
        ),
        T + "chg=1&login=alex&psw=123&id=2147483647&name=N2&msg=Text&format=viber"
        "&sender=Shop&fl[1]=0&fmt=1",
    ),
    # line 714: templates.php?del=1&login=<login>&psw=<password>&id=<id>
    (TemplatesDelete(credentials=ALEX, id=5), T + "del=1&login=alex&psw=123&id=5"),
    (TemplatesDelete(id=1, fmt=2), T + "del=1&id=1&fmt=2"),
    # line 715: templates.php?get=1&login=<login>&psw=<password>
    (TemplatesGet(credentials=ALEX), T + "get=1&login=alex&psw=123"),
    (
        TemplatesGet(credentials=Credentials(apikey="k3y"), fmt=3, charset="koi8-r"),
        T + "get=1&apikey=k3y&fmt=3&charset=koi8-r",
    ),
    # line 841: every operator flag =1 ("for all operators")
    (
        OpTemplatesAdd(
            credentials=ALEX,
            sender="SMSC",
            msg="Code: {CODE}",
            mts_srv=True,
            mts_auth=True,
            mts_trn=True,
            mega_srv=True,
            mega_auth=True,
            mega_trn=True,
            mega_adv=True,
            bee_srv=True,
            bee_trn=True,
            tele2_srv=True,
            tele2_trn=True,
            motiv_srv=True,
            motiv_trn=True,
            soc=True,
        ),
        OP + "add=1&login=alex&psw=123&sender=SMSC&msg=Code%3A%20%7BCODE%7D&mts_srv=1"
        "&mts_auth=1&mts_trn=1&mega_srv=1&mega_auth=1&mega_trn=1&mega_adv=1&bee_srv=1"
        "&bee_trn=1&tele2_srv=1&tele2_trn=1&motiv_srv=1&motiv_trn=1&soc=1",
    ),
    # line 850: charset of the template text
    (
        OpTemplatesAdd(
            sender="79991234567",
            msg="Ваш код",
            mts_srv=True,
            mega_adv=False,
            fmt=0,
            charset="utf-8",
        ),
        OP + "add=1&sender=79991234567&msg=%D0%92%D0%B0%D1%88%20%D0%BA%D0%BE%D0%B4&mts_srv=1"
        "&mega_adv=0&fmt=0&charset=utf-8",
    ),
    # line 842: op_templates.php?get=1&login=<login>&psw=<password>&sender=<sender>&msg=<msg>
    (
        OpTemplatesGet(credentials=ALEX, sender="SMSC", msg="Code: {CODE}"),
        OP + "get=1&login=alex&psw=123&sender=SMSC&msg=Code%3A%20%7BCODE%7D",
    ),
    (
        OpTemplatesGet(sender="SMSC", msg="x", bee_trn=True, fmt=2),
        OP + "get=1&sender=SMSC&msg=x&bee_trn=1&fmt=2",
    ),
]


@pytest.mark.parametrize(("command", "url"), CASES)
def test_decode(command: Command, url: str) -> None:
    check_decode(command, url)


@pytest.mark.parametrize(("command", "url"), CASES)
def test_encode(command: Command, url: str) -> None:
    check_encode(command, url)


def test_spec_order_is_kept() -> None:
    # The URL templates' order: selector, credentials, then the template's parameters.
    request = TemplatesChange(credentials=ALEX, id=5, name="N").to_request()
    assert list(request.params.items()) == [
        ("chg", "1"),
        ("login", "alex"),
        ("psw", "123"),
        ("id", "5"),
        ("name", "N"),
    ]


BAD_URLS = [
    (T + "login=alex&psw=123", "templates.php: names no action"),
    (T + "add=1&get=1&name=N&msg=M", "templates.php: selects more than one action (add, get)"),
    (T + "chg=1&del=1&id=1", "templates.php: selects more than one action (chg, del)"),
    (T + "add=2&name=N&msg=M", "add: must be 1, got '2'"),
    (T + "del=yes&id=1", "del: must be 1, got 'yes'"),
    (T + "get=1&get=1", "get: given more than once"),
    (T + "add=1&msg=M", "name: is required"),
    (T + "add=1&name=N", "msg: is required"),
    (T + "add=1&name=&msg=M", "name: must not be empty"),
    (T + "add=1&name=N&msg=", "msg: must not be empty"),
    (T + "add=1&name=a%0Ab&msg=M", "name: must not contain line breaks"),
    (T + "add=1&name=N&msg=M&sender=a%0Ab", "sender: must not contain line breaks"),
    (T + "add=1&name=N&msg=M&format=SMS", "format: must be one of"),
    (T + "add=1&name=N&msg=M&format=whatsapp", "format: must be one of"),
    (T + "add=1&name=N&msg=M&fl[1]=2", "fl[1]: must be 0 or 1"),
    (T + "add=1&name=N&msg=M&fl[2]=1", "fl[2]: index must be 1..1"),
    (T + "add=1&name=N&msg=M&fl[1]=1&fl[1]=0", "fl[1]: given more than once"),
    (T + "add=1&name=N&msg=M&fl[01]=1", "'fl[01]': fl is an array parameter"),
    (T + "chg=1", "id: is required"),
    (T + "chg=1&id=0", "id: must be 1..2147483647, got 0"),
    (T + "del=1&id=2147483648", "id: must be 1..2147483647"),
    (T + "del=1&id=abc", "id: must be an integer"),
    (T + "del=1", "id: is required"),
    (T + "get=1&fmt=4", "fmt: must be one of 0, 1, 2, 3"),
    (OP + "sender=SMSC&msg=x", "op_templates.php: names no action"),
    (OP + "add=1&get=1&sender=SMSC&msg=x", "op_templates.php: selects more than one action"),
    (OP + "get=2&sender=SMSC&msg=x", "get: must be 1, got '2'"),
    (OP + "add=1&msg=x", "sender: is required"),
    (OP + "get=1&sender=SMSC", "msg: is required"),
    (OP + "add=1&sender=TooLongSender&msg=x", "sender: at most 11 characters"),
    (OP + "add=1&sender=%D0%AF&msg=x&charset=utf-8", "sender: must be printable ASCII"),
    (OP + "add=1&sender=SMSC&msg=x&mts_srv=2", "mts_srv: must be 0 or 1"),
    (OP + "get=1&sender=SMSC&msg=x&soc=yes", "soc: must be 0 or 1"),
    (OP + "add=1&sender=SMSC&msg=x&charset=cp1252", "charset"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


BAD_COMMANDS: list[tuple[type[Command], dict[str, object], str]] = [
    (TemplatesAdd, {"name": "N"}, "msg: is required"),
    (TemplatesAdd, {"msg": "M"}, "name: is required"),
    (TemplatesAdd, {"name": "N", "msg": "M", "format": "SMS"}, "format: must be one of"),
    (TemplatesAdd, {"name": "N", "msg": "M", "fl": {2: True}}, "fl: index must be 1..1"),
    (TemplatesAdd, {"name": "N", "msg": "M", "fl": {1: 1}}, "fl[1]: must be bool"),
    (TemplatesAdd, {"name": "N\r", "msg": "M"}, "name: must not contain line breaks"),
    (TemplatesChange, {}, "id: is required"),
    (TemplatesChange, {"id": 2**31}, "id: must be 1..2147483647"),
    (TemplatesChange, {"id": "5"}, "id: must be int"),
    (TemplatesDelete, {"id": True}, "id: must be int"),
    (TemplatesGet, {"fmt": 5}, "fmt: must be one of 0, 1, 2, 3"),
    (OpTemplatesAdd, {"sender": "SMSC"}, "msg: is required"),
    (OpTemplatesAdd, {"sender": "SMSC", "msg": "x", "mts_srv": 1}, "mts_srv: must be bool"),
    (OpTemplatesAdd, {"sender": "1234567890123456", "msg": "x"}, "sender: at most 15 digits"),
    (OpTemplatesGet, {"sender": "Ян", "msg": "x"}, "sender: must be printable ASCII"),
    (OpTemplatesGet, {"msg": "x"}, "sender: is required"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(cls: type[Command], kwargs: dict[str, object], match: str) -> None:
    check_refused_command(cls, kwargs, match)


def test_unknown_parameters_are_kept() -> None:
    # get=1 takes no id (line 715); an undocumented parameter stays in extra.
    command = decode(T + "get=1&id=5&x=1")
    assert command == TemplatesGet(extra=(("id", "5"), ("x", "1")))
    # A selector of templates.php is no selector of op_templates.php.
    command = decode(OP + "get=1&chg=1&sender=SMSC&msg=x")
    assert command == OpTemplatesGet(sender="SMSC", msg="x", extra=(("chg", "1"),))


def test_repr_hides_credentials() -> None:
    check_repr_hides(TemplatesGet(credentials=Credentials(login="alex", psw="CANARY")))


@given(templates_add_commands())
def test_add_round_trip(command: TemplatesAdd) -> None:
    assert_round_trip(command)


@given(templates_change_commands())
def test_change_round_trip(command: TemplatesChange) -> None:
    assert_round_trip(command)


@given(templates_delete_commands())
def test_delete_round_trip(command: TemplatesDelete) -> None:
    assert_round_trip(command)


@given(templates_get_commands())
def test_get_round_trip(command: TemplatesGet) -> None:
    assert_round_trip(command)


@given(op_templates_add_commands())
def test_op_add_round_trip(command: OpTemplatesAdd) -> None:
    assert_round_trip(command)


@given(op_templates_get_commands())
def test_op_get_round_trip(command: OpTemplatesGet) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(TemplatesAdd(name="Шаблон", msg="Привет, мир", charset=charset))
    assert_round_trip(OpTemplatesAdd(sender="SMSC", msg="Ваш код", soc=True, charset=charset))
