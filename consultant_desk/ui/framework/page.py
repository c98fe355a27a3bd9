"""A page of the main window, and the hooks the window's menus and status bar call on it.

Any QWidget can be a page (``MainWindow.add_page``); a :class:`Page` subclass also takes part
in the shared actions — Find, Edit, Archive, Refresh — and in the status bar, by overriding
the hooks below. The defaults say "not supported", and the window disables the action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    # Selection, counts or anything the window's actions and status bar reflect changed.
    state_changed = Signal()
    # This page wrote records of that kind ("client", "engagement"…); the window tells every
    # page, so that lists showing them reload.
    records_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False

    # -- hooks ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services (F5)."""

    def retranslate(self) -> None:
        """Set every visible text again; called on construction by subclasses and whenever
        the interface language changes."""

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box (Ctrl+F); False when it has none."""
        return False

    def can_edit(self) -> bool:
        return False

    def edit_selected(self) -> None:
        """Open the editor of the selected record (Return, F2, double-click)."""

    def can_archive(self) -> bool:
        return False

    def selection_archived(self) -> bool:
        """Whether the selection is archived: the Archive action becomes Restore."""
        return False

    def archive_selected(self) -> None:
        """Archive the selection after confirmation, or restore it when archived (Del)."""

    def status_text(self) -> str:
        return ""

    def save_state(self, settings: QSettings, prefix: str) -> None:
        """Remember splitter positions, column widths… under ``prefix``."""

    def restore_state(self, settings: QSettings, prefix: str) -> None:
        pass

    # -- change propagation -------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Reload when next shown."""
        self._stale = True

    def on_records_changed(self, kind: str) -> None:
        """Another page wrote ``kind`` records. Default: reload now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
