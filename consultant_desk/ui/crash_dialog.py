"""What the user sees when something unexpected breaks: a calm word, not a traceback.

The application keeps running and every open form keeps what was typed; the details go to
the log file, whose location the dialog gives so the user can send it to whoever helps them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from consultant_desk import APP_NAME
from consultant_desk.logging_setup import log_file_path, scrubbed_traceback

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """One line naming the error, without a traceback and without the user's data."""
    return type(error).__name__


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    log_path = log_file_path()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        QCoreApplication.translate(
            "crash_dialog", "Something unexpected happened. Nothing you typed has been lost."
        )
    )
    what_now = QCoreApplication.translate(
        "crash_dialog",
        "The action did not complete; open forms keep their content. You can go on working.",
    )
    where = QCoreApplication.translate(
        "crash_dialog", "Technical details (%1) were written to the log file:"
    ).replace("%1", describe(error))
    box.setInformativeText(f"{what_now}\n\n{where}\n{log_path}")
    open_button = box.addButton(
        QCoreApplication.translate("crash_dialog", "Open log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy_button = box.addButton(
        QCoreApplication.translate("crash_dialog", "Copy log path"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Ok)

    def clicked(button: object) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_path).parent)))
        elif button is copy_button:
            QGuiApplication.clipboard().setText(log_path)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


class ExceptHook:
    """Replaces ``sys.excepthook`` while the window lives: log, then tell the user."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.showing = False
        self.last_box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unexpected error:\n%s", scrubbed_traceback(error.with_traceback(tb)))
        if self.showing:
            # An error while the dialog is up must not stack dialogs on top of each other.
            return
        self.showing = True
        try:
            self.last_box = show_unexpected_error(self.window, error)
            self.last_box.finished.connect(self._closed)
        except Exception:
            self.showing = False
            log.exception("could not show the error dialog")

    def _closed(self) -> None:
        self.showing = False

    def install(self) -> None:
        sys.excepthook = self
