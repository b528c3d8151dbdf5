"""Paged lists at scale: a loader in a thread of its own, with its own database connection, and
the lazy table model it feeds, a page at a time (the SME list, the Surveys area's responses).

Every query (keystroke, filter, sort) is a new generation: answers to older ones are dropped,
and requests already superseded are skipped unread. The first rows of a query (a screenful,
then the rest of the first page) replace the rows, later pages append. The total is counted
once the first rows are shown, in a thread and connection of its own (`CountWorker`), so that
counting millions of rows never holds up a page: first up to `COUNT_AT_ONCE` ("more than
1,000", at once), then exactly; a newer query stops a count mid-way. Sorting is done by SQL
(the model overrides `sort`): with 100,000 rows only the loaded pages exist on this side, so
a QSortFilterProxyModel would sort just those.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections import Counter, OrderedDict
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
# A query's first rows come in two reads: a screenful at once, then the rest of the page. A
# search that matches one SME in a hundred finds a screenful four times sooner than a page.
FIRST_ROWS = 50
COUNT_AT_ONCE = 1000  # rows counted at once, before the exact count: "more than 1,000"
# Pages of the database file a loader's connection keeps (KiB): a list read in name order
# reads rows all over the table, and the inner pages of the table and its indexes are then
# read once, not again for every row (SQLite's own default is 2 MiB).
LOADER_CACHE_KIB = 65_536
_KNOWN_COUNTS = 32  # exact counts kept, by query and data version (a re-sort counts nothing)


def rows_at(offset: int) -> int:
    """How many rows are read at `offset`: a screenful first, then up to a page boundary."""
    return FIRST_ROWS if offset == 0 else PAGE - offset % PAGE


class Line(Protocol):
    """What a paged list's row needs: an id to find it by."""

    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=Line)


