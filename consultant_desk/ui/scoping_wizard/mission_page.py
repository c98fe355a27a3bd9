"""Page 1, client and engagement: pick or create the client, the engagement's title and
reference. For an engagement that exists already, the client is fixed and an amendment says
which signed version it follows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import Issue, Section
from consultant_desk.services import clients as client_service
from consultant_desk.store.database import Database
from consultant_desk.ui.clients.dialog import ClientDialog
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.style import enlarge_font, mute

AMENDMENT_STYLE = """
QFrame#amendmentBanner { background: #eef4fb; border: 1px solid #c4d7ee; border-radius: 6px; }
QFrame#amendmentBanner QLabel { color: #1f3b5b; background: transparent; }
"""


class MissionPage(SectionPage):
    section = Section.MISSION

    client_chosen = Signal(int)
    print_signed_requested = Signal()

    def __init__(
        self,
        db: Database,
        commit: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._commit = commit
        self._fixed_client: int | None = None
        self._taken_references: set[str] = set()
        self._touched: set[str] = set()
        self.client_dialog: ClientDialog | None = None
        self._language: Language | None = None
        self._signed_number = 0
        self._signed_on = ""
        self._amendment = 0

        self.client_combo = QComboBox(self.content)
        self.client_combo.setMinimumContentsLength(24)
        self.new_client_button = QPushButton(self.content)
        self.new_client_button.setAutoDefault(False)
        self.client_name = QLabel(self.content)
        enlarge_font(self.client_name, 1.1, bold=True)
        self.client_name.setTextFormat(Qt.TextFormat.PlainText)
        client_box = QWidget(self.content)
        client_row = QHBoxLayout(client_box)
        client_row.setContentsMargins(0, 0, 0, 0)
        client_row.addWidget(self.client_combo, 1)
        client_row.addWidget(self.new_client_button)
        client_row.addWidget(self.client_name, 1)
        self.title_edit = QLineEdit(self.content)
        self.reference_edit = QLineEdit(self.content)
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        self.language_label = QLabel(self.content)
        self.language_label.setWordWrap(True)
        mute(self.language_label)

        self.labels = [
            self.add_row(client_box),
            self.add_row(self.title_edit, "engagement.title"),
            self.add_row(self.reference_edit, "engagement.reference"),
        ]
        self.register("engagement.client", self.client_combo)
        self.form.addRow("", self.language_label)

        self.amendment_banner = QFrame(self.content)
        self.amendment_banner.setObjectName("amendmentBanner")
        self.amendment_label = QLabel(self.amendment_banner)
        self.amendment_label.setWordWrap(True)
        self.print_signed_button = QPushButton(self.amendment_banner)
        self.print_signed_button.setAutoDefault(False)
        self.print_signed_button.clicked.connect(self.print_signed_requested)
        banner = QHBoxLayout(self.amendment_banner)
        banner.setContentsMargins(10, 8, 10, 8)
        banner.addWidget(self.amendment_label, 1)
        banner.addWidget(self.print_signed_button, 0, Qt.AlignmentFlag.AlignTop)
        self.amendment_banner.hide()
        self.content_layout.insertWidget(1, self.amendment_banner)
        self.content_layout.insertSpacing(1, 12)

        self.todo_label = QLabel(self.content)
        self.todo_label.setWordWrap(True)
        mute(self.todo_label)
        self.form.addRow("", self.todo_label)

        self.new_client_button.clicked.connect(self.create_client)
        self.client_combo.currentIndexChanged.connect(self._on_client_changed)
        self.title_edit.textEdited.connect(lambda _t: self._touch("engagement.title"))
        self.reference_edit.textEdited.connect(lambda _t: self._touch("engagement.reference"))
        self.setStyleSheet(self.styleSheet() + AMENDMENT_STYLE)
        self.set_new([])
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "Take the time to scope the engagement point by point with the client before it "
            "starts, even if it takes a while: a precise contract reassures both of you. Start "
            "with who it is for and what the engagement is called."
        )

    def retranslate(self) -> None:
        texts = (self.tr("Client"), self.tr("Title"), self.tr("Reference"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.new_client_button.setText(self.tr("New client…"))
        self.client_combo.setPlaceholderText(self.tr("Choose a client"))
        self.title_edit.setPlaceholderText(self.tr("What the client buys, in a few words"))
        self.todo_label.setText(
            self.tr("Choose the client and give the engagement a title to continue.")
        )
        self.print_signed_button.setText(self.tr("Print the signed version…"))
        self._refresh_language()
        self._refresh_amendment()

    # -- modes ------------------------------------------------------------------------------

    def set_new(self, clients: Sequence[tuple[int, str]], reference: str = "") -> None:
        """A new engagement: the client is chosen here (or created)."""
        self._fixed_client = None
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for client_id, name in clients:
            self.client_combo.addItem(name, client_id)
        self.client_combo.setCurrentIndex(0 if len(clients) == 1 else -1)
        self.client_combo.blockSignals(False)
        self.client_combo.show()
        self.new_client_button.show()
        self.client_name.hide()
        if reference:
            self.reference_edit.setText(reference)

    def set_engagement(self, client_id: int, client_name: str, title: str, reference: str) -> None:
        """An engagement that exists: its client is fixed."""
        self._fixed_client = client_id
        self.client_name.setText(client_name)
        self.client_name.show()
        self.client_combo.hide()
        self.new_client_button.hide()
        if self.title_edit.text() != title:
            self.title_edit.setText(title)
        if self.reference_edit.text() != reference:
            self.reference_edit.setText(reference)

    def set_taken_references(self, references: set[str]) -> None:
        self._taken_references = {reference.lower() for reference in references}

    def set_language(self, language: Language | None) -> None:
        self._language = language
        self._refresh_language()

    def set_amendment(self, number: int, signed_number: int, signed_on: str) -> None:
        self._amendment = number
        self._signed_number = signed_number
        self._signed_on = signed_on
        self._refresh_amendment()

    def _refresh_language(self) -> None:
        self.language_label.setVisible(self._language is not None)
        if self._language is None:
            self.language_label.clear()
            return
        self.language_label.setText(
            self.tr("The contract will be written in French, the client’s language.")
            if self._language is Language.FR
            else self.tr("The contract will be written in English, the client’s language.")
        )

    def _refresh_amendment(self) -> None:
        if self._amendment <= 1 or not self._signed_number:
            self.amendment_banner.hide()
            return
        self.amendment_label.setText(
            arg(
                self.tr(
                    "Version %1 was signed on %2 and stays exactly as signed. What you change "
                    "here becomes amendment No. %3, to be signed in its turn."
                ),
                self._signed_number,
                self._signed_on,
                self._amendment,
            )
        )
        self.amendment_banner.show()

    # -- values ------------------------------------------------------------------------------

    def client_id(self) -> int | None:
        if self._fixed_client is not None:
            return self._fixed_client
        data = self.client_combo.currentData()
        return int(data) if data is not None else None

    def title(self) -> str:
        return self.title_edit.text()

    def reference(self) -> str:
        return self.reference_edit.text()

    def select_client(self, client_id: int) -> None:
        index = self.client_combo.findData(client_id)
        if index >= 0:
            self.client_combo.setCurrentIndex(index)

    @Slot()
    def create_client(self) -> None:
        """The client dialog of the application, without leaving the wizard."""
        dialog = ClientDialog(self._db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_client_created)
        self.client_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_client_created(self, client_id: int) -> None:
        rows = client_service.list_clients(self._db)
        self.set_new([(row.id, row.name) for row in rows])
        self.select_client(client_id)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_client_changed(self, _index: int) -> None:
        self._touch("engagement.client")
        client_id = self.client_id()
        if client_id is not None:
            self.client_chosen.emit(client_id)

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self.edited.emit()

    # -- checks ------------------------------------------------------------------------------

    def own_issues(self) -> list[Issue]:
        """What keeps the engagement from being created or renamed; these block Next."""
        found: list[Issue] = []
        if self.client_id() is None:
            found.append(Issue("engagement.client", "required", blocks_draft=True))
        if not self.title().strip():
            found.append(Issue("engagement.title", "required", blocks_draft=True))
        reference = self.reference().strip()
        if not reference:
            found.append(Issue("engagement.reference", "required", blocks_draft=True))
        elif reference.lower() in self._taken_references:
            found.append(
                Issue(
                    "engagement.reference",
                    "duplicate_reference",
                    {"value": reference},
                    blocks_draft=True,
                )
            )
        return found

    def refresh_checks(self) -> None:
        issues = self.own_issues()
        shown = [
            issue
            for issue in issues
            if issue.code != "required" or issue.field in self._touched or self.visited
        ]
        # Missing values: named once touched; Next stays disabled in any case.
        self.show_issues(shown)
        blocking = bool(issues)
        if blocking != self._blocking:
            self._blocking = blocking
            self.completeChanged.emit()
        self.todo_label.setVisible(blocking and not shown)

    def show_error(self, error: ValidationError) -> None:
        """A refusal from the engagement service, on its field."""
        issue = Issue(error.field, error.code, dict(error.params), blocks_draft=True)
        self.show_issues([issue])
        widget = self.widget_for(error.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def validatePage(self) -> bool:
        self.visited = True
        return self._commit()
