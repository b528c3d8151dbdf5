"""The Surveys area's lists at scale: a loader thread with its own database connection, and the
lazy table model of a form's responses it feeds (the SME list's design, `gmsdesk.ui.paged`).

Responses arrive a page at a time, sorted by SQL. Rows are immutable and keep the answers as
stored JSON text, parsed only for a row someone looks at. A change refreshes what it names: an
SME edit re-reads the names of the SMEs shown, nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from gmsdesk.records.catalog import RESPONSES, SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.surveys import (
    AGENCY_SORT,
    RESPONSE_SORTS,
    FormRow,
    ResponseFilter,
    ResponseLine,
)
from gmsdesk.ui.labels import form_version_label, format_datetime, user_label
from gmsdesk.ui.paged import LoaderThread, PagedTableModel, PageLoader
from gmsdesk.ui.surveys.rows import RecordRole
from gmsdesk.ui.surveys.texts import language_name

log = logging.getLogger(__name__)

SME_COLUMN = RESPONSE_SORTS.index("sme")
# A headquarters list has the agency of each response after its SME (SME_COLUMN unchanged).
HQ_SORTS = (*RESPONSE_SORTS[:SME_COLUMN + 1], AGENCY_SORT, *RESPONSE_SORTS[SME_COLUMN + 1:])


def response_sorts(hq: bool) -> tuple[str, ...]:
    """The columns of the responses list, by their sort keys: with the agency on a
    headquarters laptop."""
    return HQ_SORTS if hq else RESPONSE_SORTS
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
    return format_datetime(at.replace(tzinfo=None))


@dataclass(frozen=True)
class ResponseQuery:
    """Which responses the list shows, and in what order (one of RESPONSE_SORTS)."""

    form_id: str | None = None
    include_superseded: bool = False
    sort: str = "submitted"
    descending: bool = True
    agency: str | None = None  # one agency's responses (a headquarters list's filter)


@dataclass(frozen=True)
class FormEntry:
    """One form of the forms list: its title in the UI language and, for a form with several
    versions, each version's counts."""

    form: FormRow
    title: str
    versions: tuple[FormRow, ...]


class SurveyLoader(PageLoader):
    """Reads, in the loader thread: pages of responses and their total, SME names, forms."""

    named = Signal(int, object)  # generation, {sme_id: name}
    forms_loaded = Signal(int, object)  # generation, [FormEntry]

    def read_page(self, db: Database, query: ResponseQuery, offset: int,
                  limit: int) -> list[ResponseLine]:
        if query.form_id is None:
            return []
        filters = ResponseFilter(include_superseded=query.include_superseded,
                                 agency=query.agency)
        return db.surveys.responses_page(query.form_id, filters, offset, limit,
                                         sort=query.sort, descending=query.descending)

    def read_count(self, db: Database, query: ResponseQuery) -> int:
        if query.form_id is None:
            return 0
        filters = ResponseFilter(include_superseded=query.include_superseded,
                                 agency=query.agency)
        return db.surveys.count_responses(query.form_id, filters)

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
        if self.stale("forms", generation):
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


class SurveyLoaderThread(LoaderThread):
    """Where the Surveys area's lists are read: a `SurveyLoader` in its own thread, asked for
    pages of responses, SME names and the forms list."""

    named = Signal(int, object)  # generation, {sme_id: name}
    forms_loaded = Signal(int, object)  # generation, [FormEntry]

    _names = Signal(int, object)
    _forms = Signal(int, str)

    loader: SurveyLoader

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        loader = SurveyLoader(db.path)
        super().__init__(loader, "survey-loader", parent)
        loader.named.connect(self.named)
        loader.forms_loaded.connect(self.forms_loaded)
        self._names.connect(loader.names)
        self._forms.connect(loader.forms)

    def request_names(self, generation: int, sme_ids: Iterable[str]) -> None:
        self._names.emit(generation, sorted(set(sme_ids)))

    def request_forms(self, generation: int, language: str) -> None:
        self._forms.emit(generation, language)


class ResponsesModel(PagedTableModel[ResponseLine]):
    """A form's responses, newest first unless sorted otherwise, a page at a time."""

    loader: SurveyLoaderThread

    def __init__(self, db: Database, headers: Sequence[str], statuses: Sequence[str], *,
                 language: str | None = None, loader: SurveyLoaderThread | None = None,
                 agencies: Mapping[str, str] | None = None,
                 about: Callable[[str | None], str] | None = None,
                 parent: QObject | None = None) -> None:
        """`headers`: one per column of `response_sorts(agencies is not None)`; `statuses`:
        what the status column says of a response submitted, a correction and a response
        replaced by a correction; `language`: for question labels in tooltips; `agencies`
        (agency code -> name), on a headquarters laptop: an Agency column; `about`: what the
        SME column says of a response about an agency ("Agency: name")."""
        super().__init__(SurveyLoaderThread(db) if loader is None else loader,
                         ResponseQuery(), response_sorts(agencies is not None),
                         own_loader=loader is None, parent=parent)
        if loader is None:
            self.loader.setParent(self)
        self.db = db
        self.headers = list(headers)
        self.statuses = tuple(statuses)
        self.language = language
        self.agencies = dict(agencies or {})
        self.about = about
        self._answers: dict[str, dict[str, Any]] = {}  # parsed for rows looked at, by id
        self._texts: dict[str, tuple[str, ...]] = {}  # what rows shown say, by id
        self.loader.named.connect(self._on_names)

    # -- queries ------------------------------------------------------------------------------

    def has_rows(self, query: ResponseQuery) -> bool:
        return query.form_id is not None

    def rows_replaced(self) -> None:
        self._answers.clear()
        self._texts.clear()

    # -- changes ------------------------------------------------------------------------------

    def apply_changes(self, changes: Iterable[Change]) -> None:
        """A change of responses reads the list again; a change of SMEs re-reads the names of
        those the list shows, and touches only their cells; other tables are no concern of
        this list."""
        changes = list(changes)
        if any(c.table in (RESPONSES.table, "*") for c in changes):
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

    def line_at(self, row: int) -> ResponseLine | None:
        return self.row_at(row)

    def header(self, section: int) -> str | None:
        return self.headers[section] if section < len(self.headers) else None

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

    def set_agency_names(self, names: Mapping[str, str]) -> None:
        """New names of the agencies (a profile changed): the rows shown say them."""
        self.agencies = dict(names)
        self._texts.clear()
        if self._rows and AGENCY_SORT in self.sort_keys:
            column = self.sort_keys.index(AGENCY_SORT)
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._rows) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    def _display(self, line: ResponseLine) -> tuple[str, ...]:
        """A row's texts, in the order of its columns (`sort_keys`)."""
        texts = {
            "submitted": short_time(line.submitted_at),
            "version": form_version_label(line.form_version),
            "sme": line.sme_name or (self.about(line.about_agency)
                                     if self.about is not None and line.about_agency else ""),
            AGENCY_SORT: self.agencies.get(line.agency_id, line.agency_id),
            "language": language_name(line.language),
            "by": user_label(line.created_by),
            "status": self.statuses[2 if line.superseded else 1 if line.supersedes else 0],
        }
        return tuple(texts[key] for key in self.sort_keys)

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
