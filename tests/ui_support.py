"""Builders shared by the UI tests: real model objects, made without the loader."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from app.content.model import Difficulty, Exercise, Level, Modification, Step, Workout, WorkoutItem

MUSCLES = ("glutes", "hamstrings", "core", "shoulders", "back", "quads")
EQUIPMENT = ("mat", "ball", "band", "none")


def make_exercise(i: int, root: Path | None = None, **over: object) -> Exercise:
    """Exercise number ``i``, with a spread of muscles, equipment and difficulty."""
    values: dict[str, object] = {
        "id": f"ex-{i:05d}",
        "path": (root or Path("/nonexistent")) / "exercises" / f"ex-{i:05d}.md",
        "title": f"Exercise {i:05d}",
        "description": f"Description of exercise {i}.",
        "difficulty": list(Difficulty)[i % 3],
        "duration": 30.0 + i % 60,
        "steps": (Step("Lie on the mat."), Step("Lift the leg.", seconds=10), Step("Lower it.", reps=5)),
        "muscles": (MUSCLES[i % len(MUSCLES)], MUSCLES[(i + 1) % len(MUSCLES)]),
        "equipment": (EQUIPMENT[i % len(EQUIPMENT)],),
        "modifications": (Modification("Knees down", Level.EASIER, "Keep the knees on the mat."),
                       Modification("Single leg", Level.HARDER, "Lift one leg.")),
        "root": root,
    }
    values.update(over)
    return Exercise(**values)  # type: ignore[arg-type]


def make_library(n: int = 20, root: Path | None = None) -> SimpleNamespace:
    """A Library-shaped object with ``n`` exercises and one workout."""
    exercises = {e.id: e for e in (make_exercise(i, root) for i in range(n))}
    workout = Workout(
        id="wk-test", path=Path("/nonexistent/workouts/wk-test.md"), title="Test Workout",
        description="Two exercises.", difficulty=Difficulty.BEGINNER,
        items=(WorkoutItem("ex-00000", sets=2), WorkoutItem("ex-00001", seconds=20)), rest_between=15,
    )
    return SimpleNamespace(exercises=exercises, workouts={workout.id: workout}, errors=[], translations={},
                           exercise=exercises.get, workout={workout.id: workout}.get)


def quiet_settings(data_dir: Path, **over: object) -> None:
    """Write settings with the voice off and a short get-ready, so sessions run fast and silent."""
    from dataclasses import replace

    from app.preferences import Preferences
    from app.ui.settings.store import Settings

    prefs = replace(Preferences(voice_enabled=False, get_ready=1), **over)  # type: ignore[arg-type]
    Settings(data_dir / "settings.ini").save(prefs)


def make_app(qtbot, data_dir: Path, speed: float = 1.0, **prefs: object):
    """A real SpotterApp on the bundled library, shown, with the library loaded."""
    from PySide6.QtWidgets import QApplication

    from app.context import Context
    from app.paths import Paths
    from app.ui.spotter_app import SpotterApp

    quiet_settings(data_dir, **prefs)
    ctx = Context(paths=Paths.create(data_dir), speed=speed)
    spotter = SpotterApp(ctx, QApplication.instance())
    qtbot.addWidget(spotter.window)
    with qtbot.waitSignal(spotter.library_loaded, timeout=20000):
        spotter.start(check_interrupted=False)
    return spotter


TEST_EXERCISE = """---
title: Test Bridge
description: A short exercise for the player tests.
difficulty: beginner
duration: 30
muscles: [glutes]
equipment: [mat]
steps:
  - text: Lie on your back with your knees bent.
    seconds: 4
  - text: Lift your hips.
    seconds: 4
  - text: Lift and lower your hips.
    reps: 3
modifications:
  - name: Feet wide
    level: easier
    description: Set your feet wider apart.
  - name: One leg
    level: harder
    description: Lift one foot off the floor.
---

A test page.
"""


def add_test_exercise(data_dir: Path) -> str:
    """Write ``test-bridge`` (with a reps step) into the user content folder; returns its id."""
    folder = data_dir / "content" / "exercises"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test-bridge.md").write_text(TEST_EXERCISE, encoding="utf-8")
    return "test-bridge"


def seed_history(data_dir: Path, sessions: list[tuple]) -> None:
    """Record real sessions, run by the real engine on a fake clock, ``days_ago`` in the past.

    Each entry is (days_ago, exercise or workout id, modification name or None), with an
    optional fourth item "stopped" to stop the session half-way.
    """
    import datetime as dt

    from app.content.library import load_library
    from app.history.store import HistoryStore
    from app.paths import Paths
    from app.session.clock import FakeClock, FakeScheduler
    from app.session.engine import Engine, EngineState
    from app.session.plan import PlanSettings, compile_plan
    from app.speech.silent import SilentSpeaker

    paths = Paths.create(data_dir)
    library = load_library(paths.content_roots())
    moment = [dt.datetime.now().astimezone()]
    store = HistoryStore.open(paths, now=lambda: moment[0])
    for days_ago, source_id, modification, *how in sessions:
        moment[0] = dt.datetime.now().astimezone().replace(hour=7, minute=30) - dt.timedelta(days=days_ago)
        source = library.exercise(source_id) or library.workout(source_id)
        speaker = SilentSpeaker()
        plan = compile_plan(source, library.exercises, PlanSettings(), speaker.measure,
                            {0: modification} if modification else None)
        recorder = store.recorder()
        clock = FakeClock()
        scheduler = FakeScheduler(clock)
        engine = Engine(plan, clock, scheduler, speaker, recorder.handle)
        engine.start()
        if how == ["stopped"]:
            scheduler.advance(plan.total_seconds / 2)
            engine.stop()
        scheduler.run_until(lambda engine=engine: engine.state is EngineState.FINISHED)
        recorder.close()
    store.close()
