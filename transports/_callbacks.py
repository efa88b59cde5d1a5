"""What the WSGI and aiohttp callback receivers share: checks, answers, logging (private).

Spec (line 3727): "If the Client handler returns a response with an error code other
than 200 or 404, the Server will repeat the request to the handler with a certain
frequency (1 request every 4 minutes, total 50 attempts)." So every answer but 200
(and 404) makes the gateway send the callback again, and one callback can arrive more
than once: the receiver answers 200 only once ``handle`` has returned, and with a
:class:`smsc_proto.ReplayGuard` it answers a repeat 200 without calling ``handle``.

The caller is not authenticated until the signature is checked, so refusals carry a
generic body; the reason goes to the log, with every secret masked.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from typing import Final

from smsc_proto import (
    DELIVERY_POLICY,
    Callback,
    CallConfirmation,
    HandlerUrl,
    LocalProtocolError,
    RemoteProtocolError,
    ReplayGuard,
    SignatureAlgorithm,
    SignatureError,
    decode_callback,
    encode_callback,
    is_secret_param,
    verify_callback,
)

__all__ = ["REASONS", "Answer", "Receiver"]

_MASK: Final = "***"

#: The reason phrase of each status the receivers answer.
REASONS: Final = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
# Encoded with the handler's own secret, algorithm and charset when a receiver is made:
# encode_callback checks all three (line 3619 for the secret, without quoting it), so a
# mistake in the configuration shows at start-up, not as a 500 to every callback.
_PROBE: Final = CallConfirmation(phone="0", ts=0)
# When the gateway asks again (line 3727: "1 request every 4 minutes"), in seconds.
_RETRY_AFTER: Final = str(int(DELIVERY_POLICY.retry_interval.total_seconds()))


@dataclass(frozen=True, slots=True)
class Answer:
    """What to answer one request: the status and its headers and body."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def body(self) -> bytes:
        """The reason phrase: the same for every request of one status."""
        return REASONS[self.status].encode("ascii")


class Receiver:
    """Decode, verify and de-duplicate one request; say what to answer.

    Args:
        secret: The handler URL's secret; with ``algorithm`` and ``charset``.
        algorithm: The algorithm the handler URL pins.
        charset: The handler URL's charset, when it names one.
        handler_url: The whole handler URL instead (it must name an algorithm).
        guard: Remembers handled callbacks, so a repeat is answered 200 unhandled.
        log: Where refusals and failures are logged.

    Raises:
        LocalProtocolError: neither or both of ``secret``/``algorithm`` and
            ``handler_url``; an unsigned handler URL; a bad secret, algorithm, charset
            or guard. No message quotes the secret.
    """

    def __init__(
        self,
        *,
        secret: str | None,
        algorithm: SignatureAlgorithm | None,
        charset: str | None,
        handler_url: HandlerUrl | None,
        guard: ReplayGuard | None,
        log: logging.Logger,
    ) -> None:
        if handler_url is not None:
            if secret is not None or algorithm is not None or charset is not None:
                raise LocalProtocolError(
                    "handler_url: give either a HandlerUrl or secret, algorithm and "
                    "charset, not both"
                )
            if not isinstance(handler_url, HandlerUrl):
                raise LocalProtocolError(
                    f"handler_url: must be a HandlerUrl, got {type(handler_url).__name__}"
                )
            if handler_url.algorithm is None or handler_url.secret is None:
                raise LocalProtocolError(
                    "handler_url: names no md5, sha1 or crc32 secret; the receiver answers "
                    "signed callbacks only (line 3611)"
                )
            secret, algorithm = handler_url.secret, handler_url.algorithm
        elif secret is None or algorithm is None:
            raise LocalProtocolError(
                "secret, algorithm: both required (or a handler_url naming them)"
            )
        else:
            encode_callback(_PROBE, charset=charset, sign=(algorithm, secret))
        if guard is not None and not isinstance(guard, ReplayGuard):
            raise LocalProtocolError(f"guard: must be a ReplayGuard, got {type(guard).__name__}")
        self._secret = secret
        self._algorithm: SignatureAlgorithm = algorithm
        self._charset = charset
        self._handler_url = handler_url
        self.guard = guard
        self._log = log
        # Values never to log: the secret, and the handler URL's secret-named pairs.
        pairs = () if handler_url is None else (*handler_url.get, *handler_url.post)
        hidden = {secret, *(value for name, value in pairs if is_secret_param(name) and value)}
        self._hidden = sorted(hidden, key=len, reverse=True)

    def mask(self, text: str) -> str:
        """``text`` with every secret the receiver knows replaced by ``***``."""
        for value in self._hidden:
            text = text.replace(value, _MASK)
        return text

    def refuse(self, status: int, reason: str, *, peer: str) -> Answer:
        """Log why a request from ``peer`` is refused (masked); the generic answer."""
        self._log.warning("callback from %s refused with %d: %s", peer, status, self.mask(reason))
        return Answer(status)

    def read(
        self, query: str | bytes, body: bytes | None, content_type: str | None, peer: str
    ) -> Answer | Callback:
        """The verified callback in the request, or the answer that refuses it.

        400 for a malformed callback, 403 for a missing or wrong signature (or a
        changed handler URL parameter); both bodies are generic.
        """
        try:
            if self._handler_url is not None:
                return self._handler_url.receive(query, body, content_type)
            callback = decode_callback(query, body, content_type, charset=self._charset)
            verify_callback(callback, self._secret, self._algorithm)
        except SignatureError as exc:
            return self.refuse(403, str(exc), peer=peer)
        except RemoteProtocolError as exc:
            return self.refuse(400, str(exc), peer=peer)
        return callback

    def claim(self, callback: Callback, peer: str) -> Answer | None:
        """``None`` when ``callback`` is to be handled; else the answer to a repeat."""
        if self.guard is None:
            return None
        state = self.guard.claim(callback)
        if state == "new":
            return None
        if state == "duplicate":
            self._log.info(
                "callback from %s is a repeat of one handled (%s): answered 200",
                peer,
                type(callback).__name__,
            )
            return Answer(200)
        # Another request is handling it: 503 makes the gateway send it again later,
        # when the outcome of that one is known (line 3727).
        self._log.info("callback from %s is being handled by another request: answered 503", peer)
        return Answer(503, (("Retry-After", _RETRY_AFTER),))

    def finish(self, callback: Callback, handled: bool) -> Answer:
        """Tell the guard how handling went; 200, or 500 so the gateway retries."""
        if self.guard is not None:
            if handled:
                self.guard.done(callback)
            else:
                self.guard.release(callback)
        return Answer(200 if handled else 500)

    def failed(self) -> None:
        """Log the exception ``handle`` raised (called inside the ``except`` block).

        The traceback is formatted here, so that it is masked like every other line.
        """
        self._log.error(
            "callback handler failed; answering 500 so the gateway retries\n%s",
            self.mask(traceback.format_exc().rstrip()),
        )
