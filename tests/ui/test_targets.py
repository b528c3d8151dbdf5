"""The targets editor with real widgets: numbers typed with the keyboard (Enter down, Tab
right), a block pasted from a spreadsheet, Delete, undo and redo one step at a time, the
locale's digit grouping, baselines, headquarters' targets greyed on an agency's laptop, and
XLSX in and out."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication

from gmsdesk.storage.db import Database
from gmsdesk.storage.targets import XLSX_COLUMNS
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.reports.targets import TargetsEditor, number_text, parse_number

INDICATORS = [("people_trained", "People trained"), ("smes_online", "SMEs online"),
              ("workshops_held", "Workshops held")]
TODAY = date(2027, 2, 10)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def open_editor(ctx: AppContext, stack: QUndoStack, qtbot: Any, **choice: Any) -> TargetsEditor:
    editor = TargetsEditor(ctx, stack, indicators=INDICATORS, today=TODAY)
    qtbot.addWidget(editor)
    editor.resize(1300, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.set_choice(**choice)
    return editor


def go_to(editor: TargetsEditor, row: int, column: int) -> None:
    editor.table.setFocus()
    editor.table.selectionModel().setCurrentIndex(
        editor.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def keys(qtbot: Any, editor: TargetsEditor, *presses: str | Qt.Key) -> None:
    """Type as a person does: each key goes where the focus is (the grid, or the cell being
    typed in), and Qt's queued work after each key is done."""
    for press in presses:
        for key in (press if isinstance(press, str) else [press]):
            qtbot.keyClick(QApplication.focusWidget() or editor.table, key)
            qtbot.wait(1)


def stored(db: Database, indicator: str, scope: str, value: str | None,
           start: str = "2027-01-01", end: str = "2027-12-31") -> float | None:
    found = db.targets.find(indicator, scope, value, start, end)
    return None if found is None else found.value


def shown(editor: TargetsEditor, row: int, column: int) -> str:
    return str(editor.model.index(row, column).data())


def network(db: Database) -> None:
    db.agencies.save(None, {"agency": "kh-sr", "name": "Siem Reap Chamber", "country": "KH",
                            "provinces": ["Siem Reap", "Oddar Meanchey"]})


def test_numbers_read_and_shown_the_locales_way() -> None:
    from PySide6.QtCore import QLocale

    english, vietnamese = QLocale("en_US"), QLocale("vi_VN")
    assert number_text(12500, english) == "12,500"
    assert number_text(12500.5, english) == "12,500.5"
    assert number_text(12500, english, grouping=False) == "12500"
    assert parse_number("1,200", english) == (True, 1200.0)
    assert parse_number("1.200,5", vietnamese) == (True, 1200.5)
    assert parse_number("1,200.5", vietnamese) == (True, 1200.5)  # as English sheets copy it
    assert parse_number("", english) == (True, None)
    assert parse_number("-3", english)[0] is False
    assert parse_number("many", english)[0] is False


def test_the_rows_are_the_indicator_catalogue(ctx: AppContext, stack: QUndoStack,
                                              qtbot: Any) -> None:
    editor = TargetsEditor(ctx, stack, today=TODAY)
    qtbot.addWidget(editor)
    codes = [code for code, _ in editor.model.indicators]
    assert codes == [i.code for i in ctx.db.indicators.catalogue()]
    row = codes.index("people_trained")
    assert editor.model.headerData(row, Qt.Orientation.Vertical) == "People trained"
    assert editor.period().label == "2027"


