"""The session's words in Spanish and German: every phrase translated, with its grammar."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from app.content.model import (
    Difficulty,
    Exercise,
    Level,
    Modification,
    Sides,
    Step,
    Workout,
    WorkoutItem,
)
from app.i18n import translations
from app.i18n.catalog import parse_po, po_path
from app.i18n.extract import messages_in
from app.session.phrases import ENGLISH, Phrases
from app.session.plan import PlanSettings, SegmentKind, compile_plan

SOURCES = [ROOT / "app" / "session" / "phrases.py", ROOT / "app" / "content" / "text_view.py",
           ROOT / "app" / "terminal" / "player.py",
           *sorted((ROOT / "app" / "commands").glob("*.py"))]
SAME_WORD = {("de", "STATUS"), ("es", "{n} error")}  # the same word in that language


def used_messages(paths: list[Path]) -> set[tuple[str | None, str]]:
    """Every literal msgid passed to _(), gettext, ngettext or pgettext (or marked) in ``paths``."""
    return messages_in(paths)


def fields_of(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("lang", ["es", "de"])
def test_every_phrase_is_translated_with_its_placeholders(lang: str) -> None:
    entries = parse_po(po_path(lang).read_text(encoding="utf-8"))
    used = used_messages(SOURCES)
    assert len(used) >= 55
    missing = sorted(msg for msg in used if msg not in entries)
    assert not missing, f"{lang}.po lacks {missing}"
    for (ctx, msgid), forms in entries.items():
        if not msgid:
            continue
        assert len(forms) == (2 if "\0" in msgid else 1)
        for form in forms:
            assert fields_of(form) == fields_of(msgid.split("\0")[-1]), (msgid, form)
            if (lang, form) not in SAME_WORD:
                assert form != msgid.split("\0")[0], f"{lang}: {msgid!r} is not translated"


def test_plurals_follow_each_language() -> None:
    es, de = Phrases(translations("es"), "es"), Phrases(translations("de"), "de")
    assert es.rest(1, "Cisne") == "Descansa 1 segundo. A continuación: Cisne."
    assert es.rest(29.6, "Cisne") == "Descansa 30 segundos. A continuación: Cisne."
    assert de.rest(1, "Schwan") == "1 Sekunde Pause. Als Nächstes: Schwan."
    assert de.rest(30, "Schwan") == "30 Sekunden Pause. Als Nächstes: Schwan."
    assert ENGLISH.rest(1, "Swan") == "Rest 1 second. Next up: Swan."
    assert es.rest_before_set(20, 2, 3) == "Descansa 20 segundos. Luego viene la serie 2 de 3."
    assert de.rest_before_set(1, 2, 3) == "1 Sekunde Pause. Dann kommt Satz 2 von 3."


def test_sides_agree_with_their_noun() -> None:
    es, de = Phrases(translations("es"), "es"), Phrases(translations("de"), "de")
    assert es.side("left", "Levanta la pierna") == "Lado izquierdo. Levanta la pierna."
    assert de.side("right", "Bein heben") == "Rechte Seite. Bein heben."
    assert ENGLISH.side("left", "Lift the leg") == "Left side. Lift the leg."


def _exercise() -> Exercise:
    easy = Modification("Pequeño", Level.EASIER, "Menos recorrido.")
    hard = Modification("Grande", Level.HARDER, "Más recorrido.")
    return Exercise(id="x", path=Path("x.es.md"), title="Elevación", description="",
                    difficulty=Difficulty.BEGINNER, duration=60, sets=2, rest=15,
                    sides=Sides.EACH, lang="es",
                    steps=(Step("Túmbate de lado.", seconds=25), Step("Levanta la pierna.", reps=5)),
                    modifications=(easy, hard))


def test_a_spanish_plan_has_no_english_frame() -> None:
    ex = _exercise()
    workout = Workout(id="w", path=Path("w.es.md"), title="Rutina", description="",
                      difficulty=Difficulty.BEGINNER, rest_between=20,
                      items=(WorkoutItem("x"), WorkoutItem("x")))
    plan = compile_plan(workout, {"x": ex}, PlanSettings(), lambda t: 1.0,
                        phrases=Phrases(translations("es"), "es"))
    said = [c.text for s in plan.segments for c in s.cues]
    shown = [s.text for s in plan.segments] + [plan.next_up(i) for i in range(len(plan.segments))]
    english = re.compile(r"\b(Get ready|Rest|Next up|side|Switch|Halfway|Well done|set|Finish)\b")
    assert not [t for t in said + shown if english.search(t)]
    assert said[0].startswith("Prepárate: Elevación. Lado derecho. Túmbate de lado.")
    assert "Cambia de lado." in said and "Vas por la mitad." in said
    assert "Descansa 15 segundos. Luego viene la serie 2 de 2." in said
    assert "Descansa 20 segundos. A continuación: Elevación." in said
    assert said[-1] == "¡Muy bien! Aquí termina tu sesión."
    assert {s.kind for s in plan.segments} >= {SegmentKind.REST, SegmentKind.SWITCH_SIDES}
    assert plan.with_modification(0, ex.modifications[0]).phrases.language == "es"


def test_engine_words_are_translated() -> None:
    es = Phrases(translations("es"), "es")
    de = Phrases(translations("de"), "de")
    assert es.ladder_end(easier=True) == "Esta ya es la forma más sencilla."
    assert de.ladder_end(easier=False) == "Das ist schon die schwerste Form."
    assert es.standard_form == "Forma estándar."
    assert "consulta a un profesional" in es.pain_stop("Cisne") and "Cisne" in es.pain_stop("Cisne")
    assert "Schwan" in de.pain_stop("Schwan")
    assert ENGLISH.pain_stop("Swan").startswith("Stop Swan here.")


def _spanish_swan_rig():  # type: ignore[no-untyped-def]
    from session_support import Rig

    from app.content.library import load_library
    from app.content.translations import localized
    from app.paths import bundled_content_root
    from app.speech.silent import SilentSpeaker

    swan = localized(load_library([bundled_content_root()]), "es").exercise("swan")
    assert swan is not None
    plan = compile_plan(swan, None, PlanSettings(), SilentSpeaker("t").measure,
                        phrases=Phrases(translations("es"), "es"))
    return Rig(plan)


def test_the_terminal_screen_speaks_the_sessions_language() -> None:
    from app.terminal.player import render

    rig = _spanish_swan_rig()
    rig.engine.start()
    rig.advance(rig.engine.plan.segments[0].seconds + 0.5)
    rig.engine.pause()
    screen = render(rig.engine.snapshot(), "Boca abajo", rig.engine.plan.phrases.translator)
    assert "Cisne   (ejercicio 1 de 1)" in screen and "PASO 1 de 5" in screen
    assert "[Estándar]" in screen and "EN PAUSA" in screen
    assert "A continuación: Apoya las manos" in screen and "Queda de sesión:" in screen
    assert "espacio pausa/sigue" in screen
    assert not re.search(r"\b(STEP|Next up|Left in session|PAUSED|Standard)\b", screen)


def test_engine_controls_speak_spanish() -> None:
    from app.session.events import EventType

    rig = _spanish_swan_rig()
    rig.engine.start()
    rig.advance(rig.engine.plan.segments[0].seconds + 0.5)
    rig.engine.harder()
    rig.engine.harder()
    rig.engine.harder()  # past the hardest form
    rig.engine.pain()  # to the easiest form, Cisne bajo
    rig.engine.pain()  # already there: the exercise ends with the safety word
    said = [e.payload.text for e in rig.of_type(EventType.CUE)]
    assert any(s.startswith("Pausa arriba.") for s in said)
    assert "Esta ya es la forma más exigente." in said
    assert any(s.startswith("Cisne bajo.") for s in said)
    assert any(s.startswith("Deja aquí Cisne. Si el dolor es agudo") for s in said), said
    mods = [e.payload for e in rig.of_type(EventType.MODIFICATION)]
    assert [m.name for m in mods][-1] == "Low Swan" and mods[-1].label == "Cisne bajo"
