"""What the Services and Inquiries tabs of the SMEs area share: a list across every SME, read
a page at a time off the UI thread (see `gmsdesk.ui.paged`), filtered on the record and on its
SME, sorted by any column, totalled for the whole filtered list, opened on its SME, exported.

The pages, the count and the totals of a list are read by one loader thread from one
connection: storage answers them all from a digest of the list that connection keeps (see
`gmsdesk.storage.activity`), so the loader's count worker is left idle.

The base class's own words are in context "ActivityList" (PySide's `self.tr` would look them
up under each subclass's name); words the SME list has already are its own ("SmeArea").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QMouseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records.catalog import AGENCY_PROFILES, COUNTRIES, SECTORS, SMES
from gmsdesk.storage.activity import ActivityQuery
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.tabular import export_table
from gmsdesk.ui.labels import (
    agency_label,
    agency_names,
    country_label,
    current_language,
    format_count,
    local_digits,
    province_label,
    sector_label,
)
from gmsdesk.ui.paged import LoaderThread, PagedTableModel, PageLoader
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.training.workshop_list import short_date
from gmsdesk.ui.widgets import (
    DateEdit,
    ItemsLabel,
    add_action,
    fill_agency_filter,
    fit_columns_to_width,
    fit_combo,
    record_table,
)

SEARCH_DELAY_MS = 120
LineRole = Qt.ItemDataRole.UserRole + 1
# The earliest date a filter can be set to; a date edit showing it means "any date".
NO_DATE = QDate(2000, 1, 1)


# -- the export (no Qt) ------------------------------------------------------------------------


# -- loading -------------------------------------------------------------------------------


class ActivityLoader(PageLoader):
    """Reads a list's pages, and its count with its totals, in the loader's thread."""

    totalled = Signal(int, object)  # generation, totals

    def read_page(self, db: Database, query: ActivityQuery, offset: int, limit: int
                  ) -> list[Any]:
        return db.activity.page(query, offset, limit)  # type: ignore[call-overload,no-any-return]

    def read_count(self, db: Database, query: ActivityQuery) -> int:
        return db.activity.count(query)

    @Slot(int, object)
    def totals(self, generation: int, query: ActivityQuery) -> None:
        if self.stale("page", generation):
            return
        try:
            totals = self._conn().activity.totals(query)  # type: ignore[call-overload]
            self.reads["totals"] += 1
            self.counted.emit(generation, totals.count, 1)
            self.totalled.emit(generation, totals)
        except Exception as exc:
            self.failed.emit(generation, "count", exc)


class ActivityLoaderThread(LoaderThread):
    """Counts and totals are asked of the loader itself (its digest answers them at once),
    once per query."""

    totalled = Signal(int, object)
    _totals = Signal(int, object)

    def __init__(self, loader: ActivityLoader, name: str, parent: QObject | None = None) -> None:
        super().__init__(loader, name, parent)
        self.asked = 0  # the latest generation whose totals were asked for
        self._totals.connect(loader.totals)
        loader.totalled.connect(self.totalled)

    def request_count(self, generation: int, query: Any) -> None:
        self.request_totals(generation, query)

    def request_totals(self, generation: int, query: Any) -> None:
        if generation != self.asked:
            self.asked = generation
            self._totals.emit(generation, query)


@dataclass(frozen=True)
class Column:
    """A column of a list: its storage sort, its header (translated), what a cell shows. Its
    width follows its header and first rows (see `widgets.fit_columns`)."""

    key: str
    header: str
    text: Callable[[Any], str]
    right: bool = False  # numbers and amounts


class ActivityModel(PagedTableModel[Any]):
    """A lazy table of a list's rows; its totals follow each query's count."""

    totals_changed = Signal(object)

    def __init__(self, db: Database, columns: Sequence[Column], query: ActivityQuery,
                 name: str, parent: QObject | None = None) -> None:
        thread = ActivityLoaderThread(ActivityLoader(db.path), name)
        super().__init__(thread, query, [c.key for c in columns], own_loader=True,
                         parent=parent)
        self.thread_ = thread
        self.columns = tuple(columns)
        self.totals: Any = None  # of the query shown, once read
        self.active = False  # reads nothing until its list is first shown
        self.thread_.totalled.connect(self._on_totalled)
        # A short first page is counted by the loader as it reads it: its totals are asked
        # for then (a longer one's with its count).
        self.query_done.connect(
            lambda _total: self.thread_.request_totals(self.generation, self.query))

    def reload(self) -> None:
        self.active = True
        self.totals = None
        super().reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.active:
            super().sort(column, order)
        elif 0 <= column < len(self.sort_keys):  # the order of the first reading
            self.query = dataclasses.replace(
                self.query, sort=self.sort_keys[column],
                descending=order == Qt.SortOrder.DescendingOrder)

    def _on_totalled(self, generation: int, totals: Any) -> None:
        if generation == self.generation:
            self.totals = totals
            self.totals_changed.emit(totals)

    def header(self, section: int) -> str:
        return self.columns[section].header

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line)
        if role == LineRole:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # what an elided cell says
            if column.key == "sme" and line.sme_name_local:
                return f"{line.sme_name} — {line.sme_name_local}"
            return column.text(line) or None
        return None


# -- widgets ---------------------------------------------------------------------------------


class OptionalDate(DateEdit):
    """A date filter that may be left open: at `NO_DATE` it says so, and its calendar opens on
    this month rather than on that date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(QCoreApplication.translate("ActivityList", "Any date"))
        self.setDate(NO_DATE)

    def iso(self) -> str | None:
        return None if self.date() == NO_DATE else self.date().toString(Qt.DateFormat.ISODate)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


