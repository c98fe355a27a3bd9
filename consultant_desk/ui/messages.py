"""The few message boxes the pages and dialogs share; kept here so tests can stand in for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from consultant_desk.domain.errors import ConflictError


def confirm(parent: QWidget | None, title: str, text: str, informative: str = "") -> bool:
    """A Yes/No question whose safe answer, No, is the default."""
    if informative:
        text = f"{text}\n\n{informative}"
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_reload(parent: QWidget | None, error: ConflictError) -> bool:
    """Someone saved the record meanwhile: reload it (losing the edits) or keep editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "Changed elsewhere"))
    box.setText(error.text())
    box.setInformativeText(
        QCoreApplication.translate(
            "messages",
            "Reload shows the saved version and drops your changes; "
            "Keep editing lets you copy what you typed first.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("messages", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("messages", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
