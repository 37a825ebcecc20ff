"""Settings: QSettings INI in the data dir, the Settings view, and the light/dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.preferences import Preferences, Theme
from app.ui.settings.store import Settings
from app.ui.settings.view import SettingsView
from app.ui.qt.theme import apply_theme, effective_scheme

pytestmark = pytest.mark.gui


def test_preferences_round_trip_through_the_ini_file(data_dir):
    """Saved preferences come back equal, from an INI file inside the data dir."""
    settings = Settings(data_dir / "settings.ini")
    prefs = Preferences(voice_enabled=False, voice="en-gb", rate=150, volume=0.5, get_ready=8,
                        default_rest=30, beeps=False, text_size=150, theme=Theme.DARK)
    settings.save(prefs)
    assert (data_dir / "settings.ini").is_file()
    assert "text_size=150" in (data_dir / "settings.ini").read_text()
    assert Settings(data_dir / "settings.ini").load() == prefs


def test_garbled_values_fall_back_to_defaults_or_are_clamped(data_dir):
    """A hand-edited file with nonsense loads: bad values get defaults, out-of-range ones are clamped."""
    path = data_dir / "settings.ini"
    path.write_text("[preferences]\nrate=fast\ntext_size=900\ntheme=purple\nvolume=3\nbeeps=no\n")
    prefs = Settings(path).load()
    assert prefs.rate == Preferences().rate and prefs.text_size == 200
    assert prefs.theme is Theme.SYSTEM and prefs.volume == 1.0 and prefs.beeps is False


def test_settings_view_saves_every_change_at_once(qtbot, data_dir):
    """Each widget change is written to the file and announced with ``changed``."""
    settings = Settings(data_dir / "settings.ini")
    view = SettingsView(settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.changed):
        view.voice_enabled.setChecked(False)
    view.rate.setValue(200)
    view.volume.setValue(40)
    view.get_ready.setValue(10)
    view.default_rest.setValue(45)
    view.beeps.setChecked(False)
    view.text_size.setValue(125)
    with qtbot.waitSignal(view.changed) as blocker:
        view.theme.setCurrentIndex(view.theme.findData("dark"))
    assert blocker.args[0].theme is Theme.DARK
    loaded = Settings(data_dir / "settings.ini").load()
    assert (loaded.voice_enabled, loaded.rate, loaded.volume, loaded.get_ready, loaded.default_rest,
            loaded.beeps, loaded.text_size, loaded.theme) == (False, 200, 0.4, 10, 45, False, 125, Theme.DARK)


def test_voice_list_keeps_the_chosen_voice(qtbot, data_dir):
    """Offering the engine's voices keeps the saved choice selected."""
    settings = Settings(data_dir / "settings.ini")
    settings.save(Preferences(voice="en-gb"))
    view = SettingsView(settings)
    qtbot.addWidget(view)
    view.set_voices([("en-us", "English (America)"), ("en-gb", "English (Great Britain)")])
    assert view.voice.currentData() == "en-gb" and view.voice.count() == 3


def test_theme_follows_the_system_unless_chosen():
    """System follows QStyleHints.colorScheme; Light and Dark force the palette."""
    app = QApplication.instance()
    assert effective_scheme(Theme.DARK) == Qt.ColorScheme.Dark
    assert effective_scheme(Theme.LIGHT) == Qt.ColorScheme.Light
    system = QGuiApplication.styleHints().colorScheme()
    expected = Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light
    assert effective_scheme(Theme.SYSTEM) == expected
    apply_theme(app, Theme.DARK)
    dark = app.palette().color(QPalette.ColorRole.Window).lightness()
    apply_theme(app, Theme.LIGHT, text_size=150)
    light = app.palette().color(QPalette.ColorRole.Window).lightness()
    assert dark < 80 and light > 180
    assert abs(app.font().pointSizeF() - 10.5 * 1.5) < 0.01
    apply_theme(app, Theme.SYSTEM)


def test_settings_page_offers_the_engine_voices(qtbot, data_dir):
    """Opening Settings lists the speech engine's voices (espeak-ng's, when installed)."""
    from ui_support import make_app

    from app.speech.pyttsx3_speaker import Pyttsx3Speaker

    probe = Pyttsx3Speaker(data_dir / "probe", player=("true",))
    expected = len(probe.voices()) if probe.can_render else 0
    probe.close()
    if expected == 0:
        pytest.skip("no speech engine here (espeak-ng missing): nothing to list")
    spotter = make_app(qtbot, data_dir)
    view = spotter.window.show_page("settings")
    qtbot.waitUntil(lambda: view.voice.count() == expected + 1, timeout=15000)


def test_desktop_player_honours_spotter_settings_set(qtbot, data_dir):
    """`spotter settings set get-ready 20` (and rest) gives the desktop player a 20 s get-ready too."""
    from conftest import run_spotter
    from ui_support import add_test_exercise

    from app.context import Context
    from app.paths import Paths
    from app.ui.spotter_app import SpotterApp

    for key, value in (("get-ready", "20"), ("rest", "12"), ("voice-enabled", "off")):
        assert run_spotter("settings", "set", key, value, data_dir=data_dir).returncode == 0
    add_test_exercise(data_dir)
    spotter = SpotterApp(Context(paths=Paths.create(data_dir)), QApplication.instance())
    qtbot.addWidget(spotter.window)
    with qtbot.waitSignal(spotter.library_loaded, timeout=20000):
        spotter.start(check_interrupted=False)
    assert (spotter.prefs.get_ready, spotter.prefs.default_rest) == (20, 12)
    spotter.play("test-bridge")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    first = page.runner.plan.segments[0]
    assert first.kind.value == "prepare" and first.seconds == 20
    assert page.runner.plan.settings.set_rest == 12
    page.close_session()
