"""Two tables of one indicator: its disaggregation (by one dimension, or one by another, such
as people trained by sex and province) and its benchmark (agencies, provinces or economies
side by side, ranked, each with its own target). Double-click or Enter on a number opens the
records behind it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.services.figures import Pivot, Rank, amount, percent_of_target, status
from gmsdesk.storage.indicators import Indicator, Value
from gmsdesk.ui.labels import format_count
from gmsdesk.ui.reports.labels import (
    STATUS_BACKGROUNDS,
    STATUS_COLOURS,
    KeyNames,
    dimension_label,
    indicator_definition,
    indicator_title,
    key_label,
    number_text,
    ratio_text,
    status_text,
    value_text,
)
from gmsdesk.ui.widgets import fit_columns, record_table

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
BENCHMARK_DIMENSIONS = ("agency", "province", "economy")


def _indicator_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def _fill_indicators(combo: QComboBox, indicators: list[Indicator], wanted: Any) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for indicator in indicators:
            if wanted(indicator):
                combo.addItem(indicator_title(indicator), indicator.code)
                combo.setItemData(combo.count() - 1, indicator_definition(indicator),
                                  Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
    finally:
        combo.blockSignals(False)


# -- disaggregation ------------------------------------------------------------------------------


class PivotModel(QAbstractTableModel):
    """The first dimension's values down (column 0 names them), the second's across (one
    "Value" column without); a count by two dimensions has a "Total" column too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pivot: Pivot | None = None
        self.unit = "count"
        self.names = KeyNames({}, {})
        self.totals: list[float] = []

    def set_pivot(self, pivot: Pivot | None, unit: str, names: KeyNames) -> None:
        self.beginResetModel()
        self.pivot = pivot
        self.unit = unit
        self.names = names
        self.totals = []
        if pivot is not None and self.has_total:
            self.totals = [sum(amount(pivot.cells.get((row, column))) or 0.0
                               for column in pivot.columns) for row in pivot.rows]
        self.endResetModel()

    @property
    def has_total(self) -> bool:
        return self.pivot is not None and bool(self.pivot.second) and self.unit == "count"

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.pivot is None else len(self.pivot.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self.pivot is None:
            return 0
        return 1 + len(self.pivot.columns) + (1 if self.has_total else 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pivot = self.pivot
        if (pivot is None or role != Qt.ItemDataRole.DisplayRole
                or orientation != Qt.Orientation.Horizontal):
            return None
        if section == 0:
            return dimension_label(pivot.dimension)
        if 1 <= section <= len(pivot.columns):
            if not pivot.second:
                return self.tr("Value")
            return key_label(pivot.second, pivot.columns[section - 1], self.names)
        if section == len(pivot.columns) + 1 and self.has_total:
            return self.tr("Total")
        return None

    def cell(self, row: int, column: int) -> tuple[list[tuple[str, str]], Value | None]:
        """The dimensions and keys a cell stands for, and its value (a row's label or total:
        the whole row)."""
        assert self.pivot is not None
        pivot = self.pivot
        keys = [(pivot.dimension, pivot.rows[row])]
        if not 1 <= column <= len(pivot.columns):
            return keys, None
        if pivot.second:
            keys.append((pivot.second, pivot.columns[column - 1]))
        return keys, pivot.cells.get((pivot.rows[row], pivot.columns[column - 1]))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pivot = self.pivot
        if pivot is None or not index.isValid() or index.row() >= len(pivot.rows):
            return None
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return key_label(pivot.dimension, pivot.rows[index.row()], self.names)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column > len(pivot.columns):  # the total
            if role == Qt.ItemDataRole.DisplayRole:
                return number_text(self.totals[index.row()], self.unit)
            return None
        _keys, value = self.cell(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(value, self.unit).replace("\n", ", ") if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            return ratio_text(value) if self.unit == "percent" else None
        return None


class BreakdownView(QWidget):
    """Choose an indicator and one or two dimensions; `changed` asks for the table anew."""

    changed = Signal()
    drill_requested = Signal(str, object)  # code, [(dimension, key)]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators: dict[str, Indicator] = {}
        self.indicator = _indicator_combo(self, "breakdown_indicator")
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.first = QComboBox(self)
        self.first.setObjectName("breakdown_rows")
        self.first.setAccessibleName(self.tr("Rows"))
        self.second = QComboBox(self)
        self.second.setObjectName("breakdown_columns")
        self.second.setAccessibleName(self.tr("Columns"))
        self.model = PivotModel(self)
        self.table = record_table(self.model, "breakdown_table", self)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setAccessibleName(self.tr("Breakdown"))
        self.table.activated.connect(self._activated)
        self.note = QLabel(self)
        self.note.setObjectName("breakdown_note")
        self.note.setWordWrap(True)

        choices = QHBoxLayout()
        choices.addWidget(self.indicator, 3)
        choices.addWidget(QLabel(self.tr("by"), self))
        choices.addWidget(self.first, 1)
        choices.addWidget(QLabel(self.tr("and"), self))
        choices.addWidget(self.second, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.indicator.currentIndexChanged.connect(lambda _: self._indicator_changed())
        self.first.currentIndexChanged.connect(lambda _: self._first_changed())
        self.second.currentIndexChanged.connect(lambda _: self.changed.emit())

    def set_catalogue(self, indicators: list[Indicator]) -> None:
        self.indicators = {i.code: i for i in indicators}
        before = self.indicator.currentData()
        _fill_indicators(self.indicator, indicators, lambda i: bool(i.dimensions))
        if self.indicator.currentData() != before or self.first.count() == 0:
            self._fill_dimensions()

    def choose(self, code: str) -> None:
        """Show `code` (the dashboard's "By…" button)."""
        index = self.indicator.findData(code)
        if index >= 0:
            self.indicator.setCurrentIndex(index)

    def current(self) -> tuple[str | None, str | None, str | None]:
        """(indicator, first dimension, second dimension or None)."""
        return (self.indicator.currentData(), self.first.currentData(),
                self.second.currentData())

    def _indicator_changed(self) -> None:
        self._fill_dimensions()
        self.changed.emit()

    def _first_changed(self) -> None:
        self._fill_second()
        self.changed.emit()

    def _fill_dimensions(self) -> None:
        indicator = self.indicators.get(self.indicator.currentData() or "")
        dimensions = list(indicator.dimensions) if indicator is not None else []
        chosen = self.first.currentData()
        self.first.blockSignals(True)
        try:
            self.first.clear()
            for name in dimensions:
                self.first.addItem(dimension_label(name), name)
            if chosen in dimensions:
                self.first.setCurrentIndex(self.first.findData(chosen))
        finally:
            self.first.blockSignals(False)
        self._fill_second()

    def _fill_second(self) -> None:
        indicator = self.indicators.get(self.indicator.currentData() or "")
        dimensions = list(indicator.dimensions) if indicator is not None else []
        first = self.first.currentData()
        chosen = self.second.currentData()
        self.second.blockSignals(True)
        try:
            self.second.clear()
            self.second.addItem(self.tr("(nothing else)"), None)
            for name in dimensions:
                if name != first:
                    self.second.addItem(dimension_label(name), name)
            self.second.setCurrentIndex(max(self.second.findData(chosen), 0) if chosen else 0)
        finally:
            self.second.blockSignals(False)

    def show_pivot(self, pivot: Pivot | None, names: KeyNames) -> None:
        indicator = self.indicators.get(self.indicator.currentData() or "")
        unit = indicator.unit if indicator is not None else "count"
        self.model.set_pivot(pivot, unit, names)
        fit_columns(self.table)  # each pivot its own columns: fitted anew
        if pivot is not None and not pivot.rows:
            self.note.setText(self.tr("Nothing was recorded for this selection."))
        else:
            self.note.setText(self.tr("Double-click a number to see the records behind it."))

    def _activated(self, index: QModelIndex) -> None:
        code = self.indicator.currentData()
        if code and self.model.pivot is not None and index.isValid():
            keys, _value = self.model.cell(index.row(), index.column())
            self.drill_requested.emit(code, keys)


# -- benchmarking ------------------------------------------------------------------------------


class RankModel(QAbstractTableModel):
    """Rank, name, actual, target, how far towards the target."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ranks: list[Rank] = []
        self.dimension = "agency"
        self.unit = "count"
        self.names = KeyNames({}, {})
        self.headers = [self.tr("Rank"), dimension_label(self.dimension), self.tr("Actual"),
                        self.tr("Target"), self.tr("Against target")]

    def set_dimension(self, dimension: str) -> None:
        """Name the second column after what is compared, before its ranks arrive."""
        if dimension != self.dimension and not self.ranks:
            self.dimension = dimension
            self.headers[1] = dimension_label(dimension)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)

    def set_ranks(self, ranks: list[Rank], dimension: str, unit: str, names: KeyNames) -> None:
        self.beginResetModel()
        self.ranks = ranks
        self.dimension = dimension
        self.unit = unit
        self.names = names
        self.headers[1] = dimension_label(dimension)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ranks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ranks):
            return None
        rank = self.ranks[index.row()]
        column = index.column()
        percent = percent_of_target(rank.value, rank.target)
        state = status(percent)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_count(index.row() + 1)
            if column == 1:
                return key_label(self.dimension, rank.key, self.names)
            if column == 2:
                return value_text(rank.value, self.unit).replace("\n", ", ")
            if column == 3:
                return number_text(rank.target, self.unit) if rank.target is not None else "—"
            return status_text(state, percent)
        if role == SortRole:
            if column == 0:
                return index.row()
            if column == 1:
                return key_label(self.dimension, rank.key, self.names).casefold()
            if column == 2:
                return amount(rank.value) if amount(rank.value) is not None else -1.0
            if column == 3:
                return rank.target if rank.target is not None else -1.0
            return percent if percent is not None else -1.0
        if column == 4 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[state]))
        if column == 4 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_BACKGROUNDS[state]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BenchmarkView(QWidget):
    """One indicator across agencies, provinces or economies; `changed` asks anew."""

    changed = Signal()
    drill_requested = Signal(str, object)  # code, [(dimension, key)]

    def __init__(self, hq: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hq = hq
        self.indicators: dict[str, Indicator] = {}
        self.indicator = _indicator_combo(self, "benchmark_indicator")
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.by = QComboBox(self)
        self.by.setObjectName("benchmark_by")
        self.by.setAccessibleName(self.tr("Compare"))
        self.model = RankModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = record_table(self.proxy, "benchmark_table", self, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setAccessibleName(self.tr("Benchmark"))
        self.table.activated.connect(self._activated)
        # Until there are ranks, what the tab shows and what it needs, in place of the table.
        self.empty = QLabel(self)
        self.empty.setObjectName("benchmark_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(4, 8, 4, 8)
        self.note = QLabel(self)
        self.note.setObjectName("benchmark_note")
        self.note.setWordWrap(True)
        choices = QHBoxLayout()
        choices.addWidget(self.indicator, 3)
        choices.addWidget(QLabel(self.tr("compared by"), self))
        choices.addWidget(self.by, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.note)
        self.stale = True  # no ranks shown for the figures as they are: asked for when shown
        self._show_empty(self.tr(
            "Benchmarking ranks agencies, provinces or economies side by side on one "
            "indicator, for the period and the places chosen above, each against its own "
            "target. Choose the indicator and what to compare them by; the ranking shows here "
            "once its figures are computed."))
        self.indicator.currentIndexChanged.connect(lambda _: self._indicator_changed())
        self.by.currentIndexChanged.connect(lambda _: self._by_changed())

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        self.table.hide()

    def _by_changed(self) -> None:
        self.model.set_dimension(self.by.currentData() or self.model.dimension)
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:  # figures changed (or never shown) since the ranks were computed
            self.changed.emit()

    def _comparable(self, indicator: Indicator) -> list[str]:
        return [d for d in BENCHMARK_DIMENSIONS if d in indicator.dimensions
                and (d != "agency" or self.hq)]

    def set_catalogue(self, indicators: list[Indicator]) -> None:
        self.indicators = {i.code: i for i in indicators}
        before = self.indicator.currentData()
        _fill_indicators(self.indicator, indicators, lambda i: bool(self._comparable(i)))
        if self.indicator.currentData() != before or self.by.count() == 0:
            self._fill_by()
        self.stale = True  # the figures are computed anew (filters or records changed)

    def choose(self, code: str) -> None:
        index = self.indicator.findData(code)
        if index >= 0:
            self.indicator.setCurrentIndex(index)

    def current(self) -> tuple[str | None, str | None]:
        return self.indicator.currentData(), self.by.currentData()

    def _indicator_changed(self) -> None:
        self._fill_by()
        self.changed.emit()

    def _fill_by(self) -> None:
        indicator = self.indicators.get(self.indicator.currentData() or "")
        chosen = self.by.currentData()
        labels = {"agency": self.tr("Agencies"), "province": self.tr("Provinces"),
                  "economy": self.tr("Economies")}
        self.by.blockSignals(True)
        try:
            self.by.clear()
            for name in self._comparable(indicator) if indicator is not None else []:
                self.by.addItem(labels[name], name)
            self.by.setCurrentIndex(max(self.by.findData(chosen), 0) if chosen else 0)
        finally:
            self.by.blockSignals(False)

    def show_ranks(self, ranks: list[Rank], names: KeyNames) -> None:
        indicator = self.indicators.get(self.indicator.currentData() or "")
        unit = indicator.unit if indicator is not None else "count"
        self.model.set_ranks(ranks, self.by.currentData() or "agency", unit, names)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.stale = False
        if not ranks:
            self.note.setText(self.tr("Nothing was recorded for this selection."))
            if indicator is None:
                self._show_empty(self.tr(
                    "No indicator can be compared here: benchmarking needs an indicator "
                    "counted by province or economy (by agency too, on a headquarters "
                    "laptop)."))
            else:
                self._show_empty(self.tr(
                    "Nothing to rank: no records count towards “%1” for the period and the "
                    "places chosen above. Once records of it are entered here or received "
                    "by sync, they show here, ranked; a longer period or fewer filters may "
                    "find some.").replace("%1", indicator_title(indicator)))
        else:
            self.empty.hide()
            self.table.show()
            self.note.setText(self.tr(
                "Ranked by the actual value. Each is measured against its own target; "
                "double-click a row to see the records behind it."))

    def _activated(self, index: QModelIndex) -> None:
        code = self.indicator.currentData()
        source = self.proxy.mapToSource(index)
        if code and source.isValid() and source.row() < len(self.model.ranks):
            rank = self.model.ranks[source.row()]
            self.drill_requested.emit(code, [(self.model.dimension, rank.key)])
