"""The content model: exercises, workouts and the problems found in them.

Everything here is a frozen dataclass or an enum, built by the loader from a
Markdown file with YAML front matter (see ``docs/content-format.md``). The
model knows nothing about files, Qt or sessions.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.content.pose import Pose


class Difficulty(str, Enum):
    """How demanding an exercise or workout is."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


def means_standard(name: str | None) -> bool:
    """True when a form's ``name`` means the exercise as written: None, "" or "standard"."""
    return name is None or name.strip().casefold() in ("", Level.STANDARD.value)


class Level(str, Enum):
    """A modification's level relative to the standard form."""

    EASIER = "easier"
    STANDARD = "standard"  # never written in content: the exercise as written
    HARDER = "harder"


class Sides(str, Enum):
    """Whether an exercise is done once, once per side, or alternating sides."""

    NONE = "none"
    EACH = "each"
    ALTERNATING = "alternating"


class Severity(str, Enum):
    """An error stops a file from loading; a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ContentError:
    """One problem in one file, in plain words.

    Attributes:
        path: The file (or folder) the problem is in.
        field: Where in the file, e.g. ``modifications[2].level``; ``""`` for the whole file.
        message: What is wrong and, where possible, how to fix it.
        severity: Errors keep the file out of the library; warnings do not.
    """

    path: Path
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.field or "file"
        return f"{self.path}: {where}: {self.message}"


@dataclass(frozen=True)
class Step:
    """One instruction. ``seconds`` or ``reps`` say how long it lasts, if given."""

    text: str
    seconds: float | None = None
    reps: int | None = None
    side: str | None = None  # "left" | "right" | None
    cue: str | None = None  # what is spoken instead of ``text``, if given
    breath: str | None = None  # e.g. "Exhale as you lift"
    pose: Pose | None = None  # as written, or inferred from the text (``pose.inferred``)


@dataclass(frozen=True)
class Modification:
    """An easier or harder form of an exercise; ``steps`` replace the base steps."""

    name: str
    level: Level
    description: str
    steps: tuple[Step, ...] | None = None
    key: str | None = None  # a translation's: the original's name, kept in history and events


@dataclass(frozen=True)
class FaqItem:
    """A question a user may have, and its answer."""

    q: str
    a: str


@dataclass(frozen=True)
class Section:
    """A ``##`` section of the Markdown body: its heading and its Markdown text."""

    heading: str
    body: str


@dataclass(frozen=True)
class Cautions:
    """Who should not do an exercise, and when to stop."""

    avoid_if: tuple[str, ...] = ()
    stop_if: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.avoid_if or self.stop_if)


