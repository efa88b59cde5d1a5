"""smsc-proto: sans-IO codecs for the SMSC SMS gateway's HTTP API.

The package turns typed Python values into the exact text and bytes the SMSC protocol
uses, and back, for both sides of every exchange. It never performs I/O: it imports no
socket, TLS, asyncio or HTTP library. Transports live in the separate ``transports``
package.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # The type checker and IDEs see every name precisely, as plain imports; at run time
    # they are loaded on first use (``_LAZY`` below).
    from . import commands as commands
    from . import gateway as gateway
    from . import responses as responses
    from . import values as values
    from ._callback_codec import (
        CALLBACK_MAX_BYTES,
        CALLBACK_MAX_FIELDS,
        XML_CONTENT_TYPE,
        decode_callback,
        encode_callback,
    )
    from ._callbacks import Callback, CallConfirmation, IncomingMessage, StatusCallback
    from ._charsets import CHARSETS, DEFAULT_CHARSET, Unencodable
    from ._codes import FINAL_STATUSES, MessageStatus
    from ._errors import (
        GatewayError,
        HttpStatusError,
        InvalidRequestError,
        IpBlockedError,
        LocalProtocolError,
        OutcomeUnknownError,
        RemoteProtocolError,
        SignatureError,
        SmscProtoError,
        StoreError,
        TooManyRequestsError,
        TransportError,
    )
    from ._handler_url import DELIVERY_POLICY, DeliveryPolicy, HandlerUrl
    from ._replay import REPLAY_WINDOW, ReplayGuard
    from ._secrets import is_secret_param
    from ._session import (
        DEFAULT_RETRY_POLICY,
        CallKind,
        Exchange,
        Failure,
        HttpRequest,
        HttpResponse,
        RedactingFilter,
        RetryPolicy,
        Secret,
        Session,
    )
    from ._signature import (
        SIGNATURE_ALGORITHMS,
        SignatureAlgorithm,
        callback_signature,
        verify_callback,
    )
    from ._wire import (
        DEFAULT_BASE_URL,
        FORM_CONTENT_TYPE,
        JSON_CONTENT_TYPE,
        REST_SEND,
        SECRET_PARAMS,
        Attachment,
        Request,
    )
    from .commands import parse_command
    from .responses import decode_response, encode_error, encode_response

__version__ = "0.1.0.dev0"

__all__ = [
    "CALLBACK_MAX_BYTES",
    "CALLBACK_MAX_FIELDS",
    "CHARSETS",
    "DEFAULT_BASE_URL",
    "DEFAULT_CHARSET",
    "DEFAULT_RETRY_POLICY",
    "DELIVERY_POLICY",
    "FINAL_STATUSES",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "REPLAY_WINDOW",
    "REST_SEND",
    "SECRET_PARAMS",
    "SIGNATURE_ALGORITHMS",
    "XML_CONTENT_TYPE",
    "Attachment",
    "CallConfirmation",
    "CallKind",
    "Callback",
    "DeliveryPolicy",
    "Exchange",
    "Failure",
    "GatewayError",
    "HandlerUrl",
    "HttpRequest",
    "HttpResponse",
    "HttpStatusError",
    "IncomingMessage",
    "InvalidRequestError",
    "IpBlockedError",
    "LocalProtocolError",
    "MessageStatus",
    "OutcomeUnknownError",
    "RedactingFilter",
    "RemoteProtocolError",
    "ReplayGuard",
    "Request",
    "RetryPolicy",
    "Secret",
    "Session",
    "SignatureAlgorithm",
    "SignatureError",
    "SmscProtoError",
    "StatusCallback",
    "StoreError",
    "TooManyRequestsError",
    "TransportError",
    "Unencodable",
    "__version__",
    "callback_signature",
    "decode_callback",
    "decode_response",
    "encode_callback",
    "encode_error",
    "encode_response",
    "is_secret_param",
    "parse_command",
    "verify_callback",
]


# Where each public name lives. ``import smsc_proto`` loads none of these modules: the
# first access to a name (``sp.Session``, ``from smsc_proto import Session``) imports its
# module through the PEP 562 ``__getattr__`` below, and caches the name in the package.
# ``parse_command`` and the reply codecs go through ``commands``/``responses``, whose
# import fills the registries of every script.
_LAZY: dict[str, str] = {
    "CALLBACK_MAX_BYTES": "._callback_codec",
    "CALLBACK_MAX_FIELDS": "._callback_codec",
    "XML_CONTENT_TYPE": "._callback_codec",
    "decode_callback": "._callback_codec",
    "encode_callback": "._callback_codec",
    "CallConfirmation": "._callbacks",
    "Callback": "._callbacks",
    "IncomingMessage": "._callbacks",
    "StatusCallback": "._callbacks",
    "CHARSETS": "._charsets",
    "DEFAULT_CHARSET": "._charsets",
    "Unencodable": "._charsets",
    "FINAL_STATUSES": "._codes",
    "MessageStatus": "._codes",
    "GatewayError": "._errors",
    "HttpStatusError": "._errors",
    "InvalidRequestError": "._errors",
    "IpBlockedError": "._errors",
    "LocalProtocolError": "._errors",
    "OutcomeUnknownError": "._errors",
    "RemoteProtocolError": "._errors",
    "SignatureError": "._errors",
    "SmscProtoError": "._errors",
    "StoreError": "._errors",
    "TooManyRequestsError": "._errors",
    "TransportError": "._errors",
    "DELIVERY_POLICY": "._handler_url",
    "DeliveryPolicy": "._handler_url",
    "HandlerUrl": "._handler_url",
    "REPLAY_WINDOW": "._replay",
    "ReplayGuard": "._replay",
    "is_secret_param": "._secrets",
    "CallKind": "._call_kind",
    "DEFAULT_RETRY_POLICY": "._session",
    "Exchange": "._session",
    "Failure": "._session",
    "HttpRequest": "._session",
    "HttpResponse": "._session",
    "RedactingFilter": "._session",
    "RetryPolicy": "._session",
    "Secret": "._session",
    "Session": "._session",
    "SIGNATURE_ALGORITHMS": "._signature",
    "SignatureAlgorithm": "._signature",
    "callback_signature": "._signature",
    "verify_callback": "._signature",
    "Attachment": "._wire",
    "DEFAULT_BASE_URL": "._wire",
    "FORM_CONTENT_TYPE": "._wire",
    "JSON_CONTENT_TYPE": "._wire",
    "REST_SEND": "._wire",
    "Request": "._wire",
    "SECRET_PARAMS": "._wire",
    "parse_command": ".commands",
    "decode_response": ".responses",
    "encode_error": ".responses",
    "encode_response": ".responses",
}

# The public subpackages, also imported on first use: ``sp.commands.Send`` works after a
# bare ``import smsc_proto`` as it always did.
_SUBMODULES = frozenset({"commands", "responses", "values", "gateway"})

if not TYPE_CHECKING:
    # Hidden from type checkers: a module ``__getattr__`` would make every misspelt
    # attribute of the package ``Any`` to them (they see the imports above).

    def __getattr__(name: str) -> Any:
        # PEP 562: called only for a name not yet in the package's namespace.
        module = _LAZY.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module, __name__), name)
        elif name in _SUBMODULES:
            value = importlib.import_module(f".{name}", __name__)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # Cached: the next access is a plain dictionary lookup.
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The package's names, the not-yet-loaded ones included (for ``dir`` and completion)."""
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)
