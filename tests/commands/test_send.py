"""send.php and rest/send: one table of (command, URL) rows drives both directions.

Every send.php example URL of the spec (catalog ``examples``, 30 of them) is a row, with
its line; further rows cover every parameter and message kind. Rows whose spec URL is
not the canonical spelling carry the URL the encoder writes as a third element.
"""

from __future__ import annotations

import urllib.parse
from datetime import datetime
from decimal import Decimal

import orjson
import pytest
from hypothesis import given

import smsc_proto as sp
from smsc_proto.commands import Credentials, RestSend, Send, parse_command
from smsc_proto.strategies import rest_send_commands, send_commands
from smsc_proto.values import (
    CallParam,
    EmailAddress,
    GroupCode,
    ListEntry,
    Phone,
    PhoneList,
    Recipient,
    SendAfter,
    SendAt,
    SendAtHours,
    SendAtTimestamp,
    TelegramId,
    TelegramNick,
    Valid,
    Voice,
    WapPush,
    format_list,
)

from .conftest import (
    ALEX,
    BASE,
    CHARSETS,
    assert_round_trip,
    check_decode,
    check_encode,
    check_refused_command,
    check_refused_request,
    check_refused_url,
    check_repr_hides,
    decode,
    via_multipart,
)

SEND = BASE + "send.php?login=alex&psw=123&"
REST_URL = "https://smscentre.com/rest/send/"


def P(*entries: str | Recipient) -> PhoneList:
    """A phone list: strings are phone numbers."""
    return PhoneList(entries=tuple(_recipient(e) for e in entries))


def _recipient(entry: str | Recipient) -> Recipient:
    if not isinstance(entry, str):
        return entry
    return Phone(number=entry.lstrip("+"), plus=entry.startswith("+"))


ONE = P("79999999999")

# Spec lines 534-559: the IVR example's $msg, sent urlencoded after "...&mes=" (line 532).
IVR_MESSAGE = "\n".join(
    [
        "Здравствуйте!",
        "",
        (
            "{menu: Нажмите 1 для первого пункта, 2 для второго пункта, 3 для "
            "отправки заявки на обратный звонок, 5 для связи с оператором, решетка "
            "для перехода в начало, 0 для повтора, для возврата в предыдущее меню "
            "нажмите звёздочку."
        ),
        "*: back",
        "#: start",
        "0: repeat",
        "1: пункт 1, нажмите 1 для подпункта 1, 2 для подпункта 2, 3 для подпункта 3",
        "11: подпункт 1.1",
        "12: подпункт 1.2",
        "13: подпункт 1.3",
        "2: пункт 2, нажмите 1 для подпункта 2.1",
        "21: подпункт 2.1",
        "3: sms:79999999999,Sender,текст",
        "3: end",
        "4: sms:$phone,Sender,Ваш номер: $phone",
        "4: end",
        "5: url",
        "5: call:79999999999,79999999998 wait=10 ok:end err:6",
        "6: call:79999999997 wait=60 ok:end err:callerr record",
        "7: Сейчас начнется запись до 10 секунд",
        "7: record: 10",
        "7: Конец записи",
        "err: неверный номер, нажмите 0 для повтора",
        (
            "callerr: Извините, не удалось дозвониться до оператора, выберите "
            "другой пункт или повторите попытку позже}"
        ),
        "",
        "Всего вам доброго!",
    ]
)

# (command, URL as the spec or we write it, canonical URL when the encoder writes another)
Row = tuple[Send, str, "str | None"]

