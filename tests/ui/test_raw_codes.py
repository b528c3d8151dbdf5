"""Nothing shown to people is an internal name or a raw code: an agency by its name ("This
laptop's agency" before enrolment, never "local"), headquarters' own edits as "Headquarters"
(never its server's user and device, "headquarters (computer server)"), the demo's user in
words, a province in its own economy's language when that is the UI's ("Nghệ An"), dates in a
drill-down as the rest of the screen writes them, no "None" for what is not known yet."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

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


# -- the window's lists and filters ---------------------------------------------------------

# An economy, a province as stored and as the economy's language writes it.
PLACES = {"km": ("KH", "Siem Reap", "សៀមរាប"), "vi": ("VN", "Nghe An", "Nghệ An")}


def _cells(model: Any, column: int) -> list[str]:
    assert column >= 0
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def _choices(combo: QComboBox | None) -> dict[str, Any]:
    """A filter's choices: text shown -> value filtered by."""
    assert combo is not None
    return {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}


@pytest.mark.parametrize("lang", ["km", "vi"])
def test_the_lists_and_filters_say_agencies_and_provinces_in_words(
        ctx: Any, qtbot: Any, lang: str) -> None:
    """A headquarters laptop not enrolled yet (what it made is the agency "local"'s): the SME
    list, the services and inquiries, the workshops, the events and the reports' filters name
    the agency and write the province in the UI language; a filter still filters by the
    province as stored."""
    db = ctx.db
    country, stored, local = PLACES[lang]
    db.set_meta_atomic("agency_hq", "1")
    sme = db.smes.create({"name": "Minh Long", "country": country, "province": stored,
                          "sector": "trade"})[0].record_id
    db.training.add_service(sme, {"type": "website", "delivered_on": "2024-01-10", "fee": 10,
                                  "currency": "USD"})
    db.training.add_inquiry(sme, {"received_on": "2024-02-01", "channel": "email"})
    db.training.create_workshop({"title": "Bán hàng trực tuyến", "start_date": "2025-03-10",
                                 "venue": "Hall", "country": country, "province": stored})
    db.events.add({"kind": "road_show", "title": "Road show", "held_on": "2025-03-10",
                   "country": country, "province": stored})
    ctx.set_language(lang)
    own = labels.own_agency_label()
    assert own != "This laptop's agency"  # in the UI language
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    said: list[str] = []  # every cell and choice checked

    def check(cells: list[str], expected: list[str]) -> None:
        said.extend(cells)
        assert cells == expected

    smes = window.smes
    check(_cells(smes.model, smes.model.columns.index("province")), [local])
    check(_cells(smes.model, smes.model.columns.index("agency")), [own])
    for combo in (smes.province_filter, smes.agency_filter):
        said.extend(_choices(combo))
    assert _choices(smes.province_filter)[local] == stored
    assert _choices(smes.agency_filter)[own] == UNASSIGNED_AGENCY

    for index, tab in ((1, smes.services_tab), (2, smes.inquiries_tab)):
        smes.tabs.setCurrentIndex(index)
        view = tab.view
        qtbot.waitUntil(lambda v=view: not v._search_timer.isActive() and not v.model.loading
                        and v.model.totals is not None)
        keys = view.model.sort_keys
        check(_cells(view.model, keys.index("province")), [local])
        check(_cells(view.model, keys.index("agency")), [own])
        said.extend(_choices(view.province_filter))
        said.extend(_choices(view.agency_filter))
        assert _choices(view.province_filter)[local] == stored

    window.show_area(1)
    training = window.training
    [venue] = _cells(training.proxy, training.model.column("venue"))
    said.append(venue)
    assert venue.startswith(f"Hall, {local}, ")
    check(_cells(training.proxy, training.model.column("agency")), [own])
    said.extend(_choices(training.agency_filter))

    training.tabs.setCurrentWidget(training.events)
    events = training.events
    events.reload()
    [place] = _cells(events.proxy, events.model.column("place"))
    said.append(place)
    assert place.startswith(f"{local}, ")
    check(_cells(events.proxy, events.model.column("agency")), [own])
    assert _choices(events.province_filter)[local] == stored
    said.extend(_choices(events.province_filter))

    filters = window.reports.filter_bar
    assert _choices(filters.province)[local] == stored
    assert _choices(filters.agency)[own] == UNASSIGNED_AGENCY
    said.extend([*_choices(filters.province), *_choices(filters.agency)])

    assert UNASSIGNED_AGENCY not in said and stored not in said, said


def test_breakdown_and_benchmark_each_computed_for_the_filters_after_switching(
        ctx: Any, qtbot: Any) -> None:
    """Computing one table leaves the other out of date: shown after a filter changed, the
    breakdown (then the benchmark) shows the figures for the filters as they are now."""
    from gmsdesk import demo
    from gmsdesk.services import figures

    db = ctx.db
    db.smes.create_many(demo.generate_smes(80, seed=5))
    demo.generate_activity(db, seed=2)
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    window.show_area(4)
    area = window.reports
    bar = area.filter_bar

    def settled() -> bool:
        return area.last_dashboard is not None and not area.computing \
            and not area._delay.isActive()

    qtbot.waitUntil(settled, timeout=30_000)
    everywhere = area.current_filters()
    code = next(i.code for i in db.indicators.catalogue() if "province" in i.dimensions
                and "economy" in i.dimensions and i.unit == "count"
                and figures.amount(db.indicators.compute(i.code, everywhere)))

    def pivot_now() -> figures.Pivot:
        return figures.pivot(db, code, bar.filters(), bar.period(), "province")

    def ranks_now() -> list[tuple[str, Any]]:
        return sorted((r.key, r.value) for r in
                      figures.benchmark(db, code, bar.filters(), bar.period(), "province"))

    def ranks_shown() -> list[tuple[str, Any]]:
        return sorted((r.key, r.value) for r in area.benchmark.model.ranks)

    breakdown, benchmark = area.breakdown, area.benchmark
    area.tabs.setCurrentWidget(breakdown)
    breakdown.choose(code)
    breakdown.first.setCurrentIndex(breakdown.first.findData("province"))
    qtbot.waitUntil(lambda: settled() and breakdown.model.pivot == pivot_now(),
                    timeout=20_000)
    area.tabs.setCurrentWidget(benchmark)
    benchmark.choose(code)
    benchmark.by.setCurrentIndex(benchmark.by.findData("province"))
    qtbot.waitUntil(lambda: settled() and ranks_shown() == ranks_now(), timeout=20_000)
    everywhere_pivot = breakdown.model.pivot

    # The filters change with the benchmark shown: it alone is computed; the breakdown is
    # when it is shown.
    economy = next(key for key, value in db.indicators.breakdown(code, everywhere, "economy")
                   if key and key[0] and figures.amount(value))[0]
    bar.economy.setCurrentIndex(bar.economy.findData(economy))
    qtbot.waitUntil(lambda: settled() and ranks_shown() == ranks_now(), timeout=20_000)
    assert pivot_now() != everywhere_pivot  # what the breakdown showed is out of date
    area.tabs.setCurrentWidget(breakdown)
    qtbot.waitUntil(lambda: settled() and breakdown.model.pivot == pivot_now(),
                    timeout=20_000)

    # And the other way round.
    bar.economy.setCurrentIndex(0)
    qtbot.waitUntil(lambda: settled() and breakdown.model.pivot == pivot_now(),
                    timeout=20_000)
    area.tabs.setCurrentWidget(benchmark)
    qtbot.waitUntil(lambda: settled() and ranks_shown() == ranks_now(), timeout=20_000)
