"""jobs.php replies (add, del, cancel, get, get_all) and error replies: tables drive both
directions.

Bodies are the spec's templates (lines 1188-1203 and 1217-1358), copied verbatim below and
filled in by :func:`fill`, laid out as printed; a fourth element is the canonical body the
encoder writes when it differs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import (
    Command,
    JobsAdd,
    JobsCancel,
    JobsDelete,
    JobsGet,
    JobsGetAll,
)
from smsc_proto.responses import JobsAddReply, JobsGetAllReply, JobsGetReply, JobsOkReply
from smsc_proto.strategies import (
    jobs_add_replies,
    jobs_get_all_replies,
    jobs_get_replies,
    jobs_ok_replies,
)
from smsc_proto.values import parse_phone_list

from .conftest import CHARSETS, assert_reply_round_trip

D = Decimal

# -- the spec's templates, verbatim ------------------------------------------------------------

# line 1262 / 1264
GET_FMT0 = (
    "<id>|<name>|<subject>|<repeat_send>|<repeat_cnt>|<created>|<changed>|<need_date>|"
    "<last_sent>|<phones>|<message>|<format>|<validity>|<period>|<frequency>|<status>|"
    "<sender_id>"
)
GET_FMT1 = (
    "<id>;<name>;<subject>;<repeat_send>;<repeat_cnt>;<created>;<changed>;<need_date>;"
    "<last_sent>;<phones>;<message>;<format>;<validity>;<period>;<frequency>;<status>;"
    "<sender_id>"
)
# lines 1267-1285
GET_FMT2 = """<job>
<id>id</id>
<name>name</name>
<subject>subject</subject>
<repeat_send>repeat_send</repeat_send>
<repeat_cnt>repeat_cnt</repeat_cnt>
<created>created</created>
<changed>changed</changed>
<need_date>need_date</need_date>
<last_sent>last_sent</last_sent>
<phones>phones</phones>
<message>message</message>
<format>format</format>
<validity>validity</validity>
<period>period</period>
<frequency>frequency</frequency>
<status>status</status>
<sender_id>sender_id</sender_id>
</job>"""
# lines 1288-1311
GET_FMT3 = """[
{
"id": <id>,
"name": "<name>",
"subject": "<subject>",
"repeat_send": <repeat_send>,
"repeat_cnt": <repeat_cnt>,
"created": "<created>",
"changed": "<changed>",
"need_date": "<need_date>",
"last_sent": "<last_sent>",
"phones": "<phones>",
"message": "<message>",
"format": <format>,
"validity": <validity>,
"period": "<period>",
"frequency": <frequency>,
"status": <status>,
"cost": "<cost>",
"sms_sent": <sms_sent>,
"sms_ok": <sms_ok>,
"sender_id": "<sender_id>"
}
]"""
# line 1316 / 1318
GET_ALL_FMT0 = (
    "<id>|<name>|<changed>|<need_date>|<last_sent>|<phones>|<message>|<phones_cnt>|<cost>|"
    "<status>|<sender_id>|<format>"
)
GET_ALL_FMT1 = (
    "<id>;<name>;<changed>;<need_date>;<last_sent>;<phones>;<message>;<phones_cnt>;<cost>;"
    "<status>;<sender_id>;<format>"
)
# lines 1321-1336, one <job> of the "..."
GET_ALL_FMT2_JOB = """<job>
<id>id</id>
<name>name</name>
<changed>changed</changed>
<need_date>need_date</need_date>
<last_sent>last_sent</last_sent>
<phones>phones</phones>
<message>message</message>
<phones_cnt>phones_cnt</phones_cnt>
<cost>cost</cost>
<status>status</status>
<sender_id>sender_id</sender_id>
<format>format</format>
</job>"""
# lines 1340-1355, one object of the "..."
GET_ALL_FMT3_OBJECT = """{
"id": <id>,
"name": "<name>",
"changed": "<changed>",
"need_date": "<need_date>",
"last_sent": "<last_sent>",
"phones": "<phones>",
"message": "<message>",
"phones_cnt": <phones_cnt>,
"cost": "<cost>",
"status": <status>,
"sender_id": "<sender_id>",
"format": <format>,
"sms_sent": <sms_sent>,
"sms_ok": <sms_ok>
}"""


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each placeholder -- ``<name>``, or ``<name>name</name>`` in XML --
    replaced by its value."""
    if template.startswith(("<job>", "<sms_jobs>")):
        return re.sub(r"<(\w+)>\1</\1>", lambda m: f"<{m[1]}>{values[m[1]]}</{m[1]}>", template)
    return re.sub(r"<(\w+)>", lambda m: values[m[1]], template)


