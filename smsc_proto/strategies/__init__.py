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
from ._callbacks import (
    call_confirmations,
    callback_phones,
    callback_secrets,
    callback_texts,
    callbacks,
    handler_urls,
    incoming_messages,
    signed_callbacks,
    status_callbacks,
)
from ._commands_any import (
    any_commands,
    command_strategies,
)
from ._commands_balance import (
    balance_commands,
)
from ._commands_common import (
    command_kwargs,
    credentials,
)
from ._commands_documents import (
    documents_add_account_commands,
    documents_get_account_commands,
    documents_get_act_commands,
)
from ._commands_get import (
    get_answers_commands,
    get_messages_commands,
    get_price_commands,
    get_stat_commands,
)
from ._commands_imgcode import (
    imgcode_image_commands,
)
from ._commands_info import (
    info_get_operator_commands,
)
from ._commands_jobs import (
    jobs_add_commands,
    jobs_cancel_commands,
    jobs_delete_commands,
    jobs_get_all_commands,
    jobs_get_commands,
)
from ._commands_mails import (
    mails_add_black_commands,
    mails_add_commands,
    mails_add_group_commands,
    mails_change_commands,
    mails_change_group_commands,
    mails_delete_black_commands,
    mails_delete_commands,
    mails_delete_group_commands,
    mails_get_black_commands,
    mails_get_commands,
    mails_get_group_commands,
    mails_join_group_commands,
    mails_leave_group_commands,
    mails_move_to_group_commands,
)
from ._commands_phones import (
    phones_add_black_commands,
    phones_add_commands,
    phones_add_group_commands,
    phones_change_commands,
    phones_change_group_commands,
    phones_delete_black_commands,
    phones_delete_commands,
    phones_delete_group_commands,
    phones_get_black_commands,
    phones_get_commands,
    phones_get_group_commands,
    phones_join_group_commands,
    phones_leave_group_commands,
    phones_move_to_group_commands,
)
from ._commands_ping import (
    ping_commands,
)
from ._commands_receive_phones import (
    receive_phones_buy_commands,
    receive_phones_change_commands,
    receive_phones_get_commands,
)
from ._commands_send import (
    rest_send_commands,
    send_commands,
)
from ._commands_senders import (
    senders_add_commands,
    senders_change_commands,
    senders_check_code_commands,
    senders_delete_commands,
    senders_get_commands,
    senders_send_code_commands,
)
from ._commands_status import (
    status_delete_commands,
    status_query_commands,
)
from ._commands_templates import (
    op_templates_add_commands,
    op_templates_get_commands,
    templates_add_commands,
    templates_change_commands,
    templates_delete_commands,
    templates_get_commands,
)
from ._commands_tinyurls import (
    tinyurls_get_commands,
)
from ._commands_users import (
    users_add_commands,
    users_change_commands,
    users_get_stat_all_commands,
    users_get_stat_commands,
    users_pay_commands,
)
from ._commands_wait_call import (
    wait_call_commands,
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
from ._replies import (
    balance_replies,
    money_amounts,
    send_phones,
    send_replies,
)
from ._replies_documents import (
    documents_add_account_replies,
    documents_get_account_replies,
    documents_get_act_replies,
    pdf_files,
)
from ._replies_get import (
    get_answers_replies,
    get_messages_replies,
    get_price_replies,
    get_stat_replies,
)
from ._replies_info import (
    info_get_operator_list_replies,
    info_get_operator_replies,
)
from ._replies_jobs import (
    jobs_add_replies,
    jobs_get_all_replies,
    jobs_get_replies,
    jobs_ok_replies,
)
from ._replies_mails import (
    mails_add_replies,
    mails_get_black_replies,
    mails_get_group_replies,
    mails_get_replies,
    mails_ok_replies,
)
from ._replies_phones import (
    phones_add_replies,
    phones_get_black_replies,
    phones_get_group_replies,
    phones_get_replies,
    phones_ok_replies,
)
from ._replies_ping import (
    ping_replies,
)
from ._replies_receive_phones import (
    receive_phones_buy_replies,
    receive_phones_change_replies,
    receive_phones_get_replies,
)
from ._replies_senders import (
    senders_add_replies,
    senders_get_operators_replies,
    senders_get_replies,
    senders_ok_replies,
)
from ._replies_status import (
    status_delete_replies,
    status_query_multiple_replies,
    status_query_replies,
)
from ._replies_templates import (
    op_templates_add_replies,
    op_templates_get_replies,
    templates_add_replies,
    templates_get_replies,
    templates_ok_replies,
)
from ._replies_tinyurls import (
    tinyurls_get_replies,
)
from ._replies_users import (
    users_add_replies,
    users_change_replies,
    users_get_stat_all_replies,
    users_get_stat_replies,
    users_pay_replies,
)
from ._replies_wait_call import (
    wait_call_replies,
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
    "any_commands",
    "attachments",
    "balance_commands",
    "balance_replies",
    "binary_messages",
    "buttons",
    "call_confirmations",
    "call_params",
    "callback_phones",
    "callback_secrets",
    "callback_texts",
    "callbacks",
    "command_kwargs",
    "command_strategies",
    "commented_messages",
    "concatenations",
    "credentials",
    "documents_add_account_commands",
    "documents_add_account_replies",
    "documents_get_account_commands",
    "documents_get_account_replies",
    "documents_get_act_commands",
    "documents_get_act_replies",
    "email_addresses",
    "file_links",
    "file_refs",
    "freqs",
    "get_answers_commands",
    "get_answers_replies",
    "get_messages_commands",
    "get_messages_replies",
    "get_price_commands",
    "get_price_replies",
    "get_stat_commands",
    "get_stat_replies",
    "group_codes",
    "handler_urls",
    "imgcode_image_commands",
    "incoming_messages",
    "incoming_prefixes",
    "info_get_operator_commands",
    "info_get_operator_list_replies",
    "info_get_operator_replies",
    "ivr_actions",
    "ivr_items",
    "ivr_labels",
    "ivr_menus",
    "jobs_add_commands",
    "jobs_add_replies",
    "jobs_cancel_commands",
    "jobs_delete_commands",
    "jobs_get_all_commands",
    "jobs_get_all_replies",
    "jobs_get_commands",
    "jobs_get_replies",
    "jobs_ok_replies",
    "list_entries",
    "list_parameters",
    "macros",
    "mails_add_black_commands",
    "mails_add_commands",
    "mails_add_group_commands",
    "mails_add_replies",
    "mails_change_commands",
    "mails_change_group_commands",
    "mails_delete_black_commands",
    "mails_delete_commands",
    "mails_delete_group_commands",
    "mails_get_black_commands",
    "mails_get_black_replies",
    "mails_get_commands",
    "mails_get_group_commands",
    "mails_get_group_replies",
    "mails_get_replies",
    "mails_join_group_commands",
    "mails_leave_group_commands",
    "mails_move_to_group_commands",
    "mails_ok_replies",
    "message_ids",
    "message_parts",
    "message_prefixes",
    "message_types",
    "money_amounts",
    "no_unsubs",
    "op_templates_add_commands",
    "op_templates_add_replies",
    "op_templates_get_commands",
    "op_templates_get_replies",
    "param_names",
    "pdf_files",
    "periods",
    "phone_code_filters",
    "phone_code_rules",
    "phone_lists",
    "phones",
    "phones_add_black_commands",
    "phones_add_commands",
    "phones_add_group_commands",
    "phones_add_replies",
    "phones_change_commands",
    "phones_change_group_commands",
    "phones_delete_black_commands",
    "phones_delete_commands",
    "phones_delete_group_commands",
    "phones_get_black_commands",
    "phones_get_black_replies",
    "phones_get_commands",
    "phones_get_group_commands",
    "phones_get_group_replies",
    "phones_get_replies",
    "phones_join_group_commands",
    "phones_leave_group_commands",
    "phones_move_to_group_commands",
    "phones_ok_replies",
    "pid_dcs_trailers",
    "ping_commands",
    "ping_replies",
    "placeholders",
    "port_addressings",
    "prefixed_messages",
    "raw_elements",
    "receive_phones_buy_commands",
    "receive_phones_buy_replies",
    "receive_phones_change_commands",
    "receive_phones_change_replies",
    "receive_phones_get_commands",
    "receive_phones_get_replies",
    "recipients",
    "rest_send_commands",
    "segment_infos",
    "send_afters",
    "send_at_hours",
    "send_at_timestamps",
    "send_ats",
    "send_commands",
    "send_phones",
    "send_replies",
    "send_times",
    "senders_add_commands",
    "senders_add_replies",
    "senders_change_commands",
    "senders_check_code_commands",
    "senders_delete_commands",
    "senders_get_commands",
    "senders_get_operators_replies",
    "senders_get_replies",
    "senders_ok_replies",
    "senders_send_code_commands",
    "short_datetimes",
    "signed_callbacks",
    "sms_texts",
    "status_callbacks",
    "status_delete_commands",
    "status_delete_replies",
    "status_flags",
    "status_query_commands",
    "status_query_multiple_replies",
    "status_query_replies",
    "telegram_ids",
    "telegram_nicks",
    "template_types",
    "templates_add_commands",
    "templates_add_replies",
    "templates_change_commands",
    "templates_delete_commands",
    "templates_get_commands",
    "templates_get_replies",
    "templates_ok_replies",
    "tinyurls_get_commands",
    "tinyurls_get_replies",
    "tz_offsets",
    "udh_elements",
    "udhs",
    "users_add_commands",
    "users_add_replies",
    "users_change_commands",
    "users_change_replies",
    "users_get_stat_all_commands",
    "users_get_stat_all_replies",
    "users_get_stat_commands",
    "users_get_stat_replies",
    "users_pay_commands",
    "users_pay_replies",
    "valids",
    "voices",
    "wait_call_commands",
    "wait_call_replies",
    "wap_pushes",
    "wire_dates",
    "wire_datetimes",
    "wire_requests",
]
