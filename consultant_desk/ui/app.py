"""The GUI entry point called by the command line: ``run_gui(db, argv)``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from consultant_desk import APP_ID, APP_NAME, __version__
from consultant_desk.store.database import Database
from consultant_desk.ui import i18n
from consultant_desk.ui.crash_dialog import ExceptHook
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.resources import icon
from consultant_desk.ui.scoping_wizard import offer_drafts
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
    ExceptHook(window).install()
    window.show()
    # Offered once the window is up, so the user sees where the drafts belong.
    QTimer.singleShot(0, lambda: offer_drafts(db, window))
    return app.exec()
