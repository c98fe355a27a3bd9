"""Where the UI finds its shipped files: icons and translations.

The top ``resources`` folder is located once, by the documents layer (it also knows the
PyInstaller layout); this module only names the sub-folders the UI reads.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from consultant_desk.documents.resources import resources_root


def translations_dir() -> Path:
    return resources_root() / "translations"


def icons_dir() -> Path:
    return resources_root() / "icons"


@cache
def icon(name: str) -> QIcon:
    """A shipped icon by file name without extension (``icon("clients")``); empty if missing.

    A missing icon must never stop the application, so it degrades to an empty QIcon.
    """
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def navigation_icon(name: str) -> QIcon:
    """The icon recoloured in the highlighted-text colour when its item is selected, so it
    stays as legible as the item's text on the highlight."""
    base = icon(name)
    if base.isNull():
        return base
    colour = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    result = QIcon()
    for side in (16, 20, 24, 32, 40, 48):
        pixmap = base.pixmap(QSize(side, side))
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        tinted = QPixmap(pixmap.size())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), colour)
        painter.end()
        result.addPixmap(tinted, QIcon.Mode.Selected)
    return result
