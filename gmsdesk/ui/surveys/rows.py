"""A small read-only table model of immutable rows (forms, drafts, responses), sortable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

SortRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
_MUTED = QColor("#8a8a8a")


@dataclass(frozen=True)
class Row:
    """What one line shows (`texts`), how it sorts (`keys`) and the record behind it."""

    record: Any
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    muted: bool = False  # superseded responses: shown grey
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column] if column < len(row.texts) else ""
        if role == SortRole:
            key = row.keys[column] if column < len(row.keys) else None
            return key if key is not None else ""
        if role == RecordRole:
            return row.record
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (row.texts[column] if column < len(row.texts) else None)
        if role == Qt.ItemDataRole.ForegroundRole and row.muted:
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
                row.keys[column] if column < len(row.keys) else None, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def sorted_proxy(model: RowsModel, parent: QObject) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
