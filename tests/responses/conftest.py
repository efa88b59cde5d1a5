"""Shared helpers of the reply tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import smsc_proto as sp
from smsc_proto.commands import Command

CHARSETS = ("windows-1251", "koi8-r", "utf-8")


def assert_reply_round_trip(command: Command, model: Any) -> None:
    """In every fmt and charset: ``decode(encode(m))`` equals ``m`` on the fields that
    format carries and is ``None`` elsewhere; fmt=2/3 carry every field."""
    for fmt in (0, 1, 2, 3):
        for charset in CHARSETS:
            cmd = dataclasses.replace(command, fmt=fmt, charset=charset)
            decoded = sp.decode_response(cmd, sp.encode_response(cmd, model))
            for f in dataclasses.fields(model):
                got = getattr(decoded, f.name)
                assert got is None or got == getattr(model, f.name), (fmt, f.name)
            if fmt in (2, 3):
                assert decoded == model
