"""Remember where a window was, and never bring it back somewhere the user cannot see it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

# How much of the title bar must be on a screen for the user to grab the window.
_MIN_VISIBLE_WIDTH = 120
_TITLE_BAR_HEIGHT = 32


def save_window(settings: QSettings, name: str, window: QWidget) -> None:
    settings.setValue(f"windows/{name}/geometry", window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.setValue(f"windows/{name}/state", window.saveState())


def restore_window(settings: QSettings, name: str, window: QWidget, default: QSize) -> None:
    geometry = settings.value(f"windows/{name}/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        _place_default(window, default)
    if isinstance(window, QMainWindow):
        state = settings.value(f"windows/{name}/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move a window whose title bar is off every screen (a monitor unplugged since) back
    to the primary screen, shrinking it to fit if needed."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    title_bar = QRect(frame.left(), frame.top(), frame.width(), _TITLE_BAR_HEIGHT)
    for screen in QGuiApplication.screens():
        visible = screen.availableGeometry().intersected(title_bar)
        if visible.width() >= min(_MIN_VISIBLE_WIDTH, frame.width()) and visible.height() > 0:
            return
    _place_default(window, window.size())


def _place_default(window: QWidget, size: QSize) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(size)
        return
    available = screen.availableGeometry()
    width = min(size.width(), available.width())
    height = min(size.height(), available.height())
    window.resize(width, height)
    window.move(
        available.left() + (available.width() - width) // 2,
        available.top() + (available.height() - height) // 2,
    )
