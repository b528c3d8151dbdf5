"""Conflicts: two people changed the same field at the same time. Everyone already sees one value
(the deterministic winner); here a person says which value is right, or types the right one.

Resolving is an ordinary local edit (`db.sync.resolve_conflict`), so it syncs to every device.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import REGISTRY, Field, Kind
from gmsdesk.records.catalog import CONFLICTS, SECTORS, SMES
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.records import Change, Changes
from gmsdesk.storage.sync_store import Conflict
from gmsdesk.sync.hlc import unpack
from gmsdesk.ui.errors import user_message
from gmsdesk.ui.labels import (
    HQ_DEVICE,
    HQ_USER,
    agency_label,
    agency_names,
    field_label,
    format_count,
    format_date,
    format_datetime,
    format_number,
    headquarters_label,
    province_label,
    sector_label,
    user_label,
)
from gmsdesk.ui.widgets import fit_columns_to_width, record_table
from gmsdesk.ui.widgets import heading as make_heading

SortRole = Qt.ItemDataRole.UserRole + 1
CONFLICT_ROWS = 3  # rows of the table always shown whole (the rest scroll)


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict as the table shows it (immutable: the model only holds these).
    `winner_from` and `loser_from` in a line ("Sokha (siem-reap-2), 03/11/2026 14:20"); the
    table shows them in two (`*_lines`), so who and which computer are not cut."""

    conflict: Conflict
    record: str
    field: str
    winner: str
    winner_from: str
    loser: str
    loser_from: str
    winner_lines: str = ""
    loser_lines: str = ""


def declared_field(table: str, name: str) -> Field | None:
    record_type = REGISTRY.get(table)
    return record_type.by_name.get(name) if record_type else None


