"""The Qt scheduler and the GUI-thread invokers the engine and the disk thread rely on."""

from __future__ import annotations

import threading
import time

import pytest

from app.ui.qt.invoker import Background, MainThreadInvoker
from app.ui.qt.scheduler import QtScheduler

pytestmark = pytest.mark.gui


def test_call_later_runs_on_time_and_in_order(qtbot):
    """Calls run on the GUI thread, in due order, not before their time."""
    scheduler = QtScheduler()
    ran: list[tuple[str, float, int]] = []
    start = time.monotonic()
    for name, delay in (("b", 0.08), ("a", 0.04), ("c", 0.12)):
        scheduler.call_later(delay, lambda n=name: ran.append((n, time.monotonic() - start, threading.get_ident())))
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=2000)
    assert [r[0] for r in ran] == ["a", "b", "c"]
    assert all(r[1] >= d - 0.002 for r, d in zip(ran, (0.04, 0.08, 0.12)))
    assert {r[2] for r in ran} == {threading.get_ident()}
    print("lateness ms:", [round((r[1] - d) * 1000, 1) for r, d in zip(ran, (0.04, 0.08, 0.12))])


def test_cancel_stops_a_pending_call(qtbot):
    """A cancelled call never runs; the others do."""
    scheduler = QtScheduler()
    ran: list[str] = []
    handle = scheduler.call_later(0.02, lambda: ran.append("cancelled"))
    scheduler.call_later(0.05, lambda: ran.append("kept"))
    handle.cancel()
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=2000)
    assert scheduler.pending() == 0


def test_call_from_another_thread_runs_on_the_gui_thread(qtbot):
    """call_later from a worker thread still fires on the GUI thread."""
    scheduler = QtScheduler()
    seen: list[int] = []
    worker = threading.Thread(target=lambda: scheduler.call_later(0.0, lambda: seen.append(threading.get_ident())))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [threading.get_ident()]


def test_invoker_posts_from_any_thread_to_the_gui_thread(qtbot):
    """post() from a worker runs the callable on the GUI thread, in order."""
    invoker = MainThreadInvoker()
    seen: list[tuple[int, int]] = []

    def work() -> None:
        for n in range(5):
            invoker.post(lambda n=n: seen.append((n, threading.get_ident())))

    threading.Thread(target=work).start()
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=2000)
    assert [n for n, _ in seen] == list(range(5))
    assert {t for _, t in seen} == {threading.get_ident()}


def test_background_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    """Jobs run on one worker thread, in order; results and errors come back on the GUI thread."""
    background = Background()
    threads: list[int] = []
    answers: list[tuple[object, int]] = []
    errors: list[str] = []
    for n in range(3):
        background.run(lambda n=n: (threads.append(threading.get_ident()), n)[1],
                       lambda r: answers.append((r, threading.get_ident())))
    background.run(lambda: 1 / 0, error=lambda exc: errors.append(type(exc).__name__))
    qtbot.waitUntil(lambda: len(answers) == 3 and bool(errors), timeout=2000)
    assert [r for r, _ in answers] == [0, 1, 2]
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()
    assert {t for _, t in answers} == {threading.get_ident()} and errors == ["ZeroDivisionError"]
    background.shutdown()


def test_gc_runs_only_on_the_gui_thread(qtbot):
    """Automatic GC is off once the guard is installed; its timer collects on the GUI thread."""
    import gc

    from PySide6.QtWidgets import QApplication

    from app.ui.qt.gc_guard import GuiThreadGC

    guard = GuiThreadGC.install(QApplication.instance())
    assert not gc.isenabled()
    seen: list[int] = []

    class Cycle:
        def __del__(self) -> None:
            seen.append(threading.get_ident())

    a, b = Cycle(), Cycle()
    a.other, b.other = b, a
    del a, b
    threading.Thread(target=lambda: [object() for _ in range(100_000)]).start()  # no GC there
    guard.collect()
    guard._ticks = 9
    guard.collect()  # a full collection
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert set(seen) == {threading.get_ident()}
