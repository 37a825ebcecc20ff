"""The command line's own words in Spanish and German: help, argparse's errors, notices.

Run in-process (``app.cli.main``), which is what ``spotter`` runs; the
catalogues are checked against every message id marked in the source.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from app.cli import main
from app.i18n.catalog import parse_po, po_path
from app.i18n.extract import argparse_messages, missing, source_files, wanted


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``spotter ARGV`` in this process: exit status, stdout, stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}|%\(\w+\)[sr]|%[sr]", text))


@pytest.mark.parametrize("lang", ["es", "de"])
def test_the_catalogue_has_every_marked_message(lang: str) -> None:
    assert not missing(lang), f"{lang}.po lacks {missing(lang)} (`python -m app.i18n.extract`)"
    entries = parse_po(po_path(lang).read_text(encoding="utf-8"))
    for (_, msgid), forms in entries.items():
        for form in forms:
            assert placeholders(form) == placeholders(msgid.split("\0")[-1]), (msgid, form)


def test_the_extraction_sees_the_markers_and_argparse() -> None:
    ids = {msgid for _, msgid in wanted()}
    assert "check content files and report problems" in ids  # a help text (N_)
    assert "{n} file\0{n} files" in ids  # a plural (ngettext)
    assert {"usage: ", "the following arguments are required: %s"} <= {
        m for _, m in argparse_messages()}
    assert not any("ui" in p.parts for p in source_files())  # Qt has its own catalogues


def test_help_in_german_and_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "de", "--help")
    assert code == 0
    assert out.startswith("Aufruf: spotter")
    assert "Positionsargumente:" in out and "Optionen:" in out
    assert "Inhaltsdateien prüfen und Probleme melden" in out
    assert "diese Hilfe anzeigen und beenden" in out
    code, out, _ = run(capsys, "history", "export", "--help", "--lang", "es")
    assert out.startswith("uso: spotter history export")
    assert "todas las sesiones" not in out  # the subcommand's own page, not the list
    assert "escribe en FILE de forma atómica" in out
    _, english, _ = run(capsys, "validate", "--help")
    assert english.startswith("usage: spotter validate") and "also warn about unknown" in english


def test_argparse_errors_in_spanish(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--lang", "es", "play")
    assert code == 2
    assert err == ("spotter play: faltan estos argumentos obligatorios: ID "
                   "(consulta `spotter play --help`)\n")
    code, _, err = run(capsys, "--lang", "es", "history", "export", "--format", "xml")
    assert code == 2 and "opción no válida: 'xml' (elige entre 'csv', 'json')" in err
    code, _, err = run(capsys, "--lang", "de", "--speed", "abc", "list")
    assert code == 2 and err.startswith("spotter: Argument --speed: keine Zahl: 'abc'")
    code, _, err = run(capsys, "list", "--jsno")
    assert code == 2 and "unrecognized arguments: --jsno (see `spotter --help`)" in err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined] # restored after


def test_the_system_language_reaches_argparse(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(capsys, "history", "show", "x")
    assert code == 2 and "Argument id: keine ganze Zahl: 'x'" in err
    code, _, err = run(capsys, "--content", "", "list")
    assert code == 2 and err == "spotter: --content braucht einen Ordner; ein leerer Pfad ist keiner\n"


BROKEN = """---
title: Broken Bridge
difficulty: hardish
duration: "abc"
sides: 5
reps: 5000
steps:
  - Lie on your back.
