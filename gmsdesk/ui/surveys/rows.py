"""A small read-only table model of immutable rows (forms, drafts, responses), sortable; and the
padlock that marks what headquarters published (read-only on this laptop)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SortRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
_MUTED = QColor("#8a8a8a")
_LOCK = QColor("#5f6368")


@cache
def lock_icon() -> QIcon:
    """A padlock, for what headquarters published: drawn, since no bundled font has one (an
    emoji would show as a box on many laptops)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(_LOCK, 3.5))
    shackle = QPainterPath()
    shackle.moveTo(10, 16)
    shackle.lineTo(10, 11)
    shackle.arcTo(QRectF(10, 3, 12, 14), 180, -180)
    shackle.lineTo(22, 16)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_LOCK)
    painter.drawRoundedRect(QRectF(6, 14, 20, 16), 3, 3)
    painter.setBrush(Qt.GlobalColor.white)
    painter.drawEllipse(QRectF(14, 19, 4, 4))
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class Row:
    """What one line shows (`texts`), how it sorts (`keys`) and the record behind it."""

    record: Any
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    muted: bool = False  # superseded responses: shown grey
    tooltip: str = ""
    icon: Any = None  # a QIcon before the text of column `icon_column`
    icon_column: int = -1
    cell_tips: tuple[str, ...] = ()  # per column, instead of `tooltip` where not empty


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
        if role == Qt.ItemDataRole.DecorationRole:
            return row.icon if column == row.icon_column else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column < len(row.cell_tips) and row.cell_tips[column]:
                return row.cell_tips[column]
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
