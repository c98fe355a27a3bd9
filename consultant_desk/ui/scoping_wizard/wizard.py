"""The contract-scoping wizard: one page per section of the terms, then review and signature.

The wizard holds the terms being edited. Every change is validated at once (fields marked,
messages under the page) and saved as a draft half a second after the typing stops, on each
change of page, on Ctrl+S and on closing: closing the wizard, or a crash, loses nothing, and
Esc closes without a question. Reopening the engagement offers to resume the draft.

A signed scoping is never edited: opening the wizard on it starts an amendment (the next
version, copied from it), and the signed version stays printable.
"""

from __future__ import annotations

import dataclasses
import logging
import weakref
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from consultant_desk.domain.errors import ConflictError, DomainError, ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.lessons import Lesson, lessons_for_section
from consultant_desk.domain.scoping import (
    Instalment,
    Issue,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
    ScopingValidationError,
    Section,
    SignedVersionError,
    errors,
    normalized,
    remove_milestone,
    review_flags,
    section_of,
    storage_issues,
    validate,
)
from consultant_desk.domain.signature import Signature
from consultant_desk.services import clients as client_service
from consultant_desk.services import contract_printing
from consultant_desk.services import engagements as engagement_service
from consultant_desk.services import scoping as scoping_service
from consultant_desk.services.engagements import EngagementData
from consultant_desk.services.profile import get_profile
from consultant_desk.store.database import Database
from consultant_desk.ui import messages
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.profile_dialog import ask_for_profile
from consultant_desk.ui.scoping_wizard.base import SectionPage, item_field
from consultant_desk.ui.scoping_wizard.deadlines_page import DeadlinesPage
from consultant_desk.ui.scoping_wizard.drafts import DraftsDialog, ResumeChoice, ask_resume
from consultant_desk.ui.scoping_wizard.financial_page import FinancialPage
from consultant_desk.ui.scoping_wizard.hours_page import HoursPage
from consultant_desk.ui.scoping_wizard.mission_page import MissionPage
from consultant_desk.ui.scoping_wizard.obligations_page import ObligationsPage
from consultant_desk.ui.scoping_wizard.remedies_page import RemediesPage
from consultant_desk.ui.scoping_wizard.resources_page import ResourcesPage
from consultant_desk.ui.scoping_wizard.review_page import ReviewPage, signed_on_text
from consultant_desk.ui.scoping_wizard.scope_page import ScopePage
from consultant_desk.ui.scoping_wizard.stakes_page import StakesPage
from consultant_desk.ui.scoping_wizard.summary import Heading
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog
from consultant_desk.ui.widgets.signature_pad import SignatureDialog

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 500
DEFAULT_SIZE = QSize(1240, 820)
STEPS_STYLE = """
QListWidget#scopingSteps { border: none; background: transparent; outline: 0; }
QListWidget#scopingSteps::item { padding: 5px 8px; margin: 1px 0; border-radius: 5px; }
QListWidget#scopingSteps::item:selected { background: palette(highlight);
                                           color: palette(highlighted-text); }
"""
ITEM_DEFAULTS: dict[str, type] = {
    "milestones": Milestone,
    "resource_lines": ResourceLine,
    "scope_items": ScopeItem,
    "instalments": Instalment,
}

# Wizards open per engagement, so that asking twice brings the same window forward.
_open_wizards: weakref.WeakValueDictionary[int, ScopingWizard] = weakref.WeakValueDictionary()


