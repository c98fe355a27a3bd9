"""Drafts left open: the "resume?" question, and the list the application shows at start."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.services import scoping as scoping_service
from consultant_desk.services.scoping import DraftInfo, VersionInfo
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg, format_date


class ResumeChoice(Enum):
    RESUME = "resume"
    START_OVER = "start_over"


def saved_when(moment: datetime) -> str:
    """``4 Mar 2026, 14:32`` in the user's time zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return arg(
        QCoreApplication.translate("ScopingDrafts", "%1, %2"),
        format_date(local.date()),
        local.strftime("%H:%M"),
    )


def ask_resume(parent: QWidget | None, draft: VersionInfo) -> ResumeChoice:
    """ "Resume the draft from <date>?" Resume (the default, also on Esc) or Start over."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ScopingDrafts", "Draft in progress"))
    box.setText(
        arg(
            QCoreApplication.translate("ScopingDrafts", "Resume the draft from %1?"),
            saved_when(draft.updated_at),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ScopingDrafts",
            "Start over discards this draft and begins again from the last signed version, "
            "or from a blank scoping.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    resume = box.button(QMessageBox.StandardButton.Yes)
    resume.setText(QCoreApplication.translate("ScopingDrafts", "Resume"))
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("ScopingDrafts", "Start over")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Yes)
    answer = box.exec()
    box.deleteLater()
    if answer == QMessageBox.StandardButton.No:
        return ResumeChoice.START_OVER
    return ResumeChoice.RESUME


def drafts_to_resume(db: Database) -> list[DraftInfo]:
    """Every scoping draft left open, the most recent first (for a reminder at start)."""
    return scoping_service.drafts_in_progress(db)


def draft_label(draft: DraftInfo) -> str:
    what = (
        arg(QCoreApplication.translate("ScopingDrafts", "amendment No. %1"), draft.number)
        if draft.number > 1
        else QCoreApplication.translate("ScopingDrafts", "first scoping")
    )
    first = arg(
        QCoreApplication.translate("ScopingDrafts", "%1 — %2"), draft.reference, draft.title
    )
    second = arg(
        QCoreApplication.translate("ScopingDrafts", "%1 · %2, saved on %3"),
        draft.client_name,
        what,
        saved_when(draft.updated_at),
    )
    return f"{first}\n{second}"


class DraftsDialog(QDialog):
    """The drafts left open, to pick one up where it was left. ``chosen`` carries the
    engagement id; the caller opens the wizard on it."""

    chosen = Signal(int)

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = list(drafts)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for draft in self.drafts:
            item = QListWidgetItem(draft_label(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft.engagement_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(self)
        self.resume_button = QPushButton(self)
        self.buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = QPushButton(self)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scoping drafts in progress"))
        self.intro.setText(
            self.tr("These scopings were left unfinished. Pick one up where you left it?")
        )
        self.resume_button.setText(self.tr("Resume"))
        self.later_button.setText(self.tr("Later"))

    def selected_engagement(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def accept(self) -> None:
        engagement_id = self.selected_engagement()
        super().accept()
        if engagement_id is not None:
            self.chosen.emit(engagement_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
