"""The player screen on its own: what a snapshot draws, and that every control has a key and a name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from app.content.model import Level, Modification
from app.session.plan import Segment, SegmentKind
from app.ui.player.view import CONTROLS, LEVEL_KEYS, PlayerView

pytestmark = pytest.mark.gui


def snapshot(**over):
    """A Snapshot-shaped object for a reps step of exercise 2 of 3."""
    seg = Segment(SegmentKind.STEP, 9.0, "Lift and lower your hips.", exercise_id="x", exercise_index=1,
                  title="Glute Bridge", step=3, steps=4, set=1, sets=2, side="left", reps=3)
    values = {"segment": seg, "paused": False, "remaining": 7.2, "total_remaining": 250.0, "exercise_number": 2,
                  "exercise_count": 3, "step_number": 3, "step_count": 4, "next_up": "Rest 20 s, then Swan",
                  "modification": Modification("Single-Leg", Level.HARDER, "One foot up."), "waiting_for_done": False}
    values.update(over)
    return SimpleNamespace(**values)


def test_snapshot_is_drawn_large_and_complete(qtbot):
    """Countdown, exercise i of N, step j of M, set, side, total left, next up and the level show."""
    view = PlayerView()
    qtbot.addWidget(view)
    view.show_snapshot(snapshot())
    assert view.countdown.text() == "8"
    where = view.where.text()
    assert all(s in where for s in ("Glute Bridge", "Exercise 2 of 3", "Step 3 of 4", "Set 1 of 2", "Left side"))
    assert view.total.text() == "Total left 4:10" and "Swan" in view.next_up.text()
    assert "Single-Leg" in view.modification.text() and view.buttons["harder"].isChecked()
    assert not view.done.isHidden() and "3 REPS" in view.kind.text()
    view.show_snapshot(snapshot(paused=True, remaining=75.0))
    assert view.countdown.text() == "1:15" and "PAUSED" in view.kind.text()
    assert "Resume" in view.buttons["toggle_pause"].text()


def test_every_control_has_a_key_a_button_and_an_accessible_name(qtbot):
    """Each control's key emits its name; each button has an accessible name and takes no focus."""
    view = PlayerView()
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    keys = {"back": Qt.Key.Key_Left, "toggle_pause": Qt.Key.Key_Space, "next": Qt.Key.Key_Right,
            "add_time": Qt.Key.Key_Plus, "pain": Qt.Key.Key_P, "mute": Qt.Key.Key_M,
            "fullscreen": Qt.Key.Key_F11, "stop": Qt.Key.Key_Escape, "easier": Qt.Key.Key_E,
            "standard": Qt.Key.Key_S, "harder": Qt.Key.Key_H, "done": Qt.Key.Key_D, "voice": Qt.Key.Key_V}
    assert set(keys) == set(CONTROLS) | set(LEVEL_KEYS) | {"done"}
    for name, key in keys.items():
        with qtbot.waitSignal(view.control, check_params_cb=lambda n, want=name: n == want, timeout=1000):
            qtbot.keyClick(view, key)
    for name, button in view.buttons.items():
        assert button.accessibleName() and button.focusPolicy() == Qt.FocusPolicy.NoFocus, name
    assert view.done.accessibleName()


def test_large_text_still_fits_a_laptop_screen(qtbot):
    """At 150 % text the player fits 1280 x 720: no control is cut off or on top of another."""
    from PySide6.QtWidgets import QApplication

    from app.preferences import Theme
    from app.ui.qt.style import style_sheet
    from app.ui.qt.theme import apply_theme

    app = QApplication.instance()
    sheet = app.styleSheet()
    apply_theme(app, Theme.LIGHT, 150)
    app.setStyleSheet(style_sheet(1.5))
    try:
        view = PlayerView()
        qtbot.addWidget(view)
        view.stage.text_scale = 1.5
        view.resize(1280, 720)
        view.show()
        view.show_snapshot(snapshot())
        qtbot.waitUntil(lambda: view._columns in (len(CONTROLS), (len(CONTROLS) + 1) // 2))
        assert view.minimumSizeHint().width() <= 1280
        rects = [b.geometry().translated(b.parentWidget().mapTo(view, b.parentWidget().rect().topLeft()))
                 for b in view.buttons.values()]
        for i, a in enumerate(rects):
            assert view.rect().contains(a), a
            for b in rects[i + 1:]:
                assert not a.intersects(b), (a, b)
        for button in view.buttons.values():
            assert button.width() >= button.sizeHint().width() - 1, button.text()
    finally:
        apply_theme(app, Theme.SYSTEM)
        # the sheet the app had (none before any SpotterApp): later tests in this worker see
        # the app as it was, and Qt's style sheet style is not torn down and rebuilt under them
        app.setStyleSheet(sheet)
