"""What every UI test shares: the offscreen platform, chosen before Qt starts; English as the
interface language; meeting questions that never block; and the real main window."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.store.database import Database
from consultant_desk.ui.main_window import MainWindow
from tests.ui.meetings.test_fixtures import answer_prompts
from tests.ui.ui_support import OpenWindow, ui_language

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in English, whatever language the machine speaks."""
    with ui_language(Language.EN):
        yield


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """No question of the meeting dialog may block a test: closing an unsaved dialog keeps its
    draft. Returns what was asked; a test wanting other answers calls ``answer_prompts``."""
    return answer_prompts(monkeypatch)


@pytest.fixture
def open_window(qtbot: QtBot) -> OpenWindow:
    """Opens the real main window on a database, shown and active (window shortcuts only
    fire in the active window)."""

    def open_on(db: Database) -> MainWindow:
        window = MainWindow(db)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return open_on
