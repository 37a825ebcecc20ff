"""The Library's filter boxes show their whole "any" label at 1280x720 in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from ui_support import make_app

from app.ui.qt.translation import install_translators

pytestmark = pytest.mark.gui


def _room_and_need(combo) -> tuple[int, int]:
    """The width the closed box has for its text, and the width its current text takes."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width(), combo.fontMetrics().horizontalAdvance(combo.currentText())


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_filter_labels_fit_without_widening_the_list(qtbot, data_dir, lang):
    """No filter label is cut, and the exercise pane keeps its share of the window."""
    spotter = make_app(qtbot, data_dir, language=lang)
    try:
        window = spotter.window
        window.resize(1280, 720)
        view = window.show_page("library")
        qtbot.waitUntil(lambda: window.width() == 1280, timeout=5000)
        for combo in (view.muscle, view.equipment, view.difficulty):
            assert combo.currentIndex() == 0
            room, need = _room_and_need(combo)
            assert need <= room, (lang, combo.currentText(), need, room)
        assert view.detail.width() >= 0.45 * window.width(), view.detail.width()
    finally:
        install_translators(spotter.app, "en")
