"""Shared helpers of the command tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import pytest

import smsc_proto as sp
from smsc_proto.commands import Command, Credentials, parse_command

BASE = "https://smscentre.com/sys/"
#: The spec's example account (login=alex&psw=123).
ALEX = Credentials(login="alex", psw="123")
CHARSETS = ("windows-1251", "koi8-r", "utf-8")


def decode(url: str) -> Command:
    """The command a GET URL names: ``parse_command(Request.from_url(url))``."""
    return parse_command(sp.Request.from_url(url))


def via_multipart(request: sp.Request) -> sp.Request:
    """``request`` as a server reads it back from its multipart/form-data body."""
    body, content_type = request.to_multipart()
    return sp.Request.from_url("/sys/" + request.script, body, content_type)


def same_request(left: sp.Request, right: sp.Request) -> bool:
    """Same script, parameters (in any order) and attachments."""
    return (
        left.script == right.script
        and sorted(left.params.items()) == sorted(right.params.items())
        and left.attachments == right.attachments
    )


def check_decode(command: Command, url: str, canonical: str | None = None) -> None:
    """A row's URL, and its canonical URL when it has one, decode to its command."""
    assert decode(url) == command
    if canonical is not None:
        assert decode(canonical) == command


def check_encode(
    command: Command, url: str, canonical: str | None = None, *, any_order: bool = False
) -> None:
    """A row's command encodes to its canonical URL (else its URL).

    The request must equal the URL's, parameter order included; with ``any_order``
    the parameters may stand in another order (:func:`same_request`).
    """
    request = command.to_request()
    expected = sp.Request.from_url(canonical or url)
    if any_order:
        assert same_request(request, expected)
    else:
        assert request == expected


def check_refused_request(request: sp.Request, match: str) -> None:
    """Decoding ``request`` raises RemoteProtocolError whose message holds ``match``."""
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)):
        parse_command(request)


def check_refused_url(url: str, match: str) -> None:
    """Reading ``url`` and decoding it raises RemoteProtocolError holding ``match``.

    Either step may refuse: ``Request.from_url`` already refuses an unknown charset.
    """
    with pytest.raises(sp.RemoteProtocolError, match=re.escape(match)):
        decode(url)


def check_refused_command(
    cls: Callable[..., object], kwargs: Mapping[str, object], match: str
) -> None:
    """``cls(**kwargs)`` raises LocalProtocolError whose message holds ``match``."""
    with pytest.raises(sp.LocalProtocolError, match=re.escape(match)):
        cls(**kwargs)


def check_repr_hides(*commands: Command, secret: str = "CANARY") -> None:
    """No command's ``repr`` shows ``secret``."""
    for command in commands:
        assert secret not in repr(command)


def assert_round_trip(command: Command) -> None:
    """``parse_command(cmd.to_request()) == cmd``, directly and through every wire form.

    The URL, form and multipart forms are decoded back in the command's charset, and
    also after moving text the charset cannot carry to utf-8.
    """
    request = command.to_request()
    assert parse_command(request) == command
    if request.script == sp.REST_SEND:
        back = sp.Request.from_url(request.endpoint(), request.to_json(), sp.JSON_CONTENT_TYPE)
        assert parse_command(back) == command
        return
    try:
        request.encodable()
    except sp.LocalProtocolError:
        # Text the command's charset cannot carry: the UTF8 policy moves it to utf-8,
        # and the decoded command then names that charset.
        if request.params.getall("bin", []) == ["1"] and not request.params["mes"].isascii():
            # A bin=1 message's bytes are bound to its charset: such a request has no
            # wire form until its other text fits that charset (docs/wire.rst).
            with pytest.raises(sp.LocalProtocolError, match="bin=1 message"):
                request.encodable(sp.Unencodable.UTF8)
            return
        moved = request.encodable(sp.Unencodable.UTF8)
        assert parse_command(moved).charset == "utf-8"
        request = moved
    expected = parse_command(request)
    if not request.attachments:
        assert parse_command(sp.Request.from_url(request.to_url())) == expected
        form = request.to_form()
        assert (
            parse_command(sp.Request.from_url("/sys/" + request.script, form, sp.FORM_CONTENT_TYPE))
            == expected
        )
    assert parse_command(via_multipart(request)) == expected
