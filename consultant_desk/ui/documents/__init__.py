"""The document register: every PDF printed, with its source record."""
