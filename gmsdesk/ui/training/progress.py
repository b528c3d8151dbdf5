"""Progress and scores: participants × the workshop's modules, plus pre/post test scores.

Space (or +) moves the selected cells one step forward; progress never moves back from here.
Going back is the revert dialog's job (a reason, a name, recorded), and reverted cells show it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDoubleValidator, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.records import Change
from gmsdesk.ui.labels import format_count, local_digits
from gmsdesk.ui.training.labels import PROGRESS_STATUSES, progress_label
from gmsdesk.ui.training.workshop_list import field as rec
from gmsdesk.ui.training.workshop_list import short_date

Index = QModelIndex | QPersistentModelIndex
ORDER = list(PROGRESS_STATUSES)  # not_started, in_progress, completed
SYMBOL = {"not_started": "", "in_progress": "◐", "completed": "✔"}
COLOURS = {"in_progress": QColor("#fff2cc"), "completed": QColor("#d9f2d9")}
REVERTED_COLOUR = QColor("#f8d7da")


@dataclass(frozen=True)
class Cell:
    status: str = "not_started"
    status_on: str | None = None
    reverted_by: str | None = None


@dataclass(frozen=True)
class Row:
    person_id: str
    name: str
    name_latin: str
    pre_score: float | None
    post_score: float | None


def parse_score(text: str) -> tuple[bool, float | None]:
    """(ok, value) for a score typed: empty clears it; else a number from 0 to 100."""
    text = text.strip().replace(",", ".")
    if not text:
        return True, None
    try:
        value = float(text)
    except ValueError:
        return False, None
    if not 0 <= value <= 100:
        return False, None
    return True, value


def next_status(status: str) -> str | None:
    index = ORDER.index(status) if status in ORDER else 0
    return ORDER[index + 1] if index + 1 < len(ORDER) else None


class ProgressModel(QAbstractTableModel):
    """Columns: name, one per module, pre score, post score."""

    score_rejected = Signal(str)  # a message for the person who typed it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.modules: list[tuple[str, str]] = []  # (code, title)
        self.cells: dict[tuple[str, str], Cell] = {}
        self.write_score: Callable[[str, str, float | None], None] | None = None
        self.name_font = QFont()
        self.name_font.setPointSize(12)
        self.reverted_font = QFont()
        self.reverted_font.setItalic(True)

    def load(self, rows: Sequence[Row], modules: Sequence[tuple[str, str]],
             cells: dict[tuple[str, str], Cell]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.modules = list(modules)
        self.cells = dict(cells)
        self.endResetModel()

    # columns
    def module_of(self, column: int) -> str | None:
        return self.modules[column - 1][0] if 1 <= column <= len(self.modules) else None

    def score_of(self, column: int) -> str | None:
        offset = column - 1 - len(self.modules)
        return ("pre_score", "post_score")[offset] if offset in (0, 1) else None

    def cell(self, row: int, column: int) -> Cell:
        module = self.module_of(column)
        if module is None or not 0 <= row < len(self.rows):
            return Cell()
        return self.cells.get((self.rows[row].person_id, module), Cell())

    def set_cell(self, person_id: str, module: str, cell: Cell) -> None:
        self.cells[(person_id, module)] = cell
        for r, row in enumerate(self.rows):
            if row.person_id == person_id:
                c = 1 + [m for m, _ in self.modules].index(module)
                self.dataChanged.emit(self.index(r, c), self.index(r, c))

    def completed_all(self, person_id: str) -> bool:
        return all(self.cells.get((person_id, m), Cell()).status == "completed"
                   for m, _ in self.modules)

    # Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.modules) + 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.score_of(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901 - Qt's data(): one branch per role and column
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.name_latin and row.name_latin != row.name:
                    return f"{row.name}  ({row.name_latin})"
                return row.name
            if role == Qt.ItemDataRole.FontRole:
                return self.name_font
            return None
        score = self.score_of(column)
        if score:
            value = getattr(row, score)
            if role == Qt.ItemDataRole.DisplayRole:  # typed in 0-9, shown by the rule
                return "" if value is None else local_digits(f"{value:g}")
            if role == Qt.ItemDataRole.EditRole:
                return "" if value is None else f"{value:g}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        cell = self.cell(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            text = SYMBOL.get(cell.status, "")
            return f"{text} ↺" if cell.reverted_by else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return progress_label(cell.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.reverted_by:
                return QBrush(REVERTED_COLOUR)
            colour = COLOURS.get(cell.status)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and cell.reverted_by:
            return self.reverted_font
        if role == Qt.ItemDataRole.ToolTipRole:
            text = progress_label(cell.status)
            if cell.status_on:
                text += " — " + short_date(cell.status_on)
            if cell.reverted_by:
                text += "\n" + self.tr("Moved back by %1").replace("%1", cell.reverted_by)
            return text
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        score = self.score_of(index.column())
        if role != Qt.ItemDataRole.EditRole or not score:
            return False
        ok, number = parse_score(str(value))
        if not ok:
            self.score_rejected.emit(self.tr("A score is a number from 0 to 100."))
            return False
        row = self.rows[index.row()]
        if getattr(row, score) == number:
            return True
        if self.write_score is not None:
            self.write_score(row.person_id, score, number)
        self.rows[index.row()] = Row(**{**row.__dict__, score: number})
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Participant")
            if self.module_of(section):
                return format_count(section)  # short: the title is in the tooltip, the legend
            return self.tr("Pre-test") if self.score_of(section) == "pre_score" else \
                self.tr("Post-test")
        if role == Qt.ItemDataRole.ToolTipRole and self.module_of(section):
            return self.modules[section - 1][1]
        return None


class ScoreDelegate(QStyledItemDelegate):
    """Score cells are typed with a 0–100 validator; the model still checks what arrives."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        validator = QDoubleValidator(0.0, 100.0, 1, editor)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        editor.setValidator(validator)
        return editor


