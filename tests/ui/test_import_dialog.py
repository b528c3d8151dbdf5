"""The SME import dialog: a real file, a real database, the real background tasks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from gmsdesk.paths import RESOURCES
from gmsdesk.storage.db import Database
from gmsdesk.transfer import ImportReport
from gmsdesk.ui.smes import import_dialog
from gmsdesk.ui.smes.import_dialog import ImportDialog

HEADERS = ["Tên doanh nghiệp", "Điện thoại", "Email", "Tỉnh", "Ngành", "Số lao động",
           "Lao động nữ", "Nhắc việc nội bộ"]
ROWS = [
    ["Công ty TNHH Gốm Bát Tràng", "0912 345 601", "info@gombattrang.vn", "Hà Nội",
     "handicrafts", "25", "12", "Khách hàng từ 2019"],
    ["Du lịch Hạ Long Xanh", "0912 345 602", "", "Quảng Ninh", "Tourism", "40", "22", ""],
    ["Nông sản Đồng Tháp", "0912 345 603", "dongthap@", "Đồng Tháp", "Agriculture", "12", "7",
     "e-mail sai"],
    ["Dệt may Hội An", "0912 345 604", "contact@detmayhoian.vn", "Quảng Nam", "manufacturing",
     "60", "45", ""],
    ["Phần mềm Sông Hàn", "0912 345 605", "hello@songhan.dev", "Đà Nẵng", "IT outsourcing",
     "18", "5", "Gọi lại tháng 3"],
    ["Cà phê Buôn Ma Thuột", "0912 345 606", "cafe@bmt.vn", "Đắk Lắk", "Agriculture", "10",
     "14", "số liệu sai"],
    ["Thủ công Mỹ nghệ Huế", "0912 345 607", "", "Thừa Thiên Huế", "handicrafts", "8", "6", ""],
]
GOOD_NAMES = {r[0] for i, r in enumerate(ROWS) if i not in (2, 5)}
BAD_FILE_ROWS = [4, 7]  # header is row 1: ROWS[2] is row 4, ROWS[5] is row 7
GUESSED = {0: "name", 1: "phone", 2: "email", 3: "province", 4: "sector",
           5: "employees_total", 6: "employees_female"}


def write_csv(path: Path, rows: list[list[str]] = ROWS) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in ROWS:  # numbers as numbers, as a spreadsheet holds them
        sheet.append([int(c) if c.isdigit() else c for c in row])
    workbook.save(path)
    return path


@pytest.fixture(params=["csv", "xlsx"])
def source_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "csv":
        return write_csv(tmp_path / "thanh_vien.csv")
    return write_xlsx(tmp_path / "thanh_vien.xlsx")


@pytest.fixture(scope="session")
def fonts(qapp: object) -> list[str]:
    families: list[str] = []
    for path in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, path
        families += QFontDatabase.applicationFontFamilies(font_id)
    return list(dict.fromkeys(families))


def open_dialog(qtbot, db: Database, path: Path | None = None) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as blocker:
            dialog.load_file(path)
        assert blocker.args == [True], dialog.file_error.text()
    return dialog


def run_import(qtbot, dialog: ImportDialog) -> ImportReport:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        dialog.import_button.click()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def preview_column(dialog: ImportDialog, header: str) -> list[str]:
    model = dialog.preview_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def preview_headers(dialog: ImportDialog) -> list[str]:
    model = dialog.preview_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def choose(dialog: ImportDialog, column: int, field: str | None) -> None:
    combo = dialog.combo_for(column)
    index = combo.findData(field) if field else 0
    assert index >= 0
    combo.setCurrentIndex(index)


def test_import_a_file_step_by_step(qtbot, db: Database, source_file: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, db, source_file)
    assert dialog.current_page() == ImportDialog.CHOOSE
    assert "7 rows" in dialog.file_status.text()

    # Enter follows the default button: Next, from the page and from a column's field chooser.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.current_page() == ImportDialog.MATCH
    assert dialog.mapping() == GUESSED
    assert dialog.mapping_table.item(0, 0).text() == "Tên doanh nghiệp"
    assert dialog.mapping_table.item(0, 1).text() == ROWS[0][0]
    assert dialog.mapping_table.item(0, 2).text() == ROWS[1][0]
    assert dialog.combo_for(0).currentText() == "Business name"
    assert dialog.combo_for(7).currentData() is None  # "Nhắc việc nội bộ": no known word
    qtbot.keyClick(dialog.combo_for(0), Qt.Key.Key_Return)
    assert dialog.current_page() == ImportDialog.CHECK

    # The preview: values as stored (sector code shown by its label), problems in words.
    assert "Notes" not in preview_headers(dialog)
    assert preview_column(dialog, "Business name") == [r[0] for r in ROWS]
    problems = preview_column(dialog, "Problems")
    assert problems[2] == "E-mail: This does not look like an e-mail address."
    assert problems[5] == ("Female employees: "
                           "Female employees cannot be more than all employees.")
    assert [i for i, text in enumerate(problems) if text] == [2, 5]
    assert [dialog.preview_model.is_flagged(r) for r in range(7)] == [
        False, False, True, False, False, True, False]
    assert dialog.preview_model.headerData(2, Qt.Orientation.Vertical) == "4"
    summary = dialog.summary_label.text()
    assert "7 rows in the file" in summary and "2 of them have problems" in summary

    # Back to the columns: import the internal note as Notes; the preview follows.
    dialog.back_button.click()
    assert dialog.current_page() == ImportDialog.MATCH
    choose(dialog, 7, "notes")
    assert dialog.mapping()[7] == "notes"
    assert preview_column(dialog, "Notes")[0] == "Khách hàng từ 2019"
    dialog.next_button.click()

    report = run_import(qtbot, dialog)
    assert (report.total, report.added, report.updated, report.unchanged) == (7, 5, 0, 0)
    assert not report.cancelled
    assert [r.row_number for r in report.failed] == BAD_FILE_ROWS
    assert [set(r.errors) for r in report.failed] == [{"email"}, {"employees_female"}]
    assert db.smes.count() == 5
    stored = db.smes.page(limit=50)
    assert {s.name for s in stored} == GOOD_NAMES
    pottery = next(s for s in stored if s.name.startswith("Công ty"))
    assert (pottery.phone, pottery.sector, pottery.employees_female, pottery.notes) == (
        "0912 345 601", "handicrafts", 12, "Khách hàng từ 2019")
    assert pottery.updated_by == "tester"  # the background connection writes as the officer

    # The result page: counts, and the problem rows numbered as in the file.
    assert dialog.current_page() == ImportDialog.RESULT
    assert dialog.step_label.text() == "Import finished"
    assert dialog.result_label.text() == "Added 5, updated 0, unchanged 0, with problems 2."
    assert not dialog.cancelled_label.isVisible()
    model = dialog.problems_model
    listed = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert listed == [
        ("4", "E-mail", "This does not look like an e-mail address."),
        ("7", "Female employees", "Female employees cannot be more than all employees."),
    ]
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ImportDialog.DialogCode.Accepted

    # The same file again adds nothing: the five are found and left as they are.
    again = open_dialog(qtbot, db, source_file)
    choose(again, 7, "notes")
    again.next_button.click()
    again.next_button.click()
    second = run_import(qtbot, again)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 5)
    assert [r.row_number for r in second.failed] == BAD_FILE_ROWS
    assert db.smes.count() == 5
    assert again.result_label.text() == "Added 0, updated 0, unchanged 5, with problems 2."


def test_save_problem_list(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "members.csv"))
    dialog.go_next()
    dialog.go_next()
    run_import(qtbot, dialog)
    asked: list[str] = []

    class FakeFileDialog:
        @staticmethod
        def getSaveFileName(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
            asked.append(suggested)
            return str(tmp_path / "out" / "problems"), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(import_dialog, "QFileDialog", FakeFileDialog)
    assert dialog.save_problems_button.isVisible()
    dialog.save_problems_button.click()

    assert asked == [str(tmp_path / "members-problems.csv")]
    saved = tmp_path / "out" / "problems.csv"  # ".csv" added when the name had none
    with open(saved, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["row", "field", "problem"],
        ["4", "email", "This does not look like an e-mail address."],
        ["7", "employees_female", "Female employees cannot be more than all employees."],
    ]
    assert str(saved) in dialog.saved_label.text()


def test_row_numbers_are_those_of_the_file_even_after_blank_rows(  # type: ignore[no-untyped-def]
        qtbot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    lines = [",".join(HEADERS), "", ",".join(ROWS[0]), ",,,,,,,", ",".join(ROWS[2])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, db, path)
    dialog.go_next()
    dialog.go_next()
    assert [dialog.preview_model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "3", "5"]
    report = run_import(qtbot, dialog)
    assert [r.row_number for r in report.failed] == [5]
    assert dialog.problems_model.index(0, 0).data() == "5"


def test_a_field_goes_to_one_column_only(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "members.csv"))
    choose(dialog, 7, "phone")
    assert dialog.combo_for(1).currentData() is None
    assert dialog.combo_for(1).currentText() == "— do not import —"
    assert list(dialog.mapping().values()).count("phone") == 1
    assert preview_headers(dialog).count("Phone") == 1
    assert preview_column(dialog, "Phone")[0] == "Khách hàng từ 2019"
    # The note is not a phone number: the preview says so before anything is written.
    assert "Phone: Use digits" in preview_column(dialog, "Problems")[0]


def test_without_a_name_column_nothing_can_be_imported(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "members.csv"))
    dialog.go_next()
    choose(dialog, 0, None)
    assert dialog.mapping_warning.isVisible()
    assert dialog.mapping_warning.text() == "Choose which column holds the business name."
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.current_page() == ImportDialog.MATCH
    choose(dialog, 0, "name")
    assert not dialog.mapping_warning.isVisible()
    assert dialog.next_button.isEnabled()


@pytest.mark.parametrize(("name", "content", "message"), [
    ("x.xlsx", os.urandom(2048), "The file could not be read as a table."),
    ("empty.csv", b"", "The file has no rows."),
    ("members.pdf", b"%PDF-1.4", "Choose a .csv or .xlsx file."),
])
def test_a_file_that_cannot_be_read_is_explained(  # type: ignore[no-untyped-def]
        qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    dialog = open_dialog(qtbot, db)
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as blocker:
        dialog.load_file(bad)
    assert blocker.args == [False]
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text().startswith(message)
    assert "Traceback" not in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()
    assert dialog.current_page() == ImportDialog.CHOOSE

    # Still usable: Enter now means "Choose file…", and a good file after a bad one loads.
    good = write_csv(tmp_path / "members.csv")

    class FakeFileDialog:
        @staticmethod
        def getOpenFileName(*args):  # type: ignore[no-untyped-def]
            return str(good), ""

    monkeypatch.setattr(import_dialog, "QFileDialog", FakeFileDialog)
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert blocker.args == [True]
    assert not dialog.file_error.isVisible()
    assert dialog.next_button.isEnabled()


def test_choose_file_button_opens_the_chosen_file(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "members.csv")
    filters: list[str] = []

    class FakeFileDialog:
        @staticmethod
        def getOpenFileName(parent, title, folder, filter_text):  # type: ignore[no-untyped-def]
            filters.append(filter_text)
            return str(path), filter_text

    monkeypatch.setattr(import_dialog, "QFileDialog", FakeFileDialog)
    dialog = open_dialog(qtbot, db)
    assert not dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000):
        dialog.choose_button.click()
    assert filters == ["Spreadsheets (*.csv *.xlsx)"]
    assert dialog.file_edit.text() == str(path)
    assert dialog.mapping() == GUESSED


def test_cancel_keeps_the_rows_already_imported(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    many = [[f"Hợp tác xã số {i}", f"0987 {i:06d}", "", "An Giang", "Agriculture", "5", "2", ""]
            for i in range(1500)]
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "big.csv", many))
    dialog.go_next()
    dialog.go_next()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        dialog.import_button.click()
        assert dialog.current_page() == ImportDialog.WORKING
        assert dialog.stop_button.isVisible() and not dialog.import_button.isVisible()
        dialog.stop_button.click()
    report = blocker.args[0]
    assert report.cancelled
    assert report.added < 1500
    assert db.smes.count() == report.added
    assert dialog.step_label.text() == "Import cancelled"
    assert dialog.cancelled_label.isVisible()
    assert dialog.cancelled_label.text().startswith(
        "Import cancelled; the rows before that are kept.")
    assert not dialog.save_problems_button.isVisible()  # no problem rows to save


def test_escape_during_an_import_cancels_it_and_keeps_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, db: Database, tmp_path: Path) -> None:
    many = [[f"Doanh nghiệp {i}", f"0977 {i:06d}", "", "", "", "", "", ""] for i in range(1500)]
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "big.csv", many))
    dialog.go_next()
    dialog.go_next()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        dialog.import_button.click()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    assert blocker.args[0].cancelled
    assert dialog.isVisible() and dialog.current_page() == ImportDialog.RESULT


def test_screenshots(qtbot, db: Database, tmp_path: Path, fonts: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "Noto Sans" in fonts
    dialog = ImportDialog(db)
    font = dialog.font()
    font.setFamilies([f for f in ("Noto Sans", "Noto Sans Thai", "Noto Sans Khmer") if f in fonts])
    dialog.setFont(font)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000):
        dialog.load_file(write_csv(tmp_path / "thanh_vien.csv"))
    dialog.grab().save(str(tmp_path / "import_dialog_choose.png"))
    dialog.go_next()
    dialog.grab().save(str(tmp_path / "import_dialog.png"))
    dialog.go_next()
    dialog.grab().save(str(tmp_path / "import_dialog_check.png"))
    run_import(qtbot, dialog)
    dialog.grab().save(str(tmp_path / "import_dialog_result.png"))

    broken = ImportDialog(db)
    broken.setFont(font)
    qtbot.addWidget(broken)
    broken.show()
    (tmp_path / "x.xlsx").write_bytes(os.urandom(512))
    with qtbot.waitSignal(broken.file_loaded, timeout=20_000):
        broken.load_file(tmp_path / "x.xlsx")
    broken.grab().save(str(tmp_path / "import_dialog_error.png"))
    assert (tmp_path / "import_dialog.png").stat().st_size > 0
