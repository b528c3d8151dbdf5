"""Import SMEs from a CSV or XLSX file in three steps: choose the file, match its columns, check.

Reading the file and the import itself run as background tasks, each with its own database
connection; the preview of the first rows is cheap and is recomputed on every mapping change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import transfer
from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import ICT_FIELDS, SME_FIELDS
from gmsdesk.transfer import (
    AmbiguousEncoding,
    EncodingCandidate,
    ImportFileError,
    ImportReport,
    ReadCancelled,
    SourceTable,
)
from gmsdesk.ui.errors import show_error, user_message
from gmsdesk.ui.labels import country_label, field_label, gender_label, sector_label
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.widgets import fit_to_screen

PREVIEW_ROWS = 20
# "id" lets a file exported from GMS Desk update the records it came from.
IMPORTABLE_FIELDS = (*SME_FIELDS, "id")
NAME_FIELDS = {"name", "name_local"}
FILE_SUFFIXES = (".csv", ".xlsx")

_PROBLEM_BACKGROUND = QColor("#fde2e0")
_PROBLEM_FOREGROUND = QColor("#4a1410")  # dark text on the tint, also under a dark theme
_NOTICE_STYLE = (
    "QLabel { background: #fdecea; color: #5f1712; border: 1px solid #f1b8b3;"
    " border-radius: 4px; padding: 8px; }"
)
_ARG = re.compile(r"%(\d)")


def _fill(text: str, *args: object) -> str:
    """QString.arg for translated text: %1, %2... replaced in one pass."""
    return _ARG.sub(lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args)
                    else m.group(0), text)


def validation_text(message: str) -> str:
    return QCoreApplication.translate("Validation", message)


def file_problem(exc: Exception) -> tuple[str, str]:
    """Plain words for a file that could not be read, and the technical detail (often empty).

    transfer.read_table appends " (detail)" to some marked messages, which would keep them from
    being found in the translations; the marked part is translated on its own.
    """
    text = str(exc)
    translated = QCoreApplication.translate("Import", text)
    if translated != text:
        return translated, ""
    head, sep, detail = text.partition(" (")
    if sep and detail.endswith(")"):
        return QCoreApplication.translate("Import", head), detail[:-1]
    return text, ""


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _RowsModel(QAbstractTableModel):
    """Read-only rows of text; rows listed in `flagged` are tinted because they have problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._flagged: frozenset[int] = frozenset()
        self._row_labels: tuple[str, ...] = ()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 flagged: Sequence[int] = (), row_labels: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        self._flagged = frozenset(flagged)
        self._row_labels = tuple(row_labels)
        self.endResetModel()

    def is_flagged(self, row: int) -> bool:
        return row in self._flagged

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[row][column]
            return text if text or role == Qt.ItemDataRole.DisplayRole else None
        if row in self._flagged:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_PROBLEM_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_PROBLEM_FOREGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        if section < len(self._row_labels):
            return self._row_labels[section]
        return str(section + 1)