class ProgressView(QWidget):
    """The grid with its actions. Writes go through the callbacks the page gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProgressModel(self)
        self.advance: Callable[[list[tuple[str, str]], str | None], None] | None = None
        self.revert: Callable[[str, str], None] | None = None

        self.table = QTableView(self)
        self.table.setObjectName("progress_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setMinimumSectionSize(44)
        self.table.installEventFilter(self)

        self.advance_button = QPushButton(self.tr("Next step (Space)"), self)
        self.advance_button.setObjectName("progress_advance")
        self.advance_button.clicked.connect(lambda: self.advance_selected(None))
        self.complete_button = QPushButton(self.tr("Complete module for all selected"), self)
        self.complete_button.setObjectName("progress_complete")
        self.complete_button.clicked.connect(lambda: self.advance_selected("completed"))
        self.revert_button = QPushButton(self.tr("Move back…"), self)
        self.revert_button.setObjectName("progress_revert")
        self.revert_button.setToolTip(self.tr(
            "Move one cell's progress back; needs a reason and is recorded"))
        self.revert_button.clicked.connect(self.revert_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.advance_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)

        self.legend = QLabel(self)
        self.legend.setObjectName("progress_legend")
        self.legend.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("progress_message")
        self.message.setWordWrap(True)
        self.model.score_rejected.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.legend)

    def load(self, rows: Sequence[Row], modules: Sequence[tuple[str, str]],
             cells: dict[tuple[str, str], Cell]) -> None:
        # A write reloads the grid: keep where the trainer was and what was selected.
        current = self.table.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else None
        chosen = [(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()]
        self.model.load(rows, modules, cells)
        selection = self.table.selectionModel()
        for row, column in chosen:
            if row < self.model.rowCount() and column < self.model.columnCount():
                selection.select(self.model.index(row, column),
                                 QItemSelectionModel.SelectionFlag.Select)
        if here and here[0] < self.model.rowCount() and here[1] < self.model.columnCount():
            selection.setCurrentIndex(self.model.index(*here),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        keys = "   ".join(f"{format_count(i)}. {title}"
                           for i, (_, title) in enumerate(modules, start=1))
        self.legend.setText(self.tr("Modules: %1").replace("%1", keys) + "\n" + self.tr(
            "◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the "
            "selected cells one step forward; type a score in the test columns."))

    def selected_cells(self) -> list[tuple[str, str]]:
        out = []
        for index in self.table.selectionModel().selectedIndexes():
            module = self.model.module_of(index.column())
            if module and 0 <= index.row() < len(self.model.rows):
                out.append((self.model.rows[index.row()].person_id, module))
        if not out:
            current = self.table.currentIndex()
            module = self.model.module_of(current.column()) if current.isValid() else None
            if module:
                out.append((self.model.rows[current.row()].person_id, module))
        return out

    def advance_selected(self, target: str | None) -> None:
        """One step forward for each selected cell (or straight to `target`)."""
        cells = self.selected_cells()
        if not cells:
            self.message.setText(self.tr("Select module cells first."))
            return
        if self.advance is not None:
            self.advance(cells, target)

    def revert_current(self) -> None:
        current = self.table.currentIndex()
        module = self.model.module_of(current.column()) if current.isValid() else None
        if not module:
            self.message.setText(self.tr("Select the module cell to move back first."))
            return
        if self.revert is not None:
            self.revert(self.model.rows[current.row()].person_id, module)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and self.table.state() != \
                QAbstractItemView.State.EditingState:
            column = self.table.currentIndex().column()
            on_module = self.model.module_of(column) is not None
            key = event.key()
            if on_module and key in (Qt.Key.Key_Space, Qt.Key.Key_Plus):
                self.advance_selected(None)
                return True
            if on_module and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
                                     Qt.Key.Key_Minus):
                self.message.setText(self.tr(
                    "Progress only moves forward. To correct a mistake, use “Move back…”: "
                    "it asks for a reason and records who did it."))
                return True
            if on_module and event.text() and event.text().isprintable():
                return True  # no editor on module cells
        return super().eventFilter(watched, event)


def cells_from(records: Sequence[Any]) -> dict[tuple[str, str], Cell]:
    return {(str(rec(r, "person_id")), str(rec(r, "module"))):
            Cell(str(rec(r, "status") or "not_started"), rec(r, "status_on"),
                 rec(r, "reverted_by")) for r in records}


def rows_from(records: Sequence[Any]) -> list[Row]:
    def score(value: Any) -> float | None:
        return None if value is None else float(value)

    return [Row(str(rec(r, "person_id")), str(rec(r, "name") or rec(r, "name_latin") or ""),
                str(rec(r, "name_latin") or ""), score(rec(r, "pre_score")),
                score(rec(r, "post_score"))) for r in records]


def changed_tables(changes: Sequence[Change]) -> set[str]:
    return {c.table for c in changes} | ({"*"} if any(c.op == "reload" for c in changes)
                                         else set())
