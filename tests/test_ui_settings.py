"""Settings: the INI in the data dir (app/preferences.py), the Settings view, and the theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.preferences import Preferences, Theme
from app.ui.qt.theme import apply_theme, effective_scheme
from app.ui.settings.store import Settings
from app.ui.settings.view import SettingsView

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


def test_settings_say_plainly_when_speech_is_off_and_why(qtbot, data_dir):
    """Unchecking the voice, or a check that found no sound device, shows "Speech is off" and the reason."""
    settings = Settings(data_dir / "settings.ini")
    view = SettingsView(settings)
    qtbot.addWidget(view)
    assert "Checking" in view.speech_status.text()
    no_device = "Speech is off: no sound device was found, so cues are shown as captions only."
    view.set_speech_check(([("en", "English")], no_device))
    assert no_device in view.speech_status.text() and view.speech_status.objectName() == "warning"
    view.voice_enabled.setChecked(False)
    assert "unchecked" in view.speech_status.text()
    view.set_speech_check(([("en", "English")], None))
    view.voice_enabled.setChecked(True)
    assert "Speech is on" in view.speech_status.text() and view.speech_status.objectName() == "muted"


def test_settings_page_checks_speech_on_the_real_engine_and_player(qtbot, data_dir):
    """The Settings page's own check reports what a session would find (here: the real espeak-ng and aplay)."""
    from ui_support import make_app

    from app.speech.pyttsx3_speaker import Pyttsx3Speaker

    probe = Pyttsx3Speaker(data_dir / "probe")
    expected = probe.problem
    probe.close()
    spotter = make_app(qtbot, data_dir, voice_enabled=True)
    view = spotter.window.show_page("settings")
    qtbot.waitUntil(lambda: "Checking" not in view.speech_status.text(), timeout=15000)
    assert (expected or "Speech is on") in view.speech_status.text()


def test_get_ready_setting_says_when_and_why_it_will_be_longer(qtbot, data_dir):
    """A get-ready shorter than its words is explained with the length it will really have; a long one is as set."""
    from app.content.model import Difficulty, Exercise, Step
    from app.session.plan import PlanSettings, compile_plan
    from app.speech.silent import SilentSpeaker
    from app.ui.settings.view import TYPICAL_EXERCISE, shortest_get_ready

    settings = Settings(data_dir / "settings.ini")
    view = SettingsView(settings)
    qtbot.addWidget(view)
    view.get_ready.setValue(2)
    least = shortest_get_ready(view.rate.value())
    note = view.get_ready_note.text()
    assert f"about {least} s, not 2 s" in note and "3, 2, 1" in note
    assert view.get_ready_note.objectName() == "warning"
    # the estimate is what the planner really does with the typical exercise
    title, first = TYPICAL_EXERCISE
    ex = Exercise(id="x", path=data_dir / "x.md", title=title, description="d", difficulty=Difficulty.BEGINNER,
                  duration=30, steps=(Step(first),))
    plan = compile_plan(ex, {}, PlanSettings(get_ready=2), SilentSpeaker(rate=view.rate.value()).measure)
    assert plan.segments[0].seconds == pytest.approx(least, abs=1.0)
    view.get_ready.setValue(least)
    assert "as set" in view.get_ready_note.text() and view.get_ready_note.objectName() == "muted"
    plan = compile_plan(ex, {}, PlanSettings(get_ready=least), SilentSpeaker(rate=view.rate.value()).measure)
    assert plan.segments[0].seconds == least


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
