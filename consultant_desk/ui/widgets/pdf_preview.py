"""Preview a generated PDF before it is saved or printed.

The document arrives as bytes (the ``documents`` layer renders to memory) and is shown with
QtPdf, so nothing touches the disk until the user chooses Save. The app records every saved
PDF in its document register: a caller that needs to do so passes a ``saver`` that writes the
file itself; otherwise the dialog writes the bytes atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.atomicfile import write_atomically
from consultant_desk.domain.errors import DomainError

Saver = Callable[[Path], Path]
"""Writes the previewed PDF to the path the user chose; returns the path actually written."""

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 5.0
# Printing renders a page in bands of this many device rows, so a 1200 dpi page never needs
# one full-page bitmap (several hundred megabytes) in memory.
PRINT_BAND_ROWS = 512
BAND_OVERLAP = 4


class PdfPreviewDialog(QDialog):
    """Show ``pdf`` with Save…, Print…, Open folder and Close.

    ``saved`` carries the :class:`~pathlib.Path` written after each successful save.
    """

    saved = Signal(object)

    def __init__(
        self,
        pdf: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        saver: Saver | None = None,
        saved_path: Path | None = None,
        save_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._pdf = bytes(pdf)
        # Only a bare name: the folder comes from the user, never from document data.
        self._suggested_name = _pdf_name(Path(suggested_name).name or "document.pdf")
        self._saver = saver
        self._saved_path = saved_path
        self._save_dir = save_dir
        self._error = ""

        self.setWindowTitle(title or self.tr("Preview — {name}").format(name=self._suggested_name))
        self.setSizeGripEnabled(True)

        self._document = QPdfDocument(self)
        # The document reads from the buffer lazily, page by page: it must live as long.
        self._buffer = QBuffer(self)
        self._view = QPdfView(self)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setFrameShape(QPdfView.Shape.NoFrame)
        self._view.viewport().installEventFilter(self)

        error_icon = QLabel(self)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        error_icon.setPixmap(warning.pixmap(48, 48))
        error_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        error_title = QLabel(self.tr("This PDF cannot be displayed."), self)
        title_font = QFont(error_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        error_title.setFont(title_font)
        error_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._error_label = QLabel(self)
        self._error_label.setObjectName("pdfErrorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        error_page = QWidget(self)
        error_layout = QVBoxLayout(error_page)
        error_layout.setContentsMargins(24, 24, 24, 24)
        error_layout.addStretch(1)
        error_layout.addWidget(error_icon)
        error_layout.addSpacing(8)
        error_layout.addWidget(error_title)
        error_layout.addWidget(self._error_label)
        error_layout.addStretch(2)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(error_page)

        self._zoom_in_action = self._action(
            self.tr("Zoom in"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            self.zoom_in,
            QIcon.ThemeIcon.ZoomIn,
            "+",
        )
        self._zoom_out_action = self._action(
            self.tr("Zoom out"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            self.zoom_out,
            QIcon.ThemeIcon.ZoomOut,
            "\N{MINUS SIGN}",
        )
        self._fit_width_action = self._action(
            self.tr("Fit width"), [QKeySequence("Ctrl+0")], self.fit_width
        )
        self._fit_width_action.setCheckable(True)
        self._zoom_label = QLabel(self)
        self._zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 %"))
        self._zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._page_label = QLabel(self)
        self._page_label.setObjectName("pageLabel")

        self._toolbar = QWidget(self)
        toolbar = QHBoxLayout(self._toolbar)
        toolbar.setContentsMargins(6, 4, 10, 4)
        toolbar.addWidget(self._tool_button(self._zoom_out_action))
        toolbar.addWidget(self._zoom_label)
        toolbar.addWidget(self._tool_button(self._zoom_in_action))
        toolbar.addWidget(self._tool_button(self._fit_width_action))
        toolbar.addStretch(1)
        toolbar.addWidget(self._page_label)

        self._buttons = QDialogButtonBox(self)
        self._save_button = self._add_button(
            self.tr("&Save…"), QKeySequence.StandardKey.Save, self.save
        )
        self._print_button = self._add_button(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_document
        )
        self._open_folder_button = self._add_button(self.tr("Open &folder"), None, self.open_folder)
        close_button = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Close"))
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._stack, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setContentsMargins(10, 8, 10, 10)
        buttons_row.addWidget(self._buttons)
        layout.addLayout(buttons_row)

        self._view.pageNavigator().currentPageChanged.connect(self._refresh_page_label)
        self._view.zoomModeChanged.connect(self._refresh_zoom)
        self._view.zoomFactorChanged.connect(self._refresh_zoom)

        self._load()
        self._resize_to_screen()

    # -- public API -------------------------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        return self._document

    @property
    def view(self) -> QPdfView:
        return self._view

    @property
    def save_button(self) -> QPushButton:
        return self._save_button

    @property
    def print_button(self) -> QPushButton:
        return self._print_button

    @property
    def open_folder_button(self) -> QPushButton:
        return self._open_folder_button

    def is_loaded(self) -> bool:
        return not self._error

    def error_text(self) -> str:
        """Why the PDF could not be shown, or an empty string."""
        return self._error

    def page_count(self) -> int:
        return self._document.pageCount() if self.is_loaded() else 0

    def current_page(self) -> int:
        """The page shown at the top of the view, from 0."""
        return self._view.pageNavigator().currentPage()

    def saved_path(self) -> Path | None:
        return self._saved_path

    def zoom_factor(self) -> float:
        """The zoom in effect, 1.0 being the page's real size on this screen."""
        if self._view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self._view.zoomFactor()
        return self._fit_width_factor()

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._refresh_zoom()

    @Slot()
    def save(self) -> None:
        """Ask where to save, then save there."""
        target = self._ask_save_path()
        if target is not None:
            self.save_to(target)

    def save_to(self, path: Path) -> Path | None:
        """Save to ``path`` through the caller's saver, or atomically; None on failure."""
        try:
            if self._saver is not None:
                written = self._saver(path)
            else:
                written = write_atomically(path, self._pdf)
        except (OSError, DomainError) as exc:
            self._show_error(
                self.tr("Save failed"),
                self.tr("The PDF could not be saved to {path}.\n\n{reason}").format(
                    path=str(path), reason=_reason(exc)
                ),
            )
            return None
        self._saved_path = Path(written)
        self._refresh_actions()
        self.saved.emit(self._saved_path)
        return self._saved_path

    @Slot()
    def print_document(self) -> None:
        """Ask for a printer and the pages, then print."""
        if not self.is_loaded():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._suggested_name).stem)
        self._match_paper(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self._document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the pages ``printer`` asks for (its print range); False when it failed."""
        if not self.is_loaded():
            return False
        pages = self._pages_to_print(printer)
        if not pages:
            return False
        # The PDF already has its margins; the printer's own would shrink it a second time.
        printer.setFullPage(True)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        painter = QPainter()
        if not painter.begin(printer):
            self._show_error(self.tr("Print failed"), self.tr("The printer could not be opened."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            first = True
            for _copy in range(copies):
                for page in pages:
                    if not first:
                        printer.newPage()
                    first = False
                    self._print_page(painter, printer, page)
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return True

    @Slot()
    def open_folder(self) -> None:
        if self._saved_path is None:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_path.parent)))

    # -- loading ----------------------------------------------------------------------------

    def _load(self) -> None:
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._pdf:
            self._document.load(self._buffer)
        error = self._document.error()
        if not self._pdf or self._document.status() != QPdfDocument.Status.Ready:
            self._error = self._error_message(error)
        elif self._document.pageCount() == 0:
            self._error = self.tr("The document has no pages.")
        if self._error:
            self._error_label.setText(self._error)
            self._stack.setCurrentIndex(1)
            self._toolbar.hide()
        else:
            self._view.setDocument(self._document)
            self._stack.setCurrentIndex(0)
        self._refresh_actions()
        self._refresh_page_label()
        self._refresh_zoom()

    def _error_message(self, error: QPdfDocument.Error) -> str:
        if error == QPdfDocument.Error.IncorrectPassword:
            return self.tr("It is protected by a password.")
        if error == QPdfDocument.Error.UnsupportedSecurityScheme:
            return self.tr("It is protected in a way that is not supported.")
        return self.tr("The data is not a valid PDF document; it may be damaged or incomplete.")

    # -- printing ---------------------------------------------------------------------------

    def _match_paper(self, printer: QPrinter) -> None:
        # Offer the document's own paper size first; the user can still pick another.
        size = self._document.pagePointSize(0)
        if size.isEmpty():
            return
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        page_size = QPageSize(
            portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
        printer.setPageSize(page_size)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    def _pages_to_print(self, printer: QPrinter) -> list[int]:
        count = self._document.pageCount()
        print_range = printer.printRange()
        if print_range == QPrinter.PrintRange.CurrentPage:
            return [min(max(self.current_page(), 0), count - 1)]
        if print_range == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage(), 1)
            last = min(printer.toPage() or count, count)
            return list(range(first - 1, last))
        return list(range(count))

    def _print_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        points = self._document.pagePointSize(page)
        if points.isEmpty():
            return
        dpi = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(dpi)
        # Real size when it fits; a page larger than the paper is shrunk, never enlarged.
        scale = min(dpi / 72.0, paper.width() / points.width(), paper.height() / points.height())
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        origin = QPoint(
            paper.x() + (paper.width() - size.width()) // 2,
            paper.y() + (paper.height() - size.height()) // 2,
        )
        options = QPdfDocumentRenderOptions()
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        options.setScaledSize(size)
        for top in range(0, size.height(), PRINT_BAND_ROWS):
            # Opaque bands, overlapping by a few rows: each seam is then painted over whole,
            # where transparent edges would show as hairlines across every line.
            rows = min(PRINT_BAND_ROWS + BAND_OVERLAP, size.height() - top)
            options.setScaledClipRect(QRect(0, top, size.width(), rows))
            band = self._document.render(page, QSize(size.width(), rows), options)
            painter.drawImage(origin + QPoint(0, top), _on_white(band))

    # -- saving -----------------------------------------------------------------------------

    def _ask_save_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(self._default_folder() / self._suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        return Path(_pdf_name(chosen))

    def _default_folder(self) -> Path:
        if self._saved_path is not None:
            return self._saved_path.parent
        if self._save_dir is not None:
            return self._save_dir
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    # -- view -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view.viewport():
            if (
                isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                delta = event.angleDelta().y()
                if delta > 0:
                    self.zoom_in()
                elif delta < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.Resize:
                self._refresh_zoom()
        return super().eventFilter(watched, event)

    def _set_zoom(self, factor: float) -> None:
        if not self.is_loaded():
            return
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(min(max(factor, MIN_ZOOM), MAX_ZOOM))
        self._refresh_zoom()

    def _fit_width_factor(self) -> float:
        # QPdfView keeps zoomFactor at 1.0 in fit-width mode; recompute what it shows, as it
        # does, so that zooming from there starts from the size on screen.
        widest = max(
            (self._document.pagePointSize(p).width() for p in range(self.page_count())),
            default=0.0,
        )
        if widest <= 0:
            return 1.0
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        margins = self._view.documentMargins()
        room = self._view.viewport().width() - margins.left() - margins.right()
        return max(room, 1) / (widest * dpi / 72.0)

    @Slot()
    def _refresh_zoom(self) -> None:
        factor = self.zoom_factor()
        self._zoom_label.setText(self.tr("{percent}%").format(percent=round(factor * 100)))
        fitting = self._view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self._fit_width_action.setChecked(fitting and self.is_loaded())
        self._zoom_in_action.setEnabled(self.is_loaded() and factor < MAX_ZOOM - 1e-6)
        self._zoom_out_action.setEnabled(self.is_loaded() and factor > MIN_ZOOM + 1e-6)

    @Slot()
    def _refresh_page_label(self) -> None:
        count = self.page_count()
        if count == 0:
            self._page_label.clear()
            return
        self._page_label.setText(
            self.tr("Page {current} / {total}").format(current=self.current_page() + 1, total=count)
        )

    def _refresh_actions(self) -> None:
        loaded = self.is_loaded()
        self._save_button.setEnabled(loaded)
        self._print_button.setEnabled(loaded)
        self._fit_width_action.setEnabled(loaded)
        self._open_folder_button.setEnabled(self._saved_path is not None)
        if self._saved_path is not None:
            self._open_folder_button.setToolTip(str(self._saved_path.parent))

    # -- construction helpers ---------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcuts: list[QKeySequence],
        slot: Callable[[], None],
        icon: QIcon.ThemeIcon | None = None,
        symbol: str = "",
    ) -> QAction:
        action = QAction(text, self)
        # Platform icons where the desktop has them, else a symbol that needs no translation.
        if icon is not None and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        elif symbol:
            action.setIconText(symbol)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(action.text())
        return button

    def _add_button(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | None,
        slot: Callable[[], None],
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        self._buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _resize_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(760, 900)
            return
        room = screen.availableGeometry()
        self.resize(min(760, room.width() * 9 // 10), min(980, room.height() * 9 // 10))

    def _show_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self, title, text)


def _on_white(image: QImage) -> QImage:
    # Pages render on a transparent background; printers and PDF spools want opaque images.
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def _pdf_name(name: str) -> str:
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def _reason(exc: OSError | DomainError) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
