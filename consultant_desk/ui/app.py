"""The GUI entry point called by the command line: ``run_gui(db, argv)``."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from consultant_desk import APP_ID, APP_NAME, __version__
from consultant_desk.store.database import Database
from consultant_desk.ui import i18n
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.resources import icon
from consultant_desk.ui.settings import open_settings

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, named so that Qt's own paths and the About box know who we are."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scaling (125 %, 150 %) as the system asks; only settable before start.
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    return app


def run_gui(db: Database, argv: list[str]) -> int:
    app = create_application(argv)
    settings = open_settings()
    i18n.apply_language(i18n.resolve(i18n.configured_choice(settings)))
    window = MainWindow(db, settings)
    _install_excepthook(window)
    window.show()
    return app.exec()


def _install_excepthook(window: MainWindow) -> None:
    """An error in a slot would otherwise only reach the terminal the user never sees: log it
    with its traceback and tell the user in one sentence; the application keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error: %s", "".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "app", "Something went wrong: %1\nThe details are in the log file."
            ).replace("%1", f"{type(error).__name__}: {error}"),
        )

    sys.excepthook = hook
