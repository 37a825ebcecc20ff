"""Python's cyclic garbage collector, run on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. The cyclic GC runs
in whichever thread happens to allocate when a threshold is crossed, so a
cycle holding a widget (a lambda slot capturing its widget, say) can be freed
on the disk or speech thread, and Qt crashes. As qutebrowser does, automatic
collection is switched off and a timer on the GUI thread collects instead:
the young generation often, everything now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
FULL_EVERY = 10  # a full collection every 10 ticks


class GuiThreadGC(QObject):
    """Disables automatic GC and collects from a GUI-thread timer."""

    _installed: GuiThreadGC | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    @classmethod
    def install(cls, parent: QObject) -> GuiThreadGC:
        """Install once per process (later calls return the first guard)."""
        if cls._installed is None:
            guard = cls(parent)
            gc.disable()
            guard._timer.start()
            cls._installed = guard
        return cls._installed

    def collect(self) -> int:
        """Collect now on this (GUI) thread; returns the number of objects freed."""
        self._ticks += 1
        generation = 2 if self._ticks % FULL_EVERY == 0 else 0
        return gc.collect(generation)
