"""Small widgets every area uses alike."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """An area's title. Pass text already translated: lupdate cannot see `tr()` calls inside
    f-strings, so callers translate first and this builds the markup."""
    label = QLabel(f"<h2>{html.escape(text)}</h2>", parent)
    label.setObjectName("heading")
    return label
