"""Start the desktop app: check for a display, make the QApplication, show the window.

``run_gui`` is what ``spotter`` (no subcommand) and ``spotter play ID`` (without
``--headless``) call. Only the Library is built before the window shows; the
library itself is loaded on the disk thread and handed back to the window.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping

from app.context import Context, UserError

_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """True when Qt can open a window here (or was told to draw off-screen)."""
    if not sys.platform.startswith("linux"):
        return True
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform in _HEADLESS_PLATFORMS:
        return True
    if platform == "xcb":
        return bool(environ.get("DISPLAY"))
    if platform.startswith("wayland"):
        return bool(environ.get("WAYLAND_DISPLAY"))
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def no_display_message(play_id: str | None) -> str:
    """What to say instead of letting Qt abort when there is no screen."""
    target = play_id or "ID"
    return (
        "no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the app cannot open a window; "
        f"to follow a session in this terminal run `spotter play {target} --headless`"
    )


def run_gui(
    ctx: Context,
    play_id: str | None = None,
    modification: str | None = None,
    quit_after_startup: bool = False,
    session_prefs: Mapping[str, object] | None = None,
    fullscreen: bool = False,
    bench_search: str | None = None,
) -> int:
    """Open the main window (or the player on ``play_id``) and run until it closes."""
    if not has_display():
        raise UserError(no_display_message(play_id))
    # Garbage is collected on the GUI thread only, by GuiThreadGC (app/ui/qt/gc_guard.py),
    # which leaves automatic collection off. Off from here, the imports and the library
    # read on the preload thread pay for no collection (about 4 ms of the start-up).
    gc.disable()
    from app.ui.library.preload import LibraryPreload

    preload = LibraryPreload(ctx)  # reads the library while Qt loads
    from PySide6.QtWidgets import QApplication

    from app.ui.spotter_app import SpotterApp

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "spotter", "-style", "Fusion"])
        app.setProperty("spotterFusion", True)
    assert isinstance(app, QApplication)
    app.setApplicationName("Spotter")
    app.setOrganizationName("Spotter")
    app.setDesktopFileName("io.github.spotter.Spotter")
    spotter = SpotterApp(ctx, app, preload=preload, session_prefs=session_prefs)
    if os.environ.get("SPOTTER_SCREENSHOTS"):
        from app.ui.qt.screenshots import Shooter

        Shooter.from_environment(spotter)
    if bench_search:
        from app.ui.library.bench import report

        spotter.ready.connect(lambda: report(spotter.window.page("library"), bench_search))
    if quit_after_startup:
        spotter.ready.connect(app.quit)
    spotter.start(play_id=play_id, modification=modification, check_interrupted=not quit_after_startup)
    if fullscreen:  # the screen's size first: without a window manager the state alone does not resize
        spotter.window.setGeometry(spotter.window.screen().geometry())
        spotter.window.showFullScreen()
    try:
        return int(app.exec())
    finally:
        spotter.shutdown()