class PageLoader(QObject):
    """Lives in its own QThread; answers page requests from its own connection. A subclass
    says how a page and a total are read (`read_page`, `read_count`, and, when it can count
    a little quickly, `read_count_bounded`); totals are read by a `CountWorker`."""

    loaded = Signal(int, int, object)  # generation, offset, rows
    # generation, total, exact (an int, not a bool: see `page`); 0 for "at least this many"
    counted = Signal(int, int, int)
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
            self._db.set_cache_kib(LOADER_CACHE_KIB)
        return self._db

    def stale(self, kind: str, generation: int) -> bool:
        return generation < self.latest.get(kind, 0)

    def read_page(self, db: Database, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def read_count(self, db: Database, query: Any) -> int:
        raise NotImplementedError

    def read_count_bounded(self, db: Database, query: Any, at_most: int) -> int | None:
        """The rows of a query counted up to `at_most`, if that is quicker than counting them
        all (None: this list only counts exactly). Called in the count worker's thread."""
        return None

    @Slot(int, object, int, int)
    def page(self, generation: int, query: Any, offset: int, count: int) -> None:
        # `count` is an int, not a bool: PySide6 mis-counts references to True/False passed
        # through queued connections ("bool_dealloc" at exit).
        if self.stale("page", generation):
            return  # the user typed on; nobody will look at this answer
        try:
            db = self._conn()
            rows = self.read_page(db, query, offset, rows_at(offset))
            self.reads["page" if offset == 0 else "more"] += 1
            self.loaded.emit(generation, offset, rows)
            # First rows fewer than asked for are all there are; else the model has them
            # counted once the rows are on screen (see `PagedTableModel._on_loaded`).
            if count and len(rows) < rows_at(offset) and not self.stale("page", generation):
                self.counted.emit(generation, offset + len(rows), 1)
        except Exception as exc:
            log.exception("list page not loaded")
            self.failed.emit(generation, "page", exc)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class CountWorker(QObject):
    """Lives in a QThread of its own, with its own connection: counts the rows of a query the
    loader asks about. First up to `COUNT_AT_ONCE` (when the loader can), answered as "at
    least"; then exactly. A newer query stops the count mid-way; an exact count is kept until
    the database changes, so sorting again counts nothing."""

    counted = Signal(int, int, int)  # generation, total, exact (see `PageLoader.counted`)
    failed = Signal(int, str, object)  # generation, "count", exception

    def __init__(self, loader: PageLoader) -> None:
        super().__init__()
        self.loader = loader  # how to count, and which generation is the latest
        self._db: Database | None = None
        self.reads: Counter[str] = Counter()
        self._known: OrderedDict[Any, tuple[int, int]] = OrderedDict()  # (version, total)

    def _conn(self) -> Database:
        if self._db is None:
            self._db = Database(self.loader.db_path)
            self._db.set_cache_kib(LOADER_CACHE_KIB // 2)
        return self._db

    @Slot(int, object)
    def count(self, generation: int, query: Any) -> None:
        def stale() -> bool:
            return self.loader.stale("page", generation)

        if stale():
            return
        try:
            db = self._conn()
            # The same rows in another order have the same count.
            key = dataclasses.replace(query, sort="", descending=False)
            version = db.data_version()
            known = self._known.get(key)
            if known is not None and known[0] == version:
                self.counted.emit(generation, known[1], 1)
                return
            with db.stoppable(stale):
                total = self.loader.read_count_bounded(db, query, COUNT_AT_ONCE + 1)
                if total is not None:
                    self.reads["bounded"] += 1
                if total is not None and total > COUNT_AT_ONCE:
                    self.counted.emit(generation, COUNT_AT_ONCE, 0)
                    total = None
                if total is None:
                    total = self.loader.read_count(db, query)
                    self.reads["count"] += 1
            self._known[key] = (version, total)
            while len(self._known) > _KNOWN_COUNTS:
                self._known.popitem(last=False)
            self.counted.emit(generation, total, 1)
        except sqlite3.OperationalError as exc:
            if stale():
                return  # stopped: a newer query came
            log.exception("list not counted")
            self.failed.emit(generation, "count", exc)
        except Exception as exc:
            log.exception("list not counted")
            self.failed.emit(generation, "count", exc)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class LoaderThread(QObject):
    """The UI thread's side of a `PageLoader` running in a QThread of its own, and of the
    `CountWorker` counting for it in another: generations of requests, requests sent by
    queued signal, answers relayed by the same signals."""

    loaded = Signal(int, int, object)  # generation, offset, rows
    counted = Signal(int, int, int)  # generation, total, exact
    failed = Signal(int, str, object)  # generation, kind of request, exception

    _page = Signal(int, object, int, int)
    _count = Signal(int, object)

    def __init__(self, loader: PageLoader, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._count_thread = QThread()
        self._count_thread.setObjectName(name + "-count")
        self.loader = loader
        self.counter = CountWorker(loader)
        loader.moveToThread(self._thread)
        self.counter.moveToThread(self._count_thread)
        loader.loaded.connect(self.loaded)
        loader.counted.connect(self.counted)
        loader.failed.connect(self.failed)
        self._count.connect(self.counter.count)
        self.counter.counted.connect(self.counted)
        self.counter.failed.connect(self.failed)
        self._page.connect(loader.page)
        self._generations: dict[str, int] = {}
        self._thread.start()
        self._count_thread.start()
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

    def request_count(self, generation: int, query: Any) -> None:
        self._count.emit(generation, query)

    @property
    def reads(self) -> Counter[str]:
        """What was read so far, by kind of request: "page" (a first page), "more" (another
        page), "count" (an exact count), "bounded" (a count up to `COUNT_AT_ONCE`), and
        whatever else a subclass asks for."""
        return self.loader.reads + self.counter.reads

    def shutdown(self) -> None:
        """Close each connection in its own thread (a count under way stops), then stop the
        threads."""
        if self._thread.isRunning():
            for kind, generation in self._generations.items():
                self.loader.latest[kind] = generation + 1
            for worker, thread in ((self.counter, self._count_thread),
                                   (self.loader, self._thread)):
                QMetaObject.invokeMethod(worker, "close",
                                         Qt.ConnectionType.BlockingQueuedConnection)
                thread.quit()
                thread.wait(5000)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """A lazy table of immutable rows, fed a page at a time by a `LoaderThread`. A subclass
    gives `data`, the column headers (`header`) and what its changes refresh; `sort_keys`
    names the SQL sort of each column (the query is a dataclass with `sort` and
    `descending`)."""

    first_page_shown = Signal()
    total_estimated = Signal(int)  # at least this many rows: the exact count follows
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
        self._more = False  # the last page read was full: there may be more rows
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
            self._pending = self._counting = self._more = False
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
        """True until both the first page and the exact total of the current query have
        arrived."""
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
            self._more = len(rows) >= rows_at(0)
            self._show_first(rows)
            if self._more:
                # The rest of the first page, and the total, now the first rows are shown:
                # the count's thread does not compete with showing them.
                self._pending = True
                self.loader.request_page(self._generation, self.query, len(rows), False)
                if self._counting:
                    self.loader.request_count(generation, self.query)
        elif offset == len(self._rows):
            self._more = len(rows) >= rows_at(offset)
            if rows:
                self.beginInsertRows(QModelIndex(), len(self._rows),
                                     len(self._rows) + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

    def _on_counted(self, generation: int, total: int, exact: int) -> None:
        if generation != self._generation or not self._counting:
            return
        if exact:
            self._counting = False
            self.total = total
            self.query_done.emit(total)
        else:
            self.total = max(self.total, total)
            self.total_estimated.emit(total)

    def _on_failed(self, generation: int, kind: str, exc: object) -> None:
        if kind in ("page", "count") and generation == self._generation:
            self._pending = self._counting = False
            self.load_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        # More rows may be read while they are being counted: the last page says whether
        # there are more, the exact total (once known) whether all are here.
        return (not parent.isValid() and not self._pending and self._more
                and (self._counting or len(self._rows) < self.total))

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
