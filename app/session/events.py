"""What a running session reports: one event per thing that happens, with a typed payload.

The engine emits these; the terminal player prints them as JSON lines
(``--events``), the history recorder folds them into SQLite, the Qt player
shows them. ``t`` is session time in seconds since the start (with a speed
factor, session seconds, not wall seconds).

Each kind of event has its own frozen payload dataclass (``SessionStart``,
``SegmentStart``, ``CueSaid``...); a consumer tells them apart with
``isinstance`` or ``event.type`` and reads typed fields, never strings out of a
dict. ``to_json`` gives the wire form ``{"t", "type", **fields}`` (enums as
their values, ``session_start`` with its ``plan`` object); ``SessionEvent.of``
builds an event back from that form (tests, reading ``--events`` output).

The fields per kind, as they appear in JSON:

- ``session_start``: ``plan`` {"total_seconds", "exercises": [ids]}, ``kind``
  ("exercise" | "workout"), ``source_id``, ``title``, ``resume_from`` (segment
  index or null), ``exercise_titles`` [titles, same order as ``plan.exercises``].
- ``segment``: ``index``, ``kind`` (prepare | step | rest | switch_sides | finish),
  ``exercise`` (id or null), ``exercise_index`` (0-based or null), ``step``
  (1-based or null), ``steps``, ``set``, ``sets``, ``side`` ("left" | "right" |
  null), ``text``, ``seconds`` (planned), ``reps`` (or null), ``modification``
  {"name", "level"} or null.
- ``segment_end``: ``index``, ``kind``, ``exercise``, ``exercise_index``,
  ``seconds`` (session seconds actually spent, pauses excluded), ``completed``
  (false when skipped or cut short by stop/pain).
- ``cue``: ``text``, ``kind`` (instruction | count | halfway | switch | rest |
  modification | breath | finish | get_ready | info).
- ``modification``: ``exercise``, ``exercise_index``, ``name``, ``level``
  (easier | standard | harder), ``description``, ``reason`` ("user" | "pain" | "start").
- ``pause``: ``reason``: "user"; "pain" when "this hurts" stopped an exercise
  of a workout and the session waits to go on or end; "stall" when the process
  or machine stopped (SIGSTOP, a freeze) and the session was paused where it was.
- ``resume``, ``done``: no fields.
- ``skip`` and ``back``: ``from_index``, ``to_index`` (``back`` with both equal
  restarts the current segment).
- ``pain``: ``exercise``, ``exercise_index``, ``action``: "easier" (switched to
  the easiest form) or "ended" (that exercise was stopped for pain, with the
  safety word; a single exercise then ends ``stopped``).
- ``session_end``: ``status`` ("completed" | "stopped"), ``active_seconds``,
  ``paused_seconds``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

from app.content.model import Level, Modification
from app.session.cues import CueKind
from app.session.plan import Segment, SegmentKind, SessionPlan


class EventType(str, Enum):
    """The kinds of session event."""

    SESSION_START = "session_start"
    SEGMENT = "segment"
    SEGMENT_END = "segment_end"
    CUE = "cue"
    MODIFICATION = "modification"
    PAUSE = "pause"
    RESUME = "resume"
    DONE = "done"
    SKIP = "skip"
    BACK = "back"
    PAIN = "pain"
    SESSION_END = "session_end"


@dataclass(frozen=True)
class Payload:
    """What one kind of event carries; every subclass names its ``TYPE``."""

    TYPE: ClassVar[EventType]

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON values (enums as their values)."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Payload:
        """The payload from its JSON fields; missing fields take their defaults."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class FormRef:
    """A modification as a segment names it: its name and level (and its words, translated).

    ``name`` is language-neutral: a translation's modification gives the
    original's name (its ``key``), and its own words as ``label``.
    """

    name: str
    level: Level
    label: str | None = None

    @classmethod
    def of(cls, mod: Modification | None) -> FormRef | None:
        """The reference to ``mod``, or None for the standard form."""
        if mod is None:
            return None
        if mod.key and mod.key != mod.name:
            return cls(mod.key, mod.level, mod.name)
        return cls(mod.name, mod.level)

    def to_json(self) -> dict[str, str]:
        """``{"name", "level"}``, with ``label`` when translated."""
        out = {"name": self.name, "level": self.level.value}
        return out if self.label is None else {**out, "label": self.label}


