"""Page 10, review and signature: the whole scoping on one page, what is missing or risky,
the signatories, and the signatures (drawn on screen, or left blank for ink)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.scoping import Issue, ScopingTerms, Section
from consultant_desk.domain.signature import Signature
from consultant_desk.ui.formatting import arg, format_date
from consultant_desk.ui.scoping_wizard.base import IssuesPanel, SectionPage
from consultant_desk.ui.scoping_wizard.summary import SUMMARY_CSS, ContractSummary, Heading
from consultant_desk.ui.style import enlarge_font, mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit
from consultant_desk.ui.widgets.signature_pad import SignaturePad

SIGNED_STYLE = """
QFrame#signedBanner { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 6px; }
QFrame#signedBanner QLabel { color: #1b5e20; background: transparent; }
"""


class SignatureSlot(QWidget):
    """One party's signature: a preview of what was drawn, or "to be signed in ink"."""

    draw_requested = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature: Signature | None = None
        self.preview = SignaturePad(self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFixedSize(210, 70)
        self.ink_label = QLabel(self)
        self.ink_label.setWordWrap(True)
        mute(self.ink_label)
        self.draw_button = QPushButton(self)
        self.draw_button.setAutoDefault(False)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)
        self.draw_button.clicked.connect(self.draw_requested)
        self.clear_button.clicked.connect(self.clear)
        buttons = QVBoxLayout()
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.ink_label, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._refresh()

    def set_signature(self, signature: Signature | None) -> None:
        self.signature = signature if signature is not None and not signature.is_blank else None
        self.preview.set_signature(self.signature)
        self._refresh()

    @Slot()
    def clear(self) -> None:
        self.set_signature(None)
        self.cleared.emit()

    def _refresh(self) -> None:
        drawn = self.signature is not None
        self.preview.setVisible(drawn)
        self.ink_label.setVisible(not drawn)
        self.clear_button.setEnabled(drawn)

    def retranslate(self) -> None:
        self.ink_label.setText(self.tr("Not drawn: to be signed in ink on the printed copy."))
        self.draw_button.setText(self.tr("Draw…"))
        self.clear_button.setText(self.tr("Clear"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewPage(SectionPage):
    section = Section.SIGNATURE

    go_to_page = Signal(int)
    go_to_field = Signal(str)
    draw_requested = Signal(str)  # "consultant" or "client"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.builder = ContractSummary(self)
        self._heading = Heading()
        self._terms = ScopingTerms()

        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.summary.document().setDefaultStyleSheet(SUMMARY_CSS)
        self.summary.document().setDocumentMargin(12)
        self.summary.anchorClicked.connect(self._on_anchor)

        # The right-hand column: what to fix, what to consider, the signatures.
        self.ready_label = QLabel(self)
        self.ready_label.setWordWrap(True)
        self.issues_title = QLabel(self)
        self.flags_title = QLabel(self)
        for title in (self.issues_title, self.flags_title):
            enlarge_font(title, 1.0, bold=True)
        self.issues_panel.limit = 1000
        self.issues_panel.field_clicked.disconnect(self.focus_field)
        self.issues_panel.field_clicked.connect(self.go_to_field)
        self.flags_panel = IssuesPanel(self)
        self.flags_panel.setObjectName("flagsPanel")
        self.flags_panel.limit = 1000
        self.flags_panel.field_clicked.connect(self.go_to_field)

        self.signed_banner = QFrame(self)
        self.signed_banner.setObjectName("signedBanner")
        self.signed_label = QLabel(self.signed_banner)
        self.signed_label.setWordWrap(True)
        banner_layout = QVBoxLayout(self.signed_banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_layout.addWidget(self.signed_label)
        self.signed_banner.hide()

        self.signing_box = QGroupBox(self)
        form = QFormLayout(self.signing_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consultant_edit = QLineEdit(self.signing_box)
        self.client_edit = QLineEdit(self.signing_box)
        self.place_edit = QLineEdit(self.signing_box)
        self.date_field = OptionalDateEdit(self.signing_box)
        self.consultant_slot = SignatureSlot(self.signing_box)
        self.client_slot = SignatureSlot(self.signing_box)
        self.consultant_slot.draw_requested.connect(lambda: self.draw_requested.emit("consultant"))
        self.client_slot.draw_requested.connect(lambda: self.draw_requested.emit("client"))
        self.form_labels = []
        for widget in (
            self.consultant_edit,
            self.consultant_slot,
            self.client_edit,
            self.client_slot,
            self.place_edit,
            self.date_field,
        ):
            label = QLabel(self.signing_box)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.form_labels.append(label)
        for field, widget in (
            ("scoping.consultant_signatory", self.consultant_edit),
            ("scoping.client_signatory", self.client_edit),
            ("scoping.sign_place", self.place_edit),
            ("scoping.sign_date", self.date_field),
            ("scoping.consultant_signature", self.consultant_slot),
            ("scoping.client_signature", self.client_slot),
        ):
            self.register(field, widget)

        page_layout = self.layout()
        assert isinstance(page_layout, QVBoxLayout)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.signed_banner)
        # The lessons sit beside the summary here, so that it keeps the page's height.
        page_layout.removeWidget(self.banner)
        side_layout.addWidget(self.banner)
        side_layout.addWidget(self.ready_label)
        side_layout.addWidget(self.issues_title)
        page_layout.removeWidget(self.issues_panel)
        side_layout.addWidget(self.issues_panel)
        side_layout.addWidget(self.flags_title)
        side_layout.addWidget(self.flags_panel)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.signing_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(380)
        self.side_scroll = side_scroll

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.summary)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        page_layout.removeWidget(self.scroll_area)
        self.scroll_area.hide()
        page_layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.setStyleSheet(self.styleSheet() + SIGNED_STYLE)
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "Read the whole scoping through once more, ideally with the client. What is missing "
            "or risky is listed on the right: fix what matters, then sign on screen, or print "
            "the contract and sign it in ink."
        )

    def retranslate(self) -> None:
        self.issues_title.setText(self.tr("To fix before signing"))
        self.flags_title.setText(self.tr("Worth a second look"))
        self.signing_box.setTitle(self.tr("Signature"))
        texts = (
            self.tr("For the consultant"),
            self.tr("Signature"),
            self.tr("For the client"),
            self.tr("Signature"),
            self.tr("Signed at"),
            self.tr("On"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.consultant_edit.setPlaceholderText(self.tr("Your name"))
        self.client_edit.setPlaceholderText(self.tr("Name and position of the client’s signatory"))
        self.place_edit.setPlaceholderText(self.tr("City"))
        self.show_summary()

    # -- content -------------------------------------------------------------------------

    def set_heading(self, heading: Heading) -> None:
        self._heading = heading

    def show_summary(self, terms: ScopingTerms | None = None) -> None:
        if terms is not None:
            self._terms = terms
        bar = self.summary.verticalScrollBar()
        position = bar.value()
        self.summary.setHtml(self.builder.html(self._terms, self._heading))
        bar.setValue(position)

    def summary_text(self) -> str:
        return self.summary.toPlainText()

    def show_review(self, blocking: Sequence[Issue], notes: Sequence[Issue]) -> None:
        """What prevents signing (errors), then what is missing or risky (warnings); a click
        on one goes to its field."""
        self.show_issues(blocking, everything=True)
        self.flags_panel.set_messages(
            (issue.field, issue.severity, issue.text()) for issue in notes
        )
        self.issues_title.setVisible(bool(blocking))
        self.flags_title.setVisible(bool(notes))
        if blocking:
            self.ready_label.setText(
                self.tr("Fix the points in red to sign; click one to go there.")
            )
        elif notes:
            self.ready_label.setText(self.tr("✓ Nothing prevents signing."))
        else:
            self.ready_label.setText(
                self.tr("✓ Nothing prevents signing, and nothing looks risky.")
            )

    def show_signed(self, number: int, signed_on: str) -> None:
        self.signed_label.setText(
            arg(
                self.tr(
                    "Version %1 signed on %2. It will never be changed: editing the scoping "
                    "later starts an amendment. Print it to give the client a copy."
                ),
                number,
                signed_on,
            )
        )
        self.signed_banner.show()
        hidden: tuple[QWidget, ...] = (
            self.issues_title,
            self.ready_label,
            self.issues_panel,
            self.flags_title,
            self.flags_panel,
        )
        for widget in hidden:
            widget.hide()
        fields: tuple[QWidget, ...] = (
            self.consultant_edit,
            self.client_edit,
            self.place_edit,
            self.date_field,
        )
        for field in fields:
            field.setEnabled(False)
        for slot in (self.consultant_slot, self.client_slot):
            slot.draw_button.setEnabled(False)
            slot.clear_button.setEnabled(False)

    # -- load and apply -----------------------------------------------------------------------

    def load(self, terms: ScopingTerms) -> None:
        for edit, value in (
            (self.consultant_edit, terms.consultant_signatory),
            (self.client_edit, terms.client_signatory),
            (self.place_edit, terms.sign_place),
        ):
            if edit.text() != value:
                edit.setText(value)
        self.date_field.set_value(terms.sign_date)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        return dataclasses.replace(
            terms,
            consultant_signatory=self.consultant_edit.text(),
            client_signatory=self.client_edit.text(),
            sign_place=self.place_edit.text(),
            sign_date=self.date_field.value(),
        )

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("page:"):
            self.go_to_page.emit(int(text.removeprefix("page:")))


def signed_on_text(value: date | datetime | None) -> str:
    """The day of a signature, in the interface's words."""
    if isinstance(value, datetime):
        return format_date(value.astimezone().date())
    return format_date(value)
