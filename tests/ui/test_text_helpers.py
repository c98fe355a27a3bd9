from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from consultant_desk.domain.errors import ValidationError
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.framework.field_errors import FieldErrors, is_marked
from consultant_desk.ui.text_folding import fold, search_words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Élodie", "elodie"),
        ("Œnologie", "oenologie"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Ça va, Noël ?", "ca va, noel ?"),
        ("東京", "東京"),
    ],
)
def test_fold_drops_case_accents_and_ligatures(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_search_words_split_the_folded_query() -> None:
    assert search_words("  Lefèvre   AUDIT ") == ["lefevre", "audit"]


def test_arg_fills_numbered_placeholders_like_qstring() -> None:
    assert arg("%1 of %2", 3, "12") == "3 of 12"
    assert arg("%1 and %10", "a", *"bcdefghij") == "a and j"


def test_field_errors_find_widgets_by_name_or_prefix(qapp: QApplication) -> None:
    owner = QWidget()
    errors = FieldErrors(owner)
    name = QLineEdit(owner)
    table = QLineEdit(owner)
    errors.register("client.name", name)
    errors.register("contact.", table)
    assert errors.widget_for("client.name") is name
    assert errors.widget_for("contact.email") is table
    assert errors.widget_for("engagement.title") is None

    errors.show(ValidationError("contact.email", "invalid_email", value="x"))
    assert is_marked(table)
    assert not is_marked(name)
    assert "x" in errors.label.text()
    errors.clear()
    assert not is_marked(table)
    assert errors.label.isHidden()

    # An error on a field no widget edits still reaches the user.
    errors.show(ValidationError("client.registration", "too_long", max=60, length=61))
    assert "60" in errors.label.text()
