"""Hypothesis strategies for every model of smsc-proto.

Shipped for users who property-test code built on the toolkit. Importing this module
imports :mod:`hypothesis` (a ``dev`` dependency); :mod:`smsc_proto` itself never does.

Each strategy generates *valid* values: ``format_x(v)`` never raises for them, and
``parse_x(format_x(v)) == v``.
"""

from ._binary import (
    binary_messages,
    commented_messages,
    concatenations,
    pid_dcs_trailers,
    port_addressings,
    raw_elements,
    udh_elements,
    udhs,
    wap_pushes,
)
from ._commands_balance import (
    balance_commands,
)
from ._commands_common import (
    command_kwargs,
    credentials,
)
from ._flags import (
    message_types,
    status_flags,
    template_types,
)
from ._ivr import (
    ivr_actions,
    ivr_items,
    ivr_labels,
    ivr_menus,
)
from ._macros import (
    buttons,
    file_links,
    file_refs,
    macros,
    message_parts,
    message_prefixes,
    no_unsubs,
    placeholders,
    prefixed_messages,
)
from ._phones import (
    email_addresses,
    group_codes,
    incoming_prefixes,
    list_entries,
    list_parameters,
    phone_code_filters,
    phone_code_rules,
    phone_lists,
    phones,
    recipients,
    telegram_ids,
    telegram_nicks,
)
from ._segments import (
    segment_infos,
    sms_texts,
)
from ._time import (
    freqs,
    message_ids,
    periods,
    send_afters,
    send_at_hours,
    send_at_timestamps,
    send_ats,
    send_times,
    short_datetimes,
    tz_offsets,
    valids,
    wire_dates,
    wire_datetimes,
)
from ._voice import (
    call_params,
    voices,
)
from ._wire import (
    attachments,
    param_names,
    wire_requests,
)

__all__ = [
    "attachments",
    "balance_commands",
    "binary_messages",
    "buttons",
    "call_params",
    "command_kwargs",
    "commented_messages",
    "concatenations",
    "credentials",
    "email_addresses",
    "file_links",
    "file_refs",
    "freqs",
    "group_codes",
    "incoming_prefixes",
    "ivr_actions",
    "ivr_items",
    "ivr_labels",
    "ivr_menus",
    "list_entries",
    "list_parameters",
    "macros",
    "message_ids",
    "message_parts",
    "message_prefixes",
    "message_types",
    "no_unsubs",
    "param_names",
    "periods",
    "phone_code_filters",
    "phone_code_rules",
    "phone_lists",
    "phones",
    "pid_dcs_trailers",
    "placeholders",
    "port_addressings",
    "prefixed_messages",
    "raw_elements",
    "recipients",
    "segment_infos",
    "send_afters",
    "send_at_hours",
    "send_at_timestamps",
    "send_ats",
    "send_times",
    "short_datetimes",
    "sms_texts",
    "status_flags",
    "telegram_ids",
    "telegram_nicks",
    "template_types",
    "tz_offsets",
    "udh_elements",
    "udhs",
    "valids",
    "voices",
    "wap_pushes",
    "wire_dates",
    "wire_datetimes",
    "wire_requests",
]
