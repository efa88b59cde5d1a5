"""smsc-proto: sans-IO codecs for the SMSC SMS gateway's HTTP API.

The package turns typed Python values into the exact text and bytes the SMSC protocol
uses, and back, for both sides of every exchange. It never performs I/O: it imports no
socket, TLS, asyncio or HTTP library. Transports live in the separate ``transports``
package.
"""

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    # ``sp.gateway`` is imported on first use (PEP 562 ``__getattr__`` below); the
    # type checker sees the submodule.
    from . import gateway as gateway

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


if not TYPE_CHECKING:
    # Hidden from type checkers: a module ``__getattr__`` would make every misspelt
    # attribute of the package ``Any`` to them (they see ``gateway`` imported above).

    def __getattr__(name: str) -> Any:
        # PEP 562: the gateway kit (smsc_proto.gateway) is loaded when first named, so
        # code that only calls the gateway pays nothing for it.
        if name == "gateway":
            return importlib.import_module(".gateway", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