class StepList(QListWidget):
    """The ten steps on the side: where one is, which pages need attention; a click goes
    there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopingSteps")
        self.setStyleSheet(STEPS_STYLE)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setIconSize(QSize(14, 14))
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for _section in Section:
            self.addItem(QListWidgetItem())
        self.retranslate()

    def retranslate(self) -> None:
        for index, section in enumerate(Section):
            item = self.item(index)
            item.setText(f"{section.page}. {section.label()}")
        self.setMinimumWidth(self.sizeHint().width())

    def mark(self, needs_attention: set[Section]) -> None:
        for index, section in enumerate(Section):
            item = self.item(index)
            item.setIcon(self._warning if section in needs_attention else QIcon())

    def sizeHint(self) -> QSize:
        width = max(
            (
                self.fontMetrics().horizontalAdvance(self.item(i).text())
                for i in range(self.count())
            ),
            default=120,
        )
        return QSize(width + 56, 300)


class ScopingWizard(QWizard):
    """Scope an engagement (or a new one) section by section; see the module's docstring."""

    signed = Signal(int)
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        engagement_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._engagement_id: int | None = None
        self._client_id: int | None = None
        self._client_name = ""
        self._reference = ""
        self._title = ""
        self._engagement_version: int | None = None
        self._language = Language.FR
        self._scoping_id: int | None = None
        self._number = 1
        self._version: int | None = None
        self._terms = ScopingTerms()
        self._saved_terms: ScopingTerms | None = None
        self._stored_terms: ScopingTerms | None = None
        self._created_here = False
        self._edited = False
        self._is_signed = False
        self._loading = False
        self._closing = False
        self._save_failure = ""
        self._saved_at: datetime | None = None
        self._lessons: list[Lesson] = []
        self._signed_number = 0
        self._signed_on = ""
        self.preview: PdfPreviewDialog | None = None

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self._layout_buttons(review=False)

        current_terms = self.current_terms
        language = self.contract_language
        self.mission_page = MissionPage(db, self.commit_mission)
        self.stakes_page = StakesPage()
        self.deadlines_page = DeadlinesPage()
        self.resources_page = ResourcesPage()
        self.obligations_page = ObligationsPage()
        self.hours_page = HoursPage()
        self.scope_page = ScopePage(current_terms, language)
        self.financial_page = FinancialPage(current_terms, language)
        self.remedies_page = RemediesPage(current_terms, language)
        self.review_page = ReviewPage()
        self.pages: dict[Section, SectionPage] = {
            Section.MISSION: self.mission_page,
            Section.STAKES: self.stakes_page,
            Section.DEADLINES: self.deadlines_page,
            Section.RESOURCES: self.resources_page,
            Section.CLIENT_OBLIGATIONS: self.obligations_page,
            Section.WORKING_HOURS: self.hours_page,
            Section.SCOPE: self.scope_page,
            Section.FINANCIAL: self.financial_page,
            Section.REMEDIES: self.remedies_page,
            Section.SIGNATURE: self.review_page,
        }
        for section, page in self.pages.items():
            self.setPage(section.page, page)
            page.edited.connect(self._on_edited)
        self.setStartId(Section.MISSION.page)

        self.deadlines_page.milestone_removed.connect(self._on_milestone_removed)
        self.mission_page.client_chosen.connect(self._on_client_chosen)
        self.mission_page.print_signed_requested.connect(self.print_signed_version)
        self.review_page.go_to_page.connect(self.go_to)
        self.review_page.go_to_field.connect(self.go_to_field)
        self.review_page.draw_requested.connect(self.draw_signature)
        for slot in (self.review_page.consultant_slot, self.review_page.client_slot):
            slot.cleared.connect(self._refresh)

        # The side: the steps, and whether the draft is saved.
        self.steps = StepList(self)
        self.steps.itemClicked.connect(self._on_step_clicked)
        self.save_label = QLabel(self)
        self.save_label.setWordWrap(True)
        mute(self.save_label)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.addWidget(self.steps, 1)
        side_layout.addWidget(self.save_label)
        self.setSideWidget(side)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.save_shortcut.activated.connect(self.save_now)
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._on_page_changed)

        self.resize(DEFAULT_SIZE)
        self.setSizeGripEnabled(True)
        if engagement_id is not None:
            self.open_engagement(engagement_id)
        else:
            self._prepare_new()
        self.retranslate()
        self._refresh()

    # -- state --------------------------------------------------------------------------------

    @property
    def scoping_id(self) -> int | None:
        return self._scoping_id

    @property
    def engagement_id(self) -> int | None:
        return self._engagement_id

    @property
    def number(self) -> int:
        return self._number

    @property
    def is_signed(self) -> bool:
        return self._is_signed

    @property
    def lessons(self) -> list[Lesson]:
        return list(self._lessons)

    def current_terms(self) -> ScopingTerms:
        return self._terms

    def contract_language(self) -> Language:
        return self._language

    def page_for(self, section: Section) -> SectionPage:
        return self.pages[section]

    # -- opening ------------------------------------------------------------------------------

    def _prepare_new(self) -> None:
        rows = client_service.list_clients(self.db)
        reference = engagement_service.suggest_reference(self.db, date.today().year)
        self.mission_page.set_new([(row.id, row.name) for row in rows], reference)
        self.mission_page.set_taken_references(
            {
                row.reference
                for row in engagement_service.list_engagements(self.db, include_archived=True)
            }
        )
        self._load(ScopingTerms(), saved=False)

    def open_engagement(self, engagement_id: int) -> None:
        """Edit this engagement's open draft, or start one (an amendment after a signature)."""
        engagement = engagement_service.get_engagement(self.db, engagement_id)
        client = client_service.get_client(self.db, engagement.client_id)
        had_draft = scoping_service.current_draft(self.db, engagement_id) is not None
        row = scoping_service.start_draft(self.db, engagement_id)
        self._created_here = not had_draft
        self._engagement_id = engagement_id
        self._engagement_version = engagement.version
        self._client_id = client.id
        self._client_name = client.name
        self._reference = engagement.reference
        self._title = engagement.title
        self._language = Language.parse(client.language)
        self._scoping_id = row.id
        self._number = row.number
        self._version = row.version
        signed = [v for v in scoping_service.versions(self.db, engagement_id) if v.is_signed]
        if signed:
            self._signed_number = signed[-1].number
            self._signed_on = signed_on_text(signed[-1].sign_date or signed[-1].signed_at)
        self._lessons = scoping_service.past_episode_lessons(self.db, client.id)
        self.mission_page.set_engagement(
            client.id, client.name, engagement.title, engagement.reference
        )
        self.mission_page.set_taken_references(
            {
                other.reference
                for other in engagement_service.list_engagements(self.db, include_archived=True)
                if other.id != engagement_id
            }
        )
        self.mission_page.set_language(self._language)
        self.mission_page.set_amendment(self._number, self._signed_number, self._signed_on)
        self.obligations_page.set_contacts([contact.name for contact in client.contacts])
        for section, page in self.pages.items():
            page.set_lessons(lessons_for_section(self._lessons, section))
        terms = scoping_service.load_terms(self.db, row.id)
        self._load(self._with_signing_defaults(terms), saved=True)
        _open_wizards[engagement_id] = self
        self.retranslate()

    def _with_signing_defaults(self, terms: ScopingTerms) -> ScopingTerms:
        """The place of signature: the consultant's city, until one is typed."""
        if terms.sign_place.strip():
            return terms
        try:
            city = get_profile(self.db).city
        except DomainError:
            return terms
        return dataclasses.replace(terms, sign_place=city) if city else terms

    def _load(self, terms: ScopingTerms, *, saved: bool) -> None:
        self._loading = True
        try:
            for page in self.pages.values():
                page.load(terms)
        finally:
            self._loading = False
        self._terms = self._apply_all(terms)
        if saved:
            # What the pages show is what is stored: nothing to save until the user types.
            self._saved_terms = self._terms
            self._stored_terms = terms
        self.review_page.set_heading(self._heading())
        self._refresh()

    # -- the page of the mission ---------------------------------------------------------------

    def commit_mission(self) -> bool:
        """Create the engagement (or rename it), then start its draft; False keeps page 1."""
        page = self.mission_page
        if page.own_issues():
            page.refresh_checks()
            return False
        try:
            if self._engagement_id is None:
                client_id = page.client_id()
                assert client_id is not None
                created = engagement_service.create_engagement(
                    self.db,
                    EngagementData(
                        client_id=client_id, reference=page.reference(), title=page.title()
                    ),
                )
                self.open_engagement(created.id)
                return True
            if (page.title(), page.reference()) != (self._title, self._reference):
                stored = engagement_service.get_engagement(self.db, self._engagement_id)
                updated = engagement_service.update_engagement(
                    self.db,
                    self._engagement_id,
                    EngagementData(
                        client_id=stored.client_id,
                        reference=page.reference(),
                        title=page.title(),
                        status=stored.status,
                        start_date=stored.start_date,
                        end_date=stored.end_date,
                        summary=stored.summary,
                    ),
                    expected_version=self._engagement_version,
                )
                self._engagement_version = updated.version
                self._title, self._reference = updated.title, updated.reference
                self.review_page.set_heading(self._heading())
                self.retranslate()
        except ValidationError as error:
            page.show_error(error)
            return False
        except ConflictError as error:
            messages.show_error(self, self.windowTitle(), error.text())
            return False
        return True

    @Slot(int)
    def _on_client_chosen(self, client_id: int) -> None:
        if self._engagement_id is not None:
            return
        client = client_service.get_client(self.db, client_id)
        self._language = Language.parse(client.language)
        self.mission_page.set_language(self._language)

    # -- editing -----------------------------------------------------------------------------

    def _apply_all(self, terms: ScopingTerms) -> ScopingTerms:
        for section, page in self.pages.items():
            if section is Section.MISSION:
                continue
            page.begin_apply()
            terms = page.apply(terms)
        return terms

    @Slot()
    def _on_edited(self) -> None:
        if self._loading or self._is_signed:
            return
        if self.sender() is self.mission_page:
            self.mission_page.refresh_checks()
            self._mark_steps()
            return
        self._terms = self._apply_all(self._terms)
        self._refresh()
        if self._terms != self._saved_terms and self._scoping_id is not None:
            self._timer.start()
            self._show_save_state(pending=True)

    @Slot(int)
    def _on_milestone_removed(self, index: int) -> None:
        # Instalments due on later milestones keep pointing at the same ones.
        self._terms = remove_milestone(self._terms, index)
        self.financial_page.follow_milestones(self._terms)

    def _refresh(self) -> None:
        terms = self._terms
        issues = validate(terms)
        by_section: dict[Section, list[Issue]] = {section: [] for section in Section}
        for issue in issues:
            by_section[issue.section].append(issue)
        for section, page in self.pages.items():
            page.refresh_derived(terms)
            if section in (Section.MISSION, Section.SIGNATURE):
                continue
            page.show_issues(by_section[section])
        self.mission_page.refresh_checks()
        self._refresh_review(terms)
        self._mark_steps()

    def _mark_steps(self) -> None:
        """The steps flag what their pages show in red."""
        attention: set[Section] = {
            section
            for section, page in self.pages.items()
            if section is not Section.SIGNATURE
            and any(issue.is_error for issue in page.shown_issues())
        }
        self.steps.mark(attention)

    def _refresh_review(self, terms: ScopingTerms) -> None:
        page = self.review_page
        if self._is_signed:
            return
        blocking = errors(validate(terms, signing=True))
        warnings = [issue for issue in validate(terms) if not issue.is_error]
        page.show_review(blocking, [*warnings, *review_flags(terms)])
        if self.currentId() == Section.SIGNATURE.page:
            page.show_summary(terms)
        sign = self.button(QWizard.WizardButton.CustomButton2)
        sign.setEnabled(not blocking and self._scoping_id is not None)
        sign.setToolTip(
            "" if not blocking else self.tr("Fix the points in red on this page to sign.")
        )

    def _heading(self) -> Heading:
        return Heading(
            client_name=self._client_name,
            reference=self._reference,
            title=self._title,
            number=self._number,
            contract_language=self._language,
        )

    # -- moving around ----------------------------------------------------------------------------

    @Slot(int)
    def _on_page_changed(self, page_id: int) -> None:
        self.save_now()
        on_review = page_id == Section.SIGNATURE.page
        self._layout_buttons(review=on_review)
        if on_review and not self._is_signed and self._terms.sign_date is None:
            # The day of signature: today, until the user says otherwise.
            self.review_page.date_field.set_value(date.today())
        if on_review:
            self.review_page.set_heading(self._heading())
            self.review_page.show_summary(self._terms)
            self._refresh_review(self._terms)
        for row in range(self.steps.count()):
            self.steps.item(row).setSelected(row + 1 == page_id)
        if page_id > 0:
            self.steps.setCurrentRow(page_id - 1)
        self._refresh()

    def _layout_buttons(self, *, review: bool) -> None:
        """Print and Sign only on the review page (Sign until signed)."""
        buttons = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton]
        if review:
            buttons.insert(0, QWizard.WizardButton.CustomButton1)
            if not self._is_signed:
                buttons.append(QWizard.WizardButton.CustomButton2)
        else:
            buttons.append(QWizard.WizardButton.NextButton)
        buttons += [QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton]
        self.setButtonLayout(buttons)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if not super().validateCurrentPage():
            return False
        if isinstance(page, SectionPage):
            page.visited = True
        return True

    def go_to(self, page_id: int) -> None:
        """Go back, or forward page after page (as long as Next is possible), to ``page_id``."""
        if self._is_signed and page_id != self.currentId():
            return
        while self.currentId() > page_id:
            self.back()
        while self.currentId() < page_id:
            before = self.currentId()
            page = self.currentPage()
            if page is not None and not page.isComplete():
                break
            self.next()
            if self.currentId() == before:
                break

    @Slot(str)
    def go_to_field(self, field: str) -> None:
        section = section_of(field)
        self.go_to(section.page)
        if self.currentId() == section.page:
            self.pages[section].focus_field(field)

    @Slot(QListWidgetItem)
    def _on_step_clicked(self, item: QListWidgetItem) -> None:
        self.go_to(self.steps.row(item) + 1)
        self.steps.setCurrentRow(self.currentId() - 1)

    # -- saving --------------------------------------------------------------------------------

    def _storable(self, terms: ScopingTerms) -> ScopingTerms | None:
        """The terms with every value that can never be stored put back as it was saved
        (a negative rate stays on screen, marked; the draft keeps the last good value)."""
        candidate = terms
        if candidate.vat_rate is None:
            fallback = (
                self._stored_terms.vat_rate if self._stored_terms else ScopingTerms().vat_rate
            )
            candidate = dataclasses.replace(candidate, vat_rate=fallback)
        for _attempt in range(3):
            issues = storage_issues(normalized(candidate))
            if not issues:
                return candidate
            for issue in issues:
                candidate = self._without(candidate, issue.field)
        return None

    def _without(self, terms: ScopingTerms, field: str) -> ScopingTerms:
        parts = item_field(field)
        if parts is not None:
            name, index, key = parts
            items = list(getattr(terms, name))
            kind = ITEM_DEFAULTS.get(name)
            if kind is not None and index < len(items):
                default = getattr(kind(), key)
                items[index] = dataclasses.replace(items[index], **{key: default})
                changes: dict[str, Any] = {name: tuple(items)}
                return dataclasses.replace(terms, **changes)
            return terms
        name = field.removeprefix("scoping.").split("[")[0].split(".")[0]
        if not hasattr(terms, name):
            return terms
        previous = self._stored_terms if self._stored_terms is not None else ScopingTerms()
        reverted: dict[str, Any] = {name: getattr(previous, name)}
        return dataclasses.replace(terms, **reverted)

    @Slot()
    def save_now(self) -> bool:
        """Save the draft now if anything changed; False when it could not be saved."""
        self._timer.stop()
        if self._scoping_id is None or self._is_signed:
            return True
        terms = self._terms
        if terms == self._saved_terms:
            self._show_save_state()
            return True
        storable = self._storable(terms)
        if storable is None:
            self._save_failure = self.tr("Not saved: fix the values marked in red.")
            self._show_save_state()
            return False
        try:
            row = scoping_service.save_draft(
                self.db, self._scoping_id, storable, expected_version=self._version
            )
        except ConflictError as error:
            return self._on_conflict(error)
        except (SignedVersionError, ScopingValidationError) as error:
            self._save_failure = error.text()
            self._show_save_state()
            return False
        self._version = row.version
        self._saved_terms = terms
        self._stored_terms = storable
        self._edited = True
        self._save_failure = ""
        self._saved_at = datetime.now()
        self._show_save_state()
        self.saved.emit(self._scoping_id)
        return True

    def _on_conflict(self, error: ConflictError) -> bool:
        """Someone saved this draft elsewhere meanwhile (another window)."""
        self._save_failure = error.text()
        self._show_save_state()
        if self._closing or self._scoping_id is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Draft changed elsewhere"))
        box.setText(error.text())
        box.setInformativeText(
            self.tr(
                "Keep mine saves what this window shows over the other changes; Reload shows "
                "the other version."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Reset)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Keep mine"))
        box.button(QMessageBox.StandardButton.Reset).setText(self.tr("Reload"))
        answer = box.exec()
        stored = scoping_service.load_version(self.db, self._scoping_id)
        self._version = stored.version
        if answer == QMessageBox.StandardButton.Reset:
            self._load(stored.terms, saved=True)
            self._save_failure = ""
            self._show_save_state()
            return True
        return self.save_now()

    def _show_save_state(self, *, pending: bool = False) -> None:
        if self._is_signed:
            text = self.tr("Signed: this version can no longer change.")
        elif self._scoping_id is None:
            text = self.tr("The draft is saved from the next page on.")
        elif self._save_failure:
            text = self._save_failure
        elif pending:
            text = self.tr("Saving…")
        elif self._saved_at is not None:
            text = arg(self.tr("Draft saved at %1."), self._saved_at.strftime("%H:%M"))
        else:
            text = self.tr("Draft saved.")
        self.save_label.setText(text)

    def done(self, result: int) -> None:
        self._closing = True
        self._timer.stop()
        self.save_now()
        self._discard_if_untouched()
        if self._engagement_id is not None and _open_wizards.get(self._engagement_id) is self:
            del _open_wizards[self._engagement_id]
        super().done(result)

    def _discard_if_untouched(self) -> None:
        """A draft opened here and never changed is dropped: nothing to resume later."""
        if not self._created_here or self._edited or self._is_signed or self._scoping_id is None:
            return
        try:
            scoping_service.discard_draft(self.db, self._scoping_id)
        except DomainError:
            log.warning("could not drop the untouched scoping draft %s", self._scoping_id)
            return
        self._scoping_id = None

    # -- signing --------------------------------------------------------------------------------

    @Slot(str)
    def draw_signature(self, party: str) -> None:
        page = self.review_page
        slot = page.consultant_slot if party == "consultant" else page.client_slot
        signer = (
            page.consultant_edit.text().strip()
            if party == "consultant"
            else page.client_edit.text().strip()
        ) or (self.tr("The consultant") if party == "consultant" else self.tr("The client"))
        drawn = SignatureDialog.get_signature(signer, self, existing=slot.signature)
        if drawn is not None:
            slot.set_signature(drawn)

    def sign(self) -> bool:
        """Sign the draft for good, with the signatures drawn (or none, for ink)."""
        if self._scoping_id is None or self._is_signed:
            return False
        blocking = errors(validate(self._terms, signing=True))
        if blocking:
            self._refresh_review(self._terms)
            return False
        page = self.review_page
        drawn = [
            slot.signature for slot in (page.consultant_slot, page.client_slot) if slot.signature
        ]
        question = (
            self.tr("Both signatures are drawn.")
            if len(drawn) == 2
            else self.tr("The missing signatures will be made in ink on the printed copy.")
        )
        if not messages.confirm(
            self,
            self.tr("Sign the scoping"),
            arg(
                self.tr("Sign version %1 of %2? Once signed, it can never be changed."),
                self._number,
                self._reference,
            ),
            question,
        ):
            return False
        if not self.save_now():
            return False
        terms = self._terms
        assert terms.sign_date is not None
        try:
            row = scoping_service.sign(
                self.db,
                self._scoping_id,
                consultant_signature_json=_json(page.consultant_slot.signature),
                client_signature_json=_json(page.client_slot.signature),
                sign_place=terms.sign_place,
                sign_date=terms.sign_date,
                expected_version=self._version,
            )
        except ScopingValidationError as error:
            page.show_review(list(error.issues), [])
            return False
        except (ConflictError, SignedVersionError) as error:
            messages.show_error(self, self.windowTitle(), error.text())
            return False
        self._is_signed = True
        self._version = row.version
        self._show_save_state()
        self._layout_buttons(review=True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.steps.setEnabled(False)
        page.show_signed(self._number, signed_on_text(terms.sign_date))
        page.set_heading(dataclasses.replace(self._heading(), editable=False))
        page.show_summary(terms)
        print_button = self.button(QWizard.WizardButton.CustomButton1)
        if isinstance(print_button, QPushButton):
            print_button.setDefault(True)
        self.signed.emit(self._scoping_id)
        return True

    # -- printing --------------------------------------------------------------------------------

    @Slot()
    def print_contract(self, scoping_id: int | None = None) -> PdfPreviewDialog | None:
        """Preview the contract (this version, or ``scoping_id``), with Save and Print; each
        save goes through the document register."""
        target = scoping_id if scoping_id is not None else self._scoping_id
        if target is None:
            return None
        if target == self._scoping_id:
            self.save_now()
        if not ask_for_profile(self.db, self):
            return None
        try:
            rendered = contract_printing.render_contract_for(self.db, target)
        except DomainError as error:
            messages.show_error(self, self.tr("Print"), error.text())
            return None

        def saver(path: Path) -> Path:
            # Every save is registered (fingerprint, version), a signed file never overwritten.
            registered = contract_printing.save_contract(
                self.db, target, rendered.language, target=path, rendered=rendered
            )
            return registered.path

        dialog = PdfPreviewDialog(
            rendered.pdf,
            rendered.suggested_name,
            self,
            title=arg(self.tr("Scoping contract — %1"), rendered.suggested_name),
            saver=saver,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()
        return dialog

    @Slot()
    def print_signed_version(self) -> None:
        if self._engagement_id is None:
            return
        signed = [v for v in scoping_service.versions(self.db, self._engagement_id) if v.is_signed]
        if signed:
            self.print_contract(signed[-1].id)

    @Slot(int)
    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.print_contract()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.sign()

    # -- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        engagement = " — ".join(part for part in (self._reference, self._title) if part)
        if self._engagement_id is None:
            title = self.tr("New scoping")
        elif self._number > 1:
            title = arg(self.tr("Amendment No. %1 — %2"), self._number, engagement)
        else:
            title = arg(self.tr("Scoping — %1"), engagement)
        self.setWindowTitle(title)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Print…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Si&gn…"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.setToolTip(self.tr("Close the wizard; the draft is saved and can be resumed."))
        self.button(QWizard.WizardButton.FinishButton).setToolTip(cancel.toolTip())
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Preview the contract, then save or print it.")
        )
        self.steps.retranslate()
        self._show_save_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Messages and the summary come from the domain, in its language: ask again.
            QTimer.singleShot(0, self._refresh_language)
        super().changeEvent(event)

    @Slot()
    def _refresh_language(self) -> None:
        if self._is_signed:
            return
        self._refresh()
        self.review_page.show_summary(self._terms)


def _json(signature: Signature | None) -> str | None:
    return signature.to_json() if signature is not None else None


def open_scoping_wizard(
    db: Database,
    parent: QWidget | None = None,
    engagement_id: int | None = None,
    *,
    ask: bool = True,
) -> ScopingWizard:
    """Open the wizard on an engagement (None: page 1 creates one) and show it.

    A wizard already open on that engagement is brought forward. When the engagement has a
    draft, the user is asked whether to resume it or start over (``ask=False`` resumes).
    """
    if engagement_id is not None:
        existing = _open_wizards.get(engagement_id)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        draft = scoping_service.current_draft(db, engagement_id)
        if draft is not None and ask and ask_resume(parent, draft) is ResumeChoice.START_OVER:
            scoping_service.discard_draft(db, draft.id)
    wizard = ScopingWizard(db, engagement_id, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def offer_drafts(db: Database, parent: QWidget | None = None) -> DraftsDialog | None:
    """At start: when scoping drafts were left open, list them and offer to resume one.
    Returns the dialog (already shown, not blocking), or None when there is no draft."""
    drafts = scoping_service.drafts_in_progress(db)
    if not drafts:
        return None
    dialog = DraftsDialog(drafts, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(
        lambda engagement_id: open_scoping_wizard(db, parent, engagement_id, ask=False)
    )
    dialog.open()
    return dialog
