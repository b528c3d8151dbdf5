"""Targets and baselines, typed like a spreadsheet: indicators down, places across (provinces,
agencies, economies or the whole programme), one year or quarter at a time.

Type a number and press Enter (down) or Tab (right); paste a block copied from a spreadsheet;
Delete clears. Each edit, paste or clearing is one step on the window's undo stack. Targets
headquarters set are greyed on an agency's laptop: they can be read, not changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import i18n_format
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import COUNTRIES, TARGETS
from gmsdesk.reports import periods
from gmsdesk.reports.periods import Period
from gmsdesk.storage.db import UNASSIGNED_AGENCY
from gmsdesk.storage.records import Change, Changes
from gmsdesk.storage.targets import XLSX_COLUMNS, CellEdit, Target, TargetGrid, TargetImport
from gmsdesk.ui.labels import (
    agency_label,
    agency_names,
    country_label,
    current_language,
    format_count,
    format_date,
    format_number,
    province_label,
)
from gmsdesk.ui.tasks import run_task
from gmsdesk.ui.undo import WriteCommand, push, undo_actions
from gmsdesk.ui.widgets import DateEdit, YearBox, short_undo_text

Index = QModelIndex | QPersistentModelIndex
MODES = ("value", "baseline")
SCOPE_CHOICES = (
    ("province", QT_TRANSLATE_NOOP("Targets", "Provinces")),
    ("agency", QT_TRANSLATE_NOOP("Targets", "Agencies")),
    ("economy", QT_TRANSLATE_NOOP("Targets", "Economies")),
    ("programme", QT_TRANSLATE_NOOP("Targets", "Whole programme")),
)
SET_BY_HQ = QT_TRANSLATE_NOOP("Targets", "Set by headquarters")
READ_ONLY_BACKGROUND = QColor("#e6e6e6")
READ_ONLY_TEXT = QColor("#5c5c5c")
# What the grid's rows and columns come from: indicators, agencies' provinces, SMEs' provinces.
REFRESH_TABLES = {TARGETS.table, "indicators", "agency_profiles", "smes"}


# Messages of this module's own functions (lupdate files a literal only under a known call).
BASELINE_IS = QT_TRANSLATE_NOOP("Targets", "Baseline: %1")
TARGET_IS = QT_TRANSLATE_NOOP("Targets", "Target: %1")
BASELINE_ON = QT_TRANSLATE_NOOP("Targets", "Baseline measured on %1")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Targets", "“%1” is not a number. Type a number of 0 or more, "
                                 "or nothing to clear the cell.")
WHOLE_PROGRAMME = QT_TRANSLATE_NOOP("Targets", "Whole programme")
ROW_PROBLEM = QT_TRANSLATE_NOOP("Targets", "Row %1, column “%2”: %3")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Targets", text, disambiguation, n)


def message_text(message: str) -> str:
    """A storage message (English) in the UI language: context "Targets", else
    "Validation"."""
    translated = QCoreApplication.translate("Targets", message)
    return translated if translated != message else \
        QCoreApplication.translate("Validation", message)


def parse_number(text: str, locale: QLocale | None = None) -> tuple[bool, float | None]:
    """(ok, value) of a number typed or pasted: empty clears; else a number not below zero,
    written the locale's way ("1.200,5" in Vietnamese) or as a spreadsheet in English copies
    it ("1,200.5", "1 200")."""
    text = i18n_format.latin_digits(text).strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return True, None
    locale = locale or QLocale()
    value, ok = locale.toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "").replace(" ", "")
                                         .replace("'", ""))
    if not ok or not math.isfinite(value) or value < 0:
        return False, None
    return True, float(value)


def number_text(value: float | None, locale: QLocale | None = None, *,
                grouping: bool = True) -> str:
    """A value with the locale's digit grouping ("12,500"); decimals only when it has some.
    Its digits are the number rule's for the locale's language (Qt's would be Myanmar digits
    in Burmese whatever the Digits setting says)."""
    if value is None:
        return ""
    shown = QLocale(locale or QLocale())
    if not grouping:
        shown.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        text = i18n_format.latin_digits(shown.toString(int(value)))
    else:
        text = i18n_format.latin_digits(shown.toString(float(value), "f", 2))
        point = shown.decimalPoint()
        text = text.rstrip("0").rstrip(point) if point in text else text
    return i18n_format.localize_digits(shown.name(), text)


def shown_number(value: float | None) -> str:
    """A value as the grid shows it, in the UI language's digits and grouping (the rule of
    `gmsdesk.i18n_format`); `number_text` writes what an editor and the clipboard get."""
    return "" if value is None else format_number(value, 2)


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from text a spreadsheet copied: tabs between cells, a line per row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def _iso(day: QDate) -> str:
    return date(day.year(), day.month(), day.day()).isoformat()


# -- undo -----------------------------------------------------------------------------------------


class SetTargets(WriteCommand):
    """Cells of the grid set (typed, pasted or cleared) in one step; undo puts back what the
    cells held."""

    def __init__(self, db: Any, bus: Any, before: Sequence[CellEdit], after: Sequence[CellEdit],
                 text: str) -> None:
        super().__init__(db, bus, text)
        self.before = list(before)
        self.after = list(after)

    def forward(self) -> Changes:
        return self.db.targets.save_grid(self.after)  # type: ignore[no-any-return]

    def back(self) -> Changes:
        return self.db.targets.save_grid(self.before)  # type: ignore[no-any-return]


# -- the grid -------------------------------------------------------------------------------------


class TargetGridModel(QAbstractTableModel):
    """Indicators (rows) × places (columns) of one period; shows targets or baselines."""

    rejected = Signal(str)  # a message for the person who typed something that is no number

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.indicators: list[tuple[str, str]] = []  # (code, title)
        self.places: list[tuple[str, str]] = []  # (scope value, label)
        self.grid: TargetGrid | None = None
        self.blocked: dict[int, str] = {}  # column -> why no target may be added there
        self.mode = "value"
        self.write: Callable[[list[tuple[int, int, float | None]]], None] | None = None
        self.locale = QLocale()

    def load(self, indicators: Sequence[tuple[str, str]], places: Sequence[tuple[str, str]],
             grid: TargetGrid, blocked: dict[int, str]) -> None:
        self.beginResetModel()
        self.indicators = list(indicators)
        self.places = list(places)
        self.grid = grid
        self.blocked = dict(blocked)
        self.locale = QLocale()
        self.endResetModel()

    def refresh(self, grid: TargetGrid) -> None:
        """New values for the same rows and columns (an editor open stays open)."""
        self.grid = grid
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if self.grid is not None:
            self.refresh(self.grid)

    # cells
    def target(self, row: int, column: int) -> Target | None:
        if self.grid is None or not (0 <= row < len(self.grid.cells)
                                     and 0 <= column < len(self.places)):
            return None
        return self.grid.at(row, column)

    def number(self, row: int, column: int) -> float | None:
        target = self.target(row, column)
        if target is None:
            return None
        return target.value if self.mode == "value" else target.baseline

    def read_only_reason(self, row: int, column: int) -> str | None:
        """Why a cell cannot be changed here (translated), or None."""
        target = self.target(row, column)
        if target is not None:
            return None if target.editable else tr(SET_BY_HQ)
        reason = self.blocked.get(column)
        return message_text(reason) if reason else None

    # Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.places)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.read_only_reason(index.row(), index.column()) is None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_number(self.number(row, column))
        if role == Qt.ItemDataRole.EditRole:
            return number_text(self.number(row, column), self.locale, grouping=False)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        locked = self.read_only_reason(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and locked:
            return QBrush(READ_ONLY_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and locked:
            return QBrush(READ_ONLY_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, locked)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return locked or ""
        return None

    def _tooltip(self, row: int, column: int, locked: str | None) -> str:
        target = self.target(row, column)
        lines = [f"{self.indicators[row][1]} — {self.places[column][1]}"]
        if target is not None:
            if self.mode == "value" and target.baseline is not None:
                lines.append(tr(BASELINE_IS).replace(
                    "%1", shown_number(target.baseline)))
            if self.mode == "baseline" and target.value is not None:
                lines.append(tr(TARGET_IS).replace(
                    "%1", shown_number(target.value)))
            if target.baseline_on and target.baseline is not None:
                lines.append(tr(BASELINE_ON).replace(
                    "%1", format_date(target.baseline_on, "short")))
            if target.notes:
                lines.append(target.notes)
        if locked:
            lines.append(locked)
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        ok, number = parse_number(str(value), self.locale)
        if not ok:
            self.rejected.emit(tr(NOT_A_NUMBER).replace("%1", str(value)))
            return False
        if number != self.number(index.row(), index.column()) and self.write is not None:
            self.write([(index.row(), index.column(), number)])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        names = self.places if orientation == Qt.Orientation.Horizontal else self.indicators
        if not 0 <= section < len(names):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return names[section][1]
        return None


class NumberDelegate(QStyledItemDelegate):
    """A cell is typed in a plain line edit, right-aligned like the numbers shown."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor


