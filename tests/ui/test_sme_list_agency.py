"""The SME list on a headquarters laptop (an Agency column and filter, exports naming the
agency), and at scale: the total counted progressively, off the thread that reads the rows,
and a count under way stopped by a newer query."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.paged import COUNT_AT_ONCE, FIRST_ROWS, PAGE, LoaderThread
from gmsdesk.ui.smes.list_model import COLUMNS, SmeLoader

VIENTIANE = "Vientiane Trade Promotion Centre"
SIEM_REAP = "Siem Reap Provincial Chamber of Commerce"
SMES = [("Angkor Silk", "kh-sr"), ("Bayon Tours", "kh-sr"), ("Lao Coffee", "la-vt"),
        ("Mekong Rice", "th-cm")]  # th-cm: an agency with no profile yet


def own(db: Database, sme_id: str, agency: str) -> None:
    """Records synced from another agency keep their owner: as sync would store them."""
    with db.atomic():
        db.conn.execute("UPDATE smes SET agency_id = ? WHERE id = ?", (agency, sme_id))


def headquarters(db: Database) -> dict[str, str]:
    """Make this laptop headquarters' and give it every agency's SMEs; name -> id."""
    db.set_meta_atomic("agency_hq", "1")
    db.agencies.save(None, {"agency": "la-vt", "name": VIENTIANE,
                            "names": {"km": "មជ្ឈមណ្ឌលលើកកម្ពស់ពាណិជ្ជកម្មវៀងចន្ទន៍"}})
    db.agencies.save(None, {"agency": "kh-sr", "name": SIEM_REAP})
    ids = {}
    for name, agency in SMES:
        ids[name] = db.smes.create({"name": name, "country": "KH", "sector": "trade"}
                                   )[0].record_id
        own(db, ids[name], agency)
    return ids


def wait_loaded(qtbot: Any, area: Any) -> None:
    qtbot.waitUntil(lambda: not area.model.loading and not area._search_timer.isActive())


def shown(area: Any, column: int) -> list[str]:
    model = area.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def hq_window(ctx: AppContext, qtbot: Any) -> Any:
    headquarters(ctx.db)
    window = ctx.open_window()
    wait_loaded(qtbot, window.smes)  # type: ignore[attr-defined]
    return window


def test_a_headquarters_list_names_the_agency_of_each_sme(hq_window: Any) -> None:
    area = hq_window.smes
    model = area.model
    assert model.columns[:2] == ("name", "agency")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Agency"
    assert shown(area, 0) == [name for name, _ in SMES]
    # By the name headquarters published; an agency with no profile yet by its code.
    assert shown(area, 1) == [SIEM_REAP, SIEM_REAP, VIENTIANE, "th-cm"]
    assert model.sort_keys[1] == "agency"


def test_the_agency_filter_restricts_the_list(hq_window: Any, qtbot: Any) -> None:
    area = hq_window.smes
    combo = area.agency_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agencies", SIEM_REAP, "th-cm", VIENTIANE]  # by name
    combo.setCurrentIndex(combo.findData("kh-sr"))
    wait_loaded(qtbot, area)
    assert shown(area, 0) == ["Angkor Silk", "Bayon Tours"]
    assert area.model.total == 2 and area.count_label.text() == "2 SMEs"
    area.search.setText("silk")
    area.apply_filters()
    wait_loaded(qtbot, area)
    assert shown(area, 0) == ["Angkor Silk"]
    combo.setCurrentIndex(combo.findData("la-vt"))
    wait_loaded(qtbot, area)
    assert area.model.total == 0
    area.search.clear()
    combo.setCurrentIndex(0)
    wait_loaded(qtbot, area)
    assert area.model.total == 4


def test_agency_names_follow_their_profiles(hq_window: Any, ctx: AppContext, qtbot: Any) -> None:
    area = hq_window.smes
    db = ctx.db
    profile = next(p for p in db.agencies.profiles() if p.agency == "kh-sr")
    ctx.bus.publish(db.agencies.save(profile.id, {"name": "Siem Reap Chamber"}))
    ctx.bus.publish(db.agencies.save(None, {"agency": "th-cm", "name": "Chiang Mai Centre"}))
    qtbot.waitUntil(lambda: shown(area, 1) == [
        "Siem Reap Chamber", "Siem Reap Chamber", VIENTIANE, "Chiang Mai Centre"])
    combo = area.agency_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agencies", "Chiang Mai Centre", "Siem Reap Chamber", VIENTIANE]


def test_an_agency_laptop_shows_no_agency(window: Any, ctx: AppContext, qtbot: Any) -> None:
    ctx.db.smes.create({"name": "Angkor Silk"})
    ctx.bus.publish_reload("smes")
    area = window.smes
    wait_loaded(qtbot, area)
    assert area.agency_filter is None and area.model.columns == COLUMNS
    headers = [area.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(area.model.columnCount())]
    assert "Agency" not in headers and area.model.rowCount() == 1


def test_a_headquarters_export_says_whose_each_sme_is(hq_window: Any, ctx: AppContext,
                                                      qtbot: Any, tmp_path: Path) -> None:
    from gmsdesk import transfer

    area = hq_window.smes
    out = tmp_path / "smes.csv"
    task = area.export_to(out)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["name"], r["agency_id"], r["agency_name"]) for r in rows] == [
        ("Angkor Silk", "kh-sr", SIEM_REAP), ("Bayon Tours", "kh-sr", SIEM_REAP),
        ("Lao Coffee", "la-vt", VIENTIANE), ("Mekong Rice", "th-cm", "th-cm")]
    # The file imports back: the agency columns are no SME field.
    table = transfer.read_table(out)
    assert "agency_id" not in transfer.guess_mapping(table.headers).values()
    # An agency's laptop exports what it always did.
    ctx.db.set_meta_atomic("agency_hq", "0")
    plain = tmp_path / "plain.csv"
    assert transfer.export_smes(ctx.db, plain, SmeQuery()) == 4
    assert plain.read_text(encoding="utf-8-sig").splitlines()[0].split(",") == list(
        transfer.EXPORT_COLUMNS)


def test_agency_names_in_the_ui_language(ctx: AppContext, qtbot: Any) -> None:
    headquarters(ctx.db)
    ctx.set_language("km")
    window = ctx.open_window()
    area = window.smes  # type: ignore[attr-defined]
    wait_loaded(qtbot, area)
    assert shown(area, 1)[2] == "មជ្ឈមណ្ឌលលើកកម្ពស់ពាណិជ្ជកម្មវៀងចន្ទន៍"
    assert shown(area, 1)[0] == SIEM_REAP  # no Khmer name given: the name


# -- at scale -------------------------------------------------------------------------------


def test_many_matches_are_counted_at_least_at_once_then_exactly(window: Any, ctx: AppContext,
                                                                qtbot: Any) -> None:
    ctx.db.smes.create_many({"name": f"Shop {i:04d}"} for i in range(COUNT_AT_ONCE + 50))
    area = window.smes
    labels: list[str] = []
    area.model.total_estimated.connect(lambda _n: labels.append(area.count_label.text()))
    area.model.query_done.connect(lambda _n: labels.append(area.count_label.text()))
    ctx.bus.publish_reload("smes")
    wait_loaded(qtbot, area)
    assert labels == ["More than 1,000 SMEs", "1050 SMEs"]
    assert area.model.total == COUNT_AT_ONCE + 50 and area.model.rowCount() == PAGE
    reads = dict(area.model.loader.reads)
    # The same SMEs in another order: the count is known already.
    area.table.sortByColumn(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)  # last changed
    wait_loaded(qtbot, area)
    assert area.model.query.sort == "updated_at" and area.model.total == COUNT_AT_ONCE + 50
    assert area.model.loader.reads["count"] == reads["count"]
    assert area.model.loader.reads["page"] == reads["page"] + 1


class EndlessCount(SmeLoader):
    """Counts "updated_at" queries for ever (as a count of millions seems to a person
    typing), unless stopped."""

    started = threading.Event()

    def read_count_bounded(self, db: Database, query: SmeQuery, at_most: int) -> int | None:
        return None if query.sort == "updated_at" else super().read_count_bounded(
            db, query, at_most)

    def read_count(self, db: Database, query: SmeQuery) -> int:
        if query.sort != "updated_at":
            return super().read_count(db, query)
        self.started.set()
        return int(db.conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
            "SELECT count(*) FROM (SELECT x FROM n LIMIT 1000000000000)").fetchone()[0])


def test_a_count_under_way_holds_up_no_rows_and_a_newer_query_stops_it(
        db: Database, qtbot: Any) -> None:
    db.smes.create_many({"name": f"Shop {i:04d}"} for i in range(2 * PAGE + 10))
    loader = LoaderThread(EndlessCount(db.path), "endless-loader")
    loaded: list[tuple[int, int, int]] = []
    counted: list[tuple[int, int, int]] = []
    loader.loaded.connect(lambda g, offset, rows: loaded.append((g, offset, len(rows))))
    loader.counted.connect(lambda g, total, exact: counted.append((g, total, exact)))
    try:
        slow = loader.next_generation("page")
        loader.request_page(slow, SmeQuery(sort="updated_at"), 0, True)
        qtbot.waitUntil(lambda: (slow, 0, FIRST_ROWS) in loaded)
        loader.request_count(slow, SmeQuery(sort="updated_at"))  # as the model asks, then
        qtbot.waitUntil(EndlessCount.started.is_set)
        # The rows go on coming while the count runs: it has a thread of its own.
        loader.request_page(slow, SmeQuery(sort="updated_at"), PAGE, False)
        qtbot.waitUntil(lambda: (slow, PAGE, PAGE) in loaded)
        assert counted == []
        # A newer query: the endless count stops, and the new one is counted.
        quick = loader.next_generation("page")
        loader.request_page(quick, SmeQuery(), 0, True)
        loader.request_count(quick, SmeQuery())
        qtbot.waitUntil(lambda: (quick, 2 * PAGE + 10, 1) in counted, timeout=10_000)
        assert [c for c in counted if c[0] == slow] == []
        assert loader.reads["count"] == 0 and loader.reads["bounded"] == 1
    finally:
        loader.shutdown()
