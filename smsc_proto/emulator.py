"""A virtual SMSC gateway for tests and demos, built from the toolkit's own codecs.

:class:`VirtualGateway` is the gateway's logic without I/O: give it each decoded
:class:`~smsc_proto.Request` and it answers with the bytes the gateway would. Messages
go through the virtual chain "Waiting to be sent" -> "Sent to the operator" ->
"Delivered" (spec line 971) on a clock you control, and the status callbacks due to a
handler come out of :meth:`VirtualGateway.due_callbacks`. ``transports.emulator.serve``
puts it on 127.0.0.1 over HTTP and delivers those callbacks.
"""

from __future__ import annotations

from ._emulator import VirtualGateway, VirtualMessage

__all__ = ["VirtualGateway", "VirtualMessage"]
