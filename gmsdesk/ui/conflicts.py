"""Conflicts: two people changed the same field at the same time. Everyone already sees one value
(the deterministic winner); here a person says which value is right, or types the right one.

Resolving is an ordinary local edit (`db.sync.resolve_conflict`), so it syncs to every device.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QLocale,
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
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.errors import NotFound, StorageError
from gmsdesk.storage.records import Change
from gmsdesk.storage.smes import COUNTRIES, GENDERS, ICT_FIELDS
from gmsdesk.storage.sync_store import Conflict
from gmsdesk.sync.hlc import unpack
from gmsdesk.ui.errors import user_message
from gmsdesk.ui.labels import country_label, field_label, gender_label, sector_label
from gmsdesk.ui.widgets import heading as make_heading
from gmsdesk.ui.widgets import record_table

SortRole = Qt.ItemDataRole.UserRole + 1
CODED_FIELDS = ("sector", "country", "contact_gender")
YES_NO_FIELDS = (*ICT_FIELDS, "deleted")


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict as the table shows it (immutable: the model only holds these)."""

    conflict: Conflict
    record: str
    field: str
    winner: str
    winner_from: str
    loser: str
    loser_from: str


class ValueFormatter:
    """Stored values in words: sector and country names, Yes/No, numbers in the UI locale."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.device_id = db.device_id
        self.custom_sectors = {s.code: s.label for s in db.smes.sectors() if not s.builtin}

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return QCoreApplication.translate("Conflicts", "(empty)")
        if field == "sector":
            return sector_label(str(value), self.custom_sectors)
        if field == "country":
            return country_label(str(value))
        if field == "contact_gender":
            return gender_label(str(value))
        if field in YES_NO_FIELDS:
            return (QCoreApplication.translate("Conflicts", "Yes") if value
                    else QCoreApplication.translate("Conflicts", "No"))
        if isinstance(value, int):
            return QLocale().toString(value)
        return str(value)

    def source(self, device: str, hlc: int) -> str:
        """"this computer, 03/05/2025 14:05" — who made the edit, and when (local time)."""
        if device and device == self.device_id:
            who = QCoreApplication.translate("Conflicts", "this computer")
        elif device:
            who = QCoreApplication.translate("Conflicts", "computer %1").replace(
                "%1", device[:8])
        else:
            who = QCoreApplication.translate("Conflicts", "another computer")
        if not hlc:
            return who
        moment = QDateTime.fromMSecsSinceEpoch(unpack(hlc)[0]).toLocalTime()
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("Conflicts", "%1, %2").replace("%1", who).replace(
            "%2", when)

    def record(self, conflict: Conflict) -> str:
        if conflict.tbl == "smes":
            try:
                sme = self.db.smes.get(conflict.record_id)
            except NotFound:
                pass
            else:
                return sme.name or sme.name_local or conflict.record_id
        return conflict.record_id

    def row(self, conflict: Conflict) -> ConflictRow:
        return ConflictRow(
            conflict, self.record(conflict), field_label(conflict.field),
            self.value(conflict.field, conflict.winner_value),
            self.source(conflict.winner_device, conflict.winner_hlc),
            self.value(conflict.field, conflict.loser_value),
            self.source(conflict.loser_device, conflict.loser_hlc))


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
            "record": self.tr("SME"),
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
    resolved = Signal(object)  # list[Change], already published on the bus

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
        self.table.setWordWrap(False)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)

        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again, keeping the selection when it is still open."""
        current = self.selected()
        formatter = ValueFormatter(self.db)
        self.model.set_rows([formatter.row(c) for c in self.db.sync.open_conflicts()])
        if self.model.rows:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):
                self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 110),
                                                      320))
        self.empty.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        if self.model.rows:
            ids = [r.conflict.id for r in self.model.rows]
            self.select(current.conflict.id if current and current.conflict.id in ids
                        else self.proxy_row_id(0))
        self._show_selected()

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
        if any(c.table in ("conflicts", "smes", "sectors", "*") for c in changes):
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
        choices: list[tuple[str, Any]] = []
        if field == "sector":
            choices = [(sector_label(s.code) if s.builtin else s.label, s.code)
                       for s in self.db.smes.sectors()]
        elif field == "country":
            choices = [(country_label(code), code) for code in COUNTRIES]
        elif field == "contact_gender":
            choices = [(gender_label(code), code) for code in GENDERS]
        elif field in YES_NO_FIELDS:
            choices = [(self.tr("Yes"), 1), (self.tr("No"), 0)]
        self.new_choice.clear()
        if choices:
            if field in CODED_FIELDS:
                self.new_choice.addItem(self.tr("(empty)"), None)
            for label, code in choices:
                self.new_choice.addItem(label, code)
            current = conflict.winner_value
            if field in YES_NO_FIELDS:
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
            if conflict.tbl == "smes":
                try:  # "12" becomes 12 for a number field; a bad value is explained
                    value = self.db.smes.clean({conflict.field: value}, partial=True).get(
                        conflict.field, value)
                except StorageError as exc:
                    self.message.setText(user_message(exc) or str(exc))
                    return
        self.resolve(conflict.id, value)

    def resolve(self, conflict_id: str, value: Any) -> list[Change]:
        """Keep `value` for the conflict's field (a normal edit, which syncs) and close it."""
        try:
            changes = self.db.sync.resolve_conflict(conflict_id, value)
        except StorageError as exc:
            self.message.setText(user_message(exc) or str(exc))
            return []
        self.ctx.bus.publish(changes)  # the list, the SME screens and this view refresh
        self.resolved.emit(changes)
        return changes

    def shutdown(self) -> None:
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
