"""What training dialogs share among themselves: the error style and multi-script list lines.
The rules every window keeps are `gmsdesk.ui.widgets`' alone: Enter in a field never saves or
closes a dialog (`keep_enter_in_fields`), a window fits a 1366x768 laptop (`fit_to_screen`)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from gmsdesk.ui import widgets
from gmsdesk.ui.widgets import fit_to_screen

__all__ = ["ERROR_STYLE", "FieldDialog", "fit_to_screen", "list_item"]

ERROR_STYLE = "color: #b3261e;"


class FieldDialog(QDialog):
    """A QDialog that keeps Enter in its fields (`widgets.keep_enter_in_fields`), for the
    enrolment, sign-in sheet and certificate dialogs; `fit_to_screen` here is
    `widgets.fit_to_screen` itself."""

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
