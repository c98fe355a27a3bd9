"""Small visual conventions shared by the pages: muted hint text, larger headings."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def mute(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, readable in light and dark themes.

    (A disabled label would look the same but would be skipped by screen readers.)
    """
    palette = widget.palette()
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def enlarge_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