EXAMPLES: list[Row] = [
    # line 335: normal message
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello!"),
        SEND + "phones=79999999999&mes=Hello!",
        None,
    ),
    # lines 335-336: list (rejoined); "\n" in a list message is backslash + n
    (
        Send(credentials=ALEX, list="79999999999:Hello!\n79999999999:Hello\\nworld!"),
        SEND + "list=79999999999:Hello!%0A79999999999:Hello\\nworld!",
        None,
    ),
    # lines 340-342: flash, utf-8, sender, translit, time DDMMYYhhmm (canonical: dotted)
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            mes="Hello world!",
            translit=1,
            time=SendAt(when=datetime(2012, 1, 1, 0, 0)),
            flash=True,
            sender="ivan",
            charset="utf-8",
        ),
        SEND + "phones=79999999999&mes=Hello%20world!&translit=1&time=0101120000&flash=1"
        "&sender=ivan&charset=utf-8",
        SEND + "phones=79999999999&mes=Hello%20world!&translit=1&time=01.01.12%2000%3A00"
        "&flash=1&sender=ivan&charset=utf-8",
    ),
    # lines 346-347: binary EMS message, bin=2
    (
        Send(credentials=ALEX, phones=ONE, mes="050A0307056048656C6C6F2C20576F726C6421", bin=2),
        SEND + "phones=79999999999&mes=050A0307056048656C6C6F2C20576F726C6421&bin=2",
        None,
    ),
    # lines 351-352: binary WAP push, bin=2
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            mes="0605040B8423F0DC0601AE02056A0045C60C037761702E72752F0001037761702E7275000101",
            bin=2,
        ),
        SEND + "phones=79999999999&mes=0605040B8423F0DC0601AE02056A0045C60C037761702E72752F"
        "0001037761702E7275000101&bin=2",
        None,
    ),
    # lines 356-357: WAP push in text form
    (
        Send(credentials=ALEX, phones=ONE, mes="http://wap.ru\nWAP.RU", push=True),
        SEND + "phones=79999999999&mes=http://wap.ru%0AWAP.RU&push=1",
        None,
    ),
    # line 372: a comment after "\n~~~\n"
    (
        Send(credentials=ALEX, phones=P("79999999999", "78888888888"), mes="Hello!\n~~~\nComment"),
        SEND + "phones=79999999999%2C78888888888&mes=Hello!%0A~~~%0AComment",
        None,
    ),
    # line 381: comments in list messages
    (
        Send(
            credentials=ALEX,
            list="79999999999:Hello1!\\n~~~\\nComment1\n78888888888:Hello2!\\n~~~\\nComment2",
        ),
        SEND + "list=79999999999:Hello1!\\n~~~\\nComment1%0A78888888888:Hello2!\\n~~~\\nComment2",
        None,
    ),
    # line 391: group codes (canonical: upper-case G)
    (
        Send(
            credentials=ALEX, phones=P(GroupCode(number=777), GroupCode(number=888)), mes="Hello!"
        ),
        SEND + "phones=G777%2Cg888&mes=Hello!",
        SEND + "phones=G777%2CG888&mes=Hello!",
    ),
    # line 405: HLR request, no mes
    (Send(credentials=ALEX, phones=ONE, hlr=True), SEND + "phones=79999999999&hlr=1", None),
    # line 418: MMS with subject and text
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello", subj="Privet", mms=True),
        SEND + "phones=79999999999&mes=Hello&subj=Privet&mms=1",
        None,
    ),
    # line 445: e-mail
    (
        Send(
            credentials=ALEX,
            phones=P(EmailAddress(address="alex@mysite.com")),
            mes="Hello",
            subj="Privet",
            sender="alex2@mysite2.com",
            mail=True,
        ),
        SEND + "phones=alex%40mysite.com&mes=Hello&subj=Privet&sender=alex2%40mysite2.com&mail=1",
        None,
    ),
    # line 532: the IVR example's URL prefix with urlencode($msg) of lines 534-559 appended
    (
        Send(
            credentials=ALEX,
            phones=P("79999999999", "79999999998"),
            call=True,
            charset="utf-8",
            mes=IVR_MESSAGE,
        ),
        SEND
        + "phones=79999999999,79999999998&call=1&charset=utf-8&mes="
        + urllib.parse.quote_plus(IVR_MESSAGE),
        None,
    ),
    # line 572: voice message
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello", call=True),
        SEND + "phones=79999999999&mes=Hello&call=1",
        None,
    ),
    # line 575: voice message from a phone number
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello", call=True, sender="79991234567"),
        SEND + "phones=79999999999&mes=Hello&call=1&sender=79991234567",
        None,
    ),
    # line 578: voice and call parameters
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            mes="Hello world",
            call=True,
            voice=Voice(name="m"),
            param=CallParam(wait=20, interval=10, attempts=3),
        ),
        SEND + "phones=79999999999&mes=Hello%20world&call=1&voice=m&param=20%2C10%2C3",
        None,
    ),
    # line 581: female voice 2
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello world", call=True, voice=Voice(name="w2")),
        SEND + "phones=79999999999&mes=Hello%20world&call=1&voice=w2",
        None,
    ),
    # line 584: a voice file by fileurl, no mes (line 467)
    (
        Send(credentials=ALEX, phones=ONE, call=True, fileurl="http://mysite.com/voice.wav"),
        SEND + "phones=79999999999&call=1&fileurl=http://mysite.com/voice.wav",
        None,
    ),
    # line 645: viber
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello", viber=True),
        SEND + "phones=79999999999&mes=Hello&viber=1",
        None,
    ),
    # line 648: viber with a button and a picture link (INC-60: http and "Site")
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            viber=True,
            mes="Test {button,http://smscentre.com,Site} "
            "http://smscentre.com/upload/files/sms/1856f97d/6_1.jpg",
        ),
        SEND + "phones=79999999999&viber=1&mes=Test+%7Bbutton%2Chttp%3A%2F%2Fsmscentre.com"
        "%2CSite%7D+http%3A%2F%2Fsmscentre.com%2Fupload%2Ffiles%2Fsms%2F1856f97d%2F6_1.jpg",
        None,
    ),
    # line 651: viber with a button and a <file https://...> macro
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            viber=True,
            mes="test {button,http://smscentre.com,Site} <file https://mysite.com/sms/picture.jpg>",
        ),
        SEND + "phones=79999999999&viber=1&mes=test+%7Bbutton%2Chttp%3A%2F%2Fsmscentre.com"
        "%2CSite%7D+%3Cfile+https%3A%2F%2Fmysite.com%2Fsms%2Fpicture.jpg%3E",
        None,
    ),
    # line 654: viber with a button and a picture by fileurl
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            viber=True,
            mes="test {button,http://smscentre.com,Site}",
            fileurl="https://mysite.com/sms/picture.jpg",
        ),
        SEND + "phones=79999999999&viber=1&mes=test+%7Bbutton%2Chttp%3A%2F%2Fsmscentre.com"
        "%2CSite%7D&fileurl=https%3A%2F%2Fmysite.com%2Fsms%2Fpicture.jpg",
        None,
    ),
    # line 657: viber "Video and button", mes in windows-1251 (the default charset, INC-60)
    (
        Send(
            credentials=ALEX,
            phones=ONE,
            viber=True,
            mes="Видео и кнопка http://smscentre.com/upload/files/sms/123456/1.png\n"
            "http://smscentre.com/upload/files/sms/123456/1.mp4\n"
            "{button,http://smscentre.com,Кнопка smsc}",
        ),
        SEND + "phones=79999999999&viber=1&mes=%C2%E8%E4%E5%EE+%E8+%EA%ED%EE%EF%EA%E0+http%3A"
        "%2F%2Fsmscentre.com%2Fupload%2Ffiles%2Fsms%2F123456%2F1.png%0Ahttp%3A%2F%2Fsmscentre.com"
        "%2Fupload%2Ffiles%2Fsms%2F123456%2F1.mp4%0A%7Bbutton%2Chttp%3A%2F%2Fsmscentre.com%2C"
        "%CA%ED%EE%EF%EA%E0+smsc%7D",
        None,
    ),
    # line 669: telegram by phone number
    (
        Send(credentials=ALEX, phones=ONE, mes="Hello", bot="@mybot_bot"),
        SEND + "phones=79999999999&mes=Hello&bot=@mybot_bot",
        None,
    ),
    # line 672 (INC-56): only "hello&bot=@mybot_bot" survives; our reading of the intended
    # URL: the nickname "alex_nick" as "@alex_nick" (see test_inc56_truncated_example)
    (
        Send(
            credentials=ALEX,
            phones=P(TelegramNick(nickname="alex_nick")),
            mes="hello",
            bot="@mybot_bot",
        ),
        SEND + "phones=%40alex_nick&mes=hello&bot=@mybot_bot",
        None,
    ),
    # line 675: telegram by #ID; the raw "#" decodes as written, the encoder writes %23
    (
        Send(
            credentials=ALEX,
            phones=P(TelegramId(chat_id=1122334455)),
            mes="Hi",
            bot="@mybot_bot",
        ),
        SEND + "phones=#1122334455&mes=Hi&bot=@mybot_bot",
        SEND + "phones=%231122334455&mes=Hi&bot=%40mybot_bot",
    ),
    # line 678 (INC-57): the text says "Hello", the URL sends Privet; the URL wins
    (
        Send(credentials=ALEX, phones=ONE, mes="Privet", bot="@mybot_bot", smsreq=25),
        SEND + "phones=79999999999&mes=Privet&bot=@mybot_bot&smsreq=25",
        None,
    ),
    # line 700: a voice message by prefix
    (
        Send(credentials=ALEX, phones=ONE, mes="__CALL__: Privet"),
        SEND + "phones=79999999999&mes=__CALL__%3A%20Privet",
        None,
    ),
    # line 703: a ping SMS by prefix
    (
        Send(credentials=ALEX, phones=ONE, mes="__PING__"),
        SEND + "phones=79999999999&mes=__PING__",
        None,
    ),
    # line 706: an HLR request by prefix
    (
        Send(credentials=ALEX, phones=ONE, mes="__HLR__"),
        SEND + "phones=79999999999&mes=__HLR__",
        None,
    ),
]

