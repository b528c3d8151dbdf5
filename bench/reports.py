"""Indicators benchmark: the dashboard's figures on a headquarters laptop's database.

    python bench/reports.py [--scratch DIR] [--keep] [--no-indexes] [--smes 50000]

Copies the 2,000,000-SME database of bench/registry.py (bench/out/registry-2000000-hq12) to a
scratch folder outside the repository (or, without it, builds one of `--smes` demo SMEs there),
then adds by plain inserts, across 20 agencies: 8,100 workshops with 300,000 people enrolled
(module progress and test scores), 200,000 services, 60,000 inquiries, 100,000 online
presences, 3,000 awareness events, 50,000 workshop evaluations, and later ICT flags for
100,000 SMEs (with their clocks and history, as edits leave them); the SMEs' registrations are
spread over 2019-2023 (the registry benchmark registers them all at one moment). With `--keep`
a scratch database made before is used as it is. Unless `--no-indexes`, the indexes the
indicators want are made (see INDEXES); with it they are dropped, to compare.

Then the indicator tables are made whole (once, as a laptop does the first time its Reports
area opens: `IndicatorRepository.update`), and in a fresh process (nothing warm that a first
start would not have warm):
  1. the dashboard's first show: every indicator for this year (`compute_all`), then each
     indicator's trend over five years, as the Reports area asks;
  2. per filter change (an economy, a province, an agency, a sex, a quarter): `compute_all`,
     and the trends;
  3. drill-downs (a page of 200 records) and splits;
  4. the report pack for this year (PDF and XLSX, in Khmer);
  5. changes as a day of sync brings them (ICT flags of 2,000 SMEs, 2,000 services, 1,000
     module completions, 500 inquiries, written as the app writes them): bringing the tables
     up to date, and the dashboard after.
Targets at 2 million SMEs: first show < 2 s, filter change < 300 ms, drill-down < 500 ms, pack
< 30 s.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SOURCE = ROOT / "bench" / "out" / "registry-2000000-hq12" / "gmsdesk.sqlite3"
SCRATCH = Path("/tmp/gmsdesk-bench-reports")
MARK = "bench_reports"  # meta key: the records were added
SPREAD = "bench_reports_spread"  # meta key: the SMEs' registrations were spread over years

# What the indicators want of a headquarters database (not in any migration).
INDEXES = {
    # The SME counts: one read of an index instead of the wide rows, in the order they are
    # counted in (place, then registration day: no sort), with the flags they count.
    "smes_indicators": "CREATE INDEX smes_indicators ON smes(deleted, country, province, "
                       "sector, agency_id, ((hlc_created >> 16) / 86400000), uses_website, "
                       "uses_social_media, uses_emarketplace, uses_online_payment, "
                       "uses_eprocurement, hlc, hlc_created, id)",
    # An SME's place and agency, read for each service, inquiry, presence and person.
    "smes_place": "CREATE INDEX smes_place ON smes(id, deleted, country, province, sector, "
                  "agency_id)",
    # The completed modules, read in enrolment order.
    "module_progress_completed": "CREATE INDEX module_progress_completed ON "
                                 "module_progress(workshop_id, person_id, module, status_on) "
                                 "WHERE status = 'completed' AND deleted = 0",
}
# Made by earlier versions of this benchmark; dropped.
OLD_INDEXES = ("participants_person_workshop", "smes_ict_days", "smes_ict_days2",
               "module_progress_done", "participants_enrolled")
AGENCY_COUNT = 20
WORKSHOPS = 8_100
PEOPLE = 300_000
SERVICES = 200_000
INQUIRIES = 60_000
PRESENCES = 100_000
EVENTS = 3_000
RESPONSES = 50_000
FLAG_CHANGES = 100_000
FIRST_DAY = date(2024, 1, 1)
SYNC_COLUMNS = ("id", "agency_id", "created_at", "created_by", "updated_at", "updated_by",
                "deleted", "hlc_created", "hlc")
CURRENCIES = {"KH": "USD", "LA": "LAK", "MM": "MMK", "TH": "THB", "VN": "VND", "YN": "CNY"}
FEES = {"USD": 40, "LAK": 400_000, "MMK": 60_000, "THB": 1_500, "VND": 900_000, "CNY": 300}
FROM = ["JP", "CN", "US", "DE", "FR", "KR", "SG", "AU", "GB", "TH", "VN", "KH", "LA", "MM",
        "MY", "IN", "YN", None]
SERVICE_TYPES = ["website", "listing", "content", "translation", "payment", "training",
                 "advice"]
CHANNELS = ["email", "website", "emarketplace", "social_media", "phone", "fax", "other"]
EVENT_KINDS = ["road_show", "media_campaign", "launch", "consultation", "seminar", "other"]


def clock(day: date, rng: random.Random) -> int:
    moment = datetime(day.year, day.month, day.day, 2, 0) + timedelta(
        seconds=rng.randrange(36_000))
    return int(moment.timestamp() * 1000) << 16


def stamp(day: date, agency: str, rng: random.Random) -> tuple[Any, ...]:
    """The bookkeeping columns of a record made on `day` by `agency`."""
    hlc = clock(day, rng)
    at = f"{day.isoformat()}T09:00:00.000Z"
    return (str(uuid.uuid4()), agency, at, "bench", at, "bench", 0, hlc, hlc)


def insert(conn: Any, table: str, columns: tuple[str, ...], rows: Iterator[tuple[Any, ...]],
           batch: int = 20_000) -> int:
    """Rows into `table` with plain executemany, in batches; how many."""
    names = SYNC_COLUMNS + columns
    sql = (f"INSERT INTO {table} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    count = 0
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch:
            conn.executemany(sql, chunk)
            count += len(chunk)
            chunk = []
    conn.executemany(sql, chunk)
    return count + len(chunk)


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def build_smes(path: Path, count: int) -> None:
    """Without the registry benchmark's database: `count` demo SMEs over 12 agencies."""
    from gmsdesk.demo import generate_smes
    from gmsdesk.storage.db import Database

    db = Database(path, user="bench")
    codes = [f"ag-{i:02}" for i in range(12)]
    with db.atomic():
        for i, values in enumerate(generate_smes(count, seed=1)):
            if i % 1000 == 0:
                db.set_meta("agency_id", codes[(i // 1000) % len(codes)])
            db.smes.create(values)
        for code in codes:
            db.set_meta("agency_id", "hq")
            db.agencies.save(None, {"agency": code, "name": f"Agency {code}"})
        db.set_meta("agency_hq", "1")
    db.close()


def catch_up_schema(path: Path) -> list[str]:
    """The registry benchmark's database may predate changes made since to a migration not yet
    released (the `indicators` table of migration 8): add the tables and columns a database made
    now has and the copy lacks."""
    import sqlite3

    from gmsdesk.storage.db import Database

    fresh_path = path.parent / "fresh.sqlite3"
    Database(fresh_path, user="bench").close()
    fresh = sqlite3.connect(fresh_path)
    copy = sqlite3.connect(path)
    added: list[str] = []
    have = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name, sql in fresh.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"):
        if name not in have:
            copy.execute(sql)
            added.append(name)
            continue
        columns = {r[1] for r in copy.execute(f"PRAGMA table_xinfo({name})")}
        for _cid, column, kind, notnull, default, _pk, hidden in fresh.execute(
                f"PRAGMA table_xinfo({name})"):
            if column not in columns and hidden == 0:
                copy.execute(f"ALTER TABLE {name} ADD COLUMN {column} {kind}"
                             + (f" NOT NULL DEFAULT {default}" if notnull else
                                f" DEFAULT {default}" if default is not None else ""))
                added.append(f"{name}.{column}")
    copy.commit()
    copy.close()
    fresh.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(fresh_path) + suffix).unlink(missing_ok=True)
    return added


def add_records(path: Path) -> dict[str, int]:  # noqa: C901 - one generator per record type
    """Everything the indicators count, by plain inserts, in one transaction."""
    from gmsdesk.storage.db import Database

    rng = random.Random(7)
    today = date.today()
    db = Database(path, user="bench")
    conn = db.conn
    device = db.device_id
    counts: dict[str, int] = {}
    with db.atomic():
        codes = [r[0] for r in conn.execute(
            "SELECT agency FROM agency_profiles WHERE deleted = 0 AND NOT hq ORDER BY agency")]
        extra = [f"ag-{i:02}" for i in range(len(codes), AGENCY_COUNT)]
        offered = json.dumps([{"type": "website", "fee": "50", "currency": "USD"},
                              {"type": "translation", "languages": ["km-ja"]}])
        counts["agency_profiles"] = insert(conn, "agency_profiles", (
            "agency", "name", "country", "services"), (
            (*stamp(FIRST_DAY, "hq", rng), code, f"Agency {code}", rng.choice(list(CURRENCIES)),
             offered) for code in extra))
        conn.execute("UPDATE agency_profiles SET services = ? WHERE NOT hq AND rowid % 4 != 0",
                     (offered,))
        agencies = codes + extra
        # A sample of the registry, by economy (each SME's id, province and agency).
        top = int(conn.execute("SELECT max(rowid) FROM smes").fetchone()[0])
        picked = rng.sample(range(1, top + 1), min(top, 450_000))
        sample: dict[str, list[tuple[str, str, str]]] = {}
        for sme_id, country, province, agency in conn.execute(
                "SELECT id, country, province, agency_id FROM smes WHERE rowid IN "
                "(SELECT value FROM json_each(?)) AND deleted = 0 AND country IS NOT NULL",
                (json.dumps(picked),)):
            sample.setdefault(country, []).append((sme_id, province, agency))
        economies = sorted(sample)
        every = [s for e in economies for s in sample[e]]
        modules = {"basic": ["B01", "B02", "B03", "B04", "B05", "B06", "B07"],
                   "advanced": ["A01", "A02", "A03", "A04", "A05", "A06"]}

        workshops: list[tuple[str, str, str, date, list[str], str]] = []

        def workshop_rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(WORKSHOPS):
                economy = rng.choice(economies)
                province = rng.choice(sample[economy])[1]
                track = "basic" if rng.random() < 0.65 else "advanced"
                first = day_between(rng, FIRST_DAY, today - timedelta(days=5))
                last = first + timedelta(days=rng.randrange(2, 5))
                agency = rng.choice(agencies)
                row = stamp(first - timedelta(days=30), agency, rng)
                workshops.append((row[0], economy, agency, first, modules[track], track))
                yield (*row, f"Workshop {len(workshops)}", track, json.dumps(modules[track]),
                       first.isoformat(), last.isoformat(), economy, province,
                       "done" if last < today else "running")

        counts["workshops"] = insert(conn, "workshops", (
            "title", "track", "modules", "start_date", "end_date", "country", "province",
            "status"), workshop_rows())

        enrolled: list[tuple[str, tuple[str, str, date, list[str]]]] = []

        def people_rows() -> Iterator[tuple[Any, ...]]:
            for i in range(PEOPLE):
                w_id, economy, w_agency, first, listed, _track = workshops[i % len(workshops)]
                sme = rng.choice(sample[economy]) if rng.random() < 0.85 else None
                row = stamp(first - timedelta(days=3), sme[2] if sme else w_agency, rng)
                enrolled.append((row[0], (w_id, w_agency, first, listed)))
                gender = rng.choices(["female", "male", "other"], [52, 46, 2])[0]
                yield (*row, f"Person {i}", gender, sme[0] if sme else None)

        counts["people"] = insert(conn, "people", ("name", "gender", "sme_id"), people_rows())
        progress: list[tuple[Any, ...]] = []

        def participant_rows() -> Iterator[tuple[Any, ...]]:
            for person_id, (w_id, agency, first, listed) in enrolled:
                pre = rng.randrange(20, 70) if rng.random() < 0.8 else None
                post = min(100, pre + rng.randrange(0, 40)) if pre is not None else None
                done = len(listed) if rng.random() < 0.55 else rng.randrange(len(listed))
                for index, module in enumerate(listed[:done]):
                    progress.append((*stamp(first, agency, rng), w_id, person_id, module,
                                     "completed", (first + timedelta(days=index // 3))
                                     .isoformat()))
                yield (*stamp(first, agency, rng), w_id, person_id, pre, post)

        counts["participants"] = insert(conn, "participants", (
            "workshop_id", "person_id", "pre_score", "post_score"), participant_rows())
        counts["module_progress"] = insert(conn, "module_progress", (
            "workshop_id", "person_id", "module", "status", "status_on"), iter(progress))

        def service_rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(SERVICES):
                economy = rng.choice(economies)
                sme_id, _province, agency = rng.choice(sample[economy])
                if rng.random() < 0.1:
                    agency = rng.choice(agencies)  # a referral to another agency
                day = day_between(rng, FIRST_DAY, today)
                currency = CURRENCIES[economy]
                fee = FEES[currency] * rng.choice([1, 2, 3, 5]) if rng.random() < 0.55 else None
                yield (*stamp(day, agency, rng), sme_id, rng.choice(SERVICE_TYPES),
                       day.isoformat(), fee, currency if fee else None,
                       int(fee is not None and rng.random() < 0.7))

        counts["services"] = insert(conn, "services", (
            "sme_id", "type", "delivered_on", "fee", "currency", "paid"), service_rows())

        def inquiry_rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(INQUIRIES):
                sme_id, _province, agency = rng.choice(every)
                day = day_between(rng, FIRST_DAY, today)
                order = rng.random() < 0.2
                yield (*stamp(day, agency, rng), sme_id, day.isoformat(), rng.choice(FROM),
                       rng.choice(CHANNELS),
                       "order" if order else rng.choice(["no_reply", "in_discussion", "lost"]),
                       rng.randrange(100, 5000) if order else None, "USD" if order else None)

        counts["inquiries"] = insert(conn, "inquiries", (
            "sme_id", "received_on", "from_country", "channel", "outcome", "order_value",
            "currency"), inquiry_rows())

        def presence_rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(PRESENCES):
                sme_id, _province, agency = rng.choice(every)
                day = day_between(rng, FIRST_DAY, today)
                kind = rng.choices(["portal", "emarketplace", "website", "social_media",
                                    "eprocurement"], [35, 25, 15, 20, 5])[0]
                status = rng.choices(["registered", "displaying", "inactive"], [70, 20, 10])[0]
                yield (*stamp(day, agency, rng), sme_id, kind, status, day.isoformat())

        counts["presences"] = insert(conn, "presences", (
            "sme_id", "kind", "status", "status_on"), presence_rows())

        def event_rows() -> Iterator[tuple[Any, ...]]:
            for i in range(EVENTS):
                economy = rng.choice(economies)
                day = day_between(rng, FIRST_DAY, today)
                yield (*stamp(day, rng.choice(agencies), rng), rng.choice(EVENT_KINDS),
                       f"Event {i}", day.isoformat(), economy, rng.choice(sample[economy])[1],
                       rng.randrange(10, 300), rng.randrange(10, 300), rng.randrange(0, 5))

        counts["events"] = insert(conn, "events", (
            "kind", "title", "held_on", "country", "province", "audience_female",
            "audience_male", "audience_other"), event_rows())

        def response_rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(RESPONSES):
                w_id, _economy, agency, first, _listed, _track = rng.choice(workshops)
                answers = {"participant_type": "sme_owner",
                           "sex": rng.choice(["female", "male"]), "days_attended": 3,
                           **{f"r_{c}": str(rng.choices([1, 2, 3, 4, 5], [2, 5, 15, 45, 33])[0])
                              for c in ("relevance", "efficiency", "effectiveness", "impact",
                                        "sustainability")},
                           "modules_useful": ["B01", "B04"], "recommend": "yes"}
                day = first + timedelta(days=3)
                yield (*stamp(day, agency, rng), "bench-form", "workshop_evaluation", "1",
                       json.dumps(answers), w_id, f"{day.isoformat()}T16:00:00")

        counts["survey_responses"] = insert(conn, "survey_responses", (
            "form_ref", "form_id", "form_version", "answers", "workshop_id", "submitted_at"),
            response_rows())
        # SMEs that got a website later, as an edit leaves it: the flag, its clock, the history.
        changed = rng.sample(every, min(FLAG_CHANGES, len(every)))
        edits = []
        for sme_id, _province, _agency in changed:
            day = day_between(rng, FIRST_DAY, today)
            edits.append((clock(day, rng), sme_id, day.isoformat()))
        conn.executemany("UPDATE smes SET uses_website = 1, hlc = ? WHERE id = ?",
                         [e[:2] for e in edits])
        conn.executemany("INSERT OR REPLACE INTO field_clocks(tbl, row_id, field, hlc, "
                         "device_id) VALUES ('smes', ?2, 'uses_website', ?1, ?4)",
                         [(*e, device) for e in edits])
        if db.ict_history.available:
            conn.executemany(
                "INSERT OR REPLACE INTO ict_history(tbl, row_id, field, hlc, device_id, sme_id, "
                "value, day, user) VALUES ('smes', ?2, 'uses_website', ?1, ?4, ?2, 1, ?3, "
                "'bench')", [(*e, device) for e in edits])
        counts["sme_flag_changes"] = len(edits)
        db.set_meta(MARK, "1")
    db.close()
    return counts


def spread_registrations(path: Path) -> float:
    """The registry benchmark registers its SMEs all at one moment; a headquarters' SMEs were
    registered over years. Each SME's registration clock (and its ICT history's rows at it)
    moves to a random moment of 2019-2023, before everything this benchmark adds. Returns the
    seconds it took (0 if done before)."""
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.indicator_tables import discard

    db = Database(path, user="bench")
    if db.meta(SPREAD) == "1":
        db.close()
        return 0.0
    start = time.perf_counter()
    first = int(datetime(2019, 1, 1, 2, 0).timestamp() * 1000)
    with db.atomic():
        conn = db.conn
        conn.execute("CREATE TEMP TABLE spread (rid TEXT PRIMARY KEY, old INTEGER, "
                     "new INTEGER) WITHOUT ROWID")
        conn.execute("INSERT INTO temp.spread SELECT id, hlc_created, (? + (abs(random()) % "
                     "1826) * 86400000 + abs(random()) % 36000000) << 16 FROM smes", (first,))
        conn.execute("UPDATE smes SET hlc = CASE WHEN hlc = hlc_created THEN s.new ELSE hlc "
                     "END, hlc_created = s.new FROM temp.spread s WHERE s.rid = smes.id")
        conn.execute("UPDATE OR REPLACE ict_history SET hlc = s.new, "
                     "day = date((s.new >> 16) / 1000, 'unixepoch') FROM temp.spread s "
                     "WHERE ict_history.tbl = 'smes' AND ict_history.row_id = s.rid "
                     "AND ict_history.hlc = s.old")
        db.set_meta(SPREAD, "1")
    db.close()
    discard(path)  # made again from the records as they are now
    return time.perf_counter() - start


def set_indexes(path: Path, wanted: bool) -> float:
    import sqlite3

    start = time.perf_counter()
    conn = sqlite3.connect(path)
    for name in OLD_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    for name, sql in INDEXES.items():
        found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                             (name,)).fetchone()
        if found and (not wanted or found[0] != sql):
            conn.execute(f"DROP INDEX {name}")
            found = None
        if wanted and not found:
            conn.execute(sql)
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return time.perf_counter() - start


# -- measuring (in a fresh process) ------------------------------------------------------------


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def child(path: str) -> None:
    from gmsdesk.reports import periods
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.indicators import Filters

    out: dict[str, Any] = {}
    db = Database(path, user="bench")
    repo = db.indicators
    this_year = periods.year(date.today().year)
    trend = periods.series(this_year, 5)
    year = Filters(this_year.start, this_year.end)
    codes = [i.code for i in repo.catalogue()]

    slowest: dict[str, float] = {}

    def dashboard(filters: Filters, trend_periods: list[periods.Period]) -> tuple[float, float]:
        first, _values = timed(lambda: repo.compute_all(filters))
        trends = 0.0
        for code in codes:
            took = timed(lambda c=code: repo.series(c, filters, trend_periods))[0]
            slowest[code] = max(slowest.get(code, 0.0), took)
            trends += took
        return first, trends

    out["first show"] = dashboard(year, trend)
    quarter = periods.quarter(date.today().year, (date.today().month - 1) // 3 + 1)
    changes = {
        "economy TH": Filters(this_year.start, this_year.end, economy="TH"),
        "province (TH, largest)": Filters(this_year.start, this_year.end, economy="TH",
                                          province=_largest(db, "province", "TH")),
        "agency": Filters(this_year.start, this_year.end, agency=_largest(db, "agency_id")),
        "sex female": Filters(this_year.start, this_year.end, sex="female"),
        "period: this quarter": Filters(quarter.start, quarter.end),
    }
    for label, filters in changes.items():
        span = periods.series(quarter, 6) if label.startswith("period") else trend
        out[f"filter change: {label}"] = dashboard(filters, span)
    th = changes["economy TH"]
    drills = {
        "services delivered (TH)": lambda: repo.drill("services_delivered", th, limit=200),
        "people trained (TH)": lambda: repo.drill("people_trained", th, limit=200),
        "SMEs served (TH, province)": lambda: repo.drill(
            "smes_served", th, {"province": changes["province (TH, largest)"].province or ""},
            limit=200),
        "SMEs online (TH)": lambda: repo.drill("smes_online", th, limit=200),
        "SMEs online (all)": lambda: repo.drill("smes_online", year, limit=200),
        "SMEs moved up (TH)": lambda: repo.drill("smes_moved_up", th, limit=200),
        "evaluation: relevance": lambda: repo.drill("evaluation_relevance", year, limit=200),
    }
    out["slowest trends"] = dict(sorted(slowest.items(), key=lambda i: -i[1])[:5])
    out["drill-downs"] = {k: timed(v)[0] for k, v in drills.items()}
    splits = {
        "services by province": lambda: repo.breakdown("services_delivered", year, "province"),
        "people trained by sex x economy": lambda: repo.breakdown("people_trained", year,
                                                                  "sex", "economy"),
        "SMEs online by agency": lambda: repo.breakdown("smes_online", year, "agency"),
        "fees by economy": lambda: repo.breakdown("fees_collected", year, "economy"),
    }
    out["splits"] = {k: timed(v)[0] for k, v in splits.items()}
    values = repo.compute_all(year)
    out["values"] = {k: (v.value if v.by_currency is None else v.by_currency)
                     for k, v in values.items()}
    out["report pack, PDF + XLSX in Khmer (ms)"] = timed(lambda: _pack(db, this_year))[0]
    out["after a day of changes"] = _changes(db, lambda: dashboard(year, trend))
    out["peak memory MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def _pack(db: Any, period: Any) -> None:
    from gmsdesk.services import figures
    from gmsdesk.services.report_pack import PackRequest, make_pack
    from gmsdesk.storage.indicators import Filters

    folder = Path(f"/tmp/gmsdesk-bench-pack-{uuid.uuid4().hex[:8]}")
    folder.mkdir()
    try:
        written = make_pack(db, figures, PackRequest(period, Filters(), "km",
                                                     folder / "pack.pdf", folder / "pack.xlsx"))
        assert written is not None
        assert written.pages > 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _changes(db: Any, dashboard: Callable[[], tuple[float, float]]) -> dict[str, float]:
    """A day of sync's worth of changes, written as the app writes them (each with its clock,
    outbox entry and history), in pages of 500; then the tables brought up to date, and the
    dashboard shown again."""
    from gmsdesk.storage.records import RecordWriter

    rng = random.Random(7)
    specs = db.sync.specs()
    writer = RecordWriter(db)
    top = int(db.conn.execute("SELECT max(rowid) FROM smes").fetchone()[0])
    smes = [r[0] for r in db.conn.execute(
        "SELECT id FROM smes WHERE rowid IN (SELECT value FROM json_each(?))",
        (json.dumps(rng.sample(range(1, top + 1), 4_000)),))]
    progress = db.conn.execute(
        "SELECT id FROM module_progress WHERE status != 'completed' LIMIT 1000").fetchall()
    today = date.today().isoformat()
    started = time.perf_counter()
    edits: list[Callable[[], Any]] = []
    for sme in smes[:2_000]:
        edits.append(lambda s=sme: writer.update(specs["smes"], s, {
            "uses_website": 1, "uses_emarketplace": int(rng.random() < 0.5)}))
    for sme in smes[2_000:]:
        edits.append(lambda s=sme: writer.insert(specs["services"], {
            "sme_id": s, "type": "website", "delivered_on": today, "fee": 40,
            "currency": "USD", "paid": 1}))
    for (row,) in progress:
        edits.append(lambda r=row: writer.update(specs["module_progress"], r, {
            "status": "completed", "status_on": today}))
    for sme in smes[:500]:
        edits.append(lambda s=sme: writer.insert(specs["inquiries"], {
            "sme_id": s, "received_on": today, "channel": "email", "from_country": "JP"}))
    for start in range(0, len(edits), 500):
        with db.atomic():
            for edit in edits[start:start + 500]:
                edit()
    written = (time.perf_counter() - started) * 1000
    noted = db.conn.execute("SELECT count(*) FROM ind_changed").fetchone()[0]
    brought = timed(db.indicators.update)[0]
    first, trends = dashboard()
    return {f"{len(edits):,} records written": written, f"{noted:,} noted changes, tables "
            "brought up to date": brought, "dashboard: compute_all": first,
            "dashboard: trends": trends}


def build(path: str, rebuild: bool) -> None:
    """Make the indicator tables whole (as the first opening of the Reports area does), each
    digest's time."""
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.indicator_tables import discard

    db = Database(path, user="bench")
    if rebuild:
        db.close()
        discard(Path(path))
        db = Database(path, user="bench")
    times: dict[str, float] = {}
    last = [time.perf_counter(), ""]

    def progress(name: str, _done: int, _total: int) -> None:
        now = time.perf_counter()
        if last[1]:
            times[str(last[1])] = (now - float(last[0])) * 1000
        last[:] = [now, name]

    start = time.perf_counter()
    db.indicators.update(progress)
    end = time.perf_counter()
    if last[1]:
        times[str(last[1])] = (end - float(last[0])) * 1000
    db.close()
    print(json.dumps({"tables made whole (ms)": (end - start) * 1000, "by digest": times}))


def _largest(db: Any, column: str, economy: str | None = None) -> str:
    """The most common value of an SME column (of an economy's SMEs), for a filter."""
    where = "AND country = ?" if economy else ""
    row = db.conn.execute(
        f"SELECT {column}, count(*) FROM smes WHERE deleted = 0 {where} GROUP BY 1 "
        f"ORDER BY 2 DESC LIMIT 1", (economy,) if economy else ()).fetchone()
    return str(row[0])


def show(results: dict[str, Any]) -> None:
    for label, value in results.items():
        if label == "values":
            continue
        if isinstance(value, list):
            print(f"{label:42} compute_all {value[0]:8.0f} ms   trends {value[1]:8.0f} ms   "
                  f"together {value[0] + value[1]:8.0f} ms")
        elif isinstance(value, dict):
            print(f"{label}:")
            for name, ms in value.items():
                print(f"    {name:38} {ms:8.0f} ms")
        else:
            print(f"{label:42} {value:8.0f}")
    if "values" not in results:
        return
    print("values this year:")
    for code, value in results["values"].items():
        print(f"    {code:32} {value}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", type=Path, default=SCRATCH)
    parser.add_argument("--keep", action="store_true", help="reuse the scratch database")
    parser.add_argument("--no-indexes", action="store_true", help="drop the indexes wanted")
    parser.add_argument("--smes", type=int, default=50_000,
                        help="SMEs to make when the registry benchmark's database is missing")
    parser.add_argument("--rebuild", action="store_true",
                        help="make the indicator tables whole again, to time it")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--build", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if args.build:
        build(args.build, args.rebuild)
        return
    if ROOT in args.scratch.resolve().parents:
        parser.error("the scratch folder must be outside the repository")
    path = args.scratch / "gmsdesk.sqlite3"
    args.scratch.mkdir(parents=True, exist_ok=True)
    if not (args.keep and path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        if SOURCE.exists():
            shutil.copyfile(SOURCE, path)
            print(f"copied {SOURCE.name} ({SOURCE.stat().st_size / 2**30:.1f} GiB) in "
                  f"{time.perf_counter() - start:.0f} s")
        else:
            build_smes(path, args.smes)
            print(f"built {args.smes:,} demo SMEs in {time.perf_counter() - start:.0f} s")
    from gmsdesk.storage.db import Database

    start = time.perf_counter()
    db = Database(path, user="bench")
    done = db.meta(MARK) == "1"
    smes = int(db.conn.execute("SELECT max(rowid) FROM smes").fetchone()[0] or 0)
    db.close()
    print(f"opened (and migrated) in {time.perf_counter() - start:.0f} s; ~{smes:,} SMEs")
    added = catch_up_schema(path)
    if added:
        print(f"the copy lacked (made as a database made now has them): {', '.join(added)}")
    if not done:
        start = time.perf_counter()
        counts = add_records(path)
        print(f"added {counts} in {time.perf_counter() - start:.0f} s")
    spread = spread_registrations(path)
    if spread:
        print(f"SMEs' registrations spread over 2019-2023 in {spread:.0f} s")
    print(f"indexes {'dropped' if args.no_indexes else 'made'} (and ANALYZE) in "
          f"{set_indexes(path, not args.no_indexes):.0f} s")
    made = subprocess.run([sys.executable, __file__, "--build", str(path)]
                          + (["--rebuild"] if args.rebuild else []), check=True,
                          stdout=subprocess.PIPE, text=True)
    show(json.loads(made.stdout.strip().splitlines()[-1]))
    found = subprocess.run([sys.executable, __file__, "--child", str(path)], check=True,
                           stdout=subprocess.PIPE, text=True)
    show(json.loads(found.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
