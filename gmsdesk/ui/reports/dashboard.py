"""The dashboard: every indicator, grouped by area (training; the support network;
e-marketplaces; surveys), with its value for the period and scope chosen, its target, how far
it is towards the target (colour, symbol and word), a small trend chart over the last periods
with the targets, and its plain-language definition on hover and behind the question mark at
the row's end, beside the button that breaks it down.

Every value is a button: it opens the records behind the number."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from gmsdesk.records.catalog import INDICATOR_AREAS
from gmsdesk.services.figures import (
    Dashboard,
    Line,
    amount,
    percent_of_target,
    status,
    unfiltered,
)
from gmsdesk.storage.indicators import Indicator
from gmsdesk.ui.labels import format_count
from gmsdesk.ui.reports.labels import (
    STATUS_BACKGROUNDS,
    STATUS_COLOURS,
    STATUS_SYMBOLS,
    STATUS_WORDS,
    area_label,
    dimension_label,
    indicator_definition,
    indicator_title,
    number_text,
    period_text,
    ratio_text,
    status_text,
    tr,
    value_text,
)

VALUE_STYLE = ("QPushButton { text-align: left; padding: 2px 6px; border: 1px solid transparent;"
               " border-radius: 3px; color: palette(link); font-weight: bold; }"
               "QPushButton:hover, QPushButton:focus { border-color: palette(link);"
               " text-decoration: underline; }"
               "QPushButton:disabled { color: palette(mid); font-weight: normal; }")
MUTED = "color: #5f6368;"
CHART_HEIGHT = 60  # px: the trend charts' height (the chart module is loaded later)
RIGHT_MARGIN = 20  # px between a row's last button and the scroll bar
LINK_STYLE = ("QToolButton { color: palette(link); padding: 2px 6px; }"
              "QToolButton:hover, QToolButton:focus { text-decoration: underline; }"
              "QToolButton:disabled { color: palette(mid); }")
# The columns of a row: the indicator, its figures and trend, then what can be asked of it.
(TITLE_COLUMN, VALUE_COLUMN, TARGET_COLUMN, STATUS_COLUMN, CHART_COLUMN, BREAKDOWN_COLUMN,
 HELP_COLUMN) = range(7)
COLUMNS = 7


def _tip(text: str) -> str:
    """Tooltip text that wraps (Qt wraps rich text, not plain)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


@dataclass
class _Row:
    indicator: Indicator
    title: QLabel
    help: QToolButton
    value: QPushButton
    target: QLabel
    status: QLabel
    chart: Any  # TrendChart, made when the first figures arrive (its library loads then)
    chart_holder: QWidget
    breakdown: QToolButton