LIST_NL = format_list(
    [
        ListEntry(phones=ONE, message="Line 1\nline 2", sender="Shop", tz=2),
        ListEntry(phones=P("78888888888", "+77777777777"), message="Hi: there|x"),
    ],
    nl=True,
)

# Rows of our own: every parameter, message kind and spelling at least once.
COVERAGE: list[Row] = [
    # templates of lines 39, 40: cost=1 (and 2, 3), fmt
    (
        Send(credentials=ALEX, phones=ONE, mes="Hi", cost=1),
        SEND + "phones=79999999999&mes=Hi&cost=1",
        None,
    ),
    (
        Send(credentials=ALEX, phones=ONE, mes="Hi", cost=3, fmt=3, op=True, err=False),
        SEND + "phones=79999999999&mes=Hi&cost=3&op=1&err=0&fmt=3",
        None,
    ),
    # id as a number and as a string (line 51); sender of 15 digits; koi8-r
    (
        Send(phones=ONE, mes="Привет", id=2147483647, sender="123456789012345", charset="koi8-r"),
        BASE + "send.php?phones=79999999999&mes=%F0%D2%C9%D7%C5%D4&id=2147483647"
        "&sender=123456789012345&charset=koi8-r",
        None,
    ),
    (
        Send(phones=ONE, mes="x", id="order-17.a_b", translit=2, tinyurl=True, maxsms=3, pp=42),
        BASE + "send.php?phones=79999999999&mes=x&id=order-17.a_b&translit=2&tinyurl=1&maxsms=3"
        "&pp=42",
        None,
    ),
    # time forms (lines 62-66), tz, period + freq, valid in both forms
    (
        Send(phones=ONE, mes="x", time=SendAfter(minutes=60), tz=-2, valid=Valid(hours=2)),
        BASE + "send.php?phones=79999999999&mes=x&time=%2B60&tz=-2&valid=2",
        None,
    ),
    (
        Send(
            phones=ONE,
            mes="x",
            time=SendAtHours(start=9, end=21),
            period=Decimal("1.5"),
            freq=30,
            valid=Valid(hours=0, minute=30),
        ),
        BASE + "send.php?phones=79999999999&mes=x&time=9-21&period=1.5&freq=30&valid=00:30",
        None,
    ),
    (
        Send(phones=ONE, mes="x", time=SendAtTimestamp(timestamp=1700000000)),
        BASE + "send.php?phones=79999999999&mes=x&time=01700000000",
        None,
    ),
    # ping, soc, whatsapp flags; a flag set to 0 rides along
    (
        Send(phones=ONE, ping=True, hlr=False),
        BASE + "send.php?phones=79999999999&ping=1&hlr=0",
        None,
    ),
    (Send(phones=ONE, mes="x", soc=True), BASE + "send.php?phones=79999999999&mes=x&soc=1", None),
    (
        Send(phones=ONE, mes="x", whatsapp=True, viber=False),
        BASE + "send.php?phones=79999999999&mes=x&whatsapp=1&viber=0",
        None,
    ),
    # binary bin=1: one character per byte (here ASCII only), pid/dcs trailer (line 79)
    (
        Send(phones=ONE, mes="\x00Hi\n~~~\npid: 64, dcs: 4", bin=1),
        BASE + "send.php?phones=79999999999&mes=%00Hi%0A~~~%0Apid%3A%2064%2C%20dcs%3A%204&bin=1",
        None,
    ),
    # bin=1 bytes above 0x7F travel as themselves (%CA), whatever the charset: mes holds
    # them one character per byte, the wire layer as the charset's characters
    (
        Send(phones=ONE, mes="\x00\xca\xfe", bin=1),
        BASE + "send.php?phones=79999999999&mes=%00%CA%FE&bin=1",
        None,
    ),
    (
        Send(phones=ONE, mes="\x00\xca\xfe", bin=1, charset="koi8-r"),
        BASE + "send.php?phones=79999999999&mes=%00%CA%FE&bin=1&charset=koi8-r",
        None,
    ),
    (
        Send(phones=ONE, mes="\x00\xd0\xaf", bin=1, charset="utf-8"),
        BASE + "send.php?phones=79999999999&mes=%00%D0%AF&bin=1&charset=utf-8",
        None,
    ),
    # every spelling the bin codec reads as 1 takes the raw-byte path: bin=01 read %CA as
    # the windows-1251 letter "К" (and refused it), bin=1 as the byte 0xCA
    (
        Send(phones=ONE, mes="\x00\xca\xfe", bin=1),
        BASE + "send.php?phones=79999999999&mes=%00%CA%FE&bin=01",
        BASE + "send.php?phones=79999999999&mes=%00%CA%FE&bin=1",
    ),
    (
        Send(phones=ONE, mes="\x00\xd0\xaf", bin=1, charset="utf-8"),
        BASE + "send.php?phones=79999999999&mes=%00%D0%AF&bin=001&charset=UTF-8",
        BASE + "send.php?phones=79999999999&mes=%00%D0%AF&bin=1&charset=utf-8",
    ),
    # MMS with a subject only (line 412); e-mail with {no_unsub} (line 435)
    (
        Send(phones=ONE, subj="Hi", mms=True),
        BASE + "send.php?phones=79999999999&subj=Hi&mms=1",
        None,
    ),
    (
        Send(
            phones=P(EmailAddress(address="a@b.ru"), GroupCode(number=5)),
            mes="Hi {no_unsub}",
            subj="S",
            sender="me@b.ru",
            mail=True,
        ),
        BASE + "send.php?phones=a%40b.ru,G5&mes=Hi%20%7Bno_unsub%7D&subj=S&sender=me%40b.ru&mail=1",
        None,
    ),
    # viber by fileurl only (line 601); __VIBER__, __SOC__, __MAIL__ and __BOT__ prefixes
    (
        Send(phones=ONE, viber=True, fileurl="https://x.ru/a.png"),
        BASE + "send.php?phones=79999999999&viber=1&fileurl=https://x.ru/a.png",
        None,
    ),
    (
        Send(phones=ONE, mes="__VIBER__: Hi", viber=True),
        BASE + "send.php?phones=79999999999&mes=__VIBER__:%20Hi&viber=1",
        None,
    ),
    (
        Send(
            phones=P(EmailAddress(address="a@b.ru")), mes="__MAIL__: Hi", subj="S", sender="m@b.ru"
        ),
        BASE + "send.php?phones=a@b.ru&mes=__MAIL__:%20Hi&subj=S&sender=m@b.ru",
        None,
    ),
    (
        Send(phones=P(TelegramId(chat_id=5)), mes="__BOT__: Hi", smsreq=10),
        BASE + "send.php?phones=%235&mes=__BOT__:%20Hi&smsreq=10",
        None,
    ),
    # a voice with a language (line 119)
    (
        Send(phones=ONE, mes="Hello", call=True, voice=Voice(name="w", lang="fr")),
        BASE + "send.php?phones=79999999999&mes=Hello&call=1&voice=w,fr",
        None,
    ),
    # list in nl=1 mode with sender,tz| (lines 142-147); tz needs time DDMMYYhhmm (line 143)
    (
        Send(list=LIST_NL, nl=True, time=SendAt(when=datetime(2030, 5, 1, 10, 0))),
        BASE + "send.php?list=" + urllib.parse.quote(LIST_NL) + "&nl=1&time=01.05.30%2010:00",
        None,
    ),
    # captcha code with the user's IP (lines 151-152), apikey credentials, unknown params kept
    (
        Send(
            credentials=Credentials(apikey="k3y"),
            phones=ONE,
            mes="x",
            imgcode="a1B2",
            userip="2001:db8::1",
            extra=(("x", "1"),),
        ),
        BASE
        + "send.php?apikey=k3y&phones=79999999999&mes=x&imgcode=a1B2&userip=2001%3Adb8%3A%3A1&x=1",
        None,
    ),
]

