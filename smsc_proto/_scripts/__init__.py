"""One private module per gateway script: its commands (and, later, its replies)."""
