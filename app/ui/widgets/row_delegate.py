"""Two-line list rows: the title in bold, a grey subtitle under it.

Every row has the same height, so the list view can use uniform item sizes
and stay fast with 10,000 exercises.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.library.model import SubtitleRole

_PAD = 8


class TwoLineDelegate(QStyledItemDelegate):
    """Paints a title and a subtitle (``SubtitleRole``) per row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + _PAD * 2 + 4)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """As the base class, without the text: ``paint`` draws the two lines itself."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # The base class paints the row's panel (background, selection, focus);
        # asking the view whether the row is selected, instead of reading the
        # option's QStyle flags, keeps PySide from building QStyle's many Python
        # enums during start-up.
        super().paint(painter, option, index)
        painter.save()
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(_PAD * 2, _PAD, -_PAD, -_PAD)
        title_font = QFont(option.font)
        title_font.setBold(True)
        fm = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        title = fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight,
                              rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)
        sub_colour = option.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(sub_colour)
        sub_fm = QFontMetrics(option.font)
        subtitle = sub_fm.elidedText(str(index.data(SubtitleRole) or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + fm.height() + 4, rect.width(), sub_fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), subtitle)
        painter.restore()