def emails(template: str) -> str:
    """Spec (lines 1260, 1314): "when mail=1, the "phones" parameter is replaced with
    "emails"."""
    return re.sub(r"\bphones\b", "emails", template)


def compact(body: str) -> bytes:
    """The canonical form of a laid-out fmt=2 or fmt=3 body: no layout whitespace."""
    if body.startswith(("[", "{")):
        return json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":")).encode()
    return body.replace("\n", "").encode()


# -- commands and models -------------------------------------------------------------------------

ONE = parse_phone_list("79999999999")


def add(**kwargs: Any) -> JobsAdd:
    return JobsAdd(phones=ONE, name="Privet", mes="Hello!", **kwargs)


DEL = JobsDelete(id=701)
CANCEL = JobsCancel(id=701)
GET = JobsGet(id=701)
GET_MAIL = JobsGet(id=701, mail=True)
GET_ALL = JobsGetAll()
GET_ALL_MAIL = JobsGetAll(mail=True)

OK = JobsOkReply(result="OK")
ADDED = JobsAddReply(id=701)
ADDED_COST = JobsAddReply(id=701, cost=D("1.40"))

JOB_TEXTS = {
    "id": "701",
    "name": "Privet",
    "subject": "",
    "repeat_send": "2",
    "repeat_cnt": "3",
    "created": "10.01.2014 09:00:00",
    "changed": "11.01.2014 09:30:00",
    "need_date": "12.01.2014 10:00:00",
    "last_sent": "12.01.2014 10:00:05",
    "phones": "79999999999,78888888888",
    "message": "Hello!",
    "format": "0",
    "validity": "24",
    "period": "1.5",
    "frequency": "30",
    "status": "1",
    "sender_id": "MyViber",
}
JOB = JobsGetReply(
    id=701,
    name="Privet",
    subject="",
    repeat_send=2,
    repeat_cnt=3,
    created=datetime(2014, 1, 10, 9, 0, 0),
    changed=datetime(2014, 1, 11, 9, 30, 0),
    need_date=datetime(2014, 1, 12, 10, 0, 0),
    last_sent=datetime(2014, 1, 12, 10, 0, 5),
    phones="79999999999,78888888888",
    message="Hello!",
    format=0,
    validity=24,
    period=D("1.5"),
    frequency=30,
    status=1,
    sender_id="MyViber",
)
MAIL_JOB_TEXTS = {
    **JOB_TEXTS,
    "subject": "Hi",
    "emails": "alex@mysite.com,alex2@mysite2.com",
    "sender_id": "alex2@mysite2.com",
}
MAIL_JOB = dataclasses.replace(
    JOB,
    subject="Hi",
    phones=None,
    emails="alex@mysite.com,alex2@mysite2.com",
    sender_id="alex2@mysite2.com",
)
# QUIRKS INC-11: fmt=3 adds cost, sms_sent and sms_ok; fmt=0/1/2 carry none of them.
JOB3_TEXTS = {**JOB_TEXTS, "cost": "1.40", "sms_sent": "2", "sms_ok": "1"}
JOB3 = dataclasses.replace(JOB, cost=D("1.40"), sms_sent=2, sms_ok=1)
MAIL_JOB3_TEXTS = {**MAIL_JOB_TEXTS, "cost": "0.00", "sms_sent": "2", "sms_ok": "2"}
MAIL_JOB3 = dataclasses.replace(MAIL_JOB, cost=D("0.00"), sms_sent=2, sms_ok=2)
# Cyrillic texts. A separator inside the message could also end the phone list before it
# (a list may use ";", line 47): such a line is refused (BAD), so the message holds none.
RU_JOB_TEXTS = {**JOB_TEXTS, "name": "Рассылка", "message": "Привет, мир! Пока."}
RU_JOB = dataclasses.replace(JOB, name="Рассылка", message="Привет, мир! Пока.")
RU_JOB3_TEXTS = {**JOB3_TEXTS, "name": "Рассылка", "message": "Привет, мир! Пока."}
RU_JOB3 = dataclasses.replace(JOB3, name="Рассылка", message="Привет, мир! Пока.")

