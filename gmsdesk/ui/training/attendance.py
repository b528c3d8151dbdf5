"""Workshop mode: a fast sign-in screen for one session day, for a trainer who is also teaching.

Type a few letters of a name (any script), Enter marks the selected person present, the search
clears and keeps the focus, so the next arrival is two keystrokes away. Enter never takes a mark
off: someone pressing it twice, or on the wrong row, only marks present; taking a mark off is its
own key (Ctrl+Delete) and button. The roster is loaded once per day; every keystroke filters it
in memory (no SQL), over folded keys computed at load time.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import catalog
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change, Changes
from gmsdesk.storage.training import RosterRow, roster_rank
from gmsdesk.text import fold
from gmsdesk.ui.bus import ChangeBus
from gmsdesk.ui.labels import format_count, format_date
from gmsdesk.ui.undo import WriteCommand, push
from gmsdesk.ui.widgets import record_table

Index = QModelIndex | QPersistentModelIndex
NAME_POINT_SIZE = 19  # the name in its own script: readable from a step back
SEARCH_POINT_SIZE = 20
DETAIL_POINT_SIZE = 13  # Latin name and SME: still readable at arm's length
PRESENT_MARK = "✔"
UNMARK_KEYS = QKeySequence("Ctrl+Delete")  # takes a mark off: never Enter, never Space


@dataclass(frozen=True)
class RosterEntry:
    """One enrolled person as the attendance screen shows them."""

    person_id: str
    name: str
    name_latin: str
    sme_name: str
    present: bool
    key: str  # folded name, Latin name, SME and phone: what the search matches

WATCHED = {t.table for t in (catalog.ATTENDANCE, catalog.PARTICIPANTS, catalog.PEOPLE,
                             catalog.SESSIONS)}  # what the roster shows


def entry_from(row: RosterRow) -> RosterEntry:
    """A RosterEntry from a row of `db.training.roster()` (its key is already folded)."""
    return RosterEntry(row.person_id, row.name or row.name_latin or "", row.name_latin or "",
                       row.sme_name or "", row.present, row.key)


def filter_entries(entries: Sequence[RosterEntry], text: str,
                   within: Sequence[int] | None = None) -> list[int]:
    """Indices of the entries matching every word typed, ranked as `roster_rank` says (word
    starts first), each group in roster order."""
    words = fold(text).split()
    candidates = range(len(entries)) if within is None else within
    if not words:
        return list(candidates)
    first: list[int] = []
    rest: list[int] = []
    for i in candidates:
        rank = roster_rank(entries[i].key, words)
        if rank == 0:
            first.append(i)
        elif rank == 1:
            rest.append(i)
    return first + rest


class RosterModel(QAbstractTableModel):
    """The day's roster, filtered in memory: column 0 presence, 1 name, 2 Latin name, 3 SME."""

    COLUMNS = ("present", "name", "name_latin", "sme")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RosterEntry] = []
        self.visible: list[int] = []
        self.text = ""
        self._row_of: dict[str, int] = {}
        self.name_font = QFont()
        self.name_font.setPointSize(NAME_POINT_SIZE)
        self.detail_font = QFont()
        self.detail_font.setPointSize(DETAIL_POINT_SIZE)

    # -- data -----------------------------------------------------------------------------

    def set_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._row_of = {e.person_id: i for i, e in enumerate(entries)}
        self.visible = filter_entries(entries, self.text)
        self.endResetModel()

    def set_filter(self, text: str) -> int:
        """Show only the entries matching `text`; returns how many match."""
        narrowing = fold(text).startswith(fold(self.text)) and bool(fold(self.text))
        within = sorted(self.visible) if narrowing else None
        visible = filter_entries(self.entries, text, within)
        self.text = text
        if visible != self.visible:
            self.beginResetModel()
            self.visible = visible
            self.endResetModel()
        return len(visible)

    def set_present(self, person_id: str, present: bool) -> None:
        index = self._row_of.get(person_id)
        if index is None or self.entries[index].present == present:
            return
        self.entries[index] = replace(self.entries[index], present=present)
        try:
            row = self.visible.index(index)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def entry_at(self, row: int) -> RosterEntry | None:
        if 0 <= row < len(self.visible):
            return self.entries[self.visible[row]]
        return None

    def entry_of(self, person_id: str) -> RosterEntry | None:
        index = self._row_of.get(person_id)
        return None if index is None else self.entries[index]

    def row_of(self, person_id: str) -> int:
        index = self._row_of.get(person_id)
        if index is None:
            return -1
        try:
            return self.visible.index(index)
        except ValueError:
            return -1

    @property
    def present_count(self) -> int:
        return sum(1 for e in self.entries if e.present)

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "present":
                return PRESENT_MARK if entry.present else ""
            return {"name": entry.name, "name_latin": entry.name_latin,
                    "sme": entry.sme_name}[column]
        if role == Qt.ItemDataRole.FontRole:
            return self.name_font if column in ("present", "name") else self.detail_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "present":
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == "present":
            from PySide6.QtGui import QColor

            return QColor("#1b7f3b")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "present":
            return self.tr("present") if entry.present else self.tr("not yet here")
        if role == Qt.ItemDataRole.UserRole:
            return entry.person_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Here"), self.tr("Name"), self.tr("Name (Latin letters)"),
                self.tr("SME"))[section]


