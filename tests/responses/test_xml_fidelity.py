"""Issue 10 § Fidelity, fmt=2: replies the spec allows are read, in both decoders.

Each row fails without its fix:

- XML comments inside a record (or a value, or an error reply) are ignored, as
  processing instructions are (the hardened parser drops both).
- No error message prints an lxml internal object (a comment's ``tag`` is the function
  ``Comment``): trees built by hand, which may hold comments and processing
  instructions, are refused with a message that names them.
- Free text in fmt=2 -- and, by the same codecs, fmt=3 -- may hold line breaks (contact
  names, comments and tags of phones.php, template names and senders, job names): read
  and written; only a fmt=0/1 body that cannot carry them is refused, when written.

Every decoding row runs through ``decode_response`` (the generated readers) and
``decode_exact`` (the exact decoder).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import pytest
from lxml import etree

import smsc_proto as sp
from smsc_proto._replies import _xml_fast, decode_exact
from smsc_proto._replies._registry import _supporting
from smsc_proto._replies._tables import ErrorTable
from smsc_proto._replies._xml import XML_FORMAT, xml_shape
from smsc_proto.commands import Balance, Command, GetAnswers, JobsGet
from smsc_proto.responses import BalanceReply

from .test_get import ANSWER
from .test_jobs import JOB
from .test_phones import CONTACT
from .test_phones import GET as PHONES_GET
from .test_templates import GET as TEMPLATES_GET
from .test_templates import RU

DECODERS: Final[dict[str, Callable[[Command, bytes], Any]]] = {
    "fast": sp.decode_response,
    "exact": decode_exact,
}


def _fmt(command: Command, fmt: int) -> Command:
    return dataclasses.replace(command, fmt=fmt)


ANSWER_XML: Final = (
    "<id>1234568</id><received>10.10.2014 10:10:10</received><phone>79999999999</phone>"
    "<message>Yes, thanks</message><to_phone>79000000001</to_phone>"
    "<sent>10.10.2014 10:10:08</sent>"
)

# (a) comments: (command, body, the reply)
COMMENTS: Final[list[tuple[Command, bytes, Any]]] = [
    # Before the first child of a record: the "<sms><!-- x --><id>1</id>...".
    (
        GetAnswers(fmt=2),
        f"<sms_answers><sms><!-- x -->{ANSWER_XML}</sms></sms_answers>".encode(),
        [ANSWER],
    ),
    # Between two children, and between records.
    (
        GetAnswers(fmt=2),
        (
            "<sms_answers><!-- first --><sms>"
            + ANSWER_XML.replace("</phone>", "</phone><!-- the sender -->")
            + "</sms><!-- end --></sms_answers>"
        ).encode(),
        [ANSWER],
    ),
    # Inside a value: the text around it joins up, as around a processing instruction.
    (
        GetAnswers(fmt=2),
        f"<sms_answers><sms>{ANSWER_XML.replace('Yes, ', 'Yes,<!-- x --> ')}</sms>"
        "</sms_answers>".encode(),
        [ANSWER],
    ),
    (
        GetAnswers(fmt=2),
        f"<sms_answers><sms>{ANSWER_XML.replace('Yes, ', 'Yes,<?pi x?> ')}</sms>"
        "</sms_answers>".encode(),
        [ANSWER],
    ),
    # A record whose value is its element's own text.
    (Balance(fmt=2), b"<balance>1.40<!-- RUB --></balance>", BalanceReply(balance=Decimal("1.40"))),
]


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize(("command", "body", "reply"), COMMENTS)
def test_comments_are_ignored(decoder: str, command: Command, body: bytes, reply: Any) -> None:
    assert DECODERS[decoder](command, body) == reply


@pytest.mark.parametrize("decoder", DECODERS)
def test_a_comment_in_an_error_reply_is_ignored(decoder: str) -> None:
    body = b"<result><!-- x --><error>no</error><error_code>2</error_code></result>"
    with pytest.raises(sp.GatewayError) as caught:
        DECODERS[decoder](GetAnswers(fmt=2), body)
    assert (caught.value.code, caught.value.description) == (2, "no")


# (b) no lxml internals in messages: trees built by hand, which the parser never gives.


def _answers(node: Callable[[], etree._Element]) -> etree._Element:
    root = etree.fromstring(f"<sms_answers><sms>{ANSWER_XML}</sms></sms_answers>")
    root[0].insert(2, node())
    return root


HAND_BUILT: Final[list[tuple[etree._Element, str]]] = [
    (_answers(lambda: etree.Comment(" x ")), "body: <sms> has no element <!-- a comment -->"),
    (
        _answers(lambda: etree.ProcessingInstruction("pi", "x")),
        "body: <sms> has no element <? a processing instruction ?>",
    ),
]


@pytest.mark.parametrize(("root", "message"), HAND_BUILT)
def test_messages_name_comments_and_instructions(root: etree._Element, message: str) -> None:
    (shape,) = _supporting(GetAnswers(fmt=2), 2)
    for decode in (xml_shape(shape).decode, lambda r: _xml_fast.decode_xml(shape, r)):
        with pytest.raises(sp.RemoteProtocolError) as caught:
            decode(root)
        assert str(caught.value) == message
        assert "cyfunction" not in str(caught.value)


def test_an_error_reply_message_names_a_comment() -> None:
    root = etree.fromstring("<result><error>no</error><error_code>2</error_code></result>")
    root.insert(1, etree.Comment("x"))
    with pytest.raises(sp.RemoteProtocolError, match="unexpected <!-- a comment --> in an error"):
        XML_FORMAT.error(ErrorTable("get.php", {}), root)


# (c) line breaks in free text: (command, reply, fmt=2 body); fmt=3 reads what it writes.
MULTI_LINE_CONTACT: Final = dataclasses.replace(
    CONTACT, name="A\r\nB", comments="line 1\nline 2", tags="vip\nnew", first_name="I\nvan"
)
MULTI_LINE_TEMPLATE: Final = dataclasses.replace(RU, name="Hi\nthere", sender="a\nb")
MULTI_LINE_JOB: Final = dataclasses.replace(JOB, name="Job\nname", subject="Sub\r\nject")

LINE_BREAKS: Final[list[tuple[Command, Any, bytes]]] = [
    (
        _fmt(PHONES_GET, 2),
        [MULTI_LINE_CONTACT],
        b"<list><contact><phone>79999999999</phone><name>A&#13;\nB</name><group>321</group>"
        b"<first_name>I\nvan</first_name><last_name>Petrov</last_name>"
        b"<middle_name>Sergeevich</middle_name><birthday>29.02.1980</birthday><id>c-1</id>"
        b"<comments>line 1\nline 2</comments><tags>vip\nnew</tags>"
        b"<phone_other>78888888888</phone_other></contact></list>",
    ),
    (
        _fmt(TEMPLATES_GET, 2),
        [MULTI_LINE_TEMPLATE],
        "<list><template><id>7</id><name>Hi\nthere</name><format>viber</format>"
        "<sender>a\nb</sender><flag>0</flag><message>Привет, {NAME}!</message></template>"
        "</list>".encode("cp1251"),
    ),
    (
        JobsGet(id=701, fmt=2),
        MULTI_LINE_JOB,
        b"<job><id>701</id><name>Job\nname</name><subject>Sub&#13;\nject</subject>"
        b"<repeat_send>2</repeat_send><repeat_cnt>3</repeat_cnt>"
        b"<created>10.01.2014 09:00:00</created><changed>11.01.2014 09:30:00</changed>"
        b"<need_date>12.01.2014 10:00:00</need_date><last_sent>12.01.2014 10:00:05</last_sent>"
        b"<phones>79999999999,78888888888</phones><message>Hello!</message><format>0</format>"
        b"<validity>24</validity><period>1.5</period><frequency>30</frequency>"
        b"<status>1</status><sender_id>MyViber</sender_id></job>",
    ),
]


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize(("command", "reply", "body"), LINE_BREAKS)
def test_free_text_with_line_breaks_reads_in_fmt2(
    decoder: str, command: Command, reply: Any, body: bytes
) -> None:
    assert DECODERS[decoder](command, body) == reply
    assert sp.encode_response(command, reply) == body


JSON_LINE_BREAKS: Final[list[tuple[Command, Any, bytes]]] = [
    (
        _fmt(PHONES_GET, 3),
        [MULTI_LINE_CONTACT],
        b'[{"phone":"79999999999","name":"A\\r\\nB","group":321,"first_name":"I\\nvan",'
        b'"last_name":"Petrov","middle_name":"Sergeevich","birthday":"29.02.1980","id":"c-1",'
        b'"comments":"line 1\\nline 2","tags":"vip\\nnew","phone_other":"78888888888"}]',
    ),
    (
        _fmt(TEMPLATES_GET, 3),
        [MULTI_LINE_TEMPLATE],
        '[{"id":7,"name":"Hi\\nthere","format":"viber","sender":"a\\nb","flag":0,'
        '"message":"Привет, {NAME}!"}]'.encode("cp1251"),
    ),
]


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize(("command", "reply", "body"), JSON_LINE_BREAKS)
def test_free_text_with_line_breaks_reads_in_fmt3(
    decoder: str, command: Command, reply: Any, body: bytes
) -> None:
    assert DECODERS[decoder](command, body) == reply
    assert sp.encode_response(command, reply) == body


@pytest.mark.parametrize("fmt", [0, 1])
@pytest.mark.parametrize(("command", "reply", "body"), LINE_BREAKS)
def test_a_text_body_that_cannot_carry_them_is_refused_when_written(
    fmt: int, command: Command, reply: Any, body: bytes
) -> None:
    with pytest.raises(
        sp.LocalProtocolError, match=r"holds a line break|a line break does not fit"
    ):
        sp.encode_response(_fmt(command, fmt), reply)
