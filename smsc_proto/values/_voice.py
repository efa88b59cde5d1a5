"""Voice-call syntaxes: the ``voice`` parameter and the call ``param`` parameter.

Two parameters of ``send.php`` (and ``jobs.php``) that only matter for voice messages
(``call=1``), each a small type with a ``parse_*``/``format_*`` pair:

* :class:`Voice` -- ``voice=m3`` or, with a language, ``voice=w,fr``.
  Spec (lines 110-119): "voice The voice used for voicing the text (only for voice
  messages). m – male voice. ... m3 (default) – male voice 3. ... w4 – female voice 4.
  When sending messages, it is also possible to specify the language of the text in the
  form: "m,en", "w,fr", "w,de", etc.."
* :class:`CallParam` -- ``param=w,i,n`` (pick-up wait, repeat interval, dial attempts).
  Spec (line 120): "param Comma-separated list of parameters for a voice message in the
  format " param=w, i,n"."

The server clamps some ``param`` values into its operating ranges; a parsed
:class:`CallParam` keeps the values as sent and exposes the clamped ones through its
``effective_*`` properties and :meth:`CallParam.effective`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._errors import LocalProtocolError, RemoteProtocolError
from .._util import is_ascii_digits, remote_errors, short

__all__ = [
    "CALL_PARAM_DEFAULT_ATTEMPTS",
    "CALL_PARAM_DEFAULT_WAIT",
    "DEFAULT_VOICE",
    "VOICE_NAMES",
    "CallParam",
    "Voice",
    "format_call_param",
    "format_voice",
    "parse_call_param",
    "parse_voice",
]

VOICE_NAMES: tuple[str, ...] = ("m", "m2", "m3", "m4", "w", "w2", "w3", "w4")
"""The eight voice names, male then female.

Spec (lines 111-118): "m – male voice. m2 – male voice 2. m3 (default) – male voice 3.
m4 – male voice 4. w – a woman's voice. w2 – female voice 2. w3 – female voice 3.
w4 – female voice 4."
"""

CALL_PARAM_DEFAULT_WAIT = 25
"""Pick-up wait (seconds) the server uses when ``param`` holds an impossible value.

Spec (line 125): "When specifying the value of any parameter other than the possible
ones, the default values of all parameters will be used (n = 8, w = 25, i from 3 to 14
seconds incrementally), except for advertising messages."
"""

CALL_PARAM_DEFAULT_ATTEMPTS = 8
"""Dial attempts the server uses when ``param`` holds an impossible value.

Spec (line 125): "... the default values of all parameters will be used (n = 8, w = 25,
i from 3 to 14 seconds incrementally) ...". The default interval is not one number, so
it has no constant.
"""

# Server-accepted ranges (what a decoder must take) and operating ranges (what the
# server really uses; encoding is strict about these by default).
_WAIT_ACCEPTED = (0, 99)
_WAIT_OPERATING = (10, 35)
_INTERVAL_ACCEPTED = (0, 3600)
_INTERVAL_OPERATING = (10, 3600)
_ATTEMPTS_ACCEPTED = (0, 9)
_ATTEMPTS_OPERATING = (1, 9)

# Longest decimal field parse_call_param reads (leading zeros included) before int().
_MAX_FIELD_DIGITS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class Voice:
    """A voice for the text of a voice message, optionally with the text's language.

    Spec (lines 110-119): "m – male voice. m2 – male voice 2. m3 (default) – male voice
    3. ... When sending messages, it is also possible to specify the language of the
    text in the form: "m,en", "w,fr", "w,de", etc.."

    Args:
        name: One of :data:`~smsc_proto.values.VOICE_NAMES` (``"m"``, ``"m2"`` ... ``"w4"``).
        lang: A two-letter lower-case language code such as ``"en"``, or ``None`` for
            no language part.

    Raises:
        LocalProtocolError: ``name`` is not a voice name or ``lang`` is not two ASCII
            lower-case letters.
    """

    name: str = "m3"
    lang: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or self.name not in VOICE_NAMES:
            raise LocalProtocolError(
                f"voice: name must be one of {', '.join(VOICE_NAMES)}, got {self.name!r}"
            )
        if self.lang is not None and not (
            isinstance(self.lang, str)
            and len(self.lang) == 2
            and self.lang.isascii()
            and self.lang.isalpha()
            and self.lang.islower()
        ):
            raise LocalProtocolError(
                f"voice: lang must be two lower-case Latin letters, got {self.lang!r}"
            )

    @property
    def is_female(self) -> bool:
        """True for the female voices ``w``, ``w2``, ``w3`` and ``w4``.

        Spec (lines 115-118): "w – a woman's voice. w2 – female voice 2. ..."
        """
        return self.name.startswith("w")


DEFAULT_VOICE = Voice(name="m3")
"""The voice the server uses when ``voice`` is not sent.

