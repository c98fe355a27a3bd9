from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientRow, list_clients
from consultant_desk.store.database import Database
from consultant_desk.ui.clients.model import (
    COL_EMAIL,
    COL_ENGAGEMENTS,
    COL_LANGUAGE,
    COL_NAME,
    COL_PHONE,
    ClientTableModel,
)
from consultant_desk.ui.framework.record_filter import RecordFilterProxy
from tests.ui.ui_support import add_client, add_engagement, column_texts, ui_language


def client(ident: int, name: str, language: str, email: str, phone: str, count: int) -> ClientRow:
    return ClientRow(
        id=ident,
        name=name,
        language=language,
        email=email,
        phone=phone,
        engagements=count,
        archived=False,
        version=1,
    )


ROWS = [
    client(1, "Boulangerie Lefèvre", "fr", "contact@lefevre.fr", "02 99 45 12 30", 3),
    client(2, "Thornbury Logistics", "en", "ops@thornbury.co.uk", "+44 20 7946 0958", 12),
    client(3, "Œnologie Conseil", "fr", "", "05 57 11 22 33", 0),
]


def make() -> tuple[ClientTableModel, RecordFilterProxy]:
    model = ClientTableModel()
    model.set_rows(ROWS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_models_pass_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = make()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_columns_show_names_languages_and_counts() -> None:
    model, _proxy = make()
    assert model.headerData(COL_ENGAGEMENTS, Qt.Orientation.Horizontal) == "Engagements"
    assert column_texts(model, COL_LANGUAGE) == ["French", "English", "French"]
    assert column_texts(model, COL_ENGAGEMENTS) == ["3", "12", "0"]
    alignment = model.index(0, COL_ENGAGEMENTS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    with ui_language(Language.FR):
        model.retranslate()
        assert column_texts(model, COL_LANGUAGE) == ["Français", "Anglais", "Français"]
        assert model.headerData(COL_ENGAGEMENTS, Qt.Orientation.Horizontal) == "Missions"


def test_counts_sort_as_numbers_and_names_without_ligature_trouble() -> None:
    _model, proxy = make()
    proxy.sort(COL_ENGAGEMENTS, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, COL_ENGAGEMENTS) == ["12", "3", "0"]
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, COL_NAME) == [
        "Boulangerie Lefèvre",
        "Œnologie Conseil",
        "Thornbury Logistics",
    ]


def test_phone_numbers_sort_on_their_digits() -> None:
    _model, proxy = make()
    proxy.sort(COL_PHONE, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, COL_PHONE)[0] == "02 99 45 12 30"


def test_search_looks_at_name_email_and_phone() -> None:
    _model, proxy = make()
    proxy.set_search_text("oenologie")
    assert column_texts(proxy, COL_NAME) == ["Œnologie Conseil"]
    proxy.set_search_text("thornbury.co.uk")
    assert column_texts(proxy, COL_NAME) == ["Thornbury Logistics"]
    proxy.set_search_text("7946")
    assert column_texts(proxy, COL_EMAIL) == ["ops@thornbury.co.uk"]
    proxy.set_search_text("english")  # the language column is not searched
    assert proxy.rowCount() == 0


def test_model_shows_what_the_service_lists(db: Database) -> None:
    lefevre = add_client(db, "Boulangerie Lefèvre", email="contact@lefevre.fr")
    add_client(db, "Acme", language="en")
    add_engagement(db, lefevre, "M-2026-001", "Audit")
    model = ClientTableModel()
    model.set_rows(list_clients(db))
    assert column_texts(model, COL_NAME) == ["Acme", "Boulangerie Lefèvre"]
    assert column_texts(model, COL_ENGAGEMENTS) == ["0", "1"]
