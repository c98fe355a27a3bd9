"""Errors a user can read, in French and in English."""

from __future__ import annotations

from collections.abc import Mapping

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.messages import FIELD_LABELS, MESSAGES


class DomainError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = params
        super().__init__(self.text())

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        template = MESSAGES[self.code][language.value]
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.text()


class ValidationError(DomainError):
    """Bad input for one field. ``field`` is the machine name (``client.name``)."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.field = field
        super().__init__(code, **params)

    def label(self, language: Language | None = None) -> str:
        language = language or current_language()
        labels = FIELD_LABELS.get(self.field)
        if labels is None:
            return self.field
        return labels[language.value]

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        template = MESSAGES[self.code][language.value]
        return template.format(field=self.label(language), **self.params)


class NotFoundError(DomainError):
    """A record asked for by id does not exist (any more)."""

    def __init__(self, entity: str, ident: object) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__("not_found", entity=entity, ident=ident)


class ConflictError(DomainError):
    """Someone else saved the same record since it was read."""

    def __init__(self, entity: str, ident: object, changed: str) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__("conflict", entity=entity, ident=ident, changed=changed)
