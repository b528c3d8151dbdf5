"""The SMEs area: search-as-you-type list with filters, form, undoable delete, import, export;
beside it, in tabs, the services delivered and the inquiries received across the SMEs.

On a headquarters laptop, which holds every agency's SMEs, the list names the agency of each
and filters by agency; an agency's laptop holds its own only, and shows neither."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import transfer
from gmsdesk.records.catalog import AGENCY_PROFILES, SMES
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.records import Change
from gmsdesk.storage.smes import COUNTRIES, ICT_LEVELS, SmeQuery
from gmsdesk.ui.backups import after_backup
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import (
    agency_names,
    country_label,
    current_language,
    format_count,
    ict_level_label,
    local_digits,
    province_label,
    sector_label,
)
from gmsdesk.ui.smes.activity_list import LazyTab
from gmsdesk.ui.smes.inquiries_view import InquiriesView
from gmsdesk.ui.smes.list_model import SmeTableModel
from gmsdesk.ui.smes.services_view import ServicesView
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.undo import (
    CreateRecord,
    DeleteRecords,
    EditRecord,
    RestoreRecords,
    push,
    undo_actions,
)
from gmsdesk.ui.widgets import (
    add_action,
    fill_agency_filter,
    fit_columns_to_width,
    fit_combo,
    record_table,
    short_undo_text,
)

SEARCH_DELAY_MS = 120
REVEAL_PAGES = 5  # pages read on to find an SME just added before searching for it by name
class SmeArea(QWidget):
    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = undo_stack  # the window's
        self.form_dialog: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self.last_task: Task | None = None
        self.backup_task: Task | None = None  # the backup before deleting several SMEs
        self.hq = bool(self.db.is_hq)
        self._agency_names: dict[str, str] = agency_names(self.db) if self.hq else {}

        self.model = SmeTableModel(self.db, self,
                                   agencies=self._agency_names if self.hq else None)
        self.table = record_table(self.model, "sme_table", self, sortable=True, single=False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Every column on the screen, its header whole: the name keeps its width, the other
        # columns give way (long text cut in the middle, whole in its tooltip); the number of
        # employees and the date are never cut. Sized each to its content, ten or eleven
        # columns were wider than a laptop's list, which scrolled sideways with the last
        # header cut at the edge or, centred in a column wider than what showed of it, out
        # of sight.
        columns = self.model.columns
        header = self.table.horizontalHeader()
        fit_columns_to_width(self.table, 0, whole=(columns.index("employees_total"),
                                                   columns.index("updated_at")),
                             least={c: header.sectionSizeHint(c)
                                    for c in range(1, len(columns))})
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        # The SME list's tab; its actions' keys work only there.
        self.sme_page = QWidget(self)
        self._build_actions()
        self._build_filters()

        self.info = QLabel(self)
        self.info.setObjectName("sme_info")
        self.info_undo = QPushButton(self.tr("Undo"), self)
        self.info_undo.clicked.connect(self.undo_stack.undo)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.info_undo)
        self._set_info("")

        layout = QVBoxLayout(self.sme_page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(info_row)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sme_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sme_page, self.tr("SMEs"))
        self.services_tab = LazyTab(
            lambda parent: ServicesView(ctx, undo_stack, self.open_sme, parent), self.tabs)
        self.inquiries_tab = LazyTab(
            lambda parent: InquiriesView(ctx, undo_stack, self.open_sme, parent), self.tabs)
        self.tabs.addTab(self.services_tab, self.tr("Services"))
        self.tabs.addTab(self.inquiries_tab, self.tr("Inquiries"))
        outer = QVBoxLayout(self)
        # A margin at the window's right edge, as the other areas have: without it the count,
        # the tabs' filters and buttons and the list's scroll bar sat flush against the edge
        # of the screen, and looked cut.
        outer.setContentsMargins(0, 0, self.style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutRightMargin), 0)
        outer.addWidget(self.tabs)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.model.query_done.connect(self._show_count)
        self.model.total_estimated.connect(self._show_estimate)
        self.model.load_failed.connect(self._show_load_error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.apply_filters()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------

    def _action(self, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: Any,
                name: str) -> QAction:
        return add_action(self.sme_page, text, shortcut, slot, name)

    def _build_actions(self) -> None:
        # The toolbar first, its actions after: a widget deletes its children in order, and
        # an action deleted before the toolbar showing it takes the toolbar down with it.
        self.toolbar = QToolBar(self.sme_page)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New SME"), QKeySequence.StandardKey.New,
                                       self.new_sme, "action_new")
        self.edit_action = self._action(self.tr("Edit"), "Return", self.edit_selected,
                                        "action_edit")
        self.delete_action = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete,
                                          self.delete_selected, "action_delete")
        self.restore_action = self._action(self.tr("Restore"), None, self.restore_selected,
                                           "action_restore")
        # Ctrl+Z and Ctrl+Shift+Z belong to the window; these are the toolbar's buttons.
        self.undo_action, self.redo_action = undo_actions(self.undo_stack, self.sme_page,
                                                          shortcuts=False)
        short_undo_text(self.undo_action, self.redo_action)
        self.import_action = self._action(self.tr("Import…"), None, self.open_import,
                                          "action_import")
        self.export_action = self._action(self.tr("Export…"), None, self.choose_export,
                                          "action_export")
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.restore_action, self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.activity_action = self._action(self.tr("Training and services…"), "Ctrl+T",
                                            self.open_activity, "action_activity")
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.activity_action)
        self.focus_search_action = self._action(self.tr("Find"), QKeySequence.StandardKey.Find,
                                                lambda: self.search.setFocus(), "action_find")

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("sme_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setPlaceholderText(
            self.tr("Search name, phone, registration number, contact…"))
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_first_row)

        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("filter_sector")
        self.sector_filter.addItem(self.tr("All sectors"), None)
        for sector in self.db.smes.sectors():
            label = sector_label(sector.code) if sector.builtin else sector.label
            self.sector_filter.addItem(label, sector.code)

        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("filter_country")
        self.country_filter.addItem(self.tr("All economies"), None)
        for code in COUNTRIES:
            self.country_filter.addItem(country_label(code), code)

        self.province_filter = QComboBox(self)
        self.province_filter.setObjectName("filter_province")
        self._fill_provinces()

        self.ict_filter = QComboBox(self)
        self.ict_filter.setObjectName("filter_ict")
        self.ict_filter.addItem(self.tr("Any ICT level"), None)
        for level in range(len(ICT_LEVELS)):
            self.ict_filter.addItem(ict_level_label(level), level)

        self.agency_filter: QComboBox | None = None
        if self.hq:
            self.agency_filter = QComboBox(self)
            self.agency_filter.setObjectName("filter_agency")
            self.agency_filter.setAccessibleName(self.tr("Agency"))
            # Agency names are long: beside the search, which gives it the room it needs.
            fit_combo(self.agency_filter)
            self.agency_filter.addItem(self.tr("All agencies"), None)
            self._load_agencies()

        self.show_deleted = QCheckBox(self.tr("Deleted SMEs"), self)
        self.show_deleted.setObjectName("filter_deleted")
        self.show_deleted.setToolTip(self.tr("Show deleted SMEs, to restore them"))

        for combo in (self.sector_filter, self.province_filter, self.ict_filter,
                      self.agency_filter):
            if combo is not None:
                combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.country_filter.currentIndexChanged.connect(lambda _: self._country_changed())
        self.show_deleted.toggled.connect(lambda _: self.apply_filters())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("sme_count")
        # The search and the count on one line, the filters under them: each filter as wide as
        # its longest choice, in every language, on a 1366-pixel screen.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        if self.agency_filter is not None:
            search_row.addWidget(self.agency_filter)
        search_row.addWidget(self.show_deleted)
        search_row.addWidget(self.count_label)
        choices_row = QHBoxLayout()
        for combo in (self.sector_filter, self.country_filter, self.province_filter,
                      self.ict_filter):
            choices_row.addWidget(fit_combo(combo))
        choices_row.addStretch(1)
        self.filter_row: QVBoxLayout = QVBoxLayout()
        self.filter_row.addLayout(search_row)
        self.filter_row.addLayout(choices_row)

    def _fill_provinces(self) -> None:
        current = self.province_filter.currentData()
        self.province_filter.blockSignals(True)
        self.province_filter.clear()
        self.province_filter.addItem(self.tr("All provinces"), None)
        country = self.country_filter.currentData()
        for province in self.db.smes.provinces(country):
            self.province_filter.addItem(province_label(province, country), province)
        index = self.province_filter.findData(current)
        self.province_filter.setCurrentIndex(max(index, 0))
        self.province_filter.blockSignals(False)

    def _country_changed(self) -> None:
        self._fill_provinces()
        self.apply_filters()

    def _load_agencies(self) -> None:
        """On a headquarters laptop: the agencies' names (the Agency column) and the agency
        filter's choices, the agencies that own SMEs here, by name; the one chosen stays
        chosen."""
        names = agency_names(self.db)
        if names != self._agency_names:
            self._agency_names = names
            self.model.set_agency_names(names)
        combo = self.agency_filter
        if combo is None:
            return
        fill_agency_filter(combo, names, self.db.agencies.codes_in_use(SMES.table))

    # -- list ---------------------------------------------------------------------------------

    def current_query(self) -> SmeQuery:
        return dataclasses.replace(
            self.model.query,
            text=self.search.text(),
            sector=self.sector_filter.currentData(),
            country=self.country_filter.currentData(),
            province=self.province_filter.currentData(),
            ict_level=self.ict_filter.currentData(),
            deleted=self.show_deleted.isChecked(),
            agency=self.agency_filter.currentData() if self.agency_filter is not None else None,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._update_actions()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(local_digits(self.tr("%n SME(s)", "", total)))
        self._update_actions()

    def _show_estimate(self, at_least: int) -> None:
        """Many match: how many at least, at once, while the exact count is read."""
        self.count_label.setText(self.tr("More than %1 SMEs").replace(
            "%1", format_count(at_least)))

    def _show_load_error(self, exc: object) -> None:
        self.count_label.setText(self.tr("The list could not be loaded: %1").replace(
            "%1", str(exc)))

    def _focus_first_row(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [s.id for r in rows if (s := self.model.sme_at(r)) is not None]

    def select_id(self, sme_id: str) -> None:
        row = self.model.row_of(sme_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        deleted_view = self.show_deleted.isChecked()
        self.edit_action.setEnabled(selected and not deleted_view)
        self.delete_action.setEnabled(selected and not deleted_view and self.backup_task is None)
        self.restore_action.setEnabled(selected and deleted_view)
        self.restore_action.setVisible(deleted_view)
        self.new_action.setEnabled(not deleted_view)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == SMES.table and c.op in ("insert", "reload") for c in changes):
            self._fill_provinces()
        if self.hq and any(c.table == AGENCY_PROFILES.table or c.table == "*" or (
                c.table == SMES.table and c.op in ("insert", "reload")) for c in changes):
            chosen = self.agency_filter.currentData() if self.agency_filter else None
            self._load_agencies()
            if self.agency_filter is not None and self.agency_filter.currentData() != chosen:
                self.apply_filters()  # the agency chosen owns no SMEs any more
        self.model.apply_changes(changes)

    def _set_info(self, text: str, undo: bool = False) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))
        self.info_undo.setVisible(bool(text) and undo)

    # -- actions ------------------------------------------------------------------------------

    def new_sme(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.show_deleted.isChecked():
            self._open_form(ids[0])

    def _open_form(self, sme_id: str | None) -> None:
        from gmsdesk.ui.smes.form import SmeFormDialog

        sme = self.db.smes.get(sme_id) if sme_id else None
        dialog = SmeFormDialog(self.db, sme, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_form(sme_id, dialog.values()))
        dialog.open_existing.connect(self._open_existing)
        dialog.sector_added.connect(self.ctx.bus.publish)
        self.form_dialog = dialog
        dialog.open()

    def open_sme(self, sme_id: str) -> None:
        """An SME in its form (from the Services and Inquiries tabs too)."""
        self._open_form(sme_id)

    def _open_existing(self, sme_id: str) -> None:
        self.search.clear()
        self.apply_filters()
        QTimer.singleShot(0, lambda: self._open_form(sme_id))

    def _save_form(self, sme_id: str | None, values: dict[str, Any]) -> None:
        name = values.get("name") or values.get("name_local") or ""
        try:
            clean = self.db.smes.clean(values)
        except StorageError as exc:
            show_error(self, exc)
            return
        if sme_id is None:
            command = CreateRecord(self.db, self.ctx.bus, self.db.smes.spec, clean,
                                   self.tr("add %1").replace("%1", name))
            if push(self.undo_stack, command, self) and command.record_id:
                self._set_info(self.tr("Saved “%1”.").replace("%1", name))
                self.reveal(command.record_id, name)
        else:
            edit = EditRecord.of(self.db, self.ctx.bus, self.db.smes.spec, sme_id, clean,
                                 self.tr("edit %1").replace("%1", name))
            if edit.after and push(self.undo_stack, edit, self):
                self._set_info(self.tr("Saved “%1”.").replace("%1", name), undo=True)

    def reveal(self, sme_id: str, name: str) -> None:
        """Select an SME just added and scroll to it, once the list has read it again: found
        among the rows loaded, or a few pages on; else (the search or a filter leaves it out,
        or it is far down a long list) the list is searched for its name, filters cleared."""
        model = self.model
        pages = 0

        def look(*_args: object) -> None:
            nonlocal pages
            if model.loading:
                return  # the first rows and the count of the new query are on their way
            if model.row_of(sme_id) < 0 and model.canFetchMore() and pages < REVEAL_PAGES:
                pages += 1
                model.fetchMore()
                return
            model.query_done.disconnect(look)
            model.rowsInserted.disconnect(look)
            if model.row_of(sme_id) >= 0:
                self.select_id(sme_id)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            elif name and self.search.text() != name:
                self.show_only(name)
                self.reveal(sme_id, "")

        model.query_done.connect(look)
        model.rowsInserted.connect(look)
        look()

    def show_only(self, text: str) -> None:
        """The SMEs not deleted whose details hold `text`, whatever the filters were."""
        for combo in (self.sector_filter, self.country_filter, self.province_filter,
                      self.ict_filter, self.agency_filter):
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._fill_provinces()
        self.show_deleted.blockSignals(True)
        self.show_deleted.setChecked(False)
        self.show_deleted.blockSignals(False)
        self.search.setText(text)
        self.apply_filters()

    def delete_selected(self) -> Task | None:
        """Delete the selected SMEs (undoable). Several at once is risky work: a backup is
        made first (`after_backup`); returns its task when it runs in the background."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked() or self.backup_task is not None:
            return None
        if len(ids) == 1:
            self._delete(ids)
            return None

        def finished() -> None:
            self.backup_task = None
            self._update_actions()

        def then() -> None:
            finished()
            self._delete(ids)

        def stopped() -> None:
            finished()
            self._set_info(self.tr("Nothing was deleted: the backup made first was stopped."))

        self.delete_action.setEnabled(False)
        self.backup_task = after_backup(self, self.db, "bulk-delete", then, stopped,
                                        self.ctx.user)
        if self.backup_task is None:  # made here, or it could not be: done either way
            finished()
        else:
            self.backup_task.failed.connect(lambda _exc: finished())
        return self.backup_task

    def _delete(self, ids: list[str]) -> None:
        names = [self.db.smes.get(i).name for i in ids]
        text = (self.tr("Deleted “%1”.").replace("%1", names[0]) if len(ids) == 1
                else local_digits(self.tr("Deleted %n SME(s).", "", len(ids))))
        if push(self.undo_stack, DeleteRecords(self.db, self.ctx.bus, self.db.smes.spec, ids,
                                               self.tr("delete %n SME(s)", "", len(ids))), self):
            self._set_info(text + " " + self.tr(
                "Undo with Ctrl+Z, or find it under Deleted SMEs."), undo=True)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.show_deleted.isChecked() and push(
                self.undo_stack, RestoreRecords(self.db, self.ctx.bus, self.db.smes.spec, ids,
                                                self.tr("restore %n SME(s)", "", len(ids))),
                self):
            self._set_info(local_digits(self.tr("Restored %n SME(s).", "", len(ids))),
                           undo=True)

    def open_activity(self) -> None:
        """The selected SME's people in training, services delivered and inquiries."""
        from gmsdesk.ui.smes.activity import SmeActivityDialog

        ids = self.selected_ids()
        if not ids:
            return
        dialog = SmeActivityDialog(self.ctx, ids[0], self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.activity_dialog = dialog
        dialog.open()

    def open_import(self) -> None:
        from gmsdesk.ui.smes.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _report: self.ctx.bus.publish_reload("smes"))
        self.import_dialog = dialog
        dialog.open()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export SMEs"), str(Path(self.ctx.settings.last_folder) / "smes.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        """Export what the list shows (its search, filters and order) in the background."""
        query = self.current_query()
        language = current_language()  # of the agency names a headquarters export carries

        def done(count: int) -> None:
            if count < 0:
                self._set_info(self.tr("Export cancelled; no file was written."))
            else:
                self._set_info(local_digits(self.tr("Exported %n SME(s) to %1.", "", count))
                               .replace("%1", str(path)))

        self.last_task = run_task(
            self, self.tr("Exporting SMEs"), self.db.path,
            lambda db, progress: transfer.export_smes(db, path, query, progress, language),
            on_done=done)
        return self.last_task

    def shutdown(self) -> None:
        """Stop listening and stop the loader thread (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.model.shutdown()
        self.services_tab.shutdown()
        self.inquiries_tab.shutdown()
