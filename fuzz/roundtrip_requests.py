"""The target of ``fuzz_roundtrip_requests.py``: every request encoder, decoded back.

Invariant (issue 11 §6): for every value the shipped strategies draw -- a command of
any script, in any charset (:func:`~smsc_proto.strategies.any_commands`), or a raw
request of any script with any parameters and files
(:func:`~smsc_proto.strategies.wire_requests`) -- in every wire form the request can
take (a GET query, a POST form, a multipart body, the ``rest/send/`` JSON body), with
either :class:`~smsc_proto.Unencodable` policy and a drawn multipart boundary, the
encoder either raises ``LocalProtocolError`` or writes bytes that decode back to the value:

- ``Request.from_url`` of what was written is ``request.encodable(policy)`` (the same
  script, parameters in the same order, the same files) -- the request itself for the
  JSON body, which is utf-8 whatever its charset parameter;
- for a command, ``parse_command`` of that is the command itself -- or, where the
  policy had to move the request's text to utf-8, the command with ``charset="utf-8"``
  -- and ``parse_command(command.to_request())`` is the command.

Anything else (another exception, a different value, a decoder refusing what an
encoder wrote) is a bug.

Hypothesis' ``fuzz_one_input`` turns the fuzzer's bytes into the drawn values
(:func:`fuzz_target`); the test suite runs :func:`check` on 150 generated examples and on
every seed (``tests/test_fuzz_roundtrip.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from hypothesis import strategies as st
from roundtrip_common import Counts
from roundtrip_common import fuzz_target as _fuzz_target

from smsc_proto import (
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    REST_SEND,
    LocalProtocolError,
    Request,
    Unencodable,
    parse_command,
)
from smsc_proto.commands import Command
from smsc_proto.strategies import any_commands, wire_requests

__all__ = ["COUNTS", "Case", "check", "form_of", "fuzz_target", "inputs", "kind"]

Form = Literal["query", "form", "multipart", "json"]

#: What each harness run has done (printed by the harness now and then).
COUNTS: Final = Counts("roundtrip_requests")
#: Boundaries: the multipart encoder refuses one that occurs in the content, and ``x``
#: or ``--`` often does.
_BOUNDARIES: Final = st.sampled_from(["smsc-proto-fuzz", "x", "a'()+_,./:=?-b", "--"])
#: Built once: a strategy is cheap to draw from but not to build (any_commands() is one
#: strategy per command class).
_VALUES: Final = st.one_of(any_commands(), wire_requests())
_PICKS: Final = st.integers(0, 2)
_ONE_IN_FOUR: Final = st.integers(0, 3)


@dataclass(frozen=True)
class Case:
    """One drawn input: a command or a raw request, and how to write it.

    ``form`` picks among the forms the request can take (:func:`form_of`).
    """

    value: Command | Request
    form: int
    unencodable: Unencodable
    boundary: str


def form_of(request: Request, pick: int) -> Form:
    """The wire form ``pick`` names among those ``request`` can take: rest/send is a
    JSON body, a request with files a multipart body, any other a query, a form or a
    multipart body."""
    if request.script == REST_SEND:
        return "json"
    if request.attachments:
        return "multipart"
    forms: tuple[Form, ...] = ("query", "form", "multipart")
    return forms[pick % 3]


@st.composite
def _cases(draw: st.DrawFn) -> Case:
    value: Command | Request = draw(_VALUES)
    # Mostly the policy that writes every text: ERROR refuses much of what is drawn.
    policy = Unencodable.ERROR if draw(_ONE_IN_FOUR) == 0 else Unencodable.UTF8
    return Case(value, draw(_PICKS), policy, draw(_BOUNDARIES))


def inputs() -> st.SearchStrategy[Case]:
    """The drawn inputs of the harness."""
    return _cases()


def kind(case: Case) -> str:
    """What ``case`` exercises, for seed names: the script or the command, and the form."""
    value = case.value
    if isinstance(value, Command):
        name = type(value).__name__
        try:
            form: str = form_of(value.to_request(), case.form)
        except LocalProtocolError:
            form = "refused"
    else:
        name = "raw_" + value.script.replace("/", "_").removesuffix(".php")
        form = form_of(value, case.form)
    return f"{name}_{form}"


def write(request: Request, form: Form, case: Case) -> Request:
    """``request`` written in ``form`` and read back by ``Request.from_url``."""
    policy = case.unencodable
    if form == "query":
        return Request.from_url(request.to_url(unencodable=policy))
    endpoint = request.endpoint()
    if form == "form":
        return Request.from_url(endpoint, request.to_form(unencodable=policy), FORM_CONTENT_TYPE)
    if form == "multipart":
        body, content_type = request.to_multipart(case.boundary, unencodable=policy)
        return Request.from_url(endpoint, body, content_type)
    return Request.from_url(endpoint, request.to_json(), JSON_CONTENT_TYPE)


def check(case: Case) -> None:
    """Run the invariant on one drawn input."""
    value = case.value
    command = value if isinstance(value, Command) else None
    try:
        request = value.to_request() if isinstance(value, Command) else value
        form = form_of(request, case.form)
        # JSON is utf-8 whatever the charset parameter says (RFC 8259): no policy.
        expected = request if form == "json" else request.encodable(case.unencodable)
        back = write(request, form, case)
    except LocalProtocolError:
        COUNTS.refused += 1
        return
    assert back == expected, f"{case!r} {form}\n wrote {expected!r}\n read  {back!r}"
    if command is not None:
        assert parse_command(request) == command, (command, request)
        moved = expected is not request
        want = dataclasses.replace(command, charset="utf-8") if moved else command
        got = parse_command(back)
        assert got == want, f"{case!r} {form}\n read {got!r}"
    COUNTS.passed += 1


def fuzz_target() -> Callable[[bytes], bytes | None]:
    """``fuzz_one_input`` of a Hypothesis test of :func:`check` over :func:`inputs`."""
    return _fuzz_target(inputs(), check, COUNTS)