CASES = EXAMPLES + COVERAGE


def test_every_spec_example_is_a_row() -> None:
    assert len(EXAMPLES) == 30


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_decode(command: Send, url: str, canonical: str | None) -> None:
    check_decode(command, url, canonical)


@pytest.mark.parametrize(("command", "url", "canonical"), CASES)
def test_encode(command: Send, url: str, canonical: str | None) -> None:
    check_encode(command, url, canonical, any_order=True)


def test_inc56_truncated_example() -> None:
    # Line 672 keeps only "hello&bot=@mybot_bot": no script, so no request at all.
    with pytest.raises(sp.RemoteProtocolError, match="script"):
        sp.Request.from_url("hello&bot=@mybot_bot")


def test_ivr_example_prefix_alone_is_refused() -> None:
    # Line 532 ends in "&mes=" (the PHP code appends the text): an empty voice text.
    url = SEND + "phones=79999999999,79999999998&call=1&charset=utf-8&mes="
    check_refused_url(url, "mes: required for call=1")


# -- rest/send ----------------------------------------------------------------------------

REST_CASES: list[tuple[RestSend, dict[str, str]]] = [
    # line 41: the endpoint only (INC-66); send.php's parameters as a JSON object
    (
        RestSend(credentials=ALEX, phones=ONE, mes="Hello!"),
        {"login": "alex", "psw": "123", "phones": "79999999999", "mes": "Hello!"},
    ),
    (
        RestSend(credentials=ALEX, phones=ONE, mes="Привет", cost=2, id=7, charset="utf-8"),
        {
            "login": "alex",
            "psw": "123",
            "phones": "79999999999",
            "mes": "Привет",
            "cost": "2",
            "id": "7",
            "charset": "utf-8",
        },
    ),
    (
        RestSend(credentials=ALEX, list="79999999999:Hi\n78888888888:Bye", op=True),
        {"login": "alex", "psw": "123", "list": "79999999999:Hi\n78888888888:Bye", "op": "1"},
    ),
]


