"""The virtual gateway's templates.php and op_templates.php through a real Session in
every fmt: templates kept in the store, operator templates whose statuses move on the
clock, the error codes of lines 756-763 and 886-891, and the URL templates (neither
script has an example URL)."""

from __future__ import annotations

from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto.gateway import Faults, VirtualGateway

from .virtual_examples import answer, example_gateway, outcome
from .virtual_support import SECRET, call, gateway

FMTS = [0, 1, 2, 3]
CHARSETS = {0: "utf-8", 1: "koi8-r", 2: "windows-1251", 3: "utf-8"}
OK = r.TemplatesOkReply(result="OK")


def session(fmt: int) -> sp.Session:
    return sp.Session("alex", SECRET, fmt=fmt, charset=CHARSETS[fmt])


def code_of(virtual: VirtualGateway, s: sp.Session, command: c.Command[Any]) -> int:
    with pytest.raises(sp.GatewayError) as info:
        call(virtual, s, command)
    return info.value.code


def template(id: int, name: str, message: str, **fields: Any) -> r.TemplatesGetReply:
    values: dict[str, Any] = {"format": "", "sender": "", "flag": 0}
    values.update(fields)
    return r.TemplatesGetReply(id=id, name=name, message=message, **values)


@pytest.mark.parametrize("fmt", FMTS)
def test_templates(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    first = c.TemplatesAdd(name="Код", msg="Ваш код: {code}", format="sms", sender="shop")
    assert call(virtual, s, first) == r.TemplatesAddReply(id=1)
    # line 832: fl[1]=1 sets the first bit of the flag
    second = c.TemplatesAdd(name="Sign", msg="-- my shop", fl={1: True})
    assert call(virtual, s, second) == r.TemplatesAddReply(id=2)
    assert call(virtual, s, c.TemplatesGet()) == [
        template(1, "Код", "Ваш код: {code}", format="sms", sender="shop"),
        template(2, "Sign", "-- my shop", flag=1),
    ]
    change = c.TemplatesChange(id=2, msg="-- shop", format="viber", fl={1: False})
    assert call(virtual, s, change) == OK
    assert call(virtual, s, c.TemplatesDelete(id=1)) == OK
    assert call(virtual, s, c.TemplatesGet()) == [
        template(2, "Sign", "-- shop", format="viber", flag=0)
    ]
    # the line 713 form: an id alone changes nothing and is accepted
    assert call(virtual, s, c.TemplatesChange(id=2)) == OK


@pytest.mark.parametrize("fmt", FMTS)
def test_a_message_of_several_lines(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    call(virtual, s, c.TemplatesAdd(name="Two lines", msg="Hello\nworld"))
    if fmt == 1:
        # a fmt=1 record is one line (lines 800-801): error 1, not a crash
        assert code_of(virtual, s, c.TemplatesGet()) == 1
    else:
        assert call(virtual, s, c.TemplatesGet()) == [template(1, "Two lines", "Hello\nworld")]


# (what is done first, the request, the error code of lines 756-763)
ERRORS: list[tuple[list[c.Command[Any]], c.Command[Any], int]] = [
    ([], c.TemplatesChange(id=5, name="X"), 3),
    ([], c.TemplatesDelete(id=5), 3),
    ([c.TemplatesAdd(name="A", msg="a")], c.TemplatesAdd(name="A", msg="b"), 5),
    (
        [c.TemplatesAdd(name="A", msg="a"), c.TemplatesAdd(name="B", msg="b")],
        c.TemplatesChange(id=2, name="A"),
        5,
    ),
    # line 841: an operator template for no operator
    ([], c.OpTemplatesAdd(sender="shop", msg="x"), 1),
]


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("before", "command", "code"), ERRORS)
def test_errors(fmt: int, before: list[c.Command[Any]], command: c.Command[Any], code: int) -> None:
    virtual, s = gateway(), session(fmt)
    for step in before:
        call(virtual, s, step)
    state = virtual.store.snapshot()
    assert code_of(virtual, s, command) == code
    assert virtual.store.snapshot() == state


def test_identical_requests_get_error_9() -> None:
    # Line 835: "not more than three identical requests for actions with templates".
    virtual, s = gateway(faults=Faults(rate_limits=True)), session(3)
    for _ in range(3):
        call(virtual, s, c.TemplatesGet())
    assert code_of(virtual, s, c.TemplatesGet()) == 9
    # Line 965 (op_templates.php): ten.
    query = c.OpTemplatesGet(sender="shop", msg="x", soc=True)
    for _ in range(10):
        call(virtual, s, query)
    assert code_of(virtual, s, query) == 9


def add_sender(virtual: VirtualGateway, s: sp.Session, name: str) -> None:
    """A sender name of alex, allowed to use once moderated (``step`` seconds)."""
    call(virtual, s, c.SendersAdd(sender=name))
    virtual.advance(virtual.step)


@pytest.mark.parametrize("fmt", FMTS)
def test_operator_templates(fmt: int) -> None:
    virtual, s = gateway(), session(fmt)
    named = fmt in (1, 2)  # QUIRKS INC-07: fmt=0/3 carry no operator name
    AddReply, GetReply = r.OpTemplatesAddReply, r.OpTemplatesGetReply

    def name(operator: str) -> str | None:
        return operator if named else None

    add = c.OpTemplatesAdd(sender="shop", msg="Код {code}", mts_srv=True, soc=True)
    # line 953: -1, the sender name "was not found"
    assert call(virtual, s, add) == [
        AddReply(name=name("mts_srv"), status=-1, id=0),
        AddReply(name=name("soc"), status=-1, id=0),
    ]
    add_sender(virtual, s, "shop")
    assert call(virtual, s, add) == [
        AddReply(name=name("mts_srv"), status=1, id=1),
        AddReply(name=name("soc"), status=1, id=2),
    ]
    # line 952: -2, "cannot be saved" -- that operator has it already
    again = c.OpTemplatesAdd(sender="shop", msg="Код {code}", soc=True, bee_trn=True)
    assert call(virtual, s, again) == [
        AddReply(name=name("bee_trn"), status=1, id=3),
        AddReply(name=name("soc"), status=-2, id=0),
    ]
    query = c.OpTemplatesGet(sender="shop", msg="Код {code}", mts_srv=True, mts_auth=True)
    seen = []
    for _ in range(3):
        seen.append(call(virtual, s, query))
        virtual.advance(virtual.step)
    # lines 957-960: -1 not found; 0 awaiting registration, 1 sent, 2 accepted
    assert seen == [
        [
            GetReply(name=name("mts_srv"), status=0, id=1),
            GetReply(name=name("mts_auth"), status=-1, id=0),
        ],
        [
            GetReply(name=name("mts_srv"), status=1, id=1),
            GetReply(name=name("mts_auth"), status=-1, id=0),
        ],
        [
            GetReply(name=name("mts_srv"), status=2, id=1),
            GetReply(name=name("mts_auth"), status=-1, id=0),
        ],
    ]
    # line 842: no flag asks for every operator
    everything = call(virtual, s, c.OpTemplatesGet(sender="shop", msg="Код {code}"))
    assert [(x.status, x.id) for x in everything if x.status != -1] == [(2, 1), (2, 3), (2, 2)]
    assert len(everything) == 14


URL_TEMPLATES: list[tuple[str, Any]] = [
    # lines 712-715
    ("templates.php?add=1&login=alex&psw=123&name=Name&msg=Hello", r.TemplatesAddReply(id=1)),
    ("templates.php?chg=1&login=alex&psw=123&id=1", OK),
    ("templates.php?get=1&login=alex&psw=123", [template(1, "Name", "Hello")]),
    ("templates.php?del=1&login=alex&psw=123&id=1", OK),
    # lines 841-842: every operator flag; the sender is not a name of alex
    (
        "op_templates.php?add=1&login=alex&psw=123&sender=shop&msg=Hello&mts_srv=1&mts_auth=1"
        "&mts_trn=1&mega_srv=1&mega_auth=1&mega_trn=1&mega_adv=1&bee_srv=1&bee_trn=1"
        "&tele2_srv=1&tele2_trn=1&motiv_srv=1&motiv_trn=1&soc=1",
        [r.OpTemplatesAddReply(status=-1, id=0)] * 14,
    ),
    (
        "op_templates.php?get=1&login=alex&psw=123&sender=shop&msg=Hello",
        [r.OpTemplatesGetReply(status=-1, id=0)] * 14,
    ),
]


def test_the_url_templates() -> None:
    virtual = example_gateway()
    for query, expected in URL_TEMPLATES:
        assert outcome(answer(virtual, f"https://smscentre.com/sys/{query}")) == expected, query