@dataclass(frozen=True)
class CodeFilter:
    """A filter on a code of the record (a service's type, an inquiry's channel)."""

    field: str  # of the query
    name: str  # object name
    everything: str  # the first choice, translated
    choices: Sequence[tuple[Any, str]]  # (value, label)


class ActivityListView(QWidget):
    """A list of records across the SMEs (a subclass says which, its columns and totals)."""

    TABLE = ""  # the records listed
    changed_tables: frozenset[str] = frozenset()

    def __init__(self, ctx: Any, undo_stack: QUndoStack,
                 open_sme: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.undo_stack = undo_stack
        self.open_sme = open_sme
        self.hq = bool(self.db.is_hq)
        self.language = current_language()
        self.agency_names: dict[str, str] = (
            agency_names(self.db, self.language) if self.hq else {})
        self.sector_names = self._sector_names()
        self.last_task: Task | None = None
        self.activity_dialog: QWidget | None = None
        self._shown = False
        self._stale = True  # read the list when first shown

        self.model = ActivityModel(self.db, self.columns(), self.new_query(),
                                   f"{self.TABLE}-loader", self)
        self.table = record_table(self.model, f"{self.TABLE}_table", self, sortable=True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        # The SME's name keeps its width; the other columns give way for it (a province or a
        # service cut in the middle, a header cut), dates and amounts whole; the list scrolls
        # sideways only when even that is not enough.
        fit_columns_to_width(self.table, self.model.sort_keys.index("sme"), whole=[
            index for index, column in enumerate(self.model.columns)
            if column.right or column.key == "date"])
        self.table.doubleClicked.connect(lambda _: self.open_current())

        self._build_actions()
        self._build_filters()
        # Its lines break between its items (" · ", "; "), never inside an amount.
        self.totals_label = ItemsLabel(self)
        self.totals_label.setObjectName(f"{self.TABLE}_totals")
        self.info = QLabel(self)
        self.info.setObjectName(f"{self.TABLE}_info")
        self.info.setWordWrap(True)
        self.info.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.info)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.model.totals_changed.connect(lambda _t: self._show_totals())
        self.model.load_failed.connect(self._show_load_error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        ctx.bus.changes_applied.connect(self._on_changes)
        self._update_actions()

    # -- what a subclass says -----------------------------------------------------------------

    def new_query(self) -> ActivityQuery:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def code_filters(self) -> list[CodeFilter]:
        raise NotImplementedError

    def totals_text(self, totals: Any) -> str:
        """The totals of the list, as the foot of the list says them."""
        raise NotImplementedError

    def export_columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        """(header, value of a row) of each exported column. The values are read in the
        export's thread: they may only look things up, not translate."""
        raise NotImplementedError

    def export_title(self) -> str:
        """The file dialog's and the progress's title; the sheet's name."""
        raise NotImplementedError

    def exported_text(self, count: int, path: Path) -> str:
        raise NotImplementedError

    # -- columns and values the two lists share ----------------------------------------------

    def sme_columns(self) -> list[Column]:
        """The SME of a row (the agency's too, on a headquarters laptop)."""
        columns = [
            Column("sme", field("SME"), lambda r: r.sme_name),
            Column("country", field("Economy"), lambda r: country_label(r.country)),
            Column("province", field("Province"),
                   lambda r: province_label(r.province, r.country)),
            Column("sector", field("Sector"),
                   lambda r: self.sector_names.get(r.sector or "", r.sector or "")),
        ]
        if self.hq:
            columns.append(Column("agency", QCoreApplication.translate("SmeArea", "Agency"),
                                  lambda r: self.agency_name(r.agency_id)))
        return columns

    def sme_export_columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        countries = {code: country_label(code) for code in COUNTRIES}
        sectors = dict(self.sector_names)
        columns: list[tuple[str, Callable[[Any], Any]]] = [
            (field("SME"), lambda r: r.sme_name),
            (field("Name in local script"), lambda r: r.sme_name_local or ""),
            (field("Economy"), lambda r: countries.get(r.country or "", r.country or "")),
            (field("Province"), lambda r: province_label(r.province, r.country)),
            (field("Sector"), lambda r: sectors.get(r.sector or "", r.sector or "")),
        ]
        if self.hq:
            names = dict(self.agency_names)
            columns.append((QCoreApplication.translate("SmeArea", "Agency"),
                            lambda r: names.get(r.agency_id) or r.agency_id))
        return columns

    def number(self, value: int) -> str:
        """A count in the UI language's digits and grouping."""
        return format_count(value)

    def agency_name(self, code: str) -> str:
        return agency_label(code, self.agency_names)

    def _sector_names(self) -> dict[str, str]:
        return {s.code: sector_label(s.code) if s.builtin else s.label
                for s in self.db.smes.sectors()}

    # -- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        # The toolbar before its actions (a widget deletes its children in order: an action
        # deleted before the toolbar showing it takes the toolbar down with it).
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Enter opens the row's SME where the list has the focus (in the search box it goes
        # to the list).
        self.open_action = add_action(
            self, QCoreApplication.translate("ActivityList", "Open SME"), "Return",
            self.open_current, "action_open_sme")
        self.removeAction(self.open_action)
        self.table.addAction(self.open_action)
        self.activity_action = add_action(
            self, QCoreApplication.translate("SmeArea", "Training and services…"), "Ctrl+T",
            self.open_activity, "action_sme_activity")
        self.export_action = add_action(self, QCoreApplication.translate("SmeArea", "Export…"),
                                        None, self.choose_export, "action_export")
        self.find_action = add_action(self, QCoreApplication.translate("SmeArea", "Find"),
                                      QKeySequence.StandardKey.Find,
                                      lambda: self.search.setFocus(), "action_find")
        for action in (self.open_action, self.activity_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.TABLE}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setPlaceholderText(
            QCoreApplication.translate("ActivityList", "Search SME name…"))
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_first_row)

        self.code_combos: dict[str, QComboBox] = {}
        for spec in self.code_filters():
            combo = QComboBox(self)
            combo.setObjectName(spec.name)
            combo.addItem(spec.everything, None)
            for code, label in spec.choices:
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            self.code_combos[spec.field] = combo

        self.date_from = OptionalDate(self)
        self.date_from.setObjectName("filter_from")
        self.date_to = OptionalDate(self)
        self.date_to.setObjectName("filter_to")
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.apply_filters())
        from_label = QLabel(field("From"), self)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(field("To"), self)
        to_label.setBuddy(self.date_to)

        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("filter_country")
        self.country_filter.addItem(QCoreApplication.translate("SmeArea", "All economies"), None)
        for code in COUNTRIES:
            self.country_filter.addItem(country_label(code), code)
        self.country_filter.currentIndexChanged.connect(lambda _: self._country_changed())

        self.province_filter = QComboBox(self)
        self.province_filter.setObjectName("filter_province")
        self._fill_provinces()

        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("filter_sector")
        self._fill_sectors()

        self.agency_filter: QComboBox | None = None
        if self.hq:
            self.agency_filter = QComboBox(self)
            self.agency_filter.setObjectName("filter_agency")
            self.agency_filter.setAccessibleName(
                QCoreApplication.translate("SmeArea", "Agency"))
            self.agency_filter.addItem(QCoreApplication.translate("SmeArea", "All agencies"),
                                       None)
            self._fill_agencies()
        for filter_ in (self.province_filter, self.sector_filter, self.agency_filter):
            if filter_ is not None:
                filter_.currentIndexChanged.connect(lambda _: self.apply_filters())

        self.staff_filter = QLineEdit(self)
        self.staff_filter.setObjectName("filter_staff")
        self.staff_filter.setClearButtonEnabled(True)
        self.staff_filter.setPlaceholderText(field("Staff"))
        self.staff_filter.setAccessibleName(field("Staff"))
        self.staff_filter.setMaximumWidth(170)
        self.staff_filter.textEdited.connect(lambda _: self._search_timer.start())

        self.clear_button = QPushButton(
            QCoreApplication.translate("ActivityList", "Clear filters"), self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear_filters)

        # Each filter as wide as its longest choice ("All provinces" whole in every language).
        for choices in (*self.code_combos.values(), self.country_filter, self.province_filter,
                        self.sector_filter, self.agency_filter):
            if choices is not None:
                fit_combo(choices)
        # Three lines, so that each fits a 1366-pixel screen in every language: what is
        # searched and its kinds; when and by whom; where and what trade.
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for combo in self.code_combos.values():
            first.addWidget(combo)
        second = QHBoxLayout()
        for widget in (from_label, self.date_from, to_label, self.date_to, self.staff_filter):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        third = QHBoxLayout()
        for choices in (self.country_filter, self.province_filter, self.sector_filter,
                        self.agency_filter):
            if choices is not None:
                third.addWidget(choices)
        third.addStretch(1)
        self.filter_rows: QVBoxLayout = QVBoxLayout()
        for row in (first, second, third):
            self.filter_rows.addLayout(row)

    def _fill_provinces(self) -> None:
        combo = self.province_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("SmeArea", "All provinces"), None)
        country = self.country_filter.currentData()
        for province in self.db.smes.provinces(country):
            combo.addItem(province_label(province, country), province)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _fill_sectors(self) -> None:
        combo = self.sector_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("SmeArea", "All sectors"), None)
        for code, label in self.sector_names.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _fill_agencies(self) -> None:
        if self.agency_filter is not None:
            fill_agency_filter(self.agency_filter, self.agency_names,
                               self.db.agencies.codes_in_use(self.TABLE))

    def _country_changed(self) -> None:
        self._fill_provinces()
        self.apply_filters()

    # -- the list -----------------------------------------------------------------------------

    def current_query(self) -> ActivityQuery:
        codes = {name: combo.currentData() for name, combo in self.code_combos.items()}
        return dataclasses.replace(
            self.model.query,
            text=self.search.text(),
            date_from=self.date_from.iso(),
            date_to=self.date_to.iso(),
            country=self.country_filter.currentData(),
            province=self.province_filter.currentData(),
            sector=self.sector_filter.currentData(),
            agency=self.agency_filter.currentData() if self.agency_filter is not None else None,
            staff=self.staff_filter.text(),
            **codes,
        )

    def apply_filters(self) -> None:
        """Read the list again with the filters as they are now (in the background)."""
        self._search_timer.stop()
        if not self._shown:
            return  # read when first shown
        self._stale = False
        self.model.set_query(self.current_query())
        self._show_totals()
        self._update_actions()

    def clear_filters(self) -> None:
        widgets: list[Any] = [self.search, self.staff_filter, self.date_from, self.date_to,
                              self.country_filter, self.province_filter, self.sector_filter,
                              self.agency_filter, *self.code_combos.values()]
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(True)
        self.search.clear()
        self.staff_filter.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for combo in (self.country_filter, self.sector_filter, self.agency_filter,
                      *self.code_combos.values()):
            if combo is not None:
                combo.setCurrentIndex(0)
        self._fill_provinces()
        self.province_filter.setCurrentIndex(0)
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(False)
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        if self._stale:
            self.apply_filters()

    def _show_totals(self) -> None:
        totals = self.model.totals
        # The amounts come with the language's separators but 0-9 (gmsdesk.money, as an editor
        # shows and reads them): the line is put in the digits of the number rule as a whole.
        self.totals_label.setText(
            QCoreApplication.translate("ActivityList", "Counting…") if totals is None
            else local_digits(self.totals_text(totals)))

    def _show_load_error(self, exc: object) -> None:
        self.totals_label.setText(QCoreApplication.translate(
            "ActivityList", "The list could not be loaded: %1").replace("%1", str(exc)))

    def _focus_first_row(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def current_line(self) -> Any:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        return self.model.row_at(row)

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.open_action.setEnabled(selected)
        self.activity_action.setEnabled(selected)

    def _on_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        if tables & {SECTORS.table, "*"}:
            self.sector_names = self._sector_names()
            self._fill_sectors()
        if SMES.table in tables or "*" in tables:
            self._fill_provinces()
        if self.hq and tables & {AGENCY_PROFILES.table, self.TABLE, "*"}:
            self.agency_names = agency_names(self.db, self.language)
            self._fill_agencies()
        if tables & (self.changed_tables | {SMES.table, SECTORS.table, AGENCY_PROFILES.table,
                                            "*"}):
            self._stale = True
        if self._stale and self.isVisible():
            self.apply_filters()

    # -- actions ------------------------------------------------------------------------------

    def open_current(self) -> None:
        """The SME of the current row, in its form (as the SME list opens it)."""
        line = self.current_line()
        if line is not None:
            self.open_sme(line.sme_id)

    def open_activity(self) -> None:
        """The training, services and inquiries of the current row's SME."""
        from gmsdesk.ui.smes.activity import SmeActivityDialog

        line = self.current_line()
        if line is None:
            return
        dialog = SmeActivityDialog(self.ctx, line.sme_id, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.activity_dialog = dialog
        dialog.open()

    def _set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.export_title(),
            str(Path(self.ctx.settings.last_folder) / f"{self.TABLE}.xlsx"),
            QCoreApplication.translate("SmeArea", "Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        """Export what the list shows (its filters and order), with the labels of the UI
        language, in the background; progress and Cancel for a long one."""
        query = self.current_query()
        columns = self.export_columns()
        headers = [header for header, _ in columns]
        values = [value for _, value in columns]
        sheet = self.export_title()

        def work(db: Database, progress: Callable[[int, int], bool]) -> int:
            total = db.activity.count(query)
            rows = ([value(line) for value in values]
                    for line in db.activity.iterate(query))  # type: ignore[call-overload]
            return export_table(path, headers, rows, total, progress, sheet)

        def done(count: int) -> None:
            if count < 0:
                self._set_info(QCoreApplication.translate(
                    "SmeArea", "Export cancelled; no file was written."))
            else:
                self._set_info(self.exported_text(count, path))

        self.last_task = run_task(self, self.export_title(), self.db.path, work, on_done=done,
                                  user=self.db.user)
        return self.last_task

    def shutdown(self) -> None:
        """Stop listening and stop the loader thread (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.model.shutdown()


class LazyTab(QWidget):
    """A tab whose view is made when it is first shown (or asked for): a list not looked at
    starts no thread and reads nothing."""

    def __init__(self, make: Callable[[QWidget], ActivityListView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._view: ActivityListView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def view(self) -> ActivityListView:
        if self._view is None:
            self._view = self._make(self)
            self._layout.addWidget(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view.show()
        super().showEvent(event)

    def shutdown(self) -> None:
        if self._view is not None:
            self._view.shutdown()


# -- labels ----------------------------------------------------------------------------------


def field(label: str) -> str:
    """A field's label as the record declarations have it (context "Field")."""
    return QCoreApplication.translate("Field", label)


def labels_of(codes: Mapping[str, str], context: str) -> list[tuple[str, str]]:
    """(code, label in the UI language) of a code set."""
    return [(code, QCoreApplication.translate(context, label)) for code, label in codes.items()]


__all__ = ["ActivityListView", "ActivityModel", "CodeFilter", "Column", "LazyTab",
           "OptionalDate", "field", "labels_of", "short_date"]
