"""Shared helpers of the reply tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import smsc_proto as sp
from smsc_proto.commands import Command

CHARSETS = ("windows-1251", "koi8-r", "utf-8")
#: The words of the fmt=0/1 refusal of a line that reads two ways.
AMBIGUOUS = "can be read more than one way"


def assert_reply_round_trip(
    command: Command,
    reply: Any,
    fmts: tuple[int, ...] = (0, 1, 2, 3),
    complete_in: tuple[int, ...] = (2, 3),
) -> None:
    """In each fmt of ``fmts`` and each charset, ``decode(encode(reply))`` gives the reply
    (one model or a list of them) back, with ``None`` for the fields that format does not
    carry; the formats in ``complete_in`` carry every field. A fmt=0/1 writer may refuse a
    reply whose texts would make its line readable two ways (and nothing else)."""
    records = reply if isinstance(reply, list) else [reply]
    for fmt in fmts:
        for charset in CHARSETS:
            cmd = dataclasses.replace(command, fmt=fmt, charset=charset)
            try:
                body = sp.encode_response(cmd, reply)
            except sp.LocalProtocolError as exc:
                refusal: str | None = str(exc)
            else:
                refusal = None
            if refusal is not None:
                # Nothing in a fmt=0/1 line is escaped: the writer refuses texts whose
                # separators would give the line a second reading, and only those.
                assert fmt in (0, 1), refusal
                assert AMBIGUOUS in refusal, refusal
                continue
            decoded = sp.decode_response(cmd, body)
            assert isinstance(decoded, list) == isinstance(reply, list)
            got_records = decoded if isinstance(decoded, list) else [decoded]
            assert len(got_records) == len(records)
            for got, want in zip(got_records, records, strict=True):
                for f in dataclasses.fields(want):
                    value = getattr(got, f.name)
                    assert value is None or value == getattr(want, f.name), (fmt, f.name)
            if fmt in complete_in:
                assert decoded == reply