class MarkAttendance(WriteCommand):
    """Mark one person present or absent for one session; undo puts the old value back.
    A mark is storage's own write (it checks the day and the enrolment, and dates the mark),
    not a plain field edit, so it is a command of its own on the window's stack."""

    def __init__(self, db: Database, bus: ChangeBus, workshop_id: str, session_id: str,
                 person_id: str, present: bool, text: str) -> None:
        super().__init__(db, bus, text)
        self.workshop_id = workshop_id
        self.session_id = session_id
        self.person_id = person_id
        self.present = present

    def _mark(self, present: bool) -> Changes:
        return self.db.training.mark_attendance(self.workshop_id, self.session_id,
                                                self.person_id, present)

    def forward(self) -> Changes:
        return self._mark(self.present)

    def back(self) -> Changes:
        return self._mark(not self.present)


class AttendanceView(QWidget):
    """Pick the day, type, press Enter. Everything works from the keyboard."""

    sheet_requested = Signal()  # "Sign-in sheet…": the page prints the day's sheet

    def __init__(self, db: Database, bus: ChangeBus, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.undo_stack = undo_stack  # the window's
        self.workshop_id: str | None = None
        self.sessions: list[Any] = []
        self.model = RosterModel(self)

        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("attendance_day")
        self.day_combo.setMinimumContentsLength(16)
        self.day_combo.currentIndexChanged.connect(lambda _: self.load_roster())
        day_label = QLabel(self.tr("Session &day:"), self)
        day_label.setBuddy(self.day_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("attendance_count")
        count_font = QFont(self.count_label.font())
        count_font.setPointSize(16)
        count_font.setBold(True)
        self.count_label.setFont(count_font)

        self.search = QLineEdit(self)
        self.search.setObjectName("attendance_search")
        self.search.setClearButtonEnabled(True)
        search_font = QFont(self.search.font())
        search_font.setPointSize(SEARCH_POINT_SIZE)
        self.search.setFont(search_font)
        # Room at the sides for letters that reach past their start at this size (a Khmer
        # letter's loop, a Burmese vowel sign before its consonant): else the first is cut.
        side = QFontMetrics(search_font).averageCharWidth() // 2
        self.search.setTextMargins(side, 0, side, 0)
        self.search.setPlaceholderText(self.tr("Type a name, then press Enter"))
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)

        self.table = record_table(self.model, "attendance_table", self)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 70)
        # Tall rows: Burmese and Khmer stack marks above and below the line.
        row_height = int(self.model.name_font.pointSizeF() * 3.0)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)

        keys = UNMARK_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        self.hint = QLabel(self.tr(
            "Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the "
            "search. %1 takes a mark off; Ctrl+Z undoes the last step.").replace("%1", keys),
            self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("attendance_hint")
        self.status = QLabel(self)
        self.status.setObjectName("attendance_status")
        self.status.setWordWrap(True)
        self.unmark_button = QPushButton(self.tr("Not &here (take the mark off)"), self)
        self.unmark_button.setObjectName("attendance_unmark")
        self.unmark_button.setToolTip(self.tr(
            "Take the present mark off the highlighted person (%1)").replace("%1", keys))
        self.unmark_button.setAutoDefault(False)
        self.unmark_button.clicked.connect(self.unmark_current)
        self.sheet_button = QPushButton(self.tr("Sign-in &sheet…"), self)
        self.sheet_button.setObjectName("attendance_sheet")
        self.sheet_button.setToolTip(self.tr(
            "Print the day's sign-in sheet for people to sign (Ctrl+P)"))
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.clicked.connect(self.sheet_requested)

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_combo)
        top.addWidget(self.sheet_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.unmark_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)

        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.search)

    # -- loading --------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        data = self.day_combo.currentData()
        return str(data) if data else None

    def set_workshop(self, workshop_id: str | None, sessions: Sequence[Any],
                     today: datetime.date | None = None) -> None:
        """Show this workshop's days; the current day is today's session if there is one."""
        keep = self.session_id if workshop_id == self.workshop_id else None
        self.workshop_id = workshop_id
        self.sessions = list(sessions)
        today_iso = (today or datetime.date.today()).isoformat()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for number, session in enumerate(self.sessions, start=1):
            self.day_combo.addItem(self._day_text(number, session), session.id)
        index = self.day_combo.findData(keep) if keep else -1
        if index < 0:
            days = [s.day for s in self.sessions]
            index = days.index(today_iso) if today_iso in days else 0
        self.day_combo.setCurrentIndex(index if self.sessions else -1)
        self.day_combo.blockSignals(False)
        self.load_roster()

    def _day_text(self, number: int, session: Any) -> str:
        try:
            day = datetime.date.fromisoformat(session.day)
        except (TypeError, ValueError):
            return str(session.day)
        return self.tr("Day %1 — %2").replace("%1", format_count(number)).replace(
            "%2", format_date(day, "long"))

    def load_roster(self) -> None:
        """Read the day's roster (one query); keystrokes then only filter it."""
        if self.workshop_id and self.session_id:
            rows = self.db.training.roster(self.workshop_id, self.session_id)
            entries = [entry_from(r) for r in rows]
        else:
            entries = []
        self.model.set_entries(entries)
        self._after_filter()
        self._show_count()

    def refresh_presence(self) -> None:
        """Re-read presence (another laptop marked someone, or a day was re-synced)."""
        if not (self.workshop_id and self.session_id):
            return
        current = self._current_person()
        rows = self.db.training.roster(self.workshop_id, self.session_id)
        entries = [entry_from(r) for r in rows]
        if [e.person_id for e in entries] != [e.person_id for e in self.model.entries]:
            self.model.set_entries(entries)
            if current:
                self._select_row(self.model.row_of(current))
        else:
            for entry in entries:
                self.model.set_present(entry.person_id, entry.present)
        self._show_count()

    # -- filtering and moving -------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.model.text.strip() and self.model.rowCount() > 0:
            self._select_row(0)
        elif self.model.rowCount() == 0:
            self.table.clearSelection()
        if self.model.text.strip() and self.model.rowCount() == 0:
            self.status.setText(self.tr("Nobody enrolled matches “%1”.").replace(
                "%1", self.model.text.strip()))
        elif self.status.text() and self.model.text.strip():
            self.status.setText("")

    def _select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _current_person(self) -> str | None:
        entry = self.model.entry_at(self._current_row())
        return entry.person_id if entry else None

    def move_selection(self, step: int) -> None:
        """The highlighted row `step` rows down (up when negative), within the list."""
        count = self.model.rowCount()
        if count == 0:
            return
        row = self._current_row()
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        self._select_row(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # Undo means the window's last step (here, the last mark), not the search box's
            # typing (cleared anyway), which a line edit would otherwise take Ctrl+Z for.
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.undo_stack.redo()
                return True
            key = event.key()
            # Taking a mark off is its own deliberate key (a line edit would delete a word).
            if QKeySequence(event.keyCombination()) == UNMARK_KEYS or (
                    watched is self.table and key == Qt.Key.Key_Delete
                    and not event.modifiers()):
                self.unmark_current()
                return True
            plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                              | Qt.KeyboardModifier.AltModifier))
            if plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                 Qt.Key.Key_PageDown) and watched is self.search:
                page = max(1, self.table.viewport().height()
                           // max(1, self.table.verticalHeader().defaultSectionSize()) - 1)
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page,
                        Qt.Key.Key_PageDown: page}[Qt.Key(key)]
                self.move_selection(step)
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.mark_current()
                return True
            # Space marks from the list, or from an empty search box; inside a typed name it
            # is a space ("Sok Dara").
            if plain and key == Qt.Key.Key_Space and (watched is self.table
                                                      or not self.search.text()):
                self.mark_current()
                return True
            if plain and key == Qt.Key.Key_Escape and watched is self.search and \
                    self.search.text():
                self.search.clear()
                return True
            if watched is self.table and plain and event.text() and event.text().isprintable():
                # Typing in the list goes on in the search box.
                self.search.setFocus()
                self.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    # -- marking --------------------------------------------------------------------------

    def _highlighted(self) -> RosterEntry | None:
        """The highlighted person, or the only one the search left."""
        row = self._current_row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        return self.model.entry_at(row)

    def mark_current(self) -> None:
        """Mark the highlighted person present (someone already marked stays so), then get
        ready for the next arrival: search cleared, focus back in it."""
        entry = self._highlighted()
        if entry is None:
            return
        self.set_presence(entry.person_id, True)
        self._ready_for_next(entry.person_id)

    def unmark_current(self) -> None:
        """Take the present mark off the highlighted person: the deliberate way back (Enter
        never does it)."""
        entry = self._highlighted()
        if entry is None:
            return
        self.set_presence(entry.person_id, False)
        self._ready_for_next(entry.person_id)

    def _ready_for_next(self, person_id: str) -> None:
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_row(self.model.row_of(person_id))

    def mark_row(self, row: int) -> None:
        entry = self.model.entry_at(row)
        if entry is not None:
            self.set_presence(entry.person_id, True)

    def set_presence(self, person_id: str, present: bool) -> None:
        """Mark one person present or absent (an undoable step); saying so when they already
        were, with how to change it."""
        entry = self.model.entry_of(person_id)
        if entry is None or not (self.workshop_id and self.session_id):
            return
        shown = entry.name if not entry.name_latin or entry.name == entry.name_latin else \
            f"{entry.name} ({entry.name_latin})"
        if entry.present == present:
            keys = UNMARK_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            self.status.setText((self.tr("%1 is already marked present. To take the mark off, "
                                         "press %2.").replace("%2", keys) if present
                                 else self.tr("%1 is not marked present.")).replace("%1", shown))
            return
        who = entry.name_latin or entry.name
        text = (self.tr("mark %1 present") if present else self.tr("mark %1 absent")).replace(
            "%1", who)
        if not push(self.undo_stack, MarkAttendance(
                self.db, self.bus, self.workshop_id, self.session_id, person_id, present,
                text), self):
            return
        self.model.set_present(person_id, present)
        self._show_count()
        self.status.setText((self.tr("✔ %1 is here.") if present
                             else self.tr("The mark is off: %1 is not marked present."))
                            .replace("%1", shown))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:  # the "Here" box marks; taking a mark off is the button
            self.mark_row(index.row())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != 0:
            self.mark_row(index.row())

    def _show_count(self) -> None:
        total = len(self.model.entries)
        self.count_label.setText(self.tr("Present %1 of %2").replace(
            "%1", format_count(self.model.present_count)).replace("%2", format_count(total)))

    def apply_changes(self, changes: list[Change]) -> None:
        """Refresh after writes: a sync, another screen, or an undo (which may be of a mark
        on another day than the one shown, so the day shown is read again)."""
        if any(c.table in WATCHED
               or c.op == "reload" for c in changes):
            self.refresh_presence()
