"""The Training area: the workshop list (status filter, search; on a headquarters laptop, the
agency of each workshop and a filter by agency), one workshop's page, and beside the workshops
the awareness events (see `events`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import catalog
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.records import Change
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import agency_names, format_count
from gmsdesk.ui.training.dialogs import WorkshopDialog
from gmsdesk.ui.training.events import EventsView
from gmsdesk.ui.training.labels import WORKSHOP_STATUSES, workshop_status_label
from gmsdesk.ui.training.tables import MOST_WIDTH, keep_columns_fitted
from gmsdesk.ui.training.workshop_list import WorkshopFilter, WorkshopTableModel
from gmsdesk.ui.training.workshop_page import WorkshopPage
from gmsdesk.ui.undo import DeleteRecords, RestoreRecords, push, undo_actions
from gmsdesk.ui.widgets import fill_agency_filter, heading, record_table

# Agency profiles: the agency names a headquarters list shows.
LIST_TABLES = {t.table for t in (catalog.WORKSHOPS, catalog.PARTICIPANTS, catalog.PROGRESS,
                                 catalog.SESSIONS, catalog.AGENCY_PROFILES)}
DELETED = "__deleted__"  # the status filter's entry for the deleted workshops


class TrainingArea(QWidget):
    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = undo_stack  # the window's
        self.workshop_dialog: WorkshopDialog | None = None

        self.stack = QStackedWidget(self)
        # The workshops and the awareness events, a tab each, under the area's title.
        lists = QWidget(self)
        self.tabs = QTabWidget(lists)
        self.tabs.setObjectName("training_tabs")
        self.tabs.addTab(self._list_page(), self.tr("&Workshops"))
        self.events = EventsView(ctx, undo_stack, self.tabs)
        self.tabs.addTab(self.events, self.tr("Awareness &events"))
        # Ctrl+N is the area's "New workshop": on the events tab it makes an event instead.
        self.tabs.currentChanged.connect(
            lambda index: self.new_action.setEnabled(index == 0))
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(heading(self.tr("Training"), lists))
        lists_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(lists)
        self.page = WorkshopPage(ctx, undo_stack, self)
        self.back_button = QPushButton(self.tr("← All workshops"), self)
        self.back_button.setObjectName("back_to_workshops")
        self.back_button.setToolTip(self.tr("Back to the workshop list (Alt+Left)"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.show_list)
        self.page.edit_button.clicked.connect(self.edit_current)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        box.addLayout(top)
        box.addWidget(self.page, 1)
        self.stack.addWidget(holder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    # -- list -----------------------------------------------------------------------------

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        self.toolbar = QToolBar(page)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(self.tr("New workshop"), self)
        self.new_action.setObjectName("action_new_workshop")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_workshop)
        self.open_action = QAction(self.tr("Open"), self)
        self.open_action.setObjectName("action_open_workshop")
        self.open_action.triggered.connect(self.open_selected)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setObjectName("action_edit_workshop")
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setObjectName("action_delete_workshop")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action = QAction(self.tr("Restore"), self)
        self.restore_action.setObjectName("action_restore_workshop")
        self.restore_action.triggered.connect(self.restore_selected)
        # Ctrl+Z and Ctrl+Shift+Z belong to the window; these are the toolbar's buttons.
        self.undo_action, self.redo_action = undo_actions(self.undo_stack, self,
                                                          shortcuts=False)
        for action in (self.new_action, self.open_action, self.edit_action):
            self.addAction(action)
            self.toolbar.addAction(action)
        # Del acts on the list only: a workshop's page has its own keys (progress cells).
        for action in (self.delete_action, self.restore_action, self.undo_action,
                       self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
            self.toolbar.addAction(action)

        self.search = QLineEdit(page)
        self.search.setObjectName("workshop_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, venue, trainer, partner…"))
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("workshop_status_filter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for code in WORKSHOP_STATUSES:
            self.status_filter.addItem(workshop_status_label(code), code)
        self.status_filter.addItem(self.tr("Deleted workshops"), DELETED)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("workshop_count")
        # A headquarters laptop holds every agency's workshops: it names the agency of each and
        # filters by agency. An agency's laptop holds its own only, and shows neither.
        self.hq = bool(self.db.is_hq)
        self.agency_filter: QComboBox | None = None
        if self.hq:
            self.agency_filter = QComboBox(page)
            self.agency_filter.setObjectName("workshop_agency_filter")
            self.agency_filter.setAccessibleName(self.tr("Agency"))
            self.agency_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.agency_filter.addItem(self.tr("All agencies"), None)

        self.model = WorkshopTableModel(self, agency_column=self.hq)
        self.proxy = WorkshopFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, "workshop_table", page, sortable=True)
        self.table.sortByColumn(self.model.column("dates"), Qt.SortOrder.DescendingOrder)
        # Columns as wide as what they hold; the title takes the rest and, when it is still too
        # long, loses its middle, not the end that tells "…, Siem Reap" from "…, Kampot".
        # With a headquarters laptop's agency column, venues and agencies give way first.
        keep_columns_fitted(self.table, self.model.column("title"),
                            most=200 if self.hq else MOST_WIDTH)
        self.table.activated.connect(lambda _: self.open_selected())

        self.search.textChanged.connect(lambda _: self.apply_filter())
        self.status_filter.currentIndexChanged.connect(lambda _: self.reload())
        if self.agency_filter is not None:
            self.agency_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.search.returnPressed.connect(self._focus_first)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter)
        if self.agency_filter is not None:
            filters.addWidget(self.agency_filter)
        filters.addWidget(self.count_label)
        self.empty_label = QLabel(self.tr(
            "No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, "
            "venue and trainers."), page)
        self.empty_label.setObjectName("workshop_empty")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        return page

    def reload(self) -> None:
        current = self.selected_id()
        deleted = self.showing_deleted
        if self.hq:
            self._load_agencies()
        self.model.set_rows(self.db.training.workshops(deleted=deleted))
        self.apply_filter()
        self.delete_action.setVisible(not deleted)
        self.restore_action.setVisible(deleted)
        if current:
            self.select_id(current)

    def _load_agencies(self) -> None:
        """The agencies' names (for the column) and the agency filter's choices: the
        agencies that have workshops here, by name; the one chosen stays chosen."""
        names = agency_names(self.db)
        self.model.set_agency_names(names)
        combo = self.agency_filter
        if combo is None:
            return
        fill_agency_filter(combo, names,
                           self.db.agencies.codes_in_use(catalog.WORKSHOPS.table))

    @property
    def showing_deleted(self) -> bool:
        return bool(self.status_filter.currentData() == DELETED)

    def apply_filter(self) -> None:
        status = None if self.showing_deleted else self.status_filter.currentData()
        agency = self.agency_filter.currentData() if self.agency_filter is not None else None
        self.proxy.set_filter(status, self.search.text(), agency)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%n workshop(s)", "", shown) if shown == total else
                                 self.tr("%1 of %2 workshops").replace("%1", format_count(shown))
                                 .replace("%2", format_count(total)))
        self.empty_label.setVisible(total == 0)

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.workshop_at(self.proxy.mapToSource(rows[0]).row())
        return str(record.id) if record is not None else None

    def select_id(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    # -- pages ----------------------------------------------------------------------------

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def open_workshop(self, workshop_id: str, tab: int | None = None) -> WorkshopPage:
        self.page.set_workshop(workshop_id)
        self.stack.setCurrentIndex(1)
        if tab is not None:
            self.page.tabs.setCurrentIndex(tab)
        return self.page

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id:
            self.open_workshop(workshop_id)

    # -- editing --------------------------------------------------------------------------

    def new_workshop(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id:
            self._open_dialog(workshop_id)

    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id and not self.showing_deleted:
            title = self.db.training.workshop(workshop_id).title
            # Only the workshop is tombstoned: its people, attendance and progress stay, and
            # are there again when it comes back.
            if push(self.undo_stack, DeleteRecords(
                    self.db, self.ctx.bus, catalog.WORKSHOPS.table, [workshop_id],
                    self.tr("delete “%1”").replace("%1", title)), self):
                self.count_label.setText(self.tr(
                    "“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.")
                    .replace("%1", title))

    def restore_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id and self.showing_deleted:
            title = self.db.training.workshop(workshop_id).title
            push(self.undo_stack, RestoreRecords(
                self.db, self.ctx.bus, catalog.WORKSHOPS.table, [workshop_id],
                self.tr("restore “%1”").replace("%1", title)), self)

    def edit_current(self) -> None:
        if self.page.workshop_id:
            self._open_dialog(self.page.workshop_id)

    def _open_dialog(self, workshop_id: str | None) -> None:
        workshop = self.db.training.workshop(workshop_id) if workshop_id else None
        dialog = WorkshopDialog(self.db, workshop, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(workshop_id, dialog.values()))
        self.workshop_dialog = dialog
        dialog.open()

    def _save(self, workshop_id: str | None, values: dict[str, Any]) -> None:
        try:
            if workshop_id is None:
                changes = self.db.training.create_workshop(values)
                workshop_id = changes[0].record_id
            else:
                changes = self.db.training.update_workshop(workshop_id, values)
        except StorageError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(changes)
        if workshop_id:
            self.select_id(workshop_id)
            self.open_workshop(workshop_id)

    # -- refresh --------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in LIST_TABLES or c.op == "reload" for c in changes):
            self.reload()
        if self.stack.currentIndex() == 1:
            self.page.apply_changes(changes)

    def shutdown(self) -> None:
        """Stop listening (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.events.shutdown()
