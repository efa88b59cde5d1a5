"""``smsc-proto encode`` and ``smsc-proto sign``: build what travels (private).

``encode`` turns a script (``send.php``) or a command class (``Send``, ``JobsAdd``) and
``-p NAME=VALUE`` parameters into the GET URL, or with ``--post`` the form (the JSON
body for ``rest/send``), of the command they decode to -- so what is printed is a
request the gateway accepts, in the canonical order of
:meth:`~smsc_proto.commands.Command.to_request`. ``sign`` turns callback fields into
the signed body the gateway would POST (:func:`~smsc_proto.encode_callback`).

Secrets never come from the command line, where the shell's history and ``ps`` would
keep them: the password is read from ``$SMSC_PSW`` (``--psw-env`` names another
variable), the API key from the variable ``--apikey-env`` names, the callback secret
from ``--secret`` or ``$SMSC_CALLBACK_SECRET``; ``-p psw=...`` and ``-p apikey=...`` are
refused. ``encode`` masks the password and the key in what it prints unless
``--show-secrets`` is given (then its output is meant to be sent, not read).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, BinaryIO, TextIO
from urllib.parse import urlencode

from ._errors import LocalProtocolError
from ._secrets import mask_pairs, redact_query

__all__ = ["add_encode_parsers", "parse_param", "run_encode", "run_sign"]


def parse_param(spec: str) -> tuple[str, str]:
    """``NAME=VALUE`` as ``(name, value)``; the value may hold ``=`` and be empty.

    Raises:
        LocalProtocolError: no ``=``, or an empty name.

    >>> parse_param("mes=a=b")
    ('mes', 'a=b')
    """
    name, sep, value = spec.partition("=")
    if not sep or not name:
        raise LocalProtocolError(f"-p: must be NAME=VALUE with a non-empty name, got {spec!r}")
    return name, value


def add_encode_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``encode`` and ``sign`` subcommands."""
    from ._signature import SIGNATURE_ALGORITHMS  # noqa: PLC0415

    encode = sub.add_parser(
        "encode",
        help="build the GET URL or POST form of a command",
        description="Build the request of a command from its parameters; the password "
        "comes from the environment, never the command line.",
    )
    encode.add_argument("target", help="a script (send.php, rest/send) or a command (Send)")
    _param_option(encode)
    encode.add_argument("--login", help="the account login; the password is read from --psw-env")
    encode.add_argument(
        "--psw-env", default="SMSC_PSW", metavar="VAR", help="the password's variable (SMSC_PSW)"
    )
    encode.add_argument("--apikey-env", metavar="VAR", help="send the API key this variable holds")
    encode.add_argument("--post", action="store_true", help="a POST form (or JSON) body, not a URL")
    encode.add_argument(
        "--base", default=None, help="the /sys/ URL (default https://smscentre.com/sys/)"
    )
    encode.add_argument(
        "--show-secrets", action="store_true", help="print the password and key (to send)"
    )

    sign = sub.add_parser(
        "sign",
        help="sign a callback: the body the gateway would POST",
        description="Write the signed callback body of the given fields. The secret comes "
        "from --secret or $SMSC_CALLBACK_SECRET.",
    )
    sign.add_argument("body", nargs="?", help="an unsigned form body file ('-': standard input)")
    _param_option(sign)
    sign.add_argument(
        "--secret",
        default=os.environ.get("SMSC_CALLBACK_SECRET"),
        help="the handler URL's secret (default: $SMSC_CALLBACK_SECRET)",
    )
    sign.add_argument("--algorithm", choices=SIGNATURE_ALGORITHMS, default="md5")
    sign.add_argument("--charset", default="windows-1251", help="the callback's charset")
    sign.add_argument("--fmt", type=int, choices=(0, 2, 3), default=0, help="0 form, 2 XML, 3 JSON")
    sign.add_argument(
        "--signature-only", action="store_true", help="print the signature, not the body"
    )


def _param_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter (repeatable, in order)",
    )


def _command_class(target: str) -> type[Any] | None:
    from . import commands  # noqa: PLC0415 - the registry of every script

    value = getattr(commands, target, None) if target in commands.__all__ else None
    if isinstance(value, type) and issubclass(value, commands.Command):
        return value
    return None


