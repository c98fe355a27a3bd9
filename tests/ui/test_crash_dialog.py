from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from consultant_desk.logging_setup import configure_logging, log_file_path
from consultant_desk.ui.crash_dialog import ExceptHook


@pytest.fixture
def logged() -> None:
    configure_logging()


@pytest.mark.usefixtures("logged")
def test_an_unexpected_error_is_logged_and_shown_calmly(qtbot: QtBot) -> None:
    window = QWidget()
    typed = QLineEdit(window)
    typed.setText("Ce que le client a dit, mot pour mot")
    qtbot.addWidget(window)
    hook = ExceptHook(window)
    client_words = typed.text().replace("Ce que le client a dit", "Dupont")
    try:
        raise RuntimeError(client_words)
    except RuntimeError as error:
        hook(type(error), error, error.__traceback__)
    box = hook.last_box
    assert box is not None
    assert "Nothing you typed has been lost" in box.text()
    assert log_file_path() in box.informativeText()
    assert "RuntimeError" in box.informativeText()
    # The message names the error kind only: client data stays out of the dialog.
    assert "Dupont" not in box.text() + box.informativeText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = Path(log_file_path()).read_text(encoding="utf-8")
    assert "Traceback" in log_text and "RuntimeError" in log_text
    assert "test_crash_dialog.py" in log_text
    assert "Dupont" not in log_text
    assert typed.text() == "Ce que le client a dit, mot pour mot"
    # A second error while the dialog is open is logged but does not stack a second dialog.
    hook(ValueError, ValueError("again"), None)
    assert hook.last_box is box
    box.done(0)
    assert not hook.showing
