"""Log an episode in under a minute, from anywhere (Ctrl+E), with the keyboard alone.

The first part holds what is said on the spot: the engagement (typed: a client's name, a
reference or a title, completed as you type), when (now), the channel, who spoke, one or
more categories, the client's own words and the severity. "More details" opens what can be
added then or later: what was expected and what was obtained, the emotion and its intensity,
the clause of the signed terms it touches (listed beside the form) and the remedy the
client asks for.

The same dialog edits an episode's facts later (``episode_id``), every part open, and
refuses a save made over someone else's, naming what they changed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, QSize, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import Channel, Emotion, EpisodeCategory, Severity
from consultant_desk.domain.errors import ValidationError
from consultant_desk.services.engagements import EngagementRow, list_engagements
from consultant_desk.services.episode_list import fold
from consultant_desk.services.episode_workflow import (
    ClauseChoice,
    EpisodeFacts,
    engagement_clauses,
    get_episode_view,
    log_episode,
    update_facts,
)
from consultant_desk.store.database import Database
from consultant_desk.ui.episodes.due_settings import read_ack_days
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.meetings.when import from_local_qdatetime, to_local_qdatetime
from consultant_desk.ui.settings import open_settings
from consultant_desk.ui.style import mute

DATE_TIME_FORMAT = "d MMM yyyy HH:mm"
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
# The fields of the optional part: an error on one of them opens it first.
DETAIL_FIELDS = (
    "episode.expected",
    "episode.obtained",
    "episode.emotion",
    "episode.intensity",
    "episode.clause_ref",
    "episode.remedy_requested",
)


class WhenEdit(QDateTimeEdit):
    """A date and time where Tab goes to the next field, not to the next section (the arrows
    and typing reach the sections): the quick log is crossed with Tab, "now" rarely changes."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def engagement_label(row: EngagementRow) -> str:
    return f"{row.client_name} — {row.reference} — {row.title}"


def _now() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