class ValueFormatter:
    """Stored values in words, for any record type, as its declaration says: code labels,
    sector names, Yes/No, numbers and dates in the UI locale, records by name."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.device_id = db.device_id
        self.device_names = db.sync.device_names()
        self.custom_sectors = {s.code: s.label for s in db.smes.sectors() if not s.builtin}
        self.agency_names = agency_names(db)

    def field_label(self, table: str, name: str) -> str:
        spec = declared_field(table, name)
        return QCoreApplication.translate("Field", spec.label) if spec and spec.label \
            else field_label(name)

    def value(self, table: str, field: str, value: Any, *, depth: int = 0) -> str:
        if value is None or value == "":
            return QCoreApplication.translate("Conflicts", "(empty)")
        spec = declared_field(table, field)
        if spec is None:
            return str(value)
        if table == SMES.table and field == "sector":  # codes of the agency's sector list
            return sector_label(str(value), self.custom_sectors)
        if field == "province" and isinstance(value, str):  # stored by its English name
            return province_label(value)
        if field == "agency_id" and isinstance(value, str):
            return agency_label(value, self.agency_names)
        if spec.kind is Kind.CODE:
            label = spec.code_labels.get(str(value))
            return QCoreApplication.translate(spec.code_context, label) if label \
                else str(value)
        if spec.kind is Kind.BOOL or field == "deleted":
            return (QCoreApplication.translate("Conflicts", "Yes") if value
                    else QCoreApplication.translate("Conflicts", "No"))
        if spec.kind is Kind.INTEGER and isinstance(value, int):
            return format_count(value)
        if spec.kind in (Kind.DECIMAL, Kind.MONEY) and isinstance(value, int | float):
            return format_number(float(value), decimals=6)
        if spec.kind is Kind.DATE and isinstance(value, str):
            return format_date(value, "short")
        if spec.kind is Kind.REF and isinstance(value, str) and depth == 0:
            return self.describe(spec.to, value, depth=1) or value
        if spec.kind is Kind.JSON and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def describe(self, table: str, record_id: str, *, depth: int = 0) -> str:
        """"Service: Website set-up, 03/11/2026, Angkor Silk" — a record in a line."""
        record_type = REGISTRY.get(table)
        row = self.db.sync.record(table, record_id) if record_type else None
        if record_type is None or row is None:
            return ""
        text = record_type.describe(
            row, lambda f, v: self.value(table, f.name, v, depth=depth))
        return text if depth else QCoreApplication.translate(
            "Conflicts", "%1: %2").replace("%1", QCoreApplication.translate(
                "Records", record_type.title)).replace("%2", text or record_id[:8])

    def source(self, device: str, hlc: int, user: str = "", *, lines: bool = False) -> str:
        """"Sokha (siem-reap-2), 03/11/2026 14:20" — who made the edit, on which computer
        (by the name it was enrolled with), and when (local time); "Headquarters, 03/11/2026
        14:20" for an edit of headquarters' server itself, which is no person's nor
        computer's. With `lines`, who and when are on two lines."""
        if device == HQ_DEVICE:
            computer = headquarters_label()
            who = computer if not user or user == HQ_USER else QCoreApplication.translate(
                "Conflicts", "%1 (%2)").replace("%1", user_label(user)).replace("%2", computer)
        else:
            if device and device == self.device_id:
                computer = QCoreApplication.translate("Conflicts", "this computer")
            elif device and self.device_names.get(device):
                computer = self.device_names[device]
            elif device:
                computer = QCoreApplication.translate("Conflicts", "computer %1").replace(
                    "%1", device[:8])
            else:
                computer = QCoreApplication.translate("Conflicts", "another computer")
            who = QCoreApplication.translate("Conflicts", "%1 (%2)").replace(
                "%1", user_label(user)).replace("%2", computer) if user else computer
        if not hlc:
            return who
        moment = QDateTime.fromMSecsSinceEpoch(unpack(hlc)[0]).toLocalTime()
        when = format_datetime(moment)
        if lines:
            return f"{who}\n{when}"
        return QCoreApplication.translate("Conflicts", "%1, %2").replace("%1", who).replace(
            "%2", when)

    def record(self, conflict: Conflict) -> str:
        return self.describe(conflict.tbl, conflict.record_id) or conflict.record_id

    def row(self, conflict: Conflict) -> ConflictRow:
        c = conflict
        return ConflictRow(
            c, self.record(c), self.field_label(c.tbl, c.field),
            self.value(c.tbl, c.field, c.winner_value),
            self.source(c.winner_device, c.winner_hlc, c.winner_user),
            self.value(c.tbl, c.field, c.loser_value),
            self.source(c.loser_device, c.loser_hlc, c.loser_user),
            self.source(c.winner_device, c.winner_hlc, c.winner_user, lines=True),
            self.source(c.loser_device, c.loser_hlc, c.loser_user, lines=True))


class ConflictTableModel(QAbstractTableModel):
    COLUMNS = ("record", "field", "winner", "winner_from", "loser", "loser_from")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConflictRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column in ("winner_from", "loser_from"):  # who, then when, each whole
                return getattr(row, column.replace("from", "lines")) or getattr(row, column)
            return getattr(row, column)
        if role == SortRole:
            if column == "winner_from":
                return row.conflict.winner_hlc
            if column == "loser_from":
                return row.conflict.loser_hlc
            return getattr(row, column).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "record": self.tr("Record"),
            "field": self.tr("Field"),
            "winner": self.tr("Value in use"),
            "winner_from": self.tr("Changed on"),
            "loser": self.tr("Other value"),
            "loser_from": self.tr("Changed on"),
        }[self.COLUMNS[section]]


class _Choice(QFrame):
    """One side of a conflict: the value, where it came from, and "Keep this"."""

    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.value = QLabel(self)
        self.value.setObjectName(f"{name}_value")
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.value.setFont(font)
        self.source = QLabel(self)
        self.source.setObjectName(f"{name}_source")
        self.source.setWordWrap(True)
        self.keep = QPushButton(QCoreApplication.translate("Conflicts", "Keep this"), self)
        self.keep.setObjectName(f"keep_{name}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.source)
        layout.addStretch(1)
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignLeft)


