"""The virtual gateway's first home, kept importable.

:class:`~smsc_proto.gateway.VirtualGateway` and
:class:`~smsc_proto.gateway.VirtualMessage` now live in :mod:`smsc_proto.gateway`,
built on the gateway kit; this module names the same objects, so
``from smsc_proto.emulator import VirtualGateway`` keeps working.
"""

from __future__ import annotations

from .gateway import Delivery, Faults, VirtualGateway, VirtualMessage

__all__ = ["Delivery", "Faults", "VirtualGateway", "VirtualMessage"]