@pytest.mark.parametrize(("command", "body"), REST_CASES)
def test_rest_decode(command: RestSend, body: dict[str, str]) -> None:
    request = sp.Request.from_url(REST_URL, orjson.dumps(body), sp.JSON_CONTENT_TYPE)
    assert parse_command(request) == command


@pytest.mark.parametrize(("command", "body"), REST_CASES)
def test_rest_encode(command: RestSend, body: dict[str, str]) -> None:
    request = command.to_request()
    assert request.script == sp.REST_SEND
    assert orjson.loads(request.to_json()) == body


def test_rest_json_integers_are_read_as_digits() -> None:
    body = b'{"phones": "79999999999", "mes": "x", "cost": 1, "id": 12}'
    command = parse_command(sp.Request.from_url(REST_URL, body, sp.JSON_CONTENT_TYPE))
    assert command == RestSend(phones=ONE, mes="x", cost=1, id=12)


def test_rest_takes_no_attachments() -> None:
    files = [sp.Attachment(name="file0", filename="a.jpg", content=b"x")]
    request = sp.Request(
        sp.REST_SEND, [("phones", "79999999999"), ("mes", "x"), ("mms", "1")], files
    )
    check_refused_request(request, "rest/send: takes no attachments")


# -- refusals -------------------------------------------------------------------------------

