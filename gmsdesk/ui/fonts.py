"""Register the bundled fonts so every script renders shaped, even on machines without them."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gmsdesk.paths import RESOURCES

log = logging.getLogger(__name__)

# Latin/Vietnamese first, then each script's font; Qt falls back along this list per character.
FAMILY_ORDER = (
    "Noto Sans", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar", "Noto Sans Thai",
    "Noto Sans SC GMS", "GMS Symbols",
)


def register_fonts() -> list[str]:
    """Load every bundled .ttf; returns the family names Qt now knows from them."""
    families: list[str] = []
    for path in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_app_font(app: QApplication, point_size: float | None = None) -> None:
    known = set(QFontDatabase.families())
    chosen = [f for f in FAMILY_ORDER if f in known]
    if not chosen:
        return
    font = QFont(app.font())
    font.setFamilies(chosen)
    if point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
