"""Real content unchanged: Hugo sites in two languages, body-written pages, data-file workouts."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from content_site_support import make_site

from app.content.library import load_library
from app.content.model import Level, Severity, Sides

MINI = ROOT.parent / "shared" / "reference" / "shapes" / "mini-site"


@pytest.fixture
def mini() -> Path:
    if not MINI.is_dir():
        pytest.fail(f"the reference mini-site is missing at {MINI}")
    return MINI


def test_the_mini_site_loads_unchanged(mini: Path) -> None:
    """Both languages, the body-written page, the data-file workout; articles skipped."""
    lib = load_library([mini])
    assert sorted(lib.exercises) == ["ball-bridge-squeeze", "wall-roll-down"]
    assert {k: sorted(v) for k, v in lib.translations.items()} == {
        "ball-bridge-squeeze": ["es"], "wall-roll-down": ["es"]}
    assert lib.problems(Severity.ERROR) == []
    ball = lib.exercises["ball-bridge-squeeze"]
    assert len(ball.steps) == 5 and ball.steps[0].text.startswith("Lie on your back")
    assert ball.breathing == "Breathe out as the hips rise, breathe in as you lower."
    assert [(m.level, m.description[:10]) for m in ball.modifications] == [
        (Level.EASIER, "Lift the h"), (Level.HARDER, "Hold the t")]
    puente = lib.translations["ball-bridge-squeeze"]["es"]
    assert puente.title == "Puente con Pelota" and puente.difficulty.value == "intermediate"
    assert [m.level for m in puente.modifications] == [Level.EASIER, Level.HARDER]
    pared = lib.translations["wall-roll-down"]["es"]
    assert [m.level for m in pared.modifications] == [Level.EASIER, Level.HARDER]
    assert sorted(p.name for p, _ in lib.skipped) == ["_index.md", "history-of-the-method.md"]
    desk = lib.workouts["desk-break"]
    assert [i.inline.title if i.inline else i.exercise for i in desk.all_items()] == [
        "Seated Cat Cow", "Standing Side Reach", "wall-roll-down", "Neck Release"]
    pausa = lib.workout_translations["desk-break"]["es"]
    assert pausa.title == "Pausa de Escritorio"
    assert [i.inline.title if i.inline else i.exercise for i in pausa.all_items()] == [
        "Gato Vaca Sentada", "Estiramiento Lateral de Pie", "wall-roll-down", "Liberar el Cuello"]
    neck = desk.cooldown[0].inline
    assert neck.sides is Sides.EACH and neck.duration == 15


def test_validate_sums_up_the_skipped_pages(mini: Path, data_dir: Path) -> None:
    """validate reports no error for the site and ends with one line about skipped pages."""
    result = run_spotter("--content", str(mini), "validate", data_dir=data_dir)
    assert result.returncode == 0, result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("skipped 2 pages") and "_index" in last and "articles" in last


@pytest.mark.parametrize("lang, title, workout", [("en", "Ball Bridge Squeeze", "Desk Break"),
                                                  ("es", "Puente con Pelota", "Pausa de Escritorio")])
def test_list_show_and_play_in_the_content_language(mini: Path, data_dir: Path, lang: str,
                                                    title: str, workout: str) -> None:
    """--lang chooses titles, steps and modifications; a data-file workout plays to the end."""
    listed = json.loads(run_spotter("--content", str(mini), "--lang", lang, "list", "--json",
                                    data_dir=data_dir).stdout)
    titles = {e["id"]: e["title"] for e in listed["exercises"]}
    assert titles["ball-bridge-squeeze"] == title
    assert {w["id"]: w["title"] for w in listed["workouts"]}["desk-break"] == workout
    shown = run_spotter("--content", str(mini), "--lang", lang, "show", "ball-bridge-squeeze",
                        data_dir=data_dir)
    assert shown.returncode == 0 and title in shown.stdout
    played = run_spotter("--content", str(mini), "--lang", lang, "--speed", "400", "play",
                         "desk-break", "--headless", "--mute", "--get-ready", "0",
                         data_dir=data_dir)
    assert played.returncode == 0, played.stderr
    assert "session_end status=completed" in played.stdout and f"{workout}:" in played.stdout
    first = "Sit tall" if lang == "en" else "Siéntate erguida"
    assert first in played.stdout


def test_a_missing_translation_falls_back_with_a_notice(tmp_path: Path, data_dir: Path) -> None:
    """show --lang es of an exercise with no Spanish page shows the original and says so."""
    (tmp_path / "own" / "exercises").mkdir(parents=True)
    (tmp_path / "own" / "exercises" / "lonely-lunge.md").write_text(
        "---\ntitle: Lonely Lunge\ndifficulty: beginner\nduration: 30\nsteps: [Lunge]\n---\n",
        encoding="utf-8")
    result = run_spotter("--content", str(tmp_path / "own"), "--lang", "es", "show",
                         "lonely-lunge", data_dir=data_dir)
    assert result.returncode == 0 and result.stdout.startswith("Lonely Lunge")
    assert "lonely-lunge has no es translation" in result.stderr
    listed = run_spotter("--content", str(tmp_path / "own"), "--lang", "es", "list",
                         data_dir=data_dir)
    assert "have no es translation; they are shown in the original" in listed.stderr


@pytest.mark.parametrize("config", ["default", "yaml", "json"])
def test_a_generated_bilingual_site_loads_whole(tmp_path: Path, config: str) -> None:
    """Every shape of page in both languages, whatever the config file, loads (100%)."""
    facts = make_site(tmp_path / "site", 60, config=config)
    lib = load_library([tmp_path / "site"])
    assert lib.problems(Severity.ERROR) == []
    assert len(lib.exercises) == facts.exercises
    spanish = {i: t["es"].title for i, t in lib.translations.items() if "es" in t}
    assert spanish == facts.titles_es
    for ex in lib.exercises.values():
        assert len(ex.steps) >= 3 and len(ex.modifications) == 2, ex.path
    assert len(lib.skipped) == facts.articles + 2
    routine = lib.workouts["routine-0"]
    assert routine.title == "Routine Zero"  # the page's title, the record's exercises
    assert routine.items[0].exercise == "move-0" and routine.items[0].inline is None
    rutina = lib.workout_translations["routine-0"]["es"]
    assert rutina.title == "Rutina 0" and rutina.items[0].exercise == "move-0"
    assert rutina.warmup[0].inline.title == "Círculos de Brazos"


def test_names_are_cleaned_and_collisions_named(tmp_path: Path) -> None:
    """Two files that clean to one id: one loads, the other is an error naming both."""
    site = tmp_path / "pages"
    site.mkdir()
    text = "---\ntitle: Sit-Up\ndifficulty: beginner\nduration: 30\nsteps: [Sit up]\n---\n"
    (site / "3_4_Sit-Up.md").write_text(text, encoding="utf-8")
    (site / "Sit Up.md").write_text(text, encoding="utf-8")
    lib = load_library([site])
    (site / "3_4_Sit-Up.md").rename(site / "07_Sit-Up.md")  # an ordering number goes
    lib = load_library([site])
    assert list(lib.exercises) == ["sit-up"]
    errors = lib.problems(Severity.ERROR)
    assert len(errors) == 1 and "07_Sit-Up.md" in errors[0].message and "Sit Up.md" in \
        errors[0].message


@pytest.mark.parametrize("lang, start, steps, breathing, easier, harder", [
    ("de", "Ausgangsposition", "Ausführung", "Atmung", "Leichter", "Schwerer"),
    ("fr", "Position de départ", "Exécution", "Respiration", "Plus facile", "Plus difficile"),
    ("pt", "Posição inicial", "Execução", "Respiração", "Mais fácil", "Mais difícil"),
    ("it", "Posizione iniziale", "Esecuzione", "Respirazione", "Più facile", "Più difficile"),
])
def test_body_headings_in_other_languages(tmp_path: Path, lang: str, start: str, steps: str,
                                          breathing: str, easier: str, harder: str) -> None:
    """The body's sections are read in German, French, Portuguese and Italian too."""
    page = tmp_path / "pages" / f"brucke.{lang}.md"
    page.parent.mkdir()
    page.write_text(f"---\ntitle: X\ndifficulty: beginner\nduration: 40\n---\n## {start}\nLiegen.\n\n"
                    f"## {steps}\n1. Eins\n2. Zwei\n\n## {breathing}\nAus.\n\n## Mod\n\n"
                    f"## {'Modifikationen' if lang == 'de' else 'Variantes' if lang == 'fr' else 'Variações' if lang == 'pt' else 'Varianti'}\n"
                    f"- **{easier}:** weniger\n- **{harder}:** mehr\n", encoding="utf-8")
    (tmp_path / "pages" / "brucke.md").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    lib = load_library([tmp_path / "pages"])
    ex = lib.translations["brucke"][lang]
    assert [s.text for s in ex.steps] == ["Liegen.", "Eins", "Zwei"]
    assert ex.breathing == "Aus."
    assert [m.level for m in ex.modifications] == [Level.EASIER, Level.HARDER]