@dataclass(frozen=True)
class SessionStart(Payload):
    """The session began (or resumed at ``resume_from``)."""

    TYPE: ClassVar[EventType] = EventType.SESSION_START
    kind: str = "exercise"  # exercise | workout
    source_id: str = ""
    title: str = ""
    total_seconds: float = 0.0
    exercises: tuple[str, ...] = ()  # ids, in plan order
    exercise_titles: tuple[str, ...] = ()
    resume_from: int | None = None
    speed: float = 1.0  # session time runs this many times faster than wall time (a demo if not 1)

    def to_json(self) -> dict[str, Any]:
        """The wire form: ids and total under ``plan``."""
        return {"plan": {"total_seconds": self.total_seconds, "exercises": list(self.exercises)},
                "kind": self.kind, "source_id": self.source_id, "title": self.title,
                "resume_from": self.resume_from, "exercise_titles": list(self.exercise_titles),
                "speed": self.speed}

    @classmethod
    def of(cls, plan: SessionPlan, resume_from: int | None, speed: float = 1.0) -> SessionStart:
        """The start of ``plan`` (at segment ``resume_from`` when resuming)."""
        return cls(plan.kind, plan.source_id, plan.title, round(plan.total_seconds, 3),
                   tuple(p.exercise.id for p in plan.exercises),
                   tuple(p.exercise.title for p in plan.exercises), resume_from, speed)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SessionStart:
        """Read back the wire form."""
        plan = data.get("plan") or {}
        return cls(kind=str(data.get("kind") or "exercise"), source_id=str(data.get("source_id") or ""),
                   title=str(data.get("title") or ""),
                   total_seconds=float(plan.get("total_seconds") or 0.0),
                   exercises=tuple(plan.get("exercises") or ()),
                   exercise_titles=tuple(data.get("exercise_titles") or ()),
                   resume_from=data.get("resume_from"), speed=float(data.get("speed") or 1.0))


@dataclass(frozen=True)
class SegmentStart(Payload):
    """Segment ``index`` of the plan became current."""

    TYPE: ClassVar[EventType] = EventType.SEGMENT
    index: int = 0
    kind: SegmentKind = SegmentKind.STEP
    exercise: str | None = None
    exercise_index: int | None = None
    step: int | None = None
    steps: int | None = None
    set: int | None = None
    sets: int | None = None
    side: str | None = None
    text: str = ""
    seconds: float = 0.0
    reps: int | None = None
    modification: FormRef | None = None

    @classmethod
    def of(cls, index: int, seg: Segment) -> SegmentStart:
        """The event payload of entering ``seg``."""
        return cls(index, seg.kind, seg.exercise_id, seg.exercise_index, seg.step, seg.steps,
                   seg.set, seg.sets, seg.side, seg.text, seg.seconds, seg.reps,
                   FormRef.of(seg.modification))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SegmentStart:
        """Read back the wire form."""
        mod = data.get("modification")
        fields = {k: v for k, v in data.items() if k in _SEGMENT_FIELDS}
        fields["kind"] = SegmentKind(fields.get("kind", "step"))
        fields["modification"] = FormRef(mod["name"], Level(mod["level"]), mod.get("label")) if mod else None
        return cls(**fields)


@dataclass(frozen=True)
class SegmentEnd(Payload):
    """Segment ``index`` was left: run out (``completed``), or skipped or cut short."""

    TYPE: ClassVar[EventType] = EventType.SEGMENT_END
    index: int = 0
    kind: SegmentKind = SegmentKind.STEP
    exercise: str | None = None
    exercise_index: int | None = None
    seconds: float = 0.0
    completed: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SegmentEnd:
        """Read back the wire form."""
        fields = {k: v for k, v in data.items() if k in _END_FIELDS}
        return cls(**{**fields, "kind": SegmentKind(fields.get("kind", "step"))})


@dataclass(frozen=True)
class CueSaid(Payload):
    """A cue was handed to the speaker (and shown as a caption)."""

    TYPE: ClassVar[EventType] = EventType.CUE
    text: str = ""
    kind: CueKind = CueKind.INFO

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CueSaid:
        """Read back the wire form."""
        return cls(str(data.get("text", "")), CueKind(data.get("kind", "info")))


