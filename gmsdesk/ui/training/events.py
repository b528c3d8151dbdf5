"""Awareness events: the list beside the workshops in the Training area (filters, a sortable
table, totals at its foot, export) and the dialog that records one event.

Like the other dialogs of the area, the event dialog never writes: it checks its values with
`EventRepository.validate` and the view performs the write through the window's undo stack.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import i18n_format
from gmsdesk.records import catalog
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.events import (
    KINDS,
    Event,
    EventFilter,
    EventTotals,
    export_events,
    export_strings,
)
from gmsdesk.storage.records import Change
from gmsdesk.text import fold
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import (
    agency_label,
    agency_names,
    country_label,
    current_language,
    format_count,
    local_digits,
    province_label,
)
from gmsdesk.ui.settings import place_defaults
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.training.workshop_list import date_range
from gmsdesk.ui.undo import (
    CreateRecord,
    DeleteRecords,
    EditRecord,
    RestoreRecords,
    push,
    undo_actions,
)
from gmsdesk.ui.widgets import (
    DateEdit,
    add_action,
    fill_agency_filter,
    fit_columns_to_width,
    fit_to_screen,
    focus_first_error,
    record_table,
    show_field_errors,
    show_start,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
TABLE = catalog.EVENTS.table
# What the list shows of other tables: SME names (the details line), agency names (HQ).
LIST_TABLES = {TABLE, catalog.SMES.table, catalog.AGENCY_PROFILES.table}
DELETED = "__deleted__"  # the kind filter's entry for the deleted events
CUSTOM = "__custom__"  # the period filter's entry for dates typed
ERROR_STYLE = "color: #b3261e;"
SEARCH_DELAY_MS = 150
SME_RESULTS = 30
NUMBER_FIELDS = ("audience_female", "audience_male", "audience_other", "organisations",
                 "media_reach")
AUDIENCE_FIELDS = NUMBER_FIELDS[:3]
PLACE_FIELDS = ("province", "venue", "organiser")


def kind_label(code: str | None) -> str:
    """An event's kind in the UI language; a kind from a newer version as its code."""
    label = catalog.EVENT_KINDS.get(code or "")
    return QCoreApplication.translate("Events", label) if label else (code or "")


def number(value: int | None) -> str:
    """A count in the UI language's way of writing numbers; empty when none was recorded."""
    return "" if value is None else format_count(int(value))


def place(event: Event) -> str:
    return ", ".join(p for p in (event.venue, province_label(event.province, event.country),
                                 country_label(event.country)) if p)


def _qdate(iso: str | None) -> QDate:
    date = QDate.fromString((iso or "")[:10], Qt.DateFormat.ISODate)
    return date if date.isValid() else QDate.currentDate()


def _iso(date: QDate) -> str:
    return date.toString(Qt.DateFormat.ISODate)


# -- the list --------------------------------------------------------------------------------


