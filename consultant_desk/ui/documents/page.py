"""The Documents page: the register of every PDF produced, and checking a file against it.

Every saved contract, meeting report or offer is listed with its version, language and
whether it carries signatures. Open shows the file, Open folder its folder, and Verify a
file… tells whether a PDF (one sent back by a client, say) is exactly a registered document,
a registered file changed since, or unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import DocumentKind
from consultant_desk.services import engagements as engagement_service
from consultant_desk.services import register
from consultant_desk.services.register import Verdict, Verification
from consultant_desk.store.database import Database
from consultant_desk.store.location import documents_dir
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.page import Page
from consultant_desk.ui.framework.record_filter import RecordFilterProxy
from consultant_desk.ui.framework.record_model import ModelIndex, RecordTableModel, SortKey
from consultant_desk.ui.resources import navigation_icon
from consultant_desk.ui.style import mute
from consultant_desk.ui.text_folding import fold

if TYPE_CHECKING:
    from consultant_desk.services.register import DocumentEntry
    from consultant_desk.ui.main_window import MainWindow

PAGE_KEY = "documents"

COL_KIND = 0
COL_ENGAGEMENT = 1
COL_CLIENT = 2
COL_VERSION = 3
COL_LANGUAGE = 4
COL_SIGNED = 5
COL_GENERATED = 6
COL_FILE = 7
COL_SIZE = 8

CHECK_MARK = "✓"
DATE_TIME_FORMAT = "d MMM yyyy HH:mm"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    engagement_id: int
    engagement_reference: str
    client_name: str
    version: int
    language: str
    signed: bool
    generated_at: datetime
    path: Path
    size: int
    sha256: str
    exists: bool
    archived: bool = False


def kind_label(value: str) -> str:
    try:
        return DocumentKind(value).label()
    except ValueError:
        return value


def format_instant(value: datetime) -> str:
    """An instant in local time (the register stores UTC)."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(value.timestamp())), DATE_TIME_FORMAT
    )


def document_rows(db: Database) -> list[DocumentRow]:
    engagements = {
        row.id: row for row in engagement_service.list_engagements(db, include_archived=True)
    }
    rows = []
    for record in register.list_documents(db):
        engagement = engagements.get(record.engagement_id)
        path = Path(record.path)
        rows.append(
            DocumentRow(
                id=record.id,
                kind=record.kind,
                engagement_id=record.engagement_id,
                engagement_reference=engagement.reference if engagement else "",
                client_name=engagement.client_name if engagement else "",
                version=record.version,
                language=record.language,
                signed=record.signed,
                generated_at=record.generated_at,
                path=path,
                size=record.size,
                sha256=record.sha256,
                exists=path.is_file(),
            )
        )
    return rows