class _FieldCombo(QComboBox):
    """The SME field one file column goes to. The wheel scrolls the table unless it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ImportDialog(QDialog):
    """Choose a spreadsheet, match its columns to SME fields, check the first rows, import.

    `imported` carries the ImportReport once an import ended, also a cancelled one (the rows
    before Cancel are kept). `file_loaded` says whether a file given to `load_file` could be read.
    When a CSV file's text encoding is not certain, `encoding_asked` carries the candidate
    encodings; the first step shows each one's reading of the first rows, and choosing one
    reads the file in it.
    """

    imported = Signal(object)  # ImportReport
    file_loaded = Signal(bool)
    encoding_asked = Signal(list)  # [EncodingCandidate]

    CHOOSE, MATCH, CHECK, WORKING, RESULT = range(5)

    def __init__(self, db: Database, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.table: SourceTable | None = None
        self.report: ImportReport | None = None
        self._read_task: Task | None = None
        self._import_task: Task | None = None
        self._combos: list[_FieldCombo] = []
        self._reading: Path | None = None  # the file being read, or last read
        # Of a file whose encoding was asked: each candidate's button and preview.
        self.encoding_buttons: dict[str, QRadioButton] = {}
        self.encoding_previews: dict[str, QTableWidget] = {}

        self.setWindowTitle(self.tr("Import SMEs from a file"))
        self.setAcceptDrops(True)

        self.step_label = QLabel()
        font = self.step_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.step_label.setFont(font)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_match_page())
        self.pages.addWidget(self._build_check_page())
        self.pages.addWidget(self._build_working_page())
        self.pages.addWidget(self._build_result_page())

        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.stop_button.setAutoDefault(False)  # Enter must not stop an import by accident
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self.stop_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, self.stop_button,
                       self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 880, 580)

        self._show_page(self.CHOOSE)
        if path is not None:
            self.load_file(path)

    # -- pages --------------------------------------------------------------------------------

    @staticmethod
    def _notice() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(_NOTICE_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Choose a spreadsheet with one SME per row and the column names in the first row. "
            "CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_label = QLabel(self.tr("File:"))
        file_label.setBuddy(self.file_edit)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.file_status = QLabel()
        self.file_status.setWordWrap(True)
        self.file_error = self._notice()
        drop_hint = QLabel(self.tr("You can also drop a file on this window."))
        drop_hint.setEnabled(False)  # drawn in the palette's quieter colour

        # A CSV file whose encoding is not certain: each reading of its first rows, to choose.
        self.encoding_intro = QLabel()
        self.encoding_intro.setWordWrap(True)
        self.encoding_group = QButtonGroup(self)
        self.encoding_group.setExclusive(True)
        self._encoding_list = QVBoxLayout()
        self._encoding_list.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self._encoding_list)
        self.encoding_area = QScrollArea()
        self.encoding_area.setWidgetResizable(True)
        self.encoding_area.setFrameShape(QFrame.Shape.NoFrame)
        self.encoding_area.setWidget(holder)
        self.encoding_intro.hide()
        self.encoding_area.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.file_status)
        layout.addWidget(self.file_error)
        layout.addWidget(self.encoding_intro)
        layout.addWidget(self.encoding_area, 10)  # when shown, the space below is its
        layout.addStretch(1)
        layout.addWidget(drop_hint)
        return page

    def _build_match_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "GMS Desk guessed which SME field each column holds from the column names. Check "
            "each line and change what is wrong; a field can be chosen for one column only. "
            "Columns set to “— do not import —” are left out."))
        intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setHorizontalHeaderLabels([
            self.tr("Column in the file"), self.tr("Example"), self.tr("Example"),
            self.tr("Import as"),
        ])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setTabKeyNavigation(False)
        self.mapping_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # One line a row, as tall as its chooser: an example too long is cut in the middle
        # (whole in its tooltip). Rows measured before the dialog had its width were as tall
        # as a long column name wrapped in a narrow column, the chooser stretched with them.
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.mapping_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_warning = self._notice()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_warning)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.preview_model = _RowsModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setWordWrap(True)
        self.preview_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.horizontalHeader().setMinimumSectionSize(60)
        self.import_error = self._notice()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.import_error)
        return page

    def _build_working_page(self) -> QWidget:
        page = QWidget()
        self.working_label = QLabel()
        self.working_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        hint = QLabel(self.tr("You can cancel; the rows imported before that are kept."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.working_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.cancelled_label = self._notice()
        self._problems_intro_text = self.tr(
            "These rows were not imported. Correct them in the file and import it again; "
            "the rows already imported will not be added twice.")
        self.problems_intro = QLabel(self._problems_intro_text)
        self.problems_intro.setWordWrap(True)
        self.problems_model = _RowsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.save_problems_button = QPushButton(self.tr("&Save problem list…"))
        self.save_problems_button.clicked.connect(lambda: self.save_problems())
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_problems_button)
        save_row.addWidget(self.saved_label, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_label)
        layout.addWidget(self.cancelled_label)
        layout.addWidget(self.problems_intro)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(save_row)
        self._problem_widgets = (self.problems_intro, self.problems_view,
                                 self.save_problems_button, self.saved_label)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = {
            self.CHOOSE: self.tr("Step 1 of 3: Choose a file"),
            self.MATCH: self.tr("Step 2 of 3: Match the columns"),
            self.CHECK: self.tr("Step 3 of 3: Check"),
            self.WORKING: self.tr("Importing"),
            self.RESULT: self.tr("Import cancelled") if self.report and self.report.cancelled
            else self.tr("Import finished"),
        }
        self.step_label.setText(titles[page])
        self.back_button.setVisible(page in (self.MATCH, self.CHECK))
        self.next_button.setVisible(page in (self.CHOOSE, self.MATCH))
        self.import_button.setVisible(page == self.CHECK)
        self.stop_button.setVisible(page == self.WORKING)
        self.stop_button.setEnabled(True)
        self.cancel_button.setVisible(page in (self.CHOOSE, self.MATCH, self.CHECK))
        self.close_button.setVisible(page == self.RESULT)
        # Enter goes on to the next step, never into the import: an Enter that went on to the
        # check, pressed twice, would write the file's rows. Import is pressed on purpose (a
        # click, Alt+I, or Enter once Tab has reached it).
        default = {self.CHOOSE: self.next_button, self.MATCH: self.next_button,
                   self.RESULT: self.close_button}.get(page)
        for button in (self.next_button, self.import_button, self.close_button):
            button.setDefault(button is default)
        self._update_buttons()
        focus: QWidget | None = {
            self.CHOOSE: self.next_button if self.next_button.isEnabled() else self.choose_button,
            self.MATCH: self._combos[0] if self._combos else None,
            self.CHECK: self.preview_view,
            self.WORKING: self.stop_button,
            self.RESULT: self.close_button,
        }.get(page)
        if focus is not None:
            focus.setFocus()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def go_back(self) -> None:
        if self.current_page() in (self.MATCH, self.CHECK):
            self._show_page(self.current_page() - 1)

    def go_next(self) -> None:
        if self.current_page() in (self.CHOOSE, self.MATCH) and self.next_button.isEnabled():
            self._show_page(self.current_page() + 1)

    def _update_buttons(self) -> None:
        loaded = self.table is not None and bool(self.table.head) and self._read_task is None
        named = bool(NAME_FIELDS & set(self.mapping().values()))
        page = self.current_page()
        self.next_button.setEnabled(loaded and (page != self.MATCH or named))
        self.import_button.setEnabled(loaded and named and self._import_task is None)
        self.mapping_warning.setText(QCoreApplication.translate(
            "Import", "Choose which column holds the business name."))
        self.mapping_warning.setVisible(loaded and not named)

    # -- step 1: the file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.table.path.parent) if self.table else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), start,
            self.tr("Spreadsheets") + " (*.csv *.xlsx)")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: str | Path, encoding: str | None = None) -> None:
        """Read the file in the background (a CSV file in `encoding`, or in the one found);
        `file_loaded` tells how it went, `encoding_asked` when the encoding is not certain.

        Ignored while another file is being read (the button and drops are disabled then).
        """
        if self._read_task is not None or self._import_task is not None:
            return
        path = Path(path)
        if encoding is None:  # another file, or the same chosen again: found anew
            self._clear_encodings()
        self._reading = path
        self.table = None
        self.file_edit.setText(str(path))
        self.file_error.hide()
        self.file_status.setText(self.tr("Reading the file…"))
        self.choose_button.setEnabled(False)
        for button in self.encoding_buttons.values():
            button.setEnabled(False)
        self._read_task = run_task(
            self, self.tr("Reading the file"), self.db.path,
            lambda db, progress: transfer.read_table(path, encoding, progress),
            on_done=self._file_read, on_error=self._file_failed, user=self.db.user)
        self._update_buttons()

    def _reading_stopped(self) -> None:
        """The person stopped waiting for a file: back to no file."""
        self.file_edit.clear()
        self.file_status.clear()
        self.file_error.hide()
        self._clear_encodings()
        self._fill_mapping({})
        self._update_buttons()
        self.file_loaded.emit(False)

    def _file_read(self, table: SourceTable) -> None:
        task, self._read_task = self._read_task, None
        self.choose_button.setEnabled(True)
        for button in self.encoding_buttons.values():
            button.setEnabled(True)
        if task is not None and task.cancelled:
            self._reading_stopped()
            return
        self.table = table
        # The field names as this screen shows them count as header words too: a file
        # exported or typed in the user's language is matched ("Tỉnh/thành phố").
        labels = {name: (self._field_text(name), field_label(name))
                  for name in IMPORTABLE_FIELDS}
        mapping = transfer.guess_mapping(table.headers, labels)
        self._fill_mapping(mapping)
        if table.head:
            text = (self.tr("The file has %n rows below the column names.", "", table.total)
                    + " " + self.tr("%n columns were matched to SME fields; check them in the "
                                    "next step.", "", len(mapping)))
            if table.encoding and not table.encoding.startswith("utf-8"):
                text += " " + _fill(self.tr("Its text is read as %1."), QCoreApplication.translate(
                    "Import", transfer.encoding_name(table.encoding)))
            self.file_status.setText(text)
        else:
            self.file_status.clear()
            self.file_error.setText(self.tr(
                "The file has column names but no rows below them. Choose another file."))
            self.file_error.show()
        self._show_page(self.CHOOSE)
        self.file_loaded.emit(True)

    def _clear_encodings(self) -> None:
        for button in self.encoding_buttons.values():
            self.encoding_group.removeButton(button)
        while (item := self._encoding_list.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.encoding_buttons = {}
        self.encoding_previews = {}
        self.encoding_intro.hide()
        self.encoding_area.hide()

    def _ask_encoding(self, candidates: Sequence[EncodingCandidate]) -> None:
        """Show each candidate encoding's reading of the first rows, to choose one by."""
        self._clear_encodings()
        self.encoding_intro.setText(self.tr(
            "The text of this file can be read in more than one way. Choose the reading in "
            "which the names look right; the file is then read that way."))
        for candidate in candidates:
            name = QCoreApplication.translate("Import", candidate.name)
            button = QRadioButton(name)
            button.setAccessibleName(_fill(self.tr("Read the file as %1"), name))
            button.toggled.connect(
                lambda checked, encoding=candidate.encoding: self._encoding_chosen(
                    encoding, checked))
            self.encoding_group.addButton(button)
            preview = self._encoding_preview(candidate)
            preview.setAccessibleName(_fill(self.tr("The first rows read as %1"), name))
            self._encoding_list.addWidget(button)
            self._encoding_list.addWidget(preview)
            self.encoding_buttons[candidate.encoding] = button
            self.encoding_previews[candidate.encoding] = preview
        self._encoding_list.addStretch(1)
        self.encoding_intro.show()
        self.encoding_area.show()

    @staticmethod
    def _encoding_preview(candidate: EncodingCandidate) -> QTableWidget:
        rows = candidate.rows[1:]
        headers = candidate.rows[0] if candidate.rows else []
        width = max([len(headers), *(len(row) for row in rows)])
        table = QTableWidget(len(rows), width)
        table.setHorizontalHeaderLabels([*headers, *[""] * (width - len(headers))])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setVisible(False)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2)
        return table

    def _encoding_chosen(self, encoding: str, checked: bool) -> None:
        if checked and self._reading is not None:
            self.load_file(self._reading, encoding)

    def _file_failed(self, exc: Exception) -> None:
        task, self._read_task = self._read_task, None
        self.choose_button.setEnabled(True)
        for button in self.encoding_buttons.values():
            button.setEnabled(True)
        self.table = None
        self._fill_mapping({})
        self.file_status.clear()
        if isinstance(exc, ReadCancelled) or (task is not None and task.cancelled):
            self._reading_stopped()
            return
        if isinstance(exc, AmbiguousEncoding):
            self._ask_encoding(exc.candidates)
            self._show_page(self.CHOOSE)
            self.file_loaded.emit(False)
            self.encoding_asked.emit(list(exc.candidates))
            return
        detail = ""
        if isinstance(exc, ImportFileError):
            message, detail = file_problem(exc)
        else:
            found = user_message(exc)
            if found is None:  # a bug: the crash dialog has the details
                show_error(self, exc)
                found = self.tr("The file could not be read.")
            message = found
        if detail:  # a damaged or mislabelled file; saving it again usually mends it
            message += " " + self.tr("Open it in Excel or LibreOffice, save it again as .xlsx or "
                                     "as CSV UTF-8, and choose it again.")
            message += "\n" + _fill(self.tr("Details: %1"), detail)
        self.file_error.setText(message)
        self.file_error.show()
        self._show_page(self.CHOOSE)
        self.file_loaded.emit(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_file(path)

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        if self.current_page() not in (self.CHOOSE, self.MATCH, self.CHECK):
            return None
        if self._read_task is not None:
            return None
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in FILE_SUFFIXES else None

    # -- step 2: the mapping ------------------------------------------------------------------

    def _field_text(self, name: str) -> str:
        if name in ICT_FIELDS:  # "E-mail" is a contact field and an ICT use; tell them apart
            return _fill(self.tr("Uses: %1"), field_label(name))
        return field_label(name)

    def _fill_mapping(self, mapping: Mapping[int, str]) -> None:
        table = self.mapping_table
        table.setRowCount(0)
        self._combos = []
        source = self.table
        if source is None:
            self._refresh_preview()
            return
        table.setRowCount(len(source.headers))
        for column, header in enumerate(source.headers):
            title = header or _fill(self.tr("(no name, column %1)"), _column_letter(column))
            item = QTableWidgetItem(title)
            item.setToolTip(_fill(self.tr("Column %1 of the file"), _column_letter(column)))
            table.setItem(column, 0, item)
            samples = [row[column] for row in source.head if column < len(row) and row[column]]
            for offset in range(2):
                text = samples[offset] if offset < len(samples) else ""
                sample = QTableWidgetItem(text)
                sample.setToolTip(text)
                table.setItem(column, 1 + offset, sample)
            combo = _FieldCombo()
            combo.addItem(self.tr("— do not import —"), None)
            for name in IMPORTABLE_FIELDS:
                combo.addItem(self._field_text(name), name)
            chosen = mapping.get(column)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.setAccessibleName(_fill(self.tr("Import column “%1” as"), title))
            combo.currentIndexChanged.connect(
                lambda _index, column=column: self._field_chosen(column))
            table.setCellWidget(column, 3, combo)
            if self._combos:
                QWidget.setTabOrder(self._combos[-1], combo)
            self._combos.append(combo)
        if self._combos:
            QWidget.setTabOrder(self._combos[-1], self.back_button)
        table.resizeRowsToContents()
        self._refresh_preview()

    def combo_for(self, column: int) -> QComboBox:
        """The field chooser of one file column (0-based)."""
        return self._combos[column]

    def mapping(self) -> dict[int, str]:
        """File column index -> SME field, as chosen now."""
        return {column: combo.currentData() for column, combo in enumerate(self._combos)
                if combo.currentData()}

    def _field_chosen(self, column: int) -> None:
        chosen = self._combos[column].currentData()
        if chosen:
            for other, combo in enumerate(self._combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._refresh_preview()
        self._update_buttons()

    # -- step 3: the check --------------------------------------------------------------------

    def _display(self, name: str, value: Any, sectors: Mapping[str, str]) -> str:
        if value is None or value == "":
            return ""
        text = str(value)
        if name == "sector":
            return sector_label(text, dict(sectors))
        if name == "country":
            return country_label(text)
        if name == "contact_gender":
            return gender_label(text)
        return text

    def _problems_text(self, errors: Mapping[str, str]) -> str:
        return "; ".join(f"{field_label(name)}: {validation_text(message)}"
                         for name, message in errors.items())

    def _refresh_preview(self) -> None:
        source = self.table
        if source is None:
            self.preview_model.set_rows([], [])
            self.summary_label.clear()
            return
        mapping = self.mapping()
        names = [mapping[column] for column in sorted(mapping)]
        custom = {s.code: s.label for s in self.db.smes.sectors() if not s.builtin}
        rows: list[tuple[str, ...]] = []
        flagged: list[int] = []
        for index, (values, errors) in enumerate(
                transfer.preview(self.db, source, mapping, PREVIEW_ROWS)):
            # Problems first: with many mapped fields a last column would be out of sight.
            rows.append((self._problems_text(errors),
                         *(self._display(n, values.get(n), custom) for n in names)))
            if errors:
                flagged.append(index)
        headers = [self.tr("Problems")] + [self._field_text(n) for n in names]
        # The row numbers a person sees in the file: the column names are row 1.
        self.preview_model.set_rows(headers, rows, flagged,
                                    [str(source.row_number(i)) for i in range(len(rows))])
        self.preview_view.resizeColumnsToContents()
        for column in range(len(headers)):
            limit = 320 if column == 0 else 240
            if self.preview_view.columnWidth(column) > limit:
                self.preview_view.setColumnWidth(column, limit)
        self.preview_view.resizeRowsToContents()  # long problem texts wrap

        total = source.total
        checked = len(rows)
        text = self.tr("%n rows in the file;", "", total) + " "
        if total <= PREVIEW_ROWS:
            if flagged:
                text += self.tr("%n of them have problems — those rows will be skipped and "
                                "listed after the import.", "", len(flagged))
            else:
                text += self.tr("none of them have problems.")
        elif flagged:
            text += _fill(self.tr("%n of the first %1 have problems — those rows will be skipped "
                                  "and listed after the import.", "", len(flagged)), checked)
        else:
            text += _fill(self.tr("none of the first %1 have problems."), checked)
        self.summary_label.setText(text)

    # -- the import ---------------------------------------------------------------------------

    def start_import(self) -> None:
        source = self.table
        if source is None or self._import_task is not None or not self.import_button.isEnabled():
            return
        mapping = dict(self.mapping())
        self.import_error.hide()
        self.progress_bar.setRange(0, 0)
        self.working_label.setText(self.tr("Importing %n rows…", "", source.total))
        self._show_page(self.WORKING)
        # The inline bar and Cancel stand in for run_task's progress dialog: that one is
        # window-modal and would cover them and block this dialog's own Cancel.
        self._import_task = run_task(
            self, self.tr("Importing SMEs"), self.db.path,
            lambda db, progress: transfer.import_smes(db, source, mapping, progress),
            on_done=self._import_done, on_error=self._import_failed,
            user=self.db.user, show_progress=False)
        self._import_task.progressed.connect(self._import_progressed)

    def _import_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def stop_import(self) -> None:
        """Cancel: the import stops after the rows it is writing now; those are kept."""
        if self._import_task is None:
            return
        self._import_task.cancel()
        self.stop_button.setEnabled(False)
        self.working_label.setText(self.tr("Stopping after the rows being saved now…"))

    def _import_done(self, report: ImportReport) -> None:
        self._import_task = None
        self.report = report
        self._show_result(report)
        self.imported.emit(report)

    def _import_failed(self, exc: Exception) -> None:
        self._import_task = None
        message = file_problem(exc)[0] if isinstance(exc, ImportFileError) else user_message(exc)
        self._show_page(self.CHECK)
        if message is None:
            show_error(self, exc)
            return
        self.import_error.setText(message)
        self.import_error.show()

    def _show_result(self, report: ImportReport) -> None:
        self.result_label.setText(_fill(
            self.tr("Added %1, updated %2, unchanged %3, with problems %4."),
            report.added, report.updated, report.unchanged, report.problems))
        if report.unlisted:
            self.problems_intro.setText(self._problems_intro_text + " " + _fill(self.tr(
                "The first %1 are listed; correct those and import again to see the rest."),
                len(report.failed)))
        else:
            self.problems_intro.setText(self._problems_intro_text)
        if report.cancelled:
            text = self.tr("Import cancelled; the rows before that are kept.")
            left = report.total - report.done
            if left > 0:
                text += " " + self.tr("%n rows were not reached; import the file again to add "
                                      "them.", "", left)
            self.cancelled_label.setText(text)
        self.cancelled_label.setVisible(report.cancelled)
        rows = [(str(result.row_number), field_label(name), validation_text(message))
                for result in report.failed for name, message in result.errors.items()]
        self.problems_model.set_rows(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")], rows)
        self.problems_view.resizeColumnsToContents()
        self.saved_label.clear()
        for widget in self._problem_widgets:
            widget.setVisible(bool(report.failed))
        self._show_page(self.RESULT)

    def save_problems(self, path: str | Path | None = None) -> bool:
        """Write the problem rows to a CSV (asks where when no path is given)."""
        report = self.report
        if report is None or not report.failed:
            return False
        if path is None:
            folder = self.table.path.parent if self.table else Path.home()
            stem = self.table.path.stem if self.table else "import"
            suggested = folder / (stem + "-" + self.tr("problems") + ".csv")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save problem list"), str(suggested),
                self.tr("CSV files") + " (*.csv)")
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() != ".csv":
                path = path.with_name(path.name + ".csv")
        path = Path(path)
        try:
            transfer.write_error_report(report, path, validation_text)
        except OSError as exc:
            show_error(self, exc)
            return False
        self.saved_label.setText(_fill(self.tr("Saved to %1"), path))
        return True

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Cancel; during an import it cancels the import and keeps the dialog."""
        if self._import_task is not None:
            self.stop_import()
            return
        if self._read_task is not None:
            self._read_task.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._import_task is not None:
            self.stop_import()
            event.ignore()
            return
        super().closeEvent(event)
