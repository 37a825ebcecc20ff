"""What is said during a session, and when, relative to its segment.

The planner (``plan.py``) attaches to every segment the cues it carries: the
ones said at its start (the instruction, its breathing, "switch sides", "rest
N seconds, next up: X"...), "halfway" on segments of 20 s or more, and the
last three seconds counted. The engine turns those offsets into deadlines and
applies the rules that need the clock:

1. Cues never overlap: the engine keeps track of when the speech in progress
   ends (``Speaker.measure``) and queues the next start cue after it.
2. A time-bound cue (a countdown number, "halfway") that would start while
   another cue is still being spoken is dropped: heard late, it misleads.
3. When the session moves on by a control (next, back, restart, a
   modification switch, pain, stop) the speaker is cancelled, so stale cues
   are never heard.
4. Every cue that is spoken is also emitted as a ``cue`` event (captions),
   muted or not; a dropped cue is neither spoken nor emitted.

The words themselves come from the session's ``Phrases`` (``phrases.py``), in
its language; the English helpers below are for tests and tools.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.session.phrases import ENGLISH, Phrases, sentence

__all__ = ["ALTERNATE_TEXT", "CLOSING_TEXT", "COUNTDOWN", "ENGLISH", "HALFWAY_TEXT",
           "SWITCH_SIDES_TEXT", "Cue", "CueKind", "Phrases", "get_ready_text", "modification_text",
           "rest_text", "sentence", "side_text", "timed_cues"]

HALFWAY_MIN_SECONDS = 20.0
COUNTDOWN = (3, 2, 1)


class CueKind(str, Enum):
    """Why a cue is said; matches the ``kind`` of a ``cue`` event."""

    INSTRUCTION = "instruction"
    COUNT = "count"
    HALFWAY = "halfway"
    SWITCH = "switch"
    REST = "rest"
    MODIFICATION = "modification"
    BREATH = "breath"
    FINISH = "finish"
    GET_READY = "get_ready"
    INFO = "info"

    @property
    def time_bound(self) -> bool:
        """True for cues that only make sense on time (dropped rather than said late)."""
        return self in (CueKind.COUNT, CueKind.HALFWAY)


@dataclass(frozen=True)
class Cue:
    """One thing to say at a moment of a segment.

    Attributes:
        text: The words.
        kind: Why it is said.
        at: Session seconds after the segment's start; ignored when ``before_end`` is set.
        before_end: Session seconds before the segment's end (countdown numbers), so
            "+10 s" moves them with the end.
    """

    text: str
    kind: CueKind
    at: float = 0.0
    before_end: float | None = None


def get_ready_text(title: str, modification: str | None, first_step: str | None) -> str:
    """ "Get ready: Leg Pull Back. <first step>" in English (see ``Phrases.get_ready``)."""
    return ENGLISH.get_ready(title, modification, first_step)


def rest_text(seconds: float, next_up: str) -> str:
    """ "Rest 30 seconds. Next up: Hundred." in English (see ``Phrases.rest``)."""
    return ENGLISH.rest(seconds, next_up)


def side_text(side: str, instruction: str) -> str:
    """The first instruction of a side's pass, in English (see ``Phrases.side``)."""
    return ENGLISH.side(side, instruction)


def modification_text(name: str, description: str) -> str:
    """What is said when a modification is switched: its name, then its description."""
    return ENGLISH.modification(name, description)


SWITCH_SIDES_TEXT = ENGLISH.switch_sides
HALFWAY_TEXT = ENGLISH.halfway
CLOSING_TEXT = ENGLISH.closing
ALTERNATE_TEXT = "Alternate sides."


def timed_cues(seconds: float, *, counted: bool, halfway: bool,
               phrases: Phrases = ENGLISH) -> tuple[Cue, ...]:
    """The halfway mark and the countdown of a segment ``seconds`` long."""
    cues: list[Cue] = []
    if halfway and seconds >= HALFWAY_MIN_SECONDS:
        cues.append(Cue(phrases.halfway, CueKind.HALFWAY, at=seconds / 2))
    if counted and seconds > len(COUNTDOWN):
        cues.extend(Cue(phrases.count(n), CueKind.COUNT, before_end=float(n)) for n in COUNTDOWN)
    return tuple(cues)
