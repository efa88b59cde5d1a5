"""Natural inputs: the constructors turn them into the fields' canonical values.

One table of (command, natural keyword arguments, canonical keyword arguments, wire
query): the natural command equals the canonical one, encodes to the wire text, and
the wire decodes back to an equal command -- so decoded commands still compare equal
to encoded ones. A second table holds the inputs that are refused, with the accepted
types named in the message.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.values import (
    EmailAddress,
    GroupCode,
    Phone,
    PhoneList,
    SendAfter,
    SendAt,
    SendAtTimestamp,
    Valid,
)

P1 = Phone(number="79999999999")
P2 = Phone(number="79888888888")
ONE = PhoneList(entries=(P1,))
TWO = PhoneList(entries=(P1, P2))

CASES: list[tuple[type[c.Command], dict[str, Any], dict[str, Any], str]] = [
    (
        c.Send,
        {"phones": "79999999999", "mes": "x"},
        {"phones": ONE, "mes": "x"},
        "phones=79999999999&mes=x",
    ),
    (
        c.Send,
        {"phones": "79999999999, 79888888888", "mes": "x"},
        {"phones": TWO, "mes": "x"},
        "phones=79999999999%2C79888888888&mes=x",
    ),
    (
        c.Send,
        {"phones": ["79999999999", "+79888888888"], "mes": "x"},
        {"phones": PhoneList(entries=(P1, Phone(number="79888888888", plus=True))), "mes": "x"},
        "phones=79999999999%2C%2B79888888888&mes=x",
    ),
    (
        c.Send,
        {"phones": ("79999999999", GroupCode(number=5)), "mes": "x"},
        {"phones": PhoneList(entries=(P1, GroupCode(number=5))), "mes": "x"},
        "phones=79999999999%2CG5&mes=x",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": datetime(2030, 1, 2, 3, 4)},
        {"phones": ONE, "mes": "x", "time": SendAt(when=datetime(2030, 1, 2, 3, 4))},
        "phones=79999999999&mes=x&time=02.01.30%2003%3A04",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": datetime(2030, 1, 1, tzinfo=timezone.utc)},
        {"phones": ONE, "mes": "x", "time": SendAtTimestamp(timestamp=1893456000)},
        "phones=79999999999&mes=x&time=01893456000",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": timedelta(hours=1)},
        {"phones": ONE, "mes": "x", "time": SendAfter(minutes=60)},
        "phones=79999999999&mes=x&time=%2B60",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "period": "0.5", "freq": 10},
        {"phones": ONE, "mes": "x", "period": Decimal("0.5"), "freq": 10},
        "phones=79999999999&mes=x&period=0.5&freq=10",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "valid": timedelta(minutes=90)},
        {"phones": ONE, "mes": "x", "valid": Valid(hours=1, minute=30)},
        "phones=79999999999&mes=x&valid=01%3A30",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "valid": 2},
        {"phones": ONE, "mes": "x", "valid": Valid(hours=2)},
        "phones=79999999999&mes=x&valid=2",
    ),
    # "123" is the number 123 on the wire (line 51): the decoder reads it so.
    (
        c.Send,
        {"phones": ONE, "mes": "x", "id": "123"},
        {"phones": ONE, "mes": "x", "id": 123},
        "phones=79999999999&mes=x&id=123",
    ),
    (
        c.StatusQuery,
        {"phone": "79999999999", "id": "5"},
        {"phone": ONE, "id": 5},
        "phone=79999999999&id=5",
    ),
    (
        c.StatusQuery,
        {"phone": ["79999999999", "79888888888"], "id": [5, "order-6"]},
        {"phone": TWO, "id": (5, "order-6")},
        "phone=79999999999%2C79888888888&id=5%2Corder-6",
    ),
    (
        c.GetAnswers,
        {"to_phone": "+79999999999"},
        {"to_phone": Phone(number="79999999999", plus=True)},
        "get_answers=1&to_phone=%2B79999999999",
    ),
    (
        c.UsersPay,
        {"user": "sub", "sum": 100},
        {"user": "sub", "sum": Decimal(100)},
        "pay=1&user=sub&sum=100",
    ),
    (
        c.MailsAdd,
        {"mail": "a@b.ru", "name": "N"},
        {"mail": PhoneList(entries=(EmailAddress(address="a@b.ru"),)), "name": "N"},
        "add=1&name=N&mail=a%40b.ru",
    ),
    (
        c.PhonesAdd,
        {"phone": "79999999999", "name": "N", "grp": 3},
        {"phone": ONE, "name": "N", "grp": (3,)},
        "add=1&name=N&grp=3&phone=79999999999",
    ),
]


@pytest.mark.parametrize(("cls", "natural", "canonical", "query"), CASES)
def test_natural_inputs_become_canonical(
    cls: type[c.Command], natural: dict[str, Any], canonical: dict[str, Any], query: str
) -> None:
    built = cls(**natural)
    assert built == cls(**canonical)
    url = built.to_request().to_url()
    assert url.partition("?")[2] == query
    assert sp.parse_command(sp.Request.from_url(url)) == built


BAD: list[tuple[type[c.Command], dict[str, Any], str]] = [
    (
        c.Send,
        {"phones": 79999999999, "mes": "x"},
        "phones: must be a PhoneList, a str ('79999999999' or '79999999999,79888888888') "
        "or a list of str, got int",
    ),
    (c.Send, {"phones": [], "mes": "x"}, "phones: needs at least one recipient, got an empty list"),
    (c.Send, {"phones": ["7999,7888"], "mes": "x"}, "phones: item 1 must be one recipient"),
    (c.Send, {"phones": [7999], "mes": "x"}, "phones: item 1 must be a str or a recipient"),
    (c.Send, {"phones": ["x"], "mes": "x"}, "phones: item 1: an entry must be a phone number"),
    (c.Send, {"phones": b"7999", "mes": "x"}, "phones: must be a PhoneList, a str"),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": "0101300000"},
        "time: must be a datetime (naive: DDMMYYhhmm in tz's zone; aware: a timestamp), a "
        "timedelta (+minutes), or SendAt",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": datetime(2030, 1, 1, 0, 0, 30)},
        "time: SendAt.when has minute precision",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": timedelta(seconds=90)},
        "time: a timedelta travels as +m, whole minutes",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "time": datetime(2030, 1, 1, 0, 0, 0, 5, timezone.utc)},
        "time: an aware datetime travels as a unix timestamp in whole seconds",
    ),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "period": 0.5},
        "period: must be a Decimal, an int or a str such as '0.5', got float",
    ),
    (c.Send, {"phones": ONE, "mes": "x", "period": "half"}, "period: must be a decimal number"),
    (c.Send, {"phones": ONE, "mes": "x", "valid": "2"}, "valid: must be a Valid, an int (hours)"),
    (c.Send, {"phones": ONE, "mes": "x", "valid": 25}, "valid: hours must be 1..24, got 25"),
    (
        c.Send,
        {"phones": ONE, "mes": "x", "id": 1.0},
        "id: an id must be an int or a str, got float",
    ),
    (c.StatusQuery, {"phone": ONE, "id": {1}}, "id: an id must be an int or a str (or a list"),
    (c.GetAnswers, {"to_phone": "7999,7888"}, "to_phone: must be one recipient, got the list"),
    (c.GetAnswers, {"to_phone": "G5"}, "to_phone: must be one phone number ([+]digits), got 'G5'"),
    (
        c.PhonesAdd,
        {"phone": ONE, "name": "N", "grp": "3"},
        "grp: must be an int or a list or tuple",
    ),
    # The generic message of a value syntax names the accepted type.
    (c.GetStat, {"start": "01.01.2020"}, "start: must be date, got str"),
]


@pytest.mark.parametrize(("cls", "kwargs", "match"), BAD)
def test_wrong_types_name_the_accepted_ones(
    cls: type[c.Command], kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(sp.LocalProtocolError) as caught:
        cls(**kwargs)
    assert match in str(caught.value)
