"""The main window: a sidebar of sections and one page at a time.

Pages are built the first time they are shown, so start-up pays only for the
Library (History pulls in SQLite and the chart module only when opened).
The window remembers its size in the settings file. Ctrl+Q quits from any
page; closing the window (Ctrl+Q, the title bar's button) while a session
runs asks first, through the ``close_guard`` the app sets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings.store import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

# builds a page as a child of the page stack: made with its parent, a page is styled once
# (reparenting a built page makes the style sheet walk all of it again)
PageFactory = Callable[[QWidget], QWidget]
# asks before the window closes: returns None to close now, or a question that is open;
# it calls the function it is given once the user says yes
CloseGuard = Callable[[Callable[[], None]], object]


class MainWindow(QMainWindow):
    """Sidebar navigation (Ctrl+1..4) over a stack of lazily built pages."""

    page_shown = Signal(str)
    closing = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._factories: dict[str, PageFactory] = {}
        self._pages: dict[str, QWidget] = {}
        self._keys: list[str] = []
        self.close_guard: CloseGuard | None = None
        self._close_confirmed = False
        self._nav_fitted = False
        self.setWindowTitle(self.tr("Spotter"))
        # each widget is made in the parent it stays in (one moved later is styled again)
        central = QWidget(self)
        self.sidebar = QWidget(central)
        self.nav = QListWidget(self.sidebar)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setToolTip(self.tr("Spotter's sections: Ctrl+1 to Ctrl+4 open them from anywhere"))
        self.nav.setFixedWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(8, 12, 0, 12)
        brand = QLabel(self.tr("Spotter"), self.sidebar)
        brand.setObjectName("brand")
        side.addWidget(brand)
        side.addWidget(self.nav, 1)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        quit_key = QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        quit_key.setContext(Qt.ShortcutContext.ApplicationShortcut)  # the player's page too
        # a screen reader selects an entry without moving the current row: follow it too
        self.nav.itemSelectionChanged.connect(self._nav_selected)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)

    def add_page(self, key: str, title: str, factory: PageFactory, in_nav: bool = True) -> None:
        """Register a page; with ``in_nav`` it gets a sidebar entry and a Ctrl+N shortcut."""
        self._factories[key] = factory
        if not in_nav:
            return
        self._keys.append(key)
        self.nav.addItem(title)  # (QListWidgetItem(title, nav) would load QIcon's types for nothing)
        item = self.nav.item(self.nav.count() - 1)
        item.setData(Qt.ItemDataRole.UserRole, key)
        n = len(self._keys)
        item.setToolTip(self.tr("%s (Ctrl+%d)") % (title, n))
        QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda k=key: self.show_page(k))

    def showEvent(self, event: QShowEvent) -> None:
        """Size the sidebar once its entries are in: as wide as the longest name, no scroll bar."""
        if not self._nav_fitted:
            self._nav_fitted = True
            # "Entrenamientos" is wider than "Workouts"; measured once, not per entry
            self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 24))
        super().showEvent(event)

    def page(self, key: str) -> QWidget:
        """The page called ``key``, built now if it was not yet."""
        if key not in self._pages:
            widget = self._factories[key](self.stack)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, else None (never builds)."""
        return self._pages.get(key)

    def current_key(self) -> str | None:
        """The key of the page on screen."""
        current = self.stack.currentWidget()
        return next((k for k, w in self._pages.items() if w is current), None)

    def show_page(self, key: str) -> QWidget:
        """Bring a page to the front (the player hides the sidebar, to give the room to the text)."""
        widget = self.page(key)
        for page in self._pages.values():
            # only the page on screen sets the window's minimum size: a wide player or end
            # screen (long words in German) never pushes the History wider than the screen
            policy = QSizePolicy.Policy.Preferred if page is widget else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(widget)
        self.sidebar.setVisible(key in self._keys)
        if key in self._keys:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._keys.index(key))
            self.nav.blockSignals(False)
        self.page_shown.emit(key)
        return widget

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.show_page(self._keys[row])

    def _nav_selected(self) -> None:
        selected = self.nav.selectedItems()
        if selected:
            key = selected[0].data(Qt.ItemDataRole.UserRole)
            if key != self.current_key():
                self.show_page(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask first if a session runs; remember the window's size and position."""
        if self.close_guard is not None and not self._close_confirmed:
            question = self.close_guard(self._confirmed_close)
            if question is not None:
                event.ignore()
                return
        self._close_confirmed = False
        if not self.isFullScreen():
            self._settings.set_geometry(self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)

    def _confirmed_close(self) -> None:
        self._close_confirmed = True
        self.close()
