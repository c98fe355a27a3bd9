"""Secrets the log must never hold: the passwords of the database URLs this process opened.

``Database`` registers them as it parses a URL; the log handler's filter replaces each with
``***`` in every record, whatever module wrote it (SQLAlchemy, a driver, ours).
"""

from __future__ import annotations

import logging

MASK = "***"
_secrets: set[str] = set()


def hide_in_logs(secrets: list[str]) -> None:
    _secrets.update(secret for secret in secrets if secret)


def redact(text: str) -> str:
    # Longest first, so a secret that contains another is masked whole.
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Renders each record's message once, masked, so arguments cannot bring a secret back."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            record.msg = redact(record.getMessage())
            record.args = None
            if record.exc_text:
                record.exc_text = redact(record.exc_text)
        return True
