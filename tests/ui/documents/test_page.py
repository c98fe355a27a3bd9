"""The Documents page: the register listed, opened, and files checked against it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.services.document_list import document_rows
from consultant_desk.services.meetings import AttendeeData, MeetingData, create_meeting
from consultant_desk.services.printing import save_meeting_report
from consultant_desk.services.register import Verdict
from consultant_desk.store.database import Database
from consultant_desk.ui.documents import page as documents_page
from consultant_desk.ui.documents.model import (
    COL_CLIENT,
    COL_ENGAGEMENT,
    COL_KIND,
    COL_LANGUAGE,
    COL_SIGNED,
    COL_VERSION,
    DocumentTableModel,
)
from consultant_desk.ui.documents.page import DocumentsPage
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.meetings.dialog import MeetingDialog
from tests.documents.pdf_probe import change_visible_text
from tests.ui.meetings.test_fixtures import CLIENT_WORDS, lefevre
from tests.ui.ui_support import OpenWindow, column_texts, type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def a_report(db: Database, tmp_path: Path) -> Path:
    _client, engagement = lefevre(db)
    meeting = create_meeting(
        db,
        MeetingData(
            engagement_id=engagement,
            held_at=datetime(2026, 3, 12, 13, 30, tzinfo=UTC),
            attendees=(AttendeeData("Hélène Lefèvre"),),
            client_expressed=CLIENT_WORDS,
        ),
    )
    return save_meeting_report(db, meeting.id, target=tmp_path / "cr-lefevre.pdf").path


def documents(window: MainWindow) -> DocumentsPage:
    page = documents_page.documents_page(window)
    assert page is not None
    return page


def test_the_register_is_listed(
    qtbot: QtBot,
    open_window: OpenWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    a_report(db, tmp_path)
    window = open_window(db)
    window.show_page("documents")
    page = documents(window)
    assert page.proxy.rowCount() == 1
    assert column_texts(page.proxy, COL_KIND) == ["Meeting report"]
    assert column_texts(page.proxy, COL_ENGAGEMENT) == ["M-2026-001"]
    assert column_texts(page.proxy, COL_CLIENT) == ["Boulangerie Lefèvre"]
    assert column_texts(page.proxy, COL_VERSION) == ["1"]
    assert column_texts(page.proxy, COL_SIGNED) == [""]
    assert window.status_label.text() == "1 document"

    type_text(page.search, "thornbury")
    assert page.list_stack.currentWidget() is page.empty_page
    assert window.status_label.text() == "0 of 1 document shown"
    page.search.clear()
    type_text(page.search, "lefevre")
    assert page.proxy.rowCount() == 1


def test_open_and_open_folder(
    qtbot: QtBot,
    open_window: OpenWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = a_report(db, tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    window = open_window(db)
    window.show_page("documents")
    page = documents(window)
    page.table.selectRow(0)
    assert page.open_selected()
    assert page.open_selected_folder()
    assert opened == [str(path.resolve()), str(path.resolve().parent)]
    assert QUrl.fromLocalFile(opened[0]).isLocalFile()

    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    path.unlink()
    page.refresh()
    page.table.selectRow(0)
    assert not page.open_selected()
    assert "no longer there" in warned[0]


def test_verify_says_matches_altered_or_unknown(
    qtbot: QtBot,
    open_window: OpenWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = a_report(db, tmp_path)
    window = open_window(db)
    window.show_page("documents")
    page = documents(window)

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    verification = page.verify_a_file()
    assert verification is not None and verification.verdict is Verdict.MATCHES
    box = page.verdict_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Document verified"
    assert box.text() == "cr-lefevre.pdf matches a registered document exactly."
    assert "Meeting report, M-2026-001 (Boulangerie Lefèvre), version 1" in box.informativeText()
    assert verification.sha256 in box.detailedText()
    box.close()

    copy = tmp_path / "received" / "copy.pdf"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    assert page.verify(copy).verdict is Verdict.MATCHES  # type: ignore[union-attr]

    # Bytes changed that no page shows: the same content, re-saved.
    original = path.read_bytes()
    path.write_bytes(original.replace(b"/Producer", b"/Producer ", 1))
    verification = page.verify(path)
    assert verification is not None and verification.verdict is Verdict.RESAVED
    assert page.verdict_box is not None
    assert page.verdict_box.windowTitle() == "Same content, file re-saved"
    assert "version 1" in page.verdict_box.informativeText()

    # A word changed in a copy elsewhere: traced by the register identity in its keywords.
    copy.write_bytes(change_visible_text(original, b"(Contexte)", b"(Contexta)", str(tmp_path)))
    verification = page.verify(copy)
    assert verification is not None and verification.verdict is Verdict.ALTERED
    assert page.verdict_box is not None
    assert page.verdict_box.windowTitle() == "Document altered"
    assert "was changed after it was produced" in page.verdict_box.text()
    assert "It claims to be this version." in page.verdict_box.informativeText()

    # A PDF the application never produced.
    stranger = tmp_path / "received" / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    verification = page.verify(stranger)
    assert verification is not None and verification.verdict is Verdict.UNKNOWN
    assert page.verdict_box is not None
    assert page.verdict_box.text() == "stranger.pdf was not produced by this database."


def test_saving_a_report_reloads_the_page(
    qtbot: QtBot,
    open_window: OpenWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    _client, engagement = lefevre(db)
    window = open_window(db)
    window.show_page("documents")
    page = documents(window)
    assert page.list_stack.currentWidget() is page.empty_page
    assert "No document produced yet" in page.empty_label.text()

    meetings = window.page("meetings")
    dialog = meetings.create_new(engagement_id=engagement)  # type: ignore[attr-defined]
    assert isinstance(dialog, MeetingDialog)
    type_text(dialog.fields.client_words_edit, CLIENT_WORDS)
    preview = dialog.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    preview.save_to(tmp_path / "cr.pdf")
    # The page listens for saved documents (it is on screen, so it reloads at once).
    assert page.proxy.rowCount() == 1

    page.search.setFocus()
    verification = page.verify(tmp_path / "cr.pdf")
    assert verification is not None and verification.verdict is Verdict.MATCHES


def test_the_models_follow_the_qt_contract(
    qtmodeltester: ModelTester, db: Database, tmp_path: Path
) -> None:
    a_report(db, tmp_path)
    model = DocumentTableModel()
    model.set_rows(document_rows(db))
    qtmodeltester.check(model)


def test_the_page_speaks_french(qtbot: QtBot, open_window: OpenWindow, db: Database) -> None:
    window = open_window(db)
    with ui_language(Language.FR):
        page = documents(window)
        qtbot.waitUntil(lambda: page.verify_button.text() == "&Vérifier un fichier…")
        assert window.nav.item(window.page_keys().index("documents")).text() == "Documents"
        header = page.model.headerData(COL_LANGUAGE, Qt.Orientation.Horizontal)
        assert header == "Langue"
