"""What every training dialog shares with the rest of GMS Desk (`gmsdesk.ui.widgets`): Enter in
a field never saves or closes it, and it fits the screen of a 1366x768 laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from gmsdesk.ui import widgets

ERROR_STYLE = "color: #b3261e;"


class FieldDialog(QDialog):
    """A dialog where Enter pressed in a field moves on to the next field, as Tab does, instead
    of pressing the default button: a person ends a name with Enter, and means neither "save"
    nor "close" (`widgets.keep_enter_in_fields`). A button that has the focus still acts on
    Enter; Ctrl+S or Ctrl+Enter saves where a dialog offers it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        widgets.keep_enter_in_fields(self)


def list_item(parent: QListWidget, text: str) -> QListWidgetItem:
    """A list line of one or more text lines, tall enough for each in its own script: Qt sizes
    a multi-line item by the interface font, and a Burmese or Khmer line set in its fallback
    font is taller, so the next line was cut off ("…")."""
    item = QListWidgetItem(text, parent)
    font = parent.font()
    height = 0.0
    for line in text.split("\n"):
        layout = QTextLayout(line, font)
        layout.beginLayout()
        laid = layout.createLine()
        layout.endLayout()  # lays the line out: its height is known from here
        height += laid.height()
    item.setSizeHint(QSize(0, int(height * 1.4) + 6))
    return item


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """`width` x `height`, never more than the screen less the task bar and the window's frame,
    placed over its parent (`widgets.fit_to_screen`). Called once the layout is built."""
    widgets.fit_to_screen(dialog, width, height)
