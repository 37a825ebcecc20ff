"""Screenshots of the running app for the docs and the end-to-end test.

Hidden option: with ``SPOTTER_SCREENSHOTS=DIR`` set, the app saves
``screenshot-library.png`` once the library is shown, ``screenshot-player.png``
in the middle of the first timed exercise step, ``screenshot-end.png`` on the
end screen, and ``screenshot-history.png`` (it opens History for a moment and
returns to the end screen). Each is ``QWidget.grab()`` of the main window,
exactly what is on screen, at the window's size. For the library shot,
``SPOTTER_SCREENSHOT_SEARCH`` types a search and ``SPOTTER_SCREENSHOT_SELECT``
picks an exercise id first.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.session.events import SegmentStart, SessionEvent
from app.session.plan import SegmentKind

if TYPE_CHECKING:
    from app.ui.spotter_app import SpotterApp


class Shooter(QObject):
    """Grabs the main window at the moments the docs show."""

    def __init__(self, app: SpotterApp, folder: Path) -> None:
        super().__init__(app)
        self._app = app
        self._folder = folder
        self._taken: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)
        app.ready.connect(lambda: QTimer.singleShot(300, self._library))
        app.window.page_shown.connect(self._page_shown)

    @classmethod
    def from_environment(cls, app: SpotterApp) -> Shooter | None:
        """A shooter if ``SPOTTER_SCREENSHOTS`` names a folder, else None."""
        folder = os.environ.get("SPOTTER_SCREENSHOTS")
        return cls(app, Path(folder)) if folder else None

    def grab(self, name: str) -> Path:
        """Save the main window as ``screenshot-NAME.png``."""
        path = self._folder / f"screenshot-{name}.png"
        partial = path.with_name(f".{path.name}.part")
        self._app.window.grab().save(str(partial), "PNG")
        os.replace(partial, path)  # whoever waits for the file never sees half of it
        self._taken.add(name)
        return path

    def _library(self) -> None:
        if "library" in self._taken or self._app.window.current_key() != "library":
            return
        view = self._app.window.page("library")
        search = os.environ.get("SPOTTER_SCREENSHOT_SEARCH")
        if search:
            view.search.setText(search)
        wanted = os.environ.get("SPOTTER_SCREENSHOT_SELECT")
        if wanted:
            view.select(wanted)
        QTimer.singleShot(300, lambda: self.grab("library"))

    def _page_shown(self, key: str) -> None:
        if key == "player":
            page = self._app.window.built("player")
            if page is not None and not getattr(page, "_shooter_hooked", False):
                page._shooter_hooked = True
                page.session_ended.connect(lambda _s: QTimer.singleShot(400, self._end))
                self._page = page
                QTimer.singleShot(0, self._hook_runner)

    def _hook_runner(self) -> None:
        page = self._page
        if page.runner is None:
            QTimer.singleShot(50, self._hook_runner)
            return
        page.runner.event.connect(self._event)

    def _event(self, event: SessionEvent) -> None:
        seg = event.payload
        if (isinstance(seg, SegmentStart) and seg.kind is SegmentKind.STEP and seg.step == 2
                and "player" not in self._taken):
            delay = max(50, int((seg.seconds or 1) * 400 / max(self._app.ctx.speed, 1)))
            QTimer.singleShot(delay, lambda: self.grab("player"))

    def _end(self) -> None:
        self.grab("end")
        history = self._app.window.show_page("history")
        history.loaded.connect(self._history_loaded)

    def _history_loaded(self) -> None:
        if "history" in self._taken:
            return
        QTimer.singleShot(300, self._history_grab)

    def _history_grab(self) -> None:
        self.grab("history")
        self._app.window.show_page("player")  # back to the end screen, as the user left it
