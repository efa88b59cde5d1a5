"""The command machinery: one declaration per command drives both directions (private).

A command is a frozen, slotted, keyword-only dataclass whose fields are declared with
:func:`param`: the wire name and the :class:`Codec` of each parameter. One generic
encoder (:meth:`Command.to_request`) and one generic decoder (:meth:`Command.from_request`)
read those declarations, so a command cannot be encoded one way and decoded another.

Every command shares four fields: ``credentials`` (``login`` + ``psw``, or ``apikey``),
``fmt``, ``charset`` and ``extra`` (parameters the spec does not list for the command,
kept in wire order rather than dropped).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

from ._call_kind import CallKind
from ._charsets import normalize_charset
from ._coerce import as_decimal
from ._errors import InvalidRequestError, LocalProtocolError, RemoteProtocolError
from ._secrets import MASK, is_secret_param, masked_dataclass_repr
from ._util import canonical_index, decimal_digits, is_ascii_digits, remote_errors, short
from ._wire import Attachment, Request

__all__ = [
    "FMT",
    "Array",
    "CheckedText",
    "Codec",
    "Command",
    "Credentials",
    "Dec",
    "Flag",
    "Int",
    "IntChoice",
    "Syntax",
    "Text",
    "TextChoice",
    "param",
    "parse_command",
    "register",
]

T = TypeVar("T")
C = TypeVar("C", bound="Command")

if TYPE_CHECKING:
    # PEP 696: a bare ``Command`` means ``Command[Any]`` (a command whose reply is not
    # known statically), so untyped code keeps working. Only the type checker needs
    # the default; at run time the parameter is an ordinary TypeVar.
    from typing_extensions import TypeVar as _DefaultedTypeVar

    ReplyT = _DefaultedTypeVar("ReplyT", default=Any)
else:
    ReplyT = TypeVar("ReplyT")


# -- codecs --------------------------------------------------------------------------------


class Codec(Generic[T]):
    """How one parameter's value travels: validate, format (encode) and parse (decode).

    ``coerce``, ``validate`` and ``format`` raise :class:`LocalProtocolError`; ``parse``
    raises :class:`RemoteProtocolError`. Every message starts with the parameter name.

    ``accepts`` is the annotation of the natural inputs ``coerce`` converts besides the
    canonical type (``"str | Sequence[str | Recipient]"`` for a phone list), or ``None``:
    the clients' generated methods show it in their signatures.
    """

    accepts: str | None = None

    def coerce(self, name: str, value: Any) -> T:
        """The canonical value of a natural input (``"7999,7888"`` -> a ``PhoneList``).

        The command's constructor calls it before :meth:`validate`, so a decoded command
        still equals the encoded one. The default keeps ``value`` as it is.
        """
        result: T = value
        return result

    def validate(self, name: str, value: T) -> None:
        """Raise LocalProtocolError unless ``value`` may be encoded as parameter ``name``."""
        self.format(name, value)

    def format(self, name: str, value: T) -> str:
        """The wire text of ``value``."""
        raise NotImplementedError

    def parse(self, name: str, text: str) -> T:
        """The value of wire text ``text``."""
        raise NotImplementedError


class CheckedText(Codec[str]):
    """Text kept as it is, under one rule: :meth:`_problem` says what is wrong with a
    value (``None``: nothing), and both directions raise with that reason."""

    def _problem(self, value: str) -> str | None:
        raise NotImplementedError

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str):
            raise LocalProtocolError(f"{name}: must be str, got {type(value).__name__}")
        problem = self._problem(value)
        if problem:
            raise LocalProtocolError(f"{name}: {problem}")
        return value

    def parse(self, name: str, text: str) -> str:
        problem = self._problem(text)
        if problem:
            raise RemoteProtocolError(f"{name}: {problem}")
        return text


class Text(CheckedText):
    """Free text, optionally bounded in length, non-empty, or free of line breaks.

    Args:
        max_len: The longest text allowed (characters), or ``None``.
        nonempty: Refuse ``""``.
        single_line: Refuse CR and LF.
    """

    def __init__(
        self, *, max_len: int | None = None, nonempty: bool = False, single_line: bool = False
    ) -> None:
        self.max_len = max_len
        self.nonempty = nonempty
        self.single_line = single_line

    def _problem(self, value: str) -> str | None:
        if self.nonempty and not value:
            return "must not be empty"
        if self.max_len is not None and len(value) > self.max_len:
            return f"must be at most {self.max_len} characters, got {len(value)}"
        if self.single_line and ("\n" in value or "\r" in value):
            return "must not contain line breaks"
        return None


class TextChoice(Codec[str]):
    """One of a fixed set of words (``cur=RUB``-style or ``charset``-style values)."""

    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def format(self, name: str, value: str) -> str:
        if value not in self.choices:
            raise LocalProtocolError(
                f"{name}: must be one of {', '.join(self.choices)}, got {short(str(value))}"
            )
        return value

    def parse(self, name: str, text: str) -> str:
        if text not in self.choices:
            raise RemoteProtocolError(
                f"{name}: must be one of {', '.join(self.choices)}, got {short(text)}"
            )
        return text


class Int(Codec[int]):
    """A decimal integer in ``lo..hi`` (ASCII digits, an optional ``-`` when ``lo < 0``).

    Decoding accepts leading zeros (``007`` is 7); encoding writes none.
    """

    def __init__(self, lo: int, hi: int) -> None:
        self.lo = lo
        self.hi = hi
        self._max_digits = max(len(str(abs(lo))), len(str(abs(hi)))) + 20
        # As Dec: this many digits are in range whatever they are (lo <= 0 <= hi).
        bound = min(hi, -lo if lo < 0 else hi)
        self._safe_digits = len(str(bound)) - 1 if lo <= 0 <= hi else -1

    def format(self, name: str, value: int) -> str:
        if not isinstance(value, int) or isinstance(value, bool):
            raise LocalProtocolError(f"{name}: must be int, got {type(value).__name__}")
        if not self.lo <= value <= self.hi:
            raise LocalProtocolError(f"{name}: must be {self.lo}..{self.hi}, got {value}")
        return str(value)

    def parse(self, name: str, text: str) -> int:
        digits = text[1:] if text.startswith("-") and self.lo < 0 else text
        if not is_ascii_digits(digits) or len(digits) > self._max_digits:
            raise RemoteProtocolError(
                f"{name}: must be an integer {self.lo}..{self.hi}, got {short(text)}"
            )
        value = int(text)
        if len(digits) > self._safe_digits and not self.lo <= value <= self.hi:
            raise RemoteProtocolError(f"{name}: must be {self.lo}..{self.hi}, got {value}")
        return value


class IntChoice(Codec[int]):
    """One of a fixed set of integers (``cost`` 0..3, ``fmt`` 0..3, ``all`` 0..2...).

    Only an ``int`` is one: ``3.0`` and ``Decimal(3)`` equal 3 but would be written
    ``3.0`` and read as nothing the spec lists, and ``True`` is a switch, not a code.

    Decoding reads leading zeros (``bin=01`` is 1, as :class:`Int` does); encoding writes
    none. Anything keyed on the value (send.php's ``bin=1`` raw bytes) must read it
    through :meth:`parse`, never compare the wire text, so that every accepted spelling
    takes the same path.
    """

    def __init__(self, *choices: int) -> None:
        self.choices = frozenset(choices)
        self._text = ", ".join(str(c) for c in sorted(choices))

    def format(self, name: str, value: int) -> str:
        if not isinstance(value, int) or isinstance(value, bool):
            raise LocalProtocolError(
                f"{name}: must be one of {self._text}, got {value!r} "
                f"({type(value).__name__}, not int)"
            )
        if value not in self.choices:
            raise LocalProtocolError(f"{name}: must be one of {self._text}, got {value!r}")
        # int(): an IntEnum member writes its number, whatever its str() is.
        return str(int(value))

    def parse(self, name: str, text: str) -> int:
        value = decimal_digits(text)
        if value is None or value not in self.choices:
            raise RemoteProtocolError(f"{name}: must be one of {self._text}, got {short(text)}")
        return value


class Flag(Codec[bool]):
    """A 0/1 switch: ``True`` travels as ``1``, ``False`` as ``0``."""

    def format(self, name: str, value: bool) -> str:
        if not isinstance(value, bool):
            raise LocalProtocolError(f"{name}: must be bool, got {type(value).__name__}")
        return "1" if value else "0"

    def parse(self, name: str, text: str) -> bool:
        if text == "1":
            return True
        if text == "0":
            return False
        raise RemoteProtocolError(f"{name}: must be 0 or 1, got {short(text)}")


class Dec(Codec[Decimal]):
    """A decimal number in ``lo..hi`` with at most ``places`` decimals (money, hours).

    The constructor also takes an ``int`` or a decimal ``str`` (not a ``float``).
    """

    accepts = "int | str"

    def coerce(self, name: str, value: Any) -> Decimal:
        result: Decimal = as_decimal(name, value)
        return result

    def __init__(self, lo: Decimal, hi: Decimal, places: int = 2) -> None:
        self.lo = lo
        self.hi = hi
        self.places = places
        # Integer parts with at most this many digits are inside lo..hi whatever they are
        # (when lo <= 0 <= hi): decoding skips the range check for them.
        bound = min(hi, -lo if lo < 0 else hi)
        self._safe_digits = len(str(int(bound))) - 1 if lo <= 0 <= hi else -1

    def _problem(self, value: Decimal) -> str | None:
        if not value.is_finite():
            return "must be a finite number"
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > self.places:
            return f"must have at most {self.places} decimals, got {value}"
        if not self.lo <= value <= self.hi:
            return f"must be {self.lo}..{self.hi}, got {value}"
        return None

    def format(self, name: str, value: Decimal) -> str:
        if not isinstance(value, Decimal):
            raise LocalProtocolError(f"{name}: must be Decimal, got {type(value).__name__}")
        problem = self._problem(value)
        if problem:
            raise LocalProtocolError(f"{name}: {problem}")
        return format(value, "f")

    def parse(self, name: str, text: str) -> Decimal:
        whole, dot, frac = text.partition(".")
        sign = whole.startswith("-") and self.lo < 0
        digits = whole[1:] if sign else whole
        if (
            not is_ascii_digits(digits)
            or len(digits) > 30
            or (dot and (not is_ascii_digits(frac) or len(frac) > self.places))
        ):
            raise RemoteProtocolError(f"{name}: must be a decimal number, got {short(text)}")
        try:
            value = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the checks above exclude it
            raise RemoteProtocolError(f"{name}: must be a decimal number") from None
        if len(digits) <= self._safe_digits:
            return value  # finite, few enough decimals (checked above) and in range
        problem = self._problem(value)
        if problem:
            raise RemoteProtocolError(f"{name}: {problem}")
        return value


class Syntax(Codec[T]):
    """A value syntax of :mod:`smsc_proto.values`, by its parse and format functions.

    Args:
        parse: The ``parse_*`` function (raises RemoteProtocolError).
        format: The ``format_*`` function (raises LocalProtocolError).
        types: The accepted Python type(s) of the value, checked before formatting.
        coerce: Turns a natural input into the canonical value (``(name, value)``; see
            :meth:`Codec.coerce`), or ``None``.
        accepts: The annotation of the inputs ``coerce`` takes (:attr:`Codec.accepts`).
    """

    def __init__(
        self,
        parse: Callable[[str], T],
        format: Callable[[T], str],
        types: type | tuple[type, ...],
        *,
        coerce: Callable[[str, Any], T] | None = None,
        accepts: str | None = None,
    ) -> None:
        self._parse = parse
        self._format = format
        self._types = types
        self._coerce = coerce
        self.accepts = accepts

    def coerce(self, name: str, value: Any) -> T:
        if self._coerce is None:
            result: T = value
            return result
        return self._coerce(name, value)

    def format(self, name: str, value: T) -> str:
        if not isinstance(value, self._types):
            types = self._types if isinstance(self._types, tuple) else (self._types,)
            names = [t.__name__ for t in types]
            if self.accepts:
                names.append(self.accepts)
            raise LocalProtocolError(
                f"{name}: must be {' or '.join(names)}, got {type(value).__name__}"
            )
        try:
            return self._format(value)
        except LocalProtocolError as exc:
            raise LocalProtocolError(_prefixed(name, str(exc))) from None

    def parse(self, name: str, text: str) -> T:
        try:
            return self._parse(text)
        except RemoteProtocolError as exc:
            raise RemoteProtocolError(_prefixed(name, str(exc))) from None


def _prefixed(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"


class Array(Codec[Mapping[int, T]]):
    """An array parameter (``fl[5]=1``, ``mfl[0]=3``): index -> value of the inner codec.

    The value is a mapping from index to value; on the wire each entry is its own
    ``name[index]`` parameter, in index order.

    Args:
        inner: The codec of each element.
        lo: The smallest index allowed.
        hi: The largest index allowed.
    """

    def __init__(self, inner: Codec[T], lo: int, hi: int) -> None:
        self.inner = inner
        self.lo = lo
        self.hi = hi

    def format(self, name: str, value: Mapping[int, T]) -> str:
        raise LocalProtocolError(f"{name}: an array parameter has no single text")

    def validate(self, name: str, value: Mapping[int, T]) -> None:
        if not isinstance(value, Mapping):
            raise LocalProtocolError(f"{name}: must be a mapping of index to value")
        for index, item in value.items():
            if isinstance(index, bool):
                # bool is an int, and True would travel as "fl[True]": a number is wanted.
                raise LocalProtocolError(f"{name}: index must be an int, got {index!r}")
            if not isinstance(index, int) or not self.lo <= index <= self.hi:
                raise LocalProtocolError(
                    f"{name}: index must be {self.lo}..{self.hi}, got {index!r}"
                )
            self.inner.validate(f"{name}[{index}]", item)

    def pairs(self, name: str, value: Mapping[int, T]) -> list[tuple[str, str]]:
        """The wire pairs of ``value``, in index order."""
        return [
            (f"{name}[{int(i)}]", self.inner.format(f"{name}[{int(i)}]", value[i]))
            for i in sorted(value)
        ]

    def entry_index(self, name: str, entry: str) -> int:
        """The index of ``entry`` (``fl[5]``): a parameter named ``name`` or ``name[...``.

        Spec (line 1120): "you must additionally pass the fl[5] flag equal to 1"; every
        array entry of the spec is ``name[index]``, the index in decimal. Only the
        spelling :meth:`pairs` writes is read (no leading zeros, sign or blank): ``fl[05]``
        beside ``fl[5]`` would name one entry twice, ``fl`` or ``fl[]`` none.

        Raises:
            RemoteProtocolError: another spelling, or an index outside ``lo..hi``.
        """
        inside = entry[len(name) :]
        index = canonical_index(inside[1:-1]) if inside.endswith("]") else None
        if index is None:
            raise RemoteProtocolError(
                f"{short(entry)}: {name} is an array parameter, written {name}[<index>] with "
                "the index in decimal without leading zeros"
            )
        if not self.lo <= index <= self.hi:
            raise RemoteProtocolError(f"{entry}: index must be {self.lo}..{self.hi}")
        return index


#: The ``fmt`` parameter every script takes (QUIRKS INC-68: missing from many tables).
#: Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as
#: numbers separated by commas, 2 - xml, 3 - json".
FMT: Final = IntChoice(0, 1, 2, 3)


class _Charset(Codec[str]):
    """``charset``: one of the protocol's charsets, matched case-insensitively on decode."""

    def format(self, name: str, value: str) -> str:
        if not isinstance(value, str) or normalize_charset(value, remote=False) != value:
            raise LocalProtocolError(
                f"{name}: must be windows-1251, koi8-r or utf-8 (lower case), got {value!r}"
            )
        return value

    def parse(self, name: str, text: str) -> str:
        return normalize_charset(text, remote=True)


_CHARSET_CODEC: Final = _Charset()


def param(
    codec: Codec[Any],
    *,
    wire: str | None = None,
    default: Any = None,
    secret: bool = False,
) -> Any:
    """Declare a command field: its codec and (when it differs) its wire name.

    Args:
        codec: How the value travels.
        wire: The parameter name on the wire when it is not the field name (the spec's
            ``del`` is field ``del_``).
        default: The value when the parameter is absent (``None``: not sent).
        secret: Hide the value from ``repr`` (passwords). A parameter whose wire name
            is a secret's (:func:`~smsc_proto.is_secret_param`) is masked by ``repr``
            even without it.
    """
    return field(default=default, repr=not secret, metadata={"codec": codec, "wire": wire})


# -- credentials ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Credentials:
    """Who calls: ``login`` + ``psw``, or the vendor client's ``apikey`` alone.

    Spec (line 44): "login - Customer Login. psw - Client Password". The vendor's own
    client sends ``apikey=<key>`` instead of both when it is given an empty login.
    ``repr`` and every error message mask ``psw`` and ``apikey``.

    Raises:
        LocalProtocolError: neither form, or both, or a value with a line break.
    """

    login: str | None = None
    psw: str | None = None
    apikey: str | None = None

    def __post_init__(self) -> None:
        pair = self.login is not None or self.psw is not None
        if pair and self.apikey is not None:
            raise LocalProtocolError("credentials: give login + psw, or apikey, not both")
        if pair and (self.login is None or self.psw is None):
            missing = "psw" if self.psw is None else "login"
            raise LocalProtocolError(f"credentials: {missing} is required with login/psw")
        if not pair and self.apikey is None:
            raise LocalProtocolError("credentials: give login + psw, or apikey")
        for name in ("login", "psw", "apikey"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value):
                raise LocalProtocolError(f"credentials: {name} must be a non-empty str")

    def __repr__(self) -> str:
        if self.apikey is not None:
            return f"Credentials(apikey={MASK!r})"
        return f"Credentials(login={self.login!r}, psw={MASK!r})"

    def pairs(self) -> list[tuple[str, str]]:
        """The wire parameters: ``login`` and ``psw``, or ``apikey``."""
        if self.apikey is not None:
            return [("apikey", self.apikey)]
        return [("login", self.login or ""), ("psw", self.psw or "")]


_CREDENTIAL_NAMES: Final = frozenset({"login", "psw", "apikey"})


# -- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Command(Generic[ReplyT]):
    """Base of every command: the fields all scripts share and the generic codec.

    A command is generic over its reply: ``class Balance(Command[BalanceReply])``, so
    :func:`~smsc_proto.responses.decode_response`, :meth:`~smsc_proto.Session.finish`
    and the clients' methods return ``BalanceReply`` to a type checker. A bare
    ``Command`` is ``Command[Any]``.

    Subclasses set these class variables, declare their parameters with ``param()`` in
    wire order, and are registered with the ``register`` decorator:

    * ``SCRIPT`` -- the script the command calls (``"jobs.php"``);
    * ``SELECTOR`` -- the ``(parameter, value)`` that picks the action
      (``("add", "1")``), or ``None`` for a script's only or default action;
    * ``REQUIRED`` -- field names that must not be ``None``;
    * ``ONE_OF`` -- groups of field names of which at least one group must be complete
      (``(("phones", "mes"), ("list",))``: phones and mes, or list);
    * ``KIND`` -- what calling it does, a :class:`~smsc_proto.CallKind`: ``READ``
      (changes nothing), ``SEND`` (sends messages), ``BROWSER_URL`` (a URL the end
      user's browser loads, imgcode.php's captcha image, which no session or client
      sends), or ``ONCE`` (a change, a purchase, a payment: the default, so a command
      that says nothing is never repeated).

    ``repr`` (and ``str``) never shows a secret: ``credentials`` and the parameters
    declared ``secret`` are left out, and the value of any other parameter whose name
    is a secret's (:func:`~smsc_proto.is_secret_param`: ``password``, ``psw2``,
    ``token``...) is ``'***'`` -- in ``extra`` too.
    """

    SCRIPT: ClassVar[str] = ""
    SELECTOR: ClassVar[tuple[str, str] | None] = None
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = ()
    KIND: ClassVar[CallKind] = CallKind.ONCE

    # Not in repr at all: a command's repr is safe to log.
    credentials: Credentials | None = field(default=None, repr=False)
    fmt: int | None = param(FMT)
    charset: str | None = param(_CHARSET_CODEC)
    extra: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for f, codec, wire in _declared(type(self)):
            value = getattr(self, f.name)
            if value is not None:
                # Natural inputs (a str of phones, a datetime) become the canonical value
                # first: a decoded command must equal the one that was encoded.
                canonical = codec.coerce(wire, value)
                if canonical is not value:
                    object.__setattr__(self, f.name, canonical)
                codec.validate(wire, canonical)
        if self.credentials is not None and not isinstance(self.credentials, Credentials):
            raise LocalProtocolError("credentials: must be a Credentials instance")
        for f_name in self.REQUIRED:
            if getattr(self, f_name) is None:
                raise LocalProtocolError(f"{_wire_name(type(self), f_name)}: is required")
        if self.ONE_OF and not any(
            all(getattr(self, n) is not None for n in group) for group in self.ONE_OF
        ):
            options = " or ".join(
                " + ".join(_wire_name(type(self), n) for n in group) for group in self.ONE_OF
            )
            raise LocalProtocolError(f"{self.SCRIPT}: requires {options}")
        if self.extra != ():
            _check_extra(type(self), self.extra)
        self._check()

    def _check(self) -> None:
        """Cross-field rules of a command (override; raise LocalProtocolError)."""
        return

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Zero-argument super() would name the class slots=True replaced.
        super(Command, cls).__init_subclass__(**kwargs)
        # ``@dataclass`` generates no ``__repr__`` for a class that defines one, so every
        # command gets the masking one below instead of the generated, verbatim one.
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = _command_repr  # type: ignore[method-assign]

    def __repr__(self) -> str:
        return _command_repr(self)

    # The generic codec ----------------------------------------------------------------

    def to_request(self) -> Request:
        """Encode as a :class:`~smsc_proto.Request`.

        Order: the selector, the credentials, the declared parameters in declaration
        order, ``fmt``, ``charset``, then ``extra`` as given.

        Raises:
            LocalProtocolError: a value cannot be encoded.
        """
        pairs: list[tuple[str, str]] = []
        if self.SELECTOR is not None:
            pairs.append(self.SELECTOR)
        if self.credentials is not None:
            pairs += self.credentials.pairs()
        tail: list[tuple[str, str]] = []
        for f, codec, wire in _declared(type(self)):
            value = getattr(self, f.name)
            if value is None:
                continue
            target = tail if f.name in ("fmt", "charset") else pairs
            if isinstance(codec, Array):
                target += codec.pairs(wire, value)
            else:
                target.append((wire, codec.format(wire, value)))
        attachments: tuple[Attachment, ...] = getattr(self, "attachments", ())
        return Request(self.SCRIPT, pairs + tail + list(self.extra), attachments)

    @classmethod
    def from_request(cls: type[C], request: Request) -> C:
        """Decode a request for this command (the caller picked the class).

        Raises:
            RemoteProtocolError: a value is malformed, a parameter repeats, a
                required parameter is missing, or the request carries attachments and
                the command takes none.
        """
        by_wire: dict[str, tuple[str, Codec[Any]]] = {}
        arrays: dict[str, tuple[str, Array[Any]]] = {}
        for f, codec, wire in _declared(cls):
            if isinstance(codec, Array):
                arrays[wire] = (f.name, codec)
            else:
                by_wire[wire] = (f.name, codec)
        values: dict[str, Any] = {}
        array_values: dict[str, dict[int, Any]] = {}
        creds: dict[str, str] = {}
        extra: list[tuple[str, str]] = []
        seen: set[str] = set()
        for name, text in request.params.items():
            # Every parameter the command reads -- the selector, the credentials, a
            # declared parameter, an array entry -- is read once: a repeat would leave
            # the reader to pick one (last-one-wins), so it is refused. Only ``extra``
            # keeps repeats, as it keeps everything else it holds: as sent.
            repeated = name in seen
            seen.add(name)
            array = arrays.get(name.partition("[")[0])
            if repeated and (
                name in by_wire
                or name in _CREDENTIAL_NAMES
                or (cls.SELECTOR is not None and name == cls.SELECTOR[0])
                or array is not None
            ):
                raise RemoteProtocolError(f"{name}: given more than once")
            if cls.SELECTOR is not None and name == cls.SELECTOR[0]:
                if text != cls.SELECTOR[1]:
                    raise RemoteProtocolError(
                        f"{name}: must be {cls.SELECTOR[1]}, got {short(text)}"
                    )
                continue
            if name in _CREDENTIAL_NAMES:
                creds[name] = text
                continue
            if name in by_wire:
                f_name, codec = by_wire[name]
                values[f_name] = codec.parse(name, text)
                continue
            if array is not None:
                f_name, codec_ = array
                index = codec_.entry_index(name.partition("[")[0], name)
                array_values.setdefault(f_name, {})[index] = codec_.inner.parse(name, text)
                continue
            extra.append((name, text))
        values.update(array_values)
        if request.attachments:
            # Files travel only in a multipart body; a command without an
            # ``attachments`` field refuses them rather than dropping them.
            if "attachments" not in {f.name for f in dataclasses.fields(cls)}:
                raise RemoteProtocolError(f"{cls.SCRIPT}: takes no attachments")
            values["attachments"] = tuple(request.attachments)
        if creds:
            with remote_errors():
                values["credentials"] = Credentials(**creds)
        if extra:
            values["extra"] = tuple(extra)
        with remote_errors():
            return cls(**values)


def _check_extra(cls: type[Command], extra: object) -> None:
    """Refuse an ``extra`` the decoder would not give back as ``extra``.

    A name the decoder reads -- a declared parameter, an array entry (``fl[5]``, and
    ``fl``/``fl[05]``, which it refuses), a credential, an action selector of the
    script -- would travel twice or be read into a field (or as another command), so
    ``from_request(to_request())`` would not give the command back.
    """
    if not isinstance(extra, tuple) or not all(
        isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        for pair in extra
    ):
        raise LocalProtocolError("extra: must be a tuple of (name, value) pairs of str")
    declared = _declared(cls)
    fields = {wire for _f, codec, wire in declared if not isinstance(codec, Array)}
    arrays = {wire for _f, codec, wire in declared if isinstance(codec, Array)}
    selectors = {c.SELECTOR[0] for c in _REGISTRY.get(cls.SCRIPT, ()) if c.SELECTOR is not None}
    if cls.SELECTOR is not None:
        selectors.add(cls.SELECTOR[0])
    for name, _value in extra:
        if name in fields or name.partition("[")[0] in arrays:
            raise LocalProtocolError(
                f"extra: {short(name)} is a parameter of {cls.__name__}; set its field"
            )
        if name in _CREDENTIAL_NAMES:
            raise LocalProtocolError(f"extra: {name} is a credential; use credentials=")
        if name in selectors:
            raise LocalProtocolError(
                f"extra: {name} selects an action of {cls.SCRIPT}; use that action's command"
            )


def _command_repr(command: Command) -> str:
    """The dataclass ``repr`` of ``command``, secrets masked (see :class:`Command`)."""
    secret = [f.name for f, _codec, wire in _declared(type(command)) if is_secret_param(wire)]
    return masked_dataclass_repr(command, secret_fields=secret)


def _declared(cls: type[Command]) -> list[tuple[dataclasses.Field[Any], Codec[Any], str]]:
    """The (field, codec, wire name) of every declared parameter, in declaration order.

    ``fmt`` and ``charset`` come from the base and are listed first by ``fields()``; the
    encoder moves them after the command's own parameters.
    """
    cached = _DECLARED.get(cls)
    if cached is None:
        cached = [
            (f, f.metadata["codec"], f.metadata.get("wire") or f.name)
            for f in dataclasses.fields(cls)
            if "codec" in f.metadata
        ]
        _DECLARED[cls] = cached
    return cached


_DECLARED: dict[type[Command], list[tuple[dataclasses.Field[Any], Codec[Any], str]]] = {}


def _wire_name(cls: type[Command], field_name: str) -> str:
    for f, _codec, wire in _declared(cls):
        if f.name == field_name:
            return wire
    return field_name


# -- the registry ------------------------------------------------------------------------------

_REGISTRY: dict[str, list[type[Command]]] = {}


def register(cls: type[C]) -> type[C]:
    """Class decorator: make ``cls`` reachable from :func:`parse_command`.

    Apply it above ``@dataclass`` (``slots=True`` builds a new class; only the final
    class must be registered).

    Raises:
        LocalProtocolError: another command already claims the same script and selector.
    """
    commands = _REGISTRY.setdefault(cls.SCRIPT, [])
    for other in commands:
        if other.SELECTOR == cls.SELECTOR:
            raise LocalProtocolError(
                f"{cls.SCRIPT}: {cls.__name__} and {other.__name__} share selector {cls.SELECTOR}"
            )
    commands.append(cls)
    return cls


def parse_command(request: Request) -> Command:
    """Decode a request into its typed command (the gateway side).

    The script picks the candidates; the selector parameter (``add=1``, ``get_stat=1``,
    ``move_group=2``, ``del=1``...) picks the command, or the script's default command
    when none is present.

    Raises:
        InvalidRequestError: an unknown script, no or several selectors, or any
            parameter the command cannot accept. It is a
            :class:`~smsc_proto.RemoteProtocolError` (input from the wire) and a
            :class:`~smsc_proto.LocalProtocolError` (as the public API names it).
    """
    try:
        return _parse_command(request)
    except InvalidRequestError:
        raise
    except (RemoteProtocolError, LocalProtocolError) as exc:
        raise InvalidRequestError(str(exc)) from None


def _parse_command(request: Request) -> Command:
    candidates = _REGISTRY.get(request.script)
    if not candidates:
        raise RemoteProtocolError(f"script: {short(request.script)} is not a known script")
    selector_names = {c.SELECTOR[0] for c in candidates if c.SELECTOR is not None}
    present = [n for n in selector_names if n in request.params]
    if len(present) > 1:
        raise RemoteProtocolError(
            f"{request.script}: selects more than one action ({', '.join(sorted(present))})"
        )
    if present:
        name = present[0]
        values = request.params.getall(name)
        if len(values) > 1:
            raise RemoteProtocolError(f"{name}: given more than once")
        for cls in candidates:
            if (name, values[0]) == cls.SELECTOR:
                return cls.from_request(request)
        allowed = sorted(c.SELECTOR[1] for c in candidates if c.SELECTOR and c.SELECTOR[0] == name)
        raise RemoteProtocolError(f"{name}: must be {' or '.join(allowed)}, got {short(values[0])}")
    for cls in candidates:
        if cls.SELECTOR is None:
            return cls.from_request(request)
    options = ", ".join(f"{c.SELECTOR[0]}={c.SELECTOR[1]}" for c in candidates if c.SELECTOR)
    raise RemoteProtocolError(f"{request.script}: names no action (one of {options})")
