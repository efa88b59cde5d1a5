"""What encodes, decodes: choice parameters take ints only, encoders raise only
LocalProtocolError.

``Balance(fmt=3.0)`` used to write ``fmt=3.0`` (3.0 == 3 is in the set of choices),
which the decoder refuses; ``Session(fmt=2.0)`` was accepted. A lone surrogate made the
JSON encoders raise orjson's ``TypeError``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto import responses as r
from smsc_proto import values as v
from smsc_proto._command import _REGISTRY, Array, Codec, IntChoice, _declared

PHONE = v.parse_phone_list("79999999999")


def _choice_params() -> list[tuple[str, str, Codec[Any], int]]:
    """(command, wire name, codec, a valid choice) of every IntChoice parameter."""
    found: list[tuple[str, str, Codec[Any], int]] = []
    for commands in _REGISTRY.values():
        for cls in commands:
            for _f, codec, wire in _declared(cls):
                inner = codec.inner if isinstance(codec, Array) else codec
                if isinstance(inner, IntChoice):
                    found.append((cls.__name__, wire, inner, min(inner.choices)))
    return found


CHOICES = _choice_params()


def test_the_sweep_finds_the_choices() -> None:
    names = {wire for _cls, wire, _codec, _choice in CHOICES}
    # fmt on every command; cost and bin of send.php; all, type, curr...
    assert {"fmt", "cost", "bin", "all", "type", "curr"} <= names


@pytest.mark.parametrize("kind", [float, Decimal, bool])
@pytest.mark.parametrize(
    ("command", "wire", "codec", "choice"), CHOICES, ids=[f"{k}.{w}" for k, w, _, _ in CHOICES]
)
def test_every_choice_refuses_other_number_types(
    command: str, wire: str, codec: Codec[Any], choice: int, kind: type
) -> None:
    value = kind(choice) if kind is not bool else bool(choice)
    with pytest.raises(sp.LocalProtocolError, match=rf"^{wire}: must be one of .*\bnot int\b"):
        codec.validate(wire, value)


# (constructor call, the parameter its message names)
REFUSED: list[tuple[str, Any, str]] = [
    ("Balance fmt=3.0", lambda: c.Balance(fmt=3.0), "fmt"),  # type: ignore[arg-type]
    ("Balance fmt=Decimal(3)", lambda: c.Balance(fmt=Decimal(3)), "fmt"),  # type: ignore[arg-type]
    ("Send cost=1.0", lambda: c.Send(phones=PHONE, mes="x", cost=1.0), "cost"),  # type: ignore[arg-type]
    ("Send bin=Decimal(1)", lambda: c.Send(phones=PHONE, mes="x", bin=Decimal(1)), "bin"),  # type: ignore[arg-type]
    ("Session fmt=2.0", lambda: sp.Session("alex", "pw", fmt=2.0), "fmt"),  # type: ignore[arg-type]
    ("Session fmt=Decimal(2)", lambda: sp.Session("alex", "pw", fmt=Decimal(2)), "fmt"),  # type: ignore[arg-type]
    ("Session fmt=True", lambda: sp.Session("alex", "pw", fmt=True), "fmt"),
    # An array index is a number too: True would travel as "fl[True]".
    (
        "TemplatesAdd fl={True: ...}",
        lambda: c.TemplatesAdd(name="n", msg="m", fl={True: True}),
        "fl",
    ),
    (
        "JobsAdd fl={True: ...}",
        lambda: c.JobsAdd(name="n", phones=PHONE, mes="m", fl={True: True}),
        "fl",
    ),
]


@pytest.mark.parametrize(("label", "call", "name"), REFUSED, ids=[x[0] for x in REFUSED])
def test_constructors_refuse_non_int_choices(label: str, call: Any, name: str) -> None:
    with pytest.raises(sp.LocalProtocolError, match=rf"^{name}: "):
        call()


class _Fmt(int):
    """An int subclass whose str() is not its digits (as an IntEnum's may be)."""

    def __str__(self) -> str:
        return "three"


def test_an_int_subclass_writes_its_number() -> None:
    assert c.Balance(fmt=_Fmt(3)).to_request().to_url().endswith("balance.php?fmt=3")


# -- encoders raise only LocalProtocolError ------------------------------------------------

LONE = "\ud800"


def _template(message: str) -> r.TemplatesGetReply:
    return r.TemplatesGetReply(id=1, name="n", format="", sender="", flag=0, message=message)


# (label, encoder call, the name its message starts with)
SURROGATES: list[tuple[str, Any, str]] = [
    (
        "rest/send JSON: a parameter name",
        lambda: sp.Request("rest/send", [("x" + LONE, "1")]).to_json(),
        "parameter name",
    ),
    (
        "rest/send JSON: an extra's name",
        lambda: c.RestSend(phones=PHONE, mes="x", extra=((LONE, "1"),)).to_request().to_json(),
        "parameter name",
    ),
    ("rest/send JSON: a value", lambda: sp.Request("rest/send", [("mes", LONE)]).to_json(), "mes"),
    (
        "fmt=3 error reply",
        lambda: sp.encode_error(c.Balance(fmt=3, charset="utf-8"), sp.GatewayError(1, LONE)),
        "error",
    ),
    (
        "fmt=3 reply: a quoted text field",
        lambda: sp.encode_response(c.TemplatesGet(fmt=3, charset="utf-8"), [_template(LONE)]),
        "message",
    ),
    (
        "fmt=3 reply: a client's string id",
        lambda: sp.encode_error(
            c.Send(phones=PHONE, mes="x", fmt=3, charset="utf-8"),
            sp.GatewayError(3, "x", "a" + LONE),
        ),
        "id",
    ),
    *[
        (
            f"callback fmt={fmt}: an extra's name",
            lambda fmt=fmt: sp.encode_callback(
                sp.StatusCallback(id=1, phone="79999999999", status=1, extra=(("x" + LONE, "v"),)),
                fmt=fmt,
                charset="utf-8",
            ),
            "",
        )
        for fmt in (0, 2, 3)
    ],
    *[
        (
            f"callback fmt={fmt}: an extra's value",
            lambda fmt=fmt: sp.encode_callback(
                sp.StatusCallback(id=1, phone="79999999999", status=1, extra=(("x", LONE),)),
                fmt=fmt,
                charset="utf-8",
            ),
            "",
        )
        for fmt in (0, 2, 3)
    ],
]


@pytest.mark.parametrize(("label", "call", "name"), SURROGATES, ids=[x[0] for x in SURROGATES])
def test_encoders_raise_only_local_protocol_error(label: str, call: Any, name: str) -> None:
    with pytest.raises(sp.LocalProtocolError) as info:
        call()
    assert str(info.value).startswith(name), info.value
