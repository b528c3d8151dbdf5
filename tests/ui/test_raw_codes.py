"""Nothing shown to people is an internal name or a raw code: an agency by its name ("This
laptop's agency" before enrolment, never "local"), headquarters' own edits as "Headquarters"
(never its server's user and device, "headquarters (computer server)"), the demo's user in
words, a province in its own economy's language when that is the UI's ("Nghệ An"), dates in a
drill-down as the rest of the screen writes them, no "None" for what is not known yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gmsdesk.storage.db import UNASSIGNED_AGENCY
from gmsdesk.sync.hlc import pack, wall_ms
from gmsdesk.sync.local_only import DEMO_USER
from gmsdesk.ui import labels
from gmsdesk.ui.conflicts import ConflictsView, ValueFormatter


def test_the_server_constants_are_the_servers() -> None:
    from gmsdesk.server import store

    assert (labels.HQ_USER, labels.HQ_DEVICE) == (store.SERVER_USER, store.SERVER_DEVICE)


def test_an_agency_is_named_never_local(ctx: Any) -> None:
    db = ctx.db
    assert db.agency_id == UNASSIGNED_AGENCY  # not enrolled yet
    names = labels.agency_names(db)
    assert names[UNASSIGNED_AGENCY] == "This laptop's agency"
    assert labels.agency_label(UNASSIGNED_AGENCY) == "This laptop's agency"
    assert labels.agency_label("kh-sr", {"kh-sr": "Siem Reap Chamber"}) == "Siem Reap Chamber"
    assert labels.agency_label("kh-pp", names) == "kh-pp"  # no profile yet: its code
    assert labels.agency_label(None) == ""
    ctx.set_language("vi")
    assert labels.agency_names(db)[UNASSIGNED_AGENCY] == "Đơn vị của máy tính này"


def test_people_who_are_no_person_are_said_in_words(ctx: Any) -> None:
    assert labels.user_label("Sokha") == "Sokha"
    assert labels.user_label(DEMO_USER) == "demo data"
    assert labels.user_label(labels.HQ_USER) == "Headquarters"
    assert labels.user_label(None) == ""
    ctx.set_language("th")
    assert labels.user_label(labels.HQ_USER) == "สำนักงานใหญ่"


def test_a_province_in_its_own_economys_language(ctx: Any) -> None:
    assert labels.province_label("Nghe An") == "Nghe An"  # English: as stored
    ctx.set_language("vi")
    assert labels.province_label("Nghe An") == "Nghệ An"
    assert labels.province_label("Hanoi", "VN") == "Hà Nội"
    assert labels.province_label("Ba Ria - Vung Tau") == "Bà Rịa – Vũng Tàu"
    assert labels.province_label("Siem Reap") == "Siem Reap"  # Cambodia's: as stored
    assert labels.province_label("Hanoi", "KH") == "Hanoi"  # not Cambodia's
    assert labels.province_label("Xóm Mới") == "Xóm Mới"  # typed, not in the list
    assert labels.province_label(None) == ""
    ctx.set_language("th")
    assert labels.province_label("Suphan Buri") == "สุพรรณบุรี"
    ctx.set_language("km")
    assert labels.province_label("Siem Reap") == "សៀមរាប"
    ctx.set_language("zh_CN")
    assert labels.province_label("Kunming") == "昆明市"


def _conflict(db: Any, winner: tuple[str, str], loser: tuple[str, str]) -> None:
    sme_id = db.smes.create({"name": "Công ty TNHH Gốm sứ Minh Long Bình Dương",
                             "province": "Binh Duong"})[0].record_id
    at = pack(wall_ms(), 0)
    conflict = {"tbl": "smes", "record_id": sme_id, "field": "province",
                "winner_value": "Hanoi", "winner_hlc": at, "winner_device": winner[0],
                "winner_user": winner[1], "loser_value": "Nghe An", "loser_hlc": at - 1,
                "loser_device": loser[0], "loser_user": loser[1]}
    db.sync.apply_remote([["conflicts", f"c-{winner[0]}", k, v, at, 0]
                          for k, v in conflict.items()], ["server"], 9)
    db.sync.apply_remote([], ["dev-hn"], 9, device_names=["Laptop Hà Nội"])


def test_headquarters_own_edit_is_headquarters_alone(ctx: Any) -> None:
    db = ctx.db
    _conflict(db, (labels.HQ_DEVICE, labels.HQ_USER), ("dev-hn", "Nguyễn Thị Thanh Hương"))
    [conflict] = db.sync.open_conflicts()
    row = ValueFormatter(db).row(conflict)
    assert row.winner_from.startswith("Headquarters, ")
    assert "server" not in row.winner_from and "headquarters" not in row.winner_from
    assert row.loser_from.startswith("Nguyễn Thị Thanh Hương (Laptop Hà Nội), ")
    # The table's two lines: who (and which computer), then when.
    assert row.loser_lines.split("\n")[0] == "Nguyễn Thị Thanh Hương (Laptop Hà Nội)"
    assert row.loser_lines.split("\n")[1] == row.loser_from.split(", ", 1)[1]
    assert ValueFormatter(db).source(labels.HQ_DEVICE, 0, "Somchai") == \
        "Somchai (Headquarters)"
    ctx.set_language("vi")
    row = ValueFormatter(db).row(conflict)
    assert row.winner_from.startswith("Trụ sở chính, ")
    assert (row.winner, row.loser) == ("Hà Nội", "Nghệ An")  # the provinces in Vietnamese


def test_the_conflicts_table_fits_a_laptop_with_every_column(ctx: Any, qtbot: Any) -> None:
    db = ctx.db
    _conflict(db, (labels.HQ_DEVICE, labels.HQ_USER), ("dev-hn", "Nguyễn Thị Thanh Hương"))
    _conflict(db, ("dev-hn", "Nguyễn Thị Thanh Hương"), (db.device_id, "Trần Văn Bình"))
    ctx.set_language("vi")
    view = ConflictsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366 - 190, 560)  # the area beside the side bar of a maximized window
    view.show()
    table, header = view.table, view.table.horizontalHeader()
    model = view.model
    sources = [view.proxy.index(row, model.COLUMNS.index(name))
               for row in range(model.rowCount()) for name in ("winner_from", "loser_from")]

    def fitted() -> bool:
        # Who changed a value, on which computer and when: whole, on two lines.
        return all(header.sectionSize(index.column()) >= table.sizeHintForIndex(index).width()
                   and table.rowHeight(index.row()) >= table.sizeHintForIndex(index).height()
                   for index in sources)

    qtbot.waitUntil(fitted)
    assert all("\n" in index.data(Qt.ItemDataRole.DisplayRole) for index in sources)
    # Every column on the screen, the other value's too.
    for column in range(model.columnCount()):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) \
            <= table.viewport().width(), model.COLUMNS[column]
    view.shutdown()


def test_a_drill_down_writes_dates_agencies_and_provinces_as_the_screen_does(
        ctx: Any) -> None:
    from gmsdesk.storage.indicators import Drill
    from gmsdesk.ui.reports.drill import DrillModel, SortRole, cell_text

    assert cell_text("workshops", "start_date", "2026-12-05", {}) == "05/12/2026"
    assert cell_text("workshops", "agency", UNASSIGNED_AGENCY, {}) == "This laptop's agency"
    assert cell_text("workshops", "agency", "kh-sr", {"kh-sr": "Siem Reap"}) == "Siem Reap"
    # An export keeps dates ISO and provinces as stored, for a spreadsheet.
    assert cell_text("workshops", "start_date", "2026-12-05", {}, screen=False) == "2026-12-05"
    ctx.set_language("th")
    assert cell_text("services", "delivered_on", "2026-12-05", {}) == "5/12/2569"
    assert cell_text("events", "province", "Chai Nat", {}) == "ชัยนาท"
    assert cell_text("events", "province", "Chai Nat", {}, screen=False) == "Chai Nat"
    ctx.set_language("vi")
    assert cell_text("smes", "province", "Nghe An", {}) == "Nghệ An"

    model = DrillModel()
    model.set_drill(Drill("workshops", ["id", "title", "start_date", "agency"], [
        ("w1", "A", "2026-02-10", UNASSIGNED_AGENCY), ("w2", "B", "2025-12-01", "kh-sr")]),
        {"kh-sr": "Siem Reap"})
    assert [model.index(r, 1).data() for r in range(2)] == ["10/02/2026", "01/12/2025"]
    # Sorted in the order of time, not of the text "10/02" and "01/12".
    assert sorted(model.index(r, 1).data(SortRole) for r in range(2)) == \
        ["2025-12-01", "2026-02-10"]
    assert model.index(0, 2).data() == "Đơn vị của máy tính này"


def test_the_certificate_preview_says_no_none(ctx: Any, qtbot: Any, tmp_path: Any) -> None:
    """A person listed before a number is given (the preview of people not yet numbered)
    is named alone, not "None"."""
    from gmsdesk.demo import generate_workshop
    from gmsdesk.ui.training.certificates import CertificatePreviewDialog, Preview

    workshop = generate_workshop(ctx.db, participants=3, seed=3)
    people = ctx.db.training.participants(workshop)
    assert any(p.certificate_no is None for p in people)
    folder = tmp_path
    dialog = CertificatePreviewDialog(
        Preview(folder, folder / "certificates.pdf", None, people, frozenset()), "2026-12-05")
    qtbot.addWidget(dialog)
    shown = [dialog.people_list.item(i).text() for i in range(dialog.people_list.count())]
    assert shown and not any("None" in line for line in shown), shown
    dialog.done(0)
    QApplication.processEvents()
