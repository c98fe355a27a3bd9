from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.store.database import Database
from consultant_desk.ui import i18n, resources
from consultant_desk.ui.i18n import LanguageChoice
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.settings import LANGUAGE, open_settings, settings_file
from consultant_desk.ui.settings_dialog import SettingsDialog
from tests.ui.ui_support import OpenWindow, add_client, add_engagement

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def plain(title: str) -> str:
    return title.replace("&", "")


def test_switching_to_french_retranslates_the_open_window(
    qtbot: QtBot, open_window: OpenWindow, db: Database
) -> None:
    client = add_client(db, "Boulangerie Lefèvre")
    add_engagement(db, client, "M-2026-001", "Audit", status="active", start=date(2026, 3, 2))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert plain(window.menu("file").title()) == "File"

    loaded = i18n.apply_language(Language.FR)
    assert any(path.name == "consultant_desk_fr.qm" for path in loaded)
    assert any(path.name == "qtbase_fr.qm" for path in loaded)
    qtbot.waitUntil(lambda: plain(window.menu("file").title()) == "Fichier")

    assert plain(window.menu("edit").title()) == "Édition"
    assert window.nav.item(0).text() == "Missions"
    assert window.new_engagement_action.text() == "Nouvelle &mission…"
    assert window.status_label.text() == "1 mission"
    page = window.engagement_page
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Référence"
    assert page.model.index(0, 3).data() == "En cours"
    assert page.model.index(0, 4).data() == "2 mars 2026"
    assert page.show_archived.text() == "Afficher les archives"
    # Services speak the same language as the interface.
    assert current_language() is Language.FR
    assert ValidationError("client.name", "required").text() == (
        "Nom du client : ce champ est obligatoire."
    )
    # Qt's own strings come from qtbase_fr.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"

    i18n.apply_language(Language.EN)
    qtbot.waitUntil(lambda: plain(window.menu("file").title()) == "File")
    assert window.status_label.text() == "1 engagement"
    assert current_language() is Language.EN


def test_the_settings_dialog_saves_and_applies_the_language(qtbot: QtBot) -> None:
    settings = open_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.choice() is LanguageChoice.AUTO
    dialog.set_choice(LanguageChoice.FR)
    dialog.accept()
    assert LANGUAGE.read(open_settings()) == "fr"
    assert i18n.current_ui_language() is Language.FR
    assert QLocale().language() == QLocale.Language.French
    assert settings_file().is_file()


def test_the_saved_choice_is_resolved_at_start() -> None:
    settings = open_settings()
    assert i18n.configured_choice(settings) is LanguageChoice.AUTO
    i18n.save_choice(settings, LanguageChoice.EN)
    assert i18n.resolve(i18n.configured_choice(settings)) is Language.EN
    settings.setValue(LANGUAGE.key, "klingon")
    assert i18n.configured_choice(settings) is LanguageChoice.AUTO
    assert i18n.resolve(LanguageChoice.AUTO) in (Language.FR, Language.EN)


def test_every_catalog_of_a_language_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = resources.translations_dir() / "consultant_desk_fr.qm"
    for name in ("consultant_desk_fr.qm", "meetings_fr.qm", "meetings_en.qm"):
        (tmp_path / name).write_bytes(real.read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert [path.name for path in i18n.catalogs_for(Language.FR)] == [
        "consultant_desk_fr.qm",
        "meetings_fr.qm",
    ]
    loaded = i18n.apply_language(Language.FR)
    assert {path.name for path in loaded} >= {"consultant_desk_fr.qm", "meetings_fr.qm"}


def test_locale_follows_the_language() -> None:
    assert i18n.locale_for(Language.FR).language() == QLocale.Language.French
    assert i18n.locale_for(Language.EN).language() == QLocale.Language.English


def test_resources_are_found_in_a_checkout_and_in_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (resources.translations_dir() / "consultant_desk_fr.qm").is_file()
    assert (resources.icons_dir() / "app.svg").is_file()
    assert not resources.icon("engagements").isNull()
    assert resources.icon("no-such-icon").isNull()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.translations_dir() == tmp_path / "resources" / "translations"
