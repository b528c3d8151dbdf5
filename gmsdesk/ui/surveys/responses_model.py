"""The Surveys area's lists at scale: a loader thread with its own database connection, and the
lazy table model of a form's responses it feeds (the SME list's design).

Responses arrive a page at a time, sorted by SQL (with 100,000 responses only the loaded pages
exist on this side, so a QSortFilterProxyModel would sort just those). Rows are immutable and
keep the answers as stored JSON text, parsed only for a row someone looks at. A change refreshes
what it names: an SME edit re-reads the names of the SMEs shown, nothing else.

While the database holds few responses (under INLINE_BELOW, told in O(1) by storage) the same
reads run on the UI thread, a few milliseconds each: the lists change in one step, with nothing
to wait for and no thread to schedule.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTime,
    QTimeZone,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from gmsdesk.records.catalog import SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.surveys import RESPONSE_SORTS, FormRow, ResponseFilter, ResponseLine
from gmsdesk.ui.surveys.rows import RecordRole
from gmsdesk.ui.surveys.texts import language_name

log = logging.getLogger(__name__)

PAGE = 200
INLINE_BELOW = 2_000  # responses stored (at most) for which the lists are read on the UI thread
SME_COLUMN = RESPONSE_SORTS.index("sme")
PREVIEW_ANSWERS = 8  # answers a row's tooltip shows
_MUTED = QColor("#8a8a8a")


def short_time(stamp: str | None) -> str:
    """An ISO timestamp as the UI locale writes a short date and time (as the area's
    `local_time`, without parsing a format string: that costs about a millisecond a call)."""
    if not stamp:
        return ""
    try:
        at = datetime.fromisoformat(stamp[:19])
    except ValueError:
        return stamp[:16].replace("T", " ")
    # The stamp's own wall-clock time, no time zone applied (looking one up costs more).
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second),
                       QTimeZone(QTimeZone.Initialization.UTC))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class ResponseQuery:
    """Which responses the list shows, and in what order (one of RESPONSE_SORTS)."""

    form_id: str | None = None
    include_superseded: bool = False
    sort: str = "submitted"
    descending: bool = True


@dataclass(frozen=True)
class FormEntry:
    """One form of the forms list: its title in the UI language and, for a form with several
    versions, each version's counts."""

    form: FormRow
    title: str
    versions: tuple[FormRow, ...]


