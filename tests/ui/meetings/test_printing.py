"""Preview the meeting report, save it through the register, print it."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from consultant_desk.services.meetings import (
    ActionItemData,
    AttendeeData,
    MeetingData,
    create_meeting,
    list_meetings,
)
from consultant_desk.services.register import file_sha256, list_documents
from consultant_desk.store.database import Database
from consultant_desk.ui.widgets import pdf_preview
from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.ui.meetings.test_fixtures import (
    CLIENT_WORDS,
    lefevre,
    open_dialog,
)
from tests.ui.ui_support import add_client, add_engagement, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The PDFs handed to the preview dialog."""
    shown: list[bytes] = []

    class Recording(PdfPreviewDialog):
        def __init__(
            self, pdf: bytes, suggested_name: str, parent: QWidget | None = None, **kw: object
        ) -> None:
            shown.append(pdf)
            super().__init__(pdf, suggested_name, parent, **kw)  # type: ignore[arg-type]

    # The dialog imports the preview when it first opens one: patched where it is looked up.
    monkeypatch.setattr(pdf_preview, "PdfPreviewDialog", Recording)
    return shown


def text_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    return " ".join(text.split())


def stored_meeting(db: Database, engagement: int) -> int:
    return create_meeting(
        db,
        MeetingData(
            engagement_id=engagement,
            held_at=datetime(2026, 3, 12, 13, 30, tzinfo=UTC),
            place="Lyon",
            attendees=(AttendeeData("Hélène Lefèvre", "Gérante"),),
            client_expressed=CLIENT_WORDS,
            agreed_solution="Rapport corrigé sous 5 jours.",
            action_items=(ActionItemData("Claire", "Corriger le tableau 3", "2026-03-17"),),
        ),
    ).id


def test_preview_shows_the_report_in_the_client_language(
    qtbot: QtBot, db: Database, previews: list[bytes]
) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, stored_meeting(db, engagement))
    assert dialog.language_combo.currentText() == "the client’s language (French)"
    preview = dialog.preview()
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.addWidget(preview)
    assert preview.isVisible()
    assert preview.is_loaded() and preview.page_count() >= 1
    text = text_of(previews[-1])
    assert CLIENT_WORDS in text
    assert "Compte rendu" in text
    assert "Corriger le tableau 3" in text

    # The override writes it in English for this once.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    preview.close()
    dialog.preview()
    assert "Meeting report" in text_of(previews[-1])


def test_preview_saves_what_was_typed_first(
    qtbot: QtBot, db: Database, previews: list[bytes]
) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    type_text(dialog.fields.client_words_edit, CLIENT_WORDS)
    preview = dialog.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert [m.client_expressed for m in list_meetings(db)] == [CLIENT_WORDS]
    assert CLIENT_WORDS in text_of(previews[-1])


def test_preview_refuses_an_invalid_meeting(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    other = add_engagement(db, add_client(db, "Autre"), "M-2026-002", "Autre")
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    dialog.fields.engagement_combo.setCurrentIndex(-1)
    assert dialog.preview() is None
    assert "required" in dialog.errors.label.text()
    assert other  # two engagements: none is chosen for the user
    assert list_meetings(db) == []


def test_saving_from_the_preview_registers_the_file(
    qtbot: QtBot, db: Database, tmp_path: Path, previews: list[bytes]
) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, stored_meeting(db, engagement))
    saved: list[object] = []
    dialog.document_saved.connect(saved.append)
    preview = dialog.preview()
    assert preview is not None
    qtbot.addWidget(preview)

    target = tmp_path / "envoi" / "compte-rendu-lefevre.pdf"
    written = preview.save_to(target)

    assert written == target
    assert target.read_bytes() == previews[-1]
    assert saved == [target]
    [record] = list_documents(db)
    assert Path(record.path) == target.resolve()
    assert record.sha256 == file_sha256(target)
    assert (record.kind, record.version, record.language) == ("meeting_report", 1, "fr")
    assert preview.open_folder_button.isEnabled()

    # A second save of the same content is the same version: the copy is written, not
    # registered again.
    second = preview.save_to(tmp_path / "envoi" / "compte-rendu-copie.pdf")
    assert second is not None and second.read_bytes() == target.read_bytes()
    assert [r.version for r in list_documents(db)] == [1]
