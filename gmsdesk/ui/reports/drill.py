"""The records behind a number: a dialog listing them (read off the UI thread), sortable, and
exported to CSV or XLSX in the background (every record, not only those shown)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import REGISTRY
from gmsdesk.records.fields import Field, Kind
from gmsdesk.storage.indicators import Drill, Filters
from gmsdesk.tabular import export_table
from gmsdesk.ui.labels import (
    agency_label,
    country_label,
    country_name,
    format_count,
    format_date,
    format_datetime,
    format_number,
    gender_label,
    local_digits,
    province_label,
    sector_label,
)
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.widgets import (
    fit_columns_to_width,
    fit_to_screen,
    keep_enter_in_fields,
    record_table,
)

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
SHOWN = 2000  # records listed at most; the export writes them all
# What the engine calls a kind of record, and the table that declares its fields.
KIND_TABLES = {"responses": "survey_responses", "agencies": "agency_profiles"}
# Columns whose codes are named the same way in every kind of record.
_NAMED = {"country": country_label, "economy": country_label, "gender": gender_label,
          "sex": gender_label, "sector": sector_label, "from_country": country_name}
# Columns a drill-down has that are no field of its records.
COLUMN_LABELS = {
    "id": QT_TRANSLATE_NOOP("Reports", "Record id"),
    "economy": QT_TRANSLATE_NOOP("Reports", "Economy"),
    "sex": QT_TRANSLATE_NOOP("Reports", "Sex"),
    "sme": QT_TRANSLATE_NOOP("Reports", "SME"),
    "agency": QT_TRANSLATE_NOOP("Reports", "Agency"),
    "workshop": QT_TRANSLATE_NOOP("Reports", "Workshop"),
    "audience": QT_TRANSLATE_NOOP("Reports", "Audience"),
}
YES = QT_TRANSLATE_NOOP("Reports", "Yes")
NO = QT_TRANSLATE_NOOP("Reports", "No")


@dataclass(frozen=True)
class DrillRequest:
    """Which number to open: an indicator, the filters it was computed with (period
    included), a key of its breakdown (or None for the whole number), and words saying what
    the number is ("People trained · 2026 · Cambodia")."""

    code: str
    filters: Filters
    key: Any
    title: str
    subtitle: str = ""


def _field(kind: str, name: str) -> Field | None:
    record_type = REGISTRY.get(KIND_TABLES.get(kind, kind))
    if record_type is None or name not in record_type.names:
        return None
    return record_type.field(name)


def column_label(kind: str, name: str) -> str:
    if name in COLUMN_LABELS:
        return QCoreApplication.translate("Reports", COLUMN_LABELS[name])
    found = _field(kind, name)
    if found is not None and found.label:
        return QCoreApplication.translate("Field", found.label)
    return name.replace("_", " ").capitalize()


def cell_text(kind: str, name: str, value: Any, agencies: Mapping[str, str], *,
              screen: bool = True) -> str:
    """A value as the list shows it: codes by their name in the UI language, agencies by
    name ("This laptop's agency" for what was made before enrolment). On the `screen`,
    dates as the rest of the screen writes them and provinces in the UI language; an export
    keeps dates ISO and provinces as stored, for a spreadsheet to read."""
    if value is None:
        return ""
    if name in _NAMED:
        return _NAMED[name](str(value))
    if name in ("agency", "agency_id"):
        return agency_label(str(value), agencies)
    found = _field(kind, name)
    if screen and isinstance(value, str):
        if name == "province":
            return province_label(value)
        if found is not None and found.kind is Kind.DATE:
            return format_date(value, "short")
        if found is not None and found.kind is Kind.DATETIME:
            return format_datetime(value)
    if found is not None and found.code_labels and str(value) in found.code_labels:
        return QCoreApplication.translate(found.code_context or "Field",
                                          found.code_labels[str(value)])
    if found is not None and found.kind is Kind.BOOL:
        return QCoreApplication.translate("Reports", YES if value else NO)
    if isinstance(value, float):
        return format_number(value, 2)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value)
    return str(value)


class DrillModel(QAbstractTableModel):
    """The records' columns after the id (kept for the export), as text; sorted by value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.columns: list[str] = []
        self.rows: list[Sequence[Any]] = []
        self.texts: list[list[str]] = []
        self.agencies: Mapping[str, str] = {}

    def set_drill(self, drill: Drill, agencies: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.kind = drill.kind
        self.columns = list(drill.columns)
        self.rows = [tuple(r) for r in drill.rows]
        self.agencies = agencies
        self.texts = [[cell_text(self.kind, name, value, agencies)
                       for name, value in zip(self.columns, row, strict=False)]
                      for row in self.rows]
        self.endResetModel()

    def headers(self) -> list[str]:
        return [column_label(self.kind, name) for name in self.columns]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else max(len(self.columns) - 1, 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section + 1 < len(self.columns)):
            return column_label(self.kind, self.columns[section + 1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = index.column() + 1  # the id is not shown
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()][column]
        if role == SortRole:
            value = self.rows[index.row()][column]
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            found = _field(self.kind, self.columns[column])
            if isinstance(value, str) and found is not None \
                    and found.kind in (Kind.DATE, Kind.DATETIME):
                return value  # ISO: in the order of time, whatever the screen writes
            return self.texts[index.row()][column].casefold()
        return None


class DrillDialog(QDialog):
    """Opened by any number of the Reports area; loads its records in the background."""

    def __init__(self, ctx: Any, request: DrillRequest, agencies: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.agencies = dict(agencies)
        self.last_task: Task | None = None
        self.loaded = False
        self.more = False
        self.setObjectName("drill_dialog")
        self.setWindowTitle(request.title)
        title = QLabel(f"<b>{html.escape(request.title)}</b>", self)
        subtitle = QLabel(request.subtitle, self)
        subtitle.setWordWrap(True)
        self.model = DrillModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SortRole)
        self.proxy = proxy
        self.table = record_table(proxy, "drill_table", self, sortable=True, single=False)
        self.table.setWordWrap(False)
        # The records come most recent first; a click on a header sorts them.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        proxy.sort(-1)
        self.count_label = QLabel(self.tr("Loading…"), self)
        self.count_label.setObjectName("drill_count")
        self.info = QLabel(self)
        self.info.setObjectName("drill_info")
        self.info.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("drill_export")
        self.export_button.setToolTip(self.tr("Save every record behind this number as an "
                                              "Excel workbook or a CSV file"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.export_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(row)
        keep_enter_in_fields(self)  # Enter in the list opens no export
        fit_to_screen(self, 900, 520)
        self._load()

    def _load(self) -> None:
        request = self.request

        def work(db: Any, _progress: Any) -> Drill:
            found: Drill = db.indicators.drill(request.code, request.filters, key=request.key,
                                               limit=SHOWN + 1)
            return found

        self.load_task = run_task(self, self.tr("Opening the records"), self.ctx.db_path, work,
                                  on_done=self._show, on_error=self._failed,
                                  user=self.ctx.db.user, show_progress=False)

    def _show(self, drill: Drill) -> None:
        if not shiboken6.isValid(self):
            return  # closed before the records came
        self.more = len(drill.rows) > SHOWN
        shown = Drill(drill.kind, drill.columns, list(drill.rows)[:SHOWN])
        self.model.set_drill(shown, self.agencies)
        # Every column in the dialog's width (the agency's name too): the record's name or
        # title gives way last, long text is cut in the middle, dates are never cut.
        shown_columns = self.model.columns[1:]
        main = next((shown_columns.index(n) for n in ("title", "name", "sme")
                     if n in shown_columns), 0)
        fit_columns_to_width(self.table, main)
        count = self.model.rowCount()
        if self.more:
            self.count_label.setText(self.tr("The first %1 records; the export writes them "
                                             "all.").replace("%1", format_count(count)))
        else:
            self.count_label.setText(local_digits(self.tr("%n record(s)", "", count)))
        self.loaded = True
        self.export_button.setEnabled(count > 0)

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        from gmsdesk.ui.errors import show_error

        self.count_label.setText(self.tr("The records could not be read."))
        show_error(self, exc)

    # -- export -------------------------------------------------------------------------------

    def choose_export(self) -> None:
        folder = Path(self.ctx.settings.last_folder)
        name = f"{self.request.code}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export records"), str(folder / name),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        """Every record behind the number, as the list names them, written in the background
        (with progress and Cancel); a cancelled export leaves no file."""
        request = self.request
        agencies = dict(self.agencies)

        def work(db: Any, progress: Any) -> int:
            drill: Drill = db.indicators.drill(request.code, request.filters, key=request.key)
            headers = [column_label(drill.kind, name) for name in drill.columns]
            rows = ([cell_text(drill.kind, name, value, agencies, screen=False)
                     for name, value in zip(drill.columns, row, strict=False)]
                    for row in drill.rows)
            written: int = export_table(path, headers, rows, len(drill.rows), progress,
                                       sheet_name=request.code)
            return written

        def done(count: int) -> None:
            if not shiboken6.isValid(self):
                return
            if count < 0:
                self.info.setText(self.tr("Export cancelled; no file was written."))
            else:
                self.info.setText(self.tr("Exported %n record(s) to %1.", "", count).replace(
                    "%1", str(path)))

        self.last_task = run_task(self, self.tr("Exporting records"), self.ctx.db_path, work,
                                  on_done=done, user=self.ctx.db.user)
        return self.last_task
