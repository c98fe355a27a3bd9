"""The main window: navigation on the left, one page at a time, menus and a status bar.

Other parts of the application plug in here:

* a page: one line in :data:`~consultant_desk.ui.navigation.PAGES`, which the window builds
  in order with ``add_page``; a :class:`~consultant_desk.ui.framework.page.Page` subclass
  also gets Find, Edit, Archive, Refresh and the status bar;
* a menu action: ``window.menu("file").addAction(action)`` (keys: file, edit, view, help),
  or a new menu before Help with ``window.add_menu(key, title)``.

Titles are callables so that they are read again when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from consultant_desk import APP_NAME
from consultant_desk.store.database import Database
from consultant_desk.ui import shortcuts
from consultant_desk.ui.about import AboutBox
from consultant_desk.ui.clients.page import ClientPage
from consultant_desk.ui.engagements.page import EngagementPage
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.framework.page import Page
from consultant_desk.ui.navigation import PAGES
from consultant_desk.ui.profile_dialog import ProfileDialog
from consultant_desk.ui.resources import icon, navigation_icon
from consultant_desk.ui.settings import open_settings
from consultant_desk.ui.settings_dialog import SettingsDialog
from consultant_desk.ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from consultant_desk.ui.scoping_wizard.wizard import ScopingWizard

Title = Callable[[], str]
WINDOW_NAME = "main"
DEFAULT_SIZE = QSize(1360, 840)

NAVIGATION_STYLE = """
QListWidget#navigation { border: none; background: transparent; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 6px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                         color: palette(highlighted-text); }
"""


@dataclass
class _PageEntry:
    key: str
    title: Title
    widget: QWidget
    item: QListWidgetItem
    action: QAction


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else open_settings()
        self._pages: list[_PageEntry] = []
        self._menus: dict[str, tuple[QMenu, Title]] = {}
        self.setWindowIcon(icon("app"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self._on_nav_changed)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus()

        for spec in PAGES:
            self.add_page(
                spec.key, spec.title, spec.factory(self, db), icon=navigation_icon(spec.icon)
            )
        engagements, clients = self.page("engagements"), self.page("clients")
        assert isinstance(engagements, EngagementPage) and isinstance(clients, ClientPage)
        self.engagement_page = engagements
        self.client_page = clients

        self.status_label = QLabel(self)
        self.database_label = QLabel(self)
        self.database_label.setToolTip(db.display_url)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self.retranslate()
        restore_window(self.settings, WINDOW_NAME, self, DEFAULT_SIZE)
        for entry in self._pages:
            if isinstance(entry.widget, Page):
                entry.widget.restore_state(self.settings, f"pages/{entry.key}")
        self.nav.setCurrentRow(0)

    # -- extension points ----------------------------------------------------------------------

    def add_page(
        self, key: str, title: Title, widget: QWidget, *, icon: QIcon | None = None
    ) -> None:
        """Add a page to the navigation; the first nine get Ctrl+1 … Ctrl+9."""
        if any(entry.key == key for entry in self._pages):
            raise ValueError(f"a page named {key!r} already exists")
        number = len(self._pages) + 1
        item = QListWidgetItem(icon or QIcon(), title(), self.nav)
        item.setSizeHint(QSize(0, 36))
        self.stack.addWidget(widget)
        action = QAction(title(), self)
        action.setShortcuts(shortcuts.page_keys(number).sequences())
        action.triggered.connect(lambda: self.show_page(key))
        self.menu("view").insertAction(self._view_separator, action)
        entry = _PageEntry(key, title, widget, item, action)
        self._pages.append(entry)
        if isinstance(widget, Page):
            # Loaded when first shown, so a page the user never opens costs nothing.
            widget.mark_stale()
            widget.state_changed.connect(self._on_page_state_changed)
            widget.records_changed.connect(self._broadcast_change)
        self._fit_navigation()

    def menu(self, key: str) -> QMenu:
        return self._menus[key][0]

    def add_menu(self, key: str, title: Title) -> QMenu:
        """A new top-level menu, placed before Help."""
        menu = QMenu(title(), self)
        self.menuBar().insertMenu(self.menu("help").menuAction(), menu)
        self._menus[key] = (menu, title)
        return menu

    def page(self, key: str) -> QWidget:
        for entry in self._pages:
            if entry.key == key:
                return entry.widget
        raise KeyError(key)

    def page_keys(self) -> list[str]:
        return [entry.key for entry in self._pages]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys().index(key))

    def current_key(self) -> str:
        return self._pages[self.stack.currentIndex()].key

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    # -- actions -------------------------------------------------------------------------------

    def _make_action(
        self, keys: shortcuts.Keys | None, slot: Callable[[], object], theme: str = ""
    ) -> QAction:
        action = QAction(self)
        if theme:
            action.setIcon(QIcon.fromTheme(theme))
        if keys is not None:
            action.setShortcuts(keys.sequences())
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_engagement_action = self._make_action(
            shortcuts.NEW_ENGAGEMENT_KEYS, self.new_engagement, "document-new"
        )
        self.new_client_action = self._make_action(shortcuts.NEW_CLIENT_KEYS, self.new_client)
        self.scope_action = self._make_action(shortcuts.SCOPE_KEYS, self.scope_selected)
        self.new_scoping_action = self._make_action(shortcuts.NEW_SCOPING_KEYS, self.new_scoping)
        self.settings_action = self._make_action(
            shortcuts.SETTINGS_KEYS, self.open_settings_dialog, "preferences-system"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.profile_action = self._make_action(None, self.open_profile_dialog)
        self.quit_action = self._make_action(shortcuts.QUIT_KEYS, self.close, "application-exit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.edit_action = self._make_action(shortcuts.EDIT_KEYS, self.edit_selected)
        self.archive_action = self._make_action(shortcuts.ARCHIVE_KEYS, self.archive_selected)
        self.find_action = self._make_action(shortcuts.FIND_KEYS, self.focus_search, "edit-find")
        self.refresh_action = self._make_action(
            shortcuts.REFRESH_KEYS, self.refresh, "view-refresh"
        )
        self.about_action = self._make_action(None, self.show_about, "help-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._make_action(None, self.show_about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", lambda: self.tr("&File")),
            ("edit", lambda: self.tr("&Edit")),
            ("view", lambda: self.tr("&View")),
            ("help", lambda: self.tr("&Help")),
        ):
            menu = bar.addMenu(title())
            self._menus[key] = (menu, title)
        file_menu = self.menu("file")
        file_menu.addAction(self.new_engagement_action)
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(self.new_scoping_action)
        file_menu.addAction(self.scope_action)
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menu("edit")
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.archive_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self.menu("view")
        self._view_separator = view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = self.menu("help")
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    @Slot()
    def new_engagement(self) -> None:
        client_id = self.client_page.selected_id() if self.current_key() == "clients" else None
        self.show_page("engagements")
        self.engagement_page.create_new(client_id=client_id)

    @Slot()
    def new_client(self) -> None:
        self.show_page("clients")
        self.client_page.create_new()

    @Slot()
    def edit_selected(self) -> None:
        page = self.current_page()
        if page is not None and page.can_edit():
            page.edit_selected()

    @Slot()
    def archive_selected(self) -> None:
        page = self.current_page()
        if page is not None and page.can_archive():
            page.archive_selected()

    @Slot()
    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    @Slot()
    def refresh(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
            self.statusBar().showMessage(self.tr("Refreshed"), 2000)

    @Slot()
    def open_settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.ack_days_changed.connect(self._on_ack_days_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot(dict)
    def _on_ack_days_changed(self, ack_days: dict[str, int]) -> None:
        from consultant_desk.services.episode_workflow import recompute_due_dates

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            recompute_due_dates(self.db, ack_days)
        finally:
            QApplication.restoreOverrideCursor()
        self.notify_records_changed("episode")

    @Slot()
    def scope_selected(self) -> ScopingWizard | None:
        """The scoping wizard on the selected engagement: its draft, or an amendment."""
        engagement_id = self.engagement_page.selected_id()
        if engagement_id is None:
            self.show_page("engagements")
            self.statusBar().showMessage(self.tr("Select an engagement to scope first"), 4000)
            return None
        return self._open_wizard(engagement_id)

    @Slot()
    def new_scoping(self) -> ScopingWizard:
        return self._open_wizard(None)

    def _open_wizard(self, engagement_id: int | None) -> ScopingWizard:
        # Imported on first use: the wizard brings ReportLab and QtPdf, which the first paint
        # of the window does not need.
        from consultant_desk.ui.scoping_wizard.wizard import open_scoping_wizard

        wizard = open_scoping_wizard(self.db, self, engagement_id)
        wizard.saved.connect(lambda _id: self.notify_records_changed("engagement"))
        wizard.signed.connect(lambda _id: self.notify_records_changed("engagement"))
        return wizard

    def notify_records_changed(self, kind: str) -> None:
        """Something outside the pages (a wizard, a dialog) saved records: every page reloads
        what it shows of them."""
        for entry in self._pages:
            if isinstance(entry.widget, Page):
                entry.widget.on_records_changed(kind)

    @Slot()
    def open_profile_dialog(self) -> ProfileDialog:
        dialog = ProfileDialog(self.db, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> AboutBox:
        box = AboutBox(self.db, self)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    @Slot()
    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))

    # -- state ----------------------------------------------------------------------------------

    @Slot(int)
    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
        self._update_actions()
        self._update_status()

    @Slot()
    def _on_page_state_changed(self) -> None:
        if self.sender() is self.stack.currentWidget():
            self._update_actions()
            self._update_status()

    @Slot(str)
    def _broadcast_change(self, kind: str) -> None:
        source = self.sender()
        for entry in self._pages:
            if isinstance(entry.widget, Page) and entry.widget is not source:
                entry.widget.on_records_changed(kind)

    def _update_actions(self) -> None:
        page = self.current_page()
        self.edit_action.setEnabled(page is not None and page.can_edit())
        self.archive_action.setEnabled(page is not None and page.can_archive())
        archived = page is not None and page.selection_archived()
        self.archive_action.setText(self.tr("&Restore") if archived else self.tr("&Archive"))
        self.find_action.setEnabled(page is not None)
        self.refresh_action.setEnabled(page is not None)

    def _update_status(self) -> None:
        page = self.current_page()
        self.status_label.setText(page.status_text() if page is not None else "")

    def _fit_navigation(self) -> None:
        widest = max(
            (self.nav.fontMetrics().horizontalAdvance(entry.item.text()) for entry in self._pages),
            default=0,
        )
        self.nav.setFixedWidth(max(150, widest + self.nav.iconSize().width() + 56))

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        for menu, title in self._menus.values():
            menu.setTitle(title())
        for entry in self._pages:
            entry.item.setText(entry.title())
            entry.action.setText(entry.title())
        self.new_engagement_action.setText(self.tr("New &engagement…"))
        self.new_client_action.setText(self.tr("New &client…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.profile_action.setText(self.tr("Your &details (letterhead)…"))
        self.scope_action.setText(self.tr("Sc&ope or amend the engagement…"))
        self.new_scoping_action.setText(self.tr("New engagement with scoping &wizard…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.find_action.setText(self.tr("&Find"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.about_action.setText(arg(self.tr("&About %1"), APP_NAME))
        self.about_qt_action.setText(self.tr("About &Qt"))
        database = self.db.sqlite_path.name if self.db.sqlite_path else self.db.display_url
        self.database_label.setText(arg(self.tr("Database: %1"), database))
        self._fit_navigation()
        self._update_actions()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self.settings, WINDOW_NAME, self)
        for entry in self._pages:
            if isinstance(entry.widget, Page):
                entry.widget.save_state(self.settings, f"pages/{entry.key}")
        self.settings.sync()
        super().closeEvent(event)
