"""Status codes and delivery error codes as data (private).

Spec (lines 1797-1870): the message status codes (``<status>`` of status.php, get.php
get_messages, status callbacks and send.php ``op=1``), the delivery error codes of SMS
and HLR messages (``<err>``) and those of e-mail messages. The tables are open: a code
the spec does not list is kept as its ``int`` wherever it is decoded; these tables only
name the ones the spec names.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

__all__ = [
    "DELIVERY_ERRORS",
    "EMAIL_DELIVERY_ERRORS",
    "FINAL_STATUSES",
    "MESSAGE_STATUSES",
    "CodeMeaning",
    "MessageStatus",
    "delivery_error_meaning",
    "status_meaning",
]


class CodeMeaning(NamedTuple):
    """What the spec says a status or delivery error code means.

    Args:
        name: The code's name as the spec prints it (``"Delivered"``).
        description: The spec's description.
        line: The line of the spec's English edition that defines it.
    """

    name: str
    description: str
    line: int


#: Spec (lines 1797-1813): message status codes and their meanings.
MESSAGE_STATUSES: Final[Mapping[int, CodeMeaning]] = MappingProxyType(
    {
        -3: CodeMeaning(
            "Message not found",
            "Occurs if no message was found for the specified phone number and ID.",
            1801,
        ),
        -2: CodeMeaning(
            "Stopped",
            (
                "Occurs in messages from the mailing list that did not have time to leave the "
                "operator until the moment of temporary suspension of this mailing on the "
                "pageMailing lists and tasks."
            ),
            1802,
        ),
        -1: CodeMeaning(
            "Waiting send",
            (
                "If the time of receiving the message was set by the subscriber when sending "
                "the message, then the message will remain in this status until this time, in "
                "other cases, the message will remain in this status for a short time before "
                "being sent to the SMS center."
            ),
            1803,
        ),
        0: CodeMeaning(
            "Transferred to the operator",
            "The message was sent to the operator's SMS center for delivery.",
            1804,
        ),
        1: CodeMeaning(
            "Delivered",
            "The message was successfully delivered to the subscriber.",
            1805,
        ),
        2: CodeMeaning(
            "Read",
            (
                "The message was read (opened) by the subscriber. This status is possible for "
                "e-mail messages that have the format of an html document."
            ),
            1806,
        ),
        3: CodeMeaning(
            "Expired",
            (
                'Occurs if the message "life" time has expired, but it has not been delivered '
                "to the recipient, for example, if the subscriber was not available for a "
                "certain time or the message buffer in his phone was full."
            ),
            1807,
        ),
        4: CodeMeaning(
            "Click on link",
            (
                "The message was delivered and the subscriber clicked the short link passed in "
                'the message. This status is possible when the options "Automatically shorten '
                'links in messages" and "track subscriber numbers" are enabled in the '
                'settings".'
            ),
            1808,
        ),
        20: CodeMeaning(
            "Unable to deliver",
            (
                "The attempt to deliver the message failed, this can be caused by various "
                "reasons, for example,, subscriber is blocked, does not exist, it is roaming "
                "without SMS exchange support, or his phone doesn't support receiving SMS "
                "messages."
            ),
            1809,
        ),
        22: CodeMeaning(
            "Wrong number",
            "Incorrect phone number format.",
            1810,
        ),
        23: CodeMeaning(
            "Banned",
            (
                "Occurs when restrictions are triggered on sending duplicates, on frequent "
                "messages to a single number (flood), on numbers from the blacklist, on texts "
                "prohibited by the spam filter or senders ' names (Sender ID)."
            ),
            1811,
        ),
        24: CodeMeaning(
            "Insufficient funds",
            "The Client's account does not have enough money to send the message.",
            1812,
        ),
        25: CodeMeaning(
            "Unavailable number",
            (
                "The phone number does not accept SMS messages, or there is no working route to"
                " this operator."
            ),
            1813,
        ),
    }
)

#: Spec (lines 1820-1852): delivery error codes of SMS and HLR messages.
DELIVERY_ERRORS: Final[Mapping[int, CodeMeaning]] = MappingProxyType(
    {
        0: CodeMeaning(
            "No error",
            "The subscriber exists and is available.",
            1824,
        ),
        1: CodeMeaning(
            "The subscriber does not exist",
            "The specified phone number does not exist.",
            1825,
        ),
        6: CodeMeaning(
            "Subscriber is offline",
            "The subscriber's phone is disconnected or out of range of the network.",
            1826,
        ),
        11: CodeMeaning(
            "The service is not connected",
            (
                "Means that the subscriber cannot accept the SMS message. For example, the "
                "service is not connected, or the subscriber is roaming, where message "
                "reception is not activated, or the subscriber's operator does not exchange SMS"
                " messages with the current roaming operator. It can also be a landline number "
                "without receiving messages."
            ),
            1827,
        ),
        12: CodeMeaning(
            "Error in the subscriber's phone",
            (
                "The message cannot be delivered to the subscriber due to an error in the phone"
                " or SIM card."
            ),
            1828,
        ),
        13: CodeMeaning(
            "Subscriber is blocked",
            (
                "Occurs, for example, if the subscriber's account has a zero or negative "
                "balance, and it is roaming, or blocked by the operator for prolonged non-"
                "payment, or voluntarily by the subscriber himself. This error can also be "
                "returned if the SIM card is damaged or if the PIN and PUK codes of the SIM "
                "card are entered incorrectly."
            ),
            1829,
        ),
        21: CodeMeaning(
            "No support for the service",
            "The subscriber's device does not support this service (service).",
            1830,
        ),
        200: CodeMeaning(
            "Virtual sending",
            (
                "This notification appears under the message status if the message is sent in "
                'test mode (if the "Test mode (virtual sending without payment)" checkbox is '
                'set in the settings )").'
            ),
            1831,
        ),
        219: CodeMeaning(
            "SIM Card Replacement",
            (
                "Error sending a message due to the subscriber replacing the SIM card. After "
                "the physical replacement of the SIM card, the subscriber is blocked from "
                "receiving messages from the letter names of the senders for 24 hours. The "
                "block can be lifted by adding 100 rubles to the balance.."
            ),
            1832,
        ),
        220: CodeMeaning(
            "Queue overflowed from operator",
            (
                "This error may occur when the subscriber is not available to receive SMS "
                "messages, but messages continue to arrive to the operator and the internal "
                "message queue for this subscriber is overflowing. In rare cases, an error may "
                "occur as a result of a failure in the network of the operator itself or an "
                "overflow of the general message queue. In all such situations, the system "
                "tries to resend the specified messages several times at certain intervals."
            ),
            1833,
        ),
        237: CodeMeaning(
            "The caller is not responding",
            "Occurs if the caller did not pick up the phone during the dial attempt.",
            1834,
        ),
        238: CodeMeaning(
            "No template",
            (
                "Occurs if sending a message is possible only according to a certain template, "
                "and the message being sent does not satisfy it."
            ),
            1835,
        ),
        239: CodeMeaning(
            "Forbidden ip address",
            (
                "Occurs when trying to send a message from an ip address that is not included "
                "in the list of ip addresses allowed by the Client to send. It can also occur "
                "when you try to send a message from an ip address that was not previously used"
                " for sending messages and logging in to your personal account."
            ),
            1836,
        ),
        240: CodeMeaning(
            "Subscriber is busy",
            (
                "Occurs when sending a voice message to a subscriber if the line is busy or the"
                " subscriber has canceled the call."
            ),
            1837,
        ),
        241: CodeMeaning(
            "Conversion error",
            (
                "An audio conversion error occurred when converting a text or audio file to the"
                " destination format for sending a voice message to the subscriber. This error "
                "may also occur during transmission SMS messages in separate parts, when not "
                "all parts are transmitted to the operator."
            ),
            1838,
        ),
        242: CodeMeaning(
            "Recorded answering machine",
            (
                "Means that an answering machine was fixed on the subscriber's side when the "
                "voice message was sent ."
            ),
            1839,
        ),
        243: CodeMeaning(
            "No contract",
            (
                "Occurs when you try to send mailings of an advertising or mass nature without "
                "a signed contract."
            ),
            1840,
        ),
        244: CodeMeaning(
            "Mailing is prohibited",
            (
                "It means that the sending of mass and advertising mailings is prohibited for "
                "this Client, or a prohibited link is found in the message text."
            ),
            1841,
        ),
        245: CodeMeaning(
            "Status is not received",
            (
                "During the day, the delivery status was not received from the operator, in "
                "this case, it is impossible to say for sure whether the message was delivered "
                "or not."
            ),
            1842,
        ),
        246: CodeMeaning(
            "Time limit",
            (
                'If the "Sending time" is set in the "Settings" section of the "Limits and '
                'Restrictions" tab in your personal account and the "prohibit sending at '
                'another time" checkmark is checked, then when you try to send SMS messages in '
                'a time period other than that specified in the "Sending Time" field, sending '
                "messages will be prohibited with this error."
            ),
            1843,
        ),
        247: CodeMeaning(
            "Limit exceeded messages",
            (
                "Exceeded the total daily message limit specified by the Client in the personal"
                ' account in the "Settings" section".'
            ),
            1844,
        ),
        248: CodeMeaning(
            "No route",
            (
                "This means that sending messages to this number is not available in our "
                "service. For example, you entered a non-existent mobile code, or there is no "
                "working SMS gateway for the specified number and text."
            ),
            1845,
        ),
        249: CodeMeaning(
            "Invalid number format",
            (
                "Occurs when the mobile code of the specified number and the number length "
                "corresponding to this code are incorrect."
            ),
            1846,
        ),
        250: CodeMeaning(
            "Telephone number is forbidden settings",
            (
                "The number fell under the restrictions set by the Client for mobile numbers in"
                ' the personal account in the "Settings" section".'
            ),
            1847,
        ),
        # QUIRKS INC-52: "less than 30 seconds" here, 60 in send.php (line 327);
        # each keeps the spec's words (the gateway decides, not the client).
        251: CodeMeaning(
            "Limit is exceeded on a single number",
            (
                "Exceeded the daily message limit per number. The limit is set By the Client in"
                ' the personal account in the "Settings"section. Also, this error is possible '
                "when sending more than 50 messages to one subscriber, which were sent with a "
                "break between messages of less than 30 seconds."
            ),
            1848,
        ),
        252: CodeMeaning(
            "Number not permitted",
            (
                "Occurs, for example, when a Client tries to specify one of our federal numbers"
                " as the recipient of an SMS message."
            ),
            1849,
        ),
        253: CodeMeaning(
            "Prohibited spam filter",
            (
                "If the text of the message contains obscene expressions and insults, calls to "
                "send sms and some other prohibited texts, then sending the message will be "
                "blocked. It is also forbidden to specify as the sender short paid numbers, the"
                " number of the recipient of messages, the names of operators, other people's "
                "Internet resources, companies and government organizations."
            ),
            1850,
        ),
        254: CodeMeaning(
            "Unregistered sender id",
            ("This error occurs when you try to send a message from an unregistered sender name."),
            1851,
        ),
        255: CodeMeaning(
            "Rejected by operator",
            (
                "The operator rejected the message without specifying the exact error code. "
                "This happens, for example, when the number does not belong to any mobile "
                "operator, i.e. with a non-existent code, or for some other reason, the "
                "operator cannot deliver the message."
            ),
            1852,
        ),
    }
)

#: Spec (lines 1854-1870): delivery error codes of e-mail messages.
EMAIL_DELIVERY_ERRORS: Final[Mapping[int, CodeMeaning]] = MappingProxyType(
    {
        0: CodeMeaning(
            "No error",
            "The recipient exists and is available.",
            1858,
        ),
        1: CodeMeaning(
            "Recipient does not exist",
            "The specified e-mail address does not exist.",
            1859,
        ),
        2: CodeMeaning(
            "Crowded Inbox",
            ("The recipient's mail server rejected the message with the specified error code."),
            1860,
        ),
        3: CodeMeaning(
            "Recipient server was not found",
            "The domain specified as the mail server was not found.",
            1861,
        ),
        4: CodeMeaning(
            "Mailbox is locked",
            (
                "An error returned from the recipient's mail server stating that the message "
                "could not be delivered due to the mailbox being blocked."
            ),
            1862,
        ),
        239: CodeMeaning(
            "Forbidden ip address",
            (
                "Occurs when trying to send a message from an ip address that is not included "
                "in the list of ip addresses allowed by the Client to send. It can also occur "
                "when you try to send a message from an ip address that was not previously used"
                " for sending messages and logging in to your personal account."
            ),
            1863,
        ),
        245: CodeMeaning(
            "Status is not received",
            (
                "During the day, the delivery status was not received from the recipient's mail"
                " server, in this case it is impossible to say for sure whether the message was"
                " delivered or not."
            ),
            1864,
        ),
        248: CodeMeaning(
            "No route",
            (
                "It means that sending messages to this e-mail address is not available in our "
                "service. For example, there is no working e-mail gateway for the specified "
                "address and text."
            ),
            1865,
        ),
        # QUIRKS INC-70: printed "Invalid format'"; the stray apostrophe is dropped.
        249: CodeMeaning(
            "Invalid format",
            ("Occurs when the recipient's e-mail address is entered incorrectly in the format."),
            1866,
        ),
        252: CodeMeaning(
            "E-mail address is prohibited",
            ("Occurs, for example, when the specified e-mail address is found in the blacklist."),
            1867,
        ),
        253: CodeMeaning(
            "Prohibited spam filter",
            (
                "If the text of the message contains obscene expressions and insults, calls to "
                "send sms or e-mail and some other prohibited texts, then sending the message "
                "will be blocked. It is also prohibited to specify as the sender the e-mail "
                "address of the recipient of the message, the addresses of other people's "
                "Internet resources, companies and government organizations."
            ),
            1868,
        ),
        254: CodeMeaning(
            "Unregistered sender",
            (
                "This error occurs when trying to send a message from an unregistered e-mail "
                "address of the sender."
            ),
            1869,
        ),
        255: CodeMeaning(
            "Rejected by the recipient server",
            (
                "The recipient's mail server rejected the message without specifying the exact "
                "error code. This happens, for example, when an internal server error occurs "
                "when it cannot process a message."
            ),
            1870,
        ),
    }
)


class MessageStatus(enum.IntEnum):
    """The message status codes the spec lists (lines 1797-1813), as named numbers.

    An ``IntEnum``: ``record.status == MessageStatus.DELIVERED`` holds for the plain
    ``int`` a reply carries, and the members sort and hash as their numbers. The codes
    stay open: replies keep every status as an ``int`` (an unlisted code is not
    refused), and :meth:`of` gives the member of a listed code or the ``int`` itself.
    Each member also carries the spec's words: :attr:`label`, :attr:`description`,
    :attr:`line`, and :attr:`final`.
    """

    NOT_FOUND = -3
    STOPPED = -2
    WAITING = -1
    TRANSFERRED = 0
    DELIVERED = 1
    READ = 2
    EXPIRED = 3
    CLICKED = 4
    UNDELIVERABLE = 20
    WRONG_NUMBER = 22
    BANNED = 23
    INSUFFICIENT_FUNDS = 24
    UNAVAILABLE_NUMBER = 25

    @classmethod
    def of(cls, code: int) -> MessageStatus | int:
        """The member for ``code``, or ``code`` itself when the spec does not list it."""
        try:
            return cls(code)
        except ValueError:
            return code

    @property
    def meaning(self) -> CodeMeaning:
        """The spec's entry for the code (:data:`~smsc_proto.responses.MESSAGE_STATUSES`)."""
        return MESSAGE_STATUSES[self.value]

    @property
    def label(self) -> str:
        """The code's name as the spec prints it (``"Delivered"``)."""
        return self.meaning.name

    @property
    def description(self) -> str:
        """The spec's description of the code."""
        return self.meaning.description

    @property
    def line(self) -> int:
        """The line of the spec that defines the code."""
        return self.meaning.line

    @property
    def final(self) -> bool:
        """Whether the status ends the message's delivery (:data:`~smsc_proto.FINAL_STATUSES`)."""
        return self in FINAL_STATUSES