Spec (line 113): "m3 (default) – male voice 3."
"""


def parse_voice(text: str) -> Voice:
    """Parse a ``voice`` value: ``<name>`` or ``<name>,<lang>``.

    Spec (line 119): "it is also possible to specify the language of the text in the
    form: "m,en", "w,fr", "w,de", etc.." The spec shows one spelling only, so that is
    the only one accepted (no spaces, lower case); it is also the canonical form.

    Args:
        text: The decoded value of the ``voice`` parameter.

    Returns:
        The voice.

    Raises:
        RemoteProtocolError: ``text`` is not a voice name optionally followed by
            ``,`` and a two-letter lower-case language code.
    """
    name, comma, lang = text.partition(",")
    if name not in VOICE_NAMES:
        raise RemoteProtocolError(
            f"voice: must be one of {', '.join(VOICE_NAMES)} optionally followed by "
            f"',<lang>', got {short(text)}"
        )
    with remote_errors():
        return Voice(name=name, lang=lang if comma else None)


def format_voice(voice: Voice) -> str:
    """Write a :class:`Voice` as wire text: ``m3`` or ``w,fr``.

    Spec (line 119): "... in the form: "m,en", "w,fr", "w,de", etc.."

    Args:
        voice: The voice to write.

    Returns:
        The canonical ``voice`` value.
    """
    if voice.lang is None:
        return voice.name
    return f"{voice.name},{voice.lang}"


def _check_field(field: str, value: object, bounds: tuple[int, int]) -> None:
    # bool is an int subclass; True must not pass as 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"param: {field} must be an int, got {type(value).__name__}")
    low, high = bounds
    if not low <= value <= high:
        raise LocalProtocolError(f"param: {field} must be {low}..{high}, got {value}")


@dataclass(frozen=True, slots=True, kw_only=True)
class CallParam:
    """The ``param`` of a voice message: pick-up wait, repeat interval, dial attempts.

    The fields hold the values *as sent*; the constructor accepts every value the
    server accepts, and the ``effective_*`` properties give what the server uses.

    Spec (line 122): "w – the waiting time for the caller to pick up the phone after the
    call starts, in seconds. ... The operating range of the parameter values is from 10
    to 35, but you can specify an interval from 0 to 99 (if the value is less than 10,
    it will be reduced to 10, similarly for the upper bound)."
    Spec (line 123): "i – repeat interval ... (in seconds). The operating range of the
    parameter is from 10 to 3600 (if the value is less than 10, it will be reduced to
    10)." No wider range is given above 3600, so 3600 is the accepted upper bound too.
    Spec (line 124): "n – the total number of dial-up attempts.
    Operating range of values from 1 to 9 (0 will be reduced to 1)."

    Args:
        wait: ``w``, seconds to wait for the pick-up: 0..99 (the server uses 10..35).
        interval: ``i``, seconds between dial attempts: 0..3600 (the server raises
            values below 10 to 10).
        attempts: ``n``, total dial attempts: 0..9 (the server raises 0 to 1).

    Raises:
        LocalProtocolError: A field is not an int or is outside the accepted range.
    """

    wait: int
    interval: int
    attempts: int

    def __post_init__(self) -> None:
        _check_field("wait (w)", self.wait, _WAIT_ACCEPTED)
        _check_field("interval (i)", self.interval, _INTERVAL_ACCEPTED)
        _check_field("attempts (n)", self.attempts, _ATTEMPTS_ACCEPTED)

    @property
    def effective_wait(self) -> int:
        """The pick-up wait the server uses, that is ``wait`` clamped into 10..35.

        Spec (line 122): "if the value is less than 10, it will be reduced to 10,
        similarly for the upper bound".
        """
        low, high = _WAIT_OPERATING
        return min(max(self.wait, low), high)

    @property
    def effective_interval(self) -> int:
        """The repeat interval the server uses, that is ``interval`` raised to at least 10.

        Spec (line 123): "if the value is less than 10, it will be reduced to 10".
        """
        return max(self.interval, _INTERVAL_OPERATING[0])

    @property
    def effective_attempts(self) -> int:
        """The number of dial attempts the server uses (``attempts``, at least 1).

        Spec (line 124): "(0 will be reduced to 1)".
        """
        return max(self.attempts, _ATTEMPTS_OPERATING[0])

    @property
    def is_operating(self) -> bool:
        """True when every field is inside its operating range (the server changes nothing).

        Spec (lines 122-124): operating ranges w 10..35, i 10..3600, n 1..9.
        """
        return self == self.effective()

    def effective(self) -> CallParam:
        """The values the server uses, as a new :class:`CallParam`.

        Spec (lines 122-124): w is clamped into 10..35, i below 10 becomes 10, n = 0
        becomes 1.

        Returns:
            A :class:`CallParam` whose fields are all inside the operating ranges.
        """
        return CallParam(
            wait=self.effective_wait,
            interval=self.effective_interval,
            attempts=self.effective_attempts,
        )


def parse_call_param(text: str) -> CallParam:
    """Parse a ``param`` value ``w,i,n``, keeping each value as sent.

    Spec (line 120): "Comma-separated list of parameters for a voice message in the
    format " param=w, i,n"." Spaces after a comma are accepted (the spec prints one);
    the canonical form has none. Leading zeros are accepted (``010`` is 10). Example
    (line 578): ``param=20%2C10%2C3``, that is ``20,10,3``.

    Values the server would clamp (``5,10,3``) parse as sent; values outside what the
    server accepts (``100,10,3``) raise: the server would then ignore the whole
    ``param`` and use its defaults (line 125, see
    :data:`~smsc_proto.values.CALL_PARAM_DEFAULT_WAIT`).

    Args:
        text: The decoded value of the ``param`` parameter.

    Returns:
        The call parameters as sent.

    Raises:
        RemoteProtocolError: ``text`` is not three comma-separated decimal numbers, or
            a number is outside the range the server accepts.
    """
    parts = text.split(",")
    if len(parts) != 3:
        raise RemoteProtocolError(
            f"param: must be three comma-separated numbers w,i,n, got {short(text)}"
        )
    values: list[int] = []
    for index, part in enumerate(parts):
        digits = part.lstrip(" ") if index else part
        if not is_ascii_digits(digits) or len(digits) > _MAX_FIELD_DIGITS:
            raise RemoteProtocolError(
                f"param: field {index + 1} of w,i,n must be a decimal number, got {short(part)}"
            )
        values.append(int(digits))
    with remote_errors():
        return CallParam(wait=values[0], interval=values[1], attempts=values[2])


def format_call_param(param: CallParam, *, strict: bool = True) -> str:
    """Write a :class:`CallParam` as canonical wire text ``w,i,n`` (no spaces).

    Spec (line 578): "param=20%2C10%2C3" for w=20, i=10, n=3.

    Encoding is strict by default: a value the server would silently change (outside
    the operating ranges w 10..35, i 10..3600, n 1..9) is refused, so that a client
    never sends something that does not mean what it says. Pass ``strict=False`` to
    write any value the server accepts, exactly as held (a gateway echoing what it
    received, or a test of the server's clamping).

    Args:
        param: The call parameters.
        strict: Refuse values outside the operating ranges.

    Returns:
        The canonical ``param`` value.

    Raises:
        LocalProtocolError: ``strict`` is true and a value is outside its operating
            range.
    """
    if strict and not param.is_operating:
        raise LocalProtocolError(
            f"param: w,i,n = {param.wait},{param.interval},{param.attempts} is outside the "
            f"operating ranges w {_WAIT_OPERATING[0]}..{_WAIT_OPERATING[1]}, "
            f"i {_INTERVAL_OPERATING[0]}..{_INTERVAL_OPERATING[1]}, "
            f"n {_ATTEMPTS_OPERATING[0]}..{_ATTEMPTS_OPERATING[1]} "
            "(the server would change it; pass strict=False to send it anyway)"
        )
    return f"{param.wait},{param.interval},{param.attempts}"
