"""Languages and accessibility in the widgets: Spanish screens, states read aloud, contrast, font size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from test_ui_player_view import snapshot

from app.session.controls import Control
from app.ui.player.view import PlayerView

PAUSE = Control.TOGGLE_PAUSE.value

pytestmark = pytest.mark.gui


def test_spanish_run_shows_spanish_sections_dates_and_player(qtbot, data_dir):
    """--lang es: the sidebar, the player's buttons and the locale are Spanish, for this run only."""
    from PySide6.QtCore import QLocale

    from app.context import Context
    from app.paths import Paths
    from app.ui.qt.translation import current_language
    from app.ui.spotter_app import SpotterApp

    spotter = SpotterApp(Context(paths=Paths.create(data_dir), lang="es"), QApplication.instance())
    qtbot.addWidget(spotter.window)
    try:
        nav = spotter.window.nav
        assert [nav.item(i).text() for i in range(nav.count())] == ["Biblioteca", "Entrenamientos",
                                                                    "Historial", "Ajustes"]
        assert current_language() == "es" and QLocale().language() == QLocale.Language.Spanish
        view = PlayerView()
        qtbot.addWidget(view)
        view.show_snapshot(snapshot())
        assert view.buttons[PAUSE].text() == "Pausa  (Espacio)" and "3 REPETICIONES" in view.kind.text()
        assert "Ejercicio 2 de 3" in view.where.text() and "Lado izquierdo" in view.where.text()
        assert not spotter.settings.load().language  # --lang is not saved
    finally:
        spotter.shutdown()


def test_pause_and_mute_buttons_name_what_they_will_do(qtbot):
    """Pause becomes Resume and Mute becomes Unmute: text, accessible name and description follow."""
    view = PlayerView()
    qtbot.addWidget(view)
    view.show_snapshot(snapshot())
    pause = view.buttons[PAUSE]
    assert pause.accessibleName() == "Pause" and "Pause the session" in pause.accessibleDescription()
    view.show_snapshot(snapshot(paused=True))
    assert pause.accessibleName() == "Resume" and "Resume the session" in pause.accessibleDescription()
    assert pause.text().startswith("Resume") and "Space" in pause.accessibleDescription()
    view.show_snapshot(snapshot())
    assert pause.accessibleName() == "Pause"
    view.show_muted(True)
    assert view.buttons["mute"].accessibleName() == "Unmute"
    for button in view.findChildren(QPushButton):
        assert button.accessibleName() and button.accessibleDescription(), button.text()


def test_countdown_and_step_are_exposed_with_words(qtbot):
    """The countdown's accessible name says what the number is; the step text is described."""
    view = PlayerView()
    qtbot.addWidget(view)
    view.show_snapshot(snapshot(remaining=11.5))
    assert view.countdown.accessibleName() == "Time left in this step: 12"
    assert view.step_text.text() == "Lift and lower your hips." and view.step_text.accessibleDescription()


def test_high_contrast_theme_is_white_on_black_with_a_yellow_focus():
    """The high-contrast palette and style sheet: black ground, white text, yellow accent and focus."""
    from app.preferences import Theme
    from app.ui.qt.style import style_sheet
    from app.ui.qt.theme import apply_theme

    app = QApplication.instance()
    try:
        apply_theme(app, Theme.HIGH_CONTRAST)
        pal = app.palette()
        assert pal.color(QPalette.ColorRole.Window).name() == "#000000"
        assert pal.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert pal.color(QPalette.ColorRole.Highlight).name() == "#ffd400"
        sheet = style_sheet(1.0, dark=True, contrast=True)
        assert "QPushButton:focus { border: 2px solid #ffd400; }" in sheet
        assert "QLineEdit:focus" in sheet and "#2e7d6b" not in sheet  # no green left
        assert "QListWidget#nav:focus" in style_sheet(1.0)  # a visible focus in every theme
    finally:
        apply_theme(app, Theme.LIGHT)


def test_the_system_font_size_is_the_base_of_the_text_size():
    """A larger system font makes Spotter's text larger too; the Text size setting scales it."""
    from app.preferences import Theme
    from app.ui.qt.theme import apply_theme, text_scale

    app = QApplication.instance()
    saved = app.property("spotterSystemPoints")
    try:
        app.setProperty("spotterSystemPoints", 14.0)
        apply_theme(app, Theme.LIGHT, 150)
        assert app.font().pointSizeF() == pytest.approx(21.0)
        assert text_scale(app, 150) == pytest.approx(14.0 / 10.5 * 1.5)
        app.setProperty("spotterSystemPoints", 9.0)  # Qt's fallback when the platform says nothing
        apply_theme(app, Theme.LIGHT, 100)
        assert app.font().pointSizeF() == pytest.approx(10.5)
    finally:
        app.setProperty("spotterSystemPoints", saved)
        apply_theme(app, Theme.LIGHT, 100)


def test_language_chosen_in_settings_is_what_the_next_run_reads(qtbot, data_dir):
    """Settings saves the language where app.i18n (no Qt) reads it; "follow the system" saves none."""
    from app.i18n.language import saved_language
    from app.ui.settings.store import Settings
    from app.ui.settings.view import SettingsView

    settings = Settings(data_dir / "settings.ini")
    view = SettingsView(settings)
    qtbot.addWidget(view)
    assert view.language.currentData() == ""  # follow the system by default
    view.language.setCurrentIndex(view.language.findData("de"))
    assert settings.load().language == "de" and saved_language(data_dir / "settings.ini") == "de"
    view.language.setCurrentIndex(0)
    assert saved_language(data_dir / "settings.ini") is None


def test_every_control_is_reached_with_tab_and_shows_its_focus(qtbot, data_dir):
    """From the sidebar, Tab walks the Library's controls to Start; the focus style is drawn for it."""
    from PySide6.QtCore import Qt
    from ui_support import make_app

    spotter = make_app(qtbot, data_dir)
    window = spotter.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    library = window.page("library")
    window.nav.setFocus()
    wanted = {library.search, library.muscle, library.equipment, library.difficulty, library.list,
              library.detail.modification, library.detail.start}
    reached = set()
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
        if wanted <= reached:
            break
    assert wanted <= reached, wanted - reached
    assert "QPushButton#primary:focus" in QApplication.instance().styleSheet()