class GridView(QTableView):
    """Spreadsheet keys: Enter moves down (Shift+Enter up), Tab right, Delete clears,
    Ctrl+V pastes a block, Ctrl+C copies one."""

    paste_requested = Signal()
    copy_requested = Signal()
    clear_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_requested.emit()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in a cell's editor: written, and on to the cell below, as in a spreadsheet.
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down:
            self.step(1)

    def step(self, rows: int) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        row = min(max(current.row() + rows, 0), model.rowCount() - 1)
        self.selectionModel().setCurrentIndex(
            model.index(row, current.column()),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)


# -- the editor ---------------------------------------------------------------------------------


class TargetsEditor(QWidget):
    """Targets and baselines of the catalogue's indicators for one period and kind of place.

    `indicators`: (code, title) rows, else the indicator catalogue's (not retired)."""

    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 indicators: Sequence[tuple[str, str]] | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = undo_stack  # the window's
        self.hq = bool(self.db.is_hq) or self.db.agency_id == UNASSIGNED_AGENCY
        self.given_indicators = list(indicators) if indicators is not None else None
        self.indicators: list[tuple[str, str]] = []
        self.known_codes: list[str] = []
        self.import_box: QMessageBox | None = None
        self.last_import: TargetImport | None = None
        self._shown_period: Period | None = None
        self._stale = False  # records changed while another tab was shown
        today = today or date.today()

        self.year = YearBox(current_language(), self)  # the Thai era when chosen, local digits
        self.year.setObjectName("targets_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.part.setObjectName("targets_quarter")
        self.part.setAccessibleName(self.tr("Whole year or quarter"))
        self.part.addItem(self.tr("Whole year"), 0)
        for q in range(1, 5):
            self.part.addItem(self.tr("Quarter %1").replace("%1", format_count(q)), q)
        self.scope = QComboBox(self)
        self.scope.setObjectName("targets_scope")
        self.scope.setAccessibleName(self.tr("Targets for"))
        for code, label in SCOPE_CHOICES:
            self.scope.addItem(tr(label), code)
        self.scope.setCurrentIndex(self.scope.findData("economy" if self.hq else "province"))
        self.economy = QComboBox(self)
        self.economy.setObjectName("targets_economy")
        self.economy.setAccessibleName(self.tr("Economy"))
        self.economy.addItem(self.tr("All economies"), None)
        for code in COUNTRIES:
            self.economy.addItem(country_label(code), code)
        self.mode = QComboBox(self)
        self.mode.setObjectName("targets_mode")
        self.mode.setAccessibleName(self.tr("Enter"))
        self.mode.addItem(self.tr("Targets"), "value")
        self.mode.addItem(self.tr("Baselines"), "baseline")
        self.baseline_date = DateEdit(self)
        self.baseline_date.setObjectName("targets_baseline_date")
        self.baseline_date.setAccessibleName(self.tr("Baseline date"))
        self.baseline_date.setCalendarPopup(True)
        self.baseline_date.setToolTip(self.tr(
            "The day the baselines typed now were measured (usually the day before the period "
            "starts)"))
        self.baseline_label = QLabel(self.tr("measured on"), self)
        self.baseline_label.setBuddy(self.baseline_date)

        self.model = TargetGridModel(self)
        self.model.write = self._typed
        self.model.rejected.connect(self._say)
        self.table = GridView(self)
        self.table.setObjectName("targets_grid")
        self.table.setModel(self.model)
        self.table.setItemDelegate(NumberDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(118)
        header.setMinimumSectionSize(80)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows = self.table.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(30)
        rows.setMaximumWidth(360)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.paste_requested.connect(self.paste)
        self.table.copy_requested.connect(self.copy)
        self.table.clear_requested.connect(self.clear_selected)

        self.import_button = QPushButton(self.tr("Import XLSX…"), self)
        self.import_button.setObjectName("targets_import")
        self.import_button.setToolTip(self.tr(
            "Set targets from a spreadsheet with the columns indicator, scope, for, from, to, "
            "target, baseline, baseline date, notes (as an export writes them)"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export XLSX…"), self)
        self.export_button.setObjectName("targets_export")
        self.export_button.setToolTip(self.tr("Every target and baseline in one sheet"))
        self.export_button.clicked.connect(self.choose_export)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("targets_clear")
        self.clear_button.setToolTip(self.tr("Clear the selected cells (Del)"))
        self.clear_button.clicked.connect(self.clear_selected)
        self.undo_action, self.redo_action = undo_actions(undo_stack, self, shortcuts=False)
        short_undo_text(self.undo_action, self.redo_action)
        undo_button, redo_button = QToolButton(self), QToolButton(self)
        undo_button.setDefaultAction(self.undo_action)
        redo_button.setDefaultAction(self.redo_action)
        for button in (undo_button, redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.message = QLabel(self)
        self.message.setObjectName("targets_message")
        self.message.setWordWrap(True)
        self.help = QLabel(self.tr(
            "Type a number and press Enter or Tab; paste a block copied from a spreadsheet "
            "with Ctrl+V; Del clears. Grey cells were set by headquarters."), self)
        self.help.setObjectName("targets_help")
        self.help.setWordWrap(True)

        choices = QHBoxLayout()
        pickers: list[tuple[str | None, QWidget]] = [
            (self.tr("Year"), self.year), (None, self.part),
            (self.tr("Targets for"), self.scope), (None, self.economy),
            (self.tr("Enter"), self.mode), (None, self.baseline_label),
            (None, self.baseline_date)]
        for text, picker in pickers:
            if text:
                caption = QLabel(text, self)
                caption.setBuddy(picker)
                choices.addWidget(caption)
            choices.addWidget(picker)
        choices.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.help, 1)
        buttons: list[QWidget] = [self.clear_button, undo_button, redo_button,
                                  self.import_button, self.export_button]
        for widget in buttons:
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.year.valueChanged.connect(lambda _: self.reload())
        self.part.currentIndexChanged.connect(lambda _: self.reload())
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        self.economy.currentIndexChanged.connect(lambda _: self.reload())
        self.mode.currentIndexChanged.connect(lambda _: self._mode_changed())
        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    # -- what is shown ------------------------------------------------------------------------

    def period(self) -> Period:
        quarter = int(self.part.currentData() or 0)
        year = self.year.value()
        return periods.quarter(year, quarter) if quarter else periods.year(year)

    def scope_kind(self) -> str:
        return str(self.scope.currentData())

    def set_choice(self, *, year: int | None = None, quarter: int | None = None,
                   scope: str | None = None, mode: str | None = None) -> None:
        """Choose what the grid shows (as a person would with the pickers)."""
        if year is not None:
            self.year.setValue(year)
        if quarter is not None:
            self.part.setCurrentIndex(self.part.findData(quarter))
        if scope is not None:
            self.scope.setCurrentIndex(self.scope.findData(scope))
        if mode is not None:
            self.mode.setCurrentIndex(self.mode.findData(mode))

    def _load_indicators(self) -> None:
        if self.given_indicators is not None:
            self.indicators = list(self.given_indicators)
            self.known_codes = [code for code, _ in self.indicators]
            return
        from gmsdesk.ui.reports.labels import indicator_title

        catalogue = list(self.db.indicators.catalogue())  # retired ones are not in it
        self.known_codes = [i.code for i in catalogue]
        self.indicators = [(i.code, indicator_title(i)) for i in catalogue]

    def _places(self, scope: str) -> list[tuple[str, str]]:
        country = self.economy.currentData() if scope in ("agency", "province") else None
        values = self.db.targets.scope_values(scope, country)
        if scope == "economy":
            return [(v, country_label(v)) for v in values]
        if scope == "agency":
            names = agency_names(self.db)
            return [(v, agency_label(v, names)) for v in values]
        if scope == "programme":
            return [("", tr(WHOLE_PROGRAMME))]
        return [(v, province_label(v, country)) for v in values]

    def reload(self) -> None:
        """Read the grid again for what the pickers say."""
        scope = self.scope_kind()
        self.economy.setVisible(self.hq and scope in ("agency", "province"))
        self._load_indicators()
        places = self._places(scope)
        grid = self._read(places)
        blocked = {}
        for column, (value, _) in enumerate(places):
            reason = self.db.targets.may_add(scope, value)
            if reason:
                blocked[column] = reason
        current = self.table.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.model.load(self.indicators, places, grid, blocked)
        self._mode_changed()
        period = self.period()
        if period != self._shown_period:  # baselines are measured before a period starts
            self._shown_period = period
            start = date.fromisoformat(period.start) - timedelta(days=1)
            self.baseline_date.setDate(QDate(start.year, start.month, start.day))
        if self.model.rowCount() and self.model.columnCount():
            row = min(here[0], self.model.rowCount() - 1)
            column = min(here[1], self.model.columnCount() - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not places:
            self._say(self.tr("No places to set targets for yet: provinces come from the "
                              "agencies' profiles and the SMEs recorded."))
        else:
            self._say("")

    def _read(self, places: Sequence[tuple[str, str]]) -> TargetGrid:
        return self.db.targets.grid([code for code, _ in self.indicators],  # type: ignore[no-any-return]
                                    self.scope_kind(), [v for v, _ in places], self.period())

    def refresh(self) -> None:
        """The same grid with what is stored now (after a write or a sync)."""
        self.model.refresh(self._read(self.model.places))

    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        self.baseline_date.setVisible(mode == "baseline")
        self.baseline_label.setVisible(mode == "baseline")
        self.model.set_mode(mode)

    def _on_changes(self, changes: list[Change]) -> None:
        tables = {c.table for c in changes}
        places = any(c.op == "reload" for c in changes) or \
            bool(tables & (REFRESH_TABLES - {TARGETS.table}))
        if not places and TARGETS.table not in tables:
            return
        if not self.isVisible():  # another tab: read again when shown
            self._stale = True
        elif places:
            self.reload()
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- editing ------------------------------------------------------------------------------

    def _edit_of(self, row: int, column: int, values: dict[str, Any]) -> CellEdit:
        grid = self.model.grid
        assert grid is not None
        return CellEdit(self.model.indicators[row][0], grid.scope, self.model.places[column][0],
                        grid.period_start, grid.period_end, values)

    def _before(self, row: int, column: int) -> CellEdit:
        target = self.model.target(row, column)
        values: dict[str, Any] = {"value": None, "baseline": None, "baseline_on": None}
        if target is not None:
            values = {"value": target.value, "baseline": target.baseline,
                      "baseline_on": target.baseline_on, "notes": target.notes or None}
        return self._edit_of(row, column, values)

    def _after(self, row: int, column: int, number: float | None) -> CellEdit:
        if self.model.mode == "value":
            return self._edit_of(row, column, {"value": number})
        day = _iso(self.baseline_date.date()) if number is not None else None
        return self._edit_of(row, column, {"baseline": number, "baseline_on": day})

    def set_cells(self, cells: Sequence[tuple[int, int, float | None]], text: str) -> bool:
        """Write cells (row, column, number or None) as one undoable step; cells that hold
        that number already, or that are read-only here, are left out."""
        wanted = [(r, c, n) for r, c, n in cells
                  if self.model.read_only_reason(r, c) is None and self.model.number(r, c) != n]
        if not wanted:
            return False
        before = [self._before(r, c) for r, c, _ in wanted]
        after = [self._after(r, c, n) for r, c, n in wanted]
        return push(self.undo_stack, SetTargets(self.db, self.ctx.bus, before, after, text), self)

    def _typed(self, cells: list[tuple[int, int, float | None]]) -> None:
        kind = self.tr("baseline") if self.model.mode == "baseline" else self.tr("target")
        row, column, number = cells[0]
        text = (self.tr("clear %1 of %2 for %3") if number is None else
                self.tr("set %1 of %2 for %3"))
        self.set_cells(cells, text.replace("%1", kind)
                       .replace("%2", self.model.indicators[row][1])
                       .replace("%3", self.model.places[column][1]))
        self._say("")

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = sorted({(i.row(), i.column())
                        for i in self.table.selectionModel().selectedIndexes()})
        current = self.table.currentIndex()
        if not cells and current.isValid():
            cells = [(current.row(), current.column())]
        return cells

    def clear_selected(self) -> None:
        cells = self.selected_cells()
        locked = sum(1 for r, c in cells if self.model.read_only_reason(r, c) is not None
                     and self.model.number(r, c) is not None)
        self.set_cells([(r, c, None) for r, c in cells],
                       self.tr("clear %n cell(s)", "", len(cells)))
        if locked:
            self._say(self.tr("Left %n cell(s) set by headquarters as they are.", "",
                              locked))

    def paste(self, text: str | None = None) -> None:
        """Paste a block (tab-separated, a line per row) from the top-left selected cell; one
        value pasted into several selected cells fills them all."""
        text = QGuiApplication.clipboard().text() if text is None else text
        block = parse_block(text)
        if not block:
            return
        cells = self.selected_cells()
        if not cells:
            return
        if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
            targets = [(r, c, block[0][0]) for r, c in cells]
        else:
            top = min(r for r, _ in cells)
            left = min(c for _, c in cells)
            targets = [(top + i, left + j, raw) for i, line in enumerate(block)
                       for j, raw in enumerate(line)
                       if top + i < self.model.rowCount() and left + j < self.model.columnCount()]
        numbers: list[tuple[int, int, float | None]] = []
        bad = locked = 0
        for row, column, raw in targets:
            ok, number = parse_number(raw, self.model.locale)
            if not ok:
                bad += 1
            elif self.model.read_only_reason(row, column) is not None:
                locked += number != self.model.number(row, column)
            else:
                numbers.append((row, column, number))
        self.set_cells(numbers, self.tr("paste %n cell(s)", "", len(numbers)))
        notes = []
        if bad:
            notes.append(self.tr("Left out %n pasted value(s): not a number.", "",
                                 bad))
        if locked:
            notes.append(self.tr("Left %n cell(s) set by headquarters as they are.", "",
                                 locked))
        self._say(" ".join(notes))

    def copy(self) -> None:
        """The selected cells as a block a spreadsheet pastes (numbers without grouping)."""
        cells = self.selected_cells()
        if not cells:
            return
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        columns = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        chosen = set(cells)
        lines = ["\t".join(number_text(self.model.number(r, c), self.model.locale,
                                       grouping=False) if (r, c) in chosen else ""
                           for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    # -- files --------------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import targets"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.import_file(path)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export targets"), "targets.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_file(path)

    def import_file(self, path: str) -> None:
        """Set targets from a file in the background; a report says what it did and which
        rows it left out, and why."""
        # A retired indicator's targets come back from an export too.
        known = set(self.known_codes) | self.db.targets.indicators_in_use()

        def work(db: Any, progress: Callable[[int, int], bool]) -> TargetImport:
            return db.targets.import_xlsx(path, known)  # type: ignore[no-any-return]

        run_task(self, self.tr("Importing targets…"), self.ctx.db_path, work,
                 on_done=self._imported, user=self.ctx.user)

    def _imported(self, report: TargetImport) -> None:
        self.last_import = report
        self.ctx.bus.publish(report.changes)
        summary = self.tr("%1 added, %2 changed, %3 already as in the file.") \
            .replace("%1", format_count(report.added)) \
            .replace("%2", format_count(report.updated)) \
            .replace("%3", format_count(report.unchanged))
        self._say(summary)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import targets"), summary,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("targets_import_report")
        if report.problems:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(summary + "\n" + self.tr(
                "Left out %n row(s); correct the file and import it again.", "",
                len(report.failed_rows)))
            box.setDetailedText("\n".join(problem_lines(report)))
        self.import_box = box
        box.open()

    def export_file(self, path: str) -> None:
        def work(db: Any, progress: Callable[[int, int], bool]) -> int:
            return db.targets.export_xlsx(path)  # type: ignore[no-any-return]

        def done(count: int) -> None:
            self._say(self.tr("%n target(s) exported.", "", count))

        run_task(self, self.tr("Exporting targets…"), self.ctx.db_path, work, on_done=done,
                 user=self.ctx.user)

    def shutdown(self) -> None:
        """Stop listening (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)


def problem_lines(report: TargetImport) -> list[str]:
    """One line per problem of an import: row, the file's column, what is wrong."""
    headers = {name: header for header, name in XLSX_COLUMNS}
    return [tr(ROW_PROBLEM).replace("%1", format_count(p.row, grouping=False))
            .replace("%2", headers.get(p.field, p.field)).replace("%3", message_text(p.message))
            for p in sorted(report.problems, key=lambda p: p.row)]
