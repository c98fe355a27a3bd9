"""Gentle remarks beside a text where an apology is written: the sincerity check, as you type.

``SincerityRemarks(editor)`` watches a QTextEdit or QPlainTextEdit. A short pause after the
last key (``DEBOUNCE_MS``), it runs ``domain.sincerity.check`` on the text, underlines each
span remarked upon with a wavy line (extra selections: the document, its undo history and
the user's own formatting are never touched) and lists the remarks, each with its advice.
It never blocks typing, never changes a character, and says nothing about a clean message.

The text is checked in the message's language (the client's, ``set_language``); the advice
is shown in the interface's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain import sincerity
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.sincerity import Remark
from consultant_desk.domain.sincerity_patterns import RemarkKind
from consultant_desk.ui.style import mute

DEBOUNCE_MS = 400
# Beyond this, a message is no longer an apology but a report: checking it on every pause
# would cost more than it helps.
MAX_CHECKED = 20_000
# Warm and soft: a suggestion, not an error.
UNDERLINE_COLOUR = "#c77c02"
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1

Editor = QTextEdit | QPlainTextEdit


def utf16_offset(text: str, index: int) -> int:
    """A Python index into ``text`` as a position in a Qt document (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class SincerityRemarks(QWidget):
    # The remarks were recomputed (count given): tests and owners wait on it.
    checked = Signal(int)

    def __init__(
        self, editor: Editor, language: Language | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._language = language
        self._remarks: list[Remark] = []
        self._text = ""

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        mute(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.itemActivated.connect(self._select_span)
        self.list.itemClicked.connect(self._select_span)

        # The message's language: the client's by default, changed here when they differ.
        self.language_combo = QComboBox(self)
        for choice in Language:
            self.language_combo.addItem(choice.value.upper(), choice.value)
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.language_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 100)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        editor.textChanged.connect(self.timer.start)
        self.setMinimumWidth(220)
        self.retranslate()
        self.set_language(language)

    # -- what it checks --------------------------------------------------------------------------

    def language(self) -> Language:
        return self._language or current_language()

    def set_language(self, language: Language | None) -> None:
        """The message's language (None: the interface's); checks again at once."""
        self._language = language
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.language().value))
        self.language_combo.blockSignals(False)
        self.check_now()

    @Slot()
    def _on_language_chosen(self) -> None:
        self.set_language(Language(str(self.language_combo.currentData())))

    def remarks(self) -> list[Remark]:
        return list(self._remarks)

    def kinds(self) -> list[str]:
        return [remark.kind.value for remark in self._remarks]

    @Slot()
    def check_now(self) -> None:
        self.timer.stop()
        text = self._editor.toPlainText()
        self._text = text
        self._remarks = sincerity.check(text, self.language()) if len(text) <= MAX_CHECKED else []
        self._underline()
        self._show()
        self.checked.emit(len(self._remarks))

    # -- showing ---------------------------------------------------------------------------------

    def kind_label(self, kind: RemarkKind) -> str:
        labels = {
            RemarkKind.STOCK: self.tr("Stock formula"),
            RemarkKind.BLAME: self.tr("Blame shifted"),
            RemarkKind.NOTMINE: self.tr("Denial or conditional apology"),
            RemarkKind.LONG: self.tr("Long justification"),
            RemarkKind.NOSTEP: self.tr("No next step"),
        }
        return labels[kind]

    def _underline(self) -> None:
        if self._editor.toPlainText() != self._text:
            # The text changed since the last check (its timer is running): the spans would
            # point at other words, or past the end.
            return
        selections = []
        document = self._editor.document()
        for remark in self._remarks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(utf16_offset(self._text, remark.start))
            cursor.setPosition(
                utf16_offset(self._text, remark.end), QTextCursor.MoveMode.KeepAnchor
            )
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor(UNDERLINE_COLOUR))
            char_format.setToolTip(self.kind_label(remark.kind))
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    def _show(self) -> None:
        self.list.clear()
        if not self._text.strip():
            self.summary.setText(
                self.tr("Remarks on the wording appear here as you write. They only advise.")
            )
        elif not self._remarks:
            self.summary.setText(self.tr("Nothing to remark."))
        else:
            self.summary.setText(self.tr("%n remark(s): you decide.", "", len(self._remarks)))
        advice_language = current_language()
        for remark in self._remarks:
            span = " ".join(remark.span(self._text).split())
            if len(span) > 80:
                span = span[:79] + "…"
            quoted = f"«\u00a0{span}\u00a0»" if advice_language is Language.FR else f"“{span}”"
            text = f"{self.kind_label(remark.kind)} — {quoted}\n{remark.advice(advice_language)}"
            item = QListWidgetItem(text, self.list)
            item.setData(SPAN_ROLE, (remark.start, remark.end))
            item.setToolTip(remark.advice(advice_language))
        self.list.setVisible(bool(self._remarks))

    @Slot(QListWidgetItem)
    def _select_span(self, item: QListWidgetItem) -> None:
        """Show the span in the text, selected, so it can be rewritten at once."""
        start, end = item.data(SPAN_ROLE)
        cursor = self._editor.textCursor()
        cursor.setPosition(utf16_offset(self._text, start))
        cursor.setPosition(utf16_offset(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sincerity check"))
        self.language_combo.setToolTip(self.tr("The language the message is written in"))
        self.title.setToolTip(
            self.tr(
                "Points at what the articles warn against in an apology: a stock formula, "
                "blame shifted, a denial, a long justification, no next step."
            )
        )
        if self._text or self._remarks:
            self._underline()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
