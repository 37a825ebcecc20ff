"""Which language a run uses: --lang, the saved setting, the system (gettext's order), English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.context import Context
from app.i18n.language import (
    base_language,
    language_of,
    resolve_language,
    saved_language,
    supported,
    system_language,
)
from app.paths import Paths


@pytest.mark.parametrize(("tag", "lang"), [
    ("es_ES.UTF-8", "es"), ("de-AT", "de"), ("DE", "de"), ("en_GB@euro", "en"),
    ("fr_FR", None), ("C", None), ("POSIX", None), ("C.UTF-8", None), ("", None), (None, None),
])
def test_supported_reads_locales_and_tags(tag: str | None, lang: str | None) -> None:
    assert supported(tag) == lang


def test_base_language_keeps_unsupported_languages() -> None:
    assert base_language("fr_CA.UTF-8") == "fr"
    assert base_language("C") is None


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANGUAGE": "de:es", "LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
    ({"LANGUAGE": "fr:es", "LANG": "de_DE.UTF-8"}, "es"),  # the first one Spotter has
    ({"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "es_MX.UTF-8", "LANG": "de_DE"}, "es"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "C.UTF-8"}, None),
    ({"LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, None),  # LANGUAGE decides, as in gettext
    ({}, None),
])
def test_system_language_follows_gettext_order(env: dict[str, str], lang: str | None) -> None:
    assert system_language(env) == lang


def test_resolve_order_cli_then_saved_then_system_then_english() -> None:
    env = {"LANG": "de_DE.UTF-8"}
    assert resolve_language("es", "de", env) == "es"
    assert resolve_language(None, "es", env) == "es"
    assert resolve_language(None, None, env) == "de"
    assert resolve_language(None, None, {}) == "en"
    assert resolve_language("fr", None, {}) == "en"  # no French words: English
    assert resolve_language("fr", "es", {}) == "es"


def _ini(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "settings.ini"
    path.write_text(body, encoding="utf-8")
    return path


def test_saved_language_reads_the_qsettings_ini_without_qt(tmp_path: Path) -> None:
    assert saved_language(_ini(tmp_path, "[preferences]\nvoice=roa/es\nlanguage=es\n")) == "es"
    assert saved_language(_ini(tmp_path, "[preferences]\nlanguage=system\n")) is None
    assert saved_language(_ini(tmp_path, "[preferences]\nrate=170\n")) is None
    assert saved_language(_ini(tmp_path, "garbage without a section\n[[[")) is None
    assert saved_language(tmp_path / "missing.ini") is None
    (tmp_path / "bad.ini").write_bytes(b"\xff\xfe[preferences]\nlanguage=de\n")
    assert saved_language(tmp_path / "bad.ini") is None  # unreadable: never an error


def test_language_of_a_run(tmp_path: Path) -> None:
    ini = _ini(tmp_path, "[preferences]\nlanguage=de\n")
    assert language_of("es", ini, {"LANG": "en_US"}) == "es"
    assert language_of(None, ini, {"LANG": "es_ES"}) == "de"
    assert language_of(None, tmp_path / "none.ini", {"LANG": "es_ES"}) == "es"


def test_context_language_uses_the_data_dir_settings(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    paths = Paths.create(tmp_path)
    assert Context(paths).language() == "en"
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("[preferences]\nlanguage=es\n", encoding="utf-8")
    assert Context(paths).language() == "es"
    assert Context(paths, lang="de").language() == "de"
