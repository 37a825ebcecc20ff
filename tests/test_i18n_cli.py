"""Command-line messages follow the run's language; JSON output and history stay neutral."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_spotter


def test_messages_follow_lang_and_the_system(data_dir: Path) -> None:
    empty = run_spotter("--lang", "es", "history", data_dir=data_dir)
    assert empty.stdout.startswith("Aún no hay sesiones.")
    system = run_spotter("history", data_dir=data_dir, env={"LANGUAGE": "de_DE:en"})
    assert system.stdout.startswith("Noch keine Einheiten.")
    english = run_spotter("history", data_dir=data_dir)
    assert english.stdout.startswith("No sessions yet.")
    checked = run_spotter("--lang", "de", "validate", data_dir=data_dir)
    assert checked.returncode == 0 and "Dateien geprüft: 0 Fehler, 0 Warnungen" in checked.stdout
    missing = run_spotter("--lang", "es", "play", "nope", "--headless", data_dir=data_dir)
    assert missing.returncode == 2
    assert missing.stderr.strip() == ("spotter: no hay ningún ejercicio ni rutina llamado 'nope'; "
                                      "`spotter list` los muestra todos")
    saved = data_dir / "settings.ini"
    saved.write_text("[preferences]\nlanguage=de\n", encoding="utf-8")
    assert run_spotter("history", data_dir=data_dir).stdout.startswith("Noch keine Einheiten.")


def test_history_recorded_in_spanish_is_shown_in_each_language(data_dir: Path) -> None:
    played = run_spotter("--lang", "es", "--speed", "40", "play", "glute-bridge", "--headless",
                         "--modification", "Small Range", data_dir=data_dir, input="")
    assert played.returncode == 0, played.stderr
    assert played.stdout.strip().splitlines()[-1].startswith("Puente de glúteos: completada tras")
    raw = json.loads(run_spotter("history", "show", "1", "--json", data_dir=data_dir).stdout)
    assert raw["status"] == "completed" and raw["source_id"] == "glute-bridge"
    assert raw["exercises"][0]["modification"] == {"name": "Small Range", "level": "easier"}
    english = run_spotter("history", "show", "1", data_dir=data_dir).stdout
    assert "Session 1: Glute Bridge (exercise glute-bridge)" in english
    assert "Small Range (easier)" in english and ", completed" in english
    german = run_spotter("--lang", "de", "history", "show", "1", data_dir=data_dir).stdout
    assert "Einheit 1: Schulterbrücke (Übung glute-bridge)" in german
    assert "Kleiner Bewegungsumfang (leichter)" in german and "abgeschlossen" in german
    listed = run_spotter("--lang", "es", "history", data_dir=data_dir).stdout
    assert "completada" in listed and "Puente de glúteos" in listed


def test_list_and_show_label_in_the_language(data_dir: Path) -> None:
    shown = run_spotter("--lang", "de", "show", "swan", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Schwan")
    assert "\nSchritte:\n" in shown.stdout and "\nVarianten:\n" in shown.stdout
    listed = run_spotter("--lang", "es", "list", data_dir=data_dir).stdout
    assert listed.startswith("Ejercicios (23)") and "Rutinas (5)" in listed
    assert "Cisne" in listed and "Bases del core" in listed
    raw = json.loads(run_spotter("--lang", "es", "list", "--json", data_dir=data_dir).stdout)
    assert set(raw) >= {"exercises", "workouts", "errors"}  # JSON keys stay language-neutral
