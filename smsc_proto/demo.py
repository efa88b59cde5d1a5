"""``make demo``: what smsc-proto can do so far, end to end, with no network.

A client builds a ``send.php`` request from typed values and encodes it; a gateway
decodes the same bytes back into the request, its typed command and values, and writes
the reply in each format, which the client decodes. A session turns the command into
the exact HTTP request a transport sends; a signed status callback is written, decoded
and verified. Run it with
``python -m smsc_proto.demo``. It grows with the toolkit.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import smsc_proto as sp
from smsc_proto import values as v
from smsc_proto.commands import Send, StatusQuery
from smsc_proto.gateway import VirtualClock, VirtualGateway
from smsc_proto.responses import SendReply


def _title(text: str) -> None:
    print(f"\n== {text}")


def main() -> None:
    """Print a client-side encode and a gateway-side decode of the same request."""
    _title("client: build a send.php request from typed values")
    entries = (
        v.ListEntry(
            phones=v.parse_phone_list("79999999999,+78888888888"),
            message="Привет!\n~~~\nрассылка №1",
            sender="ivan",
            tz=3,
        ),
        v.ListEntry(phones=v.PhoneList(entries=(v.GroupCode(number=777),)), message="Hello!"),
    )
    when = v.SendAt(when=datetime(2026, 12, 31, 23, 55))
    request = sp.Request(
        "send.php",
        [
            ("login", "alex"),
            ("psw", "s3cret"),
            ("list", v.format_list(entries)),
            ("time", v.format_send_time(when)),
            ("fmt", "3"),
        ],
    )
    print("request:", request)
    url = request.to_url()
    print("GET (windows-1251, the protocol's default):\n ", url)
    print("POST body:", request.to_form()[:60], b"...")

    _title("client: text windows-1251 cannot carry")
    emoji = sp.Request("send.php", [("phones", "79999999999"), ("mes", "С Новым годом 🎄")])
    try:
        emoji.to_url()
    except sp.LocalProtocolError as exc:
        print("Unencodable.ERROR ->", exc)
    print("Unencodable.UTF8  ->", emoji.to_url(unencodable=sp.Unencodable.UTF8))

    _title("gateway: decode the same URL")
    received = sp.Request.from_url(url)
    assert received == request
    print("script:", received.script, "| charset:", received.charset)
    for entry in v.parse_list(received.params["list"]):
        print(
            f"  to {v.format_phone_list(entry.phones)!r} from {entry.sender!r} tz={entry.tz}:"
            f" text={entry.text!r} comment={entry.comment!r}"
        )
    print("  time:", v.parse_send_time(received.params["time"]))
    segments = v.count_segments(entries[0].text)
    print(f"  first text: {segments.parts} SMS part(s) of {segments.per_part} {segments.encoding}")

    _title("gateway: the typed command, and the reply it writes in each fmt")
    command = sp.parse_command(received)
    print(
        "command:", type(command).__name__, "| credentials hidden:", "s3cret" not in repr(command)
    )
    reply = SendReply(id=1234, cnt=4)
    for fmt in (0, 1, 2, 3):
        cmd = dataclasses.replace(command, fmt=fmt)
        body = sp.encode_response(cmd, reply)
        decoded = sp.decode_response(cmd, body)
        print(f"  fmt={fmt}: {body.decode(sp.DEFAULT_CHARSET)!r:48} -> {decoded}")
    error_body = sp.encode_error(command, sp.GatewayError(7, "Invalid phone number format.", 1234))
    try:
        sp.decode_response(command, error_body)
    except sp.GatewayError as exc:
        print(f"  error reply {error_body.decode()!r} -> {exc!r}")

    _title("value syntaxes from the spec")
    ems = v.parse_binary("050A0307056048656C6C6F2C20576F726C6421", bin=2)
    print("EMS binary (line 347):", ems)
    print("  back to hex:", v.format_binary(ems, bin=2))
    menu = v.parse_ivr(
        "Здравствуйте!\n\n{menu: Нажмите 1 для связи с оператором\n"
        "1: call:79999999999 wait=30 ok:end\n2: sms:$phone,SMSC,Спасибо!\n}"
    )
    print("IVR menu:", menu)
    print("  keys:", [e.key for e in menu.entries if isinstance(e, v.IvrItem)])
    print("call param '20, 10,3':", v.parse_call_param("20, 10,3"))
    print("viber text:", v.parse_message_macros("Test {button,https://smscentre.com,site}"))
    print("status flag 0x105:", v.StatusFlag.from_int(0x105))

    _title("session: the HTTP request a transport sends, and the result of its reply")
    session = sp.Session("alex", "s3cret", host="smsc.ru")
    print("session:", session)
    send = dataclasses.replace(command, credentials=None, fmt=None)
    http = session.prepare(send)
    print("prepared:", http)
    # The body carries the password to the gateway; what is shown is redacted.
    print("  body (redacted for display):", session.redact(http.body.decode())[:72], "...")
    reply_body = b'{"id": 1234, "cnt": 4}'
    print("finished:", session.finish(send, sp.HttpResponse(200, (), reply_body)))

    _title("callbacks: what the gateway POSTs to the handler, signed, decoded, verified")
    status = sp.StatusCallback(id=1234, phone="79999999999", status=1, err=0, cost=Decimal("1.40"))
    body, content_type = sp.encode_callback(status, sign=("md5", "handler-secret-42"))
    print(f"POST ({content_type}):", body.decode(sp.DEFAULT_CHARSET))
    received_cb = sp.decode_callback((), body, content_type)
    sp.verify_callback(received_cb, "handler-secret-42", "md5")
    print("verified:", received_cb)
    try:
        sp.verify_callback(received_cb, "handler-secret-42", "crc32")
    except sp.SignatureError as exc:
        print("pinned to crc32 ->", exc)

    _title("a virtual gateway: the spec's test mode (line 971), no network")
    clock = VirtualClock(datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc), speed=0)
    virtual = VirtualGateway(accounts={"alex": "s3cret"}, clock=clock)
    client_session = sp.Session("alex", "s3cret", fmt=0, charset="windows-1251")

    def call(cmd: Any) -> Any:
        answer = virtual.respond(client_session.prepare(cmd))
        print(f"  {cmd.SCRIPT} -> {answer.body.decode(sp.DEFAULT_CHARSET)[:70]!r}")
        return client_session.finish(cmd, answer)

    phone = v.parse_phone_list("79999999999")
    sent = call(Send(phones=phone, mes="Привет!", cost=3))
    for _ in range(3):
        call(StatusQuery(phone=phone, id=sent.id))
        virtual.advance(1)

    _title("next: the remaining scripts in the virtual gateway (see the issues)")


if __name__ == "__main__":
    main()