class QuickLogDialog(RecordDialog):
    # The engagement chosen changed (None: none recognised).
    engagement_changed = Signal(object)

    def __init__(
        self,
        db: Database,
        episode_id: int | None = None,
        *,
        engagement_id: int | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._episode_id = episode_id
        self._settings = settings if settings is not None else open_settings()
        self._version: int | None = None
        self._seen: EpisodeFacts | None = None
        self._engagement_id: int | None = None
        self._clauses: tuple[ClauseChoice, ...] = ()
        self._rows = list_engagements(db)
        self._by_label = {engagement_label(row): row for row in self._rows}
        self._build()
        if episode_id is not None:
            self._load(episode_id)
            self.set_details_shown(True)
        else:
            self.when_edit.setDateTime(to_local_qdatetime(_now()))
            if engagement_id is not None:
                self.select_engagement(engagement_id)
        self.retranslate()
        self.resize(self.sizeHint().width(), self.sizeHint().height())
        first = self.words_edit if self._engagement_id is not None else self.engagement_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- construction ----------------------------------------------------------------------------

    def _text(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _build(self) -> None:
        self.engagement_edit = QLineEdit(self)
        self.engagement_edit.setClearButtonEnabled(True)
        self.completer = QCompleter(QStringListModel(list(self._by_label), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.engagement_edit.setCompleter(self.completer)
        self.engagement_edit.textChanged.connect(self._on_engagement_text)
        self.engagement_hint = QLabel(self)
        mute(self.engagement_hint)
        self.engagement_hint.hide()

        self.when_edit = WhenEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.channel_combo = QComboBox(self)
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel.PHONE.value))
        self.spoke_edit = QLineEdit(self)

        self.categories = QListWidget(self)
        self.categories.setFlow(QListView.Flow.LeftToRight)
        self.categories.setWrapping(True)
        self.categories.setResizeMode(QListView.ResizeMode.Adjust)
        self.categories.setUniformItemSizes(True)
        self.categories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.categories.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for category in EpisodeCategory:
            item = QListWidgetItem("", self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.categories.setCurrentRow(0)
        self.categories.itemChanged.connect(lambda _item: self._update_categories_hint())

        self.words_edit = self._text(3)
        self.severity_combo = QComboBox(self)
        for severity in Severity:
            self.severity_combo.addItem("", severity.value)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.MEDIUM.value))

        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self.set_details_shown)

        self.expected_edit = self._text(2)
        self.obtained_edit = self._text(2)
        self.emotion_combo = QComboBox(self)
        for emotion in Emotion:
            self.emotion_combo.addItem("", emotion.value)
        self.intensity_spin = QSpinBox(self)
        self.intensity_spin.setRange(1, 5)
        self.intensity_spin.setValue(3)
        self.clause_combo = QComboBox(self)
        self.clause_combo.setMinimumContentsLength(28)
        self.clause_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.clause_combo.currentIndexChanged.connect(self._on_clause_chosen)
        self.remedy_edit = self._text(2)

        self.terms_title = QLabel(self)
        font = self.terms_title.font()
        font.setBold(True)
        self.terms_title.setFont(font)
        self.terms_list = QListWidget(self)
        self.terms_list.setWordWrap(True)
        self.terms_list.setMinimumWidth(280)
        self.terms_list.itemActivated.connect(self._on_term_picked)
        self.terms_list.itemClicked.connect(self._on_term_picked)
        self.terms_empty = QLabel(self)
        self.terms_empty.setWordWrap(True)
        mute(self.terms_empty)

        # The essentials.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.engagement_label = self.add_row(form, self.engagement_edit)
        form.addRow("", self.engagement_hint)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        self.channel_label = QLabel(self)
        self.channel_label.setBuddy(self.channel_combo)
        when_row.addSpacing(12)
        when_row.addWidget(self.channel_label)
        when_row.addWidget(self.channel_combo, 1)
        self.when_label = QLabel(self)
        self.when_label.setBuddy(self.when_edit)
        form.addRow(self.when_label, when_row)
        self.spoke_label = self.add_row(form, self.spoke_edit)
        self.categories_label = self.add_row(form, self.categories)
        self.words_label = self.add_row(form, self.words_edit)
        self.severity_label = self.add_row(form, self.severity_combo)

        # The optional part, with the signed terms beside it.
        details_form = QFormLayout()
        details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.expected_label = self.add_row(details_form, self.expected_edit)
        self.obtained_label = self.add_row(details_form, self.obtained_edit)
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(self.emotion_combo, 1)
        self.intensity_label = QLabel(self)
        self.intensity_label.setBuddy(self.intensity_spin)
        feeling_row.addSpacing(12)
        feeling_row.addWidget(self.intensity_label)
        feeling_row.addWidget(self.intensity_spin)
        self.emotion_label = QLabel(self)
        self.emotion_label.setBuddy(self.emotion_combo)
        details_form.addRow(self.emotion_label, feeling_row)
        self.clause_label = self.add_row(details_form, self.clause_combo)
        self.remedy_label = self.add_row(details_form, self.remedy_edit)
        self.details = QWidget(self)
        self.details.setLayout(details_form)
        details_form.setContentsMargins(0, 0, 0, 0)

        self.terms_panel = QFrame(self)
        self.terms_panel.setFrameShape(QFrame.Shape.StyledPanel)
        terms_layout = self.terms_layout = QVBoxLayout(self.terms_panel)
        terms_layout.addWidget(self.terms_title)
        terms_layout.addWidget(self.terms_list, 1)
        terms_layout.addWidget(self.terms_empty)
        terms_layout.addStretch(0)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.details)
        left.addStretch(1)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addWidget(self.terms_panel, 2)
        self.finish_layout(body)

        for field, widget in (
            ("episode.engagement", self.engagement_edit),
            ("episode.surfaced_at", self.when_edit),
            ("episode.channel", self.channel_combo),
            ("episode.spoke", self.spoke_edit),
            ("episode.categories", self.categories),
            ("episode.category", self.categories),
            ("episode.client_words", self.words_edit),
            ("episode.severity", self.severity_combo),
            ("episode.expected", self.expected_edit),
            ("episode.obtained", self.obtained_edit),
            ("episode.emotion", self.emotion_combo),
            ("episode.intensity", self.intensity_spin),
            ("episode.clause_ref", self.clause_combo),
            ("episode.remedy_requested", self.remedy_edit),
        ):
            self.errors.register(field, widget)

        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.accept)
        self.setTabOrder(self.engagement_edit, self.when_edit)
        self.set_details_shown(False)
        self._fill_clauses()

    # -- the engagement --------------------------------------------------------------------------

    def engagement_id(self) -> int | None:
        return self._engagement_id

    def select_engagement(self, engagement_id: int) -> None:
        for label, row in self._by_label.items():
            if row.id == engagement_id:
                self.engagement_edit.setText(label)
                return

    def _match(self, text: str) -> EngagementRow | None:
        """The engagement ``text`` names: its full label, or the only one every typed word
        is found in (client, reference or title, accents and case aside)."""
        exact = self._by_label.get(text.strip())
        if exact is not None:
            return exact
        words = fold(text).split()
        if not words:
            return None
        found = [
            row for label, row in self._by_label.items() if all(w in fold(label) for w in words)
        ]
        return found[0] if len(found) == 1 else None

    @Slot(str)
    def _on_engagement_text(self, text: str) -> None:
        row = self._match(text)
        engagement_id = row.id if row is not None else None
        if row is not None and text.strip() != engagement_label(row):
            self.engagement_hint.setText(engagement_label(row))
        elif text.strip() and row is None:
            self.engagement_hint.setText(self.tr("No single engagement matches yet."))
        else:
            self.engagement_hint.setText("")
        self.engagement_hint.setVisible(bool(self.engagement_hint.text()))
        if engagement_id != self._engagement_id:
            self._engagement_id = engagement_id
            self._fill_clauses()
            self.engagement_changed.emit(engagement_id)

    # -- the signed terms ------------------------------------------------------------------------

    def _fill_clauses(self, keep: str = "") -> None:
        current = keep or str(self.clause_combo.currentData() or "")
        self._clauses = (
            engagement_clauses(self._db, self._engagement_id)
            if self._engagement_id is not None
            else ()
        )
        self.clause_combo.blockSignals(True)
        self.clause_combo.clear()
        self.clause_combo.addItem(self.tr("None"), "")
        for clause in self._clauses:
            self.clause_combo.addItem(clause.ref, clause.ref)
            self.clause_combo.setItemData(
                self.clause_combo.count() - 1, clause.text, Qt.ItemDataRole.ToolTipRole
            )
        if current and self.clause_combo.findData(current) < 0:
            # A reference from older terms, or typed elsewhere: kept as it is.
            self.clause_combo.addItem(current, current)
        self.clause_combo.setCurrentIndex(max(0, self.clause_combo.findData(current)))
        self.clause_combo.blockSignals(False)
        self.terms_list.clear()
        for clause in self._clauses:
            item = QListWidgetItem(f"{clause.ref}\n{clause.text}", self.terms_list)
            item.setData(Qt.ItemDataRole.UserRole, clause.ref)
            item.setToolTip(clause.text)
        self.terms_list.setVisible(bool(self._clauses))
        self.terms_layout.setStretchFactor(self.terms_list, 1 if self._clauses else 0)
        self.terms_empty.setVisible(not self._clauses)
        self._update_terms_empty()
        self._on_clause_chosen()

    def _update_terms_empty(self) -> None:
        if self._engagement_id is None:
            self.terms_empty.setText(self.tr("Choose the engagement to see its signed terms."))
        else:
            self.terms_empty.setText(
                self.tr("No signed terms for this engagement: nothing to point at.")
            )

    @Slot(QListWidgetItem)
    def _on_term_picked(self, item: QListWidgetItem) -> None:
        index = self.clause_combo.findData(item.data(Qt.ItemDataRole.UserRole))
        if index >= 0:
            self.clause_combo.setCurrentIndex(index)

    @Slot()
    def _on_clause_chosen(self) -> None:
        ref = str(self.clause_combo.currentData() or "")
        for row in range(self.terms_list.count()):
            item = self.terms_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ref:
                self.terms_list.setCurrentItem(item)
                return
        self.terms_list.clearSelection()

    # -- the optional part -----------------------------------------------------------------------

    def details_shown(self) -> bool:
        return self.details.isVisibleTo(self)

    @Slot(bool)
    def set_details_shown(self, shown: bool) -> None:
        self.details_button.blockSignals(True)
        self.details_button.setChecked(shown)
        self.details_button.blockSignals(False)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(shown)
        self.terms_panel.setVisible(shown)
        self.adjustSize()

    def show_validation_error(self, error: ValidationError) -> None:
        if error.field in DETAIL_FIELDS and not self.details_shown():
            self.set_details_shown(True)
        super().show_validation_error(error)

    # -- values ----------------------------------------------------------------------------------

    def checked_categories(self) -> tuple[str, ...]:
        return tuple(
            str(self.categories.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.categories.count())
            if self.categories.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_categories(self, values: tuple[str, ...]) -> None:
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def facts(self) -> EpisodeFacts:
        if self._engagement_id is None:
            raise ValidationError("episode.engagement", "required")
        return EpisodeFacts(
            engagement_id=self._engagement_id,
            surfaced_at=from_local_qdatetime(self.when_edit.dateTime()),
            channel=str(self.channel_combo.currentData()),
            categories=self.checked_categories(),
            client_words=self.words_edit.toPlainText(),
            severity=str(self.severity_combo.currentData()),
            spoke=self.spoke_edit.text(),
            expected=self.expected_edit.toPlainText(),
            obtained=self.obtained_edit.toPlainText(),
            emotion=str(self.emotion_combo.currentData()),
            intensity=self.intensity_spin.value(),
            clause_ref=str(self.clause_combo.currentData() or ""),
            remedy_requested=self.remedy_edit.toPlainText(),
            origin=self._seen.origin if self._seen is not None else "",
            mediator_needed=self._seen.mediator_needed if self._seen is not None else False,
            mediator_note=self._seen.mediator_note if self._seen is not None else "",
            incident_key=self._seen.incident_key if self._seen is not None else "",
        )

    def _show_facts(self, facts: EpisodeFacts) -> None:
        self.select_engagement(facts.engagement_id)
        self.when_edit.setDateTime(to_local_qdatetime(facts.surfaced_at))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(facts.channel)))
        self.spoke_edit.setText(facts.spoke)
        self.set_categories(facts.categories)
        self.words_edit.setPlainText(facts.client_words)
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(facts.severity)))
        self.expected_edit.setPlainText(facts.expected)
        self.obtained_edit.setPlainText(facts.obtained)
        self.emotion_combo.setCurrentIndex(max(0, self.emotion_combo.findData(facts.emotion)))
        self.intensity_spin.setValue(int(facts.intensity))
        self._fill_clauses(keep=facts.clause_ref)
        self.remedy_edit.setPlainText(facts.remedy_requested)

    def _load(self, episode_id: int) -> None:
        view = get_episode_view(self._db, episode_id)
        if view.engagement_id not in {row.id for row in self._rows}:
            # An archived engagement is not offered for new episodes, but keeps its own.
            row = EngagementRow(
                id=view.engagement_id,
                reference=view.engagement_reference,
                title=view.engagement_title,
                client_id=0,
                client_name=view.client_name,
                status="",
                start_date=None,
                end_date=None,
                episodes=0,
                archived=True,
                version=0,
            )
            self._by_label[engagement_label(row)] = row
        self._version = view.version
        self._seen = view.facts
        self._show_facts(view.facts)

    # -- RecordDialog ----------------------------------------------------------------------------

    def save(self) -> int:
        facts = self.facts()
        ack_days = read_ack_days(self._settings)
        if self._episode_id is None:
            return log_episode(self._db, facts, ack_days=ack_days)
        update_facts(
            self._db,
            self._episode_id,
            facts,
            expected_version=self._version,
            seen=self._seen,
            ack_days=ack_days,
        )
        return self._episode_id

    def reload(self) -> None:
        if self._episode_id is not None:
            self._load(self._episode_id)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New episode") if self._episode_id is None else self.tr("Episode facts")
        )
        self.engagement_label.setText(self.tr("&Engagement"))
        self.engagement_edit.setPlaceholderText(self.tr("Type a client, a reference or a title"))
        self.when_label.setText(self.tr("Whe&n"))
        self.channel_label.setText(self.tr("C&hannel"))
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(
                index, Channel(self.channel_combo.itemData(index)).label()
            )
        self.spoke_label.setText(self.tr("Who s&poke"))
        self.spoke_edit.setPlaceholderText(self.tr("Name and role"))
        self.categories_label.setText(self.tr("Cate&gories"))
        self.categories.setToolTip(self.tr("Space ticks a category; several may apply."))
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            item.setText(EpisodeCategory(item.data(Qt.ItemDataRole.UserRole)).label())
        self._fit_categories()
        self._update_categories_hint()
        self.words_label.setText(self.tr("Client’s &words"))
        self.words_edit.setPlaceholderText(self.tr("As the client said it"))
        self.severity_label.setText(self.tr("Se&verity"))
        for index in range(self.severity_combo.count()):
            self.severity_combo.setItemText(
                index, Severity(self.severity_combo.itemData(index)).label()
            )
        self.details_button.setText(
            self.tr("&More: expected and obtained, emotion, clause, remedy asked")
        )
        self.expected_label.setText(self.tr("E&xpected"))
        self.obtained_label.setText(self.tr("&Obtained"))
        self.emotion_label.setText(self.tr("Emo&tion"))
        for index in range(self.emotion_combo.count()):
            self.emotion_combo.setItemText(
                index, Emotion(self.emotion_combo.itemData(index)).label()
            )
        self.intensity_label.setText(self.tr("&Intensity"))
        self.intensity_spin.setSuffix(self.tr(" / 5"))
        self.clause_label.setText(self.tr("C&lause touched"))
        self.clause_combo.setItemText(0, self.tr("None"))
        self.remedy_label.setText(self.tr("&Remedy asked"))
        self.remedy_edit.setPlaceholderText(self.tr("What the client asks for, in their words"))
        self.terms_title.setText(self.tr("Signed terms"))
        self._update_terms_empty()
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))

    def _update_categories_hint(self) -> None:
        count = len(self.checked_categories())
        self.categories.setAccessibleDescription(self.tr("%n ticked", "", count))

    def _fit_categories(self) -> None:
        """Room for every category without scrolling or eliding: three to a row."""
        metrics = self.categories.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.categories.item(r).text())
            for r in range(self.categories.count())
        )
        cell = QSize(widest + 44, metrics.height() + 8)
        self.categories.setGridSize(cell)
        for row in range(self.categories.count()):
            self.categories.item(row).setSizeHint(cell)
        rows = -(-self.categories.count() // 3)
        self.categories.setMinimumWidth(cell.width() * 3 + 12)
        self.categories.setFixedHeight(cell.height() * rows + 8)
