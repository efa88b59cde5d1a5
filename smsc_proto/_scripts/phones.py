"""Placeholder: filled by the commands work (private)."""

__all__: list[str] = []
