"""The GUI entry point called by the command line: ``run_gui(db, argv)``.

The window is shown first; what can wait (the once-a-day backup, the reminder of the scoping
drafts left open) runs once it has painted, so that opening the application costs what the
first screen needs and no more.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from consultant_desk import APP_ID, APP_NAME, __version__
from consultant_desk.store.database import Database
from consultant_desk.ui import i18n
from consultant_desk.ui.crash_dialog import ExceptHook
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.resources import icon
from consultant_desk.ui.settings import open_settings

log = logging.getLogger(__name__)

# Set to "quit": the application prints "first paint" on stdout once its main window has
# painted, then quits when the start-up work that waits for that paint is done. This is how
# tests/benchmarks/bench_ui.py times the real command as a user starts it.
FIRST_PAINT_ENV = "CONSULTANT_DESK_FIRST_PAINT"


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


class AfterFirstPaint(QObject):
    """Runs ``work`` from the event loop once ``widget`` has painted for the first time.

    A paint of the top-level widget starts the pass that paints its children and shows the
    result, and a zero timer started from it fires after that pass: the work never delays what
    the user sees first.
    """

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._work)
        return False


def start_daily_backup(db: Database) -> threading.Thread:
    """The once-a-day copy of the database, made beside the running window.

    It copies the whole file (most of a second on a large database), so it runs in a thread of
    its own; SQLite's backup API copies a consistent snapshot while the window reads and
    writes. Not a daemon: quitting waits for a copy under way rather than leaving half of one.
    """
    from consultant_desk.services import backups

    def run() -> None:
        try:
            backups.daily_backup(db)
        except Exception as error:
            # A missed daily copy loses nothing; the next start makes one.
            log.warning("daily backup failed (%s)", type(error).__name__)

    thread = threading.Thread(target=run, name="daily-backup")
    thread.start()
    return thread


def run_gui(db: Database, argv: list[str]) -> int:
    app = create_application(argv)
    settings = open_settings()
    i18n.apply_language(i18n.resolve(i18n.configured_choice(settings)))
    window = MainWindow(db, settings)
    ExceptHook(window).install()
    quit_after_first_paint = os.environ.get(FIRST_PAINT_ENV) == "quit"

    def after_first_paint() -> None:
        if quit_after_first_paint:
            print("first paint", flush=True)
        start_daily_backup(db)
        # Imported now: the wizard brings ReportLab and QtPdf, which the first paint does not
        # need. Offered once the window is up, so the user sees where the drafts belong.
        from consultant_desk.ui.scoping_wizard.wizard import offer_drafts

        dialog = offer_drafts(db, window)
        if quit_after_first_paint:
            if dialog is not None:
                dialog.close()
            QTimer.singleShot(0, app.quit)

    AfterFirstPaint(window, after_first_paint)
    window.show()
    return app.exec()