class DocumentTableModel(RecordTableModel[DocumentRow]):
    def headers(self) -> list[str]:
        return [
            self.tr("Document"),
            self.tr("Engagement"),
            self.tr("Client"),
            self.tr("Version"),
            self.tr("Language"),
            self.tr("Signed"),
            self.tr("Produced"),
            self.tr("File"),
            self.tr("Size"),
        ]

    def language_name(self, code: str) -> str:
        return {"fr": self.tr("French"), "en": self.tr("English")}.get(code, code)

    def display_values(self, record: DocumentRow) -> tuple[str, ...]:
        return (
            kind_label(record.kind),
            record.engagement_reference,
            record.client_name,
            format_count(record.version),
            self.language_name(record.language),
            CHECK_MARK if record.signed else "",
            format_instant(record.generated_at),
            record.path.name,
            QLocale().formattedDataSize(
                record.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
        )

    def sort_values(self, record: DocumentRow, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        return (
            fold(display[COL_KIND]),
            fold(record.engagement_reference),
            fold(record.client_name),
            record.version,
            fold(display[COL_LANGUAGE]),
            1 if record.signed else 0,
            int(record.generated_at.timestamp()),
            fold(record.path.name),
            record.size,
        )

    def search_values(self, record: DocumentRow, display: tuple[str, ...]) -> Sequence[str]:
        return (*display[COL_KIND : COL_CLIENT + 1], display[COL_GENERATED], str(record.path))

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (COL_VERSION, COL_SIZE):
            return Qt.AlignmentFlag.AlignRight
        if column == COL_SIGNED:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            record = self.record(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                if not record.exists:
                    return arg(self.tr("The file is no longer at %1"), str(record.path))
                if index.column() == COL_FILE:
                    return str(record.path)
            if role == Qt.ItemDataRole.ForegroundRole and not record.exists:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return super().data(index, role)


class DocumentsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = DocumentTableModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.last_verification: Verification | None = None
        self.verdict_box: QMessageBox | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)
        self.open_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.open_selected_folder)
        self.verify_button.clicked.connect(self.verify_a_file)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addSpacing(12)
        bar.addWidget(self.open_button)
        bar.addWidget(self.folder_button)
        bar.addSpacing(12)
        bar.addWidget(self.verify_button)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
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
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(32)
        mute(self.empty_label)
        # A short paragraph reads better than one line across a wide window.
        self.empty_label.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.empty_page = QWidget(self)
        empty_layout = QHBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, 4)
        empty_layout.addStretch(1)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_stack, 1)
        self.retranslate()
        self._update_buttons()

    # -- Page hooks --------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_record()
        self.model.set_rows(document_rows(self.db))
        if keep is not None:
            self.select_id(keep.id)
        self._update_empty_state()
        self._update_buttons()
        self.state_changed.emit()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def status_text(self) -> str:
        total = self.model.rowCount()
        if self.proxy.filtering:
            return arg(
                self.tr("%1 of %Ln document(s) shown", "", total),
                format_count(self.proxy.rowCount()),
            )
        return self.tr("%Ln document(s)", "", total)

    def save_state(self, settings: QSettings, prefix: str) -> None:
        settings.setValue(f"{prefix}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{prefix}/columns", self.model.columnCount())

    def restore_state(self, settings: QSettings, prefix: str) -> None:
        header = settings.value(f"{prefix}/header")
        columns = settings.value(f"{prefix}/columns")
        if isinstance(header, QByteArray) and str(columns) == str(self.model.columnCount()):
            view_header = self.table.horizontalHeader()
            if view_header.restoreState(header):
                self.table.sortByColumn(
                    view_header.sortIndicatorSection(), view_header.sortIndicatorOrder()
                )

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
        self.model.retranslate()
        self._update_empty_state()

    # -- selection ---------------------------------------------------------------------------

    def selected_record(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

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

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_empty_state()
        self._update_buttons()
        self.state_changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.state_changed.emit()

    def _update_buttons(self) -> None:
        record = self.selected_record()
        self.open_button.setEnabled(record is not None)
        self.folder_button.setEnabled(record is not None)

    def _update_empty_state(self) -> None:
        if self.proxy.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            return
        if self.model.rowCount() == 0:
            self.empty_label.setText(
                self.tr(
                    "No document produced yet.\nScoping contracts, meeting reports and "
                    "remediation offers appear here once saved, each with its fingerprint "
                    "for later checks."
                )
            )
        else:
            self.empty_label.setText(self.tr("No document matches this search."))
        self.list_stack.setCurrentWidget(self.empty_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (*_ENTER_KEYS, Qt.Key.Key_Down):
                if self.proxy.rowCount():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.table.currentIndex().isValid():
                        self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if watched is self.table and key in _ENTER_KEYS:
                self.open_selected()
                return True
        return super().eventFilter(watched, event)


def documents_page(window: MainWindow) -> DocumentsPage | None:
    if PAGE_KEY not in window.page_keys():
        return None
    page = window.page(PAGE_KEY)
    return page if isinstance(page, DocumentsPage) else None


def install(window: MainWindow, db: Database) -> None:
    """Add the Documents page to ``window``; once only.

    The window must not hold another page under the same key (the "documents" placeholder).
    """
    if documents_page(window) is not None:
        return
    if PAGE_KEY in window.page_keys():
        raise ValueError(
            f"the window already has a {PAGE_KEY!r} page (the placeholder): drop it first"
        )
    window.add_page(
        PAGE_KEY,
        lambda: QCoreApplication.translate("DocumentsPage", "Documents"),
        DocumentsPage(db),
        icon=navigation_icon("documents"),
    )
