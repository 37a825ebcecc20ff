"""At start-up, offer to resume a session that was interrupted (crash, power cut, closed window).

Three answers, as the history issue asks: resume at the exact step, keep it as
it is (and stop asking), or discard it. The question does not block the event
loop (``QMessageBox.open``), so the app stays alive behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from app.durations import format_duration
from app.ui.qt.translation import context_tr
from app.ui.qt.words import clock_time

if TYPE_CHECKING:
    from app.history.records import InterruptedSession
    from app.ui.spotter_app import SpotterApp


class ResumeOffer:
    """Translation context of the question (for lupdate: ``ResumeOffer.tr``)."""

    tr = context_tr("ResumeOffer")


def offer(app: SpotterApp, found: list[InterruptedSession]) -> QMessageBox | None:
    """Ask about the newest interrupted session, if any (returns the open question)."""
    if not found or app.library is None:
        return None
    session = found[0]
    known = app.library.exercise(session.source_id) or app.library.workout(session.source_id)
    box = QMessageBox(app.window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(ResumeOffer.tr("Resume your session?"))
    when = clock_time(session.started_at)
    box.setText(ResumeOffer.tr("“%s”, started at %s, was interrupted after %s.")
                % (known.title if known is not None else session.title, when,
                   format_duration(session.active_seconds)))
    box.setInformativeText(ResumeOffer.tr("Resume where you left off, keep it in history as it is, or discard it?"))
    resume = box.addButton(ResumeOffer.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(ResumeOffer.tr("&Keep as it is"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(ResumeOffer.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    resume.setEnabled(known is not None)
    box.setDefaultButton(resume if known is not None else keep)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is resume:
            page = app.window.show_page("player")
            page.start(session.source_id, resume=session)
        elif clicked is discard:
            app.history.call(lambda store: store.discard(session.id))
        else:
            app.history.call(lambda store: store.keep(session.id))

    box.finished.connect(answered)
    box.open()
    app.resume_question = box
    return box
