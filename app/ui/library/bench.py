"""``spotter --quit-after-startup --bench-search WORD``: how long a search keystroke takes.

Types WORD into the Library's search one letter at a time, as a user does,
and then deletes it again letter by letter. Each keystroke is timed from the
key to the list drawn again (the filter, the count, the detail pane and the
repaint all happen inside the timing), and the mean is printed as
``search: N ms per keystroke`` with the slowest one.
"""

from __future__ import annotations

import statistics
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.library.view import LibraryView


def bench_search(view: LibraryView, word: str) -> list[float]:
    """Seconds taken by each keystroke of typing ``word`` and deleting it again."""
    app = QApplication.instance()
    assert app is not None
    view.search.setFocus()
    view.search.clear()
    app.processEvents()
    times = []
    keys = [(Qt.Key.Key_unknown, ch) for ch in word] + [(Qt.Key.Key_Backspace, "")] * len(word)
    for key, text in keys:
        started = time.perf_counter()
        if text:
            QTest.keyClicks(view.search, text)
        else:
            QTest.keyClick(view.search, key)
        view.list.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    return times


def report(view: LibraryView, word: str) -> None:
    """Run the benchmark and print its line (stdout)."""
    times = bench_search(view, word)
    shown = view.model.rowCount()
    print(f"search: {statistics.mean(times) * 1000:.1f} ms per keystroke "
          f"(slowest {max(times) * 1000:.1f} ms, {len(times)} keystrokes, {shown} exercises)",
          flush=True)
    sys.stdout.flush()
