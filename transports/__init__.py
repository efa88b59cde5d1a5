"""I/O adapters for smsc-proto (requests, urllib3, aiohttp).

This is the only package of the distribution that performs I/O. The adapters are
added by the session and transports work; today it holds no adapter.
"""
