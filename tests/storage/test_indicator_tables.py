"""The indicator tables kept in the database: after random edits on this laptop and changes
arriving by sync, each digest and the cube hold exactly what making them whole from the records
gives; the cube's figures equal the digests'; triggers note every writer's changes."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gmsdesk.storage import indicator_tables
from gmsdesk.storage.db import Database
from gmsdesk.storage.ict_history import HistoryFilter
from gmsdesk.storage.indicator_tables import calendar, discard, month_end, tables_path
from gmsdesk.storage.indicators import SOURCES, Filters
from tests.storage.test_indicators import (
    YEAR,
    Reference,
    World,
    _same,
    random_edits,
    random_programme,
)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every digest's rows and the non-empty cells of the cube and its roll-ups, in order
    (floats rounded)."""
    def rounded(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(round(v, 6) if isinstance(v, float) else v for v in row)

    names = [r[0] for r in db.conn.execute("SELECT source FROM ind_state ORDER BY source")]
    out = {name: sorted((rounded(tuple(r)) for r in db.conn.execute(
        f"SELECT * FROM ind_{name}")), key=repr) for name in names}
    out["cube"] = [rounded(tuple(r)) for r in db.conn.execute(
        "SELECT * FROM ind_cube WHERE abs(a) > 1e-9 OR abs(b) > 1e-9 ORDER BY code, grain, "
        "period, economy, province, agency, sector, sex, currency")]
    out["rollup"] = [rounded(tuple(r)) for r in db.conn.execute(
        "SELECT * FROM ind_rollup WHERE abs(a) > 1e-9 OR abs(b) > 1e-9 ORDER BY code, grain, "
        "period, dim, value, currency")]
    return out


def made_whole(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The tables as a laptop that never had them makes them."""
    db = Database(path, user="tester")
    try:
        db.indicators.tables.attach()
        db.conn.execute("DELETE FROM ind_state")
        db.indicators.update()
        return snapshot(db)
    finally:
        db.close()


@pytest.fixture
def key_by_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes are always worked key by key, however many (a small database would otherwise
    be made whole after most edits)."""
    monkeypatch.setattr(indicator_tables, "REBUILD_SHARE", 1e9)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_kept_tables_equal_tables_made_whole(key_by_key: None, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gmsdesk.sqlite3"
        db = Database(path, user="tester")
        try:
            made = random_programme(db, rng)
            db.indicators.compute_all(YEAR)  # made whole, triggers in place
            for later in (random_edits, undo_some):
                later(db, rng, made)
                db.indicators.update()
                kept = snapshot(db)
                assert db.conn.execute("SELECT count(*) FROM ind_changed").fetchone()[0] == 0
                assert kept == made_whole(path)
        finally:
            db.close()


def undo_some(db: Database, rng: random.Random, made: dict[str, list[str]]) -> None:
    """Records deleted and brought back, at random, each with a chance of a half."""
    w = World(db)
    for table, ids in made.items():
        for record_id in ids:
            if rng.random() < 0.5:
                w.delete(table, record_id, deleted=rng.random() < 0.5)


def deliver(source: Database, target: Database, after: int = 0) -> int:
    """What `source` wrote since outbox entry `after`, applied at `target` as sync applies
    what headquarters relays, a few records per page. Returns the last entry's number."""
    entries = source.outbox.pending(limit=100_000, after_seq=after)
    for start in range(0, len(entries), 7):
        page = [[e.table, e.record_id, name, value, e.hlc, 0, 0, 0]
                for e in entries[start:start + 7] for name, value in e.fields.items()]
        target.sync.apply_remote(page, [source.device_id], target.sync.cursor,
                                 agencies=[source.agency_id], users=["tester"])
    return entries[-1].seq if entries else after


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_synced_changes_keep_the_tables(key_by_key: None, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        laptop = Database(Path(folder) / "laptop.sqlite3", user="tester")
        hq_path = Path(folder) / "hq.sqlite3"
        hq = Database(hq_path, user="tester")
        try:
            made = random_programme(laptop, rng)
            seen = deliver(laptop, hq)
            hq.indicators.compute_all(YEAR)  # made whole at headquarters
            random_edits(laptop, rng, made)
            deliver(laptop, hq, seen)
            assert hq.conn.execute("SELECT count(*) FROM ind_changed").fetchone()[0] > 0
            reference = Reference(hq)
            for filters in (YEAR, Filters("2025-07-01", "2025-09-30"),
                            Filters("2025-01-01", "2025-08-15", economy="KH"), Filters()):
                found = hq.indicators.compute_all(filters)
                for code, value in reference.values(filters).items():
                    assert _same(found[code], value), (code, filters, found[code], value)
            assert snapshot(hq) == made_whole(hq_path)
        finally:
            laptop.close()
            hq.close()


def test_every_writer_s_changes_are_noted(tmp_path: Path) -> None:
    """Another connection's writes (a sync in the background, an import) are noted by the
    triggers and counted at the next read."""
    path = tmp_path / "gmsdesk.sqlite3"
    db = Database(path, user="tester")
    other = Database(path, user="tester")
    try:
        assert db.indicators.compute("smes_online", Filters()).value == 0
        other.smes.create({"name": "Mekong Rattan", "country": "KH", "uses_website": 1})
        assert db.conn.execute("SELECT count(*) FROM ind_changed").fetchone()[0] >= 1
        assert db.indicators.compute("smes_online", Filters()).value == 1
        assert db.conn.execute("SELECT count(*) FROM ind_changed").fetchone()[0] == 0
    finally:
        other.close()
        db.close()


def test_the_tables_live_beside_the_database(tmp_path: Path) -> None:
    """Making them locks their own file, not the database: another connection saves while
    they are being made; deleting the file costs only making them again."""
    path = tmp_path / "gmsdesk.sqlite3"
    db = Database(path, user="tester")
    other = Database(path, user="tester")
    try:
        db.smes.create({"name": "A", "country": "KH", "uses_website": 1})
        assert db.indicators.compute("smes_online", Filters()).value == 1
        assert tables_path(path).exists()
        assert not db.conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'ind_cube'"
                                   ).fetchone()
        db.conn.execute("BEGIN")
        db.conn.execute("UPDATE ind.ind_lock SET n = n + 1")  # as while they are made
        other.conn.execute("PRAGMA busy_timeout = 100")
        other.smes.create({"name": "B", "country": "KH", "uses_website": 1})
        db.conn.execute("COMMIT")
        db.close()
        discard(path)
        db = Database(path, user="tester")
        assert db.indicators.compute("smes_online", Filters()).value == 2
    finally:
        other.close()
        db.close()


def test_a_changed_definition_is_made_again(tmp_path: Path) -> None:
    """A user-defined indicator edited: its digest and cells are made again; one deleted:
    they go."""
    db = Database(tmp_path / "gmsdesk.sqlite3", user="tester")
    try:
        db.smes.create({"name": "A", "country": "KH", "sector": "tourism"})
        db.smes.create({"name": "B", "country": "KH", "sector": "handicrafts"})
        made = db.indicators.save_custom({"code": "tourism", "title": "Tourism SMEs",
                                          "definition": {"count": "smes",
                                                         "where": {"sector": "tourism"}}})
        record_id = made[0].record_id
        assert db.indicators.compute("tourism", Filters()).value == 1
        db.indicators.save_custom({"id": record_id, "definition": {
            "count": "smes", "where": {"sector": "handicrafts"}}})
        assert db.indicators.compute("tourism", Filters()).value == 1
        db.smes.create({"name": "C", "country": "KH", "sector": "handicrafts"})
        assert db.indicators.compute("tourism", Filters()).value == 2
        db.indicators.delete_custom(record_id)
        db.indicators.update()
        digests = {r[0] for r in db.conn.execute("SELECT source FROM ind_state")}
        assert digests == set(SOURCES)
        assert not db.conn.execute("SELECT 1 FROM ind_cube WHERE code = 'tourism'").fetchone()
    finally:
        db.close()


@pytest.mark.parametrize(("start", "end", "cell"), [
    ("2026-01-01", "2026-12-31", ("Y", "2026")),
    ("2026-04-01", "2026-06-30", ("Q", "2026-Q2")),
    ("2026-02-01", "2026-02-28", ("M", "2026-02")),
    ("2024-02-01", "2024-02-29", ("M", "2024-02")),
    ("2026-02-01", "2026-03-31", None),  # two months: not one cell
    ("2026-01-01", "2026-06-30", None),
    ("2026-01-02", "2026-12-31", None),
    ("2025-12-01", "2026-01-31", None),
    (None, "2026-12-31", None),
    ("2026-01-01", None, None),
])
def test_which_periods_the_cube_holds(start: str | None, end: str | None,
                                      cell: tuple[str, str] | None) -> None:
    assert calendar(start, end) == cell


def test_stocks_are_read_to_a_month_s_end() -> None:
    assert month_end("2026-02-28") == "2026-02"
    assert month_end("2024-02-28") is None
    assert month_end("2026-12-31") == "2026-12"
    assert month_end("2026-12-30") is None
    assert month_end(None) == ""


MOVED_PERIODS = [("2025-01-01", "2025-12-31"), ("2025-07-01", "2025-09-30"),
                 ("2025-08-01", "2025-08-31"), ("2025-07-15", "2025-11-20"),
                 ("2025-01-01", "2025-06-30"), (None, "2025-12-31"), (None, None)]


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), economy=st.sampled_from([None, "KH", "TH"]))
def test_moved_up_is_what_the_ict_history_says(key_by_key: None, seed: int,
                                                economy: str | None) -> None:
    """The SMEs that moved up the ICT ladder, from the maintained moves (the cube for years,
    quarters and months, the digest for other spans), are those the history's own plain
    reading finds, after random edits (kept key by key)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "gmsdesk.sqlite3", user="tester")
        try:
            made = random_programme(db, rng)
            db.indicators.compute_all(YEAR)
            random_edits(db, rng, made)
            for start, end in MOVED_PERIODS:
                since = date.fromisoformat(start) if start else date(1970, 1, 1)
                until = date.fromisoformat(end) if end else date.today()
                expected = {m.sme_id for m in db.ict_history.moved_up(
                    since, until, HistoryFilter(country=economy))}
                filters = Filters(start, end, economy=economy)
                assert db.indicators.compute("smes_moved_up", filters).value == len(expected)
                drilled = db.indicators.drill("smes_moved_up", filters)
                assert {r[0] for r in drilled.rows} == expected
                split = db.indicators.breakdown("smes_moved_up", filters, "province")
                assert sum(v.value or 0 for _k, v in split) == len(expected)
        finally:
            db.close()


def test_a_workshop_is_held_from_its_first_day_without_a_write(tmp_path: Path) -> None:
    """Whether a workshop is held changes with the date alone (running from its first day):
    the tables follow the next day without any record written."""
    db = Database(tmp_path / "gmsdesk.sqlite3", user="tester")
    try:
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        db.training.create_workshop({"title": "Basic", "track": "basic", "modules": ["B01"],
                                   "start_date": tomorrow, "end_date": tomorrow,
                                   "country": "KH"})
        assert db.indicators.compute("workshops_held", Filters()).value == 0
        # The next morning, as the tables see it: their last day was yesterday.
        db.conn.execute("UPDATE ind.ind_lock SET day = date('now', 'localtime', '-1 day')")
        db.conn.execute("UPDATE workshops SET start_date = date('now', 'localtime'), "
                        "end_date = date('now', 'localtime')")
        db.conn.execute("DELETE FROM ind_changed")  # as if no record had been written
        assert db.indicators.compute("workshops_held", Filters()).value == 1
    finally:
        db.close()


def test_a_tables_file_of_another_layout_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "gmsdesk.sqlite3"
    db = Database(path, user="tester")
    db.smes.create({"name": "A", "country": "KH", "uses_website": 1})
    db.close()
    other = sqlite3.connect(tables_path(path))  # as an earlier release left it
    other.execute("CREATE TABLE ind_lock (n INTEGER NOT NULL)")
    other.execute("PRAGMA user_version = 0")
    other.commit()
    other.close()
    db = Database(path, user="tester")
    try:
        assert db.indicators.compute("smes_online", Filters()).value == 1
    finally:
        db.close()