class EventTableModel(QAbstractTableModel):
    """Events as plain rows; sorted through SORT_ROLE (dates by day, counts as numbers)."""

    COLUMNS = ("kind", "title", "dates", "place", "women", "men", "audience",
               "organisations", "media_reach")
    NUMBERS: ClassVar[dict[str, str]] = {
        "women": "audience_female", "men": "audience_male", "organisations": "organisations",
        "media_reach": "media_reach"}
    TEXTS = ("kind", "title", "dates", "place", "agency")

    def __init__(self, parent: QObject | None = None, *, agency_column: bool = False) -> None:
        super().__init__(parent)
        self.rows: list[Event] = []
        self.columns: tuple[str, ...] = (*self.COLUMNS, "agency") if agency_column \
            else self.COLUMNS
        self.agency_names: dict[str, str] = {}

    def column(self, name: str) -> int:
        return self.columns.index(name) if name in self.columns else -1

    def set_rows(self, rows: Sequence[Event]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, event_id: str) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, event: Event, column: str) -> int | None:
        if column == "audience":
            return event.audience
        value = getattr(event, self.NUMBERS[column])
        return value if isinstance(value, int) else None

    def _text(self, event: Event, column: str) -> str:
        if column == "kind":
            return kind_label(event.kind)
        if column == "title":
            return event.title
        if column == "dates":
            return date_range(event.held_on, event.end_on)
        if column == "place":
            return place(event)
        if column == "agency":
            return agency_label(event.agency_id, self.agency_names)
        return number(self._value(event, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(event, column)
        if role == SORT_ROLE:
            if column == "dates":
                return event.held_on
            if column not in self.TEXTS:
                return self._value(event, column) or 0
            return fold(self._text(event, column))
        if role == ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in self.TEXTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in self.TEXTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"kind": self.tr("Kind"), "title": self.tr("Event"), "dates": self.tr("Dates"),
                "place": self.tr("Place"), "women": self.tr("Women"), "men": self.tr("Men"),
                "audience": self.tr("Audience"), "organisations": self.tr("Organisations"),
                "media_reach": self.tr("Media reach"), "agency": self.tr("Agency")}[column]


class EventsView(QWidget):
    """The awareness events of this laptop (every agency's on a headquarters laptop)."""

    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("events_view")
        self.ctx = ctx
        self.db: Database = ctx.db
        self.undo_stack = undo_stack  # the window's
        self.dialog: EventDialog | None = None
        self.last_task: Task | None = None
        self.hq = bool(self.db.is_hq)
        self.totals = EventTotals()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = add_action(self, self.tr("New event"), QKeySequence.StandardKey.New,
                                     self.new_event, "action_new_event")
        self.edit_action = add_action(self, self.tr("Edit…"), None, self.edit_selected,
                                      "action_edit_event")
        self.delete_action = add_action(self, self.tr("Delete"),
                                        QKeySequence.StandardKey.Delete, self.delete_selected,
                                        "action_delete_event")
        self.restore_action = add_action(self, self.tr("Restore"), None, self.restore_selected,
                                         "action_restore_event")
        self.export_action = add_action(self, self.tr("Export…"), None, self.choose_export,
                                        "action_export_events")
        # Ctrl+Z belongs to the window; these are the toolbar's buttons.
        self.undo_action, self.redo_action = undo_actions(undo_stack, self, shortcuts=False)
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.restore_action, self.export_action, self.undo_action,
                       self.redo_action):
            self.toolbar.addAction(action)

        self._build_filters()
        self.model = EventTableModel(self, agency_column=self.hq)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self.proxy, "event_table", self, sortable=True)
        self.table.sortByColumn(self.model.column("dates"), Qt.SortOrder.DescendingOrder)
        self._fit_columns()
        self.table.activated.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

        self.details = QLabel(self)
        self.details.setObjectName("event_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("event_totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.totals_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.totals_label.setMargin(6)
        self.info = QLabel(self)
        self.info.setObjectName("event_info")
        self.info.setWordWrap(True)
        self.empty_label = QLabel(self.tr(
            "No awareness events yet. Press Ctrl+N to record a road show, media campaign, "
            "launch, consultation or seminar: who came, how many women and men, and the "
            "SMEs it reached."), self)
        self.empty_label.setObjectName("event_empty")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.info)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    def _fit_columns(self) -> None:
        """The title keeps its width (`widgets.fit_columns_to_width`) and the other columns
        give way for it at 1366 px, in every language and with the agency column of a
        headquarters laptop: long places and agency names lose their middle (the end that
        tells them apart stays), whole in their tooltip; counts stay whole, at least a
        six-digit number wide; dates stay whole."""
        text = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        counts = {self.model.column(name): text.horizontalAdvance(number(88_888)) + pad
                  for name in self.model.columns if name not in EventTableModel.TEXTS}
        fit_columns_to_width(self.table, self.model.column("title"), least=counts,
                             whole=[*counts, self.model.column("dates")])

    # -- filters --------------------------------------------------------------------------

    def _combo(self, name: str, label: str, first: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.addItem(first, None)
        return combo

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("event_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, organiser, venue…"))
        self.kind_filter = self._combo("event_kind_filter", self.tr("Kind"),
                                       self.tr("Any kind"))
        for code in KINDS:
            self.kind_filter.addItem(kind_label(code), code)
        self.kind_filter.addItem(self.tr("Deleted events"), DELETED)
        self.country_filter = self._combo("event_country_filter", self.tr("Economy"),
                                          self.tr("Any economy"))
        for code in catalog.COUNTRIES:
            self.country_filter.addItem(country_label(code), code)
        self.province_filter = self._combo("event_province_filter", self.tr("Province"),
                                           self.tr("Any province"))
        self.province_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.province_filter.setMaximumWidth(200)
        self.period_filter = self._combo("event_period_filter", self.tr("Period"),
                                         self.tr("Any time"))
        self.from_edit = DateEdit(self)
        self.from_edit.setObjectName("event_from")
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit = DateEdit(self)
        self.to_edit.setObjectName("event_to")
        self.to_edit.setAccessibleName(self.tr("To"))
        today = QDate.currentDate()
        self.from_edit.setDate(QDate(today.year(), 1, 1))
        self.to_edit.setDate(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.hide()
            edit.dateChanged.connect(lambda _: self.reload())
        self.agency_filter: QComboBox | None = None
        if self.hq:
            self.agency_filter = self._combo("event_agency_filter", self.tr("Agency"),
                                             self.tr("All agencies"))
            self.agency_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.agency_filter.setMaximumWidth(220)  # a long name is elided
        self._fill_periods([])

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_first)
        for combo in (self.kind_filter, self.country_filter, self.province_filter,
                      self.agency_filter):
            if combo is not None:
                combo.currentIndexChanged.connect(lambda _: self.reload())
        self.period_filter.currentIndexChanged.connect(lambda _: self._period_changed())

        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        for widget in (self.kind_filter, self.period_filter, self.from_edit, self.to_edit,
                       self.country_filter, self.province_filter, self.agency_filter):
            if widget is not None:
                self.filters.addWidget(widget)

    def _fill_periods(self, years: Sequence[int]) -> None:
        """Any time, this and last quarter, each year that has events, and dates typed; the
        period chosen stays chosen."""
        combo = self.period_filter
        chosen = combo.currentData()
        periods: list[tuple[str, str | None]] = [
            (self.tr("Any time"), None), (self.tr("This quarter"), "quarter"),
            (self.tr("Last quarter"), "last_quarter")]
        for year in sorted({QDate.currentDate().year(), *years}, reverse=True):
            periods.append((i18n_format.format_year(current_language(), year), str(year)))
        periods.append((self.tr("Dates…"), CUSTOM))
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in periods:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        finally:
            combo.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period_filter.currentData() == CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.reload()
        if custom:
            self.from_edit.setFocus()

    @property
    def showing_deleted(self) -> bool:
        return bool(self.kind_filter.currentData() == DELETED)

    def period(self) -> tuple[str | None, str | None]:
        """The first and last day of the period chosen (None: no limit)."""
        period = self.period_filter.currentData()
        if period == CUSTOM:
            return _iso(self.from_edit.date()), _iso(self.to_edit.date())
        if period in ("quarter", "last_quarter"):
            today = QDate.currentDate()
            first = QDate(today.year(), 3 * ((today.month() - 1) // 3) + 1, 1)
            if period == "last_quarter":
                first = first.addMonths(-3)
            return _iso(first), _iso(first.addMonths(3).addDays(-1))
        if period and str(period).isdigit():
            return f"{period}-01-01", f"{period}-12-31"
        return None, None

    def current_filter(self) -> EventFilter:
        kind = self.kind_filter.currentData()
        start, end = self.period()
        return EventFilter(
            kind=None if kind == DELETED else kind, start=start, end=end,
            country=self.country_filter.currentData(),
            province=self.province_filter.currentData(),
            agency=self.agency_filter.currentData() if self.agency_filter is not None else None,
            text=self.search.text(), deleted=self.showing_deleted)

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again (filters' choices, rows, totals); the selected event stays
        selected."""
        self._search_timer.stop()
        current = self.selected_id()
        everything = self.db.events.query(EventFilter())
        self._fill_choices(everything)
        rows = self.db.events.query(self.current_filter())
        self.model.set_rows(rows)
        self.totals = EventTotals.of(rows)
        self._show_totals()
        deleted = self.showing_deleted
        self.delete_action.setVisible(not deleted)
        self.restore_action.setVisible(deleted)
        self.export_action.setEnabled(bool(rows))
        self.empty_label.setVisible(not everything and not deleted)
        if current:
            self.select_id(current)
        self._show_details()

    def _fill_choices(self, everything: Sequence[Event]) -> None:
        """The provinces and years events have, and on a headquarters laptop the agencies'
        names and those that have events; what is chosen stays chosen."""
        self._fill_periods(sorted({int(e.held_on[:4]) for e in everything
                                   if e.held_on[:4].isdigit()}))
        combo = self.province_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            country = self.country_filter.currentData()
            for province in self.db.events.provinces(country):
                combo.addItem(province_label(province, country), province)
            index = combo.findData(chosen) if chosen else 0
            if index < 0:  # chosen, though no event is there now: kept, to be seen
                combo.addItem(province_label(chosen, country), chosen)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        finally:
            combo.blockSignals(False)
        if self.hq:
            names = agency_names(self.db)
            self.model.agency_names = names
            if self.agency_filter is not None:
                fill_agency_filter(self.agency_filter, names,
                                   self.db.agencies.codes_in_use(TABLE))

    def _show_totals(self) -> None:
        """The foot of the list: what the events shown add up to (bold numbers; a screen
        reader hears the same line)."""
        t = self.totals

        def fill(text: str, *values: int) -> tuple[str, str]:
            rich, plain = html.escape(text), text
            for i, value in enumerate(values, 1):
                rich = rich.replace(f"%{i}", f"<b>{number(value)}</b>")
                plain = plain.replace(f"%{i}", number(value))
            return rich, plain

        parts = [
            fill(self.tr("%n event(s)", "", t.events).replace(str(t.events), "%1", 1),
                 t.events),
            fill(self.tr("audience %1: %2 women, %3 men, %4 other or not recorded"),
                 t.audience, t.female, t.male, t.other),
            fill(self.tr("%1 organisations"), t.organisations),
            fill(self.tr("media reach %1"), t.media_reach),
        ]
        self.totals_label.setText(" · ".join(rich for rich, _ in parts))
        self.totals_label.setAccessibleName(" · ".join(plain for _, plain in parts))

    def _show_details(self) -> None:
        """The selected event's organiser, SMEs reached and notes, under the table."""
        event_id = self.selected_id()
        if not event_id:
            self.details.clear()
            self.details.hide()
            return
        event = self.db.events.get(event_id)
        lines = []
        if event.organiser:
            lines.append(self.tr("Organiser: %1").replace("%1", html.escape(event.organiser)))
        if event.sme_ids:
            names = [s.name for s in self.db.events.linked_smes(event_id)]
            lines.append(self.tr("SMEs reached (%1): %2").replace("%1", number(len(names)))
                         .replace("%2", html.escape(", ".join(names))))
        if event.notes:
            lines.append(html.escape(event.notes.splitlines()[0]))
        self.details.setText("<br>".join(lines))
        self.details.setVisible(bool(lines))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        event = self.model.event_at(self.proxy.mapToSource(rows[0]).row())
        return event.id if event is not None else None

    def select_id(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # -- editing --------------------------------------------------------------------------

    def new_event(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        event_id = self.selected_id()
        if event_id and not self.showing_deleted:
            self._open_dialog(event_id)

    def _open_dialog(self, event_id: str | None) -> None:
        event = self.db.events.get(event_id) if event_id else None
        dialog = EventDialog(self.db, event, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(event_id, dialog.values()))
        self.dialog = dialog
        dialog.open()

    def _save(self, event_id: str | None, values: dict[str, Any]) -> None:
        try:
            cleaned = self.db.events.clean(values)
        except StorageError as exc:  # the dialog checked them: only a race gets here
            show_error(self, exc)
            return
        title = cleaned["title"]
        command: CreateRecord | EditRecord
        if event_id is None:
            command = CreateRecord(self.db, self.ctx.bus, TABLE, cleaned,
                                   self.tr("add “%1”").replace("%1", title))
        else:
            command = EditRecord.of(self.db, self.ctx.bus, TABLE, event_id, cleaned,
                                    self.tr("edit “%1”").replace("%1", title))
            if not command.after:
                return  # nothing changed: no step to undo
        if push(self.undo_stack, command, self):
            made = command.record_id
            if made:
                self.select_id(made)
            self.table.setFocus()
            self.info.setText(self.tr("“%1” saved. Undo with Ctrl+Z.").replace("%1", title))

    def delete_selected(self) -> None:
        event_id = self.selected_id()
        if event_id and not self.showing_deleted:
            title = self.db.events.get(event_id).title
            if push(self.undo_stack, DeleteRecords(
                    self.db, self.ctx.bus, TABLE, [event_id],
                    self.tr("delete “%1”").replace("%1", title)), self):
                self.info.setText(self.tr(
                    "“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.")
                    .replace("%1", title))

    def restore_selected(self) -> None:
        event_id = self.selected_id()
        if event_id and self.showing_deleted:
            title = self.db.events.get(event_id).title
            push(self.undo_stack, RestoreRecords(
                self.db, self.ctx.bus, TABLE, [event_id],
                self.tr("restore “%1”").replace("%1", title)), self)

    # -- export ---------------------------------------------------------------------------

    def choose_export(self) -> None:
        xlsx, csv_filter = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export events"),
            str(Path(self.ctx.settings.last_folder) / "events.xlsx"),
            f"{xlsx};;{csv_filter}")
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".csv", ".xlsx"):
                target = target.with_name(target.name + (".csv" if chosen == csv_filter
                                                         else ".xlsx"))
            self.ctx.settings.last_folder = str(target.parent)
            self.export_to(target)

    def export_to(self, path: Path) -> Task:
        """Export what the list shows, in the background; headers, kinds and economies in
        the UI language (translated here, on the UI thread)."""
        filters = self.current_filter()
        words = {key: QCoreApplication.translate(*key) for key in export_strings()}
        names = agency_names(self.db) if self.hq else None

        def done(count: int) -> None:
            self.info.setText(local_digits(self.tr("Exported %n event(s) to %1.", "", count))
                              .replace("%1", str(path)))

        def failed(exc: Exception) -> None:
            self.info.setText(self.tr("The export failed; no file was written."))
            show_error(self, exc)

        self.last_task = run_task(
            self, self.tr("Exporting events"), self.db.path,
            lambda db, _progress: export_events(
                db, path, filters, translate=lambda c, t: words.get((c, t), t),
                agency_names=names),
            on_done=done, on_error=failed, user=self.db.user)
        return self.last_task

    # -- refresh --------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in LIST_TABLES or c.op == "reload" for c in changes):
            self.reload()

    def shutdown(self) -> None:
        self.ctx.bus.changes_applied.disconnect(self._on_changes)


# -- the dialog ------------------------------------------------------------------------------


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class EventDialog(QDialog):
    """New event (`event` None) or edit. Enter saves, only a valid event; each problem shows
    under its field. Esc, with something typed, asks before it drops it. The SMEs reached are
    found by typing (the registry's search) and taken with Enter."""

    def __init__(self, db: Database, event: Event | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record = event  # None for a new one
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._order: list[str] = []
        self._validated_once = False
        self.sme_names: dict[str, str] = {}
        self._build()
        self._load(event)
        self._initial = self.values()
        self._connect_edits()
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self._save)
        self._fit_to_screen()
        (self.title_edit if event else self.kind_combo).setFocus()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("event_kind")
        if self.record is None:
            self.kind_combo.addItem("", None)  # chosen on purpose, never by default
        for code in KINDS:
            self.kind_combo.addItem(kind_label(code), code)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("event_title")
        self.start_edit = DateEdit()
        self.start_edit.setObjectName("event_held_on")
        self.end_edit = DateEdit()
        self.end_edit.setObjectName("event_end_on")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.days_label = QLabel()
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("event_country")
        self.country_combo.addItem("", None)
        for code in catalog.COUNTRIES:
            self.country_combo.addItem(country_label(code), code)
        self.lines = {name: QLineEdit() for name in (*PLACE_FIELDS, *NUMBER_FIELDS)}
        for name, line_edit in self.lines.items():
            line_edit.setObjectName(f"event_{name}")
        for name in NUMBER_FIELDS:
            self.lines[name].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.lines[name].setMaximumWidth(140)
        self.lines["media_reach"].setToolTip(self.tr(
            "Listeners, viewers or readers the media reached"))
        provinces = sorted({*self.db.events.provinces(), *self.db.smes.provinces()}, key=fold)
        completer = QCompleter(QStringListModel(provinces, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lines["province"].setCompleter(completer)
        self.total_label = QLabel()
        self.total_label.setObjectName("event_audience_total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setMaximumWidth(140)  # under the counts it adds up
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("event_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(48)
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Ignored)

        what = QFormLayout()
        what.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(what, self.tr("&Kind:"), "kind", self.kind_combo)
        self._row(what, self.tr("&Title:"), "title", self.title_edit)
        # The first and the last day on a line, their messages underneath, full width.
        dates = QWidget()
        dates.setObjectName("event_dates")
        column = QVBoxLayout(dates)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.start_edit)
        line.addWidget(QLabel("–"))
        line.addWidget(self.end_edit)
        line.addWidget(self.days_label, 1)
        column.addLayout(line)
        for name, edit in (("held_on", self.start_edit), ("end_on", self.end_edit)):
            self.editors[name] = edit
            self._order.append(name)
            self.error_labels[name] = _error_label(name)
            column.addWidget(self.error_labels[name])
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        label = QLabel(self.tr("&Dates:"))
        label.setBuddy(self.start_edit)
        what.addRow(label, dates)
        self._row(what, self.tr("&Economy:"), "country", self.country_combo)
        self._row(what, self.tr("&Province:"), "province", self.lines["province"])
        self._row(what, self.tr("&Venue:"), "venue", self.lines["venue"])
        self._row(what, self.tr("&Organiser:"), "organiser", self.lines["organiser"])

        audience = QGroupBox(self.tr("Who came"))
        grid = QGridLayout(audience)
        rows = (("audience_female", self.tr("&Women:")), ("audience_male", self.tr("&Men:")),
                ("audience_other", self.tr("Ot&her or not recorded:")),
                ("organisations", self.tr("Or&ganisations represented:")),
                ("media_reach", self.tr("Media &reach:")))
        for index, (name, text) in enumerate(rows):
            i = index + (index >= len(AUDIENCE_FIELDS))  # the total after the audience
            row_label = QLabel(text)
            row_label.setBuddy(self.lines[name])
            # As tall as its field and at the top: level with it when a message shows.
            row_label.setMinimumHeight(self.lines[name].sizeHint().height())
            self.lines[name].setAccessibleName(text.replace("&", "").rstrip(":"))
            grid.addWidget(row_label, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._with_error(name, self.lines[name]), i, 1)
            self.error_labels[name].setWordWrap(False)  # one line beside the narrow field
        grid.addWidget(QLabel(self.tr("In all:")), len(AUDIENCE_FIELDS), 0)
        grid.addWidget(self.total_label, len(AUDIENCE_FIELDS), 1)
        grid.setColumnStretch(2, 1)

        notes = QGroupBox(self.tr("&Notes"))
        QVBoxLayout(notes).addWidget(self._with_error("notes", self.notes_edit))
        notes.setFocusProxy(self.notes_edit)

        left = QVBoxLayout()
        left.addLayout(what)
        left.addWidget(audience)
        left.addWidget(notes, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self._smes_box(), 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for button in self._push_buttons():
            button.setAutoDefault(False)
        # The fields scroll, the buttons stay: in Burmese the two columns are taller than a
        # 1366x768 laptop's screen.
        self._fields = QWidget()
        self._fields.setObjectName("event_fields")
        columns.setContentsMargins(0, 0, 0, 0)
        self._fields.setLayout(columns)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("event_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self._fields)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.scroll_area, 1)
        self._outer.addWidget(self.buttons)
        self._tab_order()

    def _smes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SMEs reached"))
        self.sme_search = QLineEdit()
        self.sme_search.setObjectName("event_sme_search")
        self.sme_search.setClearButtonEnabled(True)
        self.sme_search.setPlaceholderText(self.tr("Type a name or phone, then Enter"))
        self.sme_search.setAccessibleName(self.tr("Find an SME"))
        self.sme_search.installEventFilter(self)
        self.sme_results = QListWidget()
        self.sme_results.setObjectName("event_sme_results")
        self.sme_results.setAccessibleName(self.tr("SMEs found"))
        self.sme_results.installEventFilter(self)
        self.sme_results.itemDoubleClicked.connect(lambda _: self.take_sme())
        self.sme_list = QListWidget()
        self.sme_list.setObjectName("event_smes")
        self.sme_list.setAccessibleName(self.tr("SMEs reached"))
        self.sme_list.installEventFilter(self)
        self.remove_sme_button = QPushButton(self.tr("Re&move"))
        self.remove_sme_button.setObjectName("event_remove_sme")
        self.remove_sme_button.setToolTip(self.tr("Remove the SME chosen (Del)"))
        self.remove_sme_button.clicked.connect(self.remove_sme)
        self.sme_count = QLabel()
        self._sme_timer = QTimer(self)
        self._sme_timer.setSingleShot(True)
        self._sme_timer.setInterval(SEARCH_DELAY_MS)
        self._sme_timer.timeout.connect(self.search_smes)
        self.sme_search.textChanged.connect(lambda _: self._sme_timer.start())
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.sme_search)
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.sme_search, 1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.sme_count, 1)
        chosen.addWidget(self.remove_sme_button)
        layout = QVBoxLayout(box)
        layout.addLayout(search)
        layout.addWidget(self.sme_results, 2)
        layout.addLayout(chosen)
        layout.addWidget(self._with_error("sme_ids", self.sme_list), 3)
        return box

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its (hidden until needed) message underneath."""
        self.editors[name] = widget
        self._order.append(name)
        self.error_labels[name] = error = _error_label(name)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        return holder

    def _row(self, form: QFormLayout, text: str, name: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, self._with_error(name, widget))

    def _tab_order(self) -> None:
        order: list[QWidget] = [
            self.kind_combo, self.title_edit, self.start_edit, self.end_edit,
            self.country_combo, *(self.lines[n] for n in (*PLACE_FIELDS, *NUMBER_FIELDS)),
            self.notes_edit, self.sme_search, self.sme_results, self.sme_list,
            self.remove_sme_button, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        """Both columns side by side, as tall as the fields need where the screen has room:
        on a 1366x768 laptop in Burmese they scroll, the buttons stay in view."""
        margins = self._outer.contentsMargins()
        needed = (self._fields.sizeHint().height() + self._outer.spacing()
                  + self.buttons.sizeHint().height() + margins.top() + margins.bottom())
        fit_to_screen(self, 960, max(620, needed))

    def _push_buttons(self) -> list[QPushButton]:
        return [self.save_button, self.cancel_button, self.remove_sme_button]

    # -- values ---------------------------------------------------------------------------

    def _load(self, event: Event | None) -> None:
        today = QDate.currentDate()
        if event is None:
            self.start_edit.setDate(today)
            self.end_edit.setDate(today)
            # In the agency's economy and province (chosen at the first start).
            place = place_defaults(self.db.path.parent)
            self.country_combo.setCurrentIndex(
                max(self.country_combo.findData(place.get("country")), 0))
            self.lines["province"].setText(place.get("province", ""))
        else:
            index = self.kind_combo.findData(event.kind)
            if index < 0:  # a kind this version does not know: shown, not lost
                self.kind_combo.addItem(event.kind, event.kind)
                index = self.kind_combo.count() - 1
            self.kind_combo.setCurrentIndex(index)
            self.title_edit.setText(event.title)
            self.start_edit.setDate(_qdate(event.held_on))
            self.end_edit.setDate(_qdate(event.end_on or event.held_on))
            index = self.country_combo.findData(event.country) if event.country else 0
            if index < 0:
                self.country_combo.addItem(str(event.country), event.country)
                index = self.country_combo.count() - 1
            self.country_combo.setCurrentIndex(index)
            for name in (*PLACE_FIELDS, *NUMBER_FIELDS):
                value = getattr(event, name)
                self.lines[name].setText("" if value is None else str(value))
            self.notes_edit.setPlainText(event.notes or "")
            self.sme_names = {s.id: s.name for s in self.db.events.linked_smes(event.id)}
            for sme_id in event.sme_ids:
                self._add_chosen(sme_id, self.sme_names.get(sme_id, sme_id))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        # A long title or venue shows its start, when Tab brings the focus to it too.
        show_start(self.title_edit, *(self.lines[name] for name in PLACE_FIELDS))
        self._show_days()
        self._show_total()
        self._show_sme_count()

    def chosen_smes(self) -> list[str]:
        return [str(self.sme_list.item(i).data(ID_ROLE)) for i in range(self.sme_list.count())]

    def values(self) -> dict[str, Any]:
        """What the dialog holds, as `EventRepository.clean` takes it: counts as typed (the
        repository reads "1,200"), no last day for a one-day event."""
        start, end = self.start_edit.date(), self.end_edit.date()
        out: dict[str, Any] = {
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text().strip(),
            "held_on": _iso(start),
            "end_on": None if end == start else _iso(end),
            "country": self.country_combo.currentData(),
            "sme_ids": self.chosen_smes(),
            "notes": self.notes_edit.toPlainText().strip() or None,
        }
        for name in (*PLACE_FIELDS, *NUMBER_FIELDS):
            out[name] = self.lines[name].text().strip() or None
        return out

    def is_modified(self) -> bool:
        return self.values() != self._initial

    # -- checking -------------------------------------------------------------------------

    def _connect_edits(self) -> None:
        for widget in (self.title_edit, *self.lines.values()):
            widget.textChanged.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        for combo in (self.kind_combo, self.country_combo):
            combo.currentIndexChanged.connect(self._edited)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(lambda _: self._end_changed())
        for name in AUDIENCE_FIELDS:
            self.lines[name].textChanged.connect(lambda _: self._show_total())

    def _start_changed(self, date: QDate) -> None:
        if self.end_edit.date() < date:
            self.end_edit.setDate(date)
        self._show_days()
        self._edited()

    def _end_changed(self) -> None:
        self._show_days()
        self._edited()

    def _edited(self) -> None:
        if self._validated_once:
            self.validate()

    def _show_days(self) -> None:
        days = self.start_edit.date().daysTo(self.end_edit.date()) + 1
        self.days_label.setText(local_digits(self.tr("%n day(s)", "", days)) if days > 1 else "")

    def _show_total(self) -> None:
        total = 0
        for name in AUDIENCE_FIELDS:
            text = self.lines[name].text().strip().replace(",", "")
            total += int(text) if text.isdigit() else 0
        self.total_label.setText(number(total))

    def validate(self) -> dict[str, str]:
        """Show each problem under its field, in the UI language; returns them (English)."""
        errors = self.db.events.validate(self.values())
        show_field_errors(errors, self.error_labels, self.editors)
        return errors

    def _save(self) -> None:
        errors = self.validate()
        if errors:
            self._validated_once = True
            focus_first_error(errors, self._order, self.editors, self.scroll_area,
                              self.error_labels)
            return
        self.accept()

    # -- SMEs -----------------------------------------------------------------------------

    def search_smes(self) -> None:
        """SMEs matching what is typed (the registry's search); the best one highlighted."""
        self._sme_timer.stop()
        text = self.sme_search.text().strip()
        self.sme_results.clear()
        if not text:
            return
        chosen = set(self.chosen_smes())
        for sme in self.db.smes.search(text, limit=SME_RESULTS):
            parts = [sme.name]
            if sme.name_local and sme.name_local != sme.name:
                parts.append(sme.name_local)
            where = province_label(sme.province, sme.country) or country_label(sme.country)
            label = " · ".join([*parts, *([where] if where else [])])
            if sme.id in chosen:
                label += "  " + self.tr("(chosen)")
            item = QListWidgetItem(label, self.sme_results)
            item.setData(ID_ROLE, sme.id)
            self.sme_names[sme.id] = sme.name or sme.name_local or ""
        if self.sme_results.count():
            self.sme_results.setCurrentRow(0)

    def take_sme(self) -> None:
        """Add the SME highlighted in the results; the search is cleared for the next."""
        if self._sme_timer.isActive():
            self.search_smes()
        item = self.sme_results.currentItem()
        if item is None:
            return
        sme_id = str(item.data(ID_ROLE))
        if sme_id not in self.chosen_smes():
            self._add_chosen(sme_id, self.sme_names.get(sme_id, item.text()))
            self._show_sme_count()
            self._edited()
        self.sme_search.clear()
        self.sme_results.clear()
        self.sme_search.setFocus()

    def _add_chosen(self, sme_id: str, name: str) -> None:
        item = QListWidgetItem(name, self.sme_list)
        item.setData(ID_ROLE, sme_id)

    def remove_sme(self) -> None:
        row = self.sme_list.currentRow()
        if row < 0:
            return
        self.sme_list.takeItem(row)
        self._show_sme_count()
        self._edited()
        if self.sme_list.count():
            self.sme_list.setCurrentRow(min(row, self.sme_list.count() - 1))
            self.sme_list.setFocus()
        else:
            self.sme_search.setFocus()

    def _show_sme_count(self) -> None:
        count = self.sme_list.count()
        self.sme_count.setText(local_digits(self.tr("%n SME(s) chosen", "", count)))
        self.remove_sme_button.setEnabled(count > 0)

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the SME search, Up and Down move through the results and Enter takes the one
        highlighted (as Enter on the results does); Enter on the chosen list does nothing
        (it is no "save"), Del removes one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (
                    self.sme_search, self.sme_results, self.sme_list):
                if watched is not self.sme_list:
                    self.take_sme()
                return True
            if watched is self.sme_search and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) \
                    and self.sme_results.count():
                step = -1 if key == Qt.Key.Key_Up else 1
                row = min(max(self.sme_results.currentRow() + step, 0),
                          self.sme_results.count() - 1)
                self.sme_results.setCurrentRow(row)
                return True
            if watched is self.sme_list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_sme()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for button in self._push_buttons():  # no button looks as if Enter pressed it
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves (when the event is valid), except on a button, which it presses, and in
        the SMEs (see `eventFilter`)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            focus = self.focusWidget()
            event.accept()
            if isinstance(focus, QAbstractButton):
                if focus.isEnabled():
                    focus.click()
            else:
                self._save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_modified() and QMessageBox.question(
            self, self.tr("Discard changes?"), self.tr("Discard your changes?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    def done(self, result: int) -> None:
        self._sme_timer.stop()
        super().done(result)
