"""Shared helpers of the command tests."""

from __future__ import annotations

import pytest

import smsc_proto as sp
from smsc_proto.commands import Command, Credentials, parse_command

BASE = "https://smscentre.com/sys/"
#: The spec's example account (login=alex&psw=123).
ALEX = Credentials(login="alex", psw="123")
CHARSETS = ("windows-1251", "koi8-r", "utf-8")


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
    body, content_type = request.to_multipart()
    assert (
        parse_command(sp.Request.from_url("/sys/" + request.script, body, content_type)) == expected
    )
