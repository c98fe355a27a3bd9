"""The Meetings icon, drawn like the shipped ones (24 × 24, 1.8 px slate line).

It is kept here as text, so that it travels with the package; a ``meetings.svg`` in
``resources/icons/`` takes precedence once that folder has one.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from consultant_desk.ui.resources import icon as shipped_icon

MEETINGS_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"
 viewBox="0 0 24 24" fill="none" stroke="#4f6272" stroke-width="1.8"
 stroke-linecap="round" stroke-linejoin="round">
  <circle cx="8" cy="8" r="3"/>
  <path d="M2.5 19.5v-.5a4.5 4.5 0 0 1 4.5-4.5h2a4.5 4.5 0 0 1 4.5 4.5v.5"/>
  <circle cx="16.5" cy="8.5" r="2.5"/>
  <path d="M15.5 14.5h1.5a4.5 4.5 0 0 1 4.5 4.5v.5"/>
</svg>"""


def _render(side: int) -> QPixmap:
    shipped = shipped_icon("meetings")
    if not shipped.isNull():
        return shipped.pixmap(QSize(side, side))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(MEETINGS_SVG)).render(painter)
    painter.end()
    return pixmap


@cache
def meetings_icon() -> QIcon:
    """With the white variant a selected navigation item shows, as ``navigation_icon``."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    result = QIcon()
    for side in (16, 20, 24, 32, 40, 48):
        pixmap = _render(side)
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
