"""smsc-proto: sans-IO codecs for the SMSC SMS gateway's HTTP API.

The package turns typed Python values into the exact text and bytes the SMSC protocol
uses, and back, for both sides of every exchange. It never performs I/O: it imports no
socket, TLS, asyncio or HTTP library. Transports live in the separate ``transports``
package.
"""

from ._charsets import CHARSETS, DEFAULT_CHARSET, Unencodable
from ._errors import (
    GatewayError,
    LocalProtocolError,
    RemoteProtocolError,
    SignatureError,
    SmscProtoError,
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
    "CHARSETS",
    "DEFAULT_BASE_URL",
    "DEFAULT_CHARSET",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "REST_SEND",
    "SECRET_PARAMS",
    "Attachment",
    "GatewayError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "Request",
    "SignatureError",
    "SmscProtoError",
    "Unencodable",
    "__version__",
    "decode_response",
    "encode_error",
    "encode_response",
    "parse_command",
]
