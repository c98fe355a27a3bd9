"""The Documents page: the register of every PDF produced, and checking a file against it.

Every saved contract, meeting report or offer is listed with its version, language and
whether it carries signatures. Open shows the file, Open folder its folder, and Verify a
file… tells whether a PDF (one sent back by a client, say) is exactly a registered document,
a registered file changed since, or unknown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from consultant_desk.services import register
from consultant_desk.services.document_list import DocumentRow, document_rows
from consultant_desk.services.register import Verdict, Verification
from consultant_desk.store.database import Database
from consultant_desk.store.location import documents_dir
from consultant_desk.ui.documents.model import (
    COL_CLIENT,
    COL_ENGAGEMENT,
    COL_FILE,
    COL_GENERATED,
    COL_KIND,
    COL_LANGUAGE,
    COL_SIGNED,
    COL_SIZE,
    COL_VERSION,
    DocumentTableModel,
    format_instant,
    kind_label,
)
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.detail_pane import DetailPane
from consultant_desk.ui.framework.list_page import RowListPage

if TYPE_CHECKING:
    from consultant_desk.services.register import DocumentEntry
    from consultant_desk.ui.main_window import MainWindow

PAGE_KEY = "documents"


def title() -> str:
    """The page's name in the navigation."""
    return QCoreApplication.translate("DocumentsPage", "Documents")


