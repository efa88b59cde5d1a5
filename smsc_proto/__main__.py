"""``smsc-proto`` / ``python -m smsc_proto``: decode and build what travels, from a shell.

A debugging aid for client and gateway authors; it reads files or standard input and
writes to standard output, and opens no connection (``serve`` excepted)::

    smsc-proto request 'https://smscentre.com/sys/send.php?login=a&psw=b&phones=7999&mes=Hi'
    smsc-proto reply --json 'https://smscentre.com/sys/balance.php?fmt=3' reply.json
    SMSC_CALLBACK_SECRET=k3y smsc-proto callback body.txt
    SMSC_PSW=s3cret smsc-proto encode send.php --login alex -p phones=79999999999 -p mes=Hi
    SMSC_CALLBACK_SECRET=k3y smsc-proto sign -p id=6 -p phone=79999999999 -p status=1
    smsc-proto serve --port 8000 --account alex:123 --admin

``request`` prints the typed command a URL (and optional body) decodes to; ``reply``
prints the typed reply of the request a URL names (or the gateway error it carries);
``callback`` prints the decoded callback and, with ``--secret`` (or the
``SMSC_CALLBACK_SECRET`` environment variable, which keeps it out of the shell's
history), verifies it -- without one it prints an UNVERIFIED banner. The three print
readable ``name: value`` lines (fields that are ``None`` left out), or with ``--json``
one JSON object. ``encode`` builds the GET URL or the POST form of a command, ``sign``
the signed form of a callback. Passwords and secrets stay masked in everything printed
(``encode --show-secrets`` excepted: its output is then meant to be sent). Exit status:
0 decoded (a gateway error reply included: it is a well-formed reply), 1 refused (the
message says why), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from . import (
    FORM_CONTENT_TYPE,
    SIGNATURE_ALGORITHMS,
    GatewayError,
    HandlerUrl,
    LocalProtocolError,
    RemoteProtocolError,
    Request,
    SignatureError,
    StoreError,
    decode_callback,
    decode_response,
    parse_command,
    verify_callback,
)
from ._cli_encode import add_encode_parsers, run_encode, run_sign
from ._cli_output import plain, to_json, to_text

if TYPE_CHECKING:
    from transports.serve import Server

__all__ = ["main", "parse_account"]


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
    _json_flag(request)
    reply = sub.add_parser("reply", help="the typed reply to the request a URL names")
    reply.add_argument("url", help="the request (it decides the reply's shape)")
    reply.add_argument("body", nargs="?", help="the reply body file (default: standard input)")
    _json_flag(reply)
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
    _json_flag(callback)
    add_encode_parsers(sub)
    _serve_parser(sub)
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (secrets masked)"
    )


#: The first line printed for a callback decoded without a secret.
UNVERIFIED = (
    "UNVERIFIED: no --secret or $SMSC_CALLBACK_SECRET given; the signature was not "
    "checked and anyone could have sent this callback"
)


def _show(kind: str, value: Any, as_json: bool, head: dict[str, Any] | None = None) -> None:
    """Print a model (or a list of them, or a gateway error) readably or as JSON."""
    head = head or {}
    if isinstance(value, list):
        kind = f"list[{type(value[0]).__name__ if value else kind}]"
        data: dict[str, Any] = {"type": kind, **head, "items": [plain(v) for v in value]}
        title = f"{kind} ({len(value)} items)"
    else:
        kind = type(value).__name__
        data = {"type": kind, **head, "fields": plain(value)}
        title = kind + "".join(f" ({v})" for k, v in head.items() if k == "script")
    if as_json:
        sys.stdout.flush()
        sys.stdout.buffer.write(to_json(data))
        sys.stdout.buffer.flush()
        return
    body = data["items"] if "items" in data else data["fields"]
    sys.stdout.write(to_text(title, body))


def _serve_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser(
        "serve",
        help="serve the virtual gateway over HTTP until SIGINT or SIGTERM",
        description="Serve the virtual gateway at http://HOST:PORT/sys/<script>.php and "
        "/rest/send/; the base URL is the first line of standard output.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="the port (default 8000; 0: any)")
    serve.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="LOGIN:PASSWORD[:BALANCE]",
        help="an account (repeatable); BALANCE a decimal amount",
    )
    serve.add_argument("--db", metavar="PATH", help="keep the state in this SQLite file")
    serve.add_argument(
        "--speed", type=float, default=1.0, help="virtual seconds per real second (default 1)"
    )
    serve.add_argument("--handler-url", metavar="URL", help="where callbacks are POSTed")
    serve.add_argument("--admin", action="store_true", help="serve the admin API at /_admin/")
    serve.add_argument(
        "--admin-token",
        default=os.environ.get("SMSC_ADMIN_TOKEN"),
        help="the admin API's bearer token (default: $SMSC_ADMIN_TOKEN, else a random "
        "one, printed to standard error)",
    )
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="faults, e.g. 'latency=0.2,reset=0.1,seed=3' (repeatable)",
    )
    serve.add_argument("--backup-port", type=int, help="also serve a backup host on this port")
    serve.add_argument(
        "--spill",
        metavar="PATH",
        help="where callbacks a memory store cannot deliver at exit are written (JSON "
        "lines; default: standard error)",
    )
    serve.add_argument(
        "--drain-timeout",
        type=float,
        default=10.0,
        help="seconds the last round of callback delivery may take at exit (default 10)",
    )


_ACCOUNT_RE = re.compile(r"([^:]+):(.+)")
_BALANCE_RE = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")


def parse_account(spec: str) -> tuple[str, str, Decimal | None]:
    """``LOGIN:PASSWORD[:BALANCE]`` as ``(login, password, balance)``.

    The login ends at the first ``:``; a last ``:`` followed by a decimal amount
    (``100`` or ``12.50``) starts the balance, so a password that itself ends in
    ``:<digits>`` needs an explicit balance after it.

    Raises:
        LocalProtocolError: no ``:``, an empty login or password (the message never
            quotes the password).

    >>> parse_account("alex:s3cret:12.50")
    ('alex', 's3cret', Decimal('12.50'))
    >>> parse_account("alex:s3:cret")
    ('alex', 's3:cret', None)
    """
    match = _ACCOUNT_RE.fullmatch(spec)
    if match is None:
        login = spec.partition(":")[0]
        raise LocalProtocolError(
            f"--account: must be LOGIN:PASSWORD[:BALANCE] with a non-empty login and "
            f"password, got login {login!r}"
        )
    login, rest = match.groups()
    password, sep, balance = rest.rpartition(":")
    if sep and password and _BALANCE_RE.fullmatch(balance):
        return login, password, Decimal(balance)
    return login, rest, None


def main(argv: Sequence[str] | None = None, stdin: BinaryIO | None = None) -> int:
    """Run the command line; return the exit status (0 decoded, 1 refused, 2 usage)."""
    args = _parser().parse_args(argv)
    if args.what == "serve":
        return _serve(args, sys.stdout, sys.stderr)
    source = stdin if stdin is not None else sys.stdin.buffer
    try:
        if args.what == "request":
            body = None if args.body is None else _read(args.body, source)
            command = parse_command(Request.from_url(args.url, body, args.content_type))
            _show("", command, args.json, {"script": command.SCRIPT})
        elif args.what == "reply":
            command = parse_command(Request.from_url(args.url))
            try:
                reply = decode_response(command, _read(args.body, source))
            except GatewayError as error:
                _show("", error, args.json)
            else:
                _show(type(command).__name__ + "Reply", reply, args.json)
        elif args.what == "encode":
            return run_encode(args, sys.stdout)
        elif args.what == "sign":
            return run_sign(args, source, sys.stdout)
        else:
            _callback(args, source)
    except (RemoteProtocolError, LocalProtocolError, SignatureError) as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"smsc-proto: {exc.strerror or exc}: {exc.filename}", file=sys.stderr)
        return 2
    return 0


def _callback(args: argparse.Namespace, source: BinaryIO) -> None:
    cb = decode_callback(
        args.query, _read(args.body, source) or None, args.content_type, charset=args.charset
    )
    if args.secret is not None:
        verify_callback(cb, args.secret, args.algorithm)
        head: dict[str, Any] = {"verified": True, "algorithm": args.algorithm}
        if not args.json:
            print(f"verified ({args.algorithm})")
    else:
        head = {"verified": False}
        # On standard error with --json (standard output stays one JSON document),
        # else the first line of the output, before anything a reader could trust.
        print(UNVERIFIED, file=sys.stderr if args.json else sys.stdout)
    _show("", cb, args.json, head)


def _serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``smsc-proto serve``: run the virtual gateway until SIGINT or SIGTERM."""
    logging.basicConfig(
        level=logging.INFO, stream=err, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    # Installed before the URL is printed: a signal sent as soon as it is read stops
    # the server cleanly too.
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            server = _build_server(args)
        except (LocalProtocolError, RemoteProtocolError, StoreError) as exc:
            print(f"smsc-proto serve: {exc}", file=err)
            return 2
        try:
            server.start()
        except OSError as exc:
            print(f"smsc-proto serve: cannot listen on {server.host}: {exc.strerror}", file=err)
            return 1
        print(server.url, file=out, flush=True)
        if server.backup_host is not None:
            print(f"backup host: http://{server.backup_host}", file=err, flush=True)
        if server.admin_token is not None and args.admin_token is None:
            print(f"admin token: {server.admin_token}", file=err, flush=True)
        while not stop.wait(0.5):
            pass
        print("stopping", file=err, flush=True)
        server.stop()
        store = server.gateway.store
        if args.db is not None:
            store.close()
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _build_server(args: argparse.Namespace) -> Server[Any, Any]:
    # What can be checked without the server is checked first.
    accounts = [parse_account(spec) for spec in args.account]
    if args.admin_token is not None and not args.admin:
        raise LocalProtocolError("--admin-token: given without --admin")
    if args.admin_token is not None and any(p == args.admin_token for _, p, _ in accounts):
        raise LocalProtocolError("--admin-token: must not be an account's password")
    for flag, port in (("--port", args.port), ("--backup-port", args.backup_port)):
        if port is not None and not 0 <= port <= 65535:
            raise LocalProtocolError(f"{flag}: must be 0..65535, got {port}")
    handler = None if args.handler_url is None else HandlerUrl.parse(args.handler_url)

    # Imported here: ``import smsc_proto`` opens no socket and loads no transport.
    from transports.serve import Server  # noqa: PLC0415

    from .gateway import (  # noqa: PLC0415
        Faults,
        SQLiteStore,
        VirtualClock,
        VirtualGateway,
    )

    # All --fault specs read as one: "latency=0.2" "reset=0.1" is "latency=0.2,reset=0.1".
    faults = Faults.parse(",".join(args.fault)) if args.fault else Faults()
    clock = VirtualClock(speed=args.speed)
    store = None if args.db is None else SQLiteStore(args.db)
    gateway = VirtualGateway(
        store=store,
        clock=clock,
        faults=faults,
        handler=handler,
        accounts={login: password for login, password, _ in accounts} if accounts else None,
    )
    for login, password, balance in accounts:
        if balance is not None:
            gateway.add_account(login, password, balance)
    return Server(
        gateway,
        host=args.host,
        port=args.port,
        backup_port=args.backup_port,
        admin=args.admin,
        admin_token=args.admin_token,
        spill=args.spill,
        drain_timeout=args.drain_timeout,
    )


if __name__ == "__main__":
    sys.exit(main())