S = BASE + "send.php?phones=79999999999&"

BAD_URLS = [
    (BASE + "send.php?login=alex&psw=123", "send.php: requires phones or list"),
    (S + "cost=1", "mes: required"),
    (S + "mes=", "mes: required"),
    (S + "mes=x&cost=4", "cost: must be one of 0, 1, 2, 3"),
    (S + "mes=x&translit=3", "translit: must be one of"),
    (S + "mes=x&bin=3", "bin: must be one of"),
    (S + "mes=x&flash=2", "flash: must be 0 or 1"),
    (S + "mes=x&mes=y", "mes: given more than once"),
    (S + "mes=" + "x" * 1001, "mes: must be at most 1000 characters"),
    (BASE + "send.php?phones=7999999999a&mes=x", "phones:"),
    (S + "mes=x&id=a%2Bb", "id: expected 1..40 characters"),
    (S + "mes=x&id=" + "a" * 41, "id:"),
    (S + "mes=x&sender=TooLongSender", "sender: at most 11 characters"),
    (S + "mes=x&sender=1234567890123456", "sender: at most 15 digits"),
    (S + "mes=x&sender=%C8%E2%E0%ED", "sender: must be printable ASCII"),
    (S + "mes=x&time=tomorrow", "time:"),
    (S + "mes=x&tz=20", "tz:"),
    (S + "mes=x&period=0", "period:"),
    (S + "mes=x&freq=5", "freq: only with period"),
    (S + "mes=x&period=1&freq=0", "freq:"),
    (S + "mes=x&valid=25", "valid:"),
    (S + "mes=x&maxsms=0", "maxsms: must be 1..2147483647"),
    (S + "mes=x&pp=0", "pp: must be 1..2147483647"),
    (S + "mes=x&imgcode=abc", "imgcode: only together with userip"),
    (S + "mes=x&imgcode=a-b&userip=1.2.3.4", "imgcode: must be 1..64"),
    (S + "mes=x&userip=1.2.3", "userip: must be an IPv4 or IPv6 address"),
    (S + "mes=x&fileurl=ftp://x.ru/a", "fileurl: must be a full http"),
    (S + "mes=x&hlr=1&viber=1", "send.php: hlr=1, viber=1 each pick a different message type"),
    (S + "mes=x&flash=1&bot=@mybot_bot", "send.php: flash=1, bot each pick"),
    (S + "viber=1&mes=__CALL__:%20x", "mes: the prefix __CALL__ contradicts viber=1"),
    (S + "mes=XY&bin=2", "mes: bin=2 message must contain only hex"),
    (S + "mes=0&bin=2", "mes: bin=2 message must have an even number"),
    (S + "mes=http://wap.ru&push=1", "mes: wap-push text"),
    (S + "mes=Hi%20%7Bmenu:%201:%20end&call=1", "menu: '{menu:' is never closed"),
    (S + "mes=x%20%7Bbutton,http://a.ru," + "y" * 31 + "%7D&viber=1", "mes: a {button,url,text}"),
    (S + "call=1", "mes: required for call=1 unless fileurl"),
    (S + "viber=1&mes=", "mes: required for viber=1 unless fileurl"),
    (S + "mms=1", "mes: mms=1 needs mes or subj"),
    (S + "mes=x&voice=m", "voice: only for voice messages"),
    (S + "mes=x&call=1&voice=x", "voice: must be one of"),
    (S + "mes=x&param=20,10,3", "param: only for voice messages"),
    (S + "mes=x&call=1&param=100,10,3", "param:"),
    (S + "mes=x&subj=Hi", "subj: only for mms=1 or mail=1"),
    (S + "mes=x&smsreq=20", "smsreq: only for telegram"),
    (S + "mes=x&bot=@mybot_bot&smsreq=9", "smsreq: must be 10..999"),
    (S + "mes=x&bot=@mybot_bot&smsreq=1000", "smsreq: must be 10..999"),
    (S + "mes=x&bot=mybot", "bot: must be '@'"),
    (S + "mes=x&bot=@my_channel", "bot: must be '@'"),
    (S + "mes=x&mail=1&subj=S&sender=a@b.ru", "phones: with mail=1 recipients are e-mail"),
    (BASE + "send.php?phones=a@b.ru&mes=x&mail=1&sender=c@d.ru", "subj: required with mail=1"),
    (BASE + "send.php?phones=a@b.ru&mes=x&mail=1&subj=S", "sender: the sender's address"),
    (BASE + "send.php?phones=a@b.ru&mes=x&mail=1&subj=S&sender=Shop", "sender: with mail=1"),
    (BASE + "send.php?phones=a@b.ru&mes=x", "phones: the e-mail address 'a@b.ru' needs mail=1"),
    (BASE + "send.php?phones=%23123&mes=x", "phones: a telegram ID or nickname needs bot"),
    (S + "list=7999:x", "phones: not with list"),
    (BASE + "send.php?list=79999999999:x&mes=y", "mes: not with list"),
    (S + "mes=x&nl=1", "nl: only with list"),
    (BASE + "send.php?list=79999999999", "list: line 1: no ':'"),
    (BASE + "send.php?list=79999999999:a\\nb&nl=1", "list: line 1: a backslash"),
    (BASE + "send.php?list=Shop,3|79999999999:x", "list: a line's tz needs time"),
    (BASE + "send.php?list=Shop,3|79999999999:x&time=%2B5", "list: a line's tz needs time"),
    (BASE + "send.php?list=a@b.ru:x", "list: entry 1: phones: the e-mail address"),
    (BASE + "send.php?list=TooLongSender1|79999999999:x", "list: entry 1: sender: at most 11"),
]


