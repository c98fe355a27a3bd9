from __future__ import annotations

import string

import pytest

from consultant_desk.domain import enums
from consultant_desk.domain.language import Language
from consultant_desk.domain.messages import FIELD_LABELS, MESSAGES


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == {"fr", "en"}
    assert texts["fr"].strip() and texts["en"].strip()
    assert placeholders(texts["fr"]) == placeholders(texts["en"])


@pytest.mark.parametrize("field", sorted(FIELD_LABELS))
def test_every_field_label_exists_in_both_languages(field: str) -> None:
    assert set(FIELD_LABELS[field]) == {"fr", "en"}
    assert all(label.strip() for label in FIELD_LABELS[field].values())


LABELLED = [
    getattr(enums, name)
    for name in dir(enums)
    if isinstance(getattr(enums, name), type)
    and issubclass(getattr(enums, name), enums._Labelled)
    and getattr(enums, name) is not enums._Labelled
]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_enum_value_has_a_label_in_both_languages(enum: type[enums._Labelled]) -> None:
    for member in enum:
        assert member.label(Language.FR).strip()
        assert member.label(Language.EN).strip()


def test_french_messages_use_french_typography() -> None:
    for texts in MESSAGES.values():
        french = texts["fr"]
        assert " :" in french or ":" not in french, french
        assert '"' not in french, french


def test_language_parse_follows_locale_names() -> None:
    assert Language.parse("fr_CA.UTF-8") is Language.FR
    assert Language.parse("en-GB") is Language.EN
    assert Language.parse("de_DE", Language.EN) is Language.EN
    assert Language.parse(None) is Language.FR
