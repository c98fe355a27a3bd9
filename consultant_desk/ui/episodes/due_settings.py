"""How many working days the consultant gives themself to acknowledge an episode, by severity.

ISO 10002 asks for a prompt acknowledgement; the defaults (critical 1, high 2, medium 5,
low 10) are ``domain.due_dates.DEFAULT_ACK_DAYS``. They live in the user's settings and are
edited in File › Settings (:class:`AckDaysEditor`); the services take them as a mapping.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from consultant_desk.domain.due_dates import DEFAULT_ACK_DAYS, MAX_ACK_DAYS, clean_ack_days
from consultant_desk.domain.enums import Severity
from consultant_desk.ui.settings import Setting
from consultant_desk.ui.style import mute

# Most severe first: the order in which one reads them.
SEVERITIES = (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)

ACK_DAYS_SETTINGS = {
    severity.value: Setting(f"episodes/ack_days_{severity.value}", DEFAULT_ACK_DAYS[severity.value])
    for severity in SEVERITIES
}


def read_ack_days(settings: QSettings) -> dict[str, int]:
    return clean_ack_days(
        {severity: setting.read(settings) for severity, setting in ACK_DAYS_SETTINGS.items()}
    )


def write_ack_days(settings: QSettings, values: dict[str, int]) -> None:
    for severity, value in clean_ack_days(values).items():
        ACK_DAYS_SETTINGS[severity].write(settings, value)


class AckDaysEditor(QGroupBox):
    """One spin box per severity, in working days."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        current = read_ack_days(settings)
        for severity in SEVERITIES:
            spin = QSpinBox(self)
            spin.setRange(0, MAX_ACK_DAYS)
            spin.setValue(current[severity.value])
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            label = QLabel(self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[severity.value] = spin
            self.labels[severity.value] = label
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        mute(self.note)
        form.addRow(self.note)
        self.retranslate()

    def values(self) -> dict[str, int]:
        return {severity: spin.value() for severity, spin in self.spins.items()}

    def set_values(self, values: dict[str, int]) -> None:
        for severity, value in clean_ack_days(values).items():
            self.spins[severity].setValue(value)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Acknowledge an episode within (working days)"))
        for severity in SEVERITIES:
            self.labels[severity.value].setText(severity.label())
        self.note.setText(
            self.tr(
                "Counted from the day the client voiced it, Monday to Friday. An episode not "
                "acknowledged by then shows as overdue."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
