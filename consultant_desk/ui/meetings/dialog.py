"""Record a meeting with the client, sign it on screen and print its report.

The dialog opens without blocking the rest of the application (``open()``) and stays open
after Save, since signing and printing usually follow. Everything typed is kept in a draft
file a moment after each change (see ``drafts``), offered back if the dialog was closed
without saving or the application stopped; the draft goes once the meeting is saved.

A meeting signed by either party is shown read-only: the services refuse to change a report
someone signed, and the dialog says so before anyone types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from consultant_desk.domain.enums import EpisodeCategory, EpisodeStage
from consultant_desk.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature
from consultant_desk.services import clients as client_service
from consultant_desk.services import engagements as engagement_service
from consultant_desk.services import meetings as meeting_service
from consultant_desk.services.meeting_list import EpisodeChoice, episode_choices
from consultant_desk.services.meetings import MeetingData, MeetingRow
from consultant_desk.services.profile import get_profile
from consultant_desk.store.database import Database
from consultant_desk.store.location import documents_dir
from consultant_desk.ui import messages
from consultant_desk.ui.formatting import arg, format_date, from_qdate
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.meetings import prompts
from consultant_desk.ui.meetings.drafts import Draft, DraftStore
from consultant_desk.ui.meetings.fields import MeetingFields
from consultant_desk.ui.meetings.form_state import ActionLine, AttendeeLine, MeetingForm
from consultant_desk.ui.meetings.rows_editor import RowsEditor
from consultant_desk.ui.meetings.when import (
    format_local_datetime,
    format_local_time,
    to_local_qdatetime,
)
from consultant_desk.ui.profile_dialog import ask_for_profile
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.signature_pad import SignatureDialog

if TYPE_CHECKING:
    from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog

# A draft is written this long after the last change: often enough that a crash loses a few
# words at most, seldom enough not to write on every key.
AUTOSAVE_MS = 800
# Any valid instant: checking one attendee or action row against the service's rules needs a
# whole MeetingData around it.
_CHECK_TIME = datetime(2000, 1, 1, tzinfo=UTC)

BANNER_STYLE = """
QLabel#signedBanner {
    color: #1b4332; background: #e3f2e8; border: 1px solid #b7dcc4; border-radius: 4px;
    padding: 8px 10px;
}
"""

L = TypeVar("L", AttendeeLine, ActionLine)


def _now_rounded() -> datetime:
    """Now, to the previous quarter of an hour: meetings start on the quarter."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    return now.replace(minute=now.minute - now.minute % 15)


def _check_attendee(line: AttendeeLine) -> None:
    MeetingData(engagement_id=0, held_at=_CHECK_TIME, attendees=(line.to_data(),)).cleaned()


def _check_action(line: ActionLine) -> None:
    MeetingData(engagement_id=0, held_at=_CHECK_TIME, action_items=(line.to_data(),)).cleaned()


def first_failing_row(
    lines: Sequence[tuple[int, L]], field: str, check: Callable[[L], None]
) -> int | None:
    """The table row of the first line the service's rule refuses on ``field`` (the service
    names the field of a repeated item, not its row)."""
    for row, line in lines:
        if line.is_blank():
            continue
        try:
            check(line)
        except ValidationError as error:
            if error.field == field:
                return row
    return None


def _signature(stored: str | None) -> Signature | None:
    return Signature.from_json(stored) if stored else None


