"""Errors a user can read, in French and in English."""

from __future__ import annotations

from collections.abc import Mapping

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.messages import ENTITY_LABELS, FIELD_LABELS, FIELD_PREFIXES, MESSAGES


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
    """Bad input for one field. ``field`` is the machine name (``client.name``).

    ``row`` is set when the field belongs to one row of a list (a contact, an action item),
    counted from 0, so that a form can put the cursor in that row.
    """

    def __init__(self, field: str, code: str, *, row: int | None = None, **params: object) -> None:
        self.field = field
        self.row = row
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


def entity_label(entity: str, language: Language) -> str:
    labels = ENTITY_LABELS.get(entity)
    return labels[language.value] if labels else entity


def field_label(field: str, language: Language, fallback: str | None = None) -> str:
    labels = FIELD_LABELS.get(field)
    return labels[language.value] if labels else (fallback or field)


class NotFoundError(DomainError):
    """A record asked for by id does not exist (any more). ``entity`` is the model name."""

    def __init__(self, entity: str, ident: object) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__("not_found", ident=ident)

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        template = MESSAGES[self.code][language.value]
        return template.format(entity=entity_label(self.entity, language), ident=self.ident)


class ConflictError(DomainError):
    """Someone else saved the same record since it was read.

    ``changed`` holds the names of the fields whose stored value differs from what the user
    started from; empty when that is not known, and then the versions are named instead.
    """

    def __init__(
        self, entity: str, ident: object, changed: tuple[str, ...], versions: tuple[int, int]
    ) -> None:
        self.entity = entity
        self.ident = ident
        self.changed = changed
        self.versions = versions
        super().__init__("conflict", ident=ident)

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        prefix = FIELD_PREFIXES.get(self.entity, self.entity.lower())
        names = [field_label(f"{prefix}.{name}", language, name) for name in self.changed]
        seen, stored = self.versions
        description = ", ".join(names) if names else f"version {seen} → {stored}"
        template = MESSAGES[self.code][language.value]
        return template.format(
            entity=entity_label(self.entity, language), ident=self.ident, changed=description
        )
