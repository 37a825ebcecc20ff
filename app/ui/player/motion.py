"""The player's figure in motion: the pose of the moment, moved at the tempo of the reps.

The engine's snapshots come ten times a second; between them a 25 Hz timer
carries the movement on from the last snapshot (at the session's speed), so
the figure moves smoothly. It stops when paused, when the step has no
movement, and always with the reduce-motion setting (the start pose, still).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.session.poses import ShownPose, phase, pose_at
from app.ui.widgets.figure import FigureWidget

if TYPE_CHECKING:
    from app.session.plan import Segment, SessionPlan
    from app.session.snapshot import Snapshot

FRAME_MS = 40


class Motion(QObject):
    """Keeps a FigureWidget on the session's current pose and phase."""

    def __init__(self, figure: FigureWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.plan: SessionPlan | None = None
        self.speed = 1.0
        self.reduce = False
        self.shown: ShownPose | None = None
        self._key: tuple[object, ...] = ()
        self._seg: Segment | None = None
        self._elapsed = 0.0
        self._seconds = 0.0
        self._at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._frame)

    def follow(self, snap: Snapshot, paused: bool) -> None:
        """Take one engine snapshot: the pose of its segment, and where in the movement it is."""
        if self.plan is None:
            return
        index = int(getattr(snap, "index", 0))
        key = (id(self.plan), index)
        if key != self._key:
            self._key = key
            self.shown = pose_at(self.plan, index)
            if self.shown is None:
                self.figure.set_pose(None)
            else:
                self.figure.set_pose(self.shown.pose, self.shown.side, self.shown.written_side)
        self._seg = getattr(snap, "segment", None)
        self._seconds = float(getattr(snap, "segment_seconds", 0.0))
        self._elapsed = self._seconds - float(getattr(snap, "remaining", 0.0))
        self._at = time.monotonic()
        moving = (self.shown is not None and self.shown.moving and self.figure.moves
                  and not self.reduce)
        if not moving:
            self.figure.set_phase(0.0)
        if moving and not paused:
            if not self._timer.isActive():
                self._timer.start()
            self._frame()
        else:
            self._timer.stop()
            if moving:
                self.figure.set_phase(phase(self._seg, self._elapsed, self._seconds))

    def stop(self) -> None:
        """No more frames (the session ended)."""
        self._timer.stop()

    def _frame(self) -> None:
        elapsed = self._elapsed + (time.monotonic() - self._at) * self.speed
        self.figure.set_phase(phase(self._seg, min(elapsed, self._seconds), self._seconds))
