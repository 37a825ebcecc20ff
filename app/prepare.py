"""The one front door to a session: speaker, plan settings, starting forms, resume point.

Both players start a session here: the desktop one (``app/ui/player``, on its
disk thread) and the terminal one (``spotter play --headless``). So both honour
the same saved ``Preferences`` (voice on or off, voice, rate, volume, get-ready,
rest between sets) and resume the same way. Command-line options for one run
(``--mute``, ``--get-ready``) are applied to the preferences before they come
here (``with_overrides``), never saved.

It sits above the cores and speech, below both players: the session core itself
never imports speech.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.context import Context, UserError
from app.i18n.message import N_
from app.preferences import Preferences

if TYPE_CHECKING:
    from app.content.model import Exercise, Library, Workout
    from app.history.records import InterruptedSession
    from app.session.plan import PlanSettings, SessionPlan
    from app.speech.muting import MuteSwitch

log = logging.getLogger(__name__)
SPEECH_OFF = "Speech is off: %s"


@dataclass(frozen=True)
class Prepared:
    """A compiled plan, a ready speaker, and the segment to start at."""

    plan: SessionPlan
    speaker: MuteSwitch
    start_at: int = 0


def with_overrides(prefs: Preferences, *, mute: bool = False, get_ready: float | None = None) -> Preferences:
    """The preferences with this run's command-line options (``--mute``, ``--get-ready``)."""
    changes: dict[str, Any] = {}
    if mute:
        changes["voice_enabled"] = False
    if get_ready is not None:
        changes["get_ready"] = round(get_ready)
    return replace(prefs, **changes)


def plan_settings(prefs: Preferences, *, wait_for_done: bool = False) -> PlanSettings:
    """What the planner takes from the preferences."""
    from app.session.plan import PlanSettings

    return PlanSettings(get_ready=float(prefs.get_ready), set_rest=float(prefs.default_rest),
                        wait_for_done=wait_for_done)


def starting_forms(source: Exercise | Workout, library: Library | Mapping[str, Exercise],
                   name: str | None) -> dict[int, str]:
    """``--modification NAME`` as exercise index -> name (a workout: wherever it exists).

    Raises:
        UserError: nothing in ``source`` has a form called ``name``.
    """
    from app.content.model import Workout

    if not name:
        return {}
    if not isinstance(source, Workout):
        if not source.form(name)[0]:
            known = ", ".join(m.name for m in source.modifications)
            if not known:
                raise UserError(N_("{id} has no modifications", id=repr(source.id)))
            raise UserError(N_("{id} has no modification {name} (it has: {names})",
                               id=repr(source.id), name=repr(name), names=known))
        return {0: name}
    exercises = library.exercises if hasattr(library, "exercises") else library
    found = {}
    for k, item in enumerate(source.all_items()):
        exercise = exercises.get(item.exercise)
        if exercise is not None and exercise.form(name)[1] is not None:
            found[k] = name
    if not found:
        raise UserError(N_("no exercise of workout {id} has a modification {name}",
                           id=repr(source.id), name=repr(name)))
    return found


def prepare(ctx: Context, prefs: Preferences, source: Exercise | Workout,
            library: Library | Mapping[str, Exercise], *, modification: str | None = None,
            resume: InterruptedSession | None = None, wait_for_done: bool = False,
            speech_off: str = SPEECH_OFF) -> Prepared:
    """Start speech and compile the plan (slow: rendering speech measures every cue).

    ``resume`` (an interrupted session of ``source``) gives the forms in use and
    the segment to carry on at; otherwise ``modification`` the starting form.
    ``speech_off`` is the message (with ``%s`` for the reason) shown when speech
    cannot start, in the caller's language.

    Raises:
        UserError: the modification does not exist, or the plan cannot be made.
    """
    from app.i18n import translations
    from app.session.phrases import Phrases
    from app.session.plan import PlanError, compile_plan
    from app.speech.muting import MuteSwitch

    if resume is not None:
        forms: Mapping[int, str | None] = dict(resume.modifications)
    else:
        forms = starting_forms(source, library, modification)
    lang = ctx.language()
    speaker = _speaker(ctx, prefs, lang, speech_off)
    try:
        plan = compile_plan(source, library, plan_settings(prefs, wait_for_done=wait_for_done),
                            speaker.measure, forms, phrases=Phrases(translations(lang), lang))
    except PlanError as exc:
        speaker.close()
        raise UserError(str(exc)) from None
    except BaseException:
        speaker.close()
        raise
    start_at = min(resume.resume_index, len(plan.segments) - 1) if resume is not None else 0
    return Prepared(plan, MuteSwitch(speaker), max(0, start_at))


def _speaker(ctx: Context, prefs: Preferences, lang: str, speech_off: str) -> Any:
    """The saved voice, rate and volume; voice off: captions only. Never raises."""
    from app.speech.factory import make_speaker
    from app.speech.silent import SilentSpeaker

    try:
        return make_speaker(muted=not prefs.voice_enabled, cache_dir=ctx.paths.speech_cache,
                            voice=prefs.voice or None, rate=prefs.rate, volume=prefs.volume,
                            language=lang)
    except Exception as exc:  # noqa: BLE001 - unknown voice, engine in use...: captions only, say why
        log.warning("speech is off: %s", exc)
        return SilentSpeaker(speech_off % exc, rate=prefs.rate)