#: The statuses after which a message's status no longer changes on the way to the
#: subscriber: delivered (line 1805), and every failure (lines 1807, 1809-1813), and
#: "Message not found" (line 1801). Read (1806) and "Click on link" (1808) follow a
#: delivery, so a message that reached DELIVERED is final even though it may be read
#: later. WAITING (1803), TRANSFERRED (1804) and STOPPED (1802, a suspended mailing that
#: may resume) are not final.
FINAL_STATUSES: Final[frozenset[MessageStatus]] = frozenset(
    {
        MessageStatus.NOT_FOUND,
        MessageStatus.DELIVERED,
        MessageStatus.READ,
        MessageStatus.EXPIRED,
        MessageStatus.CLICKED,
        MessageStatus.UNDELIVERABLE,
        MessageStatus.WRONG_NUMBER,
        MessageStatus.BANNED,
        MessageStatus.INSUFFICIENT_FUNDS,
        MessageStatus.UNAVAILABLE_NUMBER,
    }
)


def status_meaning(code: int) -> MessageStatus | None:
    """The :class:`~smsc_proto.MessageStatus` of ``code`` (``1`` -> ``MessageStatus.DELIVERED``), or
    ``None`` when the spec does not list it.

    The member compares equal to the code and carries the spec's words:
    ``status_meaning(1).label`` is ``"Delivered"``, ``.description`` and ``.line`` are
    those of :data:`~smsc_proto.responses.MESSAGE_STATUSES`.
    """
    if isinstance(code, bool) or not isinstance(code, int):
        return None
    found = MessageStatus.of(code)
    return found if isinstance(found, MessageStatus) else None


def delivery_error_meaning(code: int, *, email: bool = False) -> CodeMeaning | None:
    """The meaning of delivery error ``code`` (``err``), or ``None`` when unlisted.

    Args:
        code: The ``err`` value of a status reply or status callback.
        email: Read the e-mail table (lines 1856-1870): e-mail messages (type 8) use
            their own meanings for the same numbers.
    """
    return (EMAIL_DELIVERY_ERRORS if email else DELIVERY_ERRORS).get(code)
