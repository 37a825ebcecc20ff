"""Read the library while Qt starts, so the first window shows it at once.

``run_gui`` starts a ``LibraryPreload`` before it imports the widgets. The read
(the library cache, or the loader if the cache is stale) runs on its own
thread and imports no Qt. When the first page is built the GUI thread takes
the result; if it is not there yet it stops waiting after a short while and
the window opens empty and fills in when the disk thread has it. Either way
the GUI thread never reads the disk itself.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.context import Context

if TYPE_CHECKING:
    from app.content.model import Library


def load_library_job(ctx: Context) -> Library:
    """Every content root, through the library cache, in the run's language (any thread but the GUI's)."""
    from app.content import cache as library_cache
    from app.content.translations import localized

    ctx.paths.ensure()
    lang = ctx.language()
    library = library_cache.load(ctx.content_roots(), ctx.paths.data_dir / "cache" / "library.pickle",
                                 lang)  # only this language's translations are read back
    return localized(library, lang)  # the exercises as written in the run's language


class LibraryPreload:
    """One library read on its own thread, taken once by the GUI thread."""

    def __init__(self, ctx: Context) -> None:
        self._done = threading.Event()
        self._result: Library | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(ctx,), name="spotter-preload", daemon=True)
        self._thread.start()

    def _run(self, ctx: Context) -> None:
        try:
            self._result = load_library_job(ctx)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self._error = exc
        finally:
            self._done.set()

    def take(self, timeout: float) -> tuple[bool, Library | None]:
        """``(True, library)`` if read within ``timeout`` seconds, ``(False, None)`` if not yet.

        Raises what the read raised, so the caller reports it like any load error.
        """
        if not self._done.wait(timeout):
            return False, None
        if self._error is not None:
            raise self._error
        return True, self._result
