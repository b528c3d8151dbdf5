"""The workshop list: a table model of plain rows and a proxy filtering by status and text
(and, on a headquarters laptop, by agency).

An agency holds tens or hundreds of workshops, not thousands: they are read in one query and
filtered in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from gmsdesk.text import fold
from gmsdesk.ui.labels import (
    agency_label,
    country_label,
    format_count,
    format_date,
    province_label,
)
from gmsdesk.ui.training.labels import track_label, workshop_status_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 4


def field(record: Any, name: str, default: Any = None) -> Any:
    """A field of a storage record, whether a dataclass or a mapping."""
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)


def short_date(iso: str | None) -> str:
    """An ISO date in the UI language's short form; as stored when it is not a date."""
    if not iso:
        return ""
    return format_date(iso, "short")


def date_range(start: str | None, end: str | None) -> str:
    if start and end and end != start:
        return f"{short_date(start)} – {short_date(end)}"
    return short_date(start or end)


class WorkshopTableModel(QAbstractTableModel):
    COLUMNS = ("title", "dates", "track", "venue", "participants", "status")

    def __init__(self, parent: QObject | None = None, *, agency_column: bool = False) -> None:
        """`agency_column`: a headquarters list, which holds every agency's workshops, names
        the agency of each, after its title."""
        super().__init__(parent)
        self.rows: list[Any] = []
        self.columns: tuple[str, ...] = (
            (self.COLUMNS[0], "agency", *self.COLUMNS[1:]) if agency_column else self.COLUMNS)
        self.agency_names: dict[str, str] = {}  # agency code -> name shown

    def column(self, name: str) -> int:
        """The index of a column by name; -1 when this list has no such column."""
        return self.columns.index(name) if name in self.columns else -1

    def set_agency_names(self, names: Mapping[str, str]) -> None:
        self.agency_names = dict(names)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def workshop_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, workshop_id: str) -> int:
        for i, row in enumerate(self.rows):
            if field(row, "id") == workshop_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def agency_name(self, code: str | None) -> str:
        return agency_label(code, self.agency_names)

    def _text(self, row: Any, column: str) -> str:
        if column == "title":
            return str(field(row, "title") or "")
        if column == "agency":
            return self.agency_name(field(row, "agency_id"))
        if column == "dates":
            return date_range(field(row, "start_date"), field(row, "end_date"))
        if column == "track":
            return track_label(field(row, "track"))
        if column == "venue":
            country = field(row, "country")
            place = [p for p in (field(row, "venue"),
                                 province_label(field(row, "province"), country),
                                 country_label(country)) if p]
            return ", ".join(place)
        if column == "participants":
            count = field(row, "participants")
            return "" if not isinstance(count, int) else format_count(count)
        return workshop_status_label(field(row, "status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == "dates":
                return field(row, "start_date") or ""
            if column == "participants":
                count = field(row, "participants")
                return count if isinstance(count, int) else 0
            return fold(self._text(row, column))
        if role == STATUS_ROLE:
            return field(row, "status")
        if role == AGENCY_ROLE:
            return field(row, "agency_id")
        if role == KEY_ROLE:
            shown = ("title", "venue", "track") + (("agency",) if "agency" in self.columns
                                                   else ())
            return fold(" ".join(self._text(row, c) for c in shown)
                        + " " + str(field(row, "trainers") or "") + " "
                        + str(field(row, "partner") or ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "participants":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self.columns):
            return None
        headers = {"title": self.tr("Workshop"), "agency": self.tr("Agency"),
                   "dates": self.tr("Dates"), "track": self.tr("Track"),
                   "venue": self.tr("Venue"), "participants": self.tr("Participants"),
                   "status": self.tr("Status")}
        return headers[self.columns[section]]


class WorkshopFilter(QSortFilterProxyModel):
    """Status (None = any), agency (None = any) and words typed, matched against folded
    title, venue, trainers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.agency: str | None = None
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter(self, status: str | None, text: str, agency: str | None = None) -> None:
        self.beginFilterChange()
        self.status = status
        self.agency = agency
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.status and model.data(index, STATUS_ROLE) != self.status:
            return False
        if self.agency and model.data(index, AGENCY_ROLE) != self.agency:
            return False
        key = model.data(index, KEY_ROLE) or ""
        return all(w in key for w in self.words)
