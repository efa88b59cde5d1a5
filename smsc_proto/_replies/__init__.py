"""The reply machinery (private): one declaration per reply shape drives four formats.

- ``_fields`` and ``_shapes``: the declarations (fields, templates, XML and JSON
  layouts, shapes);
- ``_text`` (fmt=0/1), ``_xml`` (fmt=2), ``_json`` (fmt=3): one module per format
  family, each owning decode, encode and the error replies of its format;
- ``_tables``: the error tables; ``_registry``: which shapes and table answer each
  command, and the entry points :func:`decode_response`, :func:`encode_response`,
  :func:`encode_error`.

Spec (line 134): "fmt - response format: 0 - (default) as a string ..., 1 - as numbers
separated by commas, 2 - xml, 3 - json".
"""

from ._fields import (
    LINE_TEXT,
    Field,
    date_time,
    digits,
    integer,
    items,
    message_id,
    money,
    records,
    text,
)
from ._registry import (
    ERROR_TABLES,
    Reply,
    Shapes,
    decode_exact,
    decode_response,
    encode_error,
    encode_response,
    error_meaning,
    error_table,
    responds,
)
from ._shapes import Grouped, JsonForm, Shape, Template, XmlForm

__all__ = [
    "ERROR_TABLES",
    "LINE_TEXT",
    "Field",
    "Grouped",
    "JsonForm",
    "Reply",
    "Shape",
    "Shapes",
    "Template",
    "XmlForm",
    "date_time",
    "decode_exact",
    "decode_response",
    "digits",
    "encode_error",
    "encode_response",
    "error_meaning",
    "error_table",
    "integer",
    "items",
    "message_id",
    "money",
    "records",
    "responds",
    "text",
]
