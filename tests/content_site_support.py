"""A synthetic bilingual Hugo site, in the shapes real sites use, for tests and benchmarks.

``make_site(root, n)`` writes ``n`` English exercise pages and their Spanish
translations, mixing every shape the loader must read: steps in the front
matter or in the body (headings in each language), numbered and capitalised
file names, ``.markdown``, JSON and TOML front matter, leaf bundles, Spanish
value words, translations paired by translationKey or by path, articles and
list pages to skip, and workouts in a data file with inline exercises (some
named like library exercises) plus ``workout_id`` pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

LEVELS = [("beginner", "principiante"), ("intermediate", "intermedio"), ("advanced", "avanzado")]


@dataclass(frozen=True)
class SiteFacts:
    """What the generated site holds, to compare with what is loaded."""

    exercises: int
    translated: int
    workouts: int
    articles: int
    titles_es: dict[str, str]


def _body(title: str, lang: str) -> str:
    if lang == "es":
        return ("## Posición Inicial\nTúmbate boca arriba, rodillas dobladas.\n\n"
                "## Ejecución\n1. Exhala y eleva la cadera\n2. Mantén arriba un momento\n"
                "3. Baja despacio\n\n## Respiración\nExhala al subir.\n\n"
                "## Errores comunes\n1. Arquear la espalda\n\n"
                "## Modificaciones\n- **Más fácil:** Menos altura\n- **Más difícil:** Una pierna\n")
    return ("## Starting Position\nLie on your back, knees bent.\n\n"
            f"## Execution\n1. Breathe out and lift ({title})\n2. Hold at the top\n"
            "3. Lower slowly\n\n## Breathing\nBreathe out as you lift.\n\n"
            "## Common Mistakes\n1. Arching the back\n\n"
            "## Modifications\n- **Easier:** Lift less\n- **Harder:** One leg\n")


def _front(data: dict[str, object], style: str) -> str:
    if style == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if style == "toml":
        lines = []
        for key, value in data.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        return "+++\n" + "\n".join(lines) + "\n+++\n"
    lines = []
    for key, value in data.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n"


def _page(n: int, lang: str) -> tuple[str, str, str]:
    """(relative path, text, title) of exercise ``n`` in ``lang``."""
    level = LEVELS[n % 3][0 if lang == "en" else 1]
    title = f"Move {n} Bridge" if lang == "en" else f"Puente del Movimiento {n}"
    data: dict[str, object] = {"title": title, "description": f"Exercise {n}",
                               "difficulty": level, "duration": 30 + n % 60,
                               "muscles": ["glutes", "core"], "equipment": ["mat"]}
    shape = n % 6
    if lang == "en" or n % 4:
        data["translationKey"] = f"move-{n}"  # else: paired by the same path
    section = "exercises" if lang == "en" else "ejercicios"
    stem = f"move-{n}"
    if shape == 0:  # steps and modifications in the front matter
        data["steps"] = [f"Step one of {n}", "Step two", "Step three"]
        data["modifications"] = [
            {"name": "Small", "level": "easier" if lang == "en" else "más fácil",
             "description": "Smaller range"},
            {"name": "Big", "level": "harder" if lang == "en" else "más difícil",
             "description": "Bigger range"}]
        text, body = _front(data, "yaml"), "Intro.\n"
    else:
        text, body = _front(data, ("yaml", "json", "toml", "yaml", "yaml")[shape - 1]), _body(title, lang)
    if shape == 3:
        stem = f"{n:03d}_Move-{n}"  # numbered like other databases: 007_Move-7
    name = f"{stem}.markdown" if shape == 4 else f"{stem}.md"
    if shape == 5:
        name = f"move-{n}/index.md"  # a leaf bundle
    if lang == "es" and not data.get("translationKey"):
        pass
    group = f"group-{n % 10}"
    return f"{section}/{group}/{name}", text + "\n" + body, title


def make_site(root: Path, n: int, *, config: str = "default") -> SiteFacts:
    """Write a site with ``n`` exercises in English, nine in ten translated to Spanish."""
    root.mkdir(parents=True, exist_ok=True)
    langs = {"en": {"languageName": "English", "weight": 1, "contentDir": "content/en"},
             "es": {"languageName": "Español", "weight": 2, "contentDir": "content/es"}}
    if config == "default":
        (root / "config" / "_default").mkdir(parents=True)
        (root / "config" / "_default" / "hugo.toml").write_text(
            'baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\n', encoding="utf-8")
        (root / "config" / "_default" / "languages.toml").write_text(
            "".join(f'[{k}]\n  weight = {v["weight"]}\n  contentDir = "{v["contentDir"]}"\n'
                    for k, v in langs.items()), encoding="utf-8")
    elif config == "yaml":
        (root / "config.yaml").write_text(
            "defaultContentLanguage: en\nlanguages:\n" + "".join(
                f"  {k}:\n    weight: {v['weight']}\n    contentDir: {v['contentDir']}\n"
                for k, v in langs.items()), encoding="utf-8")
    else:
        (root / "hugo.json").write_text(json.dumps(
            {"defaultContentLanguage": "en", "languages": langs}), encoding="utf-8")
    titles_es: dict[str, str] = {}
    translated = 0
    for i in range(n):
        for lang in ("en", "es"):
            if lang == "es" and i % 10 == 9:
                continue  # one in ten has no Spanish page
            rel, text, title = _page(i, lang)
            if lang == "es":
                rel = rel.replace("ejercicios", "ejercicios") if i % 4 else \
                    _page(i, "en")[0].replace("exercises", "ejercicios")
                translated += 1
                titles_es[f"move-{i}"] = title
            path = root / "content" / lang / rel
            if lang == "es" and not i % 4:
                path = root / "content" / lang / _page(i, "en")[0]  # same path as the original
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for lang in ("en", "es"):
        section = root / "content" / lang / ("exercises" if lang == "en" else "ejercicios")
        section.mkdir(parents=True, exist_ok=True)
        (section / "_index.md").write_text("---\ntitle: List\n---\nA list page.\n", encoding="utf-8")
        blog = root / "content" / lang / "blog"
        blog.mkdir(parents=True, exist_ok=True)
        for k in range(5):
            (blog / f"post-{k}.md").write_text(f"---\ntitle: Post {k}\ndate: 2024-01-0{k + 1}\n---\n"
                                               "Words.\n\n1. a list in an article\n", encoding="utf-8")
    workouts = []
    for w in range(max(1, n // 50)):
        workouts.append({
            "id": f"routine-{w}", "title": f"Routine {w}", "title_es": f"Rutina {w}",
            "difficulty": "beginner", "exercises": [
                {"name": "Arm Circles", "name_es": "Círculos de Brazos", "type": "warmup",
                 "duration": 30, "reps": "10 each side",
                 "instructions": ["Circle the arms"], "instructions_es": ["Gira los brazos"]},
                {"name": f"Move {w} Bridge", "name_es": f"Puente del Movimiento {w}",
                 "type": "exercise", "duration": 40, "reps": "8 reps", "instructions": ["Lift"],
                 "instructions_es": ["Eleva"]},
                {"name": "Child Rest", "name_es": "Descanso", "type": "cooldown", "duration": 20,
                 "reps": "15 seconds each side", "instructions": ["Rest"],
                 "instructions_es": ["Descansa"]}]})
    (root / "data").mkdir(exist_ok=True)
    (root / "data" / "routines.json").write_text(json.dumps({"workouts": workouts}),
                                                 encoding="utf-8")
    page = root / "content" / "en" / "workouts" / "routine-0.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text('---\ntitle: "Routine Zero"\ntranslationKey: "w0"\nworkout_id: "routine-0"\n'
                    "---\nThe web page of routine 0.\n", encoding="utf-8")
    return SiteFacts(n, translated, len(workouts), 10, titles_es)
