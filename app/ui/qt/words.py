"""The app's fixed vocabulary in the interface language, and dates and numbers by QLocale.

Content and history keep language-neutral values (``beginner``, ``easier``,
``completed``); this is the one place that turns them into words on screen.
Dates, times and numbers go through the default ``QLocale``, which
``install_translators`` sets to the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from app.ui.qt.translation import context_tr, current_language

if TYPE_CHECKING:
    from app.content.model import Exercise


class Words:
    """Translation context of the vocabulary (for lupdate: ``Words.tr``)."""

    tr = context_tr("Words")


def difficulty(value: str) -> str:
    """``beginner`` -> "Beginner" in the interface language."""
    names = {"beginner": Words.tr("Beginner"), "intermediate": Words.tr("Intermediate"),
             "advanced": Words.tr("Advanced")}
    return names.get(value, value)


def level(value: str) -> str:
    """A modification level: ``easier``, ``standard`` or ``harder``."""
    names = {"easier": Words.tr("Easier"), "standard": Words.tr("Standard"), "harder": Words.tr("Harder")}
    return names.get(value, value)


def level_word(value: str) -> str:
    """A modification level inside a sentence: "Single-Leg (harder)"."""
    names = {"easier": Words.tr("easier", "in a sentence"), "standard": Words.tr("standard", "in a sentence"),
             "harder": Words.tr("harder", "in a sentence")}
    return names.get(value, value)


def side(value: str) -> str:
    """The side a step is on: ``left`` -> "Left side"."""
    names = {"left": Words.tr("Left side"), "right": Words.tr("Right side")}
    return names.get(value, value)


def sides(value: str) -> str:
    """How an exercise treats sides: ``each`` or ``alternating``."""
    names = {"each": Words.tr("each side"), "alternating": Words.tr("alternating sides"),
             "none": Words.tr("no sides")}
    return names.get(value, value)


def status(value: str) -> str:
    """A recorded session's status, with its sign."""
    names = {"completed": Words.tr("✓ completed"), "stopped": Words.tr("■ stopped"),
             "interrupted": Words.tr("⚠ interrupted"), "running": Words.tr("● running")}
    return names.get(value, value)


def trend(value: str) -> str:
    """Where an exercise's level is heading."""
    names = {"up": Words.tr("↗ getting harder"), "down": Words.tr("↘ easier lately"),
             "steady": Words.tr("→ steady")}
    return names.get(value, value)


def muscle(value: str) -> str:
    """A muscle group as content names it (``lower back``), in the interface language.

    Content writes muscles and equipment as plain English words (the seeds and
    free-exercise-db do); those of this vocabulary are shown translated, any other
    as written. The words themselves stay the content's: filters and history keep them.
    """
    return _vocabulary(_muscle_words).get(value.casefold(), value)


def equipment(value: str) -> str:
    """A piece of equipment as content names it (``mat``), in the interface language."""
    return _vocabulary(_equipment_words).get(value.casefold(), value)


def body_terms(ex: Exercise) -> tuple[str, ...]:
    """An exercise's muscles and equipment as written and as the screen says them (for searching)."""
    return (*ex.muscles, *ex.equipment, *map(muscle, ex.muscles), *map(equipment, ex.equipment))


def _muscle_words() -> dict[str, str]:
    return {
        "abs": Words.tr("abs"), "abdominals": Words.tr("abdominals"), "abductors": Words.tr("abductors"),
        "adductors": Words.tr("adductors"), "back": Words.tr("back"), "biceps": Words.tr("biceps"),
        "calves": Words.tr("calves"), "chest": Words.tr("chest"), "core": Words.tr("core"),
        "forearms": Words.tr("forearms"), "glutes": Words.tr("glutes"),
        "hamstrings": Words.tr("hamstrings"), "hip flexors": Words.tr("hip flexors"),
        "hips": Words.tr("hips"), "lats": Words.tr("lats"), "lower back": Words.tr("lower back"),
        "middle back": Words.tr("middle back"), "neck": Words.tr("neck"),
        "obliques": Words.tr("obliques"), "quadriceps": Words.tr("quadriceps"),
        "shoulders": Words.tr("shoulders"), "spine": Words.tr("spine"), "traps": Words.tr("traps"),
        "triceps": Words.tr("triceps"),
    }


def _equipment_words() -> dict[str, str]:
    return {
        "band": Words.tr("band"), "bands": Words.tr("bands"), "barbell": Words.tr("barbell"),
        "bench": Words.tr("bench"), "block": Words.tr("block"), "body only": Words.tr("body only"),
        "cable": Words.tr("cable"), "chair": Words.tr("chair"), "dumbbell": Words.tr("dumbbell"),
        "dumbbells": Words.tr("dumbbells"), "exercise ball": Words.tr("exercise ball"),
        "foam roll": Words.tr("foam roll"), "kettlebells": Words.tr("kettlebells"),
        "machine": Words.tr("machine"), "mat": Words.tr("mat"), "medicine ball": Words.tr("medicine ball"),
        "none": Words.tr("none", "equipment"), "other": Words.tr("other", "equipment"),
        "towel": Words.tr("towel"), "wall": Words.tr("wall"),
    }


