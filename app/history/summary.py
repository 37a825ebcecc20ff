"""What the end screen sums up, gathered from the session's events.

Pure Python (no Qt): it folds ``SessionEvent``s into the title, the time, and
per exercise the seconds done and every modification used, in order.

A resumed session is one session: ``SessionSummary.resumed(record)`` starts
from what the earlier runs stored, so the end screen sums the whole of it,
as History does, not only the part after the resume.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.history.progress import SessionProgress
from app.history.records import Status
from app.session.events import ModificationChange, Pain, SessionEvent

if TYPE_CHECKING:
    from app.history.records import ModificationSwitch, SessionRecord

# The summary shows no clock times; the progress it reads wants one for each switch.
_NO_TIME = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)


def modification_label(name: str | None, level: str | None) -> str:
    """``"Knees down (easier)"``; the standard form is ``"Standard (standard)"``."""
    level = level or "standard"
    return f"{'Standard' if level == 'standard' or not name else name} ({level})"


@dataclass
class ExerciseSummary:
    """One exercise as the user did it."""

    title: str
    seconds: float = 0.0
    modifications: list[str] = field(default_factory=list)  # "Knees down (easier)", in order
    pain: int = 0
    completed: bool = False  # its last step ended completed (History's rule)

    @property
    def reached(self) -> bool:
        """True once the user spent time in it (or said it hurt)."""
        return self.seconds > 0 or self.pain > 0


@dataclass
class SessionSummary:
    """The session so far, read from the same fold History records (``SessionProgress``).

    Events are folded per exercise in one place only: the recorder's
    ``SessionProgress``. The summary adds what only the end screen needs: the
    modification names as the session said them (translated labels) and
    whether "this hurts" stopped an exercise.
    """

    progress: SessionProgress = field(default_factory=SessionProgress)
    stopped_for_pain: bool = False  # "this hurts" stopped an exercise (the safety word was said)
    _said: dict[tuple[int, str | None, str], str] = field(default_factory=dict)

    @classmethod
    def resumed(cls, record: SessionRecord) -> SessionSummary:
        """The summary of a session resumed from ``record``: its earlier runs included."""
        return cls(progress=SessionProgress.resumed(record))

    def add(self, event: SessionEvent) -> None:
        """Fold one event in."""
        p = event.payload
        self.progress.apply(event, _NO_TIME)
        if isinstance(p, ModificationChange) and p.label and p.exercise_index is not None:
            self._said[(p.exercise_index, p.name, p.level.value)] = p.label
        elif isinstance(p, Pain) and p.action == "ended":
            self.stopped_for_pain = True

    @property
    def title(self) -> str:
        """The session's title."""
        return self.progress.title

    @property
    def status(self) -> str | None:
        """``completed``, ``stopped``...; None while the session runs."""
        status = self.progress.status
        return None if status is Status.RUNNING else status.value

    @property
    def active_seconds(self) -> float:
        """Active seconds over every run of the session."""
        return self.progress.active_seconds

    @property
    def paused_seconds(self) -> float:
        """Paused seconds over every run of the session."""
        return self.progress.paused_seconds

    @property
    def exercises(self) -> list[ExerciseSummary]:
        """Every exercise of the plan, with the time spent and the forms used."""
        return [ExerciseSummary(e.title, e.seconds, self._labels(e.position, e.switches), e.pain,
                                e.completed)
                for e in self.progress.exercises]

    def _labels(self, position: int, switches: list[ModificationSwitch]) -> list[str]:
        labels: list[str] = []
        for switch in switches:
            said = self._said.get((position, switch.name, switch.level), switch.name)
            label = modification_label(said, switch.level)
            if not labels or labels[-1] != label:
                labels.append(label)
        return labels

    def reached(self) -> list[ExerciseSummary]:
        """The exercises the user got to, in order (a stopped session lists no others)."""
        return [ex for ex in self.exercises if ex.reached]

    def modifications_used(self) -> list[str]:
        """Every modification used in the exercises reached, without repeats."""
        seen: list[str] = []
        for ex in self.reached():
            seen += [m for m in ex.modifications if m not in seen]
        return seen
