"""The right-hand side of a list page: the selected record, or a short text instead.

Rendered as escaped HTML in a QTextBrowser: it wraps long texts, scrolls, lets the user
select and copy, and opens ``mailto:`` links. Every user value goes through ``html.escape``
first, so a client named ``<b>`` stays a client named ``<b>``. Each feature's pane says how a
record reads (``record_html``); this base does the rest.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.errors import NotFoundError
from consultant_desk.store.database import Database
from consultant_desk.ui.style import mute


def html_text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br>")


class DetailPane(QWidget):
    """Subclasses implement ``record_html``; a pane with ``editable`` offers an Edit button."""

    edit_requested = Signal()
    editable = True
    min_width = 220

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._subject: int | None = None

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        mute(self.placeholder)

        self.browser = QTextBrowser(self)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        self.edit_button: QPushButton | None = None
        content: QWidget = self.browser
        if self.editable:
            self.edit_button = QPushButton(self)
            self.edit_button.clicked.connect(self.edit_requested)
            content = QWidget(self)
            buttons = QHBoxLayout()
            buttons.setContentsMargins(12, 8, 12, 0)
            buttons.addStretch(1)
            buttons.addWidget(self.edit_button)
            content_layout = QVBoxLayout(content)
            content_layout.setContentsMargins(0, 0, 0, 0)
            content_layout.setSpacing(0)
            content_layout.addLayout(buttons)
            content_layout.addWidget(self.browser, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(self.min_width)
        self.retranslate()

    # -- for subclasses --------------------------------------------------------------------------

    def record_html(self, record_id: int) -> str:
        """The record as HTML; NotFoundError when it is gone."""
        raise NotImplementedError

    def edit_text(self) -> str:
        return self.tr("Edit…")

    # -- what to show ----------------------------------------------------------------------------

    def show_empty(self, text: str) -> None:
        self._subject = None
        self.placeholder.setText(text)
        self.stack.setCurrentIndex(0)

    def show_record(self, record_id: int) -> None:
        try:
            html = self.record_html(record_id)
        except NotFoundError as error:
            self.show_empty(error.text())
            return
        # Reloading the same record (after an edit, a refresh) keeps the reader's place.
        scroll = self.browser.verticalScrollBar().value() if self._subject == record_id else 0
        self._subject = record_id
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentIndex(1)

    def subject(self) -> int | None:
        """The record shown, if any."""
        return self._subject

    def html(self) -> str:
        return self.browser.toHtml()

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def reload(self) -> None:
        if self._subject is not None:
            self.show_record(self._subject)

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.edit_button is not None:
            self.edit_button.setText(self.edit_text())
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- HTML ----------------------------------------------------------------------------------

    def muted_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def fields(self, rows: list[tuple[str, str]], *, gap: int = 12, padding: int = 3) -> str:
        """A two-column table of label and value; ``value`` is HTML already; empty values
        are left out."""
        muted = self.muted_colour()
        cells = "".join(
            f'<tr><td style="color:{muted}; padding-right:{gap}px">{escape(label)}</td>'
            f"<td>{value}</td></tr>"
            for label, value in rows
            if value
        )
        return f'<table cellspacing="0" cellpadding="{padding}">{cells}</table>'

    def section(self, title: str, body: str, *, space: int = 14) -> str:
        return f'<h4 style="margin-top:{space}px; margin-bottom:4px">{escape(title)}</h4>{body}'

    def none(self, text: str, *, style: str = "") -> str:
        """A muted line saying what is missing."""
        return f'<p style="color:{self.muted_colour()}{style}">{escape(text)}</p>'

    def heading(self, title: str, subtitle: str) -> str:
        return (
            f'<h2 style="margin-bottom:2px">{escape(title)}</h2>'
            f'<p style="color:{self.muted_colour()}; margin-top:0">{escape(subtitle)}</p>'
        )