_TABLES: dict[tuple[object, str], dict[str, str]] = {}


def _vocabulary(words: Callable[[], dict[str, str]]) -> dict[str, str]:
    """One vocabulary in the interface language, translated once per language (rows ask often)."""
    key = (words, current_language())
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = words()
    return table


def seconds(n: float) -> str:
    """``30`` -> "30 s" (a short unit, the same for one or many)."""
    return Words.tr("%1 s").replace("%1", number(n))


def minutes_seconds(total: float) -> str:
    """``95`` -> "1 min 35 s"; under a minute only the seconds."""
    whole = round(total)
    if whole < 60:
        return seconds(whole)
    return Words.tr("%1 min %2 s").replace("%1", number(whole // 60)).replace("%2", f"{whole % 60:02d}")


def reps(n: int) -> str:
    """``12`` -> "12 reps"."""
    return Words.tr("%n rep(s)", "", n)


def sets(n: int) -> str:
    """``3`` -> "3 sets"."""
    return Words.tr("%n set(s)", "", n)


def exercises(n: int) -> str:
    """``5`` -> "5 exercises"."""
    return Words.tr("%n exercise(s)", "", n)


def number(value: float) -> str:
    """A number as the locale writes it (``1.5`` is ``1,5`` in Spanish and German)."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def date_time(moment: datetime) -> str:
    """A day and a time, short, as the locale writes them."""
    return f"{day(moment.date())}  {clock_time(moment)}"


def long_date_time(moment: datetime) -> str:
    """``Tuesday 1 December 2026, 08:30`` in the locale's words and order."""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    return f"{locale.toString(day, QLocale.FormatType.LongFormat)}, {clock_time(moment)}"


def day(value: date) -> str:
    """A day, short, as the locale writes it."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def day_month(value: date) -> str:
    """``1 Dec`` (a chart's week label), in the locale's month names."""
    locale = QLocale()
    return f"{value.day} {locale.monthName(value.month, QLocale.FormatType.ShortFormat)}"


def clock_time(moment: datetime) -> str:
    """``08:30``, as the locale writes a short time."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def speech_problem(text: str | None) -> str | None:
    """Why speech is off, in the interface language (app/speech says it in English).

    The fixed sentences of ``app.speech`` are translated whole; one with a detail
    from the system keeps that detail as it came (a test checks each sentence
    here is still one ``app.speech`` says).
    """
    if not text:
        return text
    known = {
        "Speech is muted: cues are shown as captions only.":
            Words.tr("Speech is muted: cues are shown as captions only."),
        "Speech is off.": Words.tr("Speech is off."),
        "Speech is off: no sound device was found, so cues are shown as captions only.":
            Words.tr("Speech is off: no sound device was found, so cues are shown as captions only."),
        "Speech is off: the audio player did not finish playing a moment of silence.":
            Words.tr("Speech is off: the audio player did not finish playing a moment of silence."),
        "Speech is off: the speech engine did not start in time.":
            Words.tr("Speech is off: the speech engine did not start in time."),
        "Speech is off: the speech engine stopped responding.":
            Words.tr("Speech is off: the speech engine stopped responding."),
    }
    if text in known:
        return known[text]
    prefix = "Speech is off: "
    if text.startswith(prefix):
        return Words.tr("Speech is off: %s") % text[len(prefix):]
    return text


def pose(base: str) -> str:
    """A figure's base position (``app.content.pose.BASES``) in the interface language."""
    names = {
        "standing": Words.tr("standing"), "on-the-back": Words.tr("on the back"),
        "face-down": Words.tr("face down"), "on-the-forearms": Words.tr("on the forearms"),
        "seated": Words.tr("seated"), "seated-on-chair": Words.tr("seated on a chair"),
        "kneeling": Words.tr("kneeling"), "heel-sitting": Words.tr("sitting on the heels"),
        "childs-pose": Words.tr("child's pose"), "all-fours": Words.tr("on all fours"),
        "plank": Words.tr("plank"), "forearm-plank": Words.tr("forearm plank"),
        "reverse-plank": Words.tr("reverse plank"), "reverse-tabletop": Words.tr("reverse tabletop"),
        "side-lying": Words.tr("lying on the side"), "bridge": Words.tr("bridge"),
    }
    return names.get(base, base.replace("-", " "))
