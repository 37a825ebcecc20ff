"""The app's wiring: settings and theme, the window's pages, the library load.

This object owns what lives as long as the app: the settings, the disk
thread (``Background``), the loaded library and the main window. Pages other
than the Library are built on first use, and the modules behind them (history,
speech, the session engine) are imported only then.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.context import Context
from app.paths import resources_dir
from app.preferences import Preferences, Theme
from app.ui.library.preload import LibraryPreload, load_library_job
from app.ui.library.view import LibraryView
from app.ui.main_window import MainWindow
from app.ui.qt.gc_guard import GuiThreadGC
from app.ui.qt.invoker import Background
from app.ui.qt.style import style_sheet
from app.ui.qt.theme import apply_theme, text_scale
from app.ui.qt.translation import install_translators, interface_language
from app.ui.settings.store import Settings

if TYPE_CHECKING:  # types only: these modules load when first used
    from PySide6.QtWidgets import QMessageBox

    from app.content.model import Library
    from app.ui.history.service import HistoryService
    from app.ui.library.importer import Importer

log = logging.getLogger(__name__)
AFTER_STARTUP_MS = 250  # the first screen is up; finish what it did not need
PRELOAD_WAIT = 1.0  # seconds the first window waits for the library before opening empty


def list_voices(cache_dir: Path, lang: str | None = None) -> tuple[list[tuple[str, str]], str | None]:
    """The speech engine's voices as (id, name), ``lang``'s first, and why speech is off (None: it works).

    It runs on the disk thread, as session preparation does, so it never holds the
    process's only speech engine while a session wants it. The real audio player is
    probed (with a moment of silence), so "no sound device" shows in Settings too.
    """
    from app.speech.pyttsx3_speaker import Pyttsx3Speaker
    from app.speech.voices import ordered

    speaker = Pyttsx3Speaker(cache_dir)
    try:
        voices = [(v.id, v.name) for v in ordered(speaker.voices(), lang)] if speaker.can_render else []
        return voices, speaker.problem
    finally:
        speaker.close()


class SpotterApp(QObject):
    """Builds the window and its pages, and starts sessions."""

    ready = Signal()  # the window is shown and the library is loaded
    library_loaded = Signal(object)

    def __init__(self, ctx: Context, app: QApplication, preload: LibraryPreload | None = None,
                 session_prefs: Mapping[str, object] | None = None) -> None:
        super().__init__(app)
        self.ctx = ctx
        self._preload = preload
        self.app = app
        GuiThreadGC.install(app)  # Qt objects must never be freed by GC on the disk thread
        self.settings = Settings(ctx.paths.settings_file)
        # the command line may change a setting for this run only (``play --mute``); not saved
        self.prefs = replace(self.settings.load(), **dict(session_prefs or {}))
        # the interface language: --lang for this run, else the saved one, else the system's
        self.language = interface_language(ctx.lang, self.prefs.language)
        install_translators(app, self.language)
        self.background = Background(self)
        self.library: Library | None = None
        self._history: HistoryService | None = None
        self.importer: Importer | None = None
        self._pending_play: tuple[str, str | None] | None = None
        self.exit_code = 0
        self.resume_question: QMessageBox | None = None
        self.apply_preferences(self.prefs)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.window = MainWindow(self.settings)
        self.window.add_page("library", self.tr("Library"), self._make_library)
        self.window.add_page("workouts", self.tr("Workouts"), self._make_workouts)
        self.window.add_page("history", self.tr("History"), self._make_history)
        self.window.add_page("settings", self.tr("Settings"), self._make_settings)
        self.window.add_page("player", self.tr("Player"), self._make_player, in_nav=False)
        self.window.closing.connect(self._closing)
        self.window.close_guard = self._ask_before_closing

    # -- start-up ---------------------------------------------------------------------------
    def start(self, play_id: str | None = None, modification: str | None = None,
              check_interrupted: bool = True) -> None:
        """Show the window and load the library; then play ``play_id`` or offer a resume."""
        self._pending_play = (play_id, modification) if play_id else None
        self._check_interrupted = check_interrupted and play_id is None
        self.window.show_page("library")
        if not self._take_preloaded():
            self.window.statusBar().showMessage(self.tr("Loading the library…"))
            self.background.run(self._read_library, self._library_ready, self._library_failed)
        self.window.show()

    def _take_preloaded(self) -> bool:
        """Fill the first page with the library read while Qt started, if it is there."""
        if self._preload is None:
            return False
        try:
            ready, library = self._preload.take(PRELOAD_WAIT)
        except Exception as exc:  # noqa: BLE001 - reported like any load failure
            self._preload = None
            self._library_failed(exc)
            return True
        if ready:
            self._preload = None
            self._library_ready(library)
        return ready

    def _read_library(self) -> Library:
        """The library, on the disk thread: the preload's once it ends, else a fresh read."""
        if self._preload is not None:
            preload, self._preload = self._preload, None
            return preload.take(timeout=600)[1]
        return load_library_job(self.ctx)

    def _library_ready(self, library: Library) -> None:
        self.library = library
        self.window.statusBar().clearMessage()
        library_view = self.window.page("library")
        assert isinstance(library_view, LibraryView)
        library_view.set_exercises(library.exercises.values())
        broken = {str(e.path) for e in library.errors if e.severity.value == "error"}
        if broken:  # warnings (e.g. a user file replacing a bundled one) are not worth a word here
            self.window.statusBar().showMessage(
                self.tr("%n content file(s) could not be loaded; run `spotter validate` for details",
                        "", len(broken)))
        else:  # what is shown in the original because the content language lacks it
            from app.content.languages import untranslated

            missing = len(untranslated(library, self.ctx.language())[0])
            if missing:
                self.window.statusBar().showMessage(
                    self.tr("%n exercise(s) have no translation in this language; shown as written",
                            "", missing), 15000)
        self.library_loaded.emit(library)
        if self._pending_play:
            play_id, modification = self._pending_play
            self._pending_play = None
            self.play(play_id, modification)
        elif self._check_interrupted:
            QTimer.singleShot(0, self, self.offer_resume)  # (with self: never after this object)
        QTimer.singleShot(0, self, self.ready.emit)
        QTimer.singleShot(AFTER_STARTUP_MS, self.window, self._after_startup)  # not after the window

    def _after_startup(self) -> None:
        """What the first screen can do without: the window icon, the search's clear button."""
        self._set_icon()
        library = self.window.built("library")
        if isinstance(library, LibraryView):
            library.finish_setup()

    def _set_icon(self) -> None:
        """The window icon (loading the SVG plugin is left until the window is up)."""
        from PySide6.QtGui import QIcon

        icon = resources_dir() / "spotter.svg"
        if icon.is_file() and self.app.windowIcon().isNull():
            self.app.setWindowIcon(QIcon(str(icon)))

    def _library_failed(self, exc: BaseException) -> None:
        log.error("library failed to load: %s", exc)
        self.window.statusBar().showMessage(self.tr("The library could not be loaded: %s") % exc)
        QTimer.singleShot(0, self, self.ready.emit)

    @property
    def history(self) -> HistoryService:
        """The history service, made on first use (importing SQLite code only then)."""
        if self._history is None:
            from app.ui.history.service import HistoryService

            self._history = HistoryService(self.ctx.paths, self.background, self)
            self._history.notice.connect(lambda text: self.window.statusBar().showMessage(text, 15000))
        return self._history

    # -- pages ------------------------------------------------------------------------------
    def load_image(self, path: Path, done: Callable[[QImage], object]) -> None:
        """Read a picture on the disk thread (QImage is safe off the GUI thread)."""
        self.background.run(lambda: QImage(str(path)), done)

    def _make_library(self, parent: QWidget) -> QWidget:
        view = LibraryView(self.load_image, parent)
        view.start_requested.connect(self.play)
        view.import_requested.connect(lambda: self._importer(view).choose_and_import())
        return view

    def _importer(self, view: LibraryView) -> Importer:
        """The exercise importer, made (and its module imported) the first time Import… is used."""
        if self.importer is None:
            from app.ui.library.importer import Importer

            self.importer = Importer(view, self.background, self.ctx.paths.user_content, self.reload_library)
        return self.importer

    def _make_workouts(self, parent: QWidget) -> QWidget:
        from app.ui.workouts.view import WorkoutsView

        view = WorkoutsView(self.ctx, self.background, parent)
        view.start_requested.connect(self.play)
        view.saved.connect(self.reload_library)
        if self.library is not None:
            view.set_library(self.library)
        self.library_loaded.connect(view.set_library)
        return view

    def _make_history(self, parent: QWidget) -> QWidget:
        from app.ui.history.view import HistoryView

        view = HistoryView(self.history, self.title_of, parent)
        view.start_requested.connect(self.play)
        return view

    def _make_settings(self, parent: QWidget) -> QWidget:
        from app.ui.settings.view import SettingsView

        view = SettingsView(self.settings, parent)
        view.changed.connect(self.apply_preferences)
        lang = self.ctx.language()
        self.background.run(lambda: list_voices(self.ctx.paths.speech_cache, lang), view.set_speech_check,
                            lambda exc: view.set_speech_check(([], f"Speech is off: {exc}")))
        return view

    def _make_player(self, parent: QWidget) -> QWidget:
        from app.ui.player.page import PlayerPage

        page = PlayerPage(self, parent)
        page.finished.connect(lambda: self.window.show_page("history"))
        page.leave.connect(lambda: self.window.show_page("library"))
        return page

    def title_of(self, source_id: str) -> str | None:
        """An exercise's or workout's title in the run's language (None if not in the library)."""
        library = self.library
        if library is None:
            return None
        found = library.exercise(source_id) or library.workout(source_id)
        return found.title if found is not None else None

    def reload_library(self) -> None:
        """Load the library again (after the user saved a workout)."""
        self.background.run(lambda: load_library_job(self.ctx), self._library_ready, self._library_failed)

    # -- sessions ---------------------------------------------------------------------------
    def play(self, source_id: str, modification: str | None = None) -> None:
        """Open the player on an exercise or workout id."""
        from app.ui.player.page import PlayerPage

        page = self.window.show_page("player")
        assert isinstance(page, PlayerPage)
        if not page.start(source_id, modification or None):
            self.window.show_page("library")

    def offer_resume(self) -> None:
        """Look for an interrupted session (on the disk thread) and offer to resume it."""
        from app.ui.player.resume_offer import offer

        self.history.call(lambda store: store.interrupted(), lambda found: offer(self, found))

    # -- preferences and exit ---------------------------------------------------------------
    def apply_preferences(self, prefs: Preferences) -> None:
        """Re-theme and re-scale the app after a settings change."""
        self.prefs = prefs
        scheme = apply_theme(self.app, prefs.theme, prefs.text_size)
        self.app.setStyleSheet(style_sheet(text_scale(self.app, prefs.text_size), scheme == Qt.ColorScheme.Dark,
                                           prefs.theme is Theme.HIGH_CONTRAST))
        history = self.window.built("history") if hasattr(self, "window") else None
        if history is not None:
            history.chart.apply_scheme()  # type: ignore[attr-defined]

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme is Theme.SYSTEM:
            self.apply_preferences(self.prefs)

    def _ask_before_closing(self, proceed: Callable[[], None]) -> object:
        """Closing mid-session asks first (the player's question), else None: close now."""
        player = self.window.built("player")
        return player.ask_quit(proceed) if player is not None else None  # type: ignore[attr-defined]

    def _closing(self) -> None:
        player = self.window.built("player")
        if player is not None:
            player.close_session()  # type: ignore[attr-defined]

    def fail(self, message: str, code: int = 2) -> None:
        """Report a user error on stderr and leave with ``code`` (``spotter play BAD-ID``)."""
        print(f"spotter: {message}", file=sys.stderr)
        self.exit_code = code
        self.app.exit(code)

    def shutdown(self) -> None:
        """Let the disk thread finish its queue (history writes) before the process ends."""
        self._closing()
        if self._history is not None:
            self._history.close()
        self.background.shutdown()
