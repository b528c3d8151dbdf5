"""The import dialog with CSV files in legacy encodings: what it found is said, and when it
cannot tell, each reading of the first rows is shown and the officer's choice is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gmsdesk.storage.db import Database
from gmsdesk.transfer import EncodingCandidate, ImportReport
from gmsdesk.ui.smes.import_dialog import ImportDialog

# Two short Chinese names whose GB18030 bytes also spell well-formed Thai.
UNSURE = "Name,Phone\n书店,0871 6543 210\n饭店,0871 6543 211\n"


def open_dialog(qtbot: Any, db: Database) -> ImportDialog:
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview_cells(dialog: ImportDialog, encoding: str) -> list[list[str]]:
    table = dialog.encoding_previews[encoding]
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def run_import(qtbot: Any, dialog: ImportDialog) -> ImportReport:
    dialog.go_next()
    dialog.go_next()
    assert dialog.current_page() == ImportDialog.CHECK
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        dialog.import_button.click()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_the_officer_chooses_the_reading_in_which_the_names_look_right(
        qtbot: Any, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "shops.csv"
    path.write_bytes(UNSURE.encode("gb18030"))
    dialog = open_dialog(qtbot, db)
    loaded_now: list[bool] = []
    dialog.file_loaded.connect(loaded_now.append)
    with qtbot.waitSignal(dialog.encoding_asked, timeout=20_000) as blocker:
        dialog.load_file(path)
    asked = blocker.args[0]
    assert asked and all(isinstance(c, EncodingCandidate) for c in asked)
    assert loaded_now == [False]  # nothing to import yet
    dialog.file_loaded.disconnect(loaded_now.append)

    # Each candidate: a choice named as people know the encoding, and its reading of the rows.
    assert set(dialog.encoding_buttons) >= {"gb18030", "cp874"}
    assert dialog.encoding_intro.isVisible() and dialog.encoding_area.isVisible()
    chinese = dialog.encoding_buttons["gb18030"]
    thai = dialog.encoding_buttons["cp874"]
    assert chinese.text() == "Chinese, simplified (GB18030)"
    assert thai.text() == "Thai (Windows-874)"
    assert chinese.isVisible() and dialog.encoding_previews["gb18030"].isVisible()
    assert preview_cells(dialog, "gb18030") == [["书店", "0871 6543 210"],
                                                 ["饭店", "0871 6543 211"]]
    assert [row[0] for row in preview_cells(dialog, "cp874")] == ["ส้ต๊", "ทนต๊"]
    header = dialog.encoding_previews["cp874"].horizontalHeaderItem(0)
    assert header is not None and header.text() == "Name"
    assert not dialog.next_button.isEnabled()

    # A wrong choice first: the file is read so, and the choices stay to change it.
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as loaded:
        thai.click()
    assert loaded.args == [True]
    assert "Thai (Windows-874)" in dialog.file_status.text()
    assert dialog.mapping_table.item(0, 1).text() == "ส้ต๊"
    assert dialog.encoding_area.isVisible() and thai.isChecked()

    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as loaded:
        chinese.click()
    assert loaded.args == [True]
    assert chinese.isChecked() and not thai.isChecked()
    assert "Chinese, simplified (GB18030)" in dialog.file_status.text()
    assert dialog.mapping_table.item(0, 1).text() == "书店"
    assert dialog.table is not None and dialog.table.encoding == "gb18030"

    report = run_import(qtbot, dialog)
    assert (report.added, report.problems) == (2, 0)
    assert {s.name for s in db.smes.page()} == {"书店", "饭店"}


def test_a_clear_legacy_file_is_read_without_asking(qtbot: Any, db: Database,
                                                    tmp_path: Path) -> None:
    """Thai in Windows-874 under an English header: no question, the reading is said."""
    path = tmp_path / "thai.csv"
    path.write_bytes("Name,Phone,Province\nบริษัท สยามผ้าไหม จำกัด,081-234-5678,เชียงใหม่\n"
                     "ห้างหุ้นส่วนจำกัด ลานนาทัวร์,053-111-222,เชียงราย\n".encode("cp874"))
    dialog = open_dialog(qtbot, db)
    asked: list[object] = []
    dialog.encoding_asked.connect(asked.append)
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as loaded:
        dialog.load_file(path)
    assert loaded.args == [True] and asked == []
    assert not dialog.encoding_area.isVisible()
    assert "2 rows" in dialog.file_status.text()
    assert "Thai (Windows-874)" in dialog.file_status.text()
    report = run_import(qtbot, dialog)
    assert report.added == 2
    assert db.smes.search("สยามผ้าไหม")[0].province == "เชียงใหม่"


def test_another_file_clears_the_choices(qtbot: Any, db: Database, tmp_path: Path) -> None:
    unsure = tmp_path / "shops.csv"
    unsure.write_bytes(UNSURE.encode("gb18030"))
    plain = tmp_path / "plain.csv"
    plain.write_text("Name\nMekong Rice\n", encoding="utf-8")
    dialog = open_dialog(qtbot, db)
    with qtbot.waitSignal(dialog.encoding_asked, timeout=20_000):
        dialog.load_file(unsure)
    with qtbot.waitSignal(dialog.file_loaded, timeout=20_000) as loaded:
        dialog.load_file(plain)
    assert loaded.args == [True]
    assert dialog.encoding_buttons == {} and not dialog.encoding_area.isVisible()
    assert "read as" not in dialog.file_status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.current_page() == ImportDialog.MATCH
