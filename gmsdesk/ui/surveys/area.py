"""The Surveys area: forms (import, versions, counts), drafts to resume, responses to view or
correct, new responses linked to an SME and/or a workshop, and each form's summary.

A form version headquarters published is read-only on an agency's laptop: it shows a padlock,
and retiring or deleting it is disabled, with the reason. A retired version takes no new
responses; its responses and drafts stay (viewed, corrected, exported, finished). On a
headquarters laptop the responses list names each response's agency and filters by agency.

Forms shipped with GMS Desk (`resources/forms/*.xlsx`) are installed (`gmsdesk.services.forms`,
as the command line does) the first time the area opens, so an officer can start a needs
assessment straight away.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records.catalog import AGENCY_PROFILES, FORMS, RESPONSES, SMES
from gmsdesk.services.forms import (
    ImportResult,
    import_xlsform,
    install_shipped_forms,
    retire_version,
    shipped_forms_pending,
)
from gmsdesk.storage.errors import ReadOnlyRecord, StorageError
from gmsdesk.storage.records import Change, Changes
from gmsdesk.storage.surveys import FormRow, SmeUpdate, Submitted
from gmsdesk.ui.errors import show_error, user_message
from gmsdesk.ui.labels import agency_names, current_language, form_version_label, format_count
from gmsdesk.ui.surveys.responses_model import (
    FormEntry,
    ResponsesModel,
    SurveyLoaderThread,
    short_time,
)
from gmsdesk.ui.surveys.rows import RecordRole, Row, RowsModel, lock_icon, sorted_proxy
from gmsdesk.ui.surveys.texts import fill, language_name
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.undo import EditRecord, push
from gmsdesk.ui.widgets import (
    add_action,
    fill_agency_filter,
    fit_columns,
    fit_to_screen,
    keep_enter_in_fields,
    record_table,
)
from gmsdesk.ui.widgets import heading as make_heading

log = logging.getLogger(__name__)

FIT_ROWS = 20  # rows of responses the columns are sized for
STATUS_COLUMN = 7  # of the forms list: published by headquarters, retired


def local_time(stamp: str | None) -> str:
    """An ISO timestamp as the UI language writes a short date and time."""
    return short_time(stamp)


class SurveysArea(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.renderer: Any = None  # the last form opened (tests look at it)
        self.summary_window: Any = None
        self.problems_dialog: Any = None
        self.last_task: Task | None = None
        self.retire_task: Task | None = None  # the backup before a version is retired
        self.labelled_result: Any = None  # what the last labelled export wrote
        self._loaded = False
        self._closed = False  # after shutdown: results of tasks still running are dropped
        self._selected_form: str | None = None
        # A headquarters laptop holds every agency's responses: it names and filters them by
        # agency. Agency laptops hold their own only and show neither.
        self.hq = bool(self.db.is_hq)
        self._agency_names: dict[str, str] = agency_names(self.db) if self.hq else {}
        # The agencies responses are about ("Agency: name" in lists and titles), read as asked.
        self._about_names: dict[str, str] = {}
        # Each version's own counts (the forms list shows a form's), by record.
        self._version_rows: dict[str, FormRow] = {}
        self._current_refs: dict[str, str] = {}  # form_id -> the version new responses use

        self.heading = make_heading(self.tr("Surveys"), self)
        self._build_actions()
        self.forms_model = RowsModel(self._form_headers(), self)
        self.forms_proxy = sorted_proxy(self.forms_model, self)
        self.forms_table = self._table("forms_table", self.forms_proxy)
        self.forms_table.doubleClicked.connect(lambda _i: self.new_response())
        self.forms_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._form_selected())

        self.drafts_model = RowsModel(self._draft_headers(), self)
        self.drafts_proxy = sorted_proxy(self.drafts_model, self)
        self.drafts_table = self._table("drafts_table", self.drafts_proxy)
        self.drafts_table.doubleClicked.connect(lambda _i: self.resume_selected())
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setObjectName("resume_draft")
        self.resume_button.clicked.connect(self.resume_selected)
        self.delete_draft_button = QPushButton(self.tr("Delete draft…"), self)
        self.delete_draft_button.setObjectName("delete_draft")
        self.delete_draft_button.clicked.connect(self.delete_selected_draft)
        drafts_page = QWidget(self)
        drafts_layout = QVBoxLayout(drafts_page)
        drafts_buttons = QHBoxLayout()
        drafts_buttons.addWidget(self.resume_button)
        drafts_buttons.addWidget(self.delete_draft_button)
        drafts_buttons.addStretch(1)
        drafts_layout.addWidget(self.drafts_table, 1)
        drafts_layout.addLayout(drafts_buttons)

        # Forms (with their counts) and responses are read by a thread of their own.
        self.loader = SurveyLoaderThread(self.db, self)
        self.loader.forms_loaded.connect(self._show_forms)
        self.loader.failed.connect(self._forms_failed)
        self._forms_generation = 0
        self._forms_answered = 0  # the generation of the forms list last shown (or failed)
        self._want_form: str | None = None  # to select once the forms list has come
        self._fitted_form: str | None = None  # the form the response columns were sized for
        self._titles: dict[str, str] = {}  # form_id -> title, as the forms list shows it
        self.responses_model = ResponsesModel(
            self.db, self._response_headers(), self._statuses(), language=ctx.language,
            loader=self.loader, agencies=self._agency_names if self.hq else None,
            about=self.about_agency_text, parent=self)
        self.responses_model.query_done.connect(lambda _total: self._show_response_count())
        self.responses_model.load_failed.connect(self._show_load_error)
        self.responses_table = self._table("responses_table", self.responses_model)
        self.responses_table.horizontalHeader().setSortIndicator(
            0, Qt.SortOrder.DescendingOrder)
        # Columns sized to their first rows: measuring a whole page would stall the window.
        self.responses_table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.responses_model.modelReset.connect(self._update_actions)
        self.responses_model.first_page_shown.connect(self._show_response_count)
        self.responses_table.doubleClicked.connect(lambda _i: self.view_selected())
        self.view_button = QPushButton(self.tr("View"), self)
        self.view_button.setObjectName("view_response")
        self.view_button.clicked.connect(self.view_selected)
        self.correct_button = QPushButton(self.tr("Correct…"), self)
        self.correct_button.setObjectName("correct_response")
        self.correct_button.setToolTip(self.tr(
            "Make a corrected copy to fill in; once submitted it replaces this response, "
            "which is kept for the record."))
        self.correct_button.clicked.connect(self.correct_selected)
        self.show_superseded = QCheckBox(self.tr("Show replaced responses"), self)
        self.show_superseded.setObjectName("show_superseded")
        self.show_superseded.toggled.connect(lambda _on: self.refresh_responses())
        self.agency_filter: QComboBox | None = None
        if self.hq:
            self.agency_filter = QComboBox(self)
            self.agency_filter.setObjectName("response_agency_filter")
            self.agency_filter.setAccessibleName(self.tr("Agency"))
            self.agency_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.agency_filter.addItem(self.tr("All agencies"), None)
            self._load_agencies()
            self.agency_filter.currentIndexChanged.connect(lambda _i: self.refresh_responses())
        responses_page = QWidget(self)
        responses_layout = QVBoxLayout(responses_page)
        responses_buttons = QHBoxLayout()
        responses_buttons.addWidget(self.view_button)
        responses_buttons.addWidget(self.correct_button)
        responses_buttons.addStretch(1)
        if self.agency_filter is not None:
            responses_buttons.addWidget(self.agency_filter)
        responses_buttons.addWidget(self.show_superseded)
        responses_layout.addWidget(self.responses_table, 1)
        responses_layout.addLayout(responses_buttons)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("surveys_tabs")
        self.tabs.addTab(drafts_page, self.tr("Drafts"))
        self.tabs.addTab(responses_page, self.tr("Responses"))

        self.info = QLabel(self)
        self.info.setObjectName("surveys_info")
        self.info.setWordWrap(True)
        self.forms_label = QLabel(self.tr("Forms"), self)
        font = self.forms_label.font()
        font.setBold(True)
        self.forms_label.setFont(font)
        # The list shows each form as the version new responses use; retiring or bringing
        # back an older version needs that version on a line of its own.
        self.show_versions = QCheckBox(self.tr("Show every version"), self)
        self.show_versions.setObjectName("show_versions")
        self.show_versions.toggled.connect(lambda _on: self.refresh_forms())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        forms_header = QHBoxLayout()
        forms_header.addWidget(self.forms_label)
        forms_header.addStretch(1)
        forms_header.addWidget(self.show_versions)
        top_layout.addLayout(forms_header)
        top_layout.addWidget(self.forms_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        for table in (self.drafts_table, self.responses_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        ctx.bus.changes_applied.connect(self._on_changes)
        self._update_actions()

    # -- building -----------------------------------------------------------------------------

    def _form_headers(self) -> list[str]:
        return [self.tr("Form"), self.tr("Form ID"), self.tr("Version"), self.tr("Versions"),
                self.tr("Responses"), self.tr("Drafts"), self.tr("Imported from"),
                self.tr("Status")]

    def _draft_headers(self) -> list[str]:
        return [self.tr("Form"), self.tr("Version"), self.tr("SME"), self.tr("Started"),
                self.tr("Last saved"), self.tr("Answers"), self.tr("Kind")]

    def _response_headers(self) -> list[str]:
        """One per column of `response_sorts(self.hq)`: the agency after the SME."""
        agency = [self.tr("Agency")] if self.hq else []
        return [self.tr("Submitted"), self.tr("Version"), self.tr("SME"), *agency,
                self.tr("Language"), self.tr("By"), self.tr("Status")]

    def _statuses(self) -> list[str]:
        """What the status column says of a response, a correction, a replaced response."""
        return [self.tr("Submitted"), self.tr("Correction"), self.tr("Replaced by a correction")]

    def _table(self, name: str, model: Any) -> QTableView:
        return record_table(model, name, self, sortable=True)

    def _action(self, text: str,
                shortcut: str | QKeySequence | QKeySequence.StandardKey | None, slot: Any,
                name: str) -> QAction:
        return add_action(self, text, shortcut, slot, name)

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New response…"), QKeySequence.StandardKey.New,
                                       self.new_response, "action_new_response")
        self.import_action = self._action(self.tr("Import XLSForm…"), None,
                                          self.choose_xlsform, "action_import_form")
        self.summary_action = self._action(self.tr("Summary and export…"), None,
                                           self.open_summary, "action_summary")
        self.labelled_action = self._action(self.tr("Export with labels…"), None,
                                            self.choose_labelled_export,
                                            "action_export_labelled")
        self.labelled_action.setToolTip(self.tr(
            "Every response to the selected form in a spreadsheet for people to read: the "
            "questions' text and the answers' labels, in the language you choose"))
        self.retire_action = self._action(self.tr("Retire version"), None,
                                          self.toggle_retired, "action_retire_form")
        self.delete_form_action = self._action(self.tr("Delete version…"), None,
                                               self.delete_selected_form, "action_delete_form")
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.summary_action)
        self.toolbar.addAction(self.labelled_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.retire_action)
        self.toolbar.addAction(self.delete_form_action)

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()
            if shipped_forms_pending(self.db):
                self.install_shipped()

    def install_shipped(self) -> Task:
        """Import the shipped forms in the background, then show them."""
        installing = self.tr("Installing the forms that come with GMS Desk…")
        self.set_info(installing)

        def done(changes: Changes) -> None:
            if self._closed:  # the window closed meanwhile (and the database with it)
                return
            self.ctx.bus.publish(changes)
            forms = len({c.record_id for c in changes})
            if self.info.text() == installing:  # not over what an import said meanwhile
                self.set_info(self.tr("%n form(s) ready to fill in.", "", forms)
                              if forms else "")
            if not (changes and self._loaded):  # else the publish above refreshed the lists
                self.refresh()

        self.last_task = run_task(self, self.tr("Installing forms"), self.ctx.db_path,
                                  lambda db, _progress: install_shipped_forms(db),
                                  on_done=done, user=self.db.user, show_progress=False)
        return self.last_task

    def _title(self, ref: str, fallback: str) -> str:
        try:
            return str(self.db.surveys.form(ref).title_in(self.ctx.language) or fallback)
        except Exception:
            log.exception("form %s could not be read", ref)
            return fallback

    def refresh(self) -> None:
        # The responses first: the loader answers in turn, and their first page is quick.
        self.refresh_responses()
        self.refresh_forms()
        self.refresh_drafts()

    def refresh_forms(self) -> None:
        """Read the forms and their counts again, in the background."""
        self._forms_generation = self.loader.next_generation("forms")
        self.loader.request_forms(self._forms_generation, self.ctx.language)

    @property
    def forms_loading(self) -> bool:
        """True until the forms list asked for last has come (or failed)."""
        return self._forms_answered != self._forms_generation

    def _show_forms(self, generation: int, entries: list[FormEntry]) -> None:
        if generation != self._forms_generation or self._closed:
            return
        self._forms_answered = generation
        selected = self.selected_form()
        wanted = [self._want_form, selected.form_id if selected is not None else None]
        selected_ref = selected.ref if selected is not None else None
        self._want_form = None
        rows = []
        self._titles = {entry.form.form_id: entry.title for entry in entries}
        self._current_refs = {entry.form.form_id: entry.form.ref for entry in entries}
        self._version_rows = {v.ref: v for entry in entries for v in entry.versions}
        every = self.show_versions.isChecked()
        for entry in entries:
            title = entry.title
            tip = "\n".join(
                fill(self.tr("Version %1: %2, %3"), form_version_label(v.version),
                     self.tr("%n response(s)", "", v.responses),
                     self.tr("%n draft(s)", "", v.drafts))
                + (" · " + self.tr("retired") if v.retired else "")
                for v in entry.versions)
            for form in (entry.versions or (entry.form,)) if every else (entry.form,):
                status, reason = self._form_status(form)
                rows.append(Row(form, (title, form.form_id, form_version_label(form.version),
                                       format_count(form.versions),
                                       format_count(form.responses), format_count(form.drafts),
                                       form.source_name or "", status),
                                (title.casefold(), form.form_id, form.version, form.versions,
                                 form.responses, form.drafts, form.source_name or "", status),
                                muted=form.retired, tooltip=tip,
                                icon=None if form.editable else lock_icon(), icon_column=0,
                                cell_tips=("",) * STATUS_COLUMN + (reason,)))
        self.forms_model.set_rows(rows)
        fit_columns(self.forms_table)
        if rows:
            here = {row.record.form_id for row in rows}
            self.select_form(next((f for f in wanted if f is not None and f in here),
                                  rows[0].record.form_id), selected_ref)
        else:
            self._form_selected()
        self._update_actions()

    def _form_status(self, form: FormRow) -> tuple[str, str]:
        """What the Status column says of a form version, and why (its tooltip)."""
        texts, reasons = [], []
        if not form.editable:
            texts.append(self.tr("Published by headquarters"))
            reasons.append(QCoreApplication.translate("Errors", ReadOnlyRecord.message))
        if form.retired:
            texts.append(self.tr("Retired"))
            reasons.append(self.tr("Retired: not offered for new responses. Its responses "
                                   "and drafts are kept, and can be viewed, corrected and "
                                   "exported."))
        if not texts:  # said in words, not left blank (an empty Status looks like a fault)
            texts.append(self.tr("In use"))
            reasons.append(self.tr("Offered for new responses."))
        return " · ".join(texts), "\n".join(reasons)

    def refresh_drafts(self) -> None:
        rows = []
        for draft in self.db.surveys.drafts():
            title = self._title(draft.form_ref, draft.form_title)
            kind = self.tr("Correction") if draft.supersedes else self.tr("New")
            count = sum(1 for v in draft.answers.values() if v not in (None, "", []))
            about = draft.sme_name or self.about_agency_text(draft.about_agency)
            rows.append(Row(draft, (title, form_version_label(draft.form_version), about,
                                    local_time(draft.created_at), local_time(draft.updated_at),
                                    format_count(count), kind),
                            (title.casefold(), draft.form_version, about,
                             draft.created_at, draft.updated_at, count, kind)))
        self.drafts_model.set_rows(rows)
        fit_columns(self.drafts_table)
        self.drafts_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        if rows:  # the latest draft, ready for Resume
            self.drafts_table.selectRow(0)
            self.drafts_table.setCurrentIndex(self.drafts_proxy.index(0, 0))
        self.tabs.setTabText(0, fill(self.tr("Drafts (%1)"), format_count(len(rows))))
        self._update_actions()

    def refresh_responses(self) -> None:
        """Show the selected form's responses, read anew in the background."""
        form = self.selected_form()
        agency = self.agency_filter.currentData() if self.agency_filter is not None else None
        self.responses_model.set_query(dataclasses.replace(
            self.responses_model.query, form_id=form.form_id if form is not None else None,
            include_superseded=self.show_superseded.isChecked(), agency=agency))
        self._show_response_count()
        self._update_actions()

    def _show_response_count(self) -> None:
        form = self.selected_form()
        model = self.responses_model
        count = "…" if model.loading else format_count(model.total)
        self.tabs.setTabText(1, fill(self.tr("Responses (%1)"), count) if form is None
                             else fill(self.tr("Responses to “%1” (%2)"),
                                       self._titles.get(form.form_id, form.title), count))
        if form is not None and form.form_id != self._fitted_form and model.rowCount():
            self._fitted_form = form.form_id
            fit_columns(self.responses_table)

    def _forms_failed(self, generation: int, kind: str, exc: Exception) -> None:
        if kind == "forms" and generation == self._forms_generation and not self._closed:
            self._forms_answered = generation
            show_error(self, exc)

    def _show_load_error(self, exc: Exception) -> None:
        self.set_info(fill(self.tr("The responses could not be loaded: %1"),
                           user_message(exc) or exc))

    def _on_changes(self, changes: list[Change]) -> None:
        """Refresh what the changes name: forms and responses change the forms list (its
        counts) and the responses; an SME edit only the names shown of that SME."""
        if not self._loaded:
            return
        tables = {c.table for c in changes}
        if tables & {AGENCY_PROFILES.table, "*"}:
            self._about_names = {}  # read again when next named
        if self.hq and tables & {AGENCY_PROFILES.table, RESPONSES.table, "*"}:
            self._load_agencies()
        # The responses first: the loader answers in turn, and their first page is quick.
        self.responses_model.apply_changes(changes)
        if tables & {FORMS.table, RESPONSES.table, "*"}:
            self.refresh_forms()
        smes = {c.record_id for c in changes if c.table == SMES.table}
        if tables & {FORMS.table, "*"} or (smes and any(
                row.record.sme_id in smes or "*" in smes for row in self.drafts_model.rows)):
            self.refresh_drafts()

    def set_info(self, text: str) -> None:
        self.info.setText(text)

    def _load_agencies(self) -> None:
        """On a headquarters laptop: the agencies' names (the responses' Agency column) and
        the agency filter's choices, the agencies that have responses here, by name; the one
        chosen stays chosen."""
        names = agency_names(self.db)
        if names != self._agency_names:
            self._agency_names = names
            self.responses_model.set_agency_names(names)
        combo = self.agency_filter
        if combo is None:
            return
        chosen = combo.currentData()
        fill_agency_filter(combo, names, self.db.agencies.codes_in_use(RESPONSES.table))
        if combo.currentData() != chosen:  # the agency chosen has no responses any more
            self.refresh_responses()

    # -- selection ----------------------------------------------------------------------------

    def _record(self, table: QTableView) -> Any:
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return table.model().data(index, RecordRole)

    def selected_form(self) -> Any:
        index = self.forms_table.currentIndex()
        return self.forms_table.model().data(index, RecordRole) if index.isValid() else None

    def select_form(self, form_id: str, ref: str | None = None) -> None:
        """Select a form's line: with every version shown, the version `ref` when it is one
        of the form's, else the version new responses use."""
        found: list[tuple[int, Any]] = []
        for row in range(self.forms_proxy.rowCount()):
            index = self.forms_proxy.index(row, 0)
            record = self.forms_proxy.data(index, RecordRole)
            if record is not None and record.form_id == form_id:
                found.append((row, record))
        if found:
            preferred = [ref, self._current_refs.get(form_id)]
            row = next((r for want in preferred for r, record in found if record.ref == want),
                       found[0][0])
            self.forms_table.selectRow(row)
            self.forms_table.setCurrentIndex(self.forms_proxy.index(row, 0))
            return
        self._want_form = form_id  # perhaps in the forms list on its way

    def _form_selected(self) -> None:
        form = self.selected_form()
        form_id = form.form_id if form is not None else None
        if form_id != self._selected_form:
            self._selected_form = form_id
            self.refresh_responses()
        self._update_actions()

    def _update_actions(self) -> None:
        has_forms = bool(self.forms_model.rows)
        self.new_action.setEnabled(has_forms)
        self.summary_action.setEnabled(self.selected_form() is not None)
        self.labelled_action.setEnabled(self.selected_form() is not None)
        self._update_form_actions()
        draft = self._record(self.drafts_table)
        self.resume_button.setEnabled(draft is not None)
        self.delete_draft_button.setEnabled(draft is not None)
        response = self._record(self.responses_table)
        self.view_button.setEnabled(response is not None)
        self.correct_button.setEnabled(response is not None and not response.superseded)

    def _version_of(self, form: FormRow) -> FormRow:
        """A line's version with its own counts (a form's line counts all its versions)."""
        return self._version_rows.get(form.ref, form)

    def _update_form_actions(self) -> None:
        """Retire (or bring back) and delete the selected version: only where this laptop
        may change it and, for deleting, nobody has answered it; the reason when not."""
        form = self.selected_form()
        retire, delete = self.retire_action, self.delete_form_action
        locked = QCoreApplication.translate("Errors", ReadOnlyRecord.message)
        retire.setText(self.tr("Bring back") if form is not None and form.retired
                       else self.tr("Retire version"))
        if form is None:
            for action in (retire, delete):
                action.setEnabled(False)
                action.setToolTip(action.text())
            return
        title = self._titles.get(form.form_id, form.title)
        version = self._version_of(form)
        if not form.editable:
            retire_tip = delete_tip = locked
        else:
            retire_tip = fill(self.tr("Offer version %1 of “%2” for new responses again.")
                              if form.retired else
                              self.tr("Retire version %1 of “%2”: it is no longer offered for "
                                      "new responses; its responses and drafts are kept."),
                              form_version_label(form.version), title)
            delete_tip = (QCoreApplication.translate("Surveys", "This form version has "
                                                     "responses or drafts, so it cannot be "
                                                     "deleted.")
                          if version.responses or version.drafts else
                          fill(self.tr("Delete version %1 of “%2”: nobody has answered it."),
                               form_version_label(form.version), title))
        retire.setEnabled(form.editable)
        delete.setEnabled(form.editable and not (version.responses or version.drafts))
        for action, tip in ((retire, retire_tip), (delete, delete_tip)):
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # -- retiring and deleting versions -------------------------------------------------------

    def toggle_retired(self) -> Changes:
        """Retire the selected version, or bring it back when it is retired. Retiring is
        preceded by a backup (`forms.retire_version`); for a large database it is made in the
        background (`retire_task`), with progress and Cancel, and the version retired once it
        is made: () is returned then."""
        from gmsdesk.ui.backups import after_backup

        form = self.selected_form()
        if form is None or self.retire_task is not None:
            return ()
        if not self.ctx.settings.is_admin:  # headquarters' grant, or the password given
            self.set_info(self.tr("Only an administrator can retire a form version or bring "
                                  "it back: “Administrator…” in Settings asks for the "
                                  "administrator password."))
            return ()
        if form.retired:
            return self._set_retired(form, False)
        done: list[Changes] = []

        def then() -> None:
            self.retire_task = None
            done.append(self._set_retired(form, True))

        def stopped() -> None:
            self.retire_task = None
            self.set_info(fill(self.tr("Version %1 of “%2” was not retired: the backup made "
                                       "first was stopped."),
                               form_version_label(form.version),
                               self._titles.get(form.form_id, form.title)))

        self.retire_task = after_backup(self, self.db, "form-retire", then, stopped,
                                        self.db.user)
        if self.retire_task is not None:
            self.retire_task.failed.connect(lambda _exc: setattr(self, "retire_task", None))
        return done[0] if done else ()

    def _set_retired(self, form: FormRow, retired: bool) -> Changes:
        if self._closed:
            return ()
        try:
            changes = retire_version(self.db, form.ref, retired)
        except StorageError as exc:
            show_error(self, exc)
            return ()
        title = self._titles.get(form.form_id, form.title)
        self.set_info(fill(self.tr("Version %1 of “%2” is offered for new responses again.")
                           if not retired else
                           self.tr("Version %1 of “%2” retired: it is no longer offered for "
                                   "new responses; its responses and drafts are kept."),
                           form_version_label(form.version), title))
        self._want_form = form.form_id
        self.ctx.bus.publish(changes)
        return changes

    def delete_selected_form(self) -> Changes:
        """Delete the selected version, after asking; only one nobody has answered."""
        form = self.selected_form()
        if form is None:
            return ()
        title = self._titles.get(form.form_id, form.title)
        answer = QMessageBox.question(
            self, self.tr("Delete form version"),
            fill(self.tr("Delete version %1 of “%2”? Nobody has answered it yet."),
                 form_version_label(form.version), title))
        if answer != QMessageBox.StandardButton.Yes:
            return ()
        try:
            changes = self.db.surveys.delete_form(form.ref)
        except StorageError as exc:
            show_error(self, exc)
            return ()
        self.set_info(fill(self.tr("Version %1 of “%2” deleted."),
                           form_version_label(form.version), title))
        self.ctx.bus.publish(changes)
        return changes

    # -- filling in ---------------------------------------------------------------------------

    def new_response(self, form_ref: str | None = None) -> Any:
        """Ask for the form, SME and workshop, then open the new draft. Only forms that take
        new responses are offered, each on the version new responses use (not retired)."""
        from gmsdesk.ui.surveys.dialogs import NewResponseDialog

        forms = [(f.ref, fill(self.tr("%1 (version %2)"), self._title(f.ref, f.title),
                              form_version_label(f.version)))
                 for f in self.db.surveys.forms(offered=True)]
        if not forms:
            self.set_info(self.tr("Every form version is retired. Bring one back, or import "
                                  "a new version.") if self.forms_model.rows else
                          self.tr("There is no form yet. Import an XLSForm first."))
            return None
        selected = self.selected_form()
        dialog = NewResponseDialog(self.db, forms, parent=self,
                                   form_ref=form_ref or (selected.ref if selected else None),
                                   lang=current_language())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_draft(
            dialog.form_ref(), sme_id=dialog.sme_id(), workshop_id=dialog.workshop_id(),
            about_agency=dialog.about_agency()))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def start_draft(self, form_ref: str | None, *, sme_id: str | None = None,
                    workshop_id: str | None = None, about_agency: str | None = None) -> Any:
        if not form_ref:
            return None
        try:
            form = self.db.surveys.form(form_ref)
            language = (self.ctx.language if self.ctx.language in (form.languages or [])
                        else form.default_language)
            draft_id = self.db.surveys.create_draft(form_ref, sme_id=sme_id,
                                                    workshop_id=workshop_id, language=language,
                                                    about_agency=about_agency)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.refresh_drafts()
        self.refresh_forms()
        return self.open_draft(draft_id)

    def about_agency_text(self, code: str | None) -> str:
        """"Agency: name" for a response about a support agency ("" for none)."""
        if not code:
            return ""
        if code not in self._about_names:  # read once; again when a profile changes
            self._about_names.update(agency_names(self.db))
            self._about_names.setdefault(code, code)  # no profile yet: named by its code
        return fill(self.tr("Agency: %1"), self._about_names[code] or code)

    def _subtitle(self, version: str, sme_name: str | None, extra: str = "",
                  about_agency: str | None = None) -> str:
        parts = [fill(self.tr("Version %1"), form_version_label(version))]
        if sme_name:
            parts.append(fill(self.tr("SME: %1"), sme_name))
        if about_agency:
            parts.append(self.about_agency_text(about_agency))
        if extra:
            parts.append(extra)
        return " · ".join(parts)

    def open_draft(self, draft_id: str) -> Any:
        """Open a draft in the renderer, on the page where it was left."""
        from gmsdesk.ui.surveys.renderer import FormRenderer

        try:
            draft = self.db.surveys.draft(draft_id)
            form = self.db.surveys.form(draft.form_ref)
        except Exception as exc:
            show_error(self, exc)
            return None
        extra = self.tr("Correction of a submitted response") if draft.supersedes else ""
        renderer = FormRenderer(
            self.db, form, draft.answers, draft_id=draft_id, page=draft.page,
            language=draft.language, ui_language=self.ctx.language,
            subtitle=self._subtitle(draft.form_version, draft.sme_name, extra,
                                    draft.about_agency),
            publish=self.ctx.bus.publish, parent=self)
        renderer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        renderer.submitted.connect(lambda _change: self._after_submit(renderer.result))
        renderer.draft_kept.connect(lambda _id: self._after_draft_kept())
        self.renderer = renderer
        renderer.open()
        return renderer

    def _after_submit(self, result: Submitted | None = None) -> None:
        text = self.tr("Response submitted. It will be sent with the next sync.")
        update = result.sme_update if result is not None else None
        if update is not None:
            text += " " + self.sme_update_text(update)
            self._keep_for_undo(update)
        self.set_info(text)
        self.refresh()

    def _keep_for_undo(self, update: SmeUpdate) -> None:
        """The SME edit a submit made, as a step of the window's undo (the response itself
        stays: a response is corrected, never taken back)."""
        stack = getattr(self.window(), "undo_stack", None)
        if not isinstance(stack, QUndoStack) or update.sme_id is None or not update.written:
            return
        try:
            stored = self.db.smes.get(update.sme_id).values()
        except StorageError:
            log.exception("SME %s could not be read for undo", update.sme_id)
            return
        after = {name: stored.get(name) for name in update.written}
        push(stack, EditRecord(self.db, self.ctx.bus, SMES.table, update.sme_id,
                               update.before, after, self.tr("Update the SME from a survey")),
             self)

    def sme_update_text(self, update: SmeUpdate) -> str:
        """What submitting did to the SME record, in a sentence or two."""
        def labels(names: tuple[str, ...]) -> str:
            return ", ".join(QCoreApplication.translate("Field", SMES.field(name).label)
                             or name for name in names)

        if update.sme_id is None:
            return self.tr("No SME is linked to the response, so no SME record was updated.")
        if update.missing:
            return self.tr("The SME is not on this laptop, so its record was not updated.")
        if update.read_only:
            return self.tr("The SME belongs to another agency: its record can be read here "
                           "but not changed, so it was not updated.")
        if update.skipped:
            return self.tr("The form's update condition (update_if) was not met, so the SME "
                           "record was not updated.")
        parts = []
        if update.written:
            parts.append(fill(self.tr("SME record updated: %1."), labels(update.written)))
        elif update.kept:
            parts.append(self.tr("The SME record already held these answers."))
        if update.unread:
            parts.append(fill(self.tr("Not written to the SME record, as the answer does not "
                                      "fit it: %1."), labels(update.unread)))
        if not parts:
            parts.append(self.tr("No answer for the SME record was given, so it was not "
                                 "updated."))
        return " ".join(parts)

    def _after_draft_kept(self) -> None:
        self.set_info(self.tr("The draft is kept: resume it any time from the Drafts list."))
        self.refresh_drafts()
        self.refresh_forms()

    def resume_selected(self) -> Any:
        draft = self._record(self.drafts_table)
        return self.open_draft(draft.id) if draft is not None else None

    def delete_selected_draft(self) -> bool:
        draft = self._record(self.drafts_table)
        if draft is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            fill(self.tr("Delete this draft of “%1” and the answers in it? This cannot be "
                         "undone."), self._title(draft.form_ref, draft.form_title)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.db.surveys.delete_draft(draft.id)
        self.set_info(self.tr("Draft deleted."))
        self.refresh_drafts()
        self.refresh_forms()
        return True

    def view_selected(self) -> Any:
        response = self._record(self.responses_table)
        return self.view_response(response.id) if response is not None else None

    def view_response(self, response_id: str) -> Any:
        """A submitted response, read-only, on the form version it was answered with."""
        from gmsdesk.ui.surveys.renderer import FormRenderer

        try:
            response = self.db.surveys.response(response_id)
            form = self.db.surveys.form(response.form_ref)
        except Exception as exc:
            show_error(self, exc)
            return None
        extra = fill(self.tr("Submitted %1"), local_time(response.submitted_at))
        if response.superseded:
            extra += " · " + self.tr("replaced by a correction")
        renderer = FormRenderer(self.db, form, response.answers, read_only=True,
                                language=response.language, ui_language=self.ctx.language,
                                subtitle=self._subtitle(response.form_version,
                                                        response.sme_name, extra,
                                                        response.about_agency),
                                parent=self)
        renderer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.renderer = renderer
        renderer.open()
        return renderer

    def correct_selected(self) -> Any:
        response = self._record(self.responses_table)
        return self.correct_response(response.id) if response is not None else None

    def correct_response(self, response_id: str) -> Any:
        """A draft holding the response's answers; submitted, it supersedes the response."""
        try:
            draft_id = self.db.surveys.correct(response_id)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.refresh_drafts()
        return self.open_draft(draft_id)

    # -- import -------------------------------------------------------------------------------

    def choose_xlsform(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an XLSForm"), self.ctx.settings.last_folder,
            self.tr("XLSForm spreadsheet (*.xlsx *.xls)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.import_xlsform(Path(path))

    def import_xlsform(self, path: Path, media: list[Path] | None = None) -> Task:
        """Read and store an XLSForm in the background; show what was found. The files it
        needs come from `media` (chosen one by one), else from its NAME-media folder or
        its own folder (see forms.form_files)."""
        self.set_info(fill(self.tr("Reading %1…"), path.name))
        self.last_task = run_task(self, self.tr("Importing form"), self.ctx.db_path,
                                  lambda db, _progress: import_xlsform(db, path, media),
                                  on_done=self._imported, on_error=self._import_failed,
                                  user=self.db.user, show_progress=False)
        return self.last_task

    def _choose_form_files(self, result: ImportResult) -> bool:
        """The form needs files that are not beside it (a CSV of choices, an image in a
        label): offer to choose them, and import again with them. False when not chosen."""
        missing = result.missing
        asked = QMessageBox.question(
            self, self.tr("Files the form needs"),
            fill(self.tr("“%1” needs %2 file(s) that are not in its folder: %3.\n\nChoose "
                         "them now? (ODK keeps them in a folder named %4 next to the form.)"),
                 result.path.name, format_count(len(missing)), ", ".join(missing),
                 f"{result.path.stem}-media"))
        if asked != QMessageBox.StandardButton.Yes:
            return False
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the form's files"), str(result.path.parent),
            fill(self.tr("Files the form names (%1);;All files (*)"), " ".join(missing)))
        if not chosen:
            return False
        self.import_xlsform(result.path, [Path(p) for p in chosen])
        return True

    def _import_failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self.set_info("")
        show_error(self, exc)

    def _imported(self, result: ImportResult) -> None:
        from gmsdesk.ui.surveys.dialogs import ImportProblemsDialog

        if self._closed:  # the window closed meanwhile (and the database with it)
            return
        if result.form is None and result.missing and self._choose_form_files(result):
            return  # imported again, with the files chosen
        problems = list(result.problems)
        name = result.path.name
        form = result.form
        if form is None:
            errors = result.errors  # lupdate sees `%n` only in self.tr(), given a plain name
            summary = fill(self.tr("“%1” cannot be used as a form: %n problem(s) must be "
                                   "fixed in the spreadsheet first.", "", errors), name)
            title = self.tr("Form not imported")
        elif result.clash is not None:
            summary = user_message(result.clash) or str(result.clash)
            title = self.tr("Form not imported")
        elif not result.changes:
            summary = fill(self.tr("Version %1 of “%2” is already here; nothing changed."),
                           form_version_label(form.version), form.title_in(self.ctx.language))
            title = self.tr("Form already imported")
        else:
            self.ctx.bus.publish(result.changes)
            summary = fill(self.tr("Imported “%1”, version %2."), form.title_in(self.ctx.language),
                           form_version_label(form.version))
            if problems:
                warnings = len(problems)
                summary += " " + self.tr("%n warning(s): what GMS Desk ignored is listed "
                                         "below.", "", warnings)
            title = self.tr("Form imported")
        self.set_info(summary)
        self.refresh()
        if form is not None and result.changes:
            self.select_form(form.form_id)
        if problems or form is None or result.clash is not None:
            dialog = ImportProblemsDialog(title, summary, problems, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.problems_dialog = dialog
            dialog.open()

    # -- the labelled export ------------------------------------------------------------------

    def choose_labelled_export(self) -> None:
        """Ask for the language of the labels (of those the form has) and the file."""
        from gmsdesk.services.surveys import labels_language

        selected = self.selected_form()
        if selected is None:
            return
        form = self.db.surveys.form(selected.ref)
        languages = list(form.languages or [])
        lang = labels_language(form, self.ctx.language)
        title = self.tr("Export with labels")
        if len(languages) > 1:
            names = [language_name(code) for code in languages]
            name, ok = QInputDialog.getItem(
                self, title, self.tr("Questions and answers in:"), names,
                languages.index(lang) if lang in languages else 0, False)
            if not ok:
                return
            lang = languages[names.index(name)]
        folder = Path(self.ctx.settings.last_folder)
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / f"{selected.form_id}-{lang or 'labels'}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.export_labelled_to(Path(path), selected.form_id, lang)

    def export_labelled_to(self, path: Path, form_id: str, lang: str | None) -> Task:
        """Every version's responses to `form_id`, labelled in `lang`, in the background; the
        headers of each response's details in the UI language."""
        from gmsdesk.services.surveys import AGENCY_HEADERS, META_HEADERS, REPEAT_HEADERS
        from gmsdesk.services.surveys import export_labelled as export

        words = {text: QCoreApplication.translate("Surveys", text)
                 for text in (*META_HEADERS, *AGENCY_HEADERS, *REPEAT_HEADERS)}

        def work(db: Any, progress: Any) -> Any:
            return export(db, form_id, path, lang=lang, all_versions=True,
                          progress=progress, translate=lambda text: words.get(text, text))

        def done(result: Any) -> None:
            self.labelled_result = result
            self.set_info(fill(self.tr("Exported %n response(s) with labels to %1.", "",
                                       result.responses),
                               ", ".join(str(f) for f in result.files)))

        def failed(exc: Exception) -> None:
            from gmsdesk.forms.export import Cancelled

            if self._closed:
                return
            if isinstance(exc, Cancelled):
                self.set_info(self.tr("Export cancelled; no file was written."))
                return
            self.set_info(self.tr("The export failed; no file was written."))
            show_error(self, exc)

        self.labelled_result = None
        self.last_task = run_task(self, self.tr("Exporting responses"), self.ctx.db_path, work,
                                  on_done=done, on_error=failed, user=self.db.user)
        return self.last_task

    # -- summary ------------------------------------------------------------------------------

    def open_summary(self, form_id: str | None = None) -> Any:
        from gmsdesk.ui.surveys.summary_view import SummaryWindow

        if form_id is None:
            form = self.selected_form()
            if form is None:
                return None
            form_id = form.form_id
        window = SummaryWindow(self.ctx, form_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Enter in a filter neither exports nor closes; the charts scroll, never the buttons.
        keep_enter_in_fields(window)
        fit_to_screen(window, 1000, 780)
        self.summary_window = window
        window.show()
        window.refresh()
        return window

    def shutdown(self) -> None:
        """Stop listening and drop late task results (the window is closing)."""
        self._closed = True
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.loader.shutdown()
        if self.renderer is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                self.renderer.close()
