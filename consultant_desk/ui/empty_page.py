"""A page with nothing to list yet: a heading and one line saying what will appear there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from consultant_desk.ui.page import Page
from consultant_desk.ui.style import enlarge_font, mute

Text = Callable[[], str]


class EmptyPage(Page):
    """``heading`` and ``hint`` are callables so that they follow a change of language."""

    def __init__(
        self, heading: Text, hint: Text, icon: QIcon | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._heading_text = heading
        self._hint_text = hint
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon is not None and not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(48, 48, QIcon.Mode.Disabled))
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setObjectName("emptyHeading")
        enlarge_font(self.heading, 1.3)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        mute(self.hint)
        # A hint reads best as a short paragraph, not one line across a wide window.
        self.hint.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon_label)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        # Stretches rather than an alignment flag: an aligned item loses its height-for-width,
        # and a wrapped label then shows one line cut in half.
        hint_row = QHBoxLayout()
        hint_row.addStretch(1)
        hint_row.addWidget(self.hint, 4)
        hint_row.addStretch(1)
        layout.addLayout(hint_row)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self._heading_text())
        self.hint.setText(self._hint_text())
