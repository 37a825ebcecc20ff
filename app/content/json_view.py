"""Exercises, workouts and problems as plain JSON-ready data (``list``/``show --json``).

Front-matter fields keep the names trainers write (``translationKey``,
``video_id``), dates become ISO strings, and whole-second numbers print as
integers, so the JSON reads like the file it came from.
"""

from __future__ import annotations

import base64
import datetime as _dt
import math
from enum import Enum
from typing import Any

from app.content.model import ContentError, Exercise, Modification, Step, Workout, WorkoutItem


def plain(value: Any) -> Any:
    """Any loaded value as JSON-ready data (dates as ISO text, sets as lists...)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)  # JSON has no infinity or NaN
        return int(value) if value.is_integer() else value
    if isinstance(value, (str, int)) or value is None:
        return value
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=str)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def step_dict(step: Step) -> dict[str, Any]:
    """A step: always "text", and the optional keys that are set."""
    found = {"text": step.text, "seconds": plain(step.seconds), "reps": step.reps,
             "side": step.side, "cue": step.cue, "breath": step.breath,
             "pose": step.pose.as_dict() if step.pose is not None else None}
    return {k: v for k, v in found.items() if v is not None}


def modification_dict(mod: Modification) -> dict[str, Any]:
    """A modification: name, level, description, and its steps if it has its own."""
    found: dict[str, Any] = {"name": mod.name, "level": mod.level.value,
                             "description": mod.description}
    if mod.steps is not None:
        found["steps"] = [step_dict(s) for s in mod.steps]
    return found


def exercise_dict(ex: Exercise, translations: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every field of an exercise, under the names used in the file."""
    found: dict[str, Any] = {
        "kind": "exercise", "id": ex.id, "lang": ex.lang, "path": str(ex.path),
        "title": ex.title, "translationKey": ex.translation_key,
        "description": ex.description, "date": plain(ex.date), "lastmod": plain(ex.lastmod),
        "keywords": list(ex.keywords), "equipment": list(ex.equipment),
        "muscles": list(ex.muscles), "difficulty": ex.difficulty.value,
        "duration": plain(ex.duration), "video_id": ex.video_id,
        "steps": [step_dict(s) for s in ex.steps],
        "modifications": [modification_dict(m) for m in ex.modifications],
        "faq": [{"q": f.q, "a": f.a} for f in ex.faq],
        "author": ex.author, "image": ex.image,
        "pose": ex.pose.as_dict() if ex.pose is not None else None,
        "reps": ex.reps, "sets": ex.sets, "sides": ex.sides.value, "hold": plain(ex.hold),
        "rest": plain(ex.rest), "breathing": ex.breathing,
        "cautions": {"avoid_if": list(ex.cautions.avoid_if),
                     "stop_if": list(ex.cautions.stop_if)},
        "warmup": list(ex.warmup),
        "progressions": {"easier": list(ex.progressions.easier),
                         "harder": list(ex.progressions.harder)},
        "intro": ex.intro,
        "sections": {s.heading: s.body for s in ex.sections},
        "translations": list(translations),
    }
    for key, value in ex.extra:
        found.setdefault(key, plain(value))
    return found


def item_dict(item: WorkoutItem) -> dict[str, Any]:
    """A workout item: the exercise id and the overrides that are set."""
    found = {"exercise": item.exercise, "sets": item.sets, "reps": item.reps,
             "seconds": plain(item.seconds), "rest": plain(item.rest),
             "modification": item.modification}
    if item.inline is not None:  # written in the workout: its name, length and steps
        ex = item.inline
        found["inline"] = {"name": ex.title, "seconds": plain(ex.duration), "sides": ex.sides.value,
                           "reps": ex.reps, "description": ex.description or None,
                           "steps": [step_dict(s) for s in ex.steps]}
    return {k: v for k, v in found.items() if v is not None}


def workout_dict(workout: Workout, total_seconds: float | None = None) -> dict[str, Any]:
    """Every field of a workout, under the names used in the file."""
    found: dict[str, Any] = {
        "kind": "workout", "id": workout.id, "path": str(workout.path),
        "title": workout.title, "description": workout.description,
        "difficulty": workout.difficulty.value, "rest": plain(workout.rest_between),
        "warmup": [item_dict(i) for i in workout.warmup],
        "items": [item_dict(i) for i in workout.items],
        "cooldown": [item_dict(i) for i in workout.cooldown],
        "author": workout.author, "intro": workout.intro,
        "sections": {s.heading: s.body for s in workout.sections},
        "total_seconds": plain(round(total_seconds, 1)) if total_seconds is not None else None,
    }
    for key, value in workout.extra:
        found.setdefault(key, plain(value))
    return found


def problem_dict(problem: ContentError) -> dict[str, str]:
    """A problem as {path, field, message, severity}."""
    return {"path": str(problem.path), "field": problem.field, "message": problem.message,
            "severity": problem.severity.value}
