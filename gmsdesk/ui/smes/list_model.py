"""The SME list: a lazy table model fed by a loader thread with its own database connection.

Every query (search keystroke, filter, sort) is answered off the UI thread, a page at a time;
answers to superseded queries are dropped. Sorting is done by SQL (the model overrides `sort`)
because with 100,000 SMEs only the loaded pages exist on this side — a QSortFilterProxyModel
would sort just those.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)

from gmsdesk.records.catalog import SECTORS, SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.smes import Sme, SmeQuery
from gmsdesk.ui.labels import country_label, field_label, ict_level_label, sector_label

PAGE = 200
SortRole = Qt.ItemDataRole.UserRole + 1
SmeRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("name", "name_local", "sector", "country", "province", "district", "phone",
           "employees_total", "ict_level", "updated_at")


class SmeLoader(QObject):
    """Lives in its own QThread; answers page requests from its own connection."""

    loaded = Signal(int, int, object)  # generation, offset, rows
    counted = Signal(int, int)  # generation, total
    failed = Signal(int, object)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self._db: Database | None = None
        self.latest = 0  # written by the UI thread: lets stale requests be skipped

    @Slot(int, object, int, int)
    def load(self, generation: int, query: SmeQuery, offset: int, count: int) -> None:
        # `count` is an int, not a bool: PySide6 mis-counts references to True/False passed
        # through queued connections ("bool_dealloc" at exit).
        if generation < self.latest:
            return  # the user typed on; nobody will look at this answer
        try:
            if self._db is None:
                self._db = Database(self.db_path)
            rows = self._db.smes.page(query, offset, PAGE)
            self.loaded.emit(generation, offset, rows)
            # The rows are on screen; the total (for the count label and lazy loading) follows,
            # unless the user has typed on meanwhile.
            if count and generation >= self.latest:
                total = len(rows) if len(rows) < PAGE else self._db.smes.count(query)
                self.counted.emit(generation, total)
        except Exception as exc:
            self.failed.emit(generation, exc)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class SmeTableModel(QAbstractTableModel):
    request = Signal(int, object, int, int)
    first_page_shown = Signal()
    query_done = Signal(int)  # total rows of the current query, once known
    load_failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = SmeQuery()
        self.total = 0
        self._rows: list[Sme] = []
        self._generation = 0
        self._pending = False
        self._counting = False
        self._custom_sectors: dict[str, str] = {}
        self._thread = QThread()
        self._thread.setObjectName("sme-loader")
        self._loader = SmeLoader(db.path)
        self._loader.moveToThread(self._thread)
        self.request.connect(self._loader.load)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.counted.connect(self._on_counted)
        self._loader.failed.connect(self._on_failed)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def shutdown(self) -> None:
        """Close the loader's connection in its own thread, then stop the thread."""
        if self._thread.isRunning():
            self._loader.latest = self._generation + 1
            QMetaObject.invokeMethod(self._loader, "close",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(5000)

    # -- queries ------------------------------------------------------------------------------

    def set_query(self, query: SmeQuery) -> None:
        """Start answering a new query; the rows arrive by signal."""
        self.query = query
        self._custom_sectors = {s.code: s.label for s in self.db.smes.sectors() if not s.builtin}
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._loader.latest = self._generation
        self._pending = True
        self._counting = True
        self.request.emit(self._generation, self.query, 0, 1)

    @property
    def loading(self) -> bool:
        """True until both the first page and the total of the current query have arrived."""
        return self._pending or self._counting

    def _on_loaded(self, generation: int, offset: int, rows: list[Sme]) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if offset == 0:
            self.beginResetModel()
            self._rows = list(rows)
            self.total = len(rows)  # until counted: enough for the view, no fetchMore yet
            self.endResetModel()
            self.first_page_shown.emit()
        elif rows and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _on_counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self.total = total
        self.query_done.emit(total)

    def _on_failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            self._pending = False
            self._counting = False
            self.load_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return (not parent.isValid() and not self._pending and not self._counting
                and len(self._rows) < self.total)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._pending = True
            self.request.emit(self._generation, self.query, len(self._rows), 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column] if COLUMNS[column] != "country" else "province"
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    # -- changes ------------------------------------------------------------------------------

    def apply_changes(self, changes: list[Change]) -> None:
        """Edits of loaded rows refresh in place; additions and deletions re-run the query."""
        relevant = [c for c in changes if c.table in (SMES.table, SECTORS.table)]
        if not relevant:
            return
        if any(c.op != "update" or c.table != "smes" for c in relevant):
            self.set_query(self.query)
            return
        by_id = {row.id: i for i, row in enumerate(self._rows)}
        for change in relevant:
            i = by_id.get(change.record_id)
            if i is None:
                continue
            self._rows[i] = self.db.smes.get(change.record_id)
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def sme_at(self, row: int) -> Sme | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sme_id: str) -> int:
        for i, sme in enumerate(self._rows):
            if sme.id == sme_id:
                return i
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return field_label(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sme = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == SmeRole:
            return sme
        if role == SortRole:
            return getattr(sme, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(sme, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "employees_total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "ict_level":
            from gmsdesk.storage.smes import ICT_FIELDS

            return ", ".join(field_label(f) for f in ICT_FIELDS if getattr(sme, f))
        return None

    def _display(self, sme: Sme, column: str) -> str:
        value = getattr(sme, column)
        if column == "sector":
            return sector_label(value, self._custom_sectors)
        if column == "country":
            return country_label(value)
        if column == "ict_level":
            return ict_level_label(value)
        if column == "employees_total":
            return QLocale().toString(value) if value is not None else ""
        if column == "updated_at":
            moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs).toLocalTime()
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return "" if value is None else str(value)