def test_nothing_outside_the_site_is_read(tmp_path: Path) -> None:
    """A contentDir or a page link leading out of the site is refused, never read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: S\ndifficulty: beginner\nduration: 3\n"
                                       "steps: [s]\n---\n", encoding="utf-8")
    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    (site / "hugo.toml").write_text('[languages.en]\ncontentDir = "content/en"\n'
                                    '[languages.fr]\ncontentDir = "../outside"\n', encoding="utf-8")
    os.symlink(outside / "secret.md", site / "content" / "en" / "linked.md")
    lib = load_library([site])
    assert lib.exercises == {}
    messages = [str(e) for e in lib.problems(Severity.ERROR)]
    assert any("contentDir" in m and "outside the site" in m for m in messages), messages
    assert any("linked.md" in m and "outside the content folder" in m for m in messages), messages


def test_a_site_of_2000_files_loads_without_hanging(tmp_path: Path) -> None:
    """1,000 pages in each language load, with no error, in well under a minute."""
    facts = make_site(tmp_path / "site", 1000)
    start = time.perf_counter()
    lib = load_library([tmp_path / "site"])
    took = time.perf_counter() - start
    assert len(lib.exercises) == facts.exercises and lib.problems(Severity.ERROR) == []
    assert took < 60, took
    print(f"2,000-page site: {took:.2f} s")


def test_own_workouts_allow_inline_exercises(tmp_path: Path, data_dir: Path) -> None:
    """A workout item with name, seconds and steps is an exercise of that workout alone."""
    (tmp_path / "own" / "workouts").mkdir(parents=True)
    (tmp_path / "own" / "workouts" / "mine.md").write_text(
        "---\ntitle: Mine\ndifficulty: beginner\nitems:\n  - the-hundred\n"
        "  - name: Shoulder Rolls\n    seconds: 30\n    steps: [Roll back, Roll forward]\n---\n",
        encoding="utf-8")
    lib = load_library([ROOT / "content", tmp_path / "own"])
    mine = lib.workouts["mine"]
    assert mine.items[1].inline.title == "Shoulder Rolls"
    assert [s.text for s in mine.items[1].inline.steps] == ["Roll back", "Roll forward"]
    played = run_spotter("--content", str(tmp_path / "own"), "--speed", "400", "play", "mine",
                         "--headless", "--mute", "--get-ready", "0", data_dir=data_dir)
    assert played.returncode == 0 and "Roll forward" in played.stdout


def test_language_value_words(tmp_path: Path) -> None:
    """principiante, Fortgeschritten, más fácil... mean the canonical values; others did-you-mean."""
    from app.content.loader import load_text

    base = "---\ntitle: X\nduration: 30\nsteps: [a]\ndifficulty: {d}\nmodifications:\n" \
           "  - {{name: A, level: {l}, description: d}}\n---\n"
    for d, l, want in [("principiante", "más fácil", ("beginner", "easier")),
                       ("Fortgeschritten", "schwerer", ("advanced", "harder")),
                       ("intermédiaire", "plus difficile", ("intermediate", "harder"))]:
        model, problems = load_text(base.format(d=d, l=l), tmp_path / "x.md", "exercise")
        assert model is not None, problems
        assert (model.difficulty.value, model.modifications[0].level.value) == want
    model, problems = load_text(base.format(d="beginer", l="easier"), tmp_path / "x.md", "exercise")
    assert model is None and "did you mean beginner" in problems[0].message


def test_the_cache_notices_a_changed_site_page(tmp_path: Path) -> None:
    """The library cache's fingerprint covers a site's pages, config and data files."""
    from app.content import cache

    make_site(tmp_path / "site", 12)
    cache_file = tmp_path / "cache.pickle"
    first = cache.load([tmp_path / "site"], cache_file)
    again = cache.load([tmp_path / "site"], cache_file)
    assert type(again).__name__ == "CachedLibrary" and len(again.exercises) == len(first.exercises)
    data = tmp_path / "site" / "data" / "routines.json"
    data.write_text(data.read_text(encoding="utf-8").replace("Routine 0", "Routine Nil"),
                    encoding="utf-8")
    changed = cache.load([tmp_path / "site"], cache_file)
    assert type(changed).__name__ != "CachedLibrary"
    shutil.rmtree(tmp_path / "site")


def test_bench_search_prints_the_time_per_keystroke(tmp_path: Path, data_dir: Path) -> None:
    """--quit-after-startup --bench-search WORD types WORD into the real Library and says how long."""
    make_site(tmp_path / "site", 300)
    result = run_spotter("--content", str(tmp_path / "site"), "--quit-after-startup",
                         "--bench-search", "bridge", data_dir=data_dir,
                         env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("search: "))
    ms = float(line.split()[1])
    assert "ms per keystroke" in line and "12 keystrokes" in line and ms > 0
    print(line)


def test_validate_a_site_given_as_a_path(mini: Path, data_dir: Path) -> None:
    """validate SITE reads the site as a site (not every page as an exercise), in one summary."""
    result = run_spotter("validate", str(mini), data_dir=data_dir)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.strip().splitlines()
    assert "0 errors" in lines[-2] and lines[-1].startswith("skipped 2 pages")
    spanish = run_spotter("validate", str(mini / "content" / "es"), data_dir=data_dir)
    assert spanish.returncode == 0 and "checked 2 files: 0 errors" in spanish.stdout


def test_data_and_config_outside_the_site_are_not_read(tmp_path: Path) -> None:
    """A dataDir, a data file or a config file leading out of the site is refused, never read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    record = '{"workouts": [{"id": "secret", "title": "S", "exercises": [{"name": "a", "duration": 5}]}]}'
    (outside / "w.json").write_text(record, encoding="utf-8")
    (outside / "languages.toml").write_text('[en]\ncontentDir = "../outside"\n', encoding="utf-8")
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "data").mkdir()
    (site / "hugo.toml").write_text('dataDir = "../outside"\n', encoding="utf-8")
    lib = load_library([site])
    assert "secret" not in lib.workouts
    assert any(e.field == "dataDir" and "outside the site" in e.message for e in lib.errors)
    (site / "hugo.toml").write_text('title = "x"\n', encoding="utf-8")
    os.symlink(outside / "w.json", site / "data" / "linked.json")
    (site / "config" / "_default").mkdir(parents=True)
    os.symlink(outside / "languages.toml", site / "config" / "_default" / "languages.toml")
    lib = load_library([site])
    assert "secret" not in lib.workouts
    messages = [str(e) for e in lib.errors]
    assert any("linked.json" in m and "outside" in m for m in messages), messages
    assert any("languages.toml" in m and "outside the site" in m for m in messages), messages
