"""The questions the meeting dialog asks, in one place so that tests can answer them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consultant_desk.ui.formatting import arg

translate = QCoreApplication.translate


class CloseChoice(Enum):
    SAVE = "save"
    KEEP_DRAFT = "keep_draft"
    CANCEL = "cancel"


def ask_restore_draft(parent: QWidget | None, when: str, informative: str) -> bool:
    """Restore the draft kept at ``when`` (True) or discard it (False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MeetingPrompts", "Unsaved changes"))
    box.setText(arg(translate("MeetingPrompts", "Restore unsaved changes from %1?"), when))
    box.setInformativeText(informative)
    restore = box.addButton(
        translate("MeetingPrompts", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        translate("MeetingPrompts", "Discard them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_close_unsaved(parent: QWidget | None) -> CloseChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MeetingPrompts", "Unsaved changes"))
    box.setText(translate("MeetingPrompts", "Save this meeting before closing?"))
    box.setInformativeText(
        translate(
            "MeetingPrompts",
            "If you close without saving, nothing is lost: your notes stay in a draft that "
            "is offered the next time you open this meeting.",
        )
    )
    save = box.addButton(translate("MeetingPrompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        translate("MeetingPrompts", "Close, keep the draft"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(translate("MeetingPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return CloseChoice.SAVE
    if clicked is keep:
        return CloseChoice.KEEP_DRAFT
    return CloseChoice.CANCEL


def confirm_signing(parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MeetingPrompts", "Sign the meeting report"))
    box.setText(translate("MeetingPrompts", "Once signed, the report can no longer be changed."))
    box.setInformativeText(
        translate(
            "MeetingPrompts",
            "The consultant signs first, then the client. Either may skip: the printed "
            "report then keeps a blank line to sign in ink.",
        )
    )
    sign = box.addButton(translate("MeetingPrompts", "Sign now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MeetingPrompts", "Not yet"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(sign)
    box.exec()
    return box.clickedButton() is sign


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for work that takes a noticeable moment (rendering a long report)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