class ConflictsView(QWidget):
    """The table of open conflicts and, for the selected one, the choice of the right value."""

    back = Signal()
    resolved = Signal(object)  # the Changes, already published on the bus

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db

        self.back_button = QPushButton(self.tr("← Back to sync"), self)
        self.back_button.setObjectName("conflicts_back")
        self.back_button.clicked.connect(self.back)
        heading = make_heading(self.tr("Conflicts to resolve"), self)
        intro = QLabel(self.tr(
            "Two people changed the same field before their computers synced. Every computer "
            "now shows the value in use; check which value is right and keep it, or type the "
            "right value. Your choice is sent to everyone at the next sync."), self)
        intro.setWordWrap(True)

        self.model = ConflictTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = record_table(self.proxy, "conflicts_table", self, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Every column on a 1366 px laptop's screen: the record gives way last, long values
        # are cut in the middle (whole below, once chosen), and who changed a value and when
        # are two lines never cut, so the computer's name is always read.
        model = self.model
        fit_columns_to_width(self.table, model.COLUMNS.index("record"), whole=(
            model.COLUMNS.index("winner_from"), model.COLUMNS.index("loser_from")))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.empty = QLabel(self.tr("No conflicts to resolve."), self)
        self.empty.setObjectName("conflicts_empty")

        self.detail = QGroupBox(self)
        self.winner = _Choice(self.tr("Value in use now"), "winner", self.detail)
        self.loser = _Choice(self.tr("Other value"), "loser", self.detail)
        self.winner.keep.clicked.connect(lambda: self._keep(winner=True))
        self.loser.keep.clicked.connect(lambda: self._keep(winner=False))
        self.new_text = QLineEdit(self.detail)
        self.new_text.setObjectName("conflict_new_value")
        self.new_text.setPlaceholderText(self.tr("Type the right value"))
        self.new_text.returnPressed.connect(self._use_new)
        self.new_choice = QComboBox(self.detail)
        self.new_choice.setObjectName("conflict_new_choice")
        self.new_editor = QStackedWidget(self.detail)
        self.new_editor.addWidget(self.new_text)
        self.new_editor.addWidget(self.new_choice)
        self.new_editor.setSizePolicy(self.new_text.sizePolicy())
        self.new_editor.setMaximumHeight(self.new_text.sizeHint().height() + 4)
        self.use_new = QPushButton(self.tr("Use this value"), self.detail)
        self.use_new.setObjectName("conflict_use_new")
        self.use_new.clicked.connect(self._use_new)
        self.message = QLabel(self.detail)
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        grid = QGridLayout()
        grid.addWidget(self.winner, 0, 0)
        grid.addWidget(self.loser, 0, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("Or the right value:"), self.detail))
        new_row.addWidget(self.new_editor, 1)
        new_row.addWidget(self.use_new)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addLayout(grid)
        detail_layout.addLayout(new_row)
        detail_layout.addWidget(self.message)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        # Below the Back button everything scrolls when the screen is too small for it (in
        # Burmese, the two values and their buttons under a long explanation): the table keeps
        # CONFLICT_ROWS rows and the choice its buttons, instead of being squashed into a
        # half-scrolled row and a button cut at the screen's bottom edge.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(heading)
        body_layout.addWidget(intro)
        body_layout.addWidget(self.table, 1)
        body_layout.addWidget(self.empty)
        body_layout.addWidget(self.detail)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("conflicts_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again, keeping the selection when it is still open."""
        current = self.selected()
        self.formatter = ValueFormatter(self.db)
        self.model.set_rows([self.formatter.row(c) for c in self.db.sync.open_conflicts()])
        self.empty.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        self._keep_rows()
        if self.model.rows:
            ids = [r.conflict.id for r in self.model.rows]
            self.select(current.conflict.id if current and current.conflict.id in ids
                        else self.proxy_row_id(0))
        self._show_selected()

    def _keep_rows(self) -> None:
        """The table at least as tall as its header and CONFLICT_ROWS rows (as many as
        there are, if fewer), each whole: the rows are two lines high (who, then when)."""
        rows = min(max(self.model.rowCount(), 1), CONFLICT_ROWS)
        height = sum(self.table.sizeHintForRow(r) for r in range(min(rows,
                                                                     self.proxy.rowCount())))
        height = max(height, rows * 2 * self.table.fontMetrics().lineSpacing())
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + height
                                    + 2 * self.table.frameWidth() + 2)

    def proxy_row_id(self, proxy_row: int) -> str:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        row = self.model.row_at(source.row())
        return row.conflict.id if row else ""

    def select(self, conflict_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.conflict.id == conflict_id:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def count(self) -> int:
        return len(self.model.rows)

    def _on_changes(self, changes: list[Change]) -> None:
        shown = {SECTORS.table, CONFLICTS.table, "*"} | {r.conflict.tbl for r in self.model.rows}
        if any(c.table in shown for c in changes):
            self.reload()

    # -- the selected conflict ----------------------------------------------------------------

    def _show_selected(self) -> None:
        row = self.selected()
        self.detail.setVisible(row is not None)
        self.message.clear()
        if row is None:
            return
        self.detail.setTitle(f"{row.record} — {row.field}".replace("&", "&&"))  # no mnemonic
        self.winner.value.setText(row.winner)
        self.winner.source.setText(self.tr("Changed on %1").replace("%1", row.winner_from))
        self.loser.value.setText(row.loser)
        self.loser.source.setText(self.tr("Changed on %1").replace("%1", row.loser_from))
        self._prepare_editor(row.conflict)

    def _prepare_editor(self, conflict: Conflict) -> None:
        """A list to choose from for coded fields (sector, economy, gender, Yes/No), else text."""
        field = conflict.field
        spec = declared_field(conflict.tbl, field)
        choices: list[tuple[str, Any]] = []
        coded = False
        if field == "sector":
            coded = True
            choices = [(sector_label(s.code) if s.builtin else s.label, s.code)
                       for s in self.db.smes.sectors()]
        elif spec is not None and spec.kind is Kind.CODE:
            coded = True
            choices = [(self.formatter.value(conflict.tbl, field, code), code)
                       for code in spec.codes]
        elif field == "deleted" or (spec is not None and spec.kind is Kind.BOOL):
            choices = [(self.tr("Yes"), 1), (self.tr("No"), 0)]
        self.new_choice.clear()
        if choices:
            if coded and not (spec and spec.required):
                self.new_choice.addItem(self.tr("(empty)"), None)
            for label, code in choices:
                self.new_choice.addItem(label, code)
            current = conflict.winner_value
            if not coded:
                current = 1 if current else 0
            self.new_choice.setCurrentIndex(max(0, self.new_choice.findData(current)))
            self.new_editor.setCurrentWidget(self.new_choice)
        else:
            self.new_text.setText("" if conflict.winner_value is None
                                  else str(conflict.winner_value))
            self.new_editor.setCurrentWidget(self.new_text)

    def _keep(self, winner: bool) -> None:
        row = self.selected()
        if row is not None:
            c = row.conflict
            self.resolve(c.id, c.winner_value if winner else c.loser_value)

    def _use_new(self) -> None:
        row = self.selected()
        if row is None:
            return
        conflict = row.conflict
        if self.new_editor.currentWidget() is self.new_choice:
            value: Any = self.new_choice.currentData()
        else:
            value = self.new_text.text()
            spec = declared_field(conflict.tbl, conflict.field)
            if spec is not None:  # "12" becomes 12 for a number field; a bad value is explained
                value, problem = spec.coerce(value)
                if problem:
                    self.message.setText(QCoreApplication.translate("Validation", problem))
                    return
        self.resolve(conflict.id, value)

    def resolve(self, conflict_id: str, value: Any) -> Changes:
        """Keep `value` for the conflict's field (a normal edit, which syncs) and close it."""
        try:
            changes = self.db.sync.resolve_conflict(conflict_id, value)
        except StorageError as exc:
            self.message.setText(user_message(exc) or str(exc))
            return ()
        self.ctx.bus.publish(changes)  # the list, the SME screens and this view refresh
        self.resolved.emit(changes)
        return changes

    def shutdown(self) -> None:
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
