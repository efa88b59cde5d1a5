"""status.php replies (status query and del=1): a table drives both directions.

Bodies are the spec's templates (lines 1458-1759, 1788-1794, 1878-1887) with the
placeholders filled in, laid out as printed; a fourth element is the canonical body the
encoder writes when it differs. Each row names its catalog variant.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smsc_proto as sp
from smsc_proto.commands import StatusDelete, StatusQuery
from smsc_proto.responses import (
    HlrStatusReply,
    SmsStatusReply,
    StatusDeleteReply,
    StatusNotFoundReply,
    StatusRecord,
)
from smsc_proto.strategies import (
    status_delete_replies,
    status_query_multiple_replies,
    status_query_replies,
)
from smsc_proto.values import MessageType, StatusFlag, parse_phone_list

from .conftest import assert_reply_round_trip

D = Decimal
Kind = Literal["sms", "hlr"]
ONE = parse_phone_list("79999999999")
TWO = parse_phone_list("79999999999,79999999998")


def query(**kwargs: Any) -> StatusQuery:
    return StatusQuery(phone=ONE, id=6, **kwargs)


def multiple(**kwargs: Any) -> StatusQuery:
    return StatusQuery(phone=TWO, id=(6, "a-7"), **kwargs)


def delete(**kwargs: Any) -> StatusDelete:
    return StatusDelete(phone=ONE, id=6, **kwargs)


LAST = datetime(2010, 10, 10, 10, 10, 10)
SENT = datetime(2010, 10, 10, 10, 9, 58)

# -- SMS ---------------------------------------------------------------------------------
SMS0 = SmsStatusReply(
    status=1, last_date=LAST, last_timestamp=1286705410, flag=StatusFlag.from_int(256), err=0
)
SMS0_TEXT = SmsStatusReply(status=1, last_date=LAST, err=0)  # fmt=0 (INC-15)
SMS0_TEXT_BODY = b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0"
SMS0_CSV = SmsStatusReply(status=1, last_timestamp=1286705410, err=0)  # fmt=1 (INC-15)
SMS1 = dataclasses.replace(
    SMS0,
    send_date=SENT,
    send_timestamp=1286705398,
    phone="79999999999",
    cost=D("1.40"),
    sender_id="SMSC.RU",
    status_name="Delivered",
    message="Hello, world!",
    comment="order 7, desk 2",
    type=MessageType.SMS,
    sms_cnt=1,
)
# fmt=0 of all=1/2 has no timestamps, flag nor sms_cnt (INC-16, INC-17)
SMS1_TEXT = dataclasses.replace(
    SMS1, last_timestamp=None, flag=None, send_timestamp=None, sms_cnt=None
)
GEO: dict[str, Any] = {
    "mccmnc": "25001",
    "country": "Russia",
    "operator": "MTS",
    "operator_orig": "Beeline",
    "region": "Moscow and Moscow region",
}
SMS2 = dataclasses.replace(SMS1, **GEO)
SMS2_TEXT = dataclasses.replace(SMS1_TEXT, **GEO)

SMS0_XML = (
    b"<sms>\n<status>1</status>\n<last_date>10.10.2010 10:10:10</last_date>\n"
    b"<last_timestamp>1286705410</last_timestamp>\n<flag>256</flag>\n<err>0</err>\n</sms>"
)
SMS0_XML_C = (
    b"<sms><status>1</status><last_date>10.10.2010 10:10:10</last_date>"
    b"<last_timestamp>1286705410</last_timestamp><flag>256</flag><err>0</err></sms>"
)
SMS0_JSON = (
    b'{\n"status": 1,\n"last_date": "10.10.2010 10:10:10",\n"last_timestamp": 1286705410,\n'
    b'"flag": 256,\n"err": 0\n}'
)
SMS0_JSON_C = (
    b'{"status":1,"last_date":"10.10.2010 10:10:10","last_timestamp":1286705410,"flag":256,"err":0}'
)
SMS1_TEXT_BODY = (
    b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 "
    b"10:09:58, phone = 79999999999, cost = 1.40, sender_id = SMSC.RU, status_name = "
    b"Delivered, message = Hello, world!, comment = order 7, desk 2, type = 0"
)
SMS1_XML_MIDDLE = (
    b"<send_date>10.10.2010 10:09:58</send_date>\n<send_timestamp>1286705398</send_timestamp>\n"
    b"<phone>79999999999</phone>\n<cost>1.40</cost>\n<sender_id>SMSC.RU</sender_id>\n"
    b"<status_name>Delivered</status_name>\n<message>Hello, world!</message>\n"
    b"<comment>order 7, desk 2</comment>\n"
)
SMS1_JSON_MIDDLE = (
    b'"send_date": "10.10.2010 10:09:58",\n"send_timestamp": 1286705398,\n'
    b'"phone": "79999999999",\n"cost": "1.40",\n"sender_id": "SMSC.RU",\n'
    b'"status_name": "Delivered",\n"message": "Hello, world!",\n'
    b'"comment": "order 7, desk 2",\n'
)
SMS1_JSON_C = (
    SMS0_JSON_C[:-1] + b',"send_date":"10.10.2010 10:09:58","send_timestamp":1286705398,'
    b'"phone":"79999999999","cost":"1.40","sender_id":"SMSC.RU",'
    b'"status_name":"Delivered","message":"Hello, world!","comment":"order 7, desk 2",'
)
SMS2_TEXT_BODY = (
    b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 "
    b"10:09:58, phone = 79999999999, mccmnc = 25001, country = Russia, operator = MTS, "
    b"operator_orig= Beeline, region = Moscow and Moscow region, cost = 1.40, sender_id = "
    b"SMSC.RU, status_name = Delivered, message = Hello, world!, comment = order 7, desk 2, "
    b"type = 0"
)
GEO_XML = (
    b"<mccmnc>25001</mccmnc>\n<country>Russia</country>\n<operator>MTS</operator>\n"
    b"<operator_orig>Beeline</operator_orig>\n<region>Moscow and Moscow region</region>\n"
)
GEO_JSON = (
    b'"mccmnc": "25001",\n"country": "Russia",\n"operator": "MTS",\n'
    b'"operator_orig": "Beeline",\n"region": "Moscow and Moscow region",\n'
)

# -- HLR ---------------------------------------------------------------------------------
HLR0 = HlrStatusReply(
    status=1,
    last_date=LAST,
    last_timestamp=1286705410,
    flag=StatusFlag.from_int(4),
    err=0,
    imsi="250011234567890",
    msc="79160000001",
    mcc="250",
    mnc="01",
    cn="Russia",
    net="MTS",
    rcn="",
    rnet="",
)
HLR0_TEXT = dataclasses.replace(HLR0, last_timestamp=None, flag=None)
HLR0_CSV = dataclasses.replace(HLR0, last_date=None, flag=None)
HLR1 = dataclasses.replace(
    HLR0,
    send_date=SENT,
    send_timestamp=1286705398,
    phone="79999999999",
    cost=D("0.20"),
    sender_id="SMSC.RU",
    status_name="Delivered",
    message="",
    type=MessageType.HLR,
)
HLR1_TEXT = dataclasses.replace(HLR1, last_timestamp=None, flag=None, send_timestamp=None)
HLR_GEO: dict[str, Any] = {"country": "Russia", "operator": "MTS", "region": "Moscow"}
HLR2 = dataclasses.replace(HLR1, **HLR_GEO)
HLR2_TEXT = dataclasses.replace(HLR1_TEXT, **HLR_GEO)

HLR0_TEXT_BODY = (
    b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0, imsi = 250011234567890, "
    b"msc = 79160000001, mcc = 250, mnc = 01, cn = Russia, net = MTS, rcn = , rnet = "
)
HLR0_XML_HEAD = (
    b"<sms>\n<status>1</status>\n<last_date>10.10.2010 10:10:10</last_date>\n"
    b"<last_timestamp>1286705410</last_timestamp>\n<flag>4</flag>\n<err>0</err>\n"
    b"<imsi>250011234567890</imsi>\n<msc>79160000001</msc>\n<mcc>250</mcc>\n<mnc>01</mnc>\n"
    b"<cn>Russia</cn>\n<net>MTS</net>\n<rcn></rcn>\n<rnet></rnet>\n"
)
HLR0_XML_C = (
    b"<sms><status>1</status><last_date>10.10.2010 10:10:10</last_date>"
    b"<last_timestamp>1286705410</last_timestamp><flag>4</flag><err>0</err>"
    b"<imsi>250011234567890</imsi><msc>79160000001</msc><mcc>250</mcc><mnc>01</mnc>"
    b"<cn>Russia</cn><net>MTS</net><rcn></rcn><rnet></rnet></sms>"
)
HLR0_JSON_HEAD = (
    b'{\n"status": 1,\n"last_date": "10.10.2010 10:10:10",\n"last_timestamp": 1286705410,\n'
    b'"flag": 4,\n"err": 0,\n"imsi": "250011234567890",\n"msc": "79160000001",\n'
    b'"mcc": "250",\n"mnc": "01",\n"cn": "Russia",\n"net": "MTS",\n"rcn": "",\n"rnet": ""'
)
HLR0_JSON_C = (
    b'{"status":1,"last_date":"10.10.2010 10:10:10","last_timestamp":1286705410,"flag":4,'
    b'"err":0,"imsi":"250011234567890","msc":"79160000001","mcc":"250","mnc":"01",'
    b'"cn":"Russia","net":"MTS","rcn":"","rnet":""}'
)
HLR_SENT_TEXT = (
    b", send_date = 10.10.2010 10:09:58, phone = 79999999999, cost = 0.20, "
    b"sender_id = SMSC.RU, status_name = Delivered, message = , type = 4"
)
HLR_SENT_XML = (
    b"<send_date>10.10.2010 10:09:58</send_date>\n<send_timestamp>1286705398</send_timestamp>\n"
    b"<phone>79999999999</phone>\n<cost>0.20</cost>\n<sender_id>SMSC.RU</sender_id>\n"
    b"<status_name>Delivered</status_name>\n<message></message>\n"
)
HLR_SENT_JSON = (
    b',\n"send_date": "10.10.2010 10:09:58",\n"send_timestamp": 1286705398,\n'
    b'"phone": "79999999999",\n"cost": "0.20",\n"sender_id": "SMSC.RU",\n'
    b'"status_name": "Delivered",\n"message": ""'
)
HLR_SENT_JSON_C = (
    b',"send_date":"10.10.2010 10:09:58","send_timestamp":1286705398,'
    b'"phone":"79999999999","cost":"0.20","sender_id":"SMSC.RU",'
    b'"status_name":"Delivered","message":""'
)


def xml_c(body: bytes) -> bytes:
    """The compact form of a printed XML body (no whitespace between elements)."""
    return body.replace(b">\n<", b"><")


# fmt=1 of all=1/2 (lines 1485, 1529, 1646, 1702): no dates, flag nor sms_cnt (INC-16).
# Sender, status name, message and comment stand side by side and any of them may hold a
# comma: a line is read only when its commas leave one reading (BAD has the others).
SMS1_CSV = dataclasses.replace(
    SMS1,
    last_date=None,
    flag=None,
    send_date=None,
    sms_cnt=None,
    message="Hello world!",
    comment="order 7 desk 2",
)
SMS1_CSV_BODY = (
    b"1,1286705410,0,1286705398,79999999999,1.40,SMSC.RU,Delivered,Hello world!, order 7 desk 2, 0"
)
SMS2_CSV = dataclasses.replace(SMS1_CSV, country="Russia", operator="MTS", region="Moscow")
SMS2_CSV_BODY = (
    b"1,1286705410,0,1286705398,79999999999,Russia,MTS,Moscow,1.40,SMSC.RU,Delivered,"
    b"Hello world!, order 7 desk 2, 0"
)
HLR1_CSV = dataclasses.replace(HLR1, last_date=None, flag=None, send_date=None)
HLR1_CSV_BODY = (
    b"1,1286705410,0,250011234567890,79160000001,250,01,Russia,MTS,,, 1286705398,"
    b"79999999999,0.20,SMSC.RU,Delivered,,4"
)
HLR2_CSV = dataclasses.replace(HLR1_CSV, **HLR_GEO)
HLR2_CSV_BODY = HLR1_CSV_BODY.replace(b"79999999999,", b"79999999999,Russia,MTS,Moscow,")

# Cyrillic values in every charset.
RU_NAME = "Доставлено"
SMS1_RU = dataclasses.replace(SMS1, status_name=RU_NAME, message="Привет, мир!", comment="заказ")
SMS1_RU_TEXT = dataclasses.replace(
    SMS1_TEXT, status_name=RU_NAME, message="Привет, мир!", comment="заказ"
)
SMS1_RU_TEXT_BODY = (
    "Status = 1, check_time = 10.10.2010 10:10:10, err = 0, send_date = 10.10.2010 10:09:58, "
    "phone = 79999999999, cost = 1.40, sender_id = SMSC.RU, status_name = Доставлено, "
    "message = Привет, мир!, comment = заказ, type = 0"
)

CASES: list[tuple[str, StatusQuery | StatusDelete, bytes, Any, bytes | None]] = [
    # -- SMS, all=0 (lines 1460-1480)
    (
        "sms_all0_fmt0",
        query(),
        b"Status = 1, check_time = 10.10.2010 10:10:10, err = 0",
        SMS0_TEXT,
        None,
    ),
    ("sms_all0_fmt1", query(fmt=1), b"1,1286705410,0", SMS0_CSV, None),
    ("sms_all0_fmt2", query(fmt=2), SMS0_XML, SMS0, SMS0_XML_C),
    ("sms_all0_fmt3", query(fmt=3, all=0), SMS0_JSON, SMS0, SMS0_JSON_C),
    # -- SMS, all=1 (lines 1482-1524); fmt=1 is not modelled (test_unmodelled)
    ("sms_all1_fmt0", query(all=1), SMS1_TEXT_BODY, SMS1_TEXT, None),
    (
        "sms_all1_fmt2",
        query(all=1, fmt=2),
        SMS0_XML[: -len(b"</sms>")] + SMS1_XML_MIDDLE + b"<type>0</type>\n<sms_cnt>1</sms_cnt>\n"
        b"</sms>",
        SMS1,
        SMS0_XML_C[: -len(b"</sms>")]
        + xml_c(SMS1_XML_MIDDLE).removesuffix(b"\n")
        + b"<type>0</type><sms_cnt>1</sms_cnt></sms>",
    ),
    (
        "sms_all1_fmt3",
        query(all=1, fmt=3),
        SMS0_JSON[:-2] + b",\n" + SMS1_JSON_MIDDLE + b'"type": 0,\n"sms_cnt": 1\n}',
        SMS1,
        SMS1_JSON_C + b'"type":0,"sms_cnt":1}',
    ),
    # -- SMS, all=2 (lines 1526-1576): "operator_orig= " as printed (INC-17)
    ("sms_all2_fmt0", query(all=2), SMS2_TEXT_BODY, SMS2_TEXT, None),
    (
        "sms_all2_fmt0",
        query(all=2),
        SMS2_TEXT_BODY.replace(b"operator_orig= ", b"operator_orig = "),
        SMS2_TEXT,
        SMS2_TEXT_BODY,
    ),
    (
        "sms_all2_fmt2",
        query(all=2, fmt=2),
        SMS0_XML[: -len(b"</sms>")]
        + SMS1_XML_MIDDLE
        + GEO_XML
        + b"<type>0</type>\n<sms_cnt>1</sms_cnt>\n</sms>",
        SMS2,
        xml_c(
            SMS0_XML[: -len(b"</sms>")]
            + SMS1_XML_MIDDLE
            + GEO_XML
            + b"<type>0</type>\n<sms_cnt>1</sms_cnt>\n</sms>"
        ),
    ),
    (
        "sms_all2_fmt3",
        query(all=2, fmt=3),
        SMS0_JSON[:-2] + b",\n" + SMS1_JSON_MIDDLE + GEO_JSON + b'"type": 0,\n"sms_cnt": 1\n}',
        SMS2,
        SMS1_JSON_C
        + b'"mccmnc":"25001","country":"Russia","operator":"MTS","operator_orig":"Beeline",'
        b'"region":"Moscow and Moscow region","type":0,"sms_cnt":1}',
    ),
    # -- HLR, all=0 (lines 1603-1627): check_time is last_date (INC-18)
    ("hlr_all0_fmt0", query(), HLR0_TEXT_BODY, HLR0_TEXT, None),
    (
        "hlr_all0_fmt1",
        query(fmt=1),
        b"1,1286705410,0,250011234567890,79160000001,250,01,Russia,MTS,,",
        HLR0_CSV,
        None,
    ),
    ("hlr_all0_fmt2", query(fmt=2), HLR0_XML_HEAD + b"</sms>", HLR0, HLR0_XML_C),
    ("hlr_all0_fmt3", query(fmt=3), HLR0_JSON_HEAD + b"\n}", HLR0, HLR0_JSON_C),
    # -- HLR, all=1 (lines 1643-1697)
    ("hlr_all1_fmt0", query(all=1), HLR0_TEXT_BODY + HLR_SENT_TEXT, HLR1_TEXT, None),
    (
        "hlr_all1_fmt2",
        query(all=1, fmt=2),
        HLR0_XML_HEAD + HLR_SENT_XML + b"<type>4</type>\n</sms>",
        HLR1,
        xml_c(HLR0_XML_HEAD + HLR_SENT_XML + b"<type>4</type>\n</sms>"),
    ),
    (
        "hlr_all1_fmt3",
        query(all=1, fmt=3),
        HLR0_JSON_HEAD + HLR_SENT_JSON + b',\n"type": 4\n}',
        HLR1,
        HLR0_JSON_C[:-1] + HLR_SENT_JSON_C + b',"type":4}',
    ),
    # -- HLR, all=2 (lines 1699-1759): country..region after phone in fmt=0, after
    # message in fmt=2/3 (INC-20)
    (
        "hlr_all2_fmt0",
        query(all=2),
        HLR0_TEXT_BODY
        + HLR_SENT_TEXT.replace(
            b", cost", b", country = Russia, operator = MTS, region = Moscow, cost"
        ),
        HLR2_TEXT,
        None,
    ),
    (
        "hlr_all2_fmt2",
        query(all=2, fmt=2),
        HLR0_XML_HEAD
        + HLR_SENT_XML
        + b"<country>Russia</country>\n<operator>MTS</operator>\n<region>Moscow</region>\n"
        b"<type>4</type>\n</sms>",
        HLR2,
        xml_c(
            HLR0_XML_HEAD
            + HLR_SENT_XML
            + b"<country>Russia</country>\n<operator>MTS</operator>\n<region>Moscow</region>\n"
            b"<type>4</type>\n</sms>"
        ),
    ),
    (
        "hlr_all2_fmt3",
        query(all=2, fmt=3),
        HLR0_JSON_HEAD
        + HLR_SENT_JSON
        + b',\n"country": "Russia",\n"operator": "MTS",\n"region": "Moscow",\n"type": 4\n}',
        HLR2,
        HLR0_JSON_C[:-1]
        + HLR_SENT_JSON_C
        + b',"country":"Russia","operator":"MTS","region":"Moscow","type":4}',
    ),
    # -- not found (line 1788): the status alone in fmt=0, 2, 3 ...
    ("not_found_or_archived", query(), b"Status = -3", StatusNotFoundReply(status=-3), None),
    (
        "not_found_or_archived",
        query(all=2),
        b"Status = -3",
        StatusNotFoundReply(status=-3),
        None,
    ),
    (
        "not_found_or_archived",
        query(fmt=2, all=1),
        b"<sms>\n<status>-3</status>\n</sms>",
        StatusNotFoundReply(status=-3),
        b"<sms><status>-3</status></sms>",
    ),
    (
        "not_found_or_archived",
        query(fmt=3),
        b'{\n"status": -3\n}',
        StatusNotFoundReply(status=-3),
        b'{"status":-3}',
    ),
    # ... and "in the format of the status of a regular message" in fmt=1
    (
        "not_found_or_archived",
        query(fmt=1),
        b"-3,0,0",
        SmsStatusReply(status=-3, last_timestamp=0, err=0),
        None,
    ),
    # -- multiple requests, fmt=2/3 (lines 1792-1794); id (and phone, all=0) added with
    # the names of the request (INC-22)
    (
        "multiple_fmt2",
        multiple(fmt=2),
        b"<list>\n"
        + SMS0_XML[: -len(b"</sms>")]
        + b"<id>6</id>\n<phone>79999999999</phone>\n</sms>\n"
        + SMS0_XML[: -len(b"</sms>")]
        + b"<id>a-7</id>\n<phone>79999999998</phone>\n</sms>\n</list>",
        [
            dataclasses.replace(SMS0, id=6, phone="79999999999"),
            dataclasses.replace(SMS0, id="a-7", phone="79999999998"),
        ],
        b"<list>"
        + SMS0_XML_C[: -len(b"</sms>")]
        + b"<id>6</id><phone>79999999999</phone></sms>"
        + SMS0_XML_C[: -len(b"</sms>")]
        + b"<id>a-7</id><phone>79999999998</phone></sms></list>",
    ),
    (
        "multiple_fmt3",
        multiple(fmt=3, all=2),
        b"[\n"
        + SMS0_JSON[:-2]
        + b",\n"
        + SMS1_JSON_MIDDLE
        + GEO_JSON
        + b'"type": 0,\n"sms_cnt": 1,\n"id": 6\n},\n'
        + SMS0_JSON[:-2]
        + b",\n"
        + SMS1_JSON_MIDDLE
        + GEO_JSON
        + b'"type": 0,\n"sms_cnt": 1,\n"id": "a-7"\n}\n]',
        [dataclasses.replace(SMS2, id=6), dataclasses.replace(SMS2, id="a-7")],
        b"["
        + SMS1_JSON_C
        + b'"mccmnc":"25001","country":"Russia","operator":"MTS","operator_orig":"Beeline",'
        b'"region":"Moscow and Moscow region","type":0,"sms_cnt":1,"id":6},'
        + SMS1_JSON_C
        + b'"mccmnc":"25001","country":"Russia","operator":"MTS","operator_orig":"Beeline",'
        b'"region":"Moscow and Moscow region","type":0,"sms_cnt":1,"id":"a-7"}]',
    ),
    (
        "multiple_fmt3",
        multiple(fmt=3, all=0),
        b"[" + HLR0_JSON_C[:-1] + b',"id":6,"phone":"79999999999"},'
        b"" + HLR0_JSON_C[:-1] + b',"id":"a-7","phone":"79999999998"}]',
        [
            dataclasses.replace(HLR0, id=6, phone="79999999999"),
            dataclasses.replace(HLR0, id="a-7", phone="79999999998"),
        ],
        None,
    ),
    # -- multiple requests, fmt=0 (INC-22): ", id = <id>" (and ", phone = <phone>" with
    # all=0) end each line; records start at "Status = " (a message may span lines) and
    # each is decided by itself
    (
        "multiple_fmt0",
        multiple(),
        SMS0_TEXT_BODY + b", id = 6, phone = 79999999999\n"
        b"Status = -3, id = a-7, phone = 79999999998",
        [
            dataclasses.replace(SMS0_TEXT, id=6, phone="79999999999"),
            StatusNotFoundReply(status=-3, id="a-7", phone="79999999998"),
        ],
        None,
    ),
    (
        "multiple_fmt0",
        multiple(all=1),
        SMS1_TEXT_BODY.replace(b"Hello, world!", b"Hello,\nworld!")
        + b", id = 6\n"
        + HLR0_TEXT_BODY
        + HLR_SENT_TEXT
        + b", id = a-7",
        [
            dataclasses.replace(SMS1_TEXT, message="Hello,\nworld!", id=6),
            dataclasses.replace(HLR1_TEXT, id="a-7"),
        ],
        None,
    ),
    # -- fmt=1 of all=1/2: type 4 makes an HLR line, any other type an SMS line
    ("sms_all1_fmt1", query(all=1, fmt=1), SMS1_CSV_BODY, SMS1_CSV, None),
    ("sms_all2_fmt1", query(all=2, fmt=1), SMS2_CSV_BODY, SMS2_CSV, None),
    ("hlr_all1_fmt1", query(all=1, fmt=1), HLR1_CSV_BODY, HLR1_CSV, None),
    ("hlr_all2_fmt1", query(all=2, fmt=1), HLR2_CSV_BODY, HLR2_CSV, None),
    # an empty comment and message
    (
        "sms_all1_fmt1",
        query(all=1, fmt=1),
        SMS1_CSV_BODY.replace(b"Hello world!, order 7 desk 2", b", "),
        dataclasses.replace(SMS1_CSV, message="", comment=""),
        None,
    ),
    # INC-19: the HLR line is also read without the stray space before send_timestamp
    (
        "hlr_all2_fmt1",
        query(all=2, fmt=1),
        HLR2_CSV_BODY.replace(b",,, 1286705398", b",,,1286705398"),
        HLR2_CSV,
        HLR2_CSV_BODY,
    ),
    (
        "sms_all1_fmt1",
        query(all=1, fmt=1, charset="koi8-r"),
        SMS1_CSV_BODY.replace(b"Delivered", RU_NAME.encode("koi8-r")),
        dataclasses.replace(SMS1_CSV, status_name=RU_NAME),
        None,
    ),
    # -- Cyrillic in every charset
    (
        "sms_all1_fmt0",
        query(all=1, charset="utf-8"),
        SMS1_RU_TEXT_BODY.encode(),
        SMS1_RU_TEXT,
        None,
    ),
    (
        "sms_all1_fmt0",
        query(all=1),
        SMS1_RU_TEXT_BODY.encode("cp1251"),
        SMS1_RU_TEXT,
        None,
    ),
    (
        "sms_all1_fmt2",
        query(all=1, fmt=2, charset="koi8-r"),
        xml_c(
            SMS0_XML[: -len(b"</sms>")]
            + SMS1_XML_MIDDLE
            + b"<type>0</type>\n<sms_cnt>1</sms_cnt>\n</sms>"
        )
        .decode()
        .replace("<status_name>Delivered", f"<status_name>{RU_NAME}")
        .replace("Hello, world!", "Привет, мир!")
        .replace("order 7, desk 2", "заказ")
        .encode("koi8-r"),
        SMS1_RU,
        None,
    ),
    (
        "sms_all1_fmt3",
        query(all=1, fmt=3, charset="utf-8"),
        (SMS1_JSON_C + b'"type":0,"sms_cnt":1}')
        .decode()
        .replace('"Delivered"', f'"{RU_NAME}"')
        .replace("Hello, world!", "Привет, мир!")
        .replace("order 7, desk 2", "заказ")
        .encode(),
        SMS1_RU,
        None,
    ),
    (
        "hlr_all0_fmt0",
        query(charset="koi8-r"),
        HLR0_TEXT_BODY.decode().replace("Russia", "Россия").encode("koi8-r"),
        dataclasses.replace(HLR0_TEXT, cn="Россия"),
        None,
    ),
    # -- a name holding a comma is read in fmt=0 (the separator is ", <key> = ")
    (
        "hlr_all0_fmt0",
        query(),
        HLR0_TEXT_BODY.replace(b"cn = Russia", b"cn = Korea, Republic of"),
        dataclasses.replace(HLR0_TEXT, cn="Korea, Republic of"),
        None,
    ),
    # -- the fmt parameter's examples (line 1417) have no err (INC-15): read, not written
    ("sms_all0_fmt0", query(), b"Status = 1, check_time = 10.10.2010 10:10:10", None, None),
    ("sms_all0_fmt1", query(fmt=1), b"1,1286524541", None, None),
    # -- one trailing line break
    ("sms_all0_fmt1", query(fmt=1), b"1,1286705410,0\n", SMS0_CSV, b"1,1286705410,0"),
    # -- del=1 (lines 1878-1887)
    ("del/fmt0_1", delete(), b"OK", StatusDeleteReply(result="OK"), None),
    ("del/fmt0_1", delete(fmt=1), b"OK", StatusDeleteReply(result="OK"), None),
    (
        "del/fmt0_1",
        StatusDelete(phone=TWO, id=(6, 7), fmt=1),
        b"OK",
        StatusDeleteReply(result="OK"),
        None,
    ),
    ("del/fmt2", delete(fmt=2), b"<result>OK</result>", StatusDeleteReply(result="OK"), None),
    (
        "del/fmt3",
        delete(fmt=3),
        b'{\n"result": "OK"\n}',
        StatusDeleteReply(result="OK"),
        b'{"result":"OK"}',
    ),
]

# The example lines of INC-15 decode to a status without err.
EXAMPLES = {
    b"Status = 1, check_time = 10.10.2010 10:10:10": SmsStatusReply(status=1, last_date=LAST),
    b"1,1286524541": SmsStatusReply(status=1, last_timestamp=1286524541),
}
ENCODED = [row for row in CASES if row[3] is not None]


@pytest.mark.parametrize(("variant", "command", "body", "model", "canonical"), CASES)
def test_decode(
    variant: str, command: StatusQuery, body: bytes, model: Any, canonical: bytes | None
) -> None:
    expected = EXAMPLES[body] if model is None else model
    assert sp.decode_response(command, body) == expected
    assert sp.decode_response(command.to_request(), body) == expected


@pytest.mark.parametrize(("variant", "command", "body", "model", "canonical"), ENCODED)
def test_encode(
    variant: str, command: StatusQuery, body: bytes, model: Any, canonical: bytes | None
) -> None:
    assert sp.encode_response(command, model) == (canonical or body)


def test_example_lines_are_not_written() -> None:
    # INC-15: the encoder writes the reply template, which has err.
    with pytest.raises(sp.LocalProtocolError, match="err: is required"):
        sp.encode_response(query(fmt=1), EXAMPLES[b"1,1286524541"])


def test_every_catalog_variant_has_a_row() -> None:
    covered = {row[0] for row in CASES}
    unmodelled = {"multiple_fmt1"}
    assert covered | unmodelled == {
        f"{kind}_all{level}_fmt{fmt}"
        for kind in ("sms", "hlr")
        for level in (0, 1, 2)
        for fmt in (0, 1, 2, 3)
    } | {f"multiple_fmt{fmt}" for fmt in range(4)} | {
        "not_found_or_archived",
        "del/fmt0_1",
        "del/fmt2",
        "del/fmt3",
    }
    assert not covered & unmodelled


UNMODELLED: list[tuple[StatusQuery, str]] = [
    (multiple(fmt=1), "id: the fmt=1 replies of multiple status requests are not modelled"),
    (multiple(fmt=1, all=1), "id: the fmt=1 replies of multiple status requests"),
]


@pytest.mark.parametrize(("command", "match"), UNMODELLED)
def test_unmodelled(command: StatusQuery, match: str) -> None:
    # Lines 1791, 1794 (INC-22): where a fmt=1 line adds the id is not documented, and a
    # line that names no field cannot show where it put them.
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.decode_response(command, b"1,1286705410,0")
    with pytest.raises(sp.LocalProtocolError, match=match):
        sp.encode_response(command, SMS1)


NINE = (
    "Attempt to send more than five requests to get the status of the same message or more "
    "than one mass request within a minute. This error also occurs when you try to send five "
    "or more requests simultaneously from different connections under the same username "
    "(too many concurrent requests)."
)

ERRORS: list[tuple[StatusQuery | StatusDelete, bytes, sp.GatewayError, bytes | None]] = [
    # lines 1429-1446 with the codes of lines 1450-1455
    (query(), b"ERROR = 2 (invalid login)", sp.GatewayError(2, "invalid login"), None),
    (query(fmt=1), b"0,-9", sp.GatewayError(9, NINE), None),  # INC-53: "five"
    (
        query(fmt=2, all=2),
        b"<result>\n<error>parameters</error>\n<error_code>1</error_code>\n</result>",
        sp.GatewayError(1, "parameters"),
        b"<result><error>parameters</error><error_code>1</error_code></result>",
    ),
    (
        query(fmt=3, charset="utf-8"),
        '{\n"error": "IP заблокирован",\n"error_code": 4\n}'.encode(),
        sp.GatewayError(4, "IP заблокирован"),
        '{"error":"IP заблокирован","error_code":4}'.encode(),
    ),
    # del=1: "the errors returned by it is similar" (line 1876); 5 is the deletion's
    (delete(), b"ERROR = 5 (delete error)", sp.GatewayError(5, "delete error"), None),
    (delete(fmt=1), b"0,-5", sp.GatewayError(5, "Error deleting a message."), None),
    (
        delete(fmt=2, charset="koi8-r"),
        "<result><error>ошибка</error><error_code>5</error_code></result>".encode("koi8-r"),
        sp.GatewayError(5, "ошибка"),
        None,
    ),
    (
        delete(fmt=3),
        b'{"error":"delete error","error_code":5}',
        sp.GatewayError(5, "delete error"),
        None,
    ),
]


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_decode_error(
    command: StatusQuery, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    with pytest.raises(sp.GatewayError) as info:
        sp.decode_response(command, body)
    assert info.value == error


@pytest.mark.parametrize(("command", "body", "error", "canonical"), ERRORS)
def test_encode_error(
    command: StatusQuery, body: bytes, error: sp.GatewayError, canonical: bytes | None
) -> None:
    if command.fmt == 1:
        # fmt=1 carries no description; the decoder supplies the spec's meaning.
        error = sp.GatewayError(error.code, "whatever")
    assert sp.encode_error(command, error) == (canonical or body)


def test_error_table_is_data() -> None:
    assert sorted(sp.responses.ERROR_TABLES["status.php"]) == [1, 2, 4, 5, 9]
    assert sp.responses.error_meaning("status.php", 5) == "Error deleting a message."
    assert sp.responses.error_meaning("status.php", 9) == NINE


BAD: list[tuple[StatusQuery | StatusDelete, bytes, str]] = [
    (query(), b"", "fits no reply form"),
    (query(), b"Status = 1", "fits no reply form"),
    (query(), b"Status = 1, check_time = 10.10.2010 10:10:10, err = x", "fits no reply form"),
    (query(), b"Status = 1, check_time = 31.02.2010 10:10:10, err = 0", "not a valid date"),
    (query(fmt=1), b"1,1286705410,0,0", "fits no reply form"),
    (query(fmt=1), b"1,1286705410,0,", "fits no reply form"),
    # a name with a comma in a fmt=1 line is refused, not misread
    (
        query(fmt=1),
        b"1,1286705410,0,250011234567890,79160000001,250,01,Korea, Republic of,MTS,,",
        "fits no reply form",
    ),
    (query(fmt=1), b"1,1286705410,0,25001x,791,250,01,Russia,MTS,,", "fits no reply form"),
    # fmt=1 all=1: "Hello, world!, order 7, desk 2" splits into message and comment at
    # three places; the line is refused, never split at a guess
    (
        query(all=1, fmt=1),
        SMS1_CSV_BODY.replace(b"Hello world!, order 7 desk 2", b"Hello, world!, order 7, desk 2"),
        "can be read more than one way",
    ),
    # a sender holding a comma: "SMSC" + "RU" + "Delivered,Hello world!" is a reading too
    # (it was read so, every later field shifted); refused
    (
        query(all=1, fmt=1),
        SMS1_CSV_BODY.replace(b"SMSC.RU", b"SMSC,RU"),
        "sender_id could end at more than one ','",
    ),
    # a comma in any of the texts side by side: the HLR message "a, b" could be the
    # status name's "a" and a message " b" after a sender "SMSC.RU,Delivered"
    (
        query(all=1, fmt=1),
        HLR1_CSV_BODY.replace(b"Delivered,,4", b"Delivered,a, b,4"),
        "can be read more than one way",
    ),
    (
        query(all=1, fmt=1),
        SMS1_CSV_BODY.replace(b"desk 2, 0", b"desk 2, 0, 1"),
        "more than one way",
    ),
    # a name holding a comma moves every later field: refused
    (
        query(all=2, fmt=1),
        SMS2_CSV_BODY.replace(b"Moscow", b"Moscow, region"),
        "fits no reply form",
    ),
    # an SMS line never has type 4 and an HLR line always has it (line 1787)
    (query(all=1, fmt=1), SMS1_CSV_BODY[:-1] + b"4", "fits no reply form"),
    (query(all=1, fmt=1), HLR1_CSV_BODY[:-1] + b"0", "fits no reply form"),
    # a fmt=0 multiple line without its id, or with the id elsewhere, fits no form
    (multiple(), SMS0_TEXT_BODY, "fits no reply form"),
    (multiple(all=1), b"id = 6, " + SMS1_TEXT_BODY, "fits no reply form"),
    (query(fmt=3), HLR0_JSON_C.replace(b'"2500', b'"x2500'), "imsi: must be decimal digits"),
    # a message holding ", comment = " where the comment could start is refused
    (
        query(all=1),
        SMS1_TEXT_BODY.replace(b"world!", b"world!, comment = x"),
        "message could end at more than one ', comment = '",
    ),
    (query(fmt=2), b"<sms><status>1</status></sms>", "fits no reply form"),
    (query(fmt=2), b"<result><status>-3</status></result>", "root element must be <sms>"),
    (query(fmt=2), SMS0_XML.replace(b"<flag>256", b"<flag>65536"), "flag: must be 0..65535"),
    (query(fmt=3), b'{"status": -2}', "status: must be -3..-3"),
    (query(fmt=3, all=1), SMS0_JSON, "lacks send_date"),
    # an SMS record has no HLR keys, and the other way round
    (query(fmt=3), HLR0_JSON_C.replace(b'"imsi"', b'"comment"'), "fits no reply form"),
    (query(fmt=3), SMS0_JSON_C.replace(b'"err":0', b'"err":-1'), "err: must be an integer"),
    # multiple: a list of records, each with its id
    (multiple(fmt=3), SMS0_JSON_C, "must be a JSON array of records"),
    (multiple(fmt=3), b"[" + SMS0_JSON_C + b"]", "lacks id, phone"),
    (multiple(fmt=2), SMS0_XML, "root element must be <list>"),
    (multiple(fmt=3), b'[{"status":-2,"id":7,"phone":"8"}]', "fits no reply form"),
    (delete(), b"ok", "does not have the form '{result}'"),
    (delete(fmt=2), b"<result>DONE</result>", "result: must be one of OK"),
    (delete(fmt=3), b'{"result": "OK", "id": 6}', "unknown key 'id'"),
    (query(), b"ERROR = x (y)", "does not have the form|fits no reply form"),
    (query(), b"\x98", "byte 0x98 at 0 is not valid windows-1251"),
]


@pytest.mark.parametrize(("command", "body", "match"), BAD)
def test_decode_refuses(command: StatusQuery, body: bytes, match: str) -> None:
    with pytest.raises(sp.RemoteProtocolError, match=match):
        sp.decode_response(command, body)


def test_empty_multiple_reply_is_an_empty_list() -> None:
    # Every alternative reads <list/> and [] as the same empty list: one reading.
    assert sp.decode_response(multiple(fmt=2), b"<list/>") == []
    assert sp.decode_response(multiple(fmt=3), b"[]") == []


def test_encode_refuses() -> None:
    with pytest.raises(sp.LocalProtocolError, match="last_date: is required"):
        sp.encode_response(query(), SmsStatusReply(status=1, err=0))
    with pytest.raises(sp.LocalProtocolError, match="cn could end at more than one ','"):
        # fmt=1 names side by side: the comma could end cn or belong to net
        sp.encode_response(query(fmt=1), dataclasses.replace(HLR0_CSV, cn="Korea, Republic"))
    with pytest.raises(sp.LocalProtocolError, match=r"message: .* would start a record"):
        # a record of a multiple reply starts at each line that begins "Status = "
        sp.encode_response(  # type: ignore[misc]
            multiple(all=1),
            [
                dataclasses.replace(SMS1_TEXT, message="a\nStatus = 1", id=6),
                dataclasses.replace(HLR1_TEXT, id="a-7"),
            ],
        )
    with pytest.raises(sp.LocalProtocolError, match="must be a SmsStatusReply or"):
        # line 1788: fmt=1 has no not-found form of its own
        sp.encode_response(query(fmt=1), StatusNotFoundReply(status=-3))
    with pytest.raises(sp.LocalProtocolError, match=r"status: must be -3\.\.-3"):
        sp.encode_response(query(), StatusNotFoundReply(status=1))
    with pytest.raises(sp.LocalProtocolError, match="reply: must be a list, got SmsStatusReply"):
        sp.encode_response(multiple(fmt=3), SMS0)
    with pytest.raises(sp.LocalProtocolError, match="result: must be one of OK"):
        sp.encode_response(delete(), StatusDeleteReply(result="DONE"))
    with pytest.raises(sp.LocalProtocolError, match=r"id: error 5 of status\.php names no"):
        sp.encode_error(delete(), sp.GatewayError(5, "x", id=6))


@pytest.mark.parametrize("kind", ["sms", "hlr"])
def test_round_trip_all0(kind: Kind) -> None:
    @given(status_query_replies(all=0, kind=kind))
    def check(model: SmsStatusReply | HlrStatusReply) -> None:
        assert_reply_round_trip(query(all=0), model)

    check()


@pytest.mark.parametrize(("kind", "level"), [(k, n) for k in ("sms", "hlr") for n in (1, 2)])
def test_round_trip_all12(kind: Kind, level: int) -> None:
    @given(status_query_replies(all=level, kind=kind))
    def check(model: SmsStatusReply | HlrStatusReply) -> None:
        assert_reply_round_trip(query(all=level), model)

    check()


@given(status_query_replies(kind="not_found"), st.sampled_from([0, 1, 2]))
def test_round_trip_not_found(model: StatusNotFoundReply, level: int) -> None:
    assert_reply_round_trip(query(all=level), model, (0, 2, 3))


@pytest.mark.parametrize(("kind", "level"), [(k, n) for k in ("sms", "hlr") for n in (0, 1, 2)])
def test_round_trip_multiple(kind: Kind, level: int) -> None:
    @given(status_query_multiple_replies(all=level, kind=kind))
    def check(records: list[Any]) -> None:
        assert_reply_round_trip(multiple(all=level), records, (0, 2, 3))

    check()


@given(status_delete_replies())
def test_round_trip_delete(model: StatusDeleteReply) -> None:
    assert_reply_round_trip(delete(), model)


MODELLED: list[StatusQuery | StatusDelete] = [
    *(query(fmt=fmt, all=level) for fmt in (0, 2, 3) for level in (0, 1, 2)),
    *(query(fmt=1, all=level) for level in (0, 1, 2)),
    *(multiple(fmt=fmt, all=level) for fmt in (0, 2, 3) for level in (0, 1, 2)),
    *(delete(fmt=fmt) for fmt in (0, 1, 2, 3)),
]


@given(st.sampled_from(MODELLED), st.binary(max_size=300))
def test_any_body_decodes_or_raises_documented_errors(
    command: StatusQuery | StatusDelete, body: bytes
) -> None:
    # A value, or one of the two documented errors; anything else fails the test.
    with contextlib.suppress(sp.RemoteProtocolError, sp.GatewayError):
        sp.decode_response(command, body)


def test_a_multiple_reply_may_mix_record_kinds() -> None:
    # Each record is decided by itself: an SMS record and an unknown id (-3) together.
    body = b"[" + SMS0_JSON_C[:-1] + b',"id":6,"phone":"7"},{"status":-3,"id":7,"phone":"8"}]'
    reply = sp.decode_response(multiple(fmt=3), body)
    assert isinstance(reply, list)
    sms, missing = reply
    assert isinstance(sms, SmsStatusReply)
    assert (sms.id, sms.phone) == (6, "7")
    assert missing == StatusNotFoundReply(status=-3, id=7, phone="8")
    records: list[StatusRecord] = [sms, missing]
    for fmt in (2, 3):
        cmd = multiple(fmt=fmt)
        again = sp.encode_response(cmd, records)
        assert sp.decode_response(cmd, again) == records
    with pytest.raises(sp.LocalProtocolError, match="a record must be a SmsStatusReply"):
        sp.encode_response(multiple(fmt=3), [sms, "x"])  # type: ignore[misc]
