"""Targets and baselines: one target per indicator, place and period on every laptop; which
target a dashboard view is measured against; the grid editor's writes; XLSX out and back in;
headquarters' targets read-only on an agency's laptop."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.reports.periods import Period, month, quarter, year
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ReadOnlyRecord, ValidationError
from gmsdesk.storage.targets import (
    MSG_HQ_SCOPE,
    MSG_OWN_ONLY,
    MSG_READ_ONLY,
    MSG_UNKNOWN_INDICATOR,
    XLSX_COLUMNS,
    CellEdit,
    TargetFileError,
    target_id,
)

INDICATORS = ("people_trained", "smes_online", "workshops_held")

def target(db: Database, indicator: str = "people_trained", scope: str = "economy",
           scope_value: str | None = "KH", period: Period = year(2027), value: Any = 400,
           **more: Any) -> str:
    changes = db.targets.save({"indicator": indicator, "scope": scope,
                               "scope_value": scope_value, "period_start": period.start,
                               "period_end": period.end, "value": value, **more})
    return changes[0].record_id


def network(db: Database) -> None:
    """Two agencies of the network with the provinces they serve."""
    db.agencies.save(None, {"agency": "kh-sr", "name": "Siem Reap Chamber", "country": "KH",
                            "provinces": ["Siem Reap", "Oddar Meanchey"]})
    db.agencies.save(None, {"agency": "la-vt", "name": "Vientiane Trade Promotion Centre",
                            "country": "LA", "provinces": ["Vientiane Capital"]})


def agency_laptop(db: Database, agency: str = "kh-sr") -> Database:
    db.set_meta_atomic("agency_id", agency)
    return db


def published(db: Database, record_id: str) -> None:
    """Make a target headquarters' own, as sync stores what headquarters published."""
    with db.atomic():
        db.conn.execute("UPDATE targets SET agency_id = 'hq' WHERE id = ?", (record_id,))


