"""templates.php and op_templates.php: message templates and operator templates (private).

Spec (lines 712-715)::

    templates.php?add=1&login=<login>&psw=<password>&name=<name>&msg=<msg>
    templates.php?chg=1&login=<login>&psw=<password>&id=<id>
    templates.php?del=1&login=<login>&psw=<password>&id=<id>
    templates.php?get=1&login=<login>&psw=<password>

Spec (lines 841-842)::

    op_templates.php?add=1&login=<login>&psw=<password>&sender=<sender>&msg=<msg>&mts_srv=1
        &mts_auth=1&mts_trn=1&mega_srv=1&mega_auth=1&mega_trn=1&mega_adv=1&bee_srv=1
        &bee_trn=1&tele2_srv=1&tele2_trn=1&motiv_srv=1&motiv_trn=1&soc=1
    op_templates.php?get=1&login=<login>&psw=<password>&sender=<sender>&msg=<msg>

``fmt`` is missing from both parameter tables (QUIRKS INC-68); every command takes it
from the base.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._call_kind import CallKind
from .._command import Array, Codec, Command, Flag, Int, ReplyT, Text, TextChoice, param, register
from .._errors import LocalProtocolError, RemoteProtocolError
from .._replies import (
    LINE_TEXT,
    Field,
    JsonForm,
    Shape,
    Template,
    XmlForm,
    error_table,
    integer,
    responds,
)
from .._util import short
from .send import _check_sender

__all__ = [
    "OpTemplatesAdd",
    "OpTemplatesAddReply",
    "OpTemplatesGet",
    "OpTemplatesGetReply",
    "TemplatesAdd",
    "TemplatesAddReply",
    "TemplatesChange",
    "TemplatesDelete",
    "TemplatesGet",
    "TemplatesGetReply",
    "TemplatesOkReply",
]
__replies__ = [
    "OpTemplatesAddReply",
    "OpTemplatesGetReply",
    "TemplatesAddReply",
    "TemplatesGetReply",
    "TemplatesOkReply",
]

# The values of templates.php ``format``. Spec (lines 723-732): "empty string – not
# specified. sms – SMS. flash – Flash-SMS. bin – Binary SMS. push – Wap-push. mms – MMS.
# call – Call. mail – E-mail. viber – Viber."
_TEMPLATE_FORMATS: Final = ("", "sms", "flash", "bin", "push", "mms", "call", "mail", "viber")

# Template IDs are "assigned by the system automatically" (line 828); the spec gives no
# range, so they are read as the positive 32-bit numbers of every other server ID.
_INT32_MAX: Final = 2_147_483_647
_TEMPLATE_ID: Final = Int(1, _INT32_MAX)
# The name and the sender are one field of a line-per-template reply (lines 796, 800):
# they cannot hold a line break. The message text can.
_NAME: Final = Text(nonempty=True, single_line=True)
_MSG: Final = Text(nonempty=True)
_FORMAT: Final = TextChoice(*_TEMPLATE_FORMATS)
# Spec (line 734): "fl[1] Use for auto-signing" -- the only documented index.
_FL: Final = Array(Flag(), 1, 1)


# -- templates.php -------------------------------------------------------------------------


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesAdd(Command["TemplatesAddReply"]):
    """Create a message template (``templates.php?add=1``).

    Spec (line 712): ``templates.php?add=1&login=<login>&psw=<password>&name=<name>&
    msg=<msg>`` -- ``name`` and ``msg`` are required.

    Args:
        name: The template's name (line 721: "Template Name."), one line.
        msg: The text of the message (line 722), not empty.
        format: The message format, ``""`` (the documented "not specified"), ``sms``,
            ``flash``, ``bin``, ``push``, ``mms``, ``call``, ``mail`` or ``viber``
            (lines 723-732).
        sender: The sender ID (line 733), one line. The spec ties it to no format, so the
            sender rules of send.php (line 52) are not applied.
        fl: ``{1: True}`` uses the template for auto-signing (line 734: "fl[1] Use for
            auto-signing"; line 832: "Setting the first bit of the flag (fl[1]=1) assigns
            the use of the template for auto-signing"); ``{1: False}`` sends ``fl[1]=0``.
            Only index 1 is documented.
    """

    SCRIPT = "templates.php"
    SELECTOR = ("add", "1")
    REQUIRED = ("name", "msg")

    name: str | None = param(_NAME)
    msg: str | None = param(_MSG)
    format: str | None = param(_FORMAT)
    sender: str | None = param(_NAME)
    fl: Mapping[int, bool] | None = param(_FL)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesChange(Command["TemplatesOkReply"]):
    """Change a message template (``templates.php?chg=1``).

    Spec (line 713): ``templates.php?chg=1&login=<login>&psw=<password>&id=<id>``. The
    spec does not say which parameters a change takes; the script's table (lines 719-734)
    is accepted, each of them optional.

    Args:
        id: The template's ID (line 828: "the template ID assigned by the system
            automatically"), 1..2147483647.
        name: As for :class:`TemplatesAdd`.
        msg: As for :class:`TemplatesAdd`.
        format: As for :class:`TemplatesAdd`.
        sender: As for :class:`TemplatesAdd`.
        fl: As for :class:`TemplatesAdd`; ``{1: False}`` clears auto-signing.
    """

    SCRIPT = "templates.php"
    SELECTOR = ("chg", "1")
    REQUIRED = ("id",)

    id: int | None = param(_TEMPLATE_ID)
    name: str | None = param(_NAME)
    msg: str | None = param(_MSG)
    format: str | None = param(_FORMAT)
    sender: str | None = param(_NAME)
    fl: Mapping[int, bool] | None = param(_FL)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesDelete(Command["TemplatesOkReply"]):
    """Delete a message template (``templates.php?del=1``).

    Spec (line 714): ``templates.php?del=1&login=<login>&psw=<password>&id=<id>``.

    Args:
        id: As for :class:`TemplatesChange`.
    """

    SCRIPT = "templates.php"
    SELECTOR = ("del", "1")
    REQUIRED = ("id",)

    id: int | None = param(_TEMPLATE_ID)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesGet(Command["list[TemplatesGetReply]"]):
    """List the message templates (``templates.php?get=1``).

    Spec (line 715): ``templates.php?get=1&login=<login>&psw=<password>`` -- no other
    parameter than ``fmt`` (whose values the replies of lines 794-826 imply, INC-68).
    """

    SCRIPT = "templates.php"
    SELECTOR = ("get", "1")
    KIND = CallKind.READ


# -- op_templates.php ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _OpTemplateFields(Command[ReplyT]):
    """The parameters of op_templates.php (private).

    Spec (lines 848-864). Declared in the order of the add=1 URL template (line 841), so
    a command built from it encodes to that URL. ``charset`` (line 850: "The encoding of
    the template text") is the base's.
    """

    SCRIPT = "op_templates.php"
    REQUIRED = ("sender", "msg")

    sender: str | None = param(_NAME)
    msg: str | None = param(_MSG)
    mts_srv: bool | None = param(Flag())
    mts_auth: bool | None = param(Flag())
    mts_trn: bool | None = param(Flag())
    mega_srv: bool | None = param(Flag())
    mega_auth: bool | None = param(Flag())
    mega_trn: bool | None = param(Flag())
    mega_adv: bool | None = param(Flag())
    bee_srv: bool | None = param(Flag())
    bee_trn: bool | None = param(Flag())
    tele2_srv: bool | None = param(Flag())
    tele2_trn: bool | None = param(Flag())
    motiv_srv: bool | None = param(Flag())
    motiv_trn: bool | None = param(Flag())
    soc: bool | None = param(Flag())

    def _check(self) -> None:
        if self.sender is not None:
            # Spec (line 848): "The name of the sender for which the template is being
            # created" -- an SMS sender name of the operators listed (line 52 rules).
            _check_sender("sender", self.sender, "sms")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class OpTemplatesAdd(_OpTemplateFields["list[OpTemplatesAddReply]"]):
    """Create an operator template (``op_templates.php?add=1``).

    Spec (line 841): the URL template sets every operator flag to 1 ("To create a
    template (for all operators)"). Each flag is optional and 0/1.

    Args:
        sender: The sender name the template is for (line 848): printable ASCII, at most
            11 characters or 15 digits (send.php's rule, line 52).
        msg: The template text (line 849), not empty.
        mts_srv: MTS, service messages (line 851).
        mts_auth: MTS, authorization messages (line 852).
        mts_trn: MTS, transactional messages (line 853).
        mega_srv: Megafon, service (information) messages (line 855).
        mega_auth: Megafon, authorization messages (line 856).
        mega_trn: Megafon, transactional messages (line 857).
        mega_adv: Megafon, advertising template messages (line 854).
        bee_srv: Beeline, service messages (line 858).
        bee_trn: Beeline, transactional messages (line 859).
        tele2_srv: Tele2, service messages (line 860).
        tele2_trn: Tele2, transactional messages (line 861).
        motiv_srv: MOTIV, service messages (line 862).
        motiv_trn: MOTIV, transactional messages (line 863).
        soc: Social-network (Odnoklassniki, VKontakte, Mail.Ru Agent) messages (line 864).
    """

    SELECTOR = ("add", "1")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class OpTemplatesGet(_OpTemplateFields["list[OpTemplatesGetReply]"]):
    """Read the registration status of an operator template (``op_templates.php?get=1``).

    Spec (line 842): ``op_templates.php?get=1&login=<login>&psw=<password>&sender=
    <sender>&msg=<msg>`` -- "To get information about the template (for all operators)".
    The spec does not say whether the operator flags narrow the answer; the script's
    table (lines 846-864) is accepted, so they are optional here too.

    Args:
        sender: As for :class:`OpTemplatesAdd`.
        msg: As for :class:`OpTemplatesAdd`.
        mts_srv: As for :class:`OpTemplatesAdd` (and likewise every operator flag).
    """

    SELECTOR = ("get", "1")
    KIND = CallKind.READ


# -- replies -------------------------------------------------------------------------------


class _Codes(Codec[int]):
    """One of a documented set of codes, which may be negative (``-2``, ``-1``, ``1``).

    :class:`~smsc_proto._command.IntChoice` reads unsigned digits only; the operator
    template statuses (lines 952-963) go below zero.
    """

    def __init__(self, *codes: int) -> None:
        self._codes = frozenset(codes)
        self._int = Int(min(codes), max(codes))
        self._text = ", ".join(str(c) for c in sorted(codes))

    def format(self, name: str, value: int) -> str:
        if isinstance(value, bool) or not isinstance(value, int) or value not in self._codes:
            raise LocalProtocolError(f"{name}: must be one of {self._text}, got {value!r}")
        return str(value)

    def parse(self, name: str, text: str) -> int:
        try:
            value: int | None = self._int.parse(name, text)
        except RemoteProtocolError:
            value = None
        if value not in self._codes:
            raise RemoteProtocolError(f"{name}: must be one of {self._text}, got {short(text)}")
        assert value is not None
        return value


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesAddReply:
    """The reply of :class:`~smsc_proto.commands.TemplatesAdd`.

    Spec (lines 767-780): "When creating a template: when fmt = 0: ID - <id>; when fmt =
    1: <id>; when fmt = 2: <template><id>id</id></template>; when fmt = 3: {"id": <id>}".

    Args:
        id: "the template ID assigned by the system automatically" (line 828),
            1..2147483647.
    """

    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesOkReply:
    """The reply of :class:`~smsc_proto.commands.TemplatesChange` and
    :class:`~smsc_proto.commands.TemplatesDelete`.

    Spec (lines 782-791): "When changing or deleting a template: when fmt = 0, 1: OK;
    when fmt = 2: <result>OK</result>; when fmt = 3: {"result": "OK"}".

    Args:
        result: ``"OK"`` in every fmt (the whole body in fmt=0/1); any other word is
            refused both ways.
    """

    result: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplatesGetReply:
    """One template of the reply of :class:`~smsc_proto.commands.TemplatesGet`.

    The reply is a list of them, one per template (an empty list when there is none).

    Spec (lines 794-826): one line per template, "id = <id>, name = <name>, format =
    <format>, sender = <sender>, flag = <flag>, message = <message>" (fmt=0) or
    "<id>,<name>,<format>,<sender>,<flag>,<message>" (fmt=1); ``<template>`` elements
    under ``<list>`` (fmt=2); an array of objects (fmt=3).

    Args:
        id: "the template ID assigned by the system automatically" (line 828).
        name: "template Name" (line 829), one line, not empty.
        format: "message format" (line 830): ``""`` (not specified), ``sms``,
            ``flash``, ``bin``, ``push``, ``mms``, ``call``, ``mail`` or ``viber``.
        sender: "sender ID" (line 831), one line, possibly empty.
        flag: "flag for the template. Setting the first bit of the flag (fl[1]=1)
            assigns the use of the template for auto-signing" (line 832).
        message: "the text of the message" (line 833). fmt=2/3 carry line breaks;
            fmt=0/1, one line per template, cannot.
    """

    id: int | None = None
    name: str | None = None
    format: str | None = None
    sender: str | None = None
    flag: int | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OpTemplatesAddReply:
    """One record of the reply of :class:`~smsc_proto.commands.OpTemplatesAdd`.

    The reply is a list of them, one per operator and message type.

    Spec (lines 895-919): "name = <status>, id = <id>" (fmt=0), "<name>,<status>,<id>"
    (fmt=1), ``<template>`` elements with ``name``, ``status`` and ``id`` under
    ``<result>`` (fmt=2), ``[{"name": <status>, "id": <id>}, ...]`` (fmt=3). fmt=0 and
    fmt=3 carry the status under the key ``name`` and no operator name (QUIRKS INC-07):
    ``name`` is ``None`` when read from them.

    Args:
        name: "the name of the operator and the type of messages" (line 948), fmt=1/2
            only.
        status: Line 952: "for the add command: -2 – the specified template cannot be
            saved; -1 – the sender name for this template was not found or was not
            accepted by the operator; 1 – template added successfully".
        id: "the template ID assigned by the system automatically" (line 949);
            0..2147483647.
    """

    name: str | None = None
    status: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OpTemplatesGetReply:
    """One record of the reply of :class:`~smsc_proto.commands.OpTemplatesGet`.

    The reply is a list of them, one per operator and message type. Spec (lines
    921-945): the layout of :class:`~smsc_proto.responses.OpTemplatesAddReply`, QUIRKS
    INC-07 included (fmt=0/3 carry no operator name).

    Args:
        name: "the name of the operator and the type of messages" (line 948), fmt=1/2
            only.
        status: Line 957: "for the get command: -1 – the template for the specified
            operator was not found; 0 – awaiting registration; 1 – sent for
            registration; 2 – accepted by the operator; 3 – not accepted by the
            operator; 4 – temporarily disabled".
        id: "the template ID assigned by the system automatically" (line 949);
            0..2147483647.
    """

    name: str | None = None
    status: int | None = None
    id: int | None = None


# A template name or sender is one comma-separated field of a fmt=0/1 line (lines 796,
# 800) and the message is the free text at its end: a line whose comma could end the
# name, the sender or the message is refused by the reader (fmt=2/3 carry any text).
_R_TEMPLATE_ID: Final = integer("id", 1, _INT32_MAX)
_R_OK: Final = Field("result", TextChoice("OK"), "OK", True)
# Both may hold line breaks in fmt=2/3 (the request's _NAME keeps the name to one
# line); their fmt=0/1 patterns leave line breaks out, so a fmt=0/1 reply that would
# need one is refused when written.
_R_NAME: Final = Field("name", Text(nonempty=True), r"[^\r\n]+", True)
_R_FORMAT: Final = Field(
    "format", _FORMAT, "(?:" + "|".join(f for f in _TEMPLATE_FORMATS if f) + ")?", True
)
_R_SENDER: Final = Field("sender", Text(), LINE_TEXT, True)
_R_FLAG: Final = integer("flag", 0, _INT32_MAX)
_R_MESSAGE: Final = Field("message", Text(), ".*", True)

# Spec (lines 782-791): "OK" in fmt=0/1, "<result>OK</result>", {"result": "OK"}.
_OK_REPLY: Final = Shape(
    TemplatesOkReply,
    (_R_OK,),
    fmt0=Template("{result}"),
    fmt1=Template("{result}"),
    xml=XmlForm(root="result", text_field="result"),
    json=JsonForm(),
)

_TEMPLATES_REPLIES: Final[dict[type[Command], Shape[Any]]] = {
    # Spec (lines 767-780). QUIRKS INC-06: "ID - <id>" with a dash, as this script's own
    # text prints it (other scripts write "ID = <id>"); "ID = <id>" is refused.
    TemplatesAdd: Shape(
        TemplatesAddReply,
        (_R_TEMPLATE_ID,),
        fmt0=Template("ID - {id}"),
        fmt1=Template("{id}"),
        xml=XmlForm(root="template"),
        json=JsonForm(),
    ),
    TemplatesChange: _OK_REPLY,
    TemplatesDelete: _OK_REPLY,
    # Spec (lines 794-826): fmt=3 quotes name, format, sender and message, not id and flag.
    TemplatesGet: Shape(
        TemplatesGetReply,
        (_R_TEMPLATE_ID, _R_NAME, _R_FORMAT, _R_SENDER, _R_FLAG, _R_MESSAGE),
        fmt0=Template(
            "id = {id}, name = {name}, format = {format}, sender = {sender}, "
            "flag = {flag}, message = {message}"
        ),
        fmt1=Template("{id},{name},{format},{sender},{flag},{message}"),
        xml=XmlForm(root="list", item="template"),
        json=JsonForm(),
        many=True,
        # A fmt=0 record starts at each line beginning with "id = ": a message may span
        # lines there (fmt=1 records start with a value: one line each).
        multiline=True,
    ),
}

#: Spec (lines 756-763): the error codes of templates.php.
TEMPLATES_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    3: "The record was not found.",
    4: "The IP address is temporarily blocked.",
    5: "Save or delete error.",
    9: (
        "Attempt to send more than three identical template action requests. This error "
        "also occurs when you try to send fifteen or more requests simultaneously from "
        "different connections under the same username (too many concurrent requests)."
    ),
}


error_table(TemplatesAdd, TemplatesChange, TemplatesDelete, TemplatesGet, errors=TEMPLATES_ERRORS)


@responds(TemplatesAdd, TemplatesChange, TemplatesDelete, TemplatesGet)
def _templates_reply(command: Command) -> Shape[Any]:
    return _TEMPLATES_REPLIES[type(command)]


def _op_template_shape(model: type[Any], status: Field) -> Shape[Any]:
    """The layout of both op_templates.php replies (lines 895-945).

    QUIRKS INC-07: fmt=0 "name = <status>, id = <id>" and fmt=3 {"name": <status>, "id":
    <id>} bind the key ``name`` to the status; the spec's text is followed as printed,
    so those formats carry ``status`` (under ``name``) and ``id``, and no operator name.
    fmt=1 "<name>,<status>,<id>" and fmt=2 carry all three. fmt=3 leaves both values
    bare.
    """
    return Shape(
        model,
        # The operator name is the only text of its line (fmt=1), before two numbers: it
        # may hold commas and still read one way only.
        (
            Field("name", Text(nonempty=True, single_line=True), ".+", True),
            status,
            integer("id", 0, _INT32_MAX),
        ),
        fmt0=Template("name = {status}, id = {id}"),
        fmt1=Template("{name},{status},{id}"),
        xml=XmlForm(root="result", item="template"),
        json=JsonForm(fields=("status", "id"), wire=(("status", "name"),)),
        many=True,
    )


_OP_TEMPLATES_REPLIES: Final[dict[type[Command], Shape[Any]]] = {
    # Spec (lines 952-955): "for the add command: -2 ...; -1 ...; 1 ...".
    OpTemplatesAdd: _op_template_shape(
        OpTemplatesAddReply, Field("status", _Codes(-2, -1, 1), r"-?\d+", False)
    ),
    # Spec (lines 957-963): "for the get command: -1 ...; 0 ...; ... 4 ...".
    OpTemplatesGet: _op_template_shape(
        OpTemplatesGetReply, Field("status", _Codes(-1, 0, 1, 2, 3, 4), r"-?\d+", False)
    ),
}

#: Spec (lines 886-891): the error codes of op_templates.php.
OP_TEMPLATES_ERRORS: Final = {
    1: "Error in parameters.",
    2: (
        "Invalid username or password. Also occurs when trying to send a message from an "
        "IP address that is not included in the list of allowed by the Client (if such a "
        "list was previously configured by the Client)."
    ),
    4: "The IP address is temporarily blocked.",
    9: (
        "Attempt to send more than ten identical template action requests. This error also "
        "occurs when you try to send fifteen or more requests simultaneously from different "
        "connections under the same username (too many concurrent requests)."
    ),
}


error_table(OpTemplatesAdd, OpTemplatesGet, errors=OP_TEMPLATES_ERRORS)


@responds(OpTemplatesAdd, OpTemplatesGet)
def _op_templates_reply(command: Command) -> Shape[Any]:
    return _OP_TEMPLATES_REPLIES[type(command)]