def test_typing_with_the_keyboard_enter_down_tab_right(ctx: AppContext, stack: QUndoStack,
                                                       qtbot: Any) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="economy")
    assert [editor.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(editor.model.columnCount())][:2] == ["Cambodia", "Lao PDR"]
    go_to(editor, 0, 0)
    keys(qtbot, editor, "12500", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx.db, "people_trained", "economy", "KH") == 12500)
    assert editor.table.currentIndex().row() == 1  # Enter went down
    keys(qtbot, editor, "35", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(ctx.db, "smes_online", "economy", "KH") == 35)
    # Tab went right, into the next cell, ready for typing.
    assert (editor.table.currentIndex().row(), editor.table.currentIndex().column()) == (1, 1)
    keys(qtbot, editor, "4.5", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx.db, "smes_online", "economy", "LA") == 4.5)
    assert shown(editor, 0, 0) == "12,500"
    assert shown(editor, 1, 1) == "4.5"
    # Not a number: nothing stored, and the person is told.
    go_to(editor, 2, 0)
    keys(qtbot, editor, "lots", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a number" in editor.message.text())
    assert stored(ctx.db, "workshops_held", "economy", "KH") is None
    # Each cell typed is one undo step.
    assert stack.count() == 3
    stack.undo()
    assert stored(ctx.db, "smes_online", "economy", "LA") is None and shown(editor, 1, 1) == ""
    stack.undo()
    stack.redo()
    assert stored(ctx.db, "smes_online", "economy", "KH") == 35 and shown(editor, 1, 0) == "35"


def test_paste_a_block_from_a_spreadsheet_is_one_step(ctx: AppContext, stack: QUndoStack,
                                                      qtbot: Any) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="economy")
    QGuiApplication.clipboard().setText("1,200\t300\r\n40\t\r\n5\tlots\r\n")
    go_to(editor, 0, 2)  # Myanmar, Thailand
    keys(qtbot, editor, Qt.Key.Key_V)  # a plain V starts typing; only Ctrl+V pastes
    assert editor.table.state() == QAbstractItemView.State.EditingState
    keys(qtbot, editor, Qt.Key.Key_Escape)
    assert editor.table.state() != QAbstractItemView.State.EditingState
    before = stack.count()
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == before + 1
    assert [[shown(editor, r, c) for c in (2, 3)] for r in range(3)] == \
        [["1,200", "300"], ["40", ""], ["5", ""]]
    assert stored(ctx.db, "people_trained", "economy", "MM") == 1200
    assert stored(ctx.db, "workshops_held", "economy", "MM") == 5
    assert "Left out 1 pasted value: not a number." in editor.message.text()  # "lots"
    stack.undo()  # the whole block at once
    assert all(shown(editor, r, c) == "" for r in range(3) for c in (2, 3))
    assert stored(ctx.db, "people_trained", "economy", "MM") is None
    stack.redo()
    assert shown(editor, 0, 3) == "300"
    # One value pasted into several selected cells fills them all.
    selection = editor.table.selectionModel()
    go_to(editor, 0, 0)
    selection.select(editor.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select)
    editor.paste("7")
    assert [shown(editor, r, 0) for r in range(2)] == ["7", "7"]
    # Copy gives the block back, as a spreadsheet pastes it.
    go_to(editor, 0, 2)
    selection.select(QItemSelection(editor.model.index(0, 2), editor.model.index(1, 3)),
                     QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(editor.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1200\t300\n40\t\n"


def test_delete_clears_the_selection_in_one_step(ctx: AppContext, stack: QUndoStack,
                                                 qtbot: Any) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="economy")
    go_to(editor, 0, 0)
    editor.paste("10\t20\n30\t40")
    selection = editor.table.selectionModel()
    selection.select(editor.model.index(1, 1), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [shown(editor, 0, 0), shown(editor, 1, 1)] == ["", ""]
    assert stored(ctx.db, "people_trained", "economy", "KH") is None
    assert stored(ctx.db, "smes_online", "economy", "LA") is None
    assert stored(ctx.db, "people_trained", "economy", "LA") == 20  # not selected: kept
    stack.undo()
    assert [shown(editor, 0, 0), shown(editor, 1, 1)] == ["10", "40"]
    assert stored(ctx.db, "people_trained", "economy", "KH") == 10


def test_a_quarter_and_baselines(ctx: AppContext, stack: QUndoStack, qtbot: Any) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, quarter=2, scope="programme")
    assert editor.model.columnCount() == 1
    go_to(editor, 0, 0)
    keys(qtbot, editor, "900", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx.db, "people_trained", "programme", None, "2027-04-01",
                                   "2027-06-30") == 900)
    editor.set_choice(mode="baseline")
    assert editor.baseline_date.isVisible()
    assert editor.baseline_date.date().toString(Qt.DateFormat.ISODate) == "2027-03-31"
    assert shown(editor, 0, 0) == ""  # no baseline yet; the target is not shown here
    go_to(editor, 0, 0)
    keys(qtbot, editor, "250", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.number(0, 0) == 250)
    found = ctx.db.targets.find("people_trained", "programme", None, "2027-04-01",
                                "2027-06-30")
    assert found is not None
    assert (found.value, found.baseline, found.baseline_on) == (900, 250, "2027-03-31")
    assert "Target: 900" in editor.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    editor.set_choice(mode="value")
    assert shown(editor, 0, 0) == "900"
    assert "Baseline: 250" in editor.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_headquarters_targets_are_greyed_at_an_agency(ctx: AppContext, stack: QUndoStack,
                                                      qtbot: Any) -> None:
    db = ctx.db
    network(db)
    hq_target = db.targets.save({"indicator": "people_trained", "scope": "province",
                                 "scope_value": "Siem Reap", "period_start": "2027-01-01",
                                 "period_end": "2027-12-31", "value": 150})[0].record_id
    with db.atomic():  # as sync stores what headquarters published
        db.conn.execute("UPDATE targets SET agency_id = 'hq' WHERE id = ?", (hq_target,))
    db.set_meta_atomic("agency_id", "kh-sr")
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="province")
    assert not editor.economy.isVisible()
    assert [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == \
        ["Oddar Meanchey", "Siem Reap"]
    locked = editor.model.index(0, 1)
    assert not locked.flags() & Qt.ItemFlag.ItemIsEditable
    assert locked.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Set by headquarters" in locked.data(Qt.ItemDataRole.ToolTipRole)
    # Typing on it opens nothing; pasting over it leaves it as it is.
    go_to(editor, 0, 1)
    keys(qtbot, editor, "9")
    assert editor.table.state() != QAbstractItemView.State.EditingState
    go_to(editor, 0, 0)
    editor.paste("60\t999")
    assert stored(db, "people_trained", "province", "Oddar Meanchey") == 60
    assert stored(db, "people_trained", "province", "Siem Reap") == 150
    assert "Left 1 cell set by headquarters as they are." in editor.message.text()
    go_to(editor, 0, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert stored(db, "people_trained", "province", "Siem Reap") == 150
    # Economies are headquarters' to set: every cell read-only, saying why.
    editor.set_choice(scope="economy")
    cell = editor.model.index(0, 0)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert "Only headquarters" in cell.data(Qt.ItemDataRole.ToolTipRole)
    editor.set_choice(scope="agency")
    assert editor.model.headerData(0, Qt.Orientation.Horizontal) == "Siem Reap Chamber"
    assert editor.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable


def test_targets_synced_in_show_in_the_grid(ctx: AppContext, stack: QUndoStack,
                                            qtbot: Any) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="economy")
    values = {"indicator": "people_trained", "scope": "economy", "period_start": "2027-01-01",
              "period_end": "2027-12-31"}
    ctx.bus.publish(ctx.db.targets.save({**values, "scope_value": "KH", "value": 400}))
    assert shown(editor, 0, 0) == "400"
    editor.hide()  # another tab is shown: the grid is read again when it comes back
    ctx.bus.publish(ctx.db.targets.save({**values, "scope_value": "LA", "value": 90}))
    assert shown(editor, 0, 1) == ""
    editor.show()
    assert shown(editor, 0, 1) == "90"


def test_export_and_import_from_the_editor(ctx: AppContext, stack: QUndoStack, qtbot: Any,
                                           tmp_path: Path) -> None:
    editor = open_editor(ctx, stack, qtbot, year=2027, scope="economy")
    go_to(editor, 0, 0)
    editor.paste("400\t90")
    path = tmp_path / "targets.xlsx"
    editor.export_file(str(path))
    qtbot.waitUntil(lambda: "2 targets exported" in editor.message.text(), timeout=10_000)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet.append(["smes_online", "economy", "VN", "2027-01-01", "2027-12-31", 75])
    sheet.append(["smes_onlin", "economy", "VN", "2027-01-01", "2027-12-31", 75])
    sheet.append(["smes_online", "economy", "TH", "2027-12-31", "2027-01-01", 5])
    workbook.save(path)
    editor.import_file(str(path))
    qtbot.waitUntil(lambda: editor.import_box is not None, timeout=10_000)
    assert editor.last_import is not None and editor.last_import.added == 1
    assert editor.last_import.unchanged == 2
    box = editor.import_box
    assert box is not None and "Left out 2 rows;" in box.text()
    details = box.detailedText().splitlines()
    assert details[0] == "Row 5, column “indicator”: There is no indicator with this code."
    assert details[1] == "Row 6, column “to”: The period ends before it starts."
    assert [h for h, _ in XLSX_COLUMNS][4] == "to"
    assert shown(editor, 1, editor.model.places.index(("VN", "Viet Nam"))) == "75"
    box.close()


def test_the_year_is_in_the_thai_era_as_on_the_other_tabs(ctx: AppContext, stack: QUndoStack,
                                                          qtbot: Any) -> None:
    ctx.set_language("th")
    editor = TargetsEditor(ctx, stack, indicators=INDICATORS, today=TODAY)
    qtbot.addWidget(editor)
    assert editor.year.text() == "2570" and editor.year.value() == 2027  # stored Gregorian
