"""``smsc-proto`` / ``python -m smsc_proto``: decode what travels, from the command line.

A debugging aid for client and gateway authors; it reads files or standard input and
writes to standard output, and opens no connection::

    smsc-proto request 'https://smscentre.com/sys/send.php?login=a&psw=b&phones=7999&mes=Hi'
    smsc-proto reply 'https://smscentre.com/sys/balance.php?fmt=3' reply.json
    smsc-proto callback --secret k3y --algorithm md5 body.txt

``request`` prints the typed command a URL (and optional body) decodes to; ``reply``
prints the typed reply of the request a URL names (or the gateway error it carries);
``callback`` prints the decoded callback and, with ``--secret`` (or the
``SMSC_CALLBACK_SECRET`` environment variable, which keeps it out of the shell's
history), verifies it. Passwords
and secrets stay masked in everything printed. Exit status: 0 decoded (a gateway error
reply included: it is a well-formed reply), 1 refused (the message says why), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO

from . import (
    FORM_CONTENT_TYPE,
    SIGNATURE_ALGORITHMS,
    GatewayError,
    LocalProtocolError,
    RemoteProtocolError,
    Request,
    SignatureError,
    decode_callback,
    decode_response,
    parse_command,
    verify_callback,
)

__all__ = ["main"]


def _read(path: str | None, stdin: BinaryIO) -> bytes:
    if path in (None, "-"):
        return stdin.read()
    with open(path, "rb") as file:
        return file.read()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smsc-proto", description="Decode SMSC requests, replies and callbacks."
    )
    sub = parser.add_subparsers(dest="what", required=True)
    request = sub.add_parser("request", help="the typed command a request URL decodes to")
    request.add_argument("url")
    request.add_argument("--body", help="a file with the POST body ('-': standard input)")
    request.add_argument("--content-type")
    reply = sub.add_parser("reply", help="the typed reply to the request a URL names")
    reply.add_argument("url", help="the request (it decides the reply's shape)")
    reply.add_argument("body", nargs="?", help="the reply body file (default: standard input)")
    callback = sub.add_parser("callback", help="a callback the gateway posted")
    callback.add_argument("body", nargs="?", help="the POST body file (default: standard input)")
    callback.add_argument("--query", default="", help="the GET part of the handler URL")
    callback.add_argument(
        "--content-type", default=FORM_CONTENT_TYPE, help="the body's (default: a form)"
    )
    callback.add_argument("--charset", help="the handler URL's charset")
    callback.add_argument(
        "--secret",
        default=os.environ.get("SMSC_CALLBACK_SECRET"),
        help="the handler URL's secret: verify the signature (default: $SMSC_CALLBACK_SECRET)",
    )
    callback.add_argument("--algorithm", choices=SIGNATURE_ALGORITHMS, default="md5")
    return parser


def main(argv: Sequence[str] | None = None, stdin: BinaryIO | None = None) -> int:
    """Run the command line; return the exit status (0 decoded, 1 refused, 2 usage)."""
    args = _parser().parse_args(argv)
    source = stdin if stdin is not None else sys.stdin.buffer
    try:
        if args.what == "request":
            body = None if args.body is None else _read(args.body, source)
            print(repr(parse_command(Request.from_url(args.url, body, args.content_type))))
        elif args.what == "reply":
            command = parse_command(Request.from_url(args.url))
            try:
                print(repr(decode_response(command, _read(args.body, source))))
            except GatewayError as error:
                print(repr(error))
        else:
            cb = decode_callback(
                args.query,
                _read(args.body, source) or None,
                args.content_type,
                charset=args.charset,
            )
            if args.secret is not None:
                verify_callback(cb, args.secret, args.algorithm)
                print(f"verified ({args.algorithm})")
            print(repr(cb))
    except (RemoteProtocolError, LocalProtocolError, SignatureError) as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"smsc-proto: {exc.strerror or exc}: {exc.filename}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
