"""imgcode.php: the captcha image of the anti-spam check (private, auxiliary).

Spec (line 3735): ``Код с картинки <img src="https://smscentre.com/sys/imgcode.php?1.1"
onclick="src+=1" width="50" height="18" border="1">``; (line 3738): "... and pass it with
other form data to the corresponding message sending script as the value of the imgcode
parameter." (line 3740): "Also, with this parameter, you must pass the value of the IP
address of the user to whom the image was displayed as the value of the userip
parameter."

The script is not called by the client library but by the end user's browser: its URL
is the ``src`` of an image in a public web page. The code the user reads from it travels
to send.php as ``imgcode`` + ``userip`` (:class:`~smsc_proto.commands.Send`). The only
"parameter" is the bare query token ``1.1``, which the page's ``onclick="src+=1"`` turns
into ``1.11``, ``1.111``, ... so that the browser fetches a new image: it is a parameter
*name* with no value, which the generic codec cannot declare, so :class:`ImgcodeImage`
moves it in and out of its ``refresh`` field itself.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Final, NoReturn

from .._call_kind import CallKind
from .._command import Command, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import remote_errors, short
from .._wire import Request

__all__ = ["ImgcodeImage"]

# The refresh token: the digits of line 3735's "1.1" and of what "src+=1" appends to it.
_REFRESH_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# The wire layer's longest parameter name.
_REFRESH_MAX: Final = 128


def _is_refresh(name: str, value: str) -> bool:
    """Whether the wire pair ``name=value`` is the refresh token (a bare ``1.1``)."""
    return value == "" and len(name) <= _REFRESH_MAX and _REFRESH_RE.fullmatch(name) is not None


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ImgcodeImage(Command[NoReturn]):
    """The captcha image to show in a web form (``imgcode.php?1.1``).

    Spec (line 3735): ``<img src="https://smscentre.com/sys/imgcode.php?1.1"
    onclick="src+=1" ...>``; (line 3733): "it is enough to place a special code for
    displaying the image (captcha) and fields for entering the code on the form for
    sending messages". The reply is an image, so ``fmt`` is refused; the URL goes into a
    public web page, so credentials are refused (they would publish the password).
    ``charset`` and unknown parameters (``extra``) are taken as for every script.

    On the wire the token is written first, as a parameter with an empty value:
    ``imgcode.php?1.1=`` (the wire layer writes every parameter as ``name=value``; PHP
    reads ``?1.1`` and ``?1.1=`` alike). Decoding takes the one parameter whose name is
    a token and whose value is empty, wherever it stands; two of them are refused.

    Args:
        refresh: The refresh token, ``digits[.digits]`` (at most 128 characters):
            ``"1.1"`` as line 3735 prints it, ``"1.11"``, ``"1.111"``... after each
            click. ``None``: the bare ``imgcode.php``.
    """

    SCRIPT = "imgcode.php"
    # Line 3735: the URL goes into the end user's page (an <img> src), not to a session.
    KIND = CallKind.BROWSER_URL

    refresh: str | None = None

    def _check(self) -> None:
        if self.credentials is not None:
            raise LocalProtocolError(
                "credentials: imgcode.php takes none (its URL is an <img src> in a public "
                "web page, line 3735)"
            )
        if self.fmt is not None:
            raise LocalProtocolError("fmt: imgcode.php replies with an image (line 3735)")
        if self.refresh is not None and (
            not isinstance(self.refresh, str) or not _is_refresh(self.refresh, "")
        ):
            raise LocalProtocolError(
                "refresh: must be digits[.digits] like '1.1' (line 3735), at most "
                f"{_REFRESH_MAX} characters, got {short(str(self.refresh))}"
            )
        for name, value in self.extra:
            # It would decode back as the refresh token, not as extra.
            if _is_refresh(name, value):
                raise LocalProtocolError(
                    f"extra: {short(name)} with an empty value is the refresh token; use refresh="
                )

    def to_request(self) -> Request:
        """Encode as a :class:`~smsc_proto.Request`: the refresh token first, then as usual.

        Raises:
            LocalProtocolError: a value cannot be encoded.
        """
        request = Command.to_request(self)
        if self.refresh is None:
            return request
        pairs = [(self.refresh, ""), *request.params.items()]
        return Request(self.SCRIPT, pairs, request.attachments)

    @classmethod
    def from_request(cls, request: Request) -> ImgcodeImage:
        """Decode a request for imgcode.php: the refresh token, then the generic decoder.

        Raises:
            RemoteProtocolError: two refresh tokens, credentials, ``fmt``, or anything
                the generic decoder refuses.
        """
        items = list(request.params.items())
        tokens = [i for i, (name, value) in enumerate(items) if _is_refresh(name, value)]
        if len(tokens) > 1:
            names = ", ".join(short(items[i][0]) for i in tokens)
            raise RemoteProtocolError(f"imgcode.php: more than one refresh token ({names})")
        if tokens:
            index = tokens[0]
            refresh: str | None = items[index][0]
            request = Request(
                request.script, items[:index] + items[index + 1 :], request.attachments
            )
        else:
            refresh = None
        # super() without arguments would name the class before slots=True rebuilt it.
        command = super(ImgcodeImage, cls).from_request(request)
        if refresh is None:
            return command
        with remote_errors():
            return dataclasses.replace(command, refresh=refresh)