class DashboardView(QScrollArea):
    """Indicators in rows under their area's heading. `drill_requested(code)` when a value is
    pressed; `breakdown_requested(code)` for its disaggregation."""

    drill_requested = Signal(str)
    breakdown_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_dashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rows: dict[str, _Row] = {}
        self.lines: dict[str, Line] = {}
        self.shown: Dashboard | None = None
        self._codes: tuple[str, ...] = ()
        self._content = QWidget()
        outer = QVBoxLayout(self._content)
        # Room between the rows' last buttons and the scroll bar.
        margins = outer.contentsMargins()
        outer.setContentsMargins(margins.left(), margins.top(), RIGHT_MARGIN, margins.bottom())
        self.summary = QLabel(self._content)
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        rows = QWidget(self._content)
        self.grid = QGridLayout(rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(rows)
        outer.addStretch(1)
        self.empty = QLabel(self.tr("No indicators yet."), self._content)
        self.empty.setObjectName("report_empty")
        self.grid.addWidget(self.empty, 0, 0)
        self.setWidget(self._content)

    # -- building -----------------------------------------------------------------------------

    def release_charts(self) -> None:
        """Before the charts are deleted (see `TrendChart.release`)."""
        for row in self.rows.values():
            if row.chart is not None:
                row.chart.release()

    def _clear(self) -> None:
        self.release_charts()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        self.rows.clear()

    def set_catalogue(self, indicators: list[Indicator]) -> None:
        """Rows for these indicators, grouped by area in the catalogue's order of areas."""
        codes = tuple(i.code for i in indicators)
        if codes == self._codes:
            return
        self._codes = codes
        self._clear()
        grid = self.grid
        self.empty.setVisible(not indicators)
        if not indicators:
            grid.addWidget(self.empty, 0, 0)
            return
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(TITLE_COLUMN, 5)  # the title, wrapped
        grid.setColumnStretch(CHART_COLUMN, 4)  # the trend chart
        row = 0
        for column, text in enumerate((self.tr("Indicator"), self.tr("Actual"),
                                       self.tr("Target"), self.tr("Against target"),
                                       self.tr("Trend (dashed: target)"))):
            header = QLabel(text, self._content)
            header.setStyleSheet(MUTED)
            grid.addWidget(header, row, column)
        row += 1
        order = list(INDICATOR_AREAS)
        groups = sorted({i.area for i in indicators},
                        key=lambda a: order.index(a) if a in order else len(order))
        for area in groups:
            heading = QLabel(area_label(area), self._content)
            heading.setObjectName(f"report_area_{area}")
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            heading.setContentsMargins(0, 10, 0, 2)
            grid.addWidget(heading, row, 0, 1, COLUMNS)
            row += 1
            rule = QFrame(self._content)
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(rule, row, 0, 1, COLUMNS)
            row += 1
            for indicator in (i for i in indicators if i.area == area):
                self.rows[indicator.code] = self._add_row(indicator, row)
                row += 1
        grid.setRowStretch(row, 1)

    def _add_row(self, indicator: Indicator, row: int) -> _Row:
        parent = self._content
        code = indicator.code
        definition = indicator_definition(indicator)
        title = QLabel(indicator_title(indicator), parent)
        title.setObjectName(f"title_{code}")
        title.setWordWrap(True)
        title.setToolTip(_tip(definition))
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title.setMinimumWidth(160)
        # The definition behind a question-mark icon at the row's end (a bare "?" at its
        # start looked like an icon that failed to load).
        help_button = QToolButton(parent)
        help_button.setObjectName(f"help_{code}")
        help_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxQuestion))
        line = self.fontMetrics().height()
        help_button.setIconSize(QSize(line, line))
        help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        help_button.setCursor(Qt.CursorShape.PointingHandCursor)
        help_button.setAutoRaise(True)
        help_button.setToolTip(self.tr("What this indicator counts"))
        help_button.setAccessibleName(self.tr("What this indicator counts"))
        help_button.setAccessibleDescription(definition)
        help_button.clicked.connect(lambda _=False, b=help_button, t=definition:
                                    self._explain(b, t))
        value = QPushButton("…", parent)
        value.setObjectName(f"value_{code}")
        value.setFlat(True)
        value.setCursor(Qt.CursorShape.PointingHandCursor)
        value.setStyleSheet(VALUE_STYLE)
        value.setAccessibleName(indicator_title(indicator))
        value.setAccessibleDescription(definition)
        value.setToolTip(self.tr("Show the records behind this number"))
        value.clicked.connect(lambda _=False, c=code: self.drill_requested.emit(c))
        target = QLabel("", parent)
        target.setObjectName(f"target_{code}")
        state = QLabel("", parent)
        state.setObjectName(f"status_{code}")
        state.setWordWrap(True)
        state.setMinimumWidth(170)
        holder = QWidget(parent)
        holder.setMinimumHeight(CHART_HEIGHT)
        holder.setMinimumWidth(200)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        # Named as the tab it opens: "By…" read as a word cut short, in every language.
        breakdown = QToolButton(parent)
        breakdown.setObjectName(f"breakdown_{code}")
        breakdown.setText(QCoreApplication.translate("ReportsArea", "Breakdown"))
        breakdown.setStyleSheet(LINK_STYLE)
        breakdown.setCursor(Qt.CursorShape.PointingHandCursor)
        breakdown.setAutoRaise(True)
        breakdown.setToolTip(self.tr("Break this indicator down (by sex, province, agency…)"))
        breakdown.clicked.connect(lambda _=False, c=code: self.breakdown_requested.emit(c))
        breakdown.setEnabled(bool(indicator.dimensions))
        grid = self.grid
        middle = Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(title, row, TITLE_COLUMN)
        grid.addWidget(value, row, VALUE_COLUMN, middle)
        grid.addWidget(target, row, TARGET_COLUMN)
        grid.addWidget(state, row, STATUS_COLUMN, middle)
        grid.addWidget(holder, row, CHART_COLUMN)
        grid.addWidget(breakdown, row, BREAKDOWN_COLUMN, middle)
        grid.addWidget(help_button, row, HELP_COLUMN, middle)
        return _Row(indicator, title, help_button, value, target, state, None, holder,
                    breakdown)

    def _explain(self, button: QToolButton, definition: str) -> None:
        QWhatsThis.showText(button.mapToGlobal(QPoint(0, button.height())),
                            _tip(definition or self.tr("No definition was given.")), button)

    # -- figures ------------------------------------------------------------------------------

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.set_catalogue([line.indicator for line in dashboard.lines])
        self.shown = dashboard
        self.lines = {line.indicator.code: line for line in dashboard.lines}
        counts = dict.fromkeys(STATUS_COLOURS, 0)
        for line in dashboard.lines:
            row = self.rows.get(line.indicator.code)
            if row is not None:
                self._show_line(row, line, dashboard)
            if line.applies:
                counts[status(percent_of_target(line.value, line.target_value))] += 1
        # "2026 · ✔ Target met: 6 · ◐ Near target: 1 · ✘ Behind target: 1 · – No target: 22"
        parts = [period_text(dashboard.period)] + [
            f"{STATUS_SYMBOLS[state]} {tr(STATUS_WORDS[state])}: {format_count(counts[state])}"
            for state in ("met", "near", "behind", "none")]
        self.summary.setText(" · ".join(parts))
        self._lay_out_now()

    def _lay_out_now(self) -> None:
        """Lay the rows out now, once, at the height their new text needs. Qt would do it in
        rounds (a widget added to a page on screen is shown later, then laid out), the page
        painted between them after the charts were made, which takes a while: the rows
        squashed into the old height, overlapping, for up to a second in Khmer, Lao or
        Burmese, before the page grew."""
        for index in range(self.grid.count()):
            item = self.grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isHidden() \
                    and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                widget.show()  # as Qt would, a moment later
        for _ in range(3):  # the rows' grid, the page, the scroll area around it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _show_line(self, row: _Row, line: Line, dashboard: Dashboard) -> None:
        unit = line.indicator.unit
        if not line.applies:
            names = ", ".join(dimension_label(d) for d in unfiltered(dashboard.filters,
                                                                     line.indicator))
            row.value.setText("—")
            row.value.setEnabled(False)
            row.target.setText("")
            self._set_status(row, "none", self.tr("Not counted by %1").replace("%1", names))
            if row.chart is not None:
                row.chart.set_trend([], [], [])
            row.chart_holder.setToolTip("")
            return
        row.value.setEnabled(True)
        row.value.setText(value_text(line.value, unit))
        ratio = ratio_text(line.value) if unit == "percent" else ""
        row.value.setToolTip(_tip("\n".join(t for t in (
            ratio, self.tr("Show the records behind this number")) if t)))
        target = line.target_value
        if target is not None:
            row.target.setText(number_text(target, unit))
            baseline = line.target.baseline if line.target is not None else None
            row.target.setToolTip(_tip(self.tr("Baseline: %1").replace(
                "%1", number_text(baseline, unit))) if baseline is not None else "")
        else:
            row.target.setText("—")
            wider = line.wider
            row.target.setToolTip(_tip(self.tr(
                "No target for this selection. The wider target that applies is %1.").replace(
                "%1", number_text(wider.value, unit))) if wider is not None and
                wider.value is not None else _tip(self.tr("No target for this selection.")))
        percent = percent_of_target(line.value, target)
        state = status(percent)
        if target is not None and percent is None and unit == "money" and \
                len((line.value.by_currency if line.value else None) or {}) > 1:
            self._set_status(row, "none", self.tr("In several currencies: choose an economy"))
        else:
            self._set_status(row, state, status_text(state, percent))
        self._show_trend(row, line)

    def _set_status(self, row: _Row, state: str, text: str) -> None:
        row.status.setText(text)
        row.status.setProperty("status", state)
        row.status.setStyleSheet(
            f"color: {STATUS_COLOURS[state]}; background: {STATUS_BACKGROUNDS[state]};"
            " border-radius: 3px; padding: 2px 6px; font-weight: bold;")

    def _show_trend(self, row: _Row, line: Line) -> None:
        if row.chart is None:
            from gmsdesk.ui.reports.chart import TrendChart

            row.chart = TrendChart(row.chart_holder)
            layout = row.chart_holder.layout()
            assert layout is not None
            layout.addWidget(row.chart)
            row.chart.show()  # now, with its row (see `_lay_out_now`)
        unit = line.indicator.unit
        labels = [period_text(p) for p in line.periods]
        actuals = [amount(v) for v in line.trend]
        row.chart.set_trend(labels, actuals, list(line.targets),
                            bars=unit in ("count", "money"))
        lines = []
        for label, value, target in zip(labels, line.trend, line.targets, strict=False):
            text = f"{label}: {value_text(value, unit).replace(chr(10), ', ')}"
            if target is not None:
                text += " · " + self.tr("target %1").replace("%1", number_text(target, unit))
            lines.append(text)
        description = "\n".join(lines)
        row.chart_holder.setToolTip(_tip(description))
        row.chart.setToolTip(_tip(description))
        row.chart.setAccessibleDescription(description)

    def value_text(self, code: str) -> str:
        """What the dashboard shows as `code`'s value (for tests and screen readers)."""
        row = self.rows.get(code)
        return row.value.text() if row is not None else ""
