"""Helpers for the session tests: tiny exercises built from the model, an engine on a fake clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.content.model import Difficulty, Exercise, Level, Modification, Sides, Step
from app.session.clock import FakeClock, FakeScheduler
from app.session.engine import Engine
from app.session.events import EventType, SessionEvent
from app.session.plan import PlanSettings, SessionPlan, compile_plan
from app.speech.silent import SilentSpeaker


class SpySpeaker(SilentSpeaker):
    """The real silent speaker, remembering what it was asked to say and when it was cancelled."""

    def __init__(self) -> None:
        super().__init__("test")
        self.said: list[str] = []
        self.cancels = 0

    def speak(self, text: str, due: float | None = None) -> None:
        self.said.append(text)

    def cancel(self) -> None:
        self.cancels += 1


def exercise(id: str = "test-ex", *, steps: tuple[Step, ...] | None = None, duration: float = 40,
             sides: Sides = Sides.NONE, sets: int | None = None, rest: float | None = None,
             modifications: tuple[Modification, ...] = (), reps: int | None = None,
             breathing: str | None = None, title: str = "Test Exercise") -> Exercise:
    """A small exercise straight from the model (no loader involved)."""
    return Exercise(
        id=id, path=Path(f"{id}.md"), title=title, description="A test.",
        difficulty=Difficulty.BEGINNER, duration=duration,
        steps=steps or (Step("Lie on your back with your knees bent"),
                        Step("Lift both legs to tabletop", seconds=10),
                        Step("Lower them slowly", reps=5)),
        sides=sides, sets=sets, rest=rest, modifications=modifications, reps=reps,
        breathing=breathing)


LADDER_MODS = (
    Modification("Knees Bent", Level.EASIER, "Keep the knees bent.",
                 (Step("Bend your knees", seconds=12), Step("Hold still", seconds=12))),
    Modification("Tiny Lift", Level.EASIER, "Lift only a little."),
    Modification("Long Legs", Level.HARDER, "Keep the legs long."),
)


class Rig:
    """An engine on a fake clock, with every event it emits."""

    def __init__(self, plan: SessionPlan, speed: float = 1.0) -> None:
        self.clock = FakeClock()
        self.scheduler = FakeScheduler(self.clock)
        self.speaker = SpySpeaker()
        self.events: list[SessionEvent] = []
        self.engine = Engine(plan, self.clock, self.scheduler, self.speaker, self.events.append,
                             speed=speed)

    @classmethod
    def of(cls, ex: Exercise, speed: float = 1.0, **settings: Any) -> Rig:
        """A rig for one exercise, planned with the silent speaker's estimate."""
        plan = compile_plan(ex, None, PlanSettings(**settings), SilentSpeaker("t").measure)
        return cls(plan, speed)

    def types(self) -> list[str]:
        """The event types, in order."""
        return [e.type.value for e in self.events]

    def of_type(self, type_: EventType) -> list[SessionEvent]:
        """The events of one type."""
        return [e for e in self.events if e.type is type_]

    def advance(self, dt: float) -> None:
        """Move the fake time."""
        self.scheduler.advance(dt)

    def run_out(self) -> None:
        """Let the session play to its end."""
        self.scheduler.run_until(lambda: self.engine.state.value == "finished")

    def at(self, index: int) -> None:
        """Advance until segment ``index`` is current."""
        self.scheduler.run_until(lambda: self.engine.index == index)
