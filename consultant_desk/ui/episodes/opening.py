"""Opens the episode screens over whatever shows episodes, and tells it when one changed.

One window per episode: opening an episode already open brings its window to the front
rather than a second copy that would refuse the first one's saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from consultant_desk.store.database import Database
from consultant_desk.ui.episodes.episode_view import EpisodeWindow
from consultant_desk.ui.episodes.quick_log import QuickLogDialog


class EpisodeOpener(QObject):
    # An episode was logged or changed through one of the screens opened here.
    changed = Signal(int)

    def __init__(
        self,
        db: Database,
        owner: QWidget,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(owner)
        self._db = db
        self._owner = owner
        self._settings = settings
        self._today = today
        self._windows: dict[int, EpisodeWindow] = {}

    def _parent(self) -> QWidget:
        return self._owner.window()

    def quick_log(self, engagement_id: int | None = None) -> QuickLogDialog:
        dialog = QuickLogDialog(
            self._db, engagement_id=engagement_id, settings=self._settings, parent=self._parent()
        )
        dialog.saved.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_facts(self, episode_id: int) -> QuickLogDialog:
        dialog = QuickLogDialog(
            self._db, episode_id, settings=self._settings, parent=self._parent()
        )
        dialog.saved.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_episode(self, episode_id: int) -> EpisodeWindow:
        window = self._windows.get(episode_id)
        if window is not None:
            window.refresh()
            window.show()
            window.raise_()
            window.activateWindow()
            return window
        window = EpisodeWindow(
            self._db,
            episode_id,
            settings=self._settings,
            today=self._today,
            parent=self._parent(),
        )
        window.changed.connect(self.changed)
        window.finished.connect(lambda _result, ident=episode_id: self._forget(ident))
        self._windows[episode_id] = window
        window.show()
        return window

    def open_windows(self) -> list[EpisodeWindow]:
        return list(self._windows.values())

    def _forget(self, episode_id: int) -> None:
        window = self._windows.pop(episode_id, None)
        if window is not None:
            window.deleteLater()
