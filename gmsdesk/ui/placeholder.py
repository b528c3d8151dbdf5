"""An area whose work comes in a later release: says what is coming, so nobody is puzzled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gmsdesk.ui.widgets import heading as make_heading


class PlaceholderArea(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = make_heading(title, self)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setObjectName("placeholder_text")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