def outbox_size(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


# -- one target per indicator, place and period -------------------------------------------------


def test_two_laptops_typing_the_same_target_make_one_record(tmp_path: Path) -> None:
    with Database(tmp_path / "a.sqlite3") as one, Database(tmp_path / "b.sqlite3") as two:
        first = target(one, scope="province", scope_value="Siem Reap", value=120)
        second = target(two, scope="province", scope_value="  siem  REAP ", value=150)
        assert first == second == target_id("people_trained", "province", "Siem Reap",
                                            "2027-01-01", "2027-12-31")
        # Another period or place is another target.
        assert target(one, scope="province", scope_value="Siem Reap",
                      period=quarter(2027, 1), value=30) != first
    with Database(tmp_path / "a.sqlite3") as one:
        # Saving it again on the same laptop changes the one target.
        [change] = one.targets.save({"indicator": "people_trained", "scope": "province",
                                     "scope_value": "Siem Reap", "period_start": "2027-01-01",
                                     "period_end": "2027-12-31", "value": "1,200"})
        assert (change.record_id, change.op, change.fields) == (first, "update", ("value",))
        assert [t.value for t in one.targets.targets(year=2027, scope="province")] == \
            [30.0, 1200.0]  # by period: the first quarter, then the year


def test_a_target_is_checked_before_it_is_stored(db: Database) -> None:
    with pytest.raises(ValidationError) as bad:
        db.targets.save({"indicator": "people_trained", "scope": "economy",
                         "scope_value": "Atlantis", "period_start": "2027-12-31",
                         "period_end": "2027-01-01", "value": -3})
    assert set(bad.value.errors) == {"scope_value", "period_end", "value"}
    with pytest.raises(ValidationError) as empty:
        target(db, value=None)
    assert empty.value.errors == {"value": "Enter a target value or a baseline."}
    # An economy may be named; a scope may be written as its label.
    record = db.targets.get(target(db, scope="Economy", scope_value="Lao PDR"))
    assert (record.scope, record.scope_value) == ("economy", "LA")


def test_delete_and_restore(db: Database) -> None:
    record_id = target(db)
    [deleted] = db.targets.delete([record_id])
    assert deleted.op == "delete"
    assert db.targets.targets() == [] and db.targets.find(
        "people_trained", "economy", "KH", "2027-01-01", "2027-12-31") is None
    db.targets.restore([record_id])
    assert db.targets.targets()[0].value == 400


def test_list_filters(db: Database) -> None:
    network(db)
    target(db, scope="programme", scope_value=None, value=3000)
    target(db, value=400)
    target(db, indicator="smes_online", scope="province", scope_value="Siem Reap", value=80,
           period=quarter(2028, 1))
    assert [t.scope for t in db.targets.targets()] == ["programme", "economy", "province"]
    assert [t.indicator for t in db.targets.targets(year=2028)] == ["smes_online"]
    assert [t.value for t in db.targets.targets(scope_value="siem reap")] == [80.0]
    assert [t.value for t in db.targets.targets(indicator="people_trained",
                                                scope="economy")] == [400.0]


# -- which target a view is measured against ----------------------------------------------------


def test_the_most_specific_scope_with_a_target_applies(db: Database) -> None:
    network(db)
    target(db, scope="programme", scope_value=None, value=3000)
    target(db, scope="economy", scope_value="KH", value=400)
    agency = target(db, scope="agency", scope_value="kh-sr", value=200)
    target(db, scope="province", scope_value="Siem Reap", value=120)

    def applies(scope: str, value: str | None, period: Period = year(2027)) -> tuple[str, Any]:
        found = db.targets.target_for("people_trained", scope, value, period.start, period.end)
        assert found is not None
        return found.scope, found.value

    assert applies("province", "Siem Reap") == ("province", 120)
    # A province without its own target: its agency's, then its economy's.
    assert applies("province", "Oddar Meanchey") == ("agency", 200)
    db.targets.delete([agency])
    assert applies("province", "Oddar Meanchey") == ("economy", 400)
    assert applies("agency", "kh-sr") == ("economy", 400)
    assert applies("economy", "KH") == ("economy", 400)
    # Lao PDR has no target of its own: the programme's.
    assert applies("province", "Vientiane Capital") == ("programme", 3000)
    assert applies("economy", "LA") == ("programme", 3000)
    assert applies("programme", None) == ("programme", 3000)
    assert db.targets.target_for("smes_online", "economy", "KH", "2027-01-01",
                                 "2027-12-31") is None


def test_a_province_is_placed_in_its_economy_by_its_smes(db: Database) -> None:
    db.smes.create({"name": "Luang Prabang Weavers", "country": "LA",
                    "province": "Luang Prabang"})
    target(db, scope="economy", scope_value="LA", value=90)
    found = db.targets.target_for("people_trained", "province", "Luang Prabang",
                                  "2027-01-01", "2027-12-31")
    assert found is not None and (found.scope, found.value) == ("economy", 90)


def test_a_period_equal_to_or_containing_the_one_asked(db: Database) -> None:
    target(db, value=400)  # the year 2027
    target(db, value=90, period=quarter(2027, 2))

    def value(start: str, end: str) -> Any:
        found = db.targets.target_for("people_trained", "economy", "KH", start, end)
        return None if found is None else found.value

    assert value("2027-04-01", "2027-06-30") == 90  # the quarter itself
    assert value("2027-07-01", "2027-09-30") == 400  # no Q3 target: the year's
    assert value("2027-05-01", "2027-05-31") == 90  # the shortest period containing May
    assert value("2027-01-01", "2027-12-31") == 400
    assert value("2026-10-01", "2027-03-31") is None  # reaches outside every target


def test_a_year_asked_with_only_quarterly_targets_is_their_sum(db: Database) -> None:
    for q, amount in ((1, 50), (2, 60), (3, 70), (4, 80)):
        target(db, value=amount, period=quarter(2028, q), baseline=10 * q,
               baseline_on=f"2028-0{q}-01")
    found = db.targets.target_for("people_trained", "economy", "KH", "2028-01-01",
                                  "2028-12-31")
    assert found is not None
    assert (found.value, found.id, found.editable) == (260, "", False)
    assert (found.period_start, found.period_end) == ("2028-01-01", "2028-12-31")
    assert [p.value for p in found.parts] == [50, 60, 70, 80]
    assert (found.baseline, found.baseline_on) == (10, "2028-01-01")  # the earliest's
    # The first half: Q1 + Q2.
    half = db.targets.target_for("people_trained", "economy", "KH", "2028-01-01",
                                 "2028-06-30")
    assert half is not None and half.value == 110
    # A quarter missing: no sum (a gap is not a target of zero).
    db.targets.delete([target_id("people_trained", "economy", "KH", "2028-07-01",
                                 "2028-09-30")])
    assert db.targets.target_for("people_trained", "economy", "KH", "2028-01-01",
                                 "2028-12-31") is None


def test_months_and_quarters_together_still_sum_once(db: Database) -> None:
    target(db, value=50, period=quarter(2029, 1))
    for number, amount in ((1, 10), (2, 20), (3, 30)):  # the same quarter, month by month
        target(db, value=amount, period=month(2029, number))
    target(db, value=60, period=quarter(2029, 2))
    found = db.targets.target_for("people_trained", "economy", "KH", "2029-01-01",
                                  "2029-06-30")
    assert found is not None and found.value == 110  # Q1 + Q2, the months not added again


# -- the grid editor --------------------------------------------------------------------------


def test_grid_reads_and_writes_a_period_in_one_step(db: Database) -> None:
    network(db)
    provinces = db.targets.scope_values("province", "KH")
    assert provinces == ["Oddar Meanchey", "Siem Reap"]
    target(db, scope="province", scope_value="Siem Reap", value=120)
    grid = db.targets.grid(INDICATORS, "province", provinces, year(2027))
    assert [[c.value if c else None for c in row] for row in grid.cells] == \
        [[None, 120], [None, None], [None, None]]

    def cell(indicator: str, province: str, **values: Any) -> CellEdit:
        return CellEdit(indicator, "province", province, "2027-01-01", "2027-12-31", values)

    changes = db.targets.save_grid([cell("people_trained", "Oddar Meanchey", value=40),
                                    cell("smes_online", "Siem Reap", value=25),
                                    cell("people_trained", "Siem Reap", value=130)])
    assert [c.op for c in changes] == ["insert", "insert", "update"]
    grid = db.targets.grid(INDICATORS, "province", provinces, year(2027))
    assert grid.at(0, 0) is not None and grid.at(0, 0).value == 40  # type: ignore[union-attr]
    assert grid.at(1, 1) is not None and grid.at(1, 1).value == 25  # type: ignore[union-attr]
    # One bad cell and nothing of the step is written.
    with pytest.raises(ValidationError):
        db.targets.save_grid([cell("workshops_held", "Siem Reap", value=4),
                              cell("people_trained", "Siem Reap", value=-1)])
    assert db.targets.grid(INDICATORS, "province", provinces, year(2027)).at(2, 1) is None
    # Clearing a cell deletes its target; setting it again brings the same one back.
    first = db.targets.grid(INDICATORS, "province", provinces, year(2027)).at(1, 1)
    assert first is not None
    [gone] = db.targets.save_grid([cell("smes_online", "Siem Reap", value=None)])
    assert gone.op == "delete"
    assert db.targets.grid(INDICATORS, "province", provinces, year(2027)).at(1, 1) is None
    assert db.targets.save_grid([cell("smes_online", "Siem Reap", value=None)]) == ()
    back = db.targets.save_grid([cell("smes_online", "Siem Reap", value=30)])
    assert {c.record_id for c in back} == {first.id}
    assert [c.op for c in back] == ["undelete", "update"]


def test_baselines_in_the_grid(db: Database) -> None:
    network(db)
    edit = CellEdit("people_trained", "province", "Siem Reap", "2027-01-01", "2027-12-31",
                    {"baseline": 35, "baseline_on": "2026-12-31"})
    db.targets.save_grid([edit])
    stored = db.targets.find("people_trained", "province", "Siem Reap", "2027-01-01",
                             "2027-12-31")
    assert stored is not None
    assert (stored.value, stored.baseline, stored.baseline_on) == (None, 35, "2026-12-31")
    # A target then typed keeps the baseline; clearing the target keeps the record for it.
    db.targets.save_grid([CellEdit(*[getattr(edit, f) for f in (
        "indicator", "scope", "scope_value", "period_start", "period_end")], {"value": 150})])
    db.targets.save_grid([CellEdit(*[getattr(edit, f) for f in (
        "indicator", "scope", "scope_value", "period_start", "period_end")], {"value": None})])
    stored = db.targets.get(stored.id)
    assert (stored.deleted, stored.value, stored.baseline) == (False, None, 35)


# -- XLSX ----------------------------------------------------------------------------------------


def test_export_and_import_round_trip(db: Database, tmp_path: Path) -> None:
    network(db)
    target(db, scope="programme", scope_value=None, value=3000, notes="Whole programme")
    target(db, value=400.5, baseline=120, baseline_on="2026-12-31")
    target(db, scope="province", scope_value="Siem Reap", value=120, period=quarter(2027, 1))
    path = tmp_path / "targets.xlsx"
    assert db.targets.export_xlsx(path) == 3
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [h for h, _ in XLSX_COLUMNS]
    assert rows[2][:6] == ("people_trained", "economy", "KH", datetime(2027, 1, 1),
                           datetime(2027, 12, 31), 400.5)  # dates as dates, a number a number
    # Importing the export again changes nothing.
    before = outbox_size(db)
    report = db.targets.import_xlsx(path)
    assert (report.total, report.unchanged, report.problems) == (3, 3, [])
    assert outbox_size(db) == before
    # Another laptop imports it: the same targets, the same ids.
    with Database(tmp_path / "other.sqlite3") as other:
        again = other.targets.import_xlsx(path, known_indicators=INDICATORS)
        assert (again.added, again.problems) == (3, [])

        def plain(d: Database) -> list[tuple[Any, ...]]:
            return [(t.id, t.indicator, t.scope, t.scope_value, t.period_start, t.period_end,
                     t.value, t.baseline, t.baseline_on, t.notes) for t in d.targets.targets()]

        assert plain(other) == plain(db)


def write_sheet(path: Path, rows: list[list[Any]],
                headers: list[str] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(headers or [h for h, _ in XLSX_COLUMNS])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_import_reports_bad_rows_and_keeps_the_good(db: Database, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "typed.xlsx", [
        ["people_trained", "economy", "KH", "2027-01-01", "2027-12-31", "1,200"],
        ["people_traned", "economy", "KH", "2027-01-01", "2027-12-31", 10],
        [None] * 9,  # an empty row is no row
        ["smes_online", "Province", "Siem Reap", date(2027, 1, 1), date(2027, 3, 31), 30,
         5, date(2026, 12, 31), "first quarter"],
        ["smes_online", "economy", "Atlantis", "2027-01-01", "2027-12-31", 10],
        ["smes_online", "economy", "TH", "31/12/2027", "2027-12-31", "many"],
        ["workshops_held", "economy", "VN", "2027-12-31", "2027-01-01", 6],
        ["workshops_held", "planet", "", "2027-01-01", "2027-12-31", 6],
    ])
    report = db.targets.import_xlsx(path, known_indicators=INDICATORS)
    assert (report.total, report.added) == (7, 2)
    assert report.failed_rows == [3, 6, 7, 8, 9]
    problems = {(p.row, p.field): p.message for p in report.problems}
    assert problems[(3, "indicator")] == MSG_UNKNOWN_INDICATOR
    assert problems[(6, "scope_value")] == "Choose one of the six economies."
    assert {(7, "period_start"), (7, "value")} <= problems.keys()
    assert problems[(8, "period_end")] == "The period ends before it starts."
    assert (9, "scope") in problems
    assert [(t.indicator, t.value, t.baseline, t.notes) for t in db.targets.targets()] == [
        ("people_trained", 1200.0, None, ""), ("smes_online", 30.0, 5.0, "first quarter")]


def test_a_file_that_is_not_a_target_sheet(db: Database, tmp_path: Path) -> None:
    with pytest.raises(TargetFileError):
        db.targets.import_xlsx(write_sheet(tmp_path / "smes.xlsx", [["Angkor Silk"]],
                                           headers=["name"]))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a spreadsheet")
    with pytest.raises(TargetFileError):
        db.targets.import_xlsx(broken)
    with pytest.raises(TargetFileError):
        db.targets.export_xlsx(tmp_path / "targets.csv")


# -- read-only at an agency -------------------------------------------------------------------


def test_headquarters_targets_are_read_only_at_an_agency(db: Database, tmp_path: Path) -> None:
    network(db)
    hq_economy = target(db, value=400)
    hq_province = target(db, scope="province", scope_value="Siem Reap", value=120)
    for record_id in (hq_economy, hq_province):
        published(db, record_id)
    agency_laptop(db)
    path = tmp_path / "all.xlsx"
    db.targets.export_xlsx(path)
    before = outbox_size(db)

    with pytest.raises(ReadOnlyRecord):
        target(db, scope="province", scope_value="Siem Reap", value=150)
    with pytest.raises(ReadOnlyRecord):
        db.targets.delete([hq_province])
    assert db.targets.save({"indicator": "people_trained", "scope": "province",  # as it is
                            "scope_value": "Siem Reap", "period_start": "2027-01-01",
                            "period_end": "2027-12-31", "value": 120}) == ()
    assert db.targets.save({"indicator": "people_trained", "scope": "province",  # spelt so
                            "scope_value": "siem reap", "period_start": "2027-01-01",
                            "period_end": "2027-12-31", "value": 120}) == ()
    grid = db.targets.grid(["people_trained"], "province", ["Siem Reap"], year(2027))
    assert grid.at(0, 0) is not None and not grid.at(0, 0).editable  # type: ignore[union-attr]
    with pytest.raises(ReadOnlyRecord):
        db.targets.save_grid([CellEdit("people_trained", "province", "Siem Reap",
                                       "2027-01-01", "2027-12-31", {"value": None})])
    # Re-importing what it received changes nothing; a row changing it is refused.
    assert db.targets.import_xlsx(path).unchanged == 2
    assert outbox_size(db) == before
    sheet = write_sheet(tmp_path / "changed.xlsx", [
        ["people_trained", "province", "Siem Reap", "2027-01-01", "2027-12-31", 999],
        ["people_trained", "province", "Oddar Meanchey", "2027-01-01", "2027-12-31", 60]])
    report = db.targets.import_xlsx(sheet)
    assert [(p.row, p.message) for p in report.problems] == [(2, MSG_READ_ONLY)]
    assert report.added == 1


def test_an_agency_sets_targets_for_itself_and_its_provinces_only(db: Database) -> None:
    network(db)
    agency_laptop(db)
    assert db.targets.may_add("economy", "KH") == MSG_HQ_SCOPE
    with pytest.raises(ValidationError) as economy:
        target(db, scope="economy", scope_value="KH")
    assert economy.value.errors == {"scope": MSG_HQ_SCOPE}
    with pytest.raises(ValidationError) as elsewhere:
        target(db, scope="province", scope_value="Vientiane Capital")
    assert elsewhere.value.errors == {"scope_value": MSG_OWN_ONLY}
    with pytest.raises(ValidationError):
        target(db, scope="agency", scope_value="la-vt")
    own = db.targets.get(target(db, scope="province", scope_value="oddar meanchey", value=60))
    assert (own.agency_id, own.editable) == ("kh-sr", True)
    assert db.targets.get(target(db, scope="agency", scope_value="kh-sr")).editable
    # Its grid offers its own places.
    assert db.targets.scope_values("province") == ["Oddar Meanchey", "Siem Reap"]
    assert db.targets.scope_values("agency") == ["kh-sr"]
