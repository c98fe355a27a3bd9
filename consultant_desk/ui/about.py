"""Help › About: the application, its version, and which database it is working on."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from consultant_desk import APP_NAME, __version__
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.resources import icon


class AboutBox(QMessageBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setIcon(QMessageBox.Icon.NoIcon)
        app_icon = icon("app")
        if not app_icon.isNull():
            self.setIconPixmap(app_icon.pixmap(64, 64))
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        version = arg(self.tr("Version %1"), __version__)
        tagline = self.tr("Scope missions, recover unhappy clients, print signed documents.")
        database = self.tr("Database:")
        versions = arg(
            self.tr("Qt %1, PySide %2, Python %3"),
            qVersion(),
            pyside_version,
            platform.python_version(),
        )
        self.setText(f"<h3>{escape(APP_NAME)}</h3><p>{escape(version)}</p><p>{escape(tagline)}</p>")
        # display_url masks any password in a PostgreSQL URL.
        self.setInformativeText(
            f"<p>{escape(database)}<br>{escape(self._db.display_url)}</p><p>{escape(versions)}</p>"
        )
