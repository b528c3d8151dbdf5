"""Register the bundled fonts so every script renders shaped, even on machines without them;
set the text size (larger for Khmer, Lao and Burmese by default) and a focus outline that a
keyboard user can see."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from gmsdesk.paths import RESOURCES

log = logging.getLogger(__name__)

# Latin/Vietnamese first, then each script's font; Qt falls back along this list per character
# (a hanzi outside GB 2312 to "Noto Sans SC GMS Ext", as the PDFs do).
FAMILY_ORDER = (
    "Noto Sans", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar", "Noto Sans Thai",
    "Noto Sans SC GMS", "Noto Sans SC GMS Ext", "GMS Symbols",
)

# The automatic text size per UI language, in percent: Khmer, Lao and Burmese letters are
# smaller and denser than Latin ones at the same point size (stacked subscripts and marks).
AUTOMATIC_SIZE = {"km": 115, "lo": 115, "my": 115}

FOCUS_WIDTH = 2  # px: the outline around whatever has the keyboard focus

_base_point_size: float | None = None


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


def text_size_percent(lang: str, setting: int) -> int:
    """The text size to use: the setting, or for 0 (automatic) the language's own."""
    return setting if setting > 0 else AUTOMATIC_SIZE.get(lang, 100)


def apply_display(app: QApplication, lang: str, text_size: int = 0) -> float:
    """The bundled fonts at the size chosen (`text_size` in percent, 0 for the language's
    automatic size) and the focus outline. Returns the point size set. Call at start-up and
    when the language or the setting changes; widgets made afterwards follow."""
    global _base_point_size
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 9.0
    size = round(_base_point_size * text_size_percent(lang, text_size) / 100, 1)
    apply_app_font(app, size)
    install_focus_style(app)
    return size


class FocusStyle(QProxyStyle):
    """The platform style, with a clear outline (the palette's highlight, FOCUS_WIDTH px) around
    the button, field, box or cell that has the keyboard focus. Fusion's own focus marks are a
    faint tint that people working on a projector or an old screen cannot find."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _outline(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_PanelButtonCommand,
                       QStyle.PrimitiveElement.PE_FrameLineEdit) and _has_focus(option):
            _outline(painter, option, option.rect)

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox,
                       QStyle.ComplexControl.CC_Slider) and _has_focus(option):
            _outline(painter, option, option.rect)


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def focus_colour(option: QStyleOption) -> QColor:
    return option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def _outline(painter: QPainter, option: QStyleOption, rect: QRect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(focus_colour(option), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH // 2
    painter.drawRect(rect.adjusted(inset, inset, -inset - 1 + FOCUS_WIDTH % 2,
                                   -inset - 1 + FOCUS_WIDTH % 2))
    painter.restore()


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's style in FocusStyle once."""
    if isinstance(app.style(), FocusStyle):
        return
    style = FocusStyle(app.style().name())
    app.setStyle(style)
