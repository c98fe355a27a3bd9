from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog

# The offscreen platform cannot pass a dialog's size limits on to a window system.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in (1, 2):
        pdf.setFont("Helvetica", 24)
        pdf.drawString(72, 760, f"Compte rendu — page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_dialog(qtbot: QtBot, data: bytes, **options: object) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(data, "compte-rendu.pdf", **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_shows_both_pages(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = make_dialog(qtbot, two_pages)

    assert dialog.is_loaded()
    assert dialog.error_text() == ""
    assert dialog.page_count() == 2
    page_label = dialog.findChild(QLabel, "pageLabel")
    assert isinstance(page_label, QLabel)
    assert page_label.text() == "Page 1 / 2"
    assert not dialog.findChild(QLabel, "pdfErrorLabel").isVisible()  # type: ignore[union-attr]


def test_page_indicator_follows_scrolling(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = make_dialog(qtbot, two_pages)
    bar = dialog.view.verticalScrollBar()

    bar.setValue(bar.maximum())

    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.findChild(QLabel, "pageLabel").text() == "Page 2 / 2"  # type: ignore[union-attr]


def test_zoom_in_and_out_from_fit_width(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = make_dialog(qtbot, two_pages)
    fitted = dialog.zoom_factor()

    dialog.zoom_in()
    assert dialog.zoom_factor() == pytest.approx(fitted * 1.25)
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.zoom_factor() == pytest.approx(fitted / 1.25)
    dialog.fit_width()
    assert dialog.zoom_factor() == pytest.approx(fitted)


def test_save_through_the_saver_hook(qtbot: QtBot, two_pages: bytes, tmp_path: Path) -> None:
    registered: list[Path] = []

    def saver(path: Path) -> Path:
        path.write_bytes(two_pages)
        registered.append(path)
        return path

    dialog = make_dialog(qtbot, two_pages, saver=saver)
    target = tmp_path / "out" / "cr.pdf"
    target.parent.mkdir()
    assert not dialog.open_folder_button.isEnabled()

    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save_to(target) == target

    assert blocker.args == [target]
    assert registered == [target]
    assert target.read_bytes() == two_pages
    assert dialog.saved_path() == target
    assert dialog.open_folder_button.isEnabled()


def test_save_button_asks_for_a_path_and_writes_atomically(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = make_dialog(qtbot, two_pages, save_dir=tmp_path)

    dialog.save_button.click()

    assert asked == [str(tmp_path / "compte-rendu.pdf")]
    saved = tmp_path / "chosen.pdf"
    assert saved.read_bytes() == two_pages
    assert dialog.saved_path() == saved


def test_a_failing_save_is_reported(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    def saver(_path: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    dialog = make_dialog(qtbot, two_pages, saver=saver)

    assert dialog.save_to(tmp_path / "x.pdf") is None
    assert len(shown) == 1
    assert "Permission denied" in shown[0]
    assert dialog.saved_path() is None
    assert not dialog.open_folder_button.isEnabled()


def test_open_folder_opens_the_folder_of_the_saved_file(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    saved = tmp_path / "cr.pdf"
    dialog = make_dialog(qtbot, two_pages, saved_path=saved)
    assert dialog.open_folder_button.isEnabled()

    dialog.open_folder_button.click()

    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_print_renders_every_page(qtbot: QtBot, two_pages: bytes, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, two_pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))

    assert dialog.print_to(printer)

    printed = PdfReader(output)
    assert len(printed.pages) == 2


def test_print_honours_a_page_range(qtbot: QtBot, two_pages: bytes, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, two_pages)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    output = tmp_path / "page2.pdf"
    printer.setOutputFileName(str(output))

    assert dialog.print_to(printer)

    assert len(PdfReader(output).pages) == 1


@pytest.mark.parametrize("data", [b"", b"this is not a PDF", b"%PDF-1.4\n%broken"])
def test_a_broken_pdf_shows_the_error_state(qtbot: QtBot, data: bytes) -> None:
    dialog = make_dialog(qtbot, data)

    assert not dialog.is_loaded()
    assert dialog.page_count() == 0
    assert "not a valid PDF" in dialog.error_text()
    label = dialog.findChild(QLabel, "pdfErrorLabel")
    assert isinstance(label, QLabel)
    assert label.isVisible()
    assert "not a valid PDF" in label.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    dialog.zoom_in()


def test_zoom_shortcuts(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = make_dialog(qtbot, two_pages)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.view.setFocus()
    fitted = dialog.zoom_factor()

    QTest.keySequence(dialog.view, QKeySequence(QKeySequence.StandardKey.ZoomIn))
    assert dialog.zoom_factor() == pytest.approx(fitted * 1.25)
    QTest.keySequence(dialog.view, QKeySequence(QKeySequence.StandardKey.ZoomOut))
    assert dialog.zoom_factor() == pytest.approx(fitted)