---
"""


def test_validate_tells_each_problem_in_the_language(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "exercises").mkdir(parents=True)
    page = root / "exercises" / "broken-bridge.md"
    page.write_text(BROKEN, encoding="utf-8")
    (root / "exercises" / "no-front.md").write_text("just text\n", encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "es", "validate", str(root))
    assert code == 1
    lines = out.splitlines()
    assert (f"{page}: difficulty: debe ser uno de beginner | intermediate | advanced; "
            f"pone \"hardish\"") in lines
    assert f"{page}: duration: debe ser un número de segundos, como 60, no \"abc\"" in lines
    assert f"{page}: sides: debe ser uno de none | each | alternating, no el número 5" in lines
    assert f"{page}: reps: debe estar entre 1 y 1000; pone 5000" in lines
    assert any(line.startswith(f"{root / 'exercises' / 'no-front.md'}: archivo: el archivo no "
                               "tiene cabecera") for line in lines)
    assert lines[-1] == "revisados 2 archivos: 5 errores, 0 avisos"
    code, out, _ = run(capsys, "--lang", "de", "validate", str(page))
    assert f"{page}: reps: muss zwischen 1 und 1000 liegen; angegeben: 5000" in out.splitlines()
    assert out.splitlines()[-1] == "1 Datei geprüft: 4 Fehler, 0 Warnungen"
    code, out, _ = run(capsys, "validate", str(page))
    assert f"{page}: reps: must be from 1 to 1000; got 5000" in out.splitlines()
    # the machine-readable list keeps the English message (data, not a sentence for a reader)
    import json

    code, out, _ = run(capsys, "--lang", "es", "--content", str(root), "list", "--json")
    errors = {e["field"]: e["message"] for e in json.loads(out)["errors"]
              if e["path"] == str(page)}
    assert errors["reps"] == "must be from 1 to 1000; got 5000"


def test_history_notice_in_spanish_with_a_read_only_data_folder(tmp_path: Path) -> None:
    """A real read-only folder (see tests/test_history_environment.py): the notice is Spanish."""
    import subprocess
    import sys

    from conftest import ROOT
    from test_history_environment import read_only

    data = tmp_path / "data"
    data.mkdir()
    done = subprocess.run(read_only(data, [sys.executable, "-m", "app", "--data-dir", str(data),
                                           "--lang", "es", "history"]),
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Aún no hay sesiones.")
    assert done.stderr.startswith(f"spotter: No se puede escribir el historial en {data} (")
    assert "las sesiones se guardan en memoria" in done.stderr and "Traceback" not in done.stderr
    played = subprocess.run(read_only(data, [sys.executable, "-m", "app", "--data-dir", str(data),
                                             "--lang", "es", "--speed", "200", "play",
                                             "glute-bridge", "--headless"]),
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
                            stdin=subprocess.DEVNULL)
    assert played.returncode == 0, played.stderr
    notices = played.stderr.splitlines()
    assert any(n.startswith("spotter: Esta sesión no se ha podido escribir en el historial")
               for n in notices), notices
    assert all(n.startswith("spotter: ") for n in notices), notices  # no English log lines


def test_other_commands_speak_the_language(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "de", "listen", "--wav", str(tmp_path / "none.wav"))
    assert code == 2 and err == f"spotter: {tmp_path / 'none.wav'}: diese Datei gibt es nicht\n"
    code, _, err = run(capsys, "--lang", "es", "pose", "swan", "--step", "99", "--svg",
                       str(tmp_path / "x.svg"))
    assert code == 2 and err.startswith("spotter: --step 99: swan tiene los pasos del 1 al ")
    code, _, err = run(capsys, "--lang", "es", "history", "delete", "7", "--yes")
    assert code == 2 and err == "spotter: no existe la sesión 7 (mira `spotter history`)\n"
    code, _, err = run(capsys, "--lang", "de", "validate", "")
    assert code == 2 and err.startswith("spotter: validate: ein leerer Pfad nennt keine Datei")
    code, out, _ = run(capsys, "--lang", "es", "settings")
    assert code == 0 and "(la del sistema)" in out and "cambia uno con `spotter settings" in out


def test_a_message_is_its_english_text_until_it_is_said() -> None:
    import gettext
    import pickle

    from app.i18n import said_in, translations
    from app.i18n.message import N_, NN_, localize

    value = N_("the number {number}", number="5")
    message = N_("must be {want}, not {value}", want=N_("text"), value=value)
    assert message == "must be text, not the number 5" and isinstance(message, str)
    assert localize(message, translations("es")) == "debe ser texto, no el número 5"
    assert said_in("de", message) == "muss Text sein; gelesen wurde die Zahl 5"
    back = pickle.loads(pickle.dumps(message))  # the library cache keeps its problems
    assert back == message and localize(back, translations("es")) == "debe ser texto, no el número 5"
    files = NN_("{n} file", "{n} files", 1)
    assert files == "1 file" and localize(files, translations("de")) == "1 Datei"
    assert localize(NN_("{n} file", "{n} files", 3), translations("es")) == "3 archivos"

    class Broken(gettext.NullTranslations):
        def gettext(self, message: str) -> str:  # a translation naming a field it is not given
            return "{nope}" if message.startswith("must be") else message

    assert localize(message, Broken()) == "must be text, not the number 5"  # English stands
    assert localize("plain", translations("es")) == "plain"