@dataclass(frozen=True)
class Progressions:
    """Ids of the exercises one step easier and one step harder."""

    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """One exercise, as a trainer wrote it.

    ``id`` is the file stem (``leg-pull-back``); a translation
    ``leg-pull-back.de.md`` has the same id and ``lang="de"``.
    """

    id: str
    path: Path
    title: str
    description: str
    difficulty: Difficulty
    duration: float  # seconds for one set, all steps
    steps: tuple[Step, ...]
    muscles: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    modifications: tuple[Modification, ...] = ()
    faq: tuple[FaqItem, ...] = ()
    keywords: tuple[str, ...] = ()
    translation_key: str | None = None
    lang: str | None = None
    date: _dt.date | None = None
    lastmod: _dt.date | None = None
    video_id: str | None = None
    author: str | None = None
    image: str | None = None  # as written: inside the content root; a leading "/" means the root
    pose: Pose | None = None  # the default pose of the steps, as written
    # guidance fields
    reps: int | None = None
    sets: int | None = None
    sides: Sides = Sides.NONE
    hold: float | None = None
    rest: float | None = None
    breathing: str | None = None
    cautions: Cautions = field(default_factory=Cautions)
    warmup: tuple[str, ...] = ()
    progressions: Progressions = field(default_factory=Progressions)
    # body
    intro: str = ""  # Markdown before the first ## heading
    sections: tuple[Section, ...] = ()
    root: Path | None = None  # the content root the file came from
    extra: tuple[tuple[str, Any], ...] = ()  # unknown front-matter fields, kept

    def image_file(self) -> Path | None:
        """Where the picture should be (it may be missing: show a placeholder).

        ``image`` is written Hugo-style, ``/images/x.jpg`` meaning the content
        root's ``images/x.jpg``; the loader has already refused paths leaving the root.
        """
        if not self.image or self.root is None:
            return None
        return self.root / self.image.lstrip("/")

    def form(self, name: str | None) -> tuple[bool, Modification | None]:
        """Whether the exercise has the form ``name``, and it (None: the standard form).

        The one reading of a form's name: None, "" and "standard" (any case) mean
        the exercise as written; any other name is looked up by ``modification``.
        """
        if means_standard(name):
            return True, None
        found = self.modification(name or "")
        return found is not None, found

    def modification(self, name: str) -> Modification | None:
        """The modification called ``name`` (case-insensitive), if any."""
        wanted = name.strip().casefold()
        return next((m for m in self.modifications if m.name.casefold() == wanted), None) or next(
            (m for m in self.modifications if m.key and m.key.casefold() == wanted), None)

    def modifications_at(self, level: Level) -> tuple[Modification, ...]:
        """The modifications of one level, in the order written."""
        return tuple(m for m in self.modifications if m.level is level)

    def section(self, heading: str) -> Section | None:
        """The body section whose heading starts with ``heading`` (case-insensitive)."""
        wanted = heading.casefold()
        return next((s for s in self.sections if s.heading.casefold().startswith(wanted)), None)


@dataclass(frozen=True)
class WorkoutItem:
    """One exercise in a workout, with the workout's overrides."""

    exercise: str  # exercise id
    sets: int | None = None
    reps: int | None = None
    seconds: float | None = None
    rest: float | None = None  # rest after this item, overriding the workout's
    modification: str | None = None  # a modification name of that exercise
    inline: Exercise | None = None  # an exercise written in the workout itself (name, steps)
    # written in the workout under this name, and played as the library exercise of that title
    written_as: str | None = None


@dataclass(frozen=True)
class Workout:
    """An ordered routine of exercises with rests between them."""

    id: str
    path: Path
    title: str
    description: str
    difficulty: Difficulty
    items: tuple[WorkoutItem, ...]
    rest_between: float = 20.0
    warmup: tuple[WorkoutItem, ...] = ()
    cooldown: tuple[WorkoutItem, ...] = ()
    author: str | None = None
    intro: str = ""
    sections: tuple[Section, ...] = ()
    root: Path | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    translation_key: str | None = None
    lang: str | None = None  # a translation ``core-foundations.es.md``: "es"

    def all_items(self) -> tuple[WorkoutItem, ...]:
        """Warm-up, main items and cool-down, in the order they are done."""
        return self.warmup + self.items + self.cooldown


@dataclass
class Library:
    """Every exercise and workout of the content roots by id, and every problem found.

    Built by ``app.content.library.load_library``; kept here, with no loader
    behind it, so a cached copy can be read back without importing YAML.
    """

    exercises: dict[str, Exercise] = field(default_factory=dict)
    workouts: dict[str, Workout] = field(default_factory=dict)
    translations: dict[str, dict[str, Exercise]] = field(default_factory=dict)
    workout_translations: dict[str, dict[str, Workout]] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    # pages of a site that are neither exercises nor workouts, and why (validate sums them up)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    # exercise id -> (the earlier file, the later root's file that replaced it)
    replaced: dict[str, tuple[Path, Path]] = field(default_factory=dict)

    def exercise(self, id: str) -> Exercise | None:
        """The exercise with this id (default language), if loaded."""
        return self.exercises.get(id)

    def workout(self, id: str) -> Workout | None:
        """The workout with this id, if loaded."""
        return self.workouts.get(id)

    def problems(self, severity: Severity) -> list[ContentError]:
        """Only the errors, or only the warnings."""
        return [e for e in self.errors if e.severity is severity]
