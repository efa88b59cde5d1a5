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
from typing import Final

from .._command import Array, Command, Flag, Int, Text, TextChoice, param, register
from .send import _check_sender

__all__ = [
    "OpTemplatesAdd",
    "OpTemplatesGet",
    "TemplatesAdd",
    "TemplatesChange",
    "TemplatesDelete",
    "TemplatesGet",
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
class TemplatesAdd(Command):
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
class TemplatesChange(Command):
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
class TemplatesDelete(Command):
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
class TemplatesGet(Command):
    """List the message templates (``templates.php?get=1``).

    Spec (line 715): ``templates.php?get=1&login=<login>&psw=<password>`` -- no other
    parameter than ``fmt`` (whose values the replies of lines 794-826 imply, INC-68).
    """

    SCRIPT = "templates.php"
    SELECTOR = ("get", "1")


# -- op_templates.php ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _OpTemplateFields(Command):
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
class OpTemplatesAdd(_OpTemplateFields):
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
class OpTemplatesGet(_OpTemplateFields):
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