class SurveyLoader(QObject):
    """Answers requests for the lists: in its own QThread from its own connection, or (given
    `db`) on the UI thread from the window's."""

    loaded = Signal(int, int, object)  # generation, offset, [ResponseLine]
    counted = Signal(int, int)  # generation, total
    named = Signal(int, object)  # generation, {sme_id: name}
    forms_loaded = Signal(int, object)  # generation, [FormEntry]
    failed = Signal(int, str, object)  # generation, kind of request, exception

    def __init__(self, db_path: Path, db: Database | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self._db = db
        self._own = db is None
        # Written by the UI thread: the latest generation asked for, per kind of request, so
        # requests already superseded are skipped.
        self.latest: dict[str, int] = {}
        self.reads: Counter[str] = Counter()  # what was read, by kind of request

    def _conn(self) -> Database:
        if self._db is None:
            self._db = Database(self.db_path)
        return self._db

    def _stale(self, kind: str, generation: int) -> bool:
        return generation < self.latest.get(kind, 0)

    @Slot(int, object, int, int)
    def page(self, generation: int, query: ResponseQuery, offset: int, count: int) -> None:
        # `count` is an int, not a bool: PySide6 mis-counts references to True/False passed
        # through queued connections ("bool_dealloc" at exit).
        if self._stale("page", generation) or query.form_id is None:
            return
        try:
            db = self._conn()
            filters = ResponseFilter(include_superseded=query.include_superseded)
            rows = db.surveys.responses_page(query.form_id, filters, offset, PAGE,
                                             sort=query.sort, descending=query.descending)
            self.reads["page" if offset == 0 else "more"] += 1
            self.loaded.emit(generation, offset, rows)
            # The rows are on screen; the total follows, unless a newer query came meanwhile.
            if count and not self._stale("page", generation):
                total = offset + len(rows)
                if len(rows) == PAGE:
                    total = db.surveys.count_responses(query.form_id, filters)
                    self.reads["count"] += 1
                self.counted.emit(generation, total)
        except Exception as exc:
            log.exception("responses not loaded")
            self.failed.emit(generation, "page", exc)

    @Slot(int, object)
    def names(self, generation: int, sme_ids: list[str]) -> None:
        try:
            self.reads["names"] += 1
            self.named.emit(generation, self._conn().surveys.sme_names(sme_ids))
        except Exception as exc:
            log.exception("SME names not loaded")
            self.failed.emit(generation, "names", exc)

    @Slot(int, str)
    def forms(self, generation: int, language: str) -> None:
        if self._stale("forms", generation):
            return
        try:
            surveys = self._conn().surveys
            self.reads["forms"] += 1
            entries = []
            for form in surveys.forms():
                try:
                    title = surveys.form(form.ref).title_in(language) or form.title
                except Exception:
                    log.exception("form %s could not be read", form.ref)
                    title = form.title
                versions = surveys.versions(form.form_id) if form.versions > 1 else []
                entries.append(FormEntry(form, title, tuple(versions)))
            self.forms_loaded.emit(generation, entries)
        except Exception as exc:
            log.exception("forms not loaded")
            self.failed.emit(generation, "forms", exc)

    @Slot()
    def close(self) -> None:
        if self._db is not None and self._own:
            self._db.close()
            self._db = None


class LoaderThread(QObject):
    """Where the lists are read: a `SurveyLoader` in its own thread, or one on the UI thread
    while the database is small (`inline_below`). Answers come back by the same signals."""

    loaded = Signal(int, int, object)  # generation, offset, [ResponseLine]
    counted = Signal(int, int)  # generation, total
    named = Signal(int, object)  # generation, {sme_id: name}
    forms_loaded = Signal(int, object)  # generation, [FormEntry]
    failed = Signal(int, str, object)  # generation, kind of request, exception

    _page = Signal(int, object, int, int)
    _names = Signal(int, object)
    _forms = Signal(int, str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.inline_below = INLINE_BELOW
        self._thread = QThread()
        self._thread.setObjectName("survey-loader")
        self.loader = SurveyLoader(db.path)
        self.loader.moveToThread(self._thread)
        self.inline = SurveyLoader(db.path, db)
        self.inline.latest = self.loader.latest
        for loader in (self.loader, self.inline):
            loader.loaded.connect(self.loaded)
            loader.counted.connect(self.counted)
            loader.named.connect(self.named)
            loader.forms_loaded.connect(self.forms_loaded)
            loader.failed.connect(self.failed)
        self._page.connect(self.loader.page)
        self._names.connect(self.loader.names)
        self._forms.connect(self.loader.forms)
        self._generations: dict[str, int] = {}
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def in_place(self) -> bool:
        """Whether to read on the UI thread: few enough responses that it takes milliseconds."""
        return (self.inline_below > 0
                and self.db.surveys.responses_high_water() < self.inline_below)

    def next_generation(self, kind: str) -> int:
        """A new generation of requests of one kind: the older ones are not worth answering."""
        generation = self._generations.get(kind, 0) + 1
        self._generations[kind] = generation
        self.loader.latest[kind] = generation
        return generation

    def request_page(self, generation: int, query: ResponseQuery, offset: int,
                     count: bool) -> None:
        if self.in_place():
            self.inline.page(generation, query, offset, int(count))
        else:
            self._page.emit(generation, query, offset, int(count))

    def request_names(self, generation: int, sme_ids: Iterable[str]) -> None:
        if self.in_place():
            self.inline.names(generation, sorted(set(sme_ids)))
        else:
            self._names.emit(generation, sorted(set(sme_ids)))

    def request_forms(self, generation: int, language: str) -> None:
        if self.in_place():
            self.inline.forms(generation, language)
        else:
            self._forms.emit(generation, language)

    @property
    def reads(self) -> Counter[str]:
        """What was read so far (on either side), by kind of request: "page" (a first page),
        "more" (another page), "count", "names", "forms"."""
        return self.loader.reads + self.inline.reads

    def shutdown(self) -> None:
        """Close the loader's connection in its own thread, then stop the thread."""
        if self._thread.isRunning():
            for kind in ("page", "forms"):
                self.loader.latest[kind] = self._generations.get(kind, 0) + 1
            QMetaObject.invokeMethod(self.loader, "close",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(5000)


class ResponsesModel(QAbstractTableModel):
    """A form's responses, newest first unless sorted otherwise, a page at a time."""

    first_page_shown = Signal()
    query_done = Signal(int)  # total rows of the current query, once known
    load_failed = Signal(object)

    def __init__(self, db: Database, headers: Sequence[str], statuses: Sequence[str], *,
                 language: str | None = None, loader: LoaderThread | None = None,
                 parent: QObject | None = None) -> None:
        """`statuses`: what the status column says of a response submitted, a correction and a
        response replaced by a correction; `language`: for question labels in tooltips."""
        super().__init__(parent)
        self.db = db
        self.headers = list(headers)
        self.statuses = tuple(statuses)
        self.language = language
        self._own_loader = loader is None
        self.loader = LoaderThread(db, self) if loader is None else loader
        self.query = ResponseQuery()
        self.total = 0
        self._rows: list[ResponseLine] = []
        self._answers: dict[str, dict[str, Any]] = {}  # parsed for rows looked at, by id
        self._texts: dict[str, tuple[str, ...]] = {}  # what rows shown say, by id
        self._generation = 0
        self._pending = False
        self._counting = False
        self.loader.loaded.connect(self._on_page)
        self.loader.counted.connect(self._on_counted)
        self.loader.named.connect(self._on_names)
        self.loader.failed.connect(self._on_failed)

    def shutdown(self) -> None:
        if self._own_loader:
            self.loader.shutdown()

    # -- queries ------------------------------------------------------------------------------

    def set_query(self, query: ResponseQuery) -> None:
        """Start showing a new query; the rows arrive by signal."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the query again from the start (see LoaderThread for where); the rows shown
        stay until the new first page replaces them."""
        self._generation = self.loader.next_generation("page")
        if self.query.form_id is None:
            self._pending = self._counting = False
            self._show_first([])
            self.query_done.emit(0)
            return
        self._pending = self._counting = True
        self.loader.request_page(self._generation, self.query, 0, True)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def loading(self) -> bool:
        """True until both the first page and the total of the current query have arrived."""
        return self._pending or self._counting

    def _show_first(self, rows: list[ResponseLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._answers.clear()
        self._texts.clear()
        self.total = len(rows)  # until counted: enough for the view, no fetchMore yet
        self.endResetModel()
        self.first_page_shown.emit()

    def _on_page(self, generation: int, offset: int, rows: list[ResponseLine]) -> None:
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
        if not 0 <= column < len(RESPONSE_SORTS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = RESPONSE_SORTS[column]
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(replace(self.query, sort=key, descending=descending))

    # -- changes ------------------------------------------------------------------------------

    def apply_changes(self, changes: Iterable[Change]) -> None:
        """A change of responses reads the list again; a change of SMEs re-reads the names of
        those the list shows, and touches only their cells; other tables are no concern of
        this list."""
        changes = list(changes)
        if any(c.table in ("survey_responses", "*") for c in changes):
            self.reload()
            return
        smes = [c for c in changes if c.table == SMES.table and c.op not in ("delete", "undelete")
                and (c.op != "update" or not c.fields or "name" in c.fields)]
        if not smes or self.query.form_id is None:
            return
        shown = {row.sme_id for row in self._rows if row.sme_id}
        if any(c.record_id == "*" for c in smes):  # many SMEs changed (an import, a sync)
            if self._pending:  # a page on its way may hold names read before
                self.reload()
                return
            wanted = shown
        else:
            # A page on its way may have been read before the edit: ask for its names too.
            wanted = {c.record_id for c in smes}
            if not self._pending:
                wanted &= shown
        if wanted:
            self.loader.request_names(self._generation, wanted)

    def _on_names(self, generation: int, names: dict[str, str | None]) -> None:
        if generation != self._generation:
            return  # a reload on its way reads the names anew
        for i, row in enumerate(self._rows):
            if row.sme_id in names and names[row.sme_id] != row.sme_name:
                self._rows[i] = replace(row, sme_name=names[row.sme_id])
                self._texts.pop(row.id, None)
                cell = self.index(i, SME_COLUMN)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(RESPONSE_SORTS)

    def line_at(self, row: int) -> ResponseLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, response_id: str) -> int:
        for i, line in enumerate(self._rows):
            if line.id == response_id:
                return i
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._texts.get(line.id)
            if shown is None:
                shown = self._texts[line.id] = self._display(line)
            return shown[index.column()]
        if role == RecordRole:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._preview(line)
        if role == Qt.ItemDataRole.ForegroundRole and line.superseded:
            return QBrush(_MUTED)
        return None

    def _display(self, line: ResponseLine) -> tuple[str, ...]:
        """A row's texts, in the order of RESPONSE_SORTS."""
        return (short_time(line.submitted_at), line.form_version, line.sme_name or "",
                language_name(line.language), line.created_by,
                self.statuses[2 if line.superseded else 1 if line.supersedes else 0])

    def answers(self, line: ResponseLine) -> dict[str, Any]:
        """A row's answers, parsed the first time someone looks at them."""
        parsed = self._answers.get(line.id)
        if parsed is None:
            parsed = self._answers[line.id] = line.answers()
        return parsed

    def _preview(self, line: ResponseLine) -> str:
        """The first answers of a response, labelled as the form asks them."""
        answers = self.answers(line)
        try:
            questions = [q for q in self.db.surveys.form(line.form_ref).questions
                         if q.repeat is None and q.is_input]
        except Exception:  # a version this laptop cannot read: the names will do
            log.exception("form %s could not be read", line.form_ref)
            questions = []
        texts = []
        for question in questions:
            value = answers.get(question.name)
            if value is None or value == "" or value == []:
                continue
            values = value if isinstance(value, list) else [value]
            if question.is_select:
                values = [c.label(self.language) if (c := question.choice(str(v))) else v
                          for v in values]
            label = question.label(self.language) or question.name
            texts.append(f"{label}: {', '.join(str(v) for v in values)}")
            if len(texts) == PREVIEW_ANSWERS:
                texts.append("…")
                break
        if not questions:
            texts = [f"{name}: {value}" for name, value in list(answers.items())[:PREVIEW_ANSWERS]]
        return "\n".join(texts)
