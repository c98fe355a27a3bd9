"""Every keyboard shortcut of the main window, declared once.

The platform's standard binding comes first where Qt has one (so Quit is Cmd+Q on macOS);
the fallback applies where the platform defines none (Windows has no standard Quit key).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Keys:
    standard: StandardKey | None
    fallback: tuple[str, ...] = ()

    def sequences(self) -> list[QKeySequence]:
        """Needs a QGuiApplication: standard bindings come from the platform theme."""
        bindings = QKeySequence.keyBindings(self.standard) if self.standard is not None else []
        return bindings or [QKeySequence(text) for text in self.fallback]


NEW_ENGAGEMENT_KEYS = Keys(StandardKey.New, ("Ctrl+N",))
NEW_CLIENT_KEYS = Keys(None, ("Ctrl+Shift+N",))
SCOPE_KEYS = Keys(None, ("Ctrl+K",))
NEW_SCOPING_KEYS = Keys(None, ("Ctrl+Shift+K",))
SETTINGS_KEYS = Keys(StandardKey.Preferences, ("Ctrl+,",))
QUIT_KEYS = Keys(StandardKey.Quit, ("Ctrl+Q",))
# Return also edits, handled by the list itself so that Return in a text field still types.
EDIT_KEYS = Keys(None, ("F2",))
ARCHIVE_KEYS = Keys(StandardKey.Delete, ("Del",))
FIND_KEYS = Keys(StandardKey.Find, ("Ctrl+F",))
REFRESH_KEYS = Keys(StandardKey.Refresh, ("F5",))


def page_keys(number: int) -> Keys:
    """Ctrl+1 … Ctrl+9 go to the navigation's pages in order."""
    return Keys(None, (f"Ctrl+{number}",)) if 1 <= number <= 9 else Keys(None)


def shortcut_text(keys: Keys) -> str:
    """The first sequence as the platform writes it (Ctrl+N, ⌘N)."""
    sequences = keys.sequences()
    return sequences[0].toString(QKeySequence.SequenceFormat.NativeText) if sequences else ""