class DocumentsPage(RowListPage[DocumentRow, DetailPane]):
    empty_text_chars = 80

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, DocumentTableModel(), parent)
        self.last_verification: Verification | None = None
        self.verdict_box: QMessageBox | None = None

        self.open_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.open_selected_folder)
        self.verify_button.clicked.connect(self.verify_a_file)
        self.add_to_bar(self.open_button, space_before=12)
        self.add_to_bar(self.folder_button)
        self.add_to_bar(self.verify_button, space_before=12)

        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        for column, sample in (
            (COL_KIND, "Proposition de geste commercial"),
            (COL_ENGAGEMENT, "M-2026-0000"),
            (COL_VERSION, "Version"),
            (COL_LANGUAGE, "Français"),
            (COL_SIGNED, "Signé"),
            (COL_GENERATED, "30 sept. 2026 00:00"),
            (COL_SIZE, "000,0 Ko"),
        ):
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        header.resizeSection(COL_CLIENT, 170)
        self.table.sortByColumn(COL_GENERATED, Qt.SortOrder.DescendingOrder)
        self.retranslate()
        self._update_buttons()

    # -- ListPage hooks ----------------------------------------------------------------------

    def load_rows(self) -> list[DocumentRow]:
        return document_rows(self.db)

    def empty_text(self) -> str:
        return self.tr(
            "No document produced yet.\nScoping contracts, meeting reports and "
            "remediation offers appear here once saved, each with its fingerprint "
            "for later checks."
        )

    def no_match_text(self) -> str:
        return self.tr("No document matches this search.")

    def selection_changed(self) -> None:
        self._update_buttons()

    def activate_selected(self) -> bool:
        self.open_selected()
        return True

    def after_filter(self) -> None:
        super().after_filter()
        self._update_buttons()

    # -- Page hooks --------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()

    def status_text(self) -> str:
        total = self.model.rowCount()
        if self.proxy.filtering:
            return arg(
                self.tr("%1 of %Ln document(s) shown", "", total),
                format_count(self.proxy.rowCount()),
            )
        return self.tr("%Ln document(s)", "", total)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search document, engagement, client or file"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected PDF (Return)"))
        self.folder_button.setText(self.tr("Open &folder"))
        self.folder_button.setToolTip(self.tr("Show the folder that holds the selected PDF"))
        self.verify_button.setText(self.tr("&Verify a file…"))
        self.verify_button.setToolTip(
            self.tr("Check whether a PDF is exactly one this register recorded")
        )
        super().retranslate()

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def open_selected(self) -> bool:
        record = self.selected_record()
        return record is not None and self._open(record.path, record.path)

    @Slot()
    def open_selected_folder(self) -> bool:
        record = self.selected_record()
        return record is not None and self._open(record.path.parent, record.path)

    def _open(self, target: Path, document: Path) -> bool:
        if not target.exists():
            QMessageBox.warning(
                self,
                self.tr("File not found"),
                arg(
                    self.tr(
                        "%1 is no longer there: it was moved or deleted. The register still "
                        "holds its fingerprint, so a copy found elsewhere can be verified."
                    ),
                    str(document),
                ),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    @Slot()
    def verify_a_file(self) -> Verification | None:
        """Ask for a PDF, then say whether the register knows it."""
        start = self.selected_record()
        folder = start.path.parent if start is not None else documents_dir()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a file"),
            str(folder),
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        if not chosen:
            return None
        return self.verify(Path(chosen))

    def verify(self, path: Path) -> Verification | None:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                verification = register.verify_file(self.db, path)
            finally:
                QApplication.restoreOverrideCursor()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Verify a file"),
                arg(self.tr("%1 cannot be read: %2"), str(path), error.strerror or str(error)),
            )
            return None
        self.last_verification = verification
        if verification.record is not None:
            self.select_id(verification.record.id)
        self._show_verdict(path, verification)
        return verification

    def verdict_texts(self, path: Path, verification: Verification) -> tuple[str, str, str]:
        """Title, text and explanation of a verdict."""
        record = verification.record
        if verification.verdict is Verdict.MATCHES and record is not None:
            return (
                self.tr("Document verified"),
                arg(self.tr("%1 matches a registered document exactly."), path.name),
                self._describe(record)
                + "\n\n"
                + self.tr("Not a single byte has changed since it was produced."),
            )
        if verification.verdict is Verdict.RESAVED and record is not None:
            return (
                self.tr("Same content, file re-saved"),
                arg(self.tr("%1 shows exactly what was registered."), path.name),
                self._describe(record)
                + "\n\n"
                + self.tr(
                    "Another program wrote the file again: its bytes differ, but every page "
                    "(text, signatures, images) is the one produced here."
                ),
            )
        if verification.verdict is Verdict.ALTERED and record is not None:
            return (
                self.tr("Document altered"),
                arg(self.tr("%1 was changed after it was produced."), path.name),
                (
                    self.tr("It claims to be this version.") + " "
                    if verification.claimed_by_file
                    else ""
                )
                + self._describe(record)
                + "\n\n"
                + self.tr(
                    "Its content no longer matches the fingerprint recorded then. Do not rely "
                    "on this file: produce the document again, or use the copy you sent."
                ),
            )
        return (
            self.tr("Unknown document"),
            arg(self.tr("%1 was not produced by this database."), path.name),
            self.tr(
                "No document produced here has this content. It comes from elsewhere: "
                "another database, or another program."
            ),
        )

    def _describe(self, record: DocumentEntry) -> str:
        row = self.model.row_of(record.id)
        found = self.model.record(row) if row is not None else None
        reference = found.engagement_reference if found is not None else ""
        client = found.client_name if found is not None else ""
        described = arg(
            self.tr("Registered as: %1, %2 (%3), version %4, produced on %5."),
            kind_label(record.kind),
            reference,
            client,
            format_count(record.version),
            format_instant(record.generated_at),
        )
        if record.signers.strip():
            signers = ", ".join(record.signers.splitlines())
            described += " " + arg(self.tr("Signed by %1."), signers)
        return described

    def _show_verdict(self, path: Path, verification: Verification) -> None:
        title, text, informative = self.verdict_texts(path, verification)
        box = QMessageBox(self)
        box.setIcon(
            {
                Verdict.MATCHES: QMessageBox.Icon.Information,
                Verdict.RESAVED: QMessageBox.Icon.Information,
                Verdict.ALTERED: QMessageBox.Icon.Critical,
                Verdict.UNKNOWN: QMessageBox.Icon.Warning,
            }[verification.verdict]
        )
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        box.setDetailedText(
            arg(self.tr("SHA-256 fingerprint of the file: %1"), verification.sha256)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(box.deleteLater)
        self.verdict_box = box
        box.open()

    # -- internals ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        record = self.selected_record()
        self.open_button.setEnabled(record is not None)
        self.folder_button.setEnabled(record is not None)


def documents_page(window: MainWindow) -> DocumentsPage | None:
    if PAGE_KEY not in window.page_keys():
        return None
    page = window.page(PAGE_KEY)
    return page if isinstance(page, DocumentsPage) else None
