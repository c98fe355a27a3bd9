from __future__ import annotations

import string

import pytest

from consultant_desk.documents.labels import LABELS, label, with_colon
from consultant_desk.domain.language import Language


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_exists_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = LABELS[key]
    assert set(entry) == {language.value for language in Language}
    assert all(text.strip() for text in entry.values())
    assert _placeholders(entry["fr"]) == _placeholders(entry["en"])


@pytest.mark.parametrize("key", sorted(LABELS))
def test_french_labels_use_no_break_spaces_before_double_punctuation(key: str) -> None:
    french = LABELS[key]["fr"]
    for mark in ";:!?»":
        assert f" {mark}" not in french, f"{key}: ordinary space before {mark!r}"
    assert "« " not in french


def test_label_fills_placeholders() -> None:
    assert label("signed_at_place", Language.FR, place="Lyon") == "Fait à Lyon"
    assert label("signed_at_place", Language.EN, place="Lyon") == "Signed at Lyon"


def test_colon_follows_each_language_typography() -> None:
    assert with_colon("Date", Language.FR) == "Date\u00a0:"
    assert with_colon("Date", Language.EN) == "Date:"