class MeetingDialog(RecordDialog):
    # The path of a PDF saved (and registered) from the preview.
    document_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        *,
        engagement_id: int | None = None,
        parent: QWidget | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._version: int | None = None
        self._consultant_signature: Signature | None = None
        self._client_signature: Signature | None = None
        self._reference = ""
        self._client_name = ""
        self._client_language = Language.FR.value
        self._episodes: dict[int, EpisodeChoice] = {}
        self._loading = False
        self._read_only = False
        self._status: tuple[str, datetime | None, str] = ("", None, "")
        self._drafts = drafts if drafts is not None else DraftStore()
        self._draft_path = self._drafts.path_for(meeting_id, engagement_id)
        self._pending_draft: Draft | None = None
        self._draft_offered = False
        self.preview_dialog: PdfPreviewDialog | None = None

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)

        self._build()
        self.resize(960, 740)
        self._loading = True
        try:
            if meeting_id is None:
                self._fill_engagements(engagement_id)
                self.fields.select_engagement(engagement_id)
                self._engagement_changed(prefill=True)
                self.fields.set_held_at(_now_rounded())
                self.fields.consultant_signer_edit.setText(get_profile(db).name)
                self._clean = self.form()
            else:
                self._load(meeting_service.get_meeting(db, meeting_id))
        finally:
            self._loading = False
        self._find_draft(engagement_id)
        self.retranslate()
        if meeting_id is None and self.fields.engagement_combo.currentIndex() < 0:
            self.fields.engagement_combo.setFocus()
        else:
            self.fields.place_edit.setFocus()

    def _build(self) -> None:
        self.setStyleSheet(self.styleSheet() + BANNER_STYLE)
        self.banner = QLabel(self)
        self.banner.setObjectName("signedBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.fields = MeetingFields(self)
        self.fields.register_fields(self.errors)
        self.fields.changed.connect(self._on_changed)
        self.fields.engagement_combo.currentIndexChanged.connect(
            lambda _index: self._engagement_changed(prefill=self._meeting_id is None)
        )

        self.status_label = QLabel(self)
        mute(self.status_label)
        self.sign_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", None)
        for language in Language:
            self.language_combo.addItem("", language.value)
        self.language_label.setBuddy(self.language_combo)
        for button in (self.sign_button, self.preview_button):
            button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign)
        self.preview_button.clicked.connect(self.preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)

        # Signing and printing on the left, the record's own Save and Close on the right.
        bottom = QHBoxLayout()
        bottom.addWidget(self.sign_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language_combo)
        bottom.addWidget(self.preview_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.status_label)

        self.main_layout.addWidget(self.banner)
        self.main_layout.addWidget(self.fields, 1)
        self.main_layout.addWidget(self.errors.label)
        self.main_layout.addLayout(status_row)
        self.main_layout.addLayout(bottom)

    # -- the form --------------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def draft_path(self) -> Path:
        return self._draft_path

    def form(self, *, commit: bool = True) -> MeetingForm:
        return self.fields.form(commit=commit)

    def apply_form(self, form: MeetingForm) -> None:
        """Show ``form`` (a draft restored, a meeting loaded)."""
        was_loading = self._loading
        self._loading = True
        try:
            self._fill_engagements(form.engagement_id)
            self.fields.select_engagement(form.engagement_id)
            self._engagement_changed(prefill=False, episode_id=form.episode_id)
            self.fields.apply_form(form)
        finally:
            self._loading = was_loading

    def is_dirty(self, *, commit: bool = False) -> bool:
        """Whether the form differs from the meeting as last loaded or saved."""
        return not self._read_only and self.form(commit=commit) != self._clean

    def _load(self, meeting: MeetingRow) -> None:
        self._meeting_id = meeting.id
        self._version = meeting.version
        self._consultant_signature = _signature(meeting.consultant_signature)
        self._client_signature = _signature(meeting.client_signature)
        self.apply_form(MeetingForm.from_meeting(meeting))
        self._clean = self.form()
        self.fields.set_signatures(self._consultant_signature, self._client_signature)
        self._set_read_only(
            self._consultant_signature is not None or self._client_signature is not None
        )

    def reload(self) -> None:
        assert self._meeting_id is not None
        self._load(meeting_service.get_meeting(self._db, self._meeting_id))
        self.retranslate()

    # -- engagements and episodes ------------------------------------------------------------

    def _fill_engagements(self, current_id: int | None) -> None:
        """Active engagements, plus the one asked for even if it was archived since."""
        rows = engagement_service.list_engagements(self._db, include_archived=True)
        self.fields.set_engagements(
            [
                (row.id, f"{row.reference} — {row.title} · {row.client_name}")
                for row in rows
                if not row.archived or row.id == current_id
            ]
        )

    def _engagement_changed(self, *, prefill: bool, episode_id: int | None = None) -> None:
        """Episodes, client and signatory of the engagement now chosen."""
        engagement_id = self.fields.engagement_id()
        keep = episode_id if episode_id is not None else self.fields.episode_id()
        self._episodes = {}
        self._reference = self._client_name = ""
        if engagement_id is not None:
            try:
                engagement = engagement_service.get_engagement(self._db, engagement_id)
            except NotFoundError:
                engagement = None
            if engagement is not None:
                self._reference = engagement.reference
                self._client_name = engagement.client_name
                self._client_language = engagement.client_language
                self.fields.acknowledged_remarks.set_language(
                    Language.parse(engagement.client_language)
                )
                signer = self.fields.client_signer_edit
                if prefill and not signer.text().strip():
                    signer.setText(self._main_contact(engagement.client_id))
            self._episodes = {e.id: e for e in episode_choices(self._db, engagement_id)}
        self.fields.set_episodes(
            [(e.id, self._episode_label(e)) for e in self._episodes.values()], keep
        )
        self._retranslate_language_combo()

    def _main_contact(self, client_id: int) -> str:
        try:
            contacts = client_service.get_client(self._db, client_id).contacts
        except NotFoundError:
            return ""
        main = next((c for c in contacts if c.is_primary), contacts[0] if contacts else None)
        return main.name if main is not None else ""

    def _episode_label(self, episode: EpisodeChoice) -> str:
        try:
            category = EpisodeCategory(episode.category).label()
        except ValueError:
            category = episode.category
        try:
            stage = EpisodeStage(episode.stage).label()
        except ValueError:
            stage = episode.stage
        surfaced = format_date(from_qdate(to_local_qdatetime(episode.surfaced_at).date()))
        return f"{surfaced} — {category} ({stage})"

    # -- read-only when signed ------------------------------------------------------------------

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.fields.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        both = self._consultant_signature is not None and self._client_signature is not None
        self.sign_button.setEnabled(not both)
        self.banner.setVisible(read_only)
        if read_only:
            self._autosave.stop()

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> int:
        form = self.form()
        data = form.to_data()
        if self._meeting_id is None:
            meeting = meeting_service.create_meeting(self._db, data)
        else:
            meeting = meeting_service.update_meeting(
                self._db, self._meeting_id, data, expected_version=self._version
            )
        self._meeting_id = meeting.id
        self._version = meeting.version
        self._clean = form
        # Saved: the draft has done its job. Later changes go to this meeting's own draft.
        self._autosave.stop()
        self._drafts.delete(self._draft_path)
        self._draft_path = self._drafts.path_for(meeting.id, None)
        self._drafts.delete(self._draft_path)
        return meeting.id

    def attempt_save(self) -> bool:
        """Save through the services; on refusal, show why and keep everything typed."""
        self.errors.clear()
        try:
            record_id = self.save()
        except ValidationError as error:
            self.show_validation_error(error)
            return False
        except ConflictError as error:
            self.errors.show_message(error.text())
            if messages.ask_reload(self, error):
                self.reload()
                self.errors.show_message(self.tr("Reloaded: the form now shows the saved version."))
            return False
        except NotFoundError as error:
            # The meeting is gone (deleted elsewhere): the notes stay in the draft.
            self.write_draft()
            messages.show_error(self, self.windowTitle(), error.text())
            return False
        self.saved_id = record_id
        self._set_status("saved")
        self.retranslate()
        self.saved.emit(record_id)
        return True

    def accept(self) -> None:
        """Save and stay open: signing and printing usually come next."""
        if not self._read_only:
            self.attempt_save()

    def reject(self) -> None:
        if self.is_dirty(commit=True):
            choice = prompts.ask_close_unsaved(self)
            if choice is prompts.CloseChoice.CANCEL:
                return
            if choice is prompts.CloseChoice.SAVE and not self.attempt_save():
                return
            if choice is prompts.CloseChoice.KEEP_DRAFT:
                self.write_draft()
        saved = self.saved_id is not None
        self.done(QDialog.DialogCode.Accepted if saved else QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self._autosave.stop()
        if self._pending_draft is None and self.is_dirty():
            # However the dialog goes (Esc, the window closing), what was typed stays.
            self.write_draft()
        super().done(result)

    def show_validation_error(self, error: ValidationError) -> None:
        widget = self.errors.widget_for(error.field)
        if widget is not None:
            self.fields.reveal(widget)
        super().show_validation_error(error)
        editor: RowsEditor | None = None
        row: int | None = None
        column = 0
        if error.field.startswith("attendee."):
            attendees = self.fields.attendees
            editor = attendees
            row = first_failing_row(attendees.numbered_lines(), error.field, _check_attendee)
            column = attendees.FIELD_COLUMNS.get(error.field, 0)
        elif error.field.startswith("action."):
            actions = self.fields.action_items
            editor = actions
            row = first_failing_row(actions.numbered_lines(), error.field, _check_action)
            column = actions.FIELD_COLUMNS.get(error.field, 0)
        if editor is not None and row is not None:
            editor.focus_cell(row, column)
            self.errors.label.setText(arg(self.tr("%1 See line %2."), error.text(), row + 1))

    # -- drafts ----------------------------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        if self._loading or self._read_only:
            return
        if self._pending_draft is None:
            self._autosave.start()

    @Slot()
    def write_draft(self) -> None:
        """Keep the form in the draft file now (or drop the draft when nothing is unsaved)."""
        self._autosave.stop()
        if self._read_only or self._pending_draft is not None:
            return
        form = self.form(commit=False)
        try:
            if form == self._clean:
                self._drafts.delete(self._draft_path)
                return
            draft = self._drafts.write(
                self._draft_path, form, meeting_id=self._meeting_id, base_version=self._version
            )
        except OSError as error:
            self._set_status("draft_failed", detail=error.strerror or str(error))
            return
        self._set_status("draft", draft.saved_at)

    def _find_draft(self, engagement_id: int | None) -> None:
        if self._meeting_id is not None:
            draft = self._drafts.for_meeting(self._meeting_id)
        else:
            draft = self._drafts.for_new(engagement_id)
        if draft is None or self._read_only:
            return
        if draft.form == self._clean:
            self._drafts.delete(draft.path)
            return
        self._pending_draft = draft

    def has_pending_draft(self) -> bool:
        return self._pending_draft is not None

    def offer_draft(self) -> None:
        """Offer the unsaved changes found when the dialog opened, once."""
        draft = self._pending_draft
        if draft is None or self._draft_offered:
            return
        self._draft_offered = True
        informative = self.tr(
            "They were kept as a draft when this meeting was closed without being saved."
        )
        if draft.base_version is not None and draft.base_version != self._version:
            informative += " " + self.tr(
                "The meeting was saved again since: restoring puts the draft in the form, "
                "and nothing is saved until you press Save."
            )
        restore = prompts.ask_restore_draft(self, format_local_time(draft.saved_at), informative)
        self._pending_draft = None
        if restore:
            self.apply_form(draft.form)
            self._draft_path = draft.path
            self._set_status("restored", draft.saved_at)
        else:
            self._drafts.delete(draft.path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_draft is not None and not self._draft_offered:
            QTimer.singleShot(0, self.offer_draft)

    # -- signing ---------------------------------------------------------------------------------

    def _save_first(self) -> bool:
        """Signing and printing work on the stored meeting: store what is typed first."""
        if self._read_only or (self._meeting_id is not None and not self.is_dirty(commit=True)):
            return True
        return self.attempt_save()

    def _fill_signers(self) -> None:
        """Names under the signatures: the profile's and the client's main contact when left
        blank (they print under each signature and cannot change once signed)."""
        if self._read_only:
            return
        fields = self.fields
        if not fields.consultant_signer_edit.text().strip():
            fields.consultant_signer_edit.setText(get_profile(self._db).name)
        engagement_id = fields.engagement_id()
        if not fields.client_signer_edit.text().strip() and engagement_id is not None:
            try:
                client_id = engagement_service.get_engagement(self._db, engagement_id).client_id
            except NotFoundError:
                return
            fields.client_signer_edit.setText(self._main_contact(client_id))

    def _signer(self, typed: str, fallback: str) -> str:
        return typed.strip() or fallback

    @Slot()
    def sign(self) -> None:
        """The consultant signs, then the client; either may skip (a blank line for ink)."""
        self._fill_signers()
        if not self._save_first() or self._meeting_id is None:
            return
        first_time = self._consultant_signature is None and self._client_signature is None
        if first_time and not prompts.confirm_signing(self):
            return
        fields = self.fields
        consultant = self._consultant_signature or SignatureDialog.get_signature(
            self._signer(fields.consultant_signer_edit.text(), self.tr("The consultant")), self
        )
        client = self._client_signature or SignatureDialog.get_signature(
            self._signer(
                fields.client_signer_edit.text(), self._client_name or self.tr("The client")
            ),
            self,
        )
        if consultant is self._consultant_signature and client is self._client_signature:
            self._set_status("nothing_signed")
            return
        try:
            meeting = meeting_service.sign_meeting(
                self._db,
                self._meeting_id,
                consultant=consultant,
                client=client,
                expected_version=self._version,
            )
        except DomainError as error:
            messages.show_error(self, self.tr("Signing failed"), error.text())
            return
        self._load(meeting)
        self._set_status("signed")
        self.retranslate()
        self.saved_id = meeting.id
        self.saved.emit(meeting.id)

    # -- printing --------------------------------------------------------------------------------

    def document_language(self) -> Language | None:
        value = self.language_combo.currentData()
        return Language(value) if value else None

    @Slot()
    def preview(self) -> PdfPreviewDialog | None:
        """Render the saved meeting and show it; Save there writes and registers the PDF."""
        # Imported on first use: ReportLab and QtPdf, which opening the window or a meeting
        # does not need.
        from consultant_desk.services.printing import render_meeting, save_meeting_report
        from consultant_desk.services.register import safe_file_part
        from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog

        if not self._save_first():
            return None
        meeting_id = self._meeting_id
        if meeting_id is None or not ask_for_profile(self._db, self):
            return None
        try:
            with prompts.busy():
                rendered = render_meeting(self._db, meeting_id, self.document_language())
        except DomainError as error:
            messages.show_error(self, self.tr("Preview failed"), error.text())
            return None

        def saver(target: Path) -> Path:
            with prompts.busy():
                registered = save_meeting_report(
                    self._db, meeting_id, target=target, rendered=rendered
                )
            return registered.path

        folder = documents_dir() / safe_file_part(self._reference or "documents")
        dialog = PdfPreviewDialog(
            rendered.pdf, rendered.suggested_name, self, saver=saver, save_dir=folder
        )
        dialog.saved.connect(self.document_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    # -- status and texts ------------------------------------------------------------------------

    def _set_status(self, key: str, when: datetime | None = None, *, detail: str = "") -> None:
        self._status = (key, when, detail)
        self._show_status()

    def _show_status(self) -> None:
        key, when, detail = self._status
        time = format_local_time(when or datetime.now(UTC))
        texts = {
            "saved": arg(self.tr("Saved at %1."), time),
            "draft": arg(self.tr("Not saved yet — draft kept at %1."), time),
            "restored": arg(self.tr("Draft of %1 restored — not saved yet."), time),
            "draft_failed": arg(self.tr("The draft could not be written: %1"), detail),
            "signed": self.tr("Signed. The report can no longer be changed."),
            "nothing_signed": self.tr(
                "Nothing was signed: the printed report keeps blank lines to sign in ink."
            ),
        }
        self.status_label.setText(texts.get(key, ""))

    def _retranslate_language_combo(self) -> None:
        # The combo ends the sentence "Report in …".
        names = {"fr": self.tr("French", "report in"), "en": self.tr("English", "report in")}
        client = names.get(self._client_language, self._client_language)
        self.language_combo.setItemText(0, arg(self.tr("the client’s language (%1)"), client))
        for index in range(1, self.language_combo.count()):
            code = str(self.language_combo.itemData(index))
            self.language_combo.setItemText(index, names.get(code, code))

    def retranslate(self) -> None:
        if self._meeting_id is None:
            self.setWindowTitle(self.tr("New meeting"))
        else:
            title = arg(self.tr("Meeting of %1"), format_local_datetime(self.fields.held_at()))
            if self._reference:
                title += f" — {self._reference}"
            self.setWindowTitle(title)
        self.save_button.setText(self.tr("Save"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("Close"))
        self.sign_button.setText(self.tr("Si&gn…"))
        self.sign_button.setToolTip(
            self.tr("The consultant, then the client, sign on screen; each may skip")
        )
        self.preview_button.setText(self.tr("&Preview PDF…"))
        self.preview_button.setToolTip(
            self.tr("See the meeting report as it will print, then save or print it")
        )
        self.language_label.setText(self.tr("Report in"))
        self.language_combo.setToolTip(self.tr("The language the meeting report is written in"))
        self.banner.setText(
            self.tr(
                "This meeting report is signed: it can no longer be changed. "
                "You can still preview, save and print it."
            )
        )
        for index in range(1, self.fields.episode_combo.count()):
            episode = self._episodes.get(int(self.fields.episode_combo.itemData(index)))
            if episode is not None:
                self.fields.episode_combo.setItemText(index, self._episode_label(episode))
        self._retranslate_language_combo()
        self._show_status()
