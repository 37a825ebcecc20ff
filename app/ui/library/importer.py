"""Library → Import…: free-exercise-db's exercises.json into the user's content folder.

The file is chosen in a file dialog; the import (``app.content.free_exercise_db``)
runs on the disk thread while a progress dialog fills; then the library is
read again and a message says what was added, updated or skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.i18n import said_in
from app.ui.qt.invoker import Background, MainThreadInvoker
from app.ui.qt.translation import current_language


class Importer(QObject):
    """One import at a time, started from the Library page."""

    def __init__(self, parent: QWidget, background: Background, content_root: Path,
                 reload: Callable[[], None]) -> None:
        super().__init__(parent)
        self.view, self.background, self.content_root, self.reload = parent, background, content_root, reload
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.shown: list[int] = []  # the percentages the progress dialog showed

    def choose_and_import(self) -> None:
        """Ask for the exercises.json, then import it."""
        path, _ = QFileDialog.getOpenFileName(
            self.view, self.tr("Import exercises from free-exercise-db"), str(Path.home()),
            self.tr("free-exercise-db exercises (*.json)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Import ``path`` on the disk thread, with a progress dialog."""
        from app.content.free_exercise_db import import_file

        if self.progress is not None:
            return
        progress = QProgressDialog(self.tr("Importing exercises…"), "", 0, 100, self.view)
        progress.setWindowTitle(self.tr("Import"))
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress, self.shown = progress, []
        invoker = MainThreadInvoker(progress)
        shown = [-1]

        def report(done: int, total: int) -> None:  # on the disk thread
            percent = 100 * done // max(total, 1)
            if percent != shown[0]:
                shown[0] = percent
                invoker.post(lambda: self._step(progress, percent))

        self.background.run(lambda: import_file(path, self.content_root, report),
                            self._finished, self._failed)

    def _step(self, progress: QProgressDialog, percent: int) -> None:
        if self.progress is progress and percent > max(self.shown, default=-1):  # only forwards
            self.shown.append(percent)
            progress.setValue(percent)  # a modal dialog's setValue runs the event loop

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, report: Any) -> None:
        if self.progress is not None:
            self._step(self.progress, 100)
        self._close_progress()
        text = (self.tr("%1 added, %2 updated, %3 unchanged, %4 skipped.")
                .replace("%1", str(len(report.added))).replace("%2", str(len(report.updated)))
                .replace("%3", str(report.unchanged)).replace("%4", str(len(report.skipped))))
        self._tell(QMessageBox.Icon.Information, self.tr("Import finished"), text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._tell(QMessageBox.Icon.Warning, self.tr("Import failed"), said_in(current_language(), exc))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.view)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()  # not exec(): the app goes on (and tests can read it)
