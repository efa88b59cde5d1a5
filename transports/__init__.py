"""I/O adapters for smsc-proto (requests, urllib3, aiohttp).

This is the only package of the distribution that performs I/O: ``transports.requests``,
``transports.urllib3`` and ``transports.aiohttp`` (clients), ``transports.wsgi`` and
``transports.aiohttp`` (callback receivers). All protocol logic is in ``smsc_proto``.
"""
