"""A small table model for short lists of immutable records (participants, services, inquiries),
and the training lists' column widths.

Each column is a header and a function of the record; sorting goes through SORT_ROLE and a
QSortFilterProxyModel in the view that wants it. Columns are as wide as what they hold, one
column (a title, a name) takes what is left, and text too long loses its middle
(`keep_columns_fitted`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QTableView

from gmsdesk.text import fold
from gmsdesk.ui.widgets import ClusterElideDelegate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Column = tuple[str, Callable[[Any], Any]]

MOST_WIDTH = 260  # no column but the stretching one is wider (px); its cells elide
SAMPLE_ROWS = 500  # rows measured: lists of workshops hold tens or hundreds


def fit_columns(table: QTableView, stretch: int, *, most: int = MOST_WIDTH,
                least: Mapping[int, int] | None = None, keep: Sequence[int] = ()) -> None:
    """Each column as wide as its header or its widest cell, at most `most` px (its header at
    least); column `stretch` takes what is left. Cells too long are cut in the middle
    ("Training of trainers: b…, Siem Reap"), so the end that tells two rows apart stays in
    sight; the tooltip has them whole. `least`: widths (px) some columns keep at least;
    `keep`: columns left as they are. Called again when the rows change (see
    `keep_columns_fitted`)."""
    model = table.model()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # One line per row, cut in the middle: wrapped text would be cut at the end of its first
    # line instead (Qt elides the last line that fits).
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if type(table.itemDelegate()) is QStyledItemDelegate:  # cut between syllables only
        table.setItemDelegate(ClusterElideDelegate(table))
    bold = header.font()
    bold.setBold(True)
    heading, text = QFontMetrics(bold), QFontMetrics(table.font())
    pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        if column in keep:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        head = heading.horizontalAdvance(title) + pad + 8  # room for the sort arrow
        widest = max((text.horizontalAdvance(str(model.index(row, column).data() or ""))
                      for row in range(rows)), default=0) + pad
        width = max(head, min(widest, most), (least or {}).get(column, 0))
        table.setColumnWidth(column, width)


class _Fitter(QObject):
    """Fits a table's columns now and whenever its rows are reset or added (once per turn of
    the event loop, after `record_table`'s own first fit), until the user drags a column's
    edge: from then on the widths are theirs."""

    def __init__(self, table: QTableView, stretch: int, options: dict[str, Any]) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.options = options
        self.dragging = False  # a mouse button is down on the header
        self.users = False  # the user resized a column
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        model.modelReset.connect(self._later)
        model.rowsInserted.connect(self._later)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        header.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.dragging = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self.dragging = False
        return False

    def _later(self, *_args: Any) -> None:
        if not self.users:
            self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self.dragging and column != self.stretch:
            self.users = True

    def fit(self) -> None:
        if not self.users:
            fit_columns(self.table, self.stretch, **self.options)


def keep_columns_fitted(table: QTableView, stretch: int, **options: Any) -> None:
    """`fit_columns` now and each time the rows change, until the user sizes a column."""
    _Fitter(table, stretch, options).fit()


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else fold(str(value or ""))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None