LIST_TEXTS = [
    {
        "id": "701",
        "name": "Privet",
        "changed": "11.01.2014 09:30:00",
        "need_date": "12.01.2014 10:00:00",
        "last_sent": "12.01.2014 10:00:05",
        "phones": "79999999999",
        "message": "Hello!",
        "phones_cnt": "1",
        "cost": "1.40",
        "status": "1",
        "sender_id": "MyViber",
        "format": "0",
        "sms_sent": "1",
        "sms_ok": "1",
    },
    {
        "id": "rassilka1",
        "name": "rassilka1",
        "changed": "01.02.2014 12:00:00",
        "need_date": "02.02.2014 12:00:00",
        "last_sent": "02.02.2014 12:01:00",
        "phones": "79999999999,78888888888",
        "message": "{Name}, this is a Viber message",
        "phones_cnt": "2",
        "cost": "2.80",
        "status": "3",
        "sender_id": "MyViber",
        "format": "10",
        "sms_sent": "2",
        "sms_ok": "1",
    },
]
LIST = [
    JobsGetAllReply(
        id=701,
        name="Privet",
        changed=datetime(2014, 1, 11, 9, 30, 0),
        need_date=datetime(2014, 1, 12, 10, 0, 0),
        last_sent=datetime(2014, 1, 12, 10, 0, 5),
        phones="79999999999",
        message="Hello!",
        phones_cnt=1,
        cost=D("1.40"),
        status=1,
        sender_id="MyViber",
        format=0,
        sms_sent=1,
        sms_ok=1,
    ),
    JobsGetAllReply(
        id="rassilka1",
        name="rassilka1",
        changed=datetime(2014, 2, 1, 12, 0, 0),
        need_date=datetime(2014, 2, 2, 12, 0, 0),
        last_sent=datetime(2014, 2, 2, 12, 1, 0),
        phones="79999999999,78888888888",
        message="{Name}, this is a Viber message",
        phones_cnt=2,
        cost=D("2.80"),
        status=3,
        sender_id="MyViber",
        format=10,
        sms_sent=2,
        sms_ok=1,
    ),
]
# QUIRKS INC-12: fmt=0/1/2 carry no sms_sent / sms_ok.
LIST_WITHOUT_SMS = [dataclasses.replace(r, sms_sent=None, sms_ok=None) for r in LIST]
RU_LIST_TEXTS = [{**LIST_TEXTS[0], "name": "Рассылка", "message": "Здравствуйте!"}]
RU_LIST = [dataclasses.replace(LIST[0], name="Рассылка", message="Здравствуйте!")]
MAIL_LIST_TEXTS = [{**LIST_TEXTS[0], "emails": "alex@mysite.com"}]
MAIL_LIST = [dataclasses.replace(LIST[0], phones=None, emails="alex@mysite.com")]


def lines(template: str, records: list[dict[str, str]]) -> bytes:
    return "\n".join(fill(template, values) for values in records).encode()


def sms_jobs(records: list[dict[str, str]], template: str = GET_ALL_FMT2_JOB) -> str:
    """Lines 1320-1337: ``<job>`` elements under ``<sms_jobs>``."""
    return "\n".join(["<sms_jobs>", *(fill(template, v) for v in records), "</sms_jobs>"])


def job_array(records: list[dict[str, str]], template: str = GET_ALL_FMT3_OBJECT) -> str:
    """Lines 1339-1358: an array of objects; a client's string id is quoted."""
    quoted = [{**v, "id": v["id"] if v["id"].isdigit() else f'"{v["id"]}"'} for v in records]
    return "[\n" + ",\n".join(fill(template, v) for v in quoted) + "\n]"


def one_job(values: Mapping[str, str], template: str = GET_FMT3) -> str:
    """Lines 1288-1311: one object in an array; a client's string id is quoted."""
    return fill(
        template, {**values, "id": values["id"] if values["id"].isdigit() else f'"{values["id"]}"'}
    )


MAIL_LIST_WITHOUT_SMS = [dataclasses.replace(r, sms_sent=None, sms_ok=None) for r in MAIL_LIST]
RU_LIST_WITHOUT_SMS = [dataclasses.replace(r, sms_sent=None, sms_ok=None) for r in RU_LIST]


def laid_out(
    command: Command, body: str, model: Any, charset: str | None = None
) -> tuple[Command, bytes, Any, bytes]:
    """A row for a fmt=2/3 body as printed, with its canonical form."""
    if charset is not None:
        command = dataclasses.replace(command, charset=charset)
    encoding = charset or "windows-1251"
    return command, body.encode(encoding), model, compact(body).decode().encode(encoding)


