"""A pytest fixture for code that calls SMSC: a virtual gateway on 127.0.0.1.

Installed with smsc-proto (entry point ``pytest11``), so a project's tests can write::

    def test_sends(smsc_emulator):
        gateway, session = smsc_emulator
        my_code_that_sends(session)            # a Session pointed at the emulator
        assert [m.phone for m in gateway.messages] == ["79999999999"]

The gateway is a :class:`smsc_proto.gateway.VirtualGateway` with one account
(``"test"`` / ``"test-password"``) whose messages are delivered at once (``step=0``);
the session is a :class:`smsc_proto.Session` for it over plain http, with no backup
host. Both are new for every test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from smsc_proto import Session
    from smsc_proto.gateway import VirtualGateway

__all__ = ["smsc_emulator"]

LOGIN = "test"
PASSWORD = "test-password"


@pytest.fixture
def smsc_emulator() -> Iterator[tuple[VirtualGateway, Session]]:
    """A served virtual gateway and a session that calls it."""
    # Imported here: a pytest run that uses no fixture of the plugin pays nothing for it.
    from smsc_proto import Session  # noqa: PLC0415 - lazy, see above
    from smsc_proto.gateway import VirtualGateway  # noqa: PLC0415

    from .emulator import serve  # noqa: PLC0415

    gateway = VirtualGateway(accounts={LOGIN: PASSWORD}, step=0)
    with serve(gateway) as host:
        yield gateway, Session(LOGIN, PASSWORD, host=host, scheme="http")
