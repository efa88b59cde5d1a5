"""Faults in protocol terms, seeded and reproducible (private; exported by ``smsc_proto.gateway``).

A :class:`Faults` value says how a virtual gateway misbehaves. Two families:

* **transport faults** -- latency, an HTTP error status, a reset connection, a
  truncated body, a send committed whose reply is lost, a backup host that is down.
  :meth:`Faults.plan` decides them per request as a pure function of ``(seed, index,
  script)``; the server applies the :class:`Plan` (a sans-IO gateway has no socket to
  reset);
* **protocol faults** -- error 4 after too many error replies from one address, the
  error-9 windows, errors 6/7/8 for chosen number prefixes, and the final status and
  error code of the messages to chosen prefixes. :class:`~smsc_proto.gateway.VirtualGateway`
  applies them in :meth:`~smsc_proto.gateway.VirtualGateway.respond`.

Every field round-trips through JSON (:meth:`Faults.to_json`, :meth:`Faults.from_json`,
for an admin API) and through one line of text (:meth:`Faults.parse`, for a command
line).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Literal, TypeAlias, TypeVar

from .._errors import LocalProtocolError
from .._util import short
from ._store import JSON

__all__ = ["FINAL_STATUSES", "Action", "Faults", "Plan"]

#: What the server does with a request (see :class:`Plan`).
Action: TypeAlias = Literal["answer", "http_error", "reset", "truncate", "lose_reply"]

#: The final statuses a message may end in (spec lines 1798-1813): "Delivered",
#: "Read", "Expired", "Click on link", "Unable to deliver", "Wrong number", "Banned",
#: "Insufficient funds", "Unavailable number".
FINAL_STATUSES: Final = frozenset({1, 2, 3, 4, 20, 22, 23, 24, 25})

#: Spec (lines 176-178, 217-219): the send.php errors that name a recipient's problem:
#: "6 The message is forbidden (by text or by the sender's name)", "7 Invalid phone
#: number format", "8 The message to the specified number can not be delivered".
NUMBER_ERRORS: Final = frozenset({6, 7, 8})

# The scripts whose request commits a send (the only ones "lose_reply" applies to).
_SEND_SCRIPTS: Final = frozenset({"send.php", "rest/send"})
_PROBABILITIES: Final[tuple[Action, ...]] = ("http_error", "reset", "truncate", "lose_reply")
_INT64: Final = 2**63
V = TypeVar("V")


def _empty_int() -> Mapping[str, int]:
    return MappingProxyType({})


def _empty_outcomes() -> Mapping[str, tuple[int, int]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """What the server does with one request (:meth:`Faults.plan`).

    Args:
        latency: Seconds to wait before doing anything else.
        action: ``"answer"`` -- answer normally; ``"http_error"`` -- answer
            ``http_status`` with an empty body, without calling the gateway;
            ``"reset"`` -- close the connection without calling the gateway;
            ``"truncate"`` -- call the gateway, send the headers and half the body,
            close; ``"lose_reply"`` -- call the gateway (the send is committed), then
            close without answering.
        http_status: The status of an ``"http_error"`` answer.
    """

    latency: float
    action: Action
    http_status: int


@dataclass(frozen=True, kw_only=True)
class Faults:
    """How a virtual gateway misbehaves: seeded, reproducible, JSON round-trip.

    ``Faults()`` is a well-behaved gateway. Transport faults are decided by
    :meth:`plan` and applied by the server; protocol faults by
    :meth:`VirtualGateway.respond <smsc_proto.gateway.VirtualGateway.respond>`.

    Args:
        seed: The seed of every random choice (:meth:`plan`).
        latency: Seconds the server waits before answering each request.
        http_error: Probability that a request is answered with HTTP ``http_status``
            instead of its reply (the gateway never sees it).
        http_status: The status of those answers, 400..599.
        reset: Probability that the connection is closed without an answer.
        truncate: Probability that only part of the body is sent (``Content-Length``
            stays whole).
        lose_reply: Probability that a send (``send.php``, ``rest/send``) is committed
            and the connection then closed unanswered -- the case a client reconciles
            through ``status.php``.
        backup_down: The backup host refuses connections (the server applies it).
        block_after: Error 4 for an address after this many error replies to it
            (``None``: never). Spec (line 215): "4 IP address is temporarily blocked due
            to frequent errors in the queries."
        block_for: Seconds of the gateway's clock an address stays blocked.
        rate_limits: Apply the spec's error-9 windows to the emulated commands
            ("more than one identical SMS message request ... within a minute", line
            220; status, balance and history limits: see the clock docs). Off by
            default, so that tests which repeat a request are not refused.
        number_errors: Phone prefix (digits) -> 6, 7 or 8: a send to a number starting
            with it is refused with that error.
        outcomes: Phone prefix (digits) -> ``(final status, error code)``: a message to
            such a number ends in that status instead of 1 "Delivered" (for example
            ``(20, 1)``: "Unable to deliver", "The subscriber does not exist"). The
            longest matching prefix wins, in both mappings.

    Raises:
        LocalProtocolError: a field out of its range, naming it.
    """

    seed: int = 0
    latency: float = 0.0
    http_error: float = 0.0
    http_status: int = 503
    reset: float = 0.0
    truncate: float = 0.0
    lose_reply: float = 0.0
    backup_down: bool = False
    block_after: int | None = None
    block_for: float = 600.0
    rate_limits: bool = False
    number_errors: Mapping[str, int] = field(default_factory=_empty_int)
    outcomes: Mapping[str, tuple[int, int]] = field(default_factory=_empty_outcomes)

    def __post_init__(self) -> None:
        _check_int("seed", self.seed, -_INT64, _INT64 - 1)
        _check_seconds("latency", self.latency)
        _check_seconds("block_for", self.block_for)
        for name in _PROBABILITIES:
            _check_probability(name, getattr(self, name))
        total = sum(getattr(self, name) for name in _PROBABILITIES)
        if total > 1.0 + 1e-9:
            raise LocalProtocolError(
                f"http_error + reset + truncate + lose_reply: must be at most 1, got {total:g}"
            )
        _check_int("http_status", self.http_status, 400, 599)
        _check_bool("backup_down", self.backup_down)
        _check_bool("rate_limits", self.rate_limits)
        if self.block_after is not None:
            _check_int("block_after", self.block_after, 1, 1_000_000)
        errors = _check_prefixes("number_errors", self.number_errors)
        for prefix, code in errors.items():
            if not isinstance(code, int) or isinstance(code, bool) or code not in NUMBER_ERRORS:
                raise LocalProtocolError(
                    f"number_errors[{prefix}]: must be 6, 7 or 8 (spec lines 217-219), got {code!r}"
                )
        outcomes = _check_prefixes("outcomes", self.outcomes)
        checked: dict[str, tuple[int, int]] = {}
        for prefix, outcome in outcomes.items():
            checked[prefix] = _check_outcome(f"outcomes[{prefix}]", outcome)
        object.__setattr__(self, "number_errors", MappingProxyType(dict(errors)))
        object.__setattr__(self, "outcomes", MappingProxyType(checked))

    def __hash__(self) -> int:
        return hash(
            tuple(
                tuple(sorted(value.items())) if isinstance(value, Mapping) else value
                for value in (getattr(self, f.name) for f in dataclasses.fields(self))
            )
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Faults):
            return NotImplemented
        return self.to_json() == other.to_json()

    def __repr__(self) -> str:
        changed = [
            f"{f.name}={_shown(getattr(self, f.name))}"
            for f in dataclasses.fields(self)
            if _plain(getattr(self, f.name)) != _plain(_DEFAULTS[f.name])
        ]
        return f"Faults({', '.join(changed)})"

    # -- decisions ----------------------------------------------------------------------

    def plan(self, index: int, *, script: str) -> Plan:
        """The transport plan of the ``index``-th request (0-based) to ``script``.

        A pure function of ``(seed, index, script)``: the same three give the same plan
        in every run and process. One uniform draw per request picks the action --
        ``http_error``, ``reset``, ``truncate`` and ``lose_reply`` take their
        probabilities' share of ``[0, 1)``, in that order, and ``"answer"`` the rest;
        ``lose_reply`` applies to ``send.php`` and ``rest/send`` only (elsewhere its
        share is answered).

        Args:
            index: The request's number, counted by the server from 0.
            script: The script called, as :attr:`smsc_proto.Request.script` names it
                (``"send.php"``, ``"rest/send"``...).

        Raises:
            LocalProtocolError: ``index`` is negative or ``script`` not a str.
        """
        _check_int("index", index, 0, _INT64 - 1)
        if not isinstance(script, str):
            raise LocalProtocolError(f"script: must be a str, got {type(script).__name__}")
        draw = _uniform(self.seed, index, script)
        action: Action = "answer"
        edge = 0.0
        for name in _PROBABILITIES:
            edge += getattr(self, name)
            if draw < edge:
                if name != "lose_reply" or script in _SEND_SCRIPTS:
                    action = name
                break
        return Plan(latency=self.latency, action=action, http_status=self.http_status)

    def number_error(self, phone: str) -> int | None:
        """The send error (6, 7 or 8) for ``phone``, or ``None`` (longest prefix wins)."""
        return _longest(self.number_errors, phone)

    def outcome(self, phone: str) -> tuple[int, int]:
        """The final ``(status, error code)`` of a message to ``phone``: ``(1, 0)``
        ("Delivered", "No error") unless :attr:`outcomes` names a prefix of it."""
        found = _longest(self.outcomes, phone)
        return (1, 0) if found is None else found

    # -- serialisation ------------------------------------------------------------------

    def replace(self, **changes: Any) -> Faults:
        """A copy with ``changes`` (checked as the constructor checks).

        Raises:
            LocalProtocolError: an unknown field or a bad value.
        """
        unknown = set(changes) - set(_DEFAULTS)
        if unknown:
            raise LocalProtocolError(f"{sorted(unknown)[0]}: not a Faults field")
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, JSON]:
        """Every field as JSON: mappings as objects, an outcome as ``[status, error]``."""
        data: dict[str, JSON] = {}
        for f in dataclasses.fields(self):
            data[f.name] = _plain(getattr(self, f.name))
        return data

    @classmethod
    def from_json(cls, data: object) -> Faults:
        """The faults :meth:`to_json` wrote (fields left out keep their defaults).

        Raises:
            LocalProtocolError: ``data`` is not an object, names an unknown field, or a
                field has the wrong type or range (the message names it).
        """
        if not isinstance(data, dict):
            raise LocalProtocolError(f"faults: must be a JSON object, got {type(data).__name__}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in _DEFAULTS:
                raise LocalProtocolError(f"{short(str(name))}: not a Faults field")
            values[name] = _from_plain(name, value)
        return cls(**values)

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """Faults from one line of ``name=value`` pairs separated by commas (a CLI option).

        ``"latency=0.2,reset=0.1,number_errors=7900:7,seed=3"``. Booleans are ``1``,
        ``0``, ``true`` or ``false``; ``block_after=none`` clears it. A mapping entry is
        ``prefix:code`` (``number_errors``) or ``prefix:status:error`` (``outcomes``);
        several are separated by ``;`` or given by repeating the name. An empty string
        is ``Faults()``.

        Raises:
            LocalProtocolError: an unknown name, a pair without ``=``, or a bad value
                (the message names the field).
        """
        if not isinstance(spec, str):
            raise LocalProtocolError(f"faults: must be a str, got {type(spec).__name__}")
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            name, sep, text = item.partition("=")
            name, text = name.strip(), text.strip()
            if not sep:
                raise LocalProtocolError(f"faults: {short(item)} is not name=value")
            if name not in _DEFAULTS:
                raise LocalProtocolError(f"{short(name)}: not a Faults field")
            if name in ("number_errors", "outcomes"):
                table = values.setdefault(name, {})
                for entry in filter(None, (e.strip() for e in text.split(";"))):
                    prefix, _, rest = entry.partition(":")
                    table[prefix] = _parse_entry(name, prefix, rest)
            else:
                values[name] = _parse_scalar(name, text)
        return cls(**values)


_DEFAULTS: Final[Mapping[str, Any]] = MappingProxyType(
    {
        f.name: (f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default)
        for f in dataclasses.fields(Faults)
    }
)
_BOOLS: Final = frozenset({"backup_down", "rate_limits"})
_FLOATS: Final = frozenset({"latency", "block_for", *_PROBABILITIES})


def _uniform(seed: int, index: int, script: str) -> float:
    # SHA-256, not random.Random: the draw is the same in every Python version and
    # process, and independent for neighbouring indices.
    digest = hashlib.sha256(f"{seed}\x1f{index}\x1f{script}".encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest()[:8], "big") / 2**64


def _longest(table: Mapping[str, V], phone: str) -> V | None:
    digits = phone.lstrip("+")
    best = None
    for prefix, value in table.items():
        if digits.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, value)
    return None if best is None else best[1]


def _plain(value: object) -> JSON:
    if isinstance(value, Mapping):
        return {str(k): (list(v) if isinstance(v, tuple) else v) for k, v in sorted(value.items())}
    return value  # type: ignore[return-value]


def _shown(value: object) -> str:
    return repr(_plain(value))


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise LocalProtocolError(f"{name}: must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        raise LocalProtocolError(f"{name}: must be {low}..{high}, got {value}")


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise LocalProtocolError(f"{name}: must be a bool, got {type(value).__name__}")


def _check_number(name: str, value: object) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise LocalProtocolError(f"{name}: must be a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise LocalProtocolError(f"{name}: must be finite, got {value}")
    return float(value)


def _check_seconds(name: str, value: object) -> None:
    if _check_number(name, value) < 0:
        raise LocalProtocolError(f"{name}: must be 0 or more seconds, got {value}")


def _check_probability(name: str, value: object) -> None:
    if not 0.0 <= _check_number(name, value) <= 1.0:
        raise LocalProtocolError(f"{name}: a probability must be 0..1, got {value}")


def _check_prefixes(name: str, table: object) -> Mapping[str, Any]:
    if not isinstance(table, Mapping):
        raise LocalProtocolError(
            f"{name}: must be a mapping of phone prefix to value, got {type(table).__name__}"
        )
    for prefix in table:
        if not (
            isinstance(prefix, str)
            and 1 <= len(prefix) <= 15
            and prefix.isascii()
            and prefix.isdigit()
        ):
            shown = short(prefix) if isinstance(prefix, str) else type(prefix).__name__
            raise LocalProtocolError(f"{name}: a prefix must be 1..15 digits, got {shown}")
    return table


def _check_outcome(name: str, outcome: object) -> tuple[int, int]:
    if not isinstance(outcome, (tuple, list)) or len(outcome) != 2:
        raise LocalProtocolError(f"{name}: must be (final status, error code), got {outcome!r}")
    status, err = outcome
    if not isinstance(status, int) or isinstance(status, bool) or status not in FINAL_STATUSES:
        raise LocalProtocolError(
            f"{name}: status must be a final status {sorted(FINAL_STATUSES)} "
            f"(spec lines 1798-1813), got {status!r}"
        )
    _check_int(f"{name} error code", err, 0, 999)
    return (status, err)


def _from_plain(name: str, value: object) -> object:
    if name == "outcomes" and isinstance(value, dict):
        return {
            k: tuple(v) if isinstance(v, list) else _check_outcome(f"outcomes[{k}]", v)
            for k, v in value.items()
        }
    if name in _FLOATS and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _parse_scalar(name: str, text: str) -> object:
    if name in _BOOLS:
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise LocalProtocolError(f"{name}: must be 1, 0, true or false, got {short(text)}")
    if name == "block_after" and text.lower() in ("", "none"):
        return None
    try:
        return float(text) if name in _FLOATS else int(text)
    except ValueError:
        kind = "a number" if name in _FLOATS else "an integer"
        raise LocalProtocolError(f"{name}: must be {kind}, got {short(text)}") from None


def _parse_entry(name: str, prefix: str, rest: str) -> object:
    parts = rest.split(":")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        numbers = []
    want = 1 if name == "number_errors" else 2
    if len(numbers) != want:
        form = "prefix:code" if want == 1 else "prefix:status:error"
        raise LocalProtocolError(f"{name}: an entry is {form}, got {short(prefix + ':' + rest)}")
    return numbers[0] if want == 1 else (numbers[0], numbers[1])