CASES: list[tuple[Command, bytes, Any, bytes | None]] = [
    # add: lines 1218-1224 (fmt=0/1)
    (add(), b"OK, ID - 701", ADDED, None),
    (add(cost=0), b"OK, ID - 701", ADDED, None),
    (add(cost=1), b"OK, ID - 701, COST - 1.40", ADDED_COST, None),
    (add(fmt=1), b"701", ADDED, None),
    (add(fmt=1, cost=1), b"701,1.40", ADDED_COST, None),
    # a client's string id (line 1361: "sent by the Client or assigned by the Server")
    (add(), b"OK, ID - rassilka1", JobsAddReply(id="rassilka1"), None),
    # add: lines 1226-1235 (fmt=2)
    (add(fmt=2), b"<result>\n<id>701</id>\n</result>", ADDED, b"<result><id>701</id></result>"),
    (
        add(fmt=2, cost=1),
        b"<result>\n<id>701</id>\n<cost>1.40</cost>\n</result>",
        ADDED_COST,
        b"<result><id>701</id><cost>1.40</cost></result>",
    ),
    # add: lines 1237-1246 (fmt=3): id bare, cost quoted
    (add(fmt=3), b'{\n"id": 701\n}', ADDED, b'{"id":701}'),
    (
        add(fmt=3, cost=1),
        b'{\n"id": 701,\n"cost": "1.40"\n}',
        ADDED_COST,
        b'{"id":701,"cost":"1.40"}',
    ),
    (add(fmt=3), b'{"id":"rassilka1"}', JobsAddReply(id="rassilka1"), None),
    # del and cancel: lines 1250-1258
    (DEL, b"OK", OK, None),
    (dataclasses.replace(DEL, fmt=1), b"OK", OK, None),
    (dataclasses.replace(DEL, fmt=2), b"<result>OK</result>", OK, None),
    (dataclasses.replace(DEL, fmt=3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    (CANCEL, b"OK", OK, None),
    (dataclasses.replace(CANCEL, fmt=1), b"OK", OK, None),
    (dataclasses.replace(CANCEL, fmt=2), b"<result>OK</result>", OK, None),
    (dataclasses.replace(CANCEL, fmt=3), b'{\n"result": "OK"\n}', OK, b'{"result":"OK"}'),
    # get: lines 1262-1264 (fmt=0/1)
    (GET, fill(GET_FMT0, JOB_TEXTS).encode(), JOB, None),
    (dataclasses.replace(GET, fmt=1), fill(GET_FMT1, JOB_TEXTS).encode(), JOB, None),
    (GET_MAIL, fill(emails(GET_FMT0), MAIL_JOB_TEXTS).encode(), MAIL_JOB, None),
    (
        dataclasses.replace(GET, charset="koi8-r"),
        fill(GET_FMT0, RU_JOB_TEXTS).encode("koi8-r"),
        RU_JOB,
        None,
    ),
    (
        dataclasses.replace(GET, fmt=1, charset="utf-8"),
        fill(GET_FMT1, RU_JOB_TEXTS).encode(),
        RU_JOB,
        None,
    ),
    # a get reply is one record: its message may span lines
    (
        GET,
        fill(GET_FMT0, {**JOB_TEXTS, "message": "Hello!\nBye!"}).encode(),
        dataclasses.replace(JOB, message="Hello!\nBye!"),
        None,
    ),
    # get: lines 1266-1285 (fmt=2)
    laid_out(dataclasses.replace(GET, fmt=2), fill(GET_FMT2, JOB_TEXTS), JOB),
    laid_out(
        dataclasses.replace(GET_MAIL, fmt=2), fill(emails(GET_FMT2), MAIL_JOB_TEXTS), MAIL_JOB
    ),
    laid_out(dataclasses.replace(GET, fmt=2), fill(GET_FMT2, RU_JOB_TEXTS), RU_JOB, "utf-8"),
    # get: lines 1287-1311 (fmt=3): one object in an array, with cost, sms_sent and sms_ok
    # before sender_id (QUIRKS INC-11)
    laid_out(dataclasses.replace(GET, fmt=3), one_job(JOB3_TEXTS), JOB3),
    laid_out(
        dataclasses.replace(GET_MAIL, fmt=3), one_job(MAIL_JOB3_TEXTS, emails(GET_FMT3)), MAIL_JOB3
    ),
    laid_out(dataclasses.replace(GET, fmt=3), one_job(RU_JOB3_TEXTS), RU_JOB3, "utf-8"),
    laid_out(
        dataclasses.replace(GET, fmt=3, charset="koi8-r"),
        one_job({**JOB3_TEXTS, "id": "rassilka1"}),
        dataclasses.replace(JOB3, id="rassilka1"),
    ),
    # get_all: lines 1316-1318 (fmt=0/1), one line per mailing list
    (GET_ALL, lines(GET_ALL_FMT0, LIST_TEXTS), LIST_WITHOUT_SMS, None),
    (dataclasses.replace(GET_ALL, fmt=1), lines(GET_ALL_FMT1, LIST_TEXTS), LIST_WITHOUT_SMS, None),
    (GET_ALL_MAIL, lines(emails(GET_ALL_FMT0), MAIL_LIST_TEXTS), MAIL_LIST_WITHOUT_SMS, None),
    (
        dataclasses.replace(GET_ALL, charset="koi8-r"),
        lines(GET_ALL_FMT0, RU_LIST_TEXTS).decode().encode("koi8-r"),
        RU_LIST_WITHOUT_SMS,
        None,
    ),
    (GET_ALL, b"", [], None),
    # get_all: lines 1320-1337 (fmt=2)
    laid_out(dataclasses.replace(GET_ALL, fmt=2), sms_jobs(LIST_TEXTS), LIST_WITHOUT_SMS),
    laid_out(
        dataclasses.replace(GET_ALL_MAIL, fmt=2),
        sms_jobs(MAIL_LIST_TEXTS, emails(GET_ALL_FMT2_JOB)),
        MAIL_LIST_WITHOUT_SMS,
    ),
    laid_out(dataclasses.replace(GET_ALL, fmt=2), sms_jobs(RU_LIST_TEXTS), RU_LIST_WITHOUT_SMS),
    (dataclasses.replace(GET_ALL, fmt=2), b"<sms_jobs>\n</sms_jobs>", [], b"<sms_jobs/>"),
    # get_all: lines 1339-1358 (fmt=3), with sms_sent and sms_ok (QUIRKS INC-12)
    laid_out(dataclasses.replace(GET_ALL, fmt=3), job_array(LIST_TEXTS), LIST),
    laid_out(
        dataclasses.replace(GET_ALL_MAIL, fmt=3),
        job_array(MAIL_LIST_TEXTS, emails(GET_ALL_FMT3_OBJECT)),
        MAIL_LIST,
    ),
    laid_out(dataclasses.replace(GET_ALL, fmt=3), job_array(RU_LIST_TEXTS), RU_LIST, "utf-8"),
    (dataclasses.replace(GET_ALL, fmt=3), b"[]", [], None),
]


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_decode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.decode_response(command, body) == model
    assert sp.decode_response(command.to_request(), body) == model


@pytest.mark.parametrize(("command", "body", "model", "canonical"), CASES)
def test_encode(command: Command, body: bytes, model: Any, canonical: bytes | None) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


ERRORS: list[tuple[Command, bytes, sp.GatewayError, bytes | None]] = [
    # line 1189 (fmt=0), errors 1, 2, 3, 4, 5, 9
    (
        add(),
        b"ERROR = 3 (error saving a record)",
        sp.GatewayError(3, "error saving a record"),
        None,
    ),
    (
        dataclasses.replace(GET, charset="koi8-r"),
        "ERROR = 1 (ошибка в параметрах)".encode("koi8-r"),
        sp.GatewayError(1, "ошибка в параметрах"),
        None,
    ),
    # line 1191 (fmt=1): no description; the table's meaning is supplied
    (
        dataclasses.replace(GET_ALL, fmt=1),
        b"0,-5",
        sp.GatewayError(5, "Invalid date format."),
        None,
    ),
    (
        dataclasses.replace(DEL, fmt=1),
        b"0,-4",
        sp.GatewayError(
            4, "IP address is temporarily blocked due to frequent errors in the queries."
        ),
        None,
    ),
    # lines 1193-1197 (fmt=2)
    (
        dataclasses.replace(CANCEL, fmt=2),
        b"<result>\n<error>duplicate request</error>\n<error_code>9</error_code>\n</result>",
        sp.GatewayError(9, "duplicate request"),
        b"<result><error>duplicate request</error><error_code>9</error_code></result>",
    ),
    # lines 1199-1203 (fmt=3)
    (
        dataclasses.replace(GET_ALL, fmt=3, charset="utf-8"),
        '{\n"error": "неверный формат даты",\n"error_code": 5\n}'.encode(),
        sp.GatewayError(5, "неверный формат даты"),
        '{"error":"неверный формат даты","error_code":5}'.encode(),
    ),
    # get fmt=3: the error reply is an object, not an array of one (QUIRKS INC-11)
    (
        dataclasses.replace(GET, fmt=3),
        b'{\n"error": "parameters",\n"error_code": 1\n}',
        sp.GatewayError(1, "parameters"),
        b'{"error":"parameters","error_code":1}',
    ),
    (
        add(fmt=3, cost=1),
        b'{\n"error": "invalid login",\n"error_code": 2\n}',
        sp.GatewayError(2, "invalid login"),
        b'{"error":"invalid login","error_code":2}',
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: Command, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: Command, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    assert sp.encode_error(command, error) == (canonical or body)


def test_error_table_is_data() -> None:
    # Lines 1205-1213; no jobs.php error names a mailing list (lines 1189-1203).
    assert sorted(sp.responses.ERROR_TABLES["jobs.php"]) == [1, 2, 3, 4, 5, 9]
    assert sp.responses.error_meaning("jobs.php", 3) == "Error saving a record."
    meaning = sp.responses.error_meaning("jobs.php", 9)
    assert meaning is not None
    assert meaning.startswith(
        "Sending more than one identical request for actions with mailing lists within a "
        "minute. This error also occurs"
    )
    assert sp.responses.error_meaning("jobs.php", 6) is None


def job_line(**changes: str) -> bytes:
    return fill(GET_FMT0, {**JOB_TEXTS, **changes}).encode()


BAD: list[tuple[Command, bytes, str]] = [
    # QUIRKS INC-10: the send.php form the fmt description repeats is not a jobs reply
    (add(), b"OK - 1 SMS, ID - 701", "does not have the form 'OK, ID - {id}'"),
    (add(cost=1), b"OK, ID - 701", "does not have the form 'OK, ID - {id}, COST - {cost}'"),
    (add(fmt=1, cost=1), b"701", "does not have the form '{id},{cost}'"),
    (add(fmt=1, cost=1), b"701,-1.40", "does not have the form"),
    (add(fmt=1), b"7 01", "does not have the form '{id}'"),
    (add(fmt=2, cost=1), b"<result><id>701</id></result>", "lacks cost"),
    (add(fmt=3), b'{"id": 701, "cost": "1.40"}', "unknown key 'cost'"),
    (add(fmt=3, cost=1), b'{"id": 701, "cost": "-1.40"}', "cost: must be a decimal number"),
    (DEL, b"DONE", "does not have the form '{result}'"),
    (DEL, b"ok", "does not have the form '{result}'"),
    (dataclasses.replace(DEL, fmt=2), b"<result>DONE</result>", "result: must be one of OK"),
    (dataclasses.replace(CANCEL, fmt=2), b"<ok>OK</ok>", "root element must be <result>"),
    (dataclasses.replace(CANCEL, fmt=3), b'{"result": "ok"}', "result: must be one of OK"),
    (dataclasses.replace(CANCEL, fmt=3), b"{}", "lacks result"),
    # a field short, a date in another syntax, a name that holds the separator
    (GET, job_line().rsplit(b"|", 1)[0], re.escape("does not have the form '{id}|{name}|")),
    (GET, job_line(created="2014-01-10 09:00:00"), "does not have the form"),
    (
        dataclasses.replace(GET, fmt=1),
        fill(GET_FMT1, {**JOB_TEXTS, "name": "a;b"}).encode(),
        "name could end at more than one ';'",
    ),
    # a separator in the message could also end the recipient list before it
    (GET, job_line(message="Привет | мир"), r"phones could end at more than one '\|'"),
    (GET, job_line(status="x"), "does not have the form"),
    (GET, job_line(created="31.02.2014 09:00:00"), "created: datetime: not a valid date-time"),
    (GET, job_line(period="721"), "period: must be 0..720"),
    (GET, job_line(name=""), "does not have the form"),
    (
        dataclasses.replace(GET, fmt=2),
        fill(GET_FMT2, {**JOB_TEXTS, "created": "10.01.2014"}).encode(),
        "created: datetime: expected DD.MM.YYYY hh:mm:ss",
    ),
    (
        dataclasses.replace(GET, fmt=2),
        fill(GET_FMT2, JOB_TEXTS).replace("job>", "result>").encode(),
        "root element must be <job>",
    ),
    # "emails" replaces "phones" with mail=1 only
    (
        dataclasses.replace(GET, fmt=2),
        fill(emails(GET_FMT2), MAIL_JOB_TEXTS).encode(),
        "<job> has no element <emails>",
    ),
    # get fmt=3 (QUIRKS INC-11): an array of exactly one object with all 20 keys
    (
        dataclasses.replace(GET, fmt=3),
        one_job(JOB3_TEXTS).strip()[1:-1].encode(),
        "must be an array of one record",
    ),
    (dataclasses.replace(GET, fmt=3), b"[]", "must be an array of one record"),
    (
        dataclasses.replace(GET, fmt=3),
        job_array([JOB3_TEXTS, JOB3_TEXTS], GET_FMT3.strip()[1:-1].strip()).encode(),
        "must be an array of one record",
    ),
    (
        dataclasses.replace(GET, fmt=3),
        one_job(JOB3_TEXTS, GET_FMT3.replace('"cost": "<cost>",\n', "")).encode(),
        "lacks cost",
    ),
    (
        dataclasses.replace(GET, fmt=3),
        one_job({**JOB3_TEXTS, "cost": "-1.40"}).encode(),
        "cost: must be a decimal number",
    ),
    (
        dataclasses.replace(GET, fmt=3),
        one_job({**JOB3_TEXTS, "sms_ok": "1.5"}).encode(),
        "sms_ok: must be an integer",
    ),
    (
        dataclasses.replace(GET, fmt=3),
        one_job(MAIL_JOB3_TEXTS, emails(GET_FMT3)).encode(),
        "unknown key 'emails'",
    ),
    # fmt=2 carries none of the fmt=3 additions
    (
        dataclasses.replace(GET, fmt=2),
        fill(GET_FMT2.replace("</status>", "</status><cost>1.40</cost>"), JOB_TEXTS).encode(),
        "<job> has no element <cost>",
    ),
    (GET_ALL, lines(GET_ALL_FMT0, LIST_TEXTS) + b"\n\n", "does not have the form"),
    (GET_ALL, lines(GET_ALL_FMT0, [{**LIST_TEXTS[0], "cost": "-1.40"}]), "does not have the form"),
    (
        dataclasses.replace(GET_ALL, fmt=2),
        sms_jobs(LIST_TEXTS).replace("job>", "item>").encode(),
        "<sms_jobs> holds only <job>",
    ),
    (
        dataclasses.replace(GET_ALL, fmt=2),
        sms_jobs(
            LIST_TEXTS, GET_ALL_FMT2_JOB.replace("</format>", "</format><sms_ok>1</sms_ok>")
        ).encode(),
        "<job> has no element <sms_ok>",
    ),
    (
        dataclasses.replace(GET_ALL, fmt=3),
        fill(GET_ALL_FMT3_OBJECT, LIST_TEXTS[0]).encode(),
        "must be a JSON array of records",
    ),
    (
        dataclasses.replace(GET_ALL, fmt=3),
        job_array(LIST_TEXTS, GET_ALL_FMT3_OBJECT.replace(',\n"sms_ok": <sms_ok>', "")).encode(),
        "lacks sms_ok",
    ),
    (
        dataclasses.replace(GET_ALL, fmt=3),
        job_array([{**LIST_TEXTS[0], "status": "1.5"}]).encode(),
        "status: must be an integer",
    ),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: Command, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="cost: is required"):
        sp.encode_response(add(cost=1), ADDED)
    with pytest.raises(sp.LocalProtocolError, match=r"cost: must be 0\.\."):
        sp.encode_response(add(cost=1), JobsAddReply(id=701, cost=D("-1.40")))
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK"):
        sp.encode_response(DEL, JobsOkReply(result="DONE"))
    with pytest.raises(sp.LocalProtocolError, match="must be a JobsOkReply"):
        sp.encode_response(CANCEL, ADDED)  # type: ignore[misc]
    # a one-line text holding the line's separator would read two ways
    with pytest.raises(sp.LocalProtocolError, match=r"name could end at more than one '\|'"):
        sp.encode_response(GET, dataclasses.replace(JOB, name="a|b"))
    with pytest.raises(sp.LocalProtocolError, match="emails: is required"):
        sp.encode_response(GET_MAIL, JOB)
    # QUIRKS INC-11: fmt=3 of get requires the three fields fmt=0/1/2 lack
    with pytest.raises(sp.LocalProtocolError, match="cost: is required"):
        sp.encode_response(dataclasses.replace(GET, fmt=3), JOB)
    with pytest.raises(sp.LocalProtocolError, match="must be a JobsGetReply"):
        sp.encode_response(dataclasses.replace(GET, fmt=3), [JOB3])  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"message: .* holds a line break"):
        sp.encode_response(GET_ALL, [dataclasses.replace(LIST[0], message="a\nb")])
    with pytest.raises(sp.LocalProtocolError, match="must be a list of JobsGetAllReply"):
        sp.encode_response(GET_ALL, LIST[0])  # type: ignore[misc]
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 1 of jobs\.php names no message"):
        sp.encode_error(GET, sp.GatewayError(1, "x", id=701))


def test_fmt2_leaves_out_get_all_counters() -> None:
    # QUIRKS INC-12: sms_sent and sms_ok are fmt=3's only; fmt=2 writes no element for them.
    body = sp.encode_response(dataclasses.replace(GET_ALL, fmt=2), LIST)
    assert b"<sms_sent>" not in body
    assert b"<sms_ok>" not in body
    assert sp.decode_response(dataclasses.replace(GET_ALL, fmt=2), body) == LIST_WITHOUT_SMS


def test_get_fmt3_only_fields() -> None:
    # QUIRKS INC-11: cost, sms_sent and sms_ok are fmt=3's only; the other forms leave
    # them out, and fmt=3 puts cost before sender_id.
    for fmt in (0, 1, 2):
        command = dataclasses.replace(GET, fmt=fmt)
        body = sp.encode_response(command, JOB3)
        assert b"1.40" not in body
        assert sp.decode_response(command, body) == JOB
    body = sp.encode_response(dataclasses.replace(GET, fmt=3), JOB3)
    keys = list(json.loads(body)[0])
    assert keys[-5:] == ["status", "cost", "sms_sent", "sms_ok", "sender_id"]
    assert len(keys) == 20


# -- properties ----------------------------------------------------------------------------------


def assert_round_trip(command: Command, reply: Any, fmt3_only: tuple[str, ...]) -> None:
    """In each fmt and charset, ``decode(encode(reply))`` is ``reply`` exactly, but for
    ``fmt3_only`` fields, ``None`` outside fmt=3.

    Stricter than :func:`assert_reply_round_trip`, and usable where it is not: fmt=2
    of get and get_all lacks fields that fmt=3 has (QUIRKS INC-11, INC-12).
    """
    gone = dict.fromkeys(fmt3_only)
    for fmt in (0, 1, 2, 3):
        for charset in CHARSETS:
            cmd = dataclasses.replace(command, fmt=fmt, charset=charset)
            decoded = sp.decode_response(cmd, sp.encode_response(cmd, reply))
            if fmt == 3:
                assert decoded == reply, (fmt, charset)
            elif isinstance(reply, list):
                assert decoded == [dataclasses.replace(r, **gone) for r in reply], (fmt, charset)
            else:
                assert decoded == dataclasses.replace(reply, **gone), (fmt, charset)


@pytest.mark.parametrize("cost", [0, 1])
def test_add_round_trip(cost: int) -> None:
    @given(jobs_add_replies(cost=cost))
    def check(model: JobsAddReply) -> None:
        assert_reply_round_trip(add(cost=cost), model)

    check()


@pytest.mark.parametrize("command", [DEL, CANCEL])
def test_ok_round_trip(command: Command) -> None:
    @given(jobs_ok_replies())
    def check(model: JobsOkReply) -> None:
        assert_reply_round_trip(command, model)

    check()


@pytest.mark.parametrize("mail", [False, True])
def test_get_round_trip(mail: bool) -> None:
    @given(jobs_get_replies(mail=mail))
    def check(model: JobsGetReply) -> None:
        command = JobsGet(id=701, mail=mail or None)
        assert_round_trip(command, model, fmt3_only=("cost", "sms_sent", "sms_ok"))

    check()


@pytest.mark.parametrize("mail", [False, True])
def test_get_all_round_trip(mail: bool) -> None:
    @given(jobs_get_all_replies(mail=mail))
    def check(reply: list[JobsGetAllReply]) -> None:
        command = JobsGetAll(mail=mail or None)
        assert_round_trip(command, reply, fmt3_only=("sms_sent", "sms_ok"))

    check()


ANY_COMMANDS = [add(), add(cost=1), DEL, CANCEL, GET, GET_MAIL, GET_ALL, GET_ALL_MAIL]


@given(st.sampled_from(ANY_COMMANDS), st.sampled_from([0, 1, 2, 3]), st.binary(max_size=300))
def test_any_body_decodes_or_raises_documented_errors(
    command: Command, fmt: int, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(dataclasses.replace(command, fmt=fmt), body)


def test_a_client_id_may_start_with_error() -> None:
    # Only a well-formed "ERROR = N (...)" line is an error reply; a client's mailing id
    # "ERROR" (line 51: letters, digits, ".", "-", "_") is an id like any other.
    body = lines(GET_ALL_FMT0, [{**LIST_TEXTS[0], "id": "ERROR"}])
    (job,) = sp.decode_response(GET_ALL, body)
    assert job.id == "ERROR"