@pytest.mark.parametrize(("url", "match"), BAD_URLS)
def test_decode_refuses(url: str, match: str) -> None:
    check_refused_url(url, match)


def _files(*specs: tuple[str, int]) -> tuple[sp.Attachment, ...]:
    return tuple(
        sp.Attachment(name=f"file{i}", filename=name, content=bytes(size))
        for i, (name, size) in enumerate(specs)
    )


KB = 1024
MB = 1024 * KB

BAD_COMMANDS: list[tuple[dict[str, object], str]] = [
    ({"phones": ONE, "mes": "x" * 1001}, "mes: must be at most 1000 characters"),
    ({"phones": ONE, "mes": 5}, "mes: must be str"),
    ({"phones": ONE, "mes": "x", "cost": 5}, "cost: must be one of"),
    ({"phones": ONE, "mes": "x", "id": 0}, "id:"),
    ({"phones": ONE, "mes": "x", "hlr": True, "ping": True}, "hlr=1, ping=1 each pick"),
    (
        {"phones": ONE, "mes": "x", "param": CallParam(wait=20, interval=10, attempts=3)},
        "param: only",
    ),
    (
        {"phones": ONE, "mes": "x", "attachments": _files(("a.jpg", 1))},
        "attachments: only for mms=1",
    ),
    (
        {"phones": ONE, "mes": "x", "call": True, "attachments": _files(*[("a.wav", 1)] * 5)},
        "attachments: at most 4 with call=1, got 5",
    ),
    (
        {"phones": ONE, "mes": "x", "call": True, "attachments": _files(("a.ogg", 1))},
        "attachments: 'a.ogg' is not one of the formats of call=1",
    ),
    (
        {"phones": ONE, "mes": "x", "call": True, "attachments": _files(("a.wav", 5 * MB + 1))},
        "at most 5 MB each with call=1",
    ),
    (
        {"phones": ONE, "mes": "x", "viber": True, "attachments": _files(("a.png", MB + 1))},
        "at most 1 MB each with viber=1",
    ),
    (
        {"phones": ONE, "mes": "x", "viber": True, "attachments": _files(("a.exe", 1))},
        "is not one of the formats of viber=1",
    ),
    (
        {"phones": ONE, "mes": "x", "mms": True, "attachments": _files(*[("a.jpg", 1)] * 21)},
        "attachments: at most 20 with mms=1, got 21",
    ),
    (
        {
            "phones": ONE,
            "mes": "x",
            "mms": True,
            "attachments": _files(("a.jpg", 200 * KB), ("b.jpg", 101 * KB)),
        },
        "at most 300 KB with mms=1",
    ),
    (
        {
            "phones": P(EmailAddress(address="a@b.ru")),
            "mes": "x",
            "subj": "S",
            "sender": "m@b.ru",
            "mail": True,
            "attachments": _files(("a.bin", 10 * MB + 1)),
        },
        "at most 10 MB each with mail=1",
    ),
    (
        {
            "phones": P(EmailAddress(address="a@b.ru")),
            "mes": "x",
            "subj": "S",
            "sender": "m@b.ru",
            "mail": True,
            "attachments": _files(("a.bin", 8 * MB), ("b.bin", 8 * MB)),
        },
        "at most 15360 KB with mail=1",
    ),
    ({"list": "79999999999:a\nb", "nl": False}, "list: line 2: no ':'"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_COMMANDS)
def test_constructor_refuses(kwargs: dict[str, object], match: str) -> None:
    check_refused_command(Send, kwargs, match)


def test_call_param_kept_as_sent_but_encoding_is_strict() -> None:
    # Line 122: w 0..99 is accepted and clamped to 10..35 by the server.
    url = S + "mes=x&call=1&param=5,10,3"
    command = decode(url)
    assert isinstance(command, Send)
    assert command.param == CallParam(wait=5, interval=10, attempts=3)
    assert command.param.effective_wait == 10
    with pytest.raises(sp.LocalProtocolError, match="param: w,i,n = 5,10,3 is outside"):
        command.to_request()


def test_typed_views() -> None:
    binary = Send(phones=ONE, mes=EXAMPLES[3][0].mes, bin=2).binary_message
    assert binary is not None
    assert binary.payload == b"Hello, World!"
    assert EXAMPLES[5][0].wap_push == WapPush(link="http://wap.ru", title="WAP.RU")
    menu = EXAMPLES[12][0].ivr_menu
    assert menu is not None
    assert menu.end_text == "\n\nВсего вам доброго!"
    entries = EXAMPLES[1][0].list_entries
    assert entries is not None
    assert [e.message for e in entries] == ["Hello!", "Hello\nworld!"]
    nl = COVERAGE[-2][0].list_entries
    assert nl is not None
    assert (nl[0].message, nl[0].sender, nl[0].tz) == ("Line 1\nline 2", "Shop", 2)
    plain = EXAMPLES[0][0]
    assert (plain.binary_message, plain.wap_push, plain.ivr_menu, plain.list_entries) == (
        None,
        None,
        None,
        None,
    )


def test_attachments_travel_in_multipart() -> None:
    command = Send(
        credentials=ALEX,
        phones=ONE,
        mes="first file <file 1> and second file <file 2>",
        call=True,
        attachments=_files(("1.mp3", 10), ("2.wav", 20)),
    )
    assert parse_command(via_multipart(command.to_request())) == command
    with pytest.raises(sp.LocalProtocolError, match="URL"):
        command.to_request().to_url()


def test_attachments_over_the_limit_are_refused_on_decode() -> None:
    request = sp.Request(
        "send.php", [("phones", "79999999999"), ("mes", "x"), ("call", "1")], _files(("a.ogg", 1))
    )
    check_refused_request(request, "attachments: 'a.ogg'")


def test_repr_hides_credentials() -> None:
    check_repr_hides(Send(credentials=Credentials(login="alex", psw="CANARY"), phones=ONE, mes="x"))


def test_selector_like_parameters_stay_extra() -> None:
    # send.php has no action selector: an "add=1" is an unknown parameter, kept.
    command = decode(S + "mes=x&add=1")
    assert command == Send(phones=ONE, mes="x", extra=(("add", "1"),))


@given(send_commands())
def test_round_trip(command: Send) -> None:
    assert_round_trip(command)


@given(rest_send_commands())
def test_rest_round_trip(command: RestSend) -> None:
    assert_round_trip(command)


@pytest.mark.parametrize("charset", CHARSETS)
def test_charset_round_trip(charset: str) -> None:
    assert_round_trip(Send(credentials=ALEX, phones=ONE, mes="Привет, мир", charset=charset))
    assert_round_trip(RestSend(credentials=ALEX, phones=ONE, mes="Привет", charset=charset))


@pytest.mark.parametrize(
    ("mes", "charset", "byte"),
    [("\x00\x98", None, "0x98"), ("\x00\xd0", "utf-8", "0xD0"), ("\x00\xff", "utf-8", "0xFF")],
)
def test_bin1_bytes_the_charset_cannot_carry(mes: str, charset: str | None, byte: str) -> None:
    # windows-1251 has no character for 0x98; a lone 0xD0 or 0xFF is not utf-8.
    command = Send(phones=ONE, mes=mes, bin=1, charset=charset)
    with pytest.raises(sp.LocalProtocolError, match=f"mes: bin=1 byte {byte} cannot travel"):
        command.to_request()


def test_bin1_spelled_01_in_json_takes_the_raw_byte_path() -> None:
    body = b'{"phones": "79999999999", "mes": "\\u0000\\u041a", "bin": "01"}'
    request = sp.Request.from_url("/rest/send/", body, sp.JSON_CONTENT_TYPE)
    assert parse_command(request) == RestSend(phones=ONE, mes="\x00\xca", bin=1)


def test_bin1_json_text_outside_the_charset_is_refused() -> None:
    body = b'{"phones": "79999999999", "mes": "\\u00001\\ud83d\\ude00", "bin": 1}'
    request = sp.Request.from_url("/rest/send/", body, sp.JSON_CONTENT_TYPE)
    check_refused_request(request, "mes: bin=1 message has characters")
