"""File › Settings: the interface language, applied at once; how soon episodes are due."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.language import Language
from consultant_desk.ui import i18n
from consultant_desk.ui.episodes.due_settings import AckDaysEditor, read_ack_days, write_ack_days
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.i18n import LanguageChoice
from consultant_desk.ui.style import mute

# Each language is named in itself: someone lost in the other language must find their own.
LANGUAGE_NAMES = {Language.FR: "Français", Language.EN: "English"}


class SettingsDialog(QDialog):
    # The acknowledgement delays changed (the new mapping): due dates are computed again.
    ack_days_changed = Signal(dict)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language_combo = QComboBox(self)
        for choice in LanguageChoice:
            self.language_combo.addItem("", choice.value)
        current = i18n.configured_choice(settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current.value))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        mute(self.note)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.ack_days = AckDaysEditor(settings, self)
        layout.addWidget(self.ack_days)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def choice(self) -> LanguageChoice:
        return LanguageChoice(str(self.language_combo.currentData()))

    def set_choice(self, choice: LanguageChoice) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(choice.value))

    def accept(self) -> None:
        choice = self.choice()
        i18n.save_choice(self._settings, choice)
        ack_days = self.ack_days.values()
        changed = ack_days != read_ack_days(self._settings)
        write_ack_days(self._settings, ack_days)
        self._settings.sync()
        if changed:
            self.ack_days_changed.emit(read_ack_days(self._settings))
        language = i18n.resolve(choice)
        if language is not i18n.current_ui_language():
            i18n.apply_language(language)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface language"))
        system = LANGUAGE_NAMES[i18n.system_language()]
        for index in range(self.language_combo.count()):
            choice = LanguageChoice(str(self.language_combo.itemData(index)))
            if choice is LanguageChoice.AUTO:
                text = arg(self.tr("Automatic (system language: %1)"), system)
            else:
                text = LANGUAGE_NAMES[Language(choice.value)]
            self.language_combo.setItemText(index, text)
        self.note.setText(
            self.tr(
                "The interface switches at once. Documents are still written in each "
                "client's own language."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
