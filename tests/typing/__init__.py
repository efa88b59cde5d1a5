"""Type checks of the reply types (mypy) and their run-time counterpart (pytest)."""