@dataclass(frozen=True)
class ModificationChange(Payload):
    """An exercise was put on a form (``reason``: user | pain | start).

    ``name`` is language-neutral (a translation's modification gives the
    original's name); ``label`` is its name in the session's language, when
    that differs.
    """

    TYPE: ClassVar[EventType] = EventType.MODIFICATION
    exercise: str | None = None
    exercise_index: int | None = None
    name: str = "Standard"
    level: Level = Level.STANDARD
    description: str = ""
    reason: str = "user"
    label: str | None = None

    @classmethod
    def of(cls, exercise: str, index: int, mod: Modification | None, reason: str) -> ModificationChange:
        """The change of exercise ``index`` to ``mod`` (None: the standard form)."""
        if mod is None:
            return cls(exercise, index, "Standard", Level.STANDARD, "", reason)
        if mod.key and mod.key != mod.name:
            return cls(exercise, index, mod.key, mod.level, mod.description, reason, mod.name)
        return cls(exercise, index, mod.name, mod.level, mod.description, reason)

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON values; ``label`` only when there is one."""
        out = super().to_json()
        if out.get("label") is None:
            out.pop("label", None)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ModificationChange:
        """Read back the wire form."""
        fields = {k: v for k, v in data.items() if k in _MOD_FIELDS}
        return cls(**{**fields, "level": Level(fields.get("level", "standard"))})


@dataclass(frozen=True)
class Paused(Payload):
    """The session froze: the user paused it, or Spotter did (``pain``, ``stall``)."""

    TYPE: ClassVar[EventType] = EventType.PAUSE
    reason: str = "user"  # user | pain (go on or end?) | stall (the machine stopped)


@dataclass(frozen=True)
class Resumed(Payload):
    """The session carried on."""

    TYPE: ClassVar[EventType] = EventType.RESUME


@dataclass(frozen=True)
class Done(Payload):
    """The user ended a reps step."""

    TYPE: ClassVar[EventType] = EventType.DONE


@dataclass(frozen=True)
class Skipped(Payload):
    """The user skipped ahead."""

    TYPE: ClassVar[EventType] = EventType.SKIP
    from_index: int = 0
    to_index: int = 0


@dataclass(frozen=True)
class WentBack(Payload):
    """The user went back (to the same index: the segment restarted)."""

    TYPE: ClassVar[EventType] = EventType.BACK
    from_index: int = 0
    to_index: int = 0


@dataclass(frozen=True)
class Pain(Payload):
    """"This hurts": the exercise went easier, or ended."""

    TYPE: ClassVar[EventType] = EventType.PAIN
    exercise: str | None = None
    exercise_index: int | None = None
    action: str = "ended"  # easier | ended


@dataclass(frozen=True)
class SessionEnd(Payload):
    """The session finished (``status``: completed | stopped)."""

    TYPE: ClassVar[EventType] = EventType.SESSION_END
    status: str = "completed"
    active_seconds: float = 0.0
    paused_seconds: float = 0.0


PAYLOADS: dict[EventType, type[Payload]] = {
    cls.TYPE: cls for cls in (SessionStart, SegmentStart, SegmentEnd, CueSaid, ModificationChange,
                              Paused, Resumed, Done, Skipped, WentBack, Pain, SessionEnd)}
_SEGMENT_FIELDS = {f.name for f in dataclasses.fields(SegmentStart)}
_END_FIELDS = {f.name for f in dataclasses.fields(SegmentEnd)}
_MOD_FIELDS = {f.name for f in dataclasses.fields(ModificationChange)}


@dataclass(frozen=True)
class SessionEvent:
    """One thing that happened in a session, at session time ``t``."""

    t: float
    payload: Payload

    @property
    def type(self) -> EventType:
        """The kind of event (the payload's)."""
        return self.payload.TYPE

    def to_json(self) -> dict[str, Any]:
        """The event as one JSON object: ``{"t", "type", **fields}``."""
        return {"t": round(self.t, 3), "type": self.type.value, **self.payload.to_json()}

    @classmethod
    def of(cls, type_: EventType | str, t: float, data: Mapping[str, Any] | None = None) -> SessionEvent:
        """An event from its JSON fields (``to_json`` read back)."""
        return cls(t, PAYLOADS[EventType(type_)].from_json(data or {}))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, FormRef):
        return value.to_json()
    if isinstance(value, tuple):
        return list(value)
    return value
