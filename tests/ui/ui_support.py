"""Helpers shared by the UI tests: language switching and records made through the services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientData, ContactData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.store.database import Database
from consultant_desk.ui import i18n
from consultant_desk.ui.main_window import MainWindow

# The ``open_window`` fixture of tests/ui/conftest.py.
OpenWindow = Callable[[Database], MainWindow]


@contextmanager
def ui_language(language: Language) -> Iterator[None]:
    """Speak ``language`` inside the block, English again after it (needs a QApplication)."""
    i18n.apply_language(language)
    try:
        yield
    finally:
        i18n.apply_language(Language.EN)


def add_client(db: Database, name: str, *, contacts: list[str] | None = None, **fields: str) -> int:
    data = ClientData(name=name, **fields)
    people = [ContactData(name=person) for person in contacts or []]
    return create_client(db, data, people).id


def add_engagement(
    db: Database,
    client_id: int,
    reference: str,
    title: str,
    *,
    status: str = "active",
    start: date | None = None,
    end: date | None = None,
    summary: str = "",
) -> int:
    data = EngagementData(
        client_id=client_id,
        reference=reference,
        title=title,
        status=status,
        start_date=start,
        end_date=end,
        summary=summary,
    )
    return create_engagement(db, data).id


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included: QTest.keyClicks only knows ASCII."""
    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )
