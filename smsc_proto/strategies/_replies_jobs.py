"""Hypothesis strategies for jobs.php reply models (private).

Each strategy draws complete models for one reply shape: every field the shape carries
in some format has a value, so the model can be written in every format the shape has;
a format that does not carry a field decodes it as ``None``. Texts mix Latin, Cyrillic
and punctuation that windows-1251, koi8-r and utf-8 all carry.
"""

from __future__ import annotations

import string
from datetime import datetime
from decimal import Decimal

from hypothesis import strategies as st

from .._scripts.jobs import JobsAddReply, JobsGetAllReply, JobsGetReply, JobsOkReply
from ._replies import money_amounts
from ._time import message_ids

__all__ = [
    "jobs_add_replies",
    "jobs_get_all_replies",
    "jobs_get_replies",
    "jobs_ok_replies",
]

_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
# One-line texts of a get/get_all line: no "|" (fmt=0), ";" (fmt=1) nor line break.
_LINE_CHARS = string.ascii_letters + string.digits + _CYRILLIC + " .,:!?@+-_()<>&\"'"
_LINE_TEXTS = st.text(_LINE_CHARS, max_size=20)
# The message stands next to the recipient list, which may hold ";" (line 47): a
# separator in either could end the list, and the line would read two ways. So the
# message holds none of them either, so that every fmt can write it.
_MESSAGE_CHARS = _LINE_CHARS + "\t"
_COUNTS = st.integers(0, 10**6)
_TIMES = st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31, 23, 59, 59)).map(
    lambda value: value.replace(microsecond=0)
)


def _job_ids() -> st.SearchStrategy[int | str]:
    # A fmt=0 body that starts with "ERROR" is read as a malformed error reply (line 1189).
    return message_ids().filter(lambda value: not str(value).startswith("ERROR"))


def jobs_add_replies(*, cost: int = 0) -> st.SearchStrategy[JobsAddReply]:
    """Complete :class:`~smsc_proto.responses.JobsAddReply` models for ``cost`` 0 or 1."""
    return st.builds(
        JobsAddReply,
        id=message_ids(),
        cost=money_amounts(signed=False) if cost == 1 else st.none(),
    )


def jobs_ok_replies() -> st.SearchStrategy[JobsOkReply]:
    """The :class:`~smsc_proto.responses.JobsOkReply` of ``del=1`` and ``cancel=1``."""
    return st.just(JobsOkReply(result="OK"))


def jobs_get_replies(*, mail: bool = False) -> st.SearchStrategy[JobsGetReply]:
    """Complete :class:`~smsc_proto.responses.JobsGetReply` models.

    With ``mail`` the recipients are in ``emails``, otherwise in ``phones``. The message
    may span lines (a get reply is one record). ``cost``, ``sms_sent`` and ``sms_ok``
    are drawn too: fmt=3 carries them (QUIRKS INC-11), fmt=0/1/2 decode them as
    ``None``.
    """
    recipients = st.text(_LINE_CHARS, max_size=40)
    return st.builds(
        JobsGetReply,
        id=_job_ids(),
        name=st.text(_LINE_CHARS, min_size=1, max_size=20),
        subject=_LINE_TEXTS,
        repeat_send=st.integers(0, 7),
        repeat_cnt=_COUNTS,
        created=_TIMES,
        changed=_TIMES,
        need_date=_TIMES,
        last_sent=_TIMES,
        phones=st.none() if mail else recipients,
        emails=recipients if mail else st.none(),
        message=st.text(_MESSAGE_CHARS + "\n\r", max_size=40),
        format=st.integers(0, 20),
        validity=st.integers(0, 24),
        period=st.decimals(Decimal(0), Decimal(720), places=2),
        frequency=st.integers(0, 1440),
        status=st.integers(-(2**31), 2**31 - 1),
        cost=money_amounts(signed=False),
        sms_sent=_COUNTS,
        sms_ok=_COUNTS,
        sender_id=_LINE_TEXTS,
    )


def jobs_get_all_replies(*, mail: bool = False) -> st.SearchStrategy[list[JobsGetAllReply]]:
    """Lists of complete :class:`~smsc_proto.responses.JobsGetAllReply` records.

    With ``mail`` the recipients are in ``emails``, otherwise in ``phones``. Messages
    are one line (fmt=0/1 write one line per record).
    """
    recipients = st.text(_LINE_CHARS, max_size=40)
    record = st.builds(
        JobsGetAllReply,
        id=_job_ids(),
        name=st.text(_LINE_CHARS, min_size=1, max_size=20),
        changed=_TIMES,
        need_date=_TIMES,
        last_sent=_TIMES,
        phones=st.none() if mail else recipients,
        emails=recipients if mail else st.none(),
        message=st.text(_MESSAGE_CHARS, max_size=40),
        phones_cnt=_COUNTS,
        cost=money_amounts(signed=False),
        status=st.integers(-(2**31), 2**31 - 1),
        sender_id=_LINE_TEXTS,
        format=st.integers(0, 20),
        sms_sent=_COUNTS,
        sms_ok=_COUNTS,
    )
    return st.lists(record, max_size=4)
