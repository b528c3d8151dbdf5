"""A small trend chart: an indicator's values over the last periods (bars for what is counted,
a line for shares and scores) and the targets of those periods as a dashed line with dots, so
the two differ by shape as well as by colour. Drawn by pyqtgraph, which draws with Qt itself
(its labels are shaped like every other text of the window)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gmsdesk.ui.labels import format_number

ACTUAL_COLOUR = "#2f6db5"  # blue and orange: told apart with every common colour blindness
TARGET_COLOUR = "#d9710b"
CHART_HEIGHT = 60


def _finite(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else float(v) for v in values]


class TrendChart(pg.PlotWidget):
    """Read-only: no zoom, no menu; the wheel scrolls the page it sits in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        background = (parent or QWidget()).palette().color(QPalette.ColorRole.Base)
        super().__init__(parent=parent, background=background)
        self.setAccessibleName(QCoreApplication.translate("Reports", "Trend"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedHeight(CHART_HEIGHT)
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.setContentsMargins(0, 2, 4, 0)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 7.0))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=font, tickLength=3, autoExpandTextSpace=True)
            axis.setTextPen(pg.mkPen(text))
            axis.setPen(pg.mkPen(QColor("#9aa0a6")))
        plot.getAxis("left").setWidth(38)
        self.bars: pg.BarGraphItem | None = None
        self.curve: pg.PlotDataItem | None = None
        self.target_curve: pg.PlotDataItem | None = None
        self.actuals: list[float] = []
        self.targets: list[float] = []
        self.released = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the dashboard scrolls; a chart has nothing to zoom

    def release(self) -> None:
        """Take the chart's items down now, while every part of it is alive. Call before the
        chart is deleted: when Qt deletes the view with its parent, the scene then deletes
        pyqtgraph's items in an order that crashes under PySide6 (pyqtgraph's own `close`
        would do it too, but makes the chart a window of its own first)."""
        if self.released:
            return
        self.released = True
        plot = self.getPlotItem()
        plot.clear()
        plot.close()
        self.scene().clear()
        self.bars = self.curve = self.target_curve = None

    def set_trend(self, labels: Sequence[str], actuals: Sequence[float | None],
                  targets: Sequence[float | None], bars: bool = True) -> None:
        """Show values and targets of `labels` (oldest first); None is no value."""
        plot = self.getPlotItem()
        plot.clear()
        self.actuals = _finite(actuals)
        self.targets = _finite(targets)
        xs = list(range(len(labels)))
        if bars:
            heights = [0.0 if math.isnan(v) else v for v in self.actuals]
            self.bars = pg.BarGraphItem(x=xs, height=heights, width=0.62,
                                        brush=pg.mkBrush(ACTUAL_COLOUR), pen=pg.mkPen(None))
            plot.addItem(self.bars)
            self.curve = None
        elif all(math.isnan(v) for v in self.actuals):
            self.bars = self.curve = None  # nothing to draw (and pyqtgraph warns of it)
        else:
            self.curve = pg.PlotDataItem(xs, self.actuals, connect="finite", antialias=True,
                                         pen=pg.mkPen(ACTUAL_COLOUR, width=2), symbol="s",
                                         symbolSize=5, symbolBrush=ACTUAL_COLOUR,
                                         symbolPen=None)
            plot.addItem(self.curve)
            self.bars = None
        self.target_curve = None
        if any(not math.isnan(t) for t in self.targets):
            self.target_curve = pg.PlotDataItem(
                xs, self.targets, connect="finite", antialias=True,
                pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                symbol="o", symbolSize=5, symbolBrush=TARGET_COLOUR, symbolPen=None)
            plot.addItem(self.target_curve)
        known = [v for v in self.actuals + self.targets if not math.isnan(v)]
        top = max(known, default=0.0)
        plot.setYRange(0, top * 1.08 if top > 0 else 1, padding=0)
        plot.setXRange(-0.5, max(len(xs) - 0.5, 0.5), padding=0)
        bottom = plot.getAxis("bottom")
        ticks = [(0, labels[0]), (len(labels) - 1, labels[-1])] if len(labels) > 1 else (
            [(0, labels[0])] if labels else [])
        bottom.setTicks([ticks, []])
        left = plot.getAxis("left")
        zero = format_number(0)
        left.setTicks([[(0, zero), (top, _short(top))], []] if top > 0 else [[(0, zero)], []])


def _short(number: float) -> str:
    """A tick label that fits: 1.2k, 3.4M."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(number) >= size:
            return format_number(number / size, 1) + suffix
    return format_number(number, 1)
