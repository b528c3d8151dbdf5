"""Paged lists at scale: a loader in a thread of its own, with its own database connection, and
the lazy table model it feeds, a page at a time (the SME list, the Surveys area's responses).

Every query (keystroke, filter, sort) is a new generation: answers to older ones are dropped,
and requests already superseded are skipped unread. The first page of a query replaces the
rows, later pages append; the total follows the first page, unless a newer query came
meanwhile. Sorting is done by SQL (the model overrides `sort`): with 100,000 rows only the
loaded pages exist on this side, so a QSortFilterProxyModel would sort just those.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)

from gmsdesk.storage.db import Database

log = logging.getLogger(__name__)

PAGE = 200


class Line(Protocol):
    """What a paged list's row needs: an id to find it by."""

    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=Line)


class PageLoader(QObject):
    """Lives in its own QThread; answers page requests from its own connection. A subclass
    says how a page and a total are read (`read_page`, `read_count`)."""

    loaded = Signal(int, int, object)  # generation, offset, rows
    counted = Signal(int, int)  # generation, total
    failed = Signal(int, str, object)  # generation, kind of request, exception

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self._db: Database | None = None
        # Written by the UI thread: the latest generation asked for, per kind of request, so
        # requests already superseded are skipped.
        self.latest: dict[str, int] = {}
        self.reads: Counter[str] = Counter()  # what was read, by kind of request

    def _conn(self) -> Database:
        if self._db is None:
            self._db = Database(self.db_path)
        return self._db

    def stale(self, kind: str, generation: int) -> bool:
        return generation < self.latest.get(kind, 0)

    def read_page(self, db: Database, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def read_count(self, db: Database, query: Any) -> int:
        raise NotImplementedError

    @Slot(int, object, int, int)
    def page(self, generation: int, query: Any, offset: int, count: int) -> None:
        # `count` is an int, not a bool: PySide6 mis-counts references to True/False passed
        # through queued connections ("bool_dealloc" at exit).
        if self.stale("page", generation):
            return  # the user typed on; nobody will look at this answer
        try:
            db = self._conn()
            rows = self.read_page(db, query, offset, PAGE)
            self.reads["page" if offset == 0 else "more"] += 1
            self.loaded.emit(generation, offset, rows)
            # The rows are on screen; the total (for the count label and lazy loading)
            # follows, unless a newer query came meanwhile.
            if count and not self.stale("page", generation):
                total = offset + len(rows)
                if len(rows) == PAGE:
                    total = self.read_count(db, query)
                    self.reads["count"] += 1
                self.counted.emit(generation, total)
        except Exception as exc:
            log.exception("list page not loaded")
            self.failed.emit(generation, "page", exc)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class LoaderThread(QObject):
    """The UI thread's side of a `PageLoader` running in a QThread of its own: generations of
    requests, requests sent by queued signal, answers relayed by the same signals."""

    loaded = Signal(int, int, object)  # generation, offset, rows
    counted = Signal(int, int)  # generation, total
    failed = Signal(int, str, object)  # generation, kind of request, exception

    _page = Signal(int, object, int, int)

    def __init__(self, loader: PageLoader, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self.loader = loader
        loader.moveToThread(self._thread)
        loader.loaded.connect(self.loaded)
        loader.counted.connect(self.counted)
        loader.failed.connect(self.failed)
        self._page.connect(loader.page)
        self._generations: dict[str, int] = {}
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def next_generation(self, kind: str) -> int:
        """A new generation of requests of one kind: the older ones are not worth answering."""
        generation = self._generations.get(kind, 0) + 1
        self._generations[kind] = generation
        self.loader.latest[kind] = generation
        return generation

    def request_page(self, generation: int, query: Any, offset: int, count: bool) -> None:
        self._page.emit(generation, query, offset, int(count))

    @property
    def reads(self) -> Counter[str]:
        """What was read so far, by kind of request: "page" (a first page), "more" (another
        page), "count", and whatever else a subclass asks for."""
        return self.loader.reads

    def shutdown(self) -> None:
        """Close the loader's connection in its own thread, then stop the thread."""
        if self._thread.isRunning():
            for kind, generation in self._generations.items():
                self.loader.latest[kind] = generation + 1
            QMetaObject.invokeMethod(self.loader, "close",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(5000)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """A lazy table of immutable rows, fed a page at a time by a `LoaderThread`. A subclass
    gives `data`, the column headers (`header`) and what its changes refresh; `sort_keys`
    names the SQL sort of each column (the query is a dataclass with `sort` and
    `descending`)."""

    first_page_shown = Signal()
    query_done = Signal(int)  # total rows of the current query, once known
    load_failed = Signal(object)

    def __init__(self, loader: LoaderThread, query: Any, sort_keys: Sequence[str], *,
                 own_loader: bool, parent: QObject | None = None) -> None:
        """`own_loader`: whether `shutdown` stops the loader (else its owner does)."""
        super().__init__(parent)
        self.loader = loader
        self.query = query
        self.sort_keys = tuple(sort_keys)
        self.total = 0
        self._own_loader = own_loader
        self._rows: list[RowT] = []
        self._generation = 0
        self._pending = False
        self._counting = False
        loader.loaded.connect(self._on_loaded)
        loader.counted.connect(self._on_counted)
        loader.failed.connect(self._on_failed)

    def shutdown(self) -> None:
        if self._own_loader:
            self.loader.shutdown()

    # -- queries ------------------------------------------------------------------------------

    def set_query(self, query: Any) -> None:
        """Start showing a new query; the rows arrive by signal."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the query again from the start, in the background; the rows shown stay until
        the new first page replaces them."""
        self._generation = self.loader.next_generation("page")
        if not self.has_rows(self.query):
            self._pending = self._counting = False
            self._show_first([])
            self.query_done.emit(0)
            return
        self._pending = self._counting = True
        self.loader.request_page(self._generation, self.query, 0, True)

    def has_rows(self, query: Any) -> bool:
        """False for a query that cannot have rows: it shows an empty list without asking."""
        return True

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def loading(self) -> bool:
        """True until both the first page and the total of the current query have arrived."""
        return self._pending or self._counting

    def _show_first(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_replaced()
        self.total = len(rows)  # until counted: enough for the view, no fetchMore yet
        self.endResetModel()
        self.first_page_shown.emit()

    def rows_replaced(self) -> None:
        """Called inside the model reset of a first page: drop what was kept of older rows."""

    def _on_loaded(self, generation: int, offset: int, rows: list[RowT]) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if offset == 0:
            self._show_first(rows)
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

    def _on_failed(self, generation: int, kind: str, exc: object) -> None:
        if kind == "page" and generation == self._generation:
            self._pending = self._counting = False
            self.load_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return (not parent.isValid() and not self._pending and not self._counting
                and len(self._rows) < self.total)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._pending = True
            self.loader.request_page(self._generation, self.query, len(self._rows), False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.sort_keys[column]
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sort_keys)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        for i, line in enumerate(self._rows):
            if line.id == row_id:
                return i
        return -1

    def header(self, section: int) -> str | None:
        """What the header of a column says."""
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.sort_keys)):
            return self.header(section)
        return None