def run_encode(args: argparse.Namespace, out: TextIO) -> int:
    """``smsc-proto encode``: print the URL, or the POST line, headers and body."""
    from . import DEFAULT_BASE_URL, REST_SEND, Request, parse_command  # noqa: PLC0415

    pairs = [parse_param(spec) for spec in args.param]
    for name, _ in pairs:
        if name in ("login", "psw", "apikey"):
            raise LocalProtocolError(
                f"-p {name}: give credentials with --login (password from $SMSC_PSW or "
                "--psw-env) or --apikey-env, never on the command line"
            )
    cls = _command_class(args.target)
    script = cls.SCRIPT if cls is not None else args.target
    head: list[tuple[str, str]] = []
    if cls is not None and cls.SELECTOR is not None:
        head.append(cls.SELECTOR)
    if args.login is not None and args.apikey_env is not None:
        raise LocalProtocolError("--login, --apikey-env: give one of them, not both")
    if args.login is not None:
        head += [("login", args.login), ("psw", _from_env(args.psw_env, "--psw-env"))]
    elif args.apikey_env is not None:
        head.append(("apikey", _from_env(args.apikey_env, "--apikey-env")))
    command = parse_command(Request(script, head + pairs))
    if cls is not None and type(command) is not cls:
        raise LocalProtocolError(
            f"{args.target}: these parameters make a {type(command).__name__} command"
        )
    request = command.to_request()
    base = args.base or DEFAULT_BASE_URL
    shown = (
        request
        if args.show_secrets
        else Request(request.script, mask_pairs(request.params.items()), request.attachments)
    )
    if request.script == REST_SEND:
        # rest/send takes only a JSON POST (QUIRKS INC-66).
        out.write(f"POST {request.endpoint(base)}\nContent-Type: application/json\n\n")
        out.write(shown.to_json().decode("utf-8") + "\n")
    elif args.post:
        from . import FORM_CONTENT_TYPE  # noqa: PLC0415

        body = request.to_form().decode("ascii")
        out.write(f"POST {request.endpoint(base)}\nContent-Type: {FORM_CONTENT_TYPE}\n\n")
        out.write((body if args.show_secrets else redact_query(body)) + "\n")
    else:
        url = request.to_url(base)
        out.write((url if args.show_secrets else redact_query(url)) + "\n")
    return 0


def _from_env(variable: str, flag: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise LocalProtocolError(f"{flag}: the environment variable {variable} is not set")
    return value


def run_sign(args: argparse.Namespace, stdin: BinaryIO, out: TextIO) -> int:
    """``smsc-proto sign``: print the signed body (or, with ``--signature-only``, the hash)."""
    from . import (  # noqa: PLC0415
        FORM_CONTENT_TYPE,
        callback_signature,
        decode_callback,
        encode_callback,
    )
    from ._charsets import normalize_charset  # noqa: PLC0415

    if args.secret is None:
        raise LocalProtocolError("--secret: required (or set $SMSC_CALLBACK_SECRET)")
    charset = normalize_charset(args.charset, remote=False)
    if args.param:
        if args.body is not None:
            raise LocalProtocolError("body, -p: give the fields one way, not both")
        pairs = [parse_param(spec) for spec in args.param]
        try:
            body = urlencode(pairs, encoding=charset).encode("ascii")
        except UnicodeEncodeError as exc:
            raise LocalProtocolError(
                f"-p: {exc.object[exc.start : exc.end]!r} cannot be written in {charset}"
            ) from None
    elif args.body in (None, "-"):
        body = stdin.read()
    else:
        with open(args.body, "rb") as file:
            body = file.read()
    cb = decode_callback(None, body, FORM_CONTENT_TYPE, charset=charset)
    if args.signature_only:
        out.write(callback_signature(cb, args.secret, args.algorithm) + "\n")
        return 0
    signed, _content_type = encode_callback(
        cb, args.fmt, charset, sign=(args.algorithm, args.secret)
    )
    out.flush()
    binary = getattr(out, "buffer", None)
    if binary is not None:
        binary.write(signed)
        binary.flush()
    else:  # a text stream without bytes (a test's StringIO): the body's characters
        out.write(signed.decode(charset))
    if out is sys.stdout and sys.stdout.isatty():
        out.write("\n")
    return 0
